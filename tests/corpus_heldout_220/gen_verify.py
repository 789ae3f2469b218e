"""Re-parse every written file, decode every part, and check labels, NAMs and identifiers."""
import base64
import email
import email.policy
import html
import io
import json
import os
import re
import unicodedata
import zipfile

from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

import gen_ids as I

TYPES = {"patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"}
VALID = {"ca_sin": ca_sin.is_valid, "ca_health_number": I.ohip_valid, "be_niss": be_nn.is_valid, "fr_nir": fr_nir.is_valid}


# ------------------------------------------------------------------ extraction
def pdf_text(data):
    out = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        d, raw = m.group(1), m.group(2)
        if b"ASCII85Decode" in d:
            raw = raw.strip()
            if raw.endswith(b"~>"):
                raw = raw[:-2]
            raw = base64.a85decode(raw)
        if b"FlateDecode" in d:
            import zlib
            raw = zlib.decompress(raw)
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw, re.S):
            out.append(pdf_unescape(s.group(1)))
    if not out:
        raise ValueError("no text in PDF")
    return "\n".join(out)


def pdf_unescape(b):
    res = bytearray()
    i = 0
    while i < len(b):
        c = b[i]
        if c == 0x5C and i + 1 < len(b):
            n = b[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                digs = b""
                while j < len(b) and len(digs) < 3 and 0x30 <= b[j] <= 0x37:
                    digs += bytes([b[j]])
                    j += 1
                res.append(int(digs, 8))
                i = j
                continue
            res += {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b", ord("f"): b"\f"}.get(n, bytes([n]))
            i += 2
            continue
        res.append(c)
        i += 1
    return res.decode("cp1252")


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [d.core_properties.title or ""] + [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data))
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(parts)


def blob_text(name, data, where):
    low = name.lower()
    if low.endswith(".pdf"):
        return pdf_text(data)
    if low.endswith(".docx"):
        return docx_text(data)
    if low.endswith(".xlsx"):
        return xlsx_text(data)
    if low.endswith(".zip"):
        out = []
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            for info in z.infolist():
                out.append(info.filename)
                out.append(blob_text(info.filename, z.read(info.filename), where + "/" + info.filename))
        return "\n".join(out)
    if low.endswith(".eml"):
        return msg_text(email.message_from_bytes(data, policy=email.policy.default))
    if low.endswith((".csv", ".txt", ".ics", ".vcf")):
        return data.decode("utf-8")
    raise ValueError(f"cannot decode {name} in {where}")


def html_to_text(s):
    s = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</h\d>", "\n", s)
    s = re.sub(r"(?i)</t[dh]>", " | ", s)
    return html.unescape(re.sub(r"<[^>]+>", "", s))


def msg_text(msg):
    out = []
    for h in ("From", "To", "Cc", "Subject"):
        v = msg.get(h)
        if v is not None:
            out.append(str(v))
    out.append(part_text(msg))
    return "\n".join(out)


def part_text(part):
    ctype = part.get_content_type()
    if ctype == "message/rfc822":
        inner = part.get_content()
        fn = part.get_filename() or ""
        return fn + "\n" + msg_text(inner)
    if part.is_multipart():
        return "\n".join(part_text(p) for p in part.iter_parts())
    fn = part.get_filename()
    content = part.get_content()
    if ctype == "text/html":
        txt = html_to_text(content)
    elif isinstance(content, str):
        txt = content
    else:
        txt = blob_text(fn or "", content, fn or ctype)
    return (fn + "\n" if fn else "") + txt


def fold(s):
    s = unicodedata.normalize("NFKC", s)
    return I.strip_accents(s).lower()


# ------------------------------------------------------------------ checks
def verify(out, records, holders):
    errors = []
    pos = sorted(os.listdir(os.path.join(out, "positive")))
    neg = sorted(os.listdir(os.path.join(out, "negative")))
    if len(pos) != 120 or len(neg) != 180:
        errors.append(f"counts {len(pos)}/{len(neg)}")
    for i, f in enumerate(pos, 1):
        if not re.fullmatch(rf"p{i:03d}_[a-z_]+\.eml", f):
            errors.append("bad name " + f)
    for i, f in enumerate(neg, 1):
        if not re.fullmatch(rf"n{i:03d}_[a-z_]+\.eml", f):
            errors.append("bad name " + f)
    with open(os.path.join(out, "labels.json"), encoding="utf-8") as fh:
        raw_labels = fh.read()
    labels = json.loads(raw_labels)
    keys = list(labels)
    if keys != sorted(keys):
        errors.append("labels not sorted")
    files = ["positive/" + f for f in pos] + ["negative/" + f for f in neg]
    if set(keys) != set(files):
        errors.append("labels do not match files")
    hold_names = [(fold(h.surname), fold(h.given)) for h in holders]
    staff_surnames = set()
    for key in files:
        lab = labels.get(key, {})
        rec = records.get(key, {})
        is_pos = key.startswith("positive/")
        if lab.get("confidential") is not is_pos:
            errors.append(f"{key}: confidential flag")
        types = lab.get("types", [])
        if is_pos and not types:
            errors.append(f"{key}: no types")
        if not is_pos and types:
            errors.append(f"{key}: negative with types")
        if not set(types) <= TYPES:
            errors.append(f"{key}: unknown types {set(types) - TYPES}")
        if types != sorted(types):
            errors.append(f"{key}: types unsorted")
        if lab.get("lang") not in ("fr", "en"):
            errors.append(f"{key}: lang")
        note = fold(lab.get("note", ""))
        if not note:
            errors.append(f"{key}: empty note")
        with open(os.path.join(out, key), "rb") as fh:
            data = fh.read()
        try:
            msg = email.message_from_bytes(data, policy=email.policy.default)
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if msg.get(h) is None or not str(msg.get(h)).strip():
                    errors.append(f"{key}: missing {h}")
            if msg.defects:
                errors.append(f"{key}: defects {msg.defects}")
            text = msg_text(msg)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{key}: decode failure {e!r}")
            continue
        ntext = I.normalize_for_search(text)
        ftext = fold(text)
        found = sorted(h.nam for h in holders if h.nam in ntext)
        for sur, giv in hold_names:
            if sur in note and giv in note:
                errors.append(f"{key}: holder name in note")
        if not is_pos:
            if found:
                errors.append(f"{key}: NAM in negative {found}")
            for sur, giv in hold_names:
                if re.search(r"\b" + re.escape(sur) + r"\b", ftext):
                    errors.append(f"{key}: NAM-holder surname '{sur}' in negative")
            continue
        if found != sorted(rec.get("nams", [])):
            errors.append(f"{key}: NAMs found {found} vs recorded {rec.get('nams')}")
        if bool(found) != ("ramq_nam" in types):
            errors.append(f"{key}: ramq_nam label mismatch")
        for h in holders:
            if h.nam in found:
                if fold(h.surname) not in ftext:
                    errors.append(f"{key}: NAM {h.nam} without holder surname")
                if fold(h.given) not in ftext:
                    errors.append(f"{key}: NAM {h.nam} without holder given name")
        for kind, vals in rec.get("ids", {}).items():
            if kind not in types:
                errors.append(f"{key}: {kind} present but not labelled")
            for v in vals:
                if not VALID[kind](v):
                    errors.append(f"{key}: invalid {kind} {v}")
                if v not in ntext:
                    errors.append(f"{key}: {kind} {v} not found in message")
        for kind in VALID:
            if kind in types and kind not in rec.get("ids", {}):
                errors.append(f"{key}: {kind} labelled but not recorded")
    return errors
