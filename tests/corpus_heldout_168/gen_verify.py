"""Re-parse the written corpus, decode every part, check labels and identifiers."""
import base64
import email
import email.header
import email.policy
import hashlib
import html
import io
import json
import os
import re
import zipfile
import zlib

import gen_common as C

ALLOWED = {"patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
           "diagnosis", "medication", "lab_result", "patient_contact", "social_information"}


# --------------------------------------------------------------------------
# Decoders
# --------------------------------------------------------------------------
def _pdf_unescape(b):
    out, i = bytearray(), 0
    while i < len(b):
        ch = b[i]
        if ch == 0x5C and i + 1 < len(b):
            n = b[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                while j < len(b) and j < i + 4 and 0x30 <= b[j] <= 0x37:
                    j += 1
                out.append(int(b[i + 1:j], 8) & 0xFF)
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
        head, body = m.group(1), m.group(2)
        if b"ASCII85Decode" in head:
            body = base64.a85decode(body.strip(), adobe=True)
        if b"FlateDecode" in head:
            body = zlib.decompress(body)
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", body, re.S):
            chunks.append(_pdf_unescape(s.group(1)).decode("cp1252"))
    if not chunks:
        raise ValueError("no text in PDF")
    return "\n".join(chunks)


def ooxml_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in z.namelist():
        if n.endswith(".xml") and (n.startswith("word/document") or n.startswith("xl/") or n == "docProps/core.xml"):
            x = z.read(n).decode("utf-8")
            x = re.sub(r"</w:p>|</row>|</si>", "\n", x)
            x = re.sub(r"<[^>]+>", " ", x)
            out.append(html.unescape(x))
    return "\n".join(out)


def unfold_escape(t):
    t = re.sub(r"\r?\n[ \t]", "", t)
    return t.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def file_text(name, data):
    low = name.lower()
    if low.endswith(".pdf"):
        return pdf_text(data)
    if low.endswith((".docx", ".xlsx")):
        return ooxml_text(data)
    if low.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        parts = []
        for n in z.namelist():
            parts.append(n)
            parts.append(file_text(n, z.read(n)))
        return "\n".join(parts)
    if low.endswith((".csv", ".txt", ".ics", ".vcf")):
        try:
            t = data.decode("utf-8")
        except UnicodeDecodeError:
            t = data.decode("cp1252")
        return unfold_escape(t) if low.endswith((".ics", ".vcf")) else t
    raise ValueError("unknown file type " + name)


def _decode_filename(fn):
    if fn and "=?" in fn:
        fn = str(email.header.make_header(email.header.decode_header(fn)))
    return fn


def _hdr_text(msg):
    out = []
    for h in ("Subject", "From", "To", "Cc"):
        v = msg.get(h)
        if v is not None:
            out.append(str(v))
    return "\n".join(out)


def collect(part, out, kinds):
    ctype = part.get_content_type()
    if part.is_multipart() and ctype.startswith("multipart/"):
        for sp in part.iter_parts():
            collect(sp, out, kinds)
        return
    if ctype == "message/rfc822":
        kinds.add("message/rfc822")
        fn = _decode_filename(part.get_filename())
        if fn:
            out.append(fn)
        inner = part.get_content()
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if inner.get(h) is None:
                raise ValueError("inner message lacks " + h)
        out.append(_hdr_text(inner))
        collect(inner, out, kinds)
        return
    fn = _decode_filename(part.get_filename())
    if fn:
        out.append(fn)
    if ctype in ("text/plain", "text/html") and not fn:
        t = part.get_content()
        if ctype == "text/html":
            kinds.add("html")
            t = html.unescape(re.sub(r"<[^>]+>", " ", t))
        out.append(t)
        return
    data = part.get_payload(decode=True)
    if data is None:
        raise ValueError("undecodable part " + ctype)
    ext = {"application/pdf": ".pdf", "text/csv": ".csv", "text/calendar": ".ics", "text/vcard": ".vcf",
           "application/zip": ".zip",
           "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
           "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx"}.get(ctype)
    if ext is None:
        raise ValueError("unexpected content type " + ctype)
    kinds.add(ext)
    out.append(file_text("x" + ext, data))


def message_text(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg.get(h) is None:
            raise ValueError("missing header " + h)
    out, kinds = [_hdr_text(msg)], set()
    collect(msg, out, kinds)
    return msg, "\n".join(out), kinds


# --------------------------------------------------------------------------
# Features (for the README table)
# --------------------------------------------------------------------------
def features(raw, msg, text, kinds):
    f = set()
    top = msg.get_content_type()
    if top == "text/plain":
        f.add("text/plain only")
    elif top == "text/html":
        f.add("text/html only")
    ctypes = [p.get_content_type() for p in msg.walk()]
    if "multipart/alternative" in ctypes:
        f.add("multipart/alternative")
    if top == "multipart/mixed":
        f.add("multipart/mixed")
    names = {".pdf": "attachment: PDF", ".docx": "attachment: DOCX", ".xlsx": "attachment: XLSX", ".csv": "attachment: CSV",
             ".ics": "attachment: ICS", ".vcf": "attachment: vCard", ".zip": "attachment: ZIP", "message/rfc822": "attachment: message/rfc822 (.eml)"}
    for k in kinds:
        if k in names:
            f.add(names[k])
    for p in msg.walk():
        if p.get_content_maintype() == "text" and p.get_param("charset"):
            f.add("charset " + p.get_param("charset").lower())
    for m in re.finditer(rb"Content-Transfer-Encoding: *([A-Za-z0-9-]+)", raw):
        f.add("CTE " + m.group(1).decode().lower())
    f.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    head = raw.split(b"\r\n\r\n" if b"\r\n" in raw else b"\n\n", 1)[0]
    if re.search(rb"^Subject:[^\n]*=\?", head, re.M | re.I):
        f.add("RFC 2047 Subject")
    if re.search(rb"^(From|To|Cc):[^\n]*=\?", head, re.M | re.I):
        f.add("RFC 2047 display name")
    if re.search(rb"filename\*(0\*?)?=|filename\*=", raw):
        f.add("RFC 2231 file name")
    if re.search(rb'filename="=\?', raw):
        f.add("RFC 2047 file name")
    if re.search("[\uff10-\uff19]", text):
        f.add("full-width digits")
    if re.search(r"^> ", text, re.M) or "blockquote" in raw.decode("latin-1").lower():
        f.add("quoted reply")
    if "Message transféré" in text or "Forwarded message" in text:
        f.add("inline forward")
    return f


# --------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------
def digest(out):
    h = hashlib.sha256()
    rels = []
    for sub in ("positive", "negative"):
        for n in os.listdir(os.path.join(out, sub)):
            if n.endswith(".eml"):
                rels.append(f"{sub}/{n}")
    rels.append("labels.json")
    for rel in sorted(rels):
        with open(os.path.join(out, rel), "rb") as fh:
            data = fh.read()
        h.update(rel.encode() + b"\0" + data + b"\0")
    return h.hexdigest()


def verify(out, records):
    """records: {relpath: spec}.  Returns (errors, feature_counts)."""
    errs = []
    nams = C.load_nams()
    nam_by = {p.nam: p for p in nams}
    with open(os.path.join(out, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted([f"positive/{n}" for n in os.listdir(os.path.join(out, "positive"))] +
                   [f"negative/{n}" for n in os.listdir(os.path.join(out, "negative"))])
    if sorted(labels) != files:
        errs.append("labels.json keys do not match files")
    if list(labels) != sorted(labels):
        errs.append("labels.json keys not sorted")
    pos = [f for f in files if f.startswith("positive/")]
    neg = [f for f in files if f.startswith("negative/")]
    if len(pos) != 120 or len(neg) != 180:
        errs.append(f"counts {len(pos)}/{len(neg)}")
    for i, f in enumerate(pos, 1):
        if not re.fullmatch(rf"positive/p{i:03d}_[a-z_]+\.eml", f):
            errs.append("bad name " + f)
    for i, f in enumerate(neg, 1):
        if not re.fullmatch(rf"negative/n{i:03d}_[a-z_]+\.eml", f):
            errs.append("bad name " + f)
    pos_patients = set()
    for rec in records.values():
        for p in rec.get("patients", []):
            pos_patients.add(p)
    person_names = [C.fold(p.full) for p in pos_patients] + [C.fold(p.full) for p in nams]
    staff_names = [C.fold(s.surname) for s in C.STAFF.values()]
    nam_surnames = sorted({C.fold(p.surname) for p in nams})
    counts = {}
    for rel in files:
        lab = labels.get(rel, {})
        rec = records.get(rel)
        with open(os.path.join(out, rel), "rb") as fh:
            raw = fh.read()
        try:
            msg, text, kinds = message_text(raw)
        except Exception as e:  # noqa: BLE001
            errs.append(f"{rel}: parse/decode error {e!r}")
            continue
        for ft in features(raw, msg, text, kinds):
            counts[ft] = counts.get(ft, 0) + 1
        ftext, atext = C.fold(text), C.alnum(text)
        if lab.get("lang") not in ("fr", "en"):
            errs.append(rel + ": bad lang")
        note = C.fold(lab.get("note", ""))
        if not note or any(n in note for n in person_names) or any(re.search(rf"\b{re.escape(s)}\b", note) for s in staff_names):
            errs.append(rel + ": bad note")
        found_nams = [n for n in nam_by if n in atext]
        if rel.startswith("positive/"):
            types = lab.get("types", [])
            if lab.get("confidential") is not True or not types or not set(types) <= ALLOWED:
                errs.append(rel + ": bad positive label")
            if sorted(types) != sorted(rec["types"]):
                errs.append(rel + ": label types differ from spec")
            if "patient_name" not in types and not ({"mrn", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir"} & set(types)):
                errs.append(rel + ": positive without identifier")
            if not ({"diagnosis", "medication", "lab_result", "date_of_birth", "patient_contact", "social_information"} & set(types)):
                errs.append(rel + ": positive without personal information")
            for kind, s in rec["must"]:
                if kind == "text" and C.fold(s) not in ftext:
                    errs.append(f"{rel}: missing text {s!r}")
                if kind == "id" and C.alnum(s) not in atext:
                    errs.append(f"{rel}: missing id {s!r}")
            for kind, raw_id in rec["ids"]:
                if not C.validate_id(kind, raw_id):
                    errs.append(f"{rel}: invalid {kind} {raw_id}")
                if kind not in types:
                    errs.append(f"{rel}: {kind} not labelled")
            holders = {p.nam for p in rec["nam_holders"]}
            for n in found_nams:
                if n not in holders:
                    errs.append(f"{rel}: unexpected NAM {n}")
            for n in holders:
                p = nam_by.get(n)
                if p is None or n not in found_nams:
                    errs.append(f"{rel}: NAM {n} not from list or not present")
                    continue
                if C.fold(p.given) not in ftext or C.fold(p.surname) not in ftext:
                    errs.append(f"{rel}: NAM holder name missing")
                if not any(C.fold(C.date_as(p.dob, lg, st)) in ftext for lg in ("fr", "en") for st in C.DATE_STYLES):
                    errs.append(f"{rel}: NAM holder birth date missing")
                if not re.search(rf"(sexe|sex)\W*{p.sex.lower()}\b|\({p.sex.lower()}\)|\b{p.sex.lower()}\b", ftext):
                    errs.append(f"{rel}: NAM holder sex missing")
            if holders and "ramq_nam" not in types:
                errs.append(rel + ": ramq_nam not labelled")
            if "ramq_nam" in types and not holders:
                errs.append(rel + ": ramq_nam labelled but absent")
        else:
            if lab.get("confidential") is not False or lab.get("types") != []:
                errs.append(rel + ": bad negative label")
            if found_nams:
                errs.append(rel + ": NAM in negative")
            for p in nams:
                g, s = C.fold(p.given), C.fold(p.surname)
                for form in (f"{g} {s}", f"{s}, {g}", f"{s} {g}"):
                    if form in ftext:
                        errs.append(f"{rel}: NAM holder name in negative")
            for s in nam_surnames:
                if re.search(rf"(?<![a-z]){re.escape(s)}(?![a-z])", ftext):
                    errs.append(f"{rel}: NAM holder surname {s!r} in negative")
            for n in person_names:
                if n in ftext:
                    errs.append(f"{rel}: patient name in negative")
    return errs, counts
