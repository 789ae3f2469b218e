# -*- coding: utf-8 -*-
"""Re-parse and check the written corpus. Returns (errors, features)."""
import email
import email.policy
import io
import json
import os
import re
import unicodedata
import zipfile

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

import gen_attach as A
import gen_common as C

NAM_RE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{4})[ .\-/]?((?:\d[ .\-/]?){7}\d)(?!\d)")
OOXML_DOC = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
OOXML_XLS = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _decode_bytes_by_name(name, data, out, feats, depth):
    low = name.lower()
    if low.endswith(".pdf"):
        out.append(A.pdf_text(data))
    elif low.endswith(".docx"):
        out.append(A.docx_text(data))
    elif low.endswith(".xlsx"):
        out.append(A.xlsx_text(data))
    elif low.endswith(".zip"):
        _zip(data, out, feats, depth)
    elif low.endswith(".eml"):
        _visit(email.message_from_bytes(data, policy=email.policy.default), out, feats, depth + 1)
    else:
        try:
            out.append(data.decode("utf-8"))
        except UnicodeDecodeError:
            out.append(data.decode("cp1252"))


def _zip(data, out, feats, depth):
    z = zipfile.ZipFile(io.BytesIO(data))
    bad = z.testzip()
    if bad:
        raise ValueError("bad zip member " + bad)
    for info in z.infolist():
        out.append(info.filename)
        feats.add("ZIP member: ." + info.filename.rsplit(".", 1)[-1].lower())
        _decode_bytes_by_name(info.filename, z.read(info.filename), out, feats, depth)


def _visit(part, out, feats, depth=0):
    if depth == 0 or part.get("Subject") is not None:
        for h in ("Subject", "From", "To", "Cc"):
            if part.get(h) is not None:
                out.append(str(part.get(h)))
    ct = part.get_content_type()
    fn = part.get_filename()
    if fn:
        out.append(fn)
    if part.is_multipart():
        if ct == "message/rfc822":
            feats.add("attachment: message/rfc822 (.eml)")
            for sub in part.get_payload():
                _visit(sub, out, feats, depth + 1)
            return
        feats.add(ct)
        for sub in part.iter_parts():
            _visit(sub, out, feats, depth)
        return
    cte = part.get("Content-Transfer-Encoding", "7bit").lower()
    feats.add("CTE " + cte)
    if part.get_content_charset():
        feats.add("charset " + part.get_content_charset())
    if ct.startswith("text/"):
        txt = part.get_content()
        out.append(txt)
        if ct == "text/calendar":
            feats.add("attachment: ICS")
        elif ct == "text/vcard":
            feats.add("attachment: vCard")
        elif ct == "text/csv":
            feats.add("attachment: CSV")
        return
    data = part.get_content()
    if ct == "application/pdf":
        feats.add("attachment: PDF")
        out.append(A.pdf_text(data))
    elif ct == OOXML_DOC:
        feats.add("attachment: DOCX")
        out.append(A.docx_text(data))
    elif ct == OOXML_XLS:
        feats.add("attachment: XLSX")
        out.append(A.xlsx_text(data))
    elif ct == "application/zip":
        feats.add("attachment: ZIP")
        _zip(data, out, feats, depth)
    else:
        raise ValueError("unexpected content type " + ct)


def message_text(raw):
    """Decoded text of every part of a message, plus transport features."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out, feats = [], set()
    _visit(msg, out, feats)
    top = msg.get_content_type()
    if top == "text/plain":
        feats.add("single part text/plain")
    elif top == "text/html":
        feats.add("single part text/html (HTML only)")
    feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    head = raw.split(b"\r\n\r\n" if b"\r\n\r\n" in raw else b"\n\n", 1)[0]
    if b"=?" in head:
        feats.add("RFC 2047 encoded header")
        if re.search(rb"=\?[^?]+\?[Qq]\?", head):
            feats.add("RFC 2047 Q-encoding")
        if re.search(rb"=\?[^?]+\?[Bb]\?", head):
            feats.add("RFC 2047 B-encoding")
    if b"filename*=" in raw:
        feats.add("RFC 2231 file name")
    if re.search(rb'filename="=\?', raw):
        feats.add("RFC 2047 file name")
    if b"format=flowed" in raw:
        feats.add("format=flowed")
    return msg, "\n".join(out), feats


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def compact(s):
    return re.sub(r"[\s.\-/]", "", nfkc(s)).upper()


def verify(outdir, metas):
    errors = []
    holders = {h["nam"]: h for h in C.NAM_HOLDERS}
    labels = json.load(open(os.path.join(outdir, "labels.json"), encoding="utf-8"))
    files = sorted(["positive/" + f for f in os.listdir(os.path.join(outdir, "positive")) if f.endswith(".eml")] +
                   ["negative/" + f for f in os.listdir(os.path.join(outdir, "negative")) if f.endswith(".eml")])
    npos = sum(f.startswith("positive/") for f in files)
    nneg = len(files) - npos
    if (npos, nneg) != (120, 180):
        errors.append("counts %d/%d" % (npos, nneg))
    if sorted(labels) != files or list(labels) != sorted(labels):
        errors.append("labels keys do not match files (or not sorted)")
    feature_files = {}
    for rel in files:
        raw = open(os.path.join(outdir, rel), "rb").read()
        lab = labels.get(rel, {})
        try:
            msg, text, feats = message_text(raw)
        except Exception as e:  # noqa
            errors.append("%s: decode failed: %r" % (rel, e))
            continue
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg.get(h) is None:
                errors.append("%s: missing %s" % (rel, h))
        if msg.defects:
            errors.append("%s: defects %r" % (rel, msg.defects))
        for f in feats:
            feature_files.setdefault(f, []).append(rel)
        if lab.get("lang") not in ("fr", "en"):
            errors.append("%s: bad lang" % rel)
        if not lab.get("note"):
            errors.append("%s: empty note" % rel)
        ftext = C.fold(text)
        ctext = compact(text)
        cands = [(m_.group(1), compact(m_.group(0))) for m_ in NAM_RE.finditer(nfkc(text))]
        pos = rel.startswith("positive/")
        meta = metas.get(rel, {"ids": [], "types": []})
        if pos:
            types = lab.get("types") or []
            if not types or lab.get("confidential") is not True:
                errors.append("%s: positive without types/flag" % rel)
            if any(t not in C.FINDING_TYPES for t in types):
                errors.append("%s: unknown type" % rel)
            ident = {"patient_name", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"}
            if not (set(types) & ident) or not (set(types) - ident):
                errors.append("%s: positive lacks identifier or personal data" % rel)
            used = {v for k, v in meta["ids"] if k == "nam"}
            for letters, comp in cands:
                if comp in holders:
                    if comp not in used:
                        errors.append("%s: NAM %s not registered" % (rel, comp))
                elif letters.isupper():
                    errors.append("%s: NAM-shaped string not from list: %s" % (rel, comp))
            kinds = {"nam": "ramq_nam", "sin": "ca_sin", "ohip": "ca_health_number", "niss": "be_niss", "nir": "fr_nir", "mrn": "mrn"}
            for kind, val in meta["ids"]:
                if kinds[kind] not in types:
                    errors.append("%s: %s present but type missing" % (rel, kind))
                if val.upper() not in ctext:
                    errors.append("%s: identifier %s not found in text" % (rel, val))
                ok = {"nam": lambda v: v in holders, "sin": ca_sin.is_valid, "ohip": lambda v: len(v) == 10 and luhn.is_valid(v),
                      "niss": be_nn.is_valid, "nir": fr_nir.is_valid, "mrn": lambda v: v.isdigit()}[kind](val)
                if not ok:
                    errors.append("%s: invalid %s %s" % (rel, kind, val))
                if kind == "nam":
                    h = holders[val]
                    if not re.search(r"\b%s\b" % re.escape(C.fold(h["surname"])), ftext) or \
                            not re.search(r"\b%s\b" % re.escape(C.fold(h["given"])), ftext):
                        errors.append("%s: NAM holder name missing for %s" % (rel, val))
                    if not any(C.fold(f) in ftext for f in C.dob_forms(h["dob"])):
                        errors.append("%s: NAM holder birth date missing for %s" % (rel, val))
                    if "sex" not in ftext:
                        errors.append("%s: NAM holder sex missing for %s" % (rel, val))
            for t in ("ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"):
                if t in types and t not in {kinds[k] for k, _ in meta["ids"]}:
                    errors.append("%s: type %s labelled without identifier" % (rel, t))
        else:
            if lab.get("types") != [] or lab.get("confidential") is not False:
                errors.append("%s: negative with types/flag" % rel)
            for letters, comp in cands:
                if comp in holders or letters.isupper():
                    errors.append("%s: NAM-shaped string in negative: %s" % (rel, comp))
            for h in C.NAM_HOLDERS:
                if re.search(r"\b%s\b" % re.escape(C.fold(h["surname"])), ftext):
                    errors.append("%s: NAM holder surname %s in negative" % (rel, h["surname"]))
    return errors, feature_files
