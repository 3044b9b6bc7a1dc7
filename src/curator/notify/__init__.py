"""Telling the team after a run: the digest, sent through apprise to email, chat or a webhook.

``message`` decides whether a run has news and renders the title and body (sandboxed Jinja2
templates); ``send`` hands them to apprise, one target at a time, and keeps the targets'
secrets out of every line it logs. A failing target is reported, never raised: a notification
is a courtesy, and it must not turn a good run into a failed one.
"""

from curator.notify.message import Message, NotifyTemplateError, compile_template, compose
from curator.notify.send import Delivery, send

__all__ = ["Delivery", "Message", "NotifyTemplateError", "compile_template", "compose", "send"]
