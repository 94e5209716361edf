"""Common operations on POSIX pathnames: CPython 3.11's Lib/posixpath.py, for str paths.

Written for gilvm: join, split, splitext, basename, dirname, isabs, normpath, abspath,
exists, isfile, isdir behave as CPython's do for str arguments. gilvm differences: bytes
and os.PathLike paths are not accepted; relpath, realpath, expanduser, getsize and the
other functions that need os.stat are missing.
"""

import posix

__all__ = ['join', 'split', 'splitext', 'basename', 'dirname', 'isabs', 'normpath',
           'abspath', 'exists', 'isfile', 'isdir', 'sep', 'altsep', 'extsep', 'pathsep',
           'curdir', 'pardir', 'defpath', 'devnull']

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'


def _check(funcname, *args):
    for s in args:
        if not isinstance(s, str):
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None


def isabs(s):
    """Test whether a path is absolute"""
    _check('isabs', s)
    return s.startswith('/')


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed.
    If any component is an absolute path, all previous path components
    will be discarded.  An empty last part will result in a path that
    ends with a separator."""
    _check('join', a, *p)
    path = a
    for b in p:
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    """Split a pathname.  Returns tuple "(head, tail)" where "tail" is
    everything after the final slash.  Either part may be empty."""
    _check('split', p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    """Split the extension from a pathname.

    Extension is everything from the last dot to the end, ignoring
    leading dots.  Returns "(root, ext)"; ext may be empty."""
    _check('splitext', p)
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def basename(p):
    """Returns the final component of a pathname"""
    _check('basename', p)
    return p[p.rfind('/') + 1:]


def dirname(p):
    """Returns the directory component of a pathname"""
    _check('dirname', p)
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    _check('normpath', path)
    if path == '':
        return '.'
    initial_slashes = 2 if path.startswith('//') and not path.startswith('///') else (
        1 if path.startswith('/') else 0)
    new_comps = []
    for comp in path.split('/'):
        if comp in ('', '.'):
            continue
        if (comp != '..' or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == '..')):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = '/'.join(new_comps)
    if initial_slashes:
        path = '/' * initial_slashes + path
    return path or '.'


def abspath(path):
    """Return an absolute path."""
    _check('abspath', path)
    if not isabs(path):
        path = join(posix.getcwd(), path)
    return normpath(path)


def exists(path):
    """Test whether a path exists.  Returns False for broken symbolic links"""
    return isinstance(path, str) and posix._path_kind(path) is not None


def isfile(path):
    """Test whether a path is a regular file"""
    return isinstance(path, str) and posix._path_kind(path) == 'file'


def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    return isinstance(s, str) and posix._path_kind(s) == 'dir'
