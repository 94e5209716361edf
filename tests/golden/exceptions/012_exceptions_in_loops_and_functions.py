# Checks exception propagation across function frames and loops, partial results, and continue after handling.
def parse_all(items):
    out = []
    for it in items:
        try:
            out.append(int(it))
        except ValueError as e:
            out.append(None)
            print("skip:", e)
            continue
        finally:
            out.append('|')
    return out
print(parse_all(['1', 'x', '3', '']))
def level3(x):
    return 10 // x
def level2(x):
    return level3(x) + 1
def level1(x):
    try:
        return level2(x)
    except ZeroDivisionError as e:
        return f"handled at level1: {e}"
print(level1(5), level1(0))
total = 0
for v in [3, 0, 'a', 2, None]:
    try:
        total += 12 // v
    except ZeroDivisionError:
        print("zero skipped")
    except TypeError as e:
        print("type skipped:", e)
print("total", total)
