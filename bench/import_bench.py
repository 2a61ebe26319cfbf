"""Import benchmark: generate N report files in a temporary folder and time `import_articles` on them.

The goal (issue 5) is 10,000 files in under 2 minutes on SQLite and on PostgreSQL, with memory that stays
flat as the number of files grows. This script measures both, on a database of its own that it creates,
migrates and (unless --keep) removes, with production settings (DEBUG off):

    .venv/bin/python bench/import_bench.py --files 10000
    .venv/bin/python bench/import_bench.py --files 10000 --database-url postgres://postgres@127.0.0.1:5432/importhelper_bench

Without --database-url a fresh SQLite file in the temporary folder is used. A PostgreSQL database is created
if missing and dropped at the end; the names postgres, template*, test*, root are refused.

Files are generated from the importer's test fixtures (tests/importer/fixtures), each with a unique headline
and a varying paragraph naming one of 300 officials, a province and a cited document, so recognition,
official creation and linking all do real work. Every --photos-every'th file gets a JPEG photo next to it.

It prints, for the first run (everything created) and a second run over the same files (everything
unchanged): files, seconds, files per second, the CPU time the process used and the load average (on a
machine shared with other work, wall time overstates the cost), the pace for each 2,000 files (it should hold
steady), and the process's peak RSS. Comparing the peak RSS of --files 2000 and --files 10000 shows whether memory grows
with the number of files.
Not part of the test suite.
"""

import argparse
import io
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "importer" / "fixtures"
REFUSED = {"", "postgres", "template0", "template1", "root"}

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Quốc", "Thanh", "Hữu", "Ngọc", "Xuân", "Hồng"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hùng", "Khoa", "Lâm", "Long", "Mai", "Nam", "Phong",
         "Quân", "Sơn", "Tâm", "Thắng", "Trung", "Tuấn", "Việt", "Yến"]
PROVINCES = ["Hà Nội", "Cao Bằng", "Nghệ An", "Thanh Hóa", "Quảng Ninh", "Đà Nẵng", "Kiên Giang", "Cần Thơ",
             "Lâm Đồng", "Gia Lai", "Hải Phòng", "Sơn La", "Đồng Tháp", "Bến Tre", "Cà Mau", "Huế"]
TITLES = ["Phó Chủ tịch UBND tỉnh", "Trưởng Ban Tuyên giáo Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy",
          "Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy"]


def _environment(database_url, media_root):
    os.environ.update({
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "import-benchmark-only-" + "x" * 40,
        "DJANGO_ALLOWED_HOSTS": "localhost",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": database_url,
        "CACHE_URL": "locmem://import-bench",
        "MEDIA_ROOT": str(media_root),
        "LOG_LEVEL": "ERROR",
        "AXES_ENABLED": "0",
    })


def _postgres(url, *, create):
    import psycopg2

    parsed = urlparse(url)
    name = parsed.path.lstrip("/")
    if name in REFUSED or name.startswith(("test", "template")):
        raise SystemExit(f"Refusing to use database {name!r}: give the benchmark a database of its own.")
    conn = psycopg2.connect(host=parsed.hostname or "127.0.0.1", port=parsed.port or 5432,
                            user=parsed.username or "postgres", password=parsed.password or None, dbname="postgres")
    conn.autocommit = True
    with conn.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        if create:
            cursor.execute(f'CREATE DATABASE "{name}"')
    conn.close()


def generate(folder, count, *, photos_every, seed=5):
    """Write ``count`` report files (and some photos) into ``folder``, 500 to a sub-folder."""
    from PIL import Image

    rng = random.Random(seed)
    bases = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    people = [f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}" for _ in range(300)]
    buffer = io.BytesIO()
    Image.new("RGB", (320, 200), (40, 90, 150)).save(buffer, "JPEG", quality=80)
    photo = buffer.getvalue()
    for index in range(count):
        sub = folder / f"lo-{index // 500:03d}"
        sub.mkdir(exist_ok=True)
        headline, _, rest = bases[index % len(bases)].partition("\n")
        province = rng.choice(PROVINCES)
        extra = (
            f"Cũng tại buổi làm việc, đồng chí {rng.choice(people)}, {rng.choice(TITLES)} {province} "
            f"đề nghị tiếp tục thực hiện Nghị quyết số {rng.randint(1, 60)}-NQ/TW, báo cáo kết quả với "
            f"Ban Thường vụ Tỉnh ủy {province} trước ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}."
        )
        path = sub / f"bai-{index:06d}.txt"
        path.write_text(f"{headline} (số {index})\n{rest.rstrip()}\n\n{extra}\n", encoding="utf-8")
        if photos_every and index % photos_every == 0:
            (sub / f"bai-{index:06d}-1.jpg").write_bytes(photo)


class ReportTail(io.TextIOBase):
    """Where the command's report goes: keeps only the last line, and the time every ``every`` lines,
    so that the benchmark itself holds no memory per file and shows whether the pace holds up."""

    def __init__(self, every=2000):
        self.every, self.lines, self.last, self.marks = every, 0, "", [time.monotonic()]

    def write(self, text):
        for line in text.splitlines():
            if line.strip():
                self.lines += 1
                self.last = line
                if self.lines % self.every == 0:
                    self.marks.append(time.monotonic())
        return len(text)

    def pace(self):
        steps = [b - a for a, b in zip(self.marks, self.marks[1:], strict=False)]
        return ", ".join(f"{self.every / step:.0f}" for step in steps)


def _cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--photos-every", type=int, default=10, help="every Nth file has a photo (0: none)")
    parser.add_argument("--database-url", default="", help="postgres://… (default: a temporary SQLite file)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder and database")
    args = parser.parse_args(argv)

    url = args.database_url or ""
    is_postgres = urlparse(url).scheme in {"postgres", "postgresql"}
    if is_postgres:
        _postgres(url, create=True)
    work = Path(tempfile.mkdtemp(prefix="import-bench-"))
    url = url or f"sqlite:///{work / 'bench.sqlite3'}"
    _environment(url, work / "media")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    try:
        call_command("migrate", verbosity=0)
        source = work / "bai-cu"
        source.mkdir()
        started = time.monotonic()
        generate(source, args.files, photos_every=args.photos_every)
        print(f"generated {args.files} files in {time.monotonic() - started:.1f} s; "
              f"database: {connection.vendor}; RSS before import {peak_rss_mb():.0f} MB")
        for label in ("first run (created)", "second run (unchanged)"):
            out = ReportTail()
            cpu_before = _cpu_seconds()
            started = time.monotonic()
            call_command("import_articles", str(source), "--year", "2024", "--source", "Benchmark",
                         stdout=out, stderr=io.StringIO(), verbosity=1)
            elapsed = time.monotonic() - started
            print(f"{label}: {args.files} files in {elapsed:.1f} s = {args.files / elapsed:.0f} files/s "
                  f"(this process used {_cpu_seconds() - cpu_before:.1f} s of CPU; load average "
                  f"{os.getloadavg()[0]:.1f}); peak RSS {peak_rss_mb():.0f} MB; {out.last}")
            print(f"  files/s for each {out.every} files: {out.pace()}")
    finally:
        connection.close()
        if is_postgres and not args.keep:
            _postgres(url, create=False)
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
