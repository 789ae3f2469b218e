"""Re-parse every written file, decode every part, check labels / identifiers / NAM placement."""
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

from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_common import HOLDERS, HOLDER_SURNAMES, dob_formats, ohn_valid, strip_accents
from gen_common import FR_SUR, EN_SUR, BE_SUR, FRA_SUR

TYPES = {"patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"}
IDENTITY = {"patient_name", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"}
INFO = TYPES - IDENTITY - {"patient_name"} | {"date_of_birth"}
VALID = {"ca_sin": ca_sin.is_valid, "ca_health_number": ohn_valid, "be_niss": be_nn.is_valid,
         "fr_nir": fr_nir.is_valid, "mrn": lambda s: s.isdigit()}


# --------------------------------------------------------------------------- decoders
def _pdf_unescape(b):
    out, i = bytearray(), 0
    while i < len(b):
        ch = b[i]
        if ch == 0x5C and i + 1 < len(b):
            n = b[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                while j < len(b) and j < i + 4 and 0x30 <= b[j] <= 0x37:
                    j += 1
                out.append(int(b[i + 1:j], 8) & 0xFF)
                i = j
                continue
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}.get(n, n))
            i += 2
            continue
        out.append(ch)
        i += 1
    return bytes(out)


def pdf_text(data):
    assert data.startswith(b"%PDF"), "not a PDF"
    texts = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        d, s = m.group(1), m.group(2)
        if b"ASCII85Decode" in d:
            s = s.strip()
            if s.endswith(b"~>"):
                s = s[:-2]
            s = base64.a85decode(s)
        if b"FlateDecode" in d:
            s = zlib.decompress(s)
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", s, re.S):
            texts.append(_pdf_unescape(t.group(1)).decode("cp1252"))
    assert texts, "empty PDF text"
    return "\n".join(texts)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    parts.append(d.core_properties.title or "")
    return "\n".join(parts)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data))
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(parts)


def file_text(name, data, feats):
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
        assert z.testzip() is None
        return "\n".join([n for n in z.namelist()] + [file_text(n, z.read(n), feats) for n in z.namelist()])
    if low.endswith(".eml"):
        feats.add("message/rfc822 attachment")
        m = email.message_from_bytes(data, policy=email.policy.default)
        return collect(m, feats)
    if low.endswith(".csv"):
        feats.add("CSV attachment")
    for enc in ("utf-8", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    raise ValueError("undecodable " + name)


def strip_html(s):
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


HEADERS = ("From", "To", "Subject", "Date", "Message-ID")


def collect(msg, feats):
    for h in HEADERS:
        assert msg.get(h) is not None, "missing header " + h
    out = [str(msg.get(h, "")) for h in ("Subject", "From", "To", "Cc")]
    out.append(visit(msg, feats))
    return "\n".join(out)


def visit(part, feats):
    ct = part.get_content_type()
    out = []
    fn = part.get_filename()
    if fn:
        out.append(fn)
    cs = part.get_param("charset")
    if cs:
        feats.add("charset " + cs.lower())
    cte = part.get("Content-Transfer-Encoding")
    if cte:
        feats.add("CTE " + str(cte).lower())
    if ct == "message/rfc822":
        feats.add("message/rfc822 attachment")
        inner = part.get_content()
        out.append(collect(inner, feats))
    elif part.is_multipart():
        feats.add(ct)
        for sp in part.iter_parts():
            out.append(visit(sp, feats))
    else:
        content = part.get_content()
        if ct == "text/html":
            out.append(strip_html(content))
        elif ct == "text/calendar":
            feats.add("ICS attachment")
            assert "BEGIN:VCALENDAR" in content
            out.append(content)
        elif ct in ("text/vcard", "text/x-vcard"):
            feats.add("vCard attachment")
            assert "BEGIN:VCARD" in content
            out.append(content)
        elif ct.startswith("text/"):
            if ct == "text/csv":
                feats.add("CSV attachment")
            out.append(content)
        else:
            out.append(file_text(fn or "", content, feats))
    return "\n".join(out)


def header_feats(raw, feats):
    head = raw.split(b"\r\n\r\n" if b"\r\n\r\n" in raw[:4000] else b"\n\n", 1)[0]
    head = re.sub(rb"\r?\n[ \t]", b" ", head)
    for line in head.splitlines():
        if line.lower().startswith(b"subject:") and b"=?" in line:
            feats.add("RFC 2047 Subject")
        if line.split(b":")[0].lower() in (b"from", b"to", b"cc") and b"=?" in line:
            feats.add("RFC 2047 display name")
    if re.search(rb"filename\*(0\*?)?=", raw):
        feats.add("RFC 2231 file name")
    feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")


def norm_ids(text):
    t = unicodedata.normalize("NFKC", text).upper()
    return re.sub(r"[^0-9A-Z]", "", t)


def fold(text):
    return strip_accents(unicodedata.normalize("NFKC", text)).lower()


def digest(out_dir):
    h = hashlib.sha256()
    rels = []
    for sub in ("positive", "negative"):
        for fn in os.listdir(os.path.join(out_dir, sub)):
            if fn.endswith(".eml"):
                rels.append(sub + "/" + fn)
    rels.append("labels.json")
    for rel in sorted(rels):
        h.update(rel.encode("utf-8") + b"\0")
        with open(os.path.join(out_dir, rel), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()


def verify(out_dir, records):
    """records: {relpath: Msg}.  Returns (errors, features per file)."""
    errors = []
    with open(os.path.join(out_dir, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted(["positive/" + f for f in os.listdir(os.path.join(out_dir, "positive"))] +
                   ["negative/" + f for f in os.listdir(os.path.join(out_dir, "negative"))])
    if files != sorted(labels):
        errors.append("labels do not match files")
    if list(labels) != sorted(labels):
        errors.append("labels not sorted")
    npos = sum(1 for f in files if f.startswith("positive/"))
    nneg = sum(1 for f in files if f.startswith("negative/"))
    if (npos, nneg) != (120, 180):
        errors.append("counts %d/%d" % (npos, nneg))
    all_sur = set(FR_SUR + EN_SUR + BE_SUR + FRA_SUR + HOLDER_SURNAMES)
    nam_map = {h["nam"]: h for h in HOLDERS}
    feats_by_file = {}
    for rel in files:
        lab = labels.get(rel, {})
        pos = rel.startswith("positive/")
        with open(os.path.join(out_dir, rel), "rb") as fh:
            raw = fh.read()
        feats = set()
        try:
            m = email.message_from_bytes(raw, policy=email.policy.default)
            text = collect(m, feats)
            top = m.get_content_type()
            if top in ("text/plain", "text/html"):
                feats.add(top + " only")
            header_feats(raw, feats)
            if re.search("[\uff10-\uff19]", text):
                feats.add("full-width digits")
        except Exception as e:  # noqa
            errors.append("%s: parse/decode failed: %r" % (rel, e))
            continue
        feats_by_file[rel] = feats
        # ---- labels
        if lab.get("confidential") is not pos:
            errors.append(rel + ": confidential flag")
        if lab.get("lang") not in ("fr", "en"):
            errors.append(rel + ": lang")
        note = lab.get("note", "")
        if not note or any(re.search(r"\b%s\b" % re.escape(s.lower()), note.lower()) for s in all_sur):
            errors.append(rel + ": note empty or names a person")
        types = set(lab.get("types", []))
        if pos:
            if not types or not types <= TYPES:
                errors.append(rel + ": bad types %s" % sorted(types))
            if not types & IDENTITY or not types & INFO:
                errors.append(rel + ": needs identity and personal information")
        elif types:
            errors.append(rel + ": negative with types")
        # ---- NAM placement
        nt = norm_ids(text)
        ftext = fold(text)
        found = [n for n in nam_map if n in nt]
        if not pos and found:
            errors.append(rel + ": NAM in a negative")
        for n in found:
            h = nam_map[n]
            if "ramq_nam" not in types:
                errors.append(rel + ": NAM without ramq_nam type")
            if not (fold(h["surname"]) in ftext and fold(h["given"]) in ftext):
                errors.append(rel + ": NAM without holder name")
            nfk = unicodedata.normalize("NFKC", text)
            if not any(f in nfk for f in dob_formats(h["dob"])):
                errors.append(rel + ": NAM without birth date")
            sexw = [r"\b%s\b" % h["sex"]] + (["féminin", "female"] if h["sex"] == "F" else ["masculin", "\\bmale\\b"])
            if not any(re.search(s, nfk) for s in sexw):
                errors.append(rel + ": NAM without sex")
        if "ramq_nam" in types and not found:
            errors.append(rel + ": ramq_nam labelled but no NAM")
        # ---- holder names never in negatives
        if not pos:
            for s in HOLDER_SURNAMES:
                if re.search(r"\b%s\b" % re.escape(fold(s)), ftext):
                    errors.append(rel + ": NAM holder surname %s in negative" % s)
        # ---- recorded identifiers
        rec = records.get(rel)
        if rec is not None:
            for h in rec.holders:
                if h.nam not in found:
                    errors.append(rel + ": recorded NAM not found")
            for kind, val in rec.ids:
                if not VALID[kind](val):
                    errors.append(rel + ": invalid %s %s" % (kind, val))
                if val not in nt:
                    errors.append(rel + ": %s not present" % kind)
                if kind not in types:
                    errors.append(rel + ": %s present but not labelled" % kind)
            for kind in ("ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"):
                if kind in types and kind not in {k for k, _ in rec.ids}:
                    errors.append(rel + ": %s labelled but not recorded" % kind)
    return errors, feats_by_file
