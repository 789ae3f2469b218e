"""Self-check: re-parse every file, decode every part, verify labels, NAM
placement, identifier validity and the absence of NAM holders in negatives."""
import email
import email.policy
import html as htmlmod
import io
import json
import os
import re
import unicodedata
import zipfile

from gen_common import ALL_TYPES, fold, fmt_date, load_holders, valid_id
from gen_attach import pdf_text, docx_text, xlsx_text, bytes_text

REQUIRED = ["From", "To", "Subject", "Date", "Message-ID"]
SEP_RE = re.compile(r"[\s.\-/]+")
NAM_LIKE = re.compile(r"\b[A-Z]{4}[ .\-/]?\d{2} ?\d{2}[ .\-/]?\d{2} ?\d{2}\b")


def _decode_blob(name, data, out, feats, depth=0):
    low = (name or "").lower()
    if data[:5] == b"%PDF-" or low.endswith(".pdf"):
        out.append(pdf_text(data))
    elif low.endswith(".docx"):
        out.append(docx_text(data))
    elif low.endswith(".xlsx"):
        out.append(xlsx_text(data))
    elif low.endswith(".zip"):
        feats.add("zip_decoded")
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            if z.testzip() is not None:
                raise ValueError("bad zip member")
            for info in z.infolist():
                out.append(info.filename)
                _decode_blob(info.filename, z.read(info.filename), out, feats, depth + 1)
    elif low.endswith(".eml"):
        m = email.message_from_bytes(data, policy=email.policy.default)
        collect(m, out, feats, depth + 1)
    else:
        out.append(bytes_text(data))


def collect(msg, out, feats, depth=0):
    for h in ("From", "To", "Cc", "Subject"):
        if msg[h] is not None:
            out.append(str(msg[h]))
    _walk(msg, out, feats, depth)


def _walk(part, out, feats, depth):
    ctype = part.get_content_type()
    if part.is_multipart() and ctype != "message/rfc822":
        for sub in part.iter_parts():
            _walk(sub, out, feats, depth)
        return
    fn = part.get_filename()
    if fn:
        out.append(fn)
    if ctype == "message/rfc822":
        inner = part.get_content()
        feats.add("nested_eml_decoded")
        collect(inner, out, feats, depth + 1)
        return
    content = part.get_content()
    if isinstance(content, str):
        if ctype == "text/html":
            if "<blockquote" in content:
                feats.add("quoted_reply")
            txt = re.sub(r"<[^>]+>", " ", content)
            out.append(htmlmod.unescape(txt))
        else:
            if re.search(r"^>", content, re.M):
                feats.add("quoted_reply")
            out.append(content)
    else:
        _decode_blob(fn, content, out, feats)


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"\s+", " ", s)


def compact(s):
    return SEP_RE.sub("", unicodedata.normalize("NFKC", s)).upper()


def check_corpus(out_dir, labels, meta):
    """labels: dict path -> label; meta: dict path -> {'facts':..., 'feats': set}.
    Returns (errors, features) where features maps feature -> set(paths)."""
    errors = []
    holders = load_holders()
    nam_map = {h["nam"]: h for h in holders}
    features = {}

    files = sorted(
        [f"positive/{f}" for f in os.listdir(os.path.join(out_dir, "positive"))] +
        [f"negative/{f}" for f in os.listdir(os.path.join(out_dir, "negative"))])
    if files != sorted(labels):
        errors.append("label keys do not match files")
    pos = [f for f in files if f.startswith("positive/")]
    neg = [f for f in files if f.startswith("negative/")]
    if len(pos) != 120 or len(neg) != 180:
        errors.append(f"counts {len(pos)}/{len(neg)}")
    with open(os.path.join(out_dir, "labels.json"), encoding="utf-8") as fh:
        disk = json.load(fh)
    if list(disk) != sorted(disk) or disk != labels:
        errors.append("labels.json not sorted or differs")

    for path in files:
        lab = labels.get(path, {})
        positive = path.startswith("positive/")
        if lab.get("confidential") is not positive:
            errors.append(f"{path}: confidential flag")
        if lab.get("lang") not in ("fr", "en"):
            errors.append(f"{path}: lang")
        if not lab.get("note"):
            errors.append(f"{path}: note")
        types = lab.get("types", [])
        if positive and not types:
            errors.append(f"{path}: positive without types")
        if not positive and types:
            errors.append(f"{path}: negative with types")
        if any(t not in ALL_TYPES for t in types):
            errors.append(f"{path}: unknown type")
        with open(os.path.join(out_dir, path), "rb") as fh:
            raw = fh.read()
        feats = set(meta[path]["feats"])
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for h in REQUIRED:
                if not msg[h]:
                    errors.append(f"{path}: missing {h}")
            if msg.defects:
                errors.append(f"{path}: defects {msg.defects}")
            texts = []
            collect(msg, texts, feats)
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{path}: decode failure {exc!r}")
            continue
        full = "\n".join(texts)
        if re.search("[\uff10-\uff19]", full):
            feats.add("fullwidth_digits")
        if "Message transféré" in full or "Forwarded message" in full:
            feats.add("inline_forward")
        ntext = norm(full)
        ftext = fold(ntext)
        ctext = compact(full)
        facts = meta[path]["facts"]

        # NAMs anywhere in the file
        found = [n for n in nam_map if n in ctext]
        for m in NAM_LIKE.finditer(unicodedata.normalize("NFKC", full).upper()):
            if compact(m.group(0)) not in nam_map:
                errors.append(f"{path}: NAM-like string not from the list: {m.group(0)}")
        if not positive and found:
            errors.append(f"{path}: NAM in a negative")
        if positive:
            for n in found:
                if n not in facts["nams"]:
                    errors.append(f"{path}: unrecorded NAM {n}")
            for n in facts["nams"]:
                h = nam_map.get(n)
                if h is None:
                    errors.append(f"{path}: NAM not in list")
                    continue
                if n not in ctext:
                    errors.append(f"{path}: recorded NAM absent")
                if fold(h["surname"]) not in ftext or fold(h["given"]) not in ftext:
                    errors.append(f"{path}: NAM without holder name")
                dobs = {fmt_date(h["dob"], lg, st) for lg in ("fr", "en")
                        for st in ("iso", "dmy", "ymd_slash", "dmy_dash", "mdy", "long", "dotted")}
                if not any(d in ntext for d in dobs):
                    errors.append(f"{path}: NAM without holder birth date")
                sexw = {"F": ["F", "féminin", "female"], "M": ["M", "masculin", "male"]}[h["sex"]]
                if not any(re.search(r"(?<![A-Za-z])" + re.escape(w) + r"(?![A-Za-z])", ntext) for w in sexw):
                    errors.append(f"{path}: NAM without holder sex")
            if facts["nams"] and "ramq_nam" not in types:
                errors.append(f"{path}: ramq_nam not labelled")
            if "ramq_nam" in types and not facts["nams"]:
                errors.append(f"{path}: ramq_nam labelled without NAM")
            for kind, value in facts["ids"]:
                if not valid_id(kind, value):
                    errors.append(f"{path}: invalid {kind}")
                if value not in ctext:
                    errors.append(f"{path}: {kind} value absent from text")
                if kind not in types:
                    errors.append(f"{path}: {kind} not labelled")
            for kind in ("ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"):
                if kind in types and not any(k == kind for k, _ in facts["ids"]):
                    errors.append(f"{path}: {kind} labelled without value")
            for s in facts["strings"]:
                if norm(s) not in ntext:
                    errors.append(f"{path}: recorded string absent: {s!r}")
        else:
            for h in holders:
                sur, giv = fold(h["surname"]), fold(h["given"])
                if re.search(r"\b" + re.escape(sur) + r"\b", ftext):
                    errors.append(f"{path}: NAM holder surname in a negative ({h['surname']})")
                for combo in (f"{giv} {sur}", f"{sur} {giv}", f"{sur}, {giv}"):
                    if combo in ftext:
                        errors.append(f"{path}: NAM holder name in a negative")
        for f in feats:
            features.setdefault(f, set()).add(path)
    return errors, features
