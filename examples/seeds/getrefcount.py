# From ../shared/seeds/002_502c0f712acf2a79.txt, the interactive sys.getrefcount session (prompts removed; the echoed value printed).
import sys
a = []
b = a
print(sys.getrefcount(a))
