package org.gilvm.objects.concurrency;

import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyInt;
import org.jetbrains.kotlinx.lincheck.LinChecker;
import org.jetbrains.kotlinx.lincheck.annotations.Operation;
import org.jetbrains.kotlinx.lincheck.annotations.Param;
import org.jetbrains.kotlinx.lincheck.paramgen.IntGen;
import org.jetbrains.kotlinx.lincheck.strategy.stress.StressOptions;
import org.junit.jupiter.api.Test;

/**
 * Lincheck: {@code d[k] = v}, {@code d[k]}, {@code del d[k]}, {@code len(d)} and
 * {@code d.get(k)} under the per-object locks are linearizable (see
 * {@link ListLinearizabilityTest} for how the test is run). Few keys, so that threads meet on
 * the same entries, and enough stores to make the table resize.
 */
@Param(name = "key", gen = IntGen.class, conf = "1:6")
@Param(name = "value", gen = IntGen.class, conf = "1:3")
public class DictLinearizabilityTest {
    private final PyDict dict = new PyDict();

    @Operation
    public Object setItem(@Param(name = "key") int k, @Param(name = "value") int v) {
        return LincheckThreads.call(dict, "__setitem__", PyInt.of(k), PyInt.of(v));
    }

    @Operation
    public Object getItem(@Param(name = "key") int k) {
        return LincheckThreads.call(dict, "__getitem__", PyInt.of(k));
    }

    @Operation
    public Object delItem(@Param(name = "key") int k) {
        return LincheckThreads.call(dict, "__delitem__", PyInt.of(k));
    }

    @Operation
    public Object len() {
        return LincheckThreads.call(dict, "__len__");
    }

    @Operation
    public Object get(@Param(name = "key") int k) {
        return LincheckThreads.call(dict, "get", PyInt.of(k));
    }

    @Test
    void dictOperationsAreLinearizableUnderRealThreads() {
        LincheckThreads.ready();
        LinChecker.check(DictLinearizabilityTest.class, new StressOptions()
                .iterations(5).invocationsPerIteration(120).threads(2).actorsPerThread(4));
    }

}
