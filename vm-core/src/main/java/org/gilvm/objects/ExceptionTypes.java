package org.gilvm.objects;

/**
 * The builtin exception hierarchy, as CPython's {@code Objects/exceptions.c} builds it.
 * Immutable and shared by all interpreters, like every builtin type.
 */
public final class ExceptionTypes {
    private ExceptionTypes() {}

    private static PyType define(String name, PyType base) {
        return PyType.builtin(name, base, true, ExceptionMethods::construct);
    }

    /** OSError and its subclasses construct by OSError_new's rules. */
    private static PyType defineOS(String name, PyType base) {
        return PyType.builtin(name, base, true, OSErrorMethods::construct);
    }

    public static final PyType BASE_EXCEPTION = define("BaseException", BuiltinTypes.OBJECT);
    public static final PyType SYSTEM_EXIT = define("SystemExit", BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = define("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType GENERATOR_EXIT = define("GeneratorExit", BASE_EXCEPTION);
    public static final PyType EXCEPTION = define("Exception", BASE_EXCEPTION);
    public static final PyType STOP_ITERATION = define("StopIteration", EXCEPTION);
    public static final PyType STOP_ASYNC_ITERATION = define("StopAsyncIteration", EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = define("ArithmeticError", EXCEPTION);
    public static final PyType FLOATING_POINT_ERROR = define("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = define("OverflowError", ARITHMETIC_ERROR);
    public static final PyType ZERO_DIVISION_ERROR = define("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType ASSERTION_ERROR = define("AssertionError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = define("AttributeError", EXCEPTION);
    public static final PyType BUFFER_ERROR = define("BufferError", EXCEPTION);
    public static final PyType EOF_ERROR = define("EOFError", EXCEPTION);
    public static final PyType IMPORT_ERROR = define("ImportError", EXCEPTION);
    public static final PyType MODULE_NOT_FOUND_ERROR = define("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType LOOKUP_ERROR = define("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = define("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = define("KeyError", LOOKUP_ERROR);
    public static final PyType MEMORY_ERROR = define("MemoryError", EXCEPTION);
    public static final PyType NAME_ERROR = define("NameError", EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = define("UnboundLocalError", NAME_ERROR);
    public static final PyType OS_ERROR = defineOS("OSError", EXCEPTION);
    public static final PyType BLOCKING_IO_ERROR = defineOS("BlockingIOError", OS_ERROR);
    public static final PyType CHILD_PROCESS_ERROR = defineOS("ChildProcessError", OS_ERROR);
    public static final PyType CONNECTION_ERROR = defineOS("ConnectionError", OS_ERROR);
    public static final PyType BROKEN_PIPE_ERROR = defineOS("BrokenPipeError", CONNECTION_ERROR);
    public static final PyType CONNECTION_ABORTED_ERROR = defineOS("ConnectionAbortedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_REFUSED_ERROR = defineOS("ConnectionRefusedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_RESET_ERROR = defineOS("ConnectionResetError", CONNECTION_ERROR);
    public static final PyType FILE_EXISTS_ERROR = defineOS("FileExistsError", OS_ERROR);
    public static final PyType FILE_NOT_FOUND_ERROR = defineOS("FileNotFoundError", OS_ERROR);
    public static final PyType INTERRUPTED_ERROR = defineOS("InterruptedError", OS_ERROR);
    public static final PyType IS_A_DIRECTORY_ERROR = defineOS("IsADirectoryError", OS_ERROR);
    public static final PyType NOT_A_DIRECTORY_ERROR = defineOS("NotADirectoryError", OS_ERROR);
    public static final PyType PERMISSION_ERROR = defineOS("PermissionError", OS_ERROR);
    public static final PyType PROCESS_LOOKUP_ERROR = defineOS("ProcessLookupError", OS_ERROR);
    public static final PyType TIMEOUT_ERROR = defineOS("TimeoutError", OS_ERROR);
    public static final PyType REFERENCE_ERROR = define("ReferenceError", EXCEPTION);
    public static final PyType RUNTIME_ERROR = define("RuntimeError", EXCEPTION);
    public static final PyType NOT_IMPLEMENTED_ERROR = define("NotImplementedError", RUNTIME_ERROR);
    public static final PyType RECURSION_ERROR = define("RecursionError", RUNTIME_ERROR);
    public static final PyType SYNTAX_ERROR = define("SyntaxError", EXCEPTION);
    public static final PyType INDENTATION_ERROR = define("IndentationError", SYNTAX_ERROR);
    public static final PyType TAB_ERROR = define("TabError", INDENTATION_ERROR);
    public static final PyType SYSTEM_ERROR = define("SystemError", EXCEPTION);
    public static final PyType TYPE_ERROR = define("TypeError", EXCEPTION);
    public static final PyType VALUE_ERROR = define("ValueError", EXCEPTION);
    public static final PyType UNICODE_ERROR = define("UnicodeError", VALUE_ERROR);
    public static final PyType UNICODE_DECODE_ERROR = define("UnicodeDecodeError", UNICODE_ERROR);
    public static final PyType UNICODE_ENCODE_ERROR = define("UnicodeEncodeError", UNICODE_ERROR);
    public static final PyType WARNING = define("Warning", EXCEPTION);
    public static final PyType DEPRECATION_WARNING = define("DeprecationWarning", WARNING);
    public static final PyType RUNTIME_WARNING = define("RuntimeWarning", WARNING);
    public static final PyType USER_WARNING = define("UserWarning", WARNING);
    public static final PyType SYNTAX_WARNING = define("SyntaxWarning", WARNING);
    public static final PyType FUTURE_WARNING = define("FutureWarning", WARNING);
    public static final PyType RESOURCE_WARNING = define("ResourceWarning", WARNING);

    /** Every type above, in definition order: the builtins module exports them all. */
    public static final PyType[] ALL = {BASE_EXCEPTION, SYSTEM_EXIT, KEYBOARD_INTERRUPT,
            GENERATOR_EXIT, EXCEPTION, STOP_ITERATION, STOP_ASYNC_ITERATION, ARITHMETIC_ERROR,
            FLOATING_POINT_ERROR, OVERFLOW_ERROR, ZERO_DIVISION_ERROR, ASSERTION_ERROR,
            ATTRIBUTE_ERROR, BUFFER_ERROR, EOF_ERROR, IMPORT_ERROR, MODULE_NOT_FOUND_ERROR,
            LOOKUP_ERROR, INDEX_ERROR, KEY_ERROR, MEMORY_ERROR, NAME_ERROR, UNBOUND_LOCAL_ERROR,
            OS_ERROR, BLOCKING_IO_ERROR, CHILD_PROCESS_ERROR, CONNECTION_ERROR, BROKEN_PIPE_ERROR,
            CONNECTION_ABORTED_ERROR, CONNECTION_REFUSED_ERROR, CONNECTION_RESET_ERROR,
            FILE_EXISTS_ERROR, FILE_NOT_FOUND_ERROR, INTERRUPTED_ERROR, IS_A_DIRECTORY_ERROR,
            NOT_A_DIRECTORY_ERROR, PERMISSION_ERROR, PROCESS_LOOKUP_ERROR, TIMEOUT_ERROR,
            REFERENCE_ERROR, RUNTIME_ERROR, NOT_IMPLEMENTED_ERROR, RECURSION_ERROR, SYNTAX_ERROR,
            INDENTATION_ERROR, TAB_ERROR, SYSTEM_ERROR, TYPE_ERROR, VALUE_ERROR, UNICODE_ERROR,
            UNICODE_DECODE_ERROR, UNICODE_ENCODE_ERROR, WARNING, DEPRECATION_WARNING,
            RUNTIME_WARNING, USER_WARNING, SYNTAX_WARNING, FUTURE_WARNING, RESOURCE_WARNING};
}
