"""Re-parse every written file, decode every part, and check labels and identifiers."""
import base64
import hashlib
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib
from email import policy
from email.parser import BytesParser
from html.parser import HTMLParser

from docx import Document
from openpyxl import load_workbook

from gen_common import VALIDATORS, compact, dob_formats, load_holders, norm

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir",
         "mrn", "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]

FEATURES = ["text/plain only", "text/html only", "multipart/alternative", "multipart/mixed",
            "PDF", "DOCX", "XLSX", "CSV", "ICS", "vCard", "ZIP", "attached message (.eml)",
            "charset utf-8", "charset us-ascii", "charset iso-8859-1", "charset windows-1252",
            "7bit", "8bit", "quoted-printable", "base64", "CRLF line ends", "LF line ends",
            "RFC 2047 Subject", "RFC 2047 display names", "RFC 2231 file names"]


# ------------------------------------------------------------------ decoders

class _H(HTMLParser):
    BLOCK = {"p", "br", "div", "tr", "li", "h1", "h2", "h3", "table", "blockquote", "td", "th"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "title"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n" if tag not in ("td", "th") else " \t ")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(s):
    p = _H()
    p.feed(s)
    p.close()
    return "".join(p.out)


def _pdf_strings(content):
    out, i, n = [], 0, len(content)
    while i < n:
        if content[i] == 0x28:  # (
            depth, j, buf = 1, i + 1, bytearray()
            while j < n and depth:
                c = content[j]
                if c == 0x5C:
                    nx = content[j + 1]
                    if 0x30 <= nx <= 0x37:
                        k = j + 1
                        oct_ = b""
                        while k < n and len(oct_) < 3 and 0x30 <= content[k] <= 0x37:
                            oct_ += bytes([content[k]])
                            k += 1
                        buf.append(int(oct_, 8) & 0xFF)
                        j = k
                        continue
                    buf.append({0x6E: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12}.get(nx, nx))
                    j += 2
                    continue
                if c == 0x28:
                    depth += 1
                elif c == 0x29:
                    depth -= 1
                    if depth == 0:
                        break
                buf.append(c)
                j += 1
            out.append(bytes(buf).decode("cp1252", "replace"))
            i = j + 1
        else:
            i += 1
    return out


def pdf_text(data):
    if not data.startswith(b"%PDF"):
        raise ValueError("not a PDF")
    texts = []
    for mt in re.finditer(rb"stream\r?\n", data):
        if data[max(0, mt.start() - 3):mt.start()] == b"end":
            continue
        start = mt.end()
        end = data.find(b"endstream", start)
        d = data[data.rfind(b" obj", 0, mt.start()):mt.start()]
        s = data[start:end].rstrip(b"\r\n")
        filters = re.findall(rb"/(ASCII85Decode|FlateDecode|ASCIIHexDecode|DCTDecode)", d)
        if b"DCTDecode" in filters:
            continue
        for f in filters:
            if f == b"ASCII85Decode":
                s = s.strip()
                if s.endswith(b"~>"):
                    s = s[:-2]
                s = base64.a85decode(s)
            elif f == b"FlateDecode":
                s = zlib.decompress(s)
            elif f == b"ASCIIHexDecode":
                s = bytes.fromhex(s.strip().rstrip(b">").decode())
        if b"Tj" in s:
            texts.extend(_pdf_strings(s))
    if not texts:
        raise ValueError("no text in PDF")
    return "\n".join(texts)


def docx_text(data):
    d = Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" \t ".join(c.text for c in row.cells))
    return "\n".join(parts)


def xlsx_text(data):
    wb = load_workbook(io.BytesIO(data), read_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" \t ".join("" if v is None else str(v) for v in row))
    wb.close()
    return "\n".join(parts)


def ics_unfold(s):
    s = s.replace("\r\n ", "").replace("\n ", "")
    return s.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def decode_blob(name, data, feats, depth=0):
    low = name.lower()
    if low.endswith(".pdf"):
        feats.add("PDF")
        return pdf_text(data)
    if low.endswith(".docx"):
        feats.add("DOCX")
        return docx_text(data)
    if low.endswith(".xlsx"):
        feats.add("XLSX")
        return xlsx_text(data)
    if low.endswith(".zip"):
        feats.add("ZIP")
        out = []
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            for n in z.namelist():
                out.append(n)
                out.append(decode_blob(n, z.read(n), feats, depth + 1))
        return "\n".join(out)
    if low.endswith(".eml"):
        feats.add("attached message (.eml)")
        m = BytesParser(policy=policy.default).parsebytes(data)
        return walk_message(m, feats, depth + 1)
    if low.endswith(".csv"):
        feats.add("CSV")
        return data.decode("utf-8-sig", "strict") if not data.startswith(b"\xff") else data.decode("utf-16")
    if low.endswith(".ics"):
        feats.add("ICS")
        return ics_unfold(data.decode("utf-8"))
    if low.endswith(".vcf"):
        feats.add("vCard")
        return ics_unfold(data.decode("utf-8"))
    if low.endswith(".txt"):
        return data.decode("utf-8")
    raise ValueError(f"unknown attachment {name}")


KIND_BY_CTYPE = {"application/pdf": ".pdf", "text/csv": ".csv", "text/calendar": ".ics", "text/vcard": ".vcf",
                 "text/x-vcard": ".vcf", "application/zip": ".zip", "application/x-zip-compressed": ".zip",
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx"}


def _headers_text(m):
    out = []
    for h in ("From", "To", "Cc", "Subject"):
        v = m.get(h)
        if v is not None:
            out.append(str(v))
    return "\n".join(out)


def walk_message(m, feats, depth=0):
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if m.get(h) is None:
            raise ValueError(f"missing header {h} (depth {depth})")
    if m.defects:
        raise ValueError(f"defects {m.defects}")
    out = [_headers_text(m)]
    _walk_part(m, feats, out, depth, top=True)
    return "\n".join(out)


def _walk_part(p, feats, out, depth, top=False):
    ct = p.get_content_type()
    if p.defects:
        raise ValueError(f"part defects {p.defects}")
    cte = p.get("Content-Transfer-Encoding")
    if cte:
        feats.add(str(cte).lower())
    if top and depth == 0:
        if ct == "text/plain":
            feats.add("text/plain only")
        elif ct == "text/html":
            feats.add("text/html only")
        elif ct == "multipart/mixed":
            feats.add("multipart/mixed")
    if ct == "multipart/alternative":
        feats.add("multipart/alternative")
    if p.is_multipart() and ct.startswith("multipart/"):
        for sub in p.iter_parts():
            _walk_part(sub, feats, out, depth)
        return
    fn = p.get_filename()
    if fn:
        out.append(fn)
    if ct == "message/rfc822":
        feats.add("attached message (.eml)")
        inner = p.get_content()
        out.append(walk_message(inner, feats, depth + 1))
        return
    cs = p.get_param("charset")
    if cs and ct.startswith("text/"):
        feats.add(f"charset {str(cs).lower()}")
    if ct in ("text/plain", "text/html") and not fn:
        s = p.get_content()
        out.append(html_text(s) if ct == "text/html" else s)
        return
    data = p.get_payload(decode=True)
    name = fn or ("x" + KIND_BY_CTYPE.get(ct, ".bin"))
    if not name.lower().endswith(tuple(KIND_BY_CTYPE.values()) + (".eml", ".txt")):
        name += KIND_BY_CTYPE.get(ct, "")
    if ct.startswith("text/") and p.get_param("charset"):
        enc = str(p.get_param("charset"))
        data = data.decode(enc).encode("utf-8")
    out.append(decode_blob(name, data, feats, depth))


def raw_features(raw, feats):
    head = raw.split(b"\n\n", 1)[0] if b"\r\n\r\n" not in raw else raw.split(b"\r\n\r\n", 1)[0]
    feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    unf = re.sub(rb"\r?\n[ \t]+", b" ", head)
    for line in unf.split(b"\n"):
        l = line.strip(b"\r")
        if l.lower().startswith(b"subject:") and b"=?" in l:
            feats.add("RFC 2047 Subject")
        if l.lower().split(b":")[0] in (b"from", b"to", b"cc") and b"=?" in l:
            feats.add("RFC 2047 display names")
    if b"filename*=" in raw or b"filename*0" in raw:
        feats.add("RFC 2231 file names")


# ------------------------------------------------------------------ checks

def digest(outdir):
    files = []
    for sub in ("positive", "negative"):
        for f in sorted(os.listdir(os.path.join(outdir, sub))):
            if f.endswith(".eml"):
                files.append(f"{sub}/{f}")
    files.append("labels.json")
    h = hashlib.sha256()
    for rel in sorted(files):
        h.update(rel.encode() + b"\0")
        with open(os.path.join(outdir, *rel.split("/")), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()


NAM_RE = re.compile(r"(?<![A-Z0-9])([A-Z]{4})[\s./\-]*(\d{2}\s*\d{2})[\s./\-]*(\d{2}\s*\d{2})(?![0-9])")


def verify(outdir, metas):
    errors = []
    holders = load_holders()
    by_nam = {h.nam: h for h in holders}
    with open(os.path.join(outdir, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted(f"{s}/{f}" for s in ("positive", "negative") for f in os.listdir(os.path.join(outdir, s)))
    if sorted(labels) != files:
        errors.append("labels.json keys differ from files on disk")
    if list(labels) != sorted(labels):
        errors.append("labels.json not sorted")
    pos = [k for k in labels if k.startswith("positive/")]
    neg = [k for k in labels if k.startswith("negative/")]
    if len(pos) != 120 or len(neg) != 180:
        errors.append(f"counts {len(pos)}/{len(neg)}")
    for i in range(1, 121):
        if not any(k.startswith(f"positive/p{i:03d}_") for k in pos):
            errors.append(f"missing p{i:03d}")
    for i in range(1, 181):
        if not any(k.startswith(f"negative/n{i:03d}_") for k in neg):
            errors.append(f"missing n{i:03d}")
    feat_count = {f: 0 for f in FEATURES}
    per_file_text = {}
    for rel in files:
        lab = labels.get(rel)
        if lab is None:
            continue
        isp = rel.startswith("positive/")
        if lab.get("confidential") is not isp:
            errors.append(f"{rel}: confidential flag")
        if lab.get("lang") not in ("fr", "en"):
            errors.append(f"{rel}: lang")
        if not lab.get("note"):
            errors.append(f"{rel}: note")
        ty = lab.get("types")
        if isp and (not ty or any(t not in TYPES for t in ty)):
            errors.append(f"{rel}: bad types {ty}")
        if not isp and ty:
            errors.append(f"{rel}: negative with types")
        with open(os.path.join(outdir, *rel.split("/")), "rb") as fh:
            raw = fh.read()
        feats = set()
        try:
            m = BytesParser(policy=policy.default).parsebytes(raw)
            text = walk_message(m, feats)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{rel}: decode failure {type(e).__name__}: {e}")
            continue
        raw_features(raw, feats)
        for f in feats:
            if f in feat_count:
                feat_count[f] += 1
        per_file_text[rel] = text
        ntext = norm(text)
        ctext = compact(text)
        utext = unicodedata.normalize("NFKC", text).upper()
        found = set()
        for mt in NAM_RE.finditer(utext):
            cand = mt.group(1) + re.sub(r"\s", "", mt.group(2) + mt.group(3))
            if cand in by_nam:
                found.add(cand)
            elif isp:
                errors.append(f"{rel}: NAM-like string {cand} not from blind list")
        for nam, h in by_nam.items():
            if nam in ctext:
                found.add(nam)
        meta = metas.get(rel)
        for nam in found:
            h = by_nam[nam]
            if not isp:
                errors.append(f"{rel}: NAM in a negative")
                continue
            if "ramq_nam" not in ty:
                errors.append(f"{rel}: NAM present but not labelled")
            if norm(h.surname) not in ntext or norm(h.given) not in ntext:
                errors.append(f"{rel}: NAM {nam} without holder name")
            if not any(norm(f) in ntext for f in dob_formats(h.dob)):
                errors.append(f"{rel}: NAM {nam} without holder birth date")
            if meta is not None and not {"name", "dob", "sex", "nam"} <= meta["holders"].get(nam, set()):
                errors.append(f"{rel}: NAM {nam} used without name/dob/sex as listed: {meta['holders'].get(nam)}")
        if not isp:
            for h in holders:
                g, s = norm(h.given), norm(h.surname)
                if re.search(rf"\b{re.escape(s)}\b", ntext):
                    errors.append(f"{rel}: holder surname '{h.surname}' in a negative")
                for combo in (f"{g} {s}", f"{s} {g}", f"{s}, {g}"):
                    if combo in ntext:
                        errors.append(f"{rel}: holder name in a negative")
        if meta is None:
            errors.append(f"{rel}: no generator metadata")
            continue
        if isp:
            if sorted(meta["types"]) != sorted(ty):
                errors.append(f"{rel}: labels types differ from generator record")
            for typ, needle in meta["needles"]:
                if typ in ("ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"):
                    ok = compact(needle) in ctext
                else:
                    ok = norm(needle) in ntext
                if not ok:
                    errors.append(f"{rel}: needle ({typ}) not found: {needle!r}")
            for typ, val in meta["ids"]:
                if typ in VALIDATORS and not VALIDATORS[typ](val):
                    errors.append(f"{rel}: invalid {typ} {val}")
                if typ == "ramq_nam" and val not in by_nam:
                    errors.append(f"{rel}: NAM not from list")
                if compact(val) not in ctext:
                    errors.append(f"{rel}: id {typ} not in text")
            for typ in ("ca_sin", "ca_health_number", "be_niss", "fr_nir", "ramq_nam", "mrn"):
                if typ in ty and not any(t == typ for t, _ in meta["ids"]):
                    errors.append(f"{rel}: {typ} labelled but not recorded")
            clinical = {"diagnosis", "medication", "lab_result", "date_of_birth", "patient_contact", "social_information"}
            ident = {"patient_name", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"}
            if not (set(ty) & clinical) or not (set(ty) & ident):
                errors.append(f"{rel}: positive lacks identity or personal content: {ty}")
        else:
            for typ, val in meta["ids"]:
                if typ in ("ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir"):
                    errors.append(f"{rel}: patient identifier recorded in a negative")
    return errors, feat_count, per_file_text
