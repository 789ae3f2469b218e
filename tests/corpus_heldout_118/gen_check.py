"""Self-check: re-parse every message, decode every part, verify labels and identifiers."""
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

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_common import NAM_PEOPLE, fold

TYPES = {"ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn", "date_of_birth", "patient_name",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"}


# ---------------------------------------------------------------------------- decoders
def _pdf_strings(content):
    out = []
    for m in re.finditer(rb"\((?:\\.|[^\\)])*\)\s*Tj", content, re.S):
        s = m.group(0)
        s = s[1:s.rindex(b")")]
        buf, i = bytearray(), 0
        while i < len(s):
            ch = s[i]
            if ch == 0x5C and i + 1 < len(s):
                nxt = s[i + 1]
                if 0x30 <= nxt <= 0x37:
                    j = i + 1
                    while j < len(s) and j < i + 4 and 0x30 <= s[j] <= 0x37:
                        j += 1
                    buf.append(int(s[i + 1:j], 8) & 0xFF)
                    i = j
                    continue
                buf.append({0x6E: 10, 0x72: 13, 0x74: 9}.get(nxt, nxt))
                i += 2
                continue
            buf.append(ch)
            i += 1
        out.append(buf.decode("cp1252", "replace"))
    return out


def pdf_text(data):
    texts = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        d, s = m.group(1), m.group(2)
        try:
            if b"ASCII85Decode" in d:
                s = s.strip()
                if s.endswith(b"~>"):
                    s = s[:-2]
                s = base64.a85decode(s)
            if b"FlateDecode" in d:
                s = zlib.decompress(s)
        except Exception:
            continue
        texts.extend(_pdf_strings(s))
    return "\n".join(texts)


def _xml_text(x):
    x = re.sub(r"</w:p>|</row>|</si>|<w:br/>", "\n", x)
    x = re.sub(r"</c>|</w:tc>", " ", x)
    return html.unescape(re.sub(r"<[^>]+>", "", x))


def office_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    parts = []
    for n in z.namelist():
        if n in ("word/document.xml", "xl/sharedStrings.xml") or (n.startswith("xl/worksheets/") and n.endswith(".xml")):
            parts.append(_xml_text(z.read(n).decode("utf-8")))
    return "\n".join(parts)


def blob_text(name, data):
    low = (name or "").lower()
    if data[:4] == b"%PDF":
        return pdf_text(data)
    if data[:2] == b"PK":
        z = zipfile.ZipFile(io.BytesIO(data))
        names = z.namelist()
        if any(n.startswith("word/") or n.startswith("xl/") for n in names):
            return office_text(data)
        out = []
        for n in names:
            out.append(n)
            out.append(blob_text(n, z.read(n)))
        return "\n".join(out)
    for enc in ("utf-8-sig", "cp1252"):
        try:
            t = data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    if low.endswith((".ics", ".vcf")):
        t = t.replace("\r\n ", "").replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")
    return t


def message_text(msg):
    """All human-visible text of a parsed message, including attachments and their names."""
    chunks = []
    for h in ("Subject", "From", "To", "Cc"):
        if msg[h]:
            chunks.append(str(msg[h]))
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "message/rfc822":
            inner = part.get_payload(0)
            for h in ("Subject", "From", "To"):
                if inner[h]:
                    chunks.append(str(inner[h]))
            continue
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            chunks.append(fn)
        if ct.startswith("text/") and not fn:
            t = part.get_content()
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            chunks.append(t)
        else:
            data = part.get_payload(decode=True) or b""
            chunks.append(blob_text(fn, data))
    return "\n".join(chunks)


# ---------------------------------------------------------------------------- identifier finders
def compact_alnum(text):
    t = unicodedata.normalize("NFKC", text).upper()
    return re.sub(r"[^0-9A-Z]", "", t)


def digit_runs(text):
    t = unicodedata.normalize("NFKC", text)
    return [re.sub(r"\D", "", m.group(0)) for m in re.finditer(r"\d(?:[ .\-/]?\d)+", t)]


VALIDATORS = {
    "ca_sin": (9, ca_sin.is_valid),
    "ca_health_number": (10, luhn.is_valid),
    "be_niss": (11, be_nn.is_valid),
    "fr_nir": (15, fr_nir.is_valid),
}


def found_valid(kind, runs):
    n, ok = VALIDATORS[kind]
    return [x for x in runs if len(x) == n and ok(x)]


def holder_patterns():
    pats = []
    for p in NAM_PEOPLE:
        s, g = fold(p.surname), fold(p.given)
        pats.append((p, re.compile(rf"\b(?:{re.escape(g)}\s+{re.escape(s)}|{re.escape(s)},?\s+{re.escape(g)})\b")))
    return pats


# ---------------------------------------------------------------------------- main check
def check(out_dir, meta):
    errors = []
    with open(os.path.join(out_dir, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted([f"positive/{f}" for f in os.listdir(os.path.join(out_dir, "positive"))] +
                   [f"negative/{f}" for f in os.listdir(os.path.join(out_dir, "negative"))])
    if set(files) != set(labels):
        errors.append("labels do not cover exactly the files")
    pats = holder_patterns()
    nams = {p.nam for p in NAM_PEOPLE}
    counts = {"pos": 0, "neg": 0, "lang": {}, "types": {}}
    for f in files:
        lab = labels.get(f, {})
        with open(os.path.join(out_dir, f), "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        text = message_text(msg)
        pos = f.startswith("positive/")
        counts["pos" if pos else "neg"] += 1
        counts["lang"][lab.get("lang")] = counts["lang"].get(lab.get("lang"), 0) + 1
        types = lab.get("types", [])
        for t in types:
            counts["types"][t] = counts["types"].get(t, 0) + 1
        if lab.get("confidential") is not pos:
            errors.append(f"{f}: confidential flag wrong")
        if pos and not types:
            errors.append(f"{f}: positive without types")
        if not pos and types:
            errors.append(f"{f}: negative with types")
        if set(types) - TYPES:
            errors.append(f"{f}: unknown types {set(types) - TYPES}")
        comp = compact_alnum(text)
        has_nam = [n for n in nams if n in comp]
        if "ramq_nam" in types and not has_nam:
            errors.append(f"{f}: labelled ramq_nam but no NAM found")
        if has_nam and "ramq_nam" not in types:
            errors.append(f"{f}: NAM present but not labelled")
        runs = digit_runs(text)
        for kind in VALIDATORS:
            if kind in types:
                good = found_valid(kind, runs)
                if not good:
                    errors.append(f"{f}: {kind} labelled but no valid number decoded")
                for want in meta.get(f, {}).get(kind, []):
                    if want not in good:
                        errors.append(f"{f}: {kind} {want} not found in decoded text")
        if not pos:
            ft = fold(text)
            for p, rx in pats:
                if rx.search(ft):
                    errors.append(f"{f}: NAM holder name {p.given} {p.surname} in a negative")
        if "patient_name" in types and pos:
            pass
    return errors, counts


def digest(out_dir):
    h = hashlib.sha256()
    paths = sorted([f"positive/{f}" for f in os.listdir(os.path.join(out_dir, "positive")) if f.endswith(".eml")] +
                   [f"negative/{f}" for f in os.listdir(os.path.join(out_dir, "negative")) if f.endswith(".eml")] +
                   ["labels.json"])
    for p in paths:
        with open(os.path.join(out_dir, p), "rb") as fh:
            data = fh.read()
        h.update(p.encode("utf-8"))
        h.update(b"\0")
        h.update(data)
        h.update(b"\0")
    return h.hexdigest()
