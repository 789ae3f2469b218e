"""Self-checks run after writing: re-parse, decode, labels, identifiers."""
import json
import re
import unicodedata
from pathlib import Path

from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

from gen_common import dob_variants, fold, load_nams, ohip_valid
from gen_extract import message_text, parse
from gen_plan import N_NEG, N_POS, TYPE_ORDER

ID_TYPES = {"ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn"}


def squash(s):
    """NFKC, upper case, keep only letters and digits (undo disguises)."""
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[^0-9A-Z]", "", fold(s).upper())


def words(s):
    s = fold(unicodedata.normalize("NFKC", s))
    return " " + re.sub(r"[^0-9a-z]+", " ", s).strip() + " "


def valid(kind, v):
    if kind == "ca_sin":
        return ca_sin.is_valid(v)
    if kind == "ca_health_number":
        return ohip_valid(v)
    if kind == "be_niss":
        return be_nn.is_valid(v)
    if kind == "fr_nir":
        return fr_nir.is_valid(v)
    if kind == "mrn":
        return v.isdigit() and len(v.zfill(7)) == 7
    if kind == "ramq_nam":
        return re.fullmatch(r"[A-Z]{4}\d{8}", v) is not None
    return False


def verify(outdir, records):
    errs = []
    holders = load_nams()
    nam_set = {h["nam"]: h for h in holders}
    labels = json.loads((outdir / "labels.json").read_text(encoding="utf-8"))
    files = sorted(str(p.relative_to(outdir)).replace("\\", "/")
                   for p in list((outdir / "positive").glob("*.eml")) +
                   list((outdir / "negative").glob("*.eml")))
    if sorted(labels) != files:
        errs.append("labels.json keys differ from the files on disk")
    npos = sum(1 for f in files if f.startswith("positive/"))
    nneg = sum(1 for f in files if f.startswith("negative/"))
    if (npos, nneg) != (N_POS, N_NEG):
        errs.append(f"counts {npos}/{nneg}")
    if list(labels) != sorted(labels):
        errs.append("labels.json keys not sorted")
    texts = {}
    feats = {}
    for rel, raw, label, meta in records:
        disk = (outdir / rel).read_bytes()
        if disk != raw:
            errs.append(f"{rel}: bytes on disk differ")
        lab = labels.get(rel)
        if lab != label:
            errs.append(f"{rel}: label mismatch")
            continue
        msg = parse(disk)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None or not str(msg[h]).strip():
                errs.append(f"{rel}: missing {h}")
        problems, fs = [], set()
        try:
            text = message_text(msg, fs, problems)
        except Exception as e:  # any decoding failure is fatal
            errs.append(f"{rel}: decode failed: {e!r}")
            continue
        for p in problems:
            errs.append(f"{rel}: {p}")
        texts[rel] = text
        feats[rel] = fs
        sq, wd = squash(text), words(text)
        if lab["lang"] not in ("fr", "en") or not lab["note"]:
            errs.append(f"{rel}: bad lang/note")
        if label["confidential"]:
            if not rel.startswith("positive/"):
                errs.append(f"{rel}: confidential outside positive/")
            t = lab["types"]
            if not t or any(x not in TYPE_ORDER for x in t):
                errs.append(f"{rel}: bad types {t}")
            rec_kinds = {k for k, _ in meta["ids"]}
            if rec_kinds != set(t) & ID_TYPES:
                errs.append(f"{rel}: id types {rec_kinds} vs labels {t}")
            if "patient_name" not in t and "mrn" not in t and "ramq_nam" not in t:
                errs.append(f"{rel}: no identifying finding")
            if len(set(t)) < 2:
                errs.append(f"{rel}: identity without personal information")
            for kind, v in meta["ids"]:
                if not valid(kind, v):
                    errs.append(f"{rel}: invalid {kind} {v}")
                if squash(v.lstrip("0") if kind == "mrn" else v) not in sq:
                    errs.append(f"{rel}: {kind} {v} not found in decoded text")
            for p in meta["holders"]:
                if p.nam not in nam_set:
                    errs.append(f"{rel}: NAM not from the list")
                    continue
                h = nam_set[p.nam]
                if (h["given"], h["surname"], h["dob"], h["sex"]) != (p.given, p.surname, p.dob, p.sex):
                    errs.append(f"{rel}: holder details altered")
                for part in (h["given"], h["surname"]):
                    if words(part) not in wd:
                        errs.append(f"{rel}: holder name part {part!r} missing")
                if not any(words(x) in wd for x in dob_variants(h["dob"])):
                    errs.append(f"{rel}: holder birth date missing")
                if not re.search(r" (sexe?|gender) ", wd) or f" {h['sex'].lower()} " not in wd:
                    errs.append(f"{rel}: holder sex missing")
            # any NAM present must belong to a holder of this message
            for nam, h in nam_set.items():
                if nam in sq and nam not in {p.nam for p in meta["holders"]}:
                    errs.append(f"{rel}: stray NAM {nam}")
        else:
            if not rel.startswith("negative/") or lab["types"]:
                errs.append(f"{rel}: negative mislabelled")
            for nam in nam_set:
                if nam in sq:
                    errs.append(f"{rel}: NAM in a negative")
            for h in holders:
                g, s = fold(h["given"]), fold(h["surname"])
                for phrase in (f" {g} {s} ", f" {s} {g} ", f" {g[0]} {s} "):
                    if phrase in wd:
                        errs.append(f"{rel}: NAM holder name {h['given']} {h['surname']} in a negative")
    return errs, texts, feats
