"""The home page: sends each role where it works."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from kehoach.web.navigation import COORDINATORS, safe_reverse


@login_required
def home(request):
    """Coordinators → the plan list; unit users → their unit's portal (or a holding page)."""
    target = "plans:list" if request.user.role in COORDINATORS else "tracking:portal"
    url = safe_reverse(target)
    if url:
        return redirect(url)
    return render(request, "web/home.html")
