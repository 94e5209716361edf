package org.gilvm.interp;

import org.gilvm.objects.PyCode;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyModule;
import org.gilvm.objects.PyStr;

/** Creates {@code __main__} and runs the program's code in it on the current thread. */
final class MainModule {
    private final Interpreter interp;

    MainModule(Interpreter interp) {
        this.interp = interp;
    }

    int run(PyCode code, String filename) {
        ThreadState ts = new ThreadState(interp);
        PyDict globals = new PyDict();
        PyModule main = new PyModule(ts, "__main__", globals);
        globals.setStrSteal(ts, "__file__", new PyStr(filename));
        globals.setStr(ts, "__builtins__", interp.builtins());
        interp.modules().setStr(ts, "__main__", main);
        Frame frame = new Frame(code, null, globals, interp.builtins().dict(), globals);
        ts.decref(Eval.run(ts, frame));
        return 0;
    }
}
