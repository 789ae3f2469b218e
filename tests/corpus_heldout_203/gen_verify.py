"""Re-parse every written message, decode every part and check labels and identifiers."""
import base64
import email
import email.policy
import html
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib
from email.header import decode_header, make_header

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

from gen_common import HOLDERS, TYPE_ORDER, fold, d_fr, d_en

ID_TYPE = {"nam": "ramq_nam", "sin": "ca_sin", "ohn": "ca_health_number", "niss": "be_niss", "nir": "fr_nir",
           "mrn": "mrn", "name": "patient_name"}


# =========================================================================== extractors
def _pdf_unescape(s):
    out = bytearray()
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == 0x5C:  # backslash
            nxt = s[i + 1:i + 2]
            if nxt and nxt in b"01234567":
                j = i + 1
                while j < len(s) and j < i + 4 and s[j:j + 1] in b"01234567":
                    j += 1
                out.append(int(s[i + 1:j], 8) & 0xFF)
                i = j
                continue
            m = {b"n": 10, b"r": 13, b"t": 9, b"b": 8, b"f": 12}
            out.append(m.get(nxt, nxt[0] if nxt else 0x5C))
            i += 2
            continue
        out.append(ch)
        i += 1
    return bytes(out)


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
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", body, re.S):
            texts.append(_pdf_unescape(t.group(1)).decode("cp1252"))
    for t in re.finditer(rb"/(Title|Author) \((.*?)\)", data):
        texts.append(_pdf_unescape(t.group(2)).decode("cp1252", "replace"))
    if not texts:
        raise ValueError("PDF without text")
    return "\n".join(texts)


def _xml_text(xml, tag):
    xml = xml.decode("utf-8")
    parts = re.findall(r"<%s(?: [^>]*)?>(.*?)</%s>" % (tag, tag), xml, re.S)
    return html.unescape(" ".join(parts))


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    doc = z.read("word/document.xml").decode("utf-8")
    paras = re.findall(r"<w:p[ >].*?</w:p>", doc, re.S)
    out = []
    for p in paras:
        out.append("".join(html.unescape(x) for x in re.findall(r"<w:t(?: [^>]*)?>(.*?)</w:t>", p, re.S)))
    core = z.read("docProps/core.xml") if "docProps/core.xml" in z.namelist() else b""
    return "\n".join(out) + "\n" + _xml_text(core, "dc:title")


def xlsx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    if "xl/sharedStrings.xml" in z.namelist():
        out.append(_xml_text(z.read("xl/sharedStrings.xml"), "t"))
    for n in sorted(z.namelist()):
        if n.startswith("xl/worksheets/sheet"):
            x = z.read(n).decode("utf-8")
            out.append(" ".join(html.unescape(v) for v in re.findall(r"<v>(.*?)</v>", x)))
            out.append(" ".join(html.unescape(v) for v in re.findall(r"<t(?: [^>]*)?>(.*?)</t>", x)))
    return "\n".join(out)


def html_to_text(h):
    h = re.sub(r"(?is)<(script|style).*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</div>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", " | ", h)
    return html.unescape(re.sub(r"<[^>]+>", "", h))


def unfold_ical(t):
    t = t.replace("\r\n ", "").replace("\n ", "")
    return t.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def decode_fname(fn):
    if fn and "=?" in fn:
        return str(make_header(decode_header(fn)))
    return fn


class Extract:
    def __init__(self):
        self.texts, self.filenames, self.features, self.errors = [], [], set(), []

    def add(self, t):
        self.texts.append(t)

    def all(self):
        return "\n".join(self.texts + self.filenames)


def by_name(ex, name, data, depth):
    low = name.lower()
    if low.endswith(".pdf"):
        ex.add(pdf_text(data)); ex.features.add("PDF attachment")
    elif low.endswith(".docx"):
        ex.add(docx_text(data)); ex.features.add("DOCX attachment")
    elif low.endswith(".xlsx"):
        ex.add(xlsx_text(data)); ex.features.add("XLSX attachment")
    elif low.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        ex.features.add("ZIP attachment")
        for info in z.infolist():
            ex.filenames.append(info.filename)
            by_name(ex, info.filename, z.read(info.filename), depth + 1)
    elif low.endswith(".eml"):
        ex.features.add("attached .eml (octet-stream)")
        walk_message(ex, email.message_from_bytes(data, policy=email.policy.default), depth + 1)
    elif low.endswith(".csv"):
        try:
            ex.add(data.decode("utf-8-sig"))
        except UnicodeDecodeError:
            ex.add(data.decode("cp1252"))
        ex.features.add("CSV attachment")
    elif low.endswith((".txt", ".ics", ".vcf")):
        ex.add(unfold_ical(data.decode("utf-8")))
    else:
        raise ValueError("unknown attachment type: " + name)


def walk_message(ex, msg, depth=0):
    for h in ("From", "To", "Cc", "Subject"):
        if msg[h] is not None:
            ex.add(str(msg[h]))
    if msg.defects:
        ex.errors.append("defects %r" % msg.defects)
    _walk_part(ex, msg, depth)


def _walk_part(ex, part, depth):
    ctype = part.get_content_type()
    if part.defects:
        ex.errors.append("part defects %s %r" % (ctype, part.defects))
    if part.is_multipart() and ctype.startswith("multipart/"):
        ex.features.add(ctype)
        for sub in part.iter_parts():
            _walk_part(ex, sub, depth)
        return
    ex.features.add("CTE " + (part.get("Content-Transfer-Encoding") or "7bit").lower())
    if ctype == "message/rfc822":
        ex.features.add("attached .eml (message/rfc822)")
        fn = decode_fname(part.get_filename())
        if fn:
            ex.filenames.append(fn)
        inner = part.get_payload(0)
        walk_message(ex, inner, depth + 1)
        return
    fn = decode_fname(part.get_filename())
    if fn:
        ex.filenames.append(fn)
    if ctype.startswith("text/") and not fn:
        cs = part.get_content_charset()
        ex.features.add("charset " + (cs or "none"))
        t = part.get_content()
        if ctype == "text/html":
            t = html_to_text(t)
        ex.add(t)
        return
    if ctype in ("text/calendar",):
        ex.features.add("ICS attachment")
        ex.add(unfold_ical(part.get_content()))
        return
    if ctype in ("text/vcard", "text/x-vcard"):
        ex.features.add("vCard attachment")
        ex.add(unfold_ical(part.get_content()))
        return
    if ctype == "text/csv":
        ex.features.add("CSV attachment")
        ex.add(part.get_content())
        return
    data = part.get_payload(decode=True)
    by_name(ex, fn or "", data, depth)


def extract(raw):
    ex = Extract()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            ex.errors.append("missing header " + h)
    walk_message(ex, msg)
    top = msg.get_content_type()
    if top == "text/plain":
        ex.features.add("text/plain only")
    elif top == "text/html":
        ex.features.add("text/html only")
    ex.features.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    head = raw.split(b"\r\n\r\n" if b"\r\n" in raw else b"\n\n", 1)[0]
    if re.search(rb"(?m)^Subject:[^\r\n]*=\?", head):
        ex.features.add("RFC 2047 Subject")
    if re.search(rb"(?m)^(From|To|Cc):[^\r\n]*=\?", head):
        ex.features.add("RFC 2047 display name")
    if re.search(rb"filename\*(0\*)?=", raw) or re.search(rb"filename\*0\*=", raw):
        ex.features.add("RFC 2231 file name")
    if re.search(rb'filename="=\?', raw):
        ex.features.add("RFC 2047 file name")
    if re.search("[\uff10-\uff19]", ex.all()):
        ex.features.add("full-width digits")
    return ex


# =========================================================================== checks
def compact(s):
    s = unicodedata.normalize("NFKC", s).upper()
    return re.sub(r"[^0-9A-Z]", "", s)


def dob_forms(d):
    forms = [d.isoformat(), "%02d/%02d/%04d" % (d.day, d.month, d.year), d_fr(d, "long"), d_en(d, "long"), d_en(d, "short"),
             d.strftime("%Y%m%d")]
    return [fold(x) for x in forms]


NAM_RE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{4})[ .\-/]?(\d{2})[ .\-/]?(\d{2})[ .\-/]?(\d{4})(?![0-9])")


def verify(out_dir, specs):
    errs = []
    holder_nams = {h.nam: h for h in HOLDERS}
    labels = json.load(open(os.path.join(out_dir, "labels.json"), encoding="utf-8"))
    files = sorted(["positive/" + f for f in os.listdir(os.path.join(out_dir, "positive"))] +
                   ["negative/" + f for f in os.listdir(os.path.join(out_dir, "negative"))])
    if sorted(labels) != files:
        errs.append("labels.json keys differ from files")
    npos = sum(1 for k in labels if labels[k]["confidential"])
    nneg = sum(1 for k in labels if not labels[k]["confidential"])
    if npos != 120 or nneg != 180 or len([f for f in files if f.startswith("positive/")]) != 120 or len(files) != 300:
        errs.append("counts wrong: %d/%d" % (npos, nneg))
    feats = {}
    surname_res = [(h, re.compile(r"(?<![a-z])%s(?![a-z])" % re.escape(fold(h.surname)))) for h in HOLDERS]
    for rel in files:
        lab = labels.get(rel, {})
        sp = specs.get(rel)
        raw = open(os.path.join(out_dir, rel), "rb").read()
        try:
            ex = extract(raw)
        except Exception as e:  # noqa
            errs.append("%s: parse/decode failure %r" % (rel, e))
            continue
        for e in ex.errors:
            errs.append("%s: %s" % (rel, e))
        for ft in ex.features:
            feats.setdefault(ft, set()).add(rel)
        text = ex.all()
        ftext = fold(text)
        ctext = compact(text)
        pos = rel.startswith("positive/")
        if lab.get("confidential") != pos or lab.get("lang") not in ("fr", "en") or not lab.get("note"):
            errs.append("%s: bad label %r" % (rel, lab))
        types = lab.get("types", [])
        if pos and not types:
            errs.append("%s: positive without types" % rel)
        if not pos and types:
            errs.append("%s: negative with types" % rel)
        if any(t not in TYPE_ORDER for t in types):
            errs.append("%s: unknown type" % rel)
        # NAM placement ------------------------------------------------------
        for m in NAM_RE.finditer(unicodedata.normalize("NFKC", text)):
            tok = "".join(m.groups()).upper()
            if tok not in holder_nams and re.match(r"[A-Z]{4}\d{8}$", tok):
                errs.append("%s: NAM-like token not from list: %s" % (rel, tok))
        for nam, h in holder_nams.items():
            if nam in ctext:
                if not pos:
                    errs.append("%s: NAM in negative" % rel)
                    continue
                if "ramq_nam" not in types:
                    errs.append("%s: NAM present but not labelled" % rel)
                if fold(h.surname) not in ftext or fold(h.given) not in ftext:
                    errs.append("%s: NAM %s without holder name" % (rel, nam))
                if not any(f in ftext for f in dob_forms(h.dob)):
                    errs.append("%s: NAM %s without birth date" % (rel, nam))
        if "ramq_nam" in types and not any(n in ctext for n in holder_nams):
            errs.append("%s: ramq_nam labelled but absent" % rel)
        if not pos:
            for h, rx in surname_res:
                if rx.search(ftext):
                    errs.append("%s: NAM holder surname %s in negative" % (rel, h.surname))
            continue
        # recorded checks ----------------------------------------------------
        kinds = set()
        for kind, val in (sp or {}).get("checks", []):
            kinds.add(kind)
            if kind in ("name", "text"):
                if fold(val) not in ftext:
                    errs.append("%s: expected text %r missing" % (rel, val))
                continue
            if compact(val) not in ctext:
                errs.append("%s: identifier %s %s missing" % (rel, kind, val))
            ok = {"sin": ca_sin.is_valid, "ohn": lambda v: len(v) == 10 and luhn.is_valid(v), "niss": be_nn.is_valid,
                  "nir": fr_nir.is_valid, "nam": lambda v: v in holder_nams, "mrn": lambda v: v.isdigit()}[kind](val)
            if not ok:
                errs.append("%s: invalid %s %s" % (rel, kind, val))
        for kind in kinds:
            if ID_TYPE.get(kind) and ID_TYPE[kind] not in types:
                errs.append("%s: %s check without type" % (rel, kind))
        for t, kind in (("ca_sin", "sin"), ("ca_health_number", "ohn"), ("be_niss", "niss"), ("fr_nir", "nir"), ("mrn", "mrn"), ("patient_name", "name")):
            if t in types and kind not in kinds:
                errs.append("%s: type %s without recorded value" % (rel, t))
        if not ({"patient_name", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"} & set(types)):
            errs.append("%s: positive without identifier" % rel)
        if not ({"date_of_birth", "diagnosis", "medication", "lab_result", "patient_contact", "social_information"} & set(types)):
            errs.append("%s: positive without personal content" % rel)
    return errs, feats
