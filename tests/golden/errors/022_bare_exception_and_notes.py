# Checks uncaught exceptions raised as a bare class (no message line text) after add_note() notes are printed.
def step(n):
    if n == 2:
        err = LookupError()
        err.add_note(f"while processing step {n}")
        err.add_note("second note line")
        raise err
    print("step", n)
for n in range(4):
    step(n)
