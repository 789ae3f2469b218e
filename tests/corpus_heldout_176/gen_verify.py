"""Re-parse every written message, decode every part (PDF, DOCX, XLSX, ZIP, nested .eml), check labels,
NAM placement, identifier validity and NAM-holder names; collect transport features."""
import base64
import email
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib
from email import policy

from docx import Document
from openpyxl import load_workbook
from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

import gen_common as C

ALLOWED = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
           "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]


class CheckError(Exception):
    pass


# ---------------------------------------------------------------- decoders
def _pdf_strings(content):
    out, i, n = [], 0, len(content)
    while i < n:
        if content[i:i + 1] == b"(":
            depth, j, buf = 1, i + 1, bytearray()
            while j < n and depth:
                c = content[j:j + 1]
                if c == b"\\":
                    nx = content[j + 1:j + 2]
                    if nx in b"01234567" and nx:
                        m = re.match(rb"[0-7]{1,3}", content[j + 1:j + 4])
                        buf.append(int(m.group(0), 8))
                        j += 1 + len(m.group(0))
                        continue
                    buf += {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}.get(nx, nx)
                    j += 2
                    continue
                if c == b"(":
                    depth += 1
                elif c == b")":
                    depth -= 1
                    if depth == 0:
                        break
                buf += c
                j += 1
            out.append(bytes(buf).decode("cp1252", "replace"))
            i = j + 1
        else:
            i += 1
    return out


def pdf_text(data):
    if not data.startswith(b"%PDF-"):
        raise CheckError("not a PDF")
    texts = []
    for m in re.finditer(rb"/Filter\s*\[?([^\]>]*?)\]?\s*/Length\s+(\d+)\s*>>\s*stream\r?\n", data):
        filters = m.group(1).split()
        blob = data[m.end():m.end() + int(m.group(2))]
        for f in filters:
            if f == b"/ASCII85Decode":
                blob = base64.a85decode(blob.strip().rstrip(b"~>").rstrip(b"~") if blob.strip().endswith(b"~>") else blob)
            elif f == b"/FlateDecode":
                blob = zlib.decompress(blob)
        if b"BT" in blob:
            texts.extend(_pdf_strings(blob))
    if not texts:
        raise CheckError("PDF without text")
    return "\n".join(texts)


def docx_text(data):
    d = Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append("\t".join(c.text for c in row.cells))
    return "\n".join(parts)


def xlsx_text(data):
    wb = load_workbook(io.BytesIO(data), read_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append("\t".join("" if v is None else str(v) for v in row))
    wb.close()
    return "\n".join(parts)


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
        return "\n".join(message_text(email.message_from_bytes(data, policy=policy.default), feats))
    return data.decode("utf-8")


def zip_text(data, feats):
    feats.add("ZIP attachment")
    z = zipfile.ZipFile(io.BytesIO(data))
    if z.testzip() is not None:
        raise CheckError("bad zip member")
    return "\n".join(n + "\n" + by_name(n, z.read(n), feats) for n in z.namelist())


def message_text(msg, feats, top=False):
    """All decoded text of a message (headers, parts, attachment names and contents)."""
    if msg.defects:
        raise CheckError("defects: %r" % msg.defects)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            raise CheckError("missing header " + h)
    out = [str(msg["Subject"]), str(msg["From"]), str(msg["To"]), str(msg.get("Cc", ""))]
    ctype = msg.get_content_type()
    if top:
        if ctype == "text/plain":
            feats.add("text/plain only")
        elif ctype == "text/html":
            feats.add("text/html only")
    for part in msg.walk():
        if part.defects:
            raise CheckError("part defects: %r" % part.defects)
        ct = part.get_content_type()
        if ct.startswith("multipart/"):
            feats.add(ct)
            continue
        cs = part.get_content_charset()
        if cs and ct.startswith("text/"):
            feats.add("charset " + cs)
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        feats.add("CTE " + cte)
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if ct == "message/rfc822":
            feats.add("message/rfc822 attachment")
            inner = part.get_content()
            out.append("\n".join(message_text(inner, feats)))
            continue
        if part.get_content_maintype() == "message":
            continue
        content = part.get_content()
        if isinstance(content, str):
            if ct in ("text/calendar", "text/vcard"):
                feats.add("ICS attachment" if ct == "text/calendar" else "vCard attachment")
                content = re.sub(r"\r?\n[ \t]", "", content)
                content = content.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")
            elif ct == "text/csv":
                feats.add("CSV attachment")
            out.append(content)
        else:
            out.append(by_name(fn or ("x." + ct.split("/")[-1]), content, feats))
    return out


def raw_features(raw, feats):
    feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    head = raw.split(b"\r\n\r\n" if b"\r\n" in raw else b"\n\n", 1)[0].decode("ascii")
    head = re.sub(r"\r?\n[ \t]+", " ", head)
    for line in head.splitlines():
        k = line.split(":", 1)[0].lower()
        if k == "subject" and "=?" in line:
            feats.add("RFC 2047 Subject")
        if k in ("from", "to", "cc") and "=?" in line:
            feats.add("RFC 2047 display name")
    if re.search(rb"filename\*=", raw):
        feats.add("RFC 2231 file name")


# ---------------------------------------------------------------- checks
def flat(s):
    return C.fold(unicodedata.normalize("NFKC", s))


def words(s):
    return " " + re.sub(r"[^a-z0-9]+", " ", flat(s)) + " "


SEX_RE = re.compile(r"\bsexe?\b\s*[:=]?\s*([FM])\b", re.I)


def check_all(outdir, labels, records):
    errors = []
    feats_by_file = {}
    pos = sorted(f for f in os.listdir(os.path.join(outdir, "positive")) if f.endswith(".eml"))
    neg = sorted(f for f in os.listdir(os.path.join(outdir, "negative")) if f.endswith(".eml"))
    if len(pos) != 120 or len(neg) != 180:
        errors.append("counts %d/%d" % (len(pos), len(neg)))
    files = ["positive/" + f for f in pos] + ["negative/" + f for f in neg]
    if sorted(labels) != sorted(files) or list(labels) != sorted(labels):
        errors.append("labels do not match files or are not sorted")
    holders = C.NAM_HOLDERS
    nam_set = {h.nam: h for h in holders}
    name_words = [n for n in C.HOLDER_SURNAMES]
    for rel in files:
        lab = labels.get(rel, {})
        rec = records.get(rel, {"ids": []})
        isneg = rel.startswith("negative/")
        try:
            raw = open(os.path.join(outdir, rel), "rb").read()
            feats = set()
            raw_features(raw, feats)
            msg = email.message_from_bytes(raw, policy=policy.default)
            text = "\n".join(message_text(msg, feats, top=True))
            feats_by_file[rel] = feats
        except Exception as e:  # noqa: BLE001
            errors.append("%s: parse/decode failed: %s" % (rel, e))
            continue
        if lab.get("confidential") != (not isneg):
            errors.append("%s: confidential flag" % rel)
        types = lab.get("types")
        if isneg and types != []:
            errors.append("%s: negative with types" % rel)
        if not isneg and (not types or any(t not in ALLOWED for t in types)):
            errors.append("%s: bad types %r" % (rel, types))
        if lab.get("lang") not in ("fr", "en") or not lab.get("note"):
            errors.append("%s: lang/note" % rel)
        nwords = words(lab.get("note", ""))
        for sur in name_words + [C.fold(s) for s in C.FR_SURNAMES + C.EN_SURNAMES]:
            if " %s " % re.sub(r"[^a-z0-9]+", " ", sur).strip() in nwords:
                errors.append("%s: note contains a name" % rel)
        norm = C.norm_id(text)
        w = words(text)
        # NAM placement
        found = [nam for nam in nam_set if nam in norm]
        for nam in found:
            h = nam_set[nam]
            if isneg:
                errors.append("%s: NAM in a negative" % rel)
                continue
            if "ramq_nam" not in types:
                errors.append("%s: NAM not labelled" % rel)
            if " %s " % C.fold(h.surname) not in w or " %s " % C.fold(h.given) not in w:
                errors.append("%s: NAM %s without holder's name" % (rel, nam))
            if not any(flat(v) in flat(text) for v in C.dob_variants(h.dob)):
                errors.append("%s: NAM %s without birth date" % (rel, nam))
            if h.sex not in [m.group(1).upper() for m in SEX_RE.finditer(text)]:
                errors.append("%s: NAM %s without sex" % (rel, nam))
        if not isneg and "ramq_nam" in types and not found:
            errors.append("%s: ramq_nam labelled but no NAM found" % rel)
        # other identifiers
        kinds = set()
        for kind, val in rec["ids"]:
            kinds.add(kind)
            if isneg:
                errors.append("%s: identifier recorded in negative" % rel)
            v = C.norm_id(val)
            if v not in norm:
                errors.append("%s: %s %s not found in decoded text" % (rel, kind, val))
            ok = {"ca_sin": lambda x: ca_sin.is_valid(x), "ca_health_number": lambda x: len(x) == 10 and luhn.is_valid(x),
                  "be_niss": lambda x: be_nn.is_valid(x), "fr_nir": lambda x: fr_nir.is_valid(x),
                  "ramq_nam": lambda x: x in nam_set, "mrn": lambda x: True}[kind](v)
            if not ok:
                errors.append("%s: invalid %s %s" % (rel, kind, val))
            if kind not in types:
                errors.append("%s: %s present but not labelled" % (rel, kind))
        for k in ("ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"):
            if types and k in types and k not in kinds:
                errors.append("%s: %s labelled but not recorded" % (rel, k))
        # no NAM holder's name in a negative
        if isneg:
            for h in holders:
                g, s = C.fold(h.given), C.fold(h.surname)
                if " %s %s " % (g, s) in w or " %s %s " % (s, g) in w:
                    errors.append("%s: NAM holder name %s %s in a negative" % (rel, h.given, h.surname))
    if errors:
        raise CheckError("\n".join(errors[:60]) + ("\n... %d errors" % len(errors) if len(errors) > 60 else ""))
    return feats_by_file
