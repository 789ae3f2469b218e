"""Re-read the written corpus, decode every part, check labels, NAMs and identifiers,
and list the transport features each file shows."""
import base64
import email
import email.policy
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib

from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

import gen_common as C

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]
IDENTIFYING = {"patient_name", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"}
REQUIRED_HEADERS = ["From", "To", "Subject", "Date", "Message-ID"]


# --------------------------------------------------------------------------
# Decoders
# --------------------------------------------------------------------------
def _pdf_literals(data):
    out, i, n = [], 0, len(data)
    while i < n:
        if data[i:i + 1] == b"(":
            depth, j, buf = 1, i + 1, bytearray()
            while j < n and depth:
                ch = data[j:j + 1]
                if ch == b"\\":
                    nxt = data[j + 1:j + 2]
                    if nxt in b"01234567" and nxt:
                        m = re.match(rb"[0-7]{1,3}", data[j + 1:j + 4])
                        buf.append(int(m.group(0), 8) & 0xFF)
                        j += 1 + len(m.group(0))
                        continue
                    buf += {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}.get(nxt, nxt)
                    j += 2
                    continue
                if ch == b"(":
                    depth += 1
                elif ch == b")":
                    depth -= 1
                    if depth == 0:
                        break
                buf += ch
                j += 1
            out.append(bytes(buf).decode("cp1252", "replace"))
            i = j + 1
        else:
            i += 1
    return out


def pdf_text(data):
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
        raise ValueError("not a complete PDF")
    texts = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        d, raw = m.group(1), m.group(2)
        if b"/ASCII85Decode" in d:
            raw = raw.strip()
            if raw.endswith(b"~>"):
                raw = raw[:-2]
            raw = base64.a85decode(raw)
        if b"/FlateDecode" in d:
            raw = zlib.decompress(raw)
        texts += _pdf_literals(raw)
    outside = re.sub(rb"stream\r?\n.*?endstream", b"", data, flags=re.S)
    texts += _pdf_literals(outside)
    return "\n".join(texts)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    xml = z.read("word/document.xml").decode("utf-8")
    core = z.read("docProps/core.xml").decode("utf-8") if "docProps/core.xml" in z.namelist() else ""
    xml = re.sub(r"</w:p>", "\n", xml)
    return re.sub(r"<[^>]+>", "", xml) + "\n" + re.sub(r"<[^>]+>", " ", core)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append("\t".join("" if v is None else str(v) for v in row))
    wb.close()
    return "\n".join(out)


def bytes_text(name, data, ctype=""):
    n = name.lower()
    if n.endswith(".pdf") or ctype == "application/pdf":
        return pdf_text(data)
    if n.endswith(".docx"):
        return docx_text(data)
    if n.endswith(".xlsx"):
        return xlsx_text(data)
    if n.endswith(".zip") or "zip" in ctype:
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip() is not None:
            raise ValueError("bad zip member")
        return "\n".join(m + "\n" + bytes_text(m, z.read(m)) for m in z.namelist())
    if n.endswith(".eml"):
        return message_text(email.message_from_bytes(data, policy=email.policy.default))[0]
    for enc in ("utf-8", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    raise ValueError("undecodable attachment %s" % name)


def message_text(msg, feats=None):
    """All readable text of a message: headers, every part, file names."""
    out, problems = [], []
    feats = feats if feats is not None else set()

    def head(m):
        for h in REQUIRED_HEADERS:
            if m[h] is None:
                problems.append("missing header %s" % h)
        for h in ("From", "To", "Cc", "Subject"):
            if m[h] is not None:
                out.append(str(m[h]))

    head(msg)
    for part in msg.walk():
        ct = part.get_content_type()
        if part is not msg and ct == "message/rfc822":
            feats.add("attached message/rfc822")
            inner = part.get_payload()[0]
            head(inner)
            continue
        if part.is_multipart():
            if ct in ("multipart/alternative", "multipart/mixed"):
                feats.add(ct)
            continue
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        feats.add("Content-Transfer-Encoding: " + cte)
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if part.get_content_maintype() == "text" and not fn:
            cs = (part.get_content_charset() or "us-ascii").lower()
            feats.add("charset " + cs)
            out.append(part.get_content())
        else:
            data = part.get_payload(decode=True)
            if fn is None:
                fn = "x.bin"
            if part.get_content_maintype() == "text":
                feats.add("charset " + (part.get_content_charset() or "us-ascii").lower())
            kind = {".pdf": "PDF", ".docx": "DOCX", ".xlsx": "XLSX", ".csv": "CSV", ".ics": "ICS",
                    ".vcf": "vCard", ".zip": "ZIP"}.get(os.path.splitext(fn.lower())[1], ct)
            feats.add("attachment " + kind)
            out.append(bytes_text(fn, data, ct))
    return "\n".join(out), problems


# --------------------------------------------------------------------------
# Normalisers and checks
# --------------------------------------------------------------------------
def norm_id(s):
    s = unicodedata.normalize("NFKC", s).upper()
    return re.sub(r"[^0-9A-Z]", "", s)


def norm_digits_runs(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[ .\-/]", "", s)


def norm_words(s):
    s = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", s))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return " " + re.sub(r"[^a-z0-9]+", " ", s).strip() + " "


def has_fullname(words, h):
    g, s = norm_words(h["given"]).strip(), norm_words(h["surname"]).strip()
    return (" %s %s " % (g, s)) in words or (" %s %s " % (s, g)) in words


def transport_features(raw, msg, text):
    feats = set()
    head = raw.split(b"\r\n\r\n" if b"\r\n\r\n" in raw[:4000] else b"\n\n", 1)[0]
    feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    for line in re.split(rb"\r?\n(?![ \t])", head):
        if line.lower().startswith(b"subject:") and b"=?" in line:
            feats.add("RFC 2047 Subject")
        if re.match(rb"(?i)(from|to|cc):", line) and b"=?" in line:
            feats.add("RFC 2047 address name")
    if re.search(rb"(?i)filename\*=", raw):
        feats.add("RFC 2231 file name")
    if re.search(rb'(?i)filename="=\?', raw):
        feats.add("RFC 2047 file name")
    if not msg.is_multipart():
        feats.add("single part " + msg.get_content_type())
    if re.search(r"(?m)^> ?", text):
        feats.add("quoted reply text")
    if re.search(r"Message d'origine|Original Message|Forwarded message|Message transféré", text):
        feats.add("inline forward")
    if re.search("[\uff10-\uff19]", text):
        feats.add("full-width digits")
    return feats


def verify(out_dir, results_meta):
    """results_meta: {relpath: {"nams": [...], "holders": [...], "ids": [...]}} from the generator."""
    errors, features = [], {}
    labels = json.load(open(os.path.join(out_dir, "labels.json"), encoding="utf-8"))
    pos = sorted(f for f in os.listdir(os.path.join(out_dir, "positive")) if f.endswith(".eml"))
    neg = sorted(f for f in os.listdir(os.path.join(out_dir, "negative")) if f.endswith(".eml"))
    if len(pos) != 120 or len(neg) != 180:
        errors.append("counts %d/%d" % (len(pos), len(neg)))
    files = ["positive/" + f for f in pos] + ["negative/" + f for f in neg]
    if sorted(labels) != sorted(files):
        errors.append("labels do not match files")
    if list(labels) != sorted(labels):
        errors.append("labels.json keys not sorted")
    holders = C.HOLDERS
    holder_surnames = {norm_words(h["surname"]).strip() for h in holders}
    for rel in files:
        lab = labels.get(rel, {})
        raw = open(os.path.join(out_dir, rel), "rb").read()
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            pf = set()
            text, probs = message_text(msg, pf)
        except Exception as exc:  # any decoding failure is a corpus failure
            errors.append("%s: cannot decode (%r)" % (rel, exc))
            continue
        errors += ["%s: %s" % (rel, p) for p in probs]
        feats = pf | transport_features(raw, msg, text)
        features[rel] = feats
        is_pos = rel.startswith("positive/")
        if lab.get("confidential") is not is_pos:
            errors.append("%s: confidential flag" % rel)
        if lab.get("lang") not in ("fr", "en"):
            errors.append("%s: lang" % rel)
        note = lab.get("note", "")
        if not note or set(norm_words(note).split()) & holder_surnames:
            errors.append("%s: note" % rel)
        types = lab.get("types", [])
        if any(t not in TYPES for t in types) or types != sorted(set(types)):
            errors.append("%s: bad types %r" % (rel, types))
        cat = rel.split("_", 1)[1][:-4]
        if not re.fullmatch(r"[a-z_]+", cat):
            errors.append("%s: category" % rel)
        ids_text = norm_id(text)
        words = norm_words(text)
        found_nams = [h for h in holders if h["nam"] in ids_text]
        meta = results_meta.get(rel, {})
        if is_pos:
            if not types:
                errors.append("%s: positive without types" % rel)
            if not (set(types) & IDENTIFYING) or not (set(types) - IDENTIFYING):
                errors.append("%s: needs an identifier and something learned" % rel)
            declared = set(meta.get("nams", []))
            if {h["nam"] for h in found_nams} != declared:
                errors.append("%s: NAMs found %s vs declared %s" % (rel, [h["nam"] for h in found_nams],
                                                                     sorted(declared)))
            if declared and "ramq_nam" not in types:
                errors.append("%s: NAM without label" % rel)
            if "ramq_nam" in types and not declared:
                errors.append("%s: ramq_nam label without NAM" % rel)
            for h in found_nams:
                if not has_fullname(words, h):
                    errors.append("%s: NAM %s without holder name" % (rel, h["nam"]))
                dtext = unicodedata.normalize("NFKC", text)
                if not any(v in dtext for v in C.dob_variants(h["dob"])):
                    errors.append("%s: NAM %s without birth date" % (rel, h["nam"]))
                if not re.search(r"(?i)\b(sexe?|gender|s)\s*[:\-\t ]\s*%s\b|[(,]\s*%s\s*[,)]|sexe %s|sex %s"
                                 % ((h["sex"],) * 4), dtext):
                    errors.append("%s: NAM %s without sex" % (rel, h["nam"]))
            digits = norm_digits_runs(text)
            for typ, val in meta.get("ids", []):
                ok = {"ca_sin": ca_sin.is_valid, "ca_health_number": C.ohip_valid, "be_niss": be_nn.is_valid,
                      "fr_nir": fr_nir.is_valid}[typ](val)
                if not ok:
                    errors.append("%s: invalid %s %s" % (rel, typ, val))
                if val not in digits:
                    errors.append("%s: %s %s not found in text" % (rel, typ, val))
                if typ not in types:
                    errors.append("%s: %s not labelled" % (rel, typ))
            for typ in ("ca_sin", "ca_health_number", "be_niss", "fr_nir"):
                if typ in types and typ not in {t for t, _ in meta.get("ids", [])}:
                    errors.append("%s: %s labelled but not generated" % (rel, typ))
        else:
            if types:
                errors.append("%s: negative with types" % rel)
            if found_nams:
                errors.append("%s: NAM in a negative" % rel)
            for h in holders:
                if has_fullname(words, h):
                    errors.append("%s: holder name in a negative" % rel)
            bad = set(words.split()) & holder_surnames
            if bad:
                errors.append("%s: holder surname(s) %s in a negative" % (rel, sorted(bad)))
    return errors, features
