"""Re-parse every generated file, decode every part, and check labels and identifiers."""

import base64
import email
import email.policy
import html
import io
import os
import re
import unicodedata
import zipfile
import zlib

import docx
import openpyxl
from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss",
         "fr_nir", "mrn", "diagnosis", "medication", "lab_result", "patient_contact",
         "social_information"]
ID_TYPES = ("ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn")


# ---------------------------------------------------------------- decoders

def _pdf_unescape(s):
    out, i = bytearray(), 0
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
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def pdf_text(data):
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
        raise ValueError("not a complete PDF")
    texts = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        d, raw = m.group(1), m.group(2)
        if b"ASCII85Decode" in d:
            raw = raw.strip()
            if raw.endswith(b"~>"):
                raw = raw[:-2]
            raw = base64.a85decode(raw)
        if b"FlateDecode" in d:
            raw = zlib.decompress(raw)
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw, re.S):
            texts.append(_pdf_unescape(s.group(1)).decode("cp1252", "replace"))
    info = re.findall(rb"/(?:Title|Author|Subject) \(((?:\\.|[^\\)])*)\)", data)
    texts += [_pdf_unescape(x).decode("cp1252", "replace") for x in info]
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
    wb = openpyxl.load_workbook(io.BytesIO(data))
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if c is None else str(c) for c in row))
    return "\n".join(parts)


def blob_text(name, data, feats):
    n = (name or "").lower()
    if n.endswith(".pdf") or data.startswith(b"%PDF-"):
        feats.add("PDF attachment")
        return pdf_text(data)
    if n.endswith(".docx"):
        feats.add("DOCX attachment")
        return docx_text(data)
    if n.endswith(".xlsx"):
        feats.add("XLSX attachment")
        return xlsx_text(data)
    if n.endswith(".zip"):
        feats.add("ZIP attachment")
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip() is not None:
            raise ValueError("bad zip member")
        out = []
        for info in z.infolist():
            out.append(info.filename)
            out.append(blob_text(info.filename, z.read(info.filename), set()))
        return "\n".join(out)
    return data.decode("utf-8")


def walk(msg, feats, depth=0):
    """Return all decoded text of a message (headers, parts, attachments)."""
    out = []
    for h in ("Subject", "From", "To", "Cc"):
        if msg[h] is not None:
            out.append(str(msg[h]))
    _walk_part(msg, feats, depth, out)
    return "\n".join(out)


def _walk_part(part, feats, depth, out):
    ct = part.get_content_type()
    fn = part.get_filename()
    if fn:
        out.append(fn)
        if depth == 0:
            feats.add("attachment file name")
    if ct == "message/rfc822":
        feats.add("attached message/rfc822")
        inner = part.get_content()
        out.append(walk(inner, feats, depth + 1))
        return
    if part.is_multipart():
        if depth == 0:
            feats.add("multipart/" + part.get_content_subtype())
        for sub in part.iter_parts():
            _walk_part(sub, feats, depth, out)
        return
    cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
    if depth == 0:
        feats.add("transfer encoding " + cte)
    if part.get_content_maintype() == "text":
        cs = part.get_content_charset() or "us-ascii"
        if depth == 0:
            feats.add("charset " + cs)
        txt = part.get_content()
        if ct == "text/calendar":
            feats.add("ICS attachment")
        elif ct in ("text/vcard", "text/x-vcard"):
            feats.add("vCard attachment")
        elif ct == "text/csv":
            feats.add("CSV attachment")
        if ct == "text/html":
            txt = html.unescape(re.sub(r"<[^>]+>", " ", txt))
        out.append(txt)
    else:
        out.append(blob_text(fn, part.get_content(), feats))


def parse_file(path):
    raw = open(path, "rb").read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    feats = set()
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            raise ValueError("missing header " + h)
    _ = msg["Date"].datetime
    top = msg.get_content_type()
    if top == "text/plain":
        feats.add("single part text/plain")
    elif top == "text/html":
        feats.add("single part text/html (HTML only)")
    elif msg.is_multipart():
        body = msg.get_body(preferencelist=("plain", "html"))
        if body is not None and body.get_content_type() == "text/html" and \
                not any(p.get_content_type() == "text/plain" for p in msg.walk()
                        if p.get_content_disposition() != "attachment"):
            feats.add("HTML body without text alternative")
    text = walk(msg, feats)
    feats.add("CRLF line ends" if b"\r\n" in raw[:2000] else "LF line ends")
    head = raw.split(b"\r\n\r\n" if b"\r\n" in raw[:2000] else b"\n\n", 1)[0]
    if re.search(rb"(?im)^Subject:.*=\?", head) or re.search(rb"(?im)^Subject:[^\n]*\n[ \t]+=\?", head):
        feats.add("RFC 2047 encoded Subject")
    if re.search(rb"(?im)^(From|To|Cc):(.*\n[ \t])*.*=\?", head):
        feats.add("RFC 2047 encoded names")
    if re.search(rb"(file)?name\*(0\*)?=", raw):
        feats.add("RFC 2231 file name")
    if re.search(rb'(file)?name="=\?', raw):
        feats.add("RFC 2047 file name")
    if re.search("[\uff10-\uff19]", text):
        feats.add("full-width digits")
    return msg, text, feats


# ---------------------------------------------------------------- normalisation

def fold(s):
    s = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", s))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s).casefold()


def alnum(s):
    return re.sub(r"[^0-9A-Z]", "", unicodedata.normalize("NFKC", s).upper())


def dob_forms(d):
    mois = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
            "octobre", "novembre", "decembre"]
    months = ["january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december"]
    return [d.isoformat(), "%02d/%02d/%d" % (d.day, d.month, d.year), "%d %s %d" % (d.day, mois[d.month - 1], d.year),
            "%s %d, %d" % (months[d.month - 1], d.day, d.year), "%02d-%s-%d" % (d.day, months[d.month - 1][:3], d.year),
            "%02d.%02d.%d" % (d.day, d.month, d.year), d.strftime("%Y%m%d")]


def valid_id(typ, v):
    if typ == "ca_sin":
        return ca_sin.is_valid(v)
    if typ == "ca_health_number":
        return len(v) == 10 and v.isdigit() and luhn.is_valid(v)
    if typ == "be_niss":
        return be_nn.is_valid(v)
    if typ == "fr_nir":
        return fr_nir.is_valid(v)
    if typ == "mrn":
        return v.isdigit() and 6 <= len(v) <= 10
    if typ == "ramq_nam":
        return bool(re.fullmatch(r"[A-Z]{4}\d{8}", v))
    return False


# ---------------------------------------------------------------- main check

def check(out, labels, records, nams, staff_names):
    errs = []
    feats_count = {}
    pos = sorted(f for f in os.listdir(os.path.join(out, "positive")) if f.endswith(".eml"))
    neg = sorted(f for f in os.listdir(os.path.join(out, "negative")) if f.endswith(".eml"))
    if len(pos) != 120:
        errs.append("positives: %d" % len(pos))
    if len(neg) != 180:
        errs.append("negatives: %d" % len(neg))
    files = ["positive/" + f for f in pos] + ["negative/" + f for f in neg]
    if sorted(labels) != sorted(files):
        errs.append("labels do not match files")
    if list(labels) != sorted(labels):
        errs.append("labels not sorted")
    for i, f in enumerate(pos):
        if not re.fullmatch(r"p%03d_[a-z_]+\.eml" % (i + 1), f):
            errs.append("bad positive name " + f)
    for i, f in enumerate(neg):
        if not re.fullmatch(r"n%03d_[a-z_]+\.eml" % (i + 1), f):
            errs.append("bad negative name " + f)
    all_people = [fold(n) for n in staff_names]
    patient_names = set()
    for rel in files:
        rec = records[rel]
        for p in rec["people"]:
            patient_names.add(fold(p.full))
    for rel in files:
        lab = labels.get(rel, {})
        rec = records[rel]
        positive = rel.startswith("positive/")
        if lab.get("confidential") is not positive:
            errs.append(rel + ": confidential flag")
        if lab.get("lang") not in ("fr", "en"):
            errs.append(rel + ": lang")
        if not lab.get("note"):
            errs.append(rel + ": note")
        for nm in list(patient_names) + all_people:
            if nm and nm in fold(lab.get("note", "")):
                errs.append(rel + ": name in note")
        types = lab.get("types", [])
        if positive and not types:
            errs.append(rel + ": positive without types")
        if not positive and types:
            errs.append(rel + ": negative with types")
        if any(t not in TYPES for t in types) or types != sorted(set(types), key=TYPES.index):
            errs.append(rel + ": bad types %r" % types)
        try:
            msg, text, feats = parse_file(os.path.join(out, rel))
        except Exception as e:  # noqa
            errs.append(rel + ": parse/decode failed: %r" % e)
            continue
        feats |= rec["features"]
        for ft in feats:
            feats_count[ft] = feats_count.get(ft, 0) + 1
        ftext = fold(text)
        atext = alnum(text)
        # identifiers
        for typ, v in rec["ids"]:
            if not valid_id(typ, v):
                errs.append(rel + ": invalid %s %s" % (typ, v))
            if alnum(v) not in atext:
                errs.append(rel + ": %s %s not found in decoded text" % (typ, v))
            if typ not in types:
                errs.append(rel + ": id type %s not labelled" % typ)
        for t in ID_TYPES:
            if t in types and not any(x[0] == t for x in rec["ids"]):
                errs.append(rel + ": labelled %s without identifier" % t)
        if positive and "patient_name" in types:
            if not any(fold(p.surname) in ftext or re.search(r"\b%s\b" % re.escape(fold(p.given)), ftext)
                       for p in rec["people"]):
                errs.append(rel + ": patient name not found")
        # NAM placement
        for h in nams:
            if h.nam in atext:
                if not positive:
                    errs.append(rel + ": NAM in negative")
                    continue
                if fold(h.surname) not in ftext or fold(h.given) not in ftext:
                    errs.append(rel + ": NAM without holder name")
                if not any(fold(x) in ftext for x in dob_forms(h.dob)):
                    errs.append(rel + ": NAM without birth date")
                sx = h.sex
                words = ("feminin", "female") if sx == "F" else ("masculin", "male")
                if not (re.search(r"(\bsexe?\s*:?\s*|\(\s*|/\s*|,\s*)%s\b" % sx.lower(), ftext)
                        or any(re.search(r"\b%s\b" % w, ftext) for w in words)):
                    errs.append(rel + ": NAM without sex")
                if ("ramq_nam", h.nam) not in rec["ids"]:
                    errs.append(rel + ": NAM not recorded")
            if not positive:
                g, s = fold(h.given), fold(h.surname)
                for form in ("%s %s" % (g, s), "%s, %s" % (s, g), "%s %s" % (s, g)):
                    if re.search(r"\b%s\b" % re.escape(form), ftext):
                        errs.append(rel + ": NAM holder name in negative")
        if not positive:
            for pn in patient_names:
                if re.search(r"\b%s\b" % re.escape(pn), ftext):
                    errs.append(rel + ": patient name in negative")
    return errs, feats_count
