#!/usr/bin/env python3
"""Generate the nephrology / dialysis / kidney-transplant DLP evaluation corpus.

    python generate.py              # writes next to this file
    python generate.py --out DIR    # writes elsewhere
Deterministic for a given --seed (default 9606).
"""
import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_pos1, gen_pos2, gen_pos3, gen_neg1, gen_neg2  # noqa: E402
from gen_check import run_check, TYPES  # noqa: E402

SEED = 9606
N_POS, N_NEG = 120, 180


def plan(modules, seed, tag):
    slots = []
    for m in modules:
        for fn, n in m.BUILDERS:
            for j in range(n):
                slots.append((fn, j))
    # alternate languages across consecutive slots => exact half/half
    slots = [(fn, j, "fr" if i % 2 == 0 else "en") for i, (fn, j) in enumerate(slots)]
    random.Random(f"{seed}:{tag}:order").shuffle(slots)
    return slots


def build(out, seed):
    for sub in ("positive", "negative"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith(".eml"):
                os.remove(os.path.join(out, sub, f))
    labels = {}
    pos = plan([gen_pos1, gen_pos2, gen_pos3], seed, "pos")
    neg = plan([gen_neg1, gen_neg2], seed, "neg")
    assert len(pos) == N_POS and len(neg) == N_NEG, (len(pos), len(neg))
    for prefix, sub, slots in (("p", "positive", pos), ("n", "negative", neg)):
        for k, (fn, j, lang) in enumerate(slots, 1):
            rng = random.Random(f"{seed}:{sub}:{fn.__name__}:{j}:{lang}")
            r = fn(rng, lang)
            name = f"{sub}/{prefix}{k:03d}_{r['category']}.eml"
            with open(os.path.join(out, name), "wb") as fh:
                fh.write(r["raw"])
            labels[name] = {"confidential": sub == "positive", "types": r["types"],
                            "lang": r["lang"], "note": r["note"]}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    return labels


TRANSPORT_KEYS = [
    ("ct:text/plain", "text/plain"), ("ct:text/html", "text/html"),
    ("ct:multipart/alternative", "multipart/alternative"), ("ct:multipart/mixed", "multipart/mixed"),
    ("ct:message/rfc822", "message/rfc822 (attached .eml)"), ("ct:application/pdf", "PDF"),
    ("ct:application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"),
    ("ct:application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX"),
    ("ct:text/csv", "CSV"), ("ct:text/calendar", "ICS"), ("ct:text/vcard", "vCard (text/vcard)"),
    ("ct:text/x-vcard", "vCard (text/x-vcard)"), ("ct:application/zip", "ZIP"),
    ("cs:utf-8", "charset utf-8"), ("cs:us-ascii", "charset us-ascii"), ("cs:iso-8859-1", "charset iso-8859-1"),
    ("cs:windows-1252", "charset windows-1252"), ("cte:7bit", "7bit"), ("cte:8bit", "8bit"),
    ("cte:quoted-printable", "quoted-printable"), ("cte:base64", "base64"),
    ("crlf", "CRLF line endings (messages)"), ("lf", "LF line endings (messages)"),
    ("rfc2047_header", "RFC 2047 encoded headers (messages)"), ("rfc2231_filename", "RFC 2231 file names (messages)"),
]


def write_readme(out, seed, langs, types, stats, digest):
    lines = [
        "# Held-out DLP corpus 96 — nephrology, dialysis units and kidney transplant",
        "",
        "Synthetic outbound e-mail from Ontario and Quebec kidney-care programmes: hemodialysis chair "
        "assignments and shift changes, transport to dialysis, vascular access, monthly lab trends, "
        "transplant work-ups and living donors, peritoneal dialysis, renal dietitians and social workers, "
        "plus the ordinary administrative mail of such units. About half English, half French. "
        "All people, institutions, domains (`*.example`) and phone numbers (555-01xx) are invented; RAMQ "
        "NAMs come only from `../blind_nams.txt` and are always used with that person.",
        "",
        "## Layout",
        "",
        f"- `positive/pNNN_<category>.eml` — {N_POS} confidential messages",
        f"- `negative/nNNN_<category>.eml` — {N_NEG} non-confidential (hard) messages",
        "- `labels.json` — `{path: {confidential, types, lang, note}}` for exactly these files",
        "- `generate.py` + `gen_common.py`, `gen_clin.py`, `gen_mime.py`, `gen_compose.py`, `gen_files.py`, "
        "`gen_pos1.py`, `gen_pos2.py`, `gen_pos3.py`, `gen_neg1.py`, `gen_neg2.py`, `gen_check.py`",
        "",
        "## Counts",
        "",
        "| set | fr | en |",
        "|---|---|---|",
        f"| positive | {langs.get(('pos', 'fr'), 0)} | {langs.get(('pos', 'en'), 0)} |",
        f"| negative | {langs.get(('neg', 'fr'), 0)} | {langs.get(('neg', 'en'), 0)} |",
        "",
        "Finding types (number of positives listing each):",
        "",
        "| type | positives |",
        "|---|---|",
    ]
    for t in TYPES:
        lines.append(f"| `{t}` | {types.get(t, 0)} |")
    lines += [
        "",
        "## Definition used",
        "",
        "A message is confidential when a reader could identify a patient (name in any form — with or "
        "without title, surname first, lower case, initial plus surname — RAMQ NAM, SIN, Ontario health "
        "number, Belgian NISS, French NIR, or chart number/MRN, possibly with odd spacing, dots, slashes or "
        "full-width digits) and learn something personal, medical or social about them, anywhere: Subject, "
        "body, quoted or forwarded text, attachments (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached .eml) "
        "or an attachment's file name. Staff information (schedules, leave, occupational health, payroll), "
        "physicians named with the diseases they treat, conference programmes, aggregate statistics, "
        "newsletters, blank forms, anonymised teaching cases, invoices and purchase orders, lot/serial numbers "
        "(even checksum-valid), clinic contact details, IT/facilities mail, job postings, committee notices, "
        "drug shortages and research protocols without participants are not confidential.",
        "",
        "## Transports used",
        "",
        "| feature | count |",
        "|---|---|",
    ]
    for k, label in TRANSPORT_KEYS:
        if stats.get(k):
            lines.append(f"| {label} | {stats[k]} |")
    lines += [
        "",
        "Counts of MIME features are per part (headers/line endings/file names per message).",
        "",
        "## Regenerate",
        "",
        "```",
        "python generate.py            # writes into this folder",
        "python generate.py --out DIR  # writes elsewhere",
        "```",
        "",
        f"Seed {seed}. Standard library plus python-stdnum, reportlab, python-docx and openpyxl; ZIP/DOCX/XLSX "
        "timestamps and PDF metadata are fixed, so two runs give identical bytes. The generator re-parses "
        "every file, decodes every part (PDF, DOCX, XLSX, ZIP, attached .eml), checks the labels, NAM "
        "placement, identifier checksums and the absence of NAM holders' names from negatives, then prints "
        "counts and the digest.",
        "",
        "## Digest",
        "",
        "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted paths; for each: path, NUL, "
        "bytes, NUL):",
        "",
        f"`{digest}`",
        "",
    ]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--seed", type=int, default=SEED)
    a = ap.parse_args()
    out = os.path.abspath(a.out)
    os.makedirs(out, exist_ok=True)
    build(out, a.seed)
    errors, langs, types, stats, digest = run_check(out)
    write_readme(out, a.seed, langs, types, stats, digest)
    if errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
