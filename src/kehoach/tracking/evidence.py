"""Evidence files: the type is read from the file's first bytes, never from its name or the browser."""

from __future__ import annotations

import zipfile
from typing import IO

from django.conf import settings
from django.utils.translation import gettext as _

PDF, DOCX, XLSX, ODT = ("application/pdf",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "application/vnd.oasis.opendocument.text")
JPEG, PNG = "image/jpeg", "image/png"
ALLOWED_LABEL = "PDF, DOCX, XLSX, ODT, JPEG, PNG"

_PLAIN_MAGIC = ((b"%PDF-", PDF), (b"\xff\xd8\xff", JPEG), (b"\x89PNG\r\n\x1a\n", PNG))
# Office files are ZIP archives; the member that defines each kind tells them apart.
_ZIP_MEMBERS = (("word/document.xml", DOCX), ("xl/workbook.xml", XLSX))


class EvidenceError(ValueError):
    """A file we refuse, with a one-line Vietnamese reason naming it."""


def _sniff_zip(stream: IO[bytes]) -> str | None:
    try:
        with zipfile.ZipFile(stream) as archive:
            names = set(archive.namelist())
            for member, content_type in _ZIP_MEMBERS:
                if member in names:
                    return content_type
            if "mimetype" in names and archive.read("mimetype").strip() == ODT.encode():
                return ODT
    except (zipfile.BadZipFile, OSError, KeyError):
        return None
    return None


def sniff(stream: IO[bytes]) -> str | None:
    """The allowed content type the bytes show, or None."""
    stream.seek(0)
    head = stream.read(8)
    stream.seek(0)
    for magic, content_type in _PLAIN_MAGIC:
        if head.startswith(magic):
            return content_type
    if head.startswith(b"PK\x03\x04"):
        found = _sniff_zip(stream)
        stream.seek(0)
        return found
    return None


def check(name: str, size: int, stream: IO[bytes]) -> str:
    """The file's content type, or EvidenceError when it is empty, too large or of a refused type."""
    limit = settings.KEHOACH_MAX_ATTACHMENT_BYTES
    if size == 0:
        raise EvidenceError(_("Tệp %(name)s rỗng.") % {"name": name})
    if size > limit:
        raise EvidenceError(_("Tệp %(name)s quá lớn (%(size)s MB, tối đa %(limit)s MB).") % {
            "name": name, "size": round(size / 2**20, 1), "limit": round(limit / 2**20, 1)})
    content_type = sniff(stream)
    if content_type is None:
        raise EvidenceError(_("Tệp %(name)s không thuộc loại được nhận (%(allowed)s).") % {
            "name": name, "allowed": ALLOWED_LABEL})
    return content_type
