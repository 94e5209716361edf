# Checks a plain "invalid syntax" SyntaxError: nothing runs, so stdout is empty.
print("this never runs because the file does not compile")
x = 5
if x > 3:
    y = x +* 2
print(y)
