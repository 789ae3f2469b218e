"""README writer for the corpus."""
import os
from collections import Counter

import gen_common as C

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


def write(out_dir, seed, labels, feats, digest):
    langs = Counter(v["lang"] for v in labels.values())
    types = Counter(t for v in labels.values() if v["confidential"] for t in v["types"])
    fcount = Counter(f for fs in feats.values() for f in fs)
    lines = [
        "# Clinical research unit, Quebec hospital network — held-out DLP e-mail corpus",
        "",
        "Synthetic outbound mail of the clinical research unit of an invented Quebec integrated health network "
        f"({C.ORG_FR}): coordinators, research nurses, investigators, research pharmacy, finance and "
        "administration running drug trials across several hospitals. Positives include serious adverse event "
        "reports, screening logs, signed consent forms, referrals of candidates, unblinding requests, protocol "
        "deviations, participant compensation, letters to family physicians, calendar invitations, contact cards "
        "and forwarded participant mail; negatives are ethics-board notices, aggregate recruitment figures, "
        "newsletters, job postings, invoices, purchase orders with checksum-valid serial numbers, IT and facilities "
        "notices, staff health and HR mail, blank templates, SUSAR notices with coded subjects and teaching cases. "
        "French-Canadian and English. Every person, number, address and domain is invented.",
        "",
        f"Seed: {seed}.",
        "",
        "## Layout",
        "",
        "- `positive/pNNN_<category>.eml` — 120 confidential messages",
        "- `negative/nNNN_<category>.eml` — 180 non-confidential (hard negative) messages",
        "- `labels.json` — per file: `confidential`, `types`, `lang`, `note`",
        "- `generate.py` and `gen_*.py` — the generator (stdlib, python-stdnum, reportlab, python-docx, openpyxl)",
        "",
        "## Languages",
        "",
        "| lang | files |",
        "|---|---|",
    ]
    for lang in sorted(langs):
        lines.append(f"| {lang} | {langs[lang]} |")
    lines += ["", "## Finding types (positives)", "", "| type | positives |", "|---|---|"]
    for t in C.FINDING_TYPES:
        lines.append(f"| {t} | {types.get(t, 0)} |")
    lines += ["", "## Definition used", "", DEFINITION, "",
              "## Transports (files showing each feature)", "", "| feature | files |", "|---|---|"]
    for f in sorted(fcount):
        lines.append(f"| {f} | {fcount[f]} |")
    lines += ["", "## Regenerate", "",
              "```",
              "python3 generate.py            # writes next to generate.py",
              "python3 generate.py --out DIR  # writes elsewhere (reads ../blind_nams.txt relative to generate.py)",
              "```",
              "",
              "The run is deterministic (fixed seed, boundaries, dates, Message-IDs, archive member times, "
              "document dates, reportlab invariant mode), re-parses and checks every file, and prints the digest.",
              "",
              "## Digest",
              "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json`, each as relative path, NUL, bytes, NUL, "
              "in sorted path order:",
              "",
              f"`{digest}`", ""]
    with open(os.path.join(out_dir, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
