# Checks aliasing vs copies: shared references, shallow copy of nested lists, [[0]*3]*3 gotcha.
a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b, a == b)
c = a[:]
c.append(5)
print(a, c, a is c)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
nested = [[1, 2], [3, 4]]
shallow = list(nested)
shallow[0].append(99)
shallow[1] = 'replaced'
print(nested, shallow)
x = [1, 2]
y = x
x += [3]
print(x, y, x is y)
x = x + [4]
print(x, y, x is y)
def mutate(lst):
    lst.append('m')
    lst = ['new']
    return lst
z = []
print(mutate(z), z)
