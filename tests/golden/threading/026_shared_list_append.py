# Many threads appending to one list and updating one dict: no update is lost.
import threading

shared = []
counts = {}
lock = threading.Lock()

def work(tid):
    for i in range(500):
        shared.append((tid, i))
        with lock:
            counts[tid] = counts.get(tid, 0) + 1

threads = [threading.Thread(target=work, args=(tid,)) for tid in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared), sorted(counts.items()))
print(sorted(shared) == [(t, i) for t in range(8) for i in range(500)])
