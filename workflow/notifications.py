"""Workflow emails. Bodies come from templates under templates/email/workflow/; sending happens after commit."""

import logging

from django.conf import settings
from django.core.mail import send_mass_mail
from django.db import transaction
from django.template import Context
from django.template.loader import get_template
from django.urls import reverse

from core.sites import site_url

logger = logging.getLogger(__name__)


def admin_url(name, *args):
    return site_url() + reverse(f"admin:{name}", args=args)


def article_admin_url(article):
    return admin_url("articles_article_change", article.pk)


def render_plain_text(template_name, context):
    """Render an e-mail template with autoescaping off: mail is plain text, so ``&`` must stay ``&``, not ``&amp;``.

    HTML escaping protects a browser, not a mail client; in a subject or body it only garbles headlines.
    """
    return get_template(template_name).template.render(Context(context, autoescape=False))


def plain_subject(text):
    """One line: headlines and reader-sent titles may carry newlines, and a header must never break in two."""
    return " ".join(str(text).split())


def send_templated(*, template, recipients, context):
    emails = sorted({user.email for user in recipients if user and user.is_active and user.email})
    if not emails:
        return 0
    context = {"site_name": settings.SITE_NAME, **context}
    subject = plain_subject(render_plain_text(f"email/workflow/{template}_subject.txt", context))
    body = render_plain_text(f"email/workflow/{template}_body.txt", context)
    try:
        # One message per person: moderators' addresses are not shown to each other or to authors.
        return send_mass_mail([(subject, body, None, [email]) for email in emails])
    except Exception:  # a mail server outage must not undo or block an editorial decision
        logger.exception("Workflow email %s could not be sent to %s", template, emails)
        return 0


def notify_on_commit(*, template, recipients, context):
    recipients = list(recipients)
    transaction.on_commit(lambda: send_templated(template=template, recipients=recipients, context=context))
