"""Self-check: re-parse every message, decode every part, verify labels."""
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
from stdnum.be import nn as be_nn
from stdnum.be import bis as be_bis
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_common import NAM_HOLDERS, strip_accents

ALL_TYPES = ["ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
             "date_of_birth", "patient_name", "diagnosis", "medication", "lab_result",
             "patient_contact", "social_information"]


# ------------------------------------------------------------ extraction

def _pdf_literals(buf):
    out = []
    i = 0
    n = len(buf)
    while i < n:
        if buf[i:i + 1] == b"(":
            depth = 1
            i += 1
            cur = bytearray()
            while i < n and depth:
                ch = buf[i:i + 1]
                if ch == b"\\":
                    nx = buf[i + 1:i + 2]
                    if nx in b"01234567" and nx:
                        m = re.match(rb"[0-7]{1,3}", buf[i + 1:i + 4])
                        cur.append(int(m.group(0), 8) & 0xFF)
                        i += 1 + len(m.group(0))
                        continue
                    cur += {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b",
                            b"f": b"\f"}.get(nx, nx)
                    i += 2
                    continue
                if ch == b"(":
                    depth += 1
                elif ch == b")":
                    depth -= 1
                    if depth == 0:
                        i += 1
                        break
                cur += ch
                i += 1
            out.append(bytes(cur).decode("cp1252", "replace"))
        else:
            i += 1
    return out


def pdf_text(data):
    texts = []
    pos = 0
    outside = bytearray()
    for m in re.finditer(rb"<<([^<>]*)>>\s*stream\r?\n", data):
        outside += data[pos:m.start()]
        d = m.group(1)
        ln = int(re.search(rb"/Length (\d+)", d).group(1))
        raw = data[m.end():m.end() + ln]
        pos = m.end() + ln
        try:
            if b"ASCII85Decode" in d:
                r = raw.strip()
                if r.endswith(b"~>"):
                    r = r[:-2]
                raw = base64.a85decode(r)
            if b"FlateDecode" in d:
                raw = zlib.decompress(raw)
        except Exception:
            continue
        texts.append("\n".join(_pdf_literals(raw)))
    outside += data[pos:]
    texts.append("\n".join(_pdf_literals(bytes(outside))))
    return "\n".join(texts)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    parts.append(d.core_properties.title or "")
    parts.append(d.core_properties.author or "")
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


def blob_text(name, data):
    low = (name or "").lower()
    if low.endswith(".pdf") or data[:5] == b"%PDF-":
        return pdf_text(data)
    if low.endswith(".docx"):
        return docx_text(data)
    if low.endswith(".xlsx"):
        return xlsx_text(data)
    if low.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        out = []
        for info in z.infolist():
            out.append(info.filename)
            out.append(blob_text(info.filename, z.read(info.filename)))
        return "\n".join(out)
    if low.endswith(".eml"):
        return message_text(email.message_from_bytes(data, policy=email.policy.default))
    for cs in ("utf-8", "cp1252"):
        try:
            return data.decode(cs)
        except UnicodeDecodeError:
            pass
    return ""


def message_text(msg):
    parts = []
    for h in ("Subject", "From", "To", "Cc"):
        v = msg.get(h)
        if v:
            parts.append(str(v))
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        if fn:
            parts.append(fn)
        if ct == "message/rfc822":
            continue
        if ct.startswith("text/") and not fn:
            parts.append(part.get_content())
        else:
            payload = part.get_payload(decode=True)
            if ct.startswith("text/") and fn and not fn.lower().endswith((".zip", ".pdf", ".docx", ".xlsx")):
                parts.append(part.get_content())
            else:
                parts.append(blob_text(fn or "", payload or b""))
    # nested messages
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_content()
            parts.append(message_text(inner))
    return "\n".join(parts)


# ------------------------------------------------------------ validation

def _norm(s):
    return unicodedata.normalize("NFKC", s)


def _digit_runs(text):
    t = _norm(text)
    return [re.sub(r"\D", "", m.group(0)) for m in re.finditer(r"\d[\d .\-/\u00a0]*\d", t)]


def _any_window(runs, length, pred):
    for r in runs:
        for i in range(0, len(r) - length + 1):
            if pred(r[i:i + length]):
                return True
    return False


def _has_sin(text):
    return _any_window(_digit_runs(text), 9, ca_sin.is_valid)


def _has_ohn(text):
    return _any_window(_digit_runs(text), 10, lambda x: x[0] != "0" and luhn.is_valid(x))


def _has_niss(text):
    return _any_window(_digit_runs(text), 11, lambda x: be_nn.is_valid(x) or be_bis.is_valid(x))


def _has_nir(text):
    return _any_window(_digit_runs(text), 15, fr_nir.is_valid)


def _alnum(text):
    return re.sub(r"[^A-Z0-9]", "", _norm(text).upper())


def _name_key(text):
    t = strip_accents(_norm(text)).lower()
    t = re.sub(r"[^a-z0-9]+", " ", t)
    return " " + t + " "


def holder_name_forms(p):
    g = strip_accents(p.given).lower().replace("-", " ")
    s = strip_accents(p.surname).lower().replace("-", " ")
    return [f" {g} {s} ", f" {s} {g} "]


def run_check(outdir, labels, verbose=True):
    files = sorted(
        [f"positive/{f}" for f in os.listdir(os.path.join(outdir, "positive"))]
        + [f"negative/{f}" for f in os.listdir(os.path.join(outdir, "negative"))])
    assert sorted(labels) == files, "labels do not cover exactly the files"
    errors = []
    nams = [p.nam for p in NAM_HOLDERS]
    counts = {"files": len(files), "positive": 0, "negative": 0, "lang": {}, "types": {}}
    for f in files:
        lab = labels[f]
        with open(os.path.join(outdir, f), "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        text = message_text(msg)
        pos = f.startswith("positive/")
        if lab["confidential"] != pos:
            errors.append(f"{f}: confidential flag")
        counts["positive" if pos else "negative"] += 1
        counts["lang"][lab["lang"]] = counts["lang"].get(lab["lang"], 0) + 1
        for t in lab["types"]:
            if t not in ALL_TYPES:
                errors.append(f"{f}: unknown type {t}")
            counts["types"][t] = counts["types"].get(t, 0) + 1
        if pos and not lab["types"]:
            errors.append(f"{f}: positive without types")
        if not pos and lab["types"]:
            errors.append(f"{f}: negative with types")
        an = _alnum(text)
        found = [n for n in nams if n in an]
        if ("ramq_nam" in lab["types"]) != bool(found):
            errors.append(f"{f}: NAM presence {bool(found)} vs label")
        checks = {"ca_sin": _has_sin, "ca_health_number": _has_ohn,
                  "be_niss": _has_niss, "fr_nir": _has_nir}
        for t, fn in checks.items():
            if t in lab["types"] and not fn(text):
                errors.append(f"{f}: {t} labelled but no valid number found")
        if not pos:
            nk = _name_key(text)
            for p in NAM_HOLDERS:
                for form in holder_name_forms(p):
                    if form in nk:
                        errors.append(f"{f}: NAM holder name {p.nam[:4]} in negative")
        # the NAM holder must be shown with their own name
        for n in found:
            p = next(h for h in NAM_HOLDERS if h.nam == n)
            nk = _name_key(text)
            if not any(form in nk for form in holder_name_forms(p)) and \
                    f" {strip_accents(p.surname).lower()} " not in nk:
                errors.append(f"{f}: NAM {n[:4]} without its holder's name")
    return files, counts, errors


def digest(outdir, files):
    h = hashlib.sha256()
    for f in sorted(files + ["labels.json"]):
        h.update(f.encode("utf-8"))
        h.update(b"\0")
        with open(os.path.join(outdir, f), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()
