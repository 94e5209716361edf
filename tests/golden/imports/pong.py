import ping
NAME = "pong"


def partner():
    return ping.NAME
