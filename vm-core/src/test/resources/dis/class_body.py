def deco(f):
    return f

class Base:
    kind = "base"

    def __init__(self, x):
        self.x = x

    def describe(self):
        return f"{self.kind}:{self.x}"

@deco
class Child(Base):
    """A child."""
    kind = "child"
    __secret = 42

    def __init__(self, x, y):
        super().__init__(x)
        self.y = y

    @property
    def total(self):
        return self.x + self.y + self.__secret

    @staticmethod
    def make():
        return Child(1, 2)

    def __repr__(self):
        return "Child(%r, %r)" % (self.x, self.y)

print(Child.make().total, repr(Child(3, 4)))
