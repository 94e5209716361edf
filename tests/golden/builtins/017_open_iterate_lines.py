# Checks iterating a text file line by line, writelines, mode "w" truncation and opening a missing file.
name = "017_open_iterate_lines.tmp"
with open(name, "w", encoding="utf-8") as f:
    f.write("this content is truncated away\n")
with open(name, "w", encoding="utf-8") as f:
    f.writelines(["alpha 1\n", "beta 22\n", "\n", "gamma 333"])
total = 0
with open(name, encoding="utf-8") as f:
    for lineno, line in enumerate(f, 1):
        print(lineno, repr(line), repr(line.rstrip("\n")))
        parts = line.split()
        if len(parts) == 2:
            total += int(parts[1])
print("total", total)
with open(name, encoding="utf-8") as f:
    print([ln.strip() for ln in f if ln.strip()])
with open(name, encoding="utf-8") as f:
    print(list(f) == open(name, encoding="utf-8").read().splitlines(True))
try:
    open("017_definitely_missing_file.tmp", encoding="utf-8")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, repr(e.filename))
