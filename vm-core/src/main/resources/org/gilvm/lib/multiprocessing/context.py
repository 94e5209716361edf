"""Contexts and start methods: CPython 3.11's multiprocessing/context.py, with "spawn" only.

Written for gilvm. Every process is started as CPython's "spawn" method starts one, in a
child interpreter of this JVM (see process.py); get_start_method() answers 'spawn', and
'fork' and 'forkserver' are unknown here, as they are on Windows.

gilvm differences: Manager, Pipe, Condition, Semaphore, BoundedSemaphore, Event, Barrier,
Array, JoinableQueue and shared_memory are missing; Lock, RLock, Value, Queue and
SimpleQueue are here.
"""

import os
import sys
import threading
import _interpreters

from . import process

__all__ = ()


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


class BaseContext(object):

    ProcessError = ProcessError
    BufferTooShort = BufferTooShort
    TimeoutError = TimeoutError
    AuthenticationError = AuthenticationError

    current_process = staticmethod(process.current_process)
    parent_process = staticmethod(process.parent_process)
    active_children = staticmethod(process.active_children)

    def cpu_count(self):
        '''Returns the number of CPUs in the system'''
        num = os.cpu_count()
        if num is None:
            raise NotImplementedError('cannot determine number of cpus')
        else:
            return num

    def Lock(self):
        '''Returns a non-recursive lock object'''
        from .synchronize import Lock
        return Lock(ctx=self.get_context())

    def RLock(self):
        '''Returns a recursive lock object'''
        from .synchronize import RLock
        return RLock(ctx=self.get_context())

    def Queue(self, maxsize=0):
        '''Returns a queue object'''
        from .queues import Queue
        return Queue(maxsize, ctx=self.get_context())

    def SimpleQueue(self):
        '''Returns a queue object'''
        from .queues import SimpleQueue
        return SimpleQueue(ctx=self.get_context())

    def Pool(self, processes=None, initializer=None, initargs=(),
             maxtasksperchild=None):
        '''Returns a process pool object'''
        from .pool import Pool
        return Pool(processes, initializer, initargs, maxtasksperchild,
                    context=self.get_context())

    def RawValue(self, typecode_or_type, *args):
        '''Returns a shared object'''
        from .sharedctypes import RawValue
        return RawValue(typecode_or_type, *args)

    def Value(self, typecode_or_type, *args, lock=True):
        '''Returns a synchronized shared object'''
        from .sharedctypes import Value
        return Value(typecode_or_type, *args, lock=lock,
                     ctx=self.get_context())

    def freeze_support(self):
        '''Check whether this is a fake forked process in a frozen executable.
        If so then run code specified by commandline and exit.
        '''

    def get_logger(self):
        '''Return package logger -- if it does not already exist then
        it is created.
        '''
        raise NotImplementedError("gilvm has no logging module")

    def allow_connection_pickling(self):
        '''Install support for sending connections and sockets
        between processes
        '''

    def set_executable(self, executable):
        '''Sets the path to a python.exe or pythonw.exe binary used to run
        child processes instead of sys.executable when using the 'spawn'
        start method.  Useful for people embedding Python.
        '''

    def get_context(self, method=None):
        if method is None:
            return self
        try:
            ctx = _concrete_contexts[method]
        except KeyError:
            raise ValueError('cannot find context for %r' % method) from None
        return ctx

    def get_start_method(self, allow_none=False):
        return self._name

    def set_start_method(self, method, force=False):
        raise ValueError('cannot set start method of concrete context')


class Process(process.BaseProcess):
    _start_method = None

    @staticmethod
    def _Popen(process_obj):
        return _default_context.get_context().Process._Popen(process_obj)


class DefaultContext(BaseContext):
    Process = Process

    def __init__(self, context):
        self._default_context = context
        self._actual_context = None

    def get_context(self, method=None):
        if method is None:
            if self._actual_context is None:
                self._actual_context = self._default_context
            return self._actual_context
        else:
            return super().get_context(method)

    def set_start_method(self, method, force=False):
        if self._actual_context is not None and not force:
            raise RuntimeError('context has already been set')
        if method is None and force:
            self._actual_context = None
            return
        self._actual_context = self.get_context(method)

    def get_start_method(self, allow_none=False):
        if self._actual_context is None:
            if allow_none:
                return None
            self._actual_context = self._default_context
        return self._actual_context._name

    def get_all_start_methods(self):
        return ['spawn']


class SpawnProcess(process.BaseProcess):
    _start_method = 'spawn'

    @staticmethod
    def _Popen(process_obj):
        return Popen(process_obj)


class SpawnContext(BaseContext):
    _name = 'spawn'
    Process = SpawnProcess


_concrete_contexts = {'spawn': SpawnContext()}
_default_context = DefaultContext(_concrete_contexts['spawn'])


# ---- starting a process: CPython's popen_spawn_posix.Popen ---------------------------

_tls = threading.local()


def get_spawning_popen():
    return getattr(_tls, 'spawning_popen', None)


def set_spawning_popen(popen):
    _tls.spawning_popen = popen


def assert_spawning(obj):
    if get_spawning_popen() is None:
        raise RuntimeError(
            '%s objects should only be shared between processes'
            ' through inheritance' % type(obj).__name__
            )


class Popen(object):
    """A started process: a child interpreter serving one call, process._child_main."""
    method = 'spawn'

    def __init__(self, process_obj):
        process._flush_std_streams()
        self.returncode = None
        self._killed = None
        inbox = _interpreters.new_inbox()
        set_spawning_popen(self)
        try:
            self._call = inbox.submit(process._child_main, (process_obj,))
        finally:
            set_spawning_popen(None)
        inbox.close()
        self._interp = _interpreters.create(inbox, process_obj._name)
        self.pid = self._interp.pid()
        self.sentinel = self._interp.id()

    def poll(self, flag=None):
        if self.returncode is None and not self._interp.is_alive():
            self.returncode = self._exitcode()
        return self.returncode

    def _exitcode(self):
        if self._killed is not None:
            return self._killed
        if self._interp.crashed():
            return -6  # a fatal error: CPython's process would have called abort()
        call = self._call
        if call.done() and call.exception() is None:
            return call.result()
        return 1

    def wait(self, timeout=None):
        if self.returncode is None:
            if not self._interp.join(timeout):
                return None
        return self.poll()

    def _send_signal(self, code):
        if self.returncode is None and self._interp.is_alive():
            self._killed = code
            self._interp.terminate()

    def terminate(self):
        self._send_signal(-15)

    def kill(self):
        self._send_signal(-9)

    def close(self):
        pass
