"""DOCX, PPTX and OpenDocument text by reading their XML parts (runs in a sandbox worker).

Reading the XML directly (rather than through python-docx) covers what the recipient sees and
the libraries skip: headers, footers, footnotes, comments, text boxes, speaker notes. Members
are read through ``archive.read_member``, so an Office file is no way around the zip-bomb checks.
"""

from __future__ import annotations

import re

from lxml import etree

from sentinelle.classifiers.extractors._common import MEMBER_LIMIT, Budget, Output, Piece, Problem, clip
from sentinelle.classifiers.extractors.archive import MemberError, open_zip, read_member

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_TEXT_NS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE_NS = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"

_DOCX_PARTS = re.compile(r"^word/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$|^docProps/core\.xml$")
_PPTX_PARTS = re.compile(r"^ppt/(slides/slide|notesSlides/notesSlide|comments/comment)\d+\.xml$|^docProps/core\.xml$")
_ODF_PARTS = re.compile(r"^(content|styles|meta)\.xml$")

# Elements that end a line, and those that stand for whitespace.
_BREAKS = frozenset(
    {
        f"{_W}p",
        f"{_W}br",
        f"{_W}cr",
        f"{_A}p",
        f"{_A}br",
        f"{_TEXT_NS}p",
        f"{_TEXT_NS}h",
        f"{_TEXT_NS}line-break",
        f"{_TABLE_NS}table-row",
    }
)
_TABS = frozenset({f"{_W}tab", f"{_TEXT_NS}tab", f"{_TABLE_NS}table-cell", f"{_TEXT_NS}s"})
# A Word table's cells hold paragraphs of their own: a paragraph that closes a cell ends with a tab and the
# row with a line break, so that a row reads as one line of columns ("MOREL\tThomas\t27/11/1969\t...") as
# in a spreadsheet, not as one line per cell.
_W_CELL, _W_ROW, _W_PARAGRAPH = f"{_W}tc", f"{_W}tr", f"{_W}p"
_META_PARTS = frozenset({"docProps/core.xml", "meta.xml"})
_SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def xml_text(data: bytes) -> str:
    """Text of an Office XML part, with paragraph breaks and tabs kept."""
    root = etree.fromstring(data, parser=_SAFE_XML)
    out: list[str] = []
    # Manual pre-order walk with explicit stack: text, children, then the closing break and tail.
    stack: list[tuple[etree._Element, bool]] = [(root, False)]
    while stack:
        element, closing = stack.pop()
        tag = element.tag if isinstance(element.tag, str) else ""
        if closing:
            if tag == _W_PARAGRAPH and element.getparent() is not None and element.getparent().tag == _W_CELL:
                out.append("\t" if element.getnext() is None else " ")
            elif tag == _W_ROW:
                if out and out[-1] == "\t":
                    out[-1] = "\n"
                else:
                    out.append("\n")
            elif tag in _BREAKS:
                out.append("\n")
            if element.tail and element is not root:
                out.append(element.tail)
            continue
        if tag in _TABS:
            out.append("\t")
        if element.text and tag not in (f"{_W}instrText",):
            out.append(element.text)
        stack.append((element, True))
        stack.extend((child, False) for child in reversed(element))
    return "".join(out)


# The properties a program keeps for itself: when the file was made, saved or printed, how often, by what software.
# A creation date beside a form's "date of birth" column would read as someone's birth date.
_BOOKKEEPING = frozenset({
    "created", "modified", "lastPrinted", "revision", "version", "creation-date", "date", "print-date",
    "editing-cycles", "editing-duration", "generator",
})


def meta_text(data: bytes) -> str:
    """Document properties people write (title, subject, author, keywords...): one value per line."""
    root = etree.fromstring(data, parser=_SAFE_XML)
    values = (
        element.text.strip()
        for element in root.iter()
        if isinstance(element.tag, str) and element.text and etree.QName(element).localname not in _BOOKKEEPING
    )
    return "\n".join(value for value in values if value)


def _extract(data: bytes, budget: Budget, parts: re.Pattern[str]) -> Output:
    problems: list[Problem] = []
    texts: list[str] = []
    remaining = budget.max_bytes
    with open_zip(data) as zf:
        infos = [i for i in zf.infolist() if parts.match(i.filename)]
        # Document order: body first, then headers/footers/notes in a stable order.
        infos.sort(key=lambda i: (not i.filename.endswith(("document.xml", "content.xml")), _natural(i.filename)))
        if len(infos) > budget.max_members:
            problems.append(
                Problem(MEMBER_LIMIT, f"document has {len(infos)} text parts; first {budget.max_members} read")
            )
        for info in infos[: budget.max_members]:
            try:
                content = read_member(zf, info, remaining, budget.max_ratio)
            except MemberError as exc:
                problems.append(Problem(exc.cause, exc.explanation, sub=info.filename))
                continue
            remaining -= len(content)
            try:
                texts.append(meta_text(content) if info.filename in _META_PARTS else xml_text(content))
            except etree.XMLSyntaxError:
                problems.append(Problem("corrupt", "document part is not well-formed XML", sub=info.filename))
    text = "\n".join(t.strip("\n") for t in texts if t.strip())
    return Output(pieces=(Piece(clip(text, budget.max_chars)),), problems=tuple(problems))


def _natural(name: str) -> tuple[object, ...]:
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", name))


def extract_docx(data: bytes, budget: Budget) -> Output:
    return _extract(data, budget, _DOCX_PARTS)


def extract_pptx(data: bytes, budget: Budget) -> Output:
    return _extract(data, budget, _PPTX_PARTS)


def extract_odf(data: bytes, budget: Budget) -> Output:
    return _extract(data, budget, _ODF_PARTS)
