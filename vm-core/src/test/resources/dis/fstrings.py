name = "world"
width = 10
value = 3.14159
print(f"hello {name}!")
print(f"{name!r:>{width}} and {value:.2f}")
print(f"{value}")
print(f"{name!s}{name!a}")
print(f"{'nested ' + name:^20}|")
print("%s is %r" % (name, value), "%d" % (width,))
