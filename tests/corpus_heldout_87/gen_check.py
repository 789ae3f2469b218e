"""Self-check: re-parse every file, decode every part (PDF/DOCX/XLSX/ZIP/EML included), verify
labels and identifiers, then compute the digest."""
import base64
import email
import email.policy
import hashlib
import html as _html
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

TYPES = ["ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn", "date_of_birth",
         "patient_name", "diagnosis", "medication", "lab_result", "patient_contact",
         "social_information"]


# ---------------------------------------------------------------- decoders
def _pdf_unescape(s):
    out = bytearray()
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == 0x5C and i + 1 < len(s):
            n = s[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                oc = b""
                while j < len(s) and len(oc) < 3 and 0x30 <= s[j] <= 0x37:
                    oc += bytes([s[j]])
                    j += 1
                out.append(int(oc, 8) & 0xFF)
                i = j
                continue
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9}.get(n, n))
            i += 2
            continue
        out.append(ch)
        i += 1
    return bytes(out)


def pdf_text(data):
    texts = []
    for m in re.finditer(rb">>\s*stream\r?\n(.*?)\s*endstream", data, re.S):
        raw = m.group(1)
        hdr = data[data.rfind(b"obj", 0, m.start()):m.start()]
        try:
            if b"ASCII85Decode" in hdr:
                raw = raw.strip()
                if raw.endswith(b"~>"):
                    raw = raw[:-2]
                raw = base64.a85decode(raw)
            if b"FlateDecode" in hdr:
                raw = zlib.decompress(raw)
        except Exception:
            continue
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw, re.S):
            texts.append(_pdf_unescape(s.group(1)).decode("cp1252", "replace"))
    return "\n".join(texts)


def docx_text(data):
    import docx

    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out.append(" | ".join(c.text for c in row.cells))
    return "\n".join(out)


def xlsx_text(data):
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in row))
    wb.close()
    return "\n".join(out)


def blob_text(name, data, ctype=""):
    n = (name or "").lower()
    if n.endswith(".pdf") or ctype == "application/pdf":
        return pdf_text(data)
    if n.endswith(".docx"):
        return docx_text(data)
    if n.endswith(".xlsx"):
        return xlsx_text(data)
    if n.endswith(".zip") or ctype == "application/zip":
        z = zipfile.ZipFile(io.BytesIO(data))
        return "\n".join(info.filename + "\n" + blob_text(info.filename, z.read(info.filename))
                         for info in z.infolist())
    if n.endswith(".eml"):
        return msg_text(email.message_from_bytes(data, policy=email.policy.default))
    for enc in ("utf-8", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1")


def strip_html(s):
    s = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", s, flags=re.S | re.I)
    s = re.sub(r"<br\s*/?>|</p>|</tr>|</h\d>", "\n", s, flags=re.I)
    s = re.sub(r"</t[dh]>", " | ", s, flags=re.I)
    s = re.sub(r"<[^>]+>", "", s)
    return _html.unescape(s)


def msg_text(msg):
    out = []
    for h in ("Subject", "From", "To", "Cc"):
        v = msg.get(h)
        if v:
            out.append(str(v))
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if ct == "message/rfc822":
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) else inner
            out.append(msg_text(inner))
            continue
        if ct.startswith("text/") and not fn:
            txt = part.get_content()
            out.append(txt)
            if ct == "text/html":
                out.append(strip_html(txt))
            continue
        data = part.get_payload(decode=True) or b""
        out.append(blob_text(fn, data, ct))
    return "\n".join(out)


def norm(s):
    return unicodedata.normalize("NFKC", s)


def compact(s):
    return re.sub(r"[^0-9A-Za-z]", "", norm(s)).upper()


def fold(s):
    s = unicodedata.normalize("NFKD", norm(s))
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).lower().split())


# ------------------------------------------------------------------ checks
def digest(out_dir, rels):
    h = hashlib.sha256()
    for rel in sorted(rels):
        h.update(rel.encode("utf-8"))
        h.update(b"\0")
        with open(os.path.join(out_dir, rel), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()


def run(out_dir, nams, expected_ids):
    """nams: list of NamHolder; expected_ids: rel -> {type: [raw numbers]}."""
    errors = []
    with open(os.path.join(out_dir, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted(["positive/" + f for f in os.listdir(os.path.join(out_dir, "positive"))] +
                   ["negative/" + f for f in os.listdir(os.path.join(out_dir, "negative"))])
    if sorted(labels) != files:
        errors.append("labels do not cover exactly the files")
    nam_compact = [(h, h.nam) for h in nams]
    name_keys = []
    for h in nams:
        g, f = fold(h.given), fold(h.family)
        name_keys.append((h, [g + " " + f, f + " " + g, f + ", " + g]))
    counts = {"positive": 0, "negative": 0, "fr": 0, "en": 0}
    tcount = {t: 0 for t in TYPES}
    for rel in files:
        lab = labels.get(rel, {})
        with open(os.path.join(out_dir, rel), "rb") as fh:
            raw = fh.read()
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            text = msg_text(msg)
        except Exception as e:  # pragma: no cover
            errors.append("%s: parse/decode failed: %r" % (rel, e))
            continue
        pos = rel.startswith("positive/")
        counts["positive" if pos else "negative"] += 1
        counts[lab.get("lang", "?")] = counts.get(lab.get("lang", "?"), 0) + 1
        types = lab.get("types", [])
        for t in types:
            if t not in TYPES:
                errors.append("%s: unknown type %s" % (rel, t))
            else:
                tcount[t] += 1
        if lab.get("confidential") != pos:
            errors.append("%s: confidential flag mismatch" % rel)
        if pos and not types:
            errors.append("%s: positive without types" % rel)
        if not pos and types:
            errors.append("%s: negative with types" % rel)
        if not msg.get("Subject") and not msg.get("From"):
            errors.append("%s: missing headers" % rel)
        ctext = compact(text)
        found_nam = [n for h, n in nam_compact if n in ctext]
        if "ramq_nam" in types and not found_nam:
            errors.append("%s: labelled ramq_nam but no NAM found" % rel)
        if "ramq_nam" not in types and found_nam:
            errors.append("%s: NAM present but not labelled (%d)" % (rel, len(found_nam)))
        ftext = fold(text)
        if not pos:
            for h, keys in name_keys:
                if any(re.search(r"(?<![a-z])" + re.escape(k) + r"(?![a-z])", ftext) for k in keys):
                    errors.append("%s: NAM holder name in negative" % rel)
        digits = re.sub(r"[^0-9]", "", norm(text))
        exp = expected_ids.get(rel, {})
        for t, check in (("ca_sin", ca_sin.is_valid), ("be_niss", be_nn.is_valid),
                         ("fr_nir", fr_nir.is_valid), ("ca_health_number", luhn.is_valid)):
            if t in types:
                nums = exp.get(t, [])
                if not nums:
                    errors.append("%s: %s labelled without a recorded number" % (rel, t))
                for n in nums:
                    if not check(n) or n not in digits:
                        errors.append("%s: %s %s invalid or absent" % (rel, t, n))
            elif exp.get(t):
                errors.append("%s: %s number present but not labelled" % (rel, t))
    return errors, counts, tcount, files
