# Checks list.sort/sorted: key, reverse, stability, mixed int/float, errors comparing mixed types.
nums = [5, 2, 9, 1, 5, 6, -3, 0, 2.5, -0.5]
print(sorted(nums), sorted(nums, reverse=True), nums[:3])
nums.sort(); print(nums)
pairs = [('b', 2), ('a', 2), ('c', 1), ('a', 1), ('b', 1)]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[1], reverse=True))
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff']
words.sort(key=len); print(words)
words.sort(key=len, reverse=True); print(words)
print(sorted([[2, 1], [1, 2], [1], [], [1, 1, 1]]), sorted([True, False, 0, 1, -1]), sorted([]))
print(sorted('hello'), sorted((3, 1, 2)), sorted(range(5), key=lambda x: -x), sorted([3, 1, 2], key=None))
r = [1, 2, 3]
print(r.sort(), r, sorted(r) is not r)
try:
    [1, 'a', 2].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([None, 1])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
