"""Re-parse every written file, decode every part, and check labels and identifiers."""
import base64
import email
import email.policy
import email.utils
import html
import io
import os
import re
import unicodedata
import zipfile
import zlib
from html.parser import HTMLParser

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_common import (GIV_EN_F, GIV_EN_M, GIV_FR_F, GIV_FR_M, PAT_SUR_EN, PAT_SUR_FR, TYPES,
                        compact_id, dob_forms, load_holders, strip_accents)
from gen_org import STAFF

# ---------------------------------------------------------------- decoders
_STREAM = re.compile(rb"<<((?:(?!>>).)*?)>>\s*stream\r?\n(.*?)(?:\r?\n)?endstream", re.S)


def _pdf_string(s):
    out, i = bytearray(), 0
    while i < len(s):
        c = s[i]
        if c == 0x5C and i + 1 < len(s):  # backslash
            n = s[i + 1]
            if n in b"01234567":
                j = i + 1
                while j < len(s) and j < i + 4 and s[j] in b"01234567":
                    j += 1
                out.append(int(s[i + 1:j], 8) & 0xFF)
                i = j
                continue
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return out.decode("cp1252", "replace")


def pdf_text(data):
    if not data.startswith(b"%PDF"):
        raise ValueError("not a PDF")
    chunks = []
    for dic, raw in _STREAM.findall(data):
        body = raw
        if b"ASCII85Decode" in dic:
            b = body.strip()
            if b.endswith(b"~>"):
                b = b[:-2]
            body = base64.a85decode(b)
        if b"FlateDecode" in dic:
            body = zlib.decompress(body)
        for m in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", body, re.S):
            chunks.append(_pdf_string(m.group(1)))
    for m in re.finditer(rb"/(Title|Author|Subject)\s*\(((?:\\.|[^\\)])*)\)", data):
        chunks.append(_pdf_string(m.group(2)))
    if not chunks:
        raise ValueError("no text in PDF")
    return "\n".join(chunks)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    xml = z.read("word/document.xml").decode("utf-8")
    xml = re.sub(r"</w:p>", "\n", xml)
    xml = re.sub(r"</w:tc>", " | ", xml)
    txt = "".join(a or b for a, b in re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|(\n| \| )", xml))
    core = z.read("docProps/core.xml").decode("utf-8") if "docProps/core.xml" in z.namelist() else ""
    return html.unescape(txt) + "\n" + html.unescape(re.sub(r"<[^>]+>", " ", core))


def xlsx_text(data):
    from openpyxl import load_workbook
    wb = load_workbook(io.BytesIO(data), read_only=True)
    lines = []
    for ws in wb.worksheets:
        lines.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            lines.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(lines)


class _Strip(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []

    def handle_data(self, d):
        self.out.append(d)

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "p", "tr", "div", "blockquote", "table"):
            self.out.append("\n")
        if tag in ("td", "th"):
            self.out.append(" | ")


def html_text(s):
    p = _Strip()
    p.feed(s)
    return "".join(p.out)


def decode_blob(name, ctype, data, feats):
    n = (name or "").lower()
    if ctype == "application/pdf" or n.endswith(".pdf"):
        feats.add("PDF attachment")
        return pdf_text(data)
    if n.endswith(".docx"):
        feats.add("DOCX attachment")
        return docx_text(data)
    if n.endswith(".xlsx"):
        feats.add("XLSX attachment")
        return xlsx_text(data)
    if ctype in ("application/zip", "application/x-zip-compressed") or n.endswith(".zip"):
        feats.add("ZIP attachment")
        z = zipfile.ZipFile(io.BytesIO(data))
        out = []
        for info in z.infolist():
            out.append(info.filename)
            out.append(decode_blob(info.filename, "", z.read(info.filename), feats))
        return "\n".join(out)
    if n.endswith(".csv"):
        feats.add("CSV attachment")
    if n.endswith(".txt"):
        feats.add("text attachment")
    for cs in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(cs)
        except UnicodeDecodeError:
            pass
    raise ValueError("undecodable attachment " + n)


# ---------------------------------------------------------------- message walk
def walk(part, texts, feats, depth=0):
    ctype = part.get_content_type()
    if part.defects:
        raise ValueError(f"defects in {ctype}: {part.defects}")
    if part.get_content_maintype() == "multipart":
        feats.add("multipart/" + part.get_content_subtype())
        for sp in part.iter_parts():
            walk(sp, texts, feats, depth)
        return
    cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
    feats.add("CTE " + cte)
    if ctype == "message/rfc822":
        feats.add("attached message/rfc822")
        inner = part.get_content()
        fn = part.get_filename()
        if fn:
            texts.append(fn)
        headers_text(inner, texts)
        walk(inner, texts, feats, depth + 1)
        return
    fn = part.get_filename()
    if fn:
        texts.append(fn)
    cs = part.get_content_charset()
    if cs and part.get_content_maintype() == "text":
        feats.add("charset " + cs.lower())
    if ctype == "text/html":
        texts.append(html_text(part.get_content()))
        if re.search(r"&[a-zA-Z]+;|&#\d+;", part.get_content()):
            feats.add("HTML character entities")
    elif ctype == "text/plain" and not fn:
        texts.append(part.get_content())
    elif ctype == "text/calendar":
        feats.add("ICS attachment")
        texts.append(unfold(part.get_content()))
    elif ctype in ("text/vcard", "text/x-vcard"):
        feats.add("vCard attachment")
        texts.append(unfold(part.get_content()))
    elif part.get_content_maintype() == "text":
        data = part.get_content()
        texts.append(decode_blob(fn, ctype, data.encode("utf-8"), feats))
    else:
        texts.append(decode_blob(fn, ctype, part.get_content(), feats))


def unfold(s):
    """Undo RFC 5545 / vCard line folding and value escaping."""
    s = re.sub(r"\r?\n[ \t]", "", s)
    return s.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def headers_text(msg, texts):
    for h in ("From", "To", "Cc", "Subject"):
        v = msg.get(h)
        if v is not None:
            texts.append(str(v))


def parse_file(path):
    raw = open(path, "rb").read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    feats = set()
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg.get(h) is None:
            raise ValueError(f"missing header {h}")
    if email.utils.parsedate_to_datetime(str(msg["Date"])) is None:
        raise ValueError("bad Date")
    texts = []
    headers_text(msg, texts)
    walk(msg, texts, feats)
    top = msg.get_content_type()
    if top == "text/plain":
        feats.add("single text/plain body")
    elif top == "text/html":
        feats.add("HTML only")
    feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    head = raw.split(b"\r\n\r\n" if b"\r\n" in raw else b"\n\n", 1)[0]
    if re.search(rb"^Subject:[^\n]*=\?", head, re.M):
        feats.add("RFC 2047 Subject")
    if re.search(rb"^(From|To|Cc):(.|\r?\n[ \t])*?=\?", head, re.M):
        feats.add("RFC 2047 display names")
    if re.search(rb"filename\*(0\*)?=", raw):
        feats.add("RFC 2231 file names")
    if re.search(rb'filename="=\?', raw):
        feats.add("RFC 2047 file names")
    text = "\n".join(texts)
    if re.search("[\uff10-\uff19]", text):
        feats.add("full-width digits")
    if re.search(r"^>|-----(Message d'origine|Original Message)-----", text, re.M):
        feats.add("quoted reply")
    if re.search(r"Message transféré|Forwarded message", text):
        feats.add("inline forward")
    return msg, text, feats


# ---------------------------------------------------------------- normalisation
def norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    return re.sub(r"\s+", " ", s)


def norm_words(s):
    s = strip_accents(unicodedata.normalize("NFKC", s)).lower()
    return " " + re.sub(r"[^a-z0-9]+", " ", s) + " "


SEXRE = {"F": r"(?:sexe?|gender|genre)\s*[:=]?\s*f\b|\(f\)|\bf\b|f[ée]minin|\bfemale\b",
         "M": r"(?:sexe?|gender|genre)\s*[:=]?\s*m\b|\(m\)|\bm\b|masculin|\bmale\b"}


def verify(out, entries):
    """entries: list of (relpath, spec, label). Returns (errors, features per file)."""
    errors, feat_files = [], {}
    holders = load_holders()
    nam_index = {h.nam: h for h in holders}
    name_pool = set(PAT_SUR_FR + PAT_SUR_EN + [h.surname for h in holders] + [s.surname for s in STAFF.values()])
    n_pos = sum(1 for r, s, l in entries if l["confidential"])
    n_neg = sum(1 for r, s, l in entries if not l["confidential"])
    if (n_pos, n_neg) != (120, 180):
        errors.append(f"counts {n_pos}/{n_neg}")
    on_disk = sorted([f"positive/{x}" for x in os.listdir(os.path.join(out, "positive"))] +
                     [f"negative/{x}" for x in os.listdir(os.path.join(out, "negative"))])
    if on_disk != sorted(r for r, s, l in entries):
        errors.append("files on disk differ from labels")
    for rel, spec, lab in entries:
        try:
            msg, text, feats = parse_file(os.path.join(out, rel))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{rel}: parse/decode failed: {exc!r}")
            continue
        feat_files[rel] = feats
        pos = lab["confidential"]
        if pos != rel.startswith("positive/"):
            errors.append(f"{rel}: folder/label mismatch")
        if lab["lang"] not in ("fr", "en") or not lab["note"]:
            errors.append(f"{rel}: bad lang/note")
        if any(re.search(r"\b" + re.escape(n) + r"\b", lab["note"]) for n in name_pool):
            errors.append(f"{rel}: note contains a name")
        if pos and (not lab["types"] or any(x not in TYPES for x in lab["types"])):
            errors.append(f"{rel}: bad types {lab['types']}")
        if not pos and lab["types"]:
            errors.append(f"{rel}: negative with types")
        comp = compact_id(text)
        nt = norm(text)
        nw = norm_words(text)
        found = sorted(n for n in nam_index if n in comp)
        if not pos and found:
            errors.append(f"{rel}: NAM in negative {found}")
        if pos:
            if found != sorted(spec["nams"]):
                errors.append(f"{rel}: NAMs found {found} != intended {sorted(spec['nams'])}")
            if bool(found) != ("ramq_nam" in lab["types"]):
                errors.append(f"{rel}: ramq_nam label mismatch")
            for n in found:
                h = nam_index[n]
                if f" {norm_words(h.surname).strip()} " not in nw or f" {norm_words(h.given).strip()} " not in nw:
                    errors.append(f"{rel}: NAM {n} without holder name")
                if not any(norm(f) in nt for f in dob_forms(h.dob)):
                    errors.append(f"{rel}: NAM {n} without holder birth date")
                if not re.search(SEXRE[h.sex], strip_accents(nt)):
                    errors.append(f"{rel}: NAM {n} without holder sex")
            for typ, vals in spec["ids"].items():
                if typ not in lab["types"]:
                    errors.append(f"{rel}: id type {typ} not labelled")
                for v in vals:
                    if v not in comp:
                        errors.append(f"{rel}: {typ} {v} not found in decoded text")
                    ok = True
                    if typ == "ca_sin":
                        ok = ca_sin.is_valid(v)
                    elif typ == "ca_health_number":
                        d = re.sub(r"[A-Z]+$", "", v)
                        ok = len(d) == 10 and luhn.is_valid(d)
                    elif typ == "be_niss":
                        ok = be_nn.is_valid(v)
                    elif typ == "fr_nir":
                        ok = fr_nir.is_valid(v)
                    if not ok:
                        errors.append(f"{rel}: invalid {typ} {v}")
            for typ in ("ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"):
                if typ in lab["types"] and typ not in spec["ids"]:
                    errors.append(f"{rel}: {typ} labelled but not generated")
        else:
            for h in holders:
                sw = norm_words(h.surname).strip()
                if f" {sw} " in nw:
                    errors.append(f"{rel}: NAM holder surname '{h.surname}' in negative")
        for s in spec["must"]:
            if norm(s) not in nt:
                errors.append(f"{rel}: expected text not decoded: {s!r}")
        for a in re.findall(r"[\w.+-]+@[\w.-]+", text):
            if not a.rstrip(".").endswith(".example"):
                errors.append(f"{rel}: non-.example address {a}")
        for ph in re.findall(r"\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b", unicodedata.normalize("NFKC", text)):
            digits = re.sub(r"\D", "", ph)
            if digits[3:6] != "555" or digits[6:8] != "01":
                errors.append(f"{rel}: phone-like number not 555-01xx: {ph}")
    return errors, feat_files
