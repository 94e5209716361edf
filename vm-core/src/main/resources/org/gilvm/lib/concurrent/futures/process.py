"""ProcessPoolExecutor: CPython 3.11's concurrent/futures/process.py over child interpreters.

Written for gilvm. The workers are child interpreters of this JVM (see multiprocessing),
each with its own strategy instance (its own GIL under 'gil') and its own objects, taking
calls from one shared inbox; a call's function and arguments are copied when it is
submitted, its result or exception copied back (the exception with the worker's traceback
as its __cause__, as CPython does). Workers are started as submissions find no idle one, up
to max_workers (default os.cpu_count()), named SpawnProcess-N. One manager thread per
executor turns finished calls into finished futures and runs their callbacks.

gilvm differences: a call whose arguments cannot be copied fails its future at once; a
future whose call a worker has taken still says running() is False; a worker that cannot
start (its main script raised) fails the calls it takes with that exception instead of
breaking the pool (BrokenProcessPool); max_tasks_per_child is checked but workers are never
replaced.
"""

__author__ = 'Brian Quinlan (brian@sweetapp.com)'

import os
import threading
import _interpreters
from concurrent.futures import _base
import multiprocessing as mp
from multiprocessing import context as _mp_context
from multiprocessing import process as _mp_process

_global_shutdown = False
# The executors not shut down yet, shut down (waiting for their calls) at exit.
_live_executors = set()
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _global_shutdown
    with _global_shutdown_lock:
        _global_shutdown = True
        executors = list(_live_executors)
    for executor in executors:
        executor.shutdown(wait=True)


threading._register_atexit(_python_exit)


class _RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class BrokenProcessPool(_base.BrokenExecutor):
    """
    Raised when a process in a ProcessPoolExecutor terminated abruptly
    while a future was in the running state.
    """


def _get_chunks(*iterables, chunksize):
    """ Iterates over zip()ed iterables in chunks. """
    it = zip(*iterables)
    while True:
        chunk = []
        for args in it:
            chunk.append(args)
            if len(chunk) == chunksize:
                break
        if not chunk:
            return
        yield tuple(chunk)


def _process_chunk(fn, chunk):
    """ Processes a chunk of an iterable passed to map.

    Runs the function passed to map() on a chunk of the
    iterable passed to map.

    This function is run in a separate process.

    """
    return [fn(*args) for args in chunk]


def _chain_from_iterable_of_lists(iterable):
    """
    Specialized implementation of itertools.chain.from_iterable.
    Each item in *iterable* should be a list.  This function is
    careful not to keep references to yielded objects.
    """
    for element in iterable:
        element.reverse()
        while element:
            yield element.pop()


class _ProcessFuture(_base.Future):
    """A future whose call can be cancelled only while no worker has taken it."""

    def __init__(self):
        super().__init__()
        self._call = None

    def cancel(self):
        call = self._call
        if call is not None and not call.cancel():
            return False
        return super().cancel()


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None,
                 initializer=None, initargs=(), *, max_tasks_per_child=None):
        """Initializes a new ProcessPoolExecutor instance.

        Args:
            max_workers: The maximum number of processes that can be used to
                execute the given calls. If None or not given then as many
                worker processes will be created as the machine has processors.
            mp_context: A multiprocessing context to launch the workers.
            initializer: A callable used to initialize worker processes.
            initargs: A tuple of arguments to pass to the initializer.
            max_tasks_per_child: The maximum number of tasks a worker process
                can complete before it will exit and be replaced with a fresh
                worker process.
        """
        if max_workers is None:
            self._max_workers = os.cpu_count() or 1
        else:
            if max_workers <= 0:
                raise ValueError("max_workers must be greater than 0")
            self._max_workers = max_workers

        if mp_context is None:
            mp_context = mp.get_context()
        self._mp_context = mp_context

        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._initializer = initializer
        self._initargs = initargs

        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._max_tasks_per_child = max_tasks_per_child

        self._inbox = _interpreters.new_inbox()
        self._notify = _interpreters.new_channel()
        self._processes = {}
        self._pending_work_items = {}
        self._queue_count = 0
        self._idle_workers = 0
        self._manager = None
        self._shutdown_thread = False
        self._shutdown_lock = threading.Lock()
        self._broken = False

    def _spawn_process(self):
        cur = _mp_process.current_process()
        identity = cur._identity + (next(_mp_process._process_counter),)
        name = (self._mp_context.Process.__name__ + '-'
                + ':'.join(str(i) for i in identity))
        _mp_context.set_spawning_popen(self)
        try:
            w = _interpreters.create(
                self._inbox, name, _mp_process._worker_setup,
                (name, identity, cur.name, os.getpid(), self._initializer, tuple(self._initargs)))
        finally:
            _mp_context.set_spawning_popen(None)
        self._processes[w.pid()] = w

    def _adjust_process_count(self):
        # if idle workers are available, don't spin new ones
        if self._idle_workers > 0:
            self._idle_workers -= 1
            return
        if len(self._processes) < self._max_workers:
            self._spawn_process()

    def _start_manager_thread(self):
        if self._manager is None:
            self._manager = threading.Thread(target=self._manage, daemon=True)
            self._manager.start()
            _live_executors.add(self)

    def _manage(self):
        stopping = False
        while True:
            ok, work_id = self._notify.get()
            if work_id is None:
                stopping = True
            else:
                with self._shutdown_lock:
                    f = self._pending_work_items.pop(work_id, None)
                    self._idle_workers += 1
                if f is not None:
                    self._complete(f)
            if stopping and not self._pending_work_items:
                return

    @staticmethod
    def _complete(f):
        call = f._call
        if call.cancelled():
            f.set_running_or_notify_cancel()
            return
        if not f.set_running_or_notify_cancel():
            return
        exc = call.exception()
        if exc is None:
            f.set_result(call.result())
        else:
            tb = call.traceback()
            if tb is not None:
                exc.__cause__ = _RemoteTraceback('\n"""\n%s"""' % tb)
            f.set_exception(exc)

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown_thread:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _global_shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')

            f = _ProcessFuture()
            work_id = self._queue_count
            self._queue_count += 1
            try:
                f._call = self._inbox.submit(fn, args, kwargs or None, self._notify, work_id)
            except Exception as e:
                f.set_exception(e)
                return f
            self._pending_work_items[work_id] = f
            self._adjust_process_count()
        self._start_manager_thread()
        return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Returns an iterator equivalent to map(fn, iter).

        chunksize: if greater than one, the iterables will be chopped into
        chunks of size chunksize and submitted to the process pool.
        """
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")

        chunks = list(_get_chunks(*iterables, chunksize=chunksize))
        results = super().map(_process_chunk, [fn] * len(chunks), chunks,
                              timeout=timeout)
        return _chain_from_iterable_of_lists(results)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown_thread = True
            if cancel_futures:
                for f in list(self._pending_work_items.values()):
                    f.cancel()
            self._inbox.close()
            _live_executors.discard(self)
        if self._manager is not None:
            self._notify.put(None)
        if wait:
            for w in self._processes.values():
                w.join()
            if self._manager is not None and self._manager is not threading.current_thread():
                self._manager.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
