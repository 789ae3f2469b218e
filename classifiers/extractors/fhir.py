"""FHIR resources (JSON or XML) and other JSON as labelled text lines.

Every string, number and boolean leaf becomes ``Resource.path.to.key: value``; well-known patient
fields get a label recognizers understand ("Date of birth / DDN", "Patient name"). Narrative
XHTML (``text.div``) is turned into text. Base64 ``attachment.data`` (e.g. a PDF report in a
DiagnosticReport) is returned as an embedded file, so it is extracted like any attachment.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterator
from typing import Any

from lxml import etree

from sentinelle.classifiers.extractors._common import Budget, Embedded, Output, Piece, clip, decode_text
from sentinelle.classifiers.extractors.html import html_to_text

# Leaf key -> label prefix; the raw path stays in the line for the audit reader.
_LABELS = {
    "birthDate": "Date of birth / DDN",
    "family": "Patient name (family)",
    "given": "Patient name (given)",
    "prefix": "Name prefix",
    "deceasedDateTime": "Date of death",
    "gender": "Sex",
}
_NAME_PARENTS = ("name",)
_SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
_FHIR_NS = "{http://hl7.org/fhir}"
_XHTML_NS = "{http://www.w3.org/1999/xhtml}"


def _line(path: list[str], value: str) -> str:
    key = path[-1] if path else ""
    label = _LABELS.get(key)
    if key in ("family", "given", "prefix") and not any(p in _NAME_PARENTS for p in path):
        label = None  # e.g. a contact's "family" relation elsewhere
    if key == "value" and len(path) >= 2 and path[-2] == "identifier":
        label = "Identifier"
    dotted = ".".join(path)
    return f"{label} ({dotted}): {value}" if label else f"{dotted}: {value}"


def _walk_json(node: Any, path: list[str], out: list[str], embedded: list[Embedded]) -> None:
    # Iterative on purpose: a crafted 100,000-deep array must not exhaust the Python stack.
    stack: list[tuple[Any, list[str]]] = [(node, path)]
    while stack:
        item, where = stack.pop()
        if isinstance(item, dict):
            if isinstance(item.get("resourceType"), str):
                where = [item["resourceType"]]
            if where and where[-1] == "text" and isinstance(item.get("div"), str):
                out.append(f"{'.'.join(where)}: {html_to_text(item['div'])}")
                continue
            attached = isinstance(item.get("data"), str) and ("contentType" in item or where[-1:] == ["attachment"])
            if attached and not _decode_attachment(item, embedded):  # not base64 after all: its text still goes out
                out.append(_line([*where, "data"], item["data"]))
            for key in reversed(list(item)):
                if key not in ("resourceType", "data", "div"):
                    stack.append((item[key], [*where, str(key)]))
        elif isinstance(item, list):
            stack.extend((child, where) for child in reversed(item))
        elif isinstance(item, str | int | float) and not isinstance(item, bool) and str(item).strip():
            out.append(_line(where, str(item)))


def _decode_attachment(item: dict[str, Any], embedded: list[Embedded]) -> bool:
    try:
        data = base64.b64decode(item["data"], validate=False)
    except (binascii.Error, ValueError):
        return False
    name = item.get("title") if isinstance(item.get("title"), str) else "attachment"
    embedded.append(Embedded(str(name), data))
    return True


def extract_json(data: bytes, charset: str | None, budget: Budget) -> Output:
    text = decode_text(data, charset)
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):
        # Not JSON after all (or absurdly nested): inspect the raw text, which loses nothing.
        return Output(pieces=(Piece(clip(text, budget.max_chars)),))
    lines: list[str] = []
    embedded: list[Embedded] = []
    _walk_json(document, [], lines, embedded)
    return Output(pieces=(Piece(clip("\n".join(lines), budget.max_chars)),), embedded=tuple(embedded))


def _local(tag: object) -> str:
    name = str(tag)
    return name.rsplit("}", 1)[-1]


def _walk_xml(root: etree._Element) -> Iterator[str]:
    stack: list[tuple[etree._Element, list[str]]] = [(root, [_local(root.tag)])]
    while stack:
        element, path = stack.pop()
        if str(element.tag).startswith(_XHTML_NS):
            yield f"{'.'.join(path)}: {' '.join(t.strip() for t in element.itertext() if t.strip())}"
            continue
        value = element.get("value")
        if value is not None and value.strip():
            yield _line(path, value)
        for child in reversed(list(element)):
            if isinstance(child.tag, str):
                local = _local(child.tag)
                # A resource inside <resource>/<contained> starts a new path, as in JSON.
                child_path = [local] if path[-1:] in (["resource"], ["contained"]) else [*path, local]
                stack.append((child, child_path))


def extract_xml(data: bytes, charset: str | None, budget: Budget) -> Output:
    try:
        root = etree.fromstring(data, parser=_SAFE_XML)
    except (etree.XMLSyntaxError, ValueError):
        # Malformed XML still reaches the recipient as text: inspect it raw.
        return Output(pieces=(Piece(clip(decode_text(data, charset), budget.max_chars)),))
    text = "\n".join(_walk_xml(root))
    return Output(pieces=(Piece(clip(text, budget.max_chars)),))
