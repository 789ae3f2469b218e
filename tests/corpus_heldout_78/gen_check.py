"""Self-check: re-parse every message, decode every part, verify labels, print counts and digest."""
import email
import email.policy
import hashlib
import html
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

from gen_common import fold


# ------------------------------------------------------------------ extraction
def pdf_text(data):
    out = []
    streams = re.findall(rb"<<(.*?)>>\s*stream\r?\n(.*?)\r?\nendstream", data, re.S)
    for dic, raw in streams:
        if b"FlateDecode" in dic:
            try:
                raw = zlib.decompress(raw)
            except zlib.error:
                continue
        if b"ASCII85Decode" in dic:
            continue
        for m in re.finditer(rb"\((.*?)(?<!\\)\)\s*Tj", raw, re.S):
            out.append(_pdf_unescape(m.group(1)))
        out.append("\n")
    # info dictionary strings
    for m in re.finditer(rb"/(Title|Author|Subject)\s*\((.*?)(?<!\\)\)", data, re.S):
        out.append(_pdf_unescape(m.group(2)) + "\n")
    return " ".join(out)


def _pdf_unescape(b):
    res = bytearray()
    i = 0
    while i < len(b):
        ch = b[i]
        if ch == 0x5C and i + 1 < len(b):
            n = b[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                oc = b""
                while j < len(b) and len(oc) < 3 and 0x30 <= b[j] <= 0x37:
                    oc += bytes([b[j]])
                    j += 1
                res.append(int(oc, 8) & 0xFF)
                i = j
                continue
            mp = {ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("("): 40, ord(")"): 41, ord("\\"): 92}
            res.append(mp.get(n, n))
            i += 2
            continue
        res.append(ch)
        i += 1
    return bytes(res).decode("cp1252", "replace")


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    parts += [d.core_properties.author or "", d.core_properties.title or ""]
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


def bytes_text(data):
    for cs in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(cs)
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1")


def blob_text(name, ctype, data, depth=0):
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
            parts.append(blob_text(info.filename, "", z.read(info.filename), depth + 1))
        return "\n".join(parts)
    if n.endswith(".eml"):
        return message_text(email.message_from_bytes(data, policy=email.policy.default))
    return bytes_text(data)


def strip_html(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</li>|</div>|</h\d>", "\n", s)
    s = re.sub(r"(?i)</td>|</th>", " | ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def message_text(msg):
    out = []
    for part in msg.walk():
        for k in part.keys():
            if k.lower() in ("from", "to", "cc", "subject", "reply-to"):
                out.append(f"{k}: {part[k]}")
        fn = part.get_filename()
        if fn:
            out.append(f"[file] {fn}")
        if part.is_multipart() or part.get_content_maintype() == "message":
            continue
        ct = part.get_content_type()
        content = part.get_content()
        if isinstance(content, str):
            out.append(strip_html(content) if ct == "text/html" else content)
        else:
            out.append(blob_text(fn, ct, content))
    return "\n".join(out)


# ------------------------------------------------------------------ finders
def norm(s):
    return unicodedata.normalize("NFKC", s)


def find_nams(text, nams):
    squash = re.sub(r"[^0-9A-Z]", "", norm(text).upper())
    return {n for n in nams if n in squash}


SEP = r"[ .\-/]?"


def _numbers(text, ndig):
    t = norm(text)
    pat = r"(?<![0-9])(?=([0-9](?:" + SEP + r"[0-9]){" + str(ndig - 1) + r"})(?![0-9]))"
    return [re.sub(r"[^0-9]", "", m.group(1)) for m in re.finditer(pat, t)]


def has_sin(text):
    return any(ca_sin.is_valid(n) for n in _numbers(text, 9))


def has_ohn(text):
    return any(luhn.is_valid(n) for n in _numbers(text, 10))


def has_niss(text):
    return any(be_nn.is_valid(n) for n in _numbers(text, 11))


def has_nir(text):
    t = norm(text)
    for m in re.finditer(r"(?<![0-9])([12](?:[ .]?[0-9A-B]){14})(?![0-9])", t):
        if fr_nir.is_valid(re.sub(r"[ .]", "", m.group(1))):
            return True
    return False


def name_hits(text, holders):
    ft = " " + re.sub(r"[\s,]+", " ", fold(text)) + " "
    hits = set()
    for p in holders:
        g, s = fold(p.given), fold(p.surname)
        for form in (f" {g} {s} ", f" {s} {g} "):
            if form in ft:
                hits.add(p.full)
    return hits


def surname_hits(text, holders):
    hits = set()
    for p in holders:
        if re.search(r"\b" + re.escape(p.surname) + r"\b", text):
            hits.add(p.surname)
    return hits


# ------------------------------------------------------------------ main check
def digest(root):
    h = hashlib.sha256()
    paths = sorted([f"positive/{f}" for f in os.listdir(os.path.join(root, "positive")) if f.endswith(".eml")]
                   + [f"negative/{f}" for f in os.listdir(os.path.join(root, "negative")) if f.endswith(".eml")]
                   + ["labels.json"])
    for p in paths:
        h.update(p.encode())
        h.update(b"\0")
        with open(os.path.join(root, p), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()


def run(root, holders, verbose=True):
    with open(os.path.join(root, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted([f"positive/{f}" for f in os.listdir(os.path.join(root, "positive"))]
                   + [f"negative/{f}" for f in os.listdir(os.path.join(root, "negative"))])
    errors = []
    if sorted(labels) != files:
        errors.append("labels do not cover exactly the files")
    nams = {p.nam for p in holders}
    langs, types = Counter(), Counter()
    for f in files:
        lab = labels.get(f, {})
        with open(os.path.join(root, f), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        try:
            text = message_text(msg)
        except Exception as e:  # noqa
            errors.append(f"{f}: decode failure {e!r}")
            continue
        t = set(lab.get("types", []))
        pos = f.startswith("positive/")
        if lab.get("confidential") != pos:
            errors.append(f"{f}: confidential flag mismatch")
        if pos and not t:
            errors.append(f"{f}: positive without types")
        if not pos and t:
            errors.append(f"{f}: negative with types")
        found = find_nams(text, nams)
        if ("ramq_nam" in t) != bool(found):
            errors.append(f"{f}: NAM label {('ramq_nam' in t)} but found {sorted(found)}")
        for label, fn in (("ca_sin", has_sin), ("ca_health_number", has_ohn), ("be_niss", has_niss), ("fr_nir", has_nir)):
            if label in t and not fn(text):
                errors.append(f"{f}: {label} labelled but no valid number found")
        if not pos:
            nh = name_hits(text, holders)
            if nh:
                errors.append(f"{f}: NAM holder name in negative: {sorted(nh)}")
            sh = surname_hits(text, holders)
            if sh:
                errors.append(f"{f}: NAM holder surname in negative: {sorted(sh)}")
        else:
            # NAM holders shown must keep their own NAM
            for p in holders:
                if p.nam in found:
                    continue
        langs[(pos, lab.get("lang"))] += 1
        for x in t:
            types[x] += 1
    npos = sum(1 for f in files if f.startswith("positive/"))
    nneg = len(files) - npos
    dig = digest(root)
    if verbose:
        print(f"files: {len(files)} (positive {npos}, negative {nneg})")
        print("languages:", {("pos" if k[0] else "neg") + "/" + str(k[1]): v for k, v in sorted(langs.items())})
        print("types:", dict(sorted(types.items())))
        print("sha256:", dig)
        for e in errors:
            print("ERROR:", e)
        print("self-check:", "OK" if not errors else f"{len(errors)} error(s)")
    return errors, dig, langs, types
