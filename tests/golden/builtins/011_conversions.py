# Checks int/float/str/bool/list/tuple/dict/set/frozenset constructors on edge-case inputs.
print(bool(0), bool(''), bool('0'), bool([]), bool([0]), bool(None), bool(0.0), bool(-1), bool())
print(str(), str(None), str(12), str(-0.0), str([1, '2']), str((1,)), str({'a': 1}), str(True))
print(list(), list('ab'), list((1, 2)), list({'a': 1}), list(range(2)), tuple([1]), tuple(), tuple('xy'))
print(dict(), dict(a=1), dict([('a', 1)]), dict({'b': 2}, c=3), set(), set('aab') == {'a', 'b'}, frozenset([1, 1]))
print(int('-12'), int(' 7 '), float(' -1.5e3 '), int(True), float(False), int(-0.9), float('-0'))
print(repr(str(b'bytes')), list(map(bool, ['', ' ', 'False'])), [int(c) for c in '0123'], tuple({3: 4}))
