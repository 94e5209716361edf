# Checks f-strings: expressions, nested specs, !r !s !a, = debugging, quotes, braces, calls.
name, n, x = "Bob", 42, 3.14159
print(f"{name} {n} {x}", f"{name!r} {name!s} {'ü'!a}", f"{n:5d}|{n:<5}|{n:^5}|{n:x}|{n:#b}")
w, p = 10, 3
print(f"[{x:{w}.{p}f}] [{x:{'<'}{w}}] [{name:{'*'}^{w}}] [{n:{'0'}{w}d}]")
print(f"{n=}", f"{x=:.2f}", f"{name = }", f"{n * 2 = }", f"{name=!s}", f"{x = !r:>20}")
print(f"{{literal}} {{{n}}} {'quoted'} {'sq' if n else 'no'}", f'{"dq"}', f"""{'tri'}""", f"{n}" * 2)
d = {'k': [1, 2, 3]}
print(f"{d['k'][1]} {len(d)} {d['k'][-1] + 1} {[i * i for i in range(4)]} {(lambda v: v + 1)(5)}")
print(f"{'nested ' + f'{n:03}'}", f"{3 if n > 40 else 4}", f"{n:{'>' if n else '<'}6}|", f"{-n:+}", f"{n:,}")
print(f"{1e16} {1/3:.4} {0.5:.0%} {1234.5:,.1f} {float('nan'):5} {None} {True:>6}|")
print(f"{'a' 'b'}", f"multi {n}" f" part {x:.1f}", rf"\n{n}", f"{n!r:>5}", f"{'x'!r:^7}|")
