"""Self-check: re-parse every message, decode every part, verify labels."""
import base64
import email
import email.header
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

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_common import NAMS

TYPES = ["ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn", "date_of_birth",
         "patient_name", "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]


# ---------------------------------------------------------------- decoders
def pdf_text(data):
    out = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n", data, re.S):
        start = m.end()
        end = data.find(b"endstream", start)
        raw = data[start:end].rstrip(b"\r\n")
        d = m.group(1)
        try:
            if b"ASCII85Decode" in d:
                a = raw.strip()
                if a.endswith(b"~>"):
                    a = a[:-2]
                raw = base64.a85decode(a)
            if b"FlateDecode" in d:
                raw = zlib.decompress(raw)
        except Exception:
            continue
        for bt in re.findall(rb"BT(.*?)ET", raw, re.S):
            parts = []
            for s in re.findall(rb"\(((?:\\.|[^\\)])*)\)", bt, re.S):
                parts.append(pdf_unescape(s))
            if parts:
                out.append("".join(parts))
    return "\n".join(out)


def pdf_unescape(s):
    res = bytearray()
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == 0x5C and i + 1 < len(s):
            n = s[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                oct_digits = b""
                while j < len(s) and len(oct_digits) < 3 and 0x30 <= s[j] <= 0x37:
                    oct_digits += bytes([s[j]])
                    j += 1
                res.append(int(oct_digits, 8) & 0xFF)
                i = j
                continue
            res.append({ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}.get(n, n))
            i += 2
            continue
        res.append(ch)
        i += 1
    return res.decode("cp1252", "replace")


def ooxml_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for name in z.namelist():
        if not name.endswith(".xml"):
            continue
        x = z.read(name).decode("utf-8", "replace")
        x = re.sub(r"</(w:p|si|c|row|a:p)>", "\n", x)
        x = re.sub(r"<[^>]+>", " ", x)
        out.append(html.unescape(x))
    return "\n".join(out)


def unfold_dir(text):
    t = text.replace("\r\n ", "").replace("\n ", "")
    return t.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def html_text(h):
    h = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</h\d>", "\n", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return html.unescape(h)


def decode_name(fn):
    if fn and "=?" in fn:
        return str(email.header.make_header(email.header.decode_header(fn)))
    return fn or ""


def file_text(name, data):
    n = name.lower()
    if n.endswith(".pdf") or data[:5] == b"%PDF-":
        return pdf_text(data)
    if n.endswith((".docx", ".xlsx")):
        return ooxml_text(data)
    if n.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        return "\n".join(zi.filename + "\n" + file_text(zi.filename, z.read(zi.filename)) for zi in z.infolist())
    if n.endswith(".eml"):
        return message_text(email.message_from_bytes(data, policy=email.policy.default))
    for enc in ("utf-8-sig", "cp1252"):
        try:
            t = data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    if n.endswith((".ics", ".vcf")):
        t = unfold_dir(t)
    return t


def message_text(msg, defects=None):
    chunks = []
    for h in ("From", "To", "Cc", "Subject"):
        v = msg.get(h)
        if v:
            chunks.append(str(v))

    def collect(part):
        if defects is not None:
            defects.extend(part.defects)
        ct = part.get_content_type()
        fn = decode_name(part.get_filename())
        if fn:
            chunks.append(fn)
        if ct == "message/rfc822":
            chunks.append(message_text(part.get_payload(0), defects))
            return
        if part.is_multipart():
            for sp in part.get_payload():
                collect(sp)
            return
        if part.get_content_maintype() == "text":
            t = part.get_content()
            if ct == "text/html":
                t = html_text(t)
            elif ct in ("text/calendar", "text/vcard", "text/x-vcard"):
                t = unfold_dir(t)
            chunks.append(t)
        else:
            data = part.get_payload(decode=True) or b""
            chunks.append(file_text(fn or ("x.pdf" if ct == "application/pdf" else "x.bin"), data))

    collect(msg)
    return "\n".join(chunks)


# ---------------------------------------------------------------- number finders
def digit_groups(text):
    """Runs of digit groups separated by single separators; yields lists of groups."""
    for m in re.finditer(r"\d+(?:[ .\-/]\d+)*", text):
        yield re.split(r"[ .\-/]", m.group(0))


def candidates(text, n):
    out = set()
    for groups in digit_groups(text):
        for i in range(len(groups)):
            acc = ""
            for j in range(i, len(groups)):
                acc += groups[j]
                if len(acc) == n:
                    out.add(acc)
                if len(acc) >= n:
                    break
    return out


def has_valid(text, kind):
    if kind == "ca_sin":
        return any(ca_sin.is_valid(x) for x in candidates(text, 9))
    if kind == "ca_health_number":
        return any(luhn.is_valid(x) for x in candidates(text, 10))
    if kind == "be_niss":
        return any(be_nn.is_valid(x) for x in candidates(text, 11))
    if kind == "fr_nir":
        return any(fr_nir.is_valid(x) for x in candidates(text, 15))
    raise ValueError(kind)


def norm_ids(text):
    t = unicodedata.normalize("NFKC", text).upper()
    return re.sub(r"[^0-9A-Z]", "", t)


def strip_accents(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch)).lower()


# ---------------------------------------------------------------- main check
def digest(out_dir):
    h = hashlib.sha256()
    paths = ["labels.json"]
    for sub in ("positive", "negative"):
        paths += [f"{sub}/{f}" for f in os.listdir(os.path.join(out_dir, sub)) if f.endswith(".eml")]
    for p in sorted(paths):
        h.update(p.encode() + b"\0")
        with open(os.path.join(out_dir, p), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()


def run(out_dir, verbose=True):
    errors = []
    with open(os.path.join(out_dir, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = set()
    for sub in ("positive", "negative"):
        files |= {f"{sub}/{f}" for f in os.listdir(os.path.join(out_dir, sub)) if f.endswith(".eml")}
    if set(labels) != files:
        errors.append(f"labels/files mismatch: {sorted(set(labels) ^ files)[:5]}")
    nam_set = {h.nam: h for h in NAMS}
    counts = {"positive": 0, "negative": 0}
    langs = {}
    tcount = {t: 0 for t in TYPES}
    for path in sorted(files):
        lab = labels.get(path, {})
        with open(os.path.join(out_dir, path), "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        defects = []
        try:
            text = message_text(msg, defects)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{path}: decode failure {e!r}")
            continue
        if defects:
            errors.append(f"{path}: MIME defects {defects[:3]}")
        pos = path.startswith("positive/")
        counts["positive" if pos else "negative"] += 1
        langs[lab.get("lang")] = langs.get(lab.get("lang"), 0) + 1
        types = lab.get("types", [])
        for t in types:
            if t not in TYPES:
                errors.append(f"{path}: unknown type {t}")
            else:
                tcount[t] += 1
        if lab.get("confidential") is not pos:
            errors.append(f"{path}: confidential flag wrong")
        if pos and not types:
            errors.append(f"{path}: positive without types")
        if not pos and types:
            errors.append(f"{path}: negative with types")
        if lab.get("lang") not in ("fr", "en"):
            errors.append(f"{path}: bad lang")
        flat = norm_ids(text)
        found = [n for n in nam_set if n in flat]
        if pos:
            if ("ramq_nam" in types) != bool(found):
                errors.append(f"{path}: ramq_nam label {('ramq_nam' in types)} but NAM found {bool(found)}")
            low = strip_accents(text)
            for n in (found if "patient_name" in types else []):
                if strip_accents(nam_set[n].surname) not in low:
                    errors.append(f"{path}: NAM without its holder's surname")
        else:
            if found:
                errors.append(f"{path}: NAM in negative")
        for kind in ("ca_sin", "ca_health_number", "be_niss", "fr_nir"):
            if kind in types and not has_valid(unicodedata.normalize("NFKC", text), kind):
                errors.append(f"{path}: {kind} labelled but no valid number")
        if not pos:
            low = " " + re.sub(r"[^a-z0-9]+", " ", strip_accents(text)) + " "
            for h in NAMS:
                sur = strip_accents(h.surname)
                giv = strip_accents(h.given)
                if f" {sur} " in low or f" {giv} {sur} " in low or f" {sur} {giv} " in low:
                    errors.append(f"{path}: NAM holder name ({h.surname}) in negative")
                    break
    dg = digest(out_dir)
    if verbose:
        print(f"files: {sum(counts.values())} (positive {counts['positive']}, negative {counts['negative']})")
        print("languages: " + ", ".join(f"{k}={v}" for k, v in sorted(langs.items())))
        print("types: " + ", ".join(f"{k}={v}" for k, v in tcount.items()))
        print(f"sha256: {dg}")
        for e in errors[:60]:
            print("ERROR", e)
        print("self-check:", "PASS" if not errors else f"FAIL ({len(errors)} errors)")
    return errors, counts, langs, tcount, dg
