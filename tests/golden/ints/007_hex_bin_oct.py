# Checks hex(), bin(), oct() and their format() counterparts on many ints.
for n in [0, 1, 7, 8, 15, 16, 255, 256, -1, -255, 2 ** 64, -(2 ** 70)]:
    print(n, hex(n), bin(n), oct(n))
print(format(255, 'x'), format(255, 'X'), format(255, '#x'), format(255, '#X'), format(255, 'b'), format(255, '#b'))
print(format(8, 'o'), format(8, '#o'), format(-8, '#o'), format(-255, 'x'), format(-255, '#x'))
print(format(5, '08b'), format(5, '#010b'), format(255, '#06x'), format(-5, '08b'), format(-5, '#08b'))
print(format(0xABCDEF, '_x'), format(2 ** 32, '_b'), format(1234567, '_o'))
print(f"{42:x}|{42:#X}|{42:>8b}|{42:<8o}|{42:^#10x}|")
print('%x %X %o %#x %#o' % (255, 255, 8, 255, 8))
print(0xff, 0o777, 0b1010, 0XFF, 0B11, 0O17, 1_000, 0x_ff)
print(int(hex(12345), 16), int(bin(-77), 2), int(oct(511), 8))
