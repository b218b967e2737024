"""Demo reports: every state appears, and a second run changes nothing."""

from kehoach.tracking.demo import add_demo_reports
from kehoach.tracking.models import Report, ReportState


def test_it_makes_reports_in_every_state_once(make_issued_plan, personas):
    u = personas.units
    make_issued_plan(tasks=[(f"Việc {i}", u.a) for i in range(16)] + [("Việc của B", u.b)])
    assert add_demo_reports() > 0
    states = set(Report.objects.values_list("state", flat=True))
    assert states == set(ReportState.values)
    count = Report.objects.count()
    assert add_demo_reports() == 0
    assert Report.objects.count() == count
