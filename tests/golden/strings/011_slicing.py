# Checks string indexing and slicing with steps, negatives, out-of-range bounds and empty results.
s = "0123456789"
print(s[0], s[-1], s[3:7], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::2], s[::-1], s[::-2])
print(s[8:2:-1], s[8:2:-3], s[-2:-8:-2], s[2:8:-1] == '', s[100:], s[-100:3], s[3:100], s[5:5] == '')
print(s[::3], s[::-3], s[-1:-11:-1], s[:0], s[-0:], s[1:-1][::-1], s[len(s):], s[:len(s) + 5])
print(s[slice(2, 6)], s[slice(None, None, -4)], s[slice(-4, None)], "abc"[1:][::-1])
for i in [10, -11]:
    try:
        s[i]
    except IndexError as e:
        print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    s[0] = 'x'
except TypeError as e:
    print("TypeError:", e)
