"""Re-parse every written message, decode every part, check labels, NAM placement, identifier validity,
and compute the transport features and the digest."""
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

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

from gen_common import strip_accents, dob_variants, STAFF_FR, STAFF_EN, PAT_SUR_FR, PAT_SUR_EN, PAT_BE, PAT_FRA
from gen_clin import TYPE_ORDER

IDENT_TYPES = {"patient_name", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"}
INFO_TYPES = {"date_of_birth", "diagnosis", "medication", "lab_result", "patient_contact", "social_information"}


class CheckError(Exception):
    pass


# --------------------------------------------------------------------------------------------
# Decoders
# --------------------------------------------------------------------------------------------
def pdf_text(data):
    if not data.startswith(b"%PDF-"):
        raise CheckError("not a PDF")
    out = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        head, raw = m.group(1), m.group(2)
        if b"/ASCII85Decode" in head:
            raw = base64.a85decode(raw.strip(), adobe=True)
        if b"/FlateDecode" in head:
            raw = zlib.decompress(raw)
        for s in re.finditer(rb"\((.*?)(?<!\\)\)\s*Tj", raw, re.S):
            out.append(_pdf_unescape(s.group(1)))
    if not out:
        raise CheckError("PDF without text")
    return "\n".join(out)


def _pdf_unescape(b):
    res, i = bytearray(), 0
    while i < len(b):
        c = b[i]
        if c == 0x5C and i + 1 < len(b):
            n = b[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                while j < len(b) and j < i + 4 and 0x30 <= b[j] <= 0x37:
                    j += 1
                res.append(int(b[i + 1:j], 8) & 0xFF)
                i = j
                continue
            res.append({ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}.get(n, n))
            i += 2
            continue
        res.append(c)
        i += 1
    return bytes(res).decode("cp1252", "replace")


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    xml = z.read("word/document.xml").decode("utf-8")
    paras = re.findall(r"<w:p[ >].*?</w:p>", xml, re.S)
    lines = ["".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)) for p in paras]
    core = z.read("docProps/core.xml").decode("utf-8")
    return htmlmod.unescape("\n".join(lines)) + "\n" + htmlmod.unescape(re.sub(r"<[^>]+>", " ", core))


def xlsx_text(data):
    from openpyxl import load_workbook
    wb = load_workbook(io.BytesIO(data), read_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in row))
    wb.close()
    return "\n".join(out)


def html_text(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</h\d>", "\n", s)
    s = re.sub(r"(?i)</t[dh]>", " | ", s)
    return htmlmod.unescape(re.sub(r"<[^>]+>", " ", s))


def decode_blob(name, ctype, data, feats, depth=0):
    """Decode attachment bytes by type; returns text."""
    lname = (name or "").lower()
    if ctype == "application/pdf" or lname.endswith(".pdf"):
        feats.add("attachment: PDF")
        return pdf_text(data)
    if lname.endswith(".docx") or "wordprocessingml" in ctype:
        feats.add("attachment: DOCX")
        return docx_text(data)
    if lname.endswith(".xlsx") or "spreadsheetml" in ctype:
        feats.add("attachment: XLSX")
        return xlsx_text(data)
    if ctype == "application/zip" or lname.endswith(".zip"):
        feats.add("attachment: ZIP")
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip() is not None:
            raise CheckError("bad zip member")
        parts = []
        for info in z.infolist():
            parts.append(info.filename)
            sub = z.read(info.filename)
            ext = info.filename.lower().rsplit(".", 1)[-1]
            if ext in ("pdf", "docx", "xlsx", "zip"):
                parts.append(decode_blob(info.filename, "", sub, feats, depth + 1))
            elif ext == "eml":
                parts.append(message_text(email.message_from_bytes(sub, policy=policy.default), feats, depth + 1))
            else:
                parts.append(sub.decode("utf-8"))
        return "\n".join(parts)
    raise CheckError("cannot decode attachment %r (%s)" % (name, ctype))


def message_text(msg, feats, depth=0):
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            raise CheckError("missing header %s" % h)
    chunks = [str(msg["Subject"]), str(msg["From"]), str(msg["To"])]
    if msg["Cc"]:
        chunks.append(str(msg["Cc"]))
    chunks.append(part_text(msg, feats, depth, top=True))
    return "\n".join(chunks)


def part_text(part, feats, depth, top=False):
    ctype = part.get_content_type()
    cte = (part.get("Content-Transfer-Encoding") or "7bit").strip().lower()
    feats.add("transfer encoding: " + cte)
    fname = part.get_filename()
    out = []
    if fname:
        out.append(fname)
    if ctype.startswith("multipart/"):
        feats.add(ctype)
        for sub in part.iter_parts():
            out.append(part_text(sub, feats, depth))
        return "\n".join(out)
    if ctype == "message/rfc822":
        feats.add("attachment: message/rfc822")
        inner = part.get_content()
        out.append(message_text(inner, feats, depth + 1))
        return "\n".join(out)
    if ctype.startswith("text/"):
        cs = part.get_content_charset() or "us-ascii"
        feats.add("charset: " + cs)
        text = part.get_content()
        if ctype == "text/html":
            if top:
                feats.add("text/html only")
            feats.add("text/html part")
            text = html_text(text)
        elif ctype == "text/plain":
            feats.add("text/plain part")
        elif ctype == "text/csv":
            feats.add("attachment: CSV")
        elif ctype == "text/calendar":
            feats.add("attachment: ICS")
            text = text.replace("\r\n ", "").replace("\n ", "").replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")
        elif ctype in ("text/vcard", "text/x-vcard"):
            feats.add("attachment: vCard")
            text = text.replace("\r\n ", "").replace("\n ", "").replace("\\n", "\n").replace("\\,", ",")
        out.append(text)
        return "\n".join(out)
    data = part.get_content()
    if not isinstance(data, bytes):
        raise CheckError("unexpected payload type for %s" % ctype)
    out.append(decode_blob(fname, ctype, data, feats, depth))
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
def has_word(word, text):
    return re.search(r"(?<![a-z0-9])%s(?![a-z0-9])" % re.escape(word), text) is not None


def norm(text):
    return strip_accents(unicodedata.normalize("NFKC", text)).lower()


def compact(text):
    return re.sub(r"[\s.\-/]", "", unicodedata.normalize("NFKC", text)).upper()


def _sex_present(text, sex):
    t = unicodedata.normalize("NFKC", text)
    if re.search(r"(?<![\w'])%s(?![\w'])" % sex, t):
        return True
    words = {"F": ["feminin", "female", "femme"], "M": ["masculin", "male", "homme"]}[sex]
    n = norm(text)
    return any(re.search(r"\b%s\b" % w, n) for w in words)


def check_id(kind, value):
    if kind == "ca_sin":
        return ca_sin.is_valid(value)
    if kind == "ca_health_number":
        return len(value) == 10 and value.isdigit() and luhn.is_valid(value)
    if kind == "be_niss":
        return be_nn.is_valid(value)
    if kind == "fr_nir":
        return fr_nir.is_valid(value)
    if kind == "ramq_nam":
        return bool(re.fullmatch(r"[A-Z]{4}\d{8}", value))
    return False


def all_person_names():
    names = set()
    for g, s, _ in STAFF_FR + STAFF_EN + PAT_BE + PAT_FRA:
        names.add(s)
    names.update(PAT_SUR_FR)
    names.update(PAT_SUR_EN)
    return sorted(names)


def run_checks(out_dir, items, nams):
    errors = []
    labels_path = os.path.join(out_dir, "labels.json")
    with open(labels_path, encoding="utf-8") as fh:
        labels = json.load(fh)
    pos = sorted(f for f in os.listdir(os.path.join(out_dir, "positive")) if f.endswith(".eml"))
    neg = sorted(f for f in os.listdir(os.path.join(out_dir, "negative")) if f.endswith(".eml"))
    if len(pos) != 120:
        errors.append("expected 120 positives, found %d" % len(pos))
    if len(neg) != 180:
        errors.append("expected 180 negatives, found %d" % len(neg))
    files = ["positive/" + f for f in pos] + ["negative/" + f for f in neg]
    if sorted(labels) != sorted(files):
        errors.append("labels.json keys do not match the files")
    if list(labels) != sorted(labels):
        errors.append("labels.json keys not sorted")
    for i, f in enumerate(pos):
        if not re.fullmatch(r"p%03d_[a-z0-9_]+\.eml" % (i + 1), f):
            errors.append("bad positive file name %s" % f)
    for i, f in enumerate(neg):
        if not re.fullmatch(r"n%03d_[a-z0-9_]+\.eml" % (i + 1), f):
            errors.append("bad negative file name %s" % f)

    nam_set = {n["nam"]: n for n in nams}
    holder_surnames = sorted({norm(n["surname"]) for n in nams})
    people = [norm(x) for x in all_person_names()] + holder_surnames
    by_path = {it.path: it for it in items}
    features = {}
    for rel in files:
        lab = labels.get(rel, {})
        it = by_path.get(rel)
        raw = open(os.path.join(out_dir, rel), "rb").read()
        feats = set()
        try:
            msg = email.message_from_bytes(raw, policy=policy.default)
            text = message_text(msg, feats)
        except Exception as exc:  # noqa: BLE001
            errors.append("%s: cannot decode: %r" % (rel, exc))
            continue
        # transport features from the raw bytes
        feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
        head = raw.split(b"\r\n\r\n" if b"\r\n" in raw else b"\n\n", 1)[0].decode("ascii", "replace")
        subj_raw = re.search(r"(?ms)^Subject:(.*?)(?=^\S)", head + "\nX:")
        if subj_raw and "=?" in subj_raw.group(1):
            feats.add("RFC 2047 Subject")
        for h in ("From", "To", "Cc"):
            mm = re.search(r"(?ms)^%s:(.*?)(?=^\S)" % h, head + "\nX:")
            if mm and "=?" in mm.group(1):
                feats.add("RFC 2047 display name")
        if b"filename*" in raw:
            feats.add("RFC 2231 file name")
        if "text/html only" in feats and "multipart/alternative" in feats:
            feats.discard("text/html only")
        features[rel] = feats

        positive = rel.startswith("positive/")
        if lab.get("confidential") is not positive:
            errors.append("%s: confidential flag wrong" % rel)
        if lab.get("lang") not in ("fr", "en"):
            errors.append("%s: bad lang" % rel)
        note = lab.get("note", "")
        if not note:
            errors.append("%s: empty note" % rel)
        nn = norm(note)
        for pn in people:
            if has_word(pn, nn):
                errors.append("%s: note contains a person's name" % rel)
        types = lab.get("types", [])
        if positive:
            if not types or any(t not in TYPE_ORDER for t in types):
                errors.append("%s: bad types %r" % (rel, types))
            if not (set(types) & IDENT_TYPES) or not (set(types) & INFO_TYPES):
                errors.append("%s: types lack an identifier or personal information" % rel)
        elif types:
            errors.append("%s: negative with types" % rel)

        ntext = norm(text)
        ctext = compact(text)
        found_nams = [n for n in sorted(nam_set) if n in ctext]
        if not positive:
            if found_nams:
                errors.append("%s: NAM in a negative" % rel)
            for sn in holder_surnames:
                if has_word(sn, ntext):
                    errors.append("%s: NAM holder surname %r in a negative" % (rel, sn))
            continue
        if ("ramq_nam" in types) != bool(found_nams):
            errors.append("%s: ramq_nam label vs NAMs found %r" % (rel, found_nams))
        for n in found_nams:
            rec = nam_set[n]
            if not has_word(norm(rec["surname"]), ntext):
                errors.append("%s: NAM %s without holder's surname" % (rel, n))
            if not any(v in ntext for v in dob_variants(rec["dob"])):
                errors.append("%s: NAM %s without holder's birth date" % (rel, n))
            if not _sex_present(text, rec["sex"]):
                errors.append("%s: NAM %s without holder's sex" % (rel, n))
        if it is None:
            errors.append("%s: no in-memory item" % rel)
            continue
        kinds = {k for k, _ in it.ids}
        for k in ("ca_sin", "ca_health_number", "be_niss", "fr_nir", "ramq_nam"):
            if (k in types) != (k in kinds):
                errors.append("%s: label %s does not match recorded identifiers" % (rel, k))
        for k, v in it.ids:
            if not check_id(k, v):
                errors.append("%s: invalid %s %s" % (rel, k, v))
            if v.upper() not in ctext:
                errors.append("%s: recorded %s not found in decoded text" % (rel, k))
            if k == "ramq_nam" and v not in nam_set:
                errors.append("%s: NAM not from blind list" % rel)
        if "patient_name" in types:
            if not it.names:
                errors.append("%s: patient_name without a recorded name" % rel)
            for sn in it.names:
                if not has_word(norm(sn), ntext):
                    errors.append("%s: patient surname %r not in decoded text" % (rel, sn))
    return errors, features


def digest(out_dir):
    h = hashlib.sha256()
    rels = []
    for sub in ("positive", "negative"):
        for f in os.listdir(os.path.join(out_dir, sub)):
            if f.endswith(".eml"):
                rels.append(sub + "/" + f)
    rels.append("labels.json")
    for rel in sorted(rels):
        h.update(rel.encode("utf-8"))
        h.update(b"\0")
        with open(os.path.join(out_dir, rel), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()
