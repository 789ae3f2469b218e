"""Re-parse every written file, decode every part and validate labels and identifiers."""
import base64
import email
import html as htmlmod
import io
import json
import os
import re
import unicodedata
import zipfile
import zlib
from email import policy

from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

import gen_common as C

TYPES = {"patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"}
REQUIRED = ("From", "To", "Subject", "Date", "Message-ID")

# Evidence that a labelled finding type is really present (folded text).
EVIDENCE = {
    "diagnosis": r"heart failure|hfref|hfpef|\bhf\b|copd|hypertens|\bhtn\b|diabet|t2dm|preeclampsia|covid|cardiomyopath|fibrillation|"
                 r"insuffisance cardiaque|hypertendu|\bic\b|mpoc|\bhta\b|preeclampsie|cabg|urgence hypertensive",
    "medication": r"furosemid|lasix|amlodipine|hctz|insulin|glargine|aspart|lispro|metformin|perindopril|salbutamol|ventolin|spiriva|"
                  r"tiotropium|prednisone|amoxicilline?-clav|spironolactone|sacubitril|bisoprolol|apixaban|dapagliflozin|empagliflozin|"
                  r"labetalol|nifedipine|metoprolol|ticagrelor|rosuvastatin|indapamide|budesonide|dexamethasone|viacoram|"
                  r"acetaminophen|cephalexin|basaglar",
    "lab_result": r"\d{2,3}/\d{2,3}|spo2|oxygen was \d|mmol|\d kg|\bk \d|creat|hba1c|glucose|glycemi|nt-probnp|\bph 7",
    "patient_contact": r"555-01\d\d|\b[a-z]\d[a-z] \d[a-z]\d\b",
    "date_of_birth": r"dob|birth|naissance|\bnee? le",
    "mrn": r"mrn|dossier|\bdos\.|chart|#\s?\d",
    "social_information": r"evict|expulsion|lives alone|vit seule?|income|revenu|aide sociale|violence|signalement|rent|loyer|"
                          r"assurance-emploi|ei sickness|chsld|long-term care|pension",
}


# ---------------------------------------------------------------- extraction
def _pdf_literal(s):
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i]
        if c == 0x5C:  # backslash
            i += 1
            n = s[i]
            if 0x30 <= n <= 0x37:
                j = i
                while j < len(s) and j < i + 3 and 0x30 <= s[j] <= 0x37:
                    j += 1
                out.append(int(s[i:j], 8))
                i = j
                continue
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}.get(n, n))
        else:
            out.append(c)
        i += 1
    return out.decode("cp1252", "replace")


def pdf_text(data):
    if not data.startswith(b"%PDF"):
        raise ValueError("not a PDF")
    chunks = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        dic, raw = m.group(1), m.group(2)
        if b"ASCII85Decode" in dic:
            r = raw.strip()
            raw = base64.a85decode(r[:-2] if r.endswith(b"~>") else r)
        if b"FlateDecode" in dic:
            raw = zlib.decompress(raw)
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw, re.S):
            chunks.append(_pdf_literal(s.group(1)))
    for m in re.finditer(rb"/(Title|Author|Subject)\s*\(((?:\\.|[^\\)])*)\)", data):
        chunks.append(_pdf_literal(m.group(2)))
    if not chunks:
        raise ValueError("no text in PDF")
    return "\n".join(chunks)


def xml_text(b):
    t = b.decode("utf-8")
    t = re.sub(r"</w:p>|</row>|</si>|<w:tab/>", "\n", t)
    t = re.sub(r"</w:t>|</c>|</v>|</t>", " ", t)
    return htmlmod.unescape(re.sub(r"<[^>]+>", "", t))


def zip_text(data, depth=0):
    out = []
    z = zipfile.ZipFile(io.BytesIO(data))
    if z.testzip() is not None:
        raise ValueError("corrupt zip member")
    for name in z.namelist():
        blob = z.read(name)
        out.append(name)
        if re.search(r"(theme|styles|settings|fontTable|webSettings|app)\.xml$", name):
            continue
        low = name.lower()
        if low.endswith((".xml", ".rels")):
            out.append(xml_text(blob))
        elif low.endswith(".pdf"):
            out.append(pdf_text(blob))
        elif low.endswith((".docx", ".xlsx", ".zip")):
            out.append(zip_text(blob, depth + 1))
        elif low.endswith((".txt", ".csv")):
            out.append(blob.decode("utf-8"))
    return "\n".join(out)


def unfold_ics(t):
    t = t.replace("\r\n ", "").replace("\n ", "")
    return t.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


def extract(msg, feats, depth=0):
    """All human-readable text of a message, its parts and attachments."""
    out = []
    for h in REQUIRED + ("Cc",):
        v = msg.get(h)
        if v is None and h != "Cc":
            raise ValueError("missing header %s (depth %d)" % (h, depth))
        if v is not None:
            out.append(str(v))
    if msg.defects:
        raise ValueError("defects %r" % msg.defects)
    stack = [msg]
    while stack:
        part = stack.pop(0)
        if part.defects:
            raise ValueError("part defects %r" % part.defects)
        ctype = part.get_content_type()
        cte = part.get("Content-Transfer-Encoding", "7bit").lower()
        feats.add("cte:" + cte)
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if ctype == "message/rfc822":
            feats.add("attachment:message/rfc822")
            inner = part.get_content()
            out.append(extract(inner, feats, depth + 1))
            continue
        if part.is_multipart():
            feats.add(ctype)
            stack = list(part.iter_parts()) + stack
            continue
        cs = part.get_content_charset()
        if cs and ctype.startswith("text/"):
            feats.add("charset:" + cs)
        if ctype in ("text/plain", "text/html") and not fn:
            t = part.get_content()
            if ctype == "text/html":
                t = htmlmod.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
            continue
        payload = part.get_payload(decode=True)
        if payload is None:
            raise ValueError("undecodable part %s" % ctype)
        low = (fn or "").lower()
        if ctype == "application/pdf":
            feats.add("attachment:PDF")
            out.append(pdf_text(payload))
        elif low.endswith(".docx"):
            feats.add("attachment:DOCX")
            out.append(zip_text(payload))
        elif low.endswith(".xlsx"):
            feats.add("attachment:XLSX")
            out.append(zip_text(payload))
        elif ctype == "application/zip":
            feats.add("attachment:ZIP")
            out.append(zip_text(payload))
        elif ctype.startswith("text/"):
            t = part.get_content()
            if ctype == "text/calendar":
                feats.add("attachment:ICS")
                if "BEGIN:VCALENDAR" not in t:
                    raise ValueError("bad ICS")
                t = unfold_ics(t)
            elif ctype in ("text/vcard", "text/x-vcard"):
                feats.add("attachment:vCard")
                if "BEGIN:VCARD" not in t:
                    raise ValueError("bad vCard")
                t = unfold_ics(t)
            elif ctype == "text/csv":
                feats.add("attachment:CSV")
            out.append(t)
        else:
            raise ValueError("unexpected attachment type %s" % ctype)
    return "\n".join(out)


# ---------------------------------------------------------------- helpers
NAM_RE = re.compile(r"(?<![A-Z0-9])([A-Z]{4})[\s./-]?(\d{4})[\s./-]?(\d{4})(?![0-9])")
SEX_RE = {"F": re.compile(r"(sexe?\s*:?\s*F\b|\bsex F\b|féminin|female)", re.I),
          "M": re.compile(r"(sexe?\s*:?\s*M\b|\bsex M\b|masculin|\bmale\b)", re.I)}


def fold(s):
    return re.sub(r"\s+", " ", C.nfkc_fold(s))


def compact(s):
    return re.sub(r"[^0-9a-z]", "", C.nfkc_fold(s))


def name_forms(p):
    g, s = C.nfkc_fold(p.given), C.nfkc_fold(p.surname)
    return ["%s %s" % (g, s), "%s, %s" % (s, g), "%s %s" % (s, g), "%s. %s" % (g[0], s)]


def has_word(text_folded, w):
    return re.search(r"(?<![a-z0-9])%s(?![a-z0-9])" % re.escape(w), text_folded) is not None


def valid_id(kind, value):
    if kind == "ramq_nam":
        return True
    if kind == "ca_sin":
        return ca_sin.is_valid(value)
    if kind == "be_niss":
        return be_nn.is_valid(value)
    if kind == "fr_nir":
        return fr_nir.is_valid(value)
    if kind == "ca_health_number":
        return C.ohip_valid(value)
    return False


# ---------------------------------------------------------------- main check
def check(out, meta):
    """meta: {relpath: Mail}.  Returns (errors, features_by_file, langs)."""
    errors = []
    holders = C.load_nam_holders()
    by_nam = {h.nam: h for h in holders}
    pos = sorted(os.listdir(os.path.join(out, "positive")))
    negs = sorted(os.listdir(os.path.join(out, "negative")))
    if len(pos) != 120 or len(negs) != 180:
        errors.append("counts %d/%d" % (len(pos), len(negs)))
    for i, f in enumerate(pos):
        if not re.fullmatch(r"p%03d_[a-z_]+\.eml" % (i + 1), f):
            errors.append("bad name " + f)
    for i, f in enumerate(negs):
        if not re.fullmatch(r"n%03d_[a-z_]+\.eml" % (i + 1), f):
            errors.append("bad name " + f)
    with open(os.path.join(out, "labels.json"), encoding="utf-8") as fh:
        raw_labels = fh.read()
    labels = json.loads(raw_labels)
    files = ["positive/" + f for f in pos] + ["negative/" + f for f in negs]
    if sorted(labels) != sorted(files) or list(labels) != sorted(labels):
        errors.append("labels keys do not match files or are unsorted")
    patient_names = set()
    for rel, m in meta.items():
        if m.confidential:
            for n in m.names:
                patient_names.add(fold(n))
    feats_by_file = {}
    msgids = set()
    texts = {}
    for rel in files:
        lab = labels.get(rel, {})
        conf = rel.startswith("positive/")
        if lab.get("confidential") is not conf:
            errors.append("%s: confidential flag" % rel)
        if lab.get("lang") not in ("fr", "en"):
            errors.append("%s: lang" % rel)
        if not lab.get("note"):
            errors.append("%s: note" % rel)
        types = lab.get("types", [])
        if conf and (not types or not set(types) <= TYPES or len(set(types)) != len(types)):
            errors.append("%s: types %r" % (rel, types))
        if not conf and types:
            errors.append("%s: negative with types" % rel)
        with open(os.path.join(out, rel), "rb") as fh:
            data = fh.read()
        feats = set()
        try:
            msg = email.message_from_bytes(data, policy=policy.default)
            text = extract(msg, feats)
        except Exception as e:  # noqa
            errors.append("%s: parse/decode failed: %s" % (rel, e))
            continue
        mid = str(msg["Message-ID"])
        if mid in msgids:
            errors.append("%s: duplicate Message-ID" % rel)
        msgids.add(mid)
        top = msg.get_content_type()
        feats.add("top:" + top)
        feats.add("eol:CRLF" if b"\r\n" in data else "eol:LF")
        head = data.split(b"\r\n\r\n" if b"\r\n\r\n" in data else b"\n\n", 1)[0]
        if re.search(rb"^Subject:[^\n]*=\?", head, re.M | re.I) or re.search(rb"^Subject:.*\r?\n[ \t][^\n]*=\?", head, re.M):
            feats.add("rfc2047:subject")
        if re.search(rb"^(From|To|Cc):(.*\r?\n[ \t])*.*=\?", head, re.M):
            feats.add("rfc2047:name")
        if b"filename*" in data:
            feats.add("rfc2231:filename")
        if re.search("[\uff10-\uff19]", text):
            feats.add("fullwidth digits")
        if re.search(r"^>", text, re.M):
            feats.add("quoted reply")
        if re.search(r"(Forwarded message|Original Message|Begin forwarded|Message transféré|Message d'origine|message réexpédié)", text):
            feats.add("inline forward")
        feats_by_file[rel] = feats
        texts[rel] = text
        ftext = fold(text)
        # --- NAM placement
        up = unicodedata.normalize("NFKC", text).upper()
        for mm in NAM_RE.finditer(up):
            nam = "".join(mm.groups())
            h = by_nam.get(nam)
            if h is None:
                errors.append("%s: NAM-like token not in blind list: %s" % (rel, nam))
                continue
            if not conf:
                errors.append("%s: NAM in a negative" % rel)
                continue
            if not (has_word(ftext, C.nfkc_fold(h.surname)) and has_word(ftext, C.nfkc_fold(h.given))):
                errors.append("%s: NAM without holder name" % rel)
            if not any(fold(d) in ftext for d in C.dob_patterns(h.dob)):
                errors.append("%s: NAM without holder birth date" % rel)
            if not SEX_RE[h.sex].search(text):
                errors.append("%s: NAM without holder sex" % rel)
            if "ramq_nam" not in types or "date_of_birth" not in types:
                errors.append("%s: NAM present but not labelled" % rel)
        if conf:
            for t in types:
                if t in EVIDENCE and not re.search(EVIDENCE[t], ftext):
                    errors.append("%s: no evidence for labelled type %s" % (rel, t))
        m = meta.get(rel)
        if m is not None:
            for h in m.nams:
                if not any(C.nfkc_fold(h.nam) in c for c in [compact(text)]):
                    errors.append("%s: holder NAM missing from text" % rel)
            ctext = compact(text)
            for kind, value in m.ids:
                if not valid_id(kind, value):
                    errors.append("%s: invalid %s" % (rel, kind))
                if compact(value) not in ctext:
                    errors.append("%s: %s not found in text" % (rel, kind))
                if kind not in types:
                    errors.append("%s: %s not labelled" % (rel, kind))
            for n in m.names:
                if fold(n) not in ftext:
                    errors.append("%s: name form missing: %r" % (rel, n))
        # --- no NAM holder (nor any positive's patient) in a negative
        if not conf:
            for h in holders:
                for form in name_forms(h):
                    if form in ftext:
                        errors.append("%s: NAM holder name in a negative" % rel)
                if has_word(ftext, C.nfkc_fold(h.surname)):
                    errors.append("%s: NAM holder surname in a negative" % rel)
            for n in patient_names:
                if len(n) > 4 and n in ftext:
                    errors.append("%s: patient name in a negative: %s" % (rel, n))
    return errors, feats_by_file, texts
