# The program waits for non-daemon threads still running when the main code ends.
import threading

def after_main():
    threading.main_thread().join()
    print("worker: main thread finished, alive:", threading.main_thread().is_alive())

def slow_counter():
    total = 0
    for i in range(10000):
        total += i
    after_main()
    print("worker total", total)

threading.Thread(target=slow_counter).start()
print("main: last statement")
