# Default names "Thread-N (target)", explicit names, renaming, and the name seen inside the thread.
import threading

def work():
    pass

class Job:
    def __call__(self):
        pass

names = []
def report():
    names.append(threading.current_thread().name)

a = threading.Thread(target=work)
b = threading.Thread()
c = threading.Thread(target=Job())
d = threading.Thread(target=lambda: None)
e = threading.Thread(target=work, name="custom")
f = threading.Thread(target=work, name=42)
g = threading.Thread(target=work, name="")
print([t.name for t in (a, b, c, d, e, f, g)])
r = threading.Thread(target=report)
r.name = "renamed"
print(r.name)
r.name = "renamed again"
r.start()
r.join()
print(names)
print(threading.main_thread().name, threading.current_thread().name)
print(threading.Timer(1, work).name)
