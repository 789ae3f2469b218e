"""Self-check: re-parse every file, decode every part (including PDF, DOCX,
XLSX, ZIP, attached messages), verify labels and identifiers; digest."""
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

import docx
import openpyxl
from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

TYPES = {"ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn", "date_of_birth",
         "patient_name", "diagnosis", "medication", "lab_result", "patient_contact", "social_information"}


# ------------------------------------------------------------ decoders
def _pdf_unescape(s):
    out = bytearray()
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == 0x5C and i + 1 < len(s):
            n = s[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                oct_ = b""
                while j < len(s) and len(oct_) < 3 and 0x30 <= s[j] <= 0x37:
                    oct_ += bytes([s[j]])
                    j += 1
                out.append(int(oct_, 8) & 0xFF)
                i = j
                continue
            out.append({0x6E: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12}.get(n, n))
            i += 2
            continue
        out.append(ch)
        i += 1
    return bytes(out)


def pdf_text(data):
    texts = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        d, raw = m.group(1), m.group(2)
        try:
            if b"ASCII85Decode" in d:
                raw = base64.a85decode(raw.strip().rstrip(b"~>").strip(), adobe=False)
            if b"FlateDecode" in d:
                raw = zlib.decompress(raw)
        except Exception:
            continue
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw, re.S):
            texts.append(_pdf_unescape(s.group(1)).decode("cp1252", "replace"))
    for s in re.finditer(rb"/(?:Title|Author|Subject) \(((?:\\.|[^\\)])*)\)", data):
        texts.append(_pdf_unescape(s.group(1)).decode("cp1252", "replace"))
    return "\n".join(texts)


def docx_text(data):
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs]
    parts.append(d.core_properties.title or "")
    parts.append(d.core_properties.author or "")
    return "\n".join(parts)


def xlsx_text(data):
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(parts)


def file_text(name, data):
    low = (name or "").lower()
    if data[:5] == b"%PDF-" or low.endswith(".pdf"):
        return pdf_text(data)
    if low.endswith(".docx"):
        return docx_text(data)
    if low.endswith(".xlsx"):
        return xlsx_text(data)
    if low.endswith(".zip") or data[:4] == b"PK\x03\x04":
        z = zipfile.ZipFile(io.BytesIO(data))
        return "\n".join(f"[{i.filename}]\n" + file_text(i.filename, z.read(i.filename)) for i in z.infolist())
    if low.endswith(".eml"):
        return message_text(email.message_from_bytes(data, policy=email.policy.default))
    if low.endswith((".png", ".jpg", ".jpeg", ".gif")):
        return ""
    for cs in ("utf-8", "cp1252"):
        try:
            return data.decode(cs)
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1")


def message_text(msg):
    out = []
    for h in ("Subject", "From", "To", "Cc"):
        if msg[h] is not None:
            out.append(str(msg[h]))
    if msg.is_multipart():
        for sub in msg.iter_parts():
            out.append(part_text(sub))
    else:
        out.append(part_text(msg, top=True))
    return "\n".join(out)


def part_text(part, top=False):
    out = []
    fn = part.get_filename()
    if fn:
        out.append(fn)
    ct = part.get_content_type()
    if part.is_multipart() and ct != "message/rfc822":
        return "\n".join(out + [part_text(p) for p in part.iter_parts()])
    if ct == "message/rfc822":
        inner = part.get_payload()[0] if isinstance(part.get_payload(), list) else part.get_content()
        out.append(message_text(inner))
        return "\n".join(out)
    if part.get_content_maintype() == "text" and not fn:
        content = part.get_content()
        if part.get_content_subtype() == "html":
            content = html.unescape(re.sub(r"<[^>]+>", " ", content))
        out.append(content)
    else:
        data = part.get_payload(decode=True) or b""
        if part.get_content_maintype() == "text" and not fn.lower().endswith((".eml",)):
            out.append(part.get_content())
        else:
            out.append(file_text(fn, data))
    return "\n".join(out)


# ------------------------------------------------------------ identifiers
def fold(s):
    s = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", s))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def nams_in(text, nams):
    flat = re.sub(r"[^A-Z0-9]", "", unicodedata.normalize("NFKC", text).upper())
    return {n for n in nams if n in flat}


def number_hits(text):
    t = unicodedata.normalize("NFKC", text)
    hits = {"ca_sin": set(), "ca_health_number": set(), "be_niss": set(), "fr_nir": set()}
    for m in re.finditer(r"(?<!\d)\d+(?:[ .\-/]\d+)*(?!\d)", t):
        groups = re.split(r"[ .\-/]", m.group(0))
        for i in range(len(groups)):
            acc = ""
            for j in range(i, len(groups)):
                acc += groups[j]
                if len(acc) > 15:
                    break
                if len(acc) == 9 and ca_sin.is_valid(acc):
                    hits["ca_sin"].add(acc)
                if len(acc) == 10 and luhn.is_valid(acc):
                    hits["ca_health_number"].add(acc)
                if len(acc) == 11 and be_nn.is_valid(acc):
                    hits["be_niss"].add(acc)
                if len(acc) == 15 and fr_nir.is_valid(acc):
                    hits["fr_nir"].add(acc)
    return hits


def digest(out):
    paths = sorted([f"positive/{f}" for f in os.listdir(os.path.join(out, "positive"))] +
                   [f"negative/{f}" for f in os.listdir(os.path.join(out, "negative"))] + ["labels.json"])
    h = hashlib.sha256()
    for p in paths:
        with open(os.path.join(out, p), "rb") as fh:
            h.update(p.encode("utf-8") + b"\0" + fh.read() + b"\0")
    return h.hexdigest()


def run(out, holders, expected_ids=None, verbose=True):
    with open(os.path.join(out, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted([f"positive/{f}" for f in os.listdir(os.path.join(out, "positive"))] +
                   [f"negative/{f}" for f in os.listdir(os.path.join(out, "negative"))])
    errors = []
    if sorted(labels) != files:
        errors.append("labels do not cover exactly the files")
    nams = {h.nam for h in holders}
    surnames = {fold(h.surname) for h in holders}
    counts = {"positive": 0, "negative": 0, "fr": 0, "en": 0}
    tcount = {}
    transports = {"structure": set(), "charset": set(), "cte": set(), "crlf": 0, "lf": 0, "rfc2047": 0, "rfc2231": 0,
                  "attach": {}}
    for path in files:
        lab = labels.get(path, {})
        with open(os.path.join(out, path), "rb") as fh:
            raw = fh.read()
        transports["crlf" if b"\r\n" in raw[:2000] else "lf"] += 1
        if b"=?" in raw.split(b"\r\n\r\n" if b"\r\n" in raw[:2000] else b"\n\n", 1)[0]:
            transports["rfc2047"] += 1
        if b"filename*" in raw:
            transports["rfc2231"] += 1
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            transports["structure"].add(part.get_content_type())
            cs = part.get_content_charset()
            if cs:
                transports["charset"].add(cs)
            cte = part.get("Content-Transfer-Encoding")
            if cte:
                transports["cte"].add(str(cte).lower())
            fn = part.get_filename()
            if fn:
                ext = fn.rsplit(".", 1)[-1].lower()
                transports["attach"][ext] = transports["attach"].get(ext, 0) + 1
        try:
            text = message_text(msg)
        except Exception as e:  # pragma: no cover
            errors.append(f"{path}: decode error {e!r}")
            continue
        pos = path.startswith("positive/")
        types = set(lab.get("types", []))
        if lab.get("confidential") is not pos:
            errors.append(f"{path}: confidential flag mismatch")
        if not types <= TYPES:
            errors.append(f"{path}: unknown type {types - TYPES}")
        if pos and not types:
            errors.append(f"{path}: positive without type")
        if not pos and types:
            errors.append(f"{path}: negative with types")
        counts["positive" if pos else "negative"] += 1
        counts[lab.get("lang")] = counts.get(lab.get("lang"), 0) + 1
        for t in types:
            tcount[t] = tcount.get(t, 0) + 1
        found = nams_in(text, nams)
        if ("ramq_nam" in types) != bool(found):
            errors.append(f"{path}: NAM presence {bool(found)} vs label")
        hits = number_hits(text)
        for t in ("ca_sin", "ca_health_number", "be_niss", "fr_nir"):
            if t in types and not hits[t]:
                errors.append(f"{path}: label {t} but no valid number found")
            if t in types and expected_ids is not None and not expected_ids.get(path, {}).get(t):
                errors.append(f"{path}: label {t} without a recorded identifier")
            if expected_ids and path in expected_ids:
                for val in expected_ids[path].get(t, []):
                    if val not in hits[t]:
                        errors.append(f"{path}: expected {t} {val} not found")
                    if t not in types:
                        errors.append(f"{path}: {t} present but not labelled")
        if not pos:
            ft = fold(text)
            for sn in surnames:
                if re.search(r"(?<![a-z])" + re.escape(sn) + r"(?![a-z])", ft):
                    errors.append(f"{path}: NAM holder surname {sn!r} in negative")
        elif "patient_name" in types and expected_ids and path in expected_ids:
            ft = fold(text)
            names = expected_ids[path].get("names", [])
            if names and not any(fold(n) in ft for n in names):
                errors.append(f"{path}: no patient surname found")
    if errors:
        for e in errors[:50]:
            print("ERROR", e)
        raise SystemExit(f"self-check failed: {len(errors)} error(s)")
    d = digest(out)
    if verbose:
        print(f"files: {len(files)}  positive: {counts['positive']}  negative: {counts['negative']}")
        print(f"languages: fr={counts.get('fr', 0)} en={counts.get('en', 0)}")
        print("types: " + ", ".join(f"{k}={tcount[k]}" for k in sorted(tcount)))
        print(f"sha256: {d}")
    return dict(counts=counts, types=tcount, digest=d, transports=transports)
