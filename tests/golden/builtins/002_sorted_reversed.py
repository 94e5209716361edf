# Checks sorted() stability, key/reverse interplay (reverse keeps stability), reversed() on sequences and errors.
recs = [('b', 2), ('a', 2), ('c', 1), ('d', 3), ('e', 1)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(sorted(recs, key=lambda r: r[0]), key=lambda r: -r[1]))
print(sorted("Banana"), sorted({3: 'x', 1: 'y'}), sorted({'b': 1, 'a': 2}.items()), sorted(x for x in (2, 1)))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), ''.join(reversed("abc")), list(reversed(range(4))), list(reversed({'a': 1, 'b': 2})))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(x for x in [1])
except TypeError as e:
    print("TypeError:", e)
print(sorted([-3, 2, -1], key=abs, reverse=True), sorted([True, False, True]), sorted(['10', '9', '100'], key=int))
