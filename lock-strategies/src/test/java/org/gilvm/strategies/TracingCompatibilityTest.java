package org.gilvm.strategies;

/** The compatibility kit under {@code tracing}. */
class TracingCompatibilityTest extends StrategyCompatibilityKit {
    @Override
    String strategyId() { return "tracing"; }

    @Override
    boolean promisesSafety() { return true; }

    @Override
    boolean countsReferences() { return false; }

    @Override
    boolean hasGil() { return false; }
}
