"""Process pools: CPython 3.11's multiprocessing/pool.py over child interpreters.

Written for gilvm. A pool's workers are child interpreters (see process.py) that take tasks
from one shared inbox, so an idle worker always gets the next task; map and starmap cut the
work in CPython's chunks; each task's function and arguments are copied when it is
submitted, its result or exception copied back (with the worker's traceback as the
exception's __cause__, a RemoteTraceback, as CPython does). Results are collected by the
caller, so a pool needs no threads of its own; one result-handler thread is started for
callback and error_callback, which run there as in CPython.

gilvm differences: imap and imap_unordered read the whole iterable at once; workers are not
replaced, so maxtasksperchild is checked but has no effect; a SystemExit or
KeyboardInterrupt raised by a task is sent back like any exception (CPython's worker dies);
when several chunks of a map fail, the first chunk's exception is raised (CPython: the first
to arrive); a task whose arguments cannot be copied fails when it is submitted.
ThreadPool is missing (concurrent.futures.ThreadPoolExecutor is there).
"""

__all__ = ['Pool']

import os
import threading
import _interpreters

from . import context
from . import process
from . import get_context, TimeoutError

INIT = "INIT"
RUN = "RUN"
CLOSE = "CLOSE"
TERMINATE = "TERMINATE"

job_counter = process._Counter()


def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    func, chunk = args
    return [func(*a) for a in chunk]


class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class MaybeEncodingError(Exception):
    """Wraps possible unpickleable errors, so they can be
    safely sent through the socket."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super(MaybeEncodingError, self).__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value,
                                                             self.exc)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)


def _outcome(call):
    """(success, value) of a finished call, as a pool worker would have sent it back."""
    exc = call.exception()
    if exc is None:
        return True, call.result()
    unsent = call.unsent_result()
    if unsent is not None:
        # The result stayed in the worker: its repr came back instead.
        err = MaybeEncodingError(exc, None)
        err.value = unsent
        err.args = (err.exc, unsent)
        return False, err
    tb = call.traceback()
    if tb is not None:
        exc.__cause__ = RemoteTraceback('\n"""\n%s"""' % tb)
    return False, exc


class _FailedCall(object):
    """A task that could not be submitted (its arguments cannot be copied)."""

    def __init__(self, exc):
        self._exc = exc

    def done(self):
        return True

    def cancelled(self):
        return False

    def wait(self, timeout=None):
        return True

    def exception(self):
        return self._exc

    def result(self):
        raise self._exc

    def traceback(self):
        return None

    def unsent_result(self):
        return None


def _wait_all(calls, timeout):
    """Waits for every call, at most `timeout` seconds in all; True if all finished."""
    if timeout is None:
        for c in calls:
            c.wait()
        return True
    import time
    deadline = time.monotonic() + timeout
    for c in calls:
        if not c.wait(max(0.0, deadline - time.monotonic())):
            return False
    return True


class Pool(object):
    '''
    Class which supports an async version of applying functions to arguments.
    '''
    _wrap_exception = True

    @staticmethod
    def Process(ctx, *args, **kwds):
        return ctx.Process(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        self._pool = []
        self._state = INIT
        self._ctx = context or get_context()
        self._maxtasksperchild = maxtasksperchild
        self._initializer = initializer
        self._initargs = initargs
        self._results = {}
        self._notify = None
        self._result_handler = None
        self._lock = threading.Lock()

        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")

        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')

        self._processes = processes
        self._inbox = _interpreters.new_inbox()
        try:
            for i in range(processes):
                self._pool.append(self._start_worker())
        except Exception:
            for w in self._pool:
                w.terminate()
            for w in self._pool:
                w.join()
            raise
        self._state = RUN
        process._finalizers.append(self._terminate)

    def _start_worker(self):
        cur = process.current_process()
        identity = cur._identity + (next(process._process_counter),)
        name = (self._ctx.Process.__name__.replace('Process', 'PoolWorker') + '-'
                + ':'.join(str(i) for i in identity))
        # The initializer's arguments go with the new process, as a Process's do: queues
        # and locks among them are inherited, not sent.
        context.set_spawning_popen(self)
        try:
            return _interpreters.create(
                self._inbox, name, process._worker_setup,
                (name, identity, cur.name, os.getpid(), self._initializer, tuple(self._initargs)))
        finally:
            context.set_spawning_popen(None)

    def __getstate__(self):
        raise NotImplementedError(
              'pool objects cannot be passed between processes or pickled'
              )

    def __repr__(self):
        cls = self.__class__
        return (f'<{cls.__module__}.{cls.__qualname__} '
                f'state={self._state} '
                f'pool_size={len(self._pool)}>')

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _submit(self, result, index, func, args, kwds=None):
        """Queues one task of `result`; returns its call."""
        notify = None
        tag = next(job_counter)
        if result._callback or result._error_callback:
            notify = self._start_result_handler()
            self._results[tag] = (result, index)
        try:
            call = self._inbox.submit(func, tuple(args), dict(kwds) if kwds else None, notify, tag)
        except Exception as e:
            call = _FailedCall(e)
            if notify is not None:
                notify.put(tag)
        return call

    def _start_result_handler(self):
        with self._lock:
            if self._result_handler is None:
                self._notify = _interpreters.new_channel()
                self._result_handler = threading.Thread(target=self._handle_results, daemon=True)
                self._result_handler.start()
            return self._notify

    def _handle_results(self):
        while True:
            ok, tag = self._notify.get()
            if tag is None:
                break
            result, index = self._results.pop(tag)
            result._call_done(index)

    def apply(self, func, args=(), kwds={}):
        '''
        Equivalent of `func(*args, **kwds)`.
        Pool must be running.
        '''
        return self.apply_async(func, args, kwds).get()

    def map(self, func, iterable, chunksize=None):
        '''
        Apply `func` to each element in `iterable`, collecting the results
        in a list that is returned.
        '''
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        '''
        Like `map()` method but the elements of the `iterable` are expected to
        be iterables as well and will be unpacked as arguments. Hence
        `func` and (a, b) becomes func(a, b).
        '''
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
            error_callback=None):
        '''
        Asynchronous version of `starmap()` method.
        '''
        return self._map_async(func, iterable, starmapstar, chunksize,
                               callback, error_callback)

    def imap(self, func, iterable, chunksize=1):
        '''
        Equivalent of `map()` -- can be MUCH slower than `Pool.map()`.
        '''
        self._check_running()
        if chunksize == 1:
            return IMapIterator(self, func, list(iterable), None)
        if chunksize < 1:
            raise ValueError(
                "Chunksize must be 1+, not {0:n}".format(
                    chunksize))
        result = IMapIterator(self, func, list(iterable), chunksize)
        return (item for chunk in result for item in chunk)

    def imap_unordered(self, func, iterable, chunksize=1):
        '''
        Like `imap()` method but ordering of results is arbitrary.
        '''
        self._check_running()
        if chunksize == 1:
            return IMapUnorderedIterator(self, func, list(iterable), None)
        if chunksize < 1:
            raise ValueError(
                "Chunksize must be 1+, not {0!r}".format(chunksize))
        result = IMapUnorderedIterator(self, func, list(iterable), chunksize)
        return (item for chunk in result for item in chunk)

    def apply_async(self, func, args=(), kwds={}, callback=None,
            error_callback=None):
        '''
        Asynchronous version of `apply()` method.
        '''
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        result._set_calls([self._submit(result, 0, func, args, kwds)])
        return result

    def map_async(self, func, iterable, chunksize=None, callback=None,
            error_callback=None):
        '''
        Asynchronous version of `map()` method.
        '''
        return self._map_async(func, iterable, mapstar, chunksize, callback,
            error_callback)

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None,
            error_callback=None):
        '''
        Helper function to implement map, starmap and their async counterparts.
        '''
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)

        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0

        result = MapResult(self, chunksize, len(iterable), callback,
                           error_callback=error_callback)
        calls = []
        for index, batch in enumerate(Pool._get_tasks(func, iterable, chunksize)):
            calls.append(self._submit(result, index, mapper, (batch,)))
        result._set_calls(calls)
        return result

    @staticmethod
    def _get_tasks(func, it, size):
        if size <= 0:
            return []
        items = list(it)
        return [(func, tuple(items[i:i + size])) for i in range(0, len(items), size)]

    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            self._inbox.close()

    def terminate(self):
        self._state = TERMINATE
        self._terminate()

    def _terminate(self):
        if self._inbox is None:
            return
        self._inbox.close()
        self._inbox.cancel_pending()
        for w in self._pool:
            w.terminate()
        for w in self._pool:
            w.join()
        self._inbox = None
        self._stop_result_handler()

    def _stop_result_handler(self):
        handler = self._result_handler
        if handler is not None:
            self._notify.put(None)
            if handler is not threading.current_thread():
                handler.join()
            self._result_handler = None

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        for w in self._pool:
            w.join()
        self._stop_result_handler()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


class ApplyResult(object):

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._job = next(job_counter)
        self._callback = callback
        self._error_callback = error_callback
        self._calls = []
        self._event = threading.Event() if callback or error_callback else None
        self._outcome = None
        # The result handler may report a call done before the submitting
        # thread has collected every call, so the submitter counts as one more
        # pending call: the outcome is computed only once the list is whole.
        self._lock = threading.Lock()
        self._number_left = 2

    def ready(self):
        if self._event is not None:
            return self._event.is_set()
        return all(c.done() for c in self._calls)

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._get_outcome()[0]

    def wait(self, timeout=None):
        if self._event is not None:
            self._event.wait(timeout)
        else:
            _wait_all(self._calls, timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        success, value = self._get_outcome()
        if success:
            return value
        else:
            raise value

    def _get_outcome(self):
        if self._outcome is None:
            self._outcome = _outcome(self._calls[0])
        return self._outcome

    def _set_calls(self, calls):
        self._calls = calls
        self._call_done(None)

    def _call_done(self, index):
        with self._lock:
            self._number_left -= 1
            last = self._number_left == 0
        if last:
            self._finish()

    def _finish(self):
        success, value = self._get_outcome()
        try:
            if not self._calls:
                pass            # CPython's empty map sets its event without calling back
            elif self._callback and success:
                self._callback(value)
            if self._error_callback and not success:
                self._error_callback(value)
        finally:
            if self._event is not None:
                self._event.set()
            self._pool = None


AsyncResult = ApplyResult       # create alias -- see #17805


class MapResult(ApplyResult):

    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback,
                             error_callback=error_callback)
        self._chunksize = chunksize
        self._length = length
        chunks = 0 if chunksize <= 0 else length // chunksize + bool(length % chunksize)
        self._number_left = chunks + 1

    def _get_outcome(self):
        if self._outcome is None:
            values = []
            for c in self._calls:
                success, value = _outcome(c)
                if not success:
                    self._outcome = (False, value)
                    return self._outcome
                values.extend(value)
            self._outcome = (True, values)
        return self._outcome


class IMapIterator(object):
    """The results of imap, in order; of chunks when chunksize is given."""

    def __init__(self, pool, func, items, chunksize):
        self._pool = pool
        self._job = next(job_counter)
        self._index = 0
        self._calls = self._submit_all(pool, func, items, chunksize, None)

    def _submit_all(self, pool, func, items, chunksize, notify):
        calls = []
        if chunksize is None:
            tasks = [(func, (x,)) for x in items]
        else:
            tasks = [(mapstar, (batch,)) for batch in Pool._get_tasks(func, items, chunksize)]
        for i, (f, args) in enumerate(tasks):
            try:
                calls.append(pool._inbox.submit(f, args, None, notify, i))
            except Exception as e:
                calls.append(_FailedCall(e))
                if notify is not None:
                    notify.put(i)
        return calls

    def __iter__(self):
        return self

    def next(self, timeout=None):
        if self._index == len(self._calls):
            self._pool = None
            raise StopIteration
        call = self._calls[self._index]
        if not call.wait(timeout):
            raise TimeoutError
        self._index += 1
        success, value = _outcome(call)
        if success:
            return value
        raise value

    __next__ = next                    # XXX


class IMapUnorderedIterator(IMapIterator):
    """The results of imap_unordered, as they are ready."""

    def __init__(self, pool, func, items, chunksize):
        self._pool = pool
        self._job = next(job_counter)
        self._index = 0
        self._done = _interpreters.new_channel()
        self._calls = self._submit_all(pool, func, items, chunksize, self._done)

    def next(self, timeout=None):
        if self._index == len(self._calls):
            self._pool = None
            raise StopIteration
        ok, tag = self._done.get(True, timeout)
        if not ok:
            raise TimeoutError
        self._index += 1
        success, value = _outcome(self._calls[tag])
        if success:
            return value
        raise value

    __next__ = next

