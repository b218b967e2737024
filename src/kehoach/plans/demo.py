"""Demo data: the unit directory, demo users per role, the seed plans imported through the
real pipeline and issued. Idempotent: running it again adds nothing new."""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
from dataclasses import dataclass
from pathlib import Path

from django.core.files import File
from django.utils import timezone

import kehoach
from kehoach.accounts.models import Role, User
from kehoach.plans.edits import set_task_fields
from kehoach.plans.issuing import IssueSummary, issue_plan
from kehoach.plans.models import Plan, PlanSource, PlanStatus
from kehoach.plans.records import effective_record
from kehoach.plans.tasks import import_plan_source
from kehoach.tracking.periods import duty_schedule
from kehoach.tracking.recurring import open_periods
from kehoach.units.directory import load_directory
from kehoach.units.importing import import_units
from kehoach.units.models import Unit

OFFICE = "Văn phòng Cơ quan Thường trực Ban Chỉ đạo Nhân quyền Chính phủ"
UNIT_A, UNIT_B = "Bộ Ngoại giao", "Bộ Công an"
# username, role, unit name
DEMO_USERS = [
    ("admin", Role.ADMIN, OFFICE),
    ("coordinator", Role.COORDINATOR, OFFICE),
    ("reporter_a", Role.REPORTER, UNIT_A),
    ("head_a", Role.UNIT_HEAD, UNIT_A),
    ("viewer_a", Role.VIEWER, UNIT_A),
    ("reporter_b", Role.REPORTER, UNIT_B),
    ("head_b", Role.UNIT_HEAD, UNIT_B),
]
PACKAGED_SEEDS = Path(__file__).parent / "demo"
# The seed issuers' own bodies (Sở Ngoại vụ Hải Phòng's offices, Lai Châu's paper and radio…): the
# shipped directory has no province's departments, and an office adds its own before reviewing.
DEMO_UNITS = PACKAGED_SEEDS / "units.csv"
# A plan with a recurring duty is issued as if this long ago, so its units have past periods to
# show (reported or not) beside the current one.
RECURRING_ISSUED_AGO = dt.timedelta(days=120)
RECURRING_TASKS = 3


@dataclass
class DemoLogin:
    username: str
    password: str
    role: str
    unit: str


def demo_password(username: str) -> str:
    return f"demo-{username}-2026"


def seed_files() -> list[Path]:
    """The seed plans: ../shared/corpus/seeds beside the checkout, else the packaged copies."""
    shared = Path(kehoach.__file__).resolve().parents[2].parent / "shared" / "corpus" / "seeds"
    folder = shared if any(shared.glob("*.txt")) else PACKAGED_SEEDS
    return sorted(folder.glob("*.txt"))


def ensure_users() -> list[DemoLogin]:
    """Create or reset the demo users (argon2-hashed passwords)."""
    logins = []
    for username, role, unit_name in DEMO_USERS:
        unit = Unit.objects.get(name=unit_name)
        user, _ = User.objects.get_or_create(username=username)
        user.role, user.unit, user.is_active = role, unit, True
        user.is_staff = user.is_superuser = role == Role.ADMIN
        user.set_password(demo_password(username))
        user.save()
        logins.append(DemoLogin(username, demo_password(username), user.get_role_display(), unit.name))
    return logins


def import_seed(path: Path, coordinator: User) -> PlanSource:
    """Import one seed file through the real ingest task (run in-process), unless already imported."""
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    known = PlanSource.objects.filter(owner=coordinator.unit, sha256=digest, status="done").first()
    if known:
        return known
    with path.open("rb") as fh:
        source = PlanSource.objects.create(owner=coordinator.unit, file=File(fh, name=path.name),
                                           original_name=path.name, sha256=digest, size=len(data),
                                           uploaded_by=coordinator)
    import_plan_source.call(source_id=source.id)
    source.refresh_from_db()
    return source


def staff_unnamed_tasks(plan: Plan) -> None:
    """Give the first tasks the plan names no unit for to the two demo units, as the office would in
    review (a few are enough to show periods; each more costs the demo load reports to write)."""
    edits = plan.edits or {}
    unnamed = [task for task in effective_record(plan)["tasks"] if not task.get("lead")]
    for task in unnamed[:RECURRING_TASKS]:
        edits = set_task_fields(plan.record, edits, task["key"], {"lead": [UNIT_A, UNIT_B]})
    plan.edits = edits
    plan.save(update_fields=["edits"])


def issue_demo_plan(plan: Plan) -> IssueSummary:
    """Issue a seed plan; one with a recurring duty as if issued months ago, its tasks given to the
    demo units and the periods since opened (each then gets a report in some state)."""
    if duty_schedule(effective_record(plan).get("reporting") or []) is None:
        return issue_plan(plan)
    staff_unnamed_tasks(plan)
    today = timezone.localdate()
    summary = issue_plan(plan, on=today - RECURRING_ISSUED_AGO)
    summary.assignments += open_periods(today, [plan.pk])
    return summary


def add_tracking_demo() -> bool:
    """Reports in each state, from the tracking app's own demo module, when it exists."""
    try:
        demo = importlib.import_module("kehoach.tracking.demo")
    except ModuleNotFoundError:
        return False
    demo.add_demo_reports()
    return True


def load_demo(log=print) -> list[DemoLogin]:
    counts = load_directory()
    counts["demo"] = import_units(DEMO_UNITS.read_text(encoding="utf-8")).created
    log(f"Danh bạ: {counts}")
    logins = ensure_users()
    coordinator = User.objects.get(username="coordinator")
    for path in seed_files():
        source = import_seed(path, coordinator)
        if source.plan and source.plan.status == PlanStatus.DRAFT:
            summary = issue_demo_plan(source.plan)
            log(f"{path.name}: ban hành, {summary.tasks} nhiệm vụ, {summary.assignments} lượt giao")
        else:
            log(f"{path.name}: {source.get_status_display()} {source.error}".strip())
    if add_tracking_demo():
        log("Báo cáo mẫu: đã thêm (kehoach.tracking.demo)")
    return logins
