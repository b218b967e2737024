"""Sign-in backend: Django's own, with the signed-in user fetched together with its unit."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend


class UserWithUnitBackend(ModelBackend):
    """Every page's top bar names the user's unit: loading it with the user spares each page a
    query of its own (bench/web_bench.py)."""

    def get_user(self, user_id):
        model = get_user_model()
        try:
            user = model._default_manager.select_related("unit").get(pk=user_id)
        except model.DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None
