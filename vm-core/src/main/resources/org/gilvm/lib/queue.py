"""Synchronised queues for passing work between threads.

Written for gilvm; it behaves as CPython 3.11's Lib/queue.py (with _queue) does. gilvm has no
collections.deque or heapq, so the FIFO is a list read from a moving head (compacted when
the read half dominates: O(1) amortised per operation) and the priority queue's heap
functions are here, with heapq's algorithm, so equal-priority items come out in CPython's
order. Queue[int] (__class_getitem__) is not supported.
"""

import threading
from time import monotonic as time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    __module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


class _Fifo:
    """The part of collections.deque a FIFO queue needs: append and popleft in O(1)
    amortised, len, iteration and deque's repr. Not thread-safe: callers hold a lock."""

    __slots__ = ('_items', '_head')

    def __init__(self):
        self._items = []
        self._head = 0

    def append(self, item):
        self._items.append(item)

    def popleft(self):
        items = self._items
        head = self._head
        if head >= len(items):
            raise IndexError("pop from an empty deque")
        item = items[head]
        items[head] = None
        head += 1
        # Each compaction moves at most as many items as were popped since the last one.
        if head >= 16 and 2 * head >= len(items):
            del items[:head]
            head = 0
        self._head = head
        return item

    def __len__(self):
        return len(self._items) - self._head

    def __iter__(self):
        return iter(self._items[self._head:])

    def __repr__(self):
        return "deque(%r)" % (self._items[self._head:],)


def _heappush(heap, item):
    heap.append(item)
    _sift_towards_root(heap, 0, len(heap) - 1)


def _heappop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    _sift_towards_leaves(heap, 0)
    return top


def _sift_towards_root(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_towards_leaves(heap, pos):
    # heapq's bottom-up variant: move the smaller child up all the way to a leaf, then sift
    # the displaced item back towards the root (fewer comparisons on average).
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_towards_root(heap, start, pos)


class Queue:
    """A FIFO queue; maxsize <= 0 means unbounded. put() blocks while it is full and get()
    while it is empty; task_done() and join() let a producer wait for the work to be done."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One lock guards the queue; the three conditions share it.
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Tell the queue that an item taken with get() has been dealt with."""
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        """Block until every item put in the queue has had its task_done()."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """The approximate number of items (others may change it at once)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """True if the queue is empty, at the moment of asking."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """True if the queue is full, at the moment of asking."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Add item, waiting for room if the queue is bounded: for ever, at most timeout
        seconds (then Full), or not at all when block is false."""
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                elif timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                else:
                    deadline = time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = deadline - time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return the next item, waiting for one: for ever, at most timeout
        seconds (then Empty), or not at all when block is false."""
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                deadline = time() + timeout
                while not self._qsize():
                    remaining = deadline - time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    # The storage, for subclasses to replace; called with the mutex held.

    def _init(self, maxsize):
        self.queue = _Fifo()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    """Items come out smallest first (typically (priority, data) tuples)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    """Items come out most recent first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking: put() never blocks."""

    __module__ = '_queue'

    def __init__(self):
        self._queue = _Fifo()
        self._lock = threading.Lock()
        self._count = threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        """Add item; never blocks (the arguments exist for Queue compatibility)."""
        with self._lock:
            self._queue.append(item)
        self._count.release()

    def get(self, block=True, timeout=None):
        """Remove and return the next item, waiting as Queue.get does."""
        if not block:
            timeout = None
        elif timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if not self._count.acquire(block, timeout):
            raise Empty
        with self._lock:
            return self._queue.popleft()

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)."""
        return self.get(False)

    def empty(self):
        """True if the queue is empty, at the moment of asking."""
        return len(self._queue) == 0

    def qsize(self):
        """The approximate number of items."""
        return len(self._queue)
