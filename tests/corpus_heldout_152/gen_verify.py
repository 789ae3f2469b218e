"""Checks run after writing: parsing, decoding, labels, NAM placement, identifiers."""
import hashlib
import json
import os
import re
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

import gen_common as G
from gen_extract import analyse

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss",
         "fr_nir", "mrn", "diagnosis", "medication", "lab_result", "patient_contact",
         "social_information"]

VALID = {
    "ca_sin": ca_sin.is_valid,
    "ca_health_number": lambda n: len(n) == 10 and luhn.is_valid(n),
    "be_niss": be_nn.is_valid,
    "fr_nir": fr_nir.is_valid,
}


def norm_id(text):
    t = unicodedata.normalize("NFKC", text).upper()
    return re.sub(r"[\s.\-/]", "", t)


def norm_words(text):
    t = unicodedata.normalize("NFKC", text)
    t = G.strip_accents(t).lower()
    return re.sub(r"\s+", " ", t)


def digits_only(text):
    return re.sub(r"\D", "", unicodedata.normalize("NFKC", text))


SEX_RE = re.compile(r"(sexe?\s*[:;|]?\s*[mf]\b|\bfemme\b|\bhomme\b|\bfemale\b|\bmale\b|(^|[\s|;(,>])[mf]([\s|;),<]|$))",
                    re.I | re.M)


def holder_name_re(g, s):
    g = re.escape(norm_words(g))
    s = re.escape(norm_words(s))
    return re.compile(rf"\b{g}\W{{1,3}}{s}\b|\b{s}\W{{1,3}}{g}\b")


def digest(out):
    h = hashlib.sha256()
    rels = ["labels.json"]
    for sub in ("positive", "negative"):
        rels += [f"{sub}/{f}" for f in os.listdir(os.path.join(out, sub)) if f.endswith(".eml")]
    for rel in sorted(rels):
        with open(os.path.join(out, rel), "rb") as fh:
            data = fh.read()
        h.update(rel.encode("utf-8") + b"\0" + data + b"\0")
    return h.hexdigest()


def verify(out, metas, shared, nams):
    errors = []
    with open(os.path.join(out, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    keys = list(labels)
    if keys != sorted(keys):
        errors.append("labels.json keys not sorted")
    files = []
    for sub in ("positive", "negative"):
        files += [f"{sub}/{f}" for f in sorted(os.listdir(os.path.join(out, sub))) if f.endswith(".eml")]
    if set(files) != set(keys):
        errors.append("labels.json does not match the files on disk")
    pos = [f for f in files if f.startswith("positive/")]
    neg = [f for f in files if f.startswith("negative/")]
    if len(pos) != 120 or len(neg) != 180:
        errors.append(f"counts {len(pos)}/{len(neg)}")
    for i, f in enumerate(pos, 1):
        if not re.fullmatch(rf"positive/p{i:03d}_[a-z0-9_]+\.eml", f):
            errors.append(f"bad name {f}")
    for i, f in enumerate(neg, 1):
        if not re.fullmatch(rf"negative/n{i:03d}_[a-z0-9_]+\.eml", f):
            errors.append(f"bad name {f}")

    all_nams = {r["nam"]: r for r in nams}
    holder_res = [(r, holder_name_re(r["given"], r["surname"])) for r in nams]
    pos_name_res = sorted(set(shared.pos_names))
    pos_ids = []
    features = {}
    analysed = {}
    for f in files:
        lab = labels.get(f, {})
        with open(os.path.join(out, f), "rb") as fh:
            raw = fh.read()
        try:
            acc = analyse(raw)
        except Exception as ex:  # noqa: BLE001
            errors.append(f"{f}: parse/decode failure: {ex!r}")
            continue
        analysed[f] = acc
        for ft in acc["features"]:
            features.setdefault(ft, []).append(f)
        is_pos = f.startswith("positive/")
        if lab.get("confidential") is not is_pos:
            errors.append(f"{f}: confidential flag wrong")
        if lab.get("lang") not in ("fr", "en"):
            errors.append(f"{f}: lang")
        if not lab.get("note"):
            errors.append(f"{f}: note missing")
        types = lab.get("types")
        if not isinstance(types, list) or any(t not in TYPES for t in types):
            errors.append(f"{f}: bad types {types}")
            continue
        if is_pos and not types:
            errors.append(f"{f}: positive without types")
        if not is_pos and types:
            errors.append(f"{f}: negative with types")
        meta = metas[f]
        full = acc["full"]
        nid = norm_id(full)
        nw = norm_words(full)
        found_nams = [n for n in all_nams if n in nid]
        if is_pos:
            recorded = {m["nam"] for m in meta["nams"]}
            if ("ramq_nam" in types) != bool(recorded):
                errors.append(f"{f}: ramq_nam label inconsistent")
            if set(found_nams) != recorded:
                errors.append(f"{f}: NAMs found {found_nams} vs recorded {sorted(recorded)}")
            for m in meta["nams"]:
                rec = all_nams.get(m["nam"])
                if rec is None:
                    errors.append(f"{f}: NAM not from the blind list")
                    continue
                if (rec["surname"], rec["given"], rec["dob"], rec["sex"]) != (m["surname"], m["given"], m["dob"], m["sex"]):
                    errors.append(f"{f}: NAM holder mismatch")
                if norm_words(rec["surname"]) not in nw or norm_words(rec["given"]) not in nw:
                    errors.append(f"{f}: NAM {m['nam']} without holder's name")
                nfk = unicodedata.normalize("NFKC", full)
                if not any(s in nfk for s in G.dob_styles(rec["dob"])):
                    errors.append(f"{f}: NAM {m['nam']} without birth date")
                if not SEX_RE.search(full):
                    errors.append(f"{f}: NAM {m['nam']} without sex")
            for t in ("patient_name", "date_of_birth"):
                if meta["nams"] and t not in types:
                    errors.append(f"{f}: NAM message lacks {t}")
            dg = digits_only(full)
            for t, v in meta["ids"]:
                if not VALID[t](v):
                    errors.append(f"{f}: invalid {t} {v}")
                if v not in dg:
                    errors.append(f"{f}: {t} {v} not found in text")
                if t not in types:
                    errors.append(f"{f}: {t} present but not labelled")
                pos_ids.append(v)
            for t in ("ca_sin", "ca_health_number", "be_niss", "fr_nir"):
                if t in types and t not in [x[0] for x in meta["ids"]]:
                    errors.append(f"{f}: {t} labelled but not recorded")
            for nm in meta["names"]:
                if norm_words(nm) not in nw:
                    errors.append(f"{f}: name form '{nm}' not found")
            if "patient_name" not in types:
                errors.append(f"{f}: positive without patient_name")
        else:
            if found_nams:
                errors.append(f"{f}: NAM in a negative")
            for rec, rx in holder_res:
                if rx.search(nw):
                    errors.append(f"{f}: NAM holder name {rec['given']} {rec['surname']} in a negative")
            for pn in pos_name_res:
                if norm_words(pn) in nw:
                    errors.append(f"{f}: patient name {pn} in a negative")
    # identifiers of positives must not leak into negatives
    for f in neg:
        acc = analysed.get(f)
        if not acc:
            continue
        dg = digits_only(acc["full"])
        for v in pos_ids:
            if v in dg:
                errors.append(f"{f}: positive identifier in a negative")
    return errors, features
