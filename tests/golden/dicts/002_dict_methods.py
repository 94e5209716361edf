# Checks get/setdefault/pop/popitem/update/copy/clear/fromkeys with defaults and errors.
d = {'x': 1, 'y': 2}
print(d.get('x'), d.get('z'), d.get('z', 0), d.setdefault('x', 9), d.setdefault('z', []), d)
d['z'].append(5)
print(d, d.pop('x'), d.pop('nope', 'dflt'), d)
d.update({'y': 20, 'w': 4})
d.update([('v', 5)], u=6)
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c['new'] = 1
print(d, c)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys([]))
shared = dict.fromkeys(['p', 'q'], [])
shared['p'].append(1)
print(shared)
c.clear()
print(c, len(c))
for op in [lambda: {}.popitem(), lambda: {}.pop('k')]:
    try:
        op()
    except KeyError as e:
        print("KeyError:", e, e.args)
