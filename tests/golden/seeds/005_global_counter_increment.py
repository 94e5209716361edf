# Checks the seed's foo() doing `global n; n += 1`, called 100 times sequentially (no threads): prints 100.
n = 0
def foo():
    global n
    n += 1
for i in range(100):
    foo()
print(n)
