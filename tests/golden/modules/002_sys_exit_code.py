# Checks sys.exit(3): output before exit is flushed, finally blocks run, exit status 3 and empty stderr.
import sys
print("before exit")
try:
    sys.exit(3)
finally:
    print("finally still runs")
print("never printed")
