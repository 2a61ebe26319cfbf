from workflow.models.desks import Desk
from workflow.models.locks import EditLock
from workflow.models.previews import PreviewLink, RevokeReason
from workflow.models.revisions import Correction, Revision
from workflow.models.transitions import Action, Transition

__all__ = ["Action", "Correction", "Desk", "EditLock", "PreviewLink", "Revision", "RevokeReason", "Transition"]
