# Checks importing a module beside the script: its code runs once, a second import (any form) comes from sys.modules.
import sys
import greeting
import greeting
import greeting as g2
from greeting import greet, GREETING as G
print(greeting.greet("world"), G, g2 is greeting, greet is greeting.greet)
print(greeting.__name__, greeting.__doc__, "greeting" in sys.modules)
print(sys.modules["greeting"] is greeting, greeting.__file__.endswith("greeting.py"))
print(greeting.calls, greet("again"), greeting.calls)
greeting.GREETING = "hi"
import greeting
print(greeting.greet("there"), sorted(k for k in vars(greeting) if not k.startswith("__")))
print(greeting.greet.__code__.co_filename == greeting.__file__, greeting.greet.__defaults__)
