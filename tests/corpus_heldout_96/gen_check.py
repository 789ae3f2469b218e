"""Self-check: re-parse every file, decode every part, verify labels, print stats."""
import base64
import collections
import email
import email.policy
import hashlib
import html as _html
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib

from stdnum import luhn
from stdnum.ca import sin as _sin
from stdnum.be import nn as _nn
from stdnum.fr import nir as _nir

from gen_common import NAM_HOLDERS, strip_accents

TYPES = ["ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
         "date_of_birth", "patient_name", "diagnosis", "medication", "lab_result",
         "patient_contact", "social_information"]


# ---------------------------------------------------------------- decoders
def _pdf_strings(stream):
    out, i, n = [], 0, len(stream)
    while i < n:
        if stream[i:i + 1] == b"(":
            depth, i, buf = 1, i + 1, bytearray()
            while i < n and depth:
                c = stream[i:i + 1]
                if c == b"\\":
                    nx = stream[i + 1:i + 2]
                    if nx in b"01234567" and nx:
                        m = re.match(rb"[0-7]{1,3}", stream[i + 1:i + 4])
                        buf.append(int(m.group(0), 8) & 0xFF)
                        i += 1 + len(m.group(0))
                        continue
                    buf += {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b",
                            b"f": b"\f"}.get(nx, nx)
                    i += 2
                    continue
                if c == b"(":
                    depth += 1
                elif c == b")":
                    depth -= 1
                    if depth == 0:
                        i += 1
                        break
                buf += c
                i += 1
            out.append(bytes(buf).decode("cp1252", errors="replace"))
        else:
            i += 1
    return out


def pdf_text(data):
    texts = []
    for m in re.finditer(rb"stream\r?\n", data):
        start = m.end()
        end = data.find(b"endstream", start)
        dstart = data.rfind(b"<<", 0, m.start())
        d = data[dstart:m.start()]
        s = data[start:end].rstrip(b"\r\n")
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
        if b"Tj" in s or b"TJ" in s:
            texts.extend(_pdf_strings(s))
    return "\n".join(texts)


def _xml_text(blob, tag):
    s = blob.decode("utf-8", errors="replace")
    s = re.sub(r"</w:p>|</row>|</si>", "\n", s)
    parts = re.findall(rf"<{tag}(?: [^>]*)?>(.*?)</{tag}>", s, re.S)
    return " ".join(_html.unescape(p) for p in parts)


def ooxml_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml"):
            out.append(_xml_text(z.read(n), "w:t"))
        elif n == "xl/sharedStrings.xml":
            out.append(_xml_text(z.read(n), "t"))
        elif n.startswith("xl/worksheets/") and n.endswith(".xml"):
            out.append(_xml_text(z.read(n), "t"))
            out.append(_xml_text(z.read(n), "v"))
        elif n == "docProps/core.xml":
            out.append(_xml_text(z.read(n), "dc:title"))
    return "\n".join(out)


def blob_text(name, data):
    low = (name or "").lower()
    if data[:4] == b"%PDF":
        return pdf_text(data)
    if data[:2] == b"PK":
        z = zipfile.ZipFile(io.BytesIO(data))
        names = z.namelist()
        if "[Content_Types].xml" in names:
            return ooxml_text(data)
        out = []
        for n in names:
            out.append(n)
            out.append(blob_text(n, z.read(n)))
        return "\n".join(out)
    if low.endswith(".eml"):
        return "\n".join(message_texts(email.message_from_bytes(data, policy=email.policy.default)))
    for enc in ("utf-8", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def message_texts(msg):
    out = []
    for part in msg.walk():
        for h in ("Subject", "From", "To", "Cc"):
            if part.get(h) is not None:
                out.append(str(part[h]))
        ct = part.get_content_type()
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if part.is_multipart():
            continue
        if ct.startswith("text/") and not fn:
            out.append(part.get_content())
        else:
            data = part.get_payload(decode=True) or b""
            out.append(blob_text(fn, data))
    return out


def html_to_text(s):
    s = re.sub(r"<(style|script)[^>]*>.*?</\1>", " ", s, flags=re.S | re.I)
    s = re.sub(r"<br\s*/?>|</p>|</tr>|</div>", "\n", s, flags=re.I)
    s = re.sub(r"<[^>]+>", " ", s)
    return _html.unescape(s)


def file_text(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    texts = message_texts(msg)
    joined = "\n".join(texts)
    return joined + "\n" + html_to_text(joined)


# ---------------------------------------------------------------- validators
def _digit_runs(text):
    t = unicodedata.normalize("NFKC", text)
    for m in re.finditer(r"\d[\d \-./\u00a0]*\d", t):
        yield re.sub(r"\D", "", m.group(0))


def _windows(runs, n):
    for r in runs:
        for i in range(0, len(r) - n + 1):
            yield r[i:i + n]


def has_valid(text, kind):
    runs = list(_digit_runs(text))
    if kind == "ca_sin":
        return any(_sin.is_valid(w) for w in _windows(runs, 9))
    if kind == "ca_health_number":
        return any(w[0] != "0" and luhn.is_valid(w) for w in _windows(runs, 10))
    if kind == "be_niss":
        return any(_nn.is_valid(w) for w in _windows(runs, 11))
    if kind == "fr_nir":
        return any(_nir.is_valid(w) for w in _windows(runs, 15))
    raise ValueError(kind)


def nams_in(text):
    t = re.sub(r"[^A-Z0-9]", "", unicodedata.normalize("NFKC", text).upper())
    return sorted({h.nam for h in NAM_HOLDERS if h.nam in t})


def _norm_name(s):
    s = strip_accents(unicodedata.normalize("NFKC", s)).lower()
    return re.sub(r"\s+", " ", s)


def holder_names_in(text):
    t = _norm_name(text)
    hits = []
    for h in NAM_HOLDERS:
        g, s = _norm_name(h.given), _norm_name(h.surname)
        for form in (f"{g} {s}", f"{s} {g}", f"{s}, {g}", f"{s},{g}"):
            if re.search(r"(?<![a-z])" + re.escape(form) + r"(?![a-z])", t):
                hits.append(f"{h.given} {h.surname}")
                break
    return hits


# ---------------------------------------------------------------- main check
def transport_stats(raw, stats):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    stats["crlf" if b"\r\n" in raw else "lf"] += 1
    if b"=?" in raw.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]:
        stats["rfc2047_header"] += 1
    if re.search(rb"filename\*(0\*)?=", raw):
        stats["rfc2231_filename"] += 1
    for part in msg.walk():
        stats["ct:" + part.get_content_type()] += 1
        cs = part.get_content_charset()
        if cs and not part.is_multipart():
            stats["cs:" + cs] += 1
        cte = part.get("Content-Transfer-Encoding")
        if cte:
            stats["cte:" + str(cte).lower()] += 1
        if part.defects:
            stats["defects"] += len(part.defects)


def digest(out_dir):
    h = hashlib.sha256()
    paths = sorted([f"positive/{f}" for f in os.listdir(os.path.join(out_dir, "positive"))] +
                   [f"negative/{f}" for f in os.listdir(os.path.join(out_dir, "negative"))] +
                   ["labels.json"])
    for p in paths:
        with open(os.path.join(out_dir, p), "rb") as fh:
            h.update(p.encode() + b"\0" + fh.read() + b"\0")
    return h.hexdigest()


def run_check(out_dir, verbose=True):
    with open(os.path.join(out_dir, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted([f"positive/{f}" for f in os.listdir(os.path.join(out_dir, "positive"))] +
                   [f"negative/{f}" for f in os.listdir(os.path.join(out_dir, "negative"))])
    errors = []
    if sorted(labels) != files:
        errors.append("labels do not cover exactly the files")
    langs = collections.Counter()
    types = collections.Counter()
    stats = collections.Counter()
    for f in files:
        lab = labels.get(f, {})
        with open(os.path.join(out_dir, f), "rb") as fh:
            raw = fh.read()
        transport_stats(raw, stats)
        text = file_text(raw)
        pos = f.startswith("positive/")
        if lab.get("confidential") is not pos:
            errors.append(f"{f}: confidential flag wrong")
        t = lab.get("types", [])
        if any(x not in TYPES for x in t):
            errors.append(f"{f}: unknown type")
        if pos and not t:
            errors.append(f"{f}: positive without types")
        if not pos and t:
            errors.append(f"{f}: negative with types")
        langs[("pos" if pos else "neg", lab.get("lang"))] += 1
        for x in t:
            types[x] += 1
        found = nams_in(text)
        if "ramq_nam" in t and not found:
            errors.append(f"{f}: labelled ramq_nam but no NAM found")
        if "ramq_nam" not in t and found:
            errors.append(f"{f}: NAM present but not labelled")
        for k in ("ca_sin", "ca_health_number", "be_niss", "fr_nir"):
            if k in t and not has_valid(text, k):
                errors.append(f"{f}: {k} labelled but no valid number")
        if not pos:
            hn = holder_names_in(text)
            if hn:
                errors.append(f"{f}: NAM holder name in negative")
    if stats["defects"]:
        errors.append(f"parser defects: {stats['defects']}")
    d = digest(out_dir)
    if verbose:
        print(f"files: {len(files)} (positive {sum(1 for f in files if f.startswith('positive/'))}, "
              f"negative {sum(1 for f in files if f.startswith('negative/'))})")
        print("languages:", dict(sorted((f"{a}/{b}", n) for (a, b), n in langs.items())))
        print("types:", dict(sorted(types.items())))
        print("transport:", dict(sorted(stats.items())))
        print("errors:", len(errors))
        for e in errors[:40]:
            print("  ", e)
        print("sha256:", d)
    return errors, langs, types, stats, d
