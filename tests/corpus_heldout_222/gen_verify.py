"""Re-parse every written message, decode every part, and check labels and identifiers."""
import base64
import email
import html
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib
from email import policy

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_common import load_holders, ohip_valid

TYPES = {"patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"}
ID_TYPE = {"nam": "ramq_nam", "sin": "ca_sin", "ohip": "ca_health_number", "niss": "be_niss", "nir": "fr_nir", "mrn": "mrn"}
REQUIRED_HEADERS = ["From", "To", "Subject", "Date", "Message-ID"]


class VerifyError(Exception):
    pass


# --------------------------------------------------------------------------
# decoding
# --------------------------------------------------------------------------
def _pdf_strings(data):
    out = []
    for mobj in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        raw = mobj.group(1).rstrip(b"\r\n")
        head = data[max(0, mobj.start() - 300):mobj.start()]
        dic = head[head.rfind(b"<<"):]
        if b"ASCII85Decode" in dic:
            raw = raw.strip()
            if raw.endswith(b"~>"):
                raw = raw[:-2]
            raw = base64.a85decode(raw)
        if b"FlateDecode" in dic:
            raw = zlib.decompress(raw)
        if b"Tj" not in raw and b"TJ" not in raw:
            continue
        i, n = 0, len(raw)
        while i < n:
            if raw[i:i + 1] == b"(":
                depth, j, buf = 1, i + 1, bytearray()
                while j < n and depth:
                    c = raw[j:j + 1]
                    if c == b"\\":
                        nxt = raw[j + 1:j + 2]
                        if nxt in b"01234567" and nxt:
                            k = j + 1
                            digs = b""
                            while k < n and len(digs) < 3 and raw[k:k + 1] in b"01234567":
                                digs += raw[k:k + 1]
                                k += 1
                            buf.append(int(digs, 8) & 0xFF)
                            j = k
                            continue
                        buf += {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}.get(nxt, nxt)
                        j += 2
                        continue
                    if c == b"(":
                        depth += 1
                    elif c == b")":
                        depth -= 1
                        if depth == 0:
                            break
                    buf += c
                    j += 1
                out.append(bytes(buf).decode("cp1252", "replace"))
                i = j + 1
            else:
                i += 1
    return " ".join(out)


def decode_pdf(data):
    if not data.startswith(b"%PDF"):
        raise VerifyError("not a PDF")
    txt = _pdf_strings(data)
    if not txt.strip():
        raise VerifyError("PDF without text")
    return txt


def decode_docx(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    parts.append(d.core_properties.author or "")
    return "\n".join(parts)


def decode_xlsx(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    parts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            parts.append("\t".join("" if v is None else str(v) for v in row))
    wb.close()
    return "\n".join(parts)


def decode_zip(data, depth):
    zf = zipfile.ZipFile(io.BytesIO(data))
    parts = []
    for info in zf.infolist():
        parts.append(info.filename)
        parts.append(decode_blob(info.filename, "", zf.read(info.filename), depth + 1))
    return "\n".join(parts)


def decode_blob(filename, ctype, data, depth=0):
    fn = (filename or "").lower()
    if depth > 4:
        raise VerifyError("nesting too deep")
    if fn.endswith(".pdf") or ctype == "application/pdf":
        return decode_pdf(data)
    if fn.endswith(".docx") or "wordprocessingml" in ctype:
        return decode_docx(data)
    if fn.endswith(".xlsx") or "spreadsheetml" in ctype:
        return decode_xlsx(data)
    if fn.endswith(".zip") or ctype == "application/zip":
        return decode_zip(data, depth)
    if fn.endswith((".txt", ".csv", ".ics", ".vcf")):
        return data.decode("utf-8")
    if fn.endswith(".eml"):
        return "\n".join(decode_message(email.message_from_bytes(data, policy=policy.default), depth + 1))
    raise VerifyError("cannot decode attachment %r (%s)" % (filename, ctype))


def _strip_html(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def decode_message(msg, depth=0):
    """Return a list of decoded text fragments (headers, bodies, file names, attachments)."""
    out = []
    for h in ("From", "To", "Cc", "Subject"):
        v = msg.get(h)
        if v is not None:
            out.append(str(v))
    out += _decode_part(msg, depth)
    return out


def _decode_part(part, depth):
    out = []
    ct = part.get_content_type()
    fn = part.get_filename()
    if fn:
        out.append(fn)
    if ct == "message/rfc822":
        inner = part.get_content()
        out += decode_message(inner, depth + 1)
    elif ct.startswith("multipart/"):
        for sp in part.iter_parts():
            out += _decode_part(sp, depth)
    elif ct.startswith("text/"):
        txt = part.get_content()
        if not isinstance(txt, str):
            raise VerifyError("text part did not decode to str")
        out.append(_strip_html(txt) if ct == "text/html" else txt)
    else:
        data = part.get_content()
        if not isinstance(data, (bytes, bytearray)):
            raise VerifyError("binary part did not decode to bytes")
        out.append(decode_blob(fn, ct, bytes(data), depth))
    return out


# --------------------------------------------------------------------------
# normalisation
# --------------------------------------------------------------------------
def _fold(s):
    s = unicodedata.normalize("NFKC", s)
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s.upper()


def norm_ids(s):
    return re.sub(r"[^0-9A-Z]", "", _fold(s))


def norm_words(s):
    return " " + re.sub(r"[^A-Z]+", " ", _fold(s)).strip() + " "


# --------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------
def id_valid(kind, v):
    if kind == "sin":
        return ca_sin.is_valid(v)
    if kind == "ohip":
        return ohip_valid(v)
    if kind == "niss":
        return be_nn.is_valid(v)
    if kind == "nir":
        return fr_nir.is_valid(v)
    if kind == "mrn":
        return v.isdigit()
    if kind == "nam":
        return True
    return False


def verify(out_dir, meta, n_pos=120, n_neg=180):
    errors = []
    holders = load_holders()
    nams = {h["nam"]: h for h in holders}
    with open(os.path.join(out_dir, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)

    pos = sorted(f for f in os.listdir(os.path.join(out_dir, "positive")) if f.endswith(".eml"))
    neg = sorted(f for f in os.listdir(os.path.join(out_dir, "negative")) if f.endswith(".eml"))
    if len(pos) != n_pos:
        errors.append("expected %d positives, found %d" % (n_pos, len(pos)))
    if len(neg) != n_neg:
        errors.append("expected %d negatives, found %d" % (n_neg, len(neg)))
    for i, f in enumerate(pos, 1):
        if not re.fullmatch(r"p%03d_[a-z_]+\.eml" % i, f):
            errors.append("bad positive name " + f)
    for i, f in enumerate(neg, 1):
        if not re.fullmatch(r"n%03d_[a-z_]+\.eml" % i, f):
            errors.append("bad negative name " + f)
    files = ["positive/" + f for f in pos] + ["negative/" + f for f in neg]
    if sorted(labels) != sorted(files):
        errors.append("labels.json keys do not match the files")
    if list(labels) != sorted(labels):
        errors.append("labels.json keys not sorted")

    decoded = {}
    for rel in files:
        with open(os.path.join(out_dir, rel), "rb") as fh:
            raw = fh.read()
        try:
            msg = email.message_from_bytes(raw, policy=policy.default)
            for h in REQUIRED_HEADERS:
                if not msg.get(h):
                    raise VerifyError("missing header " + h)
            if msg.defects:
                raise VerifyError("defects: %r" % msg.defects)
            for part in msg.walk():
                if part.defects:
                    raise VerifyError("part defects: %r" % part.defects)
            decoded[rel] = "\n".join(decode_message(msg))
        except Exception as exc:  # noqa: BLE001
            errors.append("%s: decode failure: %s" % (rel, exc))
            decoded[rel] = ""

    for rel in files:
        lab = labels.get(rel)
        if lab is None:
            continue
        is_pos = rel.startswith("positive/")
        if lab.get("confidential") is not is_pos:
            errors.append(rel + ": confidential flag wrong")
        if lab.get("lang") not in ("fr", "en"):
            errors.append(rel + ": bad lang")
        if not lab.get("note"):
            errors.append(rel + ": empty note")
        types = lab.get("types")
        if is_pos:
            if not types:
                errors.append(rel + ": positive without types")
            if set(types) - TYPES:
                errors.append(rel + ": unknown types %s" % (set(types) - TYPES))
            if "patient_name" not in types and not ({"ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"} & set(types)):
                errors.append(rel + ": positive without an identifier")
            if len(set(types) - {"patient_name", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"}) == 0:
                errors.append(rel + ": positive without personal content")
        elif types:
            errors.append(rel + ": negative with types")

    # identifiers and names
    for rel in files:
        text = decoded[rel]
        ids = norm_ids(text)
        words = norm_words(text)
        found_nams = {n for n in nams if n in ids}
        if rel.startswith("negative/"):
            if found_nams:
                errors.append(rel + ": NAM in a negative: %s" % sorted(found_nams))
            for h in holders:
                g, s = norm_words(h["given"]).strip(), norm_words(h["surname"]).strip()
                for form in ("%s %s" % (g, s), "%s %s" % (s, g)):
                    if " %s " % form in words:
                        errors.append(rel + ": NAM holder name in a negative")
                if " %s " % s in words:
                    errors.append(rel + ": NAM holder surname %s in a negative" % h["surname"])
            continue
        info = meta[rel]
        types = set(labels[rel]["types"])
        reg_nams = {v for k, v in info["ids"] if k == "nam"}
        if found_nams - reg_nams:
            errors.append(rel + ": unregistered NAM present")
        for kind, v in info["ids"]:
            if ID_TYPE[kind] not in types:
                errors.append(rel + ": %s present but type missing" % kind)
            if not id_valid(kind, v):
                errors.append(rel + ": invalid %s %s" % (kind, v))
            if norm_ids(v) not in ids:
                errors.append(rel + ": %s %s not found in decoded text" % (kind, v))
            if kind == "nam":
                h = nams.get(v)
                if h is None:
                    errors.append(rel + ": NAM not from blind list")
                    continue
                if " %s " % norm_words(h["surname"]).strip() not in words:
                    errors.append(rel + ": NAM holder name missing next to NAM")
        for g, s in info["named"]:
            if " %s " % norm_words(s).strip() not in words:
                errors.append(rel + ": named patient %s not found" % s)
        if "patient_name" in types and not info["named"]:
            errors.append(rel + ": patient_name without a named patient")
        for h in info["holders"]:
            rec = nams[h["nam"]]
            if (rec["given"], rec["surname"], rec["dob"].isoformat(), rec["sex"]) != (h["given"], h["surname"], h["dob"], h["sex"]):
                errors.append(rel + ": holder data differs from blind list")
        kinds = {k for k, _ in info["ids"]}
        for t, k in (("ramq_nam", "nam"), ("ca_sin", "sin"), ("ca_health_number", "ohip"), ("be_niss", "niss"), ("fr_nir", "nir"), ("mrn", "mrn")):
            if t in types and k not in kinds:
                errors.append(rel + ": type %s without identifier" % t)
    return errors, decoded
