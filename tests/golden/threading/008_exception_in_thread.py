# An exception escaping a thread is printed as "Exception in thread NAME:" plus a traceback, and the program goes on.
import sys
import threading

def fails(n):
    return 10 // n

def nested():
    fails(0)

class Broken(threading.Thread):
    def run(self):
        raise KeyError("missing")

for t in (threading.Thread(target=nested),
          threading.Thread(target=fails, args=("x",), name="typed"),
          Broken(),
          threading.Thread(target=sys.exit, args=(3,))):
    t.start()
    t.join()
    print(t.name, "ended, alive:", t.is_alive())
print("main goes on")
sys.exit(1)
