# hashlib: sha256, sha1, md5 and friends; update in pieces, copy, big inputs, attributes and errors
import hashlib

for name in ("md5", "sha1", "sha256", "sha224", "sha384", "sha512", "sha3_256"):
    h = hashlib.new(name, b"abc")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())

h = hashlib.sha256()
for piece in (b"The quick brown fox ", b"jumps over ", bytearray(b"the lazy dog")):
    h.update(piece)
print(h.hexdigest() == hashlib.sha256(b"The quick brown fox jumps over the lazy dog").hexdigest())
c = h.copy()
c.update(b".")
print(h.hexdigest())
print(c.hexdigest())
print(h.digest()[:8], len(h.digest()), type(h.digest()).__name__)

big = bytes(range(256)) * 4096
print(hashlib.sha256(big).hexdigest())
print(hashlib.md5(big[:2047]).hexdigest(), hashlib.md5(big[:2048]).hexdigest())
s = hashlib.sha1()
for i in range(0, len(big), 3000):
    s.update(big[i:i + 3000])
s.update(b"")
print(s.hexdigest() == hashlib.sha1(big).hexdigest(), s.hexdigest())
print(hashlib.sha1(string=b"x").hexdigest(), hashlib.new("SHA256").name, hashlib.new(name="md5", data=b"a").hexdigest())
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha256"}), type(h).__name__)

for f in (lambda: hashlib.sha256("text"), lambda: hashlib.sha256(1), lambda: h.update("s"),
          lambda: hashlib.new("nope"), lambda: hashlib.sha256(b"", b"")):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
