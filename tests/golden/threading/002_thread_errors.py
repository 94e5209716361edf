# Thread misuse raises RuntimeError with CPython's messages.
import threading

def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except RuntimeError as e:
        print(label, type(e).__name__, e)

t = threading.Thread(target=lambda: None)
attempt("join before start:", t.join)
t.start()
attempt("start twice:", t.start)
t.join()
attempt("start after join:", t.start)
attempt("daemon after start:", lambda: setattr(t, "daemon", True))

class NoInit(threading.Thread):
    def __init__(self):
        pass

n = NoInit()
attempt("start without __init__:", n.start)
attempt("join without __init__:", n.join)
attempt("daemon without __init__:", lambda: setattr(n, "daemon", True))

result = []
def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        result.append(str(e))
s = threading.Thread(target=join_self)
s.start()
s.join()
print("join self:", result)
attempt("join main from main:", threading.main_thread().join)
try:
    threading.Thread(group=1)
except AssertionError as e:
    print("group:", e)
print(issubclass(threading.ThreadError, RuntimeError), threading.ThreadError is RuntimeError)
