# Checks union/intersection/difference/symmetric difference via operators and methods, incl. in-place forms.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection(b, {4}), a.difference([1], (2,)), a.symmetric_difference(range(3)))
c = set(a)
c |= {9}
print(c)
c &= {1, 2, 9, 10}
print(c)
c -= {1}
print(c)
c ^= {2, 3}
print(c)
c.update([4], (5,))
print(c)
c.intersection_update(range(5))
print(c)
c.difference_update({3})
print(c)
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
print(a, b)
