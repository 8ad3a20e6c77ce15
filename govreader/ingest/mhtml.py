"""Single-file web archives (.mhtml/.mht): the page's own HTML part, decoded."""

from __future__ import annotations

import email
import email.policy
import re
from email.message import Message
from typing import NamedTuple


class MhtmlPart(NamedTuple):
    data: bytes
    charset: str | None
    is_html: bool
    url: str | None
    undecodable: bool = False
    """Its transfer encoding (base64) yields nothing from a payload that is not blank: the
    archive is damaged, which is another reason than an empty page."""


_CONTENT_TYPE = re.compile(
    rb"^content-type:[^\n]*(?:\n[ \t][^\n]*)*+", re.IGNORECASE | re.MULTILINE
)
MAX_TYPE_HEADER = 8192
"""The longest Content-Type header (with its folded lines) an archive may have: the standard
library reads its parameters in time that grows as the square of its length (80,000 folded
parameters, 560 KB: 1.8 s; an archive at the size limit made of them would take hours). A saved
page's are under 200 bytes. The pattern measuring it is possessive (`*+`): a repeated group
otherwise keeps a backtracking state per folded line (8 million lines of ` x`: 1 GB)."""


class NoPagePart(Exception):
    """An archive of parts none of which is a page (only images, style sheets, fonts): read as
    it is, its MIME boundaries were an article."""


def main_part(data: bytes) -> MhtmlPart | None:
    """The archive's first text/html part (else text/plain), its payload decoded from QP/base64;
    None for an archive that cannot be read as one (the page is then read as it is). Raises
    `NoPagePart` for an archive read whole that holds no page."""
    if any(len(header.group()) > MAX_TYPE_HEADER for header in _CONTENT_TYPE.finditer(data)):
        return None
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    url = message.get("Snapshot-Content-Location") or message.get("Content-Location")
    fallback: Message | None = None
    for part in message.walk():
        if part.is_multipart():
            continue
        kind = part.get_content_type()
        if kind == "text/html":
            return _part(part, True, url)
        if kind == "text/plain" and fallback is None:
            fallback = part
    if fallback is not None:
        return _part(fallback, False, url)
    if message.is_multipart() and any(not part.is_multipart() for part in message.walk()):
        raise NoPagePart
    return None


def _part(part: Message, is_html: bool, url: str | None) -> MhtmlPart:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        payload = str(part.get_payload()).encode("utf-8", "replace")
    undecodable = (
        not payload.strip()
        and part.get("Content-Transfer-Encoding", "").strip().lower() == "base64"
        and bool(str(part.get_payload()).strip())
    )
    own_url = part.get("Content-Location")
    return MhtmlPart(payload, part.get_content_charset(), is_html, url or own_url, undecodable)
