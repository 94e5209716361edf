# Checks sys.argv: argv[0] is the script name exactly as passed (bare file name), no extra arguments.
import sys
print(sys.argv[0])
print(len(sys.argv), sys.argv[1:], type(sys.argv).__name__)
print(sys.argv[0].endswith('.py'), sys.argv[0].split('_')[0])
name = sys.argv[0]
print(name[:-3] if name.endswith('.py') else name)
