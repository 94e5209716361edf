package org.gilvm.objects.concurrency;

import org.gilvm.objects.PyInt;
import org.gilvm.objects.PyList;
import org.jetbrains.kotlinx.lincheck.LinChecker;
import org.jetbrains.kotlinx.lincheck.annotations.Operation;
import org.jetbrains.kotlinx.lincheck.annotations.Param;
import org.jetbrains.kotlinx.lincheck.paramgen.IntGen;
import org.jetbrains.kotlinx.lincheck.strategy.stress.StressOptions;
import org.junit.jupiter.api.Test;

/**
 * Lincheck: {@code list.append}, {@code pop}, {@code len}, {@code l[i]} and {@code l[i] = v},
 * called from several threads under the per-object locks, behave as if each happened at one
 * instant, in Lincheck's stress mode (real threads, many short random scenarios, each result
 * checked against every sequential order).
 *
 * <p>Only stress mode: Lincheck 2.39's model checking cannot run this code on JDK 25. Lazily
 * instrumenting, it walks the objects an operation reaches and fails on the first record
 * ({@code InterpreterConfig}; {@code Unsafe.objectFieldOffset} refuses records); with
 * {@code lincheck.instrumentAllClasses} it instruments the whole JDK first, which takes
 * about 40 seconds per run and then fails with a ConcurrentModificationException of its own.
 *
 * <p>Lincheck makes a fresh instance (a fresh list) for every scenario; each of its threads
 * gets its own thread state ({@link LincheckThreads}). Results are Java values, an exception
 * as its Python name.
 */
@Param(name = "value", gen = IntGen.class, conf = "1:3")
@Param(name = "index", gen = IntGen.class, conf = "-2:2")
public class ListLinearizabilityTest {
    private final PyList list = new PyList();

    @Operation
    public Object append(@Param(name = "value") int v) {
        return LincheckThreads.call(list, "append", PyInt.of(v));
    }

    @Operation
    public Object pop() {
        return LincheckThreads.call(list, "pop");
    }

    @Operation
    public Object len() {
        return LincheckThreads.call(list, "__len__");
    }

    @Operation
    public Object getItem(@Param(name = "index") int i) {
        return LincheckThreads.call(list, "__getitem__", PyInt.of(i));
    }

    @Operation
    public Object setItem(@Param(name = "index") int i, @Param(name = "value") int v) {
        return LincheckThreads.call(list, "__setitem__", PyInt.of(i), PyInt.of(v));
    }

    @Test
    void listOperationsAreLinearizableUnderRealThreads() {
        LincheckThreads.ready();
        LinChecker.check(ListLinearizabilityTest.class, new StressOptions()
                .iterations(5).invocationsPerIteration(120).threads(2).actorsPerThread(3));
    }

}
