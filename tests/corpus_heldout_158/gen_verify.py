"""Re-parse every generated file, decode every part, check labels, NAM placement and identifier
validity, collect transport features and compute the digest."""
import email
import hashlib
import json
import os
import re
import unicodedata
from email import policy

from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

import gen_data as data
import gen_docs as docs

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss",
         "fr_nir", "mrn", "diagnosis", "medication", "lab_result", "patient_contact",
         "social_information"]

FEATURES = ["plain text only", "HTML only", "multipart/alternative", "multipart/mixed",
            "PDF attachment", "DOCX attachment", "XLSX attachment", "CSV attachment",
            "ICS (text/calendar)", "vCard", "ZIP attachment", "attached message/rfc822",
            "charset utf-8", "charset us-ascii", "charset iso-8859-1", "charset windows-1252",
            "7bit", "8bit", "quoted-printable", "base64", "CRLF line ends", "LF line ends",
            "RFC 2047 Subject", "RFC 2047 display name", "RFC 2231 file name"]


class Fail(Exception):
    pass


def _hdr_text(m):
    out = []
    for k in ("Subject", "From", "To", "Cc"):
        v = m.get(k)
        if v is not None:
            out.append(str(v))
    return out


def parse_bytes(raw, defects):
    m = email.message_from_bytes(raw, policy=policy.default)
    return m, extract_message(m, defects)


def extract_message(m, defects):
    texts = _hdr_text(m)
    defects.extend(str(d) for d in m.defects)
    for part in m.walk():
        defects.extend(str(d) for d in part.defects)
        ct = part.get_content_type()
        if part is not m and ct == "message/rfc822":
            texts += _hdr_text(part.get_payload(0))
            fn = part.get_filename()
            if fn:
                texts.append(fn)
            continue
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            texts.append(fn)
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str):
                raise Fail("text part not decoded")
            if ct in ("text/calendar", "text/vcard"):
                content = docs.unfold_text(content)
            texts.append(content)
        else:
            blob = part.get_content()
            if not isinstance(blob, bytes):
                raise Fail(f"unexpected payload for {ct}")

            def parse_eml(b):
                return parse_bytes(b, defects)[1]
            texts.append(docs.extract_binary(fn, ct, blob, parse_eml))
    return "\n".join(texts)


def norm_compact(s):
    s = unicodedata.normalize("NFKC", s).upper()
    return re.sub(r"[^0-9A-Z]", "", data.strip_accents(s))


def norm_words(s):
    s = unicodedata.normalize("NFKC", s)
    return data.strip_accents(s).lower()


SEX_RE = re.compile(r"(sexe|sex|genre|gender)\b|\b(f|m)\b.{0,3}\b(19|20)\d\d|\b(féminin|masculin|female|male)\b",
                    re.I)


def features_of(raw, m):
    f = set()
    f.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    top_hdrs = raw.split(b"\r\n\r\n" if b"\r\n" in raw else b"\n\n", 1)[0]
    subj = re.search(rb"^Subject:(.*(?:\r?\n[ \t].*)*)", top_hdrs, re.M | re.I)
    if subj and b"=?" in subj.group(1):
        f.add("RFC 2047 Subject")
    for h in (rb"From", rb"To", rb"Cc"):
        mm = re.search(rb"^" + h + rb":(.*(?:\r?\n[ \t].*)*)", top_hdrs, re.M)
        if mm and b"=?" in mm.group(1):
            f.add("RFC 2047 display name")
    if re.search(rb"filename\*(0\*)?=", raw):
        f.add("RFC 2231 file name")
    has_plain = has_html = False

    def walk(p, top):
        nonlocal has_plain, has_html
        ct = p.get_content_type()
        if ct == "message/rfc822":
            f.add("attached message/rfc822")
            walk(p.get_payload(0), False)
            return
        if p.is_multipart():
            if ct in ("multipart/alternative", "multipart/mixed") and top:
                f.add(ct)
            for c in p.iter_parts():
                walk(c, top)
            return
        cs = p.get_content_charset()
        if cs and p.get_content_maintype() == "text":
            f.add("charset " + cs.lower())
        cte = (p.get("Content-Transfer-Encoding") or "7bit").lower()
        f.add(cte)
        fn = (p.get_filename() or "").lower()
        if top and p.get_filename() is None:
            if ct == "text/plain":
                has_plain = True
            if ct == "text/html":
                has_html = True
        if ct == "application/pdf":
            f.add("PDF attachment")
        elif fn.endswith(".docx"):
            f.add("DOCX attachment")
        elif fn.endswith(".xlsx"):
            f.add("XLSX attachment")
        elif ct == "text/csv":
            f.add("CSV attachment")
        elif ct == "text/calendar":
            f.add("ICS (text/calendar)")
        elif ct == "text/vcard":
            f.add("vCard")
        elif ct == "application/zip":
            f.add("ZIP attachment")
    walk(m, True)
    if has_plain and not has_html:
        f.add("plain text only")
    if has_html and not has_plain:
        f.add("HTML only")
    return {x for x in f if x in FEATURES}


def check_id(kind, compact):
    if kind == "ca_sin":
        return ca_sin.is_valid(compact)
    if kind == "ca_health_number":
        return data.ohip_valid(compact)
    if kind == "be_niss":
        return be_nn.is_valid(compact)
    if kind == "fr_nir":
        return fr_nir.is_valid(compact)
    if kind == "mrn":
        return compact.isdigit()
    return False


def verify(out_dir, ids_by_file):
    errors = []
    with open(os.path.join(out_dir, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted("positive/" + f for f in os.listdir(os.path.join(out_dir, "positive"))) + \
        sorted("negative/" + f for f in os.listdir(os.path.join(out_dir, "negative")))
    if sorted(labels) != sorted(files) or list(labels) != sorted(labels):
        errors.append("labels do not match files or are not sorted")
    pos = [f for f in files if f.startswith("positive/")]
    neg = [f for f in files if f.startswith("negative/")]
    if len(pos) != 120 or len(neg) != 180:
        errors.append(f"counts {len(pos)}/{len(neg)}")
    for i, f in enumerate(pos):
        if not re.fullmatch(rf"positive/p{i + 1:03d}_[a-z0-9_]+\.eml", f):
            errors.append(f"bad name {f}")
    for i, f in enumerate(neg):
        if not re.fullmatch(rf"negative/n{i + 1:03d}_[a-z0-9_]+\.eml", f):
            errors.append(f"bad name {f}")
    feature_counts = {k: 0 for k in FEATURES}
    for f in files:
        lab = labels.get(f, {})
        if sorted(lab) != ["confidential", "lang", "note", "types"]:
            errors.append(f"{f}: label keys")
            continue
        if lab["lang"] not in ("fr", "en"):
            errors.append(f"{f}: lang")
        is_pos = f.startswith("positive/")
        if lab["confidential"] is not is_pos:
            errors.append(f"{f}: confidential flag")
        if is_pos and (not lab["types"] or any(t not in TYPES for t in lab["types"])):
            errors.append(f"{f}: types {lab['types']}")
        if not is_pos and lab["types"]:
            errors.append(f"{f}: negative with types")
        if not lab["note"]:
            errors.append(f"{f}: empty note")
        raw = open(os.path.join(out_dir, f), "rb").read()
        defects = []
        try:
            m, text = parse_bytes(raw, defects)
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{f}: decode failure {exc!r}")
            continue
        if defects:
            errors.append(f"{f}: defects {defects}")
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if m.get(h) is None:
                errors.append(f"{f}: missing {h}")
        for k in features_of(raw, m):
            feature_counts[k] += 1
        comp = norm_compact(text)
        words = norm_words(text)
        found = [h for h in data.HOLDERS if h["nam"] in comp]
        if not is_pos:
            if found:
                errors.append(f"{f}: NAM in negative")
            for s in data.HOLDER_SURNAMES:
                if re.search(r"\b" + re.escape(norm_words(s)) + r"\b", words):
                    errors.append(f"{f}: holder surname {s} in negative")
            continue
        if ("ramq_nam" in lab["types"]) != bool(found):
            errors.append(f"{f}: ramq_nam label vs NAMs found {[h['nam'] for h in found]}")
        for h in found:
            if not (re.search(r"\b" + re.escape(norm_words(h["surname"])) + r"\b", words)
                    and re.search(r"\b" + re.escape(norm_words(h["given"])) + r"\b", words)):
                errors.append(f"{f}: NAM {h['nam']} without holder name")
            nt = unicodedata.normalize("NFKC", text).lower()
            if not any(v.lower() in nt for v in data.dob_variants(h["dob"])):
                errors.append(f"{f}: NAM {h['nam']} without birth date")
            if not SEX_RE.search(text):
                errors.append(f"{f}: NAM {h['nam']} without sex")
            for t in ("patient_name", "date_of_birth"):
                if t not in lab["types"]:
                    errors.append(f"{f}: NAM without {t} label")
        ids = ids_by_file.get(f, [])
        kinds = {k for k, _ in ids}
        for t in ("ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"):
            if (t in lab["types"]) != (t in kinds):
                errors.append(f"{f}: {t} label vs placed identifiers")
        for kind, compact in ids:
            if not check_id(kind, compact):
                errors.append(f"{f}: invalid {kind} {compact}")
            if compact not in comp:
                errors.append(f"{f}: {kind} {compact} not found in decoded text")
    return errors, feature_counts, labels


def digest(out_dir):
    h = hashlib.sha256()
    rels = sorted(["positive/" + f for f in os.listdir(os.path.join(out_dir, "positive"))] +
                  ["negative/" + f for f in os.listdir(os.path.join(out_dir, "negative"))] +
                  ["labels.json"])
    for rel in rels:
        h.update(rel.encode("utf-8") + b"\0")
        with open(os.path.join(out_dir, rel), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()
