"""API tokens: a user's bearer secret, stored only as a hash."""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

PREFIX = "kh_"


def hash_token(raw: str) -> str:
    """SHA-256 of the token: tokens are long random strings, so a slow hash adds nothing."""
    return hashlib.sha256(raw.encode()).hexdigest()


class ApiTokenQuerySet(models.QuerySet):
    def issue(self, user, name: str) -> tuple[ApiToken, str]:
        """A new token for the user; the raw secret is returned once and never stored."""
        raw = PREFIX + secrets.token_urlsafe(32)
        token = self.create(user=user, name=name, digest=hash_token(raw), hint=raw[-4:])
        return token, raw

    def user_for(self, raw: str):
        """The active user owning the token, or None."""
        token = (self.select_related("user").filter(digest=hash_token(raw), revoked=False)
                 .first())
        if token is None or not token.user.is_active:
            return None
        return token.user


class ApiToken(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(_("tên"), max_length=100)
    digest = models.CharField(max_length=64, unique=True)
    hint = models.CharField(max_length=8)  # the last characters, so a user can tell tokens apart
    revoked = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        verbose_name = _("khoá API")
        verbose_name_plural = _("khoá API")
        ordering = ["-created_at"]
