package org.gilvm.interp;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.gilvm.compiler.Compiler;
import org.gilvm.objects.ObjectRegistry;
import org.gilvm.objects.PyBytes;
import org.gilvm.objects.PyCode;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.objects.PyTuple;
import org.gilvm.parser.Parser;

/**
 * Compiled module code kept in memory and shared by every interpreter of the JVM: gilvm's
 * {@code __pycache__}. The import system ({@link ModuleLoader}) and the main script
 * ({@link ProgramRunner}) compile through it, so a file is parsed and compiled once however
 * many interpreters import it.
 *
 * <h2>What CPython does</h2>
 * CPython writes the marshalled code of each imported file to {@code __pycache__/NAME.pyc},
 * checked on the next import against the source's mtime and size, or against a hash of the
 * source bytes (PEP 552's hash-based pycs). gilvm keeps no files: the cache lives as long as
 * the JVM, and is keyed by a hash, like PEP 552's checked pycs.
 *
 * <h2>The key</h2>
 * A {@link Key} is the SHA-256 of the source text (of its UTF-16 code units, exactly the
 * text the compiler reads: after a coding cookie has been applied, and with no encoding that
 * could map two texts to the same bytes), the file name, and the compile flags. The
 * file name is part of it because {@code co_filename} is baked into every code object and its
 * tracebacks: the same text under two names must not share a code object. gilvm's compiler has
 * no optimisation level and inherits no {@code __future__} flags (those are in the source
 * itself), so the only flag is the compile mode; the compiler's own version needs no place in
 * the key, since the cache never outlives the process that compiled.
 *
 * <h2>The bound</h2>
 * At most {@link #DEFAULT_MAX_WEIGHT} (64 MiB) of code, as {@link #weigh} estimates a code
 * object's retained size (its code, quickened copy, location table, names and constants,
 * nested code objects included). The bundled {@code threading.py} (850 lines) weighs about
 * 190 KB, so this holds some three hundred modules of its size: more than a program imports,
 * while a JVM that runs many programs (a test suite, many interpreters) stays bounded. Beyond
 * it Caffeine evicts the entries least likely to be used again (W-TinyLFU).
 * {@code recordStats()} is on, so hits, misses, loads and evictions can be exported
 * ({@link #cache()}).
 *
 * <h2>Concurrency</h2>
 * {@link #compileModule} is safe from any thread of any interpreter. Two threads compiling
 * the same key compile once; the second waits for the first's result (Caffeine's atomic
 * {@code get}, which compiles under the lock of the key's bin in its map: a thread wanting
 * another key of that bin waits for one compile too). Compiling runs no Python code and never
 * waits for another thread, so the wait always ends. A failed compile (a SyntaxError) is not
 * cached: the exception reaches every caller. Caffeine's maintenance runs on the calling
 * thread, not in the common fork-join pool, so the cache never starts threads of its own in a
 * VM that counts and reports its threads. A code object is immutable once built, its constants
 * immortal: {@link PyCode} says why that makes one safe to run in several interpreters at once.
 *
 * <h2>Why a static</h2>
 * gilvm keeps state in interpreters, not statics; this cache is the exception on purpose. It
 * is the process's {@code __pycache__}, shared by every interpreter of the JVM (issue 5 runs
 * several isolated interpreters in one JVM): its entries are immutable values, not the state
 * of any one program, and sharing them between interpreters is its whole point. Tests that
 * need a cache of their own construct one.
 */
public final class CodeCache {
    /** The default bound, in {@link #weigh estimated} bytes. */
    public static final long DEFAULT_MAX_WEIGHT = 64L << 20;

    /** Compile mode: a module ({@code exec}). */
    public static final int MODE_MODULE = 0;

    private static final CodeCache SHARED = new CodeCache(DEFAULT_MAX_WEIGHT);

    private final Cache<Key, PyCode> cache;

    /** A cache of its own (tests; a host that wants no sharing) holding at most {@code maxWeight}. */
    public CodeCache(long maxWeight) {
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxWeight)
                .weigher((Key k, PyCode code) -> weigh(code))
                .executor(Runnable::run)
                .recordStats()
                .build();
    }

    /** The process-wide cache every interpreter compiles imports through. */
    public static CodeCache shared() {
        return SHARED;
    }

    /**
     * The Caffeine cache itself, for metrics: {@code CaffeineCacheMetrics.monitor(registry,
     * cache, "gilvm.code")}. Its entries are for reading: a code object put in by hand skips
     * the key's hashing and so may be wrong.
     */
    public Cache<Key, PyCode> cache() {
        return cache;
    }

    /**
     * The code of module source {@code source} named {@code filename}: from the cache, or
     * parsed and compiled (constants folded in {@code ts}'s interpreter, or a private one
     * when {@code ts} is null) and kept.
     *
     * @throws org.gilvm.parser.ParseError  for a syntax error found by the parser
     * @throws org.gilvm.compiler.CompileError for one found by the compiler
     */
    public PyCode compileModule(ThreadState ts, String source, String filename) {
        return cache.get(Key.of(source, filename, MODE_MODULE), k -> {
            // The code is the process's, shared by every interpreter: what compiling makes is
            // not the compiling interpreter's to account for under --check-refs.
            try (var untracked = ObjectRegistry.untracked()) {
                return Compiler.compileModule(Parser.parse(source, filename), filename, ts);
            }
        });
    }

    /** The number of entries (after pending evictions have run). */
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    /**
     * What a code object costs: an estimate of its retained size in bytes, with the code
     * objects among its constants. Object headers and the strs of names (shared, interned)
     * are left out; the arrays, which grow with the source, are counted.
     */
    static int weigh(PyCode code) {
        long w = 64L
                + 2L * 2 * code.code.length            // code and its quickened copy
                + 4L * code.locations.length
                + 24L * code.exceptionTable.length
                + 8L * (code.consts.length + code.names.length + code.localsPlusNames.length)
                + code.localsPlusKinds.length;
        for (PyObject c : code.consts) {
            w += weighConst(c);
        }
        return (int) Math.min(w, Integer.MAX_VALUE);
    }

    private static long weighConst(PyObject c) {
        if (c instanceof PyCode nested) {
            return weigh(nested);
        }
        if (c instanceof PyStr s) {
            return 24L + 2L * s.value().length();
        }
        if (c instanceof PyBytes b) {
            return 24L + b.value().length;
        }
        if (c instanceof PyTuple t) {
            long w = 16L + 8L * t.size();
            for (int i = 0; i < t.size(); i++) {
                w += weighConst(t.get(i));
            }
            return w;
        }
        return 24L;
    }

    /**
     * What a code object is cached under: the SHA-256 digest of the source's UTF-16 code units
     * ({@link Sha256}), as four longs, the file name and the compile flags.
     */
    public record Key(long d0, long d1, long d2, long d3, String filename, int flags) {
        /** The key of {@code source} compiled as {@code filename} with {@code flags}. */
        public static Key of(String source, String filename, int flags) {
            int[] h = Sha256.digest(source);
            return new Key(pack(h[0], h[1]), pack(h[2], h[3]), pack(h[4], h[5]), pack(h[6], h[7]), filename, flags);
        }

        private static long pack(int high, int low) {
            return (long) high << 32 | low & 0xffffffffL;
        }
    }
}
