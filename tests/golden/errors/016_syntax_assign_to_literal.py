# Checks the SyntaxError for assigning to a literal ("cannot assign to literal here...").
x = 10
10 = x
print(x)
print(x + 1)
