"""Re-parse the written corpus, decode every part, check labels and identifiers, collect transport features."""
import io
import json
import os
import re
import zipfile
from email import policy
from email.parser import BytesParser

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_common import (FINDING_TYPES, GIVEN, PAT_SURNAMES_BE, PAT_SURNAMES_EN, PAT_SURNAMES_FR,
                        PAT_SURNAMES_FRANCE, STAFF, dob_candidates, fold, load_nams)
from gen_docs import docx_text, pdf_text, xlsx_text

SEP = r"[\s.\-/]*"


def decode_blob(name, data, feats, depth=0):
    """Text of an attachment given its file name and bytes."""
    low = (name or "").lower()
    if low.endswith(".pdf") or data[:5] == b"%PDF-":
        if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
            raise ValueError(f"bad PDF {name}")
        return pdf_text(data)
    if low.endswith(".docx"):
        return docx_text(data)
    if low.endswith(".xlsx"):
        return xlsx_text(data)
    if low.endswith(".zip"):
        out = []
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            if z.testzip() is not None:
                raise ValueError("corrupt zip member")
            for info in z.infolist():
                out.append(info.filename)
                out.append(decode_blob(info.filename, z.read(info.filename), feats, depth + 1))
        return "\n".join(out)
    if low.endswith(".eml"):
        m = BytesParser(policy=policy.default).parsebytes(data)
        return message_text(m, feats, depth + 1)
    return data.decode("utf-8")


def header_text(m):
    out = []
    for h in ("From", "To", "Cc", "Subject"):
        v = m.get(h)
        if v is not None:
            out.append(str(v))
    return "\n".join(out)


def message_text(msg, feats, depth=0):
    texts = [header_text(msg)]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            feats.add(ct)
            if ct == "message/rfc822":
                feats.add("att:eml")
                inner = part.get_payload(0)
                texts.append(header_text(inner))
            continue
        fn = part.get_filename()
        if fn:
            texts.append(fn)
        cte = part.get("Content-Transfer-Encoding", "7bit").lower()
        feats.add("cte:" + cte)
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset()
            if cs:
                feats.add("charset:" + cs.lower())
            content = part.get_content()
            if not isinstance(content, str):
                raise ValueError("text part did not decode to str")
            if fn:
                kind = fn.rsplit(".", 1)[-1].lower()
                feats.add("att:" + kind)
            texts.append(content)
        else:
            data = part.get_payload(decode=True)
            if data is None:
                raise ValueError(f"undecodable part {ct}")
            kind = (fn or "").rsplit(".", 1)[-1].lower()
            feats.add("att:" + kind)
            texts.append(decode_blob(fn, data, feats, depth))
    return "\n".join(texts)


def digits_joined(t):
    return re.sub(r"(?<=\d)[^\w]{1,3}(?=\d)", "", t)


def nam_regex(nam):
    return re.compile(r"(?<![a-z0-9])" + SEP.join(re.escape(ch) for ch in nam.lower()) + r"(?![0-9])")


def verify(out, meta):
    """meta: {relpath: {'msg': Msg, ...}}. Returns (errors, features per file)."""
    errors = []
    feats_by_file = {}
    holders = load_nams()
    nam_rx = {h.nam: nam_regex(h.nam) for h in holders}
    generic_nam = re.compile(r"(?<![a-z0-9])[a-z]{4}" + SEP + r"\d{4}" + SEP + r"\d{4}(?![0-9])")
    labels = json.load(open(os.path.join(out, "labels.json"), encoding="utf-8"))
    files = sorted([f"positive/{f}" for f in os.listdir(os.path.join(out, "positive"))] +
                   [f"negative/{f}" for f in os.listdir(os.path.join(out, "negative"))])
    pos = [f for f in files if f.startswith("positive/")]
    neg = [f for f in files if f.startswith("negative/")]
    if len(pos) != 120 or len(neg) != 180:
        errors.append(f"counts {len(pos)}/{len(neg)}")
    if sorted(labels) != files or list(labels) != sorted(labels):
        errors.append("labels keys do not match files or are not sorted")
    all_names = ({fold(s[2]) for s in STAFF} | {fold(x) for x in PAT_SURNAMES_FR + PAT_SURNAMES_EN + PAT_SURNAMES_BE + PAT_SURNAMES_FRANCE}
                 | {fold(h.surname) for h in holders})
    for rel in files:
        lab = labels.get(rel)
        if lab is None:
            errors.append(f"{rel}: unlabelled")
            continue
        is_pos = rel.startswith("positive/")
        if not re.fullmatch(r"(positive/p|negative/n)\d{3}_[a-z0-9_]+\.eml", rel):
            errors.append(f"{rel}: bad file name")
        if lab["confidential"] != is_pos or lab["lang"] not in ("fr", "en"):
            errors.append(f"{rel}: bad label fields")
        if is_pos and (not lab["types"] or any(t not in FINDING_TYPES for t in lab["types"])):
            errors.append(f"{rel}: bad types {lab['types']}")
        if not is_pos and lab["types"]:
            errors.append(f"{rel}: negative with types")
        if any(re.search(r"\b" + re.escape(n) + r"\b", fold(lab["note"])) for n in all_names):
            errors.append(f"{rel}: note contains a name")
        raw = open(os.path.join(out, rel), "rb").read()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg.get(h) is None:
                errors.append(f"{rel}: missing {h}")
        feats = set()
        try:
            text = message_text(msg, feats)
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{rel}: decode failure {exc!r}")
            continue
        for part in msg.walk():
            if part.defects:
                errors.append(f"{rel}: MIME defects {part.defects}")
        # transport features from the raw bytes
        feats.add("eol:CRLF" if b"\r\n" in raw else "eol:LF")
        head = raw.split(b"\r\n\r\n" if b"\r\n" in raw else b"\n\n", 1)[0]
        head = re.sub(rb"\r?\n[ \t]", b" ", head)
        hdrs = {}
        for line in head.splitlines():
            if b":" in line:
                k, v = line.split(b":", 1)
                hdrs.setdefault(k.lower(), v)
        if b"=?" in hdrs.get(b"subject", b""):
            feats.add("rfc2047:subject")
        if any(b"=?" in hdrs.get(k, b"") for k in (b"from", b"to", b"cc")):
            feats.add("rfc2047:names")
        if b"filename*" in raw:
            feats.add("rfc2231:filename")
        top = msg.get_content_type()
        feats.add("top:" + top)
        ftext = fold(text)
        if re.search("[\uff10-\uff19]", text):
            feats.add("id:fullwidth digits")
        feats_by_file[rel] = feats
        m = meta[rel]["msg"]
        found_nams = [n for n, rx in nam_rx.items() if rx.search(ftext)]
        if not is_pos:
            if found_nams or generic_nam.search(ftext):
                errors.append(f"{rel}: NAM-like token in a negative")
            for h in holders:
                g, s = fold(h.given), fold(h.surname)
                pats = [rf"\b{re.escape(g)}\s+{re.escape(s)}\b", rf"\b{re.escape(s)},?\s+{re.escape(g)}\b", rf"\b{re.escape(s)}\b"]
                if any(re.search(p, ftext) for p in pats):
                    errors.append(f"{rel}: NAM holder name {h.surname} in a negative")
            continue
        # positives
        types = set(lab["types"])
        declared = {h.nam for h in m.holders}
        if set(found_nams) != declared:
            errors.append(f"{rel}: NAMs found {found_nams} != declared {sorted(declared)}")
        if declared and "ramq_nam" not in types:
            errors.append(f"{rel}: NAM present but not labelled")
        if "ramq_nam" in types and not declared:
            errors.append(f"{rel}: ramq_nam labelled without NAM")
        by_nam = {h.nam: h for h in holders}
        for n in found_nams:
            h = by_nam[n]
            g, s = fold(h.given), fold(h.surname)
            if not (re.search(rf"\b{re.escape(s)}\b", ftext) and re.search(rf"\b{re.escape(g)}\b", ftext)):
                errors.append(f"{rel}: NAM {n} without holder name")
            if not any(dc in ftext for dc in dob_candidates(h.dob)):
                errors.append(f"{rel}: NAM {n} without holder birth date")
            sx = h.sex.lower()
            in_row = any(nam_rx[n].search(line) and re.search(rf"(^|\t){sx}(\t|$)", line) for line in ftext.splitlines())
            if not in_row and not re.search(rf"(sexe?\W{{0,4}}{sx}\b|\({sx}\))", ftext):
                errors.append(f"{rel}: NAM {n} without holder sex")
            for m2 in m.holders:
                if m2.nam == n and (m2.given, m2.surname, m2.dob, m2.sex) != (h.given, h.surname, h.dob, h.sex):
                    errors.append(f"{rel}: NAM {n} holder data differs from list")
        dj = digits_joined(fold(text))
        for kind, val in m.ids:
            label = {"nam": "ramq_nam", "mrn": "mrn", "ca_sin": "ca_sin", "ohip": "ca_health_number",
                     "be_niss": "be_niss", "fr_nir": "fr_nir"}[kind]
            if label not in types:
                errors.append(f"{rel}: {kind} placed but {label} not labelled")
            if kind in ("nam",):
                continue
            if val.lower() not in dj:
                errors.append(f"{rel}: {kind} {val} not found in text")
            ok = {"ca_sin": ca_sin.is_valid, "ohip": lambda v: len(v) == 10 and luhn.is_valid(v),
                  "be_niss": be_nn.is_valid, "fr_nir": fr_nir.is_valid, "mrn": lambda v: v.isdigit()}[kind](val)
            if not ok:
                errors.append(f"{rel}: invalid {kind} {val}")
        for t, kind in (("ca_sin", "ca_sin"), ("ca_health_number", "ohip"), ("be_niss", "be_niss"), ("fr_nir", "fr_nir")):
            if t in types and not any(k == kind for k, _ in m.ids):
                errors.append(f"{rel}: {t} labelled but not placed")
    return errors, feats_by_file
