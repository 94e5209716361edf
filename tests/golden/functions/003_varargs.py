# Checks *args and **kwargs collection, their types, ordering, and forwarding.
def collect(*args, **kwargs):
    return args, kwargs
print(collect(), collect(1, 2), collect(a=1), collect(1, 'x', k=2, j=3))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3), head_tail(*"abc"))
def forward(*args, **kwargs):
    return collect(*args, extra=True, **kwargs)
print(forward(5, z=1))
def total(*nums, start=0):
    return sum(nums, start)
print(total(1, 2, 3), total(1, 2, start=10), total())
def describe(**info):
    return ", ".join(f"{k}={v!r}" for k, v in info.items())
print(describe(name="x", size=3, tags=['a']), describe())
args = (1, 2)
kw = {'c': 3}
def three(a, b, c):
    return a * 100 + b * 10 + c
print(three(*args, **kw), three(*args, c=0), three(*(1,), *(2,), **{}, c=3))
print(collect(*range(3), *'ab', **{'k': 1}, **{'m': 2}))
try:
    forward(extra=1)
except TypeError as e:
    print("TypeError:", e)
