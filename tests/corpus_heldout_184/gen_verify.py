"""Re-parse every written file, decode every part, check labels, NAM placement and identifiers."""
import base64
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib
import email
import email.header
from email import policy

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

import gen_ids as I

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]
ID_TYPE = {"nam": "ramq_nam", "sin": "ca_sin", "ohn": "ca_health_number", "niss": "be_niss", "nir": "fr_nir"}


class VerifyError(Exception):
    pass


# ---------------------------------------------------------------- normalisation
def fold(s):
    s = unicodedata.normalize("NFKC", s)
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s.lower()


def alnum(s):
    return re.sub(r"[^0-9A-Z]", "", unicodedata.normalize("NFKC", s).upper())


# ---------------------------------------------------------------- decoders
def _pdf_string(s):
    out, i = bytearray(), 0
    esc = {ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}
    while i < len(s):
        c = s[i]
        if c == 0x5C and i + 1 < len(s):
            n = s[i + 1]
            if n in esc:
                out.append(esc[n]); i += 2
            elif 0x30 <= n <= 0x37:
                j = i + 1
                while j < len(s) and j < i + 4 and 0x30 <= s[j] <= 0x37:
                    j += 1
                out.append(int(s[i + 1:j], 8) & 0xFF); i = j
            elif n in (0x0A, 0x0D):
                i += 2
            else:
                out.append(n); i += 2
        else:
            out.append(c); i += 1
    return bytes(out).decode("cp1252", "replace").replace("\x7f", "\u2022")


def pdf_text(data):
    if not data.startswith(b"%PDF"):
        raise VerifyError("not a PDF")
    texts = []
    for m in re.finditer(rb"(?<!end)stream\r?\n", data):
        start = m.end()
        end = data.find(b"endstream", start)
        if end < 0:
            raise VerifyError("unterminated PDF stream")
        head = data[max(0, m.start() - 400):m.start()]
        head = head[head.rfind(b"<<"):]
        s = data[start:end].rstrip(b"\r\n")
        if b"ASCII85Decode" in head:
            s = base64.a85decode(s.strip(), adobe=True)
        if b"FlateDecode" in head:
            s = zlib.decompress(s)
        for lit in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", s, re.S):
            texts.append(_pdf_string(lit.group(1)))
    if not texts:
        raise VerifyError("PDF without text")
    return "\n".join(texts)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data))
    parts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(parts)


def by_ext(name, data, feats):
    ext = name.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        feats.add("PDF attachment"); return pdf_text(data)
    if ext == "docx":
        feats.add("DOCX attachment"); return docx_text(data)
    if ext == "xlsx":
        feats.add("XLSX attachment"); return xlsx_text(data)
    if ext == "zip":
        feats.add("ZIP attachment"); return zip_text(data, feats)
    if ext == "eml":
        feats.add("attached message/rfc822")
        m = email.message_from_bytes(data, policy=policy.default)
        return extract(m, feats)
    if ext in ("csv", "txt", "ics", "vcf"):
        return data.decode("utf-8")
    raise VerifyError(f"unknown attachment type {name}")


def zip_text(data, feats):
    z = zipfile.ZipFile(io.BytesIO(data))
    if z.testzip() is not None:
        raise VerifyError("bad zip member")
    out = []
    for info in z.infolist():
        out.append(info.filename)
        out.append(by_ext(info.filename, z.read(info.filename), feats))
    return "\n".join(out)


def decoded_filename(part):
    fn = part.get_filename()
    if fn and "=?" in fn:
        fn = str(email.header.make_header(email.header.decode_header(fn)))
    return fn


def check_defects(part, where):
    if part.defects:
        raise VerifyError(f"{where}: MIME defects {part.defects}")
    for k in part.keys():
        h = part[k]
        if getattr(h, "defects", None):
            raise VerifyError(f"{where}: header {k} defects {h.defects}")


def extract(msg, feats, top=False):
    """Return the whole decoded text of a message (headers, parts, attachments)."""
    check_defects(msg, "message")
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            raise VerifyError(f"missing header {h}")
    out = [str(msg["Subject"]), str(msg["From"]), str(msg["To"])]
    if msg["Cc"]:
        out.append(str(msg["Cc"]))
    out.append(_part_text(msg, feats))
    return "\n".join(out)


def _part_text(part, feats):
    check_defects(part, part.get_content_type())
    ct = part.get_content_type()
    if ct == "message/rfc822":
        feats.add("attached message/rfc822")
        fn = decoded_filename(part) or ""
        inner = part.get_content()
        return fn + "\n" + extract(inner, feats)
    if part.is_multipart():
        feats.add(f"multipart/{part.get_content_subtype()}")
        return "\n".join(_part_text(p, feats) for p in part.iter_parts())
    cs = part.get_param("charset")
    if cs:
        feats.add(f"charset {cs.lower()}")
    cte = part.get("Content-Transfer-Encoding")
    if cte:
        feats.add(f"CTE {str(cte).lower()}")
    fn = decoded_filename(part)
    if fn:
        data = part.get_payload(decode=True)
        if ct == "text/csv":
            feats.add("CSV attachment")
        elif ct == "text/calendar":
            feats.add("ICS attachment")
        elif ct in ("text/vcard", "text/x-vcard"):
            feats.add("vCard attachment")
        if ct.startswith("text/"):
            body = part.get_content()
        else:
            body = by_ext(fn, data, feats)
        return fn + "\n" + body
    if ct not in ("text/plain", "text/html"):
        raise VerifyError(f"unexpected inline part {ct}")
    txt = part.get_content()
    if ct == "text/html":
        import html
        txt = html.unescape(re.sub(r"<[^>]+>", " ", txt))
    return txt


def raw_features(raw, msg, feats):
    feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    head = raw.split(b"\r\n\r\n" if b"\r\n" in raw else b"\n\n", 1)[0]
    if re.search(rb"^Subject:[^\n]*=\?", head, re.M | re.I) or re.search(rb"^Subject:.*\n\s+=\?", head, re.M | re.I):
        feats.add("RFC 2047 Subject")
    if re.search(rb"^(From|To|Cc):[^\n]*=\?", head, re.M | re.I):
        feats.add("RFC 2047 names")
    if b"filename*" in raw:
        feats.add("RFC 2231 file names")
    if re.search(rb'filename="=\?', raw):
        feats.add("RFC 2047 file names")
    if msg["MIME-Version"] is None:
        feats.add("no MIME headers (plain RFC 822)")
    ct = msg.get_content_type()
    if ct == "text/plain" and not msg.is_multipart():
        feats.add("single text/plain")
    if ct == "text/html":
        feats.add("single text/html")


# ---------------------------------------------------------------- checks
def find_dob(text_f, dob):
    for lang in ("fr", "en"):
        for st in I.DATE_STYLES:
            if fold(I.fmt_date(dob, st, lang)) in text_f:
                return True
    return False


def has_sex(text_f, sex, lang):
    for lg in ("fr", "en"):
        for tok in I.SEX_TOKENS[lg][sex]:
            if re.search(r"(?<![a-z])" + re.escape(fold(tok)) + r"(?![a-z])", text_f):
                return True
    return False


def name_re(given, surname):
    g, s = re.escape(fold(given)), re.escape(fold(surname))
    return re.compile(rf"(?<![a-z]){g}\s+{s}(?![a-z])|(?<![a-z]){s},?\s+{g}(?![a-z])")


def valid_id(kind, v, holders):
    if kind == "nam":
        return v in holders
    if kind == "sin":
        return ca_sin.is_valid(v)
    if kind == "ohn":
        return len(v) == 10 and v.isdigit() and luhn.is_valid(v)
    if kind == "niss":
        return be_nn.is_valid(v)
    if kind == "nir":
        return fr_nir.is_valid(v)
    return False


NAM_RE = re.compile(r"(?<![A-Z0-9])[A-Z]{4}[\s./\-]?\d{2}\s?\d{2}[\s./\-]?\d{2}\s?\d{2}(?![0-9])")


def verify(out_dir, manifest, holders):
    """manifest: {relpath: spec}. Returns features {feature: count}. Raises VerifyError."""
    labels = json.load(open(os.path.join(out_dir, "labels.json"), encoding="utf-8"))
    pos = sorted(f for f in os.listdir(os.path.join(out_dir, "positive")) if f.endswith(".eml"))
    neg = sorted(f for f in os.listdir(os.path.join(out_dir, "negative")) if f.endswith(".eml"))
    if len(pos) != 120 or len(neg) != 180:
        raise VerifyError(f"counts {len(pos)}/{len(neg)}")
    files = [f"positive/{f}" for f in pos] + [f"negative/{f}" for f in neg]
    if sorted(labels) != sorted(files) or list(labels) != sorted(labels):
        raise VerifyError("labels.json keys do not match files or are unsorted")
    for i, f in enumerate(pos):
        if not re.fullmatch(rf"p{i + 1:03d}_[a-z_]+\.eml", f):
            raise VerifyError(f"bad positive name {f}")
    for i, f in enumerate(neg):
        if not re.fullmatch(rf"n{i + 1:03d}_[a-z_]+\.eml", f):
            raise VerifyError(f"bad negative name {f}")
    hold = {h["nam"]: h for h in holders}
    holder_res = [(h, name_re(h["given"], h["surname"])) for h in holders]
    surnames = {fold(h["surname"]) for h in holders}
    counts = {}
    for rel in files:
        lab = labels[rel]
        if set(lab) != {"confidential", "types", "lang", "note"}:
            raise VerifyError(f"{rel}: label keys")
        if lab["lang"] not in ("fr", "en") or not lab["note"]:
            raise VerifyError(f"{rel}: lang/note")
        is_pos = rel.startswith("positive/")
        if lab["confidential"] is not is_pos:
            raise VerifyError(f"{rel}: confidential flag")
        if is_pos and (not lab["types"] or any(t not in TYPES for t in lab["types"])):
            raise VerifyError(f"{rel}: types {lab['types']}")
        if not is_pos and lab["types"]:
            raise VerifyError(f"{rel}: negative with types")
        raw = open(os.path.join(out_dir, rel), "rb").read()
        msg = email.message_from_bytes(raw, policy=policy.default)
        feats = set()
        raw_features(raw, msg, feats)
        text = extract(msg, feats, top=True)
        if re.search(r"[\uff10-\uff19]", text):
            feats.add("full-width digits")
        if re.search(r"^[ \t]*(> |Le .{5,120} a écrit :|On .{5,120} wrote:|-----(Original Message|Message d'origine)-----)",
                     text, re.M):
            feats.add("quoted reply")
        if re.search(r"(Message transféré|Forwarded message)", text):
            feats.add("inline forward")
        for ft in feats:
            counts[ft] = counts.get(ft, 0) + 1
        tf = fold(text)
        ta = alnum(text)
        spec = manifest[rel]
        found_nams = [n for n in hold if n in ta]
        if not is_pos:
            if found_nams or NAM_RE.search(unicodedata.normalize("NFKC", text).upper()):
                raise VerifyError(f"{rel}: NAM in a negative")
            for h, rx in holder_res:
                if rx.search(tf):
                    raise VerifyError(f"{rel}: NAM holder name {h['surname']} in a negative")
            words = set(re.findall(r"[a-z][a-z'\-]*", tf))
            bad = surnames & words
            if bad:
                raise VerifyError(f"{rel}: NAM holder surname {bad} in a negative")
            continue
        F = spec["F"]
        recorded = {v for k, v in F.ids if k == "nam"}
        if set(found_nams) != recorded:
            raise VerifyError(f"{rel}: NAMs found {found_nams} != recorded {recorded}")
        for n in found_nams:
            h = hold[n]
            if not name_re(h["given"], h["surname"]).search(tf):
                raise VerifyError(f"{rel}: NAM {n} without holder name")
            if not find_dob(tf, h["dob"]):
                raise VerifyError(f"{rel}: NAM {n} without birth date")
            if not has_sex(tf, h["sex"], lab["lang"]):
                raise VerifyError(f"{rel}: NAM {n} without sex")
        kinds = set()
        for kind, v in F.ids:
            kinds.add(kind)
            if not valid_id(kind, v, hold):
                raise VerifyError(f"{rel}: invalid {kind} {v}")
            if alnum(v) not in ta:
                raise VerifyError(f"{rel}: {kind} {v} not found in text")
            if ID_TYPE[kind] not in lab["types"]:
                raise VerifyError(f"{rel}: {kind} present but not labelled")
        for kind, t in ID_TYPE.items():
            if t in lab["types"] and kind not in kinds:
                raise VerifyError(f"{rel}: {t} labelled but not recorded")
        if sorted(F.types) != lab["types"]:
            raise VerifyError(f"{rel}: label types differ from findings")
    return counts
