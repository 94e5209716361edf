# Positional and keyword arguments reach the target; results come back through a shared dict.
import threading

results = {}

def compute(key, a, b, *, scale=1, offset=0):
    results[key] = (a + b) * scale + offset

threads = [
    threading.Thread(target=compute, args=("plain", 1, 2)),
    threading.Thread(target=compute, args=("scaled", 3, 4), kwargs={"scale": 10}),
    threading.Thread(target=compute, args=["list args", 5, 6], kwargs={"offset": -1}),
    threading.Thread(target=compute, kwargs={"key": "all kw", "a": 7, "b": 8, "scale": 2}),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
for key in sorted(results):
    print(key, results[key])

def kw_only(**kw):
    results["kw"] = sorted(kw.items())
t = threading.Thread(target=kw_only, kwargs={"z": 1, "y": 2})
t.start()
t.join()
print(results["kw"])
