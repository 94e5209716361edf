package org.gilvm.ast;

import java.math.BigInteger;

/** The value of a literal, before the compiler turns it into a runtime object. */
public sealed interface ConstantValue {
    record NoneValue() implements ConstantValue {}
    record BoolValue(boolean value) implements ConstantValue {}
    record EllipsisValue() implements ConstantValue {}
    /** An integer literal of any size. */
    record IntValue(BigInteger value) implements ConstantValue {}
    record FloatValue(double value) implements ConstantValue {}
    /** An imaginary literal such as {@code 2j}; the value is the imaginary part. */
    record ComplexValue(double imag) implements ConstantValue {}
    record StrValue(String value) implements ConstantValue {}
    /** Bytes as unsigned values 0..255 held in a byte[]. */
    record BytesValue(byte[] value) implements ConstantValue {}

    NoneValue NONE = new NoneValue();
    EllipsisValue ELLIPSIS = new EllipsisValue();
}
