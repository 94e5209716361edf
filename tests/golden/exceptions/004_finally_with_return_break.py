# Checks finally overriding return values, swallowing exceptions via return/break, and continue in finally.
def f1():
    try:
        return "try"
    finally:
        print("f1 finally runs")
def f2():
    try:
        return "try"
    finally:
        return "finally wins"
def f3():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def f4():
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
        finally:
            if i == 1:
                break
    return i
def f5():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append('f')
    return out
def f6():
    x = 1
    try:
        return x
    finally:
        x = 99
print(f1(), f2(), f3(), f4(), f5(), f6())
