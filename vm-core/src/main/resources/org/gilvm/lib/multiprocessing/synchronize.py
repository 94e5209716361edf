"""Locks shared between processes: the Lock and RLock of CPython 3.11's multiprocessing/synchronize.py.

Written for gilvm, over _interpreters locks (Java semaphores every interpreter that has the
lock shares). Waiting releases the GIL. A lock reaches a child through Process arguments
("inheritance"). gilvm differences: Semaphore, BoundedSemaphore, Condition, Event and
Barrier are missing; a held Lock's repr says SomeOtherThread even for its owner.
"""

__all__ = ['Lock', 'RLock']

import threading
import _interpreters

from . import context
from . import process


class SemLock(object):

    def __init__(self, recursive, *, ctx=None):
        self._semlock = _interpreters.new_lock(recursive)

    def acquire(self, block=True, timeout=None):
        return self._semlock.acquire(block, timeout)

    def __enter__(self):
        return self._semlock.acquire()

    def __exit__(self, *args):
        return self.release()

    def __getstate__(self):
        context.assert_spawning(self)
        return self._semlock

    def __setstate__(self, state):
        self._semlock = state


class Lock(SemLock):

    def __init__(self, *, ctx):
        SemLock.__init__(self, False, ctx=ctx)

    def release(self):
        if not self._semlock.release():
            raise ValueError('semaphore or lock released too many times')

    def __repr__(self):
        # gilvm's semaphore does not know its owner: a held lock is "someone else's".
        name = 'SomeOtherThread' if self._semlock.locked() else 'None'
        return '<%s(owner=%s)>' % (self.__class__.__name__, name)


class RLock(SemLock):

    def __init__(self, *, ctx):
        SemLock.__init__(self, True, ctx=ctx)

    def release(self):
        if not self._semlock.release():
            raise AssertionError('attempt to release recursive lock not owned by thread')

    def __repr__(self):
        count = self._semlock._count()
        if count > 0:
            name = process.current_process().name
            if threading.current_thread().name != 'MainThread':
                name += '|' + threading.current_thread().name
        elif self._semlock.locked():
            name = 'SomeOtherThread'
        else:
            name = 'None'
        return '<%s(%s, %s)>' % (self.__class__.__name__, name, count)
