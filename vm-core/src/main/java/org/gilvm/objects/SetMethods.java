package org.gilvm.objects;

/** Exposed methods of the builtin type; see {@link TypeSetup}. */
final class SetMethods {
    private SetMethods() {}
}
