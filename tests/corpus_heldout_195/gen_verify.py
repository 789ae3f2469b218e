"""Re-parses every written file, decodes every part, checks labels and identifiers, computes the digest."""
import base64
import email
import email.policy
import hashlib
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib

import docx
import openpyxl
from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

import gen_common as G

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]


class Failure(Exception):
    pass


# ------------------------------------------------------------------ decoding
def pdf_text(data):
    if not data.startswith(b"%PDF-"):
        raise Failure("not a PDF")
    out = []
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\n?endstream", data, re.S):
        d = data[max(0, m.start() - 300):m.start()]
        d = d[d.rfind(b"<<"):]
        s = m.group(1)
        if b"ASCII85Decode" in d:
            s = re.sub(rb"\s", b"", s)
            if s.endswith(b"~>"):
                s = s[:-2]
            s = base64.a85decode(s)
        if b"FlateDecode" in d:
            s = zlib.decompress(s)
        out.append(_pdf_strings(s))
    info = re.findall(rb"/Title \((.*?)\) ", data)
    out.extend(_pdf_strings(b"(" + t + b")") for t in info)
    text = "\n".join(out)
    if not text.strip():
        raise Failure("empty PDF text")
    return text


def _pdf_strings(s):
    res, i, n = [], 0, len(s)
    while i < n:
        if s[i:i + 1] == b"(":
            depth, j, buf = 1, i + 1, bytearray()
            while j < n and depth:
                ch = s[j:j + 1]
                if ch == b"\\":
                    nx = s[j + 1:j + 2]
                    if nx in b"01234567" and nx:
                        k = j + 1
                        while k < n and k < j + 4 and s[k:k + 1] in b"01234567":
                            k += 1
                        buf.append(int(s[j + 1:k], 8) & 0xFF)
                        j = k
                        continue
                    buf += {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}.get(nx, nx)
                    j += 2
                    continue
                if ch == b"(":
                    depth += 1
                elif ch == b")":
                    depth -= 1
                    if depth == 0:
                        break
                buf += ch
                j += 1
            res.append(bytes(buf).decode("cp1252", "replace"))
            i = j + 1
        else:
            i += 1
    return " ".join(res)


def docx_text(data):
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(cell.text for cell in row.cells))
    parts.append(d.core_properties.title or "")
    return "\n".join(parts)


def xlsx_text(data):
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    wb.close()
    return "\n".join(parts)


def blob_text(name, data, feats):
    low = (name or "").lower()
    if low.endswith(".pdf"):
        feats.add("PDF attachment")
        return pdf_text(data)
    if low.endswith(".docx"):
        feats.add("DOCX attachment")
        return docx_text(data)
    if low.endswith(".xlsx"):
        feats.add("XLSX attachment")
        return xlsx_text(data)
    if low.endswith(".zip"):
        feats.add("ZIP attachment")
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip() is not None:
            raise Failure("bad zip member")
        return "\n".join(m + "\n" + blob_text(m, z.read(m), feats) for m in z.namelist())
    if low.endswith(".eml"):
        return message_text(email.message_from_bytes(data, policy=email.policy.default), feats)
    return data.decode("utf-8")


def message_text(msg, feats, top=False):
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            raise Failure("missing header " + h)
    parts = [str(msg["Subject"]), str(msg["From"]), str(msg["To"])]
    if msg["Cc"]:
        parts.append(str(msg["Cc"]))
    for part in _leaves(msg, feats):
        ctype = part.get_content_type()
        fname = part.get_filename()
        if fname:
            parts.append(fname)
        cte = part.get("Content-Transfer-Encoding", "7bit").lower()
        feats.add("CTE " + cte)
        if part.get_content_charset():
            feats.add("charset " + part.get_content_charset())
        if ctype == "message/rfc822":
            feats.add("attached message/rfc822")
            inner = part.get_content()
            parts.append(message_text(inner, feats))
            continue
        content = part.get_content()
        if ctype.startswith("text/"):
            if not isinstance(content, str):
                raise Failure("text part did not decode")
            if ctype == "text/calendar":
                feats.add("ICS attachment")
            elif ctype == "text/vcard":
                feats.add("vCard attachment")
            elif ctype == "text/csv":
                feats.add("CSV attachment")
            elif ctype == "text/html":
                feats.add("text/html part")
                content = re.sub(r"<[^>]+>", " ", content)
                import html as _h
                content = _h.unescape(content)
            parts.append(content)
        else:
            parts.append(blob_text(fname or "", content, feats))
    return "\n".join(parts)


def _leaves(entity, feats):
    """Leaf parts and attached messages, without descending into message/rfc822."""
    if entity.get_content_type() == "message/rfc822":
        yield entity
    elif entity.is_multipart():
        feats.add("multipart/" + entity.get_content_subtype())
        for sub in entity.iter_parts():
            yield from _leaves(sub, feats)
    else:
        yield entity


def raw_features(raw, msg, feats):
    head = raw.split(b"\r\n\r\n" if b"\r\n\r\n" in raw[:4000] else b"\n\n", 1)[0]
    feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    subj = re.search(rb"^Subject:(.*(?:\r?\n[ \t].*)*)", head, re.M | re.I).group(1)
    if b"=?" in subj:
        feats.add("RFC 2047 Subject")
    for h in (rb"From", rb"To", rb"Cc"):
        m = re.search(rb"^" + h + rb":(.*(?:\r?\n[ \t].*)*)", head, re.M)
        if m and b"=?" in m.group(1):
            feats.add("RFC 2047 display name")
    if re.search(rb"name\*=", raw):
        feats.add("RFC 2231 file name")
    if re.search(rb'name="=\?', raw):
        feats.add("RFC 2047 file name")
    if not msg.is_multipart():
        feats.add("single part " + msg.get_content_type())


# ------------------------------------------------------------------ checks
def norm_ids(text):
    t = unicodedata.normalize("NFKC", text).upper()
    return re.sub(r"[\s.\-/]", "", t)


def fold_text(text):
    return G.fold(unicodedata.normalize("NFKC", text))


def dob_forms(d):
    return {d.isoformat(), d.strftime("%Y/%m/%d"), d.strftime("%d/%m/%Y"), d.strftime("%d-%m-%Y"),
            G.fold(G.fmt_date(d, "long", "fr")), G.fold(G.fmt_date(d, "long", "en"))}


def check_id(kind, val):
    ok = {"ramq_nam": lambda v: any(r["nam"] == v for r in G.NAM_ROWS),
          "ca_sin": ca_sin.is_valid, "ca_health_number": G.ohip_valid, "be_niss": be_nn.is_valid,
          "fr_nir": fr_nir.is_valid, "mrn": lambda v: bool(v)}[kind](val)
    if not ok:
        raise Failure("invalid %s %s" % (kind, val))


def verify(out, records):
    """records: {relpath: {'ids': [...], 'must': [...], 'nam_rows': [...]}}."""
    errors = []
    with open(os.path.join(out, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted(["positive/" + f for f in os.listdir(os.path.join(out, "positive"))] +
                   ["negative/" + f for f in os.listdir(os.path.join(out, "negative"))])
    pos = [f for f in files if f.startswith("positive/")]
    neg = [f for f in files if f.startswith("negative/")]
    if len(pos) != 120 or len(neg) != 180:
        errors.append("counts %d/%d" % (len(pos), len(neg)))
    if sorted(labels) != files:
        errors.append("labels do not match files")
    if list(labels) != sorted(labels):
        errors.append("labels not sorted")
    feature_files = {}
    nam_by_norm = {r["nam"]: r for r in G.NAM_ROWS}
    for rel in files:
        try:
            lab = labels.get(rel)
            if lab is None:
                raise Failure("unlabelled")
            if set(lab) != {"confidential", "types", "lang", "note"} or lab["lang"] not in ("fr", "en") or not lab["note"]:
                raise Failure("bad label fields")
            is_pos = rel.startswith("positive/")
            if lab["confidential"] != is_pos:
                raise Failure("label confidential flag")
            if is_pos and (not lab["types"] or any(t not in TYPES for t in lab["types"])):
                raise Failure("positive types")
            if not is_pos and lab["types"]:
                raise Failure("negative has types")
            with open(os.path.join(out, rel), "rb") as fh:
                raw = fh.read()
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            feats = set()
            raw_features(raw, msg, feats)
            text = message_text(msg, feats, top=True)
            for f in feats:
                feature_files.setdefault(f, set()).add(rel)
            nt, ft = norm_ids(text), fold_text(text)
            rec = records.get(rel, {})
            present_nams = [n for n in nam_by_norm if n in nt]
            if not is_pos:
                if present_nams:
                    raise Failure("NAM in negative")
                for r in G.NAM_ROWS:
                    if re.search(r"\b%s\b" % re.escape(G.fold(r["surname"])), ft):
                        raise Failure("NAM holder surname in negative: " + r["surname"])
                continue
            for kind, val in rec.get("ids", []):
                check_id(kind, val)
                if norm_ids(val) not in nt:
                    raise Failure("identifier not found: %s" % kind)
            for tok in rec.get("must", []):
                if tok not in ft:
                    raise Failure("name token not found")
            for n in present_nams:
                r = nam_by_norm[n]
                if G.fold(r["surname"]) not in ft or G.fold(r["given"]) not in ft:
                    raise Failure("NAM without its holder's name")
                if not any(x in ft for x in dob_forms(r["dob"])):
                    raise Failure("NAM without its holder's birth date")
            if ("ramq_nam" in lab["types"]) != bool(present_nams):
                raise Failure("ramq_nam label mismatch")
        except Exception as exc:  # any decoding problem is a failure
            errors.append("%s: %s: %s" % (rel, type(exc).__name__, exc))
    return errors, feature_files, labels


def digest(out):
    h = hashlib.sha256()
    rels = sorted(["positive/" + f for f in os.listdir(os.path.join(out, "positive")) if f.endswith(".eml")] +
                  ["negative/" + f for f in os.listdir(os.path.join(out, "negative")) if f.endswith(".eml")] + ["labels.json"])
    for rel in rels:
        with open(os.path.join(out, rel), "rb") as fh:
            h.update(rel.encode("utf-8") + b"\0" + fh.read() + b"\0")
    return h.hexdigest()
