"""Re-parse and check every generated file; collect transport features."""
import base64
import html as htmlmod
import email
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

from gen_common import STAFF, TYPES, PAT_SURNAMES, dob_variants, fold, load_nams

FEATURES = [
    ("single-part text/plain", "plain_only"), ("single-part text/html", "html_only"),
    ("multipart/alternative", "alt"), ("multipart/mixed (attachments)", "mixed"),
    ("PDF attachment", "pdf"), ("DOCX attachment", "docx"), ("XLSX attachment", "xlsx"), ("CSV attachment", "csv"),
    ("ICS attachment", "ics"), ("vCard attachment", "vcf"), ("ZIP attachment", "zip"), ("attached message/rfc822", "eml"),
    ("charset utf-8", "cs_utf-8"), ("charset us-ascii", "cs_us-ascii"), ("charset iso-8859-1", "cs_iso-8859-1"),
    ("charset windows-1252", "cs_windows-1252"), ("7bit", "cte_7bit"), ("8bit", "cte_8bit"),
    ("quoted-printable", "cte_quoted-printable"), ("base64", "cte_base64"), ("CRLF line ends", "crlf"), ("LF line ends", "lf"),
    ("RFC 2047 encoded Subject", "rfc2047_subject"), ("RFC 2047 encoded display name", "rfc2047_name"),
    ("RFC 2231 file name", "rfc2231"), ("quoted reply or inline forward", "quoted"),
]


# ---------------------------------------------------------------------------
# Attachment text extraction (standard library only)
# ---------------------------------------------------------------------------
def _pdf_string(s):
    out = bytearray()
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == 0x5C and i + 1 < len(s):
            n = s[i + 1]
            esc = {0x6E: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12, 0x28: 0x28, 0x29: 0x29, 0x5C: 0x5C}
            if n in esc:
                out.append(esc[n])
                i += 2
                continue
            m = re.match(rb"[0-7]{1,3}", s[i + 1:i + 4])
            if m:
                out.append(int(m.group(0), 8) & 0xFF)
                i += 1 + len(m.group(0))
                continue
            i += 1
            continue
        out.append(ch)
        i += 1
    return out.decode("cp1252", "replace")


def pdf_text(data):
    if not data.startswith(b"%PDF") or b"%%EOF" not in data[-64:]:
        raise ValueError("not a PDF")
    texts = []
    meta = re.findall(rb"/(?:Title|Author|Subject) \(((?:\\.|[^\\)])*)\)", data)
    texts += [_pdf_string(m) for m in meta]
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        d, raw = m.group(1), m.group(2)
        if b"/ASCII85Decode" in d:
            raw = raw.strip()
            if raw.endswith(b"~>"):
                raw = raw[:-2]
            raw = base64.a85decode(raw)
        if b"/FlateDecode" in d:
            raw = zlib.decompress(raw)
        for sm in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw, re.S):
            texts.append(_pdf_string(sm.group(1)))
    if not texts:
        raise ValueError("no text in PDF")
    return "\n".join(texts)


def _xml_text(xml):
    xml = re.sub(r"</w:p>|</row>|</si>", "\n", xml)
    xml = re.sub(r"<[^>]+>", " ", xml)
    return htmlmod.unescape(xml)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    xml = z.read("word/document.xml").decode("utf-8")
    core = z.read("docProps/core.xml").decode("utf-8")
    return _xml_text(xml) + "\n" + _xml_text(core)


def xlsx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    parts = []
    for n in z.namelist():
        if n.startswith("xl/worksheets/") or n == "xl/sharedStrings.xml":
            parts.append(_xml_text(z.read(n).decode("utf-8")))
    if not parts:
        raise ValueError("empty xlsx")
    return "\n".join(parts)


def blob_text(name, ctype, data, feats, nested):
    n = (name or "").lower()
    if n.endswith(".pdf") or ctype == "application/pdf":
        feats.add("pdf")
        return pdf_text(data)
    if n.endswith(".docx"):
        feats.add("docx")
        return docx_text(data)
    if n.endswith(".xlsx"):
        feats.add("xlsx")
        return xlsx_text(data)
    if n.endswith(".zip") or ctype == "application/zip":
        feats.add("zip")
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip() is not None:
            raise ValueError("bad zip member")
        out = []
        for info in z.infolist():
            out.append(info.filename)
            out.append(blob_text(info.filename, "", z.read(info.filename), set(), nested))
        return "\n".join(out)
    if n.endswith(".csv"):
        return data.decode("utf-8")
    raise ValueError(f"unknown attachment type {name} {ctype}")


# ---------------------------------------------------------------------------
def analyse(raw):
    """Parse one message; return (text, features). Raises on any decoding problem."""
    feats = set()
    feats.add("crlf" if b"\r\n" in raw else "lf")
    msg = email.message_from_bytes(raw, policy=policy.default)
    head = raw.split(b"\r\n\r\n" if b"\r\n\r\n" in raw else b"\n\n", 1)[0].decode("ascii")
    if re.search(r"^Subject:.*=\?", head, re.M | re.I):
        feats.add("rfc2047_subject")
    if re.search(r"^(From|To|Cc):(.|\n[ \t])*=\?", head, re.M | re.I):
        feats.add("rfc2047_name")
    if b"filename*" in raw:
        feats.add("rfc2231")
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            raise ValueError("missing header " + h)
    texts = [str(msg["Subject"]), str(msg["From"]), str(msg["To"]), str(msg["Cc"] or "")]
    ct = msg.get_content_type()
    if ct == "text/plain":
        feats.add("plain_only")
    elif ct == "text/html":
        feats.add("html_only")
    _walk(msg, texts, feats)
    return "\n".join(texts), feats


def _walk(msg, texts, feats):
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "multipart/alternative":
            feats.add("alt")
        if ct == "multipart/mixed":
            feats.add("mixed")
        fn = part.get_filename()
        if fn:
            texts.append(fn)
        if ct == "message/rfc822":
            feats.add("eml")
            feats.add("cte_" + (part.get("Content-Transfer-Encoding") or "7bit").lower())
            inner = part.get_content()
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if inner[h] is None:
                    raise ValueError("nested message missing " + h)
            texts += [str(inner["Subject"]), str(inner["From"]), str(inner["To"])]
            continue  # walk() descends into it
        if part.is_multipart():
            continue
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        feats.add("cte_" + cte)
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            feats.add("cs_" + cs)
            payload = part.get_payload(decode=True)
            txt = payload.decode(cs)  # strict
            part.get_content()
            if ct == "text/calendar":
                feats.add("ics")
                if not txt.startswith("BEGIN:VCALENDAR"):
                    raise ValueError("bad ics")
            elif ct == "text/vcard":
                feats.add("vcf")
                if not txt.startswith("BEGIN:VCARD"):
                    raise ValueError("bad vcard")
            elif ct == "text/csv":
                feats.add("csv")
            if ct == "text/html":
                txt = htmlmod.unescape(re.sub(r"<[^>]+>", " ", txt))
            if re.search(r"^(> |-----(Message d'origine|Original Message)|---------- (Message transféré|Forwarded message))", txt, re.M):
                feats.add("quoted")
            texts.append(txt)
        else:
            data = part.get_content()
            if not isinstance(data, bytes):
                raise ValueError("binary part did not decode to bytes")
            texts.append(blob_text(fn, ct, data, feats, None))


# ---------------------------------------------------------------------------
def alnum(s):
    return re.sub(r"[^0-9A-Z]", "", unicodedata.normalize("NFKC", s).upper())


def words(s):
    s = fold(unicodedata.normalize("NFKC", s))
    return " " + re.sub(r"[^0-9a-z]+", " ", s) + " "


def wordtok(name):
    return " " + re.sub(r"[^0-9a-z]+", " ", fold(name)).strip() + " "


def verify(out, labels, meta):
    errors = []
    nam_rows = load_nams()
    nam_by = {r["nam"]: r for r in nam_rows}
    nam_surnames = {fold(r["surname"]) for r in nam_rows}
    for p in STAFF.values():
        for part in re.split(r"[ -]", fold(p.surname)):
            if part in nam_surnames:
                errors.append("staff surname collides with NAM holder: " + p.surname)
    for s in PAT_SURNAMES:
        if fold(s) in nam_surnames:
            errors.append("invented patient surname collides with NAM holder: " + s)
    pos = sorted(k for k in labels if k.startswith("positive/"))
    neg = sorted(k for k in labels if k.startswith("negative/"))
    if len(pos) != 120 or len(neg) != 180:
        errors.append(f"counts {len(pos)}/{len(neg)}")
    on_disk = sorted("positive/" + f for f in os.listdir(os.path.join(out, "positive"))) + \
        sorted("negative/" + f for f in os.listdir(os.path.join(out, "negative")))
    if sorted(on_disk) != sorted(labels):
        errors.append("labels do not match files on disk")
    if list(labels) != sorted(labels):
        errors.append("labels not sorted")
    feat_count = {k: 0 for _, k in FEATURES}
    for rel in sorted(labels):
        lab = labels[rel]
        if set(lab) != {"confidential", "types", "lang", "note"}:
            errors.append(rel + ": label keys")
        if lab["lang"] not in ("fr", "en"):
            errors.append(rel + ": lang")
        if any(t not in TYPES for t in lab["types"]):
            errors.append(rel + ": unknown type")
        is_pos = rel.startswith("positive/")
        if is_pos != lab["confidential"]:
            errors.append(rel + ": confidential flag")
        if is_pos and not lab["types"]:
            errors.append(rel + ": positive without types")
        if not is_pos and lab["types"]:
            errors.append(rel + ": negative with types")
        with open(os.path.join(out, rel), "rb") as fh:
            raw = fh.read()
        try:
            text, feats = analyse(raw)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{rel}: parse/decode failure: {e!r}")
            continue
        for k in feats:
            if k in feat_count:
                feat_count[k] += 1
        an = alnum(text)
        wd = words(text)
        # NAM placement: any NAM from the list found must be a recorded NAM of a positive
        for nam, r in nam_by.items():
            if nam in an:
                if not is_pos or nam not in meta[rel]["nams"]:
                    errors.append(f"{rel}: unexpected NAM {nam}")
        if not is_pos:
            for r in nam_rows:
                g, s = wordtok(r["given"]), wordtok(r["surname"])
                if (g.rstrip() + s) in wd or (s.rstrip() + g) in wd:
                    errors.append(f"{rel}: NAM holder name {r['given']} {r['surname']} in negative")
            continue
        m = meta[rel]
        if sorted(m["types"]) != sorted(lab["types"]):
            errors.append(rel + ": types differ from tracker")
        for nam in m["nams"]:
            r = nam_by.get(nam)
            if r is None:
                errors.append(f"{rel}: NAM not from list {nam}")
                continue
            if nam not in an:
                errors.append(f"{rel}: NAM {nam} not found in text")
            if wordtok(r["surname"]) not in wd or wordtok(r["given"]) not in wd:
                errors.append(f"{rel}: NAM {nam} without holder name")
            low = " ".join(unicodedata.normalize("NFKC", text).lower().split())
            if not any(v in low for v in dob_variants(r["dob"])):
                errors.append(f"{rel}: NAM {nam} without birth date")
        for typ, val in m["ids"]:
            ok = {"ca_sin": ca_sin.is_valid, "be_niss": be_nn.is_valid, "fr_nir": fr_nir.is_valid,
                  "ca_health_number": lambda v: len(v) == 10 and luhn.is_valid(v), "mrn": lambda v: v.isdigit()}[typ](val)
            if not ok:
                errors.append(f"{rel}: invalid {typ} {val}")
            if val not in an:
                errors.append(f"{rel}: {typ} {val} not found in text")
        for g, s in m["names"]:
            if wordtok(s) not in wd and fold(s).replace(" ", "").replace("'", "") not in wd.replace(" ", ""):
                errors.append(f"{rel}: patient surname {s} not found")
    return errors, feat_count


def digest(out):
    import hashlib
    h = hashlib.sha256()
    rels = sorted([f"positive/{f}" for f in os.listdir(os.path.join(out, "positive")) if f.endswith(".eml")] +
                  [f"negative/{f}" for f in os.listdir(os.path.join(out, "negative")) if f.endswith(".eml")] + ["labels.json"])
    for rel in rels:
        with open(os.path.join(out, rel), "rb") as fh:
            data = fh.read()
        h.update(rel.encode("utf-8") + b"\0" + data + b"\0")
    return h.hexdigest()


def load_labels(out):
    with open(os.path.join(out, "labels.json"), encoding="utf-8") as fh:
        return json.load(fh)
