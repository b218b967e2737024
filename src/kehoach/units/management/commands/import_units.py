"""`kehoach-manage import_units FILE.csv`: add or update units from a CSV file."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from kehoach.units.importing import UnitImportError, import_units


class Command(BaseCommand):
    help = ("Nhập đơn vị từ tệp CSV (cột: name, short_name, kind, parent, aliases[, successors]); "
            "có dòng lỗi thì không lưu gì.")

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)

    def handle(self, *args, file: Path, **options):
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"{file}: không đọc được tệp ({exc})") from exc
        try:
            summary = import_units(text)
        except UnitImportError as exc:
            raise CommandError(f"{file}: không lưu gì vì:\n" + "\n".join(exc.errors)) from exc
        self.stdout.write(f"{file}: thêm {summary.created}, cập nhật {summary.updated} đơn vị.")
