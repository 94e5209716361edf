# Checks hand-written partial application, function composition, memoize decorator with a dict cache.
def partial(fn, *pargs, **pkw):
    def wrapper(*args, **kw):
        return fn(*pargs, *args, **{**pkw, **kw})
    return wrapper
def power(base, exp=2):
    return base ** exp
cube = partial(power, exp=3)
two_to = partial(power, 2)
print(cube(3), two_to(10), two_to(exp=5), partial(max, 5)(1, 9))
def memoize(fn):
    cache = {}
    calls = [0]
    def wrapper(n):
        if n not in cache:
            calls[0] += 1
            cache[n] = fn(n)
        return cache[n]
    wrapper.calls = calls
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.calls[0])
def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run
print(compose(str, lambda x: x * 2, abs)(-21), compose()(7))
