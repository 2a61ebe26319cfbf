# The English interface still shows Vietnamese dates as day/month/year: the content is Vietnamese.
from core.formats.vi.formats import *  # noqa: F403

DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
