package org.gilvm.objects;

/**
 * The builtin types, created once per JVM. Their dicts are filled by {@link TypeSetup} before
 * the first interpreter starts and never change afterwards, so every interpreter and thread
 * can share them (as CPython's static types are shared).
 */
public final class BuiltinTypes {
    private BuiltinTypes() {}

    private static PyType type(String name, PyType base) {
        return PyType.builtin(name, base, false, null);
    }

    private static PyType subclassable(String name, PyType base) {
        return PyType.builtin(name, base, true, null);
    }

    public static final PyType OBJECT = PyType.builtin("object", null, true, null);
    public static final PyType TYPE = subclassable("type", OBJECT);
    public static final PyType INT = subclassable("int", OBJECT);
    public static final PyType BOOL = type("bool", INT);
    public static final PyType FLOAT = subclassable("float", OBJECT);
    public static final PyType COMPLEX = subclassable("complex", OBJECT);
    public static final PyType STR = subclassable("str", OBJECT);
    public static final PyType BYTES = subclassable("bytes", OBJECT);
    public static final PyType BYTEARRAY = subclassable("bytearray", OBJECT);
    public static final PyType LIST = subclassable("list", OBJECT);
    public static final PyType TUPLE = subclassable("tuple", OBJECT);
    public static final PyType DICT = subclassable("dict", OBJECT);
    public static final PyType SET = subclassable("set", OBJECT);
    public static final PyType FROZENSET = subclassable("frozenset", OBJECT);
    public static final PyType RANGE = type("range", OBJECT);
    public static final PyType SLICE = type("slice", OBJECT);
    public static final PyType NONE_TYPE = type("NoneType", OBJECT);
    public static final PyType NOT_IMPLEMENTED_TYPE = type("NotImplementedType", OBJECT);
    public static final PyType ELLIPSIS_TYPE = type("ellipsis", OBJECT);
    public static final PyType FUNCTION = type("function", OBJECT);
    public static final PyType BUILTIN_FUNCTION = type("builtin_function_or_method", OBJECT);
    public static final PyType METHOD = type("method", OBJECT);
    public static final PyType METHOD_DESCRIPTOR = type("method_descriptor", OBJECT);
    public static final PyType WRAPPER_DESCRIPTOR = type("wrapper_descriptor", OBJECT);
    public static final PyType GETSET_DESCRIPTOR = type("getset_descriptor", OBJECT);
    public static final PyType MEMBER_DESCRIPTOR = type("member_descriptor", OBJECT);
    public static final PyType CODE = type("code", OBJECT);
    public static final PyType CELL = type("cell", OBJECT);
    public static final PyType MODULE = subclassable("module", OBJECT);
    public static final PyType GENERATOR = type("generator", OBJECT);
    public static final PyType PROPERTY = subclassable("property", OBJECT);
    public static final PyType STATICMETHOD = subclassable("staticmethod", OBJECT);
    public static final PyType CLASSMETHOD = subclassable("classmethod", OBJECT);
    public static final PyType SUPER = subclassable("super", OBJECT);
    public static final PyType TRACEBACK = type("traceback", OBJECT);
    public static final PyType FRAME = type("frame", OBJECT);
    public static final PyType LIST_ITERATOR = type("list_iterator", OBJECT);
    public static final PyType LIST_REVERSEITERATOR = type("list_reverseiterator", OBJECT);
    public static final PyType TUPLE_ITERATOR = type("tuple_iterator", OBJECT);
    public static final PyType SEQ_ITERATOR = type("iterator", OBJECT);
    public static final PyType CALLABLE_ITERATOR = type("callable_iterator", OBJECT);
    public static final PyType STR_ITERATOR = type("str_ascii_iterator", OBJECT);
    public static final PyType RANGE_ITERATOR = type("range_iterator", OBJECT);
    public static final PyType LONGRANGE_ITERATOR = type("longrange_iterator", OBJECT);
    public static final PyType SET_ITERATOR = type("set_iterator", OBJECT);
    public static final PyType DICT_KEYITERATOR = type("dict_keyiterator", OBJECT);
    public static final PyType DICT_VALUEITERATOR = type("dict_valueiterator", OBJECT);
    public static final PyType DICT_ITEMITERATOR = type("dict_itemiterator", OBJECT);
    public static final PyType DICT_REVERSEKEYITERATOR = type("dict_reversekeyiterator", OBJECT);
    public static final PyType DICT_REVERSEVALUEITERATOR = type("dict_reversevalueiterator", OBJECT);
    public static final PyType DICT_REVERSEITEMITERATOR = type("dict_reverseitemiterator", OBJECT);
    public static final PyType DICT_KEYS = type("dict_keys", OBJECT);
    public static final PyType DICT_VALUES = type("dict_values", OBJECT);
    public static final PyType DICT_ITEMS = type("dict_items", OBJECT);
    public static final PyType ENUMERATE = subclassable("enumerate", OBJECT);
    public static final PyType ZIP = subclassable("zip", OBJECT);
    public static final PyType MAP = subclassable("map", OBJECT);
    public static final PyType FILTER = subclassable("filter", OBJECT);
    public static final PyType REVERSED = subclassable("reversed", OBJECT);
    public static final PyType TEXT_IO = type("TextIOWrapper", OBJECT);
}
