"""Operating-system interfaces: the small part of CPython 3.11's Lib/os.py gilvm offers.

Written for gilvm, over its posix module: getpid, getppid, getcwd, listdir, cpu_count,
environ and getenv, the path constants, and os.path (posixpath). In a multiprocessing child,
getpid() is the child's own made-up pid and getppid() its parent's.

gilvm differences: environ is a plain dict copied from the process's environment at import
(changing it does not change the environment of anything else); everything not listed above
(stat, open, remove, walk, fork, system, ...) is missing.
"""

import sys
import posix
from posix import getpid, getppid, getcwd, listdir, cpu_count
import posixpath as path

__all__ = ['getpid', 'getppid', 'getcwd', 'listdir', 'cpu_count', 'environ', 'getenv',
           'name', 'sep', 'altsep', 'extsep', 'pathsep', 'linesep', 'curdir', 'pardir',
           'defpath', 'devnull', 'path']

name = 'posix'
linesep = '\n'
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
curdir = path.curdir
pardir = path.pardir
defpath = path.defpath
devnull = path.devnull

sys.modules['os.path'] = path

environ = dict(posix.environ)


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default."""
    return environ.get(key, default)
