"""Production settings pass `check --deploy`; settings fail loudly when misconfigured."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from kehoach.web.env import env_bool, env_int, env_list, env_str

MANAGE = Path(sys.executable).with_name("kehoach-manage")


def _manage(tmp_path, *args, **env):
    base = {k: v for k, v in os.environ.items() if not k.startswith(("KEHOACH_", "DJANGO_", "DATABASE_URL"))}
    base.update(DJANGO_SETTINGS_MODULE="kehoach.web.settings", KEHOACH_DATA_DIR=str(tmp_path), **env)
    return subprocess.run([str(MANAGE), *args], env=base, capture_output=True, text=True, timeout=120)


def test_production_settings_pass_the_deploy_check(tmp_path):
    result = _manage(tmp_path, "check", "--deploy", "--fail-level", "WARNING",
                     KEHOACH_SECRET_KEY=secrets.token_urlsafe(50), KEHOACH_ALLOWED_HOSTS="kehoach.example.vn")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    result = _manage(tmp_path, "check")
    assert result.returncode != 0
    assert "KEHOACH_SECRET_KEY must be set" in result.stderr


def test_csrf_is_enforced(client_for):
    client = client_for("coordinator")
    client.handler.enforce_csrf_checks = True
    assert client.post("/plans/import/", {}).status_code == 403


def test_passwords_are_hashed_with_argon2():
    from kehoach.web import settings as production  # the module, not the test's override

    assert production.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher"


@pytest.mark.parametrize(("raw", "expected"), [("1", True), ("yes", True), ("Off", False), ("", False)])
def test_env_bool_reads_the_usual_spellings(monkeypatch, raw, expected):
    monkeypatch.setenv("KEHOACH_X", raw)
    assert env_bool("KEHOACH_X", not expected) is expected


def test_env_helpers_fail_loudly_on_bad_values(monkeypatch):
    monkeypatch.setenv("KEHOACH_X", "maybe")
    with pytest.raises(ValueError, match="KEHOACH_X='maybe'"):
        env_bool("KEHOACH_X", False)
    monkeypatch.setenv("KEHOACH_N", "ten")
    with pytest.raises(ValueError, match="expected a whole number"):
        env_int("KEHOACH_N", 1)


def test_env_helpers_fall_back_to_defaults(monkeypatch):
    monkeypatch.delenv("KEHOACH_UNSET", raising=False)
    assert env_str("KEHOACH_UNSET", "a") == "a" and env_int("KEHOACH_UNSET", 3) == 3
    monkeypatch.setenv("KEHOACH_L", " a, b ,,c ")
    assert env_list("KEHOACH_L", []) == ["a", "b", "c"]
