"""Queues between processes: CPython 3.11's multiprocessing/queues.py over _interpreters channels.

Written for gilvm. A Queue is a channel every interpreter that has it shares; put() copies
the object at once (as pickling it would) and get() rebuilds it in the getter's interpreter.
A Queue is passed to a child through Process arguments ("inheritance"); sending one as a pool
task's argument raises CPython's RuntimeError.

gilvm differences: there is no feeder thread, so put() raises at once for an object that
cannot be copied (CPython's feeder thread prints the error instead), and close(),
join_thread() and cancel_join_thread() have nothing to wait for. JoinableQueue is missing.
"""

__all__ = ['Queue', 'SimpleQueue']

import _interpreters
from queue import Empty, Full

from . import context

# CPython's _multiprocessing.SemLock.SEM_VALUE_MAX on Linux.
_SEM_VALUE_MAX = 2147483647


class Queue(object):

    def __init__(self, maxsize=0, *, ctx=None):
        if maxsize <= 0:
            maxsize = _SEM_VALUE_MAX
        self._maxsize = maxsize
        self._chan = _interpreters.new_channel(maxsize)
        self._closed = False

    def __getstate__(self):
        context.assert_spawning(self)
        return (self._maxsize, self._chan)

    def __setstate__(self, state):
        (self._maxsize, self._chan) = state
        self._closed = False

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if not self._chan.put(obj, block, timeout):
            raise Full

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        ok, obj = self._chan.get(block, timeout)
        if not ok:
            raise Empty
        return obj

    def qsize(self):
        return self._chan.qsize()

    def empty(self):
        return self._chan.qsize() == 0

    def full(self):
        return self._chan.qsize() >= self._maxsize

    def get_nowait(self):
        return self.get(False)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def close(self):
        self._closed = True

    def join_thread(self):
        assert self._closed, "Queue {0!r} not closed".format(self)

    def cancel_join_thread(self):
        pass


class SimpleQueue(object):

    def __init__(self, *, ctx=None):
        self._chan = _interpreters.new_channel(0)
        self._closed = False

    def close(self):
        self._closed = True

    def empty(self):
        return self._chan.qsize() == 0

    def __getstate__(self):
        context.assert_spawning(self)
        return self._chan

    def __setstate__(self, state):
        self._chan = state
        self._closed = False

    def get(self):
        ok, obj = self._chan.get()
        return obj

    def put(self, obj):
        self._chan.put(obj)
