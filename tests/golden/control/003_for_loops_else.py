# Checks for loops with break/continue/else, loop variable after loop, iterating various iterables.
for i in range(5):
    if i == 3:
        break
else:
    print("not printed")
print("i after break", i)
for i in range(3):
    pass
else:
    print("for-else ran, i =", i)
for ch in "":
    print("never")
else:
    print("empty loop else")
def find(xs, target):
    for idx, x in enumerate(xs):
        if x == target:
            print("found at", idx)
            break
    else:
        print("not found")
find([4, 5, 6], 5)
find([4, 5, 6], 7)
for x in [1, 2, 3, 4, 5, 6]:
    if x % 2:
        continue
    print("even", x)
for k, v in {'a': 1, 'b': 2}.items():
    print(k, v)
for c in "hi", "yo":
    print(c)
j = 'unset'
for j in []:
    pass
print(j)
