"""Re-parse every written file, decode every part, and check labels, NAM placement and identifiers."""
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

from docx import Document
from openpyxl import load_workbook
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

import gen_common as C

TYPES = {"patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"}


# --------------------------------------------------------------------------- decoding

def _pdf_literal(s):
    out = bytearray()
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == 0x5C:  # backslash
            i += 1
            nxt = s[i:i + 1]
            if nxt and nxt in b"01234567":
                j = i
                while j < len(s) and j < i + 3 and s[j:j + 1] in b"01234567":
                    j += 1
                out.append(int(s[i:j], 8) & 0xFF)
                i = j
                continue
            out += {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}.get(nxt, nxt)
            i += 1
            continue
        out.append(ch)
        i += 1
    return out.decode("cp1252", "replace")


def pdf_text(data):
    if not data.startswith(b"%PDF"):
        raise ValueError("not a PDF")
    texts = []
    for m in re.finditer(rb"<<([^<>]*)>>\s*stream\r?\n(.*?)\s*endstream", data, re.S):
        d, raw = m.group(1), m.group(2)
        if b"ASCII85Decode" in d:
            raw = raw.strip()
            if raw.endswith(b"~>"):
                raw = raw[:-2]
            raw = base64.a85decode(raw)
        if b"FlateDecode" in d:
            raw = zlib.decompress(raw)
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw, re.S):
            texts.append(_pdf_literal(s.group(1)))
    for s in re.finditer(rb"/(?:Title|Author|Subject) \(((?:\\.|[^\\)])*)\)", data):
        texts.append(_pdf_literal(s.group(1)))
    if not texts:
        raise ValueError("PDF without text")
    return "\n".join(texts)


def docx_text(data):
    d = Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            out.append(" | ".join(cell.text for cell in r.cells))
    return "\n".join(out)


def xlsx_text(data):
    wb = load_workbook(io.BytesIO(data), read_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in row))
    wb.close()
    return "\n".join(out)


def unfold(t):
    return re.sub(r"\r?\n[ \t]", "", t)


def blob_text(name, data, feats):
    n = name.lower()
    if n.endswith(".pdf"):
        feats.add("att:pdf")
        return pdf_text(data)
    if n.endswith(".docx"):
        feats.add("att:docx")
        return docx_text(data)
    if n.endswith(".xlsx"):
        feats.add("att:xlsx")
        return xlsx_text(data)
    if n.endswith(".zip"):
        feats.add("att:zip")
        z = zipfile.ZipFile(io.BytesIO(data))
        return "\n".join(m + "\n" + blob_text(m, z.read(m), feats) for m in z.namelist())
    if n.endswith(".eml"):
        feats.add("att:eml")
        return message_text(email.message_from_bytes(data, policy=email.policy.default), feats)
    return data.decode("utf-8")


def message_text(msg, feats):
    out = []
    for h in ("From", "To", "Cc", "Subject"):
        if msg[h] is not None:
            out.append(str(msg[h]))
    out.append(part_text(msg, feats))
    return "\n".join(out)


def part_text(part, feats):
    ct = part.get_content_type()
    if part.is_multipart() and ct != "message/rfc822":
        feats.add(ct)
        return "\n".join(part_text(p, feats) for p in part.iter_parts())
    out = []
    fn = part.get_filename()
    if fn:
        out.append(fn)
    cs = part.get_content_charset()
    if cs:
        feats.add("charset:" + cs)
    cte = part.get("Content-Transfer-Encoding")
    if cte:
        feats.add("cte:" + str(cte).lower())
    if ct == "message/rfc822":
        feats.add("att:eml")
        inner = part.get_content()
        out.append(message_text(inner, feats))
        return "\n".join(out)
    content = part.get_content()
    if ct.startswith("text/"):
        if ct == "text/calendar":
            feats.add("att:ics")
            content = unfold(content)
        elif ct in ("text/vcard", "text/x-vcard"):
            feats.add("att:vcf")
            content = unfold(content)
        elif ct == "text/csv":
            feats.add("att:csv")
        elif ct == "text/html":
            feats.add("body:html")
            content = re.sub(r"<[^>]+>", " ", content)
            import html as _h
            content = _h.unescape(content)
        elif ct == "text/plain" and not fn:
            feats.add("body:plain")
        out.append(content)
    else:
        out.append(blob_text(fn or "", content, feats))
    return "\n".join(out)


# --------------------------------------------------------------------------- checks

def compact(s):
    s = unicodedata.normalize("NFKC", s).upper()
    return re.sub(r"[^0-9A-Z]", "", C.ascii_fold(s).upper())


def name_present(folded, holder):
    g, s = C.fold(holder.given), C.fold(holder.surname)
    return re.search(r"\b" + re.escape(g) + r"\b", folded) and re.search(r"\b" + re.escape(s) + r"\b", folded)


def check(out_dir, labels, ids_by_file, holders):
    errors = []
    feats_by_file = {}
    pos = sorted(k for k in labels if k.startswith("positive/"))
    neg = sorted(k for k in labels if k.startswith("negative/"))
    files = sorted(f"positive/{x}" for x in os.listdir(os.path.join(out_dir, "positive"))) + \
        sorted(f"negative/{x}" for x in os.listdir(os.path.join(out_dir, "negative")))
    if len(pos) != 120 or len(neg) != 180:
        errors.append(f"label counts {len(pos)}/{len(neg)}")
    if sorted(files) != sorted(labels):
        errors.append("files and labels differ")
    with open(os.path.join(out_dir, "labels.json"), encoding="utf-8") as fh:
        on_disk = json.load(fh)
    if on_disk != labels or list(on_disk) != sorted(on_disk):
        errors.append("labels.json differs or is not sorted")
    for i, k in enumerate(pos):
        if not re.fullmatch(rf"positive/p{i + 1:03d}_[a-z_]+\.eml", k):
            errors.append(f"bad positive name {k}")
    for i, k in enumerate(neg):
        if not re.fullmatch(rf"negative/n{i + 1:03d}_[a-z_]+\.eml", k):
            errors.append(f"bad negative name {k}")
    for rel in files:
        lab = labels.get(rel)
        if lab is None:
            continue
        is_pos = rel.startswith("positive/")
        if lab["confidential"] != is_pos:
            errors.append(f"{rel}: confidential flag")
        if lab["lang"] not in ("fr", "en") or not lab.get("note"):
            errors.append(f"{rel}: lang/note")
        if is_pos and (not lab["types"] or not set(lab["types"]) <= TYPES):
            errors.append(f"{rel}: types {lab['types']}")
        if not is_pos and lab["types"]:
            errors.append(f"{rel}: negative with types")
        with open(os.path.join(out_dir, rel), "rb") as fh:
            raw = fh.read()
        feats = set()
        feats.add("eol:crlf" if b"\r\n" in raw else "eol:lf")
        head = raw.split(b"\r\n\r\n" if b"\r\n" in raw else b"\n\n", 1)[0]
        if re.search(rb"(?im)^Subject:.*=\?", head) or re.search(rb"(?m)^Subject:[^\n]*\n[ \t][^\n]*=\?", head):
            feats.add("hdr:rfc2047_subject")
        if re.search(rb"(?im)^(From|To|Cc):[^\n]*=\?", head):
            feats.add("hdr:rfc2047_name")
        if b"filename*" in raw:
            feats.add("hdr:rfc2231_filename")
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if not msg[h]:
                    errors.append(f"{rel}: missing {h}")
            top = msg.get_content_type()
            feats.add("top:" + top)
            text = message_text(msg, feats)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{rel}: decode failure {type(e).__name__}: {e}")
            continue
        feats_by_file[rel] = feats
        comp = compact(text)
        folded = C.fold(unicodedata.normalize("NFKC", text))
        found = [h for h in holders if h.nam in comp]
        types = set(lab["types"])
        if not is_pos:
            if found:
                errors.append(f"{rel}: NAM in a negative")
            for h in holders:
                if re.search(r"\b" + re.escape(C.fold(h.surname)) + r"\b", folded):
                    errors.append(f"{rel}: NAM holder surname {h.surname} in a negative")
            continue
        if bool(found) != ("ramq_nam" in types):
            errors.append(f"{rel}: ramq_nam label vs NAM presence ({[h.nam for h in found]})")
        for h in found:
            if not name_present(folded, h):
                errors.append(f"{rel}: NAM {h.nam} without holder's name")
            if not any(r in text for r in C.dob_renderings(h.dob)):
                errors.append(f"{rel}: NAM {h.nam} without birth date")
            if not any(re.search(p.format(s=h.sex), text, re.I if "sex" in p else 0) for p in C.SEX_PATTERNS):
                errors.append(f"{rel}: NAM {h.nam} without sex")
        kinds = {}
        for kind, val in ids_by_file.get(rel, []):
            kinds.setdefault(kind, []).append(val)
            if kind == "ca_sin" and not ca_sin.is_valid(val):
                errors.append(f"{rel}: invalid SIN")
            if kind == "ca_health_number" and not C.ohn_valid(val):
                errors.append(f"{rel}: invalid OHN")
            if kind == "be_niss" and not be_nn.is_valid(val):
                errors.append(f"{rel}: invalid NISS")
            if kind == "fr_nir" and not fr_nir.is_valid(val):
                errors.append(f"{rel}: invalid NIR")
            if compact(val) not in comp:
                errors.append(f"{rel}: identifier {kind} not found in text")
            if kind not in types:
                errors.append(f"{rel}: identifier {kind} not labelled")
        for kind in ("ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"):
            if kind in types and kind not in kinds:
                errors.append(f"{rel}: {kind} labelled but not placed")
    return errors, feats_by_file
