"""The app's own words in a receipt's history, marked for translation.

Each step is stored twice: its English text (for the command line, logs and older readers) and
the marked template with its parameters, so the window shows it in the cashier's language. A
person's own words (a note, a reason) and a service's words stay as they were written.
"""

from __future__ import annotations

from pos_app.core.i18n import QT_TRANSLATE_NOOP as _N
from pos_app.core.i18n import Message

CONTEXT = "history"

ADDED = _N("history", "added to the journal")
SENDING = _N("history", "sending to the cashbox")
SUBMITTED = _N("history", "document {document_id}")
FISCALIZED = _N("history", "FD {fd}, FP {fp}")
SENT_AGAIN = _N("history", "a person chose to send it again")
FOUND = _N("history", "a person found it in the cashbox as document {document_id}")
REJECTED = _N("history", "the receipt was rejected")
CANCELLED = _N("history", "the receipt was cancelled")
COPY_DELIVERED = _N("history", "copy delivered")
COPY_ARRIVED = _N("history", "a person confirmed the customer got the copy")
COPY_AGAIN = _N("history", "a person asked to try again")
COPY_AGAIN_TO = _N("history", "a person asked to try again; copy to {phone}")
COPY_AGAIN_TO_WAS = _N("history", "a person asked to try again; copy to {phone} (was {old})")
NOTE_COPY_TO = _N("history", "{note}; copy to {phone}")
NOTE_COPY_TO_WAS = _N("history", "{note}; copy to {phone} (was {old})")


def said(template: str, **params: object) -> Message:
    """One of the texts above, filled in."""
    return Message.of(CONTEXT, template, params)


def copy_again(note: str | None, phone: str | None, old: str | None) -> Message:
    """A person sent the copy again, with their note, to a new phone (the one before kept)."""
    if phone is None:
        return Message.verbatim(note) if note else said(COPY_AGAIN)
    if note:
        return said(NOTE_COPY_TO_WAS if old else NOTE_COPY_TO, note=note, phone=phone, old=old)
    return said(COPY_AGAIN_TO_WAS if old else COPY_AGAIN_TO, phone=phone, old=old)
