# Checks str.format: auto/explicit positional, keyword, index and attribute fields, specs, braces.
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"P({self.x}, {self.y})"
p = P(3, 4)
print("{} {} {}".format(1, 'a', [2]), "{1} {0} {1}".format('a', 'b'), "{x}-{y}".format(x=1, y=2))
print("{0[0]} {0[2]} {1[key]} {2.x} {2.y}".format([10, 20, 30], {'key': 'v'}, p))
print("{!r} {!s} {!a}".format('é', 'é', 'é'), "{0!r:>6}|{0!s:<4}|{1!a}".format('é', 'ü'))
print("{:>8} {:<8} {:^8} {:*^8} {:08.3f} {:+,}".format('r', 'l', 'c', 'm', 3.14159, 1234567))
print("{{}} {{{}}} {{x}}".format(5), "{:{}{}}".format('x', '>', 4), "{0:{1}.{2}f}".format(2.71828, 10, 3))
print("{p} {p.x} {p!r:>10}|".format(p=p), "{0}{0}{0}".format('ab'), "{:d}".format(True), "{:%}".format(0.5))
print("{} and {}".format(*['x', 'y']), "{a}/{b}".format(**{'a': 1, 'b': 2}), "{:,.2f}".format(-1234.5))
for fmt, args in [("{} {}", ('a',)), ("{0} {}", ('a', 'b')), ("{:d}", ('s',)), ("{x}", ()), ("{", ()), ("{0[5]}", ([1],))]:
    try:
        print(fmt.format(*args))
    except (IndexError, ValueError, KeyError) as e:
        print(type(e).__name__ + ':', e)
