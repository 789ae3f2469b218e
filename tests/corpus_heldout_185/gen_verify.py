"""Re-parse the written corpus, decode every part and check labels and identifiers."""
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

import docx
import openpyxl
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

import gen_common as C

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir",
         "mrn", "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]
ID_KIND_TYPE = {"nam": "ramq_nam", "sin": "ca_sin", "ohip": "ca_health_number", "niss": "be_niss", "nir": "fr_nir"}

DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ---------------------------------------------------------------- decoders

def _pdf_unescape(s):
    out = bytearray()
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == 0x5C and i + 1 < len(s):
            n = s[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                while j < len(s) and j < i + 4 and 0x30 <= s[j] <= 0x37:
                    j += 1
                out.append(int(s[i + 1:j], 8) & 0xFF)
                i = j
                continue
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}.get(n, n))
            i += 2
            continue
        out.append(ch)
        i += 1
    return bytes(out)


def pdf_text(data):
    if not data.startswith(b"%PDF"):
        raise ValueError("not a PDF")
    chunks = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        d, s = m.group(1), m.group(2)
        if b"ASCII85Decode" in d:
            s = s.strip()
            if s.endswith(b"~>"):
                s = s[:-2]
            s = base64.a85decode(s)
        if b"FlateDecode" in d:
            s = zlib.decompress(s)
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", s, re.S):
            chunks.append(_pdf_unescape(t.group(1)).decode("cp1252"))
    if not chunks:
        raise ValueError("PDF without text")
    return "\n".join(chunks)


def docx_text(data):
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out.append("\t".join(c.text for c in row.cells))
    return "\n".join(out)


def xlsx_text(data):
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append("\t".join("" if v is None else str(v) for v in row))
    wb.close()
    return "\n".join(out)


def unfold_ical(text):
    text = text.replace("\r\n", "\n").replace("\n ", "").replace("\n\t", "")
    return text.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def html_text(s):
    s = re.sub(r"(?is)<(script|style|head).*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</div>|</blockquote>", "\n", s)
    s = re.sub(r"(?i)</t[dh]>", "\t", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def decode_blob(name, ctype, data, units, depth):
    lname = (name or "").lower()
    if ctype == "application/pdf" or lname.endswith(".pdf"):
        units.append(("pdf:" + name, pdf_text(data)))
    elif ctype == DOCX_CT or lname.endswith(".docx"):
        units.append(("docx:" + name, docx_text(data)))
    elif ctype == XLSX_CT or lname.endswith(".xlsx"):
        units.append(("xlsx:" + name, xlsx_text(data)))
    elif ctype in ("application/zip", "application/x-zip-compressed") or lname.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        for info in z.infolist():
            units.append(("zipname", info.filename))
            decode_blob(info.filename, "", z.read(info.filename), units, depth + 1)
    elif lname.endswith(".eml") or ctype == "message/rfc822":
        msg = email.message_from_bytes(data, policy=email.policy.default)
        units.extend(message_units(msg, depth + 1))
    elif lname.endswith((".csv", ".txt", ".ics", ".vcf")):
        t = data.decode("utf-8")
        if lname.endswith((".ics", ".vcf")):
            t = unfold_ical(t)
        units.append(("file:" + name, t))
    else:
        raise ValueError("undecodable member %r %r" % (name, ctype))


def message_units(msg, depth=0):
    """List of (label, text) for every header, body and attachment of msg."""
    if depth > 5:
        raise ValueError("nesting too deep")
    units = []
    for h in ("From", "To", "Cc", "Subject", "Date", "Message-ID"):
        if h in ("From", "To", "Subject", "Date", "Message-ID") and msg[h] is None:
            raise ValueError("missing header %s" % h)
        if msg[h] is not None:
            units.append(("hdr:" + h, str(msg[h])))
    _walk(msg, units, depth)
    return units


def _walk(part, units, depth):
    ct = part.get_content_type()
    if part.is_multipart() and ct != "message/rfc822":
        for sub in part.iter_parts():
            _walk(sub, units, depth)
        return
    fn = part.get_filename()
    if fn:
        units.append(("filename", fn))
    if ct == "message/rfc822":
        inner = part.get_content()
        units.extend(message_units(inner, depth + 1))
        return
    if part.get_content_maintype() == "text":
        t = part.get_content()
        if ct == "text/html":
            t = html_text(t)
        elif ct in ("text/calendar", "text/vcard", "text/x-vcard"):
            t = unfold_ical(t)
        units.append(("text:" + ct, t))
        return
    decode_blob(fn or "", ct, part.get_content(), units, depth)


# ---------------------------------------------------------------- features for README

def features(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    f = set()
    root = msg.get_content_type()
    f.add({"text/plain": "text/plain only", "text/html": "text/html only"}.get(root, root))
    f.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    head = raw.split(b"\r\n\r\n" if b"\r\n" in raw else b"\n\n", 1)[0]
    hdrs = re.split(rb"\r?\n(?=\S)", head)
    for h in hdrs:
        if h.lower().startswith(b"subject:") and b"=?" in h:
            f.add("RFC 2047 Subject")
        if h.lower().startswith((b"from:", b"to:", b"cc:")) and b"=?" in h:
            f.add("RFC 2047 display name")
        if h.lower().startswith(b"in-reply-to:"):
            f.add("In-Reply-To (reply)")
    if b"filename*" in raw:
        f.add("RFC 2231 file name")

    def walk(p):
        ct = p.get_content_type()
        if p.is_multipart() and ct != "message/rfc822":
            f.add(ct)
            for s in p.iter_parts():
                walk(s)
            return
        cte = (p.get("Content-Transfer-Encoding") or "7bit").lower()
        f.add("CTE " + cte)
        if p.get_content_maintype() == "text":
            cs = p.get_param("charset")
            if cs:
                f.add("charset " + cs.lower())
        name = {"application/pdf": "PDF attachment", DOCX_CT: "DOCX attachment", XLSX_CT: "XLSX attachment",
                "text/csv": "CSV attachment", "text/calendar": "ICS attachment", "text/vcard": "vCard attachment",
                "application/zip": "ZIP attachment", "message/rfc822": "attached message/rfc822"}.get(ct)
        if name:
            f.add(name)
        if ct == "message/rfc822":
            walk(p.get_content())
    walk(msg)
    return f


# ---------------------------------------------------------------- checks

def _norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).casefold()


def _compact(s):
    return re.sub(r"[^0-9A-Z]", "", unicodedata.normalize("NFKC", s).upper())


SEX_WORDS = {"F": r"(f[ée]minin|female|femme)", "M": r"(masculin|\bmale\b|homme)"}


def _sex_ok(text, sex):
    t = _norm(text)
    v = sex.lower()
    pats = [r"\bsexe?\s*:?\s*" + v + r"\b", r"\(" + v + r"[,)]", SEX_WORDS[sex], r"\bsexe?\s*:?\s*" + SEX_WORDS[sex]]
    return any(re.search(p, t) for p in pats)


def _dob_ok(text, dob):
    t = _norm(text)
    return any(f.casefold() in t for f in C.dob_forms(dob))


def verify(outdir, metas, holders):
    """metas: list of dicts {path, confidential, types, lang, note, ids}. Returns list of error strings."""
    errs = []
    # pools must not share a surname with any NAM holder
    hs = {h.surname.casefold() for h in holders}
    for s in C.PATIENT_SURNAMES + [x[1] for x in C.STAFF_FR + C.STAFF_EN]:
        if s.casefold() in hs:
            errs.append("pool surname %s is a NAM holder surname" % s)
    pos = sorted(os.listdir(os.path.join(outdir, "positive")))
    neg = sorted(os.listdir(os.path.join(outdir, "negative")))
    if len(pos) != 120 or len(neg) != 180:
        errs.append("counts %d/%d" % (len(pos), len(neg)))
    for i, f in enumerate(pos):
        if not re.fullmatch(r"p%03d_[a-z0-9_]+\.eml" % (i + 1), f):
            errs.append("bad positive name " + f)
    for i, f in enumerate(neg):
        if not re.fullmatch(r"n%03d_[a-z0-9_]+\.eml" % (i + 1), f):
            errs.append("bad negative name " + f)
    with open(os.path.join(outdir, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = ["positive/" + f for f in pos] + ["negative/" + f for f in neg]
    if sorted(labels) != sorted(files) or list(labels) != sorted(labels):
        errs.append("labels keys do not match files or are unsorted")
    by_path = {m["path"]: m for m in metas}
    nam_by = {h.nam: h for h in holders}
    used_nams = []
    for rel in files:
        lab = labels.get(rel)
        if lab is None:
            continue
        conf = rel.startswith("positive/")
        if lab.get("confidential") is not conf:
            errs.append(rel + ": confidential flag")
        if lab.get("lang") not in ("fr", "en"):
            errs.append(rel + ": lang")
        if not lab.get("note"):
            errs.append(rel + ": note")
        types = lab.get("types", [])
        if conf and not types:
            errs.append(rel + ": positive without types")
        if not conf and types:
            errs.append(rel + ": negative with types")
        if any(t not in TYPES for t in types) or len(set(types)) != len(types):
            errs.append(rel + ": bad types %r" % types)
        with open(os.path.join(outdir, rel), "rb") as fh:
            raw = fh.read()
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            units = message_units(msg)
        except Exception as e:  # noqa: BLE001
            errs.append("%s: decode failure %r" % (rel, e))
            continue
        alltext = "\n".join(t for _, t in units)
        comp = _compact(alltext)
        normall = _norm(alltext)
        meta = by_path[rel]
        found = [n for n in nam_by if n in comp]
        if not conf:
            if found:
                errs.append(rel + ": NAM in negative")
            for h in holders:
                g, s = h.given.casefold(), h.surname.casefold()
                for form in ("%s %s" % (g, s), "%s, %s" % (s, g), "%s %s" % (s, g)):
                    if form in normall:
                        errs.append("%s: NAM holder name %s %s in negative" % (rel, h.given, h.surname))
            continue
        # positives: identifiers
        for kind, vals in meta["ids"].items():
            t = ID_KIND_TYPE[kind]
            if t not in types:
                errs.append("%s: %s present but type %s missing" % (rel, kind, t))
            for v in vals:
                if _compact(v) not in comp:
                    errs.append("%s: %s %s not found in decoded text" % (rel, kind, v))
                ok = {"nam": lambda x: x in nam_by, "sin": ca_sin.is_valid, "ohip": C.ohip_valid,
                      "niss": be_nn.is_valid, "nir": fr_nir.is_valid}[kind](v)
                if not ok:
                    errs.append("%s: invalid %s %s" % (rel, kind, v))
        for kind, t in ID_KIND_TYPE.items():
            if t in types and not meta["ids"].get(kind):
                errs.append("%s: type %s without identifier" % (rel, t))
        if sorted(found) != sorted(set(meta["ids"].get("nam", []))):
            errs.append("%s: NAMs found %r differ from recorded" % (rel, found))
        for n in found:
            used_nams.append(n)
            h = nam_by[n]
            hit = False
            for lbl, t in units:
                if n in _compact(t):
                    nt = _norm(t)
                    if (h.surname.casefold() in nt and h.given.casefold() in nt and _dob_ok(t, h.dob)
                            and _sex_ok(t, h.sex)):
                        hit = True
                    else:
                        errs.append("%s: NAM %s in %s without name/DOB/sex of holder" % (rel, n, lbl))
            if not hit:
                errs.append("%s: NAM %s not placed with holder data" % (rel, n))
        if "patient_name" in types and meta.get("names"):
            if not any(_norm(s) in normall for s in meta["names"]):
                errs.append(rel + ": patient surname not found")
    return errs
