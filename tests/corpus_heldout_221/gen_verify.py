# -*- coding: utf-8 -*-
"""Re-parse every written message, decode every part and check labels and identifiers."""
import base64
import email
import email.policy
import html
import io
import json
import os
import re
import unicodedata
import zipfile

from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_common import MONTHS_EN, MONTHS_FR, load_nams, ohn_valid, strip_accents

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]
ID_CHECK = {"ca_sin": ca_sin.is_valid, "ca_health_number": ohn_valid, "fr_nir": fr_nir.is_valid, "be_niss": be_nn.is_valid,
            "mrn": lambda v: v.isdigit() and len(v) == 7}


class Failure(Exception):
    pass


# ------------------------------------------------------------------ extraction
def _pdf_unescape(b):
    out = bytearray()
    i = 0
    esc = {ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}
    while i < len(b):
        c = b[i]
        if c == 0x5C and i + 1 < len(b):
            n = b[i + 1]
            if n in esc:
                out.append(esc[n])
                i += 2
            elif 0x30 <= n <= 0x37:
                j = i + 1
                while j < len(b) and j < i + 4 and 0x30 <= b[j] <= 0x37:
                    j += 1
                out.append(int(b[i + 1:j], 8) & 0xFF)
                i = j
            else:
                out.append(n)
                i += 2
        else:
            out.append(c)
            i += 1
    return bytes(out)


def pdf_text(data):
    if not data.startswith(b"%PDF-"):
        raise Failure("not a PDF")
    chunks = []
    for m in re.finditer(rb"\d+ 0 obj\s*<<(.*?)>>\s*stream\r?\n", data, re.S):
        d = m.group(1)
        lm = re.search(rb"/Length (\d+)", d)
        if not lm:
            continue
        s = data[m.end():m.end() + int(lm.group(1))]
        if b"/ASCII85Decode" in d:
            s = s.strip()
            if s.endswith(b"~>"):
                s = s[:-2]
            s = base64.a85decode(s)
        if b"/FlateDecode" in d:
            import zlib
            s = zlib.decompress(s)
        chunks.append(s)
    info = re.sub(rb"stream\r?\n.*?endstream", b"", data, flags=re.S)
    chunks.append(info)
    words = []
    for c in chunks:
        for sm in re.finditer(rb"\(((?:\\.|[^\\)])*)\)", c, re.S):
            words.append(_pdf_unescape(sm.group(1)).decode("cp1252", "replace"))
    if not words:
        raise Failure("PDF without text")
    return "\n".join(words)


def xml_text(b):
    s = b.decode("utf-8")
    s = re.sub(r"</w:p>|</row>|</si>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def ooxml_text(data, kind):
    z = zipfile.ZipFile(io.BytesIO(data))
    bad = z.testzip()
    if bad:
        raise Failure("corrupt member " + bad)
    names = z.namelist()
    out = []
    for n in names:
        if not n.endswith(".xml"):
            continue
        if n.startswith("docProps/") or (kind == "docx" and n.startswith("word/") and n.endswith(".xml")) or \
                (kind == "xlsx" and n.startswith("xl/") and (n.endswith("sharedStrings.xml") or n.startswith("xl/worksheets/"))):
            out.append(xml_text(z.read(n)))
    if kind == "docx" and "word/document.xml" not in names:
        raise Failure("docx without document.xml")
    if kind == "xlsx" and "xl/workbook.xml" not in names:
        raise Failure("xlsx without workbook.xml")
    return "\n".join(out)


def by_name(name, data, depth=0):
    """Decode a file found in a ZIP by its extension; returns list of texts."""
    low = name.lower()
    if low.endswith(".pdf"):
        return [pdf_text(data)]
    if low.endswith(".docx"):
        return [ooxml_text(data, "docx")]
    if low.endswith(".xlsx"):
        return [ooxml_text(data, "xlsx")]
    if low.endswith(".zip"):
        return zip_texts(data, depth + 1)
    if low.endswith(".eml"):
        return message_texts(email.message_from_bytes(data, policy=email.policy.default), {}, depth + 1)
    for enc in ("utf-8", "cp1252"):
        try:
            return [data.decode(enc)]
        except UnicodeDecodeError:
            continue
    raise Failure("undecodable member " + name)


def zip_texts(data, depth=0):
    z = zipfile.ZipFile(io.BytesIO(data))
    if z.testzip():
        raise Failure("corrupt zip")
    out = []
    for n in z.namelist():
        out.append(n)
        out += by_name(n, z.read(n), depth)
    return out


def message_texts(msg, feats, depth=0):
    """Return a list of decoded texts (one per part, plus headers and file names)."""
    if depth > 4:
        raise Failure("nesting too deep")
    texts = []
    for h in ("Subject", "From", "To", "Cc"):
        v = msg.get(h)
        if v is not None:
            texts.append(str(v))
    for part in msg.walk():
        ctype = part.get_content_type()
        if part.is_multipart():
            feats.setdefault("types", set()).add(ctype)
            continue
        feats.setdefault("types", set()).add(ctype)
        cs = part.get_param("charset")
        if cs:
            feats.setdefault("charsets", set()).add(str(cs).lower())
        cte = str(part.get("Content-Transfer-Encoding", "7bit")).lower()
        feats.setdefault("ctes", set()).add(cte)
        fn = part.get_filename()
        if fn:
            texts.append(fn)
        content = part.get_content()
        if ctype == "message/rfc822":
            texts += message_texts(content, feats, depth + 1)
            continue
        if isinstance(content, str):
            if ctype == "text/html":
                content = html.unescape(re.sub(r"<[^>]+>", " ", content))
            texts.append(content)
            continue
        low = (fn or "").lower()
        if ctype == "application/pdf":
            texts.append(pdf_text(content))
        elif low.endswith(".docx"):
            texts.append(ooxml_text(content, "docx"))
        elif low.endswith(".xlsx"):
            texts.append(ooxml_text(content, "xlsx"))
        elif ctype == "application/zip":
            texts += zip_texts(content, depth)
        else:
            texts += by_name(low, content, depth)
    return texts


# ------------------------------------------------------------------ normalisation
def norm_words(s):
    s = unicodedata.normalize("NFKC", s)
    s = strip_accents(s).casefold()
    return re.sub(r"\s+", " ", s)


def norm_id(s):
    s = unicodedata.normalize("NFKC", s).upper()
    return re.sub(r"[^A-Z0-9]", "", s)


def dob_forms(d):
    return [norm_words(x) for x in (d.isoformat(), d.strftime("%Y/%m/%d"), d.strftime("%d/%m/%Y"), d.strftime("%d-%m-%Y"),
                                     "%d %s %d" % (d.day, MONTHS_FR[d.month - 1], d.year),
                                     "%s %d, %d" % (MONTHS_EN[d.month - 1], d.day, d.year), d.strftime("%Y%m%d"))]


def has_word(text_n, word):
    return re.search(r"(?<![a-z0-9])" + re.escape(norm_words(word)) + r"(?![a-z0-9])", text_n) is not None


# ------------------------------------------------------------------ raw features
def raw_features(raw):
    f = set()
    f.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    sep = b"\r\n\r\n" if b"\r\n\r\n" in raw else b"\n\n"
    head = raw.split(sep, 1)[0].replace(b"\r\n", b"\n")
    head = re.sub(rb"\n[ \t]+", b" ", head)
    for line in head.split(b"\n"):
        k, _, v = line.partition(b":")
        k = k.strip().lower()
        if k == b"subject" and b"=?" in v:
            f.add("RFC 2047 Subject")
        if k in (b"from", b"to", b"cc") and b"=?" in v:
            f.add("RFC 2047 display name")
    if re.search(rb"filename\*(0\*)?=", raw):
        f.add("RFC 2231 file name")
    if re.search(rb"filename\*1\*=", raw):
        f.add("RFC 2231 continuation")
    if re.search(rb'filename="=\?', raw):
        f.add("RFC 2047 file name")
    return f


FEATURE_ORDER = ["text/plain only", "text/html only", "multipart/alternative", "multipart/mixed", "PDF", "DOCX", "XLSX", "CSV",
                 "ICS", "vCard", "ZIP", "message/rfc822", "charset utf-8", "charset us-ascii", "charset iso-8859-1",
                 "charset windows-1252", "7bit", "8bit", "quoted-printable", "base64", "CRLF line ends", "LF line ends",
                 "RFC 2047 Subject", "RFC 2047 display name", "RFC 2231 file name", "RFC 2231 continuation", "RFC 2047 file name"]


def features(msg, raw, feats):
    f = raw_features(raw)
    top = msg.get_content_type()
    if top == "text/plain":
        f.add("text/plain only")
    if top == "text/html":
        f.add("text/html only")
    t = feats.get("types", set())
    for ct, name in (("multipart/alternative", "multipart/alternative"), ("multipart/mixed", "multipart/mixed"),
                     ("application/pdf", "PDF"), ("text/csv", "CSV"), ("text/calendar", "ICS"), ("text/vcard", "vCard"),
                     ("application/zip", "ZIP"), ("message/rfc822", "message/rfc822"),
                     ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"),
                     ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX")):
        if ct in t:
            f.add(name)
    for cs in feats.get("charsets", set()):
        f.add("charset " + cs)
    for cte in feats.get("ctes", set()):
        f.add(cte)
    return f


# ------------------------------------------------------------------ main check
def verify(out, specs):
    """specs: {relpath: spec} from the generator (for evidence). Returns (feature counts, label data)."""
    errors = []
    with open(os.path.join(out, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    pos = sorted(f for f in os.listdir(os.path.join(out, "positive")) if f.endswith(".eml"))
    neg = sorted(f for f in os.listdir(os.path.join(out, "negative")) if f.endswith(".eml"))
    if len(pos) != 120 or len(neg) != 180:
        errors.append("counts %d/%d" % (len(pos), len(neg)))
    for i, f in enumerate(pos, 1):
        if not re.fullmatch(r"p%03d_[a-z0-9_]+\.eml" % i, f):
            errors.append("bad positive name " + f)
    for i, f in enumerate(neg, 1):
        if not re.fullmatch(r"n%03d_[a-z0-9_]+\.eml" % i, f):
            errors.append("bad negative name " + f)
    files = ["positive/" + f for f in pos] + ["negative/" + f for f in neg]
    if sorted(labels) != sorted(files) or list(labels) != sorted(labels):
        errors.append("labels keys do not match files or are not sorted")
    nams = load_nams()
    nam_index = {n["nam"]: n for n in nams}
    nam_surnames = sorted({n["surname"] for n in nams})
    feat_counts = {k: 0 for k in FEATURE_ORDER}
    nam_seen = set()
    for rel in files:
        lab = labels.get(rel, {})
        is_pos = rel.startswith("positive/")
        if set(lab) != {"confidential", "types", "lang", "note"}:
            errors.append(rel + ": label fields")
            continue
        if lab["confidential"] is not is_pos:
            errors.append(rel + ": confidential flag")
        if lab["lang"] not in ("fr", "en"):
            errors.append(rel + ": lang")
        if not lab["note"]:
            errors.append(rel + ": note")
        if is_pos and (not lab["types"] or any(t not in TYPES for t in lab["types"])):
            errors.append(rel + ": types")
        if not is_pos and lab["types"]:
            errors.append(rel + ": negative with types")
        with open(os.path.join(out, rel), "rb") as fh:
            raw = fh.read()
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if msg.get(h) is None or not str(msg.get(h)).strip():
                    raise Failure("missing header " + h)
            if msg.defects:
                raise Failure("defects %r" % msg.defects)
            feats = {}
            texts = message_texts(msg, feats)
        except Exception as e:  # noqa: BLE001 - report any parse failure
            errors.append("%s: parse/decode failed: %s" % (rel, repr(e)[:300]))
            continue
        for k in features(msg, raw, feats):
            if k in feat_counts:
                feat_counts[k] += 1
        whole_n = norm_words("\n".join(texts))
        whole_id = norm_id("\n".join(texts))
        # NAM placement -------------------------------------------------
        found = []
        for t in texts:
            tid = norm_id(t)
            tn = norm_words(t)
            for nam, n in nam_index.items():
                if nam in tid:
                    found.append(nam)
                    if not is_pos:
                        errors.append(rel + ": NAM in a negative")
                        continue
                    if not (has_word(tn, n["surname"]) and has_word(tn, n["given"])):
                        errors.append(rel + ": NAM %s without holder name in the same part" % nam)
                    if not any(f in tn for f in dob_forms(n["dob"])):
                        errors.append(rel + ": NAM %s without birth date in the same part" % nam)
                    sexw = {"F": ["f", "feminin", "female", "femme"], "M": ["m", "masculin", "male", "homme"]}[n["sex"]]
                    if not any(has_word(tn, w) for w in sexw):
                        errors.append(rel + ": NAM %s without sex in the same part" % nam)
        nam_seen.update(found)
        if is_pos and (("ramq_nam" in lab["types"]) != bool(found)):
            errors.append(rel + ": ramq_nam label vs content")
        # evidence --------------------------------------------------------
        spec = specs.get(rel)
        if is_pos and spec is not None:
            ev = spec["evidence"]
            for nm in ev["names"]:
                if norm_words(nm) not in whole_n and norm_words(nm).replace(" ", "_") not in whole_n:
                    errors.append(rel + ": evidence name missing")
            for kind, val in ev["ids"]:
                if not ID_CHECK[kind](val):
                    errors.append(rel + ": invalid %s" % kind)
                if norm_id(val) not in whole_id:
                    errors.append(rel + ": %s not found in text" % kind)
                if kind not in lab["types"]:
                    errors.append(rel + ": %s present but not labelled" % kind)
            for kind in ("ca_sin", "ca_health_number", "fr_nir", "be_niss", "mrn"):
                if kind in lab["types"] and kind not in [k for k, _ in ev["ids"]]:
                    errors.append(rel + ": %s labelled without evidence" % kind)
            for d in ev["dobs"]:
                if not any(f in whole_n for f in dob_forms(d)):
                    errors.append(rel + ": birth date not found")
            if "date_of_birth" in lab["types"] and not ev["dobs"]:
                errors.append(rel + ": date_of_birth labelled without evidence")
            if "patient_name" not in lab["types"]:
                errors.append(rel + ": positive without patient_name")
        # negatives: no NAM holder name ------------------------------------
        if not is_pos:
            for s in nam_surnames:
                if has_word(whole_n, s):
                    errors.append(rel + ": NAM holder surname %s in a negative" % s)
    unused = sorted(set(nam_index) - nam_seen)
    if unused:
        errors.append("NAMs never used: %d" % len(unused))
    if errors:
        raise Failure("\n".join(errors[:60]) + ("\n... %d errors" % len(errors) if len(errors) > 60 else ""))
    return feat_counts, labels
