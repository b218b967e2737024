"""`kehoach-manage load_units`: the shipped directory (central bodies, provinces, communes)."""

from django.core.management.base import BaseCommand

from kehoach.units.directory import load_directory


class Command(BaseCommand):
    help = "Nạp danh bạ đơn vị đi kèm: cơ quan trung ương, 34 tỉnh, thành phố và các xã, phường."

    def handle(self, *args, **options):
        counts = load_directory()
        self.stdout.write("Danh bạ: thêm {central} cơ quan trung ương, {provinces} tỉnh/xã; "
                          "{collectives} tên gọi chung.".format(**counts))
