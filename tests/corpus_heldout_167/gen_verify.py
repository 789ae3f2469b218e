"""Re-parse every written message, decode every part, and check labels and identifiers."""
import base64
import html as _html
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
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

import gen_data as D
import gen_ids as I

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]
ID_TYPES = {"ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"}


# ------------------------------------------------------------------ decoders

def _pdf_unescape(s):
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i]
        if c == 0x5C and i + 1 < len(s):
            n = s[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                digs = b""
                while j < len(s) and len(digs) < 3 and 0x30 <= s[j] <= 0x37:
                    digs += bytes([s[j]])
                    j += 1
                out.append(int(digs, 8) & 0xFF)
                i = j
                continue
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def _pdf_strings(data):
    res = []
    i = 0
    while True:
        i = data.find(b"(", i)
        if i < 0:
            break
        depth, j, buf = 1, i + 1, bytearray()
        while j < len(data) and depth:
            c = data[j]
            if c == 0x5C:
                buf += data[j:j + 2]
                j += 2
                continue
            if c == 0x28:
                depth += 1
            elif c == 0x29:
                depth -= 1
                if depth == 0:
                    break
            buf.append(c)
            j += 1
        res.append(_pdf_unescape(bytes(buf)).decode("cp1252", "replace"))
        i = j + 1
    return res


def pdf_text(data):
    if not data.startswith(b"%PDF"):
        raise ValueError("not a PDF")
    texts = []
    for mt in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        head, body = mt.group(1), mt.group(2)
        if b"ASCII85Decode" in head:
            b = body.strip()
            if b.endswith(b"~>"):
                b = b[:-2]
            body = base64.a85decode(re.sub(rb"\s", b"", b))
        if b"FlateDecode" in head:
            body = zlib.decompress(body)
        texts.extend(_pdf_strings(body))
    texts.extend(_pdf_strings(re.sub(rb"stream\r?\n.*?endstream", b"", data, flags=re.S)))
    return "\n".join(texts)


def _xml_text(b):
    t = b.decode("utf-8")
    t = re.sub(r"</w:p>|</row>|<br/>", "\n", t)
    t = re.sub(r"<[^>]+>", " ", t)
    return _html.unescape(t)


def ooxml_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in sorted(z.namelist()):
        if n.endswith(".xml") and (n.startswith("word/document") or n.startswith("xl/sharedStrings") or n.startswith("xl/worksheets/")
                                   or n.startswith("docProps/")):
            out.append(_xml_text(z.read(n)))
    if not out:
        raise ValueError("empty OOXML")
    return "\n".join(out)


def decode_bytes(name, data):
    low = (name or "").lower()
    if low.endswith(".pdf") or data.startswith(b"%PDF"):
        return pdf_text(data)
    if low.endswith(".docx") or low.endswith(".xlsx"):
        return ooxml_text(data)
    if low.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        parts = []
        for n in z.namelist():
            parts.append(n)
            parts.append(decode_bytes(n, z.read(n)))
        return "\n".join(parts)
    for enc in ("utf-8", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    raise ValueError("undecodable member %s" % name)


def extract(raw):
    """Return (full text, features set, parsed message)."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    texts, feats = [], set()
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            raise ValueError("missing header %s" % h)
    top = msg.get_content_type()
    feats.add({"text/plain": "single part text/plain", "text/html": "single part text/html"}.get(top, top))
    for part in msg.walk():
        if part.defects:
            raise ValueError("defects: %r" % (part.defects,))
        for h in ("Subject", "From", "To", "Cc"):
            if part[h] is not None:
                texts.append(str(part[h]))
        ct = part.get_content_type()
        if part.is_multipart():
            feats.add(ct)
            continue
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        feats.add("CTE " + cte)
        cs = part.get_content_charset()
        if cs and part.get_content_maintype() == "text":
            feats.add("charset " + cs.lower())
        fn = part.get_filename()
        if fn:
            texts.append(fn)
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if ct == "text/html":
                import html as _h
                if re.search(r"&[a-z]+;|&#\d+;", content):
                    feats.add("HTML entities")
                content = _h.unescape(re.sub(r"<[^>]+>", " ", content))
            if ct in ("text/calendar", "text/vcard", "text/x-vcard"):
                content = re.sub(r"\r?\n[ \t]", "", content)
                content = content.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")
            texts.append(content)
            if fn or part.get_content_disposition() == "attachment":
                feats.add({"text/csv": "attachment CSV", "text/calendar": "attachment ICS", "text/vcard": "attachment vCard"}.get(ct, "attachment " + ct))
            elif ct == "text/calendar":
                feats.add("inline text/calendar invitation")
        else:
            data = part.get_content()
            texts.append(decode_bytes(fn, data))
            kind = {"application/pdf": "PDF", "application/zip": "ZIP",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "DOCX",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "XLSX"}.get(ct, ct)
            feats.add("attachment " + kind)
    if any(p.get_content_type() == "message/rfc822" for p in msg.walk()):
        feats.add("attached message/rfc822")
    feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    head = raw.split(b"\r\n\r\n" if b"\r\n\r\n" in raw else b"\n\n", 1)[0]
    hl = re.split(rb"\r?\n(?![ \t])", head)
    for line in hl:
        if line.lower().startswith(b"subject:") and b"=?" in line:
            feats.add("RFC 2047 Subject")
        if re.match(rb"(?i)(from|to|cc):", line) and b"=?" in line:
            feats.add("RFC 2047 display name")
    if b"filename*" in raw:
        feats.add("RFC 2231 file name")
    if re.search(rb'filename="=\?', raw):
        feats.add("RFC 2047 file name")
    if b"format=flowed" in raw:
        feats.add("format=flowed")
    return "\n".join(texts), feats, msg


# ------------------------------------------------------------------ normalisation

def fold(s):
    s = unicodedata.normalize("NFKC", s)
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s.lower()


def squash(s):
    return re.sub(r"[^0-9a-z]", "", fold(s))


def drug_names():
    names = set()
    for r in D.REGIMENS.values():
        names.update(x for x in r[2] + r[3])
    for s in D.SUPPORTIVE:
        names.update([s[0], s[1]] + ([s[2]] if s[2] else []))
    names.update(["amlodipine", "metformine", "metformin", "apixaban", "enoxaparine", "enoxaparin", "hydromorphone",
                  "pegfilgrastim", "filgrastim", "zoledronate", "pip-tazo", "piperacilline", "piperacillin"])
    return sorted({fold(n) for n in names if len(n) > 3})


# ------------------------------------------------------------------ main check

def verify(out, labels, mails, nams):
    errors = []
    feats_by_file = {}
    pos = sorted(f for f in os.listdir(os.path.join(out, "positive")) if f.endswith(".eml"))
    neg = sorted(f for f in os.listdir(os.path.join(out, "negative")) if f.endswith(".eml"))
    if len(pos) != 120:
        errors.append("positives: %d" % len(pos))
    if len(neg) != 180:
        errors.append("negatives: %d" % len(neg))
    files = ["positive/" + f for f in pos] + ["negative/" + f for f in neg]
    with open(os.path.join(out, "labels.json"), encoding="utf-8") as fh:
        disk_labels = json.load(fh)
    if disk_labels != labels:
        errors.append("labels.json differs from memory")
    if sorted(disk_labels) != sorted(files):
        errors.append("labels keys do not match files")
    if list(disk_labels) != sorted(disk_labels):
        errors.append("labels.json keys not sorted")
    for i, f in enumerate(pos, 1):
        if not re.match(r"p%03d_[a-z0-9_]+\.eml$" % i, f):
            errors.append("bad positive name %s" % f)
    for i, f in enumerate(neg, 1):
        if not re.match(r"n%03d_[a-z0-9_]+\.eml$" % i, f):
            errors.append("bad negative name %s" % f)
    nam_index = {r["nam"]: r for r in nams}
    holder_names = [(fold(r["surname"]), fold(r["given"])) for r in nams]
    holder_surnames = sorted({fold(r["surname"]) for r in nams})
    drugs = drug_names()
    msgids = set()
    bad_note_words = holder_surnames + [fold(s) for s in D.PATIENT_SURNAMES]
    for rel in files:
        lab = disk_labels.get(rel)
        if lab is None:
            errors.append("%s unlabelled" % rel)
            continue
        with open(os.path.join(out, rel), "rb") as fh:
            raw = fh.read()
        try:
            text, feats, msg = extract(raw)
        except Exception as exc:  # noqa: BLE001
            errors.append("%s: parse/decode failed: %s" % (rel, exc))
            continue
        feats_by_file[rel] = feats
        mid = str(msg["Message-ID"])
        if mid in msgids:
            errors.append("%s: duplicate Message-ID" % rel)
        msgids.add(mid)
        mail = mails.get(rel)
        try:
            got = [(a.display_name, a.addr_spec) for a in msg["From"].addresses] + \
                  [(a.display_name, a.addr_spec) for a in msg["To"].addresses]
            want = [mail.sender] + list(mail.to)
            if got != [tuple(w) for w in want]:
                errors.append("%s: address headers do not round-trip: %r" % (rel, got))
            if str(msg["Subject"]) != mail.subject:
                errors.append("%s: Subject does not round-trip" % rel)
        except Exception as exc:  # noqa: BLE001
            errors.append("%s: address parse failed: %s" % (rel, exc))
        is_pos = rel.startswith("positive/")
        if lab.get("confidential") is not is_pos:
            errors.append("%s: confidential flag wrong" % rel)
        if lab.get("lang") not in ("fr", "en"):
            errors.append("%s: lang" % rel)
        note = lab.get("note", "")
        if not note or any(re.search(r"\b%s\b" % re.escape(w), fold(note)) for w in bad_note_words):
            errors.append("%s: bad note" % rel)
        types = lab.get("types")
        if is_pos:
            if not types or any(t not in TYPES for t in types):
                errors.append("%s: bad types %r" % (rel, types))
                continue
        elif types:
            errors.append("%s: negative with types" % rel)
        sq = squash(text)
        ft = fold(text)
        sq_all = sq + squash(raw.decode("latin-1"))
        found_nams = [n for n in nam_index if n.lower() in sq_all]
        if not is_pos:
            if found_nams:
                errors.append("%s: NAM in negative" % rel)
            for s in holder_surnames:
                if re.search(r"(?<![a-z])%s(?![a-z])" % re.escape(s), ft):
                    errors.append("%s: NAM holder surname %s in negative" % (rel, s))
            for s, g in holder_names:
                if (g + " " + s) in ft or (s + ", " + g) in ft or (s + " " + g) in ft:
                    errors.append("%s: NAM holder name in negative" % rel)
            continue
        # positives
        if found_nams and "ramq_nam" not in types:
            errors.append("%s: NAM present but ramq_nam not labelled" % rel)
        if "ramq_nam" in types and not found_nams:
            errors.append("%s: ramq_nam labelled but no NAM found" % rel)
        for n in found_nams:
            r = nam_index[n]
            if fold(r["surname"]) not in ft or fold(r["given"]) not in ft:
                errors.append("%s: NAM %s without holder name" % (rel, n))
            if not any(fold(x) in ft for x in I.dob_renderings(r["dob"])):
                errors.append("%s: NAM %s without birth date" % (rel, n))
            if "date_of_birth" not in types:
                errors.append("%s: NAM present, date_of_birth not labelled" % rel)
        recorded = {t for t, v in mail.ids}
        for t in ID_TYPES:
            if (t in types) != (t in recorded):
                errors.append("%s: id type %s label/record mismatch" % (rel, t))
        for t, v in mail.ids:
            if squash(v) not in sq:
                errors.append("%s: recorded %s %s not found in text" % (rel, t, v))
            ok = {"ramq_nam": lambda x: x in nam_index, "ca_sin": ca_sin.is_valid,
                  "ca_health_number": lambda x: len(x) == 10 and luhn.is_valid(x), "be_niss": be_nn.is_valid,
                  "fr_nir": fr_nir.is_valid}.get(t, lambda x: True)(v)
            if not ok:
                errors.append("%s: invalid %s %s" % (rel, t, v))
        if "patient_contact" in types and "patient_contact" not in recorded:
            errors.append("%s: patient_contact without record" % rel)
        has_drug = any(re.search(r"(?<![a-z])%s(?![a-z])" % re.escape(d), ft) for d in drugs)
        if has_drug and "medication" not in types:
            errors.append("%s: drug mentioned but medication not labelled" % rel)
        for p in mail.nam_holders:
            if p.nam not in found_nams:
                errors.append("%s: NAM holder recorded but NAM not found" % rel)
    return errors, feats_by_file
