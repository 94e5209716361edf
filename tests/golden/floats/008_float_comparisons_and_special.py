# Checks float comparisons, nan behaviour in containers and min/max, sorting with -0.0.
nan = float('nan')
inf = float('inf')
print(nan < 0, nan > 0, nan == 0, nan != nan, inf > 1e308, -inf < -1e308)
lst = [nan]
print(nan in lst, lst == lst, [nan] == [nan], lst.count(nan), float('nan') in lst)
print(max(1.0, nan), max(nan, 1.0), min(nan, 2.0), min(2.0, nan))
print(sorted([3.0, -0.0, 0.0, -1.5, inf, -inf]), sorted([0.0, -0.0]), sorted([-0.0, 0.0]))
print(1e308 * 10 == inf, -1e308 * 10 == -inf, inf - 1e308 == inf, 5e-324 / 2, 5e-324 > 0)
print(0.1 + 0.2 > 0.3, 0.1 + 0.2 - 0.3, 1 - 1e-16 == 1.0, 1 + 1e-16 == 1.0, 1 + 2.220446049250313e-16 > 1)
print(bool(0.0), bool(-0.0), bool(nan), bool(1e-300), bool(inf))
print(float('inf') == inf, inf == float('Infinity'), -inf == float('-inf'))
print(repr(-nan), repr(abs(-inf)), str(-0.0), -0.0 < 0.0, -0.0 <= 0.0)
