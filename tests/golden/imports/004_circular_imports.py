# Checks circular imports: a from-import of a partly initialised module fails with CPython's hint; attribute access works.
import sys
here = sys.path[0]
try:
    import circle_a
except ImportError as e:
    print(type(e).__name__, "|", str(e).replace(here, "<dir>"), "|", e.name)
print("circle_a" in sys.modules, "circle_b" in sys.modules)
import ping
print(ping.NAME, ping.partner(), ping.pong.partner(), ping.pong.ping is ping)
print(sorted(k for k in sys.modules if k in ("ping", "pong", "circle_a", "circle_b")))
