# The daemon flag: default from the creating thread, the daemon keyword, the property.
import threading

inherited = []

def spawn():
    child = threading.Thread(target=lambda: None)
    inherited.append(child.daemon)

plain = threading.Thread(target=spawn)
demon = threading.Thread(target=spawn, daemon=True)
print(plain.daemon, demon.daemon, threading.main_thread().daemon)
for t in (plain, demon):
    t.start()
    t.join()
print(inherited)

t = threading.Thread(target=lambda: None)
t.daemon = True
print(t.daemon)
t.daemon = False
print(t.daemon)
t.daemon = True
print(repr(t))
t.start()
t.join()
print(repr(t).replace(str(t.ident), "IDENT"))

# A daemon thread still blocked at exit does not keep the program alive.
forever = threading.Event()
threading.Thread(target=forever.wait, daemon=True).start()
print("main done")
