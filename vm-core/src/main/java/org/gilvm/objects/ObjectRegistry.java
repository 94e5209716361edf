package org.gilvm.objects;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Every object created while a {@code --check-refs} interpreter runs: what the check at exit
 * looks through for objects whose counts never returned to zero.
 *
 * <h2>Why a constructor hook, and why it costs nothing otherwise</h2>
 * The common refcount bug is a new reference nobody ever decrefs: such an object never passes
 * through {@code incref} or {@code decref}, so only its creation can reveal it.
 * {@link PyObject}'s constructor therefore calls {@link #register} when {@link #ENABLED}, a
 * {@code static final} read once from the system property {@value #PROPERTY}: in a JVM
 * started without it, the JIT folds the test away and allocation is what it always was. The
 * cli re-runs itself in a child JVM with the property set when {@code --check-refs} is given.
 *
 * <h2>Why a thread-local</h2>
 * A constructor has no {@code ThreadState} to find its interpreter through, and several
 * interpreters may share a JVM (only some of them checking). {@link #bind} makes a registry
 * the calling thread's current one while a checking interpreter runs there; this
 * {@link ThreadLocal} is the one static the check needs (STYLE.md: state lives in objects):
 * it holds no state of its own, only which interpreter's registry the thread is working for.
 *
 * <p>Objects are held strongly, so nothing tracked is collected by the JVM before the check.
 * Freed and immortal objects are dropped whenever the table fills, so its size follows the
 * live objects rather than all objects ever made (the count loop frees millions of ints).
 */
public final class ObjectRegistry {
    /** The system property that turns the constructor hook on for the whole JVM. */
    public static final String PROPERTY = "gilvm.checkRefs";

    /** Whether objects can be tracked in this JVM; read once, see the class comment. */
    public static final boolean ENABLED = Boolean.getBoolean(PROPERTY);

    /**
     * With {@code -D}{@value #PROPERTY}{@code .origins=true} as well, where each object was
     * created is kept (a stack trace per object: slow, for finding where a leak comes from).
     */
    public static final boolean ORIGINS = ENABLED && Boolean.getBoolean(PROPERTY + ".origins");

    private static final ThreadLocal<ObjectRegistry> CURRENT = new ThreadLocal<>();

    private PyObject[] objects = new PyObject[1024];
    private int size;
    private long created;
    private final IdentityHashMap<PyObject, Throwable> origins = ORIGINS ? new IdentityHashMap<>() : null;

    /** Called by every PyObject constructor when {@link #ENABLED}. */
    static void register(PyObject o) {
        ObjectRegistry r = CURRENT.get();
        if (r != null) {
            r.add(o);
        }
    }

    private synchronized void add(PyObject o) {
        if (size == objects.length) {
            compact();
            if (size > objects.length / 2) {
                objects = Arrays.copyOf(objects, objects.length * 2);
            }
        }
        objects[size++] = o;
        created++;
        if (origins != null) {
            origins.put(o, new Throwable());
        }
    }

    /** Drops objects that are freed or immortal: they can never be findings. */
    private void compact() {
        int n = 0;
        for (int i = 0; i < size; i++) {
            PyObject o = objects[i];
            if (isAlive(o)) {
                objects[n++] = o;
            } else if (origins != null) {
                origins.remove(o);
            }
        }
        Arrays.fill(objects, n, size, null);
        size = n;
    }

    private static boolean isAlive(PyObject o) {
        int rc = o.refcnt;
        return rc > 0 && rc < PyObject.IMMORTAL;
    }

    /**
     * Makes this registry the calling thread's until the scope is closed; scopes nest (the
     * previous registry, usually none, comes back).
     */
    public Scope bind() {
        ObjectRegistry previous = CURRENT.get();
        CURRENT.set(this);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /**
     * Makes the calling thread track nothing until the scope is closed: for objects that
     * belong to the process rather than to an interpreter, such as the constants of code in
     * the shared code cache, which outlive the interpreter that happened to compile them.
     */
    public static Scope untracked() {
        ObjectRegistry previous = CURRENT.get();
        if (previous == null) {
            return () -> {};
        }
        CURRENT.remove();
        return () -> CURRENT.set(previous);
    }

    /** How many objects were created while this registry was bound. */
    public synchronized long created() {
        return created;
    }

    /**
     * Where {@code o} was created, innermost call first, when origins are kept (see
     * {@link #ORIGINS}); otherwise, or for an object not tracked, an empty array.
     */
    public synchronized StackTraceElement[] originOf(PyObject o) {
        Throwable t = origins == null ? null : origins.get(o);
        return t == null ? new StackTraceElement[0] : t.getStackTrace();
    }

    /** The tracked objects still alive: neither freed nor immortal, in creation order. */
    public synchronized List<PyObject> survivors() {
        compact();
        List<PyObject> alive = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            alive.add(objects[i]);
        }
        return alive;
    }

    /** A bound registry; closing it unbinds. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
