"""`kehoach-manage load_demo`: demo directory, users, the seed plans issued (idempotent)."""

from django.core.management.base import BaseCommand

from kehoach.plans.demo import load_demo


class Command(BaseCommand):
    help = ("Nạp dữ liệu mẫu: danh bạ đơn vị, người dùng cho từng vai trò, năm kế hoạch mẫu "
            "được nhập, rà soát và ban hành; in bảng tài khoản đăng nhập.")

    def handle(self, *args, **options):
        logins = load_demo(log=self.stdout.write)
        widths = [max(len(getattr(x, f)) for x in logins) for f in ("username", "password", "role")]
        self.stdout.write("\nTài khoản mẫu:")
        for login in logins:
            self.stdout.write(f"  {login.username:<{widths[0]}}  {login.password:<{widths[1]}}  "
                              f"{login.role:<{widths[2]}}  {login.unit}")
