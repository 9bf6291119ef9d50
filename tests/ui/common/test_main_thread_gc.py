"""Cyclic garbage is collected on the GUI thread only, never in a worker."""

from __future__ import annotations

import gc
import threading

from ui.common import main_thread_gc


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_automatic_collection_is_off_and_the_gui_thread_collects(qapp):
    collector = main_thread_gc.install(qapp)
    assert not gc.isenabled()
    collected_in: list[str] = []

    class Watched(_Cycle):
        def __del__(self) -> None:
            collected_in.append(threading.current_thread().name)

    def make_garbage_in_a_worker() -> None:
        for _ in range(5000):
            _Cycle()
        Watched()

    worker = threading.Thread(target=make_garbage_in_a_worker, name="worker")
    worker.start()
    worker.join()
    assert collected_in == []  # the worker allocated plenty, yet collected nothing
    while not collected_in:
        assert collector.collect_if_due() or gc.collect(), "the cycle was never collected"
    assert collected_in == [threading.main_thread().name]


def test_installing_twice_keeps_one_collector(qapp):
    assert main_thread_gc.install(qapp) is main_thread_gc.install(qapp)


def test_what_start_up_made_is_frozen_out_of_collections_once(qapp, monkeypatch):
    frozen: list[bool] = []
    monkeypatch.setattr(main_thread_gc.gc, "freeze", lambda: frozen.append(True))
    monkeypatch.setattr(main_thread_gc, "_settled", False)
    main_thread_gc.install(qapp)
    main_thread_gc.settle_start_up()
    main_thread_gc.settle_start_up()  # a second window, a restart of the pages: still once
    assert frozen == [True]


def test_nothing_is_frozen_where_python_runs_the_collections(monkeypatch):
    frozen: list[bool] = []
    monkeypatch.setattr(main_thread_gc.gc, "freeze", lambda: frozen.append(True))
    monkeypatch.setattr(main_thread_gc, "_settled", False)
    monkeypatch.setattr(main_thread_gc, "_installed", None)
    main_thread_gc.settle_start_up()
    assert frozen == []
