"""Re-parse every written file, decode every part and check labels and identifiers."""
import email
import email.header
import html
import io
import json
import os
import re
import unicodedata
import zipfile
from email import policy

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_attach import docx_text, pdf_text, xlsx_text
from gen_common import dob_variants, fold, load_nams
from gen_ctx import ALL_TYPES, IDENT_TYPES, INFO_TYPES

REQUIRED = ("From", "To", "Subject", "Date", "Message-ID")
NAM_RE = re.compile(r"(?<![A-Z0-9])([A-Z]{4})[ .\-/]?(\d{4})[ .\-/]?(\d{4})(?![0-9])")
NAM_WIDE_RE = re.compile(r"(?<![A-Z])([A-Z]) ([A-Z]) ([A-Z]) ([A-Z]) (\d{4}) (\d{4})(?!\d)")


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = fold(s).casefold()
    return re.sub(r"\s+", " ", s)


def digits_compact(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"(?<=\d)[ .\-/]+(?=\d)", "", s)


def _unfold_card(s):
    s = s.replace("\r\n ", "").replace("\n ", "")
    return s.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def _decode_fn(fn):
    if fn and "=?" in fn:
        return str(email.header.make_header(email.header.decode_header(fn)))
    return fn


def _blob_text(name, data, out, errs, where):
    low = (name or "").lower()
    try:
        if low.endswith(".pdf") or data[:5] == b"%PDF-":
            out.append(pdf_text(data))
        elif low.endswith(".docx"):
            out.append(docx_text(data))
        elif low.endswith(".xlsx"):
            out.append(xlsx_text(data))
        elif low.endswith(".zip"):
            z = zipfile.ZipFile(io.BytesIO(data))
            if z.testzip() is not None:
                errs.append(f"{where}: corrupt zip member")
            for info in z.infolist():
                out.append(info.filename)
                _blob_text(info.filename, z.read(info.filename), out, errs, where + "/" + info.filename)
        elif low.endswith(".eml"):
            collect(email.message_from_bytes(data, policy=policy.default), out, errs, where)
        else:
            out.append(data.decode("utf-8"))
    except Exception as exc:  # noqa: BLE001
        errs.append(f"{where}: cannot decode {name}: {exc!r}")


def collect(msg, out, errs, where):
    for h in REQUIRED:
        if msg.get(h) is None:
            errs.append(f"{where}: missing header {h}")
    for h in ("Subject", "From", "To", "Cc"):
        v = msg.get(h)
        if v is not None:
            out.append(str(v))
    if msg.defects:
        errs.append(f"{where}: defects {msg.defects}")
    _part(msg, out, errs, where)


def _part(part, out, errs, where):
    ct = part.get_content_type()
    fn = _decode_fn(part.get_filename())
    if fn:
        out.append(fn)
    if part.defects and part is not None:
        errs.append(f"{where}: part defects {part.defects}")
    if ct == "message/rfc822":
        inner = part.get_payload(0)
        collect(inner, out, errs, where + "/rfc822")
        return
    if part.is_multipart():
        for p in part.iter_parts():
            _part(p, out, errs, where)
        return
    try:
        if part.get_content_maintype() == "text":
            txt = part.get_content()
            if ct == "text/html":
                txt = html.unescape(re.sub(r"<[^>]+>", " ", txt))
            if ct in ("text/calendar", "text/vcard", "text/x-vcard"):
                txt = _unfold_card(txt)
            out.append(txt)
        else:
            data = part.get_payload(decode=True)
            if not data:
                errs.append(f"{where}: empty attachment {fn}")
                return
            _blob_text(fn or ct, data, out, errs, where)
    except Exception as exc:  # noqa: BLE001
        errs.append(f"{where}: cannot decode part {ct}: {exc!r}")


def message_text(raw, where, errs):
    msg = email.message_from_bytes(raw, policy=policy.default)
    out = []
    collect(msg, out, errs, where)
    return "\n".join(out)


def sex_marker(ntext, sex):
    s = sex.casefold()
    pats = [rf"\b(sexe?|sex|genre)\s*[:=]?\s*{s}\b", rf"\({s}\)",
            rf"(sexe?|sex)\b.*?(\||;|,)\s*{s}\s*(\||;|,)"]
    return any(re.search(p, ntext, re.S) for p in pats)


def find_nams(text):
    up = unicodedata.normalize("NFKC", text).upper()
    found = {"".join(m.groups()) for m in NAM_RE.finditer(up)}
    found |= {"".join(m.groups()) for m in NAM_WIDE_RE.finditer(up)}
    return found


def verify(out_dir, records):
    errs = []
    holders = load_nams()
    nam_set = {h["nam"]: h for h in holders}
    lab_path = os.path.join(out_dir, "labels.json")
    with open(lab_path, encoding="utf-8") as fh:
        labels = json.load(fh)
    if list(labels) != sorted(labels):
        errs.append("labels.json keys not sorted")
    pos = sorted(os.listdir(os.path.join(out_dir, "positive")))
    neg = sorted(os.listdir(os.path.join(out_dir, "negative")))
    if len(pos) != 120 or len(neg) != 180:
        errs.append(f"counts {len(pos)}/{len(neg)}")
    for i, f in enumerate(pos):
        if not re.fullmatch(rf"p{i + 1:03d}_[a-z0-9_]+\.eml", f):
            errs.append(f"bad positive name {f}")
    for i, f in enumerate(neg):
        if not re.fullmatch(rf"n{i + 1:03d}_[a-z0-9_]+\.eml", f):
            errs.append(f"bad negative name {f}")
    files = [f"positive/{f}" for f in pos] + [f"negative/{f}" for f in neg]
    if sorted(files) != sorted(labels):
        errs.append("labels do not match files")
    all_patient_names = set()
    for r in records.values():
        all_patient_names |= {norm(n) for n in r.names}
    holder_names = [(norm(h["given"]), norm(h["surname"])) for h in holders]
    holder_surnames = sorted({fold(h["surname"]) for h in holders})
    for rel in files:
        lab = labels.get(rel, {})
        is_pos = rel.startswith("positive/")
        with open(os.path.join(out_dir, rel), "rb") as fh:
            raw = fh.read()
        text = message_text(raw, rel, errs)
        nt = norm(text)
        compact = digits_compact(text)
        if lab.get("confidential") is not is_pos:
            errs.append(f"{rel}: confidential flag")
        if lab.get("lang") not in ("fr", "en"):
            errs.append(f"{rel}: lang")
        note = lab.get("note", "")
        if not note or any(n and n in norm(note) for n in all_patient_names if len(n) > 3):
            errs.append(f"{rel}: bad note")
        types = lab.get("types", [])
        if not set(types) <= ALL_TYPES or types != sorted(set(types)):
            errs.append(f"{rel}: unknown or unsorted types {types}")
        nams_here = find_nams(text)
        if not is_pos:
            if types:
                errs.append(f"{rel}: negative with types")
            if nams_here:
                errs.append(f"{rel}: NAM-like string in negative {nams_here}")
            for g, s in holder_names:
                if f"{g} {s}" in nt or f"{s} {g}" in nt or f"{s}, {g}" in nt:
                    errs.append(f"{rel}: NAM holder name in negative ({s})")
            ft = fold(unicodedata.normalize("NFKC", text))
            for s in holder_surnames:
                if re.search(rf"\b{re.escape(s)}\b", ft):
                    errs.append(f"{rel}: NAM holder surname {s} in negative")
            continue
        rec = records[rel]
        if not types or not (set(types) & IDENT_TYPES) or not (set(types) & INFO_TYPES):
            errs.append(f"{rel}: positive needs identifier and information types {types}")
        if set(types) != rec.types:
            errs.append(f"{rel}: types {types} differ from inserted {sorted(rec.types)}")
        for n in rec.names:
            if norm(n) not in nt:
                errs.append(f"{rel}: name {n!r} not found")
        for dstr in rec.dobs:
            if norm(dstr) not in nt:
                errs.append(f"{rel}: DOB {dstr!r} not found")
        for nam in nams_here:
            if nam not in nam_set:
                errs.append(f"{rel}: NAM {nam} not from blind list")
        for p in rec.holders:
            if p.nam not in nams_here:
                errs.append(f"{rel}: NAM {p.nam} not found")
            if norm(p.surname) not in nt:
                errs.append(f"{rel}: NAM holder surname missing")
            if not any(norm(v) in nt for v in dob_variants(p.dob)):
                errs.append(f"{rel}: NAM holder DOB missing")
            if not sex_marker(nt, p.sex):
                errs.append(f"{rel}: NAM holder sex missing")
            h = nam_set.get(p.nam)
            if not h or h["surname"] != p.surname or h["dob"] != p.dob or h["sex"] != p.sex:
                errs.append(f"{rel}: NAM holder mismatch")
        checks = {"sin": lambda n: ca_sin.is_valid(n), "ohip": lambda n: len(n) == 10 and luhn.is_valid(n),
                  "niss": lambda n: be_nn.is_valid(n), "nir": lambda n: fr_nir.is_valid(n),
                  "mrn": lambda n: n.isdigit()}
        for kind, nums in rec.ids.items():
            for n in nums:
                if not checks[kind](n):
                    errs.append(f"{rel}: invalid {kind} {n}")
                if n not in compact:
                    errs.append(f"{rel}: {kind} {n} not found")
    return errs
