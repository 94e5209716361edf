# Many small map_async/apply_async calls with callbacks: a task that finishes before the
# submitting thread has collected its calls must not make the result empty or short
import multiprocessing as mp


def square(x):
    return x * x


if __name__ == "__main__":
    mp.set_start_method("spawn")
    with mp.Pool(2) as pool:
        bad = []
        for n in range(60):
            got = []
            m = pool.map_async(square, range(n % 7), callback=got.append)
            value = m.get(30)
            # an empty map finishes without calling back
            if value != [x * x for x in range(n % 7)] or got != ([value] if n % 7 else []):
                bad.append((n, value, got))
            done = []
            a = pool.apply_async(square, (n,), callback=done.append)
            if a.get(30) != n * n:
                bad.append((n, "apply", a.get(30)))
        print("wrong results:", bad)
        errors = []
        e = pool.map_async(int, ["1", "x"], error_callback=errors.append)
        e.wait(30)
        print(e.successful(), type(errors[0]).__name__)
