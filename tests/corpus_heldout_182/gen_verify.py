"""Re-parse every written file, decode every part, and check the corpus."""
import email
import email.policy
import html as htmlmod
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib

import gen_common as C

REQUIRED = ["From", "To", "Subject", "Date", "Message-ID"]


# --------------------------------------------------------------------------
# Decoders
# --------------------------------------------------------------------------
def _pdf_unescape(b):
    out = bytearray()
    i = 0
    while i < len(b):
        ch = b[i]
        if ch == 0x5C and i + 1 < len(b):
            nx = b[i + 1]
            if 0x30 <= nx <= 0x37:
                j = i + 1
                digs = b""
                while j < len(b) and len(digs) < 3 and 0x30 <= b[j] <= 0x37:
                    digs += bytes([b[j]])
                    j += 1
                out.append(int(digs, 8) & 0xFF)
                i = j
                continue
            out += {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b",
                    ord("f"): b"\f"}.get(nx, bytes([nx]))
            i += 2
            continue
        out.append(ch)
        i += 1
    return bytes(out).decode("cp1252", "replace")


STR_RE = re.compile(rb"\(((?:\\.|[^\\()])*)\)")


def pdf_text(data):
    if not data.startswith(b"%PDF"):
        raise ValueError("not a PDF")
    texts = []
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        blob = m.group(1)
        head = data[max(0, m.start() - 300):m.start()]
        if b"/FlateDecode" in head.split(b"obj")[-1]:
            blob = zlib.decompress(blob)
        for line in blob.split(b"\n"):
            if b"Tj" in line or b"TJ" in line:
                texts.append("".join(_pdf_unescape(s) for s in STR_RE.findall(line)))
    for m in re.finditer(rb"/(?:Title|Author|Subject) \(((?:\\.|[^\\()])*)\)", data):
        texts.append(_pdf_unescape(m.group(1)))
    if not texts:
        raise ValueError("PDF without text")
    return "\n".join(texts)


def xml_text(xml):
    xml = re.sub(r"</w:p>|</row>|</si>", "\n", xml)
    xml = re.sub(r"<[^>]+>", " ", xml)
    return htmlmod.unescape(xml)


def ooxml_text(data, kind):
    z = zipfile.ZipFile(io.BytesIO(data))
    names = z.namelist()
    out = []
    if kind == "docx":
        if "word/document.xml" not in names:
            raise ValueError("docx without document.xml")
        out.append(xml_text(z.read("word/document.xml").decode("utf-8")))
    else:
        if "xl/workbook.xml" not in names:
            raise ValueError("xlsx without workbook.xml")
        for n in names:
            if n == "xl/sharedStrings.xml" or n.startswith("xl/worksheets/sheet"):
                out.append(xml_text(z.read(n).decode("utf-8")))
    if "docProps/core.xml" in names:
        out.append(xml_text(z.read("docProps/core.xml").decode("utf-8")))
    return "\n".join(out)


def file_text(name, data, feats, depth=0):
    low = name.lower()
    if low.endswith(".pdf"):
        feats.add("attachment: PDF")
        return pdf_text(data)
    if low.endswith(".docx"):
        feats.add("attachment: DOCX")
        return ooxml_text(data, "docx")
    if low.endswith(".xlsx"):
        feats.add("attachment: XLSX")
        return ooxml_text(data, "xlsx")
    if low.endswith(".zip"):
        feats.add("attachment: ZIP")
        z = zipfile.ZipFile(io.BytesIO(data))
        out = []
        for info in z.infolist():
            out.append(info.filename)
            out.append(file_text(info.filename, z.read(info.filename), feats, depth + 1))
        return "\n".join(out)
    if low.endswith(".eml"):
        inner = email.message_from_bytes(data, policy=email.policy.default)
        return "\n".join(walk(inner, feats, depth + 1))
    for enc in ("utf-8", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ValueError("undecodable member " + name)


def html_to_text(h):
    h = re.sub(r"(?is)<(script|style).*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</li>|</h\d>", "\n", h)
    h = re.sub(r"(?i)</td>|</th>", " | ", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return htmlmod.unescape(h)


def walk(msg, feats, depth=0):
    """Return decoded text of all headers, parts and attachments."""
    out = []
    for h in REQUIRED:
        if msg[h] is None:
            raise ValueError(f"missing header {h} (depth {depth})")
    for h in ("From", "To", "Cc", "Subject"):
        if msg[h] is not None:
            out.append(str(msg[h]))
    out.extend(walk_part(msg, feats, depth))
    return out


def walk_part(part, feats, depth):
    if part.defects:
        raise ValueError(f"defects: {part.defects}")
    ct = part.get_content_type()
    fn = part.get_filename()
    out = [fn] if fn else []
    if ct == "message/rfc822":
        feats.add("attachment: message/rfc822")
        inner = part.get_content()
        return out + walk(inner, feats, depth + 1)
    if part.is_multipart():
        if depth == 0:
            feats.add(ct)
        for sp in part.iter_parts():
            out.extend(walk_part(sp, feats, depth))
        return out
    cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
    if depth == 0:
        feats.add(f"CTE {cte}")
    if ct.startswith("text/") and not fn:
        cs = part.get_content_charset()
        if depth == 0 and cs:
            feats.add(f"charset {cs}")
        txt = part.get_content()
        out.append(html_to_text(txt) if ct == "text/html" else txt)
        return out
    data = part.get_content()
    if isinstance(data, str):
        if ct == "text/csv":
            feats.add("attachment: CSV")
        elif ct == "text/calendar":
            feats.add("attachment: ICS")
        elif ct == "text/vcard":
            feats.add("attachment: vCard")
        out.append(data)
        return out
    out.append(file_text(fn or "", data, feats, depth))
    return out


def raw_features(raw, msg):
    f = set()
    f.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    head = raw.split(b"\r\n\r\n" if b"\r\n" in raw else b"\n\n", 1)[0]
    hl = re.split(rb"\r?\n(?![ \t])", head)
    for line in hl:
        name = line.split(b":", 1)[0].lower()
        if name == b"subject" and b"=?" in line:
            f.add("RFC 2047 Subject")
        if name in (b"from", b"to", b"cc") and b"=?" in line:
            f.add("RFC 2047 names")
    if re.search(rb"filename\*(0\*?)?=", raw):
        f.add("RFC 2231 file names")
    top = msg.get_content_type()
    if top == "text/plain":
        f.add("single part text/plain")
    if top == "text/html":
        f.add("single part text/html")
    return f


# --------------------------------------------------------------------------
# Normalisers
# --------------------------------------------------------------------------
def compact(s):
    s = unicodedata.normalize("NFKC", s).upper()
    return re.sub(r"[\s.\-/_]", "", s)


def words(s):
    s = unicodedata.normalize("NFKC", s)
    s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    s = re.sub(r"[^0-9a-z]+", " ", s.lower())
    return f" {s.strip()} "


def name_forms(p):
    g, s = words(p.given).strip(), words(p.surname).strip()
    return [f" {g} {s} ", f" {s} {g} ", f" {g[0]} {s} "]


SEX_RE = {
    "F": re.compile(r"(?i)\b(sexe?\s*:?\s*F|F\b|femme|female|féminin)"),
    "M": re.compile(r"(?i)\b(sexe?\s*:?\s*M|M\b|homme|male|masculin)"),
}


# --------------------------------------------------------------------------
def verify(out_dir, specs):
    errors = []
    feats_by_file = {}
    lab = json.load(open(os.path.join(out_dir, "labels.json"), encoding="utf-8"))
    files = sorted([f"positive/{f}" for f in os.listdir(os.path.join(out_dir, "positive"))]
                   + [f"negative/{f}" for f in os.listdir(os.path.join(out_dir, "negative"))])
    if sorted(lab) != files:
        errors.append("labels.json keys differ from files")
    if list(lab) != sorted(lab):
        errors.append("labels.json not sorted")
    npos = sum(1 for f in files if f.startswith("positive/"))
    nneg = sum(1 for f in files if f.startswith("negative/"))
    if (npos, nneg) != (120, 180):
        errors.append(f"counts {npos}/{nneg}")
    holders = C.load_nams()
    nam_set = {h.nam: h for h in holders}
    banned_note = {words(h.surname).strip() for h in holders}
    banned_note |= {words(s).strip() for s in C.STAFF_SURNAMES + C.PAT_SURNAMES_FR
                    + C.PAT_SURNAMES_EN + C.PAT_SURNAMES_BE + C.PAT_SURNAMES_FRA}
    for rel, spec in specs.items():
        L = lab.get(rel)
        if L is None:
            errors.append(f"{rel}: unlabelled")
            continue
        if L["lang"] not in ("fr", "en"):
            errors.append(f"{rel}: lang")
        if set(words(L["note"]).split()) & banned_note:
            errors.append(f"{rel}: note contains a name")
        pos = rel.startswith("positive/")
        if L["confidential"] != pos:
            errors.append(f"{rel}: confidential flag")
        if pos:
            if not L["types"] or not set(L["types"]) <= set(C.FINDING_TYPES):
                errors.append(f"{rel}: bad types {L['types']}")
            ident = {"patient_name", "ramq_nam", "ca_sin", "ca_health_number", "be_niss",
                     "fr_nir", "mrn"}
            if not (set(L["types"]) & ident) or not (set(L["types"]) - ident):
                errors.append(f"{rel}: needs identity and personal info {L['types']}")
        elif L["types"]:
            errors.append(f"{rel}: negative with types")
        raw = open(os.path.join(out_dir, rel), "rb").read()
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            feats = raw_features(raw, msg)
            text = "\n".join(walk(msg, feats))
        except Exception as e:  # noqa: BLE001
            errors.append(f"{rel}: decode failure {e!r}")
            continue
        feats_by_file[rel] = feats
        comp = compact(text)
        wtext = words(text)
        found_nams = [n for n in nam_set if n in comp]
        if not pos:
            if found_nams:
                errors.append(f"{rel}: NAM in negative")
            for h in holders:
                if any(f in wtext for f in name_forms(h)):
                    errors.append(f"{rel}: NAM holder name in negative ({h.surname})")
            continue
        # --- positives
        kinds = {k for k, _ in spec.ids}
        for t in ("ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"):
            if (t in L["types"]) != (t in kinds):
                errors.append(f"{rel}: type {t} vs recorded ids")
        for kind, v in spec.ids:
            if compact(v) not in comp:
                errors.append(f"{rel}: {kind} {v} not found in text")
            if not C.check_id(kind, v):
                errors.append(f"{rel}: {kind} {v} invalid")
        for n in found_nams:
            h = nam_set[n]
            if n not in {v for k, v in spec.ids if k == "ramq_nam"}:
                errors.append(f"{rel}: unrecorded NAM {n}")
            if not (f" {words(h.surname).strip()} " in wtext and f" {words(h.given).strip()} " in wtext):
                errors.append(f"{rel}: NAM {n} without holder name")
            if not any(v in text for v in C.dob_variants(h.dob)):
                errors.append(f"{rel}: NAM {n} without birth date")
            if not SEX_RE[h.sex].search(text):
                errors.append(f"{rel}: NAM {n} without sex")
        for p in spec.nam_patients:
            h = nam_set.get(p.nam)
            if h is None or (h.given, h.surname, h.dob, h.sex) != (p.given, p.surname, p.dob, p.sex):
                errors.append(f"{rel}: NAM used with wrong holder data")
        if ("patient_name" in L["types"]) != bool(spec.names):
            errors.append(f"{rel}: patient_name vs recorded names")
        for p in spec.names:
            if f" {words(p.surname).strip()} " not in wtext and words(p.surname).strip() not in comp.lower():
                errors.append(f"{rel}: patient surname {p.surname} not found")
    return errors, feats_by_file
