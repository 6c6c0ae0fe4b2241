"""Values shared by every session of a process (accountability.shared), and query results kept
without copies that a page could change."""

from __future__ import annotations

import threading
import time

import pandas as pd
import pytest

from accountability.shared import Shared, frozen


def test_a_value_asked_for_by_many_threads_at_once_is_computed_once():
    shared = Shared(max_entries=4)
    calls = []

    def compute():
        calls.append(1)
        time.sleep(0.2)
        return "result"

    got = []
    threads = [threading.Thread(target=lambda: got.append(shared.get("key", compute))) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert got == ["result"] * 20
    assert len(calls) == 1 == shared.computed


def test_the_least_recently_used_value_goes_first():
    shared = Shared(max_entries=2)
    for key in ("a", "b"):
        shared.get(key, lambda k=key: k)
    shared.get("a", lambda: "again")  # a is used: b is now the oldest
    shared.get("c", lambda: "c")
    assert shared.get("a", lambda: "recomputed") == "a"
    assert shared.get("b", lambda: "recomputed") == "recomputed"


def test_a_failed_computation_is_not_kept_and_waiting_threads_try_again():
    shared = Shared(max_entries=2)
    started = threading.Event()

    def failing():
        started.set()
        time.sleep(0.1)
        raise RuntimeError("the query failed")

    errors, results = [], []

    def first():
        try:
            shared.get("k", failing)
        except RuntimeError as error:
            errors.append(error)

    thread = threading.Thread(target=first)
    thread.start()
    started.wait()
    results.append(shared.get("k", lambda: "second try"))
    thread.join()
    assert len(errors) == 1
    assert results == ["second try"]
    with pytest.raises(ValueError):
        shared.get("other", lambda: (_ for _ in ()).throw(ValueError("no")))
    assert shared.get("other", lambda: "fine") == "fine"


def test_parameters_make_the_same_key_in_any_order_and_lists_become_tuples():
    one = frozen({"countries": ["LTU", "POL"], "start_date": "2022-01-01", "limit": 10})
    other = frozen({"limit": 10, "start_date": "2022-01-01", "countries": ["LTU", "POL"]})
    assert one == other
    assert hash(one) == hash(other)
    assert frozen({"countries": ["POL", "LTU"]}) != frozen({"countries": ["LTU", "POL"]})


def test_a_shallow_copy_of_a_kept_frame_can_be_changed_without_changing_it():
    kept = pd.DataFrame({"actor_id": ["LTU", "POL"], "n": [1, 2]})
    handed = kept.copy(deep=False)
    handed["n"] = handed["n"] * 10
    handed.loc[0, "actor_id"] = "UKR"
    handed["extra"] = 1
    assert kept.to_dict("list") == {"actor_id": ["LTU", "POL"], "n": [1, 2]}
