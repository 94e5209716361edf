# Checks structural pattern matching: literals, captures, sequences, mappings, class patterns, guards, or-patterns.
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
def describe(v):
    match v:
        case 0 | 1:
            return "bit"
        case int(n) if n < 0:
            return f"negative {n}"
        case str() as s:
            return f"string {s!r}"
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *rest]:
            return f"seq first={first} rest={rest}"
        case {'kind': 'circle', 'r': r}:
            return f"circle r={r}"
        case Point(0, y):
            return f"on y-axis at {y}"
        case Point(x=px, y=py):
            return f"point {px},{py}"
        case None:
            return "none"
        case _:
            return "other"
for v in [0, 1, -5, 7, "hi", (1, 2), [1, 2, 3], {'kind': 'circle', 'r': 2, 'x': 0}, Point(0, 3), Point(1, 2), None, 2.5, []]:
    print(describe(v))
