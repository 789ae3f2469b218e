"""Self-check: re-parse every file, decode every part and attachment, verify the labels."""
import base64
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

import openpyxl
from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

from gen_common import NAM_HOLDERS, strip_accents

ALL_TYPES = ["ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn", "date_of_birth",
             "patient_name", "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]


# ---------------------------------------------------------------- decoders
def _pdf_unescape(s):
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i]
        if c == 0x5C and i + 1 < len(s):
            n = s[i + 1]
            m = {ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}
            if n in m:
                out.append(m[n]); i += 2; continue
            if 0x30 <= n <= 0x37:
                j = i + 1
                oc = b""
                while j < len(s) and j < i + 4 and 0x30 <= s[j] <= 0x37:
                    oc += bytes([s[j]]); j += 1
                out.append(int(oc, 8) & 0xFF); i = j; continue
            if n in (10, 13):
                i += 2; continue
            out.append(n); i += 2; continue
        out.append(c); i += 1
    return bytes(out)


def pdf_text(data):
    texts = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        dic, raw = m.group(1), m.group(2)
        try:
            if b"ASCII85Decode" in dic:
                r = raw.strip()
                if r.startswith(b"<~"):
                    r = r[2:]
                if r.endswith(b"~>"):
                    r = r[:-2]
                raw = base64.a85decode(r)
            if b"FlateDecode" in dic:
                raw = zlib.decompress(raw)
        except Exception:
            continue
        for sm in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj|\[(.*?)\]\s*TJ", raw, re.S):
            if sm.group(1) is not None:
                texts.append(_pdf_unescape(sm.group(1)).decode("cp1252", "replace"))
            else:
                parts = re.findall(rb"\(((?:\\.|[^\\)])*)\)", sm.group(2))
                texts.append("".join(_pdf_unescape(p).decode("cp1252", "replace") for p in parts))
    # document info (title)
    for m in re.finditer(rb"/Title \((.*?)\)", data):
        texts.append(_pdf_unescape(m.group(1)).decode("cp1252", "replace"))
    return "\n".join(texts)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for name in z.namelist():
        if name in ("word/document.xml", "docProps/core.xml") or name.startswith(("word/header", "word/footer")):
            x = z.read(name).decode("utf-8")
            x = re.sub(r"</w:p>|</w:tc>", "\n", x)
            x = re.sub(r"<[^>]+>", "", x)
            out.append(html.unescape(x))
    return "\n".join(out)


def xlsx_text(data):
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append("\t".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def bytes_text(data):
    for enc in ("utf-8", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1")


def file_text(name, data):
    n = (name or "").lower()
    if n.endswith(".pdf") or data.startswith(b"%PDF"):
        return pdf_text(data)
    if n.endswith(".docx"):
        return docx_text(data)
    if n.endswith(".xlsx"):
        return xlsx_text(data)
    if n.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        out = []
        for info in z.infolist():
            out.append(info.filename)
            out.append(file_text(info.filename, z.read(info.filename)))
        return "\n".join(out)
    if n.endswith(".eml"):
        return "\n".join(message_texts(email.message_from_bytes(data, policy=email.policy.default)))
    if n.endswith((".png", ".jpg", ".jpeg", ".gif")):
        return ""
    return bytes_text(data)


def message_texts(msg):
    out = []
    for h in ("Subject", "From", "To", "Cc"):
        v = msg.get(h)
        if v:
            out.append(str(v))
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if ct == "message/rfc822":
            continue
        if ct.startswith("text/") and not fn:
            out.append(part.get_content())
            continue
        data = part.get_payload(decode=True)
        if data is None:
            continue
        out.append(file_text(fn or "", data))
    # message/rfc822 sub-parts are walked too, but their headers need adding
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()[0] if isinstance(part.get_payload(), list) else None
            if inner is not None:
                for h in ("Subject", "From", "To"):
                    if inner.get(h):
                        out.append(str(inner.get(h)))
    return out


# ---------------------------------------------------------------- finders
def norm(text):
    t = unicodedata.normalize("NFKC", text)
    t = html.unescape(t)
    return t


def squash(text):
    return re.sub(r"[^A-Z0-9]", "", strip_accents(norm(text)).upper())


def find_numbers(text):
    t = norm(text)
    found = set()
    for m in re.finditer(r"(?<![\dA-Za-z])\d[\d .\-/AB]{7,30}", t):
        groups = [g for g in re.split(r"[ .\-/]+", m.group(0)) if g]
        for i in range(len(groups)):
            for j in range(i + 1, len(groups) + 1):
                c = "".join(groups[i:j])
                if c.isdigit() and len(c) == 9 and ca_sin.is_valid(c):
                    found.add("ca_sin")
                if c.isdigit() and len(c) == 10 and luhn.is_valid(c):
                    found.add("ca_health_number")
                if c.isdigit() and len(c) == 11 and be_nn.is_valid(c):
                    found.add("be_niss")
                if len(c) == 15 and fr_nir.is_valid(c):
                    found.add("fr_nir")
    return found


def name_hits(text):
    t = strip_accents(norm(text)).lower()
    t = re.sub(r"\s+", " ", t)
    hits = []
    for h in NAM_HOLDERS:
        g = strip_accents(h.given).lower()
        s = strip_accents(h.surname).lower()
        for form in ("%s %s" % (g, s), "%s %s" % (s, g), "%s, %s" % (s, g)):
            if re.search(r"\b" + re.escape(form) + r"\b", t):
                hits.append(h.full)
    return hits


# ---------------------------------------------------------------- main check
def digest(outdir):
    paths = []
    for sub in ("positive", "negative"):
        for f in os.listdir(os.path.join(outdir, sub)):
            if f.endswith(".eml"):
                paths.append(sub + "/" + f)
    paths.append("labels.json")
    hsh = hashlib.sha256()
    for p in sorted(paths):
        with open(os.path.join(outdir, p), "rb") as fh:
            data = fh.read()
        hsh.update(p.encode() + b"\0" + data + b"\0")
    return hsh.hexdigest()


def transport_features(raw, msg):
    f = set()
    f.add("crlf" if b"\r\n" in raw else "lf")
    for part in msg.walk():
        ct = part.get_content_type()
        f.add(ct if ct.startswith("multipart/") or ct == "message/rfc822" else "")
        cs = part.get_content_charset()
        if cs:
            f.add("charset:" + cs)
        cte = part.get("Content-Transfer-Encoding")
        if cte:
            f.add("cte:" + str(cte).lower())
    if not msg.is_multipart():
        f.add("single:" + msg.get_content_type())
    if b"=?" in raw.split(b"\n\n")[0] or b"=?" in raw.split(b"\r\n\r\n")[0]:
        f.add("rfc2047")
    if b"filename*" in raw:
        f.add("rfc2231")
    f.discard("")
    return f


def run_check(outdir, quiet=False):
    with open(os.path.join(outdir, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted("positive/" + f for f in os.listdir(os.path.join(outdir, "positive"))) + \
        sorted("negative/" + f for f in os.listdir(os.path.join(outdir, "negative")))
    errors = []
    if sorted(labels) != sorted(files):
        errors.append("labels do not cover exactly the files")
    nams = {h.nam: h for h in NAM_HOLDERS}
    counts = {"positive": 0, "negative": 0, "fr": 0, "en": 0}
    pos_lang = {"fr": 0, "en": 0}
    neg_lang = {"fr": 0, "en": 0}
    tcount = {t: 0 for t in ALL_TYPES}
    feats = {}
    for f in files:
        lab = labels.get(f)
        if lab is None:
            continue
        with open(os.path.join(outdir, f), "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        texts = message_texts(msg)
        full = "\n".join(texts)
        for x in transport_features(raw, msg):
            feats[x] = feats.get(x, 0) + 1
        sq = squash(full)
        has_nam = [n for n in nams if n in sq]
        nums = find_numbers(full)
        is_pos = f.startswith("positive/")
        counts["positive" if is_pos else "negative"] += 1
        counts[lab["lang"]] += 1
        (pos_lang if is_pos else neg_lang)[lab["lang"]] += 1
        if lab["confidential"] != is_pos:
            errors.append(f + ": confidential flag")
        for t in lab["types"]:
            if t not in ALL_TYPES:
                errors.append(f + ": unknown type " + t)
            tcount[t] = tcount.get(t, 0) + 1
        if is_pos:
            if not lab["types"]:
                errors.append(f + ": positive without types")
            if ("ramq_nam" in lab["types"]) != bool(has_nam):
                errors.append(f + ": ramq_nam label vs NAM presence %s" % has_nam)
            for t in ("ca_sin", "ca_health_number", "be_niss", "fr_nir"):
                if t in lab["types"] and t not in nums:
                    errors.append(f + ": %s labelled but no valid number found" % t)
            for n in has_nam:
                h = nams[n]
                if h.surname.lower() not in strip_accents(full).lower() and \
                        strip_accents(h.surname).lower() not in strip_accents(full).lower():
                    pass  # NAM may be given alone
        else:
            if lab["types"]:
                errors.append(f + ": negative with types")
            if has_nam:
                errors.append(f + ": NAM in negative")
            hits = name_hits(full)
            if hits:
                errors.append(f + ": NAM holder name in negative: %s" % hits)
    dg = digest(outdir)
    if not quiet:
        print("files: %d (positive %d, negative %d)" % (len(files), counts["positive"], counts["negative"]))
        print("languages: fr %d, en %d (positive fr %d / en %d; negative fr %d / en %d)" % (
            counts["fr"], counts["en"], pos_lang["fr"], pos_lang["en"], neg_lang["fr"], neg_lang["en"]))
        print("types: " + ", ".join("%s %d" % (t, tcount[t]) for t in ALL_TYPES))
        print("transport features: " + ", ".join("%s %d" % (k, feats[k]) for k in sorted(feats)))
        print("sha256: " + dg)
        if errors:
            print("ERRORS (%d):" % len(errors))
            for e in errors[:60]:
                print("  " + e)
        else:
            print("self-check: OK")
    return {"errors": errors, "counts": counts, "pos_lang": pos_lang, "neg_lang": neg_lang,
            "types": tcount, "features": feats, "digest": dg}
