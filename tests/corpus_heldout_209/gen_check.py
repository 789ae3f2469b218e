"""Re-parse every written file and verify structure, labels, NAM placement and identifiers."""
import email
import email.policy
import html as htmlmod
import io
import json
import os
import re
import unicodedata
import zipfile

from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

import gen_docs as D
from gen_common import FINDING_TYPES, NAM_ROWS, dob_variants, normalize_id, ohip_valid, sex_variants, strip_accents

REQUIRED = ["From", "To", "Subject", "Date", "Message-ID"]


def fold(s):
    return strip_accents(unicodedata.normalize("NFKC", s)).lower()


def _html_to_text(h):
    h = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</h\d>|</div>", "\n", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return htmlmod.unescape(h)


def _unfold_card(t):
    t = t.replace("\r\n ", "").replace("\n ", "")
    return t.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")


class Failure(Exception):
    pass


def decode_blob(name, data, parts, feats, errs, depth):
    low = name.lower()
    if low.endswith(".pdf"):
        parts.append(D.pdf_text(data))
    elif low.endswith(".docx"):
        parts.append(D.docx_text(data))
    elif low.endswith(".xlsx"):
        parts.append(D.xlsx_text(data))
    elif low.endswith(".zip"):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            for info in z.infolist():
                parts.append(info.filename)
                decode_blob(info.filename, z.read(info.filename), parts, feats, errs, depth + 1)
    elif low.endswith(".eml"):
        inner = email.message_from_bytes(data, policy=email.policy.default)
        walk(inner, parts, feats, errs, depth + 1)
    elif low.endswith((".csv", ".txt", ".ics", ".vcf")):
        for enc in ("utf-8-sig", "windows-1252"):
            try:
                parts.append(_unfold_card(data.decode(enc)))
                break
            except UnicodeDecodeError:
                continue
    else:
        errs.append("unknown member type %s" % name)


def walk(part, parts, feats, errs, depth=0):
    if part.defects:
        errs.append("defects %r in %s" % (part.defects, part.get_content_type()))
    if depth == 0 or part.get("Subject") is not None:
        hdr = []
        for h in ("Subject", "From", "To", "Cc"):
            if part.get(h) is not None:
                hdr.append("%s: %s" % (h, str(part.get(h))))
        if hdr:
            parts.append("\n".join(hdr))
    ctype = part.get_content_type()
    if ctype == "message/rfc822":
        feats.add("attached message/rfc822")
        fn = part.get_filename()
        if fn:
            parts.append(fn)
        for sub in part.get_payload():
            walk(sub, parts, feats, errs, depth + 1)
        return
    if part.is_multipart():
        if depth == 0:
            feats.add(ctype)
        for sub in part.iter_parts():
            walk(sub, parts, feats, errs, depth + 1)
        return
    cte = str(part.get("Content-Transfer-Encoding", "7bit")).lower()
    feats.add("CTE " + cte)
    cs = part.get_content_charset()
    if cs:
        feats.add("charset " + cs)
    fn = part.get_filename()
    if fn:
        parts.append(fn)
    if part.get_content_maintype() == "text":
        txt = part.get_content()
        if "\ufffd" in txt:
            errs.append("undecodable text in %s" % ctype)
        if ctype == "text/html":
            if depth == 0:
                feats.add("text/html only")
            txt = _html_to_text(txt)
        elif ctype == "text/plain" and depth == 0:
            feats.add("text/plain only")
        if ctype in ("text/calendar", "text/vcard", "text/csv") or (fn and fn.lower().endswith((".ics", ".vcf", ".csv", ".txt"))):
            txt = _unfold_card(txt)
            ext = {"text/calendar": "ics", "text/vcard": "vcard", "text/csv": "csv"}.get(ctype, "txt")
            feats.add("attachment " + ext)
        parts.append(txt)
        return
    data = part.get_content()
    if not isinstance(data, bytes):
        errs.append("non-bytes payload for %s" % ctype)
        return
    name = fn or ""
    ext = name.lower().rsplit(".", 1)[-1] if "." in name else ""
    if ext in ("pdf", "docx", "xlsx", "zip"):
        feats.add("attachment " + ext)
    try:
        decode_blob(name, data, parts, feats, errs, depth)
    except Exception as exc:  # noqa: BLE001 - any decoding problem is a failure
        errs.append("cannot decode %s: %r" % (name, exc))


def raw_features(raw):
    f = set()
    f.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    head = raw.split(b"\r\n\r\n" if b"\r\n" in raw else b"\n\n", 1)[0]
    for line in re.split(rb"\r?\n(?![ \t])", head):
        if line.lower().startswith(b"subject:") and b"=?" in line:
            f.add("RFC 2047 Subject")
        if line.lower().startswith((b"from:", b"to:", b"cc:")) and b"=?" in line:
            f.add("RFC 2047 display name")
    if re.search(rb"filename\*=", raw):
        f.add("RFC 2231 file name")
    return f


def check(out, labels, registry):
    errs_all = []
    features = {}
    pos = sorted(os.listdir(os.path.join(out, "positive")))
    neg = sorted(os.listdir(os.path.join(out, "negative")))
    files = ["positive/" + x for x in pos] + ["negative/" + x for x in neg]
    if len(pos) != 120 or len(neg) != 180:
        errs_all.append("counts %d/%d" % (len(pos), len(neg)))
    if sorted(labels) != sorted(files):
        errs_all.append("labels do not match files")
    for k in files:
        if not re.fullmatch(r"(positive/p\d{3}|negative/n\d{3})_[a-z_]+\.eml", k):
            errs_all.append("bad name " + k)
    nam_index = {r["nam"]: r for r in NAM_ROWS}
    nam_surnames = {fold(r["surname"]) for r in NAM_ROWS}
    pos_people = set()
    for k in files:
        if k.startswith("positive/"):
            for g, s in registry[k]["people"]:
                pos_people.add(fold("%s %s" % (g, s)))
    for k in files:
        errs = []
        raw = open(os.path.join(out, k), "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in REQUIRED:
            if msg.get(h) is None:
                errs.append("missing header " + h)
        parts, feats = [], set()
        walk(msg, parts, feats, errs)
        feats |= raw_features(raw)
        features[k] = feats
        lab = labels.get(k, {})
        is_pos = k.startswith("positive/")
        if lab.get("confidential") is not is_pos:
            errs.append("confidential flag")
        if lab.get("lang") not in ("fr", "en"):
            errs.append("lang")
        if not lab.get("note"):
            errs.append("note")
        types = lab.get("types", [])
        if any(t not in FINDING_TYPES for t in types):
            errs.append("unknown type")
        if is_pos and not types:
            errs.append("positive without types")
        if not is_pos and types:
            errs.append("negative with types")
        full = "\n".join(parts)
        fnorm = normalize_id(full)
        ffold = fold(full)
        # NAMs: only in positives, only listed ones, with holder's name, birth date and sex in the same part
        for nam, row in nam_index.items():
            if nam in fnorm:
                if not is_pos:
                    errs.append("NAM in negative")
                    continue
                if "ramq_nam" not in types:
                    errs.append("NAM present but not labelled")
                ok = False
                for ptxt in parts:
                    if nam in normalize_id(ptxt):
                        pf = fold(ptxt)
                        has_name = fold(row["surname"]) in pf and fold(row["given"]) in pf
                        has_dob = any(fold(v) in pf for v in dob_variants(row["dob"]))
                        has_sex = any(fold(v) in pf for v in sex_variants(row["sex"], "fr") + sex_variants(row["sex"], "en"))
                        ok = ok or (has_name and has_dob and has_sex)
                if not ok:
                    errs.append("NAM %s without holder name/dob/sex in same part" % nam)
        if is_pos:
            reg = registry[k]
            if sorted(reg["types"]) != sorted(types):
                errs.append("types differ from registry")
            for typ, val in reg["ids"]:
                if typ not in types:
                    errs.append("id type %s not labelled" % typ)
                if normalize_id(val) not in fnorm:
                    errs.append("identifier %s (%s) not found" % (val, typ))
                if typ == "ca_sin" and not ca_sin.is_valid(val):
                    errs.append("invalid SIN")
                if typ == "ca_health_number" and not ohip_valid(val):
                    errs.append("invalid Ontario number")
                if typ == "be_niss" and not be_nn.is_valid(val):
                    errs.append("invalid NISS")
                if typ == "fr_nir" and not fr_nir.is_valid(val):
                    errs.append("invalid NIR")
                if typ == "ramq_nam" and val not in nam_index:
                    errs.append("NAM not from list")
            for t in ("ca_sin", "ca_health_number", "be_niss", "fr_nir", "ramq_nam", "mrn"):
                if t in types and t not in [x[0] for x in reg["ids"]]:
                    errs.append("labelled %s without registered value" % t)
            if "patient_name" in types:
                if not any(fold(s) in ffold or fold(g) in ffold for g, s in reg["people"]):
                    errs.append("patient name not found")
        else:
            words = set(re.findall(r"[a-z]+(?:['-][a-z]+)*", ffold))
            flat = set(re.findall(r"[a-z]+", ffold))
            for s in nam_surnames:
                if s in words or s in flat:
                    errs.append("NAM holder surname %s in negative" % s)
            for person in pos_people:
                if person in ffold:
                    errs.append("positive patient name in negative")
        errs_all += ["%s: %s" % (k, e) for e in errs]
    return errs_all, features


def digest(out):
    import hashlib
    h = hashlib.sha256()
    rels = sorted(["positive/" + x for x in os.listdir(os.path.join(out, "positive")) if x.endswith(".eml")] +
                  ["negative/" + x for x in os.listdir(os.path.join(out, "negative")) if x.endswith(".eml")] +
                  ["labels.json"])
    for r in rels:
        h.update(r.encode("utf-8") + b"\0")
        h.update(open(os.path.join(out, r), "rb").read())
        h.update(b"\0")
    return h.hexdigest()


def load_labels(out):
    with open(os.path.join(out, "labels.json"), encoding="utf-8") as fh:
        return json.load(fh)
