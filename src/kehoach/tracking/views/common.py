"""Helpers the tracking views share."""

from __future__ import annotations

from django.core.paginator import Page, Paginator
from django.shortcuts import render
from django.utils.functional import SimpleLazyObject

# What a list of plans shows of each (name, issuer, status): not its parsed record
LISTED_PLAN = ("uuid", "status", "number", "symbol", "title", "issuer_name", "issued_date")
# A plan's parsed record and its review state: the largest columns, which no tracking page shows
PLAN_RECORD = ("record", "edits", "unit_choices", "search_text")
PER_PAGE = 25  # rows a page renders: the tables' cost grows with it (bench/web_bench.py)


def page_of(request, rows) -> Page:
    return Paginator(rows, PER_PAGE).get_page(request.GET.get("page"))


class Lookahead:
    """One page of rows and the row after it, for a Paginator: as many rows as are known to exist."""

    def __init__(self, rows, number: int) -> None:
        fetched = list(rows[(number - 1) * PER_PAGE:number * PER_PAGE + 1])
        if not fetched and number > 1:  # past the last match (an old link): the first page
            number, fetched = 1, list(rows[:PER_PAGE + 1])
        self.number, self.start, self.fetched = number, (number - 1) * PER_PAGE, fetched

    def count(self) -> int:
        return self.start + len(self.fetched)

    def __getitem__(self, window: slice) -> list:
        return self.fetched[window.start - self.start:window.stop - self.start]


class UncountedPaginator(Paginator):
    """Pages of a search whose matches are not counted: "ha nam" matches a third of 10,000 units,
    and counting them cost the database more than the whole page (bench/web_bench.py). It fetches
    one row past the page to know whether a next page exists; the pages show no total."""

    uncounted = True  # partials/pagination.html leaves out "/total"

    def __init__(self, rows, number: int) -> None:
        self.fetched = Lookahead(rows, number)
        super().__init__(self.fetched, PER_PAGE)


def uncounted_page_of(request, rows) -> Page:
    """The requested page of a search's rows, without counting them (`UncountedPaginator`)."""
    number = request.GET.get("page", "")
    number = int(number) if number.isdigit() and int(number) > 0 else 1
    paginator = UncountedPaginator(rows, number)
    return paginator.page(paginator.fetched.number)


def later(compute):
    """A value computed only if the template uses it: a cached fragment skips its queries."""
    return SimpleLazyObject(compute)


def render_page_or_fragment(request, page: str, fragment: str, context: dict):
    """The whole page, or only its fragment when HTMX asks (one partial serves both)."""
    return render(request, fragment if request.htmx else page, context)
