# A thread's exception is reported while the main thread fails too: both tracebacks, exit status 1.
import threading

def deep(n):
    if n == 0:
        raise RuntimeError("deep failure")
    deep(n - 1)

t = threading.Thread(target=deep, args=(3,), name="deep-thread")
t.start()
t.join()
print("thread reported; now the main thread fails")
{}["nope"]
