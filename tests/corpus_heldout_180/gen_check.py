"""Re-parse the written corpus, decode every part, and check labels, identifiers and NAM placement."""
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib
import base64
from email import policy
from email.parser import BytesParser

from stdnum import luhn
from stdnum.ca import sin as _sin
from stdnum.be import nn as _nn
from stdnum.fr import nir as _nir

from gen_kit import TYPES
from gen_people import HOLDERS
from gen_util import fold

NAM_RE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{4})[ .\-/]?(\d{4})[ .\-/]?(\d{4})(?![0-9])")


# ------------------------------------------------------------------ decoders
def pdf_text(data):
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:], "not a PDF"
    out = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        head, body = m.group(1), m.group(2)
        if b"/ASCII85Decode" in head:
            body = body.strip()
            if body.endswith(b"~>"):
                body = body[:-2]
            if body.startswith(b"<~"):
                body = body[2:]
            body = base64.a85decode(body)
        if b"/FlateDecode" in head:
            body = zlib.decompress(body)
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", body):
            out.append(_pdf_unescape(s.group(1)))
    assert out, "PDF without text"
    return "\n".join(out)


def _pdf_unescape(b):
    res = bytearray()
    i = 0
    while i < len(b):
        ch = b[i]
        if ch == 0x5C and i + 1 < len(b):
            nx = b[i + 1]
            if 0x30 <= nx <= 0x37:
                j = i + 1
                while j < len(b) and j < i + 4 and 0x30 <= b[j] <= 0x37:
                    j += 1
                res.append(int(b[i + 1:j], 8))
                i = j
                continue
            res.append({ord("n"): 10, ord("r"): 13, ord("t"): 9}.get(nx, nx))
            i += 2
            continue
        res.append(ch)
        i += 1
    return bytes(res).decode("cp1252", errors="replace")


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    xml = z.read("word/document.xml").decode("utf-8")
    xml = re.sub(r"</w:p>", "\n", xml)
    xml = re.sub(r"</w:tc>", " | ", xml)
    txt = re.sub(r"<[^>]+>", "", xml)
    import html
    return html.unescape(txt)


def xlsx_text(data):
    from openpyxl import load_workbook
    wb = load_workbook(io.BytesIO(data), read_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in row))
    wb.close()
    return "\n".join(out)


def unfold_ics(t):
    t = t.replace("\r\n", "\n").replace("\n ", "").replace("\n\t", "")
    return t.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def bytes_text(name, data, feats):
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
        parts = []
        for info in z.infolist():
            parts.append(info.filename)
            parts.append(bytes_text(info.filename, z.read(info.filename), feats))
        return "\n".join(parts)
    if low.endswith((".csv", ".txt")):
        if low.endswith(".csv"):
            feats.add("CSV attachment")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("cp1252")
    raise AssertionError("unknown attachment type: " + name)


def walk(part, texts, feats, depth=0):
    ctype = part.get_content_type()
    if ctype.startswith("multipart/"):
        feats.add(ctype)
        for sub in part.iter_parts():
            walk(sub, texts, feats, depth)
        return
    cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
    feats.add("CTE " + cte)
    fn = part.get_filename()
    if fn:
        texts.append(fn)
        if any(ord(ch) > 127 for ch in fn):
            feats.add("non-ASCII file name")
    if ctype == "message/rfc822":
        feats.add("attached message/rfc822")
        inner = part.get_content()
        for h in ("From", "To", "Subject", "Date"):
            if inner[h]:
                texts.append(str(inner[h]))
        walk(inner, texts, feats, depth + 1)
        return
    if ctype.startswith("text/"):
        cs = part.get_content_charset() or "us-ascii"
        feats.add("charset " + cs)
        txt = part.get_content()
        if ctype == "text/html":
            if not fn:
                feats.add("HTML body")
            import html
            txt = html.unescape(re.sub(r"<[^>]+>", " ", txt))
        elif ctype == "text/calendar":
            feats.add("ICS attachment")
            txt = unfold_ics(txt)
        elif ctype in ("text/vcard", "text/x-vcard"):
            feats.add("vCard attachment")
            txt = unfold_ics(txt)
        elif ctype == "text/csv":
            feats.add("CSV attachment")
        texts.append(txt)
        return
    data = part.get_content()
    assert isinstance(data, bytes)
    texts.append(bytes_text(fn or "", data, feats))


def decode_file(path):
    raw = open(path, "rb").read()
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[h], "missing header %s" % h
    feats = set()
    texts = [str(msg["Subject"]), str(msg["From"]), str(msg["To"]), str(msg["Cc"] or "")]
    walk(msg, texts, feats)
    if not msg.is_multipart():
        feats.add("single-part " + msg.get_content_type())
    if b"\r\n" in raw:
        feats.add("CRLF line ends")
    else:
        feats.add("LF line ends")
    head = raw.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    unfolded = re.sub(rb"\r?\n[ \t]+", b" ", head)
    for line in unfolded.split(b"\n"):
        name = line.split(b":", 1)[0].lower()
        if name == b"subject" and b"=?" in line:
            feats.add("RFC 2047 Subject")
        if name in (b"from", b"to", b"cc") and b"=?" in line:
            feats.add("RFC 2047 display name")
    if b"filename*" in raw:
        feats.add("RFC 2231 file name")
    if msg["In-Reply-To"]:
        feats.add("reply headers")
    full = "\n".join(texts)
    if re.search("[\uff10-\uff19]", full):
        feats.add("full-width digits")
    if re.search(r"^>", full, re.M):
        feats.add("quoted reply text")
    if re.search(r"(Message transféré|Forwarded message|Message d'origine|Original Message)", full):
        feats.add("inline forward / original")
    return msg, full, feats


# ------------------------------------------------------------------ checks
def alnum(s):
    return re.sub(r"[^0-9A-Za-z]", "", unicodedata.normalize("NFKC", s)).upper()


def id_valid(kind, v):
    if kind == "ca_sin":
        return _sin.is_valid(v)
    if kind == "ca_health_number":
        return len(v) == 10 and v.isdigit() and luhn.is_valid(v)
    if kind == "be_niss":
        return _nn.is_valid(v)
    if kind == "fr_nir":
        return _nir.is_valid(v)
    if kind == "ramq_nam":
        return any(h.nam == v for h in HOLDERS)
    if kind == "mrn":
        return bool(v)
    return False


def check(out, meta, expect_pos=120, expect_neg=180):
    errors = []
    labels = json.load(open(os.path.join(out, "labels.json"), encoding="utf-8"))
    files = sorted(["positive/" + f for f in os.listdir(os.path.join(out, "positive"))] +
                   ["negative/" + f for f in os.listdir(os.path.join(out, "negative"))])
    if sorted(labels) != files:
        errors.append("labels do not match files")
    if list(labels) != sorted(labels):
        errors.append("labels not sorted")
    npos = sum(1 for f in files if f.startswith("positive/"))
    nneg = sum(1 for f in files if f.startswith("negative/"))
    if (npos, nneg) != (expect_pos, expect_neg):
        errors.append("counts %d/%d" % (npos, nneg))
    holder_nams = {h.nam: h for h in HOLDERS}
    holder_names = []
    for h in HOLDERS:
        g, s = fold(h.given), fold(h.surname)
        holder_names += [g + " " + s, s + ", " + g, s + " " + g]
    holder_surnames = {fold(h.surname) for h in HOLDERS}
    feats_by_file = {}
    for f in files:
        lab = labels.get(f, {})
        pos = f.startswith("positive/")
        try:
            msg, full, feats = decode_file(os.path.join(out, f))
        except Exception as e:  # noqa
            errors.append("%s: decode failed: %r" % (f, e))
            continue
        feats_by_file[f] = feats
        if lab.get("confidential") is not pos:
            errors.append("%s: confidential flag" % f)
        if lab.get("lang") not in ("fr", "en"):
            errors.append("%s: lang" % f)
        if not lab.get("note"):
            errors.append("%s: note" % f)
        types = lab.get("types", [])
        if pos and not types:
            errors.append("%s: positive without types" % f)
        if not pos and types:
            errors.append("%s: negative with types" % f)
        if any(t not in TYPES for t in types):
            errors.append("%s: unknown type" % f)
        m = meta[f]
        A = alnum(full)
        ff = fold(full)
        # NAMs anywhere
        present = {n for n in holder_nams if n in A}
        for mt in NAM_RE.finditer(unicodedata.normalize("NFKC", full)):
            cand = (mt.group(1) + mt.group(2) + mt.group(3)).upper()
            if cand not in holder_nams:
                errors.append("%s: NAM-like string not from the list: %s" % (f, mt.group(0)))
        if not pos:
            if present:
                errors.append("%s: NAM in negative" % f)
            for hn in holder_names:
                if re.search(r"(?<![a-z])%s(?![a-z])" % re.escape(hn), ff):
                    errors.append("%s: NAM holder name in negative: %s" % (f, hn))
            for s in holder_surnames:
                if re.search(r"(?<![a-z\-])%s(?![a-z\-])" % re.escape(s), ff):
                    errors.append("%s: holder surname in negative: %s" % (f, s))
        else:
            allowed = {h.nam for h, _, _ in m.holders}
            if present - allowed:
                errors.append("%s: unexpected NAM %s" % (f, present - allowed))
            if ("ramq_nam" in types) != bool(present):
                errors.append("%s: ramq_nam label mismatch" % f)
            for h, names, dobs in m.holders:
                if h.nam not in present:
                    errors.append("%s: NAM missing %s" % (f, h.nam))
                if not any(fold(n) in ff for n in names) or fold(h.surname) not in ff:
                    errors.append("%s: holder name missing" % f)
                if not any(fold(d) in ff for d in dobs):
                    errors.append("%s: holder birth date missing" % f)
            for kind, v in m.ids:
                if not id_valid(kind, v):
                    errors.append("%s: invalid %s %s" % (f, kind, v))
                if alnum(v) not in A:
                    errors.append("%s: identifier %s not found" % (f, kind))
                if kind not in types:
                    errors.append("%s: %s present but not labelled" % (f, kind))
            for n in m.names:
                if fold(n) not in ff:
                    errors.append("%s: patient name not found: %s" % (f, n))
            if sorted(types) != sorted(m.types):
                errors.append("%s: label types differ from generator record" % f)
    return errors, feats_by_file, labels
