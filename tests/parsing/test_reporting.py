"""Reporting duties: dates, recurrences, requests and events, to whom and through whom."""

from kehoach.parsing.reporting import find_duties


def _duties(text: str) -> list[tuple]:
    return [
        (d["due"], d["recurrence"], d["day_of_month"], d["to"], d["via"])
        for d in find_duties(text, [1, 1], 2026)
    ]


def test_a_fixed_date_with_whom_and_through_whom():
    assert _duties(
        "báo cáo kết quả lên Trưởng Ban Chỉ đạo (qua Văn phòng Thường trực trước ngày 30/12/2020)."
    ) == [("2020-12-30", None, None, "Trưởng Ban Chỉ đạo", "Văn phòng Thường trực")]


def test_a_day_of_every_month():
    assert _duties(
        "định kỳ trước ngày 16 hằng tháng gửi kết quả về Ban Chỉ đạo tỉnh (qua Công an tỉnh)."
    ) == [(None, "monthly", 16, "Ban Chỉ đạo tỉnh", "Công an tỉnh")]


def test_monthly_reports_and_a_dated_final_one_are_two_duties():
    assert _duties(
        "Các đơn vị báo cáo kết quả về Sở Nội vụ trước ngày 16 hằng tháng; "
        "báo cáo tổng kết trước ngày 15/12/2026."
    ) == [(None, "monthly", 16, "Sở Nội vụ", None), ("2026-12-15", None, None, "Sở Nội vụ", None)]


def test_recurrences_requests_and_events():
    assert [d[1] for d in _duties("Các đơn vị báo cáo hằng quý về Sở Tư pháp.")] == ["quarterly"]
    assert [d[1] for d in _duties("Các đơn vị báo cáo kết quả hằng năm hoặc đột xuất về Sở Tư pháp.")] == [
        "yearly",
        "on_request",
    ]
    assert [d[1] for d in _duties("Tổng hợp, báo cáo kết quả gửi Ban Chỉ đạo khi có yêu cầu.")] == [
        "on_request"
    ]
    assert [d[1] for d in _duties("Khi xảy ra sự cố, đơn vị báo cáo ngay về Sở Y tế.")] == ["on_event"]
    assert [
        d[1] for d in _duties("Định kỳ 6 tháng (trước ngày 15/6 và ngày 15/12 hằng năm) báo cáo về Sở.")
    ] == ["half_yearly"]


def test_a_recurrence_with_its_own_deadline_is_that_deadline():
    duties = _duties(
        "báo cáo kết quả 6 tháng (trước ngày 10/6/2026) và cả năm (trước ngày 10/12/2026) về Sở Nội vụ."
    )
    assert [(d[0], d[1]) for d in duties] == [("2026-06-10", None), ("2026-12-10", None)]


def test_a_request_to_raise_difficulties_is_not_a_duty():
    assert _duties("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo về Sở để tổng hợp.") == []
    assert _duties("Định kỳ hàng tháng gửi văn bản hướng dẫn các địa phương.") == []


def test_whom_a_clause_leaves_out_the_passage_may_say():
    duties = _duties(
        "Báo cáo quý I trước ngày 10/3/2026; báo cáo đột xuất khi có yêu cầu. "
        "Báo cáo gửi về Bộ (qua Văn phòng Bộ)."
    )
    assert {(d[3], d[4]) for d in duties} == {("Bộ", "Văn phòng Bộ")}


def test_a_deadline_without_its_year_takes_the_plans_year_unless_it_anchors_a_recurrence():
    assert [d[0] for d in _duties("Các xã báo cáo kết quả về Sở Y tế trước ngày 25/12.")] == ["2026-12-25"]


def test_more_ways_of_saying_how_often():
    assert [d[1] for d in _duties("Định kỳ 6 tháng, năm các đơn vị báo cáo kết quả về Sở Nội vụ.")] == [
        "half_yearly",
        "yearly",
    ]
    assert [(d[1], d[2]) for d in _duties("Báo cáo định kỳ hằng tháng (trước ngày 20) về UBND tỉnh.")] == [
        ("monthly", 20)
    ]
    assert [d[1] for d in _duties("Báo cáo kết quả về Sở trước ngày 15 của tháng cuối quý.")] == ["quarterly"]


def test_six_monthly_and_yearly_duties_anchored_on_days_of_the_year():
    text = "Các đơn vị báo cáo định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12) về Sở Nội vụ."
    assert [d[1] for d in _duties(text)] == ["half_yearly", "yearly"]
