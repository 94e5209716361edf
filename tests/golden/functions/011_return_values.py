# Checks implicit None return, early returns, multiple return values, returning functions and returns in loops.
def nothing():
    pass
def bare_return():
    return
def early(n):
    if n < 0:
        return "neg"
    for i in range(n):
        if i * i > n:
            return i
    return "end"
print(nothing(), bare_return(), early(-1), early(10), early(0), early(1))
def divmod_like(a, b):
    return a // b, a % b
q, r = divmod_like(17, 5)
print(q, r, divmod_like(-17, 5))
def choose(flag):
    def yes():
        return "yes"
    def no():
        return "no"
    return yes if flag else no
print(choose(True)(), choose(False)(), choose(1).__name__)
def side_effects(lst):
    lst.append(1)
result = side_effects([])
print(result, type(result).__name__)
