"""Re-parse every generated message, decode every part and check the labels,
NAM placement, identifier validity and negative hygiene."""
import base64
import email
import html
import email.policy
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

from gen_data import fold, norm_for_search, ohip_valid

TYPES = {"patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir",
         "mrn", "diagnosis", "medication", "lab_result", "patient_contact", "social_information"}
ID_TYPE = {"sin": "ca_sin", "ohip": "ca_health_number", "niss": "be_niss", "nir": "fr_nir",
           "mrn": "mrn", "nam": "ramq_nam"}
REQUIRED_HEADERS = ("From", "To", "Subject", "Date", "Message-ID")


# ------------------------------------------------------------------ decoders

def _pdf_unescape(s):
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i]
        if c == 0x5C and i + 1 < len(s):
            n = s[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                digits = b""
                while j < len(s) and len(digits) < 3 and 0x30 <= s[j] <= 0x37:
                    digits += bytes([s[j]])
                    j += 1
                out.append(int(digits, 8) & 0xFF)
                i = j
                continue
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def pdf_text(data):
    if not data.startswith(b"%PDF"):
        raise ValueError("not a PDF")
    chunks = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        dct, raw = m.group(1), m.group(2)
        if b"ASCII85Decode" in dct:
            raw = raw.strip()
            if raw.endswith(b"~>"):
                raw = raw[:-2]
            raw = base64.a85decode(raw)
        if b"FlateDecode" in dct:
            raw = zlib.decompress(raw)
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw, re.S):
            chunks.append(_pdf_unescape(t.group(1)).decode("cp1252", "replace"))
    if not chunks:
        raise ValueError("PDF without text")
    return "\n".join(chunks)


def _xml_text(blob):
    txt = blob.decode("utf-8")
    txt = re.sub(r"</w:p>|</row>|</si>|<w:tab/>|</w:tc>|</c>", " \n", txt)
    txt = re.sub(r"<[^>]+>", "", txt)
    return html.unescape(txt)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    if "word/document.xml" not in z.namelist():
        raise ValueError("not a DOCX")
    return _xml_text(z.read("word/document.xml"))


def xlsx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    names = [n for n in z.namelist() if n.startswith("xl/worksheets/") or n == "xl/sharedStrings.xml"]
    if "xl/workbook.xml" not in z.namelist():
        raise ValueError("not an XLSX")
    return "\n".join(_xml_text(z.read(n)) for n in names)


def blob_text(name, data, features, depth=0):
    """Decode an attachment by file name; returns a list of strings."""
    low = (name or "").lower()
    if low.endswith(".pdf"):
        features.add("PDF attachment")
        return [pdf_text(data)]
    if low.endswith(".docx"):
        features.add("DOCX attachment")
        return [docx_text(data)]
    if low.endswith(".xlsx"):
        features.add("XLSX attachment")
        return [xlsx_text(data)]
    if low.endswith(".zip"):
        features.add("ZIP attachment")
        z = zipfile.ZipFile(io.BytesIO(data))
        out = []
        for info in z.infolist():
            out.append(info.filename)
            out.extend(blob_text(info.filename, z.read(info.filename), features, depth + 1))
        return out
    if low.endswith(".eml"):
        features.add("attached message (message/rfc822)")
        return message_texts(data, features, depth + 1)[0]
    if low.endswith((".csv", ".txt", ".ics", ".vcf")):
        return [data.decode("utf-8")]
    raise ValueError("unknown attachment type: %r" % name)


def _check_headers(msg, errors, where):
    for h in REQUIRED_HEADERS:
        if msg[h] is None:
            errors.append("%s: missing %s" % (where, h))
    for h in ("From", "To", "Cc", "Subject"):
        if msg[h] is not None:
            str(msg[h])


def message_texts(data, features, depth=0, errors=None):
    errors = errors if errors is not None else []
    msg = email.message_from_bytes(data, policy=email.policy.default)
    _check_headers(msg, errors, "depth %d" % depth)
    texts = [str(msg["Subject"]), str(msg["From"]), str(msg["To"]), str(msg["Cc"] or "")]
    for part in msg.walk():
        if part.defects:
            errors.append("defects %s in %s" % (part.defects, part.get_content_type()))
        ct = part.get_content_type()
        if ct == "message/rfc822":
            features.add("attached message (message/rfc822)")
            inner = part.get_payload(0)
            _check_headers(inner, errors, "nested message")
            if part.get_filename():
                texts.append(part.get_filename())
            continue
        if part.is_multipart():
            features.add(ct)
            continue
        cs = part.get_content_charset()
        if cs:
            features.add("charset " + cs)
        cte = part.get("Content-Transfer-Encoding", "7bit").lower()
        features.add("CTE " + cte)
        fn = part.get_filename()
        if fn:
            texts.append(fn)
        if ct.startswith("text/") and not fn:
            texts.append(part.get_content())
            continue
        if ct == "text/calendar":
            features.add("ICS attachment")
        elif ct in ("text/vcard", "text/x-vcard"):
            features.add("vCard attachment")
        elif ct == "text/csv":
            features.add("CSV attachment")
        if ct.startswith("text/"):
            texts.append(part.get_content())
            continue
        payload = part.get_content()
        if not isinstance(payload, bytes):
            raise ValueError("unexpected payload type for %s" % ct)
        texts.extend(blob_text(fn, payload, features, depth))
    return texts, msg


def file_features(data, msg):
    f = set()
    head = data.split(b"\r\n\r\n" if b"\r\n" in data[:400] else b"\n\n", 1)[0]
    f.add("CRLF line ends" if b"\r\n" in data else "LF line ends")
    m = re.search(rb"^Subject:(.*?)(?=^\S)", head + b"\nX", re.M | re.S)
    if m and b"=?" in m.group(1):
        f.add("RFC 2047 encoded Subject")
    for h in (rb"From", rb"To", rb"Cc"):
        m = re.search(rb"^" + h + rb":(.*?)(?=^\S)", head + b"\nX", re.M | re.S)
        if m and b"=?" in m.group(1):
            f.add("RFC 2047 encoded display name")
    if b"filename*=" in data or b"name*=" in data:
        f.add("RFC 2231 file name")
    top = msg.get_content_type()
    if top == "text/html":
        f.add("HTML only")
    elif top == "text/plain":
        f.add("plain text only")
    return f


# ------------------------------------------------------------------ checks

def verify(outdir, records, holders):
    errors = []
    features_by_file = {}
    labels_path = os.path.join(outdir, "labels.json")
    with open(labels_path, encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted([os.path.join(d, f) for d in ("positive", "negative")
                    for f in os.listdir(os.path.join(outdir, d)) if f.endswith(".eml")])
    if sorted(labels) != files or list(labels) != sorted(labels):
        errors.append("labels.json keys do not match the files (or are not sorted)")
    npos = sum(1 for f in files if f.startswith("positive/"))
    nneg = sum(1 for f in files if f.startswith("negative/"))
    if (npos, nneg) != (120, 180):
        errors.append("counts %d/%d" % (npos, nneg))
    for i in range(1, 121):
        if not any(f.startswith("positive/p%03d_" % i) for f in files):
            errors.append("missing p%03d" % i)
    for i in range(1, 181):
        if not any(f.startswith("negative/n%03d_" % i) for f in files):
            errors.append("missing n%03d" % i)
    holder_names = [(fold(h["surname"]), fold(h["given"])) for h in holders]
    all_nams = {h["nam"]: h for h in holders}
    pos_surnames = set()
    for r in records:
        if r["path"].startswith("positive/"):
            for s in r["meta"].get("names", []):
                pos_surnames.add(fold(s))
    rec_by_path = {r["path"]: r for r in records}
    for path in files:
        lab = labels.get(path)
        if lab is None:
            continue
        pos = path.startswith("positive/")
        if lab.get("confidential") is not pos:
            errors.append("%s: confidential flag" % path)
        if lab.get("lang") not in ("fr", "en"):
            errors.append("%s: lang" % path)
        if not lab.get("note"):
            errors.append("%s: note" % path)
        types = lab.get("types")
        if pos and (not types or not set(types) <= TYPES or types != sorted(set(types))):
            errors.append("%s: bad types %r" % (path, types))
        if not pos and types:
            errors.append("%s: negative with types" % path)
        with open(os.path.join(outdir, path), "rb") as fh:
            data = fh.read()
        feats = set()
        perr = []
        try:
            texts, msg = message_texts(data, feats, 0, perr)
        except Exception as exc:  # noqa: BLE001
            errors.append("%s: decode failure %r" % (path, exc))
            continue
        errors.extend("%s: %s" % (path, e) for e in perr)
        feats |= file_features(data, msg)
        blob = "\n".join(texts)
        if any(0xFF10 <= ord(c) <= 0xFF19 for c in blob):
            feats.add("full-width digits")
        if re.search(r"^>", blob, re.M) or "Message transféré" in blob or "Forwarded message" in blob \
                or "Message d'origine" in blob or "Original Message" in blob:
            feats.add("quoted reply or inline forward")
        features_by_file[path] = feats
        searchable = norm_for_search(blob)
        folded = fold(unicodedata.normalize("NFKC", blob))
        rec = rec_by_path.get(path)
        meta = rec["meta"] if rec else {}
        found_nams = {n for n in all_nams if n in searchable}
        if not pos:
            if found_nams:
                errors.append("%s: NAM in negative %s" % (path, sorted(found_nams)))
            for s, g in holder_names:
                if re.search(r"(?<![a-z])%s(?![a-z])" % re.escape(s), folded):
                    errors.append("%s: NAM holder surname %r in negative" % (path, s))
            for s in pos_surnames:
                if re.search(r"(?<![a-z])%s(?![a-z])" % re.escape(s), folded):
                    errors.append("%s: patient surname %r in negative" % (path, s))
            continue
        used = {u["nam"] for u in meta.get("nams", [])}
        if found_nams != used:
            errors.append("%s: NAMs found %s != recorded %s" % (path, sorted(found_nams), sorted(used)))
        for u in meta.get("nams", []):
            h = all_nams.get(u["nam"])
            if h is None:
                errors.append("%s: NAM not from blind list" % path)
                continue
            if fold(h["surname"]) not in folded or fold(h["given"]) not in folded:
                errors.append("%s: NAM %s without holder name" % (path, u["nam"]))
            if u["dob"] not in unicodedata.normalize("NFKC", blob):
                errors.append("%s: NAM %s without birth date %r" % (path, u["nam"], u["dob"]))
            if u["sex"] != h["sex"] or not re.search(u["sex_pat"], blob):
                errors.append("%s: NAM %s without sex" % (path, u["nam"]))
        for kind, value in meta.get("ids", []):
            ok = {"sin": ca_sin.is_valid, "ohip": ohip_valid, "niss": be_nn.is_valid,
                  "nir": fr_nir.is_valid, "mrn": lambda v: True}[kind](value)
            if not ok:
                errors.append("%s: invalid %s %s" % (path, kind, value))
            if norm_for_search(value) not in searchable:
                errors.append("%s: %s %s not present" % (path, kind, value))
            if ID_TYPE[kind] not in types:
                errors.append("%s: %s present but not labelled" % (path, kind))
        kinds = {k for k, _ in meta.get("ids", [])} | ({"nam"} if used else set())
        for t in types:
            for k, tt in ID_TYPE.items():
                if t == tt and k not in kinds:
                    errors.append("%s: type %s labelled but no identifier recorded" % (path, t))
        for s in meta.get("names", []):
            if fold(s) not in folded:
                errors.append("%s: recorded name %r not found" % (path, s))
        if "patient_name" in types and not meta.get("names"):
            errors.append("%s: patient_name without recorded name" % path)
        if not ({"patient_name"} | set(ID_TYPE.values())) & set(types):
            errors.append("%s: positive without identifying type" % path)
        if not (set(types) - {"patient_name"} - set(ID_TYPE.values())):
            errors.append("%s: positive without personal information type" % path)
    return errors, features_by_file
