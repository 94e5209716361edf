# Checks SystemExit details: exit(None) means 0, exception caught and re-raised, final exit code 2 after cleanup.
import sys
try:
    sys.exit(None)
except SystemExit as e:
    print("None code:", e.code)
try:
    raise SystemExit(7)
except SystemExit as e:
    print("raised directly:", e.code, e.args)
def cleanup_then_exit():
    try:
        print("doing work")
        sys.exit(2)
    except SystemExit:
        print("intercepted, re-raising")
        raise
    finally:
        print("cleanup")
cleanup_then_exit()
print("never printed")
