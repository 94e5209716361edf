# From ../shared/seeds/000_2279b8ceb3373043.txt, section "举个例子" (two threads running count()); verbatim below this line.
import threading

def count():
    i = 0
    while i < 10**8:
        i += 1

# 启动两个线程
t1 = threading.Thread(target=count)
t2 = threading.Thread(target=count)
t1.start()
t2.start()
t1.join()
t2.join()
