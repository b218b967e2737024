"""Uploading plan files and following their import."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _

from kehoach.accounts.decorators import coordinator_required
from kehoach.plans.access import is_uuid, sources_for
from kehoach.plans.forms import UploadForm
from kehoach.plans.models import ImportStatus
from kehoach.plans.uploads import store_uploads

IN_PROGRESS = (ImportStatus.QUEUED, ImportStatus.READING, ImportStatus.PARSING, ImportStatus.SAVING)


def _tell_known(request, known) -> None:
    for source in known:
        target = reverse("plans:review", args=[source.plan.uuid]) if source.plan else reverse("plans:imports")
        messages.info(request, format_html(
            _("Tệp {name} đã được nhập trước đây: <a href=\"{url}\">mở kế hoạch đã có</a>."),
            name=source.original_name, url=target))


@coordinator_required
def upload(request):
    """One or several files at once; each becomes a PlanSource imported in the background."""
    bound = request.method == "POST"
    form = UploadForm(request.POST if bound else None, request.FILES if bound else None)
    if bound and form.is_valid():
        outcome = store_uploads(form.cleaned_data["files"], request.user)
        _tell_known(request, outcome.known)
        if not outcome.created:
            return redirect("plans:upload")
        return redirect(f"{reverse('plans:imports')}?batch={outcome.batch}")
    return render(request, "plans/upload.html", {"form": form})


@coordinator_required
def imports(request):
    """Progress of recent imports; with HTMX, only the rows (polled every second while busy)."""
    sources = sources_for(request.user).select_related("plan").order_by("-uploaded_at")
    batch = request.GET.get("batch", "")
    if batch:
        sources = sources.filter(batch=batch) if is_uuid(batch) else sources.none()
    sources = list(sources[:50])
    context = {"sources": sources, "batch": batch,
               "busy": any(s.status in IN_PROGRESS for s in sources)}
    template = "plans/_import_rows.html" if request.htmx else "plans/imports.html"
    return render(request, template, context)
