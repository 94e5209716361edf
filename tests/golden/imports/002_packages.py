# Checks packages: __init__ runs first, submodules by absolute and relative imports, attributes set on the parent.
import sys
import shapes
print(shapes.KIND, shapes.__name__, shapes.__package__, hasattr(shapes, "square"))
import shapes.square
print(hasattr(shapes, "square"), shapes.square.area(3), shapes.square.__name__)
from shapes import helpers
print(helpers.double(21), helpers.TABLE, helpers is sys.modules["shapes.helpers"])
import shapes.solid.cube as cube
print(cube.volume(2), cube.__package__, shapes.solid.area(2), shapes.solid.OUTER)
from shapes.solid import cube as c2, area
print(c2 is cube, area is shapes.square.area)
print(sorted(k for k in sys.modules if k.startswith("shapes")))
print(len(shapes.__path__), shapes.__path__[0].endswith("shapes"), shapes.__file__.endswith("__init__.py"))
import nsparts.inner.leaf
print(nsparts.inner.leaf.LEAF, nsparts.__file__, nsparts.inner.__package__, len(nsparts.__path__))
