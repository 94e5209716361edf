# Checks sys.exit("msg"): the message goes to stderr, exit status is 1, stdout printed before is kept.
import sys
print("working...")
def fail():
    sys.exit("fatal: something went wrong")
fail()
print("never printed")
