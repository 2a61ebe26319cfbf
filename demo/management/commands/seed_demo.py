"""``python manage.py seed_demo``: fill an empty newsroom with demo content and demo accounts.

Why it exists: ``make run`` must show a browsable site on a fresh machine, with enough published
coverage to try every filter (province, topic, official, dates), photos with captions, officials
whose titles changed, and a few drafts that must stay invisible. It is safe to run again: nothing
that already exists is created twice or changed, and the demo passwords are printed each time.

It refuses to run when DEBUG is off, so that demo accounts with printed passwords cannot appear
in production by accident; ``--force`` overrides that for a deliberate demo deployment.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.urls import NoReverseMatch, reverse

from demo.seed import DemoSeedError, demo_seed


class Command(BaseCommand):
    help = "Tạo nội dung demo (tin bài, ảnh, nhân vật, tài khoản). Chạy lại nhiều lần không tạo trùng."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true",
            help="Chạy cả khi DEBUG tắt (chỉ dùng cho máy chủ demo, không bao giờ cho máy chủ thật).",
        )

    def handle(self, *args, force=False, verbosity=1, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_demo chỉ chạy khi DEBUG bật (DJANGO_DEBUG=1), vì lệnh này tạo tài khoản demo với mật khẩu "
                "công khai. Nếu đây đúng là máy chủ demo, chạy lại với --force. / "
                "seed_demo only runs with DEBUG on; pass --force for a deliberate demo server."
            )
        log = self.stdout.write if verbosity >= 2 else None
        try:
            report = demo_seed(log=log)
        except DemoSeedError as error:
            raise CommandError(str(error)) from error
        if verbosity < 1:
            return
        self._summary(report)
        self._accounts(report)

    def _summary(self, report):
        kinds = ["tin bài", "ảnh", "nhân vật", "chức vụ", "cơ quan", "văn bản", "tài khoản"]
        created = ", ".join(f"{report.created[kind]} {kind}" for kind in kinds if report.created[kind])
        existing = ", ".join(f"{report.existing[kind]} {kind}" for kind in kinds if report.existing[kind])
        if created:
            self.stdout.write(self.style.SUCCESS(f"Đã tạo nội dung demo: {created}."))
        else:
            self.stdout.write(self.style.SUCCESS("Nội dung demo đã có sẵn, không tạo thêm gì."))
        if existing:
            self.stdout.write(f"Đã có từ trước (giữ nguyên): {existing}.")

    def _accounts(self, report):
        try:
            admin_url = reverse("admin:index")
        except NoReverseMatch:
            admin_url = "/admin/"
        rule = "=" * 78
        self.stdout.write(rule)
        self.stdout.write(self.style.WARNING("TÀI KHOẢN DEMO - chỉ dùng cho bản demo / DEMO ACCOUNTS - demo only"))
        self.stdout.write(rule)
        for account, password, created in report.accounts:
            note = "" if created else "  (đã có, mật khẩu không bị đặt lại / existing, password not reset)"
            self.stdout.write(f"  {account.label:<32} {account.username:<15} mật khẩu / password: {password}{note}")
        self.stdout.write(f"  Đăng nhập / log in: http://127.0.0.1:8000{admin_url}")
        for warning in report.warnings:
            self.stdout.write(self.style.WARNING(f"  {warning}"))
        self.stdout.write("  Không dùng các mật khẩu này trên máy chủ thật. / Never use these passwords in production.")
        self.stdout.write(rule)
