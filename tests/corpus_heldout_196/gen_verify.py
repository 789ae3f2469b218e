"""Re-parse every written file, decode every part, and check labels, NAMs and identifiers."""
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
from stdnum.be import nn as std_nn
from stdnum.ca import sin as std_sin
from stdnum.fr import nir as std_nir

from gen_common import ascii_fold, dob_variants, load_nams

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]
ID_TYPES = {"ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir"}


# ---------------------------------------------------------------- decoders
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
            out += {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b", ord("f"): b"\f"}.get(n, bytes([n]))
            i += 2
            continue
        out.append(ch)
        i += 1
    return bytes(out)


PDFDOC = {0x80: "•", 0x81: "†", 0x82: "‡", 0x83: "…", 0x84: "—", 0x85: "–", 0x86: "ƒ", 0x87: "⁄", 0x88: "‹", 0x89: "›",
          0x8A: "−", 0x8B: "‰", 0x8C: "„", 0x8D: "“", 0x8E: "”", 0x8F: "‘", 0x90: "’", 0x91: "‚", 0x92: "™", 0x96: "Œ",
          0x9C: "œ", 0xA0: "€"}


def _pdf_strings(buf, docenc=False):
    if docenc:
        return ["".join(PDFDOC.get(ch, chr(ch)) for ch in raw) if not raw.startswith(b"\xfe\xff") else raw[2:].decode("utf-16-be", "replace")
                for raw in (_pdf_unescape(m.group(0)[1:-1]) for m in re.finditer(rb"\((?:\\.|[^\\()])*\)", buf, re.S))]
    res = []
    for m in re.finditer(rb"\((?:\\.|[^\\()])*\)", buf, re.S):
        raw = _pdf_unescape(m.group(0)[1:-1])
        if raw.startswith(b"\xfe\xff"):
            res.append(raw[2:].decode("utf-16-be", "replace"))
        else:
            res.append(raw.decode("cp1252", "replace"))
    return res


def pdf_text(data):
    assert data.startswith(b"%PDF-"), "not a PDF"
    texts = []
    for chunk in data.split(b"endobj"):
        if b"stream" in chunk and b"endstream" in chunk:
            head, rest = chunk.split(b"stream", 1)
            body = rest.lstrip(b"\r\n").rsplit(b"endstream", 1)[0].rstrip(b"\r\n")
            if b"ASCII85Decode" in head:
                body = base64.a85decode(body.strip(), adobe=True)
            if b"FlateDecode" in head:
                body = zlib.decompress(body)
            texts += _pdf_strings(body)
            texts += _pdf_strings(head)
        else:
            texts += _pdf_strings(chunk, docenc=True)
    return "\n".join(texts)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    xml = z.read("word/document.xml").decode("utf-8")
    xml = xml.replace("</w:p>", "\n").replace("</w:tc>", "\t")
    out = html.unescape(re.sub(r"<[^>]+>", "", xml))
    if "docProps/core.xml" in z.namelist():
        out += "\n" + html.unescape(re.sub(r"<[^>]+>", " ", z.read("docProps/core.xml").decode("utf-8")))
    return out


def xlsx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        sx = z.read("xl/sharedStrings.xml").decode("utf-8")
        for si in re.findall(r"<si>(.*?)</si>", sx, re.S):
            shared.append(html.unescape("".join(re.findall(r"<t[^>]*>(.*?)</t>", si, re.S))))
    out = []
    for name in sorted(n for n in z.namelist() if n.startswith("xl/worksheets/sheet")):
        sx = z.read(name).decode("utf-8")
        for row in re.findall(r"<row[^>]*>(.*?)</row>", sx, re.S):
            cells = []
            for attrs, inner in re.findall(r"<c([^>]*?)(?:/>|>(.*?)</c>)", row, re.S):
                v = re.search(r"<v>(.*?)</v>", inner or "")
                if 't="s"' in attrs and v:
                    cells.append(shared[int(v.group(1))])
                elif 't="inlineStr"' in attrs:
                    cells.append(html.unescape("".join(re.findall(r"<t[^>]*>(.*?)</t>", inner, re.S))))
                elif v:
                    cells.append(html.unescape(v.group(1)))
            out.append("\t".join(cells))
    return "\n".join(out)


def html_text(s):
    s = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</div>", "\n", s)
    s = re.sub(r"(?i)</t[dh]>", "\t", s)
    return html.unescape(re.sub(r"<[^>]+>", "", s))


class Decoded:
    def __init__(self):
        self.texts = []
        self.kinds = set()
        self.filenames = []


def decode_blob(name, data, dec):
    low = name.lower()
    if low.endswith(".pdf"):
        dec.kinds.add("pdf")
        dec.texts.append(pdf_text(data))
    elif low.endswith(".docx"):
        dec.kinds.add("docx")
        dec.texts.append(docx_text(data))
    elif low.endswith(".xlsx"):
        dec.kinds.add("xlsx")
        dec.texts.append(xlsx_text(data))
    elif low.endswith(".zip"):
        dec.kinds.add("zip")
        z = zipfile.ZipFile(io.BytesIO(data))
        for info in z.infolist():
            dec.filenames.append(info.filename)
            dec.texts.append(info.filename)
            decode_blob(info.filename, z.read(info.filename), dec)
    elif low.endswith(".eml"):
        dec.kinds.add("eml")
        walk(email.message_from_bytes(data, policy=email.policy.default), dec)
    else:
        for enc in ("utf-8", "cp1252"):
            try:
                txt = data.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        if low.endswith(".csv"):
            dec.kinds.add("csv")
        elif low.endswith(".ics"):
            dec.kinds.add("ics")
        elif low.endswith(".vcf"):
            dec.kinds.add("vcf")
        dec.texts.append(txt)


def walk(msg, dec):
    for h in ("From", "To", "Cc", "Subject"):
        if msg[h]:
            dec.texts.append(str(msg[h]))
    _walk_part(msg, dec)


def _walk_part(part, dec):
    ctype = part.get_content_type()
    if part.get_content_maintype() == "multipart":
        if ctype == "multipart/alternative":
            dec.kinds.add("alternative")
        if ctype == "multipart/mixed":
            dec.kinds.add("mixed")
        for sub in part.iter_parts():
            _walk_part(sub, dec)
        return
    if ctype == "message/rfc822":
        dec.kinds.add("eml")
        fn = part.get_filename()
        if fn:
            dec.filenames.append(fn)
            dec.texts.append(fn)
        walk(part.get_content(), dec)
        return
    fn = part.get_filename()
    content = part.get_content()
    if fn:
        dec.filenames.append(fn)
        dec.texts.append(fn)
    if ctype == "text/html":
        dec.kinds.add("html")
        dec.texts.append(html_text(content))
    elif ctype == "text/plain" and not fn:
        dec.texts.append(content)
    elif ctype == "text/calendar":
        dec.kinds.add("ics")
        dec.texts.append(content.replace("\r\n ", "").replace("\n ", "").replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";"))
    elif ctype in ("text/vcard", "text/x-vcard"):
        dec.kinds.add("vcf")
        dec.texts.append(content.replace("\r\n ", "").replace("\n ", "").replace("\\,", ",").replace("\\n", "\n"))
    elif ctype == "text/csv":
        dec.kinds.add("csv")
        dec.texts.append(content)
    elif isinstance(content, str):
        dec.texts.append(content)
    else:
        decode_blob(fn or ("x.pdf" if ctype == "application/pdf" else "x.bin"), content, dec)


# ---------------------------------------------------------------- normalisers
def norm_words(s):
    s = ascii_fold(unicodedata.normalize("NFKC", s)).lower()
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9]+", " ", s)).strip()


def compact(s):
    return re.sub(r"[^A-Z0-9]", "", ascii_fold(unicodedata.normalize("NFKC", s)).upper())


# ---------------------------------------------------------------- features
FEATURES = [
    ("single text/plain body", lambda r, m, d, t: m.get_content_type() == "text/plain"),
    ("single text/html body (HTML only)", lambda r, m, d, t: m.get_content_type() == "text/html"),
    ("multipart/alternative", lambda r, m, d, t: "alternative" in d.kinds),
    ("multipart/mixed", lambda r, m, d, t: "mixed" in d.kinds),
    ("PDF attachment", lambda r, m, d, t: "pdf" in d.kinds),
    ("DOCX attachment", lambda r, m, d, t: "docx" in d.kinds),
    ("XLSX attachment", lambda r, m, d, t: "xlsx" in d.kinds),
    ("CSV attachment", lambda r, m, d, t: "csv" in d.kinds),
    ("ICS (text/calendar)", lambda r, m, d, t: "ics" in d.kinds),
    ("vCard", lambda r, m, d, t: "vcf" in d.kinds),
    ("ZIP attachment", lambda r, m, d, t: "zip" in d.kinds),
    ("attached message/rfc822", lambda r, m, d, t: "eml" in d.kinds),
    ("charset utf-8", lambda r, m, d, t: re.search(rb'(?i)charset="?utf-8', r) is not None),
    ("charset us-ascii", lambda r, m, d, t: re.search(rb'(?i)charset="?us-ascii', r) is not None),
    ("charset iso-8859-1", lambda r, m, d, t: re.search(rb'(?i)charset="?iso-8859-1', r) is not None),
    ("charset windows-1252", lambda r, m, d, t: re.search(rb'(?i)charset="?windows-1252', r) is not None),
    ("Content-Transfer-Encoding 7bit", lambda r, m, d, t: b"Content-Transfer-Encoding: 7bit" in r),
    ("Content-Transfer-Encoding 8bit", lambda r, m, d, t: b"Content-Transfer-Encoding: 8bit" in r),
    ("Content-Transfer-Encoding quoted-printable", lambda r, m, d, t: b"Content-Transfer-Encoding: quoted-printable" in r),
    ("Content-Transfer-Encoding base64", lambda r, m, d, t: b"Content-Transfer-Encoding: base64" in r),
    ("CRLF line ends", lambda r, m, d, t: b"\r\n" in r),
    ("LF line ends", lambda r, m, d, t: b"\r\n" not in r),
    ("RFC 2047 encoded Subject", lambda r, m, d, t: re.search(rb"(?m)^Subject:[^\n]*=\?", r) is not None),
    ("RFC 2047 encoded display name", lambda r, m, d, t: re.search(rb"(?m)^(From|To|Cc):(.|\r?\n )*?=\?", r) is not None),
    ("RFC 2231 file name", lambda r, m, d, t: b"filename*" in r),
    ("full-width digits", lambda r, m, d, t: re.search("[\uff10-\uff19]", t) is not None),
    ("quoted reply", lambda r, m, d, t: re.search(r"(?m)^> |a écrit :|wrote:$|^Envoyé :|^Sent:", t) is not None),
    ("inline forward", lambda r, m, d, t: re.search(r"Forwarded message|Message transféré|Message d'origine|Original Message|Début du message réexpédié|Begin forwarded message", t) is not None),
]


# ---------------------------------------------------------------- main check
def check(out_dir, labels, meta):
    errors = []
    nams = load_nams()
    nam_by = {n["nam"]: n for n in nams}
    holder_patterns = []
    for n in nams:
        g, s = norm_words(n["given"]), norm_words(n["surname"])
        holder_patterns.append((n, [f"{g} {s}", f"{s} {g}"]))
    files = sorted(p for p in labels)
    npos = sum(1 for f in files if f.startswith("positive/"))
    nneg = sum(1 for f in files if f.startswith("negative/"))
    if npos != 120 or nneg != 180:
        errors.append(f"counts {npos}/{nneg}")
    on_disk = sorted(f"{d}/{x}" for d in ("positive", "negative") for x in os.listdir(os.path.join(out_dir, d)))
    if on_disk != files:
        errors.append("files on disk differ from labels")
    feat_counts = {name: 0 for name, _ in FEATURES}
    for rel in files:
        lab = labels[rel]
        raw = open(os.path.join(out_dir, rel), "rb").read()
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if not msg[h]:
                    errors.append(f"{rel}: missing {h}")
            dec = Decoded()
            walk(msg, dec)
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{rel}: parse/decode failure {exc!r}")
            continue
        text = "\n".join(dec.texts)
        words = " " + norm_words(text) + " "
        comp = compact(text)
        for name, fn in FEATURES:
            if fn(raw, msg, dec, text):
                feat_counts[name] += 1
        pos = rel.startswith("positive/")
        if lab["confidential"] != pos:
            errors.append(f"{rel}: confidential flag")
        if lab["lang"] not in ("fr", "en"):
            errors.append(f"{rel}: lang")
        if not lab.get("note"):
            errors.append(f"{rel}: note")
        if any(t not in TYPES for t in lab["types"]):
            errors.append(f"{rel}: unknown type")
        if pos and not lab["types"]:
            errors.append(f"{rel}: positive without types")
        if not pos and lab["types"]:
            errors.append(f"{rel}: negative with types")
        found = [n for n in nam_by if n in comp]
        if not pos:
            if found:
                errors.append(f"{rel}: NAM in negative")
            for n, pats in holder_patterns:
                if any(f" {p} " in words for p in pats):
                    errors.append(f"{rel}: NAM holder name {n['surname']} in negative")
            continue
        m = meta[rel]
        if ("ramq_nam" in lab["types"]) != bool(found):
            errors.append(f"{rel}: ramq_nam label vs content")
        for n in found:
            rec = nam_by[n]
            if norm_words(rec["surname"]) not in words or norm_words(rec["given"]) not in words:
                errors.append(f"{rel}: NAM {n} without holder name")
            nfkc = unicodedata.normalize("NFKC", text)
            if not any(v in nfkc for v in dob_variants(rec["dob"])):
                errors.append(f"{rel}: NAM {n} without birth date")
            if not re.search(r"\bsex", words):
                errors.append(f"{rel}: NAM {n} without sex")
            if n not in {v for k, v in m["ids"] if k == "ramq_nam"}:
                errors.append(f"{rel}: unexpected NAM {n}")
        kinds = set()
        for kind, val in m["ids"]:
            kinds.add(kind)
            if compact(val) not in comp:
                errors.append(f"{rel}: identifier {kind} not found in decoded text")
            ok = {"ca_sin": std_sin.is_valid, "be_niss": std_nn.is_valid, "fr_nir": std_nir.is_valid,
                  "ca_health_number": lambda v: len(v) == 10 and luhn.is_valid(v),
                  "ramq_nam": lambda v: v in nam_by, "mrn": lambda v: v.isdigit()}[kind](val)
            if not ok:
                errors.append(f"{rel}: invalid {kind}")
        for t in ID_TYPES | {"mrn"}:
            if (t in lab["types"]) != (t in kinds):
                errors.append(f"{rel}: type {t} label/ids mismatch")
        shown = any(f" {norm_words(s)} " in words for g, s in m["names"])
        if ("patient_name" in lab["types"]) != shown:
            errors.append(f"{rel}: patient_name label vs content")
    return errors, feat_counts


def digest(out_dir):
    h = hashlib.sha256()
    rels = sorted([f"{d}/{x}" for d in ("positive", "negative") for x in os.listdir(os.path.join(out_dir, d)) if x.endswith(".eml")]
                  + ["labels.json"])
    for rel in rels:
        h.update(rel.encode())
        h.update(b"\0")
        h.update(open(os.path.join(out_dir, rel), "rb").read())
        h.update(b"\0")
    return h.hexdigest()
