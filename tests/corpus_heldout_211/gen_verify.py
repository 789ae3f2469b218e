"""Re-parse every written message, decode every part and check labels,
NAM placement and identifier validity. Also detects transport features."""
import csv
import email
import email.policy
import html
import io
import json
import os
import re
import unicodedata
import zipfile

from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

import gen_common as C

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss",
         "fr_nir", "mrn", "diagnosis", "medication", "lab_result", "patient_contact",
         "social_information"]


class VerifyError(Exception):
    pass


# --------------------------------------------------------------------------
# text extraction
# --------------------------------------------------------------------------
_PDF_STR = re.compile(rb"\((?:\\.|[^\\)])*\)", re.S)
_ESC = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f", b"(": b"(", b")": b")",
        b"\\": b"\\"}


def _pdf_unescape(s):
    out = bytearray()
    i = 0
    while i < len(s):
        ch = s[i:i + 1]
        if ch == b"\\":
            nxt = s[i + 1:i + 2]
            if nxt in _ESC:
                out += _ESC[nxt]
                i += 2
                continue
            m = re.match(rb"[0-7]{1,3}", s[i + 1:i + 4])
            if m:
                out.append(int(m.group(0), 8) & 0xFF)
                i += 1 + len(m.group(0))
                continue
            if nxt in (b"\n", b"\r"):
                i += 2
                continue
            i += 1
            continue
        out += ch
        i += 1
    return bytes(out)


def pdf_text(data):
    import zlib
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
        raise VerifyError("not a complete PDF")
    pieces = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        dic, body = m.group(1), m.group(2)
        if b"FlateDecode" in dic:
            body = zlib.decompress(body)
        if b"Tj" not in body and b"TJ" not in body:
            continue
        for sm in _PDF_STR.finditer(body):
            pieces.append(_pdf_unescape(sm.group(0)[1:-1]).decode("cp1252", "replace"))
    return "\n".join(pieces)


def _xml_text(xml, para_tag):
    xml = xml.decode("utf-8")
    xml = re.sub(r"</%s>" % para_tag, "\n", xml)
    xml = re.sub(r"<[^>]+>", " ", xml)
    return html.unescape(xml)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    if z.testzip() is not None:
        raise VerifyError("corrupt docx")
    return _xml_text(z.read("word/document.xml"), "w:p")


def xlsx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    if z.testzip() is not None:
        raise VerifyError("corrupt xlsx")
    out = []
    for name in sorted(z.namelist()):
        if name == "xl/sharedStrings.xml" or name.startswith("xl/worksheets/sheet"):
            xml = z.read(name).decode("utf-8")
            for t in re.findall(r"<t[^>]*>(.*?)</t>", xml, re.S):
                out.append(html.unescape(t))
    return "\n".join(out)


def csv_text(text):
    out = [text]
    for delim in (";", ","):
        for row in csv.reader(io.StringIO(text), delimiter=delim):
            out.append(" | ".join(row))
    return "\n".join(out)


def unfold_dir(text):
    text = text.replace("\r\n", "\n").replace("\n ", "")
    return text.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def html_text(h):
    h = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return html.unescape(h)


def strip_quote_marks(t):
    return re.sub(r"(?m)^[ \t]*(?:>[ \t]?)+", "", t)


def file_text(name, data):
    low = name.lower()
    if low.endswith(".pdf"):
        return pdf_text(data)
    if low.endswith(".docx"):
        return docx_text(data)
    if low.endswith(".xlsx"):
        return xlsx_text(data)
    if low.endswith(".zip"):
        return zip_text(data)
    if low.endswith(".eml"):
        return message_text(email.message_from_bytes(data, policy=email.policy.default))
    try:
        t = data.decode("utf-8")
    except UnicodeDecodeError:
        t = data.decode("cp1252")
    if low.endswith(".csv"):
        return csv_text(t)
    return t


def zip_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    if z.testzip() is not None:
        raise VerifyError("corrupt zip")
    out = []
    for info in z.infolist():
        out.append(info.filename)
        out.append(file_text(info.filename, z.read(info.filename)))
    return "\n".join(out)


def message_text(msg, depth=0):
    if depth > 4:
        raise VerifyError("nesting too deep")
    out = []
    for h in ("Subject", "From", "To", "Cc"):
        if msg[h] is not None:
            out.append(str(msg[h]))
    for k, v in msg.items():
        if k not in ("Subject", "From", "To", "Cc"):
            out.append(str(v))
    if msg.defects:
        raise VerifyError("MIME defects: %r" % msg.defects)
    _walk(msg, out, depth)
    return "\n".join(out)


def _walk(part, out, depth):
    ctype = part.get_content_type()
    if part.defects:
        raise VerifyError("MIME defects: %r" % part.defects)
    for k, v in part.items():
        if getattr(v, "defects", None):
            raise VerifyError("header defects in %s: %r" % (k, v.defects))
    if part.get_content_maintype() == "multipart":
        for sub in part.iter_parts():
            _walk(sub, out, depth)
        return
    fn = part.get_filename()
    if fn:
        out.append(fn)
    if ctype == "message/rfc822":
        out.append(message_text(part.get_content(), depth + 1))
        return
    content = part.get_content()
    if ctype == "text/plain":
        out.append(strip_quote_marks(content))
    elif ctype == "text/html":
        out.append(html_text(content))
    elif ctype in ("text/calendar", "text/vcard"):
        out.append(unfold_dir(content))
    elif ctype == "text/csv":
        out.append(csv_text(content))
    elif ctype == "application/pdf":
        out.append(pdf_text(content))
    elif ctype.endswith("wordprocessingml.document"):
        out.append(docx_text(content))
    elif ctype.endswith("spreadsheetml.sheet"):
        out.append(xlsx_text(content))
    elif ctype == "application/zip":
        out.append(zip_text(content))
    elif ctype.startswith("text/"):
        out.append(content)
    else:
        raise VerifyError("unexpected part type %s" % ctype)


def norm(t):
    t = unicodedata.normalize("NFKC", t)
    t = C.strip_accents(t).casefold()
    return re.sub(r"\s+", " ", t)


def compact(t):
    return re.sub(r"[\s.\-/_]+", "", unicodedata.normalize("NFKC", t)).upper()


def parse_file(path):
    with open(path, "rb") as f:
        data = f.read()
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            raise VerifyError("%s: missing %s" % (path, h))
    return data, msg, message_text(msg)


# --------------------------------------------------------------------------
# features
# --------------------------------------------------------------------------
FEATURES = [
    ("text/plain only", lambda d, m: m.get_content_type() == "text/plain"),
    ("text/html only", lambda d, m: m.get_content_type() == "text/html"),
    ("multipart/alternative", lambda d, m: any(p.get_content_type() == "multipart/alternative" for p in m.walk())),
    ("multipart/mixed", lambda d, m: m.get_content_type() == "multipart/mixed"),
    ("PDF attachment", lambda d, m: _has(m, "application/pdf")),
    ("DOCX attachment", lambda d, m: _has(m, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")),
    ("XLSX attachment", lambda d, m: _has(m, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
    ("CSV attachment", lambda d, m: _has(m, "text/csv")),
    ("ICS attachment", lambda d, m: _has(m, "text/calendar")),
    ("vCard attachment", lambda d, m: _has(m, "text/vcard")),
    ("ZIP attachment", lambda d, m: _has(m, "application/zip")),
    ("attached message/rfc822", lambda d, m: _has(m, "message/rfc822")),
    ("charset utf-8", lambda d, m: _cs(m, "utf-8")),
    ("charset us-ascii", lambda d, m: _cs(m, "us-ascii")),
    ("charset iso-8859-1", lambda d, m: _cs(m, "iso-8859-1")),
    ("charset windows-1252", lambda d, m: _cs(m, "windows-1252")),
    ("CTE 7bit", lambda d, m: _cte(m, "7bit")),
    ("CTE 8bit", lambda d, m: _cte(m, "8bit")),
    ("CTE quoted-printable", lambda d, m: _cte(m, "quoted-printable")),
    ("CTE base64", lambda d, m: _cte(m, "base64")),
    ("CRLF line ends", lambda d, m: b"\r\n" in d),
    ("LF line ends", lambda d, m: b"\r\n" not in d),
    ("RFC 2047 Subject", lambda d, m: "=?" in _raw_header(d, "Subject")),
    ("RFC 2047 names", lambda d, m: any("=?" in _raw_header(d, h) for h in ("From", "To", "Cc"))),
    ("RFC 2231 file names", lambda d, m: b"filename*" in d),
]


def _has(m, ctype):
    return any(p.get_content_type() == ctype for p in m.walk())


def _cs(m, cs):
    return any((p.get_param("charset") or "").lower() == cs for p in m.walk() if not p.is_multipart())


def _cte(m, cte):
    return any((p.get("Content-Transfer-Encoding") or "").lower() == cte for p in m.walk())


def _raw_header(data, name):
    head = data.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0].decode("ascii")
    m = re.search(r"(?im)^%s:(.*(?:\n[ \t].*)*)" % re.escape(name), head)
    return m.group(1) if m else ""


# --------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------
def verify(out_dir, manifest, holders):
    """manifest: rel path -> Draft-derived dict (evidence, holders, ids)."""
    errors = []
    with open(os.path.join(out_dir, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    files = sorted(["positive/" + n for n in os.listdir(os.path.join(out_dir, "positive"))] +
                   ["negative/" + n for n in os.listdir(os.path.join(out_dir, "negative"))])
    if list(labels) != sorted(labels):
        errors.append("labels.json keys not sorted")
    if sorted(labels) != files:
        errors.append("labels and files differ")
    pos = [k for k in labels if k.startswith("positive/")]
    neg = [k for k in labels if k.startswith("negative/")]
    if len(pos) != 120 or len(neg) != 180:
        errors.append("counts %d/%d" % (len(pos), len(neg)))
    by_nam = {h.nam: h for h in holders}
    feature_counts = {name: 0 for name, _ in FEATURES}
    nam_seen = {}
    for rel in files:
        lab = labels.get(rel, {})
        try:
            data, msg, text = parse_file(os.path.join(out_dir, rel))
        except Exception as e:  # noqa: BLE001
            errors.append("%s: parse/decode failed: %s" % (rel, e))
            continue
        for name, fn in FEATURES:
            if fn(data, msg):
                feature_counts[name] += 1
        if lab.get("lang") not in ("fr", "en") or not lab.get("note"):
            errors.append("%s: bad lang/note" % rel)
        types = lab.get("types", [])
        if any(t not in TYPES for t in types):
            errors.append("%s: unknown type" % rel)
        ntext, ctext = norm(text), compact(text)
        found_nams = [n for n in by_nam if n in ctext]
        info = manifest[rel]
        if rel.startswith("negative/"):
            if lab.get("confidential") is not False or types:
                errors.append("%s: negative labelled confidential" % rel)
            if found_nams:
                errors.append("%s: NAM in a negative" % rel)
            for h in holders:
                g, s = norm(h.given), norm(h.sur)
                for pat in ("%s %s" % (g, s), "%s %s" % (s, g), "%s, %s" % (s, g)):
                    if re.search(r"\b%s\b" % re.escape(pat), ntext):
                        errors.append("%s: NAM holder name %s in a negative" % (rel, h.nam))
                if re.search(r"\b%s\b" % re.escape(s), ntext):
                    errors.append("%s: NAM holder surname in a negative" % rel)
            continue
        if lab.get("confidential") is not True or not types:
            errors.append("%s: positive without types" % rel)
        if sorted(set(types)) != sorted(types) or sorted(types) != sorted(info["types"]):
            errors.append("%s: label types differ from findings" % rel)
        if "patient_name" not in types and not any(t in types for t in
                                                       ("ramq_nam", "ca_sin", "ca_health_number", "be_niss",
                                                        "fr_nir", "mrn")):
            errors.append("%s: positive without an identifier" % rel)
        for typ, ev in info["evidence"]:
            if norm(ev).strip() not in ntext:
                errors.append("%s: %s evidence not found: %r" % (rel, typ, ev))
        used = set(h.nam for h in info["holders"])
        if set(found_nams) != used:
            errors.append("%s: NAMs found %r != used %r" % (rel, found_nams, sorted(used)))
        if found_nams and "ramq_nam" not in types:
            errors.append("%s: NAM present but not labelled" % rel)
        for n in found_nams:
            h = by_nam[n]
            if nam_seen.setdefault(n, rel) != rel:
                errors.append("%s: NAM %s reused (also %s)" % (rel, n, nam_seen[n]))
            if not (re.search(r"\b%s\b" % re.escape(norm(h.given)), ntext)
                    and re.search(r"\b%s\b" % re.escape(norm(h.sur)), ntext)):
                errors.append("%s: NAM %s without holder name" % (rel, n))
            if not any(norm(r) in ntext for r in C.dob_renderings(h.dob)):
                errors.append("%s: NAM %s without holder birth date" % (rel, n))
            sx = h.sex.lower()
            if not re.search(r"(?:sexe?\W{0,20}%s\b|\(%s\))" % (sx, sx), ntext):
                errors.append("%s: NAM %s without holder sex" % (rel, n))
        for kind, num in info["ids"]:
            ok = {"ca_sin": ca_sin.is_valid, "be_niss": be_nn.is_valid, "fr_nir": fr_nir.is_valid,
                  "ca_health_number": C.ohip_is_valid}[kind](num)
            if not ok:
                errors.append("%s: invalid %s" % (rel, kind))
            if num not in ctext:
                errors.append("%s: %s not found in text" % (rel, kind))
            if kind not in types:
                errors.append("%s: %s present but not labelled" % (rel, kind))
    return errors, feature_counts
