package org.gilvm.objects.semantics;

import org.junit.jupiter.api.Test;

/**
 * Class creation and instance layout: __slots__, __dict__, __class__, __set_name__,
 * __init_subclass__ and hash rules, against CPython 3.11.
 */
class ClassLayoutTest extends PythonSnippets {
    @Test
    void slotsStoreValuesAndLeaveNoDict() {
        assertPrints("""
                1 2 <member 'x' of 'S' objects> False member_descriptor
                AttributeError: 'S' object has no attribute 'z'
                AttributeError: 'S' object has no attribute 'x'
                AttributeError: x
                {'z': 5} True False
                {'q': 1} 2
                """,
                T + """
                class S:
                    __slots__ = ('x', '__y')
                    def __init__(self):
                        self.x = 1
                        self.__y = 2
                s = S()
                print(s.x, s._S__y, S.x, hasattr(s, '__dict__'), type(S.x).__name__)
                t(lambda: setattr(s, 'z', 3))
                del s.x
                t(lambda: s.x)
                t(lambda: delattr(s, 'x'))
                class T(S):
                    pass
                u = T()
                u.z = 5
                print(u.__dict__, '__dict__' in T.__dict__, '__dict__' in S.__dict__)
                class W(S):
                    __slots__ = ('w', '__dict__')
                w = W()
                w.q = 1
                w.w = 2
                print(w.__dict__, w.w)
                """);
    }

    @Test
    void slotsAreCheckedLikeCPython() {
        assertPrints("""
                ValueError: 'x' in __slots__ conflicts with class variable
                TypeError: __dict__ slot disallowed: we already got one
                TypeError: __slots__ items must be strings, not 'int'
                TypeError: __slots__ must be identifiers
                TypeError: nonempty __slots__ not supported for subtype of 'int'
                TypeError: multiple bases have instance lay-out conflict
                K K
                """,
                T + """
                def make(slots, base=object, **ns):
                    return type('K', (base,), dict(ns, __slots__=slots))
                t(lambda: make(('x',), x=1))
                t(lambda: make(('__dict__', '__dict__')))
                t(lambda: make((1,)))
                t(lambda: make(('a b',)))
                t(lambda: make(('a',), int))
                class A:
                    __slots__ = ('a',)
                class B:
                    __slots__ = ('b',)
                t(lambda: type('C', (A, B), {}))
                print(make('one')().__class__.__name__, make(())().__class__.__name__)
                """);
    }

    @Test
    void instanceDictAndClassAreDescriptors() {
        assertPrints("""
                {'v': 1} A getset_descriptor
                3 {'k': 3}
                B True <class 'int'> list
                TypeError: __class__ assignment: 'S' object layout differs from 'B'
                TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses
                TypeError: __class__ must be set to a class, not 'int' object
                TypeError: __dict__ must be set to a dictionary, not a 'int'
                TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses
                <attribute '__class__' of 'object' objects>
                """,
                T + """
                class A:
                    pass
                a = A()
                a.v = 1
                print(a.__dict__, a.__class__.__name__, type(A.__dict__['__dict__']).__name__)
                a.__dict__ = {'k': 3}
                print(a.k, vars(a))
                class B:
                    pass
                a.__class__ = B
                print(type(a).__name__, isinstance(a, B), (1).__class__, [].__class__.__name__)
                class S:
                    __slots__ = ()
                t(lambda: setattr(a, '__class__', S))
                t(lambda: setattr(a, '__class__', int))
                t(lambda: setattr(a, '__class__', 1))
                t(lambda: setattr(a, '__dict__', 1))
                t(lambda: setattr(1, '__class__', bool))
                print(object.__dict__['__class__'])
                """);
    }

    @Test
    void classCreationRunsSetNameAndInitSubclass() {
        assertPrints("""
                set_name E d
                init_subclass F 3
                init_subclass G None
                G.__init_subclass__() takes no keyword arguments
                H.__init_subclass__() takes no keyword arguments
                init_subclass G2 kw
                G2
                """,
                T + """
                class D:
                    def __set_name__(self, owner, name):
                        print("set_name", owner.__name__, name)
                class E:
                    d = D()
                class Base:
                    def __init_subclass__(cls, flag=None, **kw):
                        print("init_subclass", cls.__name__, flag)
                        super().__init_subclass__(**kw)
                class F(Base, flag=3):
                    pass
                try:
                    class G(Base, other=1):
                        pass
                except TypeError as e:
                    print(e)
                try:
                    class H(x=1):
                        pass
                except TypeError as e:
                    print(e)
                G2 = type('G2', (Base,), {}, flag='kw')
                print(G2.__name__)
                """);
    }

    @Test
    void eqWithoutHashMakesInstancesUnhashable() {
        assertPrints("""
                None 7 None
                TypeError: unhashable type: 'EqOnly'
                TypeError: unhashable type: 'Child'
                """,
                T + """
                class EqOnly:
                    def __eq__(self, other):
                        return True
                class Both(EqOnly):
                    def __hash__(self):
                        return 7
                class Child(EqOnly):
                    pass
                print(EqOnly.__hash__, hash(Both()), Child.__hash__)
                t(lambda: hash(EqOnly()))
                t(lambda: {Child()})
                """);
    }

    @Test
    void getattrHooksKeepTheirOwnErrors() {
        assertPrints("""
                'x'
                AttributeError: no 'other' here
                dflt False
                AttributeError: custom foo
                dflt False
                ga:p ga:zz
                """,
                T + """
                class Dynamic:
                    def __getattr__(self, name):
                        if name.startswith('auto_'):
                            return name[5:]
                        raise AttributeError(f"no {name!r} here")
                d = Dynamic()
                t(lambda: d.auto_x)
                t(lambda: d.other)
                print(getattr(d, 'other', 'dflt'), hasattr(d, 'other'))
                class Q:
                    def __getattribute__(self, n):
                        raise AttributeError("custom " + n)
                t(lambda: Q().foo)
                print(getattr(Q(), 'foo', 'dflt'), hasattr(Q(), 'x'))
                class R:
                    @property
                    def p(self):
                        raise AttributeError("from prop")
                    def __getattr__(self, n):
                        return "ga:" + n
                print(R().p, R().zz)
                """);
    }

    @Test
    void mroConflictMessageHasCPythonsLineBreak() {
        assertPrints("""
                Cannot create a consistent method resolution
                order (MRO) for bases X, Y
                """,
                T + """
                class X: pass
                class Y: pass
                class P(X, Y): pass
                class Q(Y, X): pass
                try:
                    class Z(P, Q): pass
                except TypeError as e:
                    print(e)
                """);
    }
}
