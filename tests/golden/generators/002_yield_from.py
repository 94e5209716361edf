# Checks yield from: delegating to sub-generators and iterables, and capturing the sub-generator return value.
def inner():
    yield 'a'
    yield 'b'
    return 'inner-result'
def outer():
    result = yield from inner()
    yield 'got ' + result
    yield from range(3)
    yield from "xy"
print(list(outer()))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), {4: 'x'}, "56")))
def tree(n, depth=0):
    yield '  ' * depth + str(n)
    if n > 1:
        yield from tree(n // 2, depth + 1)
        yield from tree(n - n // 2 - 1, depth + 1)
for line in tree(6):
    print(line)
