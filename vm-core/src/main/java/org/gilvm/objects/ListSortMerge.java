package org.gilvm.objects;

/**
 * merge_lo and merge_hi of CPython's timsort ({@link ListSort}): the two ways of merging
 * adjacent runs through a temporary copy of the shorter one. If a comparison raises, the
 * temporary run is copied back first, so the array stays a permutation of its input.
 */
final class ListSortMerge {
    private static final int SUCCEED = 0, COPY_OTHER = 1;
    private final ListSort s;
    private final PyObject[] k, v;

    ListSortMerge(ListSort s) {
        this.s = s;
        this.k = s.keys;
        this.v = s.values;
    }

    /** Compare CPython merge_lo: run A (copied to temp) is the shorter; merge left to right. */
    void lo(int pa, int lenA, int pb, int lenB) {
        s.ensureTemp(lenA);
        PyObject[] tk = s.tmpKeys, tv = s.tmpValues;
        move(k, v, pa, tk, tv, 0, lenA);
        s.dest = pa;
        s.a = 0;
        s.b = pb;
        s.na = lenA;
        s.nb = lenB;
        move(k, v, s.b++, k, v, s.dest++, 1);
        s.nb--;
        int outcome = SUCCEED;
        if (s.nb > 0) {
            if (s.na == 1) {
                outcome = COPY_OTHER;
            } else {
                try {
                    outcome = loLoop(tk, tv);
                } catch (PyException e) {
                    if (s.na > 0) {
                        move(tk, tv, s.a, k, v, s.dest, s.na);
                    }
                    throw e;
                }
            }
        }
        if (outcome == COPY_OTHER) {
            move(k, v, s.b, k, v, s.dest, s.nb);
            move(tk, tv, s.a, k, v, s.dest + s.nb, 1);
        } else if (s.na > 0) {
            move(tk, tv, s.a, k, v, s.dest, s.na);
        }
    }

    private int loLoop(PyObject[] tk, PyObject[] tv) {
        int minGallop = s.minGallop;
        while (true) {
            int acount = 0, bcount = 0;
            while (true) {
                if (s.lt(k[s.b], tk[s.a])) {
                    move(k, v, s.b++, k, v, s.dest++, 1);
                    bcount++;
                    acount = 0;
                    if (--s.nb == 0) {
                        return SUCCEED;
                    }
                    if (bcount >= minGallop) {
                        break;
                    }
                } else {
                    move(tk, tv, s.a++, k, v, s.dest++, 1);
                    acount++;
                    bcount = 0;
                    if (--s.na == 1) {
                        return COPY_OTHER;
                    }
                    if (acount >= minGallop) {
                        break;
                    }
                }
            }
            minGallop++;
            do {
                minGallop -= minGallop > 1 ? 1 : 0;
                s.minGallop = minGallop;
                int n = s.gallopRight(k[s.b], tk, s.a, s.na, 0);
                acount = n;
                if (n != 0) {
                    move(tk, tv, s.a, k, v, s.dest, n);
                    s.dest += n;
                    s.a += n;
                    s.na -= n;
                    if (s.na == 1) {
                        return COPY_OTHER;
                    }
                    // na == 0 only with an inconsistent comparison.
                    if (s.na == 0) {
                        return SUCCEED;
                    }
                }
                move(k, v, s.b++, k, v, s.dest++, 1);
                if (--s.nb == 0) {
                    return SUCCEED;
                }
                n = s.gallopLeft(tk[s.a], k, s.b, s.nb, 0);
                bcount = n;
                if (n != 0) {
                    move(k, v, s.b, k, v, s.dest, n);
                    s.dest += n;
                    s.b += n;
                    s.nb -= n;
                    if (s.nb == 0) {
                        return SUCCEED;
                    }
                }
                move(tk, tv, s.a++, k, v, s.dest++, 1);
                if (--s.na == 1) {
                    return COPY_OTHER;
                }
            } while (acount >= ListSort.MIN_GALLOP || bcount >= ListSort.MIN_GALLOP);
            minGallop++;
            s.minGallop = minGallop;
        }
    }

    /** Compare CPython merge_hi: run B (copied to temp) is the shorter; merge right to left. */
    void hi(int pa, int lenA, int pb, int lenB) {
        s.ensureTemp(lenB);
        PyObject[] tk = s.tmpKeys, tv = s.tmpValues;
        move(k, v, pb, tk, tv, 0, lenB);
        s.dest = pb + lenB - 1;
        s.b = lenB - 1;
        s.a = pa + lenA - 1;
        s.na = lenA;
        s.nb = lenB;
        move(k, v, s.a--, k, v, s.dest--, 1);
        s.na--;
        int outcome = SUCCEED;
        if (s.na > 0) {
            if (s.nb == 1) {
                outcome = COPY_OTHER;
            } else {
                try {
                    outcome = hiLoop(pa, tk, tv);
                } catch (PyException e) {
                    if (s.nb > 0) {
                        move(tk, tv, 0, k, v, s.dest - (s.nb - 1), s.nb);
                    }
                    throw e;
                }
            }
        }
        if (outcome == COPY_OTHER) {
            move(k, v, s.a + 1 - s.na, k, v, s.dest + 1 - s.na, s.na);
            s.dest -= s.na;
            move(tk, tv, s.b, k, v, s.dest, 1);
        } else if (s.nb > 0) {
            move(tk, tv, 0, k, v, s.dest - (s.nb - 1), s.nb);
        }
    }

    private int hiLoop(int baseA, PyObject[] tk, PyObject[] tv) {
        int minGallop = s.minGallop;
        while (true) {
            int acount = 0, bcount = 0;
            while (true) {
                if (s.lt(tk[s.b], k[s.a])) {
                    move(k, v, s.a--, k, v, s.dest--, 1);
                    acount++;
                    bcount = 0;
                    if (--s.na == 0) {
                        return SUCCEED;
                    }
                    if (acount >= minGallop) {
                        break;
                    }
                } else {
                    move(tk, tv, s.b--, k, v, s.dest--, 1);
                    bcount++;
                    acount = 0;
                    if (--s.nb == 1) {
                        return COPY_OTHER;
                    }
                    if (bcount >= minGallop) {
                        break;
                    }
                }
            }
            minGallop++;
            do {
                minGallop -= minGallop > 1 ? 1 : 0;
                s.minGallop = minGallop;
                int n = s.na - s.gallopRight(tk[s.b], k, baseA, s.na, s.na - 1);
                acount = n;
                if (n != 0) {
                    s.dest -= n;
                    s.a -= n;
                    move(k, v, s.a + 1, k, v, s.dest + 1, n);
                    s.na -= n;
                    if (s.na == 0) {
                        return SUCCEED;
                    }
                }
                move(tk, tv, s.b--, k, v, s.dest--, 1);
                if (--s.nb == 1) {
                    return COPY_OTHER;
                }
                n = s.nb - s.gallopLeft(k[s.a], tk, 0, s.nb, s.nb - 1);
                bcount = n;
                if (n != 0) {
                    s.dest -= n;
                    s.b -= n;
                    move(tk, tv, s.b + 1, k, v, s.dest + 1, n);
                    s.nb -= n;
                    if (s.nb == 1) {
                        return COPY_OTHER;
                    }
                    // nb == 0 only with an inconsistent comparison.
                    if (s.nb == 0) {
                        return SUCCEED;
                    }
                }
                move(k, v, s.a--, k, v, s.dest--, 1);
                if (--s.na == 0) {
                    return SUCCEED;
                }
            } while (acount >= ListSort.MIN_GALLOP || bcount >= ListSort.MIN_GALLOP);
            minGallop++;
            s.minGallop = minGallop;
        }
    }

    /** Copies {@code n} keys (and values) between arrays; overlapping ranges are fine. */
    private static void move(PyObject[] srcK, PyObject[] srcV, int from, PyObject[] dstK, PyObject[] dstV,
                             int to, int n) {
        System.arraycopy(srcK, from, dstK, to, n);
        if (srcV != null) {
            System.arraycopy(srcV, from, dstV, to, n);
        }
    }
}
