"""Re-parse every written message, decode every part (PDF, DOCX, XLSX, ZIP,
nested .eml included), check labels and identifiers, and tally transport
features.  Any failure is collected; the caller exits non-zero."""
import base64
import html
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib
from email import policy
from email.parser import BytesParser

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

import gen_ids as I

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir",
         "mrn", "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]
DOCX_T = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_T = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ---------------------------------------------------------------- decoders
def _pdf_unescape(s):
    out, i = bytearray(), 0
    while i < len(s):
        ch = s[i]
        if ch == 0x5C and i + 1 < len(s):
            nx = s[i + 1]
            if 0x30 <= nx <= 0x37:
                j = i + 1
                while j < len(s) and j < i + 4 and 0x30 <= s[j] <= 0x37:
                    j += 1
                out.append(int(s[i + 1:j], 8) & 0xFF)
                i = j
                continue
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}.get(nx, nx))
            i += 2
            continue
        out.append(ch)
        i += 1
    return bytes(out)


def pdf_text(data):
    if not data.startswith(b"%PDF-"):
        raise ValueError("not a PDF")
    texts = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        head, raw = m.group(1), m.group(2)
        if b"ASCII85Decode" in head:
            raw = raw.strip()
            if raw.endswith(b"~>"):
                raw = raw[:-2]
            raw = base64.a85decode(raw)
        if b"FlateDecode" in head:
            raw = zlib.decompress(raw)
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw, re.S):
            texts.append(_pdf_unescape(t.group(1)).decode("cp1252"))
    if not texts:
        raise ValueError("PDF without text")
    return "\n".join(texts)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append("\t".join(cell.text for cell in row.cells))
    return "\n".join(parts)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append("\t".join("" if v is None else str(v) for v in row))
    wb.close()
    return "\n".join(parts)


def blob_text(name, data, feats):
    low = name.lower()
    if low.endswith(".pdf"):
        feats.add("PDF attachment")
        return pdf_text(data)
    if low.endswith(".docx"):
        feats.add("DOCX attachment")
        return docx_text(data)
    if low.endswith(".xlsx"):
        feats.add("XLSX attachment")
        return xlsx_text(data)
    if low.endswith(".zip"):
        feats.add("ZIP attachment")
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip() is not None:
            raise ValueError("corrupt zip member")
        return "\n".join(n + "\n" + blob_text(n, z.read(n), feats) for n in z.namelist())
    if low.endswith(".eml"):
        feats.add("attached message/rfc822")
        return msg_text(BytesParser(policy=policy.default).parsebytes(data), feats)
    if low.endswith((".csv", ".txt", ".ics", ".vcf")):
        return data.decode("utf-8")
    raise ValueError("unknown member type " + name)


def msg_text(msg, feats, top=False):
    out = []
    for _k, v in msg.items():
        out.append(str(v))
    if msg.defects:
        raise ValueError(f"defects: {msg.defects}")
    _walk(msg, feats, out)
    return "\n".join(out)


def _walk(part, feats, out):
    if part.defects:
        raise ValueError(f"part defects: {part.defects}")
    ct = part.get_content_type()
    cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
    cs = part.get_param("charset")
    if cs:
        feats.add("charset " + cs.lower())
    fn = part.get_filename()
    if fn:
        out.append(fn)
    if ct == "message/rfc822":
        feats.add("attached message/rfc822")
        feats.add("CTE " + cte)
        out.append(msg_text(part.get_content(), feats))
        return
    if part.is_multipart():
        if ct == "multipart/alternative":
            feats.add("multipart/alternative")
        elif ct == "multipart/mixed":
            feats.add("multipart/mixed")
        for sub in part.iter_parts():
            _walk(sub, feats, out)
        return
    feats.add("CTE " + cte)
    if ct.startswith("text/") and not fn:
        txt = part.get_content()
        out.append(html.unescape(re.sub(r"<[^>]+>", " ", txt)) if ct == "text/html" else txt)
        feats.add("HTML body" if ct == "text/html" else "plain-text body")
        return
    if ct == "text/calendar":
        feats.add("ICS attachment")
        out.append(part.get_content())
    elif ct in ("text/vcard", "text/x-vcard"):
        feats.add("vCard attachment")
        out.append(part.get_content())
    elif ct == "text/csv":
        feats.add("CSV attachment")
        out.append(part.get_content())
    elif ct.startswith("text/"):
        out.append(part.get_content())
    else:
        data = part.get_content()
        if not isinstance(data, bytes):
            raise ValueError(f"unexpected payload for {ct}")
        name = fn or ""
        if ct == "application/pdf" and not name.lower().endswith(".pdf"):
            name += ".pdf"
        out.append(blob_text(name, data, feats))


# ---------------------------------------------------------------- normalisers
def fold(s):
    s = unicodedata.normalize("NFKC", s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def compact(s):
    return re.sub(r"[\s./\-_:]", "", unicodedata.normalize("NFKC", s)).upper()


# ---------------------------------------------------------------- main check
def verify(out, labels, meta, holders):
    errors = []
    feats_by_file = {}
    pos = sorted(f"positive/{n}" for n in os.listdir(os.path.join(out, "positive")) if n.endswith(".eml"))
    neg = sorted(f"negative/{n}" for n in os.listdir(os.path.join(out, "negative")) if n.endswith(".eml"))
    if len(pos) != 120:
        errors.append(f"expected 120 positives, found {len(pos)}")
    if len(neg) != 180:
        errors.append(f"expected 180 negatives, found {len(neg)}")
    if sorted(labels) != sorted(pos + neg):
        errors.append("labels.json keys do not match the files")
    with open(os.path.join(out, "labels.json"), encoding="utf-8") as fh:
        on_disk = json.load(fh)
    if on_disk != labels or list(on_disk) != sorted(on_disk):
        errors.append("labels.json on disk differs from generated labels or is not sorted")
    nam_index = {h["nam"]: h for h in holders}
    for rel in pos + neg:
        lab = labels.get(rel)
        if lab is None:
            continue
        is_pos = rel.startswith("positive/")
        if lab["confidential"] is not is_pos:
            errors.append(f"{rel}: confidential flag wrong")
        if is_pos and not lab["types"]:
            errors.append(f"{rel}: positive without types")
        if not is_pos and lab["types"]:
            errors.append(f"{rel}: negative with types")
        if any(t not in TYPES for t in lab["types"]) or lab["types"] != sorted(set(lab["types"])):
            errors.append(f"{rel}: bad types {lab['types']}")
        if lab["lang"] not in ("fr", "en") or not lab.get("note"):
            errors.append(f"{rel}: bad lang/note")
        raw = open(os.path.join(out, rel), "rb").read()
        feats = set()
        feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
        if b"\r\n" in raw and re.search(rb"[^\r]\n", raw):
            errors.append(f"{rel}: mixed line ends")
        head = raw.split(b"\r\n\r\n" if b"\r\n" in raw else b"\n\n", 1)[0]
        for h in (b"From:", b"To:", b"Subject:", b"Date:", b"Message-ID:"):
            if not re.search(rb"(^|\n)" + h, head):
                errors.append(f"{rel}: missing {h.decode()}")
        if re.search(rb"(^|\n)Subject: =\?", head):
            feats.add("RFC 2047 encoded Subject")
        if re.search(rb"(^|\n)(From|To|Cc):[^\n]*=\?", head) or re.search(rb"\n\s+=\?[^\n]*<", head):
            feats.add("RFC 2047 encoded display name")
        if b"filename*=" in raw:
            feats.add("RFC 2231 file name")
        try:
            msg = BytesParser(policy=policy.default).parsebytes(raw)
            text = msg_text(msg, feats, top=True)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{rel}: decode failure: {e!r}")
            continue
        ct = msg.get_content_type()
        if ct == "text/plain":
            feats.add("single text/plain")
        elif ct == "text/html":
            feats.add("single text/html (HTML only)")
        if any(0xFF10 <= ord(ch) <= 0xFF5A for ch in text):
            feats.add("full-width digits or letters")
        if re.search(r"(?m)^> ", text):
            feats.add("quoted reply text")
        if "Message transféré" in text or "Forwarded message" in text:
            feats.add("inline forward")
        feats_by_file[rel] = feats
        ftext, ctext = fold(text), compact(text)
        found = sorted(n for n in nam_index if n in ctext)
        if not is_pos:
            if found:
                errors.append(f"{rel}: negative contains NAM {found}")
            for h in holders:
                sur = fold(h["surname"])
                if re.search(r"\b" + re.escape(sur) + r"\b", ftext):
                    errors.append(f"{rel}: negative contains NAM holder surname {h['surname']}")
            continue
        recs = meta.get(rel, [])
        rec_nams = sorted({v for k, v, _p in recs if k == "nam"})
        if found != rec_nams:
            errors.append(f"{rel}: NAMs found {found} != recorded {rec_nams}")
        if rec_nams and "ramq_nam" not in lab["types"]:
            errors.append(f"{rel}: NAM without ramq_nam type")
        for n in found:
            h = nam_index[n]
            if fold(h["surname"]) not in ftext or fold(h["given"]) not in ftext:
                errors.append(f"{rel}: NAM {n} without holder's name")
            if not any(fold(v) in ftext for v in I.dob_variants(h["dob"])):
                errors.append(f"{rel}: NAM {n} without holder's birth date")
            if not re.search(r"\bsexe?\b", ftext):
                errors.append(f"{rel}: NAM {n} without sex")
        for kind, val, p in recs:
            if kind == "name" and fold(val) not in ftext:
                errors.append(f"{rel}: recorded name {val} not found")
            if kind == "mrn" and val not in ctext:
                errors.append(f"{rel}: recorded MRN not found")
            if kind == "dob" and not any(fold(v) in ftext for v in I.dob_variants(val)):
                errors.append(f"{rel}: recorded birth date not found")
            check = {"sin": (ca_sin.is_valid, "ca_sin"), "ohn": (luhn.is_valid, "ca_health_number"),
                     "niss": (be_nn.is_valid, "be_niss"), "nir": (fr_nir.is_valid, "fr_nir")}.get(kind)
            if check:
                if not check[0](val):
                    errors.append(f"{rel}: invalid {kind} {val}")
                if val not in ctext:
                    errors.append(f"{rel}: {kind} not found in text")
                if check[1] not in lab["types"]:
                    errors.append(f"{rel}: {kind} present but type missing")
        for t, k in (("ca_sin", "sin"), ("ca_health_number", "ohn"), ("be_niss", "niss"), ("fr_nir", "nir"),
                     ("mrn", "mrn"), ("ramq_nam", "nam"), ("patient_name", "name"), ("date_of_birth", "dob")):
            if t in lab["types"] and not any(r[0] == k for r in recs):
                errors.append(f"{rel}: type {t} labelled but nothing recorded")
    return errors, feats_by_file
