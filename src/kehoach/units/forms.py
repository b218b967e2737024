"""Forms of the units area."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from kehoach.units.importing import UnitImportError, import_units


class UnitCsvForm(forms.Form):
    """Upload a CSV of units; `save()` imports it or raises UnitImportError."""

    file = forms.FileField(label=_("Tệp CSV"), help_text=_(
        "Cột: name, short_name, kind, parent, aliases (tên gọi khác cách nhau bằng dấu ;)."))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        try:
            return upload.read().decode("utf-8-sig")
        except UnicodeDecodeError:
            raise forms.ValidationError(_("Tệp phải là CSV mã hóa UTF-8.")) from None

    def save(self):
        return import_units(self.cleaned_data["file"])


__all__ = ["UnitCsvForm", "UnitImportError"]
