# active_count() and enumerate() list the main thread and the live threads, not finished ones.
import threading

print(threading.active_count(), [t.name for t in threading.enumerate()])
hold = threading.Event()
started = threading.Semaphore(0)
def held():
    started.release()
    hold.wait()
threads = [threading.Thread(target=held, name="held-%d" % i) for i in range(3)]
for t in threads:
    t.start()
for _ in threads:
    started.acquire()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
print(threading.main_thread() in threading.enumerate(), all(t in threading.enumerate() for t in threads))
hold.set()
for t in threads:
    t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])
