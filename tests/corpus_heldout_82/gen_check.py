"""Self-check (step 13): re-parse every file, decode every part, verify the labels."""
import base64
import email
import email.header
import email.policy
import hashlib
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib
from html import unescape

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

import gen_ids as I


# --------------------------------------------------------------------------- decoding
def _pdf_unescape(b):
    out, i = bytearray(), 0
    while i < len(b):
        ch = b[i]
        if ch == 0x5C and i + 1 < len(b):
            n = b[i + 1]
            if n in b"01234567":
                j = i + 1
                while j < len(b) and j < i + 4 and b[j] in b"01234567":
                    j += 1
                out.append(int(b[i + 1:j], 8) & 0xFF)
                i = j
                continue
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}.get(n, n))
            i += 2
            continue
        out.append(ch)
        i += 1
    return bytes(out)


def pdf_text(data):
    chunks = []
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\n?endstream", data, re.S):
        s = m.group(1)
        head = data[max(0, m.start() - 200):m.start()]
        if b"ASCII85Decode" in head.rsplit(b"obj", 1)[-1]:
            s = s.strip()
            if s.endswith(b"~>"):
                s = s[:-2]
            try:
                s = base64.a85decode(s)
            except ValueError:
                pass
        try:
            s = zlib.decompress(s)
        except zlib.error:
            pass
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", s, re.S):
            chunks.append(_pdf_unescape(t.group(1)).decode("cp1252", "replace"))
    for t in re.finditer(rb"/Title \(((?:\\.|[^\\)])*)\)", data):
        chunks.append(_pdf_unescape(t.group(1)).decode("cp1252", "replace"))
    return "\n".join(chunks)


def xml_text(blob):
    s = blob.decode("utf-8", "replace")
    s = re.sub(r"<[^>]+>", " ", s)
    return re.sub(r"\s+", " ", unescape(s))


def office_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in z.namelist():
        if n.endswith(".xml") and (n.startswith("word/") or n.startswith("xl/") or n.startswith("docProps/")):
            out.append(xml_text(z.read(n)))
    return "\n".join(out)


def bytes_text(name, data):
    low = name.lower()
    if low.endswith(".pdf") or data[:5] == b"%PDF-":
        return pdf_text(data)
    if low.endswith((".docx", ".xlsx")):
        return office_text(data)
    if low.endswith(".zip") or data[:2] == b"PK":
        z = zipfile.ZipFile(io.BytesIO(data))
        return "\n".join(n + "\n" + bytes_text(n, z.read(n)) for n in z.namelist())
    for cs in ("utf-8", "cp1252"):
        try:
            return data.decode(cs)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _hdr(v):
    if v is None:
        return ""
    return str(v)


def decode_message(msg, out=None):
    out = out if out is not None else []
    for h in ("Subject", "From", "To", "Cc"):
        out.append(_hdr(msg[h]))
    _walk(msg, out)
    return out


def _walk(part, out):
    ct = part.get_content_type()
    fn = part.get_filename()
    if fn:
        fn = str(email.header.make_header(email.header.decode_header(fn)))
        out.append(fn)
    if ct == "message/rfc822":
        inner = part.get_payload(0)
        decode_message(inner, out)
        return
    if part.is_multipart():
        for sub in part.iter_parts():
            _walk(sub, out)
        return
    if ct.startswith("text/"):
        txt = part.get_content()
        if ct in ("text/calendar", "text/vcard", "text/x-vcard"):
            txt = re.sub(r"\r?\n[ \t]", "", txt).replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")
        out.append(txt)
        return
    data = part.get_payload(decode=True) or b""
    out.append(bytes_text(fn or "", data))


def decoded_text(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    return "\n".join(decode_message(msg))


# --------------------------------------------------------------------------- checks
RUN = re.compile(r"[0-9A-Ba-b]+(?:[ .\-/]{1,3}[0-9A-Ba-b]+)*")


def _groups(text):
    for m in RUN.finditer(text):
        yield re.split(r"[ .\-/]+", m.group(0))


def find_numbers(text):
    """Return the set of valid numbers found, per kind."""
    found = {"be_niss": set(), "fr_nir": set(), "ca_sin": set(), "ca_health_number": set()}
    for gs in _groups(text):
        for i in range(len(gs)):
            acc = ""
            for j in range(i, len(gs)):
                acc += gs[j]
                if len(acc) > 15:
                    break
                if len(acc) == 11 and acc.isdigit() and be_nn.is_valid(acc):
                    found["be_niss"].add(acc)
                if len(acc) == 15 and fr_nir.is_valid(acc.upper()):
                    found["fr_nir"].add(acc)
                if len(acc) == 9 and acc.isdigit() and ca_sin.is_valid(acc):
                    found["ca_sin"].add(acc)
                if len(acc) == 10 and acc.isdigit() and luhn.is_valid(acc):
                    found["ca_health_number"].add(acc)
    return found


def norm(text):
    return unicodedata.normalize("NFKC", text)


def run_checks(out_dir, labels):
    holders = I.load_nam_holders()
    files = sorted(["positive/" + f for f in os.listdir(os.path.join(out_dir, "positive")) if f.endswith(".eml")] +
                   ["negative/" + f for f in os.listdir(os.path.join(out_dir, "negative")) if f.endswith(".eml")])
    errors = []
    if sorted(labels) != files:
        errors.append("labels do not cover exactly the files")
    for path in files:
        lab = labels.get(path, {})
        with open(os.path.join(out_dir, path), "rb") as fh:
            raw = fh.read()
        try:
            text = norm(decoded_text(raw))
        except Exception as exc:  # noqa
            errors.append("%s: cannot decode (%r)" % (path, exc))
            continue
        pos = path.startswith("positive/")
        if lab.get("confidential") != pos:
            errors.append("%s: confidential flag" % path)
        if pos and not lab.get("types"):
            errors.append("%s: positive without types" % path)
        if not pos and lab.get("types"):
            errors.append("%s: negative with types" % path)
        compact = re.sub(r"[^0-9A-Z]", "", text.upper())
        has_nam = any(h["nam"] in compact for h in holders)
        if has_nam != ("ramq_nam" in lab.get("types", [])):
            errors.append("%s: NAM presence %s vs label" % (path, has_nam))
        nums = find_numbers(text)
        for t in ("be_niss", "fr_nir", "ca_sin", "ca_health_number"):
            if t in lab.get("types", []) and not nums[t]:
                errors.append("%s: %s labelled but no valid number found" % (path, t))
        if not pos:
            low = text.lower()
            for h in holders:
                if re.search(r"\b%s\b" % re.escape(h["surname"].lower()), low):
                    errors.append("%s: NAM holder surname %s in a negative" % (path, h["surname"]))
    return files, errors


def digest(out_dir, files):
    h = hashlib.sha256()
    for p in sorted(files + ["labels.json"]):
        with open(os.path.join(out_dir, p), "rb") as fh:
            h.update(p.encode() + b"\0" + fh.read() + b"\0")
    return h.hexdigest()
