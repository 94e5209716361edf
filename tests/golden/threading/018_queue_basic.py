# queue.Queue without threads: FIFO order, bounds, Empty/Full, timeouts, task_done errors.
import queue

q = queue.Queue(maxsize=3)
print(q.empty(), q.full(), q.qsize(), q.maxsize)
for i in range(3):
    q.put(i)
print(q.empty(), q.full(), q.qsize(), q.queue)
for attempt in (lambda: q.put(9, block=False), lambda: q.put_nowait(9), lambda: q.put(9, timeout=0.01)):
    try:
        attempt()
    except queue.Full as e:
        print("Full", repr(e))
print([q.get() for _ in range(3)])
for attempt in (q.get_nowait, lambda: q.get(False), lambda: q.get(timeout=0.01)):
    try:
        attempt()
    except queue.Empty as e:
        print("Empty", type(e).__module__, type(e).__name__)
for bad in (lambda: q.get(timeout=-1), lambda: q.put(1, timeout=-1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
q.put("last")
print(q.get(), q.unfinished_tasks)
for _ in range(4):
    q.task_done()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
q.join()
big = queue.Queue()
for i in range(1000):
    big.put(i)
print(sum(big.get() for _ in range(990)), big.qsize(), list(big.queue))
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception), queue.Empty.__module__)
