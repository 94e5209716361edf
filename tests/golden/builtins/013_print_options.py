# Checks print() with sep, end, multiple args, no args, file=sys.stdout, and str conversion of args.
import sys
print()
print('a', 'b', 'c')
print('a', 'b', 'c', sep='')
print('a', 'b', sep=' -> ', end=' <END>\n')
print(1, 2.0, None, True, [1], (2,), {'k': 'v'}, sep='|')
print('no newline', end='')
print(' continued')
print('multi\nline', 'text')
print(*range(5), sep=', ')
print('to stdout', file=sys.stdout)
print('sep None', 'ok', sep=None, end=None)
print('', end='')
print(end='\n')
print('x' * 3, 'y', sep='')
print('tab\tsep', repr('tab\tsep'))
sys.stdout.write('direct write\n')
print(sys.stdout.write('counted\n'))
try:
    print('bad', sep=5)
except TypeError as e:
    print("TypeError:", e)
