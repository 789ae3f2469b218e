"""Self-check: re-parse every message, decode every part and attachment, verify the labels, print counts + digest."""
import email
import email.policy
import hashlib
import html
import io
import json
import os
import re
import sys
import unicodedata
import zipfile
from collections import Counter

from openpyxl import load_workbook
from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_common import NAM_HOLDERS, fold

TYPES = ["ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn", "date_of_birth", "patient_name",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]


# ------------------------------------------------------------- extractors
def _pdf_unescape(s):
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i]
        if c == 0x5C and i + 1 < len(s):  # backslash
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


def pdf_text(data):
    import zlib
    chunks = [data]
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            chunks.append(zlib.decompress(m.group(1)))
        except zlib.error:
            pass
    out = []
    for ch in chunks:
        for m in re.finditer(rb"\(((?:\\.|[^\\)])*)\)", ch, re.S):
            out.append(_pdf_unescape(m.group(1)).decode("cp1252", errors="replace"))
    return "\n".join(out)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for name in z.namelist():
        if name.startswith("word/") and name.endswith(".xml") or name == "docProps/core.xml":
            xml = z.read(name).decode("utf-8")
            xml = re.sub(r"</w:p>|</w:tc>", "\n", xml)
            out.append(html.unescape(re.sub(r"<[^>]+>", "", xml)))
    return "\n".join(out)


def xlsx_text(data):
    wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def bytes_text(data, charset=None):
    for cs in ([charset] if charset else []) + ["utf-8-sig", "cp1252"]:
        try:
            return data.decode(cs)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("latin-1")


def file_text(name, ctype, data, charset=None, depth=0):
    n = (name or "").lower()
    if n.endswith(".pdf") or ctype == "application/pdf":
        return pdf_text(data)
    if n.endswith(".docx"):
        return docx_text(data)
    if n.endswith(".xlsx"):
        return xlsx_text(data)
    if n.endswith(".zip") or ctype == "application/zip":
        z = zipfile.ZipFile(io.BytesIO(data))
        parts = []
        for info in z.infolist():
            parts.append(info.filename)
            parts.append(file_text(info.filename, "", z.read(info.filename), None, depth + 1))
        return "\n".join(parts)
    if n.endswith(".eml"):
        return message_text(email.message_from_bytes(data, policy=email.policy.default), depth + 1)
    return bytes_text(data, charset)


def html_to_text(h):
    h = re.sub(r"(?is)<(script|style|head).*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</h\d>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", " | ", h)
    return html.unescape(re.sub(r"<[^>]+>", "", h))


def message_text(msg, depth=0):
    out = []
    for h in ("From", "To", "Cc", "Subject"):
        v = msg.get(h)
        if v is not None:
            out.append(str(v))
    if msg.is_multipart():
        if msg.get_content_type() == "message/rfc822":
            for sub in msg.get_payload():
                out.append(message_text(sub, depth + 1))
        else:
            for sub in msg.iter_parts():
                out.append(message_text(sub, depth + 1))
        return "\n".join(out)
    ctype = msg.get_content_type()
    fn = msg.get_filename()
    if fn:
        out.append(fn)
    data = msg.get_payload(decode=True) or b""
    if ctype == "text/plain" and not fn:
        out.append(msg.get_content())
    elif ctype == "text/html" and not fn:
        out.append(html_to_text(msg.get_content()))
    else:
        out.append(file_text(fn, ctype, data, msg.get_content_charset()))
    return "\n".join(out)


# ------------------------------------------------------------ validators
def norm_for_nam(text):
    t = unicodedata.normalize("NFKC", text).upper()
    return re.sub(r"[\s.\-/]", "", t)


def find_nams(text):
    t = norm_for_nam(text)
    return sorted({p.nam for p in NAM_HOLDERS if p.nam in t})


def digit_runs(text, lengths):
    t = unicodedata.normalize("NFKC", text)
    out = []
    for m in re.finditer(r"\d[\d .\-]{7,24}\d", t):
        d = re.sub(r"\D", "", m.group(0))
        for L in lengths:
            for i in range(0, len(d) - L + 1):
                out.append(d[i:i + L])
    return out


def has_valid(kind, text):
    if kind == "ca_sin":
        return any(ca_sin.is_valid(x) for x in digit_runs(text, [9]))
    if kind == "ca_health_number":
        return any(luhn.is_valid(x) and x[0] != "0" for x in digit_runs(text, [10]))
    if kind == "be_niss":
        return any(be_nn.is_valid(x) for x in digit_runs(text, [11]))
    if kind == "fr_nir":
        t = unicodedata.normalize("NFKC", text)
        for m in re.finditer(r"[12][\d ]{13,22}", t):
            d = re.sub(r"\s", "", m.group(0))
            for i in range(0, len(d) - 14):
                if fr_nir.is_valid(d[i:i + 15]):
                    return True
            if len(d) >= 15 and fr_nir.is_valid(d[:15]):
                return True
        return False
    return True


def holder_names_in(text):
    t = fold(text)
    hits = []
    for p in NAM_HOLDERS:
        g, s = fold(p.given), fold(p.surname)
        for pat in (r"\b%s\s+%s\b" % (re.escape(g), re.escape(s)), r"\b%s\s*,?\s+%s\b" % (re.escape(s), re.escape(g))):
            if re.search(pat, t):
                hits.append(p.full)
                break
    return hits


def digest(out_dir):
    h = hashlib.sha256()
    paths = sorted(["positive/" + f for f in os.listdir(os.path.join(out_dir, "positive")) if f.endswith(".eml")] +
                   ["negative/" + f for f in os.listdir(os.path.join(out_dir, "negative")) if f.endswith(".eml")] +
                   ["labels.json"])
    for p in paths:
        h.update(p.encode("utf-8"))
        h.update(b"\0")
        with open(os.path.join(out_dir, p), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()


def run(out_dir, verbose=True):
    with open(os.path.join(out_dir, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted(["positive/" + f for f in os.listdir(os.path.join(out_dir, "positive"))] +
                   ["negative/" + f for f in os.listdir(os.path.join(out_dir, "negative"))])
    errors = []
    if sorted(labels) != files:
        errors.append("labels do not cover exactly the files")
    langs = Counter()
    types = Counter()
    transports = Counter()
    for f in files:
        lab = labels.get(f, {})
        with open(os.path.join(out_dir, f), "rb") as fh:
            raw = fh.read()
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            text = message_text(msg)
        except Exception as exc:  # noqa: BLE001
            errors.append("%s: parse/decode failed: %r" % (f, exc))
            continue
        for part in msg.walk():
            transports[part.get_content_type()] += 1
            cte = part.get("Content-Transfer-Encoding")
            if cte:
                transports["cte:" + str(cte).lower()] += 1
            cs = part.get_content_charset()
            if cs and part.get_content_maintype() == "text":
                transports["charset:" + cs] += 1
        transports["eol:crlf" if b"\r\n" in raw else "eol:lf"] += 1
        if b"=?" in raw.split(b"\n\n")[0] or b"=?" in raw.split(b"\r\n\r\n")[0]:
            transports["rfc2047"] += 1
        if b"*=utf-8''" in raw or b"*0*=utf-8''" in raw:
            transports["rfc2231"] += 1
        is_pos = f.startswith("positive/")
        if lab.get("confidential") is not is_pos:
            errors.append("%s: confidential flag mismatch" % f)
        t = lab.get("types", [])
        if any(x not in TYPES for x in t):
            errors.append("%s: unknown type" % f)
        if is_pos and not t:
            errors.append("%s: positive without types" % f)
        if not is_pos and t:
            errors.append("%s: negative with types" % f)
        nams = find_nams(text)
        if ("ramq_nam" in t) != bool(nams):
            errors.append("%s: NAM presence %s vs label %s" % (f, nams, "ramq_nam" in t))
        for nam in nams:
            holder = [p for p in NAM_HOLDERS if p.nam == nam][0]
            if fold(holder.surname) not in fold(text):
                errors.append("%s: NAM %s without its holder's name" % (f, nam))
        for kind in ("ca_sin", "ca_health_number", "be_niss", "fr_nir"):
            if kind in t and not has_valid(kind, text):
                errors.append("%s: label %s without a valid number" % (f, kind))
        if not is_pos:
            hn = holder_names_in(text)
            if hn:
                errors.append("%s: NAM holder name in a negative: %s" % (f, hn))
        langs[lab.get("lang")] += 1
        for x in t:
            types[x] += 1
    npos = sum(1 for f in files if f.startswith("positive/"))
    nneg = len(files) - npos
    dg = digest(out_dir)
    if verbose:
        print("files: %d (positive %d, negative %d)" % (len(files), npos, nneg))
        print("languages: " + ", ".join("%s=%d" % kv for kv in sorted(langs.items())))
        print("types: " + ", ".join("%s=%d" % (k, types[k]) for k in TYPES))
        print("transports: " + ", ".join("%s=%d" % kv for kv in sorted(transports.items())))
        print("errors: %d" % len(errors))
        for e in errors[:40]:
            print("  " + e)
        print("sha256: " + dg)
    return errors, {"files": len(files), "pos": npos, "neg": nneg, "langs": dict(langs), "types": dict(types),
                    "transports": dict(transports), "digest": dg}


if __name__ == "__main__":
    errs, _ = run(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
    sys.exit(1 if errs else 0)
