"""Re-parse everything that was written and check it. Also derives the transport table."""
import email
import email.policy
import io
import json
import os
import re
import unicodedata
import zipfile

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_common import TYPES, date_forms, load_nams, strip_accents

REQUIRED = ("From", "To", "Subject", "Date", "Message-ID")


# ---------------------------------------------------------------- decoding
def pdf_text(data):
    if not data.startswith(b"%PDF"):
        raise ValueError("not a PDF")
    out = []
    for m in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", data):
        s = m.group(1)
        res = bytearray()
        i = 0
        while i < len(s):
            c = s[i]
            if c == 0x5C:
                nxt = s[i + 1:i + 2]
                if nxt and nxt in b"01234567":
                    j = i + 1
                    while j < len(s) and j < i + 4 and s[j:j + 1] in b"01234567":
                        j += 1
                    res.append(int(s[i + 1:j], 8))
                    i = j
                    continue
                mp = {b"n": 10, b"r": 13, b"t": 9, b"b": 8, b"f": 12}
                res.append(mp.get(nxt, nxt[0] if nxt else 0x5C))
                i += 2
                continue
            res.append(c)
            i += 1
        out.append(bytes(res).decode("cp1252", errors="replace"))
    if not out:
        raise ValueError("PDF without text")
    return "\n".join(out)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    parts.append(d.core_properties.title or "")
    return "\n".join(parts)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(parts)


def blob_text(name, data, feats):
    low = name.lower()
    if low.endswith(".pdf"):
        feats.add("PDF attachment")
        return pdf_text(data)
    if low.endswith(".docx"):
        feats.add("DOCX attachment")
        return docx_text(data)
    if low.endswith(".xlsx"):
        feats.add("XLSX attachment")
        return xlsx_text(data)
    if low.endswith(".zip"):
        feats.add("ZIP attachment")
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip() is not None:
            raise ValueError("bad zip member")
        out = []
        for info in z.infolist():
            out.append(info.filename)
            out.append(blob_text(info.filename, z.read(info.filename), feats))
        return "\n".join(out)
    if low.endswith(".csv"):
        feats.add("CSV attachment")
    return data.decode("utf-8")


def message_text(msg, feats, depth=0):
    """Concatenate every decodable piece of a parsed message."""
    out = []
    for h in ("From", "To", "Cc", "Subject"):
        v = msg.get(h)
        if v is not None:
            out.append(str(v))
    for h in REQUIRED:
        if msg.get(h) is None:
            raise ValueError(f"missing header {h}")
    raw_subj = msg.get_all("Subject")
    top = msg.get_content_type()
    if depth == 0:
        if top == "text/plain":
            feats.add("text/plain only")
        elif top == "text/html":
            feats.add("text/html only")
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "message/rfc822":
            feats.add("attached message/rfc822")
            inner = part.get_payload(0)
            for h in REQUIRED:
                if inner.get(h) is None:
                    raise ValueError(f"attached message missing header {h}")
            for h in ("From", "To", "Subject"):
                out.append(str(inner.get(h)))
            fn = part.get_filename()
            if fn:
                out.append(fn)
            continue
        if part.is_multipart():
            if ct == "multipart/alternative":
                feats.add("multipart/alternative")
            if ct == "multipart/mixed":
                feats.add("multipart/mixed")
            continue
        cte = str(part.get("Content-Transfer-Encoding", "7bit")).lower()
        feats.add(f"CTE {cte}")
        fn = part.get_filename()
        if fn:
            out.append(fn)
        content = part.get_content()
        if isinstance(content, str):
            cs = part.get_content_charset()
            if cs:
                feats.add(f"charset {cs}")
            if ct in ("text/calendar", "text/vcard"):
                feats.add("ICS attachment" if ct == "text/calendar" else "vCard attachment")
                content = content.replace("\r\n ", "").replace("\n ", "")
                content = content.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")
            if ct == "text/csv":
                feats.add("CSV attachment")
            if ct == "text/html":
                content = re.sub(r"<[^>]+>", " ", content)
                content = content.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
            out.append(content)
        elif isinstance(content, bytes):
            out.append(blob_text(fn or "", content, feats))
        else:
            out.append(message_text(content, feats, depth + 1))
    return "\n".join(out)


def raw_features(data, feats):
    if b"\r\n" in data:
        feats.add("CRLF line ends")
    else:
        feats.add("LF line ends")
    head = data.split(b"\n\n", 1)[0] if b"\r\n" not in data else data.split(b"\r\n\r\n", 1)[0]
    for line in re.split(rb"\r?\n(?![ \t])", head):
        if line.lower().startswith(b"subject:") and b"=?" in line:
            feats.add("RFC 2047 Subject")
        if re.match(rb"(?i)(from|to|cc):", line) and b"=?" in line:
            feats.add("RFC 2047 display name")
    if re.search(rb"filename\*(0\*)?=", data) or re.search(rb"name\*(0\*)?=", data):
        feats.add("RFC 2231 file name")
    if re.search(rb'filename="=\?', data):
        feats.add("RFC 2047 file name")


# ---------------------------------------------------------------- checks
NAM_RE = re.compile(r"(?<![A-Z0-9])([A-Z]{4})[ .\-/]?(\d{4})[ .\-/]?(\d{4})(?![0-9])")


def norm(s):
    return unicodedata.normalize("NFKC", s)


def fold(s):
    return strip_accents(norm(s)).lower()


def compact(s):
    return re.sub(r"[^0-9a-z]", "", fold(s))


VALIDATORS = {"ca_sin": ca_sin.is_valid, "be_niss": be_nn.is_valid, "fr_nir": fr_nir.is_valid,
              "ca_health_number": lambda v: len(v) == 10 and luhn.is_valid(v)}


def verify(out_dir, meta):
    """meta: {relpath: spec} for every file written. Returns (errors, feature_table)."""
    errors = []
    nams = load_nams()
    by_nam = {r["nam"]: r for r in nams}
    with open(os.path.join(out_dir, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    keys = list(labels.keys())
    if keys != sorted(keys):
        errors.append("labels.json keys not sorted")
    files = sorted([f"positive/{f}" for f in os.listdir(os.path.join(out_dir, "positive"))] +
                   [f"negative/{f}" for f in os.listdir(os.path.join(out_dir, "negative"))])
    if files != keys:
        errors.append("labels do not match files on disk")
    npos = sum(1 for k in keys if k.startswith("positive/"))
    nneg = sum(1 for k in keys if k.startswith("negative/"))
    if (npos, nneg) != (120, 180):
        errors.append(f"counts {npos}/{nneg}")
    feat_files = {}
    for rel in keys:
        lab = labels[rel]
        pos = rel.startswith("positive/")
        if lab.get("confidential") is not pos:
            errors.append(f"{rel}: confidential flag")
        if lab.get("lang") not in ("fr", "en"):
            errors.append(f"{rel}: lang")
        if not lab.get("note"):
            errors.append(f"{rel}: note")
        if pos and not lab.get("types"):
            errors.append(f"{rel}: positive without types")
        if not pos and lab.get("types"):
            errors.append(f"{rel}: negative with types")
        if any(t not in TYPES for t in lab.get("types", [])):
            errors.append(f"{rel}: unknown type")
        with open(os.path.join(out_dir, rel), "rb") as fh:
            data = fh.read()
        feats = set()
        try:
            msg = email.message_from_bytes(data, policy=email.policy.default)
            text = message_text(msg, feats)
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{rel}: parse/decode failed: {exc!r}")
            continue
        raw_features(data, feats)
        if any(0xFF10 <= ord(c) <= 0xFF19 for c in text):
            feats.add("full-width digits")
        for f in feats:
            feat_files.setdefault(f, set()).add(rel)
        spec = meta[rel]
        up = strip_accents(norm(text)).upper()
        found = {"".join(m.groups()) for m in NAM_RE.finditer(up)}
        ftext = fold(text)
        ctext = compact(text)
        if not pos:
            if found:
                errors.append(f"{rel}: NAM-like string in a negative: {sorted(found)}")
            for r in nams:
                if re.search(r"\b" + re.escape(fold(r["surname"])) + r"\b", ftext):
                    errors.append(f"{rel}: NAM holder surname {r['surname']} in a negative")
            continue
        expected = {p.nam for p in spec["persons"] if getattr(p, "nam", None)}
        if ("ramq_nam" in lab["types"]) != bool(expected):
            errors.append(f"{rel}: ramq_nam label mismatch")
        for n in found:
            if n not in by_nam:
                errors.append(f"{rel}: NAM {n} not from blind list")
        for n in expected:
            if n not in found:
                errors.append(f"{rel}: expected NAM {n} not found")
            r = by_nam[n]
            if fold(r["surname"]) not in ftext or fold(r["given"]) not in ftext:
                errors.append(f"{rel}: NAM {n} without holder name")
            if not any(fold(d) in ftext for d in date_forms(r["dob"])):
                errors.append(f"{rel}: NAM {n} without birth date")
            labelled = re.search(r"\b(sexe|sex)\b[^a-z0-9]{0,4}" + r["sex"].lower() + r"\b", ftext)
            near = False
            for m in NAM_RE.finditer(up):
                if "".join(m.groups()) == n:
                    win = up[max(0, m.start() - 150):m.end() + 150]
                    if re.search(r"(?<![A-Z0-9])" + r["sex"] + r"(?![A-Z0-9])", win):
                        near = True
            if not (labelled or near):
                errors.append(f"{rel}: NAM {n} without sex")
        exp_names = {(by_nam[n]["given"], by_nam[n]["surname"]) for n in expected}
        for r in nams:
            if r["nam"] in expected or (r["given"], r["surname"]) in exp_names:
                continue
            if re.search(r"\b" + re.escape(fold(r["given"])) + r"\s+" + re.escape(fold(r["surname"])) + r"\b", ftext) or \
                    re.search(r"\b" + re.escape(fold(r["surname"])) + r",\s*" + re.escape(fold(r["given"])) + r"\b", ftext):
                errors.append(f"{rel}: NAM holder {r['surname']} named without their NAM")
        for kind, val in spec.get("ids", []):
            if kind in VALIDATORS and not VALIDATORS[kind](val):
                errors.append(f"{rel}: invalid {kind} {val}")
            if compact(val) not in ctext:
                errors.append(f"{rel}: {kind} {val} not present")
            if kind in VALIDATORS and kind not in lab["types"]:
                errors.append(f"{rel}: {kind} present but not labelled")
        for kind in ("ca_sin", "be_niss", "fr_nir", "ca_health_number"):
            if kind in lab["types"] and not any(k == kind for k, _ in spec.get("ids", [])):
                errors.append(f"{rel}: {kind} labelled but not generated")
        if not any(fold(p.surname) in ftext for p in spec["persons"]):
            errors.append(f"{rel}: no patient surname found")
    return errors, feat_files
