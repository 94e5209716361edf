# Checks append/extend/insert (incl. out-of-range)/remove/pop/clear/index/count/reverse/copy.
a = [3, 1, 4]
a.append(1); print(a)
a.extend([5, 9]); print(a)
a.extend("ab"); print(a)
a.insert(0, 'first'); a.insert(100, 'last'); a.insert(-1, 'pen'); a.insert(-100, 'zero'); print(a)
a.remove(1); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(4), a.index(1), a.count(1), a.count('z'), a.index(5, 2))
a.reverse(); print(a)
c = a.copy(); c.append('new'); print(a, c)
a.clear(); print(a, len(a))
for op in [lambda: a.pop(), lambda: [1].remove(2), lambda: [1, 2].index(3), lambda: [1].pop(5)]:
    try:
        op()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
x = [1, 2]
x.append(x)
print(x, len(x), x[2][2][0])
