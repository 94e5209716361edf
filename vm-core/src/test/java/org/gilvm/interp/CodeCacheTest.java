package org.gilvm.interp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Random;
import org.gilvm.objects.PyCode;
import org.gilvm.parser.ParseError;
import org.junit.jupiter.api.Test;

/**
 * The code cache: a hit for the same source under the same name, a miss when either changes,
 * statistics for the metrics binder, the weight bound, and its SHA-256.
 */
class CodeCacheTest {
    private final CodeCache cache = new CodeCache(CodeCache.DEFAULT_MAX_WEIGHT);

    @Test
    void theSameSourceUnderTheSameNameIsCompiledOnce() {
        PyCode first = cache.compileModule(null, "x = 1\nprint(x)\n", "m.py");
        PyCode second = cache.compileModule(null, "x = 1\nprint(x)\n", "m.py");
        assertSame(first, second);
        CacheStats s = cache.cache().stats();
        assertEquals(1, s.hitCount());
        assertEquals(1, s.missCount());
        assertEquals(1, s.loadSuccessCount());
    }

    @Test
    void anEditedSourceIsCompiledAgain() {
        PyCode before = cache.compileModule(null, "x = 1\n", "m.py");
        PyCode after = cache.compileModule(null, "x = 2\n", "m.py");
        assertNotSame(before, after);
        assertEquals(2, cache.cache().stats().missCount());
        assertEquals(2, cache.size());
    }

    @Test
    void theSameSourceUnderAnotherNameGetsItsOwnCodeObject() {
        PyCode a = cache.compileModule(null, "def f(): pass\n", "a.py");
        PyCode b = cache.compileModule(null, "def f(): pass\n", "b.py");
        assertNotSame(a, b);
        assertEquals("a.py", a.filename);
        assertEquals("b.py", b.filename);
        assertEquals(2, cache.size());
    }

    @Test
    void aSyntaxErrorReachesEveryCallerAndIsNotCached() {
        assertThrows(ParseError.class, () -> cache.compileModule(null, "def f(:\n", "bad.py"));
        assertThrows(ParseError.class, () -> cache.compileModule(null, "def f(:\n", "bad.py"));
        CacheStats s = cache.cache().stats();
        assertEquals(2, s.loadFailureCount());
        assertEquals(0, cache.size());
    }

    @Test
    void theSharedCacheIsOneInstanceThatRecordsStatistics() {
        assertSame(CodeCache.shared(), CodeCache.shared());
        assertTrue(CodeCache.shared().cache().policy().isRecordingStats());
        assertTrue(CodeCache.shared().cache().policy().eviction().isPresent());
    }

    @Test
    void theWeightBoundIsRespected() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            body.append("v").append(i).append(" = ").append(i).append(" * 2\n");
        }
        int oneWeight = CodeCache.weigh(cache.compileModule(null, body.toString(), "w.py"));
        long bound = 10L * oneWeight;
        CodeCache small = new CodeCache(bound);
        for (int i = 0; i < 40; i++) {
            small.compileModule(null, body + "n = " + i + "\n", "w" + i + ".py");
        }
        small.size();
        long weighted = small.cache().policy().eviction().orElseThrow().weightedSize().orElseThrow();
        assertTrue(weighted <= bound, weighted + " > " + bound);
        assertTrue(small.cache().stats().evictionCount() >= 40 - 11, small.cache().stats().toString());
    }

    @Test
    void weightGrowsWithTheCodeIncludingNestedFunctions() {
        int small = CodeCache.weigh(cache.compileModule(null, "x = 1\n", "s.py"));
        int nested = CodeCache.weigh(cache.compileModule(null, "def f():\n    def g():\n        return 1\n    return g\n",
                "n.py"));
        assertTrue(small > 0);
        assertTrue(nested > small, nested + " <= " + small);
    }

    @Test
    void keysDifferByDigestNameAndFlags() {
        CodeCache.Key k = CodeCache.Key.of("x = 1\n", "m.py", CodeCache.MODE_MODULE);
        assertEquals(k, CodeCache.Key.of("x = 1\n", "m.py", CodeCache.MODE_MODULE));
        assertNotEquals(k, CodeCache.Key.of("x = 1 \n", "m.py", CodeCache.MODE_MODULE));
        assertNotEquals(k, CodeCache.Key.of("x = 1\n", "n.py", CodeCache.MODE_MODULE));
        assertNotEquals(k, CodeCache.Key.of("x = 1\n", "m.py", CodeCache.MODE_MODULE + 1));
    }

    @Test
    void sha256AgreesWithTheJdkOnEveryLengthAroundBlockBoundaries() throws Exception {
        Random random = new Random(42);
        for (int len = 0; len < 200; len++) {
            char[] cs = new char[len];
            for (int i = 0; i < len; i++) {
                // ASCII, Latin-1, CJK and lone surrogates: every UTF-16 unit counts as itself.
                cs[i] = switch (random.nextInt(4)) {
                    case 0 -> (char) (' ' + random.nextInt(95));
                    case 1 -> (char) (0xa0 + random.nextInt(96));
                    case 2 -> (char) (0x4e00 + random.nextInt(0x5000));
                    default -> (char) (0xd800 + random.nextInt(0x800));
                };
            }
            String s = new String(cs);
            // Each char as two bytes by hand: an encoder would replace the lone surrogates.
            ByteBuffer units = ByteBuffer.allocate(2 * len);
            for (char c : cs) {
                units.putChar(c);
            }
            byte[] expected = MessageDigest.getInstance("SHA-256").digest(units.array());
            ByteBuffer actual = ByteBuffer.allocate(32);
            for (int word : Sha256.digest(s)) {
                actual.putInt(word);
            }
            assertArrayEquals(expected, actual.array(), "length " + len);
        }
    }

    @Test
    void sha256OfTheEmptyStringIsTheStandardOne() {
        ByteBuffer b = ByteBuffer.allocate(32);
        for (int word : Sha256.digest("")) {
            b.putInt(word);
        }
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                java.util.HexFormat.of().formatHex(b.array()));
    }
}
