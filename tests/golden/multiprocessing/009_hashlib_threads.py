# hashlib in several threads: big inputs (hashed with the GIL released) give the same digests as one thread
import hashlib
import threading
from concurrent.futures import ThreadPoolExecutor

BLOCKS = [bytes([i]) * (64 * 1024) for i in range(8)]


def digest_all(blocks):
    h = hashlib.sha256()
    for b in blocks:
        h.update(b)
    return h.hexdigest()


expected = [hashlib.sha256(b).hexdigest() for b in BLOCKS]
with ThreadPoolExecutor(max_workers=2) as ex:
    print(list(ex.map(lambda b: hashlib.sha256(b).hexdigest(), BLOCKS)) == expected)
    print(ex.submit(digest_all, BLOCKS).result() == digest_all(BLOCKS))

shared = hashlib.md5()
results = []


def feed(part):
    for _ in range(20):
        shared.update(part)
    results.append(hashlib.sha1(part * 4).hexdigest())


threads = [threading.Thread(target=feed, args=(bytes(4096),)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(shared.hexdigest() == hashlib.md5(bytes(4096) * 80).hexdigest())
print(sorted(set(results)), len(results))
print(expected[0][:16], expected[7][:16])
