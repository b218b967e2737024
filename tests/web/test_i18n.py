"""The English catalogue: every message translated, the compiled .mo matching the .po."""

import gettext
import re
from pathlib import Path

from django.test import Client

import kehoach

LOCALE = Path(kehoach.__file__).parent / "locale" / "en" / "LC_MESSAGES"


def _join(part: str) -> str:
    return "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', part)).replace('\\"', '"').replace("\\n", "\n")


def _entries():
    """(msgid, msgstr) of each singular entry of django.po."""
    text = (LOCALE / "django.po").read_text(encoding="utf-8")
    for block in text.split("\n\n")[1:]:
        if "msgid_plural" in block:
            continue
        found = re.search(r'^msgid ((?:".*"\n)+)msgstr ((?:".*"\n?)+)', block + "\n", re.M)
        if found:
            yield _join(found.group(1)), _join(found.group(2))


def test_every_message_has_an_english_translation():
    untranslated = [msgid for msgid, msgstr in _entries() if msgid and not msgstr]
    assert untranslated == []


def test_the_compiled_catalogue_matches_the_source():
    with (LOCALE / "django.mo").open("rb") as fh:
        compiled = gettext.GNUTranslations(fh)
    stale = [msgid for msgid, msgstr in _entries() if msgid and compiled.gettext(msgid) != msgstr]
    assert stale == []


def test_pages_come_out_in_english(client_for, make_issued_plan):
    client = client_for("coordinator")
    make_issued_plan(title="Kế hoạch A")
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    body = client.get("/plans/").content.decode()
    assert "Import plans" in body and "Assignments" in body and "Issued" in body
    assert "Nhập kế hoạch" not in body


def test_a_browser_asking_for_english_gets_vietnamese_until_the_user_chooses(personas):
    """Vietnamese first: the browser's Accept-Language is not asked; the switcher's choice is."""
    client = Client(headers={"Accept-Language": "en-US,en;q=0.9"})
    login = client.get("/accounts/login/")
    assert '<html lang="vi">' in login.content.decode() and login["Content-Language"] == "vi"
    client.force_login(personas.users["coordinator"])
    assert "Nhập kế hoạch" in client.get("/plans/").content.decode()
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert "Import plans" in client.get("/plans/").content.decode()
    client.post("/i18n/setlang/", {"language": "vi", "next": "/"})
    assert "Nhập kế hoạch" in client.get("/plans/").content.decode()
