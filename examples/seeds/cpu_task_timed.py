# From ../shared/seeds/000_2279b8ceb3373043.txt, section "举个真实的对比例子"; verbatim below this line.
import threading, time

def cpu_task():
    count = 0
    for _ in range(10**7):
        count += 1

threads = [threading.Thread(target=cpu_task) for _ in range(4)]
start = time.time()
[t.start() for t in threads]
[t.join() for t in threads]
print("多线程耗时：", time.time() - start)
