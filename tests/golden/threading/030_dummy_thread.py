# A thread started with _thread is seen by threading as a daemon "Dummy-N" thread.
import _thread
import threading

done = threading.Lock()
done.acquire()
info = []
def raw(tag):
    me = threading.current_thread()
    info.append((tag, me.name, me.daemon, me.is_alive(), type(me).__name__,
                 me.ident == _thread.get_ident(), me is threading.current_thread()))
    try:
        me.join()
    except AssertionError as e:
        info.append(str(e))
    done.release()
ident = _thread.start_new_thread(raw, ("raw",))
done.acquire()
print(info)
print(type(ident).__name__)
t = threading.Thread(target=lambda: None)
print(t.name)
try:
    _thread.start_new_thread(42, ())
except TypeError as e:
    print("TypeError:", e)
try:
    _thread.start_new_thread(print, [])
except TypeError as e:
    print("TypeError:", e)
