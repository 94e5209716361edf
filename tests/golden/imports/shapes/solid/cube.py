from ..helpers import double


def volume(side):
    return double(side ** 3) // 2
