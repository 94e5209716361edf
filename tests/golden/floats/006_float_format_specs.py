# Checks format()/f-string specs for floats: f e g % , _ widths, alignment, signs, precision.
x = 1234567.891
print(format(x, '.2f'), format(x, ','), format(x, ',.2f'), format(x, '_.3f'), format(x, 'e'), format(x, '.3E'))
print(format(x, 'g'), format(x, '.3g'), format(x, '.10g'), format(0.00001234, 'g'), format(1e-5, 'g'), format(1e16, 'g'))
print(format(0.25, '%'), format(0.25, '.1%'), format(-0.125, '+.3f'), format(3.14159, '+.3f'), format(2.5, ' .1f'))
print(format(3.14159, '>10.2f') + '|', format(3.14159, '<10.2f') + '|', format(3.14159, '^10.2f') + '|', format(-3.14159, '010.2f'))
print(format(2.5, '.0f'), format(3.5, '.0f'), format(0.125, '.2f'), format(1.005, '.2f'), format(-0.0, '.1f'), format(-0.0001, '.2f'))
print(format(float('inf'), 'f'), format(float('-inf'), '.2e'), format(float('nan'), '>6'), format(float('inf'), 'F'))
print(format(1.0, ''), format(1e16, ''), format(0.1, '.20f'), format(1 / 3, '.17g'), format(100.0, 'g'), format(100.0, '#g'))
print(f"{x:,.1f} {x:12.1e} {x:=+15,.2f} {0.5:#.0f} {1.5:08.3f} {-1.5:*<9}")
w, p = 12, 4
print(f"[{3.14159265:{w}.{p}f}] [{2.71828:<{w}}] [{1e-3:{'^'}{w}.2e}]")
print(format(123.456, 'n'), format(1e300, '.2f')[:12], len(format(1e300, 'f')))
print('%.3f %e %g %G %10.4f|%-10.2f|%+.1e' % (x, x, 1e-10, 1e-10, 3.14159, 2.5, 12345.678))
print(str(1e-7), str(1e-4), str(0.0001), str(12345678901234567.0), 1.0e5, 1e5 == 100000)
