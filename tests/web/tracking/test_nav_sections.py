"""The top bar lights the section a page belongs to: a unit's task and report pages are its tasks
(the office's: its tracking), though a report's URL lies under /reports/, the compiled reports."""

from __future__ import annotations

import pytest
from django.urls import reverse

from kehoach.tracking import services


def lit(client, url: str) -> list[str]:
    """The hrefs of the top bar's current links on the page at `url`."""
    body = client.get(url).content.decode()
    nav = body.split('class="mainnav"')[1].split("</nav>")[0]
    return [part.rsplit('href="', 1)[1].split('"')[0] for part in nav.split(' aria-current="page"')[:-1]]


@pytest.fixture
def report(assignment_a, head_a):
    report = services.save_draft(assignment_a, head_a, narrative="Đã tổ chức hội nghị", achieved=[1, 200])
    return services.submit(report, head_a)


@pytest.mark.parametrize(("username", "section"), [
    ("reporter_a", "tracking:portal"), ("head_a", "tracking:portal"), ("viewer_a", "tracking:portal"),
    ("coordinator", "tracking:dashboard"), ("admin", "tracking:dashboard")])
def test_task_and_report_pages_light_the_tasks_section(report, client_for, username, section):
    client = client_for(username)
    for url in (f"/reports/{report.uuid}/", f"/assignments/{report.assignment.uuid}/"):
        assert lit(client, url) == [reverse(section)], (username, url)


def test_the_compiled_reports_still_light_their_own_link(client_for, plan):
    assert lit(client_for("coordinator"), reverse("reports:index")) == [reverse("reports:index")]
