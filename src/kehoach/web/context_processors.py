"""Context every page gets: the navigation for the signed-in user."""

from __future__ import annotations

from kehoach.web.navigation import nav_links


def shell(request) -> dict:
    """`nav`: the top-bar links for the user's role."""
    match = request.resolver_match  # None on a page no URL matched (404)
    return {"nav": nav_links(request.user, request.path, match.view_name if match else "")}
