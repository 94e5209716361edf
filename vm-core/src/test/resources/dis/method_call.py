import math
import os.path as osp

class Box:
    def __init__(self, items):
        self.items = list(items)

    def add(self, x):
        self.items.append(x)
        return self

b = Box([3, 1, 2])
b.add(4).add(5)
b.items.sort(reverse=True)
print(math.sqrt(16), osp.join("a", "b"))
print(", ".join(str(i) for i in b.items))
