# Checks augmented assignment on subscripts, attributes and nested targets, including evaluation count.
class Obj:
    def __init__(self):
        self.n = 1
        self.items = [1, 2]
o = Obj()
o.n += 5
o.n *= 2
o.items += [3]
o.items[0] -= 10
print(o.n, o.items)
d = {'k': 1, 'l': [1]}
d['k'] += 1
d['l'] *= 3
d.setdefault('new', 0)
d['new'] -= 1
print(d)
m = [[1, 2], [3, 4]]
m[1][0] **= 3
m[0][1] //= 2
print(m)
calls = []
def idx(i):
    calls.append(i)
    return i
arr = [10, 20, 30]
arr[idx(1)] += 5
print(arr, calls)
s = 'ab'
s *= 3
t = (1,)
t += (2,)
print(s, t)
nums = {'a': 5}
nums['a'] %= 3
nums['a'] <<= 4
nums['a'] |= 1
print(nums)
try:
    undefined_counter += 1
except NameError as e:
    print("NameError:", e)
