# Checks floor division and modulo with negative operands (Python floors toward -inf).
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 5), (-1, 5), (6, 3), (-6, 3)]
for a, b in pairs:
    print(f"{a} // {b} = {a // b}", f"{a} % {b} = {a % b}", f"divmod = {divmod(a, b)}")
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2)
print(-1 // 10, -1 % 10, -10 // 3, -10 % 3)
print(-(7 // 2), (-7) // 2, -7 // 2)
for a, b in pairs:
    assert (a // b) * b + a % b == a
print("identity holds")
print(-2**70 // 3, -2**70 % 3, 2**70 // -7, 2**70 % -7)
