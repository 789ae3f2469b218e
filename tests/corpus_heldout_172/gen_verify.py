"""Re-parse every generated message, decode every part, and check labels, NAMs and identifiers."""
import html as _html
import io
import re
import unicodedata
import zipfile
import zlib
import base64
from email import policy
from email.parser import BytesParser

from stdnum import luhn
from stdnum.be import nn
from stdnum.ca import sin
from stdnum.fr import nir

import gen_common as C

_PARSER = BytesParser(policy=policy.default)

FEATURES = [
    "text/plain body only", "text/html body only", "multipart/alternative", "multipart/mixed",
    "PDF attachment", "DOCX attachment", "XLSX attachment", "CSV attachment", "ICS attachment",
    "vCard attachment", "ZIP attachment", "attached message/rfc822",
    "charset utf-8", "charset us-ascii", "charset iso-8859-1", "charset windows-1252",
    "CTE 7bit", "CTE 8bit", "CTE quoted-printable", "CTE base64",
    "CRLF line ends", "LF line ends", "RFC 2047 Subject", "RFC 2047 display name", "RFC 2231 file name",
    "full-width digits",
]


# ---------------------------------------------------------------- decoders
def _pdf_unescape(s):
    out = bytearray()
    i = 0
    esc = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b", ord("f"): b"\f",
           ord("("): b"(", ord(")"): b")", ord("\\"): b"\\"}
    while i < len(s):
        c = s[i]
        if c == 0x5C and i + 1 < len(s):
            n = s[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                while j < len(s) and j < i + 4 and 0x30 <= s[j] <= 0x37:
                    j += 1
                out.append(int(s[i + 1:j], 8) & 0xFF)
                i = j
                continue
            out += esc.get(n, bytes([n]))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def pdf_text(data):
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
        raise ValueError("not a complete PDF")
    texts = []
    for m in re.finditer(rb"\d+ 0 obj\s*<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        d, s = m.group(1), m.group(2)
        if b"/ASCII85Decode" in d:
            s = s.strip()
            if s.endswith(b"~>"):
                s = s[:-2]
            s = base64.a85decode(s)
        if b"/FlateDecode" in d:
            s = zlib.decompress(s)
        for sm in re.finditer(rb"\(((?:\\.|[^\\()])*)\)\s*Tj", s, re.S):
            texts.append(_pdf_unescape(sm.group(1)).decode("cp1252", "replace"))
    if not texts:
        raise ValueError("PDF has no text")
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
        raise ValueError("bad zip member")
    parts = []
    for info in z.infolist():
        parts.append(info.filename)
        parts.append(decode_blob(info.filename, z.read(info.filename), feats))
    return "\n".join(parts)


def decode_blob(name, blob, feats):
    n = name.lower()
    if n.endswith(".pdf"):
        return pdf_text(blob)
    if n.endswith(".docx"):
        return docx_text(blob)
    if n.endswith(".xlsx"):
        return xlsx_text(blob)
    if n.endswith(".zip"):
        return zip_text(blob, feats)
    if n.endswith(".eml"):
        return message_text(_PARSER.parsebytes(blob), feats)[0]
    return blob.decode("utf-8-sig")


def _strip_html(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", " ", s)
    s = re.sub(r"(?s)<br\s*/?>", "\n", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return _html.unescape(s)


def message_text(msg, feats, errors=None, top=True):
    """Return (all decoded text, ...) for a parsed message; fills feats; appends errors."""
    errors = errors if errors is not None else []
    parts = []
    for h in ("From", "To", "Cc", "Subject"):
        if msg[h] is not None:
            parts.append(str(msg[h]))
    for part in msg.walk():
        for d in part.defects:
            errors.append(f"defect {type(d).__name__}")
        for k, v in part.items():
            for d in getattr(v, "defects", ()):
                errors.append(f"header defect {k}: {type(d).__name__}")
        ct = part.get_content_type()
        if part.is_multipart():
            if ct == "multipart/alternative":
                feats.add("multipart/alternative")
            elif ct == "multipart/mixed":
                feats.add("multipart/mixed")
            elif ct == "message/rfc822":
                feats.add("attached message/rfc822")
                inner = part.get_payload(0)
                for h in ("From", "To", "Subject", "Date"):
                    if inner[h] is not None:
                        parts.append(str(inner[h]))
            continue
        cs = part.get_content_charset()
        if cs:
            feats.add(f"charset {cs.lower()}")
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        feats.add(f"CTE {cte}")
        fn = part.get_filename()
        if fn:
            parts.append(fn)
        content = part.get_content()
        if ct == "text/html":
            parts.append(_strip_html(content))
        elif ct.startswith("text/"):
            parts.append(content)
            kind = {"text/csv": "CSV attachment", "text/calendar": "ICS attachment", "text/vcard": "vCard attachment"}.get(ct)
            if kind:
                feats.add(kind)
        else:
            kind = {"application/pdf": "PDF attachment", "application/zip": "ZIP attachment",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "DOCX attachment",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "XLSX attachment"}.get(ct)
            if kind:
                feats.add(kind)
            parts.append(decode_blob(fn or "x.bin", content, feats))
    if top and not msg.is_multipart():
        feats.add("text/html body only" if msg.get_content_type() == "text/html" else "text/plain body only")
    return "\n".join(parts), errors


# ---------------------------------------------------------------- normalisation
def norm(s):
    return unicodedata.normalize("NFKC", s).upper()


def compact(s):
    return re.sub(r"[\s.\-/]", "", norm(s))


def plain(s):
    s = C.strip_accents(unicodedata.normalize("NFKC", s)).lower()
    s = re.sub(r"[^a-z0-9',]+", " ", s)
    return re.sub(r"\s+", " ", s)


NAM_SHAPE = re.compile(r"(?<![A-Z0-9])([A-Z](?: ?[A-Z]){3})[ ./-]{0,3}(\d{4})[ ./-]{0,3}(\d{4})(?![0-9])")


def nam_shapes(text):
    out = []
    for m in NAM_SHAPE.finditer(norm(text)):
        out.append(m.group(1).replace(" ", "") + m.group(2) + m.group(3))
    return out


def name_patterns(p):
    g, s = plain(p["given"]).strip(), plain(p["surname"]).strip()
    return [f"{g} {s}", f"{s}, {g}", f"{s} {g}", f"{s},{g}"]


def validate_id(kind, value):
    if kind == "ca_sin":
        return sin.is_valid(value)
    if kind == "ca_health_number":
        return len(value) == 10 and value.isdigit() and luhn.is_valid(value)
    if kind == "be_niss":
        return nn.is_valid(value)
    if kind == "fr_nir":
        return nir.is_valid(value)
    return False


# ---------------------------------------------------------------- main check
def verify(outdir, labels, metas, nams):
    """metas: rel path -> spec (patients, ids, types). Returns (errors, features per file)."""
    errors = []
    feats_by_file = {}
    files = sorted(labels)
    pos = [f for f in files if f.startswith("positive/")]
    neg = [f for f in files if f.startswith("negative/")]
    if len(pos) != 120 or len(neg) != 180:
        errors.append(f"counts {len(pos)}/{len(neg)}")
    on_disk = sorted(str(p.relative_to(outdir)).replace("\\", "/") for p in outdir.glob("*/*.eml"))
    if on_disk != files:
        errors.append("labels do not match files on disk")
    for i, f in enumerate(pos, 1):
        if not re.fullmatch(rf"positive/p{i:03d}_[a-z_]+\.eml", f):
            errors.append(f"bad name {f}")
    for i, f in enumerate(neg, 1):
        if not re.fullmatch(rf"negative/n{i:03d}_[a-z_]+\.eml", f):
            errors.append(f"bad name {f}")
    nam_set = {h["nam"]: h for h in nams}
    all_patients = []
    for f in pos:
        all_patients += metas[f]["patients"]
    for f in files:
        lab = labels[f]
        is_pos = f.startswith("positive/")
        if lab["confidential"] != is_pos:
            errors.append(f"{f}: confidential flag")
        if lab["lang"] not in ("fr", "en") or not lab["note"]:
            errors.append(f"{f}: lang/note")
        if is_pos and (not lab["types"] or any(t not in C.ALLOWED_TYPES for t in lab["types"])):
            errors.append(f"{f}: bad types {lab['types']}")
        if not is_pos and lab["types"]:
            errors.append(f"{f}: negative with types")
        raw = (outdir / f).read_bytes()
        feats = set()
        try:
            msg = _PARSER.parsebytes(raw)
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if msg[h] is None:
                    errors.append(f"{f}: missing {h}")
            text, errs = message_text(msg, feats)
            errors += [f"{f}: {e}" for e in errs]
        except Exception as e:  # noqa: BLE001
            errors.append(f"{f}: decode failed: {type(e).__name__}: {e}")
            continue
        head = raw.split(b"\r\n\r\n" if b"\r\n" in raw[:200] else b"\n\n", 1)[0]
        feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
        if b"\r\n" in raw and re.search(rb"[^\r]\n", raw):
            errors.append(f"{f}: mixed line ends")
        if re.search(rb"^Subject:[^\n]*=\?", head, re.M | re.I):
            feats.add("RFC 2047 Subject")
        if re.search(rb"^(From|To|Cc):(.|\r?\n[ \t])*=\?", head, re.M):
            feats.add("RFC 2047 display name")
        if re.search(rb"filename\*(0\*)?=|name\*=", raw):
            feats.add("RFC 2231 file name")
        if re.search("[\uff10-\uff19]", text):
            feats.add("full-width digits")
        feats_by_file[f] = feats
        meta = metas[f]
        ctext = compact(text)
        ptext = plain(text)
        found_nams = [n for n in nam_set if n in ctext]
        shapes = nam_shapes(text)
        if not is_pos:
            if found_nams or shapes:
                errors.append(f"{f}: NAM or NAM-shaped token in a negative: {found_nams or shapes}")
            for h in nams + all_patients:
                for pat in name_patterns(h):
                    if re.search(r"(?<![a-z])" + re.escape(pat) + r"(?![a-z])", ptext):
                        errors.append(f"{f}: patient name in negative ({h['surname']})")
            continue
        # positives
        rec_nams = {p["nam"] for p in meta["patients"] if p["is_nam"]}
        for s in shapes:
            if s not in nam_set:
                errors.append(f"{f}: unknown NAM-shaped token {s}")
        for n in found_nams:
            if n not in rec_nams:
                errors.append(f"{f}: NAM {n} not recorded for this message")
        for p in meta["patients"]:
            if not p["is_nam"]:
                continue
            h = nam_set.get(p["nam"])
            if h is None or (h["surname"], h["given"], h["dob"], h["sex"]) != (p["surname"], p["given"], p["dob"], p["sex"]):
                errors.append(f"{f}: NAM holder data altered")
                continue
            if p["nam"] not in ctext:
                continue  # a holder may be named without the NAM (e.g. a name-only mention)
            if not any(re.search(r"(?<![a-z])" + re.escape(pt) + r"(?![a-z])", ptext) for pt in name_patterns(p)):
                errors.append(f"{f}: NAM {p['nam']} without holder's full name")
            if not any(v.lower() in text.lower() for v in C.dob_variants(p["dob"])):
                errors.append(f"{f}: NAM {p['nam']} without birth date")
            if not re.search(r"(?i)(\b" + p["sex"] + r"\b|" + ("femme|female" if p["sex"] == "F" else "homme|male") + ")", text):
                errors.append(f"{f}: NAM {p['nam']} without sex")
        if rec_nams & set(found_nams) and "ramq_nam" not in lab["types"]:
            errors.append(f"{f}: NAM present but not labelled")
        if "ramq_nam" in lab["types"] and not found_nams:
            errors.append(f"{f}: ramq_nam labelled but absent")
        for kind, value in meta["ids"]:
            if not validate_id(kind, value):
                errors.append(f"{f}: invalid {kind} {value}")
            if value not in ctext:
                errors.append(f"{f}: {kind} {value} not found in text")
            if kind not in lab["types"]:
                errors.append(f"{f}: {kind} not labelled")
        for kind in ("ca_sin", "ca_health_number", "be_niss", "fr_nir"):
            if kind in lab["types"] and kind not in {k for k, _ in meta["ids"]}:
                errors.append(f"{f}: {kind} labelled without a recorded value")
        if "patient_name" in lab["types"]:
            if not any(plain(p["surname"]).strip() in ptext for p in meta["patients"]):
                errors.append(f"{f}: no patient surname found")
        if "mrn" in lab["types"] and not any(p["mrn"] in ctext for p in meta["patients"]):
            errors.append(f"{f}: mrn labelled but absent")
        if "date_of_birth" in lab["types"] and not any(any(v.lower() in text.lower() for v in C.dob_variants(p["dob"])) for p in meta["patients"]):
            errors.append(f"{f}: date_of_birth labelled but absent")
    return errors, feats_by_file
