"""Re-parse the written corpus, decode every part, check labels and identifiers, collect transport features."""
import base64
import email
import html as htmlmod
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib
from email import policy

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

import gen_common as C

ALLOWED_TYPES = {"patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
                 "diagnosis", "medication", "lab_result", "patient_contact", "social_information"}
ID_TYPES = {"ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"}


# --------------------------------------------------------------------------
# Decoders
# --------------------------------------------------------------------------
_PDF_STREAM = re.compile(rb"<<([^<>]*)>>\s*stream\r?\n(.*?)(?:\r?\n)?endstream", re.S)
_PDF_STR = re.compile(rb"\((?:\\.|[^\\)])*\)")


def _pdf_unescape(b):
    out = bytearray()
    i = 0
    while i < len(b):
        c = b[i]
        if c == 0x5C and i + 1 < len(b):
            n = b[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                digits = b""
                while j < len(b) and len(digits) < 3 and 0x30 <= b[j] <= 0x37:
                    digits += bytes([b[j]])
                    j += 1
                out.append(int(digits, 8) & 0xFF)
                i = j
                continue
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def pdf_text(data):
    assert data.startswith(b"%PDF"), "not a PDF"
    texts = []
    for m in _PDF_STREAM.finditer(data):
        head, stream = m.group(1), m.group(2)
        if b"ASCII85Decode" in head:
            s = stream.strip()
            if s.endswith(b"~>"):
                s = s[:-2]
            stream = base64.a85decode(s)
        if b"FlateDecode" in head:
            stream = zlib.decompress(stream)
        for sm in re.finditer(rb"(\((?:\\.|[^\\)])*\))\s*Tj", stream):
            texts.append(_pdf_unescape(sm.group(1)[1:-1]).decode("cp1252", "replace"))
    for sm in re.finditer(rb"/Title\s*(\((?:\\.|[^\\)])*\))", data):
        texts.append(_pdf_unescape(sm.group(1)[1:-1]).decode("cp1252", "replace"))
    return "\n".join(texts)


def _xml_text(xml, tag_re):
    return [htmlmod.unescape(x) for x in re.findall(tag_re, xml, re.S)]


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    xml = z.read("word/document.xml").decode("utf-8")
    paras = []
    for p in re.findall(r"<w:p[ >].*?</w:p>", xml, re.S):
        paras.append("".join(_xml_text(p, r"<w:t(?: [^>]*)?>(.*?)</w:t>")))
    core = z.read("docProps/core.xml").decode("utf-8")
    return "\n".join(paras) + "\n" + " ".join(_xml_text(core, r"<dc:title>(.*?)</dc:title>"))


def xlsx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    if "xl/sharedStrings.xml" in z.namelist():
        out += _xml_text(z.read("xl/sharedStrings.xml").decode("utf-8"), r"<t(?: [^>]*)?>(.*?)</t>")
    for n in sorted(z.namelist()):
        if n.startswith("xl/worksheets/sheet"):
            x = z.read(n).decode("utf-8")
            out += _xml_text(x, r"<v>(.*?)</v>")
            out += _xml_text(x, r"<is><t(?: [^>]*)?>(.*?)</t></is>")
    return "\n".join(out)


def html_text(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|h\d|li)>", "\n", s)
    s = re.sub(r"(?i)</t[dh]>", " | ", s)
    s = re.sub(r"<[^>]+>", "", s)
    return htmlmod.unescape(s)


def file_text(name, data, feats):
    low = (name or "").lower()
    if low.endswith(".pdf") or data[:4] == b"%PDF":
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
        out = []
        for info in z.infolist():
            out.append(info.filename)
            out.append(file_text(info.filename, z.read(info.filename), feats))
        return "\n".join(out)
    if low.endswith(".eml"):
        m = email.message_from_bytes(data, policy=policy.default)
        return message_text(m, feats)
    return data.decode("utf-8", "replace")


# --------------------------------------------------------------------------
def message_text(msg, feats, top=False):
    out = []
    for k in ("From", "To", "Cc", "Subject"):
        if msg[k] is not None:
            out.append(str(msg[k]))
    raw = dict((k.lower(), v) for k, v in msg.raw_items())
    if "=?" in raw.get("subject", ""):
        feats.add("RFC 2047 encoded Subject")
    if any("=?" in raw.get(k, "") for k in ("from", "to", "cc")):
        feats.add("RFC 2047 encoded display name")
    out.append(part_text(msg, feats))
    return "\n".join(out)


def part_text(part, feats):
    if part.defects:
        raise ValueError(f"MIME defects: {part.defects}")
    ctype = part.get_content_type()
    if part.is_multipart() and ctype.startswith("multipart/"):
        feats.add(ctype)
        return "\n".join(part_text(p, feats) for p in part.iter_parts())
    cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
    feats.add(f"CTE {cte}")
    fname = part.get_filename()
    raw_cd = " ".join(v for k, v in part.raw_items() if k.lower() in ("content-disposition", "content-type"))
    out = []
    if fname:
        out.append(fname)
        if "filename*" in raw_cd:
            feats.add("RFC 2231 file name")
        if re.search(r'(file)?name="=\?', raw_cd):
            feats.add("RFC 2047 file name")
    if ctype == "message/rfc822":
        feats.add("message/rfc822 attachment")
        inner = part.get_content()
        out.append(message_text(inner, feats))
        return "\n".join(out)
    if part.get_content_maintype() == "text":
        cs = part.get_content_charset() or "us-ascii"
        feats.add(f"charset {cs}")
        txt = part.get_content()
        if ctype == "text/html":
            feats.add("text/html part")
            txt = html_text(txt)
        elif ctype == "text/plain":
            feats.add("text/plain part")
        elif ctype == "text/csv":
            feats.add("CSV attachment")
        elif ctype == "text/calendar":
            feats.add("ICS attachment")
            txt = txt.replace("\r\n ", "").replace("\\,", ",").replace("\\;", ";").replace("\\n", "\n")
        elif ctype in ("text/vcard", "text/x-vcard"):
            feats.add("vCard attachment")
            txt = txt.replace("\r\n ", "").replace("\\,", ",")
        out.append(txt)
        return "\n".join(out)
    data = part.get_content()
    out.append(file_text(fname, data, feats))
    return "\n".join(out)


def parse_file(path):
    with open(path, "rb") as fh:
        raw = fh.read()
    msg = email.message_from_bytes(raw, policy=policy.default)
    feats = set()
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None or not str(msg[h]).strip():
            raise ValueError(f"missing header {h}")
    feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    top = msg.get_content_type()
    if top == "text/plain":
        feats.add("single text/plain body")
    elif top == "text/html":
        feats.add("HTML-only body")
    text = message_text(msg, feats, top=True)
    return msg, text, feats


# --------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------
def compact(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[^0-9A-Z]", "", s.upper())


def fold(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s)


def valid_id(kind, value):
    if kind == "ca_sin":
        return ca_sin.is_valid(value)
    if kind == "ca_health_number":
        return len(value) == 10 and value.isdigit() and luhn.is_valid(value)
    if kind == "be_niss":
        return be_nn.is_valid(value)
    if kind == "fr_nir":
        return fr_nir.is_valid(value)
    if kind == "mrn":
        return value.isdigit()
    if kind == "ramq_nam":
        return True
    return False


def verify(out_dir, labels, meta):
    errors = []
    nams = C.load_nams()
    nam_by = {h["nam"]: h for h in nams}
    pos = sorted(f for f in os.listdir(os.path.join(out_dir, "positive")) if f.endswith(".eml"))
    neg = sorted(f for f in os.listdir(os.path.join(out_dir, "negative")) if f.endswith(".eml"))
    if len(pos) != 120:
        errors.append(f"expected 120 positives, found {len(pos)}")
    if len(neg) != 180:
        errors.append(f"expected 180 negatives, found {len(neg)}")
    files = [f"positive/{f}" for f in pos] + [f"negative/{f}" for f in neg]
    if sorted(labels) != sorted(files):
        errors.append("labels.json keys do not match the files")
    with open(os.path.join(out_dir, "labels.json"), encoding="utf-8") as fh:
        on_disk = json.load(fh)
    if on_disk != labels:
        errors.append("labels.json on disk differs from generated labels")
    holder_names = [(fold(h["given"]), fold(h["sur"])) for h in nams]
    holder_surnames = sorted({h["sur"] for h in nams})
    patient_surnames = sorted(set(C.PAT_SUR + C.BE_SUR + C.FR_SUR))
    features = {}
    for rel in files:
        lab = labels.get(rel, {})
        try:
            msg, text, feats = parse_file(os.path.join(out_dir, rel))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{rel}: cannot parse/decode: {exc!r}")
            continue
        features[rel] = feats
        if lab.get("lang") not in ("fr", "en"):
            errors.append(f"{rel}: bad lang")
        if not lab.get("note"):
            errors.append(f"{rel}: empty note")
        ctext = compact(text)
        ftext = fold(text)
        found_nams = [n for n in nam_by if n in ctext]
        m = meta.get(rel, {})
        if rel.startswith("positive/"):
            types = set(lab.get("types", []))
            if not types or not types <= ALLOWED_TYPES or lab.get("confidential") is not True:
                errors.append(f"{rel}: bad positive label {lab}")
            if not (types & (ID_TYPES | {"patient_name"})):
                errors.append(f"{rel}: positive without identity type")
            if not (types - ID_TYPES - {"patient_name"}):
                errors.append(f"{rel}: positive without personal information type")
            for kind, value in m.get("ids", []):
                if kind not in types:
                    errors.append(f"{rel}: id {kind} present but not labelled")
                if not valid_id(kind, value):
                    errors.append(f"{rel}: invalid {kind} {value}")
                if compact(value) not in ctext:
                    errors.append(f"{rel}: {kind} {value} not found in decoded text")
            for kind in types & ID_TYPES:
                if not any(k == kind for k, _ in m.get("ids", [])):
                    errors.append(f"{rel}: {kind} labelled but not placed")
            for n in found_nams:
                h = nam_by[n]
                if "ramq_nam" not in types:
                    errors.append(f"{rel}: NAM present but not labelled")
                if fold(h["given"]) not in ftext or fold(h["sur"]) not in ftext:
                    errors.append(f"{rel}: NAM {n} without holder's name")
                if not any(fold(v) in ftext for v in C.dob_variants(h["dob"])):
                    errors.append(f"{rel}: NAM {n} without holder's birth date")
            for kind, value in m.get("ids", []):
                if kind == "ramq_nam" and value not in nam_by:
                    errors.append(f"{rel}: NAM {value} not from blind list")
            if "ramq_nam" in types and not found_nams:
                errors.append(f"{rel}: ramq_nam labelled but none found")
            for sur in m.get("pnames", []):
                if fold(sur) not in ftext:
                    errors.append(f"{rel}: patient surname {sur} not found")
            if "patient_name" in types and not m.get("pnames"):
                errors.append(f"{rel}: patient_name labelled without a named patient")
        else:
            if lab.get("types") != [] or lab.get("confidential") is not False:
                errors.append(f"{rel}: bad negative label")
            if found_nams:
                errors.append(f"{rel}: NAM found in a negative: {found_nams}")
            for g, s in holder_names:
                if f"{g} {s}" in ftext or f"{s} {g}" in ftext or f"{s}, {g}" in ftext:
                    errors.append(f"{rel}: NAM holder name in negative ({g} {s})")
            for s in holder_surnames + patient_surnames:
                if re.search(r"\b" + re.escape(s) + r"\b", text):
                    errors.append(f"{rel}: patient/holder surname {s} in negative")
    return errors, features
