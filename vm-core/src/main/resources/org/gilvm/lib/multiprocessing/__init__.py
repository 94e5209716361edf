"""Processes with the API of threading: CPython 3.11's multiprocessing package, for gilvm.

Written for gilvm. Each process is an isolated interpreter in this JVM, with its own
strategy instance (its own GIL under 'gil'), its own objects and modules; arguments,
results and queued values are copied between interpreters as pickle copies them, never
shared. Processes start as CPython's "spawn" method starts them: the parent's main script
runs again in the child as __mp_main__, so keep process-starting code under
`if __name__ == "__main__":`. See the docstrings of the submodules for what differs.
"""

import sys
from . import context

__all__ = [x for x in dir(context._default_context) if not x.startswith('_')]
globals().update((name, getattr(context._default_context, name)) for name in __all__)

SUBDEBUG = 5
SUBWARNING = 25

# The parent's name for the module a child knows as __mp_main__: objects of the main
# script, copied back from a child, are found again by name.
if '__main__' in sys.modules:
    sys.modules['__mp_main__'] = sys.modules['__main__']
