# Arguments and results are copies: shared references and cycles survive, instances are rebuilt without __init__
import multiprocessing as mp

INIT_CALLS = []


class Point:
    def __init__(self, x, y):
        INIT_CALLS.append((x, y))
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Versioned:
    def __init__(self, v):
        self.v = v

    def __getstate__(self):
        return {"v": self.v, "copied": True}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


def mutate(items):
    items.append("added in child")
    items[0]["key"] = "changed in child"
    return items


def inspect(value):
    shared, cyclic, point, versioned = value
    return (shared[0] is shared[1], cyclic[2] is cyclic, type(point).__name__, point,
            len(INIT_CALLS), sorted(vars(versioned).items()))


def echo(value):
    return value


def make_point(x):
    return Point(x, -x)


if __name__ == "__main__":
    mp.set_start_method("spawn")
    original = [{"key": "original"}, 1]
    with mp.Pool(1) as pool:
        returned = pool.apply(mutate, (original,))
        print(original)
        print(returned, returned is original)
        d = {"n": 1}
        cyclic = [1, 2]
        cyclic.append(cyclic)
        print(pool.apply(inspect, (([d, d], cyclic, Point(1, 2), Versioned(7)),)))
        print(len(INIT_CALLS))
        values = [None, True, -5, 2 ** 100, -2.5, 1e300, 3 - 4j, "text", "", b"bytes",
                  bytearray(b"ba"), (1, (2, 3)), [[]], {"a": [1], 2: (3,)}, {1, 2, 3},
                  frozenset({4, 5}), range, len, Point, make_point]
        back = pool.apply(echo, (values,))
        print(back == values, [type(v).__name__ for v in back])
        print(back[-4] is range, back[-3] is len, back[-2] is Point, back[-1] is make_point)
        p = pool.apply(make_point, (4,))
        print(p, type(p) is Point, len(INIT_CALLS))
