"""Self-check: re-parse every message, decode every part, verify labels; compute counts and digest."""
import base64
import collections
import email
import email.policy
import hashlib
import io
import json
import os
import re
import unicodedata
import zipfile

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

from gen_common import load_nam_holders, strip_accents
from gen_mime import html_to_text

ALLOWED = {"ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn", "date_of_birth",
           "patient_name", "diagnosis", "medication", "lab_result", "patient_contact", "social_information"}
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ---------------------------------------------------------------- extractors
def _pdf_unescape(s):
    out, i = bytearray(), 0
    while i < len(s):
        c = s[i]
        if c == 0x5C and i + 1 < len(s):
            n = s[i + 1]
            if 0x30 <= n <= 0x37:
                m = re.match(rb"[0-7]{1,3}", s[i + 1:i + 4])
                out.append(int(m.group(0), 8) & 0xFF)
                i += 1 + len(m.group(0))
                continue
            out += {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b", ord("f"): b"\f"}.get(
                n, bytes([n]))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def pdf_text(data):
    import zlib
    texts = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        d, s = m.group(1), m.group(2)
        try:
            if b"/ASCII85Decode" in d:
                s = s.strip()
                if s.endswith(b"~>"):
                    s = s[:-2]
                s = base64.a85decode(s)
            if b"/FlateDecode" in d:
                s = zlib.decompress(s)
        except Exception:
            continue
        if b"Tj" not in s and b"TJ" not in s:
            continue
        for sm in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", s, re.S):
            texts.append(_pdf_unescape(sm.group(1)).decode("cp1252", "replace"))
    # document info (title/author) too
    for im in re.finditer(rb"/(Title|Author|Subject) \(((?:\\.|[^\\)])*)\)", data):
        texts.append(_pdf_unescape(im.group(2)).decode("cp1252", "replace"))
    return "\n".join(texts)


def _xml_text(x):
    import html as _h
    x = re.sub(r"</w:p>", "\n", x)
    x = re.sub(r"</w:tc>", "\t", x)
    x = re.sub(r"<w:tab/>", "\t", x)
    return _h.unescape(re.sub(r"<[^>]+>", "", x))


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml") and ("document" in n or "header" in n or "footer" in n):
            out.append(_xml_text(z.read(n).decode("utf-8")))
        if n == "docProps/core.xml":
            out.append(_xml_text(z.read(n).decode("utf-8")))
    return "\n".join(out)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data))
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append("\t".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def blob_text(name, ctype, data):
    name = (name or "").lower()
    if ctype == "application/pdf" or name.endswith(".pdf"):
        return pdf_text(data)
    if ctype == DOCX or name.endswith(".docx"):
        return docx_text(data)
    if ctype == XLSX or name.endswith(".xlsx"):
        return xlsx_text(data)
    if ctype in ("application/zip", "application/x-zip-compressed") or name.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        out = []
        for n in z.namelist():
            out.append(n)
            out.append(blob_text(n, "", z.read(n)))
        return "\n".join(out)
    if name.endswith(".eml"):
        return message_text(email.message_from_bytes(data, policy=email.policy.default))
    if name.endswith((".txt", ".csv", ".ics", ".vcf", ".htm", ".html", ".xml", ".hl7")):
        for cs in ("utf-8", "cp1252"):
            try:
                t = data.decode(cs)
                break
            except UnicodeDecodeError:
                continue
        return html_to_text(t) if name.endswith((".htm", ".html")) else t
    return ""


def message_text(msg):
    out = []
    for part in msg.walk():
        for h in ("subject", "from", "to", "cc"):
            v = part.get(h)
            if v:
                out.append(str(v))
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if part.is_multipart() or part.get_content_type() == "message/rfc822":
            continue
        ct = part.get_content_type()
        if ct.startswith("text/"):
            t = part.get_content()
            out.append(html_to_text(t) if ct == "text/html" else t)
        else:
            out.append(blob_text(fn, ct, part.get_payload(decode=True) or b""))
    return "\n".join(out)


# ---------------------------------------------------------------- validators
def find_valid(kind, text):
    t = unicodedata.normalize("NFKC", text)
    pats = {
        "ca_sin": (r"(?<![\d\-./])(\d{3})[ .\-]?(\d{3})[ .\-]?(\d{3})(?![\d\-./]?\d)", ca_sin.is_valid),
        "ca_health_number": (r"(?<!\d)(\d{4})[ \-]?(\d{3})[ \-]?(\d{3})(?!\d)", luhn.is_valid),
        "be_niss": (r"(?<!\d)(\d{2})[ .]?(\d{2})[ .]?(\d{2})[ .\-]?(\d{3})[ .]?(\d{2})(?!\d)", be_nn.is_valid),
        "fr_nir": (r"(?<!\d)([12]) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?(\d{3}) ?(\d{3}) ?(\d{2})(?!\d)", fr_nir.is_valid),
    }
    pat, ok = pats[kind]
    found = []
    for m in re.finditer(pat, t):
        num = "".join(m.groups())
        if ok(num):
            found.append(num)
    return found


def norm_alnum(text):
    return re.sub(r"[^0-9A-Z]", "", unicodedata.normalize("NFKC", text).upper())


def norm_words(text):
    t = strip_accents(unicodedata.normalize("NFKC", text)).lower()
    return re.sub(r"\s+", " ", t)


def run(out_dir, quiet=False):
    holders = load_nam_holders()
    labels = json.load(open(os.path.join(out_dir, "labels.json"), encoding="utf-8"))
    files = sorted(f"{d}/{n}" for d in ("positive", "negative") for n in os.listdir(os.path.join(out_dir, d)))
    errors = []
    if set(files) != set(labels):
        errors.append(f"label/file mismatch: {sorted(set(files) ^ set(labels))[:5]}")
    langs = collections.Counter()
    types = collections.Counter()
    for f in files:
        lab = labels.get(f, {})
        raw = open(os.path.join(out_dir, f), "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        text = message_text(msg)
        pos = f.startswith("positive/")
        if lab.get("confidential") is not pos:
            errors.append(f"{f}: confidential flag")
        ts = lab.get("types", [])
        if pos and not ts:
            errors.append(f"{f}: positive without types")
        if not pos and ts:
            errors.append(f"{f}: negative with types")
        if set(ts) - ALLOWED:
            errors.append(f"{f}: unknown types {set(ts) - ALLOWED}")
        langs[(pos, lab.get("lang"))] += 1
        for t in ts:
            types[t] += 1
        alnum = norm_alnum(text)
        words = norm_words(text)
        nams = [h for h in holders if h.nam in alnum]
        if ("ramq_nam" in ts) != bool(nams):
            errors.append(f"{f}: ramq_nam label={'ramq_nam' in ts} found={len(nams)}")
        for h in nams:
            if strip_accents(h.surname).lower() not in words:
                errors.append(f"{f}: NAM without its holder's surname")
        for kind in ("ca_sin", "ca_health_number", "be_niss", "fr_nir"):
            if kind in ts and not find_valid(kind, text):
                errors.append(f"{f}: {kind} labelled but no valid number found")
        if not pos:
            for h in holders:
                g, s = strip_accents(h.given).lower(), strip_accents(h.surname).lower()
                for form in (f"{g} {s}", f"{s}, {g}", f"{s} {g}", f"{g[0]}. {s}"):
                    if re.search(r"(?<![a-z])" + re.escape(form) + r"(?![a-z])", words):
                        errors.append(f"{f}: NAM holder name '{form}' in a negative")
    digest = compute_digest(out_dir)
    if not quiet:
        npos = sum(1 for f in files if f.startswith("positive/"))
        print(f"files: {len(files)} (positive {npos}, negative {len(files) - npos})")
        for (p, l), n in sorted(langs.items()):
            print(f"  {'positive' if p else 'negative'} {l}: {n}")
        print("types: " + ", ".join(f"{k}={v}" for k, v in sorted(types.items())))
        print(f"sha256: {digest}")
        print("self-check: " + ("OK" if not errors else f"{len(errors)} error(s)"))
        for e in errors[:40]:
            print("  ERROR", e)
    return errors, langs, types, digest


def compute_digest(out_dir):
    h = hashlib.sha256()
    paths = sorted([f"{d}/{n}" for d in ("positive", "negative") for n in os.listdir(os.path.join(out_dir, d))]
                   + ["labels.json"])
    for p in paths:
        h.update(p.encode("utf-8"))
        h.update(b"\0")
        h.update(open(os.path.join(out_dir, p), "rb").read())
        h.update(b"\0")
    return h.hexdigest()
