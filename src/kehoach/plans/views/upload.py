"""Uploading plan files."""

from __future__ import annotations

from django.shortcuts import render

from kehoach.accounts.decorators import coordinator_required


@coordinator_required
def upload(request):
    return render(request, "plans/upload.html", {})
