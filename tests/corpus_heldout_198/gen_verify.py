"""Re-parse every written file, decode every part, and check labels, NAM
placement and identifier validity.  Also detects the transport features."""
import base64
import email
import email.policy
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
from gen_build import IDENTITY, PERSONAL

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir",
         "mrn", "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]


# ------------------------------------------------------------------------
# decoders
# ------------------------------------------------------------------------
def _pdf_unescape(b):
    out = bytearray()
    i = 0
    while i < len(b):
        c = b[i]
        if c == 0x5C and i + 1 < len(b):
            n = b[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                oct_ = b""
                while j < len(b) and len(oct_) < 3 and 0x30 <= b[j] <= 0x37:
                    oct_ += bytes([b[j]])
                    j += 1
                out.append(int(oct_, 8) & 0xFF)
                i = j
                continue
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def pdf_text(data):
    import zlib
    assert data.startswith(b"%PDF-"), "not a PDF"
    texts = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        d, s = m.group(1), m.group(2).strip()
        if b"ASCII85Decode" in d:
            s = base64.a85decode(s[:-2] if s.endswith(b"~>") else s)
        if b"FlateDecode" in d:
            s = zlib.decompress(s)
        for lit in re.finditer(rb"\(((?:[^\\()]|\\.)*)\)\s*Tj", s, re.S):
            texts.append(_pdf_unescape(lit.group(1)).decode("cp1252"))
    return "\n".join(texts)


def ooxml_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    bad = z.testzip()
    assert bad is None, "corrupt member %s" % bad
    out = []
    for n in z.namelist():
        if n.endswith(".xml") and (n.startswith("word/document") or n.startswith("xl/sharedStrings")
                                   or n.startswith("xl/worksheets/") or n == "docProps/core.xml"):
            x = z.read(n).decode("utf-8")
            x = re.sub(r"<(/w:p|/w:tc|/si|/c|/row)>", "\n", x)
            x = re.sub(r"<[^>]+>", " ", x)
            import html
            out.append(html.unescape(x))
    return "\n".join(out)


def member_text(name, blob, feats):
    low = name.lower()
    if low.endswith(".pdf"):
        feats.add("PDF")
        return pdf_text(blob)
    if low.endswith(".docx"):
        feats.add("DOCX")
        return ooxml_text(blob)
    if low.endswith(".xlsx"):
        feats.add("XLSX")
        return ooxml_text(blob)
    if low.endswith(".csv") or low.endswith(".txt"):
        feats.add("CSV")
        try:
            return blob.decode("utf-8")
        except UnicodeDecodeError:
            return blob.decode("cp1252")
    raise AssertionError("unknown zip member %s" % name)


def decode_message(msg, feats, depth=0):
    """Return all human-readable text of a parsed message (headers, parts, file names)."""
    out = []
    for h in ("From", "To", "Cc", "Subject"):
        if msg[h] is not None:
            out.append(str(msg[h]))
    for part in msg.walk():
        ct = part.get_content_type()
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if ct == "message/rfc822":
            feats.add("attached message/rfc822")
            inner = part.get_payload(0)
            out.append(decode_message(inner, feats, depth + 1))
            continue
        if part.is_multipart():
            if depth == 0:
                feats.add("multipart/" + part.get_content_subtype())
            continue
        if depth > 0 and ct.startswith("text/"):
            out.append(part.get_content())
            continue
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        feats.add("CTE " + cte)
        cs = part.get_content_charset()
        if cs and ct.startswith("text/"):
            feats.add("charset " + cs)
        if ct in ("text/plain", "text/html") and not fn:
            txt = part.get_content()
            if ct == "text/html":
                import html
                txt = html.unescape(re.sub(r"<[^>]+>", " ", txt))
            out.append(txt)
        elif ct == "text/calendar":
            feats.add("ICS")
            out.append(part.get_content().replace("\\,", ",").replace("\\;", ";").replace("\\n", "\n"))
        elif ct in ("text/vcard", "text/x-vcard"):
            feats.add("vCard")
            out.append(part.get_content().replace("\\,", ","))
        elif ct == "text/csv":
            feats.add("CSV")
            out.append(part.get_content())
        elif ct == "application/pdf":
            feats.add("PDF")
            out.append(pdf_text(part.get_payload(decode=True)))
        elif ct.endswith("wordprocessingml.document"):
            feats.add("DOCX")
            out.append(ooxml_text(part.get_payload(decode=True)))
        elif ct.endswith("spreadsheetml.sheet"):
            feats.add("XLSX")
            out.append(ooxml_text(part.get_payload(decode=True)))
        elif ct == "application/zip":
            feats.add("ZIP")
            z = zipfile.ZipFile(io.BytesIO(part.get_payload(decode=True)))
            assert z.testzip() is None
            for n in z.namelist():
                out.append(n)
                out.append(member_text(n, z.read(n), feats))
        else:
            raise AssertionError("undecoded part %s" % ct)
    return "\n".join(out)


# ------------------------------------------------------------------------
# normalisation
# ------------------------------------------------------------------------
def alnum(s):
    return "".join(c for c in C.fold(s) if c.isalnum())


def words(s):
    return " " + re.sub(r"[^0-9a-z]+", " ", C.fold(s)) + " "


# ------------------------------------------------------------------------
# checks
# ------------------------------------------------------------------------
def features(raw, msg):
    f = set()
    f.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    head = raw.split(b"\r\n\r\n" if b"\r\n" in raw else b"\n\n", 1)[0]
    subj = re.search(rb"^Subject:(.*(?:\r?\n[ \t].*)*)", head, re.M | re.I)
    if subj and b"=?" in subj.group(1):
        f.add("RFC 2047 Subject")
    for h in (rb"From", rb"To", rb"Cc"):
        m = re.search(rb"^" + h + rb":(.*(?:\r?\n[ \t].*)*)", head, re.M)
        if m and b"=?" in m.group(1):
            f.add("RFC 2047 display name")
    if re.search(rb"filename\*=", raw):
        f.add("RFC 2231 file name")
    ct = msg.get_content_type()
    if ct == "text/plain":
        f.add("text/plain only")
    elif ct == "text/html":
        f.add("HTML only")
    return f


def verify(out_dir, labels, metas):
    errors = []
    allowed = set(TYPES)
    pos = sorted(k for k in labels if k.startswith("positive/"))
    neg = sorted(k for k in labels if k.startswith("negative/"))
    if len(pos) != 120 or len(neg) != 180:
        errors.append("counts %d/%d" % (len(pos), len(neg)))
    on_disk = sorted(["positive/" + f for f in os.listdir(os.path.join(out_dir, "positive"))] +
                     ["negative/" + f for f in os.listdir(os.path.join(out_dir, "negative"))])
    if on_disk != sorted(labels):
        errors.append("labels do not match files on disk")
    for i, k in enumerate(pos, 1):
        if not re.fullmatch(r"positive/p%03d_[a-z_]+\.eml" % i, k):
            errors.append("bad name " + k)
    for i, k in enumerate(neg, 1):
        if not re.fullmatch(r"negative/n%03d_[a-z_]+\.eml" % i, k):
            errors.append("bad name " + k)
    with open(os.path.join(out_dir, "labels.json"), encoding="utf-8") as fh:
        disk_labels = json.load(fh)
    if disk_labels != labels or list(disk_labels) != sorted(disk_labels):
        errors.append("labels.json differs or unsorted")

    nam_set = {r["nam"]: r for r in C.NAMS}
    name_words = {C.fold(w) for w in C.PAT_SUR_FR + C.PAT_SUR_EN + [r["surname"] for r in C.NAMS]}
    feats_by_file = {}
    for key in sorted(labels):
        lab = labels[key]
        path = os.path.join(out_dir, key)
        with open(path, "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg[h]:
                errors.append("%s: missing %s" % (key, h))
        for part in msg.walk():
            if part.defects:
                errors.append("%s: defects %s" % (key, part.defects))
        feats = features(raw, msg)
        try:
            text = decode_message(msg, feats)
        except Exception as e:  # noqa
            errors.append("%s: decode failed %r" % (key, e))
            continue
        if any(0xFF10 <= ord(c) <= 0xFF19 for c in text):
            feats.add("full-width digits")
        feats_by_file[key] = feats
        if set(lab) != {"confidential", "types", "lang", "note"} or lab["lang"] not in ("fr", "en"):
            errors.append("%s: bad label fields" % key)
        if not lab["note"] or set(re.findall(r"[a-z']+", C.fold(lab["note"]))) & name_words:
            errors.append("%s: note empty or names a person" % key)
        flat = alnum(text).upper()
        wtext = words(text)
        meta = metas[key]
        found_nams = [n for n in nam_set if n in flat]
        if key.startswith("negative/"):
            if lab["confidential"] or lab["types"]:
                errors.append("%s: negative labelled confidential" % key)
            if found_nams:
                errors.append("%s: NAM in negative" % key)
            for r in C.NAMS:
                if (" %s %s " % (C.fold(r["given"]), C.fold(r["surname"])) in wtext or
                        " %s %s " % (C.fold(r["surname"]), C.fold(r["given"])) in wtext or
                        re.search(r"\b%s\b" % re.escape(r["surname"]), text)):
                    errors.append("%s: NAM holder name %s in negative" % (key, r["surname"]))
            continue
        # positives --------------------------------------------------------
        types = set(lab["types"])
        if not lab["confidential"] or not types or not types <= allowed:
            errors.append("%s: bad positive label %s" % (key, sorted(types)))
        if not (types & IDENTITY) or not (types & PERSONAL):
            errors.append("%s: positive lacks identity or personal info" % key)
        for kind, val in meta["expect"]:
            if alnum(val) not in alnum(text):
                errors.append("%s: expected %s %r not found" % (key, kind, val))
            if kind not in types:
                errors.append("%s: %s present but not labelled" % (key, kind))
        for kind, val in meta["idents"]:
            ok = {"ca_sin": ca_sin.is_valid, "ca_health_number": C.ohip_valid, "be_niss": be_nn.is_valid,
                  "fr_nir": fr_nir.is_valid, "ramq_nam": lambda v: v in nam_set,
                  "mrn": lambda v: v.isdigit() and 6 <= len(v) <= 8}[kind](val)
            if not ok:
                errors.append("%s: invalid %s %s" % (key, kind, val))
            if alnum(val).upper() not in flat:
                errors.append("%s: identifier %s not found" % (key, kind))
            if kind not in types:
                errors.append("%s: %s not labelled" % (key, kind))
        holders = {m[0]: m for m in meta["nam"]}
        for n in found_nams:
            if n not in holders:
                errors.append("%s: unexpected NAM %s" % (key, n))
                continue
            r = nam_set[n]
            if " %s " % C.fold(r["given"]) not in wtext or " %s " % C.fold(r["surname"]) not in wtext:
                errors.append("%s: NAM without holder's name" % key)
            if not any(alnum(f) in alnum(text) for f in C.dob_forms(r["dob"]).values()):
                errors.append("%s: NAM without holder's birth date" % key)
            if not re.search(r"\bsexe?\s*:?\s*%s\b" % r["sex"].lower(), C.fold(text)):
                errors.append("%s: NAM without holder's sex" % key)
            if "ramq_nam" not in types:
                errors.append("%s: NAM not labelled" % key)
        for n in holders:
            if n not in found_nams:
                errors.append("%s: recorded NAM %s not found" % (key, n))
    return errors, feats_by_file
