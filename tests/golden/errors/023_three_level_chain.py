# Checks a chain of three exceptions mixing implicit context and explicit cause in one traceback.
def level_a():
    return {}['a']
def level_b():
    try:
        level_a()
    except KeyError:
        return [][0]
def level_c():
    try:
        level_b()
    except IndexError as e:
        raise RuntimeError("level c failed") from e
print("begin")
try:
    level_c()
finally:
    print("finally before traceback")
