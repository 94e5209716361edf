# Checks augmented assignments on ints: += -= *= //= %= **= <<= >>= &= |= ^=.
x = 10
x += 5; print(x)
x -= 20; print(x)
x *= -3; print(x)
x //= 4; print(x)
x %= 7; print(x)
x **= 3; print(x)
x <<= 65; print(x)
x >>= 60; print(x)
x &= 0b101010; print(x)
x |= 0b1; print(x)
x ^= 0b1111; print(x)
x /= 4; print(x)
y = -17
y //= 5; print(y)
y %= -3; print(y)
n = 2
for _ in range(7):
    n *= n
print(n)
a = b = 5
a += 1
print(a, b)
