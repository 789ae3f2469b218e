"""Re-parse every written message, decode every part, check labels and identifiers, count transports."""
import base64
import email
import email.policy
import html as htmllib
import io
import os
import re
import unicodedata
import zipfile
import zlib

from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

import gen_common as C

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]

_STREAM_RE = re.compile(rb"<<(.*?)>>\s*stream\r?\n(.*?)\r?\n?endstream", re.S)
_STR_RE = re.compile(rb"\((?:\\.|[^\\)])*\)\s*Tj", re.S)


def _pdf_unescape(s):
    out = bytearray()
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == 0x5C and i + 1 < len(s):
            n = s[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                digits = b""
                while j < len(s) and len(digits) < 3 and 0x30 <= s[j] <= 0x37:
                    digits += bytes([s[j]])
                    j += 1
                out.append(int(digits, 8) & 0xFF)
                i = j
                continue
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}.get(n, n))
            i += 2
            continue
        out.append(ch)
        i += 1
    return bytes(out)


def pdf_text(data):
    if not data.startswith(b"%PDF-"):
        raise ValueError("not a PDF")
    texts = []
    for m in _STREAM_RE.finditer(data):
        d, body = m.group(1), m.group(2)
        if b"/Filter" in d:
            if b"ASCII85Decode" in d:
                body = body.strip()
                if body.startswith(b"<~"):
                    body = body[2:]
                if body.endswith(b"~>"):
                    body = body[:-2]
                body = base64.a85decode(body)
            if b"FlateDecode" in d:
                body = zlib.decompress(body)
        for s in _STR_RE.finditer(body):
            raw = s.group(0)
            raw = raw[1:raw.rfind(b")")]
            texts.append(_pdf_unescape(raw).decode("cp1252"))
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
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in row))
    wb.close()
    return "\n".join(out)


def blob_text(name, ctype, data, feats):
    low = (name or "").lower()
    if ctype == "application/pdf" or low.endswith(".pdf"):
        feats.add("PDF attachment")
        return pdf_text(data)
    if low.endswith(".docx"):
        feats.add("DOCX attachment")
        return docx_text(data)
    if low.endswith(".xlsx"):
        feats.add("XLSX attachment")
        return xlsx_text(data)
    if low.endswith(".zip") or ctype == "application/zip":
        feats.add("ZIP attachment")
        out = []
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            if z.testzip() is not None:
                raise ValueError("bad zip member")
            for info in z.infolist():
                out.append(info.filename)
                out.append(blob_text(info.filename, "", z.read(info.filename), feats))
        return "\n".join(out)
    if low.endswith(".eml"):
        m = email.message_from_bytes(data, policy=email.policy.default)
        feats.add("attached message/rfc822")
        return "\n".join(message_texts(m, feats))
    for enc in ("utf-8-sig", "cp1252"):
        try:
            txt = data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    if low.endswith(".csv"):
        feats.add("CSV attachment")
    elif low.endswith(".ics"):
        feats.add("ICS attachment")
    elif low.endswith(".vcf"):
        feats.add("vCard attachment")
    return txt


def _unfold_ics(txt):
    return txt.replace("\r\n ", "").replace("\n ", "").replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")


def html_to_text(h):
    h = re.sub(r"(?is)<(script|style).*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</div>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", " | ", h)
    h = re.sub(r"<[^>]+>", "", h)
    return htmllib.unescape(h)


def message_texts(m, feats, top=False):
    out = []
    for h in ("From", "To", "Cc", "Subject"):
        v = m.get(h)
        if v is not None:
            out.append(str(v))
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if m.get(h) is None:
            raise ValueError(f"missing header {h}")
    for part in _leaves(m, feats):
        ctype = part.get_content_type()
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        feats.add(f"CTE {cte}")
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if ctype == "message/rfc822":
            feats.add("attached message/rfc822")
            nested = part.get_content()
            out.extend(message_texts(nested, feats))
            continue
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset()
            if cs:
                feats.add(f"charset {cs}")
            txt = part.get_content()
            if ctype == "text/html":
                txt = html_to_text(txt)
            elif ctype == "text/calendar":
                feats.add("ICS attachment")
                txt = _unfold_ics(txt)
            elif ctype in ("text/vcard", "text/x-vcard"):
                feats.add("vCard attachment")
                txt = _unfold_ics(txt)
            elif ctype == "text/csv":
                feats.add("CSV attachment")
            out.append(txt)
            continue
        data = part.get_content()
        if not isinstance(data, (bytes, bytearray)):
            raise ValueError(f"unexpected payload for {ctype}")
        out.append(blob_text(fn, ctype, bytes(data), feats))
    return out


def _leaves(m, feats):
    if m.is_multipart() and m.get_content_type() != "message/rfc822":
        feats.add(m.get_content_type())
        for p in m.iter_parts():
            yield from _leaves(p, feats)
    else:
        yield m


def features_raw(raw, feats):
    feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    compat = email.message_from_bytes(raw)
    subj = compat.get("Subject", "")
    if "=?" in str(subj):
        feats.add("RFC 2047 Subject")
    if any("=?" in str(compat.get(h, "")) for h in ("From", "To", "Cc")):
        feats.add("RFC 2047 display names")
    if re.search(rb"(?i)filename\*", raw):
        feats.add("RFC 2231 file names")
    if re.search(rb'(?i)filename="=\?', raw):
        feats.add("RFC 2047 file names")
    ctype = compat.get_content_type()
    if ctype == "text/plain":
        feats.add("text/plain only")
    elif ctype == "text/html":
        feats.add("text/html only")


def _defects(m):
    out = list(m.defects)
    if m.is_multipart():
        for p in m.get_payload():
            out.extend(_defects(p))
    return out


def check_corpus(out_dir, labels, meta, nam_rows):
    errors = []
    feat_counts = {}
    pos = [k for k in labels if k.startswith("positive/")]
    neg = [k for k in labels if k.startswith("negative/")]
    if len(pos) != 120 or len(neg) != 180:
        errors.append(f"counts {len(pos)}/{len(neg)}")
    on_disk = sorted(f"{d}/{f}" for d in ("positive", "negative") for f in os.listdir(os.path.join(out_dir, d)))
    if on_disk != sorted(labels):
        errors.append("labels do not match files on disk")
    holders_full = []
    for r in nam_rows:
        g, s = r["given"], r["surname"]
        holders_full.append((r, [C.fold(f"{g} {s}"), C.fold(f"{s}, {g}"), C.fold(f"{s} {g}")]))
    for rel in sorted(labels):
        lab = labels[rel]
        path = os.path.join(out_dir, rel)
        raw = open(path, "rb").read()
        feats = set()
        try:
            m = email.message_from_bytes(raw, policy=email.policy.default)
            texts = message_texts(m, feats, top=True)
            features_raw(raw, feats)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{rel}: parse/decode failure: {e!r}")
            continue
        defects = _defects(m)
        if defects:
            errors.append(f"{rel}: MIME defects {defects}")
        alltext = "\n".join(texts)
        if any("\uff10" <= ch <= "\uff19" for ch in alltext):
            feats.add("full-width digits")
        for f in feats:
            feat_counts[f] = feat_counts.get(f, 0) + 1
        folded = C.fold(alltext)
        compact = C.compact_id(alltext)
        nfkc = " ".join(unicodedata.normalize("NFKC", alltext).split())
        info = meta[rel]
        if lab["lang"] not in ("fr", "en"):
            errors.append(f"{rel}: bad lang")
        if not lab.get("note"):
            errors.append(f"{rel}: empty note")
        bad = [t for t in lab["types"] if t not in TYPES]
        if bad:
            errors.append(f"{rel}: unknown types {bad}")
        found_nams = [r["nam"] for r in nam_rows if r["nam"] in compact]
        if rel.startswith("positive/"):
            if lab["confidential"] is not True or not lab["types"]:
                errors.append(f"{rel}: positive label malformed")
            for sur in info["names"]:
                if C.fold(sur) not in folded:
                    errors.append(f"{rel}: patient surname not visible")
            if "patient_name" not in lab["types"] and not any(t in lab["types"] for t in
                                                               ("ramq_nam", "mrn", "ca_sin", "ca_health_number",
                                                                "be_niss", "fr_nir")):
                errors.append(f"{rel}: positive without an identifier")
            recorded = [n[0] for n in info["nams"]]
            if sorted(set(found_nams)) != sorted(set(recorded)):
                errors.append(f"{rel}: NAM placement mismatch {found_nams} vs {recorded}")
            for nam, shown, row, dob in info["nams"]:
                if row is None or row["nam"] != nam:
                    errors.append(f"{rel}: NAM not from the list")
                    continue
                if C.fold(row["surname"]) not in folded:
                    errors.append(f"{rel}: NAM without holder name")
                if " ".join(unicodedata.normalize("NFKC", dob).split()) not in nfkc:
                    errors.append(f"{rel}: NAM without holder birth date")
                if C.fmt_date(row["dob"], "iso") != row["dob"].isoformat():
                    errors.append(f"{rel}: DOB mismatch")
            if bool(info["nams"]) != ("ramq_nam" in lab["types"]):
                errors.append(f"{rel}: ramq_nam label mismatch")
            for kind, value, shown in info["ids"]:
                if C.compact_id(value) not in compact:
                    errors.append(f"{rel}: {kind} not visible")
                ok = {"ca_sin": ca_sin.is_valid, "ca_health_number": C.ohn_valid, "be_niss": be_nn.is_valid,
                      "fr_nir": fr_nir.is_valid, "mrn": lambda v: v.isdigit()}[kind](value)
                if not ok:
                    errors.append(f"{rel}: invalid {kind}")
                if kind not in lab["types"]:
                    errors.append(f"{rel}: {kind} not labelled")
            for kind in ("ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"):
                if kind in lab["types"] and not any(k == kind for k, _, _ in info["ids"]):
                    errors.append(f"{rel}: {kind} labelled but not recorded")
        else:
            if lab["confidential"] is not False or lab["types"]:
                errors.append(f"{rel}: negative label malformed")
            if found_nams:
                errors.append(f"{rel}: NAM in a negative")
            for r, forms in holders_full:
                if any(f in folded for f in forms):
                    errors.append(f"{rel}: NAM holder name in a negative")
    return errors, feat_counts
