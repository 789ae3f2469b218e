"""Re-parse every message, decode every part, check labels / NAM placement / identifiers, compute the digest."""
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

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

import gen_common as C

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]
ID_TYPES = {"ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"}


class CheckError(Exception):
    pass


# ---------------------------------------------------------------- decoders
def _pdf_unescape(s):
    out, i = bytearray(), 0
    while i < len(s):
        ch = s[i]
        if ch == 0x5C and i + 1 < len(s):
            n = s[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                while j < len(s) and j < i + 4 and 0x30 <= s[j] <= 0x37:
                    j += 1
                out.append(int(s[i + 1:j], 8) & 0xFF)
                i = j
                continue
            out.append({0x6E: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12}.get(n, n))
            i += 2
            continue
        out.append(ch)
        i += 1
    return out.decode("cp1252", "replace")


def pdf_text(data):
    if not data.startswith(b"%PDF"):
        raise CheckError("not a PDF")
    chunks = [data]
    for mt in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        d, raw = mt.group(1), mt.group(2)
        if b"ASCII85Decode" in d:
            raw = raw.strip()
            if raw.endswith(b"~>"):
                raw = raw[:-2]
            raw = base64.a85decode(raw)
        if b"FlateDecode" in d:
            raw = zlib.decompress(raw)
        chunks.append(raw)
    lines = []
    for ch in chunks:
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*(Tj|')", ch, re.S):
            lines.append(_pdf_unescape(s.group(1)))
    if not lines:
        raise CheckError("PDF without text")
    return "\n".join(lines)


def ooxml_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    names = z.namelist()
    if "[Content_Types].xml" not in names:
        raise CheckError("not OOXML")
    out = []
    for n in names:
        if n.startswith(("word/document", "xl/sharedStrings", "xl/worksheets/sheet")) and n.endswith(".xml"):
            x = z.read(n).decode("utf-8")
            x = re.sub(r"<w:(br|cr)\b[^>]*/>", "\n", x)
            x = re.sub(r"<w:tab\b[^>]*/>", "\t", x)
            x = re.sub(r"</(w:p|si|row|w:tr)>", "\n", x)
            x = re.sub(r"</(w:tc|c)>", " | ", x)
            x = re.sub(r"<[^>]+>", "", x)
            out.append(html.unescape(x))
    return "\n".join(out)


def html_text(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</h\d>|</blockquote>", "\n", s)
    s = re.sub(r"(?i)</t[dh]>", " | ", s)
    return html.unescape(re.sub(r"<[^>]+>", "", s))


def blob_text(name, ctype, data, feats, depth=0):
    lname = (name or "").lower()
    if ctype == "application/pdf" or lname.endswith(".pdf"):
        feats.add("PDF attachment")
        return pdf_text(data)
    if "wordprocessingml" in ctype or lname.endswith(".docx"):
        feats.add("DOCX attachment")
        return ooxml_text(data)
    if "spreadsheetml" in ctype or lname.endswith(".xlsx"):
        feats.add("XLSX attachment")
        return ooxml_text(data)
    if ctype == "application/zip" or lname.endswith(".zip"):
        feats.add("ZIP attachment")
        z = zipfile.ZipFile(io.BytesIO(data))
        parts = []
        for info in z.infolist():
            if info.date_time != (2025, 1, 2, 8, 0, 0):
                raise CheckError("ZIP member time not fixed")
            parts.append(info.filename)
            parts.append(blob_text(info.filename, "", z.read(info.filename), feats, depth + 1))
        return "\n".join(parts)
    if lname.endswith(".eml"):
        return message_text(email.message_from_bytes(data, policy=email.policy.default), feats, depth + 1)
    if lname.endswith((".csv", ".txt", ".ics", ".vcf")) or ctype.startswith("text/"):
        if lname.endswith(".csv"):
            feats.add("CSV attachment")
        for enc in ("utf-8-sig", "cp1252"):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                pass
    raise CheckError("cannot decode attachment %r (%s)" % (name, ctype))


def unfold(s):
    """RFC 5545 / 6350 unfolding and unescaping."""
    s = re.sub(r"\r?\n[ \t]", "", s)
    return s.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def part_text(part, feats, depth, in_alt=False):
    ctype = part.get_content_type()
    out = []
    fn = part.get_filename()
    if fn:
        out.append(fn)
    if part.is_multipart() and ctype.startswith("multipart/"):
        feats.add(ctype)
        for sub in part.iter_parts():
            out.append(part_text(sub, feats, depth, in_alt=(ctype == "multipart/alternative")))
        return "\n".join(out)
    if ctype == "message/rfc822":
        feats.add("attached message/rfc822")
        inner = part.get_content()
        out.append(message_text(inner, feats, depth + 1))
        return "\n".join(out)
    cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
    feats.add("CTE " + cte)
    cs = part.get_content_charset()
    if ctype.startswith("text/") and cs:
        feats.add("charset " + cs)
    if ctype == "text/plain" and not fn:
        out.append(part.get_content())
    elif ctype == "text/html" and not fn:
        if not in_alt:
            feats.add("HTML-only body")
        out.append(html_text(part.get_content()))
    elif ctype == "text/calendar":
        feats.add("ICS attachment")
        out.append(unfold(part.get_content()))
    elif ctype in ("text/vcard", "text/x-vcard"):
        feats.add("vCard attachment")
        out.append(unfold(part.get_content()))
    else:
        data = part.get_payload(decode=True)
        out.append(blob_text(fn, ctype, data, feats, depth))
    return "\n".join(out)


def message_text(msg, feats, depth=0):
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            raise CheckError("missing header " + h)
    heads = [str(msg[h]) for h in ("From", "To", "Cc", "Subject") if msg[h] is not None]
    return "\n".join(heads) + "\n" + part_text(msg, feats, depth)


# ---------------------------------------------------------------- normalisation helpers
def norm_words(s):
    s = unicodedata.normalize("NFKC", s)
    s = C.strip_accents(s).casefold()
    return re.sub(r"\s+", " ", s)


def norm_compact(s):
    s = unicodedata.normalize("NFKC", s).upper()
    return re.sub(r"[\s.\-/|_]", "", s)


def word_in(word, text):
    return re.search(r"(?<![a-z0-9])" + re.escape(word) + r"(?![a-z0-9])", text) is not None


def id_valid(kind, v):
    if kind == "ca_sin":
        return ca_sin.is_valid(v)
    if kind == "ca_health_number":
        return C.ohn_valid(v)
    if kind == "be_niss":
        return be_nn.is_valid(v)
    if kind == "fr_nir":
        return fr_nir.is_valid(v)
    if kind == "ramq_nam":
        return re.fullmatch(r"[A-Z]{4}\d{8}", v) is not None
    return bool(v)


# ---------------------------------------------------------------- main check
def check(out, records, labels):
    nams = C.load_nams()
    problems = []
    pos = sorted(f for f in os.listdir(os.path.join(out, "positive")) if f.endswith(".eml"))
    neg = sorted(f for f in os.listdir(os.path.join(out, "negative")) if f.endswith(".eml"))
    if len(pos) != 120 or len(neg) != 180:
        problems.append("counts %d/%d" % (len(pos), len(neg)))
    files = ["positive/" + f for f in pos] + ["negative/" + f for f in neg]
    if sorted(labels) != sorted(files) or list(labels) != sorted(labels):
        problems.append("labels do not match files or are not sorted")
    features = {}
    msgids = set()
    for rel in files:
        lab = labels.get(rel, {})
        rec = records[rel]
        raw = open(os.path.join(out, rel), "rb").read()
        feats = set()
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            text = message_text(msg, feats)
        except Exception as e:  # noqa
            problems.append("%s: parse/decode failed: %r" % (rel, e))
            continue
        mid = str(msg["Message-ID"])
        if mid in msgids:
            problems.append("%s: duplicate Message-ID" % rel)
        msgids.add(mid)
        feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
        head = raw.split(b"\r\n\r\n" if b"\r\n" in raw else b"\n\n", 1)[0]
        if re.search(rb"(?m)^Subject:[^\n]*=\?", head):
            feats.add("RFC 2047 encoded Subject")
        if re.search(rb"(?m)^(From|To|Cc):[^\n]*=\?", head) or re.search(rb"(?m)^(From|To|Cc):.*\n[ \t]+=\?", head):
            feats.add("RFC 2047 encoded display name")
        if re.search(rb"filename\*(0\*?)?=", raw):
            feats.add("RFC 2231 file name")
        if not (msg.get_content_type() == "text/plain"):
            pass
        else:
            feats.add("single-part text/plain")
        features[rel] = feats
        is_pos = rel.startswith("positive/")
        # labels
        if lab.get("confidential") is not is_pos:
            problems.append("%s: confidential flag" % rel)
        if lab.get("lang") not in ("fr", "en") or not lab.get("note"):
            problems.append("%s: lang/note" % rel)
        types = lab.get("types", [])
        if is_pos and (not types or any(t not in TYPES for t in types)):
            problems.append("%s: bad types %r" % (rel, types))
        if not is_pos and types:
            problems.append("%s: negative with types" % rel)
        if is_pos and "patient_name" not in types and not (set(types) & ID_TYPES):
            problems.append("%s: positive without identifier" % rel)
        if is_pos and not (set(types) - {"patient_name"} - ID_TYPES):
            problems.append("%s: positive without personal information" % rel)
        # identifiers
        comp = norm_compact(text)
        for kind, v in rec["ids"]:
            if not is_pos:
                problems.append("%s: identifier in negative" % rel)
            if kind not in types:
                problems.append("%s: %s not labelled" % (rel, kind))
            if not id_valid(kind, v):
                problems.append("%s: invalid %s %s" % (rel, kind, v))
            if norm_compact(v) not in comp:
                problems.append("%s: %s %s not found in decoded text" % (rel, kind, v))
        for t in set(types) & ID_TYPES:
            if t not in {k for k, _ in rec["ids"]}:
                problems.append("%s: type %s without registered identifier" % (rel, t))
        # NAM placement
        words = norm_words(text)
        for h in nams:
            present = h["nam"] in comp
            if present:
                if not is_pos or h["nam"] not in rec["nams"]:
                    problems.append("%s: unexpected NAM %s" % (rel, h["nam"]))
                if not (word_in(norm_words(h["given"]), words) and word_in(norm_words(h["surname"]), words)):
                    problems.append("%s: NAM %s without holder name" % (rel, h["nam"]))
                if not any(norm_words(d) in words for d in C.dob_renderings(h["dob"])):
                    problems.append("%s: NAM %s without birth date" % (rel, h["nam"]))
                strict = re.search(r"sexe?\W{0,4}" + h["sex"].lower() + r"\b", words)
                loose = "sex" in words and re.search(r"(?<![a-z0-9])" + h["sex"].lower() + r"(?![a-z0-9])", words)
                if not (strict or loose):
                    problems.append("%s: NAM %s without sex" % (rel, h["nam"]))
            if not is_pos:
                if word_in(norm_words(h["surname"]), words):
                    problems.append("%s: NAM holder surname %s in negative" % (rel, h["surname"]))
        for v in rec["nams"]:
            if v not in comp:
                problems.append("%s: registered NAM %s missing" % (rel, v))
        # note must not carry a name
        nw = norm_words(lab.get("note", ""))
        for h in nams:
            if word_in(norm_words(h["surname"]), nw):
                problems.append("%s: name in note" % rel)
    return problems, features


def digest(out):
    h = hashlib.sha256()
    rels = []
    for sub in ("positive", "negative"):
        rels += [sub + "/" + f for f in os.listdir(os.path.join(out, sub)) if f.endswith(".eml")]
    rels.append("labels.json")
    for rel in sorted(rels):
        h.update(rel.encode("utf-8") + b"\0")
        with open(os.path.join(out, rel), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()


def load_labels(out):
    with open(os.path.join(out, "labels.json"), encoding="utf-8") as fh:
        return json.load(fh)
