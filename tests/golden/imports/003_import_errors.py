# Checks ImportError and ModuleNotFoundError texts, name and path for missing modules, names and relative imports.
import sys
here = sys.path[0]


def attempt(what, action):
    try:
        action()
        print(what, "-> imported")
    except ImportError as e:
        path = e.path if e.path is None else e.path.replace(here, "<dir>")
        print(what, "->", type(e).__name__ + ":", str(e).replace(here, "<dir>"), "|", e.name, "|", path)


def no_such():
    import no_such_module
def no_such_sub():
    import shapes.no_such
def not_a_package():
    import greeting.sub
def not_a_package_deep():
    from shapes.helpers.sub import x
def missing_name():
    from greeting import nothing_here
def missing_in_package():
    from shapes import no_such_name
def missing_in_sys():
    from sys import no_such_name
def top_missing():
    import no_such_top.sub.leaf
def beyond_top():
    import shapes.broken
def relative_in_script():
    from . import greeting
def relative_dotted_in_script():
    from .greeting import greet


for f in [no_such, no_such_sub, not_a_package, not_a_package_deep, missing_name, missing_in_package,
          missing_in_sys, top_missing, beyond_top, relative_in_script, relative_dotted_in_script]:
    attempt(f.__name__, f)
print(sorted(k for k in sys.modules if k.startswith(("shapes", "greeting", "no_such"))))
try:
    import no_such_module
except ModuleNotFoundError as e:
    print(isinstance(e, ImportError), e.args)
