"""Self-check: re-parse every file, decode every part, verify labels, print counts + digest."""
import base64
import email
import email.policy
import hashlib
import html
import io
import json
import os
import re
import sys
import unicodedata
import zipfile
import zlib

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

TYPES = ["ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn", "date_of_birth",
         "patient_name", "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]


# ------------------------------------------------------------------ decoders
def _pdf_string(s):
    out, i = bytearray(), 0
    while i < len(s):
        ch = s[i]
        if ch == 0x5C:  # backslash
            i += 1
            if i >= len(s):
                break
            e = s[i]
            if 0x30 <= e <= 0x37:
                j = i
                while j < len(s) and j < i + 3 and 0x30 <= s[j] <= 0x37:
                    j += 1
                out.append(int(s[i:j], 8) & 0xFF)
                i = j
                continue
            out += {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b",
                    ord("f"): b"\f"}.get(e, bytes([e])) if e not in (0x0A, 0x0D) else b""
            i += 1
            continue
        out.append(ch)
        i += 1
    return bytes(out)


def pdf_text(data):
    lines = []
    for m in re.finditer(rb"(?<![a-z])stream\r?\n", data):
        start = m.end()
        end = data.find(b"endstream", start)
        if end < 0:
            continue
        d = data[data.rfind(b" obj", 0, m.start()):m.start()]
        s = data[start:end].rstrip(b"\r\n")
        try:
            if b"ASCII85Decode" in d:
                s = s.strip()
                if s.endswith(b"~>"):
                    s = s[:-2]
                if s.startswith(b"<~"):
                    s = s[2:]
                s = base64.a85decode(s)
            if b"FlateDecode" in d:
                s = zlib.decompress(s)
        except Exception:
            continue
        for sm in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj|\[((?:\\.|[^\]])*)\]\s*TJ", s, re.S):
            if sm.group(1) is not None:
                lines.append(_pdf_string(sm.group(1)).decode("cp1252", "replace"))
            else:
                parts = re.findall(rb"\(((?:\\.|[^\\)])*)\)", sm.group(2))
                lines.append("".join(_pdf_string(p).decode("cp1252", "replace") for p in parts))
    return "\n".join(lines)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml"):
            x = z.read(n).decode("utf-8")
            x = re.sub(r"</w:p>|<w:tab/>|</w:tc>", "\n", x)
            out.append(html.unescape(re.sub(r"<[^>]+>", "", x)))
    return "\n".join(out)


def xlsx_text(data):
    from openpyxl import load_workbook
    wb = load_workbook(io.BytesIO(data), data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(" ; ".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def html_text(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</div>|</li>|</h\d>", "\n", s)
    s = re.sub(r"(?i)</td>|</th>", " | ", s)
    return html.unescape(re.sub(r"<[^>]+>", "", s))


def blob_text(name, data, depth=0):
    n = (name or "").lower()
    if n.endswith(".pdf") or data[:5] == b"%PDF-":
        return pdf_text(data)
    if n.endswith(".docx"):
        return docx_text(data)
    if n.endswith(".xlsx"):
        return xlsx_text(data)
    if n.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        out = []
        for zi in z.infolist():
            out.append(zi.filename)
            out.append(blob_text(zi.filename, z.read(zi.filename), depth + 1))
        return "\n".join(out)
    if n.endswith(".eml"):
        return message_text(email.message_from_bytes(data, policy=email.policy.default), depth + 1)
    if n.endswith((".png", ".jpg", ".gif")):
        return ""
    for enc in ("utf-8", "cp1252"):
        try:
            t = data.decode(enc)
            return html_text(t) if n.endswith((".htm", ".html")) else t
        except UnicodeDecodeError:
            pass
    return ""


def message_text(msg, depth=0):
    out = []
    for part in msg.walk():
        for h in ("From", "To", "Cc", "Subject"):
            if part.get(h) is not None:
                out.append(f"{h}: {part.get(h)}")
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            out.append(f"[file] {fn}")
        ct = part.get_content_type()
        if ct.startswith("text/") and not fn:
            c = part.get_content()
            out.append(html_text(c) if ct == "text/html" else c)
        elif ct.startswith("text/"):
            c = part.get_content()
            out.append(html_text(c) if ct == "text/html" else c)
            if fn.lower().endswith(".eml"):
                out.append(blob_text(fn, c.encode("utf-8"), depth))
        else:
            data = part.get_content()
            if isinstance(data, str):
                data = data.encode("utf-8")
            out.append(blob_text(fn or "", data, depth))
    return "\n".join(out)


# ------------------------------------------------------------------ id scanners
def norm(t):
    return unicodedata.normalize("NFKC", t)


SEP = r"[ ./\-]{0,2}"
RX = {
    "be_niss": re.compile(rf"(?<![\d])(\d{{2}}{SEP}\d{{2}}{SEP}\d{{2}}{SEP}\d{{3}}{SEP}\d{{2}})(?![\d])"),
    "fr_nir": re.compile(r"(?<![\d])([12][ .]?\d{2}[ .]?\d{2}[ .]?(?:\d{2}|2A|2B)[ .]?\d{3}[ .]?\d{3}[ .]?\d{2})(?![\d])"),
    "ca_sin": re.compile(r"(?<![\d])(\d{3}[ .\-]?\d{3}[ .\-]?\d{3})(?![\d])"),
    "ca_health_number": re.compile(r"(?<![\d])(\d{4}[ \-]?\d{3}[ \-]?\d{3})(?![\d])"),
}
VALID = {
    "be_niss": lambda c: be_nn.is_valid(c),
    "fr_nir": lambda c: fr_nir.is_valid(c),
    "ca_sin": lambda c: ca_sin.is_valid(c),
    "ca_health_number": lambda c: len(c) == 10 and luhn.is_valid(c),
}


def found_ids(text):
    t = norm(text)
    res = {}
    for k, rx in RX.items():
        vals = set()
        for m in rx.finditer(t):
            c = re.sub(r"[ ./\-]", "", m.group(1))
            if VALID[k](c):
                vals.add(c)
        res[k] = vals
    return res


def fold_name(s):
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())


# ------------------------------------------------------------------ main check
def digest(root):
    h = hashlib.sha256()
    paths = sorted([f"positive/{f}" for f in os.listdir(os.path.join(root, "positive")) if f.endswith(".eml")]
                   + [f"negative/{f}" for f in os.listdir(os.path.join(root, "negative")) if f.endswith(".eml")]
                   + ["labels.json"])
    for p in paths:
        with open(os.path.join(root, p), "rb") as fh:
            h.update(p.encode() + b"\0" + fh.read() + b"\0")
    return h.hexdigest()


def run(root, holders, expected_ids=None, quiet=False):
    errors = []
    with open(os.path.join(root, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted([f"positive/{f}" for f in os.listdir(os.path.join(root, "positive"))]
                   + [f"negative/{f}" for f in os.listdir(os.path.join(root, "negative"))])
    if sorted(labels) != files:
        errors.append("labels do not cover exactly the files")
    nams = {h.nam: h for h in holders}
    name_forms = []
    for h in holders:
        g, s = fold_name(h.given), fold_name(h.surname)
        name_forms.append((h, [f"{g} {s}", f"{s} {g}", f"{s}, {g}", f"{s},{g}"]))
    counts = {"files": len(files), "positive": 0, "negative": 0, "lang": {}, "types": {}}
    for f in files:
        lab = labels.get(f, {})
        with open(os.path.join(root, f), "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        try:
            text = message_text(msg)
        except Exception as e:  # pragma: no cover
            errors.append(f"{f}: decode failure {e!r}")
            continue
        pos = f.startswith("positive/")
        counts["positive" if pos else "negative"] += 1
        counts["lang"][lab.get("lang")] = counts["lang"].get(lab.get("lang"), 0) + 1
        types = lab.get("types", [])
        if lab.get("confidential") is not pos:
            errors.append(f"{f}: confidential flag mismatch")
        if lab.get("lang") not in ("fr", "en"):
            errors.append(f"{f}: bad lang")
        if pos and not types:
            errors.append(f"{f}: positive without types")
        if not pos and types:
            errors.append(f"{f}: negative with types")
        for t in types:
            if t not in TYPES:
                errors.append(f"{f}: unknown type {t}")
            counts["types"][t] = counts["types"].get(t, 0) + 1
        compact = re.sub(r"[^0-9A-Z]", "", norm(text).upper())
        present = [n for n in nams if n in compact]
        if "ramq_nam" in types and not present:
            errors.append(f"{f}: ramq_nam label but no NAM found")
        if present and "ramq_nam" not in types:
            errors.append(f"{f}: NAM present but not labelled ramq_nam")
        ids = found_ids(text)
        for t in ("be_niss", "fr_nir", "ca_sin", "ca_health_number"):
            if t in types and not ids[t]:
                errors.append(f"{f}: {t} labelled but no valid number found")
        if pos:
            for t in ("be_niss", "fr_nir"):
                if ids[t] and t not in types:
                    errors.append(f"{f}: valid {t} found but not labelled")
        if expected_ids and f in expected_ids:
            for t, v in expected_ids[f]:
                if v not in ids.get(t, set()) and t != "ramq_nam":
                    errors.append(f"{f}: expected {t} not found")
        if not pos:
            ft = fold_name(text)
            for h, forms in name_forms:
                if any(x in ft for x in forms):
                    errors.append(f"{f}: NAM holder name {h.given} {h.surname} in a negative")
        else:
            # a NAM patient's data must stay consistent: if the NAM is shown, the holder's name
            # (when shown) must be that holder's.
            pass
    if not quiet:
        print(f"files: {counts['files']}  positive: {counts['positive']}  negative: {counts['negative']}")
        print("languages:", json.dumps(dict(sorted(counts["lang"].items()))))
        print("types:", json.dumps(dict(sorted(counts["types"].items()))))
    return errors, counts


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    from gen_common import load_nams
    root = sys.argv[1] if len(sys.argv) > 1 else here
    errs, _ = run(root, load_nams())
    for e in errs:
        print("ERROR", e)
    print("sha256:", digest(root))
    sys.exit(1 if errs else 0)
