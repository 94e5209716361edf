package org.gilvm.strategies;

/** The compatibility kit under {@code unsafe-refcount}. */
class UnsafeRefcountCompatibilityTest extends StrategyCompatibilityKit {
    @Override
    String strategyId() { return "unsafe-refcount"; }

    @Override
    boolean promisesSafety() { return false; }

    @Override
    boolean countsReferences() { return true; }

    @Override
    boolean hasGil() { return false; }
}
