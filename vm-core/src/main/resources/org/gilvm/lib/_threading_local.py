"""threading.local: objects whose attributes each thread sees separately.

Written for gilvm; it behaves as CPython's _thread._local does: every thread starts with an
empty attribute dict, and a subclass's __init__ runs again, with the constructor's arguments,
the first time a thread other than the creator touches the object.

How: the instance's __dict__ is swapped for the calling thread's dict around every
attribute access, under a per-object RLock, as CPython's pure-Python fallback
(Lib/_threading_local.py) does. Without weak references, a finished thread's dict is dropped
later than in CPython: when the object next creates a dict for a new thread and has
accumulated dicts of threads that threading no longer lists as alive.
"""

__all__ = ["local"]


class _LocalImpl:
    __slots__ = ('dicts', 'args', 'lock', 'purge_at')

    def __init__(self, args):
        self.dicts = {}     # thread ident -> that thread's attribute dict
        self.args = args    # (args, kwargs) given to the constructor, for __init__ reruns
        self.lock = RLock()
        self.purge_at = 8

    def purge(self):
        """Drop the dicts of threads that have ended; called as the dict count grows."""
        alive = _active
        for ident in [i for i in self.dicts if i not in alive]:
            del self.dicts[ident]
        self.purge_at = max(8, 2 * len(self.dicts))


def _thread_dict(self):
    """The calling thread's dict for self, creating it (and rerunning __init__) if needed."""
    impl = object.__getattribute__(self, '_local__impl')
    ident = get_ident()
    d = impl.dicts.get(ident)
    if d is not None:
        return impl, d
    # Registers a thread _thread started, so a purge does not take it for a finished one.
    current_thread()
    d = {}
    with impl.lock:
        if len(impl.dicts) >= impl.purge_at:
            impl.purge()
        impl.dicts[ident] = d
    args, kwargs = impl.args
    self.__init__(*args, **kwargs)
    return impl, d


def _type_name(self):
    # CPython's local is the C type _thread._local: its error messages name it so.
    cls = type(self)
    return '_thread._local' if cls is _local else cls.__name__


class _local:
    """Thread-local data: attributes set on an instance are seen only by the thread that set
    them."""

    __module__ = '_thread'
    __slots__ = ('_local__impl', '__dict__')

    def __new__(cls, /, *args, **kwargs):
        if (args or kwargs) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        impl = _LocalImpl((args, kwargs))
        object.__setattr__(self, '_local__impl', impl)
        # The creating thread's dict exists before __init__ runs, so that __init__ is not
        # run a second time for it.
        impl.dicts[get_ident()] = {}
        return self

    def __getattribute__(self, name):
        impl, d = _thread_dict(self)
        with impl.lock:
            object.__setattr__(self, '__dict__', d)
            try:
                return object.__getattribute__(self, name)
            except AttributeError:
                if type(self) is not _local or name in d:
                    raise
        raise AttributeError(f"'_thread._local' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(f"'{_type_name(self)}' object attribute '__dict__' is read-only")
        impl, d = _thread_dict(self)
        with impl.lock:
            object.__setattr__(self, '__dict__', d)
            return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(f"'{_type_name(self)}' object attribute '__dict__' is read-only")
        impl, d = _thread_dict(self)
        with impl.lock:
            object.__setattr__(self, '__dict__', d)
            try:
                return object.__delattr__(self, name)
            except AttributeError:
                if type(self) is not _local:
                    raise
        raise AttributeError(f"'_thread._local' object has no attribute '{name}'")


local = _local

from threading import current_thread, get_ident, RLock, _active
