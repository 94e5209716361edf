package org.gilvm.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The module table lists every {@link ExposedModule} class once, and each module builds. */
class ModuleTableTest extends BuiltinsTestSupport {

    @Test
    void everyAnnotatedModuleClassIsInTheTable() throws IOException, URISyntaxException, ClassNotFoundException {
        Path dir = Path.of(BuiltinsModule.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("org/gilvm/builtins");
        Set<Class<?>> annotated = new HashSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String file = p.getFileName().toString();
                if (file.endsWith(".class") && !file.contains("$")) {
                    Class<?> c = Class.forName("org.gilvm.builtins." + file.substring(0, file.length() - 6));
                    if (c.isAnnotationPresent(ExposedModule.class)) {
                        annotated.add(c);
                    }
                }
            }
        }
        assertEquals(annotated, new HashSet<>(ModuleTable.MODULES));
        assertEquals(ModuleTable.MODULES.size(), new HashSet<>(ModuleTable.MODULES).size());
    }

    @Test
    void eachModuleIsCreatedWithItsName() {
        for (Class<?> cls : ModuleTable.MODULES) {
            String name = ModuleFactory.nameOf(cls);
            assertNotNull(interp.modules().getStr(name), name);
            assertTrue(module(name).dict().size() > 1, name);
        }
        assertEquals("<module 'math' (built-in)>", repr(module("math")));
    }
}
