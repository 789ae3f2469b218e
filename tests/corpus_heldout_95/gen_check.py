"""Self-check: re-parse every file, decode every part, verify labels, print counts and digest."""
import email
import email.policy
import glob
import hashlib
import html
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib
import base64

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

from gen_common import strip_accents

TYPES = ["ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn", "date_of_birth", "patient_name",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]


# --------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------

def _pdf_unescape(s):
    out = bytearray()
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == 0x5C:  # backslash
            i += 1
            nx = s[i]
            if 0x30 <= nx <= 0x37:
                j = i
                while j < len(s) and j < i + 3 and 0x30 <= s[j] <= 0x37:
                    j += 1
                out.append(int(s[i:j], 8) & 0xFF)
                i = j
                continue
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}.get(nx, nx))
            i += 1
            continue
        out.append(ch)
        i += 1
    return bytes(out)


def pdf_text(data):
    texts = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        d, raw = m.group(1), m.group(2)
        if b"/ASCII85Decode" in d:
            raw = raw.strip()
            if raw.endswith(b"~>"):
                raw = raw[:-2]
            raw = base64.a85decode(raw.replace(b"\n", b"").replace(b"\r", b""))
        if b"/FlateDecode" in d:
            try:
                raw = zlib.decompress(raw)
            except zlib.error:
                continue
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw, re.S):
            texts.append(_pdf_unescape(t.group(1)).decode("cp1252", "replace"))
    # document info strings
    for t in re.finditer(rb"/(?:Title|Author|Subject) \(((?:\\.|[^\\)])*)\)", data):
        texts.append(_pdf_unescape(t.group(1)).decode("cp1252", "replace"))
    return "\n".join(texts)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            out.append(" | ".join(c.text for c in r.cells))
    for s in d.sections:
        out += [p.text for p in s.header.paragraphs]
    cp = d.core_properties
    out += [cp.title or "", cp.author or ""]
    return "\n".join(out)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def bytes_text(data):
    for cs in ("utf-8", "cp1252"):
        try:
            return data.decode(cs)
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1")


def blob_text(name, data):
    low = (name or "").lower()
    if low.endswith((".png", ".jpg", ".jpeg", ".gif")) or data[:8] == b"\x89PNG\r\n\x1a\n":
        return ""
    if low.endswith(".pdf") or data[:5] == b"%PDF-":
        return pdf_text(data)
    if low.endswith(".docx"):
        return docx_text(data)
    if low.endswith(".xlsx"):
        return xlsx_text(data)
    if low.endswith(".zip") or data[:4] == b"PK\x03\x04":
        z = zipfile.ZipFile(io.BytesIO(data))
        out = []
        for info in z.infolist():
            out.append(info.filename)
            out.append(blob_text(info.filename, z.read(info.filename)))
        return "\n".join(out)
    if low.endswith(".eml"):
        return message_text(email.message_from_bytes(data, policy=email.policy.default))
    return bytes_text(data)


def html_to_text(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>", "\n", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return html.unescape(s)


def message_text(msg):
    out = []
    for h in ("Subject", "From", "To", "Cc"):
        for v in msg.get_all(h, []):
            out.append(str(v))
    for part in msg.walk():
        ctype = part.get_content_type()
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if part.is_multipart():
            continue
        if ctype == "message/rfc822":
            continue  # walk() descends into it
        if ctype.startswith("text/"):
            t = part.get_content()
            out.append(html_to_text(t) if ctype == "text/html" else t)
        else:
            out.append(blob_text(fn, part.get_content()))
    return "\n".join(out)


# --------------------------------------------------------------------------
# Identifier detection
# --------------------------------------------------------------------------

def norm(text):
    return unicodedata.normalize("NFKC", text)


def squash(text):
    return re.sub(r"[^A-Z0-9]", "", norm(text).upper())


def find_sins(text):
    t = norm(text)
    return [re.sub(r"\D", "", m) for m in re.findall(r"(?<![\d])\d{3}[ .\-/]?\d{3}[ .\-/]?\d{3}(?![\d])", t)
            if ca_sin.is_valid(re.sub(r"\D", "", m))]


def find_ohns(text):
    t = norm(text)
    out = []
    for m in re.findall(r"(?<![\d])\d{4}[ \-]?\d{3}[ \-]?\d{3}(?![\d])", t):
        d = re.sub(r"\D", "", m)
        if luhn.is_valid(d):
            out.append(d)
    return out


def find_niss(text):
    t = norm(text)
    out = []
    for m in re.findall(r"(?<![\d])\d{2}\.?\d{2}\.?\d{2}[ .\-]?\d{3}[ .]?\d{2}(?![\d])", t):
        d = re.sub(r"\D", "", m)
        if be_nn.is_valid(d):
            out.append(d)
    return out


def find_nirs(text):
    t = norm(text).upper()
    out = []
    for m in re.findall(r"(?<![\dA-Z])[12] ?\d{2} ?\d{2} ?(?:\d{2}|2A|2B) ?\d{3} ?\d{3} ?\d{2}(?![\d])", t):
        d = m.replace(" ", "")
        if fr_nir.is_valid(d):
            out.append(d)
    return out


def name_keys(given, surname):
    g = strip_accents(given).lower()
    s = strip_accents(surname).lower()
    return ["%s %s" % (g, s), "%s %s" % (s, g), "%s, %s" % (s, g)]


# --------------------------------------------------------------------------
# Main check
# --------------------------------------------------------------------------

def digest(out_dir):
    h = hashlib.sha256()
    paths = sorted(glob.glob(os.path.join(out_dir, "positive", "*.eml")) +
                   glob.glob(os.path.join(out_dir, "negative", "*.eml")) +
                   [os.path.join(out_dir, "labels.json")])
    for p in sorted(os.path.relpath(x, out_dir) for x in paths):
        h.update(p.encode("utf-8"))
        h.update(b"\0")
        with open(os.path.join(out_dir, p), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()


def run(out_dir, holders, verbose=True):
    with open(os.path.join(out_dir, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted(os.path.relpath(p, out_dir) for p in
                   glob.glob(os.path.join(out_dir, "positive", "*.eml")) +
                   glob.glob(os.path.join(out_dir, "negative", "*.eml")))
    errors = []
    if sorted(labels) != files:
        errors.append("labels do not cover exactly the files")
    nams = {h.nam: h for h in holders}
    holder_keys = [(h, name_keys(h.given, h.surname)) for h in holders]
    counts = {"positive": 0, "negative": 0, "fr": 0, "en": 0}
    type_counts = {t: 0 for t in TYPES}
    for f in files:
        lab = labels.get(f, {})
        with open(os.path.join(out_dir, f), "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg.defects:
            errors.append("%s: defects %r" % (f, msg.defects))
        try:
            text = message_text(msg)
        except Exception as exc:  # noqa
            errors.append("%s: decode error %r" % (f, exc))
            continue
        pos = f.startswith("positive/")
        counts["positive" if pos else "negative"] += 1
        counts[lab.get("lang", "?")] = counts.get(lab.get("lang", "?"), 0) + 1
        types = lab.get("types", [])
        for t in types:
            if t not in TYPES:
                errors.append("%s: unknown type %s" % (f, t))
            else:
                type_counts[t] += 1
        if lab.get("confidential") is not pos:
            errors.append("%s: confidential flag" % f)
        if pos and not types:
            errors.append("%s: positive without types" % f)
        if not pos and types:
            errors.append("%s: negative with types" % f)
        sq = squash(text)
        found_nams = [n for n in nams if n in sq]
        if ("ramq_nam" in types) != bool(found_nams):
            errors.append("%s: NAM presence %r vs label" % (f, found_nams))
        checks = [("ca_sin", find_sins), ("ca_health_number", find_ohns), ("be_niss", find_niss),
                  ("fr_nir", find_nirs)]
        for t, fn in checks:
            if t in types and not fn(text):
                errors.append("%s: %s labelled but no valid number found" % (f, t))
        if not pos:
            low = re.sub(r"\s+", " ", strip_accents(norm(text)).lower())
            for h, keys in holder_keys:
                for k in keys:
                    if k in low:
                        errors.append("%s: NAM holder name %s in negative" % (f, k))
    dg = digest(out_dir)
    if verbose:
        print("files: %d (positive %d, negative %d)" % (len(files), counts["positive"], counts["negative"]))
        print("languages: fr %d, en %d" % (counts.get("fr", 0), counts.get("en", 0)))
        print("types: " + ", ".join("%s %d" % (t, type_counts[t]) for t in TYPES))
        print("sha256: %s" % dg)
    return errors, counts, type_counts, dg
