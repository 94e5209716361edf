package org.gilvm.compiler;

/** CPython's _Py_Mangle: {@code __spam} inside class {@code Ham} is {@code _Ham__spam}. */
final class Mangler {
    private Mangler() {}

    static String mangle(String className, String name) {
        if (className == null || !name.startsWith("__") || name.endsWith("__") || name.contains(".")) {
            return name;
        }
        String stripped = className.replaceFirst("^_+", "");
        if (stripped.isEmpty()) {
            return name;
        }
        return "_" + stripped + name;
    }
}
