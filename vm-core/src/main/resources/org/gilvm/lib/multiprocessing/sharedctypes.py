"""Shared values: Value and RawValue of CPython 3.11's multiprocessing/sharedctypes.py.

Written for gilvm. A value lives in a cell every interpreter that has it shares; reading
.value rebuilds it in the reader's interpreter, assigning stores a copy. Read-modify-write
(v.value += 1) needs the lock, as in CPython: `with v.get_lock(): v.value += 1`.

gilvm differences: ctypes types are given by typecode only ('b', 'B', 'h', 'H', 'i', 'I',
'l', 'L', 'q', 'Q', 'f', 'd', 'c', 'u'); integers wrap to the C type's width as ctypes
does, 'f' is kept as a double. Array, RawArray, copy and synchronized are missing.
"""

__all__ = ['RawValue', 'Value']

import _interpreters

from . import context

# typecode -> (ctypes name, bits, signed) for the integer codes; the others below.
_INT_CODES = {
    'b': ('c_byte', 8, True), 'B': ('c_ubyte', 8, False),
    'h': ('c_short', 16, True), 'H': ('c_ushort', 16, False),
    'i': ('c_int', 32, True), 'I': ('c_uint', 32, False),
    'l': ('c_long', 64, True), 'L': ('c_ulong', 64, False),
    'q': ('c_longlong', 64, True), 'Q': ('c_ulonglong', 64, False),
}
_OTHER_CODES = {'f': 'c_float', 'd': 'c_double', 'c': 'c_char', 'u': 'c_wchar'}


def _convert(typecode, value):
    if typecode in _INT_CODES:
        name, bits, signed = _INT_CODES[typecode]
        if not isinstance(value, int):
            raise TypeError("int expected instead of %s" % type(value).__name__)
        value &= (1 << bits) - 1
        if signed and value >= 1 << (bits - 1):
            value -= 1 << bits
        return value
    if typecode in ('f', 'd'):
        if not isinstance(value, (int, float)):
            raise TypeError("must be real number, not %s" % type(value).__name__)
        return float(value)
    if typecode == 'c':
        if not (isinstance(value, bytes) and len(value) == 1):
            raise TypeError("one character bytes, bytearray or integer expected")
        return value
    if not (isinstance(value, str) and len(value) == 1):
        raise TypeError("one character unicode string expected")
    return value


def _zero(typecode):
    if typecode in _INT_CODES:
        return 0
    if typecode in ('f', 'd'):
        return 0.0
    return b'\x00' if typecode == 'c' else '\x00'


class _CValue(object):
    """A ctypes scalar whose storage is a shared cell."""

    def __init__(self, typecode, value):
        if typecode not in _INT_CODES and typecode not in _OTHER_CODES:
            raise TypeError("unsupported typecode %r" % (typecode,))
        self._typecode = typecode
        self._cell = _interpreters.new_cell(_convert(typecode, value))

    def __getstate__(self):
        context.assert_spawning(self)
        return (self._typecode, self._cell)

    def __setstate__(self, state):
        self._typecode, self._cell = state

    @property
    def value(self):
        return self._cell.get()

    @value.setter
    def value(self, value):
        self._cell.set(_convert(self._typecode, value))

    def __repr__(self):
        if self._typecode in _INT_CODES:
            name = _INT_CODES[self._typecode][0]
        else:
            name = _OTHER_CODES[self._typecode]
        return '%s(%r)' % (name, self.value)


def RawValue(typecode_or_type, *args):
    '''
    Returns a ctypes object allocated from shared memory
    '''
    if len(args) > 1:
        raise TypeError("RawValue() takes at most 2 arguments (%d given)" % (len(args) + 1))
    return _CValue(typecode_or_type, args[0] if args else _zero(typecode_or_type))


def Value(typecode_or_type, *args, lock=True, ctx=None):
    '''
    Return a synchronization wrapper for a Value
    '''
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    if lock in (True, None):
        ctx = ctx or context._default_context.get_context()
        lock = ctx.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return Synchronized(obj, lock)


class Synchronized(object):

    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        if lock:
            self._lock = lock
        else:
            ctx = ctx or context._default_context.get_context()
            self._lock = ctx.RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __getstate__(self):
        context.assert_spawning(self)
        return (self._obj, self._lock)

    def __setstate__(self, state):
        self._obj, self._lock = state
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, value):
        with self._lock:
            self._obj.value = value

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)
