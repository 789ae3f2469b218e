"""Self-check: re-parse every message, decode every part and attachment, verify
labels, identifiers and names; compute the corpus digest."""
import base64
import collections
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

ALL_TYPES = {"ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn", "date_of_birth", "patient_name",
             "diagnosis", "medication", "lab_result", "patient_contact", "social_information"}


# --------------------------------------------------------------------------
# extraction
# --------------------------------------------------------------------------
def _dec_bytes(b):
    if b.startswith(b"\xef\xbb\xbf"):
        b = b[3:]
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("cp1252", "replace")


def html_to_text(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</li>|</div>", "\n", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return html.unescape(s)


def _pdf_string(raw):
    out = bytearray()
    i = 0
    while i < len(raw):
        ch = raw[i]
        if ch == 0x5C and i + 1 < len(raw):  # backslash
            nx = raw[i + 1]
            if 0x30 <= nx <= 0x37:
                j = i + 1
                digs = b""
                while j < len(raw) and len(digs) < 3 and 0x30 <= raw[j] <= 0x37:
                    digs += bytes([raw[j]])
                    j += 1
                out.append(int(digs, 8) & 0xFF)
                i = j
                continue
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}.get(nx, nx))
            i += 2
            continue
        out.append(ch)
        i += 1
    return out.decode("cp1252", "replace")


def pdf_text(data):
    texts = []
    for mm in re.finditer(rb"(?<!end)stream\r?\n", data):
        d = data[data.rfind(b"<<", 0, mm.start()):mm.start()]
        end = data.find(b"endstream", mm.end())
        if end < 0:
            continue
        s = data[mm.end():end].rstrip(b"\r\n")
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
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", s, re.S):
            texts.append(_pdf_string(t.group(1)))
    for t in re.finditer(rb"/(Title|Author|Subject)\s*\(((?:\\.|[^\\)])*)\)", data):
        texts.append(_pdf_string(t.group(2)))
    return "\n".join(texts)


def ooxml_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in z.namelist():
        if n.endswith(".xml") and (n.startswith("word/") or n.startswith("xl/") or n.startswith("docProps/")):
            x = z.read(n).decode("utf-8", "replace")
            x = re.sub(r"</w:p>|</row>|</si>", "\n", x)
            x = re.sub(r"<[^>]+>", " ", x)
            out.append(html.unescape(x))
    return "\n".join(out)


def blob_text(name, data, mime=""):
    n = (name or "").lower()
    if n.endswith(".pdf") or mime == "application/pdf" or data[:5] == b"%PDF-":
        return pdf_text(data)
    if n.endswith((".docx", ".xlsx")) or "officedocument" in mime:
        return ooxml_text(data)
    if n.endswith(".zip") or mime == "application/zip":
        z = zipfile.ZipFile(io.BytesIO(data))
        out = []
        for info in z.infolist():
            out.append(info.filename)
            out.append(blob_text(info.filename, z.read(info.filename)))
        return "\n".join(out)
    if n.endswith(".eml"):
        return msg_text(email.message_from_bytes(data, policy=email.policy.default))
    return _dec_bytes(data)


def msg_text(msg):
    out = []
    for h in ("Subject", "From", "To", "Cc", "Reply-To"):
        v = msg.get(h)
        if v is not None:
            out.append(str(v))
    out.append(part_text(msg))
    return "\n".join(out)


def part_text(part):
    ct = part.get_content_type()
    if part.is_multipart():
        if ct == "message/rfc822":
            out = [part.get_filename() or ""]
            for sub in part.get_payload():
                out.append(msg_text(sub))
            return "\n".join(out)
        return "\n".join(part_text(p) for p in part.get_payload())
    fn = part.get_filename()
    disp = part.get_content_disposition()
    out = [fn or ""]
    if ct.startswith("text/") and disp != "attachment" and ct in ("text/plain", "text/html"):
        s = part.get_content()
        out.append(html_to_text(s) if ct == "text/html" else s)
    else:
        data = part.get_payload(decode=True) or b""
        out.append(blob_text(fn, data, ct))
    return "\n".join(out)


# --------------------------------------------------------------------------
# normalisation and finders
# --------------------------------------------------------------------------
def fold(s):
    s = unicodedata.normalize("NFKC", s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def alnum(s):
    return re.sub(r"[^0-9a-z]", "", fold(s).lower())


def words(s):
    return " " + re.sub(r"[^0-9a-z]+", " ", fold(s).lower()).strip() + " "


RUN = re.compile(r"\d(?:[ .\-/]?\d)+")


def numbers(text):
    t = unicodedata.normalize("NFKC", text)
    return {re.sub(r"\D", "", m.group(0)) for m in RUN.finditer(t)}


def find_valid(text):
    found = collections.defaultdict(set)
    for n in numbers(text):
        if len(n) == 9 and ca_sin.is_valid(n):
            found["ca_sin"].add(n)
        if len(n) == 10 and luhn.is_valid(n):
            found["ca_health_number"].add(n)
        if len(n) == 11 and be_nn.is_valid(n):
            found["be_niss"].add(n)
        if len(n) == 15 and fr_nir.is_valid(n):
            found["fr_nir"].add(n)
    return found


# --------------------------------------------------------------------------
def digest(out_dir):
    paths = sorted([f"positive/{f}" for f in os.listdir(os.path.join(out_dir, "positive")) if f.endswith(".eml")] +
                   [f"negative/{f}" for f in os.listdir(os.path.join(out_dir, "negative")) if f.endswith(".eml")] +
                   ["labels.json"])
    h = hashlib.sha256()
    for p in paths:
        h.update(p.encode("utf-8") + b"\0")
        with open(os.path.join(out_dir, p), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()


def _walk_all(msg):
    yield msg
    if msg.is_multipart():
        for p in msg.get_payload():
            yield from _walk_all(p)


def transports(raw_by_path):
    """Counts of messages using each transport feature (parts of attached .eml included)."""
    st = collections.Counter()
    for raw in raw_by_path.values():
        st["line endings: " + ("CRLF" if b"\r\n" in raw else "LF")] += 1
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        seen = set()
        for p in _walk_all(msg):
            seen.add("type: " + p.get_content_type())
            if not p.is_multipart():
                cs = p.get_content_charset()
                if cs:
                    seen.add("charset: " + cs)
                seen.add("transfer encoding: " + (p.get("Content-Transfer-Encoding") or "7bit").lower())
        top = msg.get_content_type()
        seen.add("top-level: " + top)
        for k in seen:
            st[k] += 1
        if re.search(rb"=\?[\w-]+\?[bBqQ]\?", raw):
            st["RFC 2047 encoded words"] += 1
        if re.search(rb"filename\*(0\*)?=", raw):
            st["RFC 2231 file names"] += 1
    return st


def run(out_dir, holders, expected_facts=None):
    with open(os.path.join(out_dir, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted([f"positive/{f}" for f in os.listdir(os.path.join(out_dir, "positive"))] +
                   [f"negative/{f}" for f in os.listdir(os.path.join(out_dir, "negative"))])
    errors = []
    if sorted(labels) != files:
        errors.append("labels do not cover exactly the files")
    nams = {h.nam: h for h in holders}
    raw_by_path = {}
    stats = collections.Counter()
    for path in files:
        with open(os.path.join(out_dir, path), "rb") as fh:
            raw = fh.read()
        raw_by_path[path] = raw
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for p in _walk_all(msg):
            if p.defects:
                errors.append(f"{path}: defects {p.defects}")
        rest = raw.replace(b"\r\n", b"")
        if b"\r\n" in raw and (b"\n" in rest or b"\r" in rest):
            errors.append(f"{path}: mixed line endings")
        if max(len(line) for line in raw.split(b"\n")) > 998:
            errors.append(f"{path}: line longer than 998 octets")
        text = msg_text(msg)
        lab = labels.get(path, {})
        pos = path.startswith("positive/")
        types = set(lab.get("types", []))
        if lab.get("confidential") is not pos:
            errors.append(f"{path}: confidential flag")
        if lab.get("lang") not in ("fr", "en"):
            errors.append(f"{path}: lang")
        if types - ALL_TYPES:
            errors.append(f"{path}: unknown types {types - ALL_TYPES}")
        if pos and not types:
            errors.append(f"{path}: positive without types")
        if not pos and types:
            errors.append(f"{path}: negative with types")
        a = alnum(text).upper()
        found_nams = {n for n in nams if n in a}
        if ("ramq_nam" in types) != bool(found_nams):
            errors.append(f"{path}: NAM presence {bool(found_nams)} vs label")
        valid = find_valid(text)
        for t in ("ca_sin", "ca_health_number", "be_niss", "fr_nir"):
            if t in types and not valid.get(t):
                errors.append(f"{path}: {t} labelled but no valid number found")
        if not pos:
            w = words(text)
            for h in holders:
                g, s = words(h.given).strip(), words(h.surname).strip()
                if f" {g} {s} " in w or f" {s} {g} " in w:
                    errors.append(f"{path}: NAM holder name {h.given} {h.surname} in a negative")
        if expected_facts and path in expected_facts:
            for fct in expected_facts[path]:
                if alnum(fct) not in alnum(text):
                    errors.append(f"{path}: expected fact not found after decoding: {fct!r}")
        stats["lang:" + lab.get("lang", "?") + (":pos" if pos else ":neg")] += 1
        for t in types:
            stats["type:" + t] += 1
    return errors, stats, transports(raw_by_path), digest(out_dir), labels
