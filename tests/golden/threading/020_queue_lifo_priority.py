# LifoQueue, PriorityQueue (heap order, ties broken by the next field) and SimpleQueue.
import queue
import threading

lifo = queue.LifoQueue()
for i in range(5):
    lifo.put(i)
print([lifo.get() for _ in range(5)])

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "b"), (2, "x"), (1, "a"), (5, "e"), (2, "d"), (0, "z")]:
    pq.put(item)
print([pq.get() for _ in range(pq.qsize())])

class Job:
    def __init__(self, priority, name):
        self.priority, self.name = priority, name
    def __lt__(self, other):
        return self.priority < other.priority
jobs = queue.PriorityQueue()
for i, p in enumerate([2, 1, 2, 3, 1, 2, 1, 3, 2]):
    jobs.put(Job(p, "job%d" % i))
print([jobs.get().name for _ in range(9)])
try:
    jobs.get_nowait()
except queue.Empty:
    print("empty priority queue")

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize(), type(sq).__module__)
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
for attempt in (sq.get_nowait, lambda: sq.get(timeout=0.01), lambda: sq.get(False, -1)):
    try:
        attempt()
    except queue.Empty:
        print("Empty")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
t = threading.Thread(target=lambda: [sq.put(i) for i in range(100)])
t.start()
got = [sq.get(timeout=30) for _ in range(100)]
t.join()
print(got == list(range(100)))
