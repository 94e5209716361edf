# Value and Lock shared with child processes: increments under the lock are never lost
import multiprocessing as mp


def add(counter, lock, n):
    for _ in range(n):
        with lock:
            counter.value += 1


def add_synchronized(total, n):
    for _ in range(n):
        with total.get_lock():
            total.value += 2


if __name__ == "__main__":
    mp.set_start_method("spawn")
    counter = mp.Value("i", 0)
    lock = mp.Lock()
    total = mp.Value("d", 0.5)
    procs = [mp.Process(target=add, args=(counter, lock, 200)) for _ in range(2)]
    procs += [mp.Process(target=add_synchronized, args=(total, 100)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(counter.value, total.value, [p.exitcode for p in procs])
    print(counter, mp.RawValue("h", 40000).value, mp.Value("b", -129, lock=False).value)
    print(lock.acquire(), lock.acquire(False), lock.acquire(timeout=0.01))
    lock.release()
    try:
        lock.release()
    except ValueError as e:
        print("ValueError:", e)
    r = mp.RLock()
    with r:
        with r:
            print("nested")
    try:
        r.release()
    except AssertionError as e:
        print("AssertionError:", e)
    with mp.Pool(1) as pool:
        try:
            pool.apply(print, (counter,))
        except RuntimeError as e:
            print("RuntimeError:", e)
