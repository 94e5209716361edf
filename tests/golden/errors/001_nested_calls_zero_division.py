# Checks an uncaught ZeroDivisionError raised 3 calls deep: full traceback with 4 frames and exit code 1.
def average(values):
    return total(values) / len(values)
def total(values):
    return sum(values)
def report(groups):
    for name, values in groups.items():
        print(name, average(values))
print("start")
report({'a': [1, 2, 3], 'b': [10], 'empty': []})
print("unreachable")
