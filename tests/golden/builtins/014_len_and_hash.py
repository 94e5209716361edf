# Checks len() on many containers and hash() invariants on ints/floats/tuples/None/bools (values that are stable).
print(len([]), len('abc'), len(b'ab'), len((1,)), len({'a': 1, 'b': 2}), len({1, 2, 2}), len(range(0, 10, 3)), len(''))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(False) == hash(0.0), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61))
print(hash(10 ** 30) == hash(10 ** 30), hash((1, 2)) == hash((1, 2)), hash(None) == hash(None), hash(1.5) == hash(3 / 2))
print(hash(5), hash(-5), hash(0), hash(True), hash(12345678901234567890) == 12345678901234567890 % (2 ** 61 - 1))
for bad in [[1], {1: 2}, {1}]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
class H:
    def __hash__(self):
        return 42
    def __len__(self):
        return 7
print(hash(H()), len(H()))
