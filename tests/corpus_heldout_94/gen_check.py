"""Self-check: re-parse every message, decode every part and attachment, verify
labels and identifiers, then print counts and the digest."""
import collections
import email
import email.policy
import glob
import hashlib
import html
import json
import os
import re
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

import gen_data as D
import gen_files as F

TYPES = {"ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn", "date_of_birth", "patient_name",
         "diagnosis", "medication", "lab_result", "patient_contact", "social_information"}


def _html_to_text(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</div>", "\n", s)
    s = re.sub(r"(?i)</t[dh]>", " | ", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def message_text(msg):
    out = []
    for h in ("Subject", "From", "To", "Cc"):
        v = msg.get(h)
        if v is not None:
            out.append(str(v))
    if msg.get_content_type() == "message/rfc822":
        inner = msg.get_payload()[0] if isinstance(msg.get_payload(), list) else msg.get_content()
        out.append(message_text(inner))
        return "\n".join(out)
    if msg.is_multipart():
        for part in msg.iter_parts():
            out.append(_part_text(part))
    else:
        out.append(_part_text(msg, top=True))
    return "\n".join(out)


def _part_text(part, top=False):
    ct = part.get_content_type()
    if ct == "message/rfc822":
        fn = part.get_filename() or ""
        inner = part.get_payload()[0]
        return fn + "\n" + message_text(inner)
    if part.is_multipart():
        return "\n".join(_part_text(p) for p in part.iter_parts())
    fn = part.get_filename()
    out = [fn] if fn else []
    if ct.startswith("text/") and not fn:
        txt = part.get_content()
        out.append(_html_to_text(txt) if ct == "text/html" else txt)
    else:
        data = part.get_payload(decode=True) or b""
        out.append(F.file_text(fn or ("x.txt" if ct.startswith("text/") else "x.bin"), data))
    return "\n".join(out)


def norm_alnum(s):
    return re.sub(r"[^0-9A-Z]", "", unicodedata.normalize("NFKC", s).upper())


def norm_name(s):
    s = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", s))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", s)


VALIDATORS = {
    "ca_sin": (ca_sin.is_valid, re.compile(r"(?<!\d)\d{3}[ .\-]?\d{3}[ .\-]?\d{3}(?!\d)")),
    "ca_health_number": (lambda n: len(n) == 10 and luhn.is_valid(n), re.compile(r"(?<!\d)\d{4}[ .\-]?\d{3}[ .\-]?\d{3}(?!\d)")),
    "be_niss": (be_nn.is_valid, re.compile(r"(?<!\d)\d{2}\.?\d{2}\.?\d{2}[ .\-]?\d{3}[ .\-]?\d{2}(?!\d)")),
    "fr_nir": (fr_nir.is_valid, re.compile(r"(?<![\dA-Z])[12][ .]?\d{2}[ .]?\d{2}[ .]?(?:\d{2}|2A|2B)[ .]?\d{3}[ .]?\d{3}(?:[ .]|\s-\s)?\d{2}(?!\d)")),
}


def run(out_dir, specs_meta=None, quiet=False):
    labels = json.load(open(os.path.join(out_dir, "labels.json"), encoding="utf-8"))
    files = sorted(os.path.relpath(p, out_dir) for p in glob.glob(os.path.join(out_dir, "positive", "*.eml")) +
                   glob.glob(os.path.join(out_dir, "negative", "*.eml")))
    errors = []
    if set(files) != set(labels):
        errors.append(f"labels/files mismatch: {set(files) ^ set(labels)}")
    holders = D.load_nam_holders()
    nams = {h["nam"] for h in holders}
    holder_names = set()
    for h in holders:
        g, s = norm_name(h["given"]).strip(), norm_name(h["surname"]).strip()
        holder_names |= {f" {g} {s} ", f" {s} {g} "}
    texts = {}
    for f in files:
        raw = open(os.path.join(out_dir, f), "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        texts[f] = message_text(msg)
    pos_patient_names = set()
    for f in files:
        lab = labels.get(f, {})
        t = texts[f]
        an = norm_alnum(t)
        found_nams = {n for n in nams if n in an}
        is_pos = f.startswith("positive/")
        if lab.get("confidential") is not is_pos:
            errors.append(f"{f}: confidential flag")
        types = set(lab.get("types", []))
        if not types <= TYPES:
            errors.append(f"{f}: unknown types {types - TYPES}")
        if is_pos and not types:
            errors.append(f"{f}: positive without types")
        if not is_pos and types:
            errors.append(f"{f}: negative with types")
        if bool(found_nams) != ("ramq_nam" in types):
            errors.append(f"{f}: NAM presence {sorted(found_nams)} vs label")
        meta = (specs_meta or {}).get(f, {})
        for n in meta.get("nams", []):
            if n not in an:
                errors.append(f"{f}: recorded NAM {n} not found")
        nt = unicodedata.normalize("NFKC", t)
        digits_only = re.sub(r"[^0-9A-Z]", "", nt.upper())
        for typ, (valid, rx) in VALIDATORS.items():
            if typ in types:
                cands = [re.sub(r"[^0-9A-Z]", "", m.group(0).upper()) for m in rx.finditer(nt.upper())]
                if not any(valid(c) for c in cands):
                    errors.append(f"{f}: no valid {typ} found in text")
                for num in meta.get("ids", {}).get(typ, []):
                    if num not in digits_only or not valid(num):
                        errors.append(f"{f}: recorded {typ} {num} missing/invalid")
        for typ in meta.get("ids", {}):
            if typ not in types:
                errors.append(f"{f}: id {typ} recorded but not labelled")
        if not is_pos:
            nn = " " + norm_name(t) + " "
            for hn in holder_names:
                if hn in nn:
                    errors.append(f"{f}: NAM holder name '{hn.strip()}' in negative")
        else:
            for pn in meta.get("patients", []):
                pos_patient_names.add(pn)
    for f in files:
        if f.startswith("negative/"):
            nn = " " + norm_name(texts[f]) + " "
            for pn in pos_patient_names:
                if f" {pn} " in nn:
                    errors.append(f"{f}: patient name '{pn}' appears in a negative")
    # digest
    h = hashlib.sha256()
    for rel in sorted(files + ["labels.json"]):
        h.update(rel.encode() + b"\0" + open(os.path.join(out_dir, rel), "rb").read() + b"\0")
    digest = h.hexdigest()
    langs = collections.Counter((("pos" if k.startswith("positive/") else "neg"), v["lang"]) for k, v in labels.items())
    tcount = collections.Counter(t for v in labels.values() for t in v["types"])
    if not quiet:
        print(f"files: {len(files)} (positive {sum(f.startswith('positive/') for f in files)}, "
              f"negative {sum(f.startswith('negative/') for f in files)})")
        print("languages:", dict(sorted(langs.items())))
        print("types:", dict(sorted(tcount.items())))
        print("errors:", len(errors))
        for e in errors[:40]:
            print("  ", e)
        print("sha256:", digest)
    return errors, digest, langs, tcount
