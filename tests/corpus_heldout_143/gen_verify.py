"""Re-parse every written file, decode every part, check labels and identifiers, compute features and digest."""
import base64
import hashlib
import html as htmlmod
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib
from email import message_from_bytes, policy

import docx
import openpyxl
from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_common import fold, ohip_valid
from gen_ctx import TYPES

ID_KINDS = ["ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"]


# ---------------------------------------------------------------- decoders
def _pdf_literals(s):
    out, i, n = [], 0, len(s)
    while i < n:
        ch = s[i:i + 1]
        if ch == b"(":
            depth, i, buf = 1, i + 1, bytearray()
            while i < n and depth:
                c = s[i:i + 1]
                if c == b"\\":
                    nx = s[i + 1:i + 2]
                    if nx in b"01234567" and nx:
                        m = re.match(rb"[0-7]{1,3}", s[i + 1:i + 4])
                        buf.append(int(m.group(0), 8) & 0xFF)
                        i += 1 + len(m.group(0))
                        continue
                    buf += {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}.get(nx, nx)
                    i += 2
                    continue
                if c == b"(":
                    depth += 1
                elif c == b")":
                    depth -= 1
                    if depth == 0:
                        i += 1
                        break
                buf += c
                i += 1
            out.append(bytes(buf).decode("cp1252", "replace"))
        else:
            i += 1
    return out


def pdf_text(data):
    assert data.startswith(b"%PDF-"), "not a PDF"
    texts = []
    for m in re.finditer(rb"obj\s*(<<(?:(?!endobj).)*?>>)\s*stream\r?\n", data, re.S):
        d = m.group(1)
        end = data.find(b"endstream", m.end())
        s = data[m.end():end].rstrip(b"\r\n")
        if b"/ASCII85Decode" in d:
            s = s.strip()
            if s.endswith(b"~>"):
                s = s[:-2]
            s = base64.a85decode(s)
        if b"/FlateDecode" in d:
            s = zlib.decompress(s)
        if b"BT" in s:
            texts += _pdf_literals(s)
    return "\n".join(texts)


def docx_text(data):
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    parts.append(d.core_properties.title or "")
    return "\n".join(parts)


def xlsx_text(data):
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(parts)


def strip_html(h):
    h = re.sub(r"(?is)<(script|style).*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</h\d>", "\n", h)
    return htmlmod.unescape(re.sub(r"<[^>]+>", " ", h))


def decode_blob(name, ctype, data, feats):
    low = (name or "").lower()
    if ctype == "application/pdf" or low.endswith(".pdf"):
        feats.add("attachment: PDF")
        return pdf_text(data)
    if low.endswith(".docx"):
        feats.add("attachment: DOCX")
        return docx_text(data)
    if low.endswith(".xlsx"):
        feats.add("attachment: XLSX")
        return xlsx_text(data)
    if ctype == "application/zip" or low.endswith(".zip"):
        feats.add("attachment: ZIP")
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        out = []
        for info in z.infolist():
            out.append(info.filename)
            out.append(decode_blob(info.filename, "", z.read(info.filename), feats))
        return "\n".join(out)
    if low.endswith(".eml"):
        return extract(message_from_bytes(data, policy=policy.default), feats, nested=True)
    if low.endswith((".txt", ".csv", ".ics", ".vcf")):
        return data.decode("utf-8")
    raise ValueError(f"undecodable attachment {name} {ctype}")


def extract(msg, feats, nested=False):
    out = []
    for part in msg.walk():
        if part.defects:
            raise ValueError(f"MIME defects: {part.defects}")
        for h in ("From", "To", "Cc", "Subject"):
            if part[h] is not None:
                out.append(str(part[h]))
        ct = part.get_content_type()
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if ct == "multipart/alternative":
            feats.add("multipart/alternative")
        if ct == "multipart/mixed":
            feats.add("multipart/mixed")
        if part.is_multipart():
            if ct == "message/rfc822":
                feats.add("attachment: message/rfc822")
            continue
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        feats.add(f"CTE {cte}")
        if ct.startswith("text/"):
            cs = part.get_content_charset()
            if cs:
                feats.add(f"charset {cs}")
            txt = part.get_content()
            if ct == "text/html":
                txt = strip_html(txt)
            elif ct == "text/csv":
                feats.add("attachment: CSV")
            elif ct == "text/calendar":
                feats.add("attachment: ICS")
                txt = txt.replace("\\,", ",").replace("\\;", ";").replace("\\n", "\n")
            elif ct in ("text/vcard", "text/x-vcard"):
                feats.add("attachment: vCard")
                txt = txt.replace("\\,", ",")
            out.append(txt)
        else:
            out.append(decode_blob(fn, ct, part.get_content(), feats))
    return "\n".join(out)


# ---------------------------------------------------------------- normalisers
def nws(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip()


def compact(s):
    return re.sub(r"[\s.\-/]", "", unicodedata.normalize("NFKC", s)).upper()


def nam_regex(nam):
    return re.compile(r"[\s.\-/]*".join(re.escape(ch) for ch in nam))


def id_valid(kind, v):
    if kind == "ca_sin":
        return ca_sin.is_valid(v)
    if kind == "ca_health_number":
        return ohip_valid(v)
    if kind == "be_niss":
        return be_nn.is_valid(v)
    if kind == "fr_nir":
        return fr_nir.is_valid(v)
    if kind == "mrn":
        return v.isdigit() and len(v) == 7
    if kind == "ramq_nam":
        return bool(re.fullmatch(r"[A-Z]{4}\d{8}", v))
    return False


# ---------------------------------------------------------------- main check
def features_raw(raw, text, feats):
    head = raw.split(b"\n\n", 1)[0] if b"\r\n\r\n" not in raw else raw.split(b"\r\n\r\n", 1)[0]
    feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    if re.search(rb"(?mi)^Subject:[^\n]*=\?", head):
        feats.add("RFC 2047 encoded Subject")
    if re.search(rb"(?mi)^(From|To|Cc):(.*\n[ \t])*.*=\?", head):
        feats.add("RFC 2047 encoded display name")
    if re.search(rb"(?i)filename\*(0\*)?=", raw):
        feats.add("RFC 2231 file name")
    if re.search(rb'(?i)filename="=\?', raw):
        feats.add("RFC 2047 file name")
    if re.search(r"(?m)^>", text) or b"In-Reply-To:" in head:
        feats.add("quoted reply")
    if re.search(r"Message transféré|Forwarded message|Original Message", text):
        feats.add("inline forward")


def verify(out_dir, records, holders):
    errors = []
    feat_count = {}
    labels = json.load(open(os.path.join(out_dir, "labels.json"), encoding="utf-8"))
    pos = sorted(f for f in os.listdir(os.path.join(out_dir, "positive")) if f.endswith(".eml"))
    neg = sorted(f for f in os.listdir(os.path.join(out_dir, "negative")) if f.endswith(".eml"))
    if len(pos) != 120 or len(neg) != 180:
        errors.append(f"counts {len(pos)}/{len(neg)}")
    files = [f"positive/{f}" for f in pos] + [f"negative/{f}" for f in neg]
    if sorted(labels) != sorted(files) or list(labels) != sorted(labels):
        errors.append("labels keys do not match files or are unsorted")
    for i, f in enumerate(pos):
        if not f.startswith(f"p{i + 1:03d}_"):
            errors.append(f"bad positive numbering {f}")
    for i, f in enumerate(neg):
        if not f.startswith(f"n{i + 1:03d}_"):
            errors.append(f"bad negative numbering {f}")
    nam_res = {h["nam"]: nam_regex(h["nam"]) for h in holders}
    holder_names = []
    for h in holders:
        g, s = fold(h["given"]), fold(h["surname"])
        holder_names += [f"{g} {s}", f"{s}, {g}", f"{s} {g}", f"{s},{g}"]
    for rel in files:
        lab = labels.get(rel, {})
        rec = records.get(rel)
        is_pos = rel.startswith("positive/")
        if not rec:
            errors.append(f"{rel}: no record")
            continue
        if lab.get("confidential") is not is_pos or lab.get("lang") not in ("fr", "en") or not lab.get("note"):
            errors.append(f"{rel}: bad label fields")
        types = lab.get("types", [])
        if is_pos and not types:
            errors.append(f"{rel}: positive without types")
        if not is_pos and types:
            errors.append(f"{rel}: negative with types")
        if any(t not in TYPES for t in types):
            errors.append(f"{rel}: unknown type")
        raw = open(os.path.join(out_dir, rel), "rb").read()
        feats = set()
        try:
            msg = message_from_bytes(raw, policy=policy.default)
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if msg[h] is None:
                    errors.append(f"{rel}: missing {h}")
            top = msg.get_content_type()
            if top == "text/plain":
                feats.add("text/plain only")
            elif top == "text/html":
                feats.add("HTML only")
            text = extract(msg, feats)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{rel}: decode failure {e!r}")
            continue
        features_raw(raw, text, feats)
        for ft in feats:
            feat_count[ft] = feat_count.get(ft, 0) + 1
        up = unicodedata.normalize("NFKC", text).upper()
        ftext = nws(fold(text))
        ctext = compact(text)
        found = {n for n, rx in nam_res.items() if rx.search(up)}
        if not is_pos:
            if found:
                errors.append(f"{rel}: NAM in negative {sorted(found)}")
            for hn in holder_names:
                if re.search(r"\b" + re.escape(hn) + r"\b", ftext):
                    errors.append(f"{rel}: NAM holder name in negative ({hn})")
            continue
        rec_nams = {v for k, v in rec["ids"] if k == "ramq_nam"}
        if found != rec_nams:
            errors.append(f"{rel}: NAM mismatch found={sorted(found)} recorded={sorted(rec_nams)}")
        for nam in rec_nams:
            meta = rec["nam_meta"][nam]
            if fold(meta["given"]) not in ftext or fold(meta["surname"]) not in ftext:
                errors.append(f"{rel}: NAM holder name missing for {nam}")
            if not any(nws(fold(d)) in ftext for d in meta["dob"]):
                errors.append(f"{rel}: NAM holder DOB missing for {nam}")
            if not any(nws(fold(s)) in ftext for s in meta["sex"]):
                errors.append(f"{rel}: NAM holder sex missing for {nam}")
        for kind, v in rec["ids"]:
            if not id_valid(kind, v):
                errors.append(f"{rel}: invalid {kind} {v}")
            if compact(v) not in ctext:
                errors.append(f"{rel}: {kind} {v} not found in decoded text")
        for kind in ID_KINDS:
            has = any(k == kind for k, _ in rec["ids"])
            if has != (kind in types):
                errors.append(f"{rel}: type/id mismatch for {kind}")
        if not ({"patient_name"} | set(ID_KINDS)) & set(types):
            errors.append(f"{rel}: positive without an identifier type")
        if not set(types) - ({"patient_name", "mrn", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir"}):
            errors.append(f"{rel}: positive without personal content type")
    return errors, feat_count


def digest(out_dir):
    h = hashlib.sha256()
    rels = []
    for sub in ("positive", "negative"):
        rels += [f"{sub}/{f}" for f in os.listdir(os.path.join(out_dir, sub)) if f.endswith(".eml")]
    rels.append("labels.json")
    for rel in sorted(rels):
        h.update(rel.encode("utf-8") + b"\0" + open(os.path.join(out_dir, rel), "rb").read() + b"\0")
    return h.hexdigest()


def luhn_ok(s):
    return luhn.is_valid(s)
