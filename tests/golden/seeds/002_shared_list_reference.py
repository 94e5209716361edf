# Checks the seed example (000_*.txt): a = [1, 2, 3]; b = a — both names refer to one list object.
a = [1, 2, 3]
b = a
print(a, b, a is b, id(a) == id(b))
b.append(4)
print(a, len(a))
b = b + [5]
print(a, b, a is b)
del b
print(a)
