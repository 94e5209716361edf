# From ../shared/seeds/000_2279b8ceb3373043.txt, section "举个对比例子"; verbatim below this line.
import threading

def cpu_task():
    for _ in range(10 ** 7):
        pass

threads = [threading.Thread(target=cpu_task) for _ in range(4)]

for t in threads:
    t.start()
for t in threads:
    t.join()
