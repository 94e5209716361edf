# Checks open() on a text file named after the test: write/read/append, with-statement closing, read variants.
name = "016_open_write_read.tmp"
with open(name, "w", encoding="utf-8") as f:
    n1 = f.write("first line\n")
    n2 = f.write("second line é\n")
    print("wrote", n1, n2, f.closed)
print("closed after with:", f.closed)
with open(name, encoding="utf-8") as f:
    data = f.read()
print(repr(data), len(data))
with open(name, "a", encoding="utf-8") as f:
    f.write("third\n")
    print("appended", file=f)
with open(name, encoding="utf-8") as f:
    print(f.readline(), end="")
    print(repr(f.readline()))
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))
with open(name, encoding="utf-8") as f:
    print(f.read(5), "|", f.read(3), "|", len(f.read()))
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
