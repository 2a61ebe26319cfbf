"""Importing source files into the moderation queue: see ``Importer``."""

from importer.pipeline.base import Options, Outcome, Result, content_hash, path_key
from importer.pipeline.importer import Importer

__all__ = ["Importer", "Options", "Outcome", "Result", "content_hash", "path_key"]
