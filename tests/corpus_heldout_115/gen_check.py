"""Self-check: re-parse every file, decode every part, verify labels and identifiers, compute digest."""
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

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

from gen_common import NAMS, strip_accents
from gen_attach import pdf_text, docx_text, xlsx_text

ALL_TYPES = ["ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn", "date_of_birth", "patient_name",
             "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]


def _decode_bytes(b):
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return b.decode(enc)
        except UnicodeDecodeError:
            pass
    return b.decode("latin-1")


def _file_text(name, data, out, stats):
    low = name.lower()
    if low.endswith(".pdf"):
        t = pdf_text(data)
        assert t.strip(), "empty PDF text: " + name
        out.append(t)
        stats["pdf"] = stats.get("pdf", 0) + 1
    elif low.endswith(".docx"):
        out.append(docx_text(data))
        stats["docx"] = stats.get("docx", 0) + 1
    elif low.endswith(".xlsx"):
        out.append(xlsx_text(data))
        stats["xlsx"] = stats.get("xlsx", 0) + 1
    elif low.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        for n in z.namelist():
            out.append(n)
            _file_text(n, z.read(n), out, stats)
        stats["zip"] = stats.get("zip", 0) + 1
    elif low.endswith(".eml"):
        m = email.message_from_bytes(data, policy=email.policy.default)
        out.append(message_text(m, stats))
    elif low.endswith((".csv", ".txt", ".ics", ".vcf")):
        out.append(_decode_bytes(data))
    elif low.endswith((".png", ".jpg", ".jpeg")):
        assert data[:4] == b"\x89PNG"
    else:
        raise AssertionError("unknown attachment type " + name)


def message_text(msg, stats):
    out = []
    for h in ("From", "To", "Cc", "Subject"):
        for v in msg.get_all(h, []):
            out.append(str(v))
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if part.defects:
            raise AssertionError(f"defects in part {ct}: {part.defects}")
        if ct == "text/html":
            h = part.get_content()
            out.append(h)
            out.append(html.unescape(re.sub(r"<[^>]+>", " ", h)))
        elif ct.startswith("text/") and not fn:
            out.append(part.get_content())
        elif ct.startswith("text/") and fn and not fn.lower().endswith((".csv", ".ics", ".vcf", ".txt")):
            out.append(part.get_content())
        else:
            data = part.get_content() if not ct.startswith("text/") else part.get_payload(decode=True)
            if isinstance(data, str):
                data = data.encode("utf-8")
            if ct.startswith("text/"):
                # decode with the declared charset to be sure it is legible
                part.get_content()
            _file_text(fn or ("x." + ct.split("/")[1]), data, out, stats)
    # inner messages: their headers
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()[0]
            for h in ("From", "To", "Subject"):
                for v in inner.get_all(h, []):
                    out.append(str(v))
    return "\n".join(out)


def _norm_nam(text):
    t = unicodedata.normalize("NFKC", text).upper()
    return re.sub(r"[\s.\-/\u00a0]", "", t)


def _nfkc(text):
    return unicodedata.normalize("NFKC", text)


def find_ids(text):
    t = _nfkc(text)
    found = {}
    for m in re.finditer(r"(?<![\d])(\d{3})[ .\-]?(\d{3})[ .\-]?(\d{3})(?![\d])", t):
        n = "".join(m.groups())
        if ca_sin.is_valid(n):
            found.setdefault("ca_sin", set()).add(n)
    for m in re.finditer(r"(?<![\d])(\d{4})[ \-]?(\d{3})[ \-]?(\d{3})(?![\d])", t):
        n = "".join(m.groups())
        if luhn.is_valid(n):
            found.setdefault("ca_health_number", set()).add(n)
    for m in re.finditer(r"(?<![\d])(\d{2})[ .]?(\d{2})[ .]?(\d{2})[ .\-]?(\d{3})[ .\-]?(\d{2})(?![\d])", t):
        n = "".join(m.groups())
        if be_nn.is_valid(n):
            found.setdefault("be_niss", set()).add(n)
    for m in re.finditer(r"(?<![\dA-Z])([12]) ?(\d{2}) ?(\d{2}) ?(\d{2}|2A|2B) ?(\d{3}) ?(\d{3}) ?(\d{2})(?![\d])", t):
        n = "".join(m.groups())
        if fr_nir.is_valid(n):
            found.setdefault("fr_nir", set()).add(n)
    return found


def _name_key(s):
    return re.sub(r"\s+", " ", strip_accents(s).lower())


def check(outdir):
    with open(os.path.join(outdir, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted(["positive/" + f for f in os.listdir(os.path.join(outdir, "positive"))] +
                   ["negative/" + f for f in os.listdir(os.path.join(outdir, "negative"))])
    assert sorted(labels) == files, "labels do not cover exactly the files"
    nams = [p["nam"] for p in NAMS]
    holder_pats = []
    for p in NAMS:
        g, s = _name_key(p["given"]), _name_key(p["surname"])
        holder_pats.append(re.compile(r"\b(%s[\s,]+%s|%s[\s,]+%s)\b" % (re.escape(g), re.escape(s), re.escape(s), re.escape(g))))
    surname_pats = [re.compile(r"\b%s\b" % re.escape(_name_key(s))) for s in sorted({p["surname"] for p in NAMS})]
    stats = {}
    counts = {"positive": 0, "negative": 0, "lang": {}, "types": {}}
    errors = []
    for f in files:
        lab = labels[f]
        raw = open(os.path.join(outdir, f), "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg.defects:
            errors.append(f"{f}: header defects {msg.defects}")
        try:
            text = message_text(msg, stats)
        except Exception as e:  # noqa
            errors.append(f"{f}: decode error {e!r}")
            continue
        is_pos = f.startswith("positive/")
        if lab["confidential"] != is_pos:
            errors.append(f"{f}: confidential flag mismatch")
        if is_pos and not lab["types"]:
            errors.append(f"{f}: positive without types")
        if not is_pos and lab["types"]:
            errors.append(f"{f}: negative with types")
        for t in lab["types"]:
            if t not in ALL_TYPES:
                errors.append(f"{f}: unknown type {t}")
        counts["positive" if is_pos else "negative"] += 1
        counts["lang"][lab["lang"]] = counts["lang"].get(lab["lang"], 0) + 1
        for t in lab["types"]:
            counts["types"][t] = counts["types"].get(t, 0) + 1
        nt = _norm_nam(text)
        has_nam = any(n in nt for n in nams)
        if has_nam != ("ramq_nam" in lab["types"]):
            errors.append(f"{f}: NAM presence {has_nam} vs label")
        ids = find_ids(text)
        for t in ("ca_sin", "ca_health_number", "be_niss", "fr_nir"):
            if t in lab["types"] and t not in ids:
                errors.append(f"{f}: label {t} but no valid number found")
        if not is_pos:
            k = _name_key(text)
            for pat in holder_pats:
                if pat.search(k):
                    errors.append(f"{f}: NAM holder name in negative ({pat.pattern})")
            for pat in surname_pats:
                if pat.search(k):
                    errors.append(f"{f}: NAM holder surname in negative ({pat.pattern})")
    return counts, stats, errors


def digest(outdir):
    h = hashlib.sha256()
    paths = sorted(["positive/" + f for f in os.listdir(os.path.join(outdir, "positive")) if f.endswith(".eml")] +
                   ["negative/" + f for f in os.listdir(os.path.join(outdir, "negative")) if f.endswith(".eml")] +
                   ["labels.json"])
    for p in paths:
        h.update(p.encode("utf-8"))
        h.update(b"\0")
        h.update(open(os.path.join(outdir, p), "rb").read())
        h.update(b"\0")
    return h.hexdigest()
