# Checks bytearray mutation: item/slice assignment, append/extend/pop/insert/remove, +=, repr.
ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[-1])
ba[0] = 72
ba.append(33)
ba.extend(b"??")
print(ba)
ba[1:3] = b"EL"
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 74)
ba.remove(ord("?"))
print(ba, ba.find(b"L"), ba.count(b"l"), bytes(ba))
ba += b"++"
ba *= 2
print(ba, len(ba))
del ba[::2]
print(ba)
ba.reverse()
print(ba, ba.upper(), bytearray(3), bytearray([1, 2, 255]), bytearray("é", "utf-8"))
ba2 = bytearray(b"abc")
ba2[1:2] = b"XYZ"
print(ba2, ba2 == b"aXYZc", b"aXYZc" == ba2, ba2.decode())
for bad in [lambda: ba2.append(256), lambda: ba2.__setitem__(0, -1), lambda: ba2.remove(0)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
