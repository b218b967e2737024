"""`load_demo`: directory, users per role, the five seed plans imported and issued; idempotent."""

from collections import Counter

from django.contrib.auth import authenticate
from django.core.management import call_command
from django.utils import timezone

from kehoach.accounts.models import User
from kehoach.plans.demo import DEMO_USERS, PACKAGED_SEEDS, UNIT_A, UNIT_B, demo_password, seed_files
from kehoach.plans.models import Plan, PlanSource, PlanStatus
from kehoach.tracking.models import Assignment
from kehoach.units.models import Unit


def test_the_packaged_seeds_are_the_shared_ones():
    assert [p.name for p in seed_files()] == sorted(p.name for p in PACKAGED_SEEDS.glob("*.txt"))
    assert all(p.read_bytes() == (PACKAGED_SEEDS / p.name).read_bytes() for p in seed_files())


def test_it_loads_everything_once(db, settings, capsys):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
    call_command("load_demo")
    out = capsys.readouterr().out
    assert Plan.objects.filter(status=PlanStatus.ISSUED).count() == 5
    assert PlanSource.objects.filter(status="done").count() == 5
    assert Assignment.objects.filter(unit__name="Bộ Ngoại giao").exists()
    given = {plan.title: Assignment.objects.filter(task__plan=plan).count() for plan in Plan.objects.all()}
    assert min(given.values()) > 0, given  # every plan's units get work, as after a real review
    for username, role, _unit in DEMO_USERS:
        user = User.objects.get(username=username)
        assert user.role == role and user.password.startswith("argon2")
        assert f"{username}" in out and demo_password(username) in out
    assert authenticate(username="coordinator", password="demo-coordinator-2026") is not None
    check_the_recurring_plans_past_periods()
    counts = (Unit.objects.count(), Plan.objects.count(), Assignment.objects.count(), User.objects.count())
    call_command("load_demo")
    assert (Unit.objects.count(), Plan.objects.count(), Assignment.objects.count(),
            User.objects.count()) == counts


def check_the_recurring_plans_past_periods():
    """Seed 001 reports monthly: issued months back, each demo unit has past periods in several
    states (accepted, never sent and so late, returned) and one current period per task."""
    today = timezone.localdate()
    periods = Assignment.objects.filter(task__recurrence="monthly", unit__name=UNIT_A)
    chains = Counter(periods.values_list("task_id", flat=True))
    assert len(chains) >= 3 and min(chains.values()) >= 4  # a period a month since issuing
    current = Counter(periods.filter(due__gte=today).values_list("task_id", flat=True))
    assert current == Counter(dict.fromkeys(chains, 1))
    past = Counter(periods.filter(due__lt=today).values_list("report_state", flat=True))
    assert past["accepted"] >= 3 and past[""] >= 1  # some accepted, some never sent: late
    both = Assignment.objects.filter(task__recurrence="monthly", unit__name__in=[UNIT_A, UNIT_B])
    states = set(both.filter(due__lt=today).values_list("report_state", flat=True))
    assert {"accepted", "", "returned", "submitted"} <= states
