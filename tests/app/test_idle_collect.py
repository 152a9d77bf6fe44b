"""The collector's full passes wait for a pause in the user's work."""

from __future__ import annotations

import gc

from summit_tui.idle_collect import IDLE_SECONDS, NO_AUTOMATIC_FULL_PASS, IdleCollector


def test_full_passes_are_taken_over_and_given_back() -> None:
    before = gc.get_threshold()
    collector = IdleCollector()
    collector.start()
    try:
        assert gc.get_threshold() == (before[0], before[1], NO_AUTOMATIC_FULL_PASS)
    finally:
        collector.stop()
    assert gc.get_threshold() == before
    collector.stop()  # twice is harmless
    assert gc.get_threshold() == before


def test_a_full_pass_runs_after_a_pause_and_not_while_working() -> None:
    collector = IdleCollector()
    collector.start()
    try:
        gc.collect(1)  # a young collection since the last full pass
        assert gc.get_count()[2] > 0
        collector.working()
        collector.collect_if_idle()
        assert gc.get_count()[2] > 0  # the user is at work: no full pass
        collector.last_work -= IDLE_SECONDS  # as if the user paused
        collector.collect_if_idle()
        assert gc.get_count()[2] == 0  # the full pass ran
    finally:
        collector.stop()


def test_no_full_pass_before_start_or_while_the_collector_is_paused() -> None:
    collector = IdleCollector()
    gc.collect(1)
    collector.last_work -= IDLE_SECONDS
    collector.collect_if_idle()
    assert gc.get_count()[2] > 0  # not started: the collector's own rules hold
    collector.start()
    gc.disable()  # a load pauses the collector
    try:
        collector.collect_if_idle()
        assert gc.get_count()[2] > 0
    finally:
        gc.enable()
        collector.stop()
