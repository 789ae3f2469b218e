"""Re-parse the written corpus, decode every part and check labels and identifiers."""
import email
import html
import io
import json
import os
import re
import zipfile
import zlib
from email import policy

from stdnum.ca import sin as _sin
from stdnum.be import nn as _nn
from stdnum.fr import nir as _nir

from gen_common import (FINDING_TYPES, load_nams, norm, strip_accents, ohip_valid, fmt_date,
                        PAT_SUR_FR, PAT_SUR_EN, STAFF_SUR_FR, STAFF_SUR_EN)

DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# --------------------------------------------------------------------------
# Decoders
# --------------------------------------------------------------------------
def _pdf_literals(stream):
    out, i, n = [], 0, len(stream)
    while i < n:
        if stream[i:i + 1] == b"(":
            depth, j, buf = 1, i + 1, bytearray()
            while j < n and depth:
                ch = stream[j:j + 1]
                if ch == b"\\":
                    nxt = stream[j + 1:j + 2]
                    if nxt in b"01234567" and nxt:
                        k = j + 1
                        while k < min(j + 4, n) and stream[k:k + 1] in b"01234567":
                            k += 1
                        buf.append(int(stream[j + 1:k], 8) & 0xFF)
                        j = k
                        continue
                    buf += {b"n": b"\n", b"r": b"\r", b"t": b"\t"}.get(nxt, nxt)
                    j += 2
                    continue
                if ch == b"(":
                    depth += 1
                elif ch == b")":
                    depth -= 1
                    if not depth:
                        break
                buf += ch
                j += 1
            out.append(bytes(buf).decode("cp1252", "replace"))
            i = j + 1
        else:
            i += 1
    return out


def pdf_text(data):
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
        raise ValueError("not a complete PDF")
    texts = []
    for mt in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        s = mt.group(1)
        try:
            s = zlib.decompress(s)
        except zlib.error:
            pass
        if b"Tj" in s or b"TJ" in s:
            texts += _pdf_literals(s)
    # document info (title / author)
    for mt in re.finditer(rb"/(Title|Author|Subject) (\(.*?\))", data):
        texts += _pdf_literals(mt.group(2))
    return "\n".join(texts)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.append(" | ".join(c.text for c in r.cells))
    parts.append(d.core_properties.title or "")
    return "\n".join(parts)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    wb.close()
    return "\n".join(parts)


def blob_text(name, ctype, data, feats):
    lname = (name or "").lower()
    if ctype == "application/pdf" or lname.endswith(".pdf"):
        feats.add("attachment: PDF")
        return pdf_text(data)
    if ctype == DOCX_CT or lname.endswith(".docx"):
        feats.add("attachment: DOCX")
        return docx_text(data)
    if ctype == XLSX_CT or lname.endswith(".xlsx"):
        feats.add("attachment: XLSX")
        return xlsx_text(data)
    if ctype == "application/zip" or lname.endswith(".zip"):
        feats.add("attachment: ZIP")
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip() is not None:
            raise ValueError("bad zip member")
        return "\n".join(n + "\n" + blob_text(n, "", z.read(n), feats) for n in z.namelist())
    if lname.endswith(".csv"):
        feats.add("attachment: CSV")
    if lname.endswith(".txt") or lname.endswith(".csv"):
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("cp1252")
    raise ValueError(f"unknown blob {name} {ctype}")


def strip_html(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return html.unescape(s)


def walk(msg, feats, depth=0):
    """Return all human-readable text of an EmailMessage, decoding every part."""
    texts = []
    for h in ("From", "To", "Cc", "Subject"):
        if msg[h] is not None:
            texts.append(str(msg[h]))
    for part in msg.walk():
        if part.defects:
            raise ValueError(f"part defects {part.defects}")
        ct = part.get_content_type()
        fn = part.get_filename()
        if fn:
            texts.append(fn)
        if ct == "message/rfc822":
            feats.add("attachment: message/rfc822")
            inner = part.get_content()
            if inner.defects:
                raise ValueError(f"inner message defects {inner.defects}")
            for h in ("From", "To", "Cc", "Subject", "Date"):
                if inner[h] is not None:
                    texts.append(str(inner[h]))
            continue          # msg.walk() descends into the attached message itself
        if part.is_multipart():
            if ct == "multipart/alternative":
                feats.add("multipart/alternative")
            if ct == "multipart/mixed":
                feats.add("multipart/mixed")
            continue
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        feats.add("transfer encoding: " + cte)
        if ct.startswith("text/"):
            cs = (part.get_content_charset() or "us-ascii").lower()
            feats.add("charset: " + cs)
            body = part.get_content()
            if ct == "text/html":
                body = strip_html(body)
            elif ct == "text/calendar":
                feats.add("attachment: ICS")
                body = re.sub(r"\r?\n[ \t]", "", body).replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")
            elif ct in ("text/vcard", "text/x-vcard"):
                feats.add("attachment: vCard")
                body = re.sub(r"\r?\n[ \t]", "", body).replace("\\,", ",").replace("\\n", "\n")
            elif ct == "text/csv":
                feats.add("attachment: CSV")
            texts.append(body)
            continue
        data = part.get_content()
        if not isinstance(data, (bytes, bytearray)):
            raise ValueError("non-bytes payload for " + ct)
        texts.append(blob_text(fn, ct, bytes(data), feats))
    return "\n".join(texts)


def transport_feats(raw, msg, feats):
    if b"\r\n" in raw:
        feats.add("line ends: CRLF")
    else:
        feats.add("line ends: LF")
    root = msg.get_content_type()
    if root == "text/plain":
        feats.add("single part text/plain")
    if root == "text/html":
        feats.add("single part HTML only")
    head = raw.split(b"\r\n\r\n" if b"\r\n" in raw else b"\n\n", 1)[0]
    m = re.search(rb"(?ms)^Subject:(.*?)(?=^\S)", head + b"\nX:")
    if m and b"=?" in m.group(1):
        feats.add("RFC 2047 encoded Subject")
    for h in (rb"From", rb"To", rb"Cc"):
        m = re.search(rb"(?ms)^" + h + rb":(.*?)(?=^\S)", head + b"\nX:")
        if m and b"=?" in m.group(1):
            feats.add("RFC 2047 encoded display name")
    if b"filename*=" in raw or b"filename*0" in raw:
        feats.add("RFC 2231 file name")


# --------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------
def _tokens(s):
    return re.findall(r"[a-z]+", strip_accents(s).lower())


def _has_pair(tokens, first, second):
    a, b = _tokens(first), _tokens(second)
    la, lb = len(a), len(b)
    for i in range(len(tokens) - la - lb + 1):
        if tokens[i:i + la] == a and tokens[i + la:i + la + lb] == b:
            return True
    return False


def dob_forms(d):
    forms = set()
    for lang in ("fr", "en"):
        for st in ("iso", "slash_dmy", "dash_dmy", "slash_ymd", "long", "abbr"):
            forms.add(norm(fmt_date(d, lang, st)))
    return forms


def verify(out, mails, labels):
    errors = []
    nams = load_nams()
    by_nam = {h.nam: h for h in nams}
    pos = sorted(os.listdir(os.path.join(out, "positive")))
    neg = sorted(os.listdir(os.path.join(out, "negative")))
    if len(pos) != 120 or len(neg) != 180:
        errors.append(f"counts {len(pos)}/{len(neg)}")
    files = [f"positive/{f}" for f in pos] + [f"negative/{f}" for f in neg]
    with open(os.path.join(out, "labels.json"), encoding="utf-8") as fh:
        lab = json.load(fh)
    if list(lab) != sorted(lab):
        errors.append("labels.json keys not sorted")
    if set(lab) != set(files):
        errors.append("labels do not match files")
    for i, f in enumerate(pos, 1):
        if not f.startswith(f"p{i:03d}_") or not f.endswith(".eml"):
            errors.append("bad positive name " + f)
    for i, f in enumerate(neg, 1):
        if not f.startswith(f"n{i:03d}_") or not f.endswith(".eml"):
            errors.append("bad negative name " + f)
    name_words = {norm(w) for w in PAT_SUR_FR + PAT_SUR_EN + STAFF_SUR_FR + STAFF_SUR_EN + [h.surname for h in nams]}
    feats_by_file = {}
    for rel in files:
        L = lab.get(rel, {})
        conf = rel.startswith("positive/")
        if L.get("confidential") is not conf:
            errors.append(rel + ": confidential flag")
        if L.get("lang") not in ("fr", "en"):
            errors.append(rel + ": lang")
        types = L.get("types", None)
        if conf and (not types or any(t not in FINDING_TYPES for t in types)):
            errors.append(rel + ": types")
        if not conf and types != []:
            errors.append(rel + ": negative with types")
        note = L.get("note", "")
        if not note or any(w in name_words for w in (norm(x) for x in re.findall(r"\w+", note))):
            errors.append(rel + ": note empty or contains a name")
        raw = open(os.path.join(out, rel), "rb").read()
        msg = email.message_from_bytes(raw, policy=policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                errors.append(f"{rel}: missing {h}")
        if msg.defects:
            errors.append(f"{rel}: defects {msg.defects}")
        feats = set()
        try:
            text = walk(msg, feats)
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{rel}: decode failure {exc!r}")
            continue
        transport_feats(raw, msg, feats)
        if any("\uff10" <= ch <= "\uff19" for ch in text):
            feats.add("full-width digits")
        feats_by_file[rel] = feats
        tn = norm(text)
        mail = mails[rel]
        if sorted(mail.types) != sorted(types or []):
            errors.append(f"{rel}: label types differ from generator")
        for e in mail.evidence:
            if norm(e) and norm(e) not in tn:
                errors.append(f"{rel}: evidence missing {e!r}")
        for t, v in mail.ids:
            if t not in (types or []):
                errors.append(f"{rel}: id type {t} not labelled")
            ok = {"ca_sin": _sin.is_valid, "be_niss": _nn.is_valid, "fr_nir": _nir.is_valid,
                  "ca_health_number": ohip_valid, "ramq_nam": lambda x: x in by_nam,
                  "mrn": lambda x: x.isdigit()}[t](v)
            if not ok:
                errors.append(f"{rel}: invalid {t}")
        toks = _tokens(text)
        for h in nams:
            present = norm(h.nam) in tn
            if not conf:
                if present:
                    errors.append(f"{rel}: NAM in a negative")
                if (_has_pair(toks, h.given, h.surname) or _has_pair(toks, h.surname, h.given)):
                    errors.append(f"{rel}: NAM holder name in a negative")
            elif present:
                if h.nam not in mail.nams:
                    errors.append(f"{rel}: unexpected NAM")
                if norm(h.surname) not in tn or norm(h.given) not in tn:
                    errors.append(f"{rel}: NAM without holder name")
                if not any(f in tn for f in dob_forms(h.dob)):
                    errors.append(f"{rel}: NAM without birth date")
                if not {"ramq_nam", "patient_name", "date_of_birth"} <= set(types):
                    errors.append(f"{rel}: NAM types incomplete")
        for n in mail.nams:
            if norm(n) not in tn:
                errors.append(f"{rel}: recorded NAM not found")
    return errors, feats_by_file
