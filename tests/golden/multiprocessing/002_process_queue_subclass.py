# Processes send results through a Queue; a Process subclass overrides run(); names and pids
import multiprocessing as mp
import os


def produce(q, n):
    me = mp.current_process()
    q.put((n, n * n, me.name, os.getpid() != PARENT_PID, mp.parent_process().name))


class Counter(mp.Process):
    def __init__(self, q, limit):
        super().__init__(name="counter")
        self.q = q
        self.limit = limit

    def run(self):
        self.q.put(("counted", sum(range(self.limit)), self.name))


PARENT_PID = os.getpid()

if __name__ == "__main__":
    mp.set_start_method("spawn")
    q = mp.Queue()
    procs = [mp.Process(target=produce, args=(q, i)) for i in range(3)]
    procs.append(Counter(q, 10))
    print([p.name for p in procs])
    for p in procs:
        p.start()
    results = sorted((q.get(timeout=30) for _ in procs), key=str)
    for p in procs:
        p.join()
    for r in results:
        print(r)
    print([p.exitcode for p in procs], [p.is_alive() for p in procs])
    pids = [p.pid for p in procs]
    print(len(set(pids)), all(isinstance(x, int) and x > 0 for x in pids), os.getpid() not in pids)
    print(mp.current_process().name, mp.parent_process(), mp.active_children())
    d = mp.Process(target=produce, args=(q, 9), daemon=True)
    print(d.daemon, repr(d).replace(str(os.getpid()), "PID"))
    d.start()
    print(q.get(timeout=30)[:2])
    d.join()
    print(repr(d).replace(str(os.getpid()), "PID").replace(str(d.pid), "CHILD"))
    try:
        d.start()
    except AssertionError as e:
        print("AssertionError:", e)
    q.put("x")
    print(q.get(), q.empty(), q.qsize())
