"""Re-parse the written corpus, decode every part, check labels, NAMs and identifiers."""
import base64
import io
import json
import re
import unicodedata
import zipfile
import zlib
from collections import Counter
from email import policy
from email.parser import BytesParser
from html.parser import HTMLParser

from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_common import dob_renderings, fold, ohip_valid

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir",
         "mrn", "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]
IDENT = {"patient_name", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"}
INFO = {"date_of_birth", "diagnosis", "medication", "lab_result", "patient_contact", "social_information"}
ID_KINDS = {"ca_sin": ca_sin.is_valid, "ca_health_number": ohip_valid, "be_niss": be_nn.is_valid,
            "fr_nir": fr_nir.is_valid}


class _Strip(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []

    def handle_data(self, d):
        self.out.append(d)


def html_text(s):
    p = _Strip()
    p.feed(s)
    return " ".join(p.out)


def _pdf_unescape(b):
    out, i = bytearray(), 0
    while i < len(b):
        c = b[i]
        if c == 0x5C and i + 1 < len(b):
            n = b[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                oct_ = b""
                while j < len(b) and len(oct_) < 3 and 0x30 <= b[j] <= 0x37:
                    oct_ += bytes([b[j]])
                    j += 1
                out.append(int(oct_, 8))
                i = j
                continue
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def pdf_text(data):
    if not data.startswith(b"%PDF-"):
        raise ValueError("not a PDF")
    chunks = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)(?:\r?\n)?endstream", data, re.S):
        d, s = m.group(1), m.group(2)
        if b"ASCII85Decode" in d:
            s = base64.a85decode(s.strip().removesuffix(b"~>"), adobe=False)
        if b"FlateDecode" in d:
            s = zlib.decompress(s)
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", s):
            chunks.append(_pdf_unescape(t.group(1)).decode("cp1252", "replace"))
    if b"%%EOF" not in data[-32:]:
        raise ValueError("truncated PDF")
    return "\n".join(chunks)


def docx_text(data):
    from docx import Document
    d = Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out.append(" | ".join(c.text for c in row.cells))
    out.append(d.core_properties.title or "")
    return "\n".join(out)


def xlsx_text(data):
    from openpyxl import load_workbook
    wb = load_workbook(io.BytesIO(data))
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def blob_text(name, data, feats, depth):
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
        if z.testzip() is not None:
            raise ValueError("bad zip member")
        return "\n".join(i.filename + "\n" + blob_text(i.filename, z.read(i), feats, depth + 1) for i in z.infolist())
    if low.endswith(".eml"):
        feats.add("attached .eml (message/rfc822)")
        m = BytesParser(policy=policy.default).parsebytes(data)
        return message_text(m, feats, depth + 1)
    for enc in ("utf-8", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ValueError("undecodable member " + name)


def message_text(msg, feats, depth=0):
    out = []
    for h in ("From", "To", "Cc", "Subject"):
        if msg[h] is not None:
            out.append(str(msg[h]))
    _walk(msg, out, feats, depth)
    return "\n".join(out)


def _walk(part, out, feats, depth):
    if part.defects:
        raise ValueError(f"defects {part.defects}")
    ct = part.get_content_type()
    fn = part.get_filename()
    if fn:
        out.append(fn)
    if ct == "message/rfc822":
        feats.add("attached .eml (message/rfc822)")
        inner = part.get_content()
        out.append(message_text(inner, feats, depth + 1))
        return
    if part.is_multipart():
        for sub in part.iter_parts():
            _walk(sub, out, feats, depth)
        return
    if ct.startswith("text/"):
        txt = part.get_content()
        if ct == "text/html":
            txt = html_text(txt)
        elif ct == "text/csv":
            feats.add("CSV attachment")
        elif ct == "text/calendar":
            feats.add("ICS attachment")
            txt = txt.replace("\r\n ", "").replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")
        elif ct == "text/vcard":
            feats.add("vCard attachment")
            txt = txt.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")
        out.append(txt)
    else:
        out.append(blob_text(fn or "x.bin", part.get_content(), feats, depth))


def file_features(raw, msg, feats):
    feats.add("CRLF line ends" if b"\r\n" in raw[:400] else "LF line ends")
    top = msg.get_content_type()
    if top == "text/plain":
        feats.add("text/plain only")
    elif top == "text/html":
        feats.add("HTML only")
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "multipart/alternative":
            feats.add("multipart/alternative")
        if ct == "multipart/mixed":
            feats.add("multipart/mixed")
        if not part.is_multipart():
            cs = part.get_param("charset")
            if cs:
                feats.add(f"charset {cs.lower()}")
            cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
            feats.add(f"CTE {cte}")
    head = raw.split(b"\r\n\r\n" if b"\r\n" in raw[:400] else b"\n\n", 1)[0]
    for line in re.split(rb"\r?\n(?=\S)", head):
        if line.lower().startswith(b"subject:") and b"=?" in line:
            feats.add("RFC 2047 Subject")
        if re.match(rb"(?i)(from|to|cc):", line) and b"=?" in line:
            feats.add("RFC 2047 display name")
    if re.search(rb"(?i)\*=utf-8''", raw):
        feats.add("RFC 2231 file name")


def verify(out_dir, manifest, holders):
    errors = []
    labels = json.loads((out_dir / "labels.json").read_text(encoding="utf-8"))
    files = sorted(str(p.relative_to(out_dir)) for p in out_dir.glob("*/*.eml"))
    pos = [f for f in files if f.startswith("positive/")]
    neg = [f for f in files if f.startswith("negative/")]
    if len(pos) != 120 or len(neg) != 180:
        errors.append(f"counts {len(pos)}/{len(neg)}")
    if list(labels) != sorted(labels):
        errors.append("labels not sorted")
    if set(labels) != set(files):
        errors.append("labels/files mismatch")
    for i, f in enumerate(pos, 1):
        if not re.fullmatch(rf"positive/p{i:03d}_[a-z_]+\.eml", f):
            errors.append("bad name " + f)
    for i, f in enumerate(neg, 1):
        if not re.fullmatch(rf"negative/n{i:03d}_[a-z_]+\.eml", f):
            errors.append("bad name " + f)
    feat_count = Counter()
    holder_pat = []
    for h in holders:
        g, s = fold(h.given), fold(h.surname)
        holder_pat.append((h, [f"{g} {s}", f"{s}, {g}", f"{s} {g}", f"{g[0]}. {s}"]))
    for f in files:
        lab = labels.get(f, {})
        is_pos = f.startswith("positive/")
        if lab.get("confidential") is not is_pos:
            errors.append(f"{f}: confidential flag")
        if lab.get("lang") not in ("fr", "en"):
            errors.append(f"{f}: lang")
        if not lab.get("note"):
            errors.append(f"{f}: note")
        types = lab.get("types", [])
        if any(t not in TYPES for t in types):
            errors.append(f"{f}: unknown type")
        if is_pos and (not types or not (set(types) & IDENT) or not (set(types) & INFO)):
            errors.append(f"{f}: positive types {types}")
        if not is_pos and types:
            errors.append(f"{f}: negative with types")
        raw = (out_dir / f).read_bytes()
        try:
            msg = BytesParser(policy=policy.default).parsebytes(raw)
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if not msg[h]:
                    errors.append(f"{f}: missing {h}")
            feats = set()
            text = message_text(msg, feats)
            file_features(raw, msg, feats)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{f}: parse/decode {e!r}")
            continue
        if any(0xFF10 <= ord(c) <= 0xFF19 for c in text):
            feats.add("full-width digits")
        for ft in feats:
            feat_count[ft] += 1
        ftext = fold(text)
        ntext = re.sub(r"[^0-9A-Z]", "", unicodedata.normalize("NFKC", text).upper())
        dtext = re.sub(r"[^0-9]", "", unicodedata.normalize("NFKC", text))
        for h in holders:
            if h.nam in ntext:
                if not is_pos:
                    errors.append(f"{f}: NAM in negative")
                    continue
                if "ramq_nam" not in types:
                    errors.append(f"{f}: NAM not labelled")
                if fold(h.given) not in ftext or fold(h.surname) not in ftext:
                    errors.append(f"{f}: NAM without holder name")
                if not any(fold(r) in ftext for r in dob_renderings(h.dob)):
                    errors.append(f"{f}: NAM without birth date")
                sexre = {"F": r"\b(f|feminin|female|femme)\b", "M": r"\b(m|masculin|male|homme)\b"}[h.sex]
                if not re.search(sexre, ftext):
                    errors.append(f"{f}: NAM without sex")
        if not is_pos:
            for h, pats in holder_pat:
                if any(p in ftext for p in pats[:3]):
                    errors.append(f"{f}: holder name {h.surname} in negative")
        man = manifest.get(f)
        if man is None:
            errors.append(f"{f}: no manifest")
            continue
        if man["types"] != types:
            errors.append(f"{f}: manifest/labels types differ")
        if "ramq_nam" in types and not any(p.nam and p.nam in ntext for p in man["nams"]):
            errors.append(f"{f}: ramq_nam label without NAM")
        for kind, value in man["ids"]:
            if not is_pos:
                errors.append(f"{f}: identifier in negative")
            if kind not in types:
                errors.append(f"{f}: {kind} not labelled")
            if not ID_KINDS[kind](value):
                errors.append(f"{f}: invalid {kind} {value}")
            if re.sub(r"[^0-9]", "", value) not in dtext:
                errors.append(f"{f}: {kind} not found in text")
        for kind in ID_KINDS:
            if kind in types and not any(k == kind for k, _ in man["ids"]):
                errors.append(f"{f}: {kind} labelled but not generated")
        for nm in man["names"]:
            if "patient_name" in types and fold(nm) not in ftext:
                errors.append(f"{f}: patient name form '{nm}' not found")
    return errors, feat_count, labels
