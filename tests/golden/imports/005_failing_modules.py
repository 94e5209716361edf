# Checks a module that raises while it runs (left out of sys.modules, run again on the next import) and a syntax error.
import sys
here = sys.path[0]
for attempt in range(2):
    try:
        import failing
    except ValueError as e:
        print("attempt", attempt, "ValueError:", e, "failing" in sys.modules)
try:
    import badsyntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, e.filename.replace(here, "<dir>"), repr(e.text))
print("badsyntax" in sys.modules)
