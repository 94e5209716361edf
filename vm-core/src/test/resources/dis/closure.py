def make_counter(start):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

def adder(n):
    return lambda x: x + n

def outer():
    a = 1
    def middle():
        def inner():
            return a
        return inner
    return middle
