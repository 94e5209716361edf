# Checks the SyntaxError "'(' was never closed" for an unbalanced call spanning to end of file.
total = sum([1, 2, 3]
print(total)
x = 1
y = 2
