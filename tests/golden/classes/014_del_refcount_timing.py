# Checks __del__ runs when the last reference disappears (del, rebinding, leaving function scope).
class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)
x = Res('one')
print("before del")
del x
print("after del")
y = Res('two')
y = Res('three')
print("rebound")
def scope():
    r = Res('local')
    print("leaving scope")
scope()
print("after scope")
a = Res('shared')
b = a
del a
print("a deleted, b alive")
b = None
print("b cleared")
lst = [Res('in-list')]
lst.clear()
print("list cleared")
y = None
print("end")
