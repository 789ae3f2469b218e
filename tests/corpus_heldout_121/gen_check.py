"""Self-check: re-parse every file, decode every part, verify labels and identifiers, digest."""
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
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

from gen_common import fold, load_nam_holders

TYPES = {"ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn", "date_of_birth",
         "patient_name", "diagnosis", "medication", "lab_result", "patient_contact", "social_information"}


# ------------------------------------------------------------------ PDF text
def _pdf_unescape(s):
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i]
        if c == 0x5C and i + 1 < len(s):
            n = s[i + 1]
            if n in b"01234567":
                j = i + 1
                oct_ = b""
                while j < len(s) and len(oct_) < 3 and s[j] in b"01234567":
                    oct_ += bytes([s[j]])
                    j += 1
                out.append(int(oct_, 8) & 0xFF)
                i = j
                continue
            out.append({0x6E: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def pdf_text(data):
    chunks = []
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        raw = m.group(1).strip()
        if raw.endswith(b"~>"):
            try:
                raw = base64.a85decode(raw[:-2].replace(b"\n", b""))
            except ValueError:
                pass
        try:
            raw = zlib.decompress(raw)
        except zlib.error:
            pass
        lines = []
        for t in re.finditer(rb"\(((?:\\.|[^\\()])*)\)\s*Tj", raw, re.S):
            lines.append(_pdf_unescape(t.group(1)).decode("cp1252", "replace"))
        chunks.append("\n".join(lines))
    return "\n".join(chunks)


# ------------------------------------------------------------------ part walking
def blob_text(name, data):
    low = (name or "").lower()
    if low.endswith(".pdf") or data[:5] == b"%PDF-":
        return pdf_text(data)
    if low.endswith(".docx"):
        import docx
        d = docx.Document(io.BytesIO(data))
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                out.append(" | ".join(c.text for c in r.cells))
        return "\n".join(out)
    if low.endswith(".xlsx"):
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
        out = []
        for ws in wb.worksheets:
            out.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                out.append(" | ".join("" if v is None else str(v) for v in row))
        return "\n".join(out)
    if low.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        out = []
        for info in z.infolist():
            out.append(info.filename)
            out.append(blob_text(info.filename, z.read(info.filename)))
        return "\n".join(out)
    if low.endswith(".eml"):
        return msg_text(email.message_from_bytes(data, policy=email.policy.default))
    for cs in ("utf-8", "cp1252"):
        try:
            return data.decode(cs)
        except UnicodeDecodeError:
            continue
    return ""


def leaves(msg):
    """Leaf parts, treating an attached message/rfc822 as a leaf."""
    if msg.get_content_type() == "message/rfc822":
        yield msg
    elif msg.is_multipart():
        for p in msg.iter_parts():
            yield from leaves(p)
    else:
        yield msg


def msg_text(msg):
    out = []
    for h in ("Subject", "From", "To", "Cc"):
        if msg[h] is not None:
            out.append(str(msg[h]))
    for part in (leaves(msg) if msg.is_multipart() else [msg]):
        fn = part.get_filename()
        if fn:
            out.append(fn)
        ct = part.get_content_type()
        if ct == "message/rfc822":
            out.append(msg_text(part.get_content()))
            continue
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if fn and fn.lower().endswith((".pdf", ".docx", ".xlsx", ".zip")):
                content = blob_text(fn, content.encode("utf-8"))
            out.append(content)
        else:
            out.append(blob_text(fn, part.get_content()))
    return "\n".join(out)


def msg_parts_ok(msg):
    """Walk again including nested messages: every part must decode."""
    for part in (leaves(msg) if msg.is_multipart() else [msg]):
        c = part.get_content()
        if part.get_content_type() == "message/rfc822":
            msg_parts_ok(c)


# ------------------------------------------------------------------ identifier search
def digit_runs(text):
    """Yield every contiguous digit-group combination inside runs of digits and separators."""
    text = unicodedata.normalize("NFKC", text)
    for m in re.finditer(r"\d[\d .\-/]*\d|\d", text):
        groups = re.findall(r"\d+", m.group(0))
        for i in range(len(groups)):
            acc = ""
            for j in range(i, len(groups)):
                acc += groups[j]
                if len(acc) > 15:
                    break
                yield acc


def has_valid(kind, text):
    for d in digit_runs(text):
        if kind == "ca_sin" and len(d) == 9 and ca_sin.is_valid(d):
            return True
        if kind == "ca_health_number" and len(d) == 10 and luhn.is_valid(d):
            return True
        if kind == "be_niss" and len(d) == 11 and be_nn.is_valid(d):
            return True
        if kind == "fr_nir" and len(d) == 15 and fr_nir.is_valid(d):
            return True
    return False


def compact(text):
    text = unicodedata.normalize("NFKC", text).upper()
    return re.sub(r"[\s./\-_]", "", text)


def name_forms(h):
    f, l = fold(h["first"]), fold(h["last"])
    return [f"{f} {l}", f"{l} {f}", f"{l}, {f}", f"{l},{f}"]


def run(out_dir, verbose=True):
    holders = load_nam_holders()
    nams = [h["nam"] for h in holders]
    with open(os.path.join(out_dir, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted(f"{d}/{n}" for d in ("positive", "negative")
                   for n in os.listdir(os.path.join(out_dir, d)) if n.endswith(".eml"))
    assert sorted(labels) == files, "labels do not cover exactly the files"
    errors = []
    stats = dict(langs={}, types={}, pos=0, neg=0, transports={})
    for f in files:
        lab = labels[f]
        raw = open(os.path.join(out_dir, f), "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        msg_parts_ok(msg)
        text = msg_text(msg)
        comp = compact(text)
        found_nams = [n for n in nams if n in comp]
        types = set(lab["types"])
        if not types <= TYPES:
            errors.append(f"{f}: unknown types {types - TYPES}")
        stats["langs"][lab["lang"]] = stats["langs"].get(lab["lang"], 0) + 1
        if f.startswith("positive/"):
            stats["pos"] += 1
            if not lab["confidential"] or not types:
                errors.append(f"{f}: positive without types")
            if ("ramq_nam" in types) != bool(found_nams):
                errors.append(f"{f}: ramq_nam label {('ramq_nam' in types)} but found {found_nams}")
            for k in ("ca_sin", "ca_health_number", "be_niss", "fr_nir"):
                if k in types and not has_valid(k, text):
                    errors.append(f"{f}: {k} labelled but no valid number found")
            for t in types:
                stats["types"][t] = stats["types"].get(t, 0) + 1
        else:
            stats["neg"] += 1
            if lab["confidential"] or types:
                errors.append(f"{f}: negative with types")
            if found_nams:
                errors.append(f"{f}: NAM in negative")
            ft = " ".join(fold(text).split())
            for h in holders:
                for form in name_forms(h):
                    if form in ft:
                        errors.append(f"{f}: NAM holder name '{form}' in negative")
        # transport summary
        hdr_end = raw.find(b"\r\n\r\n") if b"\r\n" in raw[:2000] else raw.find(b"\n\n")
        feats = set()
        feats.add("CRLF" if b"\r\n" in raw else "LF")
        for part in msg.walk():
            ct = part.get_content_type()
            feats.add(ct)
            cte = part.get("Content-Transfer-Encoding")
            if cte:
                feats.add("cte:" + cte.lower())
            cs = part.get_param("charset")
            if cs:
                feats.add("charset:" + str(cs).lower())
        if b"=?" in raw[:hdr_end]:
            feats.add("rfc2047")
        if b"filename*" in raw:
            feats.add("rfc2231")
        for ft_ in feats:
            stats["transports"][ft_] = stats["transports"].get(ft_, 0) + 1
    return errors, stats, files


def digest(out_dir, files):
    h = hashlib.sha256()
    for p in sorted(files + ["labels.json"]):
        h.update(p.encode())
        h.update(b"\0")
        h.update(open(os.path.join(out_dir, p), "rb").read())
        h.update(b"\0")
    return h.hexdigest()
