"""The JSON of a backup: Django's fixture format, with every time kept to the microsecond.

Django's own JSON encoder cuts times to milliseconds (ECMA-262 dates), so a restore would move every stamp —
publish times, revision and transition times — by up to a millisecond, and order by them could change. Loading needs
nothing special: ``loaddata`` reads these files as ordinary ``.json`` fixtures.
"""

import datetime

from django.core.serializers.json import Deserializer, DjangoJSONEncoder
from django.core.serializers.json import Serializer as JSONSerializer
from django.utils.timezone import is_aware

FORMAT_NAME = "backup-json"


class ExactJSONEncoder(DjangoJSONEncoder):
    def default(self, o):
        if isinstance(o, datetime.datetime):
            text = o.isoformat()
            return text.removesuffix("+00:00") + "Z" if text.endswith("+00:00") else text
        if isinstance(o, datetime.time):
            if is_aware(o):
                raise ValueError("JSON can't represent timezone-aware times.")
            return o.isoformat()
        return super().default(o)


class Serializer(JSONSerializer):
    def start_serialization(self):
        self.options.setdefault("cls", ExactJSONEncoder)
        super().start_serialization()


__all__ = ["FORMAT_NAME", "Deserializer", "ExactJSONEncoder", "Serializer"]
