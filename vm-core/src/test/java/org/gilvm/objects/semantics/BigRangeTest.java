package org.gilvm.objects.semantics;

import org.junit.jupiter.api.Test;

/**
 * range over ints of any size, range equality, hashing and slicing, and slice.indices, against
 * CPython 3.11.
 */
class BigRangeTest extends PythonSnippets {
    @Test
    void rangesPastSixtyFourBits() {
        assertPrints("""
                range(0, 100000000000000000000) 0 100000000000000000000 1 True
                0 99999999999999999999 range(1, 5) range(99999999999999999999, -1, -3) range(10000000000000000000, 100000000000000000000) range(0, 100000000000000000000, 100000000000000000000)
                [0, 1, 2] [2, 1, 0] False True True
                99999999999999999999 1
                range(-100000000000000000000, 100000000000000000000, 3) -100000000000000000000 100000000000000000000 3 True
                -100000000000000000000 99999999999999999998 range(-99999999999999999997, -99999999999999999985, 3) range(99999999999999999998, -100000000000000000003, -9) range(-70000000000000000000, 100000000000000000001, 3) range(-100000000000000000000, 100000000000000000001, 300000000000000000000)
                [-100000000000000000000, -99999999999999999997, -99999999999999999994] [-99999999999999999994, -99999999999999999997, -100000000000000000000] False False False
                66666666666666666666 1
                range(100000000000000000000, -100000000000000000000, -7) 100000000000000000000 -100000000000000000000 -7 True
                100000000000000000000 -99999999999999999996 range(99999999999999999993, 99999999999999999965, -7) range(-99999999999999999996, 100000000000000000007, 21) range(30000000000000000000, -100000000000000000003, -7) range(100000000000000000000, -100000000000000000003, -700000000000000000000)
                [100000000000000000000, 99999999999999999993, 99999999999999999986] [99999999999999999986, 99999999999999999993, 100000000000000000000] True False False
                28571428571428571428 1
                range(9223372036854775803, 9223372036854775813) 9223372036854775803 9223372036854775813 1 True
                9223372036854775803 9223372036854775812 range(9223372036854775804, 9223372036854775808) range(9223372036854775812, 9223372036854775802, -3) range(9223372036854775813, 9223372036854775813) range(9223372036854775803, 9223372036854775813, 100000000000000000000)
                [9223372036854775803, 9223372036854775804, 9223372036854775805] [9223372036854775805, 9223372036854775804, 9223372036854775803] False False False
                9 1
                10 [100000000000000000000, 100000000000000000001, 100000000000000000002]
                OverflowError: Python int too large to convert to C ssize_t
                IndexError: range object index out of range
                longrange_iterator [18446744073709551618, 18446744073709551617, 18446744073709551616]
                """,
                T + """
                big = 10**20
                for r in [range(big), range(-big, big, 3), range(big, -big, -7), range(2**63 - 5, 2**63 + 5)]:
                    print(r, r.start, r.stop, r.step, bool(r))
                    print(r[0], r[-1], r[1:5], r[::-3], r[10**19:], r[::big])
                    print(list(r[:3]), list(reversed(r[:3])), big in r, big - 1 in r, 0 in r)
                    print(r.index(r[-1]), r.count(r[-1]))
                print(len(range(2**63 - 5, 2**63 + 5)), list(range(10**20, 10**20 + 3)))
                t(lambda: len(range(big)))
                t(lambda: range(2**63)[2**63])
                print(type(iter(range(big))).__name__, list(reversed(range(2**64, 2**64 + 3))))
                """);
    }

    @Test
    void rangeEqualityAndHashFollowTheItems() {
        assertPrints("""
                True True True True
                True True True
                True 1
                """,
                T + """
                print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 10, 2) == range(1, 11, 2), range(1, 2) == range(1, 3, 5))
                print(hash(range(0)) == hash(range(4, 2)), hash(range(3, 4)) == hash(range(3, 5, 9)), range(3) != range(4))
                print(range(10 ** 20) == range(0, 10 ** 20, 1), {range(0): 1}[range(3, 3)])
                """);
    }

    @Test
    void rangeSlicesUseTheSliceIndices() {
        assertPrints("""
                range(3, 31, 8) range(7, 19, 4) range(27, -1, -4) range(23, 31, 4) range(23, 7, -8) range(3, 10) range(0, 10)
                TypeError: range indices must be integers or slices, not str
                IndexError: range object index out of range
                ValueError: 7 is not in range
                ValueError: range() arg 3 must not be zero
                TypeError: 'float' object cannot be interpreted as an integer
                """,
                T + """
                r = range(3, 30, 4)
                print(r[::2], r[1:4], r[::-1], r[-2:], r[5:1:-2], range(10)[3:10**21], range(10)[-10**30:])
                t(lambda: range(10)['a'])
                t(lambda: range(5)[5])
                t(lambda: range(5).index(7))
                t(lambda: range(1, 5, 0))
                t(lambda: range(1.5))
                """);
    }

    @Test
    void sliceIndicesNormalisesLikeCPython() {
        assertPrints("""
                slice(None, None, None) (0, 10, 1)
                slice(-3, None, None) (7, 10, 1)
                slice(None, None, -1) (9, -1, -1)
                slice(-100, 100, None) (0, 10, 1)
                slice(8, 2, -2) (8, 2, -2)
                slice(2, 8, -1) (2, 8, -1)
                (0, 1000000000000000000000000000000, 1) (-1, -1, -1) (0, 2, 2)
                ValueError: length should not be negative
                TypeError: slice indices must be integers or None or have an __index__ method
                ValueError: slice step cannot be zero
                True True False
                """,
                T + """
                for sl in [slice(None), slice(-3, None), slice(None, None, -1), slice(-100, 100), slice(8, 2, -2), slice(2, 8, -1)]:
                    print(sl, sl.indices(10))
                print(slice(10**30).indices(10**31), slice(None, None, -1).indices(0), slice(-5, -1, 2).indices(3))
                t(lambda: slice(1).indices(-1))
                t(lambda: slice('a').indices(3))
                t(lambda: slice(0, 5, 0).indices(5))
                print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(1, 2, 3) == slice(1, 2, 4))
                """);
    }
}
