# From ../shared/seeds/002_502c0f712acf2a79.txt, the interactive dis.dis(foo) session, with the foo() it disassembles (taken verbatim from the n += 1 program).
n = 0
def foo():
    global n
    n += 1
import dis
dis.dis(foo)
