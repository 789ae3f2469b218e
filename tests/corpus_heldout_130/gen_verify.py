"""Re-parse every written file, decode every part, check labels and identifiers, count transport features."""
import base64
import email
import email.policy
import io
import json
import os
import re
import unicodedata
import zipfile

from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_clin import DIAG_WORDS, MED_WORDS
from gen_common import IDENT_TYPES, PAT_SURNAMES, STAFF, TYPES, dob_variants, fold, ohip_is_valid

FEATURES = ["text/plain only", "text/html only", "multipart/alternative", "multipart/mixed",
            "PDF attachment", "DOCX attachment", "XLSX attachment", "CSV attachment", "ICS attachment",
            "vCard attachment", "ZIP attachment", "attached message/rfc822",
            "charset utf-8", "charset us-ascii", "charset iso-8859-1", "charset windows-1252",
            "CTE 7bit", "CTE 8bit", "CTE quoted-printable", "CTE base64",
            "CRLF line ends", "LF line ends", "RFC 2047 Subject", "RFC 2047 display name", "RFC 2231 file name"]


# --------------------------------------------------------------------------- decoders
def _pdf_unescape(s):
    out, i = bytearray(), 0
    while i < len(s):
        ch = s[i]
        if ch == 0x5C and i + 1 < len(s):
            n = s[i + 1]
            if n in b"01234567":
                j = i + 1
                while j < len(s) and j < i + 4 and s[j] in b"01234567":
                    j += 1
                out.append(int(s[i + 1:j], 8) & 0xFF)
                i = j
                continue
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}.get(n, n))
            i += 2
            continue
        out.append(ch)
        i += 1
    return bytes(out)


def pdf_text(data):
    import zlib
    if not data.startswith(b"%PDF"):
        raise ValueError("not a PDF")
    texts = []
    for mt in re.finditer(rb"\d+ 0 obj\s*<<((?:(?!endobj).)*?)>>\s*stream\r?\n(.*?)\r?\n?endstream", data, re.S):
        d, raw = mt.group(1), mt.group(2)
        if b"ASCII85Decode" in d:
            raw = base64.a85decode(raw.strip(), adobe=True)
        if b"FlateDecode" in d:
            raw = zlib.decompress(raw)
        if b"/Subtype" in d and b"/Image" in d:
            continue
        line = []
        for tok in re.finditer(rb"\(((?:\\.|[^\\)])*)\)|(T\*|Td|TD|ET|Tm)", raw, re.S):
            if tok.group(1) is not None:
                line.append(_pdf_unescape(tok.group(1)).decode("cp1252", "replace"))
            else:
                texts.append(" ".join(line))
                line = []
        texts.append(" ".join(line))
    if not any(t.strip() for t in texts):
        raise ValueError("PDF without text")
    return "\n".join(t for t in texts if t)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.append(" | ".join(c.text for c in r.cells))
    parts.append(d.core_properties.title or "")
    return "\n".join(parts)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(parts)


def blob_text(name, ctype, data, feats, depth=0):
    lname = (name or "").lower()
    if ctype == "application/pdf" or lname.endswith(".pdf"):
        feats.add("PDF attachment")
        return pdf_text(data)
    if lname.endswith(".docx") or ctype.endswith("wordprocessingml.document"):
        feats.add("DOCX attachment")
        return docx_text(data)
    if lname.endswith(".xlsx") or ctype.endswith("spreadsheetml.sheet"):
        feats.add("XLSX attachment")
        return xlsx_text(data)
    if lname.endswith(".zip") or ctype == "application/zip":
        feats.add("ZIP attachment")
        z = zipfile.ZipFile(io.BytesIO(data))
        out = []
        for info in z.infolist():
            if info.date_time != (2025, 1, 6, 8, 0, 0):
                raise ValueError("zip member time not fixed")
            out.append(info.filename)
            out.append(blob_text(info.filename, "", z.read(info.filename), feats, depth + 1))
        return "\n".join(out)
    if lname.endswith(".csv"):
        feats.add("CSV attachment")
        return data.decode("utf-8")
    raise ValueError("cannot decode %s %s" % (name, ctype))


def message_text(msg, feats, depth=0):
    """All human-readable text of a parsed message, attachments included."""
    out = []
    for h in ("subject", "from", "to", "cc"):
        if msg[h] is not None:
            out.append(str(msg[h]))
    for part in msg.walk():
        if part.defects:
            raise ValueError("MIME defects: %r" % part.defects)
        ct = part.get_content_type()
        cs = part.get_param("charset")
        if cs:
            feats.add("charset " + cs.lower())
        cte = part.get("content-transfer-encoding")
        if cte:
            feats.add("CTE " + str(cte).lower())
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if part is not msg and ct == "message/rfc822":
            feats.add("attached message/rfc822")
            inner = part.get_payload()[0]
            out.append(message_text(inner, feats, depth + 1))
            continue
        if part.is_multipart():
            if depth == 0 and part is msg:
                feats.add("multipart/" + part.get_content_subtype())
            elif part.get_content_subtype() in ("alternative", "mixed"):
                feats.add("multipart/" + part.get_content_subtype())
            continue
        if ct.startswith("text/"):
            txt = part.get_content()
            if ct == "text/calendar":
                feats.add("ICS attachment")
                if "BEGIN:VCALENDAR" not in txt:
                    raise ValueError("bad ICS")
            if ct in ("text/vcard", "text/x-vcard"):
                feats.add("vCard attachment")
                if "BEGIN:VCARD" not in txt:
                    raise ValueError("bad vCard")
            if ct == "text/csv":
                feats.add("CSV attachment")
            if ct == "text/html":
                txt = re.sub(r"<[^>]+>", " ", txt)
                import html as _h
                txt = _h.unescape(txt)
            out.append(txt)
        else:
            data = part.get_payload(decode=True)
            out.append(blob_text(fn, ct, data, feats, depth))
    # a message whose only part is text
    if not msg.is_multipart() and depth == 0:
        feats.add("text/html only" if msg.get_content_type() == "text/html" else "text/plain only")
    return "\n".join(out)


def norm_id(s):
    s = unicodedata.normalize("NFKC", s).upper()
    return re.sub(r"[^0-9A-Z]", "", s)


# --------------------------------------------------------------------------- checks
def verify(out, holders, facts):
    """facts: {relpath: Mail-like facts dict}.  Returns (errors, feature_counts, per-file texts)."""
    errs = []
    with open(os.path.join(out, "labels.json"), encoding="utf-8") as fh:
        raw_labels = fh.read()
    labels = json.loads(raw_labels)
    if list(labels) != sorted(labels):
        errs.append("labels.json keys not sorted")
    files = sorted(["positive/" + f for f in os.listdir(os.path.join(out, "positive")) if f.endswith(".eml")] +
                   ["negative/" + f for f in os.listdir(os.path.join(out, "negative")) if f.endswith(".eml")])
    pos = [f for f in files if f.startswith("positive/")]
    neg = [f for f in files if f.startswith("negative/")]
    if len(pos) != 120 or len(neg) != 180:
        errs.append("counts %d/%d" % (len(pos), len(neg)))
    if set(files) != set(labels):
        errs.append("labels do not match files")
    for i, f in enumerate(pos):
        if not re.fullmatch(r"positive/p%03d_[a-z0-9_]+\.eml" % (i + 1), f):
            errs.append("bad name " + f)
    for i, f in enumerate(neg):
        if not re.fullmatch(r"negative/n%03d_[a-z0-9_]+\.eml" % (i + 1), f):
            errs.append("bad name " + f)

    all_nams = {h.nam: h for h in holders}
    holder_surnames = {fold(h.surname) for h in holders}
    name_words = {fold(s) for s in PAT_SURNAMES} | holder_surnames | {fold(s[1]) for s in STAFF}
    counts = {k: 0 for k in FEATURES}
    texts = {}
    for f in files:
        lab = labels.get(f, {})
        with open(os.path.join(out, f), "rb") as fh:
            raw = fh.read()
        feats = set()
        feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
        if b"\r\n" in raw and re.search(rb"[^\r]\n", raw):
            errs.append("%s: mixed line ends" % f)
        head = raw.split(b"\r\n\r\n" if b"\r\n" in raw else b"\n\n", 1)[0]
        if re.search(rb"^Subject:[^\n]*=\?", head, re.M | re.I):
            feats.add("RFC 2047 Subject")
        if re.search(rb"^(From|To|Cc):[^\n]*=\?", head, re.M | re.I):
            feats.add("RFC 2047 display name")
        if b"filename*=" in raw:
            feats.add("RFC 2231 file name")
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if msg[h] is None:
                    raise ValueError("missing header " + h)
            text = message_text(msg, feats)
        except Exception as e:  # noqa: BLE001
            errs.append("%s: %s: %s" % (f, type(e).__name__, e))
            continue
        texts[f] = text
        for k in feats:
            if k in counts:
                counts[k] += 1
        ntext = norm_id(text)
        ftext = fold(text)
        # label shape
        if set(lab) != {"confidential", "types", "lang", "note"}:
            errs.append("%s: label fields" % f)
            continue
        if lab["lang"] not in ("fr", "en"):
            errs.append("%s: lang" % f)
        if any(re.search(r"\b%s\b" % re.escape(w), fold(lab["note"])) for w in name_words):
            errs.append("%s: note holds a name" % f)
        present_nams = [n for n in all_nams if n in ntext]
        if f.startswith("negative/"):
            if lab["confidential"] or lab["types"]:
                errs.append("%s: negative labelled confidential" % f)
            if present_nams:
                errs.append("%s: NAM in negative" % f)
            for h in holders:
                if re.search(r"\b%s\b" % re.escape(fold(h.surname)), ftext):
                    errs.append("%s: NAM holder surname %s in negative" % (f, h.surname))
            continue
        # positives
        fx = facts[f]
        types = set(lab["types"])
        if not lab["confidential"] or not types or not types <= set(TYPES):
            errs.append("%s: positive label" % f)
        if lab["types"] != [t for t in TYPES if t in types]:
            errs.append("%s: types not in canonical order" % f)
        if not (types & IDENT_TYPES) or not (types - IDENT_TYPES):
            errs.append("%s: needs an identifier and a personal fact" % f)
        for n in present_nams:
            h = all_nams[n]
            if n not in fx["nams"]:
                errs.append("%s: unregistered NAM %s" % (f, n))
            if fold(h.surname) not in ftext or fold(h.given) not in ftext:
                errs.append("%s: NAM %s without holder name" % (f, n))
            if not any(v.lower() in text.lower() or norm_id(v) in ntext for v in dob_variants(h.dob)):
                errs.append("%s: NAM %s without birth date" % (f, n))
        for n in fx["nams"]:
            if n not in ntext:
                errs.append("%s: registered NAM %s missing" % (f, n))
        if fx["nams"] and "ramq_nam" not in types:
            errs.append("%s: ramq_nam not labelled" % f)
        if "ramq_nam" in types and not present_nams:
            errs.append("%s: ramq_nam labelled, none present" % f)
        for kind, v in fx["ids"]:
            ok = {"ca_sin": ca_sin.is_valid, "ca_health_number": ohip_is_valid, "be_niss": be_nn.is_valid,
                  "fr_nir": fr_nir.is_valid, "mrn": lambda x: True}[kind](v)
            if not ok:
                errs.append("%s: invalid %s %s" % (f, kind, v))
            if norm_id(v) not in ntext:
                errs.append("%s: %s %s not found in text" % (f, kind, v))
            if kind not in types:
                errs.append("%s: %s present but not labelled" % (f, kind))
        for kind in ("ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"):
            if kind in types and not any(k == kind for k, _ in fx["ids"]):
                errs.append("%s: %s labelled but not registered" % (f, kind))
        for s in fx["names"]:
            if fold(s) not in ftext:
                errs.append("%s: patient surname %s not found" % (f, s))
        if "patient_name" in types and not fx["names"]:
            errs.append("%s: patient_name without names" % f)
        if "date_of_birth" in types:
            if not fx["dobs"] or not any(any(v.lower() in text.lower() for v in dob_variants(d)) for d in fx["dobs"]):
                errs.append("%s: date_of_birth labelled but not found" % f)
        has_med = any(w in ftext for w in (fold(x) for x in MED_WORDS))
        if has_med != ("medication" in types):
            errs.append("%s: medication label mismatch (found=%s)" % (f, has_med))
        has_diag = any(fold(w) in ftext for w in DIAG_WORDS)
        if has_diag and "diagnosis" not in types:
            errs.append("%s: diagnosis words present but not labelled" % f)
    return errs, counts, texts
