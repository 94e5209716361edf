package org.gilvm.cli;

import java.time.Duration;
import org.gilvm.interp.ThreadState;
import org.gilvm.spi.ExecutionStrategy;
import org.gilvm.spi.ObjectLocks;
import org.gilvm.spi.RefCounts;
import org.gilvm.spi.SingleThreadStrategy;
import org.gilvm.spi.StrategyProvider;
import org.gilvm.spi.StrategySettings;

/**
 * Test-only strategies, installed through this module's test resources
 * ({@code META-INF/services}): two ids, so a test can tell that the one named was picked.
 * Each runs as the single-thread fallback and, on attach, prints its id and the settings it
 * was created with to stderr, which the tests read.
 */
final class RecordingStrategies {
    private RecordingStrategies() {}

    static final String ALPHA = "test-alpha";
    static final String BETA = "test-beta";

    /** The stderr line a strategy prints on attach. */
    static String attachLine(String id, StrategySettings s) {
        return id + " attached: " + s;
    }

    public static final class Alpha extends Provider {
        public Alpha() {
            super(ALPHA);
        }
    }

    public static final class Beta extends Provider {
        public Beta() {
            super(BETA);
        }
    }

    abstract static class Provider implements StrategyProvider {
        private final String id;

        Provider(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String description() {
            return "a test strategy that reports its settings";
        }

        @Override
        public ExecutionStrategy create(StrategySettings settings) {
            return new Recording(id, settings);
        }
    }

    private static final class Recording implements ExecutionStrategy {
        private final String id;
        private final SingleThreadStrategy inner;

        Recording(String id, StrategySettings settings) {
            this.id = id;
            this.inner = new SingleThreadStrategy(settings);
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public RefCounts refCounts() {
            return inner.refCounts();
        }

        @Override
        public ObjectLocks objectLocks() {
            return inner.objectLocks();
        }

        @Override
        public StrategySettings settings() {
            return inner.settings();
        }

        @Override
        public boolean gilEnabled() {
            return inner.gilEnabled();
        }

        @Override
        public void attach(ThreadState ts) {
            System.err.println(attachLine(id, inner.settings()));
            inner.attach(ts);
        }

        @Override
        public void detach(ThreadState ts) {
            inner.detach(ts);
        }

        @Override
        public void beginBlocking(ThreadState ts) {
            inner.beginBlocking(ts);
        }

        @Override
        public void endBlocking(ThreadState ts) {
            inner.endBlocking(ts);
        }

        @Override
        public Duration switchInterval() {
            return inner.switchInterval();
        }

        @Override
        public void setSwitchInterval(Duration interval) {
            inner.setSwitchInterval(interval);
        }

        @Override
        public boolean supportsThreads() {
            return false;
        }
    }
}
