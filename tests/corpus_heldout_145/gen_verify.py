"""Re-parse every written file, decode every part, and check labels, NAM placement and identifiers."""
import base64
import email
import email.policy
import hashlib
import html
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

from gen_common import NAMS, dob_variants, norm_ident_text

TYPES = {"patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"}


# --------------------------------------------------------------------------- decoders
def _pdf_unescape(raw):
    out = bytearray()
    i = 0
    while i < len(raw):
        c = raw[i]
        if c == 0x5C and i + 1 < len(raw):
            n = raw[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                while j < len(raw) and j < i + 4 and 0x30 <= raw[j] <= 0x37:
                    j += 1
                out.append(int(raw[i + 1:j], 8) & 0xFF)
                i = j
                continue
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def pdf_text(data):
    if not data.startswith(b"%PDF") or b"%%EOF" not in data[-64:]:
        raise ValueError("not a PDF")
    texts = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        d, s = m.group(1), m.group(2)
        if b"ASCII85Decode" in d:
            s = s.strip()
            if s.endswith(b"~>"):
                s = s[:-2]
            s = base64.a85decode(s, adobe=False, ignorechars=b" \t\r\n")
        if b"FlateDecode" in d:
            s = zlib.decompress(s)
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", s, re.S):
            texts.append(_pdf_unescape(t.group(1)).decode("cp1252"))
    return "\n".join(texts)


def docx_text(data):
    from docx import Document
    d = Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
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


def strip_html(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return html.unescape(s)


def blob_text(name, data, ctype=""):
    n = (name or "").lower()
    if n.endswith(".pdf") or ctype == "application/pdf":
        return pdf_text(data)
    if n.endswith(".docx") or "wordprocessingml" in ctype:
        return docx_text(data)
    if n.endswith(".xlsx") or "spreadsheetml" in ctype:
        return xlsx_text(data)
    if n.endswith(".zip") or ctype == "application/zip":
        z = zipfile.ZipFile(io.BytesIO(data))
        out = []
        for info in z.infolist():
            out.append(info.filename)
            out.append(blob_text(info.filename, z.read(info.filename)))
        return "\n".join(out)
    if n.endswith(".eml"):
        return message_text(email.message_from_bytes(data, policy=email.policy.default), set())
    for enc in ("utf-8", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ValueError("undecodable " + name)


def message_text(msg, feats, depth=0):
    """All readable text of a message (headers, parts, attachments, file names)."""
    out = []
    for h in ("From", "To", "Cc", "Subject"):
        v = msg.get(h)
        if v is not None:
            out.append(f"{h}: {v}")
    if msg.defects:
        raise ValueError(f"defects: {msg.defects}")
    feats.add("ctype:" + msg.get_content_type())
    for part in msg.iter_parts() if msg.is_multipart() else [msg]:
        out.append(part_text(part, feats, depth))
    return "\n".join(out)


def part_text(part, feats, depth):
    ct = part.get_content_type()
    feats.add("ctype:" + ct)
    cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
    feats.add("cte:" + cte)
    if part.defects:
        raise ValueError(f"part defects: {part.defects}")
    if part.is_multipart() and ct.startswith("multipart/"):
        return "\n".join(part_text(p, feats, depth) for p in part.iter_parts())
    fn = part.get_filename()
    pieces = []
    if fn:
        pieces.append("[file] " + fn)
        feats.add("attachment")
    if ct == "message/rfc822":
        inner = part.get_content()
        feats.add("nested_eml")
        pieces.append(message_text(inner, feats, depth + 1))
        return "\n".join(pieces)
    cs = part.get_content_charset()
    if cs:
        feats.add("charset:" + cs.lower())
    if ct.startswith("text/") and not fn and ct in ("text/plain", "text/html"):
        s = part.get_content()
        pieces.append(strip_html(s) if ct == "text/html" else s)
    elif ct.startswith("text/"):
        s = part.get_content()
        pieces.append(s)
    else:
        data = part.get_payload(decode=True)
        pieces.append(blob_text(fn or "", data, ct))
    return "\n".join(pieces)


# --------------------------------------------------------------------------- checks
def fold(s):
    s = unicodedata.normalize("NFKC", s)
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s.lower()


def holder_name_present(row, text_fold, separate=False):
    """Full name together; with separate=True, given name and surname as words anywhere (form fields)."""
    g, s = fold(row["given"]), fold(row["surname"])
    pats = [rf"\b{re.escape(g)}\s+{re.escape(s)}\b", rf"\b{re.escape(s)}\s*,?\s+{re.escape(g)}\b"]
    if any(re.search(p, text_fold) for p in pats):
        return True
    return separate and bool(re.search(rf"\b{re.escape(g)}\b", text_fold)) and bool(re.search(rf"\b{re.escape(s)}\b", text_fold))


def sex_present(row, text):
    sx = row["sex"]
    return bool(re.search(rf"(?i)(sexe?|sex)\s*[:=]?\s*{sx}\b", text)) or bool(re.search(rf"\|\s*{sx}\s*(\||$)", text, re.M))


def verify(outdir, sidecar):
    errors = []
    with open(os.path.join(outdir, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted(f"{d}/{n}" for d in ("positive", "negative") for n in os.listdir(os.path.join(outdir, d)))
    if files != sorted(labels):
        errors.append("labels do not match files")
    pos = [f for f in files if f.startswith("positive/")]
    neg = [f for f in files if f.startswith("negative/")]
    if len(pos) != 120 or len(neg) != 180:
        errors.append(f"counts {len(pos)}/{len(neg)}")
    if list(labels) != sorted(labels):
        errors.append("labels keys not sorted")
    nam_set = {r["nam"]: r for r in NAMS}
    feats_by_file = {}
    for rel in files:
        lab = labels.get(rel, {})
        raw = open(os.path.join(outdir, rel), "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg.get(h) is None:
                errors.append(f"{rel}: missing {h}")
        feats = set()
        feats.add("crlf" if b"\r\n" in raw else "lf")
        head = raw.split(b"\r\n\r\n" if b"\r\n" in raw else b"\n\n", 1)[0]
        if re.search(rb"^Subject:.*=\?", head, re.M | re.I) or re.search(rb"^Subject:[^\n]*\n\s+=\?", head, re.M):
            feats.add("rfc2047_subject")
        if re.search(rb"^(From|To|Cc):[^\n]*=\?", head, re.M):
            feats.add("rfc2047_name")
        if b"filename*" in raw:
            feats.add("rfc2231_filename")
        try:
            text = message_text(msg, feats)
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{rel}: decode failure {exc!r}")
            continue
        top = msg.get_content_type()
        feats.add("top:" + top)
        feats_by_file[rel] = feats
        is_pos = rel.startswith("positive/")
        if lab.get("confidential") is not is_pos:
            errors.append(f"{rel}: confidential flag wrong")
        types = lab.get("types", [])
        if is_pos and (not types or not set(types) <= TYPES):
            errors.append(f"{rel}: bad types {types}")
        if not is_pos and types:
            errors.append(f"{rel}: negative with types")
        if lab.get("lang") not in ("fr", "en") or not lab.get("note"):
            errors.append(f"{rel}: lang/note")
        norm = norm_ident_text(text)
        tf = fold(text)
        found = [n for n in nam_set if n in norm]
        if not is_pos and found:
            errors.append(f"{rel}: NAM in negative")
        if not is_pos:
            for row in NAMS:
                if holder_name_present(row, tf) or re.search(rf"\b{re.escape(row['surname'])}\b", text) or \
                        re.search(rf"\b{re.escape(row['surname'].upper())}\b", text):
                    errors.append(f"{rel}: NAM holder surname/name {row['surname']} in negative")
        for n in found:
            row = nam_set[n]
            if not holder_name_present(row, tf, separate=True):
                errors.append(f"{rel}: NAM {n} without holder name")
            if not any(v in text for v in dob_variants(row["dob"])):
                errors.append(f"{rel}: NAM {n} without birth date")
            if not sex_present(row, text):
                errors.append(f"{rel}: NAM {n} without sex")
        sc = sidecar.get(rel, {})
        for n in sc.get("nams", []):
            if n not in found:
                errors.append(f"{rel}: declared NAM {n} not found")
        if is_pos and ("ramq_nam" in types) != bool(found):
            errors.append(f"{rel}: ramq_nam label mismatch")
        kinds = {"sin": "ca_sin", "ohn": "ca_health_number", "niss": "be_niss", "nir": "fr_nir"}
        for kind, val in sc.get("ids", []):
            ok = {"sin": ca_sin.is_valid, "ohn": lambda v: len(v) == 10 and luhn.is_valid(v),
                  "niss": be_nn.is_valid, "nir": fr_nir.is_valid}[kind](val)
            if not ok:
                errors.append(f"{rel}: invalid {kind} {val}")
            if val not in norm:
                errors.append(f"{rel}: {kind} not present in text")
            if kinds[kind] not in types:
                errors.append(f"{rel}: {kind} present but not labelled")
        for t, k in kinds.items():
            if k in types and not any(x[0] == t for x in sc.get("ids", [])):
                errors.append(f"{rel}: {k} labelled without identifier")
    return errors, feats_by_file


def digest(outdir):
    h = hashlib.sha256()
    rels = sorted([f"positive/{n}" for n in os.listdir(os.path.join(outdir, "positive")) if n.endswith(".eml")]
                  + [f"negative/{n}" for n in os.listdir(os.path.join(outdir, "negative")) if n.endswith(".eml")]
                  + ["labels.json"])
    for rel in rels:
        h.update(rel.encode("utf-8"))
        h.update(b"\0")
        with open(os.path.join(outdir, rel), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()
