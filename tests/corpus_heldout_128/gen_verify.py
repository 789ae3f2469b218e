"""Re-parse the written corpus, decode every part, check labels and
identifiers, compute transport features and the digest."""
import base64
import html as htmlmod
import email
import email.policy
import hashlib
import io
import os
import re
import zipfile
import zlib

from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

import gen_common as C

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir",
         "mrn", "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]
ID_TYPES = {"ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"}


# --------------------------------------------------------------------------
# Decoders
# --------------------------------------------------------------------------
def _pdf_strings(buf):
    out, i, n = [], 0, len(buf)
    while i < n:
        if buf[i:i + 1] == b"(":
            depth, i, cur = 1, i + 1, bytearray()
            while i < n and depth:
                ch = buf[i:i + 1]
                if ch == b"\\":
                    nxt = buf[i + 1:i + 2]
                    if nxt.isdigit():
                        j = i + 1
                        while j < i + 4 and buf[j:j + 1].isdigit():
                            j += 1
                        cur.append(int(buf[i + 1:j], 8) & 0xFF)
                        i = j
                        continue
                    cur += {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}.get(nxt, nxt)
                    i += 2
                    continue
                if ch == b"(":
                    depth += 1
                elif ch == b")":
                    depth -= 1
                    if depth == 0:
                        i += 1
                        break
                cur += ch
                i += 1
            out.append(bytes(cur).decode("cp1252", "replace"))
        else:
            i += 1
    return out


def pdf_text(data):
    if not data.startswith(b"%PDF"):
        raise ValueError("not a PDF")
    texts = []
    rest = data
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        d, s = m.group(1), m.group(2).strip()
        if b"ASCII85Decode" in d:
            s = base64.a85decode(s, adobe=True)
        if b"FlateDecode" in d:
            s = zlib.decompress(s)
        texts.extend(_pdf_strings(s))
    rest = re.sub(rb"stream\r?\n.*?endstream", b"", data, flags=re.S)
    texts.extend(_pdf_strings(rest))
    if not texts:
        raise ValueError("empty PDF")
    return "\n".join(texts)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    out = [d.core_properties.title or ""]
    out += [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out.append(" | ".join(c.text for c in row.cells))
    return "\n".join(out)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in row))
    wb.close()
    return "\n".join(out)


def unfold_ical(s):
    s = re.sub(r"\r?\n[ \t]", "", s)
    return s.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def blob_text(name, data, feats):
    low = name.lower()
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
        zf = zipfile.ZipFile(io.BytesIO(data))
        parts = []
        for info in zf.infolist():
            parts.append(info.filename)
            parts.append(blob_text(info.filename, zf.read(info.filename), feats))
        return "\n".join(parts)
    if low.endswith(".eml"):
        feats.add("attached message/rfc822")
        return message_text(email.message_from_bytes(data, policy=email.policy.default), feats)
    for enc in ("utf-8", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ValueError("undecodable blob " + name)


def message_text(msg, feats, top=False):
    out = []
    for h in ("From", "To", "Cc", "Subject"):
        if msg[h] is not None:
            out.append(str(msg[h]))
    out.append(part_text(msg, feats))
    return "\n".join(out)


def part_text(part, feats):
    ctype = part.get_content_type()
    cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
    cs = part.get_content_charset()
    if cs and part.get_content_maintype() == "text":
        feats.add("charset " + cs)
    if ctype == "message/rfc822":
        feats.add("CTE " + cte)
        feats.add("attached message/rfc822")
        out = [part.get_filename() or ""]
        for inner in part.iter_parts():
            out.append(message_text(inner, feats))
        return "\n".join(out)
    if part.is_multipart():
        if ctype == "multipart/alternative":
            feats.add("multipart/alternative")
        if ctype == "multipart/mixed":
            feats.add("multipart/mixed")
        return "\n".join(part_text(p, feats) for p in part.iter_parts())
    feats.add("CTE " + cte)
    out = []
    fname = part.get_filename()
    if fname:
        out.append(fname)
    content = part.get_content()
    if isinstance(content, str):
        if ctype == "text/html":
            out.append(htmlmod.unescape(re.sub(r"<[^>]+>", " ", content)))
        if ctype in ("text/calendar", "text/vcard"):
            out.append(unfold_ical(content))
        if ctype == "text/calendar":
            feats.add("ICS attachment")
        elif ctype == "text/vcard":
            feats.add("vCard attachment")
        elif ctype == "text/csv":
            feats.add("CSV attachment")
        out.append(content)
    else:
        out.append(blob_text(fname or "x.bin", content, feats))
    return "\n".join(out)


def raw_features(raw, msg, feats):
    head = raw.split(b"\r\n\r\n" if b"\r\n" in raw[:200] else b"\n\n", 1)[0]
    feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    subj = re.search(rb"^Subject:(.*(?:\r?\n[ \t].*)*)", head, re.M | re.I)
    if subj and b"=?" in subj.group(1):
        feats.add("RFC 2047 Subject")
    for h in (rb"From", rb"To", rb"Cc"):
        m = re.search(rb"^" + h + rb":(.*(?:\r?\n[ \t].*)*)", head, re.M)
        if m and b"=?" in m.group(1):
            feats.add("RFC 2047 address name")
    if re.search(rb"filename\*(0\*)?=", raw):
        feats.add("RFC 2231 file name")
    if re.search(rb'filename\*1\*=', raw):
        feats.add("RFC 2231 continuation")
    if re.search(rb'filename="=\?', raw):
        feats.add("RFC 2047 file name")
    top = msg.get_content_type()
    if top == "text/plain":
        feats.add("text/plain only")
    elif top == "text/html":
        feats.add("text/html only")


# --------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------
NAM_RE = re.compile(r"(?<![A-Z])([A-Z]{4})((?:[ .\-/]{0,2}\d){8})(?!\d)")


def nam_shaped(digits):
    mm, dd = int(digits[2:4]), int(digits[4:6])
    return (1 <= mm <= 12 or 51 <= mm <= 62) and 1 <= dd <= 31


def compact(s):
    return re.sub(r"[^0-9a-z]", "", C.fold(s))


def squash(s):
    return re.sub(r"\s+", " ", C.fold(s))


def id_valid(kind, value):
    v = re.sub(r"[^0-9A-Za-z]", "", C.fold(value)).upper()
    if kind == "ca_sin":
        return ca_sin.is_valid(v)
    if kind == "be_niss":
        return be_nn.is_valid(v)
    if kind == "fr_nir":
        return fr_nir.is_valid(v)
    if kind == "ca_health_number":
        return C.ohip_valid(v[:10]) and v[:10].isdigit()
    if kind == "ramq_nam":
        return bool(re.fullmatch(r"[A-Z]{4}\d{8}", v))
    if kind == "mrn":
        return len(v) >= 5
    return False


def verify(outdir, labels, meta):
    errors = []
    nam_rows = C.load_nams()
    by_nam = {r["nam"]: r for r in nam_rows}
    feature_counts = {}
    files = []
    for sub in ("positive", "negative"):
        for fn in sorted(os.listdir(os.path.join(outdir, sub))):
            files.append(sub + "/" + fn)
    pos = [f for f in files if f.startswith("positive/")]
    neg = [f for f in files if f.startswith("negative/")]
    if len(pos) != 120 or len(neg) != 180:
        errors.append("counts %d/%d" % (len(pos), len(neg)))
    for i, f in enumerate(pos, 1):
        if not re.fullmatch(r"positive/p%03d_[a-z0-9_]+\.eml" % i, f):
            errors.append("bad positive name " + f)
    for i, f in enumerate(neg, 1):
        if not re.fullmatch(r"negative/n%03d_[a-z0-9_]+\.eml" % i, f):
            errors.append("bad negative name " + f)
    if sorted(labels) != sorted(files) or list(labels) != sorted(labels):
        errors.append("labels keys do not match files / not sorted")
    msgids = set()
    for f in files:
        lab = labels.get(f)
        if lab is None:
            continue
        isp = f.startswith("positive/")
        if set(lab) != {"confidential", "types", "lang", "note"}:
            errors.append(f + ": label keys")
        if lab["confidential"] is not isp:
            errors.append(f + ": confidential flag")
        if isp and not lab["types"]:
            errors.append(f + ": positive without types")
        if not isp and lab["types"]:
            errors.append(f + ": negative with types")
        if any(t not in TYPES for t in lab["types"]) or len(set(lab["types"])) != len(lab["types"]):
            errors.append(f + ": unknown/duplicate type")
        if lab["lang"] not in ("fr", "en"):
            errors.append(f + ": lang")
        if not lab["note"]:
            errors.append(f + ": empty note")
        raw = open(os.path.join(outdir, f), "rb").read()
        feats = set()
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if not msg[h] or not str(msg[h]).strip():
                    errors.append(f + ": missing header " + h)
            mid = str(msg["Message-ID"])
            if mid in msgids:
                errors.append(f + ": duplicate Message-ID")
            msgids.add(mid)
            for part in msg.walk():
                if part.defects:
                    errors.append(f + ": defects %r" % part.defects)
            if max(len(x) for x in raw.splitlines()) > 998:
                errors.append(f + ": line longer than 998 octets")
            raw_features(raw, msg, feats)
            text = message_text(msg, feats, top=True)
        except Exception as exc:  # noqa
            errors.append(f + ": parse/decode failure %r" % exc)
            continue
        for ft in feats:
            feature_counts[ft] = feature_counts.get(ft, 0) + 1
        m = meta.get(f, {})
        folded = squash(text)
        comp = compact(text)
        upper = squash(text).upper()
        found = {mm.group(1) + re.sub(r"\D", "", mm.group(2)) for mm in NAM_RE.finditer(upper)}
        found = {x for x in found if nam_shaped(x[4:])}
        for nam in found:
            if nam not in by_nam:
                errors.append(f + ": NAM-like token not from list: " + nam)
                continue
            if not isp:
                errors.append(f + ": NAM in a negative")
                continue
            if nam not in m.get("nams", []):
                errors.append(f + ": unrecorded NAM " + nam)
        for nam in m.get("nams", []):
            r = by_nam.get(nam)
            if r is None:
                errors.append(f + ": recorded NAM not in list")
                continue
            if nam not in found:
                errors.append(f + ": recorded NAM not found in text " + nam)
            if C.fold(r["surname"]) not in folded or C.fold(r["given"]) not in folded:
                errors.append(f + ": NAM without holder name " + nam)
            if not any(x in folded for x in C.dob_renderings(r["dob"])):
                errors.append(f + ": NAM without holder birth date " + nam)
            if "ramq_nam" not in lab["types"] or "date_of_birth" not in lab["types"]:
                errors.append(f + ": NAM types not labelled")
        recorded_types = set()
        for kind, value in m.get("ids", []):
            recorded_types.add(kind)
            if kind not in lab["types"]:
                errors.append(f + ": id type %s not labelled" % kind)
            if compact(value) not in comp:
                errors.append(f + ": id %s not found in text" % kind)
            if isp and not id_valid(kind, value):
                errors.append(f + ": invalid %s %s" % (kind, value))
        if m.get("nams"):
            recorded_types.add("ramq_nam")
        for t in lab["types"]:
            if t in ID_TYPES and t not in recorded_types:
                errors.append(f + ": labelled %s but none recorded" % t)
        for nm in m.get("names", []):
            if C.fold(nm) not in folded:
                errors.append(f + ": recorded name not found: " + nm)
            for tok in re.split(r"[ ,]+", C.fold(nm)):
                if len(tok) > 2 and re.search(r"\b" + re.escape(tok) + r"\b", C.fold(lab["note"])):
                    errors.append(f + ": note contains a name")
        if not isp:
            for r in nam_rows:
                g, s = C.fold(r["given"]), C.fold(r["surname"])
                for pat in (g + " " + s, s + " " + g, s + ", " + g, g[0] + ". " + s):
                    if re.search(r"\b" + re.escape(pat) + r"\b", folded):
                        errors.append(f + ": NAM holder name in negative: " + pat)
        for r in nam_rows:
            g, s = C.fold(r["given"]), C.fold(r["surname"])
            if re.search(r"\b" + re.escape(s) + r"\b", C.fold(lab["note"])) and \
                    re.search(r"\b" + re.escape(g) + r"\b", C.fold(lab["note"])):
                errors.append(f + ": note names a NAM holder")
    return errors, feature_counts


def digest(outdir):
    h = hashlib.sha256()
    rels = []
    for sub in ("positive", "negative"):
        for fn in os.listdir(os.path.join(outdir, sub)):
            if fn.endswith(".eml"):
                rels.append(sub + "/" + fn)
    rels.append("labels.json")
    for rel in sorted(rels):
        h.update(rel.encode("utf-8"))
        h.update(b"\0")
        with open(os.path.join(outdir, rel), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()
