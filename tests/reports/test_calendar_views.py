"""A unit's deadline feed: its own members and the coordinating office may read it, by session or
by the user's feed secret; nobody else, and a wrong secret is a 404."""

from __future__ import annotations

import icalendar
from django.urls import reverse

from kehoach.reports.models import CalendarToken

MONTHLY = {"reporting": [{"due": None, "recurrence": "monthly", "day_of_month": 16, "to": "Ban Chỉ đạo"}]}


def unit_url(unit) -> str:
    return reverse("reports:unit_calendar", args=[unit.uuid])


def summaries(response) -> list[str]:
    return [str(e["summary"]) for e in icalendar.Calendar.from_ical(response.content).walk("VEVENT")]


def test_a_unit_member_gets_its_deadlines_and_reporting_duties(make_issued_plan, client_for, unit_a):
    plan = make_issued_plan()
    plan.record = {**plan.record, **MONTHLY}
    plan.save()
    response = client_for("viewer_a").get(unit_url(unit_a))
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    assert summaries(response) == ["Hạn: Tổ chức hội nghị cung cấp thông tin cho báo chí (BNG)",
                                   "Báo cáo hằng tháng (trước ngày 16) — KH số 12/KH-VPCQTT"]


def test_it_rejects_other_unit(make_issued_plan, client_for, unit_a):
    make_issued_plan()
    assert client_for("reporter_b").get(unit_url(unit_a)).status_code == 404


def test_the_coordinator_reads_the_feed_of_a_unit_its_plans_task(make_issued_plan, client_for, unit_b,
                                                                  personas):
    make_issued_plan()
    assert client_for("coordinator").get(unit_url(unit_b)).status_code == 200
    assert client_for("coordinator").get(unit_url(personas.units.province)).status_code == 404


def test_a_feed_secret_stands_in_for_the_session(make_issued_plan, client_for, reporter_a, unit_a, unit_b):
    make_issued_plan()
    secret = CalendarToken.objects.issue(reporter_a)
    anonymous = client_for(None)
    assert anonymous.get(unit_url(unit_a), {"token": secret}).status_code == 200
    assert anonymous.get(unit_url(unit_b), {"token": secret}).status_code == 404
    assert anonymous.get(unit_url(unit_a), {"token": secret + "x"}).status_code == 404


def test_a_new_secret_voids_the_old_one(make_issued_plan, client_for, reporter_a, unit_a):
    make_issued_plan()
    old = CalendarToken.objects.issue(reporter_a)
    response = client_for("reporter_a").post(reverse("reports:subscriptions"))
    body = response.content.decode()
    assert 'id="new-calendar-token"' in body and f"/reports/units/{unit_a.uuid}/calendar.ics?token=" in body
    assert client_for(None).get(unit_url(unit_a), {"token": old}).status_code == 404


def test_a_deactivated_users_secret_stops_working(make_issued_plan, client_for, reporter_a, unit_a):
    make_issued_plan()
    secret = CalendarToken.objects.issue(reporter_a)
    reporter_a.is_active = False
    reporter_a.save()
    assert client_for(None).get(unit_url(unit_a), {"token": secret}).status_code == 404


def test_anonymous_users_are_sent_to_sign_in(client_for, unit_a):
    for url in (unit_url(unit_a), reverse("reports:subscriptions")):
        response = client_for(None).get(url)
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
