"""Re-parse the written corpus and check it; returns a list of error strings."""
import base64
import email
import email.policy
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

import gen_data as D

TYPES = {"patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"}


# ------------------------------------------------------------------ decoding
def pdf_text(data):
    out = []
    for m in re.finditer(rb"<<((?:(?!<<).)*?)>>\s*stream\r?\n(.*?)\r?\n?endstream", data, re.S):
        head, raw = m.group(1), m.group(2)
        if b"ASCII85Decode" in head:
            raw = base64.a85decode(raw.strip(), adobe=True)
        if b"FlateDecode" in head:
            raw = zlib.decompress(raw)
        for s in re.finditer(rb"\((.*?)(?<!\\)\)\s*Tj", raw, re.S):
            out.append(_pdf_unescape(s.group(1)).decode("cp1252", "replace"))
    for m in re.finditer(rb"/(Title|Author|Subject)\s*\((.*?)(?<!\\)\)", data):
        out.append(_pdf_unescape(m.group(2)).decode("cp1252", "replace"))
    if not out:
        raise ValueError("no text in PDF")
    return "\n".join(out)


def _pdf_unescape(b):
    res, i = bytearray(), 0
    while i < len(b):
        ch = b[i]
        if ch == 0x5C and i + 1 < len(b):
            n = b[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                while j < len(b) and j < i + 4 and 0x30 <= b[j] <= 0x37:
                    j += 1
                res.append(int(b[i + 1:j], 8) & 0xFF)
                i = j
                continue
            res.append({ord("n"): 10, ord("r"): 13, ord("t"): 9}.get(n, n))
            i += 2
            continue
        res.append(ch)
        i += 1
    return bytes(res)


def docx_text(data):
    import docx as _docx
    d = _docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    parts.append(d.core_properties.title or "")
    return "\n".join(parts)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    wb.close()
    return "\n".join(parts)


def blob_text(name, data, depth=0):
    low = name.lower()
    if low.endswith(".pdf"):
        return pdf_text(data)
    if low.endswith(".docx"):
        return docx_text(data)
    if low.endswith(".xlsx"):
        return xlsx_text(data)
    if low.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip() is not None:
            raise ValueError("bad zip member")
        return "\n".join(n + "\n" + blob_text(n, z.read(n), depth + 1) for n in z.namelist())
    if low.endswith(".eml"):
        return message_text(email.message_from_bytes(data, policy=email.policy.default), depth + 1)
    return data.decode("utf-8")


def message_text(msg, depth=0):
    if depth > 3:
        raise ValueError("nesting too deep")
    parts = []
    for h in ("From", "To", "Cc", "Subject"):
        if msg[h] is not None:
            parts.append(str(msg[h]))
    for part in msg.walk():
        ct = part.get_content_type()
        fn = part.get_filename()
        if ct == "message/rfc822":
            # walk() descends into the nested message; record its headers here
            if fn:
                parts.append(fn)
            inner = part.get_payload(0)
            for h in ("From", "To", "Subject", "Date"):
                if inner[h] is None:
                    raise ValueError(f"nested message lacks {h}")
                parts.append(str(inner[h]))
            continue
        if part.is_multipart():
            continue
        if fn:
            parts.append(fn)
        if ct.startswith("text/"):
            parts.append(part.get_content())
        else:
            data = part.get_payload(decode=True)
            if data is None:
                raise ValueError(f"undecodable part {ct}")
            parts.append(blob_text(fn or "x.bin", data, depth))
    return "\n".join(parts)


# ------------------------------------------------------------------ checks
def norm(s):
    return unicodedata.normalize("NFKC", s)


def squash(s):
    return re.sub(r"[\s.\-/]", "", norm(s)).upper()


def digits_only(s):
    return re.sub(r"\D", "", norm(s))


def check(out_dir, labels, records, nam_people):
    errs = []
    pos = sorted(f for f in os.listdir(os.path.join(out_dir, "positive")) if f.endswith(".eml"))
    neg = sorted(f for f in os.listdir(os.path.join(out_dir, "negative")) if f.endswith(".eml"))
    if len(pos) != 120:
        errs.append(f"positives: {len(pos)}")
    if len(neg) != 180:
        errs.append(f"negatives: {len(neg)}")
    for i, f in enumerate(pos, 1):
        if not f.startswith(f"p{i:03d}_"):
            errs.append(f"bad positive name {f}")
    for i, f in enumerate(neg, 1):
        if not f.startswith(f"n{i:03d}_"):
            errs.append(f"bad negative name {f}")
    files = [f"positive/{f}" for f in pos] + [f"negative/{f}" for f in neg]
    with open(os.path.join(out_dir, "labels.json"), encoding="utf-8") as fh:
        disk_labels = json.load(fh)
    if set(disk_labels) != set(files):
        errs.append("labels.json keys differ from files")
    if list(disk_labels) != sorted(disk_labels):
        errs.append("labels.json keys not sorted")
    nam_list = {p.nam: p for p in nam_people}
    holders = list(nam_list.values())
    for rel in files:
        lab = disk_labels.get(rel)
        if lab is None:
            continue
        is_pos = rel.startswith("positive/")
        if lab.get("confidential") is not is_pos:
            errs.append(f"{rel}: confidential flag")
        types = lab.get("types", [])
        if is_pos and not types:
            errs.append(f"{rel}: no types")
        if not is_pos and types:
            errs.append(f"{rel}: negative with types")
        if not set(types) <= TYPES:
            errs.append(f"{rel}: unknown types {set(types) - TYPES}")
        if lab.get("lang") not in ("fr", "en"):
            errs.append(f"{rel}: lang")
        if not lab.get("note"):
            errs.append(f"{rel}: note")
        raw = open(os.path.join(out_dir, rel), "rb").read()
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if msg[h] is None:
                    errs.append(f"{rel}: missing {h}")
            if msg.defects:
                errs.append(f"{rel}: defects {msg.defects}")
            text = message_text(msg)
        except Exception as e:  # noqa: BLE001
            errs.append(f"{rel}: parse/decode error {e!r}")
            continue
        ntext = norm(text)
        sq = squash(text)
        dig = digits_only(text)
        found = [n for n in nam_list if n in sq]
        if not is_pos and found:
            errs.append(f"{rel}: NAM in negative")
        if is_pos:
            if found and "ramq_nam" not in types:
                errs.append(f"{rel}: NAM present but not labelled")
            if "ramq_nam" in types and not found:
                errs.append(f"{rel}: ramq_nam labelled but absent")
            for n in found:
                p = nam_list[n]
                low = ntext.lower()
                if p.given.lower() not in low or p.surname.lower() not in low:
                    errs.append(f"{rel}: NAM without holder's name")
                if not any(r in ntext for r in D.all_date_renderings(p.dob)):
                    errs.append(f"{rel}: NAM without holder's birth date")
            rec = records.get(rel, {})
            for typ, vals in rec.items():
                if typ not in types:
                    errs.append(f"{rel}: recorded {typ} not labelled")
                for v in vals:
                    if typ == "ca_sin" and not ca_sin.is_valid(v):
                        errs.append(f"{rel}: invalid SIN")
                    if typ == "ca_health_number" and not (len(v) == 10 and luhn.is_valid(v)):
                        errs.append(f"{rel}: invalid Ontario number")
                    if typ == "be_niss" and not be_nn.is_valid(v):
                        errs.append(f"{rel}: invalid NISS")
                    if typ == "fr_nir" and not fr_nir.is_valid(v):
                        errs.append(f"{rel}: invalid NIR")
                    if typ in ("ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn") and v not in dig:
                        errs.append(f"{rel}: {typ} value not found in text")
                    if typ == "ramq_nam" and v not in sq:
                        errs.append(f"{rel}: recorded NAM not found")
            for typ in ("ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"):
                if typ in types and typ not in rec:
                    errs.append(f"{rel}: {typ} labelled without a recorded value")
        else:
            low = ntext.lower()
            for p in holders:
                if re.search(r"(?<![\w])" + re.escape(p.surname.lower()) + r"(?![\w])", low):
                    errs.append(f"{rel}: NAM holder surname {p.surname!r} in negative")
                    break
    return errs


def digest(out_dir):
    import hashlib
    h = hashlib.sha256()
    rels = []
    for sub in ("positive", "negative"):
        for f in os.listdir(os.path.join(out_dir, sub)):
            if f.endswith(".eml"):
                rels.append(f"{sub}/{f}")
    rels.append("labels.json")
    for rel in sorted(rels):
        h.update(rel.encode("utf-8"))
        h.update(b"\0")
        with open(os.path.join(out_dir, rel), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()
