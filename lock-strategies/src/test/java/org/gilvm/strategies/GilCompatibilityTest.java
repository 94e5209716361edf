package org.gilvm.strategies;

/** The compatibility kit under {@code gil}. */
class GilCompatibilityTest extends StrategyCompatibilityKit {
    @Override
    String strategyId() { return "gil"; }

    @Override
    boolean promisesSafety() { return true; }

    @Override
    boolean countsReferences() { return true; }

    @Override
    boolean hasGil() { return true; }
}
