# Checks %-formatting: d i s r f e g x o c %, widths, precision, flags, * widths, mapping keys.
print('%5.2f|%-5d|%05d' % (3.14159, 42, 42))
print('%d %i %s %r %%' % (7, -8, 'str', 'str'))
print('%x %X %#x %o %#o %c %c' % (255, 255, 255, 8, 8, 65, 'z'))
print('%e %E %g %G %.2e %.3g' % (12345.678, 0.000123, 1e-5, 1e20, 0.5, 1234567))
print('[%10s] [%-10s] [%.2s] [%10.3s] [%*d] [%-*d] [%.*f]' % ('right', 'left', 'trunc', 'abcdef', 6, 42, 6, 42, 2, 3.14159))
print('%+d %+d % d % d %+.1f %05.1f %-8.3f|' % (5, -5, 5, -5, 2.25, -2.5, 1.0))
print('%(name)s is %(age)d years; %(name)r' % {'name': 'Ann', 'age': 30})
print('%s' % (1, ) , '%s' % [1, 2], '%s %s' % (None, True), '%d' % True, '%d' % 3.99, '%s' % 0.1, '%r' % 1e16)
print('%s' % 'single', '%.0f %.0f %.0f' % (0.5, 1.5, 2.5), '%5s|%-5s|' % (1.5, None), '%3c|' % 'q')
print('%#.3g %g %g %g' % (1.0, 100000.0, 1000000.0, 0.0001), '%10.4e' % 3.0, '%x' % -255, '%o' % -8)
for fmt, args in [('%d', 'x'), ('%d %d', (1,)), ('%d', (1, 2)), ('%z', 1), ('%c', 'ab')]:
    try:
        print(fmt % args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
