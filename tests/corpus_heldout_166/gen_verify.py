"""Re-parse every written message with email.policy.default, decode every
part (PDF, DOCX, XLSX, ZIP, nested .eml included), and check labels,
identifiers, NAM placement and negatives.  Also collects transport features."""
import base64
import datetime
import email
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib
from email import policy
from html.parser import HTMLParser

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

import gen_ids as I
from gen_pos_common import ALL_TYPES, IDENT_TYPE


# ---------------------------------------------------------------- decoders
class _Strip(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []

    def handle_data(self, data):
        self.out.append(data)

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "p", "tr", "li", "div", "h2", "h3"):
            self.out.append("\n")
        elif tag in ("td", "th"):
            self.out.append(" | ")


def html_text(s):
    p = _Strip()
    p.feed(s)
    return "".join(p.out)


_ESC = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f", b"(": b"(", b")": b")", b"\\": b"\\"}


def _pdf_string(raw):
    out = bytearray()
    i = 0
    while i < len(raw):
        c = raw[i:i + 1]
        if c == b"\\":
            nxt = raw[i + 1:i + 2]
            if nxt in _ESC:
                out += _ESC[nxt]
                i += 2
                continue
            m = re.match(rb"[0-7]{1,3}", raw[i + 1:i + 4])
            if m:
                out.append(int(m.group(0), 8) & 0xFF)
                i += 1 + len(m.group(0))
                continue
            i += 1
            continue
        out += c
        i += 1
    return out.decode("cp1252", errors="replace")


def pdf_text(data):
    if not data.startswith(b"%PDF-"):
        raise ValueError("not a PDF")
    texts = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        d, s = m.group(1), m.group(2)
        if b"/ASCII85Decode" in d:
            s = s.strip()
            if s.endswith(b"~>"):
                s = s[:-2]
            s = base64.a85decode(s)
        if b"/FlateDecode" in d:
            s = zlib.decompress(s)
        if b"BT" not in s:
            continue
        for line in re.finditer(rb"\((?:\\.|[^\\)])*\)", s, re.S):
            texts.append(_pdf_string(line.group(0)[1:-1]))
    if not texts:
        raise ValueError("PDF without text")
    return "\n".join(texts)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out.append(" | ".join(c.text for c in row.cells))
    out.append(d.core_properties.title or "")
    return "\n".join(out)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data))
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = []
            for v in row:
                if v is None:
                    continue
                if isinstance(v, datetime.datetime):
                    v = v.date().isoformat()
                cells.append(str(v))
            out.append(" | ".join(cells))
    return "\n".join(out)


def unescape_ics(s):
    return s.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def blob_text(name, data, feats, depth):
    low = name.lower()
    if low.endswith(".pdf"):
        feats.add("PDF attachment" if depth == 0 else "PDF inside ZIP")
        return pdf_text(data)
    if low.endswith(".docx"):
        feats.add("DOCX attachment" if depth == 0 else "DOCX inside ZIP")
        return docx_text(data)
    if low.endswith(".xlsx"):
        feats.add("XLSX attachment")
        return xlsx_text(data)
    if low.endswith(".zip"):
        feats.add("ZIP attachment")
        z = zipfile.ZipFile(io.BytesIO(data))
        out = []
        for info in z.infolist():
            out.append(info.filename)
            out.append(blob_text(info.filename, z.read(info.filename), feats, depth + 1))
        return "\n".join(out)
    if low.endswith(".eml"):
        msg = email.message_from_bytes(data, policy=policy.default)
        return visit(msg, feats, depth + 1)
    if low.endswith((".csv", ".txt")):
        if low.endswith(".csv"):
            feats.add("CSV attachment" if depth == 0 else "CSV inside ZIP")
        return data.decode("utf-8")
    raise ValueError("unknown member " + name)


# ---------------------------------------------------------------- walking
def header_texts(msg):
    out = []
    for h in ("From", "To", "Cc", "Subject"):
        v = msg.get(h)
        if v is not None:
            out.append(str(v))
    return out


def visit(part, feats, depth=0):
    ctype = part.get_content_type()
    out = []
    if depth == 0 or ctype == "message/rfc822":
        pass
    if part.is_multipart() and ctype.startswith("multipart/"):
        feats.add(f"{ctype}")
        for sub in part.iter_parts():
            out.append(visit(sub, feats, depth))
        return "\n".join(out)
    if ctype == "message/rfc822":
        feats.add("attached message/rfc822")
        inner = part.get_content()
        fn = part.get_filename()
        if fn:
            out.append(fn)
        out.extend(header_texts(inner))
        out.append(visit(inner, feats, depth + 1))
        return "\n".join(out)
    cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
    feats.add("CTE " + cte)
    cs = part.get_content_charset()
    if cs:
        feats.add("charset " + cs)
    fn = part.get_filename()
    if fn:
        out.append(fn)
        raw_disp = str(part.get("Content-Disposition", ""))
        if not all(ord(c) < 128 for c in fn):
            feats.add("non-ASCII file name")
    if ctype == "text/html":
        out.append(html_text(part.get_content()))
    elif ctype == "text/calendar":
        feats.add("ICS attachment")
        out.append(unescape_ics(part.get_content()))
    elif ctype in ("text/vcard", "text/x-vcard"):
        feats.add("vCard attachment")
        out.append(unescape_ics(part.get_content()))
    elif ctype == "text/csv":
        feats.add("CSV attachment")
        out.append(part.get_content())
    elif ctype.startswith("text/"):
        out.append(part.get_content())
    else:
        data = part.get_content()
        out.append(blob_text(fn or "", data, feats, depth))
    return "\n".join(out)


def parse_file(path):
    raw = open(path, "rb").read()
    feats = set()
    if b"\r\n" in raw:
        feats.add("CRLF line ends")
        if raw.replace(b"\r\n", b"").count(b"\n"):
            raise ValueError("mixed line ends")
    else:
        feats.add("LF line ends")
    msg = email.message_from_bytes(raw, policy=policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg.get(h) is None:
            raise ValueError("missing header " + h)
    head_raw = raw.split(b"\r\n\r\n" if b"\r\n" in raw else b"\n\n", 1)[0].decode("ascii")
    if re.search(r"^Subject:.*=\?[^?]+\?[bBqQ]\?", head_raw, re.M):
        feats.add("RFC 2047 Subject")
    if re.search(r"^(From|To|Cc):(.|\r?\n[ \t])*=\?[^?]+\?[bBqQ]\?", head_raw, re.M):
        feats.add("RFC 2047 display name")
    if b"filename*=" in raw or b"name*=" in raw:
        feats.add("RFC 2231 file name")
    if msg.get_content_type() == "text/plain":
        feats.add("text/plain only")
    elif msg.get_content_type() == "text/html":
        feats.add("text/html only")
    texts = header_texts(msg)
    texts.append(visit(msg, feats))
    for part in msg.walk():
        if part.defects:
            raise ValueError(f"MIME defects: {part.defects}")
    if msg.defects:
        raise ValueError(f"MIME defects: {msg.defects}")
    return "\n".join(texts), feats


# ---------------------------------------------------------------- normalise
def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)


def compact(s):
    return re.sub(r"[^0-9a-z]", "", norm(s))


def dob_present(d, ntext, ctext):
    for f in I.all_date_forms(d):
        if norm(f) in ntext:
            return True
    return d.strftime("%Y%m%d") in ctext


def id_valid(kind, value, holders_by_nam):
    if kind == "nam":
        return value in holders_by_nam
    if kind == "sin":
        return ca_sin.is_valid(value)
    if kind == "ohn":
        return len(value) == 10 and value.isdigit() and luhn.is_valid(value)
    if kind == "niss":
        return be_nn.is_valid(value)
    if kind == "nir":
        return fr_nir.is_valid(value)
    if kind == "mrn":
        return value.isdigit() and 5 <= len(value) <= 8
    return False


NAM_RE = re.compile(r"\b([a-z]{4})[ .\-/]?(\d{4})[ .\-/]?(\d{4})\b")


def verify(out_dir, metas, holders):
    errors = []
    holders_by_nam = {h["nam"]: h for h in holders}
    labels = json.load(open(os.path.join(out_dir, "labels.json"), encoding="utf-8"))
    if list(labels) != sorted(labels):
        errors.append("labels.json keys not sorted")
    pos = sorted(f for f in os.listdir(os.path.join(out_dir, "positive")) if f.endswith(".eml"))
    neg = sorted(f for f in os.listdir(os.path.join(out_dir, "negative")) if f.endswith(".eml"))
    if len(pos) != 120 or len(neg) != 180:
        errors.append(f"counts {len(pos)}/{len(neg)}")
    files = ["positive/" + f for f in pos] + ["negative/" + f for f in neg]
    if set(files) != set(labels):
        errors.append("labels do not match files")
    for i, f in enumerate(pos):
        if not re.match(rf"^p{i + 1:03d}_[a-z0-9_]+\.eml$", f):
            errors.append("bad positive name " + f)
    for i, f in enumerate(neg):
        if not re.match(rf"^n{i + 1:03d}_[a-z0-9_]+\.eml$", f):
            errors.append("bad negative name " + f)
    all_names = set()
    for m in metas.values():
        for p in m["patients"]:
            all_names.add(norm(p["surname"]))
    for h in holders:
        all_names.add(norm(h["surname"]))
    features = {}
    neg_patient_names = []
    for m in metas.values():
        for p in m["patients"]:
            neg_patient_names.append((norm(p["given"] + " " + p["surname"]), norm(p["surname"] + ", " + p["given"]),
                                      norm(p["surname"] + " " + p["given"])))
    for h in holders:
        neg_patient_names.append((norm(h["given"] + " " + h["surname"]), norm(h["surname"] + ", " + h["given"]),
                                  norm(h["surname"] + " " + h["given"])))
    for rel in files:
        lab = labels.get(rel, {})
        meta = metas[rel]
        try:
            text, feats = parse_file(os.path.join(out_dir, rel))
        except Exception as e:  # noqa: BLE001
            errors.append(f"{rel}: parse/decode failed: {e!r}")
            continue
        for ft in feats:
            features.setdefault(ft, 0)
            features[ft] += 1
        ntext, ctext = norm(text), compact(text)
        if lab.get("lang") not in ("fr", "en"):
            errors.append(f"{rel}: bad lang")
        note = lab.get("note", "")
        if not note or any(re.search(r"\b" + re.escape(n) + r"\b", norm(note)) for n in all_names):
            errors.append(f"{rel}: bad note")
        types = lab.get("types")
        positive = rel.startswith("positive/")
        if lab.get("confidential") is not positive:
            errors.append(f"{rel}: confidential flag")
        # NAM scan on every file
        found = set()
        for nam in holders_by_nam:
            if nam.lower() in ctext:
                found.add(nam)
        for mm in NAM_RE.finditer(ntext):
            cand = (mm.group(1) + mm.group(2) + mm.group(3)).upper()
            if cand not in holders_by_nam and positive:
                errors.append(f"{rel}: NAM-like string not from the list: {cand}")
        if not positive:
            if types != []:
                errors.append(f"{rel}: negative with types")
            if found:
                errors.append(f"{rel}: NAM in negative")
            for forms in neg_patient_names:
                for f in forms:
                    if re.search(r"(?<![a-z])" + re.escape(f) + r"(?![a-z])", ntext):
                        errors.append(f"{rel}: patient/holder name in negative: {f}")
            continue
        if not types or any(t not in ALL_TYPES for t in types) or types != sorted(set(types)):
            errors.append(f"{rel}: bad types {types}")
            continue
        for nam in found:
            h = holders_by_nam[nam]
            if "ramq_nam" not in types:
                errors.append(f"{rel}: NAM without ramq_nam type")
            if not any(p.get("nam") == nam for p in meta["patients"]):
                errors.append(f"{rel}: NAM of a holder not used as patient")
            if norm(h["surname"]) not in ntext or norm(h["given"]) not in ntext:
                errors.append(f"{rel}: NAM {nam} without holder name")
            if not dob_present(h["dob"], ntext, ctext):
                errors.append(f"{rel}: NAM {nam} without birth date")
            if not re.search(r"(?<![a-z0-9])" + h["sex"].lower() + r"(?![a-z0-9])", ntext):
                errors.append(f"{rel}: NAM {nam} without sex")
        # identifiers declared by the generator
        kinds = set()
        for kind, value, p in meta["ids"]:
            kinds.add(kind)
            if not id_valid(kind, value, holders_by_nam):
                errors.append(f"{rel}: invalid {kind} {value}")
            if kind == "nam" and holders_by_nam.get(value, {}).get("surname") != p["surname"]:
                errors.append(f"{rel}: NAM given to wrong person")
            if value.lower() not in ctext:
                errors.append(f"{rel}: {kind} {value} not found in text")
        for kind, tname in IDENT_TYPE.items():
            if (kind in kinds) != (tname in types):
                errors.append(f"{rel}: identifier type {tname} mismatch")
        if "ramq_nam" in types and not found:
            errors.append(f"{rel}: ramq_nam declared but no NAM found")
        if "patient_name" in types and not any(norm(p["surname"]) in ntext for p in meta["patients"]):
            errors.append(f"{rel}: patient_name declared but no surname found")
        if "date_of_birth" in types and not any(dob_present(p["dob"], ntext, ctext) for p in meta["patients"]):
            errors.append(f"{rel}: date_of_birth declared but none found")
        if "patient_contact" in types and not any(p["phone"] in text or norm(p["street"]) in ntext for p in meta["patients"]):
            errors.append(f"{rel}: patient_contact declared but none found")
        ident_types = {"patient_name", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"}
        info_types = set(ALL_TYPES) - ident_types
        if not (set(types) & ident_types) or not (set(types) & info_types):
            errors.append(f"{rel}: positive lacks identity or information: {types}")
    return errors, features
