"""Step 4 - self-check: re-parse every file, decode every part, verify labels.

Uses only the standard library, python-stdnum and openpyxl.
"""
import base64
import email
import email.policy
import hashlib
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

TYPES = ["ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn", "date_of_birth", "patient_name",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]


# ----------------------------------------------------------------- PDF text
def _pdf_unescape(s):
    out = bytearray()
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == 0x5C:  # backslash
            i += 1
            n = s[i:i + 1]
            if n and n in b"01234567":
                m = re.match(rb"[0-7]{1,3}", s[i:i + 3])
                out.append(int(m.group(0), 8) & 0xFF)
                i += len(m.group(0))
                continue
            out += {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}.get(n, n)
            i += 1
            continue
        out.append(ch)
        i += 1
    return bytes(out)


def pdf_text(data):
    texts = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)\r?\n?endstream", data, re.S):
        dic, raw = m.group(1), m.group(2)
        try:
            if b"ASCII85Decode" in dic:
                raw = raw.strip()
                if raw.endswith(b"~>"):
                    raw = raw[:-2]
                raw = base64.a85decode(raw)
            if b"FlateDecode" in dic:
                raw = zlib.decompress(raw)
        except Exception:
            continue
        for line in raw.split(b"\n"):
            parts = re.findall(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", line)
            if parts:
                texts.append(" ".join(_pdf_unescape(p).decode("cp1252", "replace") for p in parts))
    info = re.findall(rb"/Title \(((?:\\.|[^\\)])*)\)", data)
    return "\n".join([_pdf_unescape(t).decode("cp1252", "replace") for t in info] + texts)


# ---------------------------------------------------------- office and zip
def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for name in z.namelist():
        if name.startswith("word/") and name.endswith(".xml") or name == "docProps/core.xml":
            xml = z.read(name).decode("utf-8")
            xml = re.sub(r"</w:p>", "\n", xml)
            xml = re.sub(r"</w:tc>", " \t ", xml)
            out.append(re.sub(r"<[^>]+>", "", xml))
    import html
    return html.unescape("\n".join(out))


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append("\t".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def decode_bytes_by_name(name, data):
    low = (name or "").lower()
    if low.endswith(".pdf") or data[:5] == b"%PDF-":
        return pdf_text(data)
    if low.endswith(".docx"):
        return docx_text(data)
    if low.endswith(".xlsx"):
        return xlsx_text(data)
    if low.endswith(".zip") or data[:4] == b"PK\x03\x04":
        z = zipfile.ZipFile(io.BytesIO(data))
        out = []
        for n in z.namelist():
            out.append(n)
            out.append(decode_bytes_by_name(n, z.read(n)))
        return "\n".join(out)
    if low.endswith(".eml"):
        return message_text(email.message_from_bytes(data, policy=email.policy.default))
    for cs in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(cs)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def message_text(msg):
    """All human-readable text of a message: headers, parts, file names, attachment contents."""
    out = []
    for part in msg.walk():
        for h in ("From", "To", "Cc", "Subject"):
            if part.get(h) is not None:
                out.append(f"{h}: {part.get(h)}")
        fn = part.get_filename()
        if fn:
            out.append("[file] " + fn)
        ctype = part.get_content_type()
        if part.is_multipart() or ctype == "message/rfc822":
            continue
        content = part.get_content()
        if isinstance(content, str):
            if ctype == "text/html":
                import html
                content = html.unescape(re.sub(r"<[^>]+>", " ", content))
            out.append(content)
        else:
            out.append(decode_bytes_by_name(fn, content))
    return "\n".join(out)


# ------------------------------------------------------------ identifiers
def norm(text):
    return unicodedata.normalize("NFKC", text)


def alnum_upper(text):
    return re.sub(r"[^0-9A-Z]", "", norm(text).upper())


def find_sins(text):
    t = norm(text)
    return {re.sub(r"\D", "", m) for m in re.findall(r"(?<![\d])(\d{3}[ .\-]?\d{3}[ .\-]?\d{3})(?![\d])", t)
            if ca_sin.is_valid(re.sub(r"\D", "", m))}


def find_ohips(text):
    t = norm(text)
    return {re.sub(r"\D", "", m) for m in re.findall(r"(?<![\d])(\d{4}[ .\-]?\d{3}[ .\-]?\d{3})(?![\d])", t)
            if luhn.is_valid(re.sub(r"\D", "", m))}


def find_niss(text):
    t = norm(text)
    pat = r"(?<![\d])(\d{2}[ .]?\d{2}[ .]?\d{2}[ .\-]?\d{3}[ .\-]?\d{2})(?![\d])"
    return {re.sub(r"\D", "", m) for m in re.findall(pat, t) if be_nn.is_valid(re.sub(r"\D", "", m))}


def find_nirs(text):
    t = norm(text)
    pat = r"(?<![\d])([12][ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?\d{3}[ ]?\d{3}[ ]?\d{2})(?![\d])"
    return {re.sub(r"\D", "", m) for m in re.findall(pat, t) if fr_nir.is_valid(re.sub(r"\D", "", m))}


def _fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def holder_name_hits(text, holders):
    t = re.sub(r"\s+", " ", _fold(norm(text)))
    hits = []
    for h in holders:
        g, s = _fold(h.given), _fold(h.surname)
        pats = [rf"\b{re.escape(g)} {re.escape(s)}\b", rf"\b{re.escape(s)},? {re.escape(g)}\b",
                rf"\b{re.escape(g[0])}\. ?{re.escape(s)}\b"]
        if any(re.search(p, t) for p in pats):
            hits.append(f"{h.given} {h.surname}")
    return hits


# ------------------------------------------------------------------ checks
def digest(outdir):
    paths = sorted([f"positive/{f}" for f in os.listdir(os.path.join(outdir, "positive")) if f.endswith(".eml")]
                   + [f"negative/{f}" for f in os.listdir(os.path.join(outdir, "negative")) if f.endswith(".eml")]
                   + ["labels.json"])
    h = hashlib.sha256()
    for p in paths:
        with open(os.path.join(outdir, p), "rb") as fh:
            h.update(p.encode() + b"\0" + fh.read() + b"\0")
    return h.hexdigest()


def run(outdir, holders, expected_pos=120, expected_neg=180):
    with open(os.path.join(outdir, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted([f"positive/{f}" for f in os.listdir(os.path.join(outdir, "positive")) if f.endswith(".eml")]
                   + [f"negative/{f}" for f in os.listdir(os.path.join(outdir, "negative")) if f.endswith(".eml")])
    errors = []
    if sorted(labels) != files:
        errors.append("labels do not cover exactly the files")
    npos = sum(f.startswith("positive/") for f in files)
    nneg = sum(f.startswith("negative/") for f in files)
    if (npos, nneg) != (expected_pos, expected_neg):
        errors.append(f"counts {npos}/{nneg}")
    nams = {h.nam: h for h in holders}
    langs, types = {}, {t: 0 for t in TYPES}
    for f in files:
        lab = labels.get(f, {})
        with open(os.path.join(outdir, f), "rb") as fh:
            raw = fh.read()
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for part in msg.walk():
                if part.defects:
                    errors.append(f"{f}: MIME defects {part.defects}")
            text = message_text(msg)
        except Exception as exc:  # pragma: no cover - reported
            errors.append(f"{f}: cannot decode ({exc!r})")
            continue
        langs[lab.get("lang")] = langs.get(lab.get("lang"), 0) + 1
        ts = lab.get("types", [])
        for t in ts:
            if t not in TYPES:
                errors.append(f"{f}: unknown type {t}")
            else:
                types[t] += 1
        pos = f.startswith("positive/")
        if lab.get("confidential") is not pos:
            errors.append(f"{f}: confidential flag")
        if pos and not ts:
            errors.append(f"{f}: positive without types")
        if not pos and ts:
            errors.append(f"{f}: negative with types")
        flat = alnum_upper(text)
        found = [n for n in nams if n in flat]
        if ("ramq_nam" in ts) != bool(found):
            errors.append(f"{f}: NAM label mismatch ({len(found)} found)")
        checks = [("ca_sin", find_sins), ("ca_health_number", find_ohips), ("be_niss", find_niss),
                  ("fr_nir", find_nirs)]
        for t, fn in checks:
            if t in ts and not fn(text):
                errors.append(f"{f}: no valid number for {t}")
        if not pos:
            hits = holder_name_hits(text, holders)
            if hits:
                errors.append(f"{f}: NAM holder name in negative")
        else:
            # a NAM shown in a positive must come with its own holder's name when a holder name is shown
            named = holder_name_hits(text, [nams[n] for n in found])
            others = holder_name_hits(text, [h for h in holders if h.nam not in found])
            if found and not named and others:
                errors.append(f"{f}: NAM shown with another holder's name")
    return errors, npos, nneg, langs, types
