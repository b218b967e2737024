"""Helpers the tracking views share."""

from __future__ import annotations

from django.core.paginator import Page, Paginator
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme

PER_PAGE = 50


def page_of(request, rows) -> Page:
    return Paginator(rows, PER_PAGE).get_page(request.GET.get("page"))


def render_page_or_fragment(request, page: str, fragment: str, context: dict):
    """The whole page, or only its fragment when HTMX asks (one partial serves both)."""
    return render(request, fragment if request.htmx else page, context)


def safe_next(request) -> str | None:
    """The posted "next" address when it points back into this site, else None."""
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                                  require_https=request.is_secure()):
        return target
    return None
