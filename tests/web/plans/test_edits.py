"""Edits as a diff from the parsed record: apply and diff are inverse, undo leaves no trace."""

from hypothesis import given
from hypothesis import strategies as st

from kehoach.plans.edits import (
    add_task,
    apply_edits,
    diff,
    remove_task,
    set_document_field,
    set_task_fields,
    task_keys,
)

RECORD = {
    "schema": "kehoach.plan/1",
    "document": {"number": "705", "symbol": "KH-BCĐNQ", "title": "Tuyên truyền", "date": "2025-11-01"},
    "tasks": [
        {"id": "III.1", "text": "Chỉ đạo báo chí", "lead": ["Bộ Ngoại giao"], "support": [], "due": None},
        {"id": "III.2", "text": "Bảo đảm an ninh", "lead": ["Bộ Công an"], "support": [], "due": None},
        {"id": "III.2", "text": "Trùng mã", "lead": [], "support": [], "due": None},
    ],
}


def test_it_gives_every_task_a_unique_key():
    assert task_keys(RECORD["tasks"]) == ["III.1", "III.2", "III.2~2"]
    assert task_keys([{"text": "a"}, {"text": "b"}]) == ["#1", "#2"]


def test_no_edits_give_the_record_itself():
    effective = apply_edits(RECORD, {})
    assert effective["document"] == RECORD["document"]
    assert [t["text"] for t in effective["tasks"]] == [t["text"] for t in RECORD["tasks"]]
    assert diff(RECORD, effective) == {}


def test_it_keeps_only_what_changed():
    edits = set_document_field(RECORD, {}, "title", "Tuyên truyền 2025")
    edits = set_task_fields(RECORD, edits, "III.2", {"lead": ["Bộ Quốc phòng"], "text": "Bảo đảm an ninh"})
    assert edits == {"document": {"title": "Tuyên truyền 2025"},
                     "tasks": {"III.2": {"lead": ["Bộ Quốc phòng"]}}}


def test_setting_a_value_back_removes_the_edit():
    edits = set_document_field(RECORD, {}, "number", "706")
    assert set_document_field(RECORD, edits, "number", "705") == {}


def test_it_adds_and_removes_tasks():
    edits, key = add_task(RECORD, {}, {"text": "Tổng hợp kết quả", "lead": ["Văn phòng"]})
    edits = remove_task(RECORD, edits, "III.1")
    effective = apply_edits(RECORD, edits)
    assert key == "new-1"
    assert [t["key"] for t in effective["tasks"]] == ["III.2", "III.2~2", "new-1"]
    assert remove_task(RECORD, edits, "new-1") == {"removed": ["III.1"]}


def test_it_never_changes_the_record():
    before = repr(RECORD)
    apply_edits(RECORD, set_task_fields(RECORD, {}, "III.1", {"lead": ["X"]}))
    assert repr(RECORD) == before


texts = st.text(min_size=0, max_size=12)
operations = st.lists(st.one_of(
    st.tuples(st.just("doc"), st.sampled_from(["number", "title", "date"]), texts),
    st.tuples(st.just("task"), st.sampled_from(["III.1", "III.2", "III.2~2"]), texts),
    st.tuples(st.just("add"), texts, texts),
    st.tuples(st.just("remove"), st.sampled_from(["III.1", "III.2", "new-1"]), texts),
), max_size=8)


@given(operations)
def test_diff_and_apply_are_inverse(ops):
    edits: dict = {}
    for kind, a, b in ops:
        keys = {t["key"] for t in apply_edits(RECORD, edits)["tasks"]}
        if kind == "doc":
            edits = set_document_field(RECORD, edits, a, b)
        elif kind == "task" and a in keys:
            edits = set_task_fields(RECORD, edits, a, {"text": b})
        elif kind == "add":
            edits, _ = add_task(RECORD, edits, {"text": a})
        elif kind == "remove" and a in keys:
            edits = remove_task(RECORD, edits, a)
    effective = apply_edits(RECORD, edits)
    assert diff(RECORD, effective) == edits
    assert apply_edits(RECORD, diff(RECORD, effective)) == effective


def test_it_edits_the_period():
    from kehoach.plans.edits import set_period

    edits = set_period(RECORD, {}, "2025-12-01", "2025-12-31")
    assert edits == {"period": {"start": "2025-12-01", "end": "2025-12-31"}}
    assert apply_edits(RECORD, edits)["period"] == {"start": "2025-12-01", "end": "2025-12-31"}
    assert set_period(RECORD, edits, None, None) == {}
