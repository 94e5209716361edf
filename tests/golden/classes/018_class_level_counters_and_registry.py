# Checks class-level state: instance counters, registries via __init_subclass__, class attributes modified via cls.
class Shape:
    registry = []
    instances = 0
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry.append(cls.__name__)
    def __init__(self):
        Shape.instances += 1
        self.id = Shape.instances
    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area")
    def __repr__(self):
        return f"{type(self).__name__}#{self.id}"
class Square(Shape):
    def __init__(self, s):
        super().__init__()
        self.s = s
    def area(self):
        return self.s ** 2
class Circle(Shape):
    def __init__(self, r):
        super().__init__()
        self.r = r
    def area(self):
        return round(3.14159 * self.r ** 2, 2)
class Blob(Shape):
    pass
shapes = [Square(2), Circle(1), Square(3), Blob()]
print(Shape.registry, Shape.instances, shapes)
for s in shapes:
    try:
        print(s, s.area())
    except NotImplementedError as e:
        print(s, "NotImplementedError:", e)
print(sorted(shapes[:3], key=lambda s: s.area()), Square.instances, Square.registry is Shape.registry)
