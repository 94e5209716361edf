# Pool: map, starmap, apply, apply_async, map_async with a callback, imap, imap_unordered, close/join
import multiprocessing as mp


def square(x):
    return x * x


def power(base, exp):
    return base ** exp


def greet(name, punct="!"):
    return "hello " + name + punct


if __name__ == "__main__":
    mp.set_start_method("spawn")
    pool = mp.Pool(processes=2)
    print(pool)
    print(pool.map(square, range(12)))
    print(pool.map(square, range(7), chunksize=3), pool.map(square, []))
    print(pool.starmap(power, [(2, 10), (3, 3), (10, 20)]))
    print(pool.apply(greet, ("world",)), pool.apply(greet, ("you",), {"punct": "?"}))
    r = pool.apply_async(power, (2, 100))
    r.wait(30)
    print(r.ready(), r.successful(), r.get(timeout=30))
    got = []
    m = pool.map_async(square, range(5), callback=got.append)
    print(m.get(30), got)
    print(list(pool.imap(square, range(6))), list(pool.imap(square, range(7), chunksize=3)))
    print(sorted(pool.imap_unordered(square, range(6))))
    print(sorted(pool.imap_unordered(square, range(9), chunksize=4)))
    pool.close()
    print(pool)
    try:
        pool.map(square, [1])
    except ValueError as e:
        print("ValueError:", e)
    pool.join()
    with mp.Pool(1) as p1:
        print(p1.map(len, ["a", "bb", "ccc"]), p1.apply(divmod, (17, 5)))
    for bad in (0, -1):
        try:
            mp.Pool(bad)
        except ValueError as e:
            print("ValueError:", e)
    p2 = mp.Pool(1)
    try:
        p2.join()
    except ValueError as e:
        print("ValueError:", e)
    p2.terminate()
    p2.join()
    print(p2)
