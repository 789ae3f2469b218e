"""Re-parse every written message, decode every part, check labels, NAM
placement and identifier validity, collect transport features, and compute
the digest."""
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

import gen_common as C

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]


# ---------------------------------------------------------------- decoders
def _pdf_string(s, i):
    """Parse a PDF literal string starting after '(' at index i; return (bytes, next_index)."""
    out = bytearray()
    depth = 1
    while i < len(s):
        ch = s[i]
        if ch == 0x5C:  # backslash
            i += 1
            e = s[i]
            if 0x30 <= e <= 0x37:
                j = i
                while j < len(s) and j < i + 3 and 0x30 <= s[j] <= 0x37:
                    j += 1
                out.append(int(s[i:j], 8) & 0xFF)
                i = j
                continue
            out += {0x6E: b"\n", 0x72: b"\r", 0x74: b"\t", 0x62: b"\b", 0x66: b"\f"}.get(e, bytes([e]))
            i += 1
            continue
        if ch == 0x28:
            depth += 1
        elif ch == 0x29:
            depth -= 1
            if depth == 0:
                return bytes(out), i + 1
        out.append(ch)
        i += 1
    return bytes(out), i


def pdf_text(data):
    if not data.startswith(b"%PDF"):
        raise ValueError("not a PDF")
    texts = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        d, raw = m.group(1), m.group(2)
        if b"/ASCII85Decode" in d:
            raw = raw.strip()
            if raw.endswith(b"~>"):
                raw = raw[:-2]
            raw = base64.a85decode(raw)
        if b"/FlateDecode" in d:
            raw = zlib.decompress(raw)
        i = 0
        while True:
            j = raw.find(b"(", i)
            if j < 0:
                break
            sb, i = _pdf_string(raw, j + 1)
            texts.append(sb.decode("cp1252", errors="replace"))
    # document info strings
    for m in re.finditer(rb"/(Title|Author) \(", data):
        sb, _ = _pdf_string(data, m.end())
        texts.append(sb.decode("cp1252", errors="replace"))
    return "\n".join(texts)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out.append(" | ".join(cell.text for cell in row.cells))
    out.append(d.core_properties.title or "")
    out.append(d.core_properties.author or "")
    return "\n".join(out)


def xlsx_text(data):
    from openpyxl import load_workbook
    wb = load_workbook(io.BytesIO(data))
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def blob_text(name, data, feats):
    low = (name or "").lower()
    if low.endswith(".pdf") or data.startswith(b"%PDF"):
        feats.add("attachment: PDF")
        return pdf_text(data)
    if low.endswith(".docx"):
        feats.add("attachment: DOCX")
        return docx_text(data)
    if low.endswith(".xlsx"):
        feats.add("attachment: XLSX")
        return xlsx_text(data)
    if low.endswith(".zip"):
        feats.add("attachment: ZIP")
        z = zipfile.ZipFile(io.BytesIO(data))
        return "\n".join(n + "\n" + blob_text(n, z.read(n), feats) for n in z.namelist())
    for enc in ("utf-8", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1")


def walk(msg, feats, texts, depth=0):
    for h in ("From", "To", "Cc", "Subject"):
        if msg[h] is not None:
            texts.append(str(msg[h]))
    _walk_part(msg, feats, texts, depth)


def _walk_part(part, feats, texts, depth):
    ct = part.get_content_type()
    fn = part.get_filename()
    if fn:
        texts.append(fn)
    if ct == "message/rfc822":
        feats.add("attachment: message/rfc822")
        inner = part.get_payload()[0] if isinstance(part.get_payload(), list) else part.get_content()
        walk(inner, feats, texts, depth + 1)
        return
    if part.is_multipart():
        feats.add(ct)
        for sub in part.iter_parts():
            _walk_part(sub, feats, texts, depth)
        return
    cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
    feats.add("transfer encoding: " + cte)
    if part.get_content_maintype() == "text":
        cs = part.get_content_charset()
        if cs:
            feats.add("charset: " + cs.lower())
        txt = part.get_content()
        if ct == "text/calendar":
            feats.add("attachment: ICS")
        elif ct in ("text/vcard", "text/x-vcard"):
            feats.add("attachment: vCard")
        elif ct == "text/csv":
            feats.add("attachment: CSV")
        texts.append(txt)
        if ct == "text/html":
            texts.append(html.unescape(re.sub(r"<[^>]+>", " ", txt)))
        return
    data = part.get_content()
    if not isinstance(data, (bytes, bytearray)):
        raise ValueError("undecodable part %s" % ct)
    texts.append(blob_text(fn, bytes(data), feats))


def raw_features(raw):
    feats = set()
    feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    head = raw.split(b"\r\n\r\n" if b"\r\n" in raw else b"\n\n", 1)[0].decode("ascii", errors="replace")
    head = re.sub(r"\r?\n[ \t]+", " ", head)
    for line in head.splitlines():
        k = line.split(":", 1)[0].lower()
        if k == "subject" and "=?" in line:
            feats.add("RFC 2047 Subject")
        if k in ("from", "to", "cc") and "=?" in line:
            feats.add("RFC 2047 display name")
    if re.search(rb"(file)?name\*(0\*?)?=", raw):
        feats.add("RFC 2231 file name")
    if re.search(rb'name="=\?', raw):
        feats.add("RFC 2047 file name (Outlook style)")
    return feats


def parse_file(path):
    raw = open(path, "rb").read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            raise ValueError("missing header " + h)
    feats = raw_features(raw)
    top = msg.get_content_type()
    if top == "text/plain":
        feats.add("single part text/plain")
    elif top == "text/html":
        feats.add("single part text/html")
    texts = []
    walk(msg, feats, texts)
    text = "\n".join(texts)
    if re.search("[\uff10-\uff19]", text):
        feats.add("full-width digits")
    return feats, text


# ---------------------------------------------------------------- checks
def alnum_upper(s):
    s = C.ascii_fold(unicodedata.normalize("NFKC", s)).upper()
    return re.sub(r"[^A-Z0-9]", "", s)


def words_norm(s):
    s = C.norm_text(s)
    return " " + re.sub(r"[^a-z0-9]+", " ", s).strip() + " "


def check(out_dir, labels, registry):
    errors = []
    holders = C.load_nams()
    files = {}
    for sub in ("positive", "negative"):
        for fn in sorted(os.listdir(os.path.join(out_dir, sub))):
            if fn.endswith(".eml"):
                files[sub + "/" + fn] = os.path.join(out_dir, sub, fn)
    pos = [k for k in files if k.startswith("positive/")]
    neg = [k for k in files if k.startswith("negative/")]
    if len(pos) != 120:
        errors.append("expected 120 positives, found %d" % len(pos))
    if len(neg) != 180:
        errors.append("expected 180 negatives, found %d" % len(neg))
    if sorted(labels) != sorted(files):
        errors.append("labels do not match files")
    if list(labels) != sorted(labels):
        errors.append("labels not sorted")
    features = {}
    for key in sorted(files):
        lab = labels.get(key)
        if lab is None:
            continue
        if lab.get("lang") not in ("fr", "en") or not lab.get("note"):
            errors.append(key + ": bad lang/note")
        is_pos = key.startswith("positive/")
        if lab["confidential"] != is_pos:
            errors.append(key + ": confidential flag mismatch")
        if is_pos and not lab["types"]:
            errors.append(key + ": positive without types")
        if not is_pos and lab["types"]:
            errors.append(key + ": negative with types")
        for t in lab["types"]:
            if t not in TYPES:
                errors.append(key + ": unknown type " + t)
        try:
            feats, text = parse_file(files[key])
        except Exception as e:  # noqa
            errors.append("%s: parse/decode failure: %r" % (key, e))
            continue
        features[key] = feats
        au = alnum_upper(text)
        wn = words_norm(text)
        nt = C.norm_text(text)
        found = [h for h in holders if h.nam in au]
        if not is_pos and found:
            errors.append(key + ": NAM in a negative")
        if is_pos:
            if found and "ramq_nam" not in lab["types"]:
                errors.append(key + ": NAM present but not labelled")
            if "ramq_nam" in lab["types"] and not found:
                errors.append(key + ": ramq_nam labelled but no NAM found")
            for h in found:
                if words_norm(h.surname).strip() not in wn or words_norm(h.given).strip() not in wn:
                    errors.append(key + ": NAM without holder's name")
                if not any(d in nt for d in C.dob_renderings(h.dob)):
                    errors.append(key + ": NAM without holder's birth date")
                if not re.search(r"(?<![a-z])%s(?![a-z])" % h.sex.lower(), nt):
                    errors.append(key + ": NAM without holder's sex")
        reg = registry.get(key, {"ids": [], "seen": []})
        for kind in ("patient_name", "date_of_birth", "mrn", "patient_contact"):
            vals = [v for k, v in reg["seen"] if k == kind]
            if kind in lab["types"] and not any(alnum_upper(v) in au for v in vals):
                errors.append("%s: %s labelled but no rendering found" % (key, kind))
        for kind, value in reg["ids"]:
            if not C.id_valid(kind, value):
                errors.append("%s: invalid %s" % (key, kind))
            if alnum_upper(value) not in au:
                errors.append("%s: %s not found in decoded text" % (key, kind))
            if kind not in lab["types"]:
                errors.append("%s: %s present but not labelled" % (key, kind))
        for kind in ("ca_sin", "ca_health_number", "be_niss", "fr_nir"):
            if kind in lab["types"] and kind not in [k for k, _ in reg["ids"]]:
                errors.append("%s: %s labelled but not placed" % (key, kind))
        if not is_pos:
            for h in holders:
                g, s = words_norm(h.given).strip(), words_norm(h.surname).strip()
                if (" %s %s " % (g, s)) in wn or (" %s %s " % (s, g)) in wn:
                    errors.append(key + ": NAM holder's name in a negative")
    return errors, features


def digest(out_dir):
    h = hashlib.sha256()
    rels = []
    for sub in ("positive", "negative"):
        for fn in os.listdir(os.path.join(out_dir, sub)):
            if fn.endswith(".eml"):
                rels.append(sub + "/" + fn)
    rels.append("labels.json")
    for rel in sorted(rels):
        h.update(rel.encode("utf-8") + b"\0")
        with open(os.path.join(out_dir, rel), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()
