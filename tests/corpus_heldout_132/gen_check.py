"""Re-parse the written corpus, decode every part and check labels and identifiers."""
import base64
import email
import email.policy
import io
import json
import os
import re
import zipfile
import zlib

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

import gen_common as C

REQUIRED_HEADERS = ["From", "To", "Subject", "Date", "Message-ID"]


# ---------------------------------------------------------------------------
# Decoders
# ---------------------------------------------------------------------------
def _pdf_literal(s):
    out, i = bytearray(), 0
    while i < len(s):
        ch = s[i]
        if ch == 0x5C:  # backslash
            i += 1
            nxt = s[i:i + 1]
            if nxt and nxt in b"01234567":
                j = i
                while j < len(s) and j < i + 3 and 0x30 <= s[j] <= 0x37:
                    j += 1
                out.append(int(s[i:j], 8) & 0xFF)
                i = j
                continue
            out += {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}.get(nxt, nxt)
            i += 1
            continue
        out.append(ch)
        i += 1
    return bytes(out)


def pdf_text(data):
    if not data.startswith(b"%PDF-"):
        raise ValueError("not a PDF")
    texts = []
    for chunk in data.split(b"endobj"):
        m = re.search(rb"^(.*?)stream\r?\n(.*?)\r?\n?endstream", chunk, re.S)
        if not m:
            continue
        d, body = m.group(1), m.group(2)
        if b"ASCII85Decode" in d:
            b = body.strip()
            if b.endswith(b"~>"):
                b = b[:-2]
            body = base64.a85decode(b)
        if b"FlateDecode" in d:
            body = zlib.decompress(body)
        for s in re.finditer(rb"\(((?:[^()\\]|\\.)*)\)\s*Tj", body, re.S):
            texts.append(_pdf_literal(s.group(1)).decode("cp1252", "replace"))
    info = re.findall(rb"/Title \(((?:[^()\\]|\\.)*)\)", data)
    texts += [_pdf_literal(x).decode("cp1252", "replace") for x in info]
    return "\n".join(texts)


def docx_text(data):
    from docx import Document
    d = Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(cell.text for cell in row.cells))
    parts.append(d.core_properties.title or "")
    return "\n".join(parts)


def xlsx_text(data):
    from openpyxl import load_workbook
    wb = load_workbook(io.BytesIO(data), read_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(parts)


def zip_text(data, feats):
    z = zipfile.ZipFile(io.BytesIO(data))
    parts = []
    for info in z.infolist():
        blob = z.read(info.filename)
        parts.append(info.filename)
        parts.append(decode_blob(info.filename, blob, feats))
    return "\n".join(parts)


def decode_blob(fn, blob, feats):
    low = (fn or "").lower()
    if low.endswith(".pdf"):
        feats.add("PDF")
        return pdf_text(blob)
    if low.endswith(".docx"):
        feats.add("DOCX")
        return docx_text(blob)
    if low.endswith(".xlsx"):
        feats.add("XLSX")
        return xlsx_text(blob)
    if low.endswith(".zip"):
        feats.add("ZIP")
        return zip_text(blob, feats)
    for cs in ("utf-8", "cp1252"):
        try:
            return blob.decode(cs)
        except UnicodeDecodeError:
            continue
    raise ValueError(f"cannot decode {fn}")


# ---------------------------------------------------------------------------
def message_text(raw):
    """Returns (all decoded text, feature set, header problems)."""
    feats = set()
    problems = []
    feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    head = raw.split(b"\r\n\r\n" if b"\r\n\r\n" in raw else b"\n\n", 1)[0]
    if re.search(rb"^Subject:.*=\?", head, re.M | re.I) or re.search(rb"^Subject:[^\n]*\n[ \t]+=\?", head, re.M):
        feats.add("RFC 2047 encoded Subject")
    if re.search(rb"^(From|To|Cc):[^\n]*=\?", head, re.M):
        feats.add("RFC 2047 encoded name")
    if re.search(rb"filename\*(0\*)?=", raw):
        feats.add("RFC 2231 file name")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    texts = []
    for part in msg.walk():
        if part.get("Subject") is not None or part is msg:
            for h in REQUIRED_HEADERS:
                if part.get(h) is None:
                    problems.append(f"missing {h}")
            for h in ("From", "To", "Cc", "Subject"):
                if part.get(h) is not None:
                    texts.append(str(part.get(h)))
        ct = part.get_content_type()
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        if part.is_multipart():
            if ct in ("multipart/alternative", "multipart/mixed"):
                feats.add(ct)
            if ct == "message/rfc822":
                feats.add("message/rfc822 (attached .eml)")
            continue
        feats.add(f"CTE {cte}")
        cs = part.get_content_charset()
        if cs and part.get_content_maintype() == "text":
            feats.add(f"charset {cs}")
        fn = part.get_filename()
        if fn:
            texts.append(fn)
        if ct in ("text/plain", "text/html") and not fn:
            feats.add(ct + " body")
            texts.append(part.get_content())
            continue
        blob = part.get_payload(decode=True)
        if ct == "text/calendar":
            feats.add("ICS")
        elif ct in ("text/vcard", "text/x-vcard"):
            feats.add("vCard")
        elif ct == "text/csv":
            feats.add("CSV")
        if part.get_content_maintype() == "text":
            texts.append(part.get_content())
        else:
            texts.append(decode_blob(fn, blob, feats))
    if msg.get_content_type() == "text/html":
        feats.add("HTML only")
    if msg.get_content_type() == "text/plain":
        feats.add("plain text only")
    return "\n".join(texts), feats, problems


def _fold(s):
    return re.sub(r"\s+", " ", C.strip_accents(s).lower())


SEX_RE = re.compile(r"(?i:\b(sexe|sex)\b\s*[:=]?\s*(f|m)\b)|\|\s*(F|M)\s*\||[,;](F|M)[,;]")


def check(out_dir, meta, holders):
    errors = []
    labels_path = os.path.join(out_dir, "labels.json")
    with open(labels_path, encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted([f"positive/{x}" for x in os.listdir(os.path.join(out_dir, "positive"))] +
                   [f"negative/{x}" for x in os.listdir(os.path.join(out_dir, "negative"))])
    pos = [f for f in files if f.startswith("positive/")]
    neg = [f for f in files if f.startswith("negative/")]
    if len(pos) != 120 or len(neg) != 180:
        errors.append(f"counts {len(pos)}/{len(neg)}")
    if sorted(labels) != files or list(labels) != sorted(labels):
        errors.append("labels.json keys do not match files (or not sorted)")
    for i, f in enumerate(pos, 1):
        if not re.fullmatch(rf"positive/p{i:03d}_[a-z_]+\.eml", f):
            errors.append(f"bad positive name {f}")
    for i, f in enumerate(neg, 1):
        if not re.fullmatch(rf"negative/n{i:03d}_[a-z_]+\.eml", f):
            errors.append(f"bad negative name {f}")
    all_names = {h.surname for h in holders} | set(C.SURNAMES_QC) | set(C.SURNAMES_EN) | set(C.BE_SURNAMES) | \
        set(C.FR_SURNAMES) | {s.surname for k in C.STAFF for s in C.STAFF[k]}
    features = {}
    all_pos_ids = set()
    for f in pos:
        for kind, val in meta[f]["ids"]:
            all_pos_ids.add(C.norm_alnum(val))
    for f in files:
        lab = labels.get(f, {})
        conf = f.startswith("positive/")
        if lab.get("confidential") is not conf:
            errors.append(f"{f}: confidential flag")
        if lab.get("lang") not in ("fr", "en"):
            errors.append(f"{f}: lang")
        types = lab.get("types", None)
        if conf and (not types or any(t not in C.FINDING_TYPES for t in types)):
            errors.append(f"{f}: bad types {types}")
        if not conf and types != []:
            errors.append(f"{f}: negative with types")
        note = lab.get("note", "")
        if not note or any(re.search(rf"\b{re.escape(n)}\b", note, re.I) for n in all_names):
            errors.append(f"{f}: note missing or names a person")
        with open(os.path.join(out_dir, f), "rb") as fh:
            raw = fh.read()
        try:
            text, feats, problems = message_text(raw)
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{f}: decode failure {exc!r}")
            continue
        errors += [f"{f}: {p}" for p in problems]
        for ft in feats:
            features.setdefault(ft, set()).add(f)
        alnum = C.norm_alnum(text)
        folded = _fold(__import__("unicodedata").normalize("NFKC", text))
        found_nams = [h for h in holders if h.nam in alnum]
        if not conf:
            if found_nams:
                errors.append(f"{f}: NAM in negative")
            for h in holders:
                g, s = _fold(h.given), _fold(h.surname)
                for pat in (f"{g} {s}", f"{s} {g}", f"{s}, {g}"):
                    if pat in folded:
                        errors.append(f"{f}: NAM holder name in negative ({pat})")
                if re.search(rf"\b{re.escape(s)}\b", folded):
                    errors.append(f"{f}: NAM holder surname in negative")
            for v in all_pos_ids:
                if len(v) >= 8 and v in alnum:
                    errors.append(f"{f}: positive identifier in negative")
            continue
        # positives
        m = meta[f]
        if ("ramq_nam" in types) != bool(found_nams):
            errors.append(f"{f}: ramq_nam label mismatch")
        for h in found_nams:
            if _fold(h.surname) not in folded or _fold(h.given) not in folded:
                errors.append(f"{f}: NAM without holder name")
            if not any(_fold(v) in folded for v in C.dob_variants(h.dob)):
                errors.append(f"{f}: NAM without birth date")
            if not SEX_RE.search(text):
                errors.append(f"{f}: NAM without sex")
        if set(h.nam for h in found_nams) != set(h.nam for h in m["holders"]):
            errors.append(f"{f}: NAM set differs from generator record")
        for n in m["names"]:
            if _fold(n) not in folded:
                errors.append(f"{f}: patient name {n} not found")
        validators = {"ca_sin": ca_sin.is_valid, "be_niss": be_nn.is_valid, "fr_nir": fr_nir.is_valid,
                      "ca_health_number": lambda v: len(v) == 10 and luhn.is_valid(v), "mrn": lambda v: v.isdigit()}
        for kind, val in m["ids"]:
            if not validators[kind](val):
                errors.append(f"{f}: invalid {kind}")
            if C.norm_alnum(val) not in alnum:
                errors.append(f"{f}: {kind} not present")
            if kind not in types:
                errors.append(f"{f}: {kind} not labelled")
        for kind in ("ca_sin", "be_niss", "fr_nir", "ca_health_number", "mrn"):
            if kind in types and not any(k == kind for k, _ in m["ids"]):
                errors.append(f"{f}: {kind} labelled but not recorded")
        if "patient_name" in types and not m["names"]:
            errors.append(f"{f}: patient_name labelled but no name recorded")
    return errors, features, labels
