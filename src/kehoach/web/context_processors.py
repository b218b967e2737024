"""Context every page gets: the navigation for the signed-in user."""

from __future__ import annotations

from kehoach.web.navigation import nav_links


def shell(request) -> dict:
    """`nav`: the top-bar links for the user's role."""
    return {"nav": nav_links(request.user, request.path)}
