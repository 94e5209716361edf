# Inline caches of LOAD_GLOBAL, LOAD_ATTR and LOAD_METHOD: a cached lookup must see every later change.
def use_len(x):
    return len(x)

print(use_len([1, 2]), use_len("abc"))
len = lambda x: "shadowed"
print(use_len([1, 2]))
del len
print(use_len([1, 2, 3]))

counter = 0
def bump():
    return counter + 1
for i in range(3):
    counter = bump()
print(counter)

def read_g():
    return g
try:
    read_g()
except NameError as e:
    print(e)
g = 1
print(read_g())
globals()["g"] = 2
print(read_g())

class Base:
    def greet(self):
        return "base"
    kind = "base-kind"

class Child(Base):
    pass

def call_greet(o):
    return o.greet()

def read_kind(o):
    return o.kind

c = Child()
for _ in range(3):
    print(call_greet(c), read_kind(c))
Base.greet = lambda self: "patched base"
print(call_greet(c))
Child.greet = lambda self: "child"
print(call_greet(c))
c.greet = lambda: "instance"
print(call_greet(c))
del c.greet
print(call_greet(c))
del Child.greet
print(call_greet(c))
Base.kind = "new-kind"
print(read_kind(c))
c.kind = "own-kind"
print(read_kind(c))

class Other:
    def greet(self):
        return "other"
    kind = "other-kind"
c.__class__ = Other
print(call_greet(c), read_kind(c))
for o in [Base(), Child(), Other(), Base()]:
    print(call_greet(o), read_kind(o))

class P:
    def __init__(self):
        self.__dict__["v"] = "dict"
def read_v(o):
    return o.v
p = P()
print(read_v(p))
P.v = property(lambda self: "property")
print(read_v(p))
del P.v
print(read_v(p))

class G:
    def __getattr__(self, name):
        return "fallback " + name
def read_x(o):
    return o.x
print(read_x(G()))
G.x = "class x"
print(read_x(G()))

def read_append(lst):
    return lst.append
print(read_append([]).__name__)
