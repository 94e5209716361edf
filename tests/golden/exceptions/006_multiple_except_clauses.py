# Checks except (A, B) as e, clause order, catching by base class, and the first matching clause winning.
def trigger(kind):
    if kind == 'key':
        return {}['missing']
    if kind == 'index':
        return [][1]
    if kind == 'type':
        return 1 + 'a'
    if kind == 'value':
        return int('x')
    if kind == 'zero':
        return 1 // 0
    if kind == 'attr':
        return None.foo
for kind in ['key', 'index', 'type', 'value', 'zero', 'attr']:
    try:
        trigger(kind)
    except (KeyError, IndexError) as e:
        print(kind, "lookup:", type(e).__name__, e)
    except (TypeError, ValueError) as e:
        print(kind, "type/value:", type(e).__name__, e)
    except ArithmeticError as e:
        print(kind, "arith:", type(e).__name__, e)
    except Exception as e:
        print(kind, "generic:", type(e).__name__, e)
try:
    [][0]
except LookupError as e:
    print("LookupError catches", type(e).__name__)
except IndexError:
    print("never: earlier base clause wins")
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(Exception, BaseException))
