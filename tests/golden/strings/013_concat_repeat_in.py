# Checks +, * (incl. zero and negative counts), in / not in, comparisons and len.
print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0 == "", "ab" * -2 == "", repr("x" * -1), repr("" * 5))
print("a" in "abc", "ac" in "abc", "" in "abc", "abc" in "abc", "abcd" not in "abc")
print("abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a", "a" < "aa", "é" > "z", "B" == "b", "10" < "9")
print(len(""), len("abc"), len("é"), len("中文"), len("😀"), len("\n\t"), max("hello"), min("hello"))
s = ""
for i in range(5):
    s += str(i)
s *= 2
print(s, s.count("0"), True * "x", "y" * True)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
