"""Values computed once per process and handed to every session: a thread-safe LRU that runs each
missing value once, however many sessions ask for it at the same moment.

Every session runs its script on a thread of its own. Where fifty readers open a popular link
together, or a new release has just been cut, they wait for one computation of a missing value
instead of each running the same query.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

Value = TypeVar("Value")


class Shared(Generic[Value]):
    def __init__(self, max_entries: int):
        self.max_entries = max_entries
        self.computed = 0  # how many values were computed (misses), for the tests
        self._values: OrderedDict[Hashable, Value] = OrderedDict()
        self._pending: dict[Hashable, threading.Event] = {}
        self._lock = threading.Lock()

    def get(self, key: Hashable, compute: Callable[[], Value]) -> Value:
        while True:
            with self._lock:
                if key in self._values:
                    self._values.move_to_end(key)
                    return self._values[key]
                pending = self._pending.get(key)
                if pending is None:
                    self._pending[key] = threading.Event()
                    break
            pending.wait()  # another thread computes it; if that failed, this one tries next
        try:
            value = compute()
            with self._lock:
                self.computed += 1
                self._values[key] = value
                while len(self._values) > self.max_entries:
                    self._values.popitem(last=False)
            return value
        finally:
            with self._lock:
                self._pending.pop(key).set()

    def clear(self) -> None:
        with self._lock:
            self._values.clear()


def frozen(params: dict) -> tuple:
    """Query parameters as a key: lists become tuples, the order of the names does not matter."""
    return tuple(sorted((name, tuple(v) if isinstance(v, list) else v) for name, v in params.items()))
