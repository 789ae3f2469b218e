"""Self-check: re-parse every file, decode every part (PDF/DOCX/XLSX/ZIP/EML
included), verify the labels and identifiers, and compute the digest."""
import base64
import email
import email.header
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

from gen_common import NAM_HOLDERS, norm_name

ALL_TYPES = {"ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn", "date_of_birth",
             "patient_name", "diagnosis", "medication", "lab_result", "patient_contact", "social_information"}


# --------------------------------------------------------------------------
# extraction
# --------------------------------------------------------------------------
_PDF_STR = re.compile(rb"\((?:\\.|[^\\)])*\)", re.S)


def _pdf_unescape(b):
    out = bytearray()
    i = 0
    while i < len(b):
        c = b[i]
        if c == 0x5C and i + 1 < len(b):
            n = b[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                digits = b""
                while j < len(b) and len(digits) < 3 and 0x30 <= b[j] <= 0x37:
                    digits += bytes([b[j]])
                    j += 1
                out.append(int(digits, 8) & 0xFF)
                i = j
                continue
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def pdf_text(data):
    chunks = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        d, raw = m.group(1), m.group(2)
        try:
            if b"ASCII85Decode" in d:
                raw = raw.strip()
                if raw.endswith(b"~>"):
                    raw = raw[:-2]
                raw = base64.a85decode(raw)
            if b"FlateDecode" in d:
                raw = zlib.decompress(raw)
        except Exception:
            continue
        for bt in re.finditer(rb"BT(.*?)ET", raw, re.S):
            line = b"".join(_pdf_unescape(s[1:-1]) for s in _PDF_STR.findall(bt.group(1)))
            chunks.append(line.decode("cp1252", "replace"))
    outside = re.sub(rb"stream\r?\n.*?endstream", b"", data, flags=re.S)
    for s in _PDF_STR.findall(outside):
        chunks.append(_pdf_unescape(s[1:-1]).decode("cp1252", "replace"))
    return "\n".join(chunks)


def _xml_text(x):
    x = re.sub(r"</w:p>|</a:p>|<w:br/>|</row>", "\n", x)
    x = re.sub(r"</w:tc>|<w:tab/>|</c>|</si>", "\t", x)
    x = re.sub(r"<[^>]+>", "", x)
    return html.unescape(x)


def ooxml_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in z.namelist():
        if n.endswith(".xml") and (n.startswith("word/") or n.startswith("xl/") or n == "docProps/core.xml"):
            out.append(_xml_text(z.read(n).decode("utf-8")))
    return "\n".join(out)


def _decode_text_bytes(b):
    for cs in ("utf-8", "cp1252"):
        try:
            return b.decode(cs)
        except UnicodeDecodeError:
            pass
    return b.decode("latin-1")


def blob_text(name, data, ctype=""):
    name_l = (name or "").lower()
    if data[:5] == b"%PDF-" or name_l.endswith(".pdf"):
        return pdf_text(data)
    if data[:2] == b"PK":
        z = zipfile.ZipFile(io.BytesIO(data))
        names = z.namelist()
        if "[Content_Types].xml" in names:
            return ooxml_text(data)
        out = []
        for n in names:
            out.append(n)
            out.append(blob_text(n, z.read(n)))
        return "\n".join(out)
    if name_l.endswith(".eml") or ctype == "message/rfc822":
        return message_text(email.message_from_bytes(data, policy=email.policy.default))
    t = _decode_text_bytes(data)
    if name_l.endswith((".ics", ".vcf")) or "calendar" in ctype or "vcard" in ctype:
        t = t.replace("\r\n ", "").replace("\n ", "").replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")
    return t


def _filename(part):
    fn = part.get_filename()
    if fn and "=?" in fn:
        fn = str(email.header.make_header(email.header.decode_header(fn)))
    return fn


def message_text(msg):
    out = []
    for h in ("From", "To", "Cc", "Subject"):
        v = msg.get(h)
        if v:
            out.append(str(v))

    def walk(part):
        ct = part.get_content_type()
        fn = _filename(part)
        if fn:
            out.append(fn)
        if ct == "message/rfc822":
            inner = part.get_payload(0)
            out.append(message_text(inner))
            return
        if part.is_multipart():
            for p in part.iter_parts():
                walk(p)
            return
        content = part.get_content()
        if isinstance(content, str):
            if ct == "text/html":
                content = html.unescape(re.sub(r"<[^>]+>", " ", content))
            if ct in ("text/calendar", "text/vcard", "text/x-vcard") or (fn or "").lower().endswith((".ics", ".vcf")):
                content = blob_text(fn or "", content.encode("utf-8"), ct)
            out.append(content)
        elif isinstance(content, bytes):
            out.append(blob_text(fn or "", content, ct))
        else:  # EmailMessage
            out.append(message_text(content))

    walk(msg)
    return "\n".join(out)


# --------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------
def _alnum_upper(t):
    t = unicodedata.normalize("NFKC", t).upper()
    return re.sub(r"[^0-9A-Z]", "", t)


def _digit_groups(t):
    t = unicodedata.normalize("NFKC", t)
    return [m.group(0) for m in re.finditer(r"\d(?:(?:[ .\-/]|\u3000)?\d)*", t)]


def _has_valid(t, length, fn):
    for tok in _digit_groups(t):
        groups = re.findall(r"\d+", tok)
        for i in range(len(groups)):
            acc = ""
            for j in range(i, len(groups)):
                acc += groups[j]
                if len(acc) == length and fn(acc):
                    return True
                if len(acc) >= length:
                    break
    return False


def _nir_valid(t):
    t2 = unicodedata.normalize("NFKC", t)
    for m in re.finditer(r"[12](?:\s?\d){4}\s?(?:\d\s?\d|2\s?[AB])(?:\s?\d){6}\s?\d\s?\d", t2):
        if fr_nir.is_valid(re.sub(r"\s", "", m.group(0))):
            return True
    return False


VALIDATORS = {
    "ca_sin": lambda t: _has_valid(t, 9, ca_sin.is_valid),
    "ca_health_number": lambda t: _has_valid(t, 10, lambda s: s[0] != "0" and luhn.is_valid(s)),
    "be_niss": lambda t: _has_valid(t, 11, be_nn.is_valid),
    "fr_nir": lambda t: _has_valid(t, 15, fr_nir.is_valid) or _nir_valid(t),
}


def holder_name_forms():
    forms = set()
    for p in NAM_HOLDERS:
        g, s = norm_name(p.given), norm_name(p.surname)
        forms.add(f"{g} {s}")
        forms.add(f"{s} {g}")
    return sorted(forms)


def digest(outdir):
    files = sorted([f"positive/{n}" for n in os.listdir(os.path.join(outdir, "positive")) if n.endswith(".eml")] +
                   [f"negative/{n}" for n in os.listdir(os.path.join(outdir, "negative")) if n.endswith(".eml")] +
                   ["labels.json"])
    h = hashlib.sha256()
    for f in files:
        h.update(f.encode("utf-8"))
        h.update(b"\0")
        with open(os.path.join(outdir, f), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()


def run_check(outdir, verbose=True):
    with open(os.path.join(outdir, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted([f"positive/{n}" for n in os.listdir(os.path.join(outdir, "positive"))] +
                   [f"negative/{n}" for n in os.listdir(os.path.join(outdir, "negative"))])
    errors = []
    if sorted(labels) != files:
        errors.append("labels do not cover exactly the files")
    nams = [p.nam for p in NAM_HOLDERS]
    forms = holder_name_forms()
    counts = {"positive": 0, "negative": 0, "fr": 0, "en": 0}
    type_counts = {}
    for f in files:
        lab = labels.get(f)
        if lab is None:
            continue
        with open(os.path.join(outdir, f), "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        text = message_text(msg)
        pos = f.startswith("positive/")
        counts["positive" if pos else "negative"] += 1
        counts[lab["lang"]] += 1
        types = lab["types"]
        if lab["confidential"] != pos:
            errors.append(f"{f}: confidential flag mismatch")
        if pos and not types:
            errors.append(f"{f}: positive without types")
        if not pos and types:
            errors.append(f"{f}: negative with types")
        for t in types:
            if t not in ALL_TYPES:
                errors.append(f"{f}: unknown type {t}")
            type_counts[t] = type_counts.get(t, 0) + 1
        au = _alnum_upper(text)
        found = [n for n in nams if n in au]
        if ("ramq_nam" in types) != bool(found):
            errors.append(f"{f}: NAM presence {bool(found)} vs label {'ramq_nam' in types}")
        for t, fn in VALIDATORS.items():
            if t in types and not fn(text):
                errors.append(f"{f}: label {t} without a valid number")
        if not pos:
            nt = " " + norm_name(text) + " "
            for form in forms:
                if f" {form} " in nt:
                    errors.append(f"{f}: NAM holder name '{form}' in a negative")
    return errors, counts, type_counts
