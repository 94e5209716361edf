# Checks the SyntaxError "expected ':'" for an if statement missing its colon.
values = [1, 2, 3]
for v in values:
    if v > 1
        print(v)
