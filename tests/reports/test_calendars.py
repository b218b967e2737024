"""Calendar entries and the .ics they make: one-off deadlines and "trước ngày 16 hằng tháng"."""

from __future__ import annotations

import datetime as dt

import icalendar

from kehoach.reports.calendars import Entry, build_calendar, duty_entry, last_day_before

WINDOW = (dt.date(2025, 12, 1), dt.date(2026, 6, 30))
STAMP = dt.datetime(2025, 12, 1, tzinfo=dt.UTC)


def events(entries) -> list:
    calendar = icalendar.Calendar.from_ical(build_calendar("Lịch thử", entries, STAMP))
    return list(calendar.walk("VEVENT"))


def test_a_monthly_duty_repeats_on_the_day_before_the_named_day():
    entry = duty_entry({"recurrence": "monthly", "day_of_month": 16, "to": "Ban Chỉ đạo"}, "u1", "KH số 12",
                       WINDOW)
    (event,) = events([entry])
    assert event.decoded("dtstart") == dt.date(2025, 12, 15)
    rule = event["rrule"]
    assert rule["FREQ"] == ["MONTHLY"] and rule["BYMONTHDAY"] == [15]
    assert rule["UNTIL"][0] == dt.date(2026, 6, 30)
    assert "trước ngày 16" in str(event["summary"]) and "Ban Chỉ đạo" in str(event["description"])


def test_the_first_occurrence_waits_for_the_next_month_when_the_day_has_passed():
    entry = duty_entry({"recurrence": "monthly", "day_of_month": 5}, "u", "KH", (dt.date(2025, 12, 10), None))
    assert entry.first == dt.date(2026, 1, 4) and "until" not in entry.rrule


def test_before_the_first_means_the_last_day_of_the_month():
    assert last_day_before(1) == -1 and last_day_before(16) == 15


def test_a_one_off_duty_is_a_single_all_day_event():
    (event,) = events([duty_entry({"due": "2026-02-10"}, "u2", "KH số 12", WINDOW)])
    assert event.decoded("dtstart") == dt.date(2026, 2, 10) and event.decoded("dtend") == dt.date(2026, 2, 11)
    assert "rrule" not in event


def test_duties_without_a_time_make_no_event():
    assert duty_entry({"recurrence": "on_request"}, "u3", "KH", WINDOW) is None
    assert duty_entry({"recurrence": "on_event"}, "u3", "KH", WINDOW) is None


def test_a_period_spans_its_last_day_and_the_calendar_is_named():
    raw = build_calendar("Lịch thử", [Entry("p@k", "Thời gian thực hiện", dt.date(2025, 12, 1),
                                            dt.date(2025, 12, 30))], STAMP)
    calendar = icalendar.Calendar.from_ical(raw)
    assert str(calendar["x-wr-calname"]) == "Lịch thử"
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("dtend") == dt.date(2025, 12, 31)
