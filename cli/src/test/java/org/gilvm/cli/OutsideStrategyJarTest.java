package org.gilvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3: "a strategy jar on the classpath that is not ours is picked by its id from the
 * config". The test compiles a tiny provider of someone else's (its own package, nothing of
 * gilvm's but the SPI), jars it with its {@code META-INF/services} file, and runs the real
 * {@code Main} in a fresh JVM with that jar added to the class path.
 */
class OutsideStrategyJarTest {
    private static final String PROVIDER = """
            package com.example.tiny;

            import java.time.Duration;
            import org.gilvm.interp.ThreadState;
            import org.gilvm.spi.*;

            public final class TinyProvider implements StrategyProvider {
                public String id() { return "tiny"; }
                public String description() { return "someone else's strategy"; }
                public ExecutionStrategy create(StrategySettings s) { return new Tiny(s); }

                static final class Tiny implements ExecutionStrategy {
                    private final SingleThreadStrategy inner;
                    Tiny(StrategySettings s) { inner = new SingleThreadStrategy(s); }
                    public String id() { return "tiny"; }
                    public RefCounts refCounts() { return inner.refCounts(); }
                    public ObjectLocks objectLocks() { return inner.objectLocks(); }
                    public StrategySettings settings() { return inner.settings(); }
                    public boolean gilEnabled() { return true; }
                    public void attach(ThreadState ts) {
                        System.err.println("tiny strategy attached, switch interval " + inner.switchInterval());
                    }
                    public void detach(ThreadState ts) {}
                    public void beginBlocking(ThreadState ts) {}
                    public void endBlocking(ThreadState ts) {}
                    public Duration switchInterval() { return inner.switchInterval(); }
                    public void setSwitchInterval(Duration d) { inner.setSwitchInterval(d); }
                    public boolean supportsThreads() { return false; }
                }
            }
            """;

    @Test
    void aStrategyFromSomeoneElsesJarIsPickedByItsId(@TempDir Path dir) throws Exception {
        Path jar = buildTinyJar(dir);
        Path cfg = Files.writeString(dir.resolve("cfg.yaml"), "strategy: tiny\ngil:\n  switch-interval: 3ms\n");
        Path prog = Files.writeString(dir.resolve("prog.py"), "print('hello from', 'prog')\n");

        Result run = java(dir, jar, "--config", cfg.toString(), prog.toString());
        assertEquals(0, run.exit, run.err);
        assertEquals("hello from prog\n", run.out);
        assertEquals("tiny strategy attached, switch interval PT0.003S\n", run.err);

        Result list = java(dir, jar, "strategies");
        assertEquals(0, list.exit, list.err);
        assertTrue(list.out.contains("tiny") && list.out.contains("someone else's strategy"), list.out);
    }

    private static Path buildTinyJar(Path dir) throws IOException {
        Path src = dir.resolve("src/com/example/tiny/TinyProvider.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, PROVIDER);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "the tests run on a JDK");
        int rc = javac.run(null, null, null, "-proc:none", "-cp", System.getProperty("java.class.path"),
                "-d", classes.toString(), src.toString());
        assertEquals(0, rc, "the tiny provider compiles");

        Path jar = dir.resolve("tiny.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("META-INF/services/org.gilvm.spi.StrategyProvider"));
            out.write("com.example.tiny.TinyProvider\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    private record Result(int exit, String out, String err) {}

    private static Result java(Path dir, Path jar, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElseThrow());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path") + File.pathSeparator + jar);
        cmd.add("org.gilvm.cli.Main");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().remove(StrategyOptions.CONFIG_ENV);
        Process p = pb.start();
        try (OutputStream stdin = p.getOutputStream()) {
            // No input: the program must not wait for any.
        }
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("gilvm did not finish: " + cmd);
        }
        return new Result(p.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
    }
}
