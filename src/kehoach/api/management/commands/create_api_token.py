"""manage.py create_api_token USERNAME [--name NAME]: print a new API token for the user."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from kehoach.api.models import ApiToken


class Command(BaseCommand):
    help = "Tạo khoá API cho một người dùng và in ra một lần (create an API token, printed once)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("username")
        parser.add_argument("--name", default="command line", help="a label to tell tokens apart")

    def handle(self, *args, username: str, name: str, **options) -> None:
        try:
            user = get_user_model().objects.get(username=username, is_active=True)
        except get_user_model().DoesNotExist:
            raise CommandError(f"{username}: no such active user") from None
        _token, raw = ApiToken.objects.issue(user, name)
        self.stdout.write(raw)
