package org.gilvm.interp;

import java.nio.charset.StandardCharsets;
import org.gilvm.objects.ExceptionTypes;
import org.gilvm.objects.PyBaseException;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyException;
import org.gilvm.objects.PyList;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTraceback;

/**
 * The "Did you mean: 'x'?" that ends the last line of an uncaught NameError or
 * AttributeError.
 *
 * <h2>What CPython does</h2>
 * Compare CPython 3.11 Python/suggestions.c, which the default excepthook calls (the pure
 * Python copy in Lib/traceback.py differs: it merges the candidate lists). Only exceptions of
 * exactly type NameError or AttributeError get a suggestion, not subclasses. Candidates are
 * {@code dir(obj)} for an AttributeError; for a NameError, first the local variable names of
 * the innermost traceback frame's code, then its globals' keys, then its builtins' keys, each
 * list searched on its own and the first that yields a match wins. A list of 750 or more
 * names is not searched. Distances are Levenshtein over UTF-8 bytes with a case flip costing
 * 1 and any other edit 2, a match being allowed to change at most a third of the characters.
 */
final class Suggestions {
    private Suggestions() {}

    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    /** The suggested name for {@code exc}, or null. Never throws. */
    static String offer(ThreadState ts, PyBaseException exc) {
        if (!(exc.name() instanceof PyStr name) || name.getClass() != PyStr.class) {
            return null;
        }
        try {
            if (exc.type() == ExceptionTypes.ATTRIBUTE_ERROR) {
                return forAttributeError(ts, exc.obj(), name.value());
            }
            if (exc.type() == ExceptionTypes.NAME_ERROR) {
                return forNameError(exc.traceback, name.value());
            }
        } catch (PyException e) {
            // CPython clears an error raised while looking for a suggestion (a failing __dir__).
            ts.decref(e.value);
        }
        return null;
    }

    private static String forAttributeError(ThreadState ts, PyObject obj, String name) {
        if (obj == null) {
            return null;
        }
        PyObject dirFn = ts.interp.builtins().dict().getStr("dir");
        if (dirFn == null) {
            return null;
        }
        PyObject dir = dirFn.call(ts, new PyObject[] {obj}, 0, 1, null);
        try {
            if (!(dir instanceof PyList list)) {
                return null;
            }
            String[] names = new String[list.size()];
            for (int i = 0; i < names.length; i++) {
                if (!(list.get(i) instanceof PyStr s)) {
                    return null;
                }
                names[i] = s.value();
            }
            return closest(names, name);
        } finally {
            ts.decref(dir);
        }
    }

    private static String forNameError(PyTraceback tb, String name) {
        if (tb == null) {
            return null;
        }
        while (tb.next != null) {
            tb = tb.next;
        }
        Frame frame = tb.frame;
        String s = closest(frame.code.varnames(), name);
        if (s == null && frame.globals != null) {
            s = closest(keysOf(frame.globals), name);
        }
        if (s == null && frame.builtins != null) {
            s = closest(keysOf(frame.builtins), name);
        }
        return s;
    }

    /** The str keys of a dict in order; null if it has a key of another type (no suggestion). */
    private static String[] keysOf(PyDict d) {
        String[] out = new String[d.size()];
        int n = 0;
        for (int p = d.nextEntry(0); p >= 0 && n < out.length; p = d.nextEntry(p + 1)) {
            if (!(d.keyAt(p) instanceof PyStr s)) {
                return null;
            }
            out[n++] = s.value();
        }
        return out;
    }

    /** Compare CPython calculate_suggestions: the first candidate at the least distance. */
    static String closest(String[] candidates, String name) {
        if (candidates == null || candidates.length >= MAX_CANDIDATE_ITEMS) {
            return null;
        }
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        int[] buffer = new int[MAX_STRING_SIZE];
        String suggestion = null;
        int suggestionDistance = Integer.MAX_VALUE;
        for (String item : candidates) {
            if (item.equals(name)) {
                continue;
            }
            byte[] itemBytes = item.getBytes(StandardCharsets.UTF_8);
            // No more than 1/3 of the involved characters should need changing.
            int maxDistance = (nameBytes.length + itemBytes.length + 3) * MOVE_COST / 6;
            // Don't take matches we've already beaten.
            maxDistance = Math.min(maxDistance, suggestionDistance - 1);
            int distance = levenshtein(nameBytes, itemBytes, maxDistance, buffer);
            if (distance > maxDistance) {
                continue;
            }
            if (suggestion == null || distance < suggestionDistance) {
                suggestion = item;
                suggestionDistance = distance;
            }
        }
        return suggestion;
    }

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST;
        }
        if (a == b) {
            return 0;
        }
        int la = 'A' <= a && a <= 'Z' ? a + ('a' - 'A') : a;
        int lb = 'A' <= b && b <= 'Z' ? b + ('a' - 'A') : b;
        return la == lb ? CASE_COST : MOVE_COST;
    }

    /**
     * Compare CPython levenshtein_distance: the edit distance, or {@code maxCost + 1} as soon
     * as it must exceed {@code maxCost}. Common prefixes and suffixes are trimmed first.
     */
    static int levenshtein(byte[] a, byte[] b, int maxCost, int[] buffer) {
        int aStart = 0, aEnd = a.length, bStart = 0, bEnd = b.length;
        while (aStart < aEnd && bStart < bEnd && a[aStart] == b[bStart]) {
            aStart++;
            bStart++;
        }
        while (aStart < aEnd && bStart < bEnd && a[aEnd - 1] == b[bEnd - 1]) {
            aEnd--;
            bEnd--;
        }
        int aSize = aEnd - aStart, bSize = bEnd - bStart;
        if (aSize == 0 || bSize == 0) {
            return (aSize + bSize) * MOVE_COST;
        }
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        // The shorter string indexes the buffer row.
        if (bSize < aSize) {
            byte[] t = a;
            a = b;
            b = t;
            int ts = aStart;
            aStart = bStart;
            bStart = ts;
            ts = aSize;
            aSize = bSize;
            bSize = ts;
        }
        if ((bSize - aSize) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        for (int i = 0, tmp = MOVE_COST; i < aSize; i++, tmp += MOVE_COST) {
            buffer[i] = tmp;
        }
        int result = 0;
        for (int bIndex = 0; bIndex < bSize; bIndex++) {
            byte code = b[bStart + bIndex];
            int distance = result = bIndex * MOVE_COST;
            int minimum = Integer.MAX_VALUE;
            for (int index = 0; index < aSize; index++) {
                int substitute = distance + substitutionCost(code, a[aStart + index]);
                distance = buffer[index];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[index] = result;
                if (result < minimum) {
                    minimum = result;
                }
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }
}
