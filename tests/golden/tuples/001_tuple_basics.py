# Checks tuple creation incl. 1-tuples and empty, repr, indexing, slicing, count/index, len.
t = (1, 'a', 2.5, None)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], t[::2])
print((), (1,), (1), 1, 2, tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)), ((),), ((1,),))
one = 5,
print(one, type(one).__name__, len(one), type((5)).__name__)
u = (3, 1, 3, 3, 2)
print(u.count(3), u.index(3), u.index(3, 1), u.index(2), u.count(9))
print(t + (5,), (0,) * 3, 2 * (1, 2), () * 5, (1, 2) * -1)
try:
    u.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    t[10]
except IndexError as e:
    print("IndexError:", e)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t + [1]
except TypeError as e:
    print("TypeError:", e)
