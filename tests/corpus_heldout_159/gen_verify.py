"""Re-parse every written message, decode every part and check labels, NAM placement and identifiers."""
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

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

import gen_common as C

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn", "diagnosis",
         "medication", "lab_result", "patient_contact", "social_information"]
ID_TYPE = {"nam": "ramq_nam", "sin": "ca_sin", "ohn": "ca_health_number", "niss": "be_niss", "nir": "fr_nir", "mrn": "mrn"}


# --------------------------------------------------------------------------
# decoding
# --------------------------------------------------------------------------
def _pdf_literals(data):
    out = []
    i, n = 0, len(data)
    while i < n:
        if data[i:i + 1] == b"(":
            depth, j, buf = 1, i + 1, bytearray()
            while j < n and depth:
                ch = data[j:j + 1]
                if ch == b"\\":
                    nx = data[j + 1:j + 2]
                    if nx in b"nrtbf":
                        buf += {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}[nx]
                        j += 2
                    elif nx.isdigit():
                        k = j + 1
                        while k < j + 4 and data[k:k + 1].isdigit():
                            k += 1
                        buf.append(int(data[j + 1:k], 8) & 0xFF)
                        j = k
                    else:
                        buf += nx
                        j += 2
                    continue
                if ch == b"(":
                    depth += 1
                elif ch == b")":
                    depth -= 1
                    if depth == 0:
                        break
                buf += ch
                j += 1
            out.append(bytes(buf).decode("cp1252", "replace"))
            i = j + 1
        else:
            i += 1
    return out


def pdf_text(data):
    if not data.startswith(b"%PDF"):
        raise ValueError("not a PDF")
    parts = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        d, s = m.group(1), m.group(2)
        if b"ASCII85Decode" in d:
            s = s.strip()
            if s.endswith(b"~>"):
                s = s[:-2]
            s = base64.a85decode(s)
        if b"FlateDecode" in d:
            s = zlib.decompress(s)
        parts.extend(_pdf_literals(s))
    head = re.sub(rb"stream\r?\n.*?endstream", b"", data, flags=re.S)
    parts.extend(_pdf_literals(head))
    if not parts:
        raise ValueError("empty PDF")
    return "\n".join(parts)


def xml_text(blob):
    return re.sub(r"<[^>]+>", " ", blob.decode("utf-8"))


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    txt = xml_text(z.read("word/document.xml"))
    if "docProps/core.xml" in z.namelist():
        txt += "\n" + xml_text(z.read("docProps/core.xml"))
    return txt


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def blob_text(name, data, feats, depth=0):
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
        out = []
        for info in z.infolist():
            out.append(info.filename)
            out.append(blob_text(info.filename, z.read(info.filename), feats, depth + 1))
        return "\n".join(out)
    if low.endswith(".eml"):
        m = email.message_from_bytes(data, policy=email.policy.default)
        return msg_text(m, feats, depth + 1)
    return data.decode("utf-8")


def msg_text(msg, feats, depth=0):
    out = []
    for h in ("From", "To", "Cc", "Subject"):
        if msg[h] is not None:
            out.append(str(msg[h]))
    _walk(msg, feats, out, depth)
    return "\n".join(out)


def _walk(part, feats, out, depth):
    ct = part.get_content_type()
    cs = part.get_param("charset")
    if cs:
        feats.add("charset %s" % cs.lower())
    cte = (part.get("Content-Transfer-Encoding") or "").lower()
    if cte:
        feats.add("CTE %s" % cte)
    fn = part.get_filename()
    if fn:
        out.append(fn)
    if ct == "message/rfc822":
        feats.add("attached message/rfc822")
        out.append(msg_text(part.get_content(), feats, depth + 1))
        return
    if part.is_multipart():
        if ct in ("multipart/alternative", "multipart/mixed"):
            feats.add(ct)
        for sub in part.iter_parts():
            _walk(sub, feats, out, depth)
        return
    if ct == "text/calendar":
        feats.add("ICS attachment")
    elif ct in ("text/vcard", "text/x-vcard"):
        feats.add("vCard attachment")
    elif ct == "text/csv":
        feats.add("CSV attachment")
    if ct.startswith("text/"):
        out.append(part.get_content())
    else:
        out.append(blob_text(fn or "", part.get_content(), feats, depth + 1))


def fold(s):
    s = unicodedata.normalize("NFKC", s)
    s = "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")
    return re.sub(r"\s+", " ", s).lower()


# --------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------
def raw_features(raw, msg, feats):
    feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    head = raw.split(b"\r\n\r\n" if b"\r\n" in raw else b"\n\n", 1)[0]
    for line in re.split(rb"\r?\n(?![ \t])", head):
        if line.lower().startswith(b"subject:") and b"=?" in line:
            feats.add("RFC 2047 Subject")
        if re.match(rb"(?i)(from|to|cc):", line) and b"=?" in line:
            feats.add("RFC 2047 display name")
        if line.lower().startswith(b"in-reply-to:"):
            feats.add("reply (In-Reply-To)")
    if re.search(rb"(?i)filename\*(0\*?)?=", raw) or re.search(rb"(?i)filename\*0\*=", raw):
        feats.add("RFC 2231 file name")
    if re.search(rb"(?i)name=\"=\?", raw):
        feats.add("RFC 2047 parameter (name=)")
    root = msg.get_content_type()
    if root == "text/plain":
        feats.add("text/plain only")
    elif root == "text/html":
        feats.add("text/html only")


def verify(out, labels, results, holders):
    errors = []
    feat_count = {}
    pos = sorted(os.listdir(os.path.join(out, "positive")))
    neg = sorted(os.listdir(os.path.join(out, "negative")))
    if len(pos) != 120 or len(neg) != 180:
        errors.append("counts %d/%d" % (len(pos), len(neg)))
    files = ["positive/" + f for f in pos] + ["negative/" + f for f in neg]
    if sorted(files) != sorted(labels):
        errors.append("labels do not match files")
    with open(os.path.join(out, "labels.json"), encoding="utf-8") as fh:
        on_disk = json.load(fh)
    if on_disk != labels or list(on_disk) != sorted(on_disk):
        errors.append("labels.json differs or is unsorted")
    holder_names = [(fold(h.given), fold(h.surname)) for h in holders]
    holder_nams = {h.nam: h for h in holders}
    nam_re = re.compile(r"[A-Z]{4}\s?[\s./-]?\d{4}[\s./-]?\d{4}")
    patient_names = set()
    for rel, r in results.items():
        for g, s in r.facts["names"]:
            patient_names.add((fold(g), fold(s)))
    staff_surnames = set(fold(t[3]) for t in C.STAFF.values())
    for rel in files:
        lab = labels.get(rel, {})
        r = results[rel]
        path = os.path.join(out, rel)
        raw = open(path, "rb").read()
        feats = set()
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if msg[h] is None:
                    errors.append("%s: missing %s" % (rel, h))
            text = msg_text(msg, feats)
            raw_features(raw, msg, feats)
        except Exception as e:  # noqa
            errors.append("%s: parse/decode error %r" % (rel, e))
            continue
        if re.search(r"[\uff10-\uff19]", text):
            feats.add("full-width digits")
        for f in feats:
            feat_count[f] = feat_count.get(f, 0) + 1
        ftext = fold(text)
        ntext = C.norm_id(text)
        positive = rel.startswith("positive/")
        if lab.get("confidential") is not positive:
            errors.append("%s: confidential flag" % rel)
        if lab.get("lang") not in ("fr", "en"):
            errors.append("%s: lang" % rel)
        if not lab.get("note"):
            errors.append("%s: empty note" % rel)
        for t in lab.get("types", []):
            if t not in TYPES:
                errors.append("%s: unknown type %s" % (rel, t))
        fnote = fold(lab.get("note", ""))
        for g, s in patient_names | set(holder_names):
            if re.search(r"\b%s\b" % re.escape(s), fnote) and (len(s) > 3):
                errors.append("%s: note mentions a surname" % rel)
        if positive:
            if not lab.get("types"):
                errors.append("%s: positive without types" % rel)
            for key, typ in ID_TYPE.items():
                has = bool(r.facts[key])
                if has != (typ in lab["types"]):
                    errors.append("%s: %s facts/types mismatch" % (rel, key))
            atext = re.sub(r"[^0-9a-z]", "", ftext)
            for g, s in r.facts["names"]:
                if re.sub(r"[^0-9a-z]", "", fold(s)) not in atext:
                    errors.append("%s: surname %s not found" % (rel, s))
            for v in r.facts["contact"]:
                if re.sub(r"[^0-9a-z]", "", fold(v)) not in atext:
                    errors.append("%s: contact %s not found" % (rel, v))
            if bool(r.facts["contact"]) != ("patient_contact" in lab["types"]):
                errors.append("%s: contact facts/types mismatch" % rel)
            for nam, g, s, dob, sex in r.facts["nam"]:
                h = holder_nams.get(nam)
                if h is None or (h.given, h.surname, h.dob.isoformat(), h.sex) != (g, s, dob, sex):
                    errors.append("%s: NAM not matching its holder" % rel)
                if nam not in ntext:
                    errors.append("%s: NAM not found in text" % rel)
                if fold(s) not in ftext or fold(g) not in ftext:
                    errors.append("%s: NAM holder name missing" % rel)
            for iso, shown in r.facts["dobs"]:
                if fold(shown) not in ftext:
                    errors.append("%s: DOB %s not found" % (rel, shown))
            for v in r.facts["sin"]:
                if not ca_sin.is_valid(v) or v not in ntext:
                    errors.append("%s: SIN invalid or missing" % rel)
            for v in r.facts["ohn"]:
                if not C.ohn_valid(v) or v not in ntext:
                    errors.append("%s: OHN invalid or missing" % rel)
            for v in r.facts["niss"]:
                if not be_nn.is_valid(v) or v not in ntext:
                    errors.append("%s: NISS invalid or missing" % rel)
            for v in r.facts["nir"]:
                if not fr_nir.is_valid(v) or v not in ntext:
                    errors.append("%s: NIR invalid or missing" % rel)
            for v in r.facts["mrn"]:
                if C.norm_id(v) not in ntext and C.norm_id(v).replace("LM", "") not in ntext:
                    errors.append("%s: MRN missing" % rel)
            # every NAM-shaped token must be a listed NAM recorded for this message
            recorded = set(x[0] for x in r.facts["nam"])
            for m in nam_re.finditer(unicodedata.normalize("NFKC", text).upper()):
                tok = C.norm_id(m.group(0))
                if tok in holder_nams and tok not in recorded:
                    errors.append("%s: unrecorded NAM %s" % (rel, tok))
        else:
            if lab.get("types"):
                errors.append("%s: negative with types" % rel)
            for g, s in holder_names:
                if re.search(r"\b%s\s+%s\b|\b%s,?\s+%s\b" % (re.escape(g), re.escape(s), re.escape(s), re.escape(g)), ftext):
                    errors.append("%s: NAM holder name in a negative" % rel)
            for nam in holder_nams:
                if nam in ntext:
                    errors.append("%s: NAM in a negative" % rel)
            for g, s in patient_names:
                if s in staff_surnames:
                    continue
                if re.search(r"\b%s\s+%s\b|\b%s,?\s+%s\b" % (re.escape(g), re.escape(s), re.escape(s), re.escape(g)), ftext):
                    errors.append("%s: a patient's name appears in a negative" % rel)
            if any(r.facts[k] for k in r.facts):
                errors.append("%s: negative recorded identifying facts" % rel)
    return errors, feat_count
