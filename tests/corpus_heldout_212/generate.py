#!/usr/bin/env python3
"""Generate the labelled outbound-mail corpus (rheumatology and biologic infusion clinic, Quebec).

Usage: python generate.py [--out DIR]
Writes positive/*.eml, negative/*.eml, labels.json and README.md, verifies everything and prints the digest.
"""
import argparse
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import gen_common as C  # noqa: E402
import gen_mime as M  # noqa: E402
import gen_neg_en  # noqa: E402
import gen_neg_fr  # noqa: E402
import gen_pos_en  # noqa: E402
import gen_pos_fr  # noqa: E402
import gen_verify as V  # noqa: E402

SEED = 25212
N_POS, N_NEG = 120, 180
FLAVOUR = "Rheumatology and biologic infusion clinic in a Quebec hospital network"


def plan(templates_by_lang, rng):
    items = []
    for lang, templates in templates_by_lang:
        for fn, n in templates:
            items += [(fn, lang)] * n
    rng.shuffle(items)
    return items


def build_all(out):
    master = random.Random(SEED)
    pools = C.Pools(SEED)
    pos_plan = plan([("fr", gen_pos_fr.TEMPLATES), ("en", gen_pos_en.TEMPLATES)], master)
    neg_plan = plan([("fr", gen_neg_fr.TEMPLATES), ("en", gen_neg_en.TEMPLATES)], master)
    assert len(pos_plan) == N_POS and len(neg_plan) == N_NEG, (len(pos_plan), len(neg_plan))
    for sub in ("positive", "negative"):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    labels, id_meta = {}, {}
    counter = [0]
    for kind, items, prefix in (("positive", pos_plan, "p"), ("negative", neg_plan, "n")):
        for i, (fn, lang) in enumerate(items, 1):
            r = random.Random(f"{SEED}-{kind}-{i}")
            dt = C.msg_date(r)
            m = fn(r, pools, dt)
            m.date = dt
            assert m.lang == lang, (fn.__name__, m.lang)
            raw = M.finalize(m, r, SEED, counter)
            rel = f"{kind}/{prefix}{i:03d}_{m.category}.eml"
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(raw)
            conf = kind == "positive"
            labels[rel] = {"confidential": conf, "types": sorted(m.types) if conf else [], "lang": m.lang, "note": m.note}
            if conf:
                id_meta[rel] = {k: list(v) for k, v in m.ids.items() if v}
    labels = dict(sorted(labels.items()))
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return labels, id_meta


def digest(out):
    h = hashlib.sha256()
    rels = []
    for sub in ("positive", "negative"):
        rels += [f"{sub}/{f}" for f in os.listdir(os.path.join(out, sub)) if f.endswith(".eml")]
    rels.append("labels.json")
    for rel in sorted(rels):
        h.update(rel.encode("utf-8") + b"\0")
        with open(os.path.join(out, rel), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()


FEATURE_ORDER = [
    "single part text/plain", "single part text/html (HTML only)", "multipart/alternative", "multipart/mixed",
    "PDF attachment", "DOCX attachment", "XLSX attachment", "CSV attachment", "ICS attachment", "vCard attachment",
    "ZIP attachment", "attached message (message/rfc822)",
    "charset utf-8", "charset us-ascii", "charset iso-8859-1", "charset windows-1252",
    "Content-Transfer-Encoding 7bit", "Content-Transfer-Encoding 8bit", "Content-Transfer-Encoding quoted-printable",
    "Content-Transfer-Encoding base64", "CRLF line ends", "LF line ends", "RFC 2047 encoded Subject",
    "RFC 2047 encoded display name", "RFC 2231 file name",
]

DEFINITION = """A message is **confidential** when a reader could identify a patient (name in any form — with or
without title, surname first, lower case, initials with a surname —, RAMQ NAM, Canadian SIN, Ontario health
number, Belgian NISS, French NIR, or a hospital chart number / MRN, possibly disguised with odd spacing, dots,
slashes or full-width digits) **and** learn something personal, medical or social about them (diagnosis,
symptoms, medication, lab or test result, procedure, appointment for care, birth date, home address or
personal phone in a care context, social situation such as housing, youth protection, income support or
violence), anywhere in the message: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX, XLSX,
CSV, ICS, vCard, ZIP, attached .eml) or an attachment's file name.

**Not confidential**: staff information (schedules, leave, payroll, an employee's occupational health, HR,
job candidates), physicians named with the diseases they treat, conference speakers and topics, aggregate
statistics, newsletters, blank forms and mail-merge templates, de-identified teaching cases, invoices and
purchase orders, serial / lot / asset numbers (even when they pass a checksum), clinic phone numbers and
addresses in signatures, IT and facilities mail, job postings, committee notices, drug-shortage notices,
recalls, research protocols without participants' identities."""


def write_readme(out, labels, features, dig):
    langs = {}
    types = {}
    for rel, lab in labels.items():
        langs[lab["lang"]] = langs.get(lab["lang"], 0) + 1
        for t in lab["types"]:
            types[t] = types.get(t, 0) + 1
    pos_lang = {l: sum(1 for k, v in labels.items() if v["confidential"] and v["lang"] == l) for l in ("fr", "en")}
    neg_lang = {l: sum(1 for k, v in labels.items() if not v["confidential"] and v["lang"] == l) for l in ("fr", "en")}
    lines = [f"# Held-out corpus — {FLAVOUR}", "",
             "Synthetic outbound e-mail of an invented Quebec hospital network (Réseau de santé de la Haute-Chaudière): "
             "its rheumatology clinic and biologic infusion centre write referrals, chair lists, booking and transport "
             "requests, lab and imaging follow-ups, prescriptions to community pharmacies, insurer and support-programme "
             "forms, social-work notes, discharge summaries and forwarded threads (positives), alongside schedules, payroll, "
             "occupational health, newsletters, committee and conference notices, job postings, invoices, purchase orders, "
             "inventories, recalls, IT and facilities mail, aggregate statistics, de-identified teaching cases and blank "
             "forms (hard negatives), in French and English. Every person, institution, address and number is invented; "
             "RAMQ NAMs come only from `../blind_nams.txt`.", "",
             f"Seed: {SEED}.", "",
             "## Layout", "",
             f"- `positive/pNNN_<category>.eml` — {N_POS} confidential messages",
             f"- `negative/nNNN_<category>.eml` — {N_NEG} non-confidential messages (hard negatives)",
             "- `labels.json` — per file: `confidential`, `types`, `lang`, `note`",
             "- `generate.py` with `gen_common.py`, `gen_clin.py`, `gen_attach.py`, `gen_mime.py`, `gen_pos_fr.py`, "
             "`gen_pos_en.py`, `gen_neg_fr.py`, `gen_neg_en.py`, `gen_verify.py`", "",
             "## Languages", "", "| lang | files |", "| --- | --- |"]
    for l in ("fr", "en"):
        lines.append(f"| {l} | {langs.get(l, 0)} (positives {pos_lang[l]}, negatives {neg_lang[l]}) |")
    lines += ["", "## Finding types (positives)", "", "| type | positives |", "| --- | --- |"]
    for t in sorted(V.TYPES):
        lines.append(f"| {t} | {types.get(t, 0)} |")
    lines += ["", "## Definition used", "", DEFINITION, "",
              "## Transports (files showing each feature)", "", "| feature | files |", "| --- | --- |"]
    for f in FEATURE_ORDER:
        lines.append(f"| {f} | {len(features.get(f, []))} |")
    lines += ["", "## Regenerate", "", "```", "python generate.py            # writes next to itself",
              "python generate.py --out DIR  # writes elsewhere", "```", "",
              "Needs only the standard library, python-stdnum, reportlab, python-docx and openpyxl. Output is "
              "byte-identical on every run; the script re-parses and verifies everything and exits non-zero on any failure.",
              "", "## Digest", "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
              f"`{dig}`", ""]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
    return types, langs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = args.out
    os.makedirs(out, exist_ok=True)
    labels, id_meta = build_all(out)
    errors, features = V.verify(out, id_meta, N_POS, N_NEG)
    missing = [f for f in FEATURE_ORDER if not features.get(f)]
    if missing:
        errors.append(f"transport features never shown: {missing}")
    dig = digest(out)
    types, langs = write_readme(out, labels, features, dig)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} verification error(s)", file=sys.stderr)
        sys.exit(1)
    print(f"positives {N_POS}, negatives {N_NEG}; " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    for t in sorted(types):
        print(f"  {t}: {types[t]}")
    print(f"digest {dig}")


if __name__ == "__main__":
    main()
