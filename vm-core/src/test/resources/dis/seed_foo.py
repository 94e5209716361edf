# dis: foo
n = 0
def foo():
    global n
    n += 1
