"""Re-parse every written file, decode every part, and check labels and identifiers."""
import base64
import html
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib
from email import policy
from email.parser import BytesParser

import openpyxl
from docx import Document
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

import gen_common as C

# ---------------------------------------------------------------- decoders

_STREAM = re.compile(rb"<<([^<>]*(?:<<[^<>]*>>[^<>]*)*)>>\s*stream\r?\n(.*?)\r?\n?endstream", re.S)
_STR = re.compile(rb"\((?:\\.|[^\\()])*\)", re.S)


def _pdf_unescape(s):
    out, i = bytearray(), 0
    esc = {ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}
    while i < len(s):
        c = s[i]
        if c == 0x5C and i + 1 < len(s):
            n = s[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                while j < len(s) and j < i + 4 and 0x30 <= s[j] <= 0x37:
                    j += 1
                out.append(int(s[i + 1:j], 8) & 0xFF)
                i = j
                continue
            out.append(esc.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def pdf_text(data):
    if not data.startswith(b"%PDF-"):
        raise ValueError("not a PDF")
    texts = []
    for m in _STREAM.finditer(data):
        d, raw = m.group(1), m.group(2)
        if b"/ASCII85Decode" in d:
            raw = raw.strip()
            if raw.endswith(b"~>"):
                raw = raw[:-2]
            raw = base64.a85decode(raw)
        if b"/FlateDecode" in d:
            raw = zlib.decompress(raw)
        for s in _STR.finditer(raw):
            texts.append(_pdf_unescape(s.group(0)[1:-1]).decode("cp1252", "replace"))
    if not texts:
        raise ValueError("PDF without text")
    return "\n".join(texts)


def docx_text(data):
    d = Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            out.append("\t".join(c.text for c in r.cells))
    out.append(d.core_properties.title or "")
    return "\n".join(out)


def xlsx_text(data):
    wb = openpyxl.load_workbook(io.BytesIO(data))
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append("\t".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def strip_html(s):
    s = re.sub(r"(?is)<(style|script).*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</td>|</th>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def blob_text(name, data):
    low = name.lower()
    if low.endswith(".pdf"):
        return pdf_text(data)
    if low.endswith(".docx"):
        return docx_text(data)
    if low.endswith(".xlsx"):
        return xlsx_text(data)
    if low.endswith(".zip"):
        return zip_text(data)
    if low.endswith(".eml"):
        return message_text(BytesParser(policy=policy.default).parsebytes(data))
    for cs in ("utf-8", "cp1252"):
        try:
            return data.decode(cs)
        except UnicodeDecodeError:
            pass
    raise ValueError(f"cannot decode {name}")


def zip_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    if z.testzip() is not None:
        raise ValueError("bad zip member")
    out = []
    for n in z.namelist():
        out.append(n)
        out.append(blob_text(n, z.read(n)))
    return "\n".join(out)


def _defects(part):
    return [d for d in part.defects]


def message_text(msg):
    out = []
    for h in ("From", "To", "Cc", "Subject"):
        v = msg.get(h)
        if v is not None:
            out.append(str(v))
    if _defects(msg):
        raise ValueError(f"defects {msg.defects}")
    for part in msg.walk():
        if _defects(part):
            raise ValueError(f"part defects {part.defects}")
        if part.is_multipart():
            if part.get_content_type() == "message/rfc822":
                fn = part.get_filename()
                if fn:
                    out.append(fn)
                inner = part.get_payload(0)
                for h in ("From", "To", "Cc", "Subject"):
                    if inner.get(h) is not None:
                        out.append(str(inner.get(h)))
            continue
        fn = part.get_filename()
        if fn:
            out.append(fn)
        ct = part.get_content_type()
        if ct.startswith("text/"):
            txt = part.get_content()
            out.append(strip_html(txt) if ct == "text/html" else txt)
        else:
            data = part.get_content()
            if not isinstance(data, bytes):
                raise ValueError(f"unexpected payload for {ct}")
            name = fn or ""
            if ct == "application/pdf" and not name.lower().endswith(".pdf"):
                name += ".pdf"
            out.append(blob_text(name, data))
    return "\n".join(out)


# ---------------------------------------------------------------- normalisers

def fold(s):
    s = unicodedata.normalize("NFKC", s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.casefold())


def alnum(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[^0-9A-Za-z]", "", s).upper()


def name_forms(h):
    g, s = fold(h["given"]), fold(h["surname"])
    return [f"{g} {s}", f"{s} {g}", f"{s}, {g}", f"{s},{g}"]


# ---------------------------------------------------------------- checks

def verify(out_dir, metas):
    errors = []
    holders = C.load_nams()
    with open(os.path.join(out_dir, "labels.json"), encoding="utf-8") as fh:
        raw = fh.read()
    labels = json.loads(raw)
    if list(labels) != sorted(labels):
        errors.append("labels.json keys not sorted")
    files = sorted([f"positive/{f}" for f in os.listdir(os.path.join(out_dir, "positive"))] +
                   [f"negative/{f}" for f in os.listdir(os.path.join(out_dir, "negative"))])
    pos = [f for f in files if f.startswith("positive/")]
    neg = [f for f in files if f.startswith("negative/")]
    if len(pos) != 120 or len(neg) != 180:
        errors.append(f"counts {len(pos)}/{len(neg)}")
    for i, f in enumerate(pos, 1):
        if not re.fullmatch(rf"positive/p{i:03d}_[a-z0-9_]+\.eml", f):
            errors.append(f"bad name {f}")
    for i, f in enumerate(neg, 1):
        if not re.fullmatch(rf"negative/n{i:03d}_[a-z0-9_]+\.eml", f):
            errors.append(f"bad name {f}")
    if set(files) != set(labels):
        errors.append("labels do not match files")
    all_names = [fold(h["given"] + " " + h["surname"]) for h in holders]
    for f in files:
        lab = labels.get(f, {})
        positive = f.startswith("positive/")
        if lab.get("confidential") is not positive:
            errors.append(f"{f}: confidential flag")
        types = lab.get("types", [])
        if positive and not types:
            errors.append(f"{f}: no types")
        if not positive and types:
            errors.append(f"{f}: negative with types")
        if any(t not in C.FINDING_TYPES for t in types) or types != sorted(set(types)):
            errors.append(f"{f}: bad types {types}")
        if lab.get("lang") not in ("fr", "en"):
            errors.append(f"{f}: lang")
        note = lab.get("note", "")
        if not note or any(n in fold(note) for n in all_names):
            errors.append(f"{f}: note")
        with open(os.path.join(out_dir, f), "rb") as fh:
            data = fh.read()
        try:
            msg = BytesParser(policy=policy.default).parsebytes(data)
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if not msg.get(h):
                    errors.append(f"{f}: missing {h}")
            text = message_text(msg)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{f}: decode error {e!r}")
            continue
        ftext, atext = fold(text), alnum(text)
        meta = metas.get(f, {"nams": [], "ids": []})
        meta_nams = {h["nam"] for h in meta["nams"]}
        for h in holders:
            present = h["nam"] in atext
            if not positive:
                if present:
                    errors.append(f"{f}: NAM in negative")
                if any(n in ftext for n in name_forms(h)):
                    errors.append(f"{f}: NAM holder name in negative")
                continue
            if present and h["nam"] not in meta_nams:
                errors.append(f"{f}: undeclared NAM {h['nam']}")
        for h in meta["nams"]:
            if h["nam"] not in atext:
                errors.append(f"{f}: declared NAM missing")
            if fold(h["surname"]) not in ftext:
                errors.append(f"{f}: NAM without holder surname")
            if not any(fold(v) in ftext for v in C.dob_variants(h["dob"])):
                errors.append(f"{f}: NAM without birth date")
            if not re.search(r"\bsex", ftext):
                errors.append(f"{f}: NAM without sex")
            for t in ("ramq_nam", "patient_name", "date_of_birth"):
                if t not in types:
                    errors.append(f"{f}: NAM but no {t} label")
        for typ, val in meta["ids"]:
            ok = {"ca_sin": ca_sin.is_valid, "ca_health_number": C.ohn_valid,
                  "be_niss": be_nn.is_valid, "fr_nir": fr_nir.is_valid}[typ](val)
            if not ok:
                errors.append(f"{f}: invalid {typ}")
            if val not in atext:
                errors.append(f"{f}: {typ} not found in text")
            if typ not in types:
                errors.append(f"{f}: {typ} not labelled")
    return errors
