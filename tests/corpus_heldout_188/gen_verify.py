"""Re-parse everything that was written and check it. Returns a list of error strings."""
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

import gen_util as U

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss",
         "fr_nir", "mrn", "diagnosis", "medication", "lab_result", "patient_contact",
         "social_information"]
ID_TYPES = {"ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"}
SENSITIVE = {"diagnosis", "medication", "lab_result", "patient_contact", "social_information",
             "date_of_birth"}


# ------------------------------------------------------------------ decoders
def _pdf_strings(content):
    out, i, n = [], 0, len(content)
    while i < n:
        if content[i:i + 1] == b"(":
            depth, i, buf = 1, i + 1, bytearray()
            while i < n and depth:
                ch = content[i:i + 1]
                if ch == b"\\":
                    nxt = content[i + 1:i + 2]
                    if nxt in b"01234567" and nxt:
                        m = re.match(rb"[0-7]{1,3}", content[i + 1:i + 4])
                        buf.append(int(m.group(0), 8))
                        i += 1 + len(m.group(0))
                        continue
                    buf += {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b",
                            b"f": b"\f"}.get(nxt, nxt)
                    i += 2
                    continue
                if ch == b"(":
                    depth += 1
                elif ch == b")":
                    depth -= 1
                    if not depth:
                        i += 1
                        break
                buf += ch
                i += 1
            out.append(bytes(buf).decode("cp1252", "replace"))
        else:
            i += 1
    return out


def pdf_text(data):
    if not data.startswith(b"%PDF-"):
        raise ValueError("not a PDF")
    texts = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        d, raw = m.group(1), m.group(2)
        if b"ASCII85Decode" in d:
            raw = raw.strip()
            if raw.endswith(b"~>"):
                raw = raw[:-2]
            raw = base64.a85decode(raw, adobe=False)
        if b"FlateDecode" in d:
            raw = zlib.decompress(raw)
        texts.append(raw)
    info = "\n".join(_pdf_strings(data.split(b"stream")[0]))
    return "\n".join(" ".join(_pdf_strings(t)) for t in texts) + "\n" + info


def docx_text(data):
    from docx import Document
    d = Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out.append(" | ".join(c.text for c in row.cells))
    return "\n".join(out)


def xlsx_text(data):
    from openpyxl import load_workbook
    wb = load_workbook(io.BytesIO(data))
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def by_name(name, data):
    low = name.lower()
    if low.endswith(".pdf"):
        return pdf_text(data)
    if low.endswith(".docx"):
        return docx_text(data)
    if low.endswith(".xlsx"):
        return xlsx_text(data)
    if low.endswith(".zip"):
        return zip_text(data)
    if low.endswith(".eml"):
        return msg_text(email.message_from_bytes(data, policy=email.policy.default))
    for enc in ("utf-8", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    raise ValueError("cannot decode " + name)


def zip_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    if z.testzip() is not None:
        raise ValueError("bad zip member")
    return "\n".join(i.filename + "\n" + by_name(i.filename, z.read(i.filename))
                     for i in z.infolist())


def msg_text(msg):
    out = []
    for h in ("From", "To", "Cc", "Subject"):
        if msg[h] is not None:
            out.append(str(msg[h]))
    out.append(_part_text(msg))
    return "\n".join(out)


def _part_text(part):
    ct = part.get_content_type()
    if part.is_multipart() and ct.startswith("multipart/"):
        return "\n".join(_part_text(p) for p in part.iter_parts())
    out = []
    fn = part.get_filename()
    if fn:
        out.append(fn)
    if ct == "message/rfc822":
        inner = part.get_content()
        out.append(msg_text(inner))
        return "\n".join(out)
    content = part.get_content()
    if isinstance(content, str):
        out.append(content)
    elif ct == "application/pdf":
        out.append(pdf_text(content))
    elif ct.endswith("wordprocessingml.document"):
        out.append(docx_text(content))
    elif ct.endswith("spreadsheetml.sheet"):
        out.append(xlsx_text(content))
    elif ct in ("application/zip", "application/x-zip-compressed"):
        out.append(zip_text(content))
    else:
        raise ValueError("undecoded part " + ct)
    return "\n".join(out)


# ------------------------------------------------------------------ checks
def norm_text(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    return re.sub(r"\s+", " ", s)


def all_dob_forms(d):
    out = set()
    for lang in ("fr", "en"):
        for st in ("iso", "dmy", "ymd_slash", "long", "short", "mdy"):
            out.add(norm_text(U.fmt_date(d, lang, st)))
    return out


def verify(out_dir, specs=None):
    errs = []
    holders = U.load_holders()
    lab_path = os.path.join(out_dir, "labels.json")
    with open(lab_path, encoding="utf-8") as fh:
        labels = json.load(fh)
    if list(labels) != sorted(labels):
        errs.append("labels.json keys not sorted")
    files = sorted(["positive/" + f for f in os.listdir(os.path.join(out_dir, "positive"))] +
                   ["negative/" + f for f in os.listdir(os.path.join(out_dir, "negative"))])
    pos = [f for f in files if f.startswith("positive/")]
    neg = [f for f in files if f.startswith("negative/")]
    if len(pos) != 120 or len(neg) != 180:
        errs.append("counts %d/%d" % (len(pos), len(neg)))
    if set(files) != set(labels):
        errs.append("labels do not match files")
    for i, f in enumerate(pos, 1):
        if not re.fullmatch(r"positive/p%03d_[a-z_]+\.eml" % i, f):
            errs.append("bad positive name " + f)
    for i, f in enumerate(neg, 1):
        if not re.fullmatch(r"negative/n%03d_[a-z_]+\.eml" % i, f):
            errs.append("bad negative name " + f)
    msgids = set()
    for f in files:
        lab = labels.get(f, {})
        conf = f.startswith("positive/")
        if lab.get("confidential") is not conf:
            errs.append(f + ": confidential flag")
        if lab.get("lang") not in ("fr", "en"):
            errs.append(f + ": lang")
        if not lab.get("note"):
            errs.append(f + ": note")
        types = lab.get("types", [])
        if any(t not in TYPES for t in types):
            errs.append(f + ": unknown type")
        if conf:
            if not types:
                errs.append(f + ": positive without types")
            if not ("patient_name" in types or ID_TYPES & set(types)):
                errs.append(f + ": no identifying finding")
            if not (SENSITIVE & set(types) or len(set(types)) > 1):
                errs.append(f + ": nothing personal")
        elif types:
            errs.append(f + ": negative with types")
        with open(os.path.join(out_dir, f), "rb") as fh:
            raw = fh.read()
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if not msg[h]:
                    errs.append(f + ": missing " + h)
            if msg["Message-ID"] in msgids:
                errs.append(f + ": duplicate Message-ID")
            msgids.add(msg["Message-ID"])
            if msg.defects:
                errs.append(f + ": defects %r" % msg.defects)
            text = msg_text(msg)
        except Exception as e:  # noqa: BLE001
            errs.append("%s: parse/decode failed: %r" % (f, e))
            continue
        nt = norm_text(text)
        nid = U.norm_id(text)
        found = [h for h in holders if h.nam in nid]
        if conf:
            if bool(found) != ("ramq_nam" in types):
                errs.append(f + ": ramq_nam label / NAM presence mismatch")
            for h in found:
                if h.surname.casefold() not in nt or h.given.casefold() not in nt:
                    errs.append(f + ": NAM without holder name")
                if not any(x in nt for x in all_dob_forms(h.dob)):
                    errs.append(f + ": NAM without holder birth date")
        else:
            if found:
                errs.append(f + ": NAM in a negative")
            for h in holders:
                g, s = h.given.casefold(), h.surname.casefold()
                for form in ("%s %s" % (g, s), "%s %s" % (s, g), "%s, %s" % (s, g)):
                    if form in nt:
                        errs.append(f + ": NAM holder name in a negative")
        if specs is not None:
            sp = specs[f]
            if sorted(sp["types"]) != sorted(types):
                errs.append(f + ": label types differ from spec")
            for s in sp["must"]:
                if norm_text(s) not in nt:
                    errs.append("%s: expected text missing: %r" % (f, s))
            seen_types = set()
            for kind, v in sp["ids"]:
                seen_types.add(kind)
                if U.norm_id(v) not in nid:
                    errs.append("%s: %s %s not visible" % (f, kind, v))
                ok = {"ramq_nam": lambda x: any(h.nam == x for h in holders),
                      "ca_sin": ca_sin.is_valid, "ca_health_number": U.ohn_valid,
                      "be_niss": be_nn.is_valid, "fr_nir": fr_nir.is_valid,
                      "mrn": lambda x: x.isdigit()}[kind](v)
                if not ok:
                    errs.append("%s: invalid %s %s" % (f, kind, v))
            if (ID_TYPES & set(types)) != seen_types:
                errs.append(f + ": identifier types in label vs generated ids")
    return errs
