"""Re-parse every written file, decode every part, and check labels and identifiers."""
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

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_common import strip_accents

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir",
         "mrn", "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]
ID_TYPES = {"ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir"}


# --------------------------------------------------------------------------- decoders

def _pdf_unescape(s):
    out, i = bytearray(), 0
    while i < len(s):
        c = s[i]
        if c == 0x5C and i + 1 < len(s):
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
        out.append(c)
        i += 1
    return bytes(out)


def pdf_text(data):
    if not data.startswith(b"%PDF"):
        raise ValueError("not a PDF")
    texts = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        d, body = m.group(1), m.group(2)
        filters = re.findall(rb"/(ASCII85Decode|FlateDecode)", d)
        for f in filters:
            if f == b"ASCII85Decode":
                body = body.strip()
                if body.endswith(b"~>"):
                    body = body[:-2]
                body = base64.a85decode(body)
            else:
                body = zlib.decompress(body)
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", body, re.S):
            texts.append(_pdf_unescape(t.group(1)).decode("cp1252"))
    if not texts:
        raise ValueError("PDF without text")
    return "\n".join(texts)


def _xml_text(xml):
    xml = xml.decode("utf-8")
    xml = re.sub(r"</w:p>|</row>|</si>", "\n", xml)
    xml = re.sub(r"</c>|</w:tc>", "\t", xml)
    return html.unescape(re.sub(r"<[^>]+>", "", xml))


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    return _xml_text(z.read("word/document.xml"))


def xlsx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in sorted(z.namelist()):
        if n == "xl/sharedStrings.xml" or (n.startswith("xl/worksheets/") and n.endswith(".xml")):
            out.append(_xml_text(z.read(n)))
    return "\n".join(out)


def blob_text(name, data, depth=0):
    """Decode an attachment's bytes according to its file name."""
    low = name.lower()
    if low.endswith(".pdf"):
        return pdf_text(data)
    if low.endswith(".docx"):
        return docx_text(data)
    if low.endswith(".xlsx"):
        return xlsx_text(data)
    if low.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        parts = []
        for info in z.infolist():
            parts.append(info.filename)
            parts.append(blob_text(info.filename, z.read(info.filename), depth + 1))
        return "\n".join(parts)
    if low.endswith(".eml"):
        return message_text(email.message_from_bytes(data, policy=email.policy.default), depth + 1)
    if low.endswith((".csv", ".txt", ".ics", ".vcf")):
        for cs in ("utf-8", "cp1252"):
            try:
                return data.decode(cs)
            except UnicodeDecodeError:
                pass
    raise ValueError("cannot decode attachment %r" % name)


def message_text(msg, depth=0):
    if depth > 4:
        raise ValueError("nesting too deep")
    out = []
    for h in ("From", "To", "Cc", "Subject"):
        v = msg.get(h)
        if v is not None:
            out.append(str(v))
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fname = part.get_filename()
        if fname:
            out.append(fname)
        if ctype == "message/rfc822":
            out.append(message_text(part.get_content(), depth + 1))
        elif part.get_content_maintype() == "text" and not fname:
            out.append(part.get_content())
        elif part.get_content_maintype() == "text":
            out.append(part.get_content())
        else:
            out.append(blob_text(fname or "", part.get_content(), depth))
    return "\n".join(out)


def all_parts(msg):
    """Yield every (sub)part, descending into attached messages."""
    for part in msg.walk():
        yield part
        if part.get_content_type() == "message/rfc822":
            yield from all_parts(part.get_content())


# --------------------------------------------------------------------------- helpers

def norm_text(s):
    return unicodedata.normalize("NFKC", s)


def squash(s):
    return re.sub(r"[\s.\-/\u00a0]+", "", norm_text(s).upper())


def fold(s):
    return re.sub(r"\s+", " ", strip_accents(norm_text(s)).casefold())


NAM_RE = re.compile(r"(?<![A-Z0-9])([A-Z]{4})[ .\-/]?(\d{4})[ .\-/]?(\d{4})(?![A-Z0-9])")


def id_valid(t, v):
    if t == "ca_sin":
        return ca_sin.is_valid(v)
    if t == "ca_health_number":
        return len(v) == 10 and v.isdigit() and luhn.is_valid(v)
    if t == "be_niss":
        return be_nn.is_valid(v)
    if t == "fr_nir":
        return fr_nir.is_valid(v)
    if t == "ramq_nam":
        return bool(re.fullmatch(r"[A-Z]{4}\d{8}", v))
    return False


# --------------------------------------------------------------------------- main check

def verify(out, holders, meta, n_pos=120, n_neg=180):
    errors = []
    labels = json.load(open(os.path.join(out, "labels.json"), encoding="utf-8"))
    files = sorted(["positive/" + f for f in os.listdir(os.path.join(out, "positive"))] +
                   ["negative/" + f for f in os.listdir(os.path.join(out, "negative"))])
    pos = [f for f in files if f.startswith("positive/")]
    neg = [f for f in files if f.startswith("negative/")]
    if len(pos) != n_pos or len(neg) != n_neg:
        errors.append("counts %d/%d" % (len(pos), len(neg)))
    for i, f in enumerate(pos, 1):
        if not re.fullmatch(r"positive/p%03d_[a-z0-9_]+\.eml" % i, f):
            errors.append("bad positive name " + f)
    for i, f in enumerate(neg, 1):
        if not re.fullmatch(r"negative/n%03d_[a-z0-9_]+\.eml" % i, f):
            errors.append("bad negative name " + f)
    if sorted(labels) != files or list(labels) != sorted(labels):
        errors.append("labels keys do not match files (or are not sorted)")
    holder_nams = {h.nam: h for h in holders}
    features = {}
    for f in files:
        lab = labels.get(f, {})
        is_pos = f.startswith("positive/")
        if lab.get("confidential") is not is_pos:
            errors.append("%s: confidential flag" % f)
        if lab.get("lang") not in ("fr", "en"):
            errors.append("%s: lang" % f)
        if not lab.get("note"):
            errors.append("%s: note" % f)
        types = lab.get("types", [])
        if any(t not in TYPES for t in types):
            errors.append("%s: unknown type" % f)
        if is_pos and not types:
            errors.append("%s: positive without types" % f)
        if not is_pos and types:
            errors.append("%s: negative with types" % f)
        raw = open(os.path.join(out, f), "rb").read()
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if not msg.get(h):
                    errors.append("%s: missing %s" % (f, h))
            for part in all_parts(msg):
                if part.defects:
                    errors.append("%s: defects %r" % (f, part.defects))
            text = message_text(msg)
        except Exception as e:  # noqa
            errors.append("%s: decode failure %r" % (f, e))
            continue
        features[f] = file_features(raw, msg, text)
        sq = squash(text)
        ft = fold(text)
        found = {n for n in holder_nams if n in sq}
        for m in NAM_RE.finditer(norm_text(text).upper()):
            cand = "".join(m.groups())
            if cand not in holder_nams:
                errors.append("%s: NAM-shaped token not from list: %s" % (f, cand))
        m = meta.get(f, {"ids": [], "nams": []})
        if not is_pos:
            if found:
                errors.append("%s: NAM in negative" % f)
            for h in holders:
                if re.search(r"\b%s\b" % re.escape(fold(h.surname)), ft):
                    errors.append("%s: NAM holder surname %s in negative" % (f, h.surname))
            if m["ids"]:
                errors.append("%s: identifiers recorded in negative" % f)
            continue
        # positives: NAM placement
        rec_nams = {n[0] for n in m["nams"]}
        if found != rec_nams:
            errors.append("%s: NAMs found %s vs recorded %s" % (f, sorted(found), sorted(rec_nams)))
        if found and "ramq_nam" not in types:
            errors.append("%s: NAM present, ramq_nam not labelled" % f)
        if "ramq_nam" in types and not found:
            errors.append("%s: ramq_nam labelled, none present" % f)
        for nam, surname, given, dob_s, sex_s in m["nams"]:
            h = holder_nams[nam]
            if (h.surname, h.given) != (surname, given):
                errors.append("%s: NAM %s used with wrong holder" % (f, nam))
            if not re.search(r"\b%s\b" % re.escape(fold(surname)), ft) or \
                    not re.search(r"\b%s\b" % re.escape(fold(given)), ft):
                errors.append("%s: NAM %s without holder name" % (f, nam))
            if fold(dob_s) not in ft:
                errors.append("%s: NAM %s without birth date %s" % (f, nam, dob_s))
            if fold(sex_s) not in ft:
                errors.append("%s: NAM %s without sex" % (f, nam))
            if "date_of_birth" not in types or "patient_name" not in types:
                errors.append("%s: NAM holder name/DOB not labelled" % f)
        # identifier validity / presence / labelling
        rec_types = set()
        for t, v in m["ids"]:
            rec_types.add(t)
            if not id_valid(t, v):
                errors.append("%s: invalid %s %s" % (f, t, v))
            if v not in sq:
                errors.append("%s: %s %s not found in decoded text" % (f, t, v))
        for t in ID_TYPES:
            if (t in types) != (t in rec_types):
                errors.append("%s: id type %s label mismatch" % (f, t))
    return errors, features


# --------------------------------------------------------------------------- transports

FEATURES = ["text/plain only", "text/html only", "multipart/alternative", "multipart/mixed",
            "PDF attachment", "DOCX attachment", "XLSX attachment", "CSV attachment", "ICS attachment",
            "vCard attachment", "ZIP attachment", "attached message (message/rfc822)",
            "charset utf-8", "charset us-ascii", "charset iso-8859-1", "charset windows-1252",
            "CTE 7bit", "CTE 8bit", "CTE quoted-printable", "CTE base64", "CRLF line ends", "LF line ends",
            "RFC 2047 encoded header", "RFC 2231 file name", "full-width digits"]


def file_features(raw, msg, text):
    fs = set()
    ct = msg.get_content_type()
    if ct == "text/plain":
        fs.add("text/plain only")
    elif ct == "text/html":
        fs.add("text/html only")
    for part in all_parts(msg):
        t = part.get_content_type()
        fn = (part.get_filename() or "").lower()
        if t == "multipart/alternative":
            fs.add("multipart/alternative")
        if t == "multipart/mixed":
            fs.add("multipart/mixed")
        if t == "message/rfc822":
            fs.add("attached message (message/rfc822)")
        for ext, name in ((".pdf", "PDF"), (".docx", "DOCX"), (".xlsx", "XLSX"), (".csv", "CSV"),
                          (".ics", "ICS"), (".vcf", "vCard"), (".zip", "ZIP")):
            if fn.endswith(ext):
                fs.add(name + " attachment")
        cs = part.get_content_charset()
        if cs in ("utf-8", "us-ascii", "iso-8859-1", "windows-1252"):
            fs.add("charset " + cs)
        cte = (part.get("Content-Transfer-Encoding") or "").lower()
        if cte in ("7bit", "8bit", "quoted-printable", "base64"):
            fs.add("CTE " + cte)
    fs.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    if b"=?" in raw.split(b"\n\n")[0] or b"=?" in raw.split(b"\r\n\r\n")[0] or re.search(rb'name="=\?', raw):
        fs.add("RFC 2047 encoded header")
    if re.search(rb"filename\*(0\*)?=", raw):
        fs.add("RFC 2231 file name")
    if re.search("[\uff10-\uff19]", text):
        fs.add("full-width digits")
    return fs
