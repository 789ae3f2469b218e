"""Re-parse and check everything that was written; compute transport features and the digest."""
import base64
import email
import hashlib
import html as htmlmod
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib
from email import policy

from docx import Document
from openpyxl import load_workbook
from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

import gen_common as G

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]
ID_TYPE = {"sin": "ca_sin", "ohn": "ca_health_number", "niss": "be_niss", "nir": "fr_nir", "mrn": "mrn"}
DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class Fail(Exception):
    pass


# ---------------------------------------------------------------- decoders

def pdf_text(data):
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
        raise Fail("not a PDF")
    out = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        head, body = m.group(1), m.group(2)
        if b"ASCII85Decode" in head:
            body = body.strip()
            if body.endswith(b"~>"):
                body = body[:-2]
            body = base64.a85decode(body)
        if b"FlateDecode" in head:
            body = zlib.decompress(body)
        out.extend(_pdf_strings(body))
    # document info strings (title) too
    return "\n".join(out)


def _pdf_strings(b):
    res, i, n = [], 0, len(b)
    while i < n:
        if b[i:i + 1] == b"(":
            depth, i, cur = 1, i + 1, bytearray()
            while i < n and depth:
                c = b[i:i + 1]
                if c == b"\\":
                    nx = b[i + 1:i + 2]
                    if nx.isdigit():
                        j = i + 1
                        while j < n and j < i + 4 and b[j:j + 1].isdigit():
                            j += 1
                        cur.append(int(b[i + 1:j], 8) & 0xFF)
                        i = j
                        continue
                    cur += {b"n": b"\n", b"r": b"\r", b"t": b"\t"}.get(nx, nx)
                    i += 2
                    continue
                if c == b"(":
                    depth += 1
                elif c == b")":
                    depth -= 1
                    if depth == 0:
                        i += 1
                        break
                cur += c
                i += 1
            res.append(bytes(cur).decode("cp1252", "replace"))
        else:
            i += 1
    return res


def docx_text(data):
    d = Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def xlsx_text(data):
    wb = load_workbook(io.BytesIO(data), read_only=True)
    parts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    wb.close()
    return "\n".join(parts)


def zip_text(data, feats):
    z = zipfile.ZipFile(io.BytesIO(data))
    if z.testzip() is not None:
        raise Fail("bad zip member")
    parts = []
    for name in z.namelist():
        parts.append(name)
        parts.append(decode_blob(name, None, z.read(name), feats))
    return "\n".join(parts)


def decode_blob(fn, ctype, data, feats):
    low = (fn or "").lower()
    if ctype == "application/pdf" or low.endswith(".pdf"):
        feats.add("PDF attachment")
        return pdf_text(data)
    if ctype == DOCX_CT or low.endswith(".docx"):
        feats.add("DOCX attachment")
        return docx_text(data)
    if ctype == XLSX_CT or low.endswith(".xlsx"):
        feats.add("XLSX attachment")
        return xlsx_text(data)
    if ctype == "application/zip" or low.endswith(".zip"):
        feats.add("ZIP attachment")
        return zip_text(data, feats)
    if low.endswith(".eml"):
        feats.add("attached message (message/rfc822)")
        m = email.message_from_bytes(data, policy=policy.default)
        return message_text(m, feats)
    if isinstance(data, bytes):
        for enc in ("utf-8", "cp1252"):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                continue
    return data


def strip_html(s):
    s = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</h\d>", "\n", s)
    s = re.sub(r"(?i)</t[dh]>", " | ", s)
    s = re.sub(r"<[^>]+>", "", s)
    return htmlmod.unescape(s)


def message_text(msg, feats, top=False):
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            raise Fail(f"missing header {h}")
    texts = [str(msg["Subject"]), str(msg["From"]), str(msg["To"]), str(msg.get("Cc", ""))]
    if msg.defects:
        raise Fail(f"defects {msg.defects}")
    for part in msg.walk():
        if part.defects:
            raise Fail(f"part defects {part.defects}")
        ct = part.get_content_type()
        if ct == "multipart/alternative":
            feats.add("multipart/alternative")
        if ct == "multipart/mixed":
            feats.add("multipart/mixed")
        if ct == "message/rfc822":
            feats.add("attached message (message/rfc822)")
            inner = part.get_payload(0)
            texts.append(message_text(inner, feats))
            continue
        if part.is_multipart():
            continue
        # skip parts belonging to a nested message (handled recursively)
        if _inside_rfc822(msg, part):
            continue
        cte = part.get("Content-Transfer-Encoding", "7bit").lower()
        feats.add(f"Content-Transfer-Encoding {cte}")
        cs = part.get_content_charset()
        fn = part.get_filename()
        if fn:
            texts.append(fn)
            if not all(ord(c) < 128 for c in fn):
                feats.add("non-ASCII file name")
        content = part.get_content()
        if ct.startswith("text/") and not fn:
            if cs:
                feats.add(f"charset {cs}")
            if ct == "text/html":
                texts.append(strip_html(content))
            else:
                texts.append(content)
            continue
        if ct == "text/calendar":
            feats.add("ICS attachment")
        elif ct in ("text/vcard", "text/x-vcard"):
            feats.add("vCard attachment")
        elif ct == "text/csv":
            feats.add("CSV attachment")
        if isinstance(content, str):
            texts.append(content)
        else:
            texts.append(decode_blob(fn, ct, content, feats))
    return "\n".join(texts)


def _inside_rfc822(root, target):
    for part in root.walk():
        if part.get_content_type() == "message/rfc822":
            for sub in part.get_payload(0).walk():
                if sub is target:
                    return True
    return False


# ---------------------------------------------------------------- checks

def norm(s):
    return unicodedata.normalize("NFKC", s)


def fold(s):
    return G.ascii_fold(norm(s)).lower()


def compact(s):
    return re.sub(r"[^A-Z0-9]", "", norm(s).upper())


NAM_RE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{4})[ ./\-]?(\d{2})(\d{2})[ ./\-]?(\d{2})(\d{2})(?![0-9])")


def nam_shaped(m):
    """A RAMQ-like token: month 01-12 (or 51-62 for women) and a plausible day."""
    mm, dd = int(m.group(3)), int(m.group(4))
    return (1 <= mm <= 12 or 51 <= mm <= 62) and 1 <= dd <= 31


def name_present(text_f, h):
    g, s = fold(h.given), fold(h.surname)
    return re.search(rf"\b{re.escape(g)}\b", text_f) is not None and re.search(rf"\b{re.escape(s)}\b", text_f) is not None


def holder_name_in(text_f, h):
    g, s = re.escape(fold(h.given)), re.escape(fold(h.surname))
    pats = [rf"\b{g}\s+{s}\b", rf"\b{s},?\s+{g}\b"]
    return any(re.search(p, text_f) for p in pats)


def sex_near(text_n, pos, sex):
    win = text_n[max(0, pos - 220): pos + 220]
    toks = {"F": r"(?<![A-Za-z])(F|féminin|female)(?![A-Za-z])", "M": r"(?<![A-Za-z])(M|masculin|male)(?![A-Za-z])"}
    return re.search(toks[sex], win) is not None


def id_valid(kind, v):
    if kind == "sin":
        return ca_sin.is_valid(v)
    if kind == "ohn":
        return len(v) == 10 and luhn.is_valid(v)
    if kind == "niss":
        return be_nn.is_valid(v)
    if kind == "nir":
        return fr_nir.is_valid(v)
    if kind == "mrn":
        return v.isdigit()
    return False


def verify(out, labels, meta, holders):
    errors = []
    feats_by_file = {}
    npos = sum(1 for k in labels if k.startswith("positive/"))
    nneg = sum(1 for k in labels if k.startswith("negative/"))
    if (npos, nneg) != (120, 180):
        errors.append(f"counts {npos}/{nneg}")
    files = sorted([f"positive/{f}" for f in os.listdir(os.path.join(out, "positive")) if f.endswith(".eml")] +
                   [f"negative/{f}" for f in os.listdir(os.path.join(out, "negative")) if f.endswith(".eml")])
    if files != sorted(labels):
        errors.append("labels do not match files")
    by_nam = {h.nam: h for h in holders}
    for rel in files:
        lab = labels.get(rel)
        try:
            if lab is None:
                raise Fail("unlabelled")
            if lab["lang"] not in ("fr", "en") or not lab.get("note"):
                raise Fail("bad lang/note")
            pos = rel.startswith("positive/")
            if lab["confidential"] != pos:
                raise Fail("confidential flag vs folder")
            if pos and not lab["types"]:
                raise Fail("positive without types")
            if not pos and lab["types"]:
                raise Fail("negative with types")
            if any(t not in TYPES for t in lab["types"]):
                raise Fail("unknown type")
            if any(fold(h.surname) in fold(lab["note"]).split() for h in holders):
                raise Fail("name in note")
            raw = open(os.path.join(out, rel), "rb").read()
            feats = set()
            msg = email.message_from_bytes(raw, policy=policy.default)
            text = message_text(msg, feats, top=True)
            head = raw.split(b"\r\n\r\n" if b"\r\n" in raw[:200] else b"\n\n", 1)[0]
            feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
            if b"=?" in head:
                feats.add("RFC 2047 encoded header")
            if b"filename*" in raw:
                feats.add("RFC 2231 file name")
            if re.search(r"[\uFF10-\uFF19]", text):
                feats.add("full-width digits")
            top = msg.get_content_type()
            if top == "text/plain":
                feats.add("single text/plain body")
            if top == "text/html":
                feats.add("HTML-only body")
            feats_by_file[rel] = feats
            if str(msg["Subject"]) != meta[rel]["subject"]:
                raise Fail(f"Subject decodes as {str(msg['Subject'])!r}")
            if msg["From"].addresses[0].display_name != meta[rel]["from"]:
                raise Fail(f"From decodes as {msg['From'].addresses[0].display_name!r}")
            tn = norm(text)
            tf = fold(text)
            tc = compact(text)
            # NAM placement
            found = set()
            for m in NAM_RE.finditer(tn):
                if not nam_shaped(m):
                    continue
                cand = (m.group(1) + "".join(m.group(i) for i in range(2, 6))).upper()
                if cand not in by_nam:
                    raise Fail(f"NAM-shaped token not from the list: {cand}")
                found.add(cand)
                h = by_nam[cand]
                if not sex_near(tn, m.start(), h.sex):
                    raise Fail(f"sex not near NAM {cand}")
            for nam in by_nam:
                if nam in tc:
                    found.add(nam)
            expect = {h.nam for h in meta[rel]["holders"]}
            if found != expect:
                raise Fail(f"NAMs found {sorted(found)} != expected {sorted(expect)}")
            if found:
                if not pos or "ramq_nam" not in lab["types"]:
                    raise Fail("NAM outside a labelled positive")
                for nam in found:
                    h = by_nam[nam]
                    if not name_present(tf, h):
                        raise Fail(f"holder name missing for {nam}")
                    if not any(v in tn for v in G.dob_variants(h.dob)):
                        raise Fail(f"holder DOB missing for {nam}")
                if "date_of_birth" not in lab["types"]:
                    raise Fail("NAM message without date_of_birth type")
            elif "ramq_nam" in lab["types"]:
                raise Fail("ramq_nam labelled but no NAM")
            # other identifiers
            kinds = set()
            for kind, v in meta[rel]["ids"]:
                if not id_valid(kind, v):
                    raise Fail(f"invalid {kind} {v}")
                if v not in tc:
                    raise Fail(f"{kind} {v} not present")
                kinds.add(ID_TYPE[kind])
            for t in ID_TYPE.values():
                if (t in lab["types"]) != (t in kinds):
                    raise Fail(f"type {t} vs identifiers")
            if not pos:
                for h in holders:
                    if holder_name_in(tf, h):
                        raise Fail(f"NAM holder name in negative: {h.surname}")
        except Exception as e:  # noqa: BLE001
            errors.append(f"{rel}: {type(e).__name__}: {e}")
    return errors, feats_by_file


def digest(out):
    h = hashlib.sha256()
    rels = sorted([f"positive/{f}" for f in os.listdir(os.path.join(out, "positive")) if f.endswith(".eml")] +
                  [f"negative/{f}" for f in os.listdir(os.path.join(out, "negative")) if f.endswith(".eml")] + ["labels.json"])
    for rel in rels:
        h.update(rel.encode("utf-8") + b"\0" + open(os.path.join(out, rel), "rb").read() + b"\0")
    return h.hexdigest()


def load_labels(out):
    with open(os.path.join(out, "labels.json"), encoding="utf-8") as fh:
        return json.load(fh)
