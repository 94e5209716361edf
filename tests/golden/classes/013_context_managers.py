# Checks __enter__/__exit__: with-statement order, as-binding, exception info passed, suppression, nesting.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print(f"enter {self.name}")
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print(f"exit {self.name}", et.__name__ if et else None, repr(ev), tb is not None)
        return self.suppress
with CM('a') as v:
    print("body", v)
with CM('outer') as o, CM('inner') as i:
    print("body", o, i)
with CM('sup', suppress=True):
    raise ValueError("hidden")
print("after suppressed")
try:
    with CM('nosup'):
        raise KeyError("visible")
except KeyError as e:
    print("propagated", e)
def early():
    with CM('ret'):
        return "returned"
print(early())
for i in range(3):
    with CM(f'loop{i}'):
        if i == 1:
            break
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)
