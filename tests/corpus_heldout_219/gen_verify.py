"""Re-parse every written file, decode every part, check labels, NAMs and identifiers."""
import email
import email.policy
import html as _html
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

TYPES = {"patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"}
ID_TYPES = {"ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir"}


# --------------------------------------------------------------------------- decoders
def _pdf_unescape(b):
    out = bytearray()
    i = 0
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
            out += {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b", ord("f"): b"\f"}.get(n, bytes([n]))
            i += 2
            continue
        out.append(ch)
        i += 1
    return bytes(out)


def pdf_text(data):
    if not data.startswith(b"%PDF-"):
        raise ValueError("not a PDF")
    chunks = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)\r?\nendstream", data, re.S):
        dic, raw = m.group(1), m.group(2)
        if b"FlateDecode" in dic:
            try:
                raw = zlib.decompress(raw)
            except zlib.error:
                continue
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw, re.S):
            chunks.append(_pdf_unescape(s.group(1)).decode("cp1252", "replace"))
    info = re.findall(rb"/(?:Title|Author)\s*\(((?:\\.|[^\\)])*)\)", data)
    chunks += [_pdf_unescape(x).decode("cp1252", "replace") for x in info]
    if not chunks:
        raise ValueError("PDF without text")
    return "\n".join(chunks)


def _xml_text(b):
    s = b.decode("utf-8")
    s = re.sub(r"</w:p>|</w:tc>|</row>|</si>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return _html.unescape(s)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    return _xml_text(z.read("word/document.xml"))


def xlsx_text(data):
    from openpyxl import load_workbook
    wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    lines = []
    for ws in wb.worksheets:
        lines.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            lines.append(" | ".join("" if v is None else str(v) for v in row))
    wb.close()
    return "\n".join(lines)


def by_name(name, data, feats):
    n = name.lower()
    if n.endswith(".pdf"):
        feats.add("PDF attachment")
        return pdf_text(data)
    if n.endswith(".docx"):
        feats.add("DOCX attachment")
        return docx_text(data)
    if n.endswith(".xlsx"):
        feats.add("XLSX attachment")
        return xlsx_text(data)
    if n.endswith(".zip"):
        feats.add("ZIP attachment")
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip() is not None:
            raise ValueError("bad zip member")
        return "\n".join(info.filename + "\n" + by_name(info.filename, z.read(info.filename), feats) for info in z.infolist())
    if n.endswith(".eml"):
        return message_text(data, feats, nested=True)[0]
    return data.decode("utf-8")


# --------------------------------------------------------------------------- message walk
def message_text(data, feats, nested=False):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    texts = []
    if not nested:
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                raise ValueError(f"missing header {h}")
        raw_head = data.split(b"\n\n", 1)[0] if b"\r\n\r\n" not in data else data.split(b"\r\n\r\n", 1)[0]
        if re.search(rb"^Subject:[^\n]*=\?", raw_head, re.M | re.I):
            feats.add("RFC 2047 encoded Subject")
        if re.search(rb"^(From|To|Cc):(.*\n[ \t].*)*.*=\?", raw_head, re.M | re.I):
            feats.add("RFC 2047 encoded name")
        feats.add("CRLF line ends" if b"\r\n" in data else "LF line ends")
        if re.search(rb"filename\*=", data):
            feats.add("RFC 2231 file name")
        top = msg.get_content_type()
        if top == "text/plain":
            feats.add("text/plain only")
        elif top == "text/html":
            feats.add("text/html only")
    if msg.defects:
        raise ValueError(f"defects: {msg.defects}")
    for part in msg.walk():
        if part.defects:
            raise ValueError(f"part defects: {part.defects}")
        for h in ("Subject", "From", "To", "Cc"):
            if part.get(h):
                texts.append(str(part[h]))
        ct = part.get_content_type()
        if ct == "multipart/alternative":
            feats.add("multipart/alternative")
        if ct == "multipart/mixed":
            feats.add("multipart/mixed")
        if ct == "message/rfc822":
            feats.add("attached message/rfc822")
        if part.is_multipart():
            continue
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        feats.add(f"CTE {cte}")
        cs = part.get_content_charset()
        if ct.startswith("text/") and cs:
            feats.add(f"charset {cs}")
        fn = part.get_filename()
        if fn:
            texts.append(fn)
        payload = part.get_payload(decode=True)
        if ct == "text/html":
            h = part.get_content()
            texts.append(_html.unescape(re.sub(r"<[^>]+>", " ", h)))
        elif ct.startswith("text/"):
            t = part.get_content().lstrip("\ufeff")
            texts.append(t)
            if ct == "text/calendar":
                feats.add("ICS attachment")
                texts.append(t.replace("\r\n ", "").replace("\n ", "").replace("\\n", "\n").replace("\\,", ","))
            elif ct == "text/vcard":
                feats.add("vCard attachment")
            elif ct == "text/csv":
                feats.add("CSV attachment")
        elif ct == "application/pdf":
            texts.append(by_name("x.pdf", payload, feats))
        elif ct.endswith("wordprocessingml.document"):
            texts.append(by_name("x.docx", payload, feats))
        elif ct.endswith("spreadsheetml.sheet"):
            texts.append(by_name("x.xlsx", payload, feats))
        elif ct == "application/zip":
            texts.append(by_name("x.zip", payload, feats))
        else:
            raise ValueError(f"unexpected part {ct}")
    full = "\n".join(texts)
    if any(0xFF10 <= ord(ch) <= 0xFF19 for ch in full):
        feats.add("full-width digits")
    return full, msg


# --------------------------------------------------------------------------- checks
def compact(s):
    return re.sub(r"[^0-9A-Z]", "", unicodedata.normalize("NFKC", s).upper())


def holder_name_re(h):
    g, s = re.escape(D.fold(h["given"])), re.escape(D.fold(h["surname"]))
    return re.compile(rf"\b{g}\W+{s}\b|\b{s}\W+{g}\b")


def check_all(out, labels, meta):
    errors = []
    pos = sorted(f for f in os.listdir(os.path.join(out, "positive")) if f.endswith(".eml"))
    neg = sorted(f for f in os.listdir(os.path.join(out, "negative")) if f.endswith(".eml"))
    if len(pos) != 120 or len(neg) != 180:
        errors.append(f"counts {len(pos)}/{len(neg)}")
    files = [f"positive/{f}" for f in pos] + [f"negative/{f}" for f in neg]
    with open(os.path.join(out, "labels.json"), encoding="utf-8") as fh:
        disk_labels = json.load(fh)
    if sorted(disk_labels) != sorted(files) or list(disk_labels) != sorted(disk_labels):
        errors.append("labels keys do not match files or are not sorted")
    feature_files = {}
    by_nam = {h["nam"]: h for h in D.HOLDERS}
    name_res = [(h, holder_name_re(h)) for h in D.HOLDERS]
    for rel in files:
        lab = disk_labels.get(rel, {})
        is_pos = rel.startswith("positive/")
        if lab.get("confidential") is not is_pos:
            errors.append(f"{rel}: confidential flag")
        if lab.get("lang") not in ("fr", "en") or not lab.get("note"):
            errors.append(f"{rel}: lang/note")
        types = lab.get("types", None)
        if is_pos and (not types or not set(types) <= TYPES):
            errors.append(f"{rel}: bad types {types}")
        if not is_pos and types != []:
            errors.append(f"{rel}: negative with types")
        with open(os.path.join(out, rel), "rb") as fh:
            data = fh.read()
        feats = set()
        try:
            text, _ = message_text(data, feats)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{rel}: parse/decode failed: {e!r}")
            continue
        for f in feats:
            feature_files.setdefault(f, set()).add(rel)
        comp = compact(text)
        folded = D.fold(text)
        found = [n for n in by_nam if n in comp]
        m = meta.get(rel, {})
        if not is_pos:
            if found:
                errors.append(f"{rel}: NAM in negative {found}")
            for h, rx in name_res:
                if rx.search(folded):
                    errors.append(f"{rel}: NAM holder name in negative")
            continue
        if bool(found) != ("ramq_nam" in types):
            errors.append(f"{rel}: ramq_nam label mismatch {found}")
        if sorted(found) != sorted(set(v for k, v in m.get("ids", []) if k == "ramq_nam")):
            errors.append(f"{rel}: NAMs found {found} differ from those generated")
        for n in found:
            h = by_nam[n]
            if not holder_name_re(h).search(folded) and not (
                    D.fold(h["given"]) in folded and D.fold(h["surname"]) in folded):
                errors.append(f"{rel}: NAM {n} without holder name")
            if not any(r in text for r in D.all_date_renders(h["dob"])):
                errors.append(f"{rel}: NAM {n} without birth date")
            sex_ok = re.search(rf"(?i)\bsexe?\s*[:=]?\s*{h['sex']}\b", text)
            if not sex_ok:
                for line in text.split("\n"):
                    if n in compact(line) and re.search(rf"(^|[\s|;,]){h['sex']}($|[\s|;,])", line):
                        sex_ok = True
            if not sex_ok:
                errors.append(f"{rel}: NAM {n} without sex")
        for kind, val in m.get("ids", []):
            if kind not in types:
                errors.append(f"{rel}: {kind} generated but not labelled")
            if val not in comp:
                errors.append(f"{rel}: {kind} {val} not found in message")
            ok = {"ramq_nam": lambda v: v in by_nam, "ca_sin": ca_sin.is_valid, "ca_health_number": lambda v: len(v) == 10 and luhn.is_valid(v),
                  "be_niss": be_nn.is_valid, "fr_nir": fr_nir.is_valid, "mrn": lambda v: v.isdigit()}[kind](val)
            if not ok:
                errors.append(f"{rel}: invalid {kind} {val}")
        for t in ID_TYPES & set(types):
            if t not in {k for k, _ in m.get("ids", [])}:
                errors.append(f"{rel}: {t} labelled but never generated")
    return errors, feature_files
