package org.gilvm.interp;

import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyObject;

/**
 * LOAD_GLOBAL's inline cache, CPython 3.11's LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN: where
 * the name was found last time. A globals hit remembers the entry and its key; a builtins hit
 * also remembers the version of globals at which the name was absent from them, since a
 * later global of the same name must shadow the builtin.
 *
 * <p>Immutable, so one can be published to other threads by a plain array store: a thread
 * sees either the old cache or a complete new one. Caches are keyed by the dicts' identity, so
 * a code object run with other globals (exec, another interpreter) just misses.
 */
final class GlobalCache {
    final PyDict globals;
    final int ix;
    final PyObject key;
    /** Null for a globals hit. */
    final PyDict builtins;
    final int globalsVersion;

    private GlobalCache(PyDict globals, int ix, PyObject key, PyDict builtins, int globalsVersion) {
        this.globals = globals;
        this.ix = ix;
        this.key = key;
        this.builtins = builtins;
        this.globalsVersion = globalsVersion;
    }

    /** The name's value (a new reference) if the cache still holds, else null. */
    PyObject load(ThreadState ts, Frame f) {
        if (f.globals != globals) {
            return null;
        }
        if (builtins == null) {
            return globals.cachedRef(ts, ix, key);
        }
        if (f.builtins != builtins || globals.version() != globalsVersion) {
            return null;
        }
        return builtins.cachedRef(ts, ix, key);
    }

    /** Looks {@code name} up the slow way and records where it was; a new reference. */
    static PyObject fill(ThreadState ts, Frame f, String name, Object[] caches, int at) {
        PyDict.CacheEntry g = f.globals.cacheEntry(ts, name);
        if (g.ix() >= 0) {
            caches[at] = new GlobalCache(f.globals, g.ix(), g.key(), null, 0);
        } else {
            PyDict.CacheEntry b = f.builtins.cacheEntry(ts, name);
            if (b.ix() >= 0) {
                caches[at] = new GlobalCache(f.globals, b.ix(), b.key(), f.builtins, g.version());
            }
        }
        return EvalNames.loadGlobal(ts, f, name);
    }
}
