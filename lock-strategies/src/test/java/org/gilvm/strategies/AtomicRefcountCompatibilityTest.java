package org.gilvm.strategies;

/** The compatibility kit under {@code atomic-refcount}. */
class AtomicRefcountCompatibilityTest extends StrategyCompatibilityKit {
    @Override
    String strategyId() { return "atomic-refcount"; }

    @Override
    boolean promisesSafety() { return true; }

    @Override
    boolean countsReferences() { return true; }

    @Override
    boolean hasGil() { return false; }
}
