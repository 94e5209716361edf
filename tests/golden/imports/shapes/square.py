from . import KIND
from .helpers import double, TABLE as T
print("shapes.square runs:", __name__, __package__, KIND)


def area(side):
    return double(side * side) // 2, T[0]
