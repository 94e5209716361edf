package org.gilvm.objects;

import org.gilvm.interp.ThreadState;
import org.gilvm.spi.ObjectLocks;

/**
 * {@code list.sort}: a port of CPython 3.11's timsort ({@code Objects/listobject.c} and
 * {@code listsort.txt}) with the powersort merge policy.
 *
 * <h2>Why a port</h2>
 * The sort calls only {@code <}, and calls it on the same pairs, in the same order, as
 * CPython: so a comparison that raises, prints or mutates behaves identically, and a list of
 * mixed types fails with CPython's message (which names the operands in the order compared).
 * Stability, the reverse flag (reverse, sort, reverse again) and "list modified during sort"
 * detection are CPython's too.
 *
 * <h2>Exceptions</h2>
 * A comparison may raise at any point. As in CPython, the array is always left a permutation
 * of its input: the merges copy their temporary run back before the exception propagates.
 *
 * <h2>Keys</h2>
 * With a key function, keys are computed once per item into a parallel array; every move of
 * a key moves the item at the same index ({@code values}).
 */
public final class ListSort {
    static final int MIN_GALLOP = 7;
    /** Enough for any list that fits in memory: run lengths grow at least like Fibonacci numbers. */
    private static final int MAX_MERGE_PENDING = 85;
    /** The list's item array while it is being sorted: any mutation replaces it. */
    private static final PyObject[] SORTING = new PyObject[0];

    private static final int GENERIC = 0, SMALL_INTS = 1, FLOATS = 2, STRS = 3;

    private final ThreadState ts;
    final PyObject[] keys;
    /** The items when sorting by key (moved in step with keys), else null. */
    final PyObject[] values;
    private final int mode;
    PyObject[] tmpKeys = new PyObject[0];
    PyObject[] tmpValues;
    int minGallop = MIN_GALLOP;
    private final int listLen;
    private final int[] runBase = new int[MAX_MERGE_PENDING];
    private final int[] runLen = new int[MAX_MERGE_PENDING];
    private final int[] runPower = new int[MAX_MERGE_PENDING];
    private int runs;
    /** Set by countRun. */
    private boolean descending;
    /** Merge cursors, fields so the merge loops can stop at several exits. */
    int dest, a, b, na, nb;
    private ListSortMerge merge;

    private ListSort(ThreadState ts, PyObject[] keys, PyObject[] values, int n) {
        this.ts = ts;
        this.keys = keys;
        this.values = values;
        this.listLen = n;
        this.mode = chooseMode(keys, n);
    }

    /** {@code list.sort(key=key, reverse=reverse)}; key may be null or None. */
    public static void sort(ThreadState ts, PyList list, PyObject key, boolean reverse) {
        if (key == PyNone.None) {
            key = null;
        }
        // Empty the list while sorting, so mutations from comparisons (or other threads)
        // cannot disturb it; the lock is held only to swap the arrays, never around Python code.
        ObjectLocks g = ts.locks();
        PyObject[] saved;
        int n;
        g.lock(ts, list);
        try {
            saved = list.items;
            n = list.size;
            list.items = SORTING;
            list.size = 0;
        } finally {
            g.unlock(ts, list);
        }
        PyObject[] keys = null;
        PyException error = null;
        try {
            if (key != null) {
                keys = computeKeys(ts, key, saved, n);
            }
            if (n > 1) {
                if (reverse) {
                    if (keys != null) {
                        reverseRange(keys, 0, n);
                    }
                    reverseRange(saved, 0, n);
                }
                try {
                    ListSort ms = keys == null ? new ListSort(ts, saved, null, n) : new ListSort(ts, keys, saved, n);
                    ms.run();
                } finally {
                    if (reverse) {
                        reverseRange(saved, 0, n);
                    }
                }
            }
        } catch (PyException e) {
            error = e;
        }
        if (keys != null) {
            for (int i = 0; i < n; i++) {
                ts.decref(keys[i]);
            }
        }
        PyObject[] added;
        int addedSize;
        g.lock(ts, list);
        try {
            added = list.items;
            addedSize = list.size;
            list.items = saved;
            list.size = n;
        } finally {
            g.unlock(ts, list);
        }
        for (int i = 0; i < addedSize; i++) {
            ts.decref(added[i]);
        }
        if (error != null) {
            throw error;
        }
        if (added != SORTING) {
            throw Errors.valueError("list modified during sort");
        }
    }

    private static PyObject[] computeKeys(ThreadState ts, PyObject keyfunc, PyObject[] items, int n) {
        PyObject[] keys = new PyObject[n];
        PyObject[] arg = new PyObject[1];
        for (int i = 0; i < n; i++) {
            arg[0] = items[i];
            try {
                keys[i] = keyfunc.call(ts, arg, 0, 1, null);
            } catch (PyException e) {
                for (int j = 0; j < i; j++) {
                    ts.decref(keys[j]);
                }
                throw e;
            }
        }
        return keys;
    }

    /** CPython's pre-sort check: a cheaper {@code <} when all keys share a simple type. */
    private static int chooseMode(PyObject[] keys, int n) {
        if (n < 2) {
            return GENERIC;
        }
        PyType t = keys[0].type();
        for (int i = 0; i < n; i++) {
            if (keys[i].type() != t) {
                return GENERIC;
            }
        }
        if (t == BuiltinTypes.STR) {
            return STRS;
        }
        if (t == BuiltinTypes.FLOAT) {
            return FLOATS;
        }
        if (t == BuiltinTypes.INT) {
            for (int i = 0; i < n; i++) {
                if (!((PyInt) keys[i]).isSmall()) {
                    return GENERIC;
                }
            }
            return SMALL_INTS;
        }
        return GENERIC;
    }

    /** {@code v < w}. */
    boolean lt(PyObject v, PyObject w) {
        return switch (mode) {
            case SMALL_INTS -> ((PyInt) v).value < ((PyInt) w).value;
            case FLOATS -> ((PyFloat) v).value < ((PyFloat) w).value;
            case STRS -> PyStr.compareCodePoints(((PyStr) v).value(), ((PyStr) w).value()) < 0;
            default -> Abstract.richCompareBool(ts, v, w, CompareOp.LT);
        };
    }

    // ---- the main loop --------------------------------------------------------------------

    private void run() {
        int minRun = computeMinRun(listLen);
        int lo = 0;
        int remaining = listLen;
        do {
            int n = countRun(lo, lo + remaining);
            if (descending) {
                reverseSlice(lo, n);
            }
            if (n < minRun) {
                int force = Math.min(remaining, minRun);
                binarySort(lo, lo + force, lo + n);
                n = force;
            }
            foundNewRun(n);
            runBase[runs] = lo;
            runLen[runs] = n;
            runs++;
            lo += n;
            remaining -= n;
        } while (remaining > 0);
        while (runs > 1) {
            int i = runs - 2;
            if (i > 0 && runLen[i - 1] < runLen[i + 1]) {
                i--;
            }
            mergeAt(i);
        }
    }

    /** Compare CPython merge_compute_minrun: 32..64 so that n/minrun is just under a power of 2. */
    private static int computeMinRun(int n) {
        int r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    /** Compare CPython count_run: a non-descending run, or a strictly descending one. */
    private int countRun(int lo, int hi) {
        descending = false;
        lo++;
        if (lo == hi) {
            return 1;
        }
        int n = 2;
        if (lt(keys[lo], keys[lo - 1])) {
            descending = true;
            for (lo = lo + 1; lo < hi; lo++, n++) {
                if (!lt(keys[lo], keys[lo - 1])) {
                    break;
                }
            }
        } else {
            for (lo = lo + 1; lo < hi; lo++, n++) {
                if (lt(keys[lo], keys[lo - 1])) {
                    break;
                }
            }
        }
        return n;
    }

    /** Compare CPython binarysort: [lo, start) is sorted; insert the rest up to hi. */
    private void binarySort(int lo, int hi, int start) {
        if (lo == start) {
            start++;
        }
        for (; start < hi; start++) {
            int l = lo, r = start;
            PyObject pivot = keys[r];
            do {
                int p = l + ((r - l) >> 1);
                if (lt(pivot, keys[p])) {
                    r = p;
                } else {
                    l = p + 1;
                }
            } while (l < r);
            System.arraycopy(keys, l, keys, l + 1, start - l);
            keys[l] = pivot;
            if (values != null) {
                PyObject v = values[start];
                System.arraycopy(values, l, values, l + 1, start - l);
                values[l] = v;
            }
        }
    }

    /**
     * Compare CPython found_new_run: computes the power of the top run against the new one
     * and merges runs of greater power first (powersort).
     */
    private void foundNewRun(int n2) {
        if (runs == 0) {
            return;
        }
        int s1 = runBase[runs - 1];
        int n1 = runLen[runs - 1];
        int power = powerLoop(s1, n1, n2, listLen);
        while (runs > 1 && runPower[runs - 2] > power) {
            mergeAt(runs - 2);
        }
        runPower[runs - 1] = power;
    }

    /** Compare CPython powerloop: the first differing bit of the runs' midpoints over n. */
    private static int powerLoop(long s1, long n1, long n2, long n) {
        int result = 0;
        long x = 2 * s1 + n1;
        long y = x + n1 + n2;
        while (true) {
            result++;
            if (x >= n) {
                x -= n;
                y -= n;
            } else if (y >= n) {
                break;
            }
            x <<= 1;
            y <<= 1;
        }
        return result;
    }

    // ---- galloping ------------------------------------------------------------------------

    /**
     * Compare CPython gallop_left: k in 0..n with {@code a[base+k-1] < key <= a[base+k]},
     * searching outward from {@code hint}.
     */
    int gallopLeft(PyObject key, PyObject[] arr, int base, int n, int hint) {
        int lastOfs = 0, ofs = 1;
        if (lt(arr[base + hint], key)) {
            int maxOfs = n - hint;
            while (ofs < maxOfs) {
                if (lt(arr[base + hint + ofs], key)) {
                    lastOfs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if (ofs > maxOfs) {
                ofs = maxOfs;
            }
            lastOfs += hint;
            ofs += hint;
        } else {
            int maxOfs = hint + 1;
            while (ofs < maxOfs) {
                if (lt(arr[base + hint - ofs], key)) {
                    break;
                }
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxOfs) {
                ofs = maxOfs;
            }
            int k = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - k;
        }
        lastOfs++;
        while (lastOfs < ofs) {
            int m = lastOfs + ((ofs - lastOfs) >> 1);
            if (lt(arr[base + m], key)) {
                lastOfs = m + 1;
            } else {
                ofs = m;
            }
        }
        return ofs;
    }

    /** Compare CPython gallop_right: k with {@code a[base+k-1] <= key < a[base+k]}. */
    int gallopRight(PyObject key, PyObject[] arr, int base, int n, int hint) {
        int lastOfs = 0, ofs = 1;
        if (lt(key, arr[base + hint])) {
            int maxOfs = hint + 1;
            while (ofs < maxOfs) {
                if (lt(key, arr[base + hint - ofs])) {
                    lastOfs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            if (ofs > maxOfs) {
                ofs = maxOfs;
            }
            int k = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - k;
        } else {
            int maxOfs = n - hint;
            while (ofs < maxOfs) {
                if (lt(key, arr[base + hint + ofs])) {
                    break;
                }
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxOfs) {
                ofs = maxOfs;
            }
            lastOfs += hint;
            ofs += hint;
        }
        lastOfs++;
        while (lastOfs < ofs) {
            int m = lastOfs + ((ofs - lastOfs) >> 1);
            if (lt(key, arr[base + m])) {
                ofs = m;
            } else {
                lastOfs = m + 1;
            }
        }
        return ofs;
    }

    // ---- merging --------------------------------------------------------------------------

    /** Compare CPython merge_at: merges runs i and i+1 of the pending stack. */
    private void mergeAt(int i) {
        int pa = runBase[i], lenA = runLen[i];
        int pb = runBase[i + 1], lenB = runLen[i + 1];
        runLen[i] = lenA + lenB;
        if (i == runs - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLen[i + 1] = runLen[i + 2];
            runPower[i + 1] = runPower[i + 2];
        }
        runs--;
        int k = gallopRight(keys[pb], keys, pa, lenA, 0);
        pa += k;
        lenA -= k;
        if (lenA == 0) {
            return;
        }
        lenB = gallopLeft(keys[pa + lenA - 1], keys, pb, lenB, lenB - 1);
        if (lenB <= 0) {
            return;
        }
        if (merge == null) {
            merge = new ListSortMerge(this);
        }
        if (lenA <= lenB) {
            merge.lo(pa, lenA, pb, lenB);
        } else {
            merge.hi(pa, lenA, pb, lenB);
        }
    }

    void ensureTemp(int need) {
        if (tmpKeys.length < need) {
            tmpKeys = new PyObject[need];
            tmpValues = values == null ? null : new PyObject[need];
        }
    }

    private void reverseSlice(int lo, int n) {
        reverseRange(keys, lo, lo + n);
        if (values != null) {
            reverseRange(values, lo, lo + n);
        }
    }

    static void reverseRange(PyObject[] arr, int lo, int hi) {
        for (hi--; lo < hi; lo++, hi--) {
            PyObject t = arr[lo];
            arr[lo] = arr[hi];
            arr[hi] = t;
        }
    }
}
