#!/usr/bin/env python3
"""Generate the held-out DLP corpus: cardiac rehabilitation and heart function clinic,
Quebec hospital network, French and English outbound mail.

Usage: python generate.py [--out DIR]   (default: the folder holding this file)
Reads only its own gen_*.py modules and ../blind_nams.txt.
"""
import argparse
import hashlib
import json
import os
import random
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_data as D  # noqa: E402
import gen_neg_a  # noqa: E402
import gen_neg_b  # noqa: E402
import gen_neg_c  # noqa: E402
import gen_pos_a  # noqa: E402
import gen_pos_b  # noqa: E402
import gen_pos_c  # noqa: E402
from gen_ctx import Ctx  # noqa: E402
from gen_verify import TYPES, check_all  # noqa: E402

SEED = 25219
N_POS, N_NEG = 120, 180
POS_T = gen_pos_a.TEMPLATES + gen_pos_b.TEMPLATES + gen_pos_c.TEMPLATES
NEG_T = gen_neg_a.TEMPLATES + gen_neg_b.TEMPLATES + gen_neg_c.TEMPLATES

TITLE = "Held-out corpus 219 — cardiac rehabilitation and heart function clinic (Quebec hospital network)"
DESCRIPTION = (
    "Synthetic outbound e-mail from an invented Quebec integrated health and social services centre "
    "(CISSS de la Haute-Bérange: Hôpital régional de Saint-Brévin, Hôpital de Lac-Morel, Westfield Memorial "
    "Hospital) written by the staff of its heart function (heart failure) clinic and cardiac rehabilitation "
    "program, in French and English: referrals and consult replies, sign-out lists, test bookings and transport "
    "requests, lab, echo and device follow-ups, discharge summaries, prescriptions to community pharmacies, "
    "insurer, SAAQ and income-support forms, out-of-province and foreign patients, social-work notes, "
    "telemonitoring spreadsheets and forwarded threads on the confidential side; HR, schedules, payroll, "
    "newsletters, committee notices, conference programmes, job postings, invoices, purchase orders, "
    "inventories, IT and facilities mail, aggregate statistics, de-identified teaching cases, blank forms and "
    "mail-merge templates on the other. Every person, institution, address and number is invented.")

DEFINITION = [
    "A message is **confidential** when a reader could identify a patient (name in any form — with or "
    "without title, surname first, lower case, initials with a surname —, RAMQ NAM, Canadian SIN, Ontario health "
    "number, Belgian NISS, French NIR, or a hospital chart number / MRN, possibly disguised with odd spacing, dots, "
    "slashes or full-width digits) **and** learn something personal, medical or social about them (diagnosis, "
    "symptoms, medication, lab or test result, procedure, appointment for care, birth date, home address or "
    "personal phone in a care context, social situation such as housing, youth protection, income support or "
    "violence), anywhere in the message: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX, XLSX, "
    "CSV, ICS, vCard, ZIP, attached .eml) or an attachment's file name.",
    "**Not confidential**: staff information (schedules, leave, payroll, an employee's occupational health, HR, "
    "job candidates), physicians named with the diseases they treat, conference speakers and topics, aggregate "
    "statistics, newsletters, blank forms and mail-merge templates, de-identified teaching cases, invoices and "
    "purchase orders, serial / lot / asset numbers (even when they pass a checksum), clinic phone numbers and "
    "addresses in signatures, IT and facilities mail, job postings, committee notices, drug-shortage notices, "
    "recalls, research protocols without participants' identities.",
]

FEATURE_ORDER = ["text/plain only", "text/html only", "multipart/alternative", "multipart/mixed",
                 "PDF attachment", "DOCX attachment", "XLSX attachment", "CSV attachment", "ICS attachment",
                 "vCard attachment", "ZIP attachment", "attached message/rfc822",
                 "charset utf-8", "charset us-ascii", "charset iso-8859-1", "charset windows-1252",
                 "CTE 7bit", "CTE 8bit", "CTE quoted-printable", "CTE base64", "CRLF line ends", "LF line ends",
                 "RFC 2047 encoded Subject", "RFC 2047 encoded name", "RFC 2231 file name", "full-width digits"]


def slots(templates, n, tag):
    out = []
    for i in range(n):
        j, k = i % len(templates), i // len(templates)
        out.append((templates[j], "fr" if (j + k) % 2 == 0 else "en"))
    random.Random(f"{SEED}:order:{tag}").shuffle(out)
    return out


def clean(out):
    for sub in ("positive", "negative"):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))


def digest(out):
    h = hashlib.sha256()
    rels = sorted([f"positive/{f}" for f in os.listdir(os.path.join(out, "positive")) if f.endswith(".eml")] +
                  [f"negative/{f}" for f in os.listdir(os.path.join(out, "negative")) if f.endswith(".eml")] +
                  ["labels.json"])
    for rel in rels:
        with open(os.path.join(out, rel), "rb") as fh:
            h.update(rel.encode() + b"\0" + fh.read() + b"\0")
    return h.hexdigest()


def readme(out, labels, feature_files, dig):
    langs = {"fr": 0, "en": 0}
    for v in labels.values():
        langs[v["lang"]] += 1
    tcount = {t: 0 for t in sorted(TYPES)}
    for v in labels.values():
        for t in v["types"]:
            tcount[t] += 1
    L = [f"# {TITLE}", "", DESCRIPTION, "", f"Seed: {SEED}.", "", "## Layout", "",
         f"- `positive/pNNN_<category>.eml` — {N_POS} confidential messages (p001 … p{N_POS:03d});",
         f"- `negative/nNNN_<category>.eml` — {N_NEG} non-confidential hard negatives (n001 … n{N_NEG:03d});",
         "- `labels.json` — one entry per file (confidential, types, lang, note), keys sorted;",
         "- `generate.py` with `gen_data.py`, `gen_ctx.py`, `gen_common.py`, `gen_mime.py`, `gen_pos_a.py`, "
         "`gen_pos_b.py`, `gen_pos_c.py`, `gen_neg_a.py`, `gen_neg_b.py`, `gen_neg_c.py`, `gen_verify.py`;",
         "- `README.md` — this file.", "", "## Languages", "", "| lang | files |", "| --- | --- |"]
    L += [f"| {k} | {v} |" for k, v in langs.items()]
    L += ["", "## Finding types (positives)", "", "| type | positives |", "| --- | --- |"]
    L += [f"| {k} | {v} |" for k, v in tcount.items()]
    L += ["", "## Definition used", "", DEFINITION[0], "", DEFINITION[1], "",
          "## Transports (files showing each feature)", "", "| feature | files |", "| --- | --- |"]
    L += [f"| {f} | {len(feature_files.get(f, ()))} |" for f in FEATURE_ORDER]
    L += ["", "## Regenerate", "", "```", "python generate.py            # writes next to generate.py",
          "python generate.py --out DIR  # writes elsewhere", "```", "",
          "Needs Python 3 with python-stdnum, reportlab, python-docx and openpyxl; reads `../blind_nams.txt`. "
          "Output is byte-identical on every run; the script re-parses and checks everything and exits non-zero on failure.",
          "", "## Digest", "",
          "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
          f"`{dig}`", ""]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args(argv)
    out = os.path.abspath(args.out)
    clean(out)
    pool = D.NamPool(SEED)
    labels, meta = {}, {}
    for tag, n, templates, positive in (("p", N_POS, POS_T, True), ("n", N_NEG, NEG_T, False)):
        for i, (tpl, lang) in enumerate(slots(templates, n, tag), start=1):
            key = f"{tag}{i:03d}"
            ctx = Ctx(SEED, key, lang, positive, pool)
            cat, note, data = tpl(ctx)
            if not positive and ctx.types:
                raise SystemExit(f"{key}: negative template produced finding types {sorted(ctx.types)}")
            rel = f"{'positive' if positive else 'negative'}/{key}_{cat}.eml"
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(data)
            labels[rel] = {"confidential": positive, "types": sorted(ctx.types) if positive else [],
                           "lang": lang, "note": note}
            meta[rel] = {"ids": list(ctx.ids)}
    labels = dict(sorted(labels.items()))
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(labels, ensure_ascii=False, indent=1) + "\n")
    errors, feature_files = check_all(out, labels, meta)
    dig = digest(out)
    readme(out, labels, feature_files, dig)
    if errors:
        for e in errors[:80]:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(errors)} error(s)", file=sys.stderr)
        return 1
    missing = [f for f in FEATURE_ORDER if not feature_files.get(f)]
    if missing:
        print("ERROR missing transport features:", missing, file=sys.stderr)
        return 1
    print(f"positives {sum(1 for v in labels.values() if v['confidential'])}, "
          f"negatives {sum(1 for v in labels.values() if not v['confidential'])}")
    print(f"digest {dig}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
