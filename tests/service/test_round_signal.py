"""RoundSignal: a waiter wakes at once on a write after its token, else after its timeout."""

from __future__ import annotations

import threading
import time

from cocausal.service.rounds import RoundSignal


def test_wait_returns_at_once_when_written_after_the_token():
    signal = RoundSignal()
    token = signal.token()
    signal.notify()
    started = time.monotonic()
    signal.wait(token, 5.0)
    assert time.monotonic() - started < 1.0


def test_wait_sleeps_for_the_timeout_without_a_write():
    signal = RoundSignal()
    started = time.monotonic()
    signal.wait(signal.token(), 0.2)
    assert time.monotonic() - started >= 0.2


def test_a_write_from_another_thread_wakes_the_waiter():
    signal = RoundSignal()
    token = signal.token()
    timer = threading.Timer(0.05, signal.notify)
    timer.start()
    started = time.monotonic()
    signal.wait(token, 5.0)
    waited = time.monotonic() - started
    timer.join(timeout=5)
    assert waited < 2.0
    assert signal.token() == token + 1
