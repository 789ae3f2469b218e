"""Re-parse every written message, decode every part, and check labels,
NAM placement, identifier validity and negatives' cleanliness."""
import base64
import email
import email.policy
import html as htmlmod
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

import gen_common as C

TYPES = {"patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"}
ID_TYPE = {"sin": "ca_sin", "ohip": "ca_health_number", "niss": "be_niss", "nir": "fr_nir", "nam": "ramq_nam"}


class VerifyError(Exception):
    pass


# --------------------------------------------------------------------------- decoders
def _pdf_unescape(b):
    out = bytearray()
    i = 0
    while i < len(b):
        c = b[i]
        if c == 0x5C and i + 1 < len(b):
            n = b[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                digs = b""
                while j < len(b) and len(digs) < 3 and 0x30 <= b[j] <= 0x37:
                    digs += bytes([b[j]])
                    j += 1
                out.append(int(digs, 8))
                i = j
                continue
            out += {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b",
                    ord("f"): b"\f"}.get(n, bytes([n]))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def pdf_text(data):
    if not data.startswith(b"%PDF"):
        raise VerifyError("not a PDF")
    texts = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        dic, s = m.group(1), m.group(2)
        if b"ASCII85Decode" in dic:
            s = s.strip()
            if s.endswith(b"~>"):
                s = s[:-2]
            s = base64.a85decode(s)
        if b"FlateDecode" in dic:
            s = zlib.decompress(s)
        for lit in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", s, re.S):
            texts.append(_pdf_unescape(lit.group(1)).decode("cp1252"))
    if not texts:
        raise VerifyError("PDF without text")
    return "\n".join(texts)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    xml = z.read("word/document.xml").decode("utf-8")
    xml = xml.replace("</w:p>", "\n").replace("</w:tc>", "\t")
    return htmlmod.unescape(re.sub(r"<[^>]+>", "", xml))


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append("\t".join("" if v is None else str(v) for v in row))
    wb.close()
    return "\n".join(out)


def unfold_ical(s):
    s = s.replace("\r\n ", "").replace("\n ", "")
    return s.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def html_text(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", "", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</blockquote>", "\n", s)
    s = re.sub(r"(?i)</td>|</th>", " \t", s)
    return htmlmod.unescape(re.sub(r"<[^>]+>", "", s))


def member_text(name, data, feats):
    low = name.lower()
    if low.endswith(".pdf"):
        feats.add("zip: PDF member")
        return pdf_text(data)
    if low.endswith(".docx"):
        feats.add("zip: DOCX member")
        return docx_text(data)
    if low.endswith(".xlsx"):
        return xlsx_text(data)
    if low.endswith(".eml"):
        m = email.message_from_bytes(data, policy=email.policy.default)
        return "\n".join(walk(m, feats, 1))
    return data.decode("utf-8")


def walk(part, feats, depth):
    """Return the list of decoded text chunks of a message (headers included)."""
    out = []
    if part.defects:
        raise VerifyError(f"defects: {part.defects}")
    for h in ("Subject", "From", "To", "Cc"):
        for v in part.get_all(h, []):
            if getattr(v, "defects", None):
                raise VerifyError(f"header defects in {h}: {v.defects}")
            out.append(str(v))
    ctype = part.get_content_type()
    fn = part.get_filename()
    if fn:
        out.append(fn)
    cs = part.get_param("charset")
    if cs:
        feats.add(f"charset {cs.lower()}")
    cte = part.get("Content-Transfer-Encoding")
    if cte and not part.is_multipart():
        feats.add(f"CTE {str(cte).lower()}")
    if part.get_content_maintype() == "multipart":
        feats.add(ctype)
        for sub in part.iter_parts():
            out += walk(sub, feats, depth + 1)
        return out
    if ctype == "message/rfc822":
        feats.add("message/rfc822 attachment")
        inner = part.get_content()
        out += walk(inner, feats, depth + 1)
        return out
    content = part.get_content()
    if ctype == "text/plain":
        out.append(content)
    elif ctype == "text/html":
        out.append(html_text(content))
    elif ctype in ("text/calendar", "text/vcard", "text/x-vcard"):
        feats.add({"text/calendar": "ICS attachment"}.get(ctype, "vCard attachment"))
        out.append(unfold_ical(content))
    elif ctype == "text/csv":
        feats.add("CSV attachment")
        out.append(content)
    elif ctype == "application/pdf":
        feats.add("PDF attachment")
        out.append(pdf_text(content))
    elif ctype.endswith("wordprocessingml.document"):
        feats.add("DOCX attachment")
        out.append(docx_text(content))
    elif ctype.endswith("spreadsheetml.sheet"):
        feats.add("XLSX attachment")
        out.append(xlsx_text(content))
    elif ctype == "application/zip":
        feats.add("ZIP attachment")
        z = zipfile.ZipFile(io.BytesIO(content))
        for info in z.infolist():
            out.append(info.filename)
            out.append(member_text(info.filename, z.read(info.filename), feats))
    else:
        raise VerifyError(f"unexpected part type {ctype}")
    return out


# --------------------------------------------------------------------------- helpers
def norm_id(s):
    s = unicodedata.normalize("NFKC", s).upper()
    return re.sub(r"[^0-9A-Z]", "", s)


def norm_words(s):
    s = C.strip_accents(unicodedata.normalize("NFKC", s)).lower()
    return re.sub(r"\s+", " ", s)


def top_headers(raw):
    end = raw.find(b"\r\n\r\n")
    if end < 0 or raw.find(b"\n\n") >= 0 and raw.find(b"\n\n") < end:
        end = raw.find(b"\n\n")
    return raw[:end]


def file_features(raw, msg, text, flags):
    feats = set()
    hdr = top_headers(raw)
    feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    if re.search(rb"(?im)^Subject:[^\n]*=\?", hdr) or re.search(rb"(?im)^Subject:.*\n[ \t][^\n]*=\?", hdr):
        feats.add("RFC 2047 Subject")
    if re.search(rb"(?im)^(From|To|Cc):(.*\n[ \t])*[^\n]*=\?", hdr):
        feats.add("RFC 2047 display name")
    if b"filename*=" in raw or b"name*=" in raw:
        feats.add("RFC 2231 file name")
    if any(0xFF10 <= ord(ch) <= 0xFF19 for ch in text):
        feats.add("full-width digits")
    ct = msg.get_content_type()
    if ct == "text/plain":
        feats.add("single part text/plain")
    elif ct == "text/html":
        feats.add("single part text/html")
    if re.search(r"(?m)^> ", text):
        feats.add("quoted reply")
    if "Message transféré" in text or "Forwarded message" in text:
        feats.add("inline forward")
    if msg.get("In-Reply-To"):
        feats.add("In-Reply-To header")
    return feats


# --------------------------------------------------------------------------- main check
def verify(out_dir, expected, holders):
    """expected: {relpath: {"records": {...}}}. Returns per-file features and per-file text length."""
    errors = []
    pos = sorted(f for f in os.listdir(os.path.join(out_dir, "positive")) if f.endswith(".eml"))
    neg = sorted(f for f in os.listdir(os.path.join(out_dir, "negative")) if f.endswith(".eml"))
    if len(pos) != 120 or len(neg) != 180:
        errors.append(f"counts {len(pos)}/{len(neg)}")
    for i, f in enumerate(pos):
        if not f.startswith(f"p{i + 1:03d}_"):
            errors.append(f"bad positive name {f}")
    for i, f in enumerate(neg):
        if not f.startswith(f"n{i + 1:03d}_"):
            errors.append(f"bad negative name {f}")
    with open(os.path.join(out_dir, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = [f"positive/{f}" for f in pos] + [f"negative/{f}" for f in neg]
    if sorted(labels) != sorted(files) or list(labels) != sorted(labels):
        errors.append("labels.json keys do not match files or are not sorted")
    feats_all, msgids = {}, set()
    name_pats = []
    for h in holders:
        g, s = norm_words(h["given"]), norm_words(h["surname"])
        name_pats.append((h, [f"{g} {s}", f"{s} {g}", f"{s}, {g}", f"{s},{g}"]))
    all_nams = {h["nam"]: h for h in holders}

    for rel in files:
        lab = labels.get(rel, {})
        try:
            with open(os.path.join(out_dir, rel), "rb") as fh:
                raw = fh.read()
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if msg.get(h) is None:
                    raise VerifyError(f"missing {h}")
            mid = str(msg["Message-ID"])
            if mid in msgids:
                raise VerifyError("duplicate Message-ID")
            msgids.add(mid)
            _ = msg["Date"].datetime
            feats = set()
            chunks = walk(msg, feats, 0)
            text = "\n".join(chunks)
            feats |= file_features(raw, msg, text, set())
            feats_all[rel] = feats
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{rel}: parse/decode failure: {exc!r}")
            continue
        is_pos = rel.startswith("positive/")
        if lab.get("confidential") is not is_pos:
            errors.append(f"{rel}: confidential flag")
        if lab.get("lang") not in ("fr", "en"):
            errors.append(f"{rel}: lang")
        if not lab.get("note"):
            errors.append(f"{rel}: note")
        types = set(lab.get("types", []))
        if is_pos and (not types or not types <= TYPES):
            errors.append(f"{rel}: bad types {types}")
        if not is_pos and types:
            errors.append(f"{rel}: negative with types")
        nid = norm_id(text)
        words = norm_words(text)
        found = [n for n in all_nams if n in nid]
        if not is_pos:
            if found:
                errors.append(f"{rel}: NAM in negative")
            for h, pats in name_pats:
                if any(p in words for p in pats):
                    errors.append(f"{rel}: NAM holder name in negative ({h['nam'][:4]})")
            continue
        recs = expected[rel]["records"]
        if bool(found) != ("ramq_nam" in types):
            errors.append(f"{rel}: ramq_nam label mismatch")
        if sorted(set(found)) != sorted(set(recs.get("nam", []))):
            errors.append(f"{rel}: NAMs found differ from NAMs placed")
        for n in found:
            h = all_nams[n]
            if norm_words(h["given"]) not in words or norm_words(h["surname"]) not in words:
                errors.append(f"{rel}: NAM without holder's name")
            ntext = unicodedata.normalize("NFKC", text)
            if not any(v in ntext for v in C.dob_variants(h["dob"])):
                errors.append(f"{rel}: NAM without holder's birth date")
        for kind, validator in (("sin", ca_sin.is_valid), ("ohip", luhn.is_valid),
                                ("niss", be_nn.is_valid), ("nir", fr_nir.is_valid)):
            vals = recs.get(kind, [])
            if bool(vals) != (ID_TYPE[kind] in types):
                errors.append(f"{rel}: {kind} label mismatch")
            for v in vals:
                if not validator(v):
                    errors.append(f"{rel}: invalid {kind}")
                if v not in nid:
                    errors.append(f"{rel}: {kind} not found in text")
    if errors:
        raise VerifyError("\n".join(errors[:60]) + (f"\n... {len(errors)} errors" if len(errors) > 60 else ""))
    return feats_all
