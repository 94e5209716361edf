package org.gilvm.objects;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code id(obj)}: a number unique among live objects. The JVM moves objects, so there is no
 * address to use; ids are handed out on first request and remembered by weak identity, so
 * asking for an id never keeps an object alive.
 */
public final class IdRegistry {
    private final Map<Ref, Long> ids = new HashMap<>();
    private final ReferenceQueue<PyObject> cleared = new ReferenceQueue<>();
    private long next = 0x7f0000001000L;

    /** A weak reference compared by the identity of its referent. */
    private static final class Ref extends WeakReference<PyObject> {
        private final int hash;

        Ref(PyObject o, ReferenceQueue<PyObject> q) {
            super(o, q);
            this.hash = System.identityHashCode(o);
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            PyObject mine = get();
            return mine != null && other instanceof Ref r && r.get() == mine;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    public synchronized long idOf(PyObject o) {
        for (Object r; (r = cleared.poll()) != null; ) {
            ids.remove(r);
        }
        Ref key = new Ref(o, cleared);
        Long id = ids.get(key);
        if (id == null) {
            id = next;
            next += 16;
            ids.put(key, id);
        }
        return id;
    }
}
