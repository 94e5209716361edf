package org.gilvm.strategies.tracing;

import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Errors;
import org.gilvm.objects.PyObject;
import org.gilvm.spi.RefCounts;

/**
 * No reference counts at all: increments and decrements do nothing, objects are never
 * deallocated by the VM, and the JVM's collector reclaims whatever is unreachable, cycles
 * included. This is how the JVM (and Jython) manage Python objects.
 */
final class NoRefCounts implements RefCounts {
    @Override
    public void incref(ThreadState ts, PyObject o) {}

    @Override
    public void decref(ThreadState ts, PyObject o) {}

    @Override
    public long refcount(ThreadState ts, PyObject o) {
        throw Errors.runtimeError("sys.getrefcount() is not available under the 'tracing' strategy: objects carry "
                + "no reference counts; the JVM's garbage collector reclaims them");
    }

    @Override
    public boolean counts() {
        return false;
    }
}
