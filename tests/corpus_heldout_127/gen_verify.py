"""Re-parse every written file, decode every part and check labels and identifiers."""
import base64
import email
import email.policy
import html
import io
import json
import os
import re
import zipfile
import zlib

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

import gen_common as C

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]
ID_TYPES = ["ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"]


# ------------------------------------------------------------------ decoders
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
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9}.get(n, n))
            i += 2
            continue
        out.append(ch)
        i += 1
    return bytes(out)


def pdf_text(data):
    if not data.startswith(b"%PDF"):
        raise ValueError("not a PDF")
    lines = []
    for m in re.finditer(rb"<<((?:(?!>>\s*stream).)*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        d, s = m.group(1), m.group(2).rstrip(b"\r\n")
        if b"ASCII85Decode" in d:
            s = s.strip()
            if s.endswith(b"~>"):
                s = s[:-2]
            s = base64.a85decode(s)
        if b"FlateDecode" in d:
            s = zlib.decompress(s)
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", s, re.S):
            lines.append(_pdf_unescape(t.group(1)).decode("cp1252", "replace"))
    # document info (title / author)
    for t in re.finditer(rb"/(?:Title|Author) \(((?:\\.|[^\\)])*)\)", data):
        lines.append(_pdf_unescape(t.group(1)).decode("cp1252", "replace"))
    return "\n".join(lines)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    xml = z.read("word/document.xml").decode("utf-8")
    xml = re.sub(r"</w:tc>", " | ", xml)
    xml = re.sub(r"</w:p>|</w:tr>", "\n", xml)
    core = z.read("docProps/core.xml").decode("utf-8") if "docProps/core.xml" in z.namelist() else ""
    return html.unescape(re.sub(r"<[^>]+>", "", xml)) + "\n" + html.unescape(re.sub(r"<[^>]+>", " ", core))


def xlsx_text(data):
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(" | " + " | ".join("" if v is None else str(v) for v in row) + " | ")
    return "\n".join(out)


def csv_text(s):
    import csv

    rows = csv.reader(io.StringIO(s), delimiter=";" if s.count(";") > s.count(",") else ",")
    return "\n".join(" | " + " | ".join(r) + " | " for r in rows)


def html_text(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</div>|</li>|</h\d>", "\n", s)
    s = re.sub(r"(?i)</t[dh]>", " | ", s)
    return html.unescape(re.sub(r"<[^>]+>", "", s))


def blob_text(name, data, feats, depth=0):
    low = name.lower()
    if low.endswith(".pdf"):
        feats.add("attachment: PDF")
        return pdf_text(data)
    if low.endswith(".docx"):
        feats.add("attachment: DOCX")
        return docx_text(data)
    if low.endswith(".xlsx"):
        feats.add("attachment: XLSX")
        return xlsx_text(data)
    if low.endswith(".zip"):
        feats.add("attachment: ZIP")
        z = zipfile.ZipFile(io.BytesIO(data))
        parts = []
        for info in z.infolist():
            parts.append(info.filename)
            parts.append(blob_text(info.filename, z.read(info.filename), feats, depth + 1))
        return "\n".join(parts)
    if low.endswith(".eml"):
        feats.add("attachment: message/rfc822")
        m = email.message_from_bytes(data, policy=email.policy.default)
        return message_text(m, feats, depth + 1)
    if low.endswith(".csv"):
        feats.add("attachment: CSV")
        return csv_text(data.decode("utf-8-sig"))
    return data.decode("utf-8", "replace")


def message_text(msg, feats, depth=0):
    out = []
    for h in ("From", "To", "Cc", "Subject"):
        v = msg.get(h)
        if v is not None:
            out.append(str(v))
    for part in msg.walk():
        ct = part.get_content_type()
        if part is not msg and ct == "message/rfc822":
            feats.add("attachment: message/rfc822")
            inner = part.get_content()
            fn = part.get_filename()
            if fn:
                out.append(fn)
            out.append(message_text(inner, feats, depth + 1))
            continue
        if part.is_multipart():
            if depth == 0:
                feats.add("multipart/" + part.get_content_subtype())
            continue
        if _inside_rfc822(msg, part):
            continue
        fn = part.get_filename()
        if fn:
            out.append(fn)
        cte = part.get("Content-Transfer-Encoding", "7bit").lower()
        if depth == 0:
            feats.add("transfer encoding: " + cte)
        payload = part.get_content()
        if ct.startswith("text/"):
            cs = part.get_content_charset()
            if depth == 0 and cs:
                feats.add("charset: " + cs)
            if ct == "text/html":
                out.append(html_text(payload))
            elif ct == "text/csv":
                feats.add("attachment: CSV")
                out.append(csv_text(payload))
            elif ct == "text/calendar":
                feats.add("attachment: ICS")
                out.append(payload.replace("\r\n ", "").replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";"))
            elif ct in ("text/vcard", "text/x-vcard"):
                feats.add("attachment: vCard")
                out.append(payload.replace("\r\n ", "").replace("\\,", ","))
            else:
                out.append(payload)
        else:
            out.append(blob_text(fn or "", payload, feats, depth))
    return "\n".join(out)


def _inside_rfc822(root, part):
    """True when part belongs to a message/rfc822 sub-message of root (handled by recursion)."""
    for p in root.walk():
        if p is not root and p.get_content_type() == "message/rfc822":
            for q in p.walk():
                if q is part and q is not p:
                    return True
    return False


# ------------------------------------------------------------------ checks
def id_valid(kind, v):
    if kind == "ramq_nam":
        return bool(re.fullmatch(r"[A-Z]{4}\d{8}", v))
    if kind == "ca_sin":
        return ca_sin.is_valid(v)
    if kind == "ca_health_number":
        return C.ohip_valid(v)
    if kind == "be_niss":
        return be_nn.is_valid(v)
    if kind == "fr_nir":
        return fr_nir.is_valid(v)
    if kind == "mrn":
        return v.isdigit() and len(v) == 7
    return False


def flat(s):
    return C.strip_accents(s).lower()


def name_present(text_flat, given, surname):
    g, s = flat(given), flat(surname)
    return g in text_flat and s in text_flat


def name_pair_present(text_flat, given, surname):
    g, s = re.escape(flat(given)), re.escape(flat(surname))
    return bool(re.search(r"\b%s[\s,]+%s\b|\b%s[\s,]+%s\b" % (g, s, s, g), text_flat))


def sex_present(text, sex):
    t = C.strip_accents(text)
    words = {"F": ["femme", "female", "feminin"], "M": ["homme", "male", "masculin"]}[sex]
    if any(re.search(r"(?i)\b%s\b" % w, t) for w in words):
        return True
    pats = [r"(?i)\bsexe?\b\s*[:=]?\s*%s\b" % sex, r"[(\[/|,;\u2014-]\s*%s\s*[)\]/|,;\u2014-]" % sex]
    return any(re.search(p, t) for p in pats)


def dob_present(text, d):
    return any(v.lower() in text.lower() for v in C.dob_variants(d))


def verify(out_dir, labels, metas):
    errors = []
    nams = C.load_nams()
    nam_set = {h["nam"]: h for h in nams}
    pos = sorted(k for k in labels if k.startswith("positive/"))
    neg = sorted(k for k in labels if k.startswith("negative/"))
    if len(pos) != 120 or len(neg) != 180:
        errors.append("counts %d/%d" % (len(pos), len(neg)))
    on_disk = sorted("%s/%s" % (d, f) for d in ("positive", "negative")
                     for f in os.listdir(os.path.join(out_dir, d)) if f.endswith(".eml"))
    if on_disk != sorted(labels):
        errors.append("labels do not match files on disk")
    features = {}
    for key in sorted(labels):
        lab = labels[key]
        raw = open(os.path.join(out_dir, key), "rb").read()
        feats = set()
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if msg.get(h) is None:
                    errors.append("%s: missing %s" % (key, h))
            text = message_text(msg, feats)
        except Exception as exc:  # noqa: BLE001
            errors.append("%s: parse/decode error %r" % (key, exc))
            continue
        _transport_feats(raw, msg, feats)
        features[key] = feats
        if lab["lang"] not in ("fr", "en") or not lab.get("note"):
            errors.append("%s: bad lang/note" % key)
        normtext = C.norm_alnum(text) + "\n" + C.norm_alnum(re.sub(r"(?i)\b(cl[ée]|key)\b", " ", text))
        tflat = flat(text)
        meta = metas[key]
        found_nams = sorted(n for n in nam_set if n in normtext)
        if lab["confidential"]:
            types = lab["types"]
            if not types or any(t not in TYPES for t in types) or types != sorted(set(types), key=TYPES.index):
                errors.append("%s: bad types %r" % (key, types))
            for kind, value in meta["ids"]:
                if not id_valid(kind, value):
                    errors.append("%s: invalid %s %s" % (key, kind, value))
                if C.norm_alnum(value) not in normtext:
                    errors.append("%s: %s %s not found in decoded text" % (key, kind, value))
            kinds = {k for k, _ in meta["ids"]}
            for t in ID_TYPES:
                if (t in types) != (t in kinds):
                    errors.append("%s: type %s label/identifier mismatch" % (key, t))
            holders = {h["nam"] for h in meta["nam_used"]}
            for n in found_nams:
                if n not in holders:
                    errors.append("%s: NAM %s appears without its holder record" % (key, n))
            for h in meta["nam_used"]:
                ref = nam_set.get(h["nam"])
                if not ref or ref["surname"] != h["surname"] or ref["given"] != h["given"] or ref["sex"] != h["sex"] \
                        or ref["dob"] != h["dob"]:
                    errors.append("%s: NAM holder mismatch %s" % (key, h["nam"]))
                    continue
                if h["nam"] not in normtext:
                    errors.append("%s: NAM %s not in text" % (key, h["nam"]))
                if not name_present(tflat, h["given"], h["surname"]):
                    errors.append("%s: NAM %s without holder name" % (key, h["nam"]))
                if not dob_present(text, h["dob"]):
                    errors.append("%s: NAM %s without birth date" % (key, h["nam"]))
                if not sex_present(text, h["sex"]):
                    errors.append("%s: NAM %s without sex" % (key, h["nam"]))
            if "patient_name" in types and not any(flat(s) in tflat for _, s in meta["patients"]):
                errors.append("%s: no patient surname found in decoded text" % key)
            if meta["patients"] and "patient_name" not in types:
                errors.append("%s: patient present but patient_name not labelled" % key)
            if meta["nam_used"] and "ramq_nam" not in types:
                errors.append("%s: NAM used but not labelled" % key)
        else:
            if lab["types"]:
                errors.append("%s: negative with types" % key)
            if meta["patients"] or meta["ids"]:
                errors.append("%s: negative built with patient data" % key)
            if found_nams:
                errors.append("%s: NAM in negative %s" % (key, found_nams))
            for h in nams:
                if name_pair_present(tflat, h["given"], h["surname"]):
                    errors.append("%s: NAM holder name %s %s in negative" % (key, h["given"], h["surname"]))
    return errors, features


def _transport_feats(raw, msg, feats):
    feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    head = raw.split(b"\r\n\r\n" if b"\r\n\r\n" in raw else b"\n\n", 1)[0]
    for line in re.split(rb"\r?\n(?=\S)", head):
        if line.lower().startswith(b"subject:") and b"=?" in line:
            feats.add("RFC 2047 Subject")
        if re.match(rb"(?i)(from|to|cc):", line) and b"=?" in line:
            feats.add("RFC 2047 display name")
    if re.search(rb"filename\*=", raw):
        feats.add("RFC 2231 file name")
    if re.search(rb'filename="=\?', raw):
        feats.add("RFC 2047 file name")
    ct = msg.get_content_type()
    if ct == "text/plain":
        feats.add("text/plain only")
    elif ct == "text/html":
        feats.add("text/html only")
