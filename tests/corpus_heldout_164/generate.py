#!/usr/bin/env python3
"""Generate the held-out DLP corpus: outpatient mental health clinic and crisis team.

Usage: python generate.py [--out DIR]   (default: the folder holding this file)
"""
import argparse
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gen_common import SEED, FINDING_TYPES, Ctx, load_nams, msg_rng, msg_date, message_id  # noqa: E402
from gen_mime import build_message  # noqa: E402
from gen_pos_fr import FR_POS_A  # noqa: E402
from gen_pos_fr2 import FR_POS_B  # noqa: E402
from gen_pos_en import EN_POS_A  # noqa: E402
from gen_pos_en2 import EN_POS_B  # noqa: E402
from gen_neg_fr import FR_NEG_A  # noqa: E402
from gen_neg_fr2 import FR_NEG_B  # noqa: E402
from gen_neg_en import EN_NEG_A  # noqa: E402
from gen_neg_en2 import EN_NEG_B  # noqa: E402
from gen_verify import verify  # noqa: E402

N_POS, N_NEG = 120, 180


def plan(fr, en, n, tag):
    half = n // 2
    items = [("fr", fr[i % len(fr)]) for i in range(half)] + [("en", en[i % len(en)]) for i in range(n - half)]
    random.Random(f"{SEED}:plan:{tag}").shuffle(items)
    return items


def digest(out):
    h = hashlib.sha256()
    rels = []
    for sub in ("positive", "negative"):
        rels += [f"{sub}/{f}" for f in os.listdir(os.path.join(out, sub)) if f.endswith(".eml")]
    rels.append("labels.json")
    for rel in sorted(rels):
        h.update(rel.encode() + b"\0")
        with open(os.path.join(out, rel), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()


FEATURE_ORDER = [
    "single part text/plain", "single part HTML only", "multipart/alternative", "multipart/mixed",
    "attachment: PDF", "attachment: DOCX", "attachment: XLSX", "attachment: CSV", "attachment: ICS",
    "attachment: vCard", "attachment: ZIP", "attachment: message/rfc822",
    "charset: utf-8", "charset: us-ascii", "charset: iso-8859-1", "charset: windows-1252",
    "transfer encoding: 7bit", "transfer encoding: 8bit", "transfer encoding: quoted-printable",
    "transfer encoding: base64", "line ends: CRLF", "line ends: LF", "RFC 2047 encoded Subject",
    "RFC 2047 encoded display name", "RFC 2231 file name", "full-width digits",
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


def write_readme(out, labels, feats, dig):
    langs = {"fr": 0, "en": 0}
    types = {t: 0 for t in FINDING_TYPES}
    for rel, L in labels.items():
        langs[L["lang"]] += 1
        for t in L["types"]:
            types[t] += 1
    fcount = {f: sum(1 for s in feats.values() if f in s) for f in FEATURE_ORDER}
    lines = [
        "# Held-out corpus 164 — outpatient mental health clinic and crisis team",
        "",
        "Synthetic outbound e-mail of an invented Quebec outpatient mental health clinic (psychiatrists, "
        "psychologists, social workers, nurses, clerks) and its mobile crisis team, written in French-Canadian "
        "and English. Positives are referrals, crisis follow-ups, sign-out and follow-up lists, prescriptions to "
        "pharmacies, lab follow-ups, discharge summaries, group rosters, youth-protection, income-support, "
        "insurer, housing and shelter correspondence, forwarded threads and attached messages. Negatives are "
        "group therapy and on-call schedules, newsletters, conference programmes, aggregate statistics, "
        "teaching cases, blank forms, templates, invoices, purchase orders, inventories, HR, payroll, IT, "
        "facilities, committee, shortage and recall notices. Every person, number and address is invented; "
        "domains end in `.example`.",
        "",
        f"Seed: {SEED}.",
        "",
        "## Layout",
        "",
        f"- `positive/pNNN_<category>.eml` — {N_POS} confidential messages",
        f"- `negative/nNNN_<category>.eml` — {N_NEG} non-confidential (hard negative) messages",
        "- `labels.json` — per file: `confidential`, `types`, `lang`, `note`",
        "- `generate.py` and `gen_*.py` — the generator (reads only its modules and `../blind_nams.txt`)",
        "",
        "## Languages",
        "",
        "| lang | files |",
        "|---|---|",
    ] + [f"| {k} | {v} |" for k, v in langs.items()] + [
        "",
        "## Finding types (positives)",
        "",
        "| type | positives |",
        "|---|---|",
    ] + [f"| {k} | {v} |" for k, v in types.items()] + [
        "",
        "## Definition used",
        "",
        DEFINITION,
        "",
        "## Transports (files showing each feature)",
        "",
        "| feature | files |",
        "|---|---|",
    ] + [f"| {k} | {v} |" for k, v in fcount.items()] + [
        "",
        "## Regenerate",
        "",
        "```",
        "python generate.py            # writes next to generate.py",
        "python generate.py --out DIR  # writes elsewhere",
        "```",
        "",
        "Requires python-stdnum, reportlab, python-docx and openpyxl. The output is byte-identical on every run; "
        "the generator re-parses and checks every file and exits non-zero on any failure.",
        "",
        "## Digest",
        "",
        "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):",
        "",
        f"`{dig}`",
        "",
    ]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = args.out
    for sub in ("positive", "negative"):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))

    nam_queue = load_nams()
    random.Random(f"{SEED}:nams").shuffle(nam_queue)
    labels, mails = {}, {}
    jobs = [("p", "positive", True, plan(FR_POS_A + FR_POS_B, EN_POS_A + EN_POS_B, N_POS, "pos")),
            ("n", "negative", False, plan(FR_NEG_A + FR_NEG_B, EN_NEG_A + EN_NEG_B, N_NEG, "neg"))]
    for tag, sub, conf, items in jobs:
        for i, (lang, tpl) in enumerate(items, 1):
            rng = msg_rng(tag, i)
            date = msg_date(rng)
            mail = tpl(Ctx(rng, lang, nam_queue, date))
            mail.date = date
            mail.confidential = conf
            if not conf:
                mail.types = set()
            dom = mail.sender[1].split("@")[1]
            raw = build_message(mail, rng, msgid=message_id(tag, i, dom), tag=f"{tag}{i}")
            rel = f"{sub}/{tag}{i:03d}_{mail.category}.eml"
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(raw)
            mails[rel] = mail
            labels[rel] = {"confidential": conf,
                           "types": [t for t in FINDING_TYPES if t in mail.types],
                           "lang": mail.lang, "note": mail.note}
    labels = {k: labels[k] for k in sorted(labels)}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")

    errors, feats = verify(out, mails, labels)
    dig = digest(out)
    write_readme(out, labels, feats, dig)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} error(s)", file=sys.stderr)
        sys.exit(1)
    print(dig)


if __name__ == "__main__":
    main()
