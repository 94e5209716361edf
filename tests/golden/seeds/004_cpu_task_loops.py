# Checks the seed's cpu_task loops (for _ in range(10**7): pass / count += 1) single-threaded, reduced to 10**6.
def cpu_task():
    for _ in range(10 ** 6):
        pass
    return _
def cpu_task_count():
    count = 0
    for _ in range(10 ** 6):
        count += 1
    return count
print(cpu_task())
print(cpu_task_count())
