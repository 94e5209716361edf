# Checks recursive functions: factorial (big int), fibonacci with memo dict, mutual recursion, hanoi, permutations.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(0), fact(5), fact(25))
memo = {}
def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print([fib(i) for i in range(15)], fib(90))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
moves = []
def hanoi(n, a, b, c):
    if n:
        hanoi(n - 1, a, c, b)
        moves.append(a + c)
        hanoi(n - 1, b, a, c)
hanoi(4, 'A', 'B', 'C')
print(len(moves), moves[:7])
def perms(xs):
    if len(xs) <= 1:
        return [xs]
    return [[x] + p for i, x in enumerate(xs) for p in perms(xs[:i] + xs[i + 1:])]
print(perms([1, 2, 3]))
def depth(obj):
    return 1 + max((depth(o) for o in obj), default=0) if isinstance(obj, list) else 0
print(depth([1, [2, [3, [4]], []]]), depth(5), depth([]))
