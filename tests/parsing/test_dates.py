"""Dates and spans as plans write them."""

from kehoach.parsing.dates import calendar_span, find_range, first_date, single_or_range
from kehoach.parsing.fold import fold


def _range(text: str, year: int | None = 2025):
    return find_range(fold(text), year)


def test_it_reads_single_dates_in_each_form():
    assert first_date(fold("ngày 11 tháng 9 năm 2023")) == "2023-09-11"
    assert first_date(fold("ĐẾN 11.11.20")) == "2020-11-11"
    assert first_date(fold("trước ngày 10/02/2026")) == "2026-02-10"
    assert first_date(fold("ngày 31/02/2026")) is None


def test_a_day_and_month_take_the_year_the_text_implies():
    assert _range("(Từ 01/12 đến 09/12/2025)") == ("2025-12-01", "2025-12-09")
    assert _range("(15/11 – 15/12)", 2025) == ("2025-11-15", "2025-12-15")
    assert _range("từ 20/12 đến 10/01/2026") == ("2025-12-20", "2026-01-10")


def test_it_reads_ranges_written_in_words_and_with_ocr_noise():
    assert _range("T ngay 01/11/2024 dén ngay 31/12/2024") == ("2024-11-01", "2024-12-31")
    assert _range("từ ngày 30/11 đến hết ngày 30/12/2020") == ("2020-11-30", "2020-12-30")


def test_a_span_of_years_covers_whole_years():
    assert _range("Từ năm 2023 đến năm 2028") == ("2023-01-01", "2028-12-31")


def test_an_anniversary_is_not_a_window():
    assert _range("kỷ niệm (10/12/1948 – 10/12/2025)") is None


def test_it_reads_months_and_quarters():
    assert calendar_span(fold("Tháng 3 - 5/2026")) == ("2026-03-01", "2026-05-31")
    assert calendar_span(fold("Quý II/2026")) == ("2026-04-01", "2026-06-30")
    assert calendar_span(fold("trong tháng 12/2025")) == ("2025-12-01", "2025-12-31")


def test_after_a_day_starts_the_day_after():
    assert single_or_range(fold("(sau ngày 10/12/2025 đến 31/12/2025)"), 2025) == ("2025-12-11", "2025-12-31")
    assert single_or_range(fold("sau ngày 10/12/2025"), 2025) is None
