# Process exit codes: normal end, an exception in the child (its traceback on stderr), sys.exit in the child
import multiprocessing as mp
import sys


def ok():
    print("child ran", flush=True)


def fail():
    raise ValueError("child failed")


def leave(code):
    sys.exit(code)


if __name__ == "__main__":
    mp.set_start_method("spawn")
    for target, args in [(ok, ()), (fail, ()), (leave, (3,)), (leave, ("bye",)), (leave, (None,))]:
        p = mp.Process(target=target, args=args)
        print(p.name.startswith("Process-"), p.is_alive(), p.exitcode)
        p.start()
        p.join()
        print(target.__name__, p.exitcode, p.is_alive())
    sys.exit(1)
