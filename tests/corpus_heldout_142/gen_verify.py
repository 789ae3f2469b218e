"""Re-parse everything written, decode every part, check labels and identifiers."""
import base64
import email
import email.policy
import html as htmlmod
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib

from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_common import TYPES, dob_variants, fold, ohip_valid

# --------------------------------------------------------------------------
# decoding
# --------------------------------------------------------------------------


def _pdf_unescape(s):
    out = bytearray()
    i = 0
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
    if not data.startswith(b"%PDF"):
        raise ValueError("not a PDF")
    texts = []
    for m in re.finditer(rb"obj\s*<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        d, raw = m.group(1), m.group(2).strip()
        filters = re.findall(rb"/(ASCII85Decode|FlateDecode)", d)
        for f in filters:
            if f == b"ASCII85Decode":
                raw = raw.strip()
                if raw.startswith(b"<~"):
                    raw = raw[2:]
                if raw.endswith(b"~>"):
                    raw = raw[:-2]
                raw = base64.a85decode(raw)
            elif f == b"FlateDecode":
                raw = zlib.decompress(raw)
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw, re.S):
            texts.append(_pdf_unescape(s.group(1)).decode("cp1252", "replace"))
    meta = re.findall(rb"/Title \(((?:\\.|[^\\)])*)\)", data)
    texts += [_pdf_unescape(x).decode("cp1252", "replace") for x in meta]
    return "\n".join(texts)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out.append(" | ".join(c.text for c in row.cells))
    return "\n".join(out)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in row))
    wb.close()
    return "\n".join(out)


def ical_text(s):
    s = s.replace("\r\n ", "").replace("\n ", "")
    return s + "\n" + s.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def html_text(s):
    t = re.sub(r"<br\s*/?>", "\n", s)
    t = re.sub(r"<[^>]+>", " ", t)
    return htmlmod.unescape(t)


def by_name(name, data, out, feats, depth):
    low = name.lower()
    if low.endswith(".pdf"):
        out.append(pdf_text(data))
        feats.add("PDF")
    elif low.endswith(".docx"):
        out.append(docx_text(data))
        feats.add("DOCX")
    elif low.endswith(".xlsx"):
        out.append(xlsx_text(data))
        feats.add("XLSX")
    elif low.endswith(".zip"):
        out.append(zip_text(data, feats, depth + 1))
        feats.add("ZIP")
    elif low.endswith(".eml"):
        out.append(message_text(email.message_from_bytes(data, policy=email.policy.default), feats, depth + 1))
    elif low.endswith((".csv", ".txt")):
        out.append(data.decode("utf-8"))
        if low.endswith(".csv"):
            feats.add("CSV")
    else:
        raise ValueError("unknown member type " + name)


def zip_text(data, feats, depth):
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for info in z.infolist():
            out.append(info.filename)
            by_name(info.filename, z.read(info.filename), out, feats, depth)
    return "\n".join(out)


def message_text(msg, feats, depth=0):
    if depth > 4:
        raise ValueError("nesting too deep")
    out = []
    for h in ("From", "To", "Cc", "Subject"):
        if msg[h] is not None:
            out.append(str(msg[h]))
    for part in msg.walk():
        ct = part.get_content_type()
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if part.is_multipart():
            if ct == "message/rfc822":
                feats.add("attached .eml (message/rfc822)")
                inner = part.get_payload()[0]
                for h in ("From", "To", "Cc", "Subject"):
                    if inner[h] is not None:
                        out.append(str(inner[h]))
            continue
        cs = part.get_content_charset()
        if cs:
            feats.add("charset " + cs)
        cte = part.get("Content-Transfer-Encoding")
        if cte:
            feats.add("CTE " + cte.lower())
        if part.get_content_maintype() == "text":
            txt = part.get_content()
            if ct == "text/html":
                out.append(html_text(txt))
            elif ct in ("text/calendar", "text/vcard", "text/x-vcard"):
                out.append(ical_text(txt))
                feats.add("ICS" if ct == "text/calendar" else "vCard")
            else:
                out.append(txt)
                if ct == "text/csv":
                    feats.add("CSV")
            continue
        data = part.get_payload(decode=True)
        if ct == "application/pdf":
            out.append(pdf_text(data))
            feats.add("PDF")
        elif ct.endswith("wordprocessingml.document"):
            out.append(docx_text(data))
            feats.add("DOCX")
        elif ct.endswith("spreadsheetml.sheet"):
            out.append(xlsx_text(data))
            feats.add("XLSX")
        elif ct == "application/zip":
            out.append(zip_text(data, feats, depth))
            feats.add("ZIP")
        else:
            raise ValueError("undecoded part " + ct)
    return "\n".join(out)


def features(raw, msg):
    f = set()
    f.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    head = raw.split(b"\r\n\r\n" if b"\r\n" in raw else b"\n\n", 1)[0]
    sub = re.search(rb"^Subject:(.*(?:\r?\n[ \t].*)*)", head, re.M | re.I)
    if sub and b"=?" in sub.group(1):
        f.add("RFC 2047 Subject")
    for h in (b"From", b"To", b"Cc"):
        mm = re.search(rb"^" + h + rb":(.*(?:\r?\n[ \t].*)*)", head, re.M)
        if mm and b"=?" in mm.group(1):
            f.add("RFC 2047 display name")
    if re.search(rb"filename\*(0\*)?=", raw):
        f.add("RFC 2231 file name")
    top = msg.get_content_type()
    if top == "text/plain":
        f.add("text/plain only")
    elif top == "text/html":
        f.add("text/html only")
    for part in msg.walk():
        if part.get_content_type() == "multipart/alternative":
            f.add("multipart/alternative")
        if part.get_content_type() == "multipart/mixed":
            f.add("multipart/mixed")
    return f


# --------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------


def norm_text(s):
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", s).lower()


def alnum(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[^0-9A-Za-z]", "", fold(s)).upper()


def words(s):
    s = fold(unicodedata.normalize("NFKC", s)).lower()
    return " " + re.sub(r"[^a-z0-9]+", " ", s) + " "


VALID = {"ca_sin": ca_sin.is_valid, "ca_health_number": ohip_valid, "be_niss": be_nn.is_valid, "fr_nir": fr_nir.is_valid}


def verify(out_dir, records, holders):
    errors = []
    feats_by_file = {}
    with open(os.path.join(out_dir, "labels.json"), "rb") as fh:
        labels = json.loads(fh.read().decode("utf-8"))
    keys = list(labels)
    if keys != sorted(keys):
        errors.append("labels.json keys not sorted")
    pos = sorted(x for x in os.listdir(os.path.join(out_dir, "positive")) if x.endswith(".eml"))
    neg = sorted(x for x in os.listdir(os.path.join(out_dir, "negative")) if x.endswith(".eml"))
    if len(pos) != 120 or len(neg) != 180:
        errors.append("counts %d/%d" % (len(pos), len(neg)))
    for i, f in enumerate(pos, 1):
        if not f.startswith("p%03d_" % i):
            errors.append("bad positive name " + f)
    for i, f in enumerate(neg, 1):
        if not f.startswith("n%03d_" % i):
            errors.append("bad negative name " + f)
    files = ["positive/" + f for f in pos] + ["negative/" + f for f in neg]
    if set(files) != set(labels):
        errors.append("labels do not match files")
    nam_index = {h.nam: h for h in holders}
    for rel in files:
        lab = labels.get(rel, {})
        is_pos = rel.startswith("positive/")
        if lab.get("confidential") is not is_pos:
            errors.append(rel + ": confidential flag")
        if lab.get("lang") not in ("fr", "en"):
            errors.append(rel + ": lang")
        if not lab.get("note"):
            errors.append(rel + ": note")
        types = lab.get("types", None)
        if is_pos and (not types or any(t not in TYPES for t in types)):
            errors.append(rel + ": positive types")
        if not is_pos and types != []:
            errors.append(rel + ": negative types")
        with open(os.path.join(out_dir, rel), "rb") as fh:
            raw = fh.read()
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if msg[h] is None or not str(msg[h]).strip():
                    errors.append(rel + ": missing " + h)
            feats = set()
            text = message_text(msg, feats)
            feats |= features(raw, msg)
            for part in msg.walk():
                if part.defects:
                    errors.append(rel + ": defects %r" % part.defects)
        except Exception as exc:  # noqa
            errors.append(rel + ": decode failure %r" % exc)
            continue
        feats_by_file[rel] = feats
        nt = norm_text(text)
        at = alnum(text)
        wt = words(text)
        found_nams = [n for n in nam_index if n in at]
        rec = records.get(rel)
        if is_pos:
            for nd in rec["needles"]:
                if norm_text(nd) not in nt:
                    errors.append(rel + ": needle missing %r" % nd)
            for typ, val in rec["ids"]:
                if alnum(val) not in at:
                    errors.append(rel + ": identifier not found %s" % typ)
                if typ in VALID and not VALID[typ](val):
                    errors.append(rel + ": invalid %s" % typ)
                if typ == "ramq_nam" and val not in nam_index:
                    errors.append(rel + ": NAM not from list")
                if typ not in types:
                    errors.append(rel + ": type %s not labelled" % typ)
            for n in found_nams:
                h = nam_index[n]
                if "ramq_nam" not in types:
                    errors.append(rel + ": NAM present but not labelled")
                if (" %s " % words(h.given).strip() not in wt) or (" %s " % words(h.surname).strip() not in wt):
                    errors.append(rel + ": NAM holder name missing")
                if not any(norm_text(v) in nt for v in dob_variants(h.dob)):
                    errors.append(rel + ": NAM holder birth date missing")
            if set(rec["types"]) != set(types):
                errors.append(rel + ": label types differ from record")
        else:
            if found_nams:
                errors.append(rel + ": NAM in a negative")
            for h in holders:
                g, s = words(h.given).strip(), words(h.surname).strip()
                if (" %s %s " % (g, s)) in wt or (" %s %s " % (s, g)) in wt:
                    errors.append(rel + ": NAM holder name in a negative")
                if (" %s " % s) in wt:
                    errors.append(rel + ": NAM holder surname in a negative (%s)" % s)
    return errors, feats_by_file
