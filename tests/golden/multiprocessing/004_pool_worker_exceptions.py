# Exceptions raised in pool workers come back with their type and args, the worker's traceback as __cause__
import multiprocessing as mp


class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code


def check(x):
    if x == 3:
        raise ValueError("three is bad", x)
    if x == 5:
        raise AppError(5, "five")
    return x


def divide(a, b):
    return a / b


def make_generator(n):
    return (i for i in range(n))


if __name__ == "__main__":
    mp.set_start_method("spawn")
    with mp.Pool(2) as pool:
        for args in ([0, 1, 2], [3], [4, 5]):
            try:
                print(pool.map(check, args, chunksize=1))
            except Exception as e:
                cause = e.__cause__
                print(type(e).__name__, e.args, type(cause).__name__, type(cause).__module__)
                print(str(cause).startswith('\n"""\nTraceback (most recent call last):'), str(cause).endswith('"""'))
        try:
            pool.apply(check, (5,))
        except AppError as e:
            print("AppError", e.args, e.code, isinstance(e, AppError))
        r = pool.apply_async(divide, (1, 0))
        r.wait(30)
        print(r.ready(), r.successful())
        try:
            r.get(30)
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
        errors = []
        m = pool.map_async(check, [1, 3], error_callback=errors.append)
        m.wait(30)
        print(m.successful(), [type(x).__name__ for x in errors])
        try:
            pool.apply(make_generator, (3,))
        except Exception as e:
            print(type(e).__name__, e.exc)
        it = pool.imap(check, [2, 3, 4])
        print(next(it))
        try:
            next(it)
        except ValueError as e:
            print("ValueError", e.args)
        print(next(it))
