import sys

def parse(text):
    try:
        value = int(text)
    except ValueError as e:
        print("bad:", e)
        return None
    except (TypeError, KeyError):
        raise
    else:
        value += 1
    finally:
        print("done")
    return value

def cleanup(f):
    try:
        return f()
    finally:
        sys.stdout.flush()

for s in ["1", "x"]:
    try:
        parse(s)
    except Exception:
        pass
