# Checks int methods and attributes: bit_length, bit_count, to_bytes, from_bytes, as_integer_ratio.
for n in [0, 1, 2, 255, 256, -1, -256, 2 ** 64, -(2 ** 64) - 1]:
    print(n, n.bit_length(), n.bit_count(), abs(n).bit_length())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (-1).to_bytes(2, 'big', signed=True))
print(int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\x00\x10', 'little'), int.from_bytes(b'\xff\xff', 'big', signed=True))
print((2 ** 64).to_bytes(9, 'big'), int.from_bytes(b'\x01' + b'\x00' * 8, 'big'))
print((10).as_integer_ratio(), (-3).as_integer_ratio(), (5).real, (5).imag, (5).numerator, (5).denominator)
print((7).conjugate(), int.__name__, (3).__add__(4), (3).__rsub__(10), (2).__pow__(10))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print("OverflowError:", e)
print(isinstance(True, int), issubclass(bool, int), type(5) is int, int is type(2 ** 100))
