"""Process objects, the running process, its children: CPython 3.11's multiprocessing/process.py.

Written for gilvm. A process is a child interpreter in the same JVM (see _interpreters):
its own strategy instance (its own GIL), its own objects and modules, started as CPython's
"spawn" method starts a process (the parent's main script runs again as __mp_main__), and
the Process object, its target and arguments are copied into it as pickle would copy them.

gilvm differences: pids are made up (distinct within one program); terminate() and kill()
stop the child interpreter at its next switch point or blocking wait (exit code -15 or -9);
there is no authkey and no sentinel file descriptor (sentinel is the interpreter's id);
a child stopped by a fatal VM error (a use after free under unsafe-refcount) ends with -6,
as an aborted CPython process.
"""

__all__ = ['BaseProcess', 'current_process', 'active_children', 'parent_process']

import os
import sys
import threading
import _interpreters


def current_process():
    '''
    Return process object representing the current process
    '''
    return _current_process


def active_children():
    '''
    Return list of process objects corresponding to live child processes
    '''
    _cleanup()
    return list(_children)


def parent_process():
    '''
    Return process object representing the parent process
    '''
    return _parent_process


def _cleanup():
    # check for processes which have finished
    for p in list(_children):
        if p._popen.poll() is not None:
            _children.discard(p)


class _Counter:
    """itertools.count(1), which gilvm does not have."""

    def __init__(self):
        self._next = 1
        self._lock = threading.Lock()

    def __next__(self):
        with self._lock:
            n = self._next
            self._next += 1
            return n


class BaseProcess(object):
    '''
    Process objects represent activity that is run in a separate process

    The class is analogous to `threading.Thread`
    '''
    def _Popen(self):
        raise NotImplementedError

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={},
                 *, daemon=None):
        assert group is None, 'group argument must be None for now'
        count = next(_process_counter)
        self._identity = _current_process._identity + (count,)
        self._config = _current_process._config.copy()
        self._parent_pid = os.getpid()
        self._parent_name = _current_process.name
        self._popen = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + \
                     ':'.join(str(i) for i in self._identity)
        if daemon is not None:
            self.daemon = daemon

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def run(self):
        '''
        Method to be run in sub-process; can be overridden in sub-class
        '''
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        '''
        Start child process
        '''
        self._check_closed()
        assert self._popen is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), \
               'can only start a process object created by current process'
        assert not _current_process._config.get('daemon'), \
               'daemonic processes are not allowed to have children'
        _cleanup()
        self._popen = self._Popen(self)
        self._sentinel = self._popen.sentinel
        # Avoid a refcycle if the target function holds an indirect
        # reference to the process object (see bpo-30775)
        del self._target, self._args, self._kwargs
        _children.add(self)

    def terminate(self):
        '''
        Terminate process; sends SIGTERM signal or uses TerminateProcess()
        '''
        self._check_closed()
        self._popen.terminate()

    def kill(self):
        '''
        Terminate process; sends SIGKILL signal or uses TerminateProcess()
        '''
        self._check_closed()
        self._popen.kill()

    def join(self, timeout=None):
        '''
        Wait until child process terminates
        '''
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._popen is not None, 'can only join a started process'
        res = self._popen.wait(timeout)
        if res is not None:
            _children.discard(self)

    def is_alive(self):
        '''
        Return whether process is alive
        '''
        self._check_closed()
        if self is _current_process:
            return True
        assert self._parent_pid == os.getpid(), 'can only test a child process'

        if self._popen is None:
            return False

        returncode = self._popen.poll()
        if returncode is None:
            return True
        else:
            _children.discard(self)
            return False

    def close(self):
        '''
        Close the Process object.

        This method releases resources held by the Process object.  It is
        an error to call this method if the child process is still running.
        '''
        if self._popen is not None:
            if self._popen.poll() is None:
                raise ValueError("Cannot close a process while it is still running. "
                                 "You should first call join() or terminate().")
            self._popen = None
            del self._sentinel
            _children.discard(self)
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        '''
        Return whether process is a daemon
        '''
        return self._config.get('daemon', False)

    @daemon.setter
    def daemon(self, daemonic):
        '''
        Set whether process is a daemon
        '''
        assert self._popen is None, 'process has already started'
        self._config['daemon'] = daemonic

    @property
    def exitcode(self):
        '''
        Return exit code of process or `None` if it has yet to stop
        '''
        self._check_closed()
        if self._popen is None:
            return self._popen
        return self._popen.poll()

    @property
    def ident(self):
        '''
        Return identifier (PID) of process or `None` if it has yet to start
        '''
        self._check_closed()
        if self is _current_process:
            return os.getpid()
        else:
            return self._popen and self._popen.pid

    pid = ident

    @property
    def sentinel(self):
        '''
        Return a file descriptor (Unix) or handle (Windows) suitable for
        waiting for process termination.
        '''
        self._check_closed()
        try:
            return self._sentinel
        except AttributeError:
            raise ValueError("process not started") from None

    def __repr__(self):
        exitcode = None
        if self is _current_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._parent_pid != os.getpid():
            status = 'unknown'
        elif self._popen is None:
            status = 'initial'
        else:
            exitcode = self._popen.poll()
            if exitcode is not None:
                status = 'stopped'
            else:
                status = 'started'

        info = [type(self).__name__, 'name=%r' % self._name]
        if self._popen is not None:
            info.append('pid=%s' % self._popen.pid)
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            exitcode = _exitcode_to_name.get(exitcode, exitcode)
            info.append('exitcode=%s' % exitcode)
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)

    def _bootstrap(self, parent_sentinel=None):
        global _current_process, _parent_process, _process_counter, _children

        try:
            _process_counter = _Counter()
            _children = set()
            _current_process = self
            _parent_process = _ParentProcess(
                self._parent_name, self._parent_pid, parent_sentinel)
            try:
                self.run()
                exitcode = 0
            finally:
                _exit_function()
        except SystemExit as e:
            if e.code is None:
                exitcode = 0
            elif isinstance(e.code, int):
                exitcode = e.code
            else:
                sys.stderr.write(str(e.code) + '\n')
                exitcode = 1
        except:
            exitcode = 1
            sys.stderr.write('Process %s:\n' % self.name)
            _interpreters.print_exc()
        finally:
            threading._shutdown()
            _flush_std_streams()

        return exitcode


class _ParentProcess(BaseProcess):

    def __init__(self, name, pid, sentinel):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._sentinel = sentinel
        self._config = {}

    def is_alive(self):
        return True

    @property
    def ident(self):
        return self._pid

    def join(self, timeout=None):
        '''
        Wait until parent process terminates
        '''
        raise NotImplementedError("a child cannot wait for its parent in gilvm")

    pid = ident


class _MainProcess(BaseProcess):

    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._config = {'semprefix': '/mp'}

    def close(self):
        pass


def _child_main(process_obj):
    """A Process's whole life in the child: the call its Popen sends."""
    return process_obj._bootstrap()


def _worker_setup(name, identity, parent_name, parent_pid, initializer, initargs):
    """The first call of a pool worker: who it is, then the pool's initializer."""
    global _current_process, _parent_process, _process_counter, _children
    from .context import SpawnProcess
    p = SpawnProcess.__new__(SpawnProcess)
    p._identity = identity
    p._config = {'daemon': True}
    p._parent_pid = parent_pid
    p._parent_name = parent_name
    p._popen = None
    p._closed = False
    p._target = None
    p._args = ()
    p._kwargs = {}
    p._name = name
    _process_counter = _Counter()
    _children = set()
    _current_process = p
    _parent_process = _ParentProcess(parent_name, parent_pid, None)
    if initializer is not None:
        try:
            initializer(*initargs)
        except:
            sys.stderr.write('Process %s:\n' % name)
            _interpreters.print_exc()
            _flush_std_streams()
            raise


def _flush_std_streams():
    try:
        sys.stdout.flush()
    except (AttributeError, ValueError):
        pass
    try:
        sys.stderr.flush()
    except (AttributeError, ValueError):
        pass


_exiting = False
# Called at exit (last first): Pool and ProcessPoolExecutor register their terminations.
_finalizers = []


def _exit_function():
    """At exit, as CPython's multiprocessing.util._exit_function: run the finalizers
    (pools are terminated), terminate the daemonic children, join the others."""
    global _exiting
    if _exiting:
        return
    _exiting = True
    while _finalizers:
        _finalizers.pop()()
    for p in active_children():
        if p.daemon:
            p.terminate()
    for p in active_children():
        p.join()


# Negative exit codes named as signals (those a gilvm child can end with).
_exitcode_to_name = {-15: '-SIGTERM', -9: '-SIGKILL', -6: '-SIGABRT'}

_parent_process = None
_current_process = _MainProcess()
_process_counter = _Counter()
_children = set()
del _MainProcess

threading._register_atexit(_exit_function)
