from .. import KIND as OUTER
from ..square import area
print("shapes.solid runs:", __package__, OUTER)
