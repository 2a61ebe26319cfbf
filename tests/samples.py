"""The newsroom's own sample reports live beside the repository (../shared/samples), not in it.

CI checks out ../shared and runs the tests that compare against them; a fresh clone with nothing beside it skips
those tests with a visible reason and passes on the repository's own fixtures and corpus.
"""

from pathlib import Path

import pytest
from django.conf import settings

SHARED_SAMPLES = Path(settings.BASE_DIR).parent / "shared" / "samples"
KIEN_GIANG = "kien-giang-xay-dung-dang.txt"


def shared_sample(name=KIEN_GIANG):
    """The path of a shared sample, or skip the calling test when ../shared/samples is not beside the checkout."""
    path = SHARED_SAMPLES / name
    if not path.is_file():
        pytest.skip(f"needs ../shared/samples/{name} beside the repository (present in CI, absent in a fresh clone)")
    return path
