# Checks the seed's count() loop run in a single thread, reduced from 10**8 to 10**6 iterations; prints i.
def count():
    i = 0
    while i < 10**6:
        i += 1
    return i
i = count()
print(i)
