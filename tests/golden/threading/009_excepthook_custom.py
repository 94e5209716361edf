# threading.excepthook can be replaced; it gets ExceptHookArgs (also a 4-sequence).
import threading

seen = []

def hook(args):
    exc_type, exc_value, tb, thread = args
    seen.append((exc_type.__name__, str(exc_value), tb is not None, thread.name,
                 args.thread is thread, args.exc_value is exc_value, len(args)))

def boom(msg):
    raise ValueError(msg)

print(threading.excepthook is threading.__excepthook__)
threading.excepthook = hook
for i in range(3):
    t = threading.Thread(target=boom, args=("boom %d" % i,), name="t%d" % i)
    t.start()
    t.join()
threading.excepthook = threading.__excepthook__
for s in seen:
    print(s)

args = threading.ExceptHookArgs([ValueError, ValueError("v"), None, None])
print(args.exc_type.__name__, args[1], args[2], args[-1])
try:
    threading.ExceptHookArgs([1, 2])
except TypeError as e:
    print("TypeError:", e)

# SystemExit escaping a thread is silently ignored by the default hook.
def quits():
    raise SystemExit(5)
t = threading.Thread(target=quits)
t.start()
t.join()
print("after SystemExit")
