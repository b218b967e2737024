"""Calendar feed tokens: a per-user secret that lets a calendar program fetch the user's deadlines."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _

from kehoach.api.models import hash_token


class CalendarTokenQuerySet(models.QuerySet):
    def issue(self, user) -> str:
        """A new feed secret for the user, replacing the old one (so a leaked URL can be cut off).
        The raw secret is returned once and only its hash is kept."""
        raw = secrets.token_urlsafe(24)
        with transaction.atomic():
            self.filter(user=user).delete()
            self.create(user=user, digest=hash_token(raw))
        return raw

    def user_for(self, raw: str):
        """The active user owning the secret, or None."""
        token = self.select_related("user__unit").filter(digest=hash_token(raw)).first() if raw else None
        return token.user if token and token.user.is_active else None


class CalendarToken(models.Model):
    """Grants read access to the calendars of its user's scope, nothing else."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="calendar_tokens")
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = CalendarTokenQuerySet.as_manager()

    class Meta:
        verbose_name = _("khoá lịch")
        verbose_name_plural = _("khoá lịch")
