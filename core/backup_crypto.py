"""Encrypted backups: the .tar.gz cut into chunks, each sealed with Fernet (``cryptography``) under BACKUP_ENCRYPTION_KEY.

A backup holds password hashes and readers' contact details, and is meant to be copied off the machine. Fernet
(AES-128-CBC with HMAC-SHA256) is an authenticated, well-reviewed recipe; it has no streaming mode, so the archive
is sealed one megabyte at a time and never held whole in memory. Each chunk's sealed text starts with the
archive's random id, the chunk's number and a last-chunk flag, so chunks cannot be reordered, dropped, cut off at
the end or spliced in from another backup without the restore noticing.

File layout: MAGIC, then the 16-byte archive id, then for each chunk a 4-byte big-endian length and the Fernet token.
"""

import os
import struct

from cryptography.fernet import Fernet, InvalidToken
from django.conf import settings

MAGIC = b"NEWSROOM-BACKUP-FERNET-1\n"
CHUNK_BYTES = 1024 * 1024
_HEADER = struct.Struct(">16sQ?")  # archive id, chunk number, last chunk
_LENGTH = struct.Struct(">I")
# A Fernet token of one chunk is about 4/3 of it; anything far larger is not ours.
_MAX_TOKEN = 2 * CHUNK_BYTES + 4096


class EncryptionError(Exception):
    pass


def configured_key():
    return (getattr(settings, "BACKUP_ENCRYPTION_KEY", "") or "").strip()


def generate_key():
    return Fernet.generate_key().decode("ascii")


def _fernet(key):
    try:
        return Fernet(key.encode("ascii") if isinstance(key, str) else key)
    except (ValueError, UnicodeEncodeError) as exc:
        raise EncryptionError(
            "BACKUP_ENCRYPTION_KEY không hợp lệ: cần một khóa Fernet (32 byte, base64 an toàn cho URL). "
            "Tạo khóa mới bằng `manage.py backup_site --generate-key`."
        ) from exc


def is_encrypted(path):
    with open(path, "rb") as handle:
        return handle.read(len(MAGIC)) == MAGIC


class EncryptingWriter:
    """A write-only file object for ``tarfile.open(fileobj=..., mode="w|gz")`` that seals what it is given."""

    def __init__(self, raw, key):
        self._raw, self._fernet = raw, _fernet(key)
        self._id = os.urandom(16)
        self._buffer = bytearray()
        self._number = 0
        self._closed = False
        raw.write(MAGIC + self._id)

    def write(self, data):
        self._buffer += data
        while len(self._buffer) > CHUNK_BYTES:  # keep at least one byte back: the last chunk is written by close()
            self._seal(bytes(self._buffer[:CHUNK_BYTES]), last=False)
            del self._buffer[:CHUNK_BYTES]
        return len(data)

    def _seal(self, data, *, last):
        token = self._fernet.encrypt(_HEADER.pack(self._id, self._number, last) + data)
        self._raw.write(_LENGTH.pack(len(token)) + token)
        self._number += 1

    def close(self):
        if not self._closed:
            self._closed = True
            self._seal(bytes(self._buffer), last=True)
            self._buffer.clear()


def decrypt_file(source, target, key):
    """Write the plain archive of the encrypted ``source`` into the open binary file ``target``."""
    fernet = _fernet(key)
    wrong = EncryptionError(
        "BACKUP_ENCRYPTION_KEY không mở được bản sao lưu này: sai khóa, hoặc tệp đã bị sửa hay bị cắt cụt."
    )
    with open(source, "rb") as handle:
        if handle.read(len(MAGIC)) != MAGIC:
            raise EncryptionError("Tệp không phải bản sao lưu được mã hóa.")
        archive_id = handle.read(16)
        number = 0
        while True:
            length = handle.read(_LENGTH.size)
            if len(length) != _LENGTH.size:
                raise wrong  # ended before the last chunk
            (size,) = _LENGTH.unpack(length)
            token = handle.read(size) if size <= _MAX_TOKEN else b""
            if not token or len(token) != size:
                raise wrong
            try:
                plain = fernet.decrypt(token)
            except InvalidToken as exc:
                raise wrong from exc
            if len(plain) < _HEADER.size:
                raise wrong
            chunk_id, chunk_number, last = _HEADER.unpack_from(plain)
            if chunk_id != archive_id or chunk_number != number:
                raise wrong
            target.write(plain[_HEADER.size:])
            number += 1
            if last:
                break
        if handle.read(1):
            raise wrong  # something appended after the last chunk


__all__ = ["EncryptingWriter", "EncryptionError", "configured_key", "decrypt_file", "generate_key", "is_encrypted"]
