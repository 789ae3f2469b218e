"""Re-parse every generated file, decode every part, and check labels and identifiers."""
import base64
import email
import email.policy
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

import gen_common as C

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]
IDENTITY = {"patient_name", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"}
PERSONAL = {"date_of_birth", "diagnosis", "medication", "lab_result", "patient_contact", "social_information"}
VALIDATORS = {
    "ca_sin": ca_sin.is_valid,
    "ca_health_number": C.ohip_valid,
    "be_niss": be_nn.is_valid,
    "fr_nir": fr_nir.is_valid,
    "mrn": lambda v: v.isdigit() and len(v) == 7,
    "ramq_nam": lambda v: any(r["nam"] == v for r in C.NAMS),
}


class CheckError(Exception):
    pass


# ---------------------------------------------------------------- PDF text
def _pdf_literals(data):
    out = []
    i, n = 0, len(data)
    while i < n:
        if data[i:i + 1] == b"(":
            depth, j, buf = 1, i + 1, bytearray()
            while j < n and depth:
                c = data[j:j + 1]
                if c == b"\\":
                    nxt = data[j + 1:j + 2]
                    if nxt in b"01234567" and nxt:
                        k = j + 1
                        while k < n and k < j + 4 and data[k:k + 1] in b"01234567":
                            k += 1
                        buf.append(int(data[j + 1:k], 8) & 0xFF)
                        j = k
                        continue
                    buf += {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}.get(nxt, nxt)
                    j += 2
                    continue
                if c == b"(":
                    depth += 1
                elif c == b")":
                    depth -= 1
                    if depth == 0:
                        break
                buf += c
                j += 1
            out.append(bytes(buf).decode("cp1252", "replace"))
            i = j + 1
        else:
            i += 1
    return out


def pdf_text(data):
    if not data.startswith(b"%PDF"):
        raise CheckError("not a PDF")
    texts = []
    for m in re.finditer(rb"obj\s*<<(.*?)>>\s*stream\r?\n(.*?)\r?\n?endstream", data, re.S):
        d, s = m.group(1), m.group(2)
        if b"ASCII85Decode" in d:
            s = s.strip()
            if s.endswith(b"~>"):
                s = s[:-2]
            s = base64.a85decode(s)
        if b"FlateDecode" in d:
            s = zlib.decompress(s)
        texts.extend(_pdf_literals(s))
    head = re.sub(rb"stream\r?\n.*?endstream", b"", data, flags=re.S)
    texts.extend(_pdf_literals(head))
    return "\n".join(texts)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    out = [d.core_properties.title or "", d.core_properties.author or ""]
    out += [p.text for p in d.paragraphs]
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
    for enc in ("utf-8", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise CheckError("undecodable member " + name)


def zip_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    if z.testzip() is not None:
        raise CheckError("bad zip member")
    return "\n".join(info.filename + "\n" + file_text(info.filename, z.read(info.filename)) for info in z.infolist())


def message_text(msg, depth=0):
    """All decoded text of a message: headers, bodies, attachment names and contents."""
    if depth > 3:
        raise CheckError("nesting too deep")
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            raise CheckError("missing header " + h)
    out = ["%s: %s" % (h, msg[h]) for h in ("From", "To", "Cc", "Subject") if msg[h] is not None]
    for part in msg.walk():
        if part.defects:
            raise CheckError("defects: %r" % part.defects)
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if ctype == "message/rfc822":
            inner = part.get_content()
            out.append(message_text(inner, depth + 1))
            continue
        content = part.get_content()
        if isinstance(content, str):
            out.append(content)
            continue
        if ctype == "application/pdf":
            out.append(pdf_text(content))
        elif ctype.endswith("wordprocessingml.document"):
            out.append(docx_text(content))
        elif ctype.endswith("spreadsheetml.sheet"):
            out.append(xlsx_text(content))
        elif ctype == "application/zip":
            out.append(zip_text(content))
        else:
            raise CheckError("unhandled part " + ctype)
    return "\n".join(out)


def fold(s):
    s = unicodedata.normalize("NFKD", s.translate(C.FROM_FULLWIDTH))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def _word_in(word, text):
    return re.search(r"(?<![a-z0-9])" + re.escape(fold(word)) + r"(?![a-z0-9])", text) is not None


SEX_RE = re.compile(r"(?i)\b(sexe?|sex)\s*[:=]?\s*([FM])\b")


def check_nam_context(rec, text, lines):
    ft = fold(text)
    if not (_word_in(rec["surname"], ft) and _word_in(rec["given"], ft)):
        raise CheckError("NAM %s without holder name" % rec["nam"])
    if not any(v in text for v in C.dob_variants(rec["dob"])):
        raise CheckError("NAM %s without birth date" % rec["nam"])
    ok = any(m.group(2).upper() == rec["sex"] for m in SEX_RE.finditer(text))
    if not ok:
        for ln in lines:
            if rec["surname"].lower() in ln.lower() and re.search(r"(^|[\s|,;])%s($|[\s|,;])" % rec["sex"], ln):
                ok = True
                break
    if not ok:
        raise CheckError("NAM %s without sex" % rec["nam"])


# ---------------------------------------------------------------- features
def features(raw, msg):
    f = set()
    head = raw.split(b"\r\n\r\n" if b"\r\n\r\n" in raw[:4000] else b"\n\n", 1)[0]
    f.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    top = msg.get_content_type()
    if top == "text/plain":
        f.add("single text/plain body")
    if top == "text/html":
        f.add("HTML-only body")
    for m in re.finditer(rb"(?im)^(subject|from|to|cc):(.*(?:\r?\n[ \t].*)*)", head):
        if b"=?" in m.group(2):
            f.add("RFC 2047 encoded Subject" if m.group(1).lower() == b"subject" else "RFC 2047 encoded display name")
    if re.search(rb"(?i)filename\*0?\*?=", raw):
        f.add("RFC 2231 file name")
    if re.search(rb'(?i)name="=\?', raw):
        f.add("RFC 2047 file name parameter")
    if msg["In-Reply-To"]:
        f.add("In-Reply-To (reply)")
    kinds = {"application/pdf": "PDF attachment", "text/csv": "CSV attachment", "text/calendar": "ICS attachment",
             "text/vcard": "vCard attachment", "text/x-vcard": "vCard attachment", "application/zip": "ZIP attachment",
             "message/rfc822": "attached message/rfc822"}
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "multipart/alternative":
            f.add("multipart/alternative")
        if ct == "multipart/mixed":
            f.add("multipart/mixed")
        if ct in kinds:
            f.add(kinds[ct])
        if ct.endswith("wordprocessingml.document"):
            f.add("DOCX attachment")
        if ct.endswith("spreadsheetml.sheet"):
            f.add("XLSX attachment")
        if not part.is_multipart():
            cs = part.get_content_charset()
            if cs and ct.startswith("text/"):
                f.add("charset " + cs)
            cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
            f.add("Content-Transfer-Encoding " + cte)
    return f


# ---------------------------------------------------------------- main check
def verify(out_dir, metas):
    """metas: {relpath: spec}; returns (feature counts, type counts, lang counts)."""
    with open(os.path.join(out_dir, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    pos = sorted(os.listdir(os.path.join(out_dir, "positive")))
    neg = sorted(os.listdir(os.path.join(out_dir, "negative")))
    if len(pos) != 120 or len(neg) != 180:
        raise CheckError("counts %d/%d" % (len(pos), len(neg)))
    for i, n in enumerate(pos):
        if not re.fullmatch(r"p%03d_[a-z_]+\.eml" % (i + 1), n):
            raise CheckError("bad name " + n)
    for i, n in enumerate(neg):
        if not re.fullmatch(r"n%03d_[a-z_]+\.eml" % (i + 1), n):
            raise CheckError("bad name " + n)
    files = ["positive/" + n for n in pos] + ["negative/" + n for n in neg]
    if sorted(labels) != sorted(files) or list(labels) != sorted(labels):
        raise CheckError("labels do not match files")
    person_words = set(C.NAM_SURNAMES) | set(C.PAT_SUR_FR + C.PAT_SUR_EN + C.PAT_SUR_BE + C.PAT_SUR_FRA)
    person_words |= {v[0].split()[-1] for v in C.STAFF.values()}
    if set(C.NAM_SURNAMES) & set(C.PAT_SUR_FR + C.PAT_SUR_EN + C.PAT_SUR_BE + C.PAT_SUR_FRA):
        raise CheckError("patient pools overlap NAM holders")
    feat_counts, type_counts, lang_counts = {}, {t: 0 for t in TYPES}, {}
    for rel in files:
        lab = labels[rel]
        meta = metas[rel]
        is_pos = rel.startswith("positive/")
        if lab["confidential"] is not is_pos:
            raise CheckError("flag " + rel)
        if lab["lang"] not in ("fr", "en"):
            raise CheckError("lang " + rel)
        if not lab.get("note") or any(_word_in(w, fold(lab["note"])) for w in person_words):
            raise CheckError("note " + rel)
        if any(t not in TYPES for t in lab["types"]):
            raise CheckError("type " + rel)
        with open(os.path.join(out_dir, rel), "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        text = message_text(msg)
        lines = text.split("\n")
        comp = C.compact(text)
        ft = fold(text)
        for nr in C.NAMS:
            if nr["nam"] in comp:
                if not is_pos:
                    raise CheckError("NAM in negative " + rel)
                if nr["nam"] not in [p["nam"] for p in meta["nam_used"]]:
                    raise CheckError("unexpected NAM " + rel)
                check_nam_context(nr, text, lines)
        if is_pos:
            if not lab["types"]:
                raise CheckError("no types " + rel)
            ts = set(lab["types"])
            if not (ts & IDENTITY) or not (ts & PERSONAL):
                raise CheckError("positive lacks identity or personal content " + rel)
            for t, v in meta["ids"]:
                if not VALIDATORS[t](v):
                    raise CheckError("invalid %s %s in %s" % (t, v, rel))
                if C.compact(v) not in comp:
                    raise CheckError("id %s not found in %s" % (v, rel))
                if t not in ts:
                    raise CheckError("id type %s unlabelled in %s" % (t, rel))
            for t in ("ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"):
                if t in ts and t not in [x[0] for x in meta["ids"]]:
                    raise CheckError("type %s labelled without id in %s" % (t, rel))
            if "patient_name" in ts:
                cf = C.compact(ft)
                if not meta["names"] or not all(C.compact(fold(s)) in cf for s, g in meta["names"]):
                    raise CheckError("patient name missing " + rel)
            for t in lab["types"]:
                type_counts[t] += 1
        else:
            if lab["types"] or meta["ids"] or meta["names"]:
                raise CheckError("negative with findings " + rel)
            for s in C.NAM_SURNAMES:
                if _word_in(s, ft):
                    raise CheckError("NAM holder surname %s in negative %s" % (s, rel))
        lang_counts[lab["lang"]] = lang_counts.get(lab["lang"], 0) + 1
        for f in features(raw, msg):
            feat_counts[f] = feat_counts.get(f, 0) + 1
    return feat_counts, type_counts, lang_counts
