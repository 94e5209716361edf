# An object-heavy single-thread workload: instances, attribute reads and writes, method
# calls, lists and dicts of objects, all made and dropped in a loop, so reference counts
# change on every step. Prints the loop's own time.
import time


class Node:
    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.children = []

    def add(self, node):
        self.children.append(node)
        return node

    def total(self):
        s = self.value
        for c in self.children:
            s += c.value
        return s


def build(n):
    root = Node("root", 0)
    index = {}
    for i in range(n):
        node = root.add(Node("k%d" % (i % 1000), i))
        index[node.key] = node
        if len(root.children) > 100:
            root.children = root.children[50:]
    return root.total() + len(index)


t0 = time.perf_counter()
r = 0
for _ in range(5):
    r += build(200_000)
print(r, f"{time.perf_counter() - t0:.3f}")
