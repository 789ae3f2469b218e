"""Self-check: re-parse every .eml, decode every part and attachment, verify labels and identifiers."""
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

from gen_common import fold, load_holders

TYPES = {"ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn", "date_of_birth", "patient_name",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"}


# --------------------------------------------------------------------------- decoders
def _pdf_unescape(s):
    out, i = bytearray(), 0
    esc = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}
    while i < len(s):
        ch = s[i:i + 1]
        if ch == b"\\":
            nxt = s[i + 1:i + 2]
            m = re.match(rb"[0-7]{1,3}", s[i + 1:i + 4])
            if m:
                out.append(int(m.group(0), 8) & 0xFF)
                i += 1 + len(m.group(0))
                continue
            out += esc.get(nxt, nxt)
            i += 2
            continue
        out += ch
        i += 1
    return bytes(out)


def pdf_text(data):
    texts = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        d, raw = m.group(1), m.group(2)
        if b"/ASCII85Decode" in d:
            raw = raw.strip()
            if raw.endswith(b"~>"):
                raw = raw[:-2]
            if raw.startswith(b"<~"):
                raw = raw[2:]
            raw = base64.a85decode(raw)
        if b"/FlateDecode" in d:
            raw = zlib.decompress(raw)
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw, re.S):
            texts.append(_pdf_unescape(t.group(1)).decode("cp1252", "replace"))
    return "\n".join(texts)


def _xml_paras(xml, para_tag, text_tag):
    out = []
    for p in re.finditer(rf"<{para_tag}[ >].*?</{para_tag}>".encode(), xml, re.S):
        ts = re.findall(rf"<{text_tag}(?: [^>]*)?>(.*?)</{text_tag}>".encode(), p.group(0), re.S)
        out.append(html.unescape(b"".join(ts).decode("utf-8")))
    return out


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    return "\n".join(_xml_paras(z.read("word/document.xml"), "w:p", "w:t"))


def xlsx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for name in sorted(z.namelist()):
        if name.startswith("xl/sharedStrings") or name.startswith("xl/worksheets/sheet"):
            xml = z.read(name)
            for t in re.findall(rb"<(?:t|v)(?: [^>]*)?>(.*?)</(?:t|v)>", xml, re.S):
                out.append(html.unescape(t.decode("utf-8")))
    return "\n".join(out)


def zip_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for info in z.infolist():
        out.append(info.filename)
        out.append(blob_text(info.filename, z.read(info.filename)))
    return "\n".join(out)


def blob_text(name, blob, ctype=""):
    low = (name or "").lower()
    if low.endswith(".pdf") or ctype == "application/pdf":
        return pdf_text(blob)
    if low.endswith(".docx"):
        return docx_text(blob)
    if low.endswith(".xlsx"):
        return xlsx_text(blob)
    if low.endswith(".zip") or ctype == "application/zip":
        return zip_text(blob)
    if low.endswith(".eml"):
        return message_text(email.message_from_bytes(blob, policy=email.policy.default))
    for cs in ("utf-8", "cp1252"):
        try:
            return blob.decode(cs)
        except UnicodeDecodeError:
            pass
    return ""


def _strip_html(s):
    s = re.sub(r"(?is)<(script|style|head).*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</div>", "\n", s)
    s = re.sub(r"(?i)</t[dh]>", " | ", s)
    return html.unescape(re.sub(r"<[^>]+>", "", s))


def _unfold_ical(s):
    s = s.replace("\r\n ", "").replace("\n ", "").replace("\r\n\t", "").replace("\n\t", "")
    return s.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def message_text(msg):
    out = []
    for h in ("From", "To", "Cc", "Subject"):
        if msg[h]:
            out.append(str(msg[h]))
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if ctype == "message/rfc822":
            continue
        content = part.get_content()
        if isinstance(content, email.message.Message):
            out.append(message_text(content))
        elif isinstance(content, bytes):
            out.append(blob_text(fn, content, ctype))
        else:
            if ctype == "text/html":
                out.append(_strip_html(content))
            elif ctype in ("text/calendar", "text/vcard", "text/x-vcard", "text/directory"):
                out.append(_unfold_ical(content))
            out.append(content)
    return "\n".join(out)


# --------------------------------------------------------------------------- checks
def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip().casefold()


def _digit_runs(text):
    t = unicodedata.normalize("NFKC", text)
    for m in re.finditer(r"(?<!\d)\d(?:[ .\-/]{0,2}\d)+", t):
        yield re.sub(r"\D", "", m.group(0))


def _windows(digits, n):
    return [digits[i:i + n] for i in range(len(digits) - n + 1)]


def valid_numbers(text):
    found = {"ca_sin": set(), "ca_health_number": set(), "be_niss": set(), "fr_nir": set()}
    for run in _digit_runs(text):
        for w in _windows(run, 9):
            if ca_sin.is_valid(w):
                found["ca_sin"].add(w)
        for w in _windows(run, 10):
            if w[0] != "0" and luhn.is_valid(w):
                found["ca_health_number"].add(w)
        for w in _windows(run, 11):
            if be_nn.is_valid(w):
                found["be_niss"].add(w)
        for w in _windows(run, 15):
            if fr_nir.is_valid(w):
                found["fr_nir"].add(w)
    return found


def squash(text):
    return re.sub(r"[^A-Z0-9]", "", unicodedata.normalize("NFKC", text).upper())


def digest(root):
    paths = ["labels.json"]
    for sub in ("negative", "positive"):
        paths += [f"{sub}/{f}" for f in os.listdir(os.path.join(root, sub)) if f.endswith(".eml")]
    h = hashlib.sha256()
    for p in sorted(paths):
        with open(os.path.join(root, p), "rb") as fh:
            h.update(p.encode() + b"\0" + fh.read() + b"\0")
    return h.hexdigest()


def run_checks(root, evidence=None, expected=None):
    """evidence: {relpath: [strings that must appear in the decoded text]}; expected = {pos: n, neg: n}."""
    errors = []
    holders = load_holders()
    nams = [h.nam for h in holders]
    holder_names = []
    for h in holders:
        g, s = fold(h.given), fold(h.surname)
        holder_names += [f"{g} {s}", f"{s} {g}"]
    with open(os.path.join(root, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted(f"{sub}/{f}" for sub in ("positive", "negative")
                   for f in os.listdir(os.path.join(root, sub)) if f.endswith(".eml"))
    if sorted(labels) != files:
        errors.append("labels do not cover exactly the files")
    counts = {"positive": 0, "negative": 0, "fr": 0, "en": 0}
    type_counts = {t: 0 for t in sorted(TYPES)}
    for rel in files:
        lab = labels.get(rel, {})
        with open(os.path.join(root, rel), "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        try:
            text = message_text(msg)
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{rel}: decode failure {exc!r}")
            continue
        pos = rel.startswith("positive/")
        counts["positive" if pos else "negative"] += 1
        counts[lab.get("lang", "?")] = counts.get(lab.get("lang", "?"), 0) + 1
        types = lab.get("types", [])
        if lab.get("confidential") is not pos:
            errors.append(f"{rel}: confidential flag mismatch")
        if pos and not types:
            errors.append(f"{rel}: positive without types")
        if not pos and types:
            errors.append(f"{rel}: negative with types")
        if any(t not in TYPES for t in types):
            errors.append(f"{rel}: unknown type")
        for t in types:
            type_counts[t] += 1
        sq = squash(text)
        has_nam = any(n in sq for n in nams)
        if has_nam != ("ramq_nam" in types):
            errors.append(f"{rel}: NAM presence {has_nam} vs label")
        nums = valid_numbers(text)
        for t in ("ca_sin", "ca_health_number", "be_niss", "fr_nir"):
            if t in types and not nums[t]:
                errors.append(f"{rel}: no valid {t} found")
        if not pos:
            ft = " " + fold(text) + " "
            for hn in holder_names:
                if f" {hn} " in ft:
                    errors.append(f"{rel}: NAM holder name in negative")
        nt = norm(text)
        for ev in (evidence or {}).get(rel, []):
            if norm(ev) not in nt:
                errors.append(f"{rel}: evidence not found after decoding: {ev[:3]}…")
    if expected:
        if counts["positive"] != expected["pos"] or counts["negative"] != expected["neg"]:
            errors.append(f"counts {counts} != {expected}")
    return errors, counts, type_counts, len(files)
