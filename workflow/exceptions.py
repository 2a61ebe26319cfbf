"""Errors raised by workflow services. Every message is Vietnamese and safe to show to the user as is."""

from django.core.exceptions import PermissionDenied


class WorkflowError(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message

    def __str__(self):
        return str(self.message)


class ActionNotAllowed(WorkflowError, PermissionDenied):
    """The actor's role does not allow this action (or four eyes forbids it). Uncaught, it renders a 403."""


class InvalidState(WorkflowError):
    """The article is not in a state this action starts from."""


class MissingInput(WorkflowError):
    """A required comment, reason or time is missing or unusable."""


class EditConflict(WorkflowError):
    """Someone else saved the article after this editor opened it."""

    def __init__(self, message, *, current_version):
        super().__init__(message)
        self.current_version = current_version


class EditLocked(WorkflowError):
    """Someone else holds the article's edit lock."""


class PreviewLinkInvalid(WorkflowError):
    """A preview link that is forged, expired, or for an article already public."""

    def __init__(self, message, *, article=None):
        super().__init__(message)
        self.article = article
