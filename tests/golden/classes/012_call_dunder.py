# Checks __call__ making instances callable, callable(), stateful callables and use as key functions.
class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x, *rest):
        self.calls += 1
        return x * self.k if not rest else [v * self.k for v in (x,) + rest]
triple = Multiplier(3)
print(triple(4), triple('ab'), triple(1, 2, 3), triple.calls, callable(triple), callable(Multiplier))
print(list(map(triple, [1, 2])), sorted([3, -5, 1], key=Multiplier(-1)))
class NotCallable:
    pass
print(callable(NotCallable()), callable(NotCallable), callable(len), callable(None))
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
class Adder:
    def __init__(self):
        self.total = 0
    def __call__(self, v):
        self.total += v
        return self
a = Adder()
print(a(1)(2)(3).total)
