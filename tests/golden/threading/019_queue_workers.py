# queue.Queue between threads: workers with task_done/join, a bounded queue that blocks the producer.
import queue
import threading

tasks = queue.Queue()
results = queue.Queue()

def worker():
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            return
        results.put((item, item * item))
        tasks.task_done()

workers = [threading.Thread(target=worker) for _ in range(4)]
for w in workers:
    w.start()
for i in range(50):
    tasks.put(i)
tasks.join()
print("all done:", tasks.unfinished_tasks, results.qsize())
for _ in workers:
    tasks.put(None)
for w in workers:
    w.join()
out = sorted(results.get_nowait() for _ in range(results.qsize()))
print(out[:5], out[-1], len(out))

bounded = queue.Queue(maxsize=2)
received = []
def consumer():
    for _ in range(20):
        received.append(bounded.get(timeout=30))
c = threading.Thread(target=consumer)
c.start()
for i in range(20):
    bounded.put(i, timeout=30)
c.join()
print(received == list(range(20)), bounded.empty())
