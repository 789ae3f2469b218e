"""Re-parse every written file, decode every part, and check labels and identifiers."""
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
from email.parser import BytesParser

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_common import TYPES, dob_variants, fold

# --------------------------------------------------------------------------
# decoding
# --------------------------------------------------------------------------

def _pdf_unescape(b):
    out, i = bytearray(), 0
    while i < len(b):
        c = b[i]
        if c == 0x5C and i + 1 < len(b):
            n = b[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                digs = b""
                while j < len(b) and len(digs) < 3 and 0x30 <= b[j] <= 0x37:
                    digs += bytes([b[j]])
                    j += 1
                out.append(int(digs, 8) & 0xFF)
                i = j
                continue
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def pdf_text(data):
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
        raise ValueError("not a complete PDF")
    texts = []
    for mm in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        raw = mm.group(1)
        try:
            raw = zlib.decompressobj().decompress(raw)
        except zlib.error:
            pass
        for s in re.finditer(rb"\(((?:\\.|[^\\()])*)\)\s*Tj", raw, re.S):
            texts.append(_pdf_unescape(s.group(1)).decode("cp1252", "replace"))
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
            parts.append(" ".join("" if v is None else str(v) for v in row))
    wb.close()
    return "\n".join(parts)


def decode_blob(name, ctype, data, feats, depth=0):
    low = (name or "").lower()
    if ctype == "application/pdf" or low.endswith(".pdf"):
        feats.add("attachment: PDF")
        return pdf_text(data)
    if "wordprocessingml" in ctype or low.endswith(".docx"):
        feats.add("attachment: DOCX")
        return docx_text(data)
    if "spreadsheetml" in ctype or low.endswith(".xlsx"):
        feats.add("attachment: XLSX")
        return xlsx_text(data)
    if ctype == "application/zip" or low.endswith(".zip"):
        feats.add("attachment: ZIP")
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip() is not None:
            raise ValueError("bad zip member")
        out = []
        for info in z.infolist():
            out.append(info.filename)
            blob = z.read(info.filename)
            ext = info.filename.rsplit(".", 1)[-1].lower()
            if ext in ("pdf", "docx", "xlsx", "zip"):
                out.append(decode_blob(info.filename, "", blob, feats, depth + 1))
            elif ext == "eml":
                out.append(message_text(BytesParser(policy=policy.default).parsebytes(blob), feats, depth + 1))
            else:
                out.append(blob.decode("utf-8"))
        return "\n".join(out)
    raise ValueError(f"undecodable binary part {ctype} {name}")


def _html_to_text(h):
    t = re.sub(r"(?is)<(script|style).*?</\1>", "", h)
    t = re.sub(r"<[^>]+>", " ", t)
    return htmlmod.unescape(t)


def message_text(msg, feats, depth=0, errors=None):
    errors = errors if errors is not None else []
    out = []
    for h in ("From", "To", "Cc", "Subject"):
        if msg[h] is not None:
            out.append(str(msg[h]))
    if msg.defects:
        errors.append(f"defects: {msg.defects}")

    def visit(part):
        if part.defects:
            errors.append(f"part defects: {part.get_content_type()} {part.defects}")
        ct = part.get_content_type()
        if ct == "message/rfc822":
            feats.add("attachment: message/rfc822")
            fn = part.get_filename()
            if fn:
                out.append(fn)
            inner = part.get_content()
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if inner[h] is None:
                    errors.append(f"nested message lacks {h}")
            out.append(message_text(inner, feats, depth + 1, errors))
            return
        if part.is_multipart():
            feats.add(f"multipart/{part.get_content_subtype()}")
            for sp in part.iter_parts():
                visit(sp)
            return
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        feats.add(f"CTE {cte}")
        fn = part.get_filename()
        if fn:
            out.append(fn)
        content = part.get_content()
        if isinstance(content, str):
            cs = part.get_content_charset()
            if cs:
                feats.add(f"charset {cs}")
            if ct == "text/html":
                out.append(_html_to_text(content))
            else:
                if ct == "text/csv":
                    feats.add("attachment: CSV")
                elif ct == "text/calendar":
                    feats.add("attachment: ICS")
                elif ct in ("text/vcard", "text/x-vcard"):
                    feats.add("attachment: vCard")
                out.append(content)
        else:
            out.append(decode_blob(fn, ct, content, feats, depth))

    visit(msg)
    return "\n".join(out)


def raw_header_block(raw):
    for sep in (b"\r\n\r\n", b"\n\n"):
        i = raw.find(sep)
        if i != -1:
            return re.sub(rb"\r?\n[ \t]+", b" ", raw[:i]).decode("ascii")
    raise ValueError("no header/body separator")


# --------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------

def compact(text):
    t = unicodedata.normalize("NFKC", text).upper()
    return re.sub(r"[\s.\-/]", "", t)


def word_in(needle, hay):
    return re.search(r"(?<![a-z0-9])" + re.escape(needle) + r"(?![a-z0-9])", hay) is not None


def analyse(out_dir, meta, holders):
    """meta: rel path -> dict(kind, ids, nams, names). Returns (errors, features_by_file, lang counts)."""
    errors = []
    feats_by = {}
    texts = {}
    files = sorted(os.path.relpath(os.path.join(dp, f), out_dir).replace(os.sep, "/")
                   for sub in ("positive", "negative")
                   for dp, _, fs in os.walk(os.path.join(out_dir, sub)) for f in fs)
    pos = [f for f in files if f.startswith("positive/")]
    neg = [f for f in files if f.startswith("negative/")]
    if len(pos) != 120 or len(neg) != 180:
        errors.append(f"counts {len(pos)}/{len(neg)}")
    for i, f in enumerate(pos, 1):
        if not re.fullmatch(rf"positive/p{i:03d}_[a-z0-9_]+\.eml", f):
            errors.append(f"bad positive name {f}")
    for i, f in enumerate(neg, 1):
        if not re.fullmatch(rf"negative/n{i:03d}_[a-z0-9_]+\.eml", f):
            errors.append(f"bad negative name {f}")
    with open(os.path.join(out_dir, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    if sorted(labels) != files or list(labels) != sorted(labels):
        errors.append("labels keys do not match files (or are unsorted)")
    for f, lab in labels.items():
        isp = f.startswith("positive/")
        if lab.get("confidential") is not isp:
            errors.append(f"{f}: confidential flag")
        if lab.get("lang") not in ("fr", "en"):
            errors.append(f"{f}: lang")
        if not isinstance(lab.get("note"), str) or not lab["note"]:
            errors.append(f"{f}: note")
        t = lab.get("types")
        if not isinstance(t, list) or any(x not in TYPES for x in t) or len(set(t)) != len(t):
            errors.append(f"{f}: types invalid")
        elif isp and not t:
            errors.append(f"{f}: positive without types")
        elif not isp and t:
            errors.append(f"{f}: negative with types")

    for f in files:
        with open(os.path.join(out_dir, f), "rb") as fh:
            raw = fh.read()
        feats = set()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                errors.append(f"{f}: missing {h}")
        try:
            hdr = raw_header_block(raw)
        except (ValueError, UnicodeDecodeError) as e:
            errors.append(f"{f}: header block {e}")
            hdr = ""
        feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
        if b"\r\n" in raw and re.search(rb"(?<!\r)\n", raw):
            errors.append(f"{f}: mixed line ends")
        if re.search(r"(?mi)^Subject:.*=\?", hdr):
            feats.add("RFC 2047 Subject")
        if re.search(r"(?mi)^(From|To|Cc):.*=\?", hdr):
            feats.add("RFC 2047 display name")
        if b"filename*" in raw:
            feats.add("RFC 2231 file name")
        top = msg.get_content_type()
        if top == "text/plain":
            feats.add("single part text/plain")
        elif top == "text/html":
            feats.add("single part text/html (HTML only)")
        perr = []
        try:
            text = message_text(msg, feats, 0, perr)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{f}: decode failure {type(e).__name__}: {e}")
            text = ""
        errors += [f"{f}: {e}" for e in perr]
        if any(0xFF10 <= ord(c) <= 0xFF3A for c in text):
            feats.add("full-width digits or letters")
        if re.search(r"(?m)^>", text):
            feats.add("quoted reply text")
        feats_by[f] = feats
        texts[f] = text

    holder_by_nam = {h["nam"]: h for h in holders}
    for f in files:
        text = texts[f]
        isp = f.startswith("positive/")
        m = meta.get(f, {})
        lab = labels.get(f, {})
        types = set(lab.get("types", []))
        c = compact(text)
        nfk = unicodedata.normalize("NFKC", text)
        ftext = fold(text)
        found = [n for n in holder_by_nam if n in c]
        if not isp:
            if found:
                errors.append(f"{f}: NAM in a negative")
            for h in holders:
                for form in (f"{h['given']} {h['surname']}", f"{h['surname']} {h['given']}",
                             f"{h['surname']}, {h['given']}"):
                    if word_in(fold(form), ftext):
                        errors.append(f"{f}: holder name {form!r} in a negative")
                if word_in(fold(h["surname"]), ftext):
                    errors.append(f"{f}: holder surname {h['surname']!r} in a negative")
            for t, v in m.get("ids", []):
                errors.append(f"{f}: identifier {t} recorded in a negative")
            continue
        # positives ----------------------------------------------------
        want = {h["nam"] for h in m.get("nams", [])}
        if set(found) != want:
            errors.append(f"{f}: NAMs found {sorted(found)} != recorded {sorted(want)}")
        if ("ramq_nam" in types) != bool(found):
            errors.append(f"{f}: ramq_nam label mismatch")
        for n in found:
            h = holder_by_nam[n]
            if not (word_in(fold(h["given"]), ftext) and word_in(fold(h["surname"]), ftext)):
                errors.append(f"{f}: NAM {n} without holder name")
            if not any(v.lower() in nfk.lower() for v in dob_variants(h["dob"])):
                errors.append(f"{f}: NAM {n} without holder birth date")
            if not re.search(r"(?i)\bsexe?\s*:?\s*" + h["sex"] + r"\b", nfk):
                errors.append(f"{f}: NAM {n} without holder sex")
        rec_types = {t for t, _ in m.get("ids", [])}
        for t in ("ca_sin", "ca_health_number", "be_niss", "fr_nir"):
            if (t in types) != (t in rec_types):
                errors.append(f"{f}: {t} label/record mismatch")
        digits = re.sub(r"\D", "", unicodedata.normalize("NFKC", text))
        for t, v in m.get("ids", []):
            ok = {"ca_sin": ca_sin.is_valid, "be_niss": be_nn.is_valid, "fr_nir": fr_nir.is_valid,
                  "ca_health_number": lambda x: len(x) == 10 and luhn.is_valid(x)}[t](v)
            if not ok:
                errors.append(f"{f}: invalid {t} {v}")
            if v not in digits and v not in c:
                errors.append(f"{f}: {t} {v} not found in decoded text")
        for name in m.get("names", []):
            sur = fold(name.split(" ", 1)[1]) if " " in name else fold(name)
            if not word_in(sur, ftext):
                errors.append(f"{f}: patient surname {name!r} not found")
        if "patient_name" in types and not m.get("names"):
            errors.append(f"{f}: patient_name label without a recorded patient")
    return errors, feats_by, labels


def digest(out_dir):
    h = hashlib.sha256()
    rels = ["labels.json"]
    for sub in ("positive", "negative"):
        rels += [f"{sub}/{f}" for f in os.listdir(os.path.join(out_dir, sub)) if f.endswith(".eml")]
    for rel in sorted(rels):
        with open(os.path.join(out_dir, rel), "rb") as fh:
            data = fh.read()
        h.update(rel.encode("utf-8") + b"\0" + data + b"\0")
    return h.hexdigest()
