"""Re-parse every written file, decode every part, and check labels, NAM placement,
identifier validity and negatives; also collect transport features for the README."""
import email
import email.policy
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

from gen_common import HOLDERS, dob_variants, fold, normalize_for_search

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss",
         "fr_nir", "mrn", "diagnosis", "medication", "lab_result", "patient_contact",
         "social_information"]
ID_TYPE = {"nam": "ramq_nam", "sin": "ca_sin", "ohip": "ca_health_number", "niss": "be_niss",
           "nir": "fr_nir", "mrn": "mrn"}


class Fail(Exception):
    pass


# ---------------------------------------------------------------- decoders
def pdf_text(data):
    if not data.startswith(b"%PDF") or b"%%EOF" not in data[-64:]:
        raise Fail("bad PDF framing")
    chunks = [data]
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        blob = m.group(1)
        try:
            chunks.append(zlib.decompress(blob))
        except zlib.error:
            pass
    out = []
    for chunk in chunks:
        for m in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", chunk, re.S):
            s = m.group(1)
            buf = bytearray()
            i = 0
            while i < len(s):
                ch = s[i]
                if ch == 0x5C and i + 1 < len(s):
                    nx = s[i + 1]
                    if 0x30 <= nx <= 0x37:
                        j = i + 1
                        octal = b""
                        while j < len(s) and len(octal) < 3 and 0x30 <= s[j] <= 0x37:
                            octal += bytes([s[j]])
                            j += 1
                        buf.append(int(octal, 8))
                        i = j
                        continue
                    buf.append({ord("n"): 10, ord("r"): 13, ord("t"): 9}.get(nx, nx))
                    i += 2
                    continue
                buf.append(ch)
                i += 1
            out.append(buf.decode("cp1252"))
    if not out:
        raise Fail("PDF without text")
    return "\n".join(out)


def _xml_text(blob):
    txt = blob.decode("utf-8")
    txt = re.sub(r"</w:p>|</row>|</si>|</c>", "\n", txt)
    txt = re.sub(r"<[^>]+>", " ", txt)
    import html as h
    return h.unescape(txt)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    if z.testzip() is not None:
        raise Fail("corrupt DOCX")
    return _xml_text(z.read("word/document.xml"))


def xlsx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    if z.testzip() is not None:
        raise Fail("corrupt XLSX")
    parts = []
    for n in z.namelist():
        if n == "xl/sharedStrings.xml" or n.startswith("xl/worksheets/sheet"):
            parts.append(_xml_text(z.read(n)))
    return "\n".join(parts)


def blob_text(name, data, feats, depth):
    low = name.lower()
    if low.endswith(".pdf"):
        feats.add("PDF attachment")
        return pdf_text(data)
    if low.endswith(".docx"):
        feats.add("DOCX attachment")
        return docx_text(data)
    if low.endswith(".xlsx"):
        feats.add("XLSX attachment")
        return xlsx_text(data)
    if low.endswith(".zip"):
        feats.add("ZIP attachment")
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip() is not None:
            raise Fail("corrupt ZIP")
        texts = []
        for n in z.namelist():
            texts.append(n)
            texts.append(blob_text(n, z.read(n), feats, depth + 1))
        return "\n".join(texts)
    if low.endswith((".csv", ".txt", ".ics", ".vcf")):
        return data.decode("utf-8")
    if low.endswith(".eml"):
        feats.add("attached message/rfc822")
        return message_text(email.message_from_bytes(data, policy=email.policy.default), feats,
                            depth + 1)
    raise Fail("unknown attachment type %s" % name)


def message_text(msg, feats, depth=0):
    texts = []
    for h in ("From", "To", "Cc", "Subject"):
        if msg[h] is not None:
            texts.append(str(msg[h]))
    for part in msg.walk():
        if part.defects:
            raise Fail("MIME defects: %r" % part.defects)
        ctype = part.get_content_type()
        if ctype == "message/rfc822":
            feats.add("attached message/rfc822")
            inner = part.get_payload(0)
            for h in ("From", "To", "Subject"):
                if inner[h] is not None:
                    texts.append(str(inner[h]))
            if part.get_filename():
                texts.append(part.get_filename())
            continue
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            texts.append(fn)
        if ctype == "message/rfc822":
            feats.add("attached message/rfc822")
            inner = part.get_content()
            texts.append(message_text(inner, feats, depth + 1))
            continue
        content = part.get_content()
        if isinstance(content, str):
            if ctype == "text/calendar":
                feats.add("ICS attachment")
            elif ctype in ("text/vcard", "text/x-vcard"):
                feats.add("vCard attachment")
            if ctype in ("text/calendar", "text/vcard", "text/x-vcard"):
                content = re.sub(r"\r?\n[ \t]", "", content)
                content = (content.replace("\\n", "\n").replace("\\,", ",")
                           .replace("\\;", ";").replace("\\\\", "\\"))
            elif ctype == "text/csv":
                feats.add("CSV attachment")
            if ctype == "text/html":
                if re.search(r"&(?!amp;|lt;|gt;|quot;|#x27;)(?:[a-zA-Z]+|#\d+);", content):
                    feats.add("HTML entities")
                import html as h
                content = h.unescape(re.sub(r"<[^>]+>", " ", content))
            texts.append(content)
        else:
            texts.append(blob_text(fn or "", content, feats, depth))
    return "\n".join(texts)


def transport_features(raw, msg, feats):
    feats.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    top = msg.get_content_type()
    if top == "text/plain":
        feats.add("text/plain only")
    elif top == "text/html":
        feats.add("text/html only")
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "multipart/alternative":
            feats.add("multipart/alternative")
        if ct == "multipart/mixed":
            feats.add("multipart/mixed")
        if not part.is_multipart() and ct.startswith("text/") and part.get_filename() is None:
            cs = part.get_content_charset()
            if cs:
                feats.add("charset " + cs)
            cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
            feats.add("CTE " + cte)
    head = raw.split(b"\r\n\r\n" if b"\r\n" in raw else b"\n\n", 1)[0]
    if re.search(rb"^Subject:[^\n]*=\?", head, re.M | re.I) or \
            re.search(rb"^Subject:.*\n\s+=\?", head, re.M | re.I):
        feats.add("RFC 2047 Subject")
    if re.search(rb"^(From|To|Cc):[^\n]*=\?", head, re.M | re.I):
        feats.add("RFC 2047 display name")
    if re.search(rb"filename\*(0\*)?=", raw):
        feats.add("RFC 2231 file name")
    if b"ame*0*=" in raw:
        feats.add("RFC 2231 continuation")


FW_RE = re.compile("[\uff10-\uff19]")
NAM_RE = re.compile(r"(?<![A-Za-z])([A-Za-z]{4})[ .\-]?(\d{4})[ .\-]?(\d{4})(?!\d)")


def verify(outdir, items):
    errors = []
    features = {}
    holder_by_nam = {h["nam"]: h for h in HOLDERS}
    rels = sorted(it["rel"] for it in items)
    with open(os.path.join(outdir, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    if list(labels) != sorted(labels):
        errors.append("labels.json keys not sorted")
    on_disk = sorted("%s/%s" % (d, f) for d in ("positive", "negative")
                     for f in os.listdir(os.path.join(outdir, d)))
    if on_disk != sorted(labels) or on_disk != rels:
        errors.append("labels / files mismatch")
    pos = [r for r in on_disk if r.startswith("positive/")]
    neg = [r for r in on_disk if r.startswith("negative/")]
    if len(pos) != 120 or len(neg) != 180:
        errors.append("counts %d/%d" % (len(pos), len(neg)))
    for k, r in enumerate(sorted(pos), 1):
        if not re.match(r"positive/p%03d_[a-z_]+\.eml$" % k, r):
            errors.append("bad positive name %s" % r)
    for k, r in enumerate(sorted(neg), 1):
        if not re.match(r"negative/n%03d_[a-z_]+\.eml$" % k, r):
            errors.append("bad negative name %s" % r)
    meta = {it["rel"]: it["meta"] for it in items}
    for rel in on_disk:
        try:
            lab = labels[rel]
            is_pos = rel.startswith("positive/")
            if lab["confidential"] is not is_pos:
                raise Fail("confidential flag")
            if lab["lang"] not in ("fr", "en") or not lab["note"]:
                raise Fail("lang/note")
            if is_pos and (not lab["types"] or any(t not in TYPES for t in lab["types"])):
                raise Fail("positive types %r" % lab["types"])
            if not is_pos and lab["types"]:
                raise Fail("negative with types")
            with open(os.path.join(outdir, rel), "rb") as fh:
                raw = fh.read()
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if msg[h] is None or not str(msg[h]).strip():
                    raise Fail("missing header %s" % h)
            feats = set()
            text = message_text(msg, feats)
            transport_features(raw, msg, feats)
            if FW_RE.search(text):
                feats.add("full-width digits")
            features[rel] = feats
            norm = normalize_for_search(text)
            ftext = fold(unicodedata.normalize("NFKC", text))
            # NAM placement: any NAM-shaped token must be a listed NAM, only in positives
            found_nams = set()
            for m in NAM_RE.finditer(unicodedata.normalize("NFKC", text)):
                cand = (m.group(1) + m.group(2) + m.group(3)).upper()
                if cand in holder_by_nam:
                    found_nams.add(cand)
                elif is_pos and (1 <= int(cand[6:8]) % 50 <= 12) and 1 <= int(cand[8:10]) <= 31:
                    raise Fail("NAM-like token not from the list: %s" % cand)
            for nam in holder_by_nam:
                if nam in norm:
                    found_nams.add(nam)
            m = meta[rel]
            reg = {}
            for kind, val in m["ids"]:
                reg.setdefault(kind, set()).add(val)
            if not is_pos:
                if found_nams:
                    raise Fail("NAM in negative")
                for h in HOLDERS:
                    if re.search(r"\b%s\b" % re.escape(fold(h["surname"])), ftext):
                        raise Fail("NAM holder surname in negative: %s" % h["surname"])
                continue
            if found_nams != reg.get("nam", set()):
                raise Fail("NAM found %r vs registered %r" % (found_nams, reg.get("nam")))
            for nam in found_nams:
                h = holder_by_nam[nam]
                if fold(h["given"]) not in ftext or fold(h["surname"]) not in ftext:
                    raise Fail("NAM %s without holder name" % nam)
                if not any(fold(v) in ftext for v in dob_variants(h["dob"])):
                    raise Fail("NAM %s without birth date" % nam)
                if not re.search(r"\b(sexe?|sex)\b", ftext):
                    raise Fail("NAM %s without sex" % nam)
                pats = [p for p in m["patients"] if p.get("nam") == nam]
                if not pats or pats[0]["sex"] != h["sex"] or pats[0]["dob"] != h["dob"]:
                    raise Fail("NAM %s holder data altered" % nam)
            for kind, vals in reg.items():
                for v in vals:
                    ok = {"nam": lambda x: x in holder_by_nam,
                          "sin": ca_sin.is_valid,
                          "ohip": lambda x: len(x) == 10 and luhn.is_valid(x),
                          "niss": be_nn.is_valid, "nir": fr_nir.is_valid,
                          "mrn": lambda x: x.isdigit() and len(x) == 7}[kind](v)
                    if not ok:
                        raise Fail("invalid %s %s" % (kind, v))
                    if normalize_for_search(v) not in norm:
                        raise Fail("registered %s %s not in text" % (kind, v))
            for kind, t in ID_TYPE.items():
                if (kind in reg) != (t in lab["types"]):
                    raise Fail("type %s vs identifiers" % t)
            pats = m["patients"]
            if "patient_name" in lab["types"]:
                if not any(fold(p["surname"]) in ftext for p in pats):
                    raise Fail("patient_name but no surname in text")
            dob_hit = any(fold(v) in ftext for p in pats for v in dob_variants(p["dob"]))
            if dob_hit != ("date_of_birth" in lab["types"]):
                raise Fail("date_of_birth label mismatch")
            contact_hit = any(p["phone"] in text or fold(p["street"]) in ftext for p in pats)
            if contact_hit != ("patient_contact" in lab["types"]):
                raise Fail("patient_contact label mismatch")
            ident = set(lab["types"]) & {"patient_name", "ramq_nam", "ca_sin",
                                         "ca_health_number", "be_niss", "fr_nir", "mrn"}
            info = set(lab["types"]) - ident
            if not ident or not info:
                raise Fail("positive lacks identity or personal information")
        except Fail as e:
            errors.append("%s: %s" % (rel, e))
        except Exception as e:  # any decoding failure is a failure
            errors.append("%s: %s: %s" % (rel, type(e).__name__, e))
    return errors, features
