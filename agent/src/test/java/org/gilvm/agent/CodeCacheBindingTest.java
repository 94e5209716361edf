package org.gilvm.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.junit.jupiter.api.Test;

/** A code cache given in the settings is published as Micrometer's Caffeine meters, named gilvm.code. */
class CodeCacheBindingTest {
    @Test
    void theCodeCachesHitsAndMissesAreScraped() throws Exception {
        Cache<String, String> cache = Caffeine.newBuilder().maximumSize(10).recordStats().build();
        cache.get("a", k -> "compiled a");
        cache.get("a", k -> "compiled a");
        MetricsAgent agent = MetricsAgent.start(MetricsAgent.Settings.listening("127.0.0.1", 0)
                .forRun("code-cache", "gil").withCodeCache(() -> cache)).orElseThrow();
        try {
            Scrape s = Scrape.of(agent.port());
            assertEquals(1, s.sum("cache_gets_total", "cache=\"gilvm.code\"", "result=\"hit\""), s.text());
            assertEquals(1, s.sum("cache_gets_total", "cache=\"gilvm.code\"", "result=\"miss\""), s.text());
            assertTrue(s.count("cache_size", "run=\"code-cache\"") == 1, s.text());
        } finally {
            agent.close();
        }
    }
}
