"""HTML to text with lxml: script/style dropped, block elements end a line, cells are separated.

Hidden text (``display:none``) is kept on purpose: it is still sent to the recipient.
"""

from __future__ import annotations

import re

from lxml import etree, html

from sentinelle.classifiers.extractors._common import Budget, Output, Piece, clip, decode_text

_DROP = ("script", "style", "template")
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "br",
        "tr",
        "li",
        "ul",
        "ol",
        "table",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "section",
        "article",
        "header",
        "footer",
        "title",
        "dt",
        "dd",
        "hr",
        "address",
        "form",
        "fieldset",
    ]
)
_CELLS = frozenset({"td", "th"})
_PARSER = html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, encoding="utf-8")
_SPACES = re.compile(r"[ \t\r\f\v\xa0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")
# libxml2 drops text after </body> or </html>; browsers (HTML5 "after body" mode) show it as body text.
_BODY_END = re.compile(r"(?i)</\s*(?:body|html)\b[^>]*>")


def html_to_text(markup: str) -> str:
    """Visible text of an HTML document or fragment ("" when there is none; the markup itself
    when lxml cannot parse it)."""
    if not markup.strip():
        return ""
    try:
        root = html.document_fromstring(_BODY_END.sub(" ", markup).encode("utf-8", "surrogatepass"), parser=_PARSER)
    except (etree.ParserError, ValueError, etree.XMLSyntaxError):
        return markup  # unparseable markup still reaches the recipient: its raw text is inspected
    etree.strip_elements(root, *_DROP, with_tail=False)
    for element in root.iter():
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if tag in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
        elif tag in _CELLS:
            element.tail = " \t" + (element.tail or "")
    text = root.text_content()
    text = _SPACES.sub(" ", text)
    return _BLANK_LINES.sub("\n", text).strip()


def extract(data: bytes, charset: str | None, budget: Budget) -> Output:
    return Output(pieces=(Piece(clip(html_to_text(decode_text(data, charset)), budget.max_chars)),))
