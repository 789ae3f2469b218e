"""The ``[classifiers]`` section of the policy: scoring, ``[[classifiers.mrn]]`` patterns (compiled
here, with RE2, once), ``[classifiers.limits]``, ``[classifiers.index]`` and ``[classifiers.ocr]``."""

from __future__ import annotations

import os
import re
import tomllib
from typing import Any

from sentinelle.classifiers.config import (
    IMAGES_WITHOUT_TEXT,
    ClassifierConfig,
    Limits,
    MrnPattern,
    Ocr,
    Scoring,
    compile_pattern,
)
from sentinelle.classifiers.types import FINDING_TYPES, IDENTIFIER_TYPES
from sentinelle.proxy.policy.index import read_index_settings
from sentinelle.proxy.policy.reader import Reader, positive
from sentinelle.proxy.policy.shipped import shipped_policy_text


def build_classifiers(doc: dict[str, Any], r: Reader) -> ClassifierConfig:
    c_doc = r.table(doc, "classifiers", "", {"identifier_types", "min_confidence", "proximity_chars", "ner",
                                             "document_model_veto", "mrn", "limits", "index", "ocr",
                                             "images_without_text"})
    index, index_name_alone = read_index_settings(c_doc, r)
    base = Scoring()
    types = r.strings(c_doc, "identifier_types", "classifiers", tuple(sorted(base.identifier_types)))
    for name in types:
        if name not in IDENTIFIER_TYPES:
            known = ", ".join(t for t in FINDING_TYPES if t in IDENTIFIER_TYPES)
            r.errors.append(f"classifiers.identifier_types: unknown identifier type {name!r} (known: {known})")
    scoring = Scoring(
        identifier_types=frozenset(t for t in types if t in IDENTIFIER_TYPES),
        min_confidence=float(r.get(c_doc, "min_confidence", "classifiers", (int, float), base.min_confidence,
                                   lambda v: None if 0 <= v <= 1 else "must be between 0 and 1")),
        proximity_chars=r.get(c_doc, "proximity_chars", "classifiers", int, base.proximity_chars, positive),
        ner=r.get(c_doc, "ner", "classifiers", bool, True),
        index_name_alone=index_name_alone,
        document_model_veto=float(r.get(
            c_doc, "document_model_veto", "classifiers", (int, float), base.document_model_veto,
            lambda v: None if 0 <= v <= 1 else "must be between 0 and 1 (0: off)")),
    )
    mrn: list[MrnPattern] = []
    # An absent [[classifiers.mrn]] means the shipped formats (the file's promise: an absent key takes
    # the value shown); `mrn = []` opts out.
    raw_mrn = c_doc["mrn"] if "mrn" in c_doc else _shipped_mrn_tables()
    for path, entry in r.tables(raw_mrn, "classifiers.mrn", {"name", "pattern", "context"}):
        name = r.get(entry, "name", path, str, path.replace("classifiers.mrn", "mrn"))
        pattern_text = r.get(entry, "pattern", path, str, "", lambda v: None if v else "required")
        try:
            pattern = compile_pattern(pattern_text) if pattern_text else None
        except ValueError as exc:
            r.errors.append(f"{path}.pattern: invalid regular expression: {exc}")
            pattern = None
        context = r.strings(entry, "context", path, ())
        if pattern is not None:
            mrn.append(MrnPattern(name=name, pattern=pattern, context=context))

    l_doc_raw = c_doc.get("limits", {})
    lim = Limits()
    known_limits = set(Limits.__dataclass_fields__)
    l_doc = r.table(c_doc, "limits", "classifiers", known_limits) if isinstance(l_doc_raw, dict) else {}
    if not isinstance(l_doc_raw, dict):
        r.errors.append("classifiers.limits: expected a table")
    values: dict[str, Any] = {}
    for name in sorted(known_limits):
        default = getattr(lim, name)
        kind: type | tuple[type, ...] = (int, float) if isinstance(default, float) else int
        value = r.get(l_doc, name, "classifiers.limits", kind, default, positive)
        values[name] = float(value) if isinstance(default, float) else value
    return ClassifierConfig(limits=Limits(**values), mrn_patterns=tuple(mrn), scoring=scoring, index=index,
                            ocr=_build_ocr(c_doc, r))


def _build_ocr(c_doc: dict[str, Any], r: Reader) -> Ocr:
    """``[classifiers.ocr]`` and ``classifiers.images_without_text``; with OCR enabled, every language's
    Tesseract data must be installed (a missing one stops ``serve`` and fails ``policy check``)."""
    base = Ocr()
    o_doc = r.table(c_doc, "ocr", "classifiers", set(Ocr.__dataclass_fields__) - {"images_without_text"})
    path = "classifiers.ocr"
    ocr = Ocr(
        enabled=r.get(o_doc, "enabled", path, bool, base.enabled),
        languages=r.strings(o_doc, "languages", path, base.languages),
        tessdata=r.get(o_doc, "tessdata", path, str, base.tessdata),
        max_pages=r.get(o_doc, "max_pages", path, int, base.max_pages, positive),
        max_pixels_per_page=r.get(o_doc, "max_pixels_per_page", path, int, base.max_pixels_per_page, positive),
        dpi=r.get(o_doc, "dpi", path, int, base.dpi,
                  lambda v: None if 50 <= v <= 600 else "must be between 50 and 600"),
        max_seconds_per_message=float(r.get(o_doc, "max_seconds_per_message", path, (int, float),
                                            base.max_seconds_per_message, positive)),
        images_without_text=r.get(
            c_doc, "images_without_text", "classifiers", str, base.images_without_text,
            lambda v: None if v in IMAGES_WITHOUT_TEXT else
            f"expected one of {', '.join(IMAGES_WITHOUT_TEXT)}, got {v!r}"),
    )
    if ocr.enabled:
        if not ocr.languages:
            r.errors.append(f"{path}.languages: at least one language (or enabled = false)")
        for language in ocr.languages:
            if not re.fullmatch(r"[A-Za-z_]+", language):
                r.errors.append(f"{path}.languages: {language!r} is not a Tesseract language name (e.g. fra)")
            elif not os.access(os.path.join(ocr.tessdata, f"{language}.traineddata"), os.R_OK):
                r.errors.append(f"{path}.languages: Tesseract data for {language!r} is not installed "
                                f"({ocr.tessdata}/{language}.traineddata is missing: apt-get install "
                                f"tesseract-ocr-{language.lower()}, or [classifiers.ocr] enabled = false)")
        if not os.access(os.path.join(ocr.tessdata, "osd.traineddata"), os.R_OK):  # orientation detection
            r.errors.append(f"{path}.tessdata: {ocr.tessdata}/osd.traineddata is missing (turns pages scanned "
                            "sideways): apt-get install tesseract-ocr-osd, or [classifiers.ocr] enabled = false")
    return ocr


def _shipped_mrn_tables() -> list[Any]:
    shipped = tomllib.loads(shipped_policy_text())
    tables: list[Any] = shipped.get("classifiers", {}).get("mrn", [])
    return tables
