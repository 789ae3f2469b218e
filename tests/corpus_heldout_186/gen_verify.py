"""Re-parse every written file, decode every part, and check labels and identifiers."""
import base64
import html
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib
from email import policy
from email.parser import BytesParser

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

import gen_common as C

TYPES = {"patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"}


class Fail(Exception):
    pass


# ---------------------------------------------------------------------------
# Document text extraction
# ---------------------------------------------------------------------------
def _pdf_strings(blob):
    out = []
    i = 0
    n = len(blob)
    while i < n:
        if blob[i:i + 1] == b"(":
            depth = 1
            i += 1
            buf = bytearray()
            while i < n and depth:
                ch = blob[i:i + 1]
                if ch == b"\\":
                    nx = blob[i + 1:i + 2]
                    if nx in b"01234567" and nx:
                        m = re.match(rb"[0-7]{1,3}", blob[i + 1:i + 4])
                        buf.append(int(m.group(0), 8) & 0xFF)
                        i += 1 + len(m.group(0))
                        continue
                    buf += {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}.get(nx, nx)
                    i += 2
                    continue
                if ch == b"(":
                    depth += 1
                elif ch == b")":
                    depth -= 1
                    if depth == 0:
                        i += 1
                        break
                buf += ch
                i += 1
            out.append(bytes(buf).decode("cp1252", "replace"))
        else:
            i += 1
    return out


def pdf_text(data):
    if not data.startswith(b"%PDF"):
        raise Fail("not a PDF")
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
        texts += _pdf_strings(s)
    head = re.sub(rb"stream\r?\n.*?endstream", b"", data, flags=re.S)
    texts += _pdf_strings(head)
    return "\n".join(texts)


def _xml_text(x):
    x = re.sub(r"</w:p>|</row>|</si>|</c>", "\n", x)
    x = re.sub(r"<[^>]+>", " ", x)
    x = re.sub(r"[ \t]+", " ", x)
    x = re.sub(r"\s*\n\s*", "\n", x)
    return html.unescape(x).strip()


def office_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for name in z.namelist():
        if name.endswith(".xml"):
            out.append(_xml_text(z.read(name).decode("utf-8")))
    return "\n".join(out)


def blob_text(name, data, feats):
    low = (name or "").lower()
    if low.endswith(".pdf") or data.startswith(b"%PDF"):
        feats.add("pdf")
        return pdf_text(data)
    if low.endswith(".docx"):
        feats.add("docx")
        return office_text(data)
    if low.endswith(".xlsx"):
        feats.add("xlsx")
        return office_text(data)
    if low.endswith(".zip"):
        feats.add("zip")
        z = zipfile.ZipFile(io.BytesIO(data))
        parts = []
        for info in z.infolist():
            parts.append(info.filename)
            parts.append(blob_text(info.filename, z.read(info.filename), feats))
        return "\n".join(parts)
    return data.decode("utf-8")


# ---------------------------------------------------------------------------
# MIME walk
# ---------------------------------------------------------------------------
def visit(part, texts, feats, depth=0):
    for h in ("From", "To", "Cc", "Subject"):
        if part[h] is not None:
            texts.append(str(part[h]))
    ct = part.get_content_type()
    if ct == "message/rfc822":
        feats.add("message/rfc822")
        inner = part.get_content()
        fn = part.get_filename()
        if fn:
            texts.append(fn)
        visit(inner, texts, feats, depth + 1)
        return
    if part.is_multipart():
        feats.add(ct)
        for sub in part.iter_parts():
            visit(sub, texts, feats, depth + 1)
        return
    cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
    feats.add("cte:" + cte)
    fn = part.get_filename()
    if fn:
        texts.append(fn)
    if part.get_content_maintype() == "text":
        cs = part.get_content_charset() or "us-ascii"
        feats.add("charset:" + cs)
        if depth == 0:
            feats.add("single:" + ct)
        t = part.get_content()
        if not isinstance(t, str):
            raise Fail("text part did not decode")
        sub = part.get_content_subtype()
        if sub in ("csv", "calendar", "vcard") or (sub == "plain" and fn):
            feats.add({"csv": "csv", "calendar": "ics", "vcard": "vcard", "plain": "txt-attachment"}[sub])
        texts.append(t)
    else:
        data = part.get_payload(decode=True)
        if not data:
            raise Fail("empty attachment")
        texts.append(blob_text(fn, data, feats))


def analyse(raw):
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None or not str(msg[h]).strip():
            raise Fail("missing header " + h)
    if msg["Date"].datetime is None:
        raise Fail("bad Date")
    texts, feats = [], set()
    visit(msg, texts, feats)
    head = raw.split(b"\r\n\r\n" if b"\r\n" in raw[:2000] else b"\n\n", 1)[0]
    feats.add("CRLF" if b"\r\n" in raw else "LF")
    if b"=?" in head:
        feats.add("rfc2047")
    if b"filename*" in raw:
        feats.add("rfc2231")
    text = "\n".join(texts)
    if any(0xFF10 <= ord(c) <= 0xFF19 for c in text):
        feats.add("fullwidth")
    return msg, text, feats


def digits_only(s):
    return re.sub(r"[^0-9A-Z]", "", unicodedata.normalize("NFKC", s).upper())


def dob_forms(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    forms = {iso, "%02d/%02d/%04d" % (d, m, y), "%04d/%02d/%02d" % (y, m, d)}
    months_fr = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
    months_en = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    forms.add("%d %s %d" % (d, months_fr[m - 1], y))
    forms.add("%s %d, %d" % (months_en[m - 1], d, y))
    return forms


def id_valid(t, v):
    if t == "ca_sin":
        return ca_sin.is_valid(v)
    if t == "ca_health_number":
        return C.ohn_valid(v)
    if t == "be_niss":
        return be_nn.is_valid(v)
    if t == "fr_nir":
        return fr_nir.is_valid(v)
    return True


def verify(out_dir, meta):
    errors = []
    labels = json.load(open(os.path.join(out_dir, "labels.json"), encoding="utf-8"))
    pos = sorted("positive/" + f for f in os.listdir(os.path.join(out_dir, "positive")))
    neg = sorted("negative/" + f for f in os.listdir(os.path.join(out_dir, "negative")))
    if len(pos) != 120 or len(neg) != 180:
        errors.append("counts %d/%d" % (len(pos), len(neg)))
    if sorted(labels) != sorted(pos + neg) or list(labels) != sorted(labels):
        errors.append("labels keys do not match files or are not sorted")
    nams = C.load_nams()
    surnames = [C.fold(s) for s in C.NAM_SURNAMES]
    msgids = set()
    feature_files = {}
    for rel in pos + neg:
        try:
            raw = open(os.path.join(out_dir, rel), "rb").read()
            msg, text, feats = analyse(raw)
            lab = labels.get(rel)
            if lab is None:
                raise Fail("unlabelled")
            if lab["lang"] not in ("fr", "en") or not lab.get("note"):
                raise Fail("bad lang/note")
            mid = str(msg["Message-ID"])
            if mid in msgids:
                raise Fail("duplicate Message-ID")
            msgids.add(mid)
            is_pos = rel.startswith("positive/")
            if lab["confidential"] != is_pos:
                raise Fail("confidential flag mismatch")
            if is_pos:
                if not lab["types"] or not set(lab["types"]) <= TYPES:
                    raise Fail("bad types")
            elif lab["types"]:
                raise Fail("negative with types")
            flat = digits_only(text)
            folded = C.fold(unicodedata.normalize("NFKC", text))
            for row in nams:
                if row["nam"] in flat:
                    if not is_pos:
                        raise Fail("NAM in negative")
                    if C.fold(row["surname"]) not in folded or C.fold(row["given"]) not in folded:
                        raise Fail("NAM without holder name")
                    if not any(f.lower() in folded for f in (C.fold(x) for x in dob_forms(row["dob"]))):
                        raise Fail("NAM without holder birth date")
                    if "ramq_nam" not in lab["types"]:
                        raise Fail("NAM present but not labelled")
            if not is_pos:
                for s in surnames:
                    if re.search(r"(?<![a-z])" + re.escape(s) + r"(?![a-z])", folded):
                        raise Fail("NAM holder surname in negative: " + s)
            m = meta[rel]
            for t, v in m["ids"]:
                if not id_valid(t, v):
                    raise Fail("invalid identifier %s" % t)
                if digits_only(v) not in flat:
                    raise Fail("identifier %s not found in text" % t)
                if t not in lab["types"]:
                    raise Fail("identifier %s not labelled" % t)
            for t in ("ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"):
                if t in lab["types"] and not any(x[0] == t for x in m["ids"]):
                    raise Fail("type %s labelled but no identifier recorded" % t)
            for r_ in m["nams"]:
                if r_["nam"] not in flat:
                    raise Fail("recorded NAM missing")
            for f in feats:
                feature_files.setdefault(f, set()).add(rel)
        except Exception as e:  # noqa
            errors.append("%s: %s: %s" % (rel, type(e).__name__, e))
    return errors, feature_files
