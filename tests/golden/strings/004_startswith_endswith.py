# Checks startswith/endswith with tuples, start/end arguments and empty prefixes.
s = "hello.world.py"
print(s.startswith('hello'), s.startswith('world', 6), s.startswith('world', 6, 8), s.startswith(''))
print(s.endswith('.py'), s.endswith(('.txt', '.py')), s.endswith('world', 0, 11), s.endswith('.py', 0, 5))
print(s.startswith(('a', 'b', 'h')), s.startswith(()), "".startswith(''), "".endswith('x'), s.startswith('', 100))
print(s.startswith('HELLO'), s.lower().startswith('hello'), s.startswith('o', -4), s.endswith('y', -1))
try:
    s.startswith(['hello'])
except TypeError as e:
    print("TypeError:", e)
for name in ["test_a.py", "a_test.py", "README", "setup.cfg"]:
    kind = "test" if name.startswith("test_") or name.endswith("_test.py") else "other"
    print(name, kind)
