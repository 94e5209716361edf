# Checks del on items/slices/names, iteration while building new lists, enumerate and reversed.
a = list("abcdefg")
del a[0]
del a[-1]
print(a)
del a[1:3]
print(a)
lst = [1, 2, 3, 4, 5, 6]
evens = [x for x in lst if x % 2 == 0]
lst[:] = [x for x in lst if x % 2]
print(lst, evens)
for i, v in enumerate(reversed(lst)):
    print(i, v, end="; ")
print()
out = []
for x in lst[:]:
    if x == 3:
        lst.remove(x)
    out.append(x)
print(out, lst)
b = [1, 2]
del b
try:
    print(b)
except NameError as e:
    print("NameError:", e)
c = [1, 2, 3]
try:
    del c[5]
except IndexError as e:
    print("IndexError:", e)
it = iter([10, 20, 30])
print(next(it), list(it), list(it))
