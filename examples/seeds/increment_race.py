# From ../shared/seeds/002_502c0f712acf2a79.txt, the 100-thread "n += 1" program; verbatim below this line.
import threading
n = 0
def foo():
    global n
    n += 1
threads = []
for i in range(100):
    t = threading.Thread(target=foo)
    threads.append(t)
for t in threads:
    t.start()
for t in threads:
    t.join()
print(n)
