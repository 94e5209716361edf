# Checks classic list algorithms: binary search, bubble sort, dedupe preserving order, rotate, prefix sums.
def bsearch(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
data = [1, 3, 3, 5, 8, 13, 21]
print([bsearch(data, x) for x in [0, 1, 3, 4, 21, 22]])
arr = [5, 1, 4, 2, 8, 0, 2]
n = len(arr)
for i in range(n):
    for j in range(n - 1 - i):
        if arr[j] > arr[j + 1]:
            arr[j], arr[j + 1] = arr[j + 1], arr[j]
print(arr)
seen = []
for x in [3, 1, 3, 2, 1, 4]:
    if x not in seen:
        seen.append(x)
print(seen)
r = list(range(7))
k = 3
print(r[k:] + r[:k], r[-k:] + r[:-k])
pre = [0]
for x in [2, 4, 6, 8]:
    pre.append(pre[-1] + x)
print(pre, pre[3] - pre[1])
primes = [p for p in range(2, 50) if all(p % d for d in range(2, int(p ** 0.5) + 1))]
print(primes, len(primes))
