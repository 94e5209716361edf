# Checks execution order of try/except/else/finally with and without exceptions.
def run(fail):
    print("-- fail =", fail)
    try:
        print("try body")
        if fail:
            raise ValueError("bad")
        print("try end")
    except ValueError as e:
        print("except", e)
    else:
        print("else")
    finally:
        print("finally")
    print("after")
run(False)
run(True)
def nested_finally():
    try:
        try:
            raise KeyError('inner')
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested_finally()
try:
    pass
except Exception:
    print("never")
else:
    print("else with empty try")
