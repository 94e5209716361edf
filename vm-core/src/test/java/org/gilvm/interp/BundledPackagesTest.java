package org.gilvm.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bundled packages ({@code concurrent}, {@code multiprocessing}): {@code __path__},
 * {@code __package__} and {@code __file__} as CPython sets them for a package, submodules
 * found in the jar, a package beside the script shadowing the bundled one whole.
 */
class BundledPackagesTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String source) {
        InterpreterConfig cfg = InterpreterConfig.standard(List.of("t.py")).withStreams(InputStream.nullInputStream(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .withWorkingDirectory(dir);
        return new ProgramRunner(new Interpreter(cfg)).runSource(source, "t.py");
    }

    @Test
    void aBundledPackageAndItsSubmodulesImportWithPackageAttributes() {
        assertEquals(0, run("""
                import concurrent.futures
                from multiprocessing import pool
                import multiprocessing.queues as q
                print(concurrent.__path__, concurrent.__package__, concurrent.__file__)
                print(concurrent.futures.__name__, concurrent.futures.__package__, concurrent.futures.__file__)
                print(pool.__name__, pool.__package__, pool.__file__, q.__name__)
                print(concurrent.futures._base.__name__, concurrent.futures._base.__package__)
                """), err::toString);
        assertEquals("""
                ['<gilvm>/concurrent'] concurrent <gilvm>/concurrent/__init__.py
                concurrent.futures concurrent.futures <gilvm>/concurrent/futures/__init__.py
                multiprocessing.pool multiprocessing <gilvm>/multiprocessing/pool.py multiprocessing.queues
                concurrent.futures._base concurrent.futures
                """, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMissingSubmoduleOfABundledPackageIsNotFound() {
        assertEquals(1, run("import multiprocessing.nosuchthing\n"));
        assertEquals("ModuleNotFoundError: No module named 'multiprocessing.nosuchthing'\n",
                err.toString(StandardCharsets.UTF_8).lines().reduce((a, b) -> b).orElse("") + "\n");
    }

    @Test
    void aPackageBesideTheScriptShadowsTheBundledOne() throws IOException {
        Files.createDirectories(dir.resolve("concurrent"));
        Files.writeString(dir.resolve("concurrent/__init__.py"), "WHO = 'mine'\n");
        assertEquals(1, run("import concurrent\nprint(concurrent.WHO)\nimport concurrent.futures\n"));
        assertEquals("mine\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("ModuleNotFoundError: No module named 'concurrent.futures'\n",
                err.toString(StandardCharsets.UTF_8).lines().reduce((a, b) -> b).orElse("") + "\n");
    }
}
