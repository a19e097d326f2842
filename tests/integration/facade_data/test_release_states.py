"""Release states in batches: each batch's answer models are gone once the batch is done."""

from __future__ import annotations

import gc

import pytest

from facade import Session

from .conftest import records_of


def _live_answer_models() -> int:
    from generated.models.release_state_result import ReleaseStateResult

    return sum(isinstance(o, ReleaseStateResult) for o in gc.get_objects())


@pytest.mark.parametrize("parallelize", [False, True])
def test_answer_models_do_not_outlive_their_batch(writer: Session, parallelize: bool) -> None:
    records = records_of(writer, "DEMO_MATERIALS", "Metals")
    expected = {r.record_guid: r.release_state for r in records}
    for r in records:
        r._release_state = None
    batch_size = 10
    alive: list[int] = []
    result = writer.bulk_fetch_release_states(
        records,
        batch_size=batch_size,
        parallelize=parallelize,
        max_num_threads=2,
        progress=lambda done, total: alive.append(_live_answer_models()),
    )
    assert len(result) == len(records) and result.failures == []
    assert {r.record_guid: r._release_state for r in records} == expected
    assert len(alive) == -(-len(records) // batch_size) > 3
    # at most the batches still being read by the other thread, never the answers so far
    assert max(alive) <= batch_size * 2
