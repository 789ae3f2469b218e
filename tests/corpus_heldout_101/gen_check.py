"""Self-check: re-parse every file, decode every part (PDF, DOCX, XLSX, ZIP,
nested messages), verify labels and identifiers, compute the digest."""
import base64
import email
import email.policy
import glob
import hashlib
import html
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib

import docx
import openpyxl
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

from gen_common import load_holders, strip_accents, valid_ohn

TYPES = ["ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
         "date_of_birth", "patient_name", "diagnosis", "medication", "lab_result",
         "patient_contact", "social_information"]


# ---------------------------------------------------------------- PDF text
def _pdf_strings(content):
    out = []
    i, n = 0, len(content)
    while i < n:
        if content[i:i + 1] == b"(":
            depth, j, buf = 1, i + 1, bytearray()
            while j < n and depth:
                ch = content[j:j + 1]
                if ch == b"\\":
                    nxt = content[j + 1:j + 2]
                    if nxt in b"01234567" and nxt:
                        k = j + 1
                        digs = b""
                        while k < n and len(digs) < 3 and content[k:k + 1] in b"01234567":
                            digs += content[k:k + 1]
                            k += 1
                        buf.append(int(digs, 8) & 0xFF)
                        j = k
                        continue
                    buf += {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b",
                            b"f": b"\f"}.get(nxt, nxt)
                    j += 2
                    continue
                if ch == b"(":
                    depth += 1
                elif ch == b")":
                    depth -= 1
                    if depth == 0:
                        break
                buf += ch
                j += 1
            out.append(bytes(buf).decode("cp1252", "replace"))
            i = j + 1
        else:
            i += 1
    return out


def pdf_text(data):
    texts = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        dic, stream = m.group(1), m.group(2)
        if b"/Subtype /Image" in dic:
            continue
        try:
            if b"ASCII85Decode" in dic:
                s = stream.strip()
                if s.endswith(b"~>"):
                    s = s[:-2]
                stream = base64.a85decode(s)
            if b"FlateDecode" in dic:
                stream = zlib.decompress(stream)
        except Exception:
            continue
        if b"Tj" in stream or b"TJ" in stream:
            texts.append("\n".join(_pdf_strings(stream)))
    info = re.search(rb"/Title \((.*?)\)", data)
    if info:
        texts.append(info.group(1).decode("latin-1"))
    return "\n".join(texts)


def docx_text(data):
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            out.append("\t".join(c.text for c in r.cells))
    out.append(d.core_properties.title or "")
    return "\n".join(out)


def xlsx_text(data):
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append("\t".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def blob_text(name, ctype, data):
    low = (name or "").lower()
    if ctype == "application/pdf" or low.endswith(".pdf"):
        return pdf_text(data)
    if low.endswith(".docx"):
        return docx_text(data)
    if low.endswith(".xlsx"):
        return xlsx_text(data)
    if low.endswith(".zip") or ctype == "application/zip":
        z = zipfile.ZipFile(io.BytesIO(data))
        out = []
        for info in z.infolist():
            out.append(info.filename)
            out.append(blob_text(info.filename, "", z.read(info.filename)))
        return "\n".join(out)
    if low.endswith(".eml"):
        return message_text(email.message_from_bytes(data, policy=email.policy.default))
    if ctype.startswith("image/") or low.endswith((".png", ".jpg")):
        return ""
    for cs in ("utf-8", "cp1252"):
        try:
            return data.decode(cs)
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1")


def html_text(h):
    h = re.sub(r"(?is)<(style|script).*?</\1>", " ", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return html.unescape(h)


def message_text(msg):
    out = []
    for hn in ("Subject", "From", "To", "Cc"):
        v = msg.get(hn)
        if v:
            out.append(str(v))
    out.append(part_text(msg))
    return "\n".join(out)


def part_text(part):
    ctype = part.get_content_type()
    out = []
    fn = part.get_filename()
    if fn:
        out.append(fn)
    if part.is_multipart() and ctype.startswith("multipart/"):
        for sub in part.iter_parts():
            out.append(part_text(sub))
    elif ctype == "message/rfc822":
        inner = part.get_content()
        out.append(message_text(inner))
    elif ctype.startswith("text/"):
        t = part.get_content()
        out.append(html_text(t) if ctype == "text/html" else t)
    else:
        out.append(blob_text(fn, ctype, part.get_payload(decode=True)))
    return "\n".join(out)


def norm_alnum(s):
    return re.sub(r"[^0-9A-Z]", "", unicodedata.normalize("NFKC", s).upper())


def norm_words(s):
    s = strip_accents(unicodedata.normalize("NFKC", s)).lower()
    return " " + re.sub(r"[^a-z0-9']+", " ", s) + " "


def digest(out_dir):
    paths = sorted(glob.glob(os.path.join(out_dir, "positive", "*.eml")) +
                   glob.glob(os.path.join(out_dir, "negative", "*.eml")) +
                   [os.path.join(out_dir, "labels.json")])
    h = hashlib.sha256()
    for p in sorted(os.path.relpath(x, out_dir) for x in paths):
        h.update(p.encode("utf-8"))
        h.update(b"\0")
        with open(os.path.join(out_dir, p), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()


def run_check(out_dir, ids_by_file, expect_pos=120, expect_neg=180):
    errors = []
    with open(os.path.join(out_dir, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted(os.path.relpath(p, out_dir) for p in
                   glob.glob(os.path.join(out_dir, "positive", "*.eml")) +
                   glob.glob(os.path.join(out_dir, "negative", "*.eml")))
    if sorted(labels) != files:
        errors.append("labels do not cover exactly the files")
    npos = sum(1 for f in files if f.startswith("positive/"))
    nneg = sum(1 for f in files if f.startswith("negative/"))
    if (npos, nneg) != (expect_pos, expect_neg):
        errors.append("counts %d/%d" % (npos, nneg))
    holders = load_holders()
    nams = [h.nam for h in holders]
    holder_names = []
    for h in holders:
        g, s = norm_words(h.given).strip(), norm_words(h.surname).strip()
        holder_names.append((h.nam, [" %s %s " % (g, s), " %s %s " % (s, g)], " %s " % s))
    type_counts = {t: 0 for t in TYPES}
    langs = {}
    for f in files:
        lab = labels.get(f, {})
        with open(os.path.join(out_dir, f), "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        text = message_text(msg)
        alnum = norm_alnum(text)
        words = norm_words(text)
        pos = f.startswith("positive/")
        types = lab.get("types", [])
        langs[lab.get("lang")] = langs.get(lab.get("lang"), 0) + 1
        if lab.get("confidential") is not pos:
            errors.append("%s: confidential flag" % f)
        if lab.get("lang") not in ("fr", "en"):
            errors.append("%s: lang" % f)
        if any(t not in TYPES for t in types) or len(set(types)) != len(types):
            errors.append("%s: bad types %r" % (f, types))
        if pos and not types:
            errors.append("%s: positive without types" % f)
        if not pos and types:
            errors.append("%s: negative with types" % f)
        for t in types:
            type_counts[t] += 1
        found_nams = [n for n in nams if n in alnum]
        if ("ramq_nam" in types) != bool(found_nams):
            errors.append("%s: NAM presence %r vs label" % (f, found_nams))
        # each found NAM must come with its own holder only
        ids = ids_by_file.get(f, {})
        for t, checker in (("ca_sin", ca_sin.is_valid), ("be_niss", be_nn.is_valid),
                           ("fr_nir", fr_nir.is_valid), ("ca_health_number", valid_ohn)):
            recorded = ids.get(t, [])
            if t in types:
                ok = [n for n in recorded if checker(n) and n in alnum]
                if not ok:
                    errors.append("%s: %s label without a valid number in text" % (f, t))
            elif recorded:
                errors.append("%s: %s recorded but not labelled" % (f, t))
        if "ramq_nam" in types:
            for n in ids.get("ramq_nam", []):
                if n not in alnum:
                    errors.append("%s: recorded NAM %s absent" % (f, n))
        if not pos:
            for nam, fulls, sur in holder_names:
                if any(x in words for x in fulls):
                    errors.append("%s: NAM holder name in negative" % f)
                if sur in words:
                    errors.append("%s: NAM holder surname%s in negative" % (f, sur))
    return errors, npos, nneg, langs, type_counts
