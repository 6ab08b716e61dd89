"""A promo submission in words, for the promo panel's table: what was sent, and why it stands
where it does (the reject reason with what to do, a lost answer, the last error, the goods
counted). The words are the panel's: translated in its context, PromoDialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pos_app.core.journal import PromoState, PromoSubmission
from pos_app.core.services.inshopper import REJECT_ADVICE, REJECT_REASONS
from pos_app.qt.messages import message_text
from pos_app.qt.translations import translated


def reason_text(code: str) -> str:
    """A reject reason in the window's language, with what to do."""
    words = REJECT_REASONS.get(code)
    if words is None:
        return code
    advice = REJECT_ADVICE.get(code)
    text = translated("services", words)
    return f"{text} {translated('services', advice)}" if advice else text


def what_text(submission: PromoSubmission) -> str:
    """The journal's receipt that was sent, or a photo."""
    if submission.receipt_id is not None:
        return QCoreApplication.translate("PromoDialog", "receipt {id}").format(
            id=submission.receipt_id
        )
    return QCoreApplication.translate("PromoDialog", "photo")


def why_text(submission: PromoSubmission) -> str:
    """Why the submission stands where it does; empty when there is nothing to say."""
    if submission.reject_reason:
        return reason_text(submission.reject_reason)
    if submission.state is PromoState.UNKNOWN:
        return QCoreApplication.translate(
            "PromoDialog",
            "The answer was lost: the service may have it. Send again only if the campaign"
            " does not show it.",
        )
    if submission.last_error is not None and not submission.state.is_final:
        return message_text(submission.last_error)
    if submission.quantity:
        return QCoreApplication.translate("PromoDialog", "{count} goods counted").format(
            count=submission.quantity
        )
    return ""
