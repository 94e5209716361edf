# Checks set-based algorithms: primes sieve, graph reachability, common elements, removing while iterating copy.
limit = 30
composite = set()
for i in range(2, limit):
    for j in range(i * i, limit, i):
        composite.add(j)
print(sorted(set(range(2, limit)) - composite))
graph = {1: [2, 3], 2: [4], 3: [4], 4: [1], 5: [6], 6: []}
seen = set()
stack = [1]
while stack:
    n = stack.pop()
    if n not in seen:
        seen.add(n)
        stack.extend(graph[n])
print(sorted(seen), 5 in seen)
a, b, c = [1, 2, 3, 4], [2, 3, 5], [3, 2, 9]
print(sorted(set(a) & set(b) & set(c)))
s = set(range(10))
for x in list(s):
    if x % 3 == 0:
        s.discard(x)
print(s)
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print("RuntimeError:", e)
