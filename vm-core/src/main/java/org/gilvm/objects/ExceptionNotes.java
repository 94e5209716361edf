package org.gilvm.objects;

import org.gilvm.builtins.ExposedMethod;
import org.gilvm.interp.ThreadState;

/**
 * {@code BaseException.add_note} (PEP 678): notes are kept in the {@code __notes__} list,
 * which the traceback printer shows after the exception's last line. Compare CPython 3.11
 * Objects/exceptions.c, BaseException_add_note.
 */
final class ExceptionNotes {
    private ExceptionNotes() {}

    @ExposedMethod(name = "add_note")
    static void addNote(ThreadState ts, PyBaseException self, PyObject note) {
        if (!(note instanceof PyStr)) {
            throw Errors.typeError("note must be a str, not '" + note.type().name() + "'");
        }
        PyObject notes = self.findAttr(ts, "__notes__");
        if (notes == null) {
            notes = new PyList();
            self.setAttr(ts, "__notes__", notes);
        }
        try {
            if (!(notes instanceof PyList list)) {
                throw Errors.typeError("Cannot add note: __notes__ is not a list");
            }
            list.append(ts, note);
        } finally {
            ts.decref(notes);
        }
    }
}
