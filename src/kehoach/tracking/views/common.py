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


def later(compute):
    """A value computed only if the template uses it: a cached fragment skips its queries."""
    return SimpleLazyObject(compute)


def render_page_or_fragment(request, page: str, fragment: str, context: dict):
    """The whole page, or only its fragment when HTMX asks (one partial serves both)."""
    return render(request, fragment if request.htmx else page, context)

