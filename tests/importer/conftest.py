import io
import os
import shutil
import time
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.factories import make_user
from tests.samples import shared_sample
from workflow.services import article_approve, article_return

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def sample_text():
    return shared_sample().read_text(encoding="utf-8")


@pytest.fixture
def import_dir(tmp_path):
    folder = tmp_path / "bai-cu"
    folder.mkdir()
    return folder


def copy_fixture(name, folder, *, mtime=None):
    target = folder / name
    shutil.copyfile(FIXTURES / name, target)
    if mtime is not None:
        os.utime(target, (mtime, mtime))
    return target


def write(folder, name, content, *, encoding="utf-8", mtime=None):
    target = folder / name
    if isinstance(content, bytes):
        target.write_bytes(content)
    else:
        target.write_text(content, encoding=encoding)
    if mtime is not None:
        os.utime(target, (mtime, mtime))
    return target


def import_articles(*args, verbosity=1):
    """Run the command; return its stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    call_command("import_articles", *[str(a) for a in args], stdout=out, stderr=err, verbosity=verbosity)
    return out.getvalue(), err.getvalue()


def timestamp(year, month=12, day=1):
    return time.mktime((year, month, day, 12, 0, 0, 0, 0, -1))


def publish(article):
    """Approve an imported article (it waits in the queue) as a moderator would."""
    article_approve(article=article, actor=make_user(role="moderator"))


def return_to_draft(article):
    article_return(article=article, actor=make_user(role="moderator"), comment="Cần sửa thêm.")


@pytest.fixture
def needs_gazetteer():
    """Skip, saying why, where the gazetteer's data file is not installed (the units a district or commune implies)."""
    from importer.recognition.gazetteer import Gazetteer

    if not Gazetteer.load().before:
        pytest.skip("the gazetteer's data file is not installed")
