# What cannot be copied to another process fails as pickle fails: lambdas, local functions, locks, generators
import multiprocessing as mp
import threading
import sys


def identity(x):
    return x


def outer():
    def inner(x):
        return x
    return inner


def report(e):
    print(type(e).__module__, type(e).__name__, e if type(e).__name__ != "PicklingError" else "")


if __name__ == "__main__":
    mp.set_start_method("spawn")
    with mp.Pool(1) as pool:
        for bad in (lambda x: x, outer()):
            try:
                pool.map(bad, [1, 2])
            except Exception as e:
                report(e)
        for arg in (threading.Lock(), threading.RLock(), (i for i in range(2)), sys, mp.Queue()):
            try:
                pool.apply(identity, (arg,))
            except Exception as e:
                report(e)
            r = pool.apply_async(identity, ([1, arg],))
            try:
                r.get(30)
            except Exception as e:
                report(e)
        print(pool.apply(identity, ([1, "two", 3.0],)))
    for target, args in ((lambda: None, ()), (identity, (threading.Lock(),))):
        p = mp.Process(target=target, args=args)
        try:
            p.start()
        except Exception as e:
            report(e)
        print(p.exitcode)
