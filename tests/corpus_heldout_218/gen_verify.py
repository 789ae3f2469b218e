"""Re-parse every written file, decode every part, check labels/identifiers, compute features and digest."""
import email.parser
import email.policy
import hashlib
import io
import json
import os
import re
import unicodedata
import zipfile

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_common import (PAT_GIV_F, PAT_GIV_M, PAT_SUR, STAFF_GIV_F, STAFF_GIV_M, STAFF_SUR, TYPES, alnum, fold,
                        load_holders)
from gen_docs import ooxml_text, pdf_text

IDENT = {"patient_name", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"}
PERSONAL = {"diagnosis", "medication", "lab_result", "date_of_birth", "patient_contact", "social_information"}
OOXML = {"application/vnd.openxmlformats-officedocument.wordprocessingml.document": "DOCX attachment",
         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "XLSX attachment"}


class Fail(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise Fail(msg)


def _check_defects(part, where):
    need(not part.defects, "%s: MIME defects %r" % (where, part.defects))


def _decode_blob(name, blob, out, feats, where):
    low = name.lower()
    if low.endswith(".pdf"):
        out.append(pdf_text(blob))
    elif low.endswith(".docx") or low.endswith(".xlsx"):
        out.append(ooxml_text(blob))
    elif low.endswith(".eml"):
        m = email.parser.BytesParser(policy=email.policy.default).parsebytes(blob)
        _walk(m, out, feats, where + "/" + name)
    elif low.endswith((".txt", ".csv", ".ics", ".vcf")):
        out.append(blob.decode("utf-8"))
    else:
        raise Fail("%s: cannot decode zip member %s" % (where, name))


def _headers(m, out):
    for h in ("subject", "from", "to", "cc"):
        v = m.get(h)
        if v is not None:
            out.append(str(v))


def _walk(part, out, feats, where):
    _check_defects(part, where)
    ct = part.get_content_type()
    fn = part.get_filename()
    if fn:
        out.append(fn)
    if ct.startswith("multipart/"):
        feats.add(ct)
        subs = list(part.iter_parts())
        need(subs, "%s: empty multipart" % where)
        for sub in subs:
            _walk(sub, out, feats, where)
        return
    cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
    feats.add("Content-Transfer-Encoding: " + cte)
    if ct == "message/rfc822":
        feats.add("attached message/rfc822")
        inner = part.get_content()
        _headers(inner, out)
        _walk(inner, out, feats, where + "/eml")
        return
    if ct.startswith("text/"):
        cs = part.get_content_charset() or "us-ascii"
        feats.add("charset " + cs)
        txt = part.get_content()
        need(isinstance(txt, str) and txt.strip(), "%s: empty text part" % where)
        out.append(txt)
        if ct == "text/csv":
            feats.add("CSV attachment")
        elif ct == "text/calendar":
            feats.add("ICS attachment")
        elif ct in ("text/vcard", "text/x-vcard"):
            feats.add("vCard attachment")
        return
    data = part.get_content()
    need(isinstance(data, bytes) and data, "%s: empty binary part" % where)
    if ct == "application/pdf":
        feats.add("PDF attachment")
        out.append(pdf_text(data))
    elif ct in OOXML:
        feats.add(OOXML[ct])
        out.append(ooxml_text(data))
    elif ct == "application/zip":
        feats.add("ZIP attachment")
        z = zipfile.ZipFile(io.BytesIO(data))
        need(z.testzip() is None, "%s: bad zip" % where)
        for n in z.namelist():
            out.append(n)
            _decode_blob(n, z.read(n), out, feats, where + "/zip")
    else:
        raise Fail("%s: unexpected content type %s" % (where, ct))


def analyse(raw, where):
    feats = set()
    msg = email.parser.BytesParser(policy=email.policy.default).parsebytes(raw)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        need(msg.get(h), "%s: missing %s" % (where, h))
    need(msg["Date"].datetime is not None, "%s: bad Date" % where)
    out = []
    _headers(msg, out)
    _walk(msg, out, feats, where)
    top = msg.get_content_type()
    feats.add({"text/plain": "single text/plain body", "text/html": "single text/html body (HTML only)"}.get(
        top, "top-level " + top))
    feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    head = re.split(rb"\r?\n\r?\n", raw, 1)[0]
    raw_h = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(head + b"\n\n")
    if "=?" in str(raw_h.get("Subject", "")):
        feats.add("RFC 2047 encoded Subject")
    if any("=?" in str(raw_h.get(h, "")) for h in ("From", "To", "Cc")):
        feats.add("RFC 2047 encoded display name")
    if re.search(rb"filename\*(0\*?)?=", raw):
        feats.add("RFC 2231 file name")
    if re.search(rb"filename\*1\*?=", raw):
        feats.add("RFC 2231 continuation")
    text = "\n".join(out)
    return text, feats


def _valid(ty, d):
    if ty == "ca_sin":
        return ca_sin.is_valid(d)
    if ty == "ca_health_number":
        return len(d) == 10 and luhn.is_valid(d)
    if ty == "be_niss":
        return be_nn.is_valid(d)
    if ty == "fr_nir":
        return fr_nir.is_valid(d)
    return False


def _words(s):
    return set(re.findall(r"[a-z0-9']+", fold(unicodedata.normalize("NFKC", s)).replace("-", " ")))


def verify(out_dir, specs):
    """specs: {relpath: Spec}. Returns (features {feature: count}, digest)."""
    with open(os.path.join(out_dir, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted(["positive/" + f for f in os.listdir(os.path.join(out_dir, "positive"))] +
                   ["negative/" + f for f in os.listdir(os.path.join(out_dir, "negative"))])
    need(sorted(labels) == files, "labels and files differ")
    need(list(labels) == sorted(labels), "labels.json keys not sorted")
    pos = [f for f in files if f.startswith("positive/")]
    neg = [f for f in files if f.startswith("negative/")]
    need(len(pos) == 120 and len(neg) == 180, "counts %d/%d" % (len(pos), len(neg)))
    for i, f in enumerate(pos):
        need(re.fullmatch(r"positive/p%03d_[a-z_]+\.eml" % (i + 1), f), "bad name " + f)
    for i, f in enumerate(neg):
        need(re.fullmatch(r"negative/n%03d_[a-z_]+\.eml" % (i + 1), f), "bad name " + f)
    holders = load_holders()
    names = {fold(x) for x in PAT_SUR + STAFF_SUR + PAT_GIV_F + PAT_GIV_M + STAFF_GIV_F + STAFF_GIV_M}
    names |= {fold(h.surname) for h in holders} | {fold(h.given) for h in holders}
    feats_count = {}
    for f in files:
        lab = labels[f]
        need(set(lab) == {"confidential", "types", "lang", "note"}, f + ": label keys")
        need(lab["lang"] in ("fr", "en"), f + ": lang")
        need(lab["note"] and not (_words(lab["note"]) & names), f + ": note empty or contains a name")
        need(lab["confidential"] == f.startswith("positive/"), f + ": confidential flag")
        need(set(lab["types"]) <= set(TYPES) and lab["types"] == sorted(set(lab["types"]), key=TYPES.index),
             f + ": types")
        with open(os.path.join(out_dir, f), "rb") as fh:
            raw = fh.read()
        text, feats = analyse(raw, f)
        for ft in feats:
            feats_count[ft] = feats_count.get(ft, 0) + 1
        an = alnum(text)
        ft_text = fold(unicodedata.normalize("NFKC", text))
        words = _words(text)
        sp = specs[f]
        if lab["confidential"]:
            ty = set(lab["types"])
            need(ty and ty & IDENT and ty & PERSONAL, f + ": positive needs identity + personal types")
            need(ty == sp.types, f + ": label types differ from generated types")
            for kind, d in sp.ids:
                need(_valid(kind, d), "%s: invalid %s %s" % (f, kind, d))
                need(d in re.sub(r"[^0-9]", "", unicodedata.normalize("NFKC", text)) or d in an,
                     "%s: %s not present" % (f, kind))
            used = set()
            for p, musts in sp.nams:
                used.add(p.nam)
                need(p.nam in an, "%s: NAM %s missing" % (f, p.nam))
                need(fold(p.surname) in words and fold(p.given) in words, "%s: holder name missing" % f)
                for m in musts:
                    need(fold(unicodedata.normalize("NFKC", m)) in ft_text, "%s: '%s' missing near NAM" % (f, m))
            for h in holders:
                if h.nam in an:
                    need(h.nam in used, "%s: unregistered NAM %s" % (f, h.nam))
        else:
            need(lab["types"] == [], f + ": negative with types")
            for h in holders:
                need(h.nam not in an, "%s: NAM in a negative" % f)
                need(fold(h.surname) not in words, "%s: NAM holder surname in a negative" % f)
            need(not sp.ids and not sp.nams and not sp.types, f + ": negative recorded findings")
    h = hashlib.sha256()
    for f in sorted(files + ["labels.json"]):
        with open(os.path.join(out_dir, f), "rb") as fh:
            h.update(f.encode() + b"\0" + fh.read() + b"\0")
    return feats_count, h.hexdigest()
