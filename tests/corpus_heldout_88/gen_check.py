"""Self-check: re-parse every file, decode every part, verify labels; digest."""
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
from stdnum.be import ssn as be_ssn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_mime import html_to_text
from gen_util import strip_accents

TYPES = ["ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
         "date_of_birth", "patient_name", "diagnosis", "medication", "lab_result",
         "patient_contact", "social_information"]


# ---------------------------------------------------------------- decoders
def _pdf_unescape(s):
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i]
        if c == 0x5C and i + 1 < len(s):
            n = s[i + 1]
            m = re.match(rb"[0-7]{1,3}", s[i + 1:i + 4])
            if m:
                out.append(int(m.group(0), 8) & 0xFF)
                i += 1 + len(m.group(0))
                continue
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8,
                        ord("f"): 12}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def pdf_text(data):
    texts = []
    for m in re.finditer(rb"<<((?:(?!<<).)*?)>>\s*stream\r?\n(.*?)\r?\n?endstream", data, re.S):
        d, raw = m.group(1), m.group(2)
        try:
            if b"ASCII85Decode" in d:
                r = raw.strip()
                if r.endswith(b"~>"):
                    r = r[:-2]
                raw = base64.a85decode(r.replace(b"\n", b"").replace(b"\r", b""))
            if b"FlateDecode" in d:
                raw = zlib.decompress(raw)
        except Exception:
            continue
        for sm in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw, re.S):
            texts.append(_pdf_unescape(sm.group(1)).decode("cp1252", "replace"))
    return "\n".join(texts)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append("\t".join(c.text for c in row.cells))
    cp = d.core_properties
    parts += [cp.title or "", cp.author or ""]
    return "\n".join(parts)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data))
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append("\t".join("" if v is None else str(v) for v in row))
    return "\n".join(parts)


def blob_text(name, ctype, data):
    name = (name or "").lower()
    if ctype == "application/pdf" or name.endswith(".pdf"):
        return pdf_text(data)
    if name.endswith(".docx"):
        return docx_text(data)
    if name.endswith(".xlsx"):
        return xlsx_text(data)
    if ctype == "application/zip" or name.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        out = []
        for info in z.infolist():
            out.append(info.filename)
            out.append(blob_text(info.filename, "", z.read(info.filename)))
        return "\n".join(out)
    if name.endswith(".eml"):
        return message_text(email.message_from_bytes(data, policy=email.policy.default))
    for cs in ("utf-8", "cp1252"):
        try:
            return data.decode(cs)
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1")


def message_text(msg):
    out = []
    for h in ("Subject", "From", "To", "Cc"):
        v = msg.get(h)
        if v is not None:
            out.append(str(v))
    for part in msg.walk():
        fn = part.get_filename()
        if fn:
            out.append(fn)
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) else inner
            out.append(message_text(inner))
            continue
        if ct.startswith("text/") and not fn:
            txt = part.get_content()
            out.append(html_to_text(txt) if ct == "text/html" else txt)
            continue
        data = part.get_payload(decode=True)
        out.append(blob_text(fn, ct, data))
    return "\n".join(out)


# ---------------------------------------------------------------- checks
def norm(s):
    return unicodedata.normalize("NFKC", s)


def alnum_upper(s):
    return re.sub(r"[^A-Z0-9]", "", strip_accents(norm(s)).upper())


def digits_only(s):
    return re.sub(r"\D", "", norm(s))


def name_patterns(h):
    g = re.escape(strip_accents(h["given"]).lower())
    s = re.escape(strip_accents(h["surname"]).lower())
    return [re.compile(r"\b%s\W{1,3}%s\b" % (g, s)), re.compile(r"\b%s\W{1,3}%s\b" % (s, g))]


def validate_id(kind, num):
    if kind == "ca_sin":
        return ca_sin.is_valid(num)
    if kind == "ca_health_number":
        return len(num) == 10 and luhn.is_valid(num)
    if kind == "be_niss":
        return be_ssn.is_valid(num)
    if kind == "fr_nir":
        return fr_nir.is_valid(num)
    return False


def run(outdir, holders, expect):
    with open(os.path.join(outdir, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted(["positive/" + f for f in os.listdir(os.path.join(outdir, "positive"))] +
                   ["negative/" + f for f in os.listdir(os.path.join(outdir, "negative"))])
    errors = []
    if sorted(labels) != files:
        errors.append("labels do not cover exactly the files")
    nams = {h["nam"]: h for h in holders}
    pats = [(h, name_patterns(h)) for h in holders]
    counts = {"files": len(files), "positive": 0, "negative": 0, "fr": 0, "en": 0}
    tcount = {t: 0 for t in TYPES}
    for rel in files:
        lab = labels.get(rel, {})
        with open(os.path.join(outdir, rel), "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        try:
            text = message_text(msg)
        except Exception as e:  # pragma: no cover
            errors.append("%s: decode failure %r" % (rel, e))
            continue
        pos = rel.startswith("positive/")
        counts["positive" if pos else "negative"] += 1
        counts[lab.get("lang", "?")] = counts.get(lab.get("lang", "?"), 0) + 1
        if lab.get("confidential") is not pos:
            errors.append("%s: confidential flag mismatch" % rel)
        types = lab.get("types", [])
        for t in types:
            if t not in TYPES:
                errors.append("%s: unknown type %s" % (rel, t))
            tcount[t] = tcount.get(t, 0) + 1
        if pos and not types:
            errors.append("%s: positive without types" % rel)
        if not pos and types:
            errors.append("%s: negative with types" % rel)
        au = alnum_upper(text)
        found_nams = [n for n in nams if n in au]
        if ("ramq_nam" in types) != bool(found_nams):
            errors.append("%s: NAM presence %s vs label" % (rel, found_nams))
        exp = expect.get(rel, {})
        for n in exp.get("ramq_nam", []):
            if n not in au:
                errors.append("%s: expected NAM %s not found" % (rel, n))
        dg = digits_only(text)
        for kind in ("ca_sin", "ca_health_number", "be_niss", "fr_nir"):
            if kind in types:
                vals = exp.get(kind, [])
                if not vals or not all(v in dg and validate_id(kind, v) for v in vals):
                    errors.append("%s: %s label without a valid number in text" % (rel, kind))
            elif exp.get(kind):
                errors.append("%s: %s present but unlabelled" % (rel, kind))
        for nm in exp.get("names", []):
            if strip_accents(norm(nm)).lower() not in strip_accents(norm(text)).lower():
                errors.append("%s: expected text %r not found" % (rel, nm))
        if not pos:
            low = strip_accents(norm(text)).lower()
            for h, ps in pats:
                if any(p.search(low) for p in ps):
                    errors.append("%s: NAM holder name %s %s in negative" % (rel, h["given"], h["surname"]))
    return counts, tcount, errors


def digest(outdir):
    paths = ["labels.json"]
    for sub in ("positive", "negative"):
        paths += [sub + "/" + f for f in os.listdir(os.path.join(outdir, sub)) if f.endswith(".eml")]
    h = hashlib.sha256()
    for rel in sorted(paths):
        h.update(rel.encode("utf-8"))
        h.update(b"\0")
        with open(os.path.join(outdir, rel), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()
