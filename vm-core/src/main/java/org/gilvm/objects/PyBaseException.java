package org.gilvm.objects;

import org.gilvm.interp.ThreadState;

/**
 * Every exception object, of a builtin or a user-defined exception class: CPython's
 * {@code PyBaseExceptionObject}. Subclass-specific attributes (SyntaxError's lineno,
 * OSError's errno, user attributes) live in the instance dict; NameError's and
 * AttributeError's {@code name} and {@code obj}, and ImportError's {@code name} and
 * {@code path}, are members, as in CPython.
 */
public final class PyBaseException extends PyObject {
    private final PyType type;
    private PyTuple args;
    private PyDict dict;
    public PyBaseException cause;
    public PyBaseException context;
    public boolean suppressContext;
    public PyTraceback traceback;
    /**
     * The {@code name} of a NameError or AttributeError and the {@code obj} of an
     * AttributeError: CPython keeps them as members of PyNameErrorObject and
     * PyAttributeErrorObject, outside the instance dict. Null when unset (Python sees None);
     * the exception owns a reference to each. The traceback printer's "Did you mean"
     * suggestion reads them. An ImportError's {@code name} (the module) is the same field.
     */
    private PyObject name, obj;
    /** An ImportError's {@code path} (the module's file), as {@link #name}: null reads as None. */
    private PyObject path;

    public PyBaseException(PyType type, PyTuple args) {
        this.type = type;
        this.args = args;
    }

    @Override
    public PyType type() {
        return type;
    }

    public PyTuple args() {
        return args;
    }

    public void setArgs(ThreadState ts, PyTuple newArgs) {
        ts.incref(newArgs);
        PyTuple old = args;
        args = newArgs;
        ts.decref(old);
    }

    @Override
    public PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /** The first argument, borrowed, or null when there are no arguments. */
    public PyObject firstArg() {
        return args.size() > 0 ? args.get(0) : null;
    }

    /** For Java-side messages: str(self) computed without running Python code. */
    public String argsString() {
        if (args.size() == 0) {
            return "";
        }
        if (args.size() == 1 && args.get(0) instanceof PyStr s) {
            return s.value();
        }
        return args.toString();
    }

    /** NameError's or AttributeError's name, borrowed, or null when unset. */
    public PyObject name() {
        return name;
    }

    /** AttributeError's obj, borrowed, or null when unset. */
    public PyObject obj() {
        return obj;
    }

    /**
     * Sets name and obj (either may be null), stealing the references passed. {@code ts} may
     * be null while both are unset, as when an exception is being created.
     */
    public void setNameAndObjSteal(ThreadState ts, PyObject newName, PyObject newObj) {
        PyObject oldName = name, oldObj = obj;
        name = newName;
        obj = newObj;
        if (oldName != null) {
            ts.decref(oldName);
        }
        if (oldObj != null) {
            ts.decref(oldObj);
        }
    }

    /**
     * Whether {@code attr} is one of this exception's {@code name}/{@code obj}/{@code path}
     * members. An attribute of the same name on a subclass comes first in the MRO and hides
     * the member.
     */
    private boolean isMember(String attr) {
        boolean member = switch (attr) {
            case "name" -> type.isSubtypeOf(ExceptionTypes.NAME_ERROR)
                    || type.isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR) || type.isSubtypeOf(ExceptionTypes.IMPORT_ERROR);
            case "obj" -> type.isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR);
            case "path" -> type.isSubtypeOf(ExceptionTypes.IMPORT_ERROR);
            default -> false;
        };
        return member && (!type.isHeapType() || type.lookup(attr) == null);
    }

    /** Sets an ImportError's name and path (either may be null: unset), increfing them. */
    public void setImportNameAndPath(ThreadState ts, PyObject newName, PyObject newPath) {
        setMember(ts, "name", newName);
        setMember(ts, "path", newPath);
    }

    @Override
    public String str(ThreadState ts) {
        return ExceptionMethods.str(ts, this);
    }

    @Override
    public String repr(ThreadState ts) {
        return ExceptionMethods.repr(ts, this);
    }

    @Override
    public PyObject findAttr(ThreadState ts, String name) {
        PyObject special = ExceptionMethods.specialAttr(ts, this, name);
        if (special != null) {
            return special;
        }
        if (isMember(name)) {
            PyObject v = switch (name) {
                case "name" -> this.name;
                case "path" -> path;
                default -> obj;
            };
            v = v == null ? PyNone.None : v;
            ts.incref(v);
            return v;
        }
        return Attributes.genericFindAttr(ts, this, name, dict);
    }

    @Override
    public void setAttr(ThreadState ts, String name, PyObject value) {
        if (isMember(name)) {
            setMember(ts, name, value);
        } else if (!ExceptionMethods.setSpecialAttr(ts, this, name, value)) {
            Attributes.genericSetAttr(ts, this, name, value, dict());
        }
    }

    @Override
    public void delAttr(ThreadState ts, String name) {
        if (isMember(name)) {
            setMember(ts, name, null);
        } else {
            super.delAttr(ts, name);
        }
    }

    /** Deleting a member leaves it unset, which reads as None, as CPython's T_OBJECT does. */
    private void setMember(ThreadState ts, String attr, PyObject value) {
        ts.incref(value);
        PyObject old;
        switch (attr) {
            case "name" -> {
                old = name;
                name = value;
            }
            case "path" -> {
                old = path;
                path = value;
            }
            default -> {
                old = obj;
                obj = value;
            }
        }
        ts.decref(old);
    }

    @Override
    public void dealloc(ThreadState ts) {
        if (type.isHeapType()) {
            PyInstance.callDel(ts, this);
            if (refcnt > 0) {
                return;
            }
        }
        ts.decref(args);
        ts.decref(dict);
        ts.decref(cause);
        ts.decref(context);
        ts.decref(traceback);
        ts.decref(name);
        ts.decref(obj);
        ts.decref(path);
        ts.decref(type);
    }

    @Override
    public void traverse(RefVisitor v) {
        v.visitNullable(args);
        v.visitNullable(dict);
        v.visitNullable(cause);
        v.visitNullable(context);
        v.visitNullable(traceback);
        v.visitNullable(name);
        v.visitNullable(obj);
        v.visitNullable(path);
        v.visit(type);
    }
}
