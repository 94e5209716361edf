# Checks lambdas: defaults, closures over loop variables (late binding), immediately-invoked, in sort keys.
sq = lambda x: x * x
print(sq(7), (lambda: 'no args')(), (lambda a, b=2, *c, **d: (a, b, c, d))(1, 5, 6, k=7))
adders = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders])
adders2 = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders2])
pairs = [(1, 'one'), (3, 'three'), (2, 'two')]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: len(p[1])))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(3), compose(str, abs)(-5), sq.__name__, (lambda: 0).__name__)
print(list(map(lambda x: x % 3, range(7))), list(filter(lambda s: s, ['', 'a', None, 'b'])))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10), (lambda *a: sum(a))(1, 2, 3))
