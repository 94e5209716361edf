# Checks sys.exit("message") called from nested code after output on both streams: exit 1, message on stderr.
import sys
def validate(args):
    if len(args) < 3:
        print("warning: checking arguments", file=sys.stderr)
        sys.exit(f"usage: {args[0]} SOURCE DEST")
print("validating")
validate(sys.argv)
print("unreachable")
