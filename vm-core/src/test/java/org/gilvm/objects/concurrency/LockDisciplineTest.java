package org.gilvm.objects.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gilvm.compiler.Compiler;
import org.gilvm.interp.Eval;
import org.gilvm.interp.Frame;
import org.gilvm.interp.Interpreter;
import org.gilvm.interp.ThreadState;
import org.gilvm.objects.Lockable;
import org.gilvm.objects.PyCode;
import org.gilvm.objects.PyDict;
import org.gilvm.objects.PyObject;
import org.gilvm.objects.PyStr;
import org.gilvm.parser.Parser;
import org.gilvm.spi.MutexObjectLocks;
import org.gilvm.spi.ObjectLocks;
import org.gilvm.spi.RefCounts;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link MutexObjectLocks}, checked on one thread: while a container's lock is
 * held no Python instruction runs (keys are hashed, indexes converted and iterables consumed
 * before it; {@code __del__} and {@code __repr__} run after it) and no object is freed, with
 * the one designed exception of a probe's {@code __eq__}. The interpreter polls before every
 * instruction, and the poll looks at how many locks the thread holds.
 */
class LockDisciplineTest {

    /** The real guard, counting the locks the (single) test thread holds. */
    private static final class CountingLocks implements ObjectLocks {
        private final MutexObjectLocks real = new MutexObjectLocks();
        int held;
        long taken;

        @Override
        public void lock(ThreadState ts, Lockable o) {
            real.lock(ts, o);
            held++;
            taken++;
        }

        @Override
        public void unlock(ThreadState ts, Lockable o) {
            held--;
            real.unlock(ts, o);
        }

        @Override
        public boolean guards() {
            return true;
        }
    }

    /** Atomic counts that report an object freed while a lock is held. */
    private static final class CheckingRefCounts implements RefCounts {
        private final RefCounts real = new AtomicRefCounts();
        private final CountingLocks locks;
        private final List<String> violations;

        CheckingRefCounts(CountingLocks locks, List<String> violations) {
            this.locks = locks;
            this.violations = violations;
        }

        @Override
        public void incref(ThreadState ts, PyObject o) {
            real.incref(ts, o);
        }

        @Override
        public void decref(ThreadState ts, PyObject o) {
            if (o != null && o.refcnt == 1 && locks.held > 0) {
                violations.add("a '" + o.type().name() + "' freed under a lock");
            }
            real.decref(ts, o);
        }

        @Override
        public long refcount(ThreadState ts, PyObject o) {
            return real.refcount(ts, o);
        }

        @Override
        public boolean counts() {
            return true;
        }
    }

    private final CountingLocks locks = new CountingLocks();
    private final List<String> violations = new ArrayList<>();
    private long instructions;
    private final Interpreter interp = TestStrategy.checkedInterpreter(locks,
            new CheckingRefCounts(locks, violations), ts -> {
                instructions++;
                if (locks.held > 0) {
                    violations.add("Python code in " + ts.frame.code.qualname + " under a lock");
                }
            });

    private void run(String source) {
        ThreadState ts = new ThreadState(interp);
        PyCode code = Compiler.compileModule(Parser.parse(source, "discipline.py"), "discipline.py", ts);
        PyDict globals = new PyDict();
        globals.setStr(ts, "__builtins__", interp.builtins());
        globals.setStrSteal(ts, "__name__", new PyStr("discipline"));
        ts.decref(Eval.run(ts, new Frame(code, null, globals, interp.builtins().dict(), globals)));
        ts.decref(globals);
    }

    /** Classes whose hooks are Python code; none defines __eq__, so probes compare by identity. */
    private static final String CLASSES = """
            class K:
                def __init__(self, v):
                    self.v = v
                def __hash__(self):
                    return hash(self.v)
            class I:
                def __index__(self):
                    return 1
            class D:
                def __del__(self):
                    pass
            class R:
                def __repr__(self):
                    return 'R'
            def gen(n):
                for i in range(n):
                    yield D()
            """;

    @Test
    void listOperationsRunNoPythonCodeAndFreeNothingUnderTheLock() {
        run(CLASSES + """
                l = [D() for _ in range(10)]
                l[I()] = D()
                del l[I()]
                l[I():3] = gen(3)
                l[::2] = [D() for _ in l[::2]]
                del l[::3]
                l.pop()
                l.pop(I())
                l.remove(l[0])
                l.insert(I(), D())
                l.extend(gen(3))
                l.extend([D(), D()])
                l += [D()]
                l *= 2
                l = l + l * 2
                l.sort(key=lambda x: 0)
                l.reverse()
                a, b = [D(), D()]
                repr([R(), R()])
                [R()] == [R()]
                R() in [R(), R()]
                [x for x in reversed(l)]
                l.index(l[-1])
                l.count(l[0])
                ''.join(['a', 'b'])
                l.clear()
                l = None
                """);
        assertClean();
    }

    @Test
    void dictOperationsRunNoPythonCodeAndFreeNothingUnderTheLock() {
        run(CLASSES + """
                d = {K(i): D() for i in range(20)}
                k = K(5)
                d[k] = D()
                d[k] = D()
                d[k]
                del d[k]
                d.get(K(1))
                d.pop(K(3), None)
                d.setdefault(K(7), D())
                d.popitem()
                d.update({K(8): D()})
                d.update(x=D())
                d |= {K(9): D()}
                e = dict(d)
                e = d.copy()
                e = {**d}
                e = d | e
                e == d
                list(d.items())
                list(reversed(d.values()))
                d.items() ^ e.items()
                repr({1: R(), 2: R()})
                def f(**kw):
                    return kw
                f(**{'a': D()})
                g = {}
                g.fromkeys(d)
                d.clear()
                d = e = None
                """);
        assertClean();
    }

    @Test
    void setAndByteArrayOperationsRunNoPythonCodeAndFreeNothingUnderTheLock() {
        run(CLASSES + """
                s = {K(i) for i in range(20)}
                s.add(K(1))
                s.discard(next(iter(s)))
                s.remove(next(iter(s)))
                s.pop()
                s |= {K(2)}
                s -= {K(3), next(iter(s))}
                s &= set(s)
                s ^= {K(4), next(iter(s))}
                s.update(gen(2))
                t = s | {K(5)}
                t = s & t
                t = s - {next(iter(s))}
                t = s ^ t
                s <= t
                s.isdisjoint(t)
                repr({R()})
                set({K(1): 1})
                s.clear()
                ba = bytearray(b'abcdef')
                ba[I()] = I()
                ba.append(I())
                ba.extend(x for x in [1, 2])
                ba[I():I()] = b'xy'
                ba[::2] = bytes(len(ba[::2]))
                ba.pop()
                del ba[I()]
                ba.insert(I(), I())
                ba.remove(I())
                ba += b'z'
                ba *= 2
                ba.reverse()
                ba[I()]
                ba[1:3]
                s = t = ba = None
                """);
        assertClean();
    }

    /** The exception: a probe that meets an equal hash calls __eq__ with the lock held. */
    @Test
    void aProbesEqRunsUnderTheDictsLockByDesign() {
        run("""
                class E:
                    def __hash__(self):
                        return 1
                    def __eq__(self, other):
                        return self is other
                d = {E(): 1}
                E() in d
                """);
        assertFalse(violations.isEmpty());
        assertTrue(violations.stream().allMatch(v -> v.equals("Python code in E.__eq__ under a lock")),
                () -> String.join("\n", violations));
    }

    private void assertClean() {
        assertEquals(List.of(), violations);
        assertEquals(0, locks.held);
        assertTrue(locks.taken > 100 && instructions > 100, "the checks ran");
    }
}
