package org.gilvm.objects;

/** Exposed methods of the builtin type; see {@link TypeSetup}. */
final class FloatMethods {
    private FloatMethods() {}
}
