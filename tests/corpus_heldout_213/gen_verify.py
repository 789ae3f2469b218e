"""Re-parse every written file, decode every part, check labels, NAMs and identifiers,
and collect the transport features for the README."""
import base64
import email
import email.policy
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib

from gen_common import (fold, dob_renderings, PATIENT_SURNAMES, STAFF_SURNAMES)
from gen_ids import VALIDATORS
from gen_mime import html_to_text

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]

FEATURES = ["text/plain only", "text/html only", "multipart/alternative", "multipart/mixed",
            "PDF attachment", "DOCX attachment", "XLSX attachment", "CSV attachment", "ICS attachment",
            "vCard attachment", "ZIP attachment", "attached message/rfc822",
            "charset utf-8", "charset us-ascii", "charset iso-8859-1", "charset windows-1252",
            "7bit", "8bit", "quoted-printable", "base64", "CRLF line ends", "LF line ends",
            "RFC 2047 Subject", "RFC 2047 display name", "RFC 2231 file name", "full-width digits",
            "reply (In-Reply-To)"]


class VerifyError(Exception):
    pass


# ------------------------------------------------------------------ decoders
def _pdf_unescape(s):
    out, i = bytearray(), 0
    while i < len(s):
        c = s[i]
        if c == 0x5C and i + 1 < len(s):
            n = s[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                oct_ = b""
                while j < len(s) and len(oct_) < 3 and 0x30 <= s[j] <= 0x37:
                    oct_ += bytes([s[j]])
                    j += 1
                out.append(int(oct_, 8) & 0xFF)
                i = j
                continue
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def pdf_text(data):
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
        raise VerifyError("not a complete PDF")
    texts = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        d, raw = m.group(1), m.group(2).rstrip(b"\r\n")
        if b"ASCII85Decode" in d:
            raw = raw.strip()
            if raw.endswith(b"~>"):
                raw = raw[:-2]
            raw = base64.a85decode(raw)
        if b"FlateDecode" in d:
            raw = zlib.decompress(raw)
        for s in re.findall(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw):
            texts.append(_pdf_unescape(s).decode("cp1252"))
    info = re.findall(rb"/(?:Title|Subject|Author) \(((?:\\.|[^\\)])*)\)", data)
    texts += [_pdf_unescape(s).decode("cp1252") for s in info]
    if not texts:
        raise VerifyError("PDF without text")
    return "\n".join(texts)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append("\t".join(c.text for c in row.cells))
    parts.append(d.core_properties.title or "")
    parts.append(d.core_properties.author or "")
    return "\n".join(parts)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append("\t".join("" if v is None else str(v) for v in row))
    wb.close()
    return "\n".join(parts)


def unfold_ical(s):
    s = s.replace("\r\n", "\n")
    s = re.sub(r"\n[ \t]", "", s)
    return s.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")


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
            raise VerifyError("bad zip member")
        return "\n".join(n + "\n" + blob_text(n, z.read(n), feats, depth + 1) for n in z.namelist())
    if low.endswith(".eml"):
        feats.add("attached message/rfc822")
        return message_text(email.message_from_bytes(data, policy=email.policy.default), feats, depth + 1)
    if low.endswith(".csv"):
        feats.add("CSV attachment")
        return data.decode("utf-8-sig")
    if low.endswith(".ics"):
        feats.add("ICS attachment")
        return unfold_ical(data.decode("utf-8"))
    if low.endswith(".vcf"):
        feats.add("vCard attachment")
        return unfold_ical(data.decode("utf-8"))
    raise VerifyError("unknown attachment type " + name)


def message_text(msg, feats, depth=0):
    if depth > 4:
        raise VerifyError("nesting too deep")
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            raise VerifyError("missing header " + h)
    parts = [str(msg["Subject"]), str(msg["From"]), str(msg["To"]), str(msg.get("Cc", ""))]
    for part in msg.walk():
        if part.defects:
            raise VerifyError(f"defects in part {part.get_content_type()}: {part.defects}")
        ct = part.get_content_type()
        if ct == "message/rfc822":
            feats.add("attached message/rfc822")
            if part.get_filename():
                parts.append(part.get_filename())
            inner = part.get_payload(0)
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if inner[h] is None:
                    raise VerifyError("attached message lacks " + h)
            parts += [str(inner["Subject"]), str(inner["From"]), str(inner["To"])]
            continue
        if part.is_multipart():
            if ct == "multipart/alternative":
                feats.add("multipart/alternative")
            if ct == "multipart/mixed":
                feats.add("multipart/mixed")
            continue
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        feats.add(cte)
        cs = part.get_content_charset()
        if cs and ct.startswith("text/") and part.get_filename() is None:
            feats.add("charset " + cs)
        fn = part.get_filename()
        if fn:
            parts.append(fn)
        if fn:
            data = part.get_content()
            if isinstance(data, str):
                data = data.encode("utf-8")
            parts.append(blob_text(fn, data, feats, depth))
            continue
        content = part.get_content()
        if ct == "text/html":
            content = html_to_text(content)
        parts.append(content)
    return "\n".join(parts)


def raw_features(raw, msg, feats):
    feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    head = raw.split(b"\r\n\r\n" if b"\r\n" in raw else b"\n\n", 1)[0]
    if re.search(rb"(?im)^Subject:.*=\?[^?]+\?[QqBb]\?", head) or \
            re.search(rb"(?im)^Subject:(?:.*\r?\n[ \t].*)*=\?", head):
        feats.add("RFC 2047 Subject")
    if re.search(rb"(?im)^(From|To|Cc):(?:.*(?:\r?\n[ \t].*)*)=\?", head):
        feats.add("RFC 2047 display name")
    if re.search(rb"filename\*(0\*?)?=", raw) or re.search(rb"filename\*0\*=", raw):
        feats.add("RFC 2231 file name")
    if msg["In-Reply-To"]:
        feats.add("reply (In-Reply-To)")
    ct = msg.get_content_type()
    if ct == "text/plain":
        feats.add("text/plain only")
    elif ct == "text/html":
        feats.add("text/html only")


def compact_id(s):
    s = unicodedata.normalize("NFKC", s).upper()
    return re.sub(r"[\s.\-/]", "", s)


# ------------------------------------------------------------------ checks
def verify(out_dir, nams, meta):
    """meta: {relpath: {"nams": [...], "ids": [(type, value)], "pnames": [...]}}"""
    errors = []
    with open(os.path.join(out_dir, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted([f"positive/{f}" for f in os.listdir(os.path.join(out_dir, "positive")) if f.endswith(".eml")] +
                   [f"negative/{f}" for f in os.listdir(os.path.join(out_dir, "negative")) if f.endswith(".eml")])
    pos = [f for f in files if f.startswith("positive/")]
    neg = [f for f in files if f.startswith("negative/")]
    if len(pos) != 120 or len(neg) != 180:
        errors.append(f"counts {len(pos)}/{len(neg)}")
    if sorted(labels) != files:
        errors.append("labels do not match files")
    if list(labels) != sorted(labels):
        errors.append("labels not sorted")
    for i, f in enumerate(pos, 1):
        if not re.fullmatch(rf"positive/p{i:03d}_[a-z_]+\.eml", f):
            errors.append("bad name " + f)
    for i, f in enumerate(neg, 1):
        if not re.fullmatch(rf"negative/n{i:03d}_[a-z_]+\.eml", f):
            errors.append("bad name " + f)
    name_words = {fold(s) for s in PATIENT_SURNAMES + STAFF_SURNAMES} | {fold(n["surname"]) for n in nams}
    holder_pairs = [(fold(n["given"]), fold(n["surname"])) for n in nams]
    holder_sur = {fold(n["surname"]) for n in nams}
    all_nams = {n["nam"]: n for n in nams}
    feats_by_file = {}
    for f in files:
        lab = labels.get(f, {})
        is_pos = f.startswith("positive/")
        if lab.get("confidential") is not is_pos:
            errors.append(f"{f}: confidential flag")
        if lab.get("lang") not in ("fr", "en"):
            errors.append(f"{f}: lang")
        types = lab.get("types", [])
        if is_pos and not types:
            errors.append(f"{f}: positive without types")
        if not is_pos and types:
            errors.append(f"{f}: negative with types")
        if any(t not in TYPES for t in types):
            errors.append(f"{f}: unknown type")
        note = fold(lab.get("note", ""))
        if not note or any(re.search(rf"\b{re.escape(wd)}\b", note) for wd in name_words):
            errors.append(f"{f}: note empty or holds a name")
        raw = open(os.path.join(out_dir, f), "rb").read()
        feats = set()
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            raw_features(raw, msg, feats)
            text = message_text(msg, feats)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{f}: parse/decode failed: {e!r}")
            continue
        if any(0xFF10 <= ord(c) <= 0xFF3A for c in text):
            feats.add("full-width digits")
        feats_by_file[f] = feats
        ftext = fold(text)
        ctext = compact_id(text)
        found = [n for n in all_nams if n in ctext]
        m = meta.get(f, {})
        if found and not is_pos:
            errors.append(f"{f}: NAM in a negative")
        if is_pos:
            if sorted(found) != sorted(m.get("nams", [])):
                errors.append(f"{f}: NAMs found {found} != planned {m.get('nams')}")
            if ("ramq_nam" in types) != bool(found):
                errors.append(f"{f}: ramq_nam label mismatch")
            for n in found:
                h = all_nams[n]
                if fold(h["given"]) not in ftext or fold(h["surname"]) not in ftext:
                    errors.append(f"{f}: NAM {n} without holder name")
                if not any(r in ftext for r in dob_renderings(h["dob"])):
                    errors.append(f"{f}: NAM {n} without birth date")
                if "date_of_birth" not in types or "patient_name" not in types:
                    errors.append(f"{f}: NAM message lacks name/dob labels")
            for typ, val in m.get("ids", []):
                if not VALIDATORS[typ](val):
                    errors.append(f"{f}: invalid {typ} {val}")
                if val not in ctext:
                    errors.append(f"{f}: {typ} {val} not present")
                if typ not in types:
                    errors.append(f"{f}: {typ} not labelled")
            for typ in ("ca_sin", "ca_health_number", "be_niss", "fr_nir"):
                if typ in types and typ not in [t for t, _ in m.get("ids", [])]:
                    errors.append(f"{f}: {typ} labelled but not planned")
        else:
            for g, s in holder_pairs:
                if f"{g} {s}" in ftext or f"{s} {g}" in ftext or f"{s}, {g}" in ftext:
                    errors.append(f"{f}: NAM holder name in a negative")
            for s in holder_sur:
                if re.search(rf"\b{re.escape(s)}\b", ftext):
                    errors.append(f"{f}: NAM holder surname '{s}' in a negative")
    if errors:
        raise VerifyError("\n".join(errors[:60]) + (f"\n... {len(errors)} errors" if len(errors) > 60 else ""))
    return labels, feats_by_file
