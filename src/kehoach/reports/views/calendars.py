"""Calendar feeds (.ics) of a unit's deadlines and of a plan, and the page to subscribe to them.

A feed is read with the session, or — for calendar programs, which cannot sign in — with the
user's secret `?token=` (CalendarToken): the same scope either way, a wrong token is a 404.
"""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from kehoach.accounts.models import Role
from kehoach.plans.access import get_plan_for_user, plans_for
from kehoach.plans.models import PlanStatus
from kehoach.reports.calendars import build_calendar
from kehoach.reports.feeds import plan_entries, plan_label, unit_entries
from kehoach.reports.models import CalendarToken
from kehoach.reports.views.common import ICS, attachment, file_stem
from kehoach.tracking.access import assignments_for
from kehoach.units.models import Unit


def token_or_session(view):
    """Signs the request in as the token's user when `?token=` is given; else requires a session."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if "token" in request.GET:
            user = CalendarToken.objects.user_for(request.GET["token"])
            if user is None:
                raise Http404
            request.user = user
        elif not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapped


def unit_assignments(user, unit_uuid):
    """The unit and the assignments of it the user may see; 404 unless it is the user's own unit,
    or the user's plans give it work (coordinators), or the user is an admin."""
    unit = Unit.objects.filter(uuid=unit_uuid).first()
    if unit is None:
        raise Http404
    assignments = assignments_for(user).filter(unit=unit)
    if unit.pk != user.unit_id and user.role != Role.ADMIN and not assignments.exists():
        raise Http404
    return unit, assignments


@token_or_session
def unit_calendar(request, unit_uuid):
    unit, assignments = unit_assignments(request.user, unit_uuid)
    content = build_calendar(f"Hạn báo cáo — {unit.name}", unit_entries(assignments), timezone.now())
    return attachment(content, ICS, f"lich-{unit.uuid}.ics", inline=True)


@token_or_session
def plan_calendar(request, plan_uuid):
    plan = get_plan_for_user(request.user, plan_uuid)
    entries = plan_entries(plan, assignments_for(request.user))
    content = build_calendar(f"Lịch thực hiện — {plan_label(plan)}", entries, timezone.now())
    return attachment(content, ICS, f"{file_stem('lich', plan)}.ics", inline=True)


@login_required
def subscriptions(request):
    """The user's calendar links; POST makes a new secret (shown once) and voids the old one."""
    secret = CalendarToken.objects.issue(request.user) if request.method == "POST" else ""
    plans = plans_for(request.user).filter(status=PlanStatus.ISSUED).order_by("-issued_date")
    links = [(_("Lịch thực hiện — %(plan)s") % {"plan": plan_label(p)},
              reverse("reports:plan_calendar", args=[p.uuid])) for p in plans]
    if request.user.unit:
        links.insert(0, (_("Hạn báo cáo của %(unit)s") % {"unit": request.user.unit.name},
                         reverse("reports:unit_calendar", args=[request.user.unit.uuid])))
    suffix = f"?token={secret}" if secret else ""
    feeds = [(label, request.build_absolute_uri(url) + suffix) for label, url in links]
    return render(request, "reports/subscriptions.html", {"feeds": feeds, "secret": secret})
