"""Downloads of the compiled report (DOCX) and the spreadsheet (XLSX) of one plan."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required

from kehoach.accounts.decorators import coordinator_required
from kehoach.reports.docx_report import build_docx
from kehoach.reports.views.common import DOCX, XLSX, attachment, file_stem, scoped_report
from kehoach.reports.xlsx_export import build_xlsx


@coordinator_required
def plan_docx(request, plan_uuid):
    plan, report = scoped_report(request, plan_uuid, coverage=True)
    return attachment(build_docx(report), DOCX, f"{file_stem('bao cao', plan)}.docx")


@login_required
def plan_xlsx(request, plan_uuid):
    """The office's whole spreadsheet; for a unit member, its own unit's part of it."""
    plan, report = scoped_report(request, plan_uuid)
    return attachment(build_xlsx(report), XLSX, f"{file_stem('ket qua', plan)}.xlsx")
