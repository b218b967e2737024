"""Rebuild the dashboards' counters from the assignments (after bulk loads or a repair)."""

from django.core.management.base import BaseCommand

from kehoach.plans.models import Plan
from kehoach.tracking import progress


class Command(BaseCommand):
    help = "Đếm lại tiến độ (số lượt giao, đã báo cáo, trễ hạn) của các kế hoạch từ các lượt giao."

    def add_arguments(self, parser):
        parser.add_argument("plans", nargs="*", help="uuid of the plans to recount (default: all)")

    def handle(self, *args, plans=(), **options):
        chosen = Plan.objects.filter(uuid__in=plans) if plans else Plan.objects.all()
        ids = list(chosen.values_list("pk", flat=True))
        progress.recount(ids)
        self.stdout.write(f"recounted {len(ids)} plan(s)")
