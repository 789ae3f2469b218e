"""Re-parse every written message, decode every part, and check labels, NAM placement and identifiers."""
import base64
import email
import html
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

import gen_common as G

ID_TYPES = ["ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"]
PERSONAL_TYPES = ["date_of_birth", "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]


# ----------------------------------------------------------------- decoders
def _pdf_string(s):
    out = bytearray()
    i = 0
    esc = {b"n": 10, b"r": 13, b"t": 9, b"b": 8, b"f": 12, b"(": 40, b")": 41, b"\\": 92}
    while i < len(s):
        ch = s[i:i + 1]
        if ch == b"\\":
            nxt = s[i + 1:i + 2]
            if nxt in esc:
                out.append(esc[nxt])
                i += 2
            elif nxt.isdigit():
                m = re.match(rb"[0-7]{1,3}", s[i + 1:i + 4])
                out.append(int(m.group(0), 8) & 0xFF)
                i += 1 + len(m.group(0))
            else:
                i += 2
        else:
            out.append(s[i])
            i += 1
    return out.decode("cp1252", "replace")


def pdf_text(data):
    if not data.startswith(b"%PDF"):
        raise ValueError("not a PDF")
    texts = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        d, body = m.group(1), m.group(2)
        if b"ASCII85Decode" in d:
            body = body.strip()
            if body.endswith(b"~>"):
                body = body[:-2]
            body = base64.a85decode(body)
        if b"FlateDecode" in d:
            body = zlib.decompress(body)
        for sm in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", body, re.S):
            texts.append(_pdf_string(sm.group(1)))
    for m in re.finditer(rb"/(Title|Author|Subject) \(((?:\\.|[^\\)])*)\)", data):
        texts.append(_pdf_string(m.group(2)))
    if not texts:
        raise ValueError("PDF without text")
    return "\n".join(texts)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    xml = z.read("word/document.xml").decode("utf-8")
    xml = xml.replace("</w:p>", "\n").replace("<w:tab/>", "\t").replace("</w:tc>", "\t")
    txt = html.unescape(re.sub(r"<[^>]+>", "", xml))
    core = z.read("docProps/core.xml").decode("utf-8")
    return txt + "\n" + html.unescape(re.sub(r"<[^>]+>", " ", core))


def xlsx_text(data):
    from openpyxl import load_workbook
    wb = load_workbook(io.BytesIO(data), read_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append("\t".join("" if v is None else str(v) for v in row))
    wb.close()
    return "\n".join(out)


def bytes_text(data):
    for cs in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(cs)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def zip_text(data, feats):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for info in z.infolist():
        out.append(info.filename)
        out.append(by_name(info.filename, z.read(info.filename), feats))
    return "\n".join(out)


def by_name(name, data, feats):
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
        return zip_text(data, feats)
    if low.endswith(".eml"):
        return message_text(email.message_from_bytes(data, policy=policy.default), feats)
    return unfold(bytes_text(data))


def unfold(t):
    t = re.sub(r"\r?\n[ \t]", "", t)
    return t.replace("\\,", ",").replace("\\;", ";").replace("\\n", "\n")


def message_text(msg, feats, depth=0):
    out = []
    for h in ("From", "To", "Cc", "Subject"):
        v = msg.get(h)
        if v is not None:
            out.append(str(v))
    if msg.defects:
        raise ValueError(f"defects {msg.defects}")
    for part in msg.walk():
        if part.defects:
            raise ValueError(f"part defects {part.defects}")
        ct = part.get_content_type()
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        if part.is_multipart():
            if ct == "multipart/alternative":
                feats.add("multipart/alternative")
            if ct == "multipart/mixed":
                feats.add("multipart/mixed")
            continue
        if ct == "message/rfc822":
            continue
        feats.add("CTE " + cte)
        cs = part.get_param("charset")
        if cs:
            feats.add("charset " + cs.lower())
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if ct.startswith("text/"):
            txt = part.get_content()
            if ct == "text/html":
                if re.search(r"&(#\d+|[a-z]+);", txt):
                    feats.add("HTML character references")
                txt = html.unescape(re.sub(r"<[^>]+>", " ", txt))
            elif ct == "text/csv":
                feats.add("CSV attachment")
            elif ct == "text/calendar":
                feats.add("ICS attachment")
                txt = unfold(txt)
            elif ct in ("text/vcard", "text/x-vcard"):
                feats.add("vCard attachment")
                txt = unfold(txt)
            out.append(txt)
        else:
            data = part.get_content()
            if ct == "application/pdf":
                feats.add("PDF attachment")
                out.append(pdf_text(data))
            elif ct.endswith("wordprocessingml.document"):
                feats.add("DOCX attachment")
                out.append(docx_text(data))
            elif ct.endswith("spreadsheetml.sheet"):
                feats.add("XLSX attachment")
                out.append(xlsx_text(data))
            elif ct == "application/zip":
                feats.add("ZIP attachment")
                out.append(zip_text(data, feats))
            else:
                raise ValueError("unexpected part " + ct)
    return "\n".join(out)


# ----------------------------------------------------------------- normalisation
def norm_words(t):
    t = unicodedata.normalize("NFKC", t)
    t = G.strip_accents(t).lower()
    return " " + re.sub(r"[^a-z0-9]+", " ", t).strip() + " "


def compact(t):
    t = unicodedata.normalize("NFKC", t)
    return re.sub(r"[^A-Za-z0-9]", "", t).upper()


def has_name(nt, p):
    g, s = norm_words(p.given).strip(), norm_words(p.surname).strip()
    return f" {g} {s} " in nt or f" {s} {g} " in nt


def has_dob(nt, p):
    return any(f" {norm_words(f).strip()} " in nt for f in G.all_dob_forms(p.dob))


def has_sex(nt, p):
    return re.search(r" (sexe|sex) ", nt) is not None and f" {p.sex.lower()} " in nt


def valid(kind, v):
    if kind == "ca_sin":
        return ca_sin.is_valid(v)
    if kind == "ca_health_number":
        return len(v) == 10 and v.isdigit() and luhn.is_valid(v)
    if kind == "be_niss":
        return be_nn.is_valid(v)
    if kind == "fr_nir":
        return fr_nir.is_valid(v)
    return bool(v)


# ----------------------------------------------------------------- the checks
def verify(out, specs, labels):
    errors = []
    pos = sorted(f for f in os.listdir(os.path.join(out, "positive")) if f.endswith(".eml"))
    neg = sorted(f for f in os.listdir(os.path.join(out, "negative")) if f.endswith(".eml"))
    if len(pos) != 120 or len(neg) != 180:
        errors.append(f"counts {len(pos)}/{len(neg)}")
    files = [f"positive/{f}" for f in pos] + [f"negative/{f}" for f in neg]
    with open(os.path.join(out, "labels.json"), encoding="utf-8") as fh:
        disk = json.load(fh)
    if sorted(disk) != sorted(files) or list(disk) != sorted(disk):
        errors.append("labels.json keys do not match the files or are not sorted")
    feats_by_file = {}
    for rel in files:
        lab = disk.get(rel, {})
        spec = specs[rel]
        conf = rel.startswith("positive/")
        if lab.get("confidential") is not conf:
            errors.append(f"{rel}: confidential flag")
        if lab.get("lang") not in ("fr", "en") or not lab.get("note"):
            errors.append(f"{rel}: lang/note")
        types = lab.get("types", [])
        if conf and not types:
            errors.append(f"{rel}: positive without types")
        if not conf and types:
            errors.append(f"{rel}: negative with types")
        if any(t not in G.TYPE_ORDER for t in types):
            errors.append(f"{rel}: unknown type")
        with open(os.path.join(out, rel), "rb") as fh:
            raw = fh.read()
        feats = set()
        try:
            msg = email.message_from_bytes(raw, policy=policy.default)
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if msg.get(h) is None:
                    errors.append(f"{rel}: missing {h}")
            text = message_text(msg, feats)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{rel}: parse/decode error {e!r}")
            continue
        head = raw.split(b"\n\n", 1)[0] if b"\r\n\r\n" not in raw else raw.split(b"\r\n\r\n", 1)[0]
        feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
        if re.search(rb"^Subject:[^\n]*=\?", head, re.M):
            feats.add("RFC 2047 Subject")
        if re.search(rb"^(From|To|Cc):(.|\r?\n )*?=\?", head, re.M):
            feats.add("RFC 2047 address names")
        if b"filename*" in raw:
            feats.add("RFC 2231 file names")
        if re.search(rb'filename="=\?', raw):
            feats.add("RFC 2047 file names")
        ct = msg.get_content_type()
        if ct == "text/plain":
            feats.add("text/plain only")
        elif ct == "text/html":
            feats.add("text/html only")
        if b"message/rfc822" in raw:
            feats.add("attached message/rfc822")
        feats_by_file[rel] = feats
        nt = norm_words(text)
        ct_ = compact(text)
        # NAM placement
        for p in G.NAM_HOLDERS:
            if p.nam in ct_:
                if not conf:
                    errors.append(f"{rel}: NAM in a negative")
                elif not (has_name(nt, p) and has_dob(nt, p) and has_sex(nt, p)):
                    errors.append(f"{rel}: NAM {p.nam} without full name / birth date / sex")
                elif p not in spec.nams:
                    errors.append(f"{rel}: unrecorded NAM {p.nam}")
            if not conf:
                s = norm_words(p.surname).strip()
                if has_name(nt, p) or f" {s} " in nt:
                    errors.append(f"{rel}: NAM holder surname/name in a negative ({p.surname})")
        for p in spec.nams:
            if p.nam not in ct_:
                errors.append(f"{rel}: recorded NAM missing from text")
        # identifiers
        kinds = {"ramq_nam"} if spec.nams else set()
        for kind, v in spec.ids:
            kinds.add(kind)
            if not valid(kind, v):
                errors.append(f"{rel}: invalid {kind} {v}")
            if compact(v) not in ct_:
                errors.append(f"{rel}: {kind} {v} not found in text")
        for k in ID_TYPES:
            if (k in types) != (k in kinds):
                errors.append(f"{rel}: identifier type {k} label/content mismatch")
        if conf:
            if not (set(types) & ({"patient_name"} | set(ID_TYPES))):
                errors.append(f"{rel}: positive without identifying finding")
            if not (set(types) & set(PERSONAL_TYPES)):
                errors.append(f"{rel}: positive without personal finding")
            if "patient_name" in types:
                if not any(f" {norm_words(p.surname).strip()} " in nt or f" {norm_words(p.given).strip()} " in nt
                           for p in spec.names):
                    errors.append(f"{rel}: patient name not found")
            elif spec.names:
                errors.append(f"{rel}: names recorded but patient_name not labelled")
    return errors, feats_by_file
