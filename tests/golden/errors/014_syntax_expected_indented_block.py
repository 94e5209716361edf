# Checks IndentationError "expected an indented block after 'if' statement on line N".
def check(n):
    if n > 0:
    return "positive"
    return "non-positive"
print(check(1))
