# current_thread() inside threads is the Thread object; main_thread() and get_ident() agree.
import threading

found = {}
lock = threading.Lock()

def worker(key):
    me = threading.current_thread()
    with lock:
        found[key] = (me.name, me.ident == threading.get_ident(),
                      me is not threading.main_thread(), me.native_id == threading.get_native_id())

threads = [threading.Thread(target=worker, args=(i,), name="w%d" % i) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for key in sorted(found):
    print(key, found[key])
main = threading.main_thread()
print(main is threading.current_thread(), main.name, main.daemon, main.is_alive())
print(main.ident == threading.get_ident(), threading.main_thread() is main)
print(type(main).__name__)
