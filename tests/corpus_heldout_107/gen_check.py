"""Self-check: re-parse every file, decode every part (PDF/DOCX/XLSX/ZIP/ICS/VCF/CSV/.eml),
verify labels and identifiers, compute the digest."""
import base64
import collections
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

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_common import NAM_HOLDERS, strip_accents

TYPES = {"ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn", "date_of_birth", "patient_name",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"}


# ------------------------------------------------------------------ extraction
def _pdf_unescape(b):
    out, i = bytearray(), 0
    while i < len(b):
        c = b[i]
        if c == 0x5C and i + 1 < len(b):
            n = b[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                digs = b""
                while j < len(b) and len(digs) < 3 and 0x30 <= b[j] <= 0x37:
                    digs += bytes([b[j]])
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
    chunks = []
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        s = m.group(1).strip()
        for dec in (lambda x: zlib.decompress(base64.a85decode(x, adobe=True)), zlib.decompress, lambda x: x):
            try:
                s2 = dec(s)
                break
            except Exception:
                continue
        chunks.append(s2)
    chunks.append(data)  # info dictionary strings
    out = []
    for c in chunks:
        for m in re.finditer(rb"\(((?:\\.|[^\\)])*)\)", c, re.S):
            out.append(_pdf_unescape(m.group(1)).decode("cp1252", "replace"))
    return "\n".join(out)


def xml_text(b):
    s = b.decode("utf-8", "replace")
    s = re.sub(r"<[^>]+>", " ", s)
    return s.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")


def ooxml_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in z.namelist():
        if n.endswith(".xml") and (n.startswith("word/") or n.startswith("xl/") or n.startswith("docProps/")):
            out.append(xml_text(z.read(n)))
    return "\n".join(out)


def blob_text(name, data, ctype=""):
    n = (name or "").lower()
    if n.endswith(".pdf") or ctype == "application/pdf":
        return pdf_text(data)
    if n.endswith(".docx") or n.endswith(".xlsx") or "openxmlformats" in ctype:
        return ooxml_text(data)
    if n.endswith(".zip") or ctype == "application/zip":
        z = zipfile.ZipFile(io.BytesIO(data))
        return "\n".join(i + "\n" + blob_text(i, z.read(i)) for i in z.namelist())
    if n.endswith(".eml"):
        return message_text(email.message_from_bytes(data, policy=email.policy.default))
    if n.endswith((".png", ".jpg", ".jpeg", ".gif")) or ctype.startswith("image/"):
        return ""
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def message_text(msg):
    out = []
    for h in ("Subject", "From", "To", "Cc"):
        if msg[h]:
            out.append(str(msg[h]))
    for part in msg.walk():
        if part is not msg and part.get_content_type() == "message/rfc822":
            fn = part.get_filename()
            if fn:
                out.append(fn)
            # walk() descends into the attached message; add its headers
            inner = part.get_payload()[0]
            for h in ("Subject", "From", "To", "Cc"):
                if inner[h]:
                    out.append(str(inner[h]))
            continue
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            out.append(fn)
        ct = part.get_content_type()
        if part.get_content_maintype() == "text" and not fn:
            out.append(part.get_content())
        else:
            payload = part.get_payload(decode=True)
            out.append(blob_text(fn, payload, ct))
    return "\n".join(out)


# ------------------------------------------------------------------ identifier scanners
def norm(text):
    return unicodedata.normalize("NFKC", text)


def compact(text):
    return re.sub(r"[^A-Z0-9]", "", strip_accents(norm(text)).upper())


def digit_runs(text, n):
    """Digit sequences of exactly n digits, allowing single separators (space . - /) between digits."""
    t = norm(text)
    found = set()
    for m in re.finditer(r"(?<![\d])\d(?:[ .\-/]?\d){%d}(?![\d])" % (n - 1), t):
        found.add(re.sub(r"\D", "", m.group(0)))
    # also substrings of longer runs separated differently
    return found


def nams_in(text):
    c = compact(text)
    return {h["nam"] for h in NAM_HOLDERS if h["nam"] in c}


def holder_name_hits(text):
    t = strip_accents(norm(text)).lower()
    hits = set()
    for h in NAM_HOLDERS:
        g, s = strip_accents(h["given"]).lower(), strip_accents(h["surname"]).lower()
        pats = [rf"\b{re.escape(g)}\s+{re.escape(s)}\b", rf"\b{re.escape(s)}\s*,?\s+{re.escape(g)}\b", rf"\b{re.escape(s)}\b"]
        if any(re.search(p, t) for p in pats):
            hits.add(f"{h['given']} {h['surname']}")
    return hits


# ------------------------------------------------------------------ main check
def digest(out_dir):
    h = hashlib.sha256()
    paths = sorted([f"positive/{f}" for f in os.listdir(os.path.join(out_dir, "positive")) if f.endswith(".eml")] +
                   [f"negative/{f}" for f in os.listdir(os.path.join(out_dir, "negative")) if f.endswith(".eml")] + ["labels.json"])
    for p in paths:
        with open(os.path.join(out_dir, p), "rb") as fh:
            h.update(p.encode() + b"\0" + fh.read() + b"\0")
    return h.hexdigest()


def run(out_dir, extra=None, verbose=True):
    extra = extra or {}
    with open(os.path.join(out_dir, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted([f"positive/{f}" for f in os.listdir(os.path.join(out_dir, "positive")) if f.endswith(".eml")] +
                   [f"negative/{f}" for f in os.listdir(os.path.join(out_dir, "negative")) if f.endswith(".eml")])
    errors = []
    if set(files) != set(labels):
        errors.append(f"label/file mismatch: {sorted(set(files) ^ set(labels))[:5]}")
    stats = collections.Counter()
    langs = collections.Counter()
    types = collections.Counter()
    transport = collections.Counter()
    for f in files:
        raw = open(os.path.join(out_dir, f), "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg.defects:
            errors.append(f"{f}: defects {msg.defects}")
        for part in msg.walk():
            if part.defects:
                errors.append(f"{f}: part defects {part.defects}")
            transport[f"ctype:{part.get_content_type()}"] += 1
            if not part.is_multipart():
                transport[f"cte:{part.get('Content-Transfer-Encoding', '7bit').lower()}"] += 1
                cs = part.get_content_charset()
                if cs and part.get_content_maintype() == "text":
                    transport[f"charset:{cs}"] += 1
        transport["eol:crlf" if b"\r\n" in raw[:2000] else "eol:lf"] += 1
        if re.search(rb"^Subject: .*=\?", raw, re.M) or re.search(rb"^(From|To): .*=\?", raw, re.M):
            transport["hdr:rfc2047"] += 1
        if b"filename*" in raw:
            transport["param:rfc2231"] += 1
        text = message_text(msg)
        lab = labels.get(f, {})
        pos = f.startswith("positive/")
        if lab.get("confidential") is not pos:
            errors.append(f"{f}: confidential flag")
        t = set(lab.get("types", []))
        if not t <= TYPES:
            errors.append(f"{f}: unknown types {t - TYPES}")
        if pos and not t:
            errors.append(f"{f}: positive without types")
        if not pos and t:
            errors.append(f"{f}: negative with types")
        langs[lab.get("lang")] += 1
        for x in t:
            types[x] += 1
        found_nams = nams_in(text)
        if ("ramq_nam" in t) != bool(found_nams):
            errors.append(f"{f}: ramq_nam label={('ramq_nam' in t)} found={len(found_nams)}")
        if "ca_sin" in t:
            ok = [d for d in digit_runs(text, 9) if ca_sin.is_valid(d)]
            if not ok or (f in extra and extra[f].get("sin") and extra[f]["sin"] not in ok):
                errors.append(f"{f}: no valid SIN found")
        if "ca_health_number" in t:
            ok = [d for d in digit_runs(text, 10) if luhn.is_valid(d)]
            if not ok or (f in extra and extra[f].get("hcn") and extra[f]["hcn"] not in ok):
                errors.append(f"{f}: no valid Ontario health number")
        if "be_niss" in t:
            ok = [d for d in digit_runs(text, 11) if be_nn.is_valid(d)]
            if not ok or (f in extra and extra[f].get("niss") and extra[f]["niss"] not in ok):
                errors.append(f"{f}: no valid NISS")
        if "fr_nir" in t:
            ok = [d for d in digit_runs(text, 15) if fr_nir.is_valid(d)]
            if not ok or (f in extra and extra[f].get("nir") and extra[f]["nir"] not in ok):
                errors.append(f"{f}: no valid NIR")
        if not pos:
            hits = holder_name_hits(text)
            if hits:
                errors.append(f"{f}: NAM holder name in negative: {sorted(hits)}")
        stats["positive" if pos else "negative"] += 1
    d = digest(out_dir)
    if verbose:
        print(f"files: {len(files)} (positive {stats['positive']}, negative {stats['negative']})")
        print("languages:", dict(sorted(langs.items())))
        print("types:", dict(sorted(types.items())))
        print("sha256:", d)
        if errors:
            print(f"ERRORS ({len(errors)}):")
            for e in errors[:60]:
                print("  ", e)
    return {"errors": errors, "stats": stats, "langs": langs, "types": types, "transport": transport, "digest": d}
