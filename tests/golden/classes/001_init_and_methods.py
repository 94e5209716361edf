# Checks __init__, instance methods, attribute assignment, method binding and calling via the class.
class Counter:
    def __init__(self, start=0):
        self.value = start
    def inc(self, by=1):
        self.value += by
        return self
    def get(self):
        return self.value
c = Counter()
c.inc().inc(5).inc()
print(c.get(), Counter(10).inc(-3).get(), Counter.get(c), Counter.inc(c, 100).value)
m = c.inc
print(m().value, m().value, m.__self__ is c, m.__func__ is Counter.inc)
c.extra = 'dynamic'
print(c.extra, sorted(vars(c)), c.__dict__)
try:
    Counter(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    c.nothing
except AttributeError as e:
    print("AttributeError:", e)
class NoInit:
    pass
n = NoInit()
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
print(type(n).__name__, type(n) is NoInit, NoInit.__name__, n.__class__.__name__)
