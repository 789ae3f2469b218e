"""Re-parse every written file, decode every part, check labels, NAM placement and identifiers."""
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

import gen_common as C

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]


class VerifyError(Exception):
    pass


# --------------------------------------------------------------------------
# Decoders
# --------------------------------------------------------------------------
def pdf_text(data):
    if not data.startswith(b"%PDF-"):
        raise VerifyError("not a PDF")
    out = []
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        s = m.group(1)
        for t in re.finditer(rb"\((.*?)(?<!\\)\)\s*Tj", s, re.S):
            out.append(_pdf_unescape(t.group(1)).decode("cp1252"))
    return "\n".join(out)


def _pdf_unescape(b):
    res, i = bytearray(), 0
    while i < len(b):
        ch = b[i]
        if ch == 0x5C and i + 1 < len(b):
            n = b[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                while j < len(b) and j < i + 4 and 0x30 <= b[j] <= 0x37:
                    j += 1
                res.append(int(b[i + 1:j], 8))
                i = j
                continue
            res.append({0x6E: 10, 0x72: 13, 0x74: 9}.get(n, n))
            i += 2
            continue
        res.append(ch)
        i += 1
    return bytes(res)


def office_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    if z.testzip() is not None:
        raise VerifyError("bad office zip")
    out = []
    for n in z.namelist():
        if n.endswith(".xml") and ("word/document" in n or n.startswith("xl/") or "core" in n):
            x = z.read(n).decode("utf-8")
            x = re.sub(r"</w:p>|</row>|</si>", "\n", x)
            x = re.sub(r"<[^>]+>", " ", x)
            out.append(html.unescape(x))
    return "\n".join(out)


def zip_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    if z.testzip() is not None:
        raise VerifyError("bad zip")
    out = []
    for n in z.namelist():
        out.append(n)
        out.append(decode_blob(n, z.read(n)))
    return "\n".join(out)


def decode_blob(name, blob):
    n = name.lower()
    if n.endswith(".pdf"):
        return pdf_text(blob)
    if n.endswith(".docx") or n.endswith(".xlsx"):
        return office_text(blob)
    if n.endswith(".zip"):
        return zip_text(blob)
    return blob.decode("utf-8")


def html_text(s):
    s = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</div>", "\n", s)
    s = re.sub(r"(?i)</t[dh]>", " ", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def part_text(part, feats):
    out = []
    if part.defects:
        raise VerifyError("defects: %r" % part.defects)
    for h in ("Subject", "From", "To", "Cc"):
        if part.get(h) is not None:
            out.append(str(part.get(h)))
    return out + _walk(part, feats)


def _walk(part, feats):
    out = []
    ct = part.get_content_type()
    fn = part.get_filename()
    if fn:
        out.append(fn)
    if part.defects:
        raise VerifyError("part defects: %r" % part.defects)
    if ct.startswith("multipart/"):
        feats.add(ct)
        for sub in part.iter_parts():
            out += _walk(sub, feats)
        return out
    if ct == "message/rfc822":
        feats.add("message/rfc822 (attached .eml)")
        inner = part.get_content()
        out += part_text(inner, feats)
        return out
    cte = part.get("Content-Transfer-Encoding", "7bit").lower()
    feats.add("Content-Transfer-Encoding: " + cte)
    payload = part.get_payload(decode=True)
    if ct.startswith("text/"):
        cs = part.get_content_charset() or "us-ascii"
        feats.add("charset " + cs)
        s = payload.decode(cs)
        if ct == "text/html":
            s = html_text(s)
        if ct in ("text/calendar", "text/vcard"):
            s = re.sub(r"\r?\n[ \t]", "", s)
            s = s.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")
        if fn:
            feats.add({"text/csv": "CSV attachment", "text/calendar": "ICS attachment",
                       "text/vcard": "vCard attachment"}.get(ct, "text attachment"))
        out.append(s)
        return out
    kinds = {"application/pdf": "PDF attachment", "application/zip": "ZIP attachment",
             "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "DOCX attachment",
             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "XLSX attachment"}
    if ct not in kinds:
        raise VerifyError("unexpected type " + ct)
    feats.add(kinds[ct])
    out.append(decode_blob(fn or "x", payload) if ct != "application/pdf" else pdf_text(payload))
    if ct == "application/zip":
        with zipfile.ZipFile(io.BytesIO(payload)) as z:
            for n in z.namelist():
                ext = n.rsplit(".", 1)[-1].upper()
                feats.add("%s inside ZIP" % ext)
    return out


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"\s+", " ", s)


def fold(s):
    return C.strip_accents(norm(s)).lower()


def compact(s):
    return re.sub(r"[\s.\-/]", "", norm(s)).upper()


# --------------------------------------------------------------------------
# Main check
# --------------------------------------------------------------------------
def verify(out_dir, meta_by_file, n_pos=120, n_neg=180):
    errors = []
    with open(os.path.join(out_dir, "labels.json"), "rb") as fh:
        raw_labels = fh.read()
    labels = json.loads(raw_labels)
    if list(labels) != sorted(labels):
        errors.append("labels.json keys not sorted")
    pos = sorted(f for f in os.listdir(os.path.join(out_dir, "positive")) if f.endswith(".eml"))
    neg = sorted(f for f in os.listdir(os.path.join(out_dir, "negative")) if f.endswith(".eml"))
    if len(pos) != n_pos or len(neg) != n_neg:
        errors.append("counts %d/%d" % (len(pos), len(neg)))
    files = ["positive/" + f for f in pos] + ["negative/" + f for f in neg]
    if sorted(files) != sorted(labels):
        errors.append("labels do not match files")
    for i, f in enumerate(pos):
        if not re.match(r"p%03d_[a-z0-9_]+\.eml$" % (i + 1), f):
            errors.append("bad name " + f)
    for i, f in enumerate(neg):
        if not re.match(r"n%03d_[a-z0-9_]+\.eml$" % (i + 1), f):
            errors.append("bad name " + f)

    holders = C.load_nams()
    nam_set = {h["nam"]: h for h in holders}
    holder_name_res = []
    for h in holders:
        g, s = C.strip_accents(h["given"]).lower(), C.strip_accents(h["surname"]).lower()
        holder_name_res.append(re.compile(r"\b(%s\s+%s|%s,?\s+%s)\b" % (re.escape(g), re.escape(s), re.escape(s),
                                                                         re.escape(g))))
    features = {}
    per_file_feats = {}
    for f in files:
        lab = labels.get(f)
        is_pos = f.startswith("positive/")
        with open(os.path.join(out_dir, f), "rb") as fh:
            raw = fh.read()
        feats = set()
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if msg.get(h) is None:
                    raise VerifyError("missing header " + h)
            text = "\n".join(part_text(msg, feats))
        except (VerifyError, UnicodeDecodeError, LookupError, zipfile.BadZipFile, KeyError, ValueError) as e:
            errors.append("%s: %s" % (f, e))
            continue
        feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
        body = msg.get_body(("related", "html", "plain"))
        if body is not None and "multipart/alternative" not in feats:
            feats.add("text/plain body only" if body.get_content_type() == "text/plain" else "text/html body only")
        head = raw.split(b"\r\n\r\n" if b"\r\n" in raw else b"\n\n", 1)[0]
        if re.search(rb"(?im)^Subject:[^\n]*=\?", head):
            feats.add("RFC 2047 encoded Subject")
        if re.search(rb"(?im)^(From|To|Cc):[^\n]*=\?", head) or re.search(rb"(?m)^\s+=\?[^\n]*<", head):
            feats.add("RFC 2047 encoded display name")
        if re.search(rb"filename\*(0\*)?=", raw):
            feats.add("RFC 2231 file name")
        if re.search(r"[\uFF10-\uFF19]", text):
            feats.add("full-width digits")
        if re.search(r"&[a-z]+;|&#\d+;", raw.decode("latin-1")):
            feats.add("HTML entities")
        per_file_feats[f] = feats
        for ft in feats:
            features.setdefault(ft, []).append(f)

        if lab is None:
            continue
        if lab.get("confidential") is not is_pos:
            errors.append(f + ": confidential flag")
        if lab.get("lang") not in ("fr", "en"):
            errors.append(f + ": lang")
        if not lab.get("note"):
            errors.append(f + ": note")
        types = lab.get("types")
        if is_pos and not types:
            errors.append(f + ": positive without types")
        if not is_pos and types:
            errors.append(f + ": negative with types")
        if any(t not in TYPES for t in types):
            errors.append(f + ": unknown type")

        ntext, ctext, ftext = norm(text), compact(text), fold(text)
        found = [n for n in nam_set if n in ctext]
        meta = meta_by_file.get(f, {"nams": [], "ids": [], "names": []})
        if not is_pos:
            if found:
                errors.append(f + ": NAM in negative")
            for rx in holder_name_res:
                if rx.search(ftext):
                    errors.append(f + ": NAM holder name in negative: " + rx.pattern)
            if meta["ids"] or meta["nams"]:
                errors.append(f + ": identifiers recorded for a negative")
            continue
        meta_nams = {m["nam"] for m in meta["nams"]}
        if set(found) != meta_nams:
            errors.append(f + ": NAM placement %r vs %r" % (found, sorted(meta_nams)))
        if found and "ramq_nam" not in types:
            errors.append(f + ": NAM present but not labelled")
        if "ramq_nam" in types and not found:
            errors.append(f + ": labelled ramq_nam without NAM")
        for m in meta["nams"]:
            h = nam_set[m["nam"]]
            if (h["surname"], h["given"], h["sex"]) != (m["surname"], m["given"], m["sex"]):
                errors.append(f + ": NAM holder mismatch")
            if norm(m["name"]) not in ntext or norm(m["dob"]) not in ntext:
                errors.append(f + ": NAM without holder name/birth date %r" % m["nam"])
            if C.strip_accents(h["surname"]).lower() not in fold(m["name"]):
                errors.append(f + ": NAM name form lacks surname")
            if "date_of_birth" not in types:
                errors.append(f + ": NAM with birth date but date_of_birth not labelled")
        for kind, value in meta["ids"]:
            if not C.valid_id(kind, value):
                errors.append(f + ": invalid %s" % kind)
            if value not in ctext:
                errors.append(f + ": %s not found in message" % kind)
            if kind not in types:
                errors.append(f + ": %s not labelled" % kind)
        for kind in ("ca_sin", "ca_health_number", "be_niss", "fr_nir"):
            if kind in types and kind not in {k for k, _ in meta["ids"]}:
                errors.append(f + ": labelled %s but none generated" % kind)
        for n in meta["names"]:
            if fold(n) not in ftext:
                errors.append(f + ": name form %r not found" % n)
        ident = {"patient_name", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"}
        if not ident & set(types):
            errors.append(f + ": positive without an identifying type")
        if not set(types) - ident:
            errors.append(f + ": positive without personal content type")
    return errors, features, per_file_feats


def digest(out_dir):
    h = hashlib.sha256()
    rels = []
    for sub in ("positive", "negative"):
        for f in os.listdir(os.path.join(out_dir, sub)):
            if f.endswith(".eml"):
                rels.append(sub + "/" + f)
    rels.append("labels.json")
    for r in sorted(rels):
        h.update(r.encode("utf-8"))
        h.update(b"\0")
        with open(os.path.join(out_dir, r), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()
