# Checks an uncaught AttributeError on a user object and CPython 3.11's "Did you mean" suggestion.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.label = 'origin'
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(1, 2)
print(p, p.x)
print(p.lable)
