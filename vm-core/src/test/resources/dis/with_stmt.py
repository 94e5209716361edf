class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

def use():
    with CM() as a, CM() as b:
        print(a, b)
    with CM():
        return 1

for i in range(2):
    with CM() as c:
        if i:
            break
        continue
