"""Self-check: re-parse every message, decode every part (PDF/DOCX/XLSX/ZIP too), verify labels, print counts and digest."""
import io
import base64
import os
import re
import json
import zlib
import hashlib
import zipfile
import unicodedata
import email
import email.policy
from collections import Counter

import openpyxl
from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

from gen_common import NAM_HOLDERS, strip_accents

TYPES = ["ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn", "date_of_birth", "patient_name",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]

# ---------------------------------------------------------------------------
_ESC = {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f", "(": "(", ")": ")", "\\": "\\"}


def _pdf_unescape(s):
    out, i = bytearray(), 0
    while i < len(s):
        c = s[i]
        if c == 0x5C and i + 1 < len(s):
            n = chr(s[i + 1])
            if n in _ESC:
                out += _ESC[n].encode("latin-1")
                i += 2
            elif n.isdigit():
                m = re.match(rb"[0-7]{1,3}", s[i + 1:i + 4])
                out.append(int(m.group(0), 8) & 0xFF)
                i += 1 + len(m.group(0))
            else:
                i += 2
        else:
            out.append(c)
            i += 1
    return out.decode("cp1252", errors="replace")


def pdf_text(data):
    texts = []
    for m in re.finditer(rb"(?<!end)stream\r?\n(.*?)\s*endstream", data, re.S):
        raw = m.group(1)
        head = data[:m.start()]
        dic = head[head.rfind(b" obj"):]
        if b"ASCII85Decode" in dic:
            a = re.sub(rb"\s", b"", raw)
            if a.startswith(b"<~"):
                a = a[2:]
            if a.endswith(b"~>"):
                a = a[:-2]
            raw = base64.a85decode(a)
        if b"FlateDecode" in dic:
            try:
                raw = zlib.decompress(raw)
            except zlib.error:
                continue
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw, re.S):
            texts.append(_pdf_unescape(s.group(1)))
    return "\n".join(texts)


def ooxml_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    names = z.namelist()
    if "word/document.xml" in names:
        xml = z.read("word/document.xml").decode("utf-8")
        xml = re.sub(r"</w:p>", "\n", xml)
        return re.sub(r"<[^>]+>", "", xml)
    if "xl/workbook.xml" in names:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
        out = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                out.append("\t".join("" if v is None else str(v) for v in row))
        wb.close()
        return "\n".join(out)
    return ""


def blob_text(name, data):
    low = (name or "").lower()
    if data[:4] == b"%PDF":
        return pdf_text(data)
    if data[:2] == b"PK":
        z = zipfile.ZipFile(io.BytesIO(data))
        if any(n.startswith("word/") or n.startswith("xl/") for n in z.namelist()):
            return ooxml_text(data)
        out = []
        for n in z.namelist():
            out.append(n)
            out.append(blob_text(n, z.read(n)))
        return "\n".join(out)
    for enc in ("utf-8", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    return ""


def message_text(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    chunks = []
    for part in msg.walk():
        for k, v in part.items():
            chunks.append(f"{k}: {v}")
        fn = part.get_filename()
        if fn:
            chunks.append(fn)
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if ctype.startswith("text/"):
            chunks.append(part.get_content())
        else:
            payload = part.get_payload(decode=True)
            if payload:
                chunks.append(blob_text(fn, payload))
    return "\n".join(chunks)


# ---------------------------------------------------------------------------
def norm_compact(text):
    t = unicodedata.normalize("NFKC", text).upper()
    return re.sub(r"[^0-9A-Z]", "", t)


def digit_runs(text):
    t = unicodedata.normalize("NFKC", text)
    for m in re.finditer(r"\d[\d .\-/]{7,30}\d", t):
        yield re.sub(r"\D", "", m.group(0))


def has_valid(text, kind):
    for run in digit_runs(text):
        for n, fn in (("ca_sin", lambda x: len(x) == 9 and ca_sin.is_valid(x)),
                      ("ca_health_number", lambda x: len(x) == 10 and x[0] != "0" and luhn.is_valid(x)),
                      ("be_niss", lambda x: len(x) == 11 and be_nn.is_valid(x)),
                      ("fr_nir", lambda x: len(x) == 15 and fr_nir.is_valid(x))):
            if n != kind:
                continue
            L = {"ca_sin": 9, "ca_health_number": 10, "be_niss": 11, "fr_nir": 15}[n]
            for i in range(0, len(run) - L + 1):
                if fn(run[i:i + L]):
                    return True
    return False


def word_present(text, word):
    t = strip_accents(unicodedata.normalize("NFKC", text)).lower()
    w = strip_accents(word).lower()
    return re.search(r"(?<![a-z])" + re.escape(w) + r"(?![a-z])", t) is not None


def digest(out):
    h = hashlib.sha256()
    paths = sorted([f"positive/{f}" for f in os.listdir(os.path.join(out, "positive"))] +
                   [f"negative/{f}" for f in os.listdir(os.path.join(out, "negative"))] + ["labels.json"])
    for p in paths:
        with open(os.path.join(out, p), "rb") as f:
            h.update(p.encode("utf-8") + b"\0" + f.read() + b"\0")
    return h.hexdigest()


def self_check(out, verbose=True):
    labels = json.load(open(os.path.join(out, "labels.json"), encoding="utf-8"))
    files = sorted([f"positive/{f}" for f in os.listdir(os.path.join(out, "positive")) if f.endswith(".eml")] +
                   [f"negative/{f}" for f in os.listdir(os.path.join(out, "negative")) if f.endswith(".eml")])
    errors = []
    if sorted(labels) != files:
        errors.append("labels do not cover exactly the files")
    nams = {h["nam"] for h in NAM_HOLDERS}
    surnames = sorted({h["surname"] for h in NAM_HOLDERS})
    full_names = sorted({f"{h['given']} {h['surname']}" for h in NAM_HOLDERS})
    langs, types = Counter(), Counter()
    for f in files:
        lab = labels.get(f, {})
        raw = open(os.path.join(out, f), "rb").read()
        try:
            text = message_text(raw)
        except Exception as e:  # noqa
            errors.append(f"{f}: parse error {e!r}")
            continue
        comp = norm_compact(text)
        found = {n for n in nams if n in comp}
        pos = f.startswith("positive/")
        langs[lab.get("lang")] += 1
        if lab.get("confidential") != pos:
            errors.append(f"{f}: confidential flag mismatch")
        ts = lab.get("types", [])
        if any(x not in TYPES for x in ts):
            errors.append(f"{f}: unknown type")
        if pos:
            if not ts:
                errors.append(f"{f}: positive without types")
            for x in ts:
                types[x] += 1
            if ("ramq_nam" in ts) != bool(found):
                errors.append(f"{f}: ramq_nam label {('ramq_nam' in ts)} but NAM found {sorted(found)}")
            for k in ("ca_sin", "ca_health_number", "be_niss", "fr_nir"):
                if k in ts and not has_valid(text, k):
                    errors.append(f"{f}: {k} labelled but no valid number")
        else:
            if ts:
                errors.append(f"{f}: negative with types")
            if found:
                errors.append(f"{f}: NAM in negative")
            for s in surnames:
                if word_present(text, s):
                    errors.append(f"{f}: NAM holder surname {s!r} in negative")
            for n in full_names:
                if word_present(text, n):
                    errors.append(f"{f}: NAM holder name in negative")
    npos = sum(1 for f in files if f.startswith("positive/"))
    nneg = len(files) - npos
    dg = digest(out)
    if verbose:
        print(f"files: {len(files)} (positive {npos}, negative {nneg})")
        print("languages:", dict(sorted(langs.items())))
        print("types (positives):", dict(sorted(types.items())))
        print("self-check:", "OK" if not errors else f"{len(errors)} error(s)")
        for e in errors[:40]:
            print("  -", e)
        print("sha256:", dg)
    return errors, dict(langs), dict(types), dg, npos, nneg
