"""Re-parse every written file, decode every part, check labels and identifiers."""
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
from stdnum.ca import sin as std_sin
from stdnum.be import nn as std_nn
from stdnum.fr import nir as std_nir

import gen_common as C

TYPES = {"patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss",
         "fr_nir", "mrn", "diagnosis", "medication", "lab_result", "patient_contact",
         "social_information"}
ID_TYPES = {"ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"}


# ---------------------------------------------------------------- extraction

def _pdf_unescape(s):
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i]
        if c == 0x5C:
            i += 1
            n = s[i]
            if 0x30 <= n <= 0x37:
                j = i
                while j < len(s) and j < i + 3 and 0x30 <= s[j] <= 0x37:
                    j += 1
                out.append(int(s[i:j], 8))
                i = j
                continue
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9}.get(n, n))
        else:
            out.append(c)
        i += 1
    return bytes(out).decode("cp1252", "replace")


def pdf_text(data):
    if not data.startswith(b"%PDF"):
        raise ValueError("not a PDF")
    texts = []
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
            texts.append(_pdf_unescape(t.group(1)))
    if not texts:
        raise ValueError("PDF without text")
    return "\n".join(texts)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            out.append(" | ".join(c.text for c in r.cells))
    return "\n".join(out)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data))
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def html_text(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</div>", "\n", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return html.unescape(s)


def ical_text(s):
    s = re.sub(r"\r?\n[ \t]", "", s)
    return s.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def blob_text(name, ctype, data, feats):
    ext = (name or "").lower().rsplit(".", 1)[-1] if name and "." in name else ""
    if ctype == "application/pdf" or ext == "pdf":
        feats.add("PDF attachment")
        return pdf_text(data)
    if ext == "docx":
        feats.add("DOCX attachment")
        return docx_text(data)
    if ext == "xlsx":
        feats.add("XLSX attachment")
        return xlsx_text(data)
    if ctype == "application/zip" or ext == "zip":
        feats.add("ZIP attachment")
        out = []
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            for info in z.infolist():
                out.append(info.filename)
                mt = "text/plain" if info.filename.lower().endswith((".txt", ".csv", ".ics", ".vcf")) else ""
                b = z.read(info.filename)
                if mt:
                    if info.filename.lower().endswith(".csv"):
                        feats.add("CSV attachment")
                    out.append(b.decode("utf-8"))
                else:
                    out.append(blob_text(info.filename, "", b, feats))
        return "\n".join(out)
    raise ValueError(f"undecodable attachment {name} {ctype}")


def walk(msg, texts, feats, depth=0):
    if msg.defects:
        raise ValueError(f"MIME defects {msg.defects}")
    for h in ("Subject", "From", "To", "Cc"):
        v = msg.get(h)
        if v is not None:
            texts.append(str(v))
    ctype = msg.get_content_type()
    if ctype == "message/rfc822":
        feats.add("attached message (message/rfc822)")
        fn = msg.get_filename()
        if fn:
            texts.append(fn)
        for sub in msg.get_payload():
            walk(sub, texts, feats, depth + 1)
        return
    if msg.is_multipart():
        feats.add(f"multipart/{msg.get_content_subtype()}")
        for sub in msg.get_payload():
            walk(sub, texts, feats, depth + 1)
        return
    cte = msg.get("Content-Transfer-Encoding", "7bit").lower()
    feats.add(f"Content-Transfer-Encoding {cte}")
    fn = msg.get_filename()
    if fn:
        texts.append(fn)
    raw = msg.get_payload(decode=True)
    if msg.get_content_maintype() == "text":
        cs = msg.get_content_charset() or "us-ascii"
        feats.add(f"charset {cs}")
        s = raw.decode(cs)  # strict
        if ctype == "text/html":
            s = html_text(s)
        elif ctype in ("text/calendar", "text/vcard"):
            feats.add("ICS attachment" if ctype == "text/calendar" else "vCard attachment")
            s = ical_text(s)
        elif ctype == "text/csv":
            feats.add("CSV attachment")
        texts.append(s)
        return
    texts.append(blob_text(fn, ctype, raw, feats))


def parse_file(path):
    with open(path, "rb") as fh:
        data = fh.read()
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg.get(h) is None:
            raise ValueError(f"{path}: missing {h}")
    texts, feats = [], set()
    walk(msg, texts, feats)
    # top-level structure features
    ct = msg.get_content_type()
    if ct == "text/plain":
        feats.add("single part text/plain")
    elif ct == "text/html":
        feats.add("single part text/html (HTML only)")
    feats.add("CRLF line ends" if b"\r\n" in data else "LF line ends")
    head = data.split(b"\r\n\r\n" if b"\r\n" in data else b"\n\n", 1)[0]
    if re.search(rb"(?im)^Subject:.*=\?[^?]+\?[bq]\?", head):
        feats.add("RFC 2047 encoded Subject")
    if re.search(rb"(?im)^(From|To|Cc):(.*\n[ \t])*.*=\?[^?]+\?[bq]\?", head.replace(b"\r\n", b"\n")):
        feats.add("RFC 2047 encoded display name")
    if re.search(rb"filename\*(0\*)?=", data):
        feats.add("RFC 2231 file name")
    return "\n".join(texts), feats


# ---------------------------------------------------------------- checks

def compact(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[^0-9A-Za-z]", "", s).upper()


def norm(s):
    return C.fold(unicodedata.normalize("NFKC", s))


def holder_name_present(p, ntext):
    g, s = C.fold(p.given), C.fold(p.surname)
    pats = [rf"\b{re.escape(g)}\s+{re.escape(s)}\b", rf"\b{re.escape(s)}\s*,?\s+{re.escape(g)}\b"]
    return any(re.search(x, ntext) for x in pats)


def sex_present(sex, text):
    return bool(re.search(rf"(?i)\bsexe?[\s:=|]*{sex}\b", text) or f"({sex})" in text)


def verify(out_dir, id_meta, expect_pos=120, expect_neg=180):
    errors = []
    holders = C.load_holders()
    with open(os.path.join(out_dir, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted([f"positive/{f}" for f in os.listdir(os.path.join(out_dir, "positive"))] +
                   [f"negative/{f}" for f in os.listdir(os.path.join(out_dir, "negative"))])
    if sorted(labels) != files or list(labels) != sorted(labels):
        errors.append("labels.json keys do not match files (or are not sorted)")
    pos = [f for f in files if f.startswith("positive/")]
    neg = [f for f in files if f.startswith("negative/")]
    if len(pos) != expect_pos or len(neg) != expect_neg:
        errors.append(f"counts {len(pos)}/{len(neg)}")
    for i, f in enumerate(pos, 1):
        if not re.fullmatch(rf"positive/p{i:03d}_[a-z0-9_]+\.eml", f):
            errors.append(f"bad name {f}")
    for i, f in enumerate(neg, 1):
        if not re.fullmatch(rf"negative/n{i:03d}_[a-z0-9_]+\.eml", f):
            errors.append(f"bad name {f}")
    nam_re = re.compile(r"[A-Z]{4}\d{8}")
    feature_files = {}
    for f in files:
        lab = labels.get(f, {})
        try:
            text, feats = parse_file(os.path.join(out_dir, f))
        except Exception as e:  # noqa
            errors.append(f"{f}: parse/decode failure: {e!r}")
            continue
        for ft in feats:
            feature_files.setdefault(ft, []).append(f)
        conf = f.startswith("positive/")
        if lab.get("confidential") is not conf:
            errors.append(f"{f}: confidential flag")
        if lab.get("lang") not in ("fr", "en"):
            errors.append(f"{f}: lang")
        if not lab.get("note"):
            errors.append(f"{f}: note")
        types = set(lab.get("types", []))
        if conf and (not types or not types <= TYPES):
            errors.append(f"{f}: types {types}")
        if not conf and types:
            errors.append(f"{f}: negative with types")
        ctext = compact(text)
        ntext = norm(text)
        found = [h for h in holders if h.nam in ctext]
        # any NAM-shaped string must be a listed one
        for mm in nam_re.finditer(unicodedata.normalize("NFKC", text).upper()):
            if mm.group(0) not in {h.nam for h in holders}:
                errors.append(f"{f}: unlisted NAM-shaped string {mm.group(0)}")
        if not conf:
            if found:
                errors.append(f"{f}: NAM in negative")
            for h in holders:
                if holder_name_present(h, ntext):
                    errors.append(f"{f}: NAM holder name {h.surname} in negative")
            for s in C.NAM_SURNAMES:
                if re.search(rf"\b{re.escape(C.fold(s))}\b", ntext):
                    errors.append(f"{f}: NAM holder surname {s} in negative")
            continue
        if bool(found) != ("ramq_nam" in types):
            errors.append(f"{f}: ramq_nam label mismatch ({[h.nam for h in found]})")
        for h in found:
            if not holder_name_present(h, ntext):
                errors.append(f"{f}: NAM {h.nam} without holder name")
            if not any(v in ntext for v in C.dob_variants(h.dob)):
                errors.append(f"{f}: NAM {h.nam} without birth date")
            if not sex_present(h.sex, unicodedata.normalize("NFKC", text)):
                errors.append(f"{f}: NAM {h.nam} without sex")
        if found and not {"patient_name", "date_of_birth"} <= types:
            errors.append(f"{f}: NAM without name/dob types")
        meta = id_meta.get(f, {})
        for t, vals in meta.items():
            if t not in types:
                errors.append(f"{f}: id type {t} not in types")
            for v in vals:
                if compact(v) not in ctext:
                    errors.append(f"{f}: {t} {v} not found in text")
                ok = {"ca_sin": std_sin.is_valid, "be_niss": std_nn.is_valid, "fr_nir": std_nir.is_valid,
                      "ca_health_number": lambda x: len(x) == 10 and x.isdigit() and luhn.is_valid(x),
                      "mrn": lambda x: x.isdigit(), "ramq_nam": lambda x: x in {h.nam for h in holders}}[t](v)
                if not ok:
                    errors.append(f"{f}: invalid {t} {v}")
        for t in types & (ID_TYPES - {"ramq_nam"}):
            if t not in meta:
                errors.append(f"{f}: type {t} without recorded identifier")
    return errors, feature_files
