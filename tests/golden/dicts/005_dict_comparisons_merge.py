# Checks dict equality (order-insensitive), | and |= merge, ** unpacking precedence, dict(**).
a = {'x': 1, 'y': 2}
b = {'y': 2, 'x': 1}
print(a == b, list(a) == list(b), a != {'x': 1}, {} == {}, {1: 1} == {1.0: 1}, {'a': [1]} == {'a': [1]})
c = {'y': 20, 'z': 30}
print(a | c, c | a, {**a, **c}, {**c, **a}, dict(a, **c), dict(a, y=99))
a |= c
print(a)
a |= [('w', 0)]
print(a)
try:
    {1: 2} < {1: 3}
except TypeError as e:
    print("TypeError:", e)
try:
    a | [('q', 1)]
except TypeError as e:
    print("TypeError:", e)
print({**{'k': 1}, 'k': 2}, {'k': 2, **{'k': 1}})
