"""Re-parse every written file, decode every part and check labels and rules."""
import base64
import email
import email.policy
import hashlib
import html
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib

from gen_common import (PAT_GIVEN_F, PAT_GIVEN_M, PAT_SURNAMES, STAFF_GIVEN_F, STAFF_GIVEN_M, STAFF_SURNAMES,
                        fold, load_nams, valid_id)

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]
ID_TYPES = ["ca_sin", "ca_health_number", "be_niss", "fr_nir"]


# ---------------------------------------------------------------- decoders

def _pdf_literal(s):
    out, i = bytearray(), 0
    while i < len(s):
        c = s[i]
        if c == 0x5C and i + 1 < len(s):
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
        out.append(c)
        i += 1
    return out.decode("cp1252", "replace")


def pdf_text(data):
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
        raise ValueError("not a complete PDF")
    texts = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        head, raw = m.group(1), m.group(2)
        filters = re.findall(rb"/(ASCII85Decode|FlateDecode)", head)
        for f in filters:
            if f == b"ASCII85Decode":
                raw = raw.strip()
                if raw.endswith(b"~>"):
                    raw = raw[:-2]
                if raw.startswith(b"<~"):
                    raw = raw[2:]
                raw = base64.a85decode(raw)
            else:
                raw = zlib.decompress(raw)
        for lit in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw, re.S):
            texts.append(_pdf_literal(lit.group(1)))
    text = "\n".join(texts)
    if not text.strip():
        raise ValueError("PDF without text")
    return text


def _xml_text(blob):
    s = blob.decode("utf-8")
    s = re.sub(r"</w:p>|</row>|</si>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def ooxml_text(data, kind):
    z = zipfile.ZipFile(io.BytesIO(data))
    if z.testzip() is not None:
        raise ValueError("corrupt OOXML")
    names = z.namelist()
    parts = []
    if kind == "docx":
        parts.append(_xml_text(z.read("word/document.xml")))
    else:
        if "xl/sharedStrings.xml" in names:
            parts.append(_xml_text(z.read("xl/sharedStrings.xml")))
        for n in sorted(names):
            if n.startswith("xl/worksheets/") and n.endswith(".xml"):
                parts.append(_xml_text(z.read(n)))
    parts.append(_xml_text(z.read("docProps/core.xml")))
    return "\n".join(parts)


def blob_text(name, data, depth, feats):
    low = name.lower()
    if low.endswith(".pdf"):
        feats.add("PDF attachment")
        return pdf_text(data)
    if low.endswith(".docx"):
        feats.add("DOCX attachment")
        return ooxml_text(data, "docx")
    if low.endswith(".xlsx"):
        feats.add("XLSX attachment")
        return ooxml_text(data, "xlsx")
    if low.endswith(".zip"):
        feats.add("ZIP attachment")
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip() is not None:
            raise ValueError("corrupt zip")
        out = []
        for info in z.infolist():
            out.append(info.filename)
            out.append(blob_text(info.filename, z.read(info.filename), depth + 1, feats))
        return "\n".join(out)
    if low.endswith(".eml"):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        return message_text(msg, depth + 1, feats)
    for enc in ("utf-8", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ValueError("undecodable member " + name)


def _check_defects(part):
    if part.defects:
        raise ValueError("MIME defects: %r" % part.defects)
    for k, v in part.items():
        if getattr(v, "defects", None):
            raise ValueError("header defects in %s: %r" % (k, v.defects))


def part_text(part, depth, feats):
    _check_defects(part)
    ct = part.get_content_type()
    out = []
    fn = part.get_filename()
    if fn:
        out.append(fn)
    cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
    if not part.is_multipart() or ct == "message/rfc822":
        feats.add("CTE " + cte)
    if ct == "message/rfc822":
        feats.add("attached message/rfc822")
        inner = part.get_payload(0)
        out.append(message_text(inner, depth + 1, feats))
        return "\n".join(out)
    if part.is_multipart():
        feats.add(ct)
        for sp in part.iter_parts():
            out.append(part_text(sp, depth, feats))
        return "\n".join(out)
    content = part.get_content()
    if ct.startswith("text/"):
        cs = part.get_content_charset()
        if cs:
            feats.add("charset " + cs)
        if ct == "text/calendar":
            feats.add("ICS attachment")
        elif ct in ("text/vcard", "text/x-vcard"):
            feats.add("vCard attachment")
        elif ct == "text/csv":
            feats.add("CSV attachment")
        if ct == "text/html":
            feats.add("HTML part")
            content = html.unescape(re.sub(r"<[^>]+>", " ", content))
        out.append(content)
        return "\n".join(out)
    out.append(blob_text(fn or "", content, depth, feats))
    return "\n".join(out)


def message_text(msg, depth, feats):
    _check_defects(msg)
    out = []
    for h in ("From", "To", "Cc", "Subject"):
        if msg[h] is not None:
            out.append(str(msg[h]))
    out.append(part_text(msg, depth, feats))
    return "\n".join(out)


def compact(text):
    return re.sub(r"[^0-9A-Z]", "", unicodedata.normalize("NFKC", text).upper())


def digest(out_dir):
    h = hashlib.sha256()
    rels = []
    for sub in ("positive", "negative"):
        rels += ["%s/%s" % (sub, f) for f in os.listdir(os.path.join(out_dir, sub)) if f.endswith(".eml")]
    rels.append("labels.json")
    for rel in sorted(rels):
        with open(os.path.join(out_dir, rel), "rb") as fh:
            h.update(rel.encode() + b"\0" + fh.read() + b"\0")
    return h.hexdigest()


# ---------------------------------------------------------------- checks

def verify(out_dir, meta):
    """meta: rel path -> spec (with ids, nams, people). Returns (failures, features per file)."""
    fails = []
    nams = load_nams()
    nam_set = {n["nam"]: n for n in nams}
    # pools are disjoint from the NAM holders
    holder_words = {fold(n["surname"]) for n in nams} | {fold(n["given"]) for n in nams}
    for w in STAFF_SURNAMES + STAFF_GIVEN_F + STAFF_GIVEN_M:
        if fold(w) in holder_words:
            fails.append("staff pool uses a NAM holder name: " + w)
    for w in PAT_SURNAMES:
        if fold(w) in {fold(n["surname"]) for n in nams}:
            fails.append("patient pool uses a NAM holder surname: " + w)
    with open(os.path.join(out_dir, "labels.json"), encoding="utf-8") as fh:
        raw = fh.read()
    labels = json.loads(raw)
    if list(labels) != sorted(labels):
        fails.append("labels.json keys not sorted")
    files = []
    for sub in ("positive", "negative"):
        files += ["%s/%s" % (sub, f) for f in sorted(os.listdir(os.path.join(out_dir, sub))) if f.endswith(".eml")]
    pos = [f for f in files if f.startswith("positive/")]
    neg = [f for f in files if f.startswith("negative/")]
    if len(pos) != 120 or len(neg) != 180:
        fails.append("counts %d/%d" % (len(pos), len(neg)))
    if set(files) != set(labels):
        fails.append("labels and files differ")
    for i, f in enumerate(pos):
        if not re.match(r"positive/p%03d_[a-z_]+\.eml$" % (i + 1), f):
            fails.append("bad name " + f)
    for i, f in enumerate(neg):
        if not re.match(r"negative/n%03d_[a-z_]+\.eml$" % (i + 1), f):
            fails.append("bad name " + f)
    all_people = []
    for rel in pos:
        all_people += meta[rel]["people"]
    feats_by_file = {}
    mids = set()
    texts = {}
    for rel in files:
        lab = labels.get(rel, {})
        with open(os.path.join(out_dir, rel), "rb") as fh:
            data = fh.read()
        feats = set()
        feats.add("CRLF line ends" if b"\r\n" in data else "LF line ends")
        try:
            msg = email.message_from_bytes(data, policy=email.policy.default)
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if msg[h] is None:
                    fails.append("%s: missing %s" % (rel, h))
            if msg["Message-ID"] in mids:
                fails.append("%s: duplicate Message-ID" % rel)
            mids.add(msg["Message-ID"])
            if msg["Date"].datetime is None:
                fails.append("%s: bad Date" % rel)
            text = message_text(msg, 0, feats)
        except Exception as e:  # noqa: BLE001
            fails.append("%s: decode failure %r" % (rel, e))
            continue
        head = data.split(b"\r\n\r\n" if b"\r\n\r\n" in data else b"\n\n", 1)[0]
        hdr_lines = re.split(rb"\r?\n(?=\S)", head)
        for line in hdr_lines:
            if line.lower().startswith(b"subject:") and b"=?" in line:
                feats.add("RFC 2047 Subject")
            if re.match(rb"(?i)(from|to|cc):", line) and b"=?" in line:
                feats.add("RFC 2047 names")
        if b"filename*=" in data or b"name*=" in data:
            feats.add("RFC 2231 file names")
        top = msg.get_content_type()
        feats.add({"text/plain": "text/plain only", "text/html": "HTML only"}.get(top, top))
        if re.search(r"(?m)^> ", text) or "blockquote" in data.decode("latin-1"):
            feats.add("quoted reply")
        if "Message transféré" in text or "Forwarded message" in text:
            feats.add("inline forward")
        if re.search("[\uff10-\uff19]", text):
            feats.add("full-width digits")
        feats_by_file[rel] = feats
        texts[rel] = text
        m = meta[rel]
        # labels
        if lab.get("lang") not in ("fr", "en") or not lab.get("note"):
            fails.append("%s: bad lang/note" % rel)
        is_pos = rel.startswith("positive/")
        if lab.get("confidential") is not is_pos:
            fails.append("%s: confidential flag" % rel)
        types = lab.get("types", [])
        if is_pos and (not types or any(t not in TYPES for t in types)):
            fails.append("%s: bad types %r" % (rel, types))
        if not is_pos and types:
            fails.append("%s: negative with types" % rel)
        comp = compact(text)
        ftext = fold(text)
        found = sorted(n for n in nam_set if n in comp)
        if not is_pos:
            if found:
                fails.append("%s: NAM in a negative" % rel)
            for n in nams:
                for w in (n["surname"],):
                    if re.search(r"\b%s\b" % re.escape(fold(w)), ftext):
                        fails.append("%s: NAM holder surname %s in a negative" % (rel, w))
                if fold(n["given"] + " " + n["surname"]) in ftext or fold(n["surname"] + ", " + n["given"]) in ftext:
                    fails.append("%s: NAM holder name in a negative" % rel)
            for p in all_people:
                if fold(p["given"] + " " + p["surname"]) in ftext or fold(p["surname"] + ", " + p["given"]) in ftext:
                    fails.append("%s: positive patient's name in a negative" % rel)
            continue
        # positives
        expected = sorted({x["holder"]["nam"] for x in m["nams"]})
        if found != expected:
            fails.append("%s: NAMs found %r, expected %r" % (rel, found, expected))
        if bool(found) != ("ramq_nam" in types):
            fails.append("%s: ramq_nam label mismatch" % rel)
        for x in m["nams"]:
            hd = x["holder"]
            if fold(hd["surname"]) not in ftext or fold(hd["given"]) not in ftext:
                fails.append("%s: NAM without holder name" % rel)
            if x["dob_text"] not in text:
                fails.append("%s: NAM without birth date" % rel)
            if not re.search(r"(?<![A-Za-z])%s(?![A-Za-z])" % hd["sex"], text):
                fails.append("%s: NAM without sex" % rel)
        for kind, value in m["ids"]:
            if not valid_id(kind, value):
                fails.append("%s: invalid %s %s" % (rel, kind, value))
            digits = re.sub(r"\D", "", unicodedata.normalize("NFKC", value))
            if digits not in comp and unicodedata.normalize("NFKC", value) not in unicodedata.normalize("NFKC", text):
                fails.append("%s: %s not found in text" % (rel, kind))
            if kind not in types:
                fails.append("%s: %s not labelled" % (rel, kind))
        for kind in ID_TYPES:
            if kind in types and not any(k == kind for k, _ in m["ids"]):
                fails.append("%s: %s labelled without a value" % (rel, kind))
        if "patient_name" in types:
            names = [p["surname"] for p in m["people"]] + [x["holder"]["surname"] for x in m["nams"]]
            if not any(fold(s) in ftext for s in names):
                fails.append("%s: patient_name labelled but no name found" % rel)
    return fails, feats_by_file
