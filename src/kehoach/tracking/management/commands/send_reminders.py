"""manage.py send_reminders: open the reporting periods that have begun and send every due reminder
now (run it from cron, or --enqueue)."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from kehoach.tracking.tasks import send_due, send_due_reminders


class Command(BaseCommand):
    help = "Gửi mọi nhắc nhở báo cáo đã đến hạn (send every due report reminder)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--enqueue", action="store_true",
                            help="queue the work for the background worker instead of doing it here")

    def handle(self, *args, enqueue: bool = False, **options) -> None:
        if enqueue:
            result = send_due_reminders.enqueue()
            self.stdout.write(f"queued {result.id}")
            return
        count = send_due()
        self.stdout.write(f"{count} reminder(s) processed")
