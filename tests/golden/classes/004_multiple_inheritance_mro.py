# Checks multiple inheritance, C3 MRO printed via __mro__, cooperative super() chains, and MRO conflicts.
class A:
    def who(self):
        return ['A']
class B(A):
    def who(self):
        return ['B'] + super().who()
class C(A):
    def who(self):
        return ['C'] + super().who()
class D(B, C):
    def who(self):
        return ['D'] + super().who()
print([c.__name__ for c in D.__mro__], D().who())
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
print([c.__name__ for c in Z.__mro__], [c.__name__ for c in W.__mro__])
try:
    class Bad(Z, W):
        pass
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __init__(self):
        print("Base init")
class Left(Base):
    def __init__(self):
        print("Left init")
        super().__init__()
class Right(Base):
    def __init__(self):
        print("Right init")
        super().__init__()
class Child(Left, Right):
    def __init__(self):
        print("Child init")
        super().__init__()
Child()
print([c.__name__ for c in Child.mro()])
class K1: pass
class K2(K1): pass
class K3(K2, K1): pass
print([c.__name__ for c in K3.__mro__])
