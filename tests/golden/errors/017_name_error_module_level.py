# Checks a NameError on a module-level line after some output, with a "Did you mean" suggestion for a typo.
counter = 0
for i in range(3):
    counter += i
print("counter =", counter)
print("total =", countr)
print("unreachable")
