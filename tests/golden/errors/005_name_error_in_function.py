# Checks an uncaught NameError for an undefined variable inside a function (no suggestion available).
def compute(x):
    y = x * 2
    return y + undefined_variable_zz
print("computing")
print(compute(3))
