# Checks assert with and without messages, AssertionError args, and assert with tuples/expressions.
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x
print(check(5))
try:
    check(-2)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert:", repr(e), e.args, repr(str(e)))
try:
    assert [], ["msg", "list"]
except AssertionError as e:
    print("non-str message:", e.args)
assert True, "never evaluated"
calls = []
def msg():
    calls.append(1)
    return "lazy"
assert 1, msg()
print("message evaluated lazily:", calls == [])
try:
    assert None, msg()
except AssertionError as e:
    print(e, calls)
