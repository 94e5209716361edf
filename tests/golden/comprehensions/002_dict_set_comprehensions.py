# Checks dict and set comprehensions, key collisions (last wins), and inverted mappings.
words = ["apple", "bob", "cat", "anna", "bird"]
print({w: len(w) for w in words}, {w[0]: w for w in words})
print({len(w) for w in words}, sorted({w[-1] for w in words}), {x % 4 for x in range(100)})
print({k: v for k, v in zip(range(5), "abcde") if k % 2 == 0}, {v: k for k, v in {'a': 1, 'b': 2}.items()})
print({(x, y): x * y for x in range(2) for y in range(2)}, {i: [j for j in range(i)] for i in range(3)})
print({x: x ** 2 for x in range(-2, 3)}, {abs(x) for x in range(-3, 4)})
