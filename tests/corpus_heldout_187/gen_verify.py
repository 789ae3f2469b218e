"""Re-parse everything that was written, decode every part, and check labels and identifiers."""
import email
import email.policy
import html as _html
import json
import os
import re

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

import gen_attach as A
from gen_common import HOLDER_SURNAMES, NAM_HOLDERS, dob_variants, normalize_digits, strip_sep

ALLOWED = {"patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
           "diagnosis", "medication", "lab_result", "patient_contact", "social_information"}
IDENT = {"patient_name", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"}
NAM_RE = re.compile(r"\b([A-Z]{4})[\s.\-/]?(\d{2})[\s.\-/]?(\d{2})[\s.\-/]?(\d{2})[\s.\-/]?(\d{2})\b", re.I)
OOXML_DOC = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
OOXML_XLS = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _strip_html(h):
    t = re.sub(r"(?is)<(script|style).*?</\1>", " ", h)
    t = re.sub(r"<[^>]+>", " ", t)
    return _html.unescape(t)


def _unfold_ics(t):
    t = t.replace("\r\n ", "").replace("\n ", "")
    return t.replace("\\,", ",").replace("\\;", ";").replace("\\n", "\n").replace("\\\\", "\\")


class Extracted:
    def __init__(self):
        self.chunks = []
        self.features = set()

    def add(self, s):
        self.chunks.append(s)

    @property
    def text(self):
        return "\n".join(self.chunks)


def _decode_blob(name, ctype, data, ex):
    low = (name or "").lower()
    if ctype == "application/pdf" or low.endswith(".pdf"):
        ex.features.add("PDF attachment")
        ex.add(A.pdf_text(data))
    elif ctype == OOXML_DOC or low.endswith(".docx"):
        ex.features.add("DOCX attachment")
        ex.add(A.docx_text(data))
    elif ctype == OOXML_XLS or low.endswith(".xlsx"):
        ex.features.add("XLSX attachment")
        ex.add(A.xlsx_text(data))
    elif ctype in ("application/zip", "application/x-zip-compressed") or low.endswith(".zip"):
        ex.features.add("ZIP attachment")
        for mname, mdata in A.zip_members(data):
            ex.add(mname)
            mt = "text/csv" if mname.lower().endswith(".csv") else ""
            if mname.lower().endswith((".csv", ".txt", ".ics", ".vcf")):
                ex.add(_unfold_ics(mdata.decode("utf-8", "replace")))
            else:
                _decode_blob(mname, mt, mdata, ex)
    elif low.endswith(".eml"):
        _walk(email.message_from_bytes(data, policy=email.policy.default), ex, nested=True)
    else:
        raise ValueError("undecodable attachment %s %s" % (name, ctype))


def _walk(msg, ex, nested=False):
    for h in ("Subject", "From", "To", "Cc"):
        v = msg.get(h)
        if v is not None:
            ex.add(str(v))
    if nested:
        ex.features.add("attached message/rfc822")
    _part(msg, ex, nested)


def _part(part, ex, nested):
    ct = part.get_content_type()
    if ct == "message/rfc822":
        fname = part.get_filename()
        if fname:
            ex.add(fname)
        _walk(part.get_content(), ex, nested=True)
        return
    if part.is_multipart():
        if ct == "multipart/alternative":
            ex.features.add("multipart/alternative")
        if ct == "multipart/mixed" and not nested:
            ex.features.add("multipart/mixed")
        for sub in part.iter_parts():
            _part(sub, ex, nested)
        return
    cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
    ex.features.add("CTE " + cte)
    cs = part.get_content_charset()
    if cs and ct.startswith("text/"):
        ex.features.add("charset " + cs.lower())
        part.get_payload(decode=True).decode(cs)  # strict: raises on a mislabelled charset
    if cte == "7bit" and any(b > 127 for b in part.get_payload(decode=True)):
        raise ValueError("8-bit data in a 7bit part")
    fname = part.get_filename()
    if fname:
        ex.add(fname)
    if ct.startswith("text/") and not fname:
        t = part.get_content()
        if ct == "text/html":
            ex.features.add("HTML body")
            t = _strip_html(t)
        else:
            ex.features.add("plain-text body")
        ex.add(t)
        return
    if ct in ("text/csv",):
        ex.features.add("CSV attachment")
        ex.add(part.get_content())
    elif ct == "text/calendar":
        ex.features.add("ICS attachment")
        ex.add(_unfold_ics(part.get_content()))
    elif ct in ("text/vcard", "text/x-vcard"):
        ex.features.add("vCard attachment")
        ex.add(_unfold_ics(part.get_content()))
    elif ct == "text/html":
        ex.add(_strip_html(part.get_content()))
    elif ct.startswith("text/"):
        ex.add(part.get_content())
    else:
        _decode_blob(fname, ct, part.get_content(), ex)


def extract_file(path):
    raw = open(path, "rb").read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    ex = Extracted()
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg.get(h) is None:
            raise AssertionError("%s: missing header %s" % (path, h))
    _walk(msg, ex)
    top = msg.get_content_type()
    if top == "text/plain":
        ex.features.add("single text/plain")
    elif top == "text/html":
        ex.features.add("HTML only")
    if b"\r\n" in raw:
        ex.features.add("CRLF line ends")
    else:
        ex.features.add("LF line ends")
    head = raw.split(b"\r\n\r\n" if b"\r\n" in raw else b"\n\n", 1)[0]
    if b"filename*=" in raw:
        ex.features.add("RFC 2231 file name")
    if b"=?" in head:
        ex.features.add("RFC 2047 encoded header")
    if any(0xFF10 <= ord(ch) <= 0xFF19 for ch in ex.text):
        ex.features.add("full-width digits")
    return ex


def _norm(s):
    return re.sub(r"\s+", " ", normalize_digits(s)).strip().lower()


def _find_nams(text):
    out = set()
    for m in NAM_RE.finditer(normalize_digits(text)):
        mm, dd = int(m.group(3)), int(m.group(4))
        if (1 <= mm <= 12 or 51 <= mm <= 62) and 1 <= dd <= 31:
            out.add("".join(m.groups()).upper())
    return out


def verify(out_dir, items):
    """items: list of (relpath, Item). Raises AssertionError with all problems; returns features dict."""
    problems = []
    nam_set = {p.nam: p for p in NAM_HOLDERS}
    labels = json.load(open(os.path.join(out_dir, "labels.json"), encoding="utf-8"))
    files = sorted("positive/" + f for f in os.listdir(os.path.join(out_dir, "positive"))) + \
        sorted("negative/" + f for f in os.listdir(os.path.join(out_dir, "negative")))
    if sorted(labels) != sorted(files):
        problems.append("labels.json keys differ from files")
    if list(labels) != sorted(labels):
        problems.append("labels.json keys not sorted")
    npos = sum(1 for f in files if f.startswith("positive/"))
    nneg = sum(1 for f in files if f.startswith("negative/"))
    if (npos, nneg) != (120, 180):
        problems.append("counts %d/%d" % (npos, nneg))
    features = {}
    by_path = dict(items)
    for rel in files:
        lab = labels.get(rel)
        if lab is None:
            continue
        it = by_path.get(rel)
        try:
            ex = extract_file(os.path.join(out_dir, rel))
        except Exception as e:  # noqa
            problems.append("%s: cannot decode: %r" % (rel, e))
            continue
        for f in ex.features:
            features.setdefault(f, []).append(rel)
        text = ex.text
        ntext = _norm(text)
        flat = strip_sep(text)
        if lab.get("lang") not in ("fr", "en") or not lab.get("note"):
            problems.append("%s: bad lang/note" % rel)
        found_nams = _find_nams(text)
        if rel.startswith("positive/"):
            if lab["confidential"] is not True:
                problems.append("%s: positive not confidential" % rel)
            types = set(lab["types"])
            if not types or not types <= ALLOWED:
                problems.append("%s: bad types %s" % (rel, types))
            if not types & IDENT:
                problems.append("%s: no identifying type" % rel)
            if not types - IDENT:
                problems.append("%s: no information type" % rel)
            if it is not None:
                for kind, lit in it.literals:
                    if _norm(lit) not in ntext:
                        problems.append("%s: %s literal %r not found" % (rel, kind, lit))
                for kind, raw in it.ids:
                    if strip_sep(raw) not in flat:
                        problems.append("%s: %s %s not found" % (rel, kind, raw))
                    ok = {"ramq_nam": lambda v: v in nam_set, "ca_sin": ca_sin.is_valid,
                          "ca_health_number": lambda v: len(v) == 10 and luhn.is_valid(v),
                          "be_niss": be_nn.is_valid, "fr_nir": fr_nir.is_valid,
                          "mrn": lambda v: v.isdigit()}[kind](raw)
                    if not ok:
                        problems.append("%s: invalid %s %s" % (rel, kind, raw))
            for nam in found_nams:
                if nam not in nam_set:
                    problems.append("%s: NAM-like %s not from the blind list" % (rel, nam))
                    continue
                p = nam_set[nam]
                if "ramq_nam" not in types:
                    problems.append("%s: NAM present but ramq_nam not labelled" % rel)
                if p.surname.lower() not in ntext or p.given.lower() not in ntext:
                    problems.append("%s: NAM %s without holder name" % (rel, nam))
                if not any(_norm(v) in ntext for v in dob_variants(p.dob)):
                    problems.append("%s: NAM %s without holder birth date" % (rel, nam))
                sexes = set(m.group(1).upper() for m in re.finditer(r"\bsexe?\s*:\s*([MF])\b", text, re.I))
                if sexes != {p.sex}:
                    problems.append("%s: NAM %s sex marks %s != %s" % (rel, nam, sexes, p.sex))
            if "ramq_nam" in types and not found_nams:
                problems.append("%s: ramq_nam labelled but none found" % rel)
        else:
            if lab["confidential"] is not False or lab["types"]:
                problems.append("%s: negative mislabelled" % rel)
            if found_nams:
                problems.append("%s: NAM-like string in negative: %s" % (rel, sorted(found_nams)))
            for p in NAM_HOLDERS:
                a, b = p.surname.lower(), p.given.lower()
                if re.search(r"\b%s\W+%s\b|\b%s\W+%s\b" % (re.escape(a), re.escape(b), re.escape(b), re.escape(a)), ntext):
                    problems.append("%s: NAM holder name %s %s in negative" % (rel, p.given, p.surname))
            for s in HOLDER_SURNAMES:
                if re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(s), ntext):
                    problems.append("%s: holder surname %r in negative" % (rel, s))
    if problems:
        raise AssertionError("\n".join(problems))
    return features
