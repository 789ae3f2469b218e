"""Re-parse every written file, decode every part, and verify labels and identifier rules."""
import email
import email.policy
import html
import io
import re
import unicodedata
import zipfile

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

import gen_common as C

TYPES = {"patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"}
ID_TYPES = {"patient_name", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"}
INFO_TYPES = TYPES - {"patient_name", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"}


class CheckError(Exception):
    pass


# ---- decoding ---------------------------------------------------------------------------------------
def pdf_text(data):
    if not data.startswith(b"%PDF"):
        raise CheckError("not a PDF")
    out = []
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        s = m.group(1)
        head = data[max(0, m.start() - 300):m.start()]
        if b"FlateDecode" in head.split(b"obj")[-1]:
            import zlib
            s = zlib.decompress(s)
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", s, re.S):
            raw = t.group(1)
            buf = bytearray()
            i = 0
            while i < len(raw):
                c = raw[i]
                if c == 0x5C and i + 1 < len(raw):
                    n = raw[i + 1]
                    if 0x30 <= n <= 0x37:
                        j = i + 1
                        oct_ = b""
                        while j < len(raw) and len(oct_) < 3 and 0x30 <= raw[j] <= 0x37:
                            oct_ += bytes([raw[j]])
                            j += 1
                        buf.append(int(oct_, 8))
                        i = j
                        continue
                    buf.append({ord("n"): 10, ord("r"): 13, ord("t"): 9}.get(n, n))
                    i += 2
                    continue
                buf.append(c)
                i += 1
            out.append(bytes(buf).decode("cp1252"))
    if "%%EOF" not in data[-40:].decode("latin-1"):
        raise CheckError("truncated PDF")
    return "\n".join(out)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    if z.testzip() is not None:
        raise CheckError("bad DOCX zip")
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    wb.close()
    return "\n".join(parts)


def zip_text(data, feats):
    z = zipfile.ZipFile(io.BytesIO(data))
    if z.testzip() is not None:
        raise CheckError("bad ZIP")
    parts = []
    for name in z.namelist():
        parts.append(name)
        parts.append(blob_text(name, "", z.read(name), feats))
    return "\n".join(parts)


def blob_text(filename, ctype, data, feats):
    fn = (filename or "").lower()
    if ctype == "application/pdf" or fn.endswith(".pdf"):
        feats.add("PDF attachment")
        return pdf_text(data)
    if fn.endswith(".docx"):
        feats.add("DOCX attachment")
        return docx_text(data)
    if fn.endswith(".xlsx"):
        feats.add("XLSX attachment")
        return xlsx_text(data)
    if ctype == "application/zip" or fn.endswith(".zip"):
        feats.add("ZIP attachment")
        return zip_text(data, feats)
    if fn.endswith(".csv"):
        feats.add("CSV attachment")
    return data.decode("utf-8")


def unfold_ics(s):
    s = s.replace("\r\n ", "").replace("\n ", "")
    return s.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def html_text(s):
    s = re.sub(r"(?is)<(script|style|title).*?</\1>", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def message_text(msg, feats, depth=0):
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if depth == 0 and msg[h] is None:
            raise CheckError("missing header %s" % h)
    out = ["%s: %s" % (h, msg[h]) for h in ("From", "To", "Cc", "Subject") if msg[h] is not None]
    if msg.defects:
        raise CheckError("defects %r" % msg.defects)
    ct = msg.get_content_type()
    if depth == 0:
        if ct == "text/plain":
            feats.add("text/plain only")
        elif ct == "text/html":
            feats.add("text/html only")
    def walk(part):
        if part.defects:
            raise CheckError("part defects %r" % part.defects)
        pct = part.get_content_type()
        if pct == "message/rfc822":
            feats.add("attached message (message/rfc822)")
            fn = part.get_filename()
            if fn:
                out.append("[file] " + fn)
            out.append(message_text(part.get_content(), feats, depth + 1))
            return
        if part.is_multipart():
            if pct == "multipart/alternative":
                feats.add("multipart/alternative")
            if pct == "multipart/mixed":
                feats.add("multipart/mixed")
            for sub in part.iter_parts():
                walk(sub)
            return
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        feats.add("CTE %s" % cte)
        fn = part.get_filename()
        if fn:
            out.append("[file] " + fn)
        if pct.startswith("text/"):
            cs = part.get_content_charset()
            if cs and not fn:
                feats.add("charset %s" % cs)
            txt = part.get_content()
            if pct == "text/html":
                txt = html_text(txt)
            elif pct == "text/calendar":
                feats.add("ICS attachment")
                txt = unfold_ics(txt)
            elif pct in ("text/vcard", "text/x-vcard"):
                feats.add("vCard attachment")
                txt = unfold_ics(txt)
            elif pct == "text/csv":
                feats.add("CSV attachment")
            out.append(txt)
            return
        data = part.get_content()
        if not isinstance(data, bytes):
            raise CheckError("unexpected content for %s" % pct)
        out.append(blob_text(fn, pct, data, feats))

    walk(msg)
    return "\n".join(out)


def decode_file(raw):
    feats = set()
    feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    head = raw.split(b"\r\n\r\n" if b"\r\n\r\n" in raw else b"\n\n", 1)[0]
    for line in re.split(rb"\r?\n(?=\S)", head):
        if line.lower().startswith(b"subject:") and b"=?" in line:
            feats.add("RFC 2047 encoded Subject")
        if re.match(rb"(?i)(from|to|cc):", line) and b"=?" in line:
            feats.add("RFC 2047 encoded name")
    if re.search(rb"filename\*=", raw):
        feats.add("RFC 2231 file name")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    return message_text(msg, feats), feats


# ---- checks -----------------------------------------------------------------------------------------
def squash(s):
    return re.sub(r"[^A-Z0-9]", "", unicodedata.normalize("NFKC", s).upper())


def has_word(folded_text, word):
    return re.search(r"(?<![a-z])%s(?![a-z])" % re.escape(C.fold(word)), folded_text) is not None


SEX_RE = re.compile(r"\bsexe?\b[\s:|=]*\b(f|m|feminin|masculin|female|male)\b")


def sex_ok(folded, p):
    want = p.sex.lower()
    for m in SEX_RE.finditer(folded):
        if m.group(1)[0] == want or (m.group(1) in ("feminin", "female") and want == "f") or \
                (m.group(1) in ("masculin", "male") and want == "m"):
            return True
    for f in C.dob_formats(p.dob):
        for m in re.finditer(re.escape(C.fold(f)), folded):
            if re.match(r"\W{0,3}%s\b" % want, folded[m.end():m.end() + 6]):
                return True
    return False


def check_all(items, labels, nams):
    """items: list of (relpath, raw bytes, Rec). Returns per-file feature sets; raises CheckError."""
    errors = []
    feats_by = {}
    pos = [i for i in items if i[0].startswith("positive/")]
    neg = [i for i in items if i[0].startswith("negative/")]
    if len(pos) != 120 or len(neg) != 180:
        errors.append("counts %d/%d" % (len(pos), len(neg)))
    if sorted(labels) != sorted(i[0] for i in items) or list(labels) != sorted(labels):
        errors.append("labels keys mismatch or unsorted")
    nam_map = {p.nam: p for p in nams}
    nam_re = re.compile(r"\b[A-Z]{4}[ .\-/]?\d{4}[ .\-/]?\d{4}\b")
    for rel, raw, rec in items:
        try:
            text, feats = decode_file(raw)
        except Exception as e:  # noqa: BLE001
            errors.append("%s: decode failed: %s" % (rel, e))
            continue
        feats_by[rel] = feats
        lab = labels.get(rel)
        if not lab:
            errors.append("%s: unlabelled" % rel)
            continue
        if set(lab) != {"confidential", "types", "lang", "note"} or lab["lang"] not in ("fr", "en") or not lab["note"]:
            errors.append("%s: bad label fields" % rel)
        positive = rel.startswith("positive/")
        if lab["confidential"] != positive:
            errors.append("%s: label/folder mismatch" % rel)
        types = set(lab["types"])
        if not types <= TYPES:
            errors.append("%s: unknown types %s" % (rel, types - TYPES))
        nfkc = unicodedata.normalize("NFKC", text)
        folded = C.fold(text)
        sq = squash(text)
        present_nams = [n for n in nam_map if n in sq]
        for m in nam_re.finditer(nfkc.upper()):
            tok = re.sub(r"[ .\-/]", "", m.group(0))
            if tok not in nam_map:
                errors.append("%s: NAM-like token not from the list: %s" % (rel, tok))
        if positive:
            if not types or not (types & ID_TYPES) or not (types & INFO_TYPES):
                errors.append("%s: positive types incomplete %s" % (rel, sorted(types)))
            fact_nams = {p.nam for k, p in rec.facts if k == "nam"}
            if set(present_nams) != fact_nams:
                errors.append("%s: NAM placement %s vs %s" % (rel, present_nams, sorted(fact_nams)))
            if ("ramq_nam" in types) != bool(fact_nams):
                errors.append("%s: ramq_nam label mismatch" % rel)
            if ("patient_name" in types) != any(k == "name" for k, _ in rec.facts):
                errors.append("%s: patient_name label mismatch" % rel)
            for kind, tname in (("sin", "ca_sin"), ("ohip", "ca_health_number"), ("niss", "be_niss"), ("nir", "fr_nir")):
                if (tname in types) != any(k == kind for k, _ in rec.facts):
                    errors.append("%s: %s label mismatch" % (rel, tname))
            for kind, v in rec.facts:
                if kind == "name":
                    if not has_word(folded, v.surname.split("'")[-1]):
                        errors.append("%s: patient surname not found" % rel)
                elif kind == "nam":
                    p = v
                    if not (has_word(folded, p.surname) and has_word(folded, p.given)):
                        errors.append("%s: NAM holder name missing" % rel)
                    if not any(C.fold(f) in folded for f in C.dob_formats(p.dob)):
                        errors.append("%s: NAM holder birth date missing" % rel)
                    if not sex_ok(folded, p):
                        errors.append("%s: NAM holder sex missing" % rel)
                    q = nam_map.get(p.nam)
                    if q is None or (q.surname, q.given, q.dob, q.sex) != (p.surname, p.given, p.dob, p.sex):
                        errors.append("%s: NAM not from list or holder mismatch" % rel)
                else:
                    ok = {"sin": ca_sin.is_valid, "ohip": lambda x: len(x) == 10 and luhn.is_valid(x),
                          "niss": be_nn.is_valid, "nir": fr_nir.is_valid}[kind](v)
                    if not ok:
                        errors.append("%s: invalid %s %s" % (rel, kind, v))
                    if v not in sq:
                        errors.append("%s: %s not present in text" % (rel, kind))
        else:
            if types:
                errors.append("%s: negative with types" % rel)
            if present_nams:
                errors.append("%s: NAM in negative" % rel)
            for p in nams:
                if has_word(folded, p.surname):
                    errors.append("%s: NAM holder surname %s in negative" % (rel, p.surname))
                    break
    if errors:
        raise CheckError("\n".join(errors[:60]) + ("\n... %d errors" % len(errors) if len(errors) > 60 else ""))
    return feats_by
