import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.lang.constant.ClassDesc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A build step run on the shaded jar (single-file source, JDK 25's java.lang.classfile):
 * rewrites class files older than Java 6 (major version 50) as Java 8 class files with stack
 * maps. picocli 4.7.7 ships Java 5 class files, and the JVM's AOT cache (JEP 483) skips such
 * "old" classes, so without this every run loads and links about 230 picocli classes from
 * scratch — half of gilvm's start-up. Behaviour is unchanged: only the version and the
 * verifier's stack maps differ.
 *
 * <p>Usage: {@code java UpgradeOldClassFiles.java JAR} (the jar is rewritten in place).
 */
public final class UpgradeOldClassFiles {
    private static final int OLD = 50, TARGET = 52;

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        Map<String, byte[]> entries = read(jar);
        ClassFile cf = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(resolver(entries)),
                ClassFile.StackMapsOption.GENERATE_STACK_MAPS);
        int upgraded = 0;
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (!e.getKey().endsWith(".class") || e.getKey().endsWith("module-info.class")) {
                continue;
            }
            ClassModel cm = cf.parse(e.getValue());
            if (cm.majorVersion() >= OLD) {
                continue;
            }
            // Rebuilding every method body is what makes the library generate stack maps.
            e.setValue(cf.transformClass(cm, ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL)
                    .andThen(ClassTransform.endHandler(cb -> cb.withVersion(TARGET, 0)))));
            upgraded++;
        }
        Path tmp = jar.resolveSibling(jar.getFileName() + ".tmp");
        write(tmp, entries);
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("UpgradeOldClassFiles: " + upgraded + " class files in " + jar.getFileName()
                + " rewritten as version " + TARGET);
    }

    /** The JDK's classes, then the jar's own: stack maps need to know who extends what. */
    private static ClassHierarchyResolver resolver(Map<String, byte[]> entries) {
        return ClassHierarchyResolver.defaultResolver().orElse(ClassHierarchyResolver.ofResourceParsing(
                (ClassDesc d) -> {
                    String desc = d.descriptorString();
                    byte[] b = entries.get(desc.substring(1, desc.length() - 1) + ".class");
                    return b == null ? null : (InputStream) new ByteArrayInputStream(b);
                })).cached();
    }

    private static Map<String, byte[]> read(Path jar) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static void write(Path jar, Map<String, byte[]> entries) throws IOException {
        try (OutputStream os = Files.newOutputStream(jar); ZipOutputStream out = new ZipOutputStream(os)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
    }
}
