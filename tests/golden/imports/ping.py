import pong
NAME = "ping"


def partner():
    return pong.NAME
