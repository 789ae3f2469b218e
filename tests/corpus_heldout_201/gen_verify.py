"""Re-parse every written file, decode every part, check labels and identifiers, count transport features."""
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
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_common import load_nams, ohn_valid

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]


# --------------------------------------------------------------------------- decoding

def pdf_text(data):
    if not data.startswith(b"%PDF"):
        raise ValueError("not a PDF")
    out = []
    for m in re.finditer(rb"\((?:\\.|[^\\)])*\)", data, re.S):
        s = m.group(0)[1:-1]
        b = bytearray()
        i = 0
        while i < len(s):
            c = s[i]
            if c == 0x5C and i + 1 < len(s):
                n = s[i + 1]
                if 0x30 <= n <= 0x37:
                    j = i + 1
                    oct_ = b""
                    while j < len(s) and len(oct_) < 3 and 0x30 <= s[j] <= 0x37:
                        oct_ += bytes([s[j]])
                        j += 1
                    b.append(int(oct_, 8) & 0xFF)
                    i = j
                    continue
                b.append({0x6E: 10, 0x72: 13, 0x74: 9}.get(n, n))
                i += 2
                continue
            b.append(c)
            i += 1
        out.append(bytes(b).decode("cp1252", "replace"))
    return "\n".join(out)


def _xml_text(b):
    s = b.decode("utf-8")
    s = re.sub(r"</w:p>|</row>|</si>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    s = re.sub(r"[ \t]+", " ", s)
    s = re.sub(r"\s*\n\s*", "\n", s)
    return html.unescape(s).strip()


def ooxml_text(data, kind):
    z = zipfile.ZipFile(io.BytesIO(data))
    names = z.namelist()
    if kind == "docx":
        parts = [n for n in names if n.startswith("word/") and n.endswith(".xml")]
    else:
        parts = [n for n in names if n.startswith("xl/") and n.endswith(".xml")]
    if not parts:
        raise ValueError("empty OOXML")
    return "\n".join(_xml_text(z.read(n)) for n in sorted(parts))


def blob_text(name, data):
    n = name.lower()
    if n.endswith(".pdf"):
        return pdf_text(data)
    if n.endswith(".docx"):
        return ooxml_text(data, "docx")
    if n.endswith(".xlsx"):
        return ooxml_text(data, "xlsx")
    if n.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip() is not None:
            raise ValueError("bad zip member")
        return "\n".join(m + "\n" + blob_text(m, z.read(m)) for m in z.namelist())
    if n.endswith(".eml"):
        return msg_text(email.message_from_bytes(data, policy=email.policy.default))
    for cs in ("utf-8", "cp1252"):
        try:
            return data.decode(cs)
        except UnicodeDecodeError:
            pass
    raise ValueError("undecodable " + name)


def msg_text(msg, feats=None):
    out = []
    for h in ("From", "To", "Cc", "Subject"):
        if msg[h] is not None:
            out.append("%s: %s" % (h, str(msg[h])))
    for part in msg.walk():
        if part.defects:
            raise ValueError("MIME defects: %r" % (part.defects,))
        ct = part.get_content_type()
        if part.is_multipart() and ct != "message/rfc822":
            if feats is not None:
                feats.add("multipart/" + part.get_content_subtype())
            continue
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if feats is not None:
            for k, v in part.raw_items():
                if k.lower() == "content-disposition" and "filename*" in v:
                    feats.add("RFC 2231 file name")
            cte = part.get("Content-Transfer-Encoding")
            if cte:
                feats.add("CTE " + str(cte).lower())
            cs = part.get_param("charset")
            if cs:
                feats.add("charset " + str(cs).lower())
        if ct == "message/rfc822":
            inner = part.get_content()
            if feats is not None:
                feats.add("attachment .eml (message/rfc822)")
            out.append(msg_text(inner))
            continue
        content = part.get_content()  # must decode without error
        if part.get_content_maintype() == "text" and not fn:
            out.append(content)
            continue
        if feats is not None and fn:
            feats.add("attachment ." + fn.rsplit(".", 1)[-1].lower())
        out.append(blob_text(fn or ("x." + part.get_content_subtype()), part.get_payload(decode=True)))
    return "\n".join(out)


# --------------------------------------------------------------------------- normalisation

def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.casefold())


def compact(s):
    return re.sub(r"[^0-9A-Z]", "", unicodedata.normalize("NFKC", s).upper())


def dob_forms(d):
    from gen_common import MOIS, MONTHS, MON3
    return [d.isoformat(), "%02d/%02d/%04d" % (d.day, d.month, d.year), "%02d-%02d-%04d" % (d.day, d.month, d.year),
            "%04d/%02d/%02d" % (d.year, d.month, d.day), "%d %s %d" % (d.day, MOIS[d.month - 1], d.year),
            "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year), "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year),
            "%02d-%s-%d" % (d.day, MON3[d.month - 1], d.year)]


# --------------------------------------------------------------------------- features

def transport_features(raw, msg):
    f = set()
    f.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    head = raw.split(b"\r\n\r\n" if b"\r\n" in raw else b"\n\n", 1)[0]
    subj = re.search(rb"^Subject:(.*(?:\r?\n[ \t].*)*)", head, re.M)
    if subj and b"=?" in subj.group(1):
        f.add("RFC 2047 Subject")
    for h in (rb"From", rb"To", rb"Cc"):
        m = re.search(rb"^" + h + rb":(.*(?:\r?\n[ \t].*)*)", head, re.M)
        if m and b"=?" in m.group(1):
            f.add("RFC 2047 display name")
    ct = msg.get_content_type()
    if ct == "text/plain":
        f.add("text/plain only")
    elif ct == "text/html":
        f.add("text/html only")
    return f


# --------------------------------------------------------------------------- main check

def verify(out_dir, specs_by_path):
    errors = []
    nams = load_nams()
    nam_set = {h["nam"]: h for h in nams}
    with open(os.path.join(out_dir, "labels.json"), encoding="utf-8") as fh:
        raw_labels = fh.read()
    labels = json.loads(raw_labels)
    files = sorted(["positive/" + f for f in os.listdir(os.path.join(out_dir, "positive"))] +
                   ["negative/" + f for f in os.listdir(os.path.join(out_dir, "negative"))])
    if list(labels) != sorted(labels):
        errors.append("labels.json keys not sorted")
    if set(labels) != set(files):
        errors.append("labels/files mismatch")
    pos = [f for f in files if f.startswith("positive/")]
    neg = [f for f in files if f.startswith("negative/")]
    if len(pos) != 120 or len(neg) != 180:
        errors.append("counts %d/%d" % (len(pos), len(neg)))
    feat_count = {}
    for rel in files:
        lab = labels.get(rel, {})
        spec = specs_by_path[rel]
        is_pos = rel.startswith("positive/")
        if lab.get("confidential") is not is_pos:
            errors.append(rel + ": confidential flag")
        if lab.get("lang") not in ("fr", "en"):
            errors.append(rel + ": lang")
        if not lab.get("note"):
            errors.append(rel + ": note")
        if is_pos and (not lab.get("types") or set(lab["types"]) - set(TYPES)):
            errors.append(rel + ": types")
        if not is_pos and lab.get("types"):
            errors.append(rel + ": negative with types")
        with open(os.path.join(out_dir, rel), "rb") as fh:
            raw = fh.read()
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if not msg[h]:
                    errors.append(rel + ": missing " + h)
            feats = transport_features(raw, msg)
            text = msg_text(msg, feats)
        except Exception as e:  # noqa: BLE001
            errors.append("%s: parse/decode failed: %r" % (rel, e))
            continue
        for k in feats:
            feat_count[k] = feat_count.get(k, 0) + 1
        got = [a.get_filename() for a in msg.iter_attachments()]
        want = [a.filename for a in spec["atts"]]
        if got != want:
            errors.append("%s: attachment names %r != %r" % (rel, got, want))
        nt = norm(text)
        ct = compact(text)
        for s in spec["expect"]:
            if norm(s) not in nt and compact(s) not in ct:
                errors.append("%s: expected %r not found" % (rel, s))
        for kind, val in spec["ids"]:
            ok = {"ca_sin": ca_sin.is_valid, "be_niss": be_nn.is_valid, "fr_nir": fr_nir.is_valid,
                  "ca_health_number": ohn_valid}[kind](val)
            if not ok:
                errors.append("%s: invalid %s %s" % (rel, kind, val))
            if val not in ct:
                errors.append("%s: %s not in text" % (rel, kind))
            if kind not in lab.get("types", []):
                errors.append("%s: %s not labelled" % (rel, kind))
        found = [n for n in nam_set if n in ct]
        if not is_pos and found:
            errors.append("%s: NAM in negative" % rel)
        if is_pos:
            for n in found:
                h = nam_set[n]
                if norm(h["sur"]) not in nt or norm(h["giv"]) not in nt:
                    errors.append("%s: NAM %s without holder name" % (rel, n))
                if not any(norm(x) in nt for x in dob_forms(h["dob"])):
                    errors.append("%s: NAM %s without birth date" % (rel, n))
                if not re.search(r"\b(sexe?|sex)\W{0,4}%s\b" % h["sex"].lower(), nt):
                    errors.append("%s: NAM %s without sex" % (rel, n))
                if "ramq_nam" not in lab.get("types", []) or "date_of_birth" not in lab.get("types", []):
                    errors.append("%s: NAM not labelled" % rel)
            for pat in re.findall(r"\b[A-Z]{4}[ .\-/]?\d{4}[ .\-/]?\d{4}\b", unicodedata.normalize("NFKC", text)):
                if compact(pat) not in nam_set:
                    errors.append("%s: NAM-like token %s not from the list" % (rel, pat))
            if spec["nam_people"] and not found:
                errors.append("%s: NAM holder without NAM" % rel)
        else:
            for h in nams:
                g, s = norm(h["giv"]), norm(h["sur"])
                for form in (g + " " + s, s + " " + g, s + ", " + g):
                    if re.search(r"\b" + re.escape(form) + r"\b", nt):
                        errors.append("%s: NAM holder name %s %s in negative" % (rel, h["giv"], h["sur"]))
    return errors, feat_count


def digest(out_dir):
    h = hashlib.sha256()
    rels = sorted(["positive/" + f for f in os.listdir(os.path.join(out_dir, "positive"))] +
                  ["negative/" + f for f in os.listdir(os.path.join(out_dir, "negative"))] + ["labels.json"])
    for rel in rels:
        with open(os.path.join(out_dir, rel), "rb") as fh:
            h.update(rel.encode() + b"\0" + fh.read() + b"\0")
    return h.hexdigest()
