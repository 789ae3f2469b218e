"""Self-check: re-parse every message, decode every part and attachment, verify labels, compute digest."""
import base64
import email
import email.policy
import hashlib
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib
from collections import Counter

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_common import fold, load_nam_holders
from gen_mime import html_to_text

ID_TYPES = {"patient_name", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"}
ALL_TYPES = ["ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn", "date_of_birth", "patient_name",
             "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]


# ------------------------------------------------------------------ PDF text
def _pdf_unescape(s):
    out = bytearray()
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == 0x5C and i + 1 < len(s):
            n = s[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                oct_ = b""
                while j < len(s) and len(oct_) < 3 and 0x30 <= s[j] <= 0x37:
                    oct_ += bytes([s[j]])
                    j += 1
                out.append(int(oct_, 8) & 0xFF)
                i = j
                continue
            out += {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b", ord("f"): b"\f"}.get(n, bytes([n]))
            i += 2
            continue
        out.append(ch)
        i += 1
    return bytes(out)


def pdf_text(data):
    texts = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        dic, body = m.group(1), m.group(2)
        try:
            if b"ASCII85Decode" in dic:
                body = body.strip()
                if body.endswith(b"~>"):
                    body = body[:-2]
                body = base64.a85decode(body)
            if b"FlateDecode" in dic:
                body = zlib.decompress(body)
        except Exception:
            continue
        for tm in re.finditer(rb"\((?:\\.|[^\\)])*\)\s*Tj|\[(?:[^\]])*\]\s*TJ", body, re.S):
            chunk = tm.group(0)
            parts = re.findall(rb"\(((?:\\.|[^\\)])*)\)", chunk, re.S)
            texts.append(b"".join(_pdf_unescape(p) for p in parts).decode("cp1252", "replace"))
    return "\n".join(texts)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    xml = z.read("word/document.xml").decode("utf-8")
    xml = re.sub(r"</w:p>", "\n", xml)
    xml = re.sub(r"</w:tc>", "\t", xml)
    return re.sub(r"<[^>]+>", "", xml)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append("\t".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def blob_text(name, data, stats):
    low = (name or "").lower()
    if low.endswith(".pdf") or data[:5] == b"%PDF-":
        stats["pdf"] += 1
        return pdf_text(data)
    if low.endswith(".docx"):
        stats["docx"] += 1
        return docx_text(data)
    if low.endswith(".xlsx"):
        stats["xlsx"] += 1
        return xlsx_text(data)
    if low.endswith(".zip"):
        stats["zip"] += 1
        z = zipfile.ZipFile(io.BytesIO(data))
        out = []
        for info in z.infolist():
            out.append(info.filename)
            out.append(blob_text(info.filename, z.read(info.filename), stats))
        return "\n".join(out)
    if low.endswith(".eml"):
        stats["eml_octet"] += 1
        return msg_text(email.message_from_bytes(data, policy=email.policy.default), stats)
    for enc in ("utf-8", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    return ""


def msg_text(msg, stats):
    out = []
    for h in ("subject", "from", "to", "cc"):
        v = msg.get(h)
        if v is not None:
            out.append(str(v))
    ct = msg.get_content_type()
    fn = msg.get_filename()
    if fn:
        out.append(fn)
        stats["attachments"] += 1
    if ct == "message/rfc822":
        stats["message/rfc822"] += 1
        inner = msg.get_content()
        out.append(msg_text(inner, stats))
        return "\n".join(out)
    if msg.is_multipart():
        stats[ct] += 1
        for p in msg.iter_parts():
            out.append(msg_text(p, stats))
        return "\n".join(out)
    stats["cte:" + str(msg.get("content-transfer-encoding", "7bit")).lower()] += 1
    if msg.get_content_maintype() == "text":
        cs = msg.get_content_charset() or "us-ascii"
        stats["charset:" + cs.lower()] += 1
        txt = msg.get_content()
        if ct == "text/html":
            out.append(txt)
            out.append(html_to_text(txt))
        else:
            out.append(txt)
        return "\n".join(out)
    data = msg.get_content()
    out.append(blob_text(fn, data, stats))
    return "\n".join(out)


def norm(s):
    return unicodedata.normalize("NFKC", s)


def alnum_upper(s):
    return re.sub(r"[^0-9A-Z]", "", norm(s).upper())


def find_ids(text):
    t = norm(text)
    found = set()
    for m in re.finditer(r"(?<!\d)\d{3}[ \-/.]?\d{3}[ \-/.]?\d{3}(?!\d)", t):
        if ca_sin.is_valid(re.sub(r"\D", "", m.group(0))):
            found.add("ca_sin")
    for m in re.finditer(r"(?<!\d)\d{4}[ \-]?\d{3}[ \-]?\d{3}(?!\d)", t):
        if luhn.is_valid(re.sub(r"\D", "", m.group(0))):
            found.add("ca_health_number")
    for m in re.finditer(r"(?<!\d)\d{2}\.?\d{2}\.?\d{2}[ \-.]?\d{3}[ .]?\d{2}(?!\d)", t):
        if be_nn.is_valid(re.sub(r"\D", "", m.group(0))):
            found.add("be_niss")
    for m in re.finditer(r"(?<!\d)[12] ?\d{2} ?\d{2} ?(?:\d{2}|2A|2B) ?\d{3} ?\d{3} ?\d{2}(?!\d)", t):
        if fr_nir.is_valid(re.sub(r"\s", "", m.group(0))):
            found.add("fr_nir")
    return found


def name_variants(p):
    g, s = fold(p.given), fold(p.surname)
    return [f"{g} {s}", f"{s} {g}", f"{s}, {g}", f"{g[0]}. {s}", f"{s}, {g[0]}."]


def check(out_dir):
    holders = load_nam_holders()
    nams = {h.nam: h for h in holders}
    with open(os.path.join(out_dir, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted([f"positive/{f}" for f in os.listdir(os.path.join(out_dir, "positive"))] +
                   [f"negative/{f}" for f in os.listdir(os.path.join(out_dir, "negative"))])
    assert sorted(labels) == files, "labels do not cover exactly the files"
    stats = Counter()
    types = Counter()
    langs = Counter()
    transport = Counter()
    errors = []
    for f in files:
        raw = open(os.path.join(out_dir, f), "rb").read()
        lab = labels[f]
        pos = f.startswith("positive/")
        transport["crlf" if b"\r\n" in raw else "lf"] += 1
        if b"=?" in raw.split(b"\n\n")[0].split(b"\r\n\r\n")[0]:
            transport["rfc2047_header"] += 1
        if re.search(rb"filename\*(0\*)?=", raw):
            transport["rfc2231_filename"] += 1
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        transport["top:" + msg.get_content_type()] += 1
        text = msg_text(msg, stats)
        langs[("pos:" if pos else "neg:") + lab["lang"]] += 1
        if lab["confidential"] != pos:
            errors.append(f"{f}: confidential flag")
        if pos and not lab["types"]:
            errors.append(f"{f}: positive without types")
        if pos and not (set(lab["types"]) & ID_TYPES):
            errors.append(f"{f}: positive without an identifying type")
        if not pos and lab["types"]:
            errors.append(f"{f}: negative with types")
        bad = set(lab["types"]) - set(ALL_TYPES)
        if bad:
            errors.append(f"{f}: unknown types {bad}")
        for t in lab["types"]:
            types[t] += 1
        flat = alnum_upper(text)
        present = [n for n in nams if n in flat]
        if bool(present) != ("ramq_nam" in lab["types"]):
            errors.append(f"{f}: NAM presence {present} vs label")
        for n in present:
            h = nams[n]
            if fold(h.surname) not in fold(norm(text)):
                errors.append(f"{f}: NAM {n} without its holder's surname")
        ids = find_ids(text)
        for t in ("ca_sin", "ca_health_number", "be_niss", "fr_nir"):
            if t in lab["types"] and t not in ids:
                errors.append(f"{f}: {t} labelled but no valid number found")
        if not pos:
            ft = re.sub(r"\s+", " ", fold(norm(text)))
            for h in holders:
                for v in name_variants(h):
                    if re.search(r"(?<![a-z])" + re.escape(v) + r"(?![a-z])", ft):
                        errors.append(f"{f}: NAM holder name '{v}' in a negative")
    if errors:
        raise SystemExit("SELF-CHECK FAILED:\n" + "\n".join(errors[:60]))
    h = hashlib.sha256()
    for f in sorted(files + ["labels.json"]):
        h.update(f.encode() + b"\0" + open(os.path.join(out_dir, f), "rb").read() + b"\0")
    return dict(files=len(files), positives=sum(1 for f in files if f.startswith("positive/")),
                negatives=sum(1 for f in files if f.startswith("negative/")), langs=langs, types=types,
                stats=stats, transport=transport, digest=h.hexdigest())
