# concurrent.futures: ThreadPoolExecutor and ProcessPoolExecutor, as_completed, wait, callbacks, cancel, errors
import concurrent.futures as cf
import multiprocessing as mp
import threading


def cube(x):
    return x ** 3


def fail(x):
    raise KeyError(x)


def run(executor, gate=None):
    futures = [executor.submit(cube, i) for i in range(8)]
    print(sorted(f.result(timeout=30) for f in cf.as_completed(futures)))
    print(list(executor.map(cube, range(5))), list(executor.map(pow, [2, 3], [5, 2])))
    done, not_done = cf.wait(futures, timeout=30, return_when=cf.ALL_COMPLETED)
    print(len(done), len(not_done), all(f.done() for f in futures))
    bad = executor.submit(fail, "k")
    print(type(bad.exception(timeout=30)).__name__, bad.exception().args)
    try:
        bad.result()
    except KeyError as e:
        print("KeyError", e)
    seen = []
    f = executor.submit(cube, 5)
    f.add_done_callback(lambda fut: seen.append(fut.result()))
    cf.wait([f], timeout=30)
    f.add_done_callback(lambda fut: seen.append("late"))
    print(f.result(), f.done(), f.cancelled(), f.cancel())


if __name__ == "__main__":
    mp.set_start_method("spawn")
    with cf.ThreadPoolExecutor(max_workers=1) as ex:
        run(ex)
        gate = threading.Event()
        blocker = ex.submit(gate.wait, 30)
        waiting = ex.submit(cube, 2)
        print(waiting.cancel(), waiting.cancelled(), waiting.done())
        try:
            waiting.result()
        except cf.CancelledError as e:
            print("CancelledError", type(e).__mro__[1].__name__)
        try:
            blocker.result(timeout=0.01)
        except cf.TimeoutError:
            print("TimeoutError")
        done, not_done = cf.wait([blocker, waiting], timeout=0.01, return_when=cf.FIRST_COMPLETED)
        print(len(done), len(not_done))
        gate.set()
        print(blocker.result(timeout=30))
    try:
        ex.submit(cube, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        run(ex)
        print(list(ex.map(cube, range(10), chunksize=4)))
    for cls in (cf.ThreadPoolExecutor, cf.ProcessPoolExecutor):
        try:
            cls(max_workers=0)
        except ValueError as e:
            print("ValueError:", e)
