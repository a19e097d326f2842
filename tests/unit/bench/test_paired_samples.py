"""paired_samples: works interleaved round by round, the untimed step first in each round."""

from __future__ import annotations

import itertools

from bench._report import paired_medians, paired_samples


def test_rounds_interleave_the_works_after_the_untimed_step() -> None:
    calls: list[str] = []
    ticks = itertools.count()
    samples = paired_samples(
        {"a": lambda: calls.append("a"), "b": lambda: calls.append("b")},
        3,
        lambda: float(next(ticks)),
        before_round=lambda: calls.append("warm"),
    )
    assert calls == ["warm", "a", "b"] * 3
    assert samples == {"a": [1.0, 1.0, 1.0], "b": [1.0, 1.0, 1.0]}


def test_paired_medians_is_the_median_of_each_works_samples() -> None:
    readings = iter([0.0, 5.0, 0.0, 1.0, 0.0, 3.0, 0.0, 2.0])  # a: 5, 3; b: 1, 2
    medians = paired_medians({"a": lambda: None, "b": lambda: None}, 2, lambda: next(readings))
    assert medians == {"a": 4.0, "b": 1.5}
