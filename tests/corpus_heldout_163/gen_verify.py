# -*- coding: utf-8 -*-
"""Re-parse every generated file, decode every part and check labels and identifiers."""
import base64
import email
import email.header
import email.policy
import html.parser
import io
import json
import os
import re
import zipfile
import zlib

import docx
import openpyxl
from stdnum import luhn
from stdnum.ca import sin as _sin
from stdnum.be import nn as _nn
from stdnum.fr import nir as _nir

import gen_common as C

ALLOWED = {"patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
           "diagnosis", "medication", "lab_result", "patient_contact", "social_information"}
ID_TYPES = {"patient_name", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"}
INFO_TYPES = ALLOWED - ID_TYPES - {"patient_name"} | {"date_of_birth"}


class _Strip(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []

    def handle_data(self, d):
        self.out.append(d)

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "p", "tr", "div", "li", "h1", "h2", "h3", "table", "blockquote"):
            self.out.append("\n")
        elif tag == "td":
            self.out.append(" ")


def html_text(s):
    p = _Strip()
    p.feed(s)
    return "".join(p.out)


def pdf_text(data):
    if not data.startswith(b"%PDF") or b"%%EOF" not in data[-64:]:
        raise ValueError("not a PDF")
    out = []
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        raw = m.group(1).strip()
        if raw.endswith(b"~>"):
            raw = base64.a85decode(raw[:-2])
        try:
            raw = zlib.decompress(raw)
        except zlib.error:
            pass
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw, re.S):
            b = s.group(1)
            b = re.sub(rb"\\([0-7]{1,3})", lambda k: bytes([int(k.group(1), 8)]), b)
            b = re.sub(rb"\\(.)", rb"\1", b)
            out.append(b.decode("cp1252", "replace"))
    if not out:
        raise ValueError("PDF without text")
    return "\n".join(out)


def docx_text(data):
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            out.append(" | ".join(c.text for c in r.cells))
    return "\n".join(out)


def xlsx_text(data):
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    out = []
    for ws in wb.worksheets:
        rows = [["" if v is None else str(v) for v in r] for r in ws.iter_rows(values_only=True)]
        if not rows:
            continue
        hdr = rows[0]
        out.append(" | ".join(hdr))
        for r in rows[1:]:
            out.append(" | ".join("%s: %s" % (h, v) for h, v in zip(hdr, r)))
    wb.close()
    return "\n".join(out)


def unfold(s):
    """RFC 5545 / 6350 content lines: unfold and unescape text values."""
    s = re.sub(r"\r?\n[ \t]", "", s)
    return re.sub(r"\\([nN,;\\])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), s)


def _decode_fname(fn):
    if fn and "=?" in fn:
        return str(email.header.make_header(email.header.decode_header(fn)))
    return fn or ""


def blob_text(name, data, feats):
    n = name.lower()
    if n.endswith(".pdf"):
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
            raise ValueError("bad zip")
        return "\n".join(i.filename + "\n" + blob_text(i.filename, z.read(i.filename), feats) for i in z.infolist())
    if n.endswith(".eml"):
        m = email.message_from_bytes(data, policy=email.policy.default)
        return message_text(m, feats)
    return data.decode("utf-8")


def part_text(part, feats):
    ct = part.get_content_type()
    fn = _decode_fname(part.get_filename())
    if not part.is_multipart():
        feats.add("CTE " + str(part.get("Content-Transfer-Encoding", "7bit")).lower())
    if ct == "message/rfc822":
        feats.add("attached message/rfc822")
        inner = part.get_payload(0)
        return fn + "\n" + message_text(inner, feats)
    if part.is_multipart():
        feats.add(ct)
        return "\n".join(part_text(p, feats) for p in part.iter_parts())
    cs = part.get_content_charset()
    if cs:
        feats.add("charset " + cs)
    if ct == "text/html":
        return fn + "\n" + html_text(part.get_content())
    if ct == "text/calendar":
        feats.add("ICS attachment")
        return fn + "\n" + unfold(part.get_content())
    if ct == "text/vcard":
        feats.add("vCard attachment")
        return fn + "\n" + unfold(part.get_content())
    if ct == "text/csv":
        feats.add("CSV attachment")
        return fn + "\n" + part.get_content()
    if ct.startswith("text/"):
        return fn + "\n" + part.get_content()
    data = part.get_content()
    return fn + "\n" + blob_text(fn, data, feats)


def message_text(m, feats):
    hdr = []
    for h in ("From", "To", "Cc", "Subject"):
        if m.get(h) is not None:
            hdr.append(str(m.get(h)))
    return "\n".join(hdr) + "\n" + part_text(m, feats)


def analyse(raw):
    """Return (decoded text, feature set, parsed message)."""
    feats = set()
    m = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if m.get(h) is None:
            raise ValueError("missing header " + h)
    text = message_text(m, feats)
    ct = m.get_content_type()
    if ct == "text/plain":
        feats.add("text/plain only")
    elif ct == "text/html":
        feats.add("text/html only")
    feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    head = raw.split(b"\n\n", 1)[0] if b"\r\n" not in raw else raw.split(b"\r\n\r\n", 1)[0]
    if re.search(rb"^Subject: =\?", head, re.M):
        feats.add("RFC 2047 Subject")
    if re.search(rb"^(From|To|Cc): [^\n]*=\?", head, re.M):
        feats.add("RFC 2047 display name")
    if re.search(rb"filename\*=", raw):
        feats.add("RFC 2231 file name")
    if re.search(rb'filename="=\?', raw):
        feats.add("RFC 2047 file name")
    if re.search(r"[\uff10-\uff19]", text):
        feats.add("full-width digits")
    if re.search(r"^>", text, re.M) or "a écrit" in text or " wrote:" in text:
        feats.add("quoted reply")
    if "Message transféré" in text or "Forwarded message" in text:
        feats.add("inline forward")
    return text, feats, m


def _defects(m):
    out = list(m.defects)
    for p in m.walk():
        out += list(p.defects)
    return out


def verify(out_dir, holders, meta):
    """meta: {relpath: Mail}. Returns list of error strings."""
    errs = []
    labels = json.load(open(os.path.join(out_dir, "labels.json"), encoding="utf-8"))
    pos = sorted(f for f in os.listdir(os.path.join(out_dir, "positive")) if f.endswith(".eml"))
    neg = sorted(f for f in os.listdir(os.path.join(out_dir, "negative")) if f.endswith(".eml"))
    if len(pos) != 120 or len(neg) != 180:
        errs.append("counts %d/%d" % (len(pos), len(neg)))
    files = ["positive/" + f for f in pos] + ["negative/" + f for f in neg]
    if sorted(labels) != sorted(files) or list(labels) != sorted(labels):
        errs.append("labels keys do not match files or are unsorted")
    for i, f in enumerate(pos):
        if not re.fullmatch(r"p%03d_[a-z_]+\.eml" % (i + 1), f):
            errs.append("bad name " + f)
    for i, f in enumerate(neg):
        if not re.fullmatch(r"n%03d_[a-z_]+\.eml" % (i + 1), f):
            errs.append("bad name " + f)
    nam_index = {h["nam"]: h for h in holders}
    holder_names = []
    for h in holders:
        g, s = C.fold(h["given"]), C.fold(h["surname"])
        holder_names.append((h, [g + " " + s, s + ", " + g, s + " " + g]))
    pool_names = [C.fold(g + " " + s) for g, s in C.PATIENTS_F + C.PARTNERS_M]
    feats_by_file = {}
    for rel in files:
        lab = labels.get(rel, {})
        raw = open(os.path.join(out_dir, rel), "rb").read()
        try:
            text, feats, m = analyse(raw)
        except Exception as e:  # noqa
            errs.append("%s: cannot decode: %r" % (rel, e))
            continue
        feats_by_file[rel] = feats
        d = _defects(m)
        if d:
            errs.append("%s: parser defects %r" % (rel, d))
        ftext = re.sub(r"\s+", " ", C.fold(text))
        atext = C.alnum(text)
        is_pos = rel.startswith("positive/")
        if lab.get("lang") not in ("fr", "en") or not lab.get("note"):
            errs.append(rel + ": lang/note")
        if lab.get("confidential") is not is_pos:
            errs.append(rel + ": confidential flag")
        types = set(lab.get("types", []))
        if not types <= ALLOWED:
            errs.append(rel + ": unknown types %r" % (types - ALLOWED))
        if is_pos:
            if not types:
                errs.append(rel + ": positive without types")
            if not (types & ID_TYPES) or not (types & INFO_TYPES):
                errs.append(rel + ": positive lacks identity or personal information")
            mail = meta[rel]
            for t, rawid in mail.ids:
                if t not in types:
                    errs.append("%s: id type %s not labelled" % (rel, t))
                if C.alnum(rawid) not in atext:
                    errs.append("%s: %s %s not found in decoded text" % (rel, t, rawid))
                ok = {"ramq_nam": lambda v: v in nam_index, "ca_sin": _sin.is_valid, "be_niss": _nn.is_valid,
                      "fr_nir": _nir.is_valid, "ca_health_number": C.ohn_valid, "mrn": lambda v: v.isdigit()}[t](rawid)
                if not ok:
                    errs.append("%s: invalid %s %s" % (rel, t, rawid))
            for t in ("ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"):
                if t in types and not any(k == t for k, _ in mail.ids):
                    errs.append("%s: type %s labelled but no identifier recorded" % (rel, t))
        else:
            if types:
                errs.append(rel + ": negative with types")
            for pn in pool_names:
                if pn in ftext:
                    errs.append("%s: patient-pool name %s in negative" % (rel, pn))
        for nam, h in nam_index.items():
            if nam in atext:
                if not is_pos:
                    errs.append("%s: NAM in negative" % rel)
                    continue
                if C.fold(h["surname"]) not in ftext or C.fold(h["given"]) not in ftext:
                    errs.append("%s: NAM %s without holder name" % (rel, nam))
                if not any(C.fold(f) in ftext for f in C.dob_formats(h["dob"])):
                    errs.append("%s: NAM %s without holder birth date" % (rel, nam))
                sx = h["sex"].lower()
                if not re.search(r"(\bsexe?\s*:?\s*%s\b)|(\(%s\))" % (sx, sx), ftext):
                    errs.append("%s: NAM %s without holder sex" % (rel, nam))
        if not is_pos:
            for h, forms in holder_names:
                for fm in forms:
                    if fm in ftext:
                        errs.append("%s: NAM holder name '%s' in negative" % (rel, fm))
    return errs, feats_by_file


def digest(out_dir):
    import hashlib
    h = hashlib.sha256()
    rels = []
    for sub in ("positive", "negative"):
        rels += [sub + "/" + f for f in os.listdir(os.path.join(out_dir, sub)) if f.endswith(".eml")]
    rels.append("labels.json")
    for rel in sorted(rels):
        h.update(rel.encode("utf-8") + b"\0" + open(os.path.join(out_dir, rel), "rb").read() + b"\0")
    return h.hexdigest()
