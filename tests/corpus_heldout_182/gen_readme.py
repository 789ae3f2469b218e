"""README writer."""
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

FEATURE_ORDER = [
    "single part text/plain", "single part text/html", "multipart/alternative", "multipart/mixed",
    "attachment: PDF", "attachment: DOCX", "attachment: XLSX", "attachment: CSV", "attachment: ICS",
    "attachment: vCard", "attachment: ZIP", "attachment: message/rfc822",
    "charset utf-8", "charset us-ascii", "charset iso-8859-1", "charset windows-1252",
    "CTE 7bit", "CTE 8bit", "CTE quoted-printable", "CTE base64",
    "CRLF line ends", "LF line ends", "RFC 2047 Subject", "RFC 2047 names", "RFC 2231 file names",
]


def write(out_dir, labels, feats_by_file, digest):
    langs = Counter(v["lang"] for v in labels.values())
    types = Counter(t for v in labels.values() for t in v["types"])
    feats = Counter(f for fs in feats_by_file.values() for f in fs)
    npos = sum(1 for k in labels if k.startswith("positive/"))
    nneg = len(labels) - npos
    lines = [
        "# Held-out corpus 182 — patient ombudsman (commissaire aux plaintes et à la qualité "
        "des services) and spiritual care office",
        "",
        f"Synthetic outbound mail from the complaints commissioner's office, the spiritual care "
        f"service and the clinical ethics service of an invented Quebec health organisation "
        f"({C.FR_ORG} – {C.FR_HOSP}) and of an invented English-language hospital "
        f"({C.EN_HOSP}). Positives are complaints from patients and families, incident "
        "follow-ups, chaplain visit requests and visit lists, ethics consultations, records "
        "requests, mistreatment and youth-protection follow-ups and bereavement notes that "
        "identify a patient; negatives are committee notices, annual complaint statistics, "
        "newsletters, conference programmes, job postings, schedules, payroll and HR notes, "
        "invoices, purchase orders, IT and facilities mail, blank forms, mail-merge templates and "
        "de-identified teaching cases. Every person, institution, address and number is invented.",
        "",
        f"Seed: {C.SEED}.",
        "",
        "## Layout",
        "",
        f"- `positive/pNNN_<category>.eml` — {npos} confidential messages",
        f"- `negative/nNNN_<category>.eml` — {nneg} non-confidential messages (hard negatives)",
        "- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`",
        "- `generate.py` and `gen_*.py` — the generator; `README.md` — this file",
        "",
        "## Languages",
        "",
        "| lang | files |",
        "| --- | --- |",
    ]
    for lg in ("fr", "en"):
        lines.append(f"| {lg} | {langs.get(lg, 0)} |")
    lines += ["", "## Finding types (positives)", "", "| type | positives |", "| --- | --- |"]
    for t in C.FINDING_TYPES:
        lines.append(f"| {t} | {types.get(t, 0)} |")
    lines += ["", "## Definition used", "", DEFINITION, "",
              "## Transports (files showing each feature)", "", "| feature | files |", "| --- | --- |"]
    for f in FEATURE_ORDER:
        lines.append(f"| {f} | {feats.get(f, 0)} |")
    lines += ["", "## Regenerate", "",
              "```",
              "python generate.py            # writes next to generate.py",
              "python generate.py --out DIR  # writes elsewhere",
              "```",
              "",
              "Reads only its own modules and `../blind_nams.txt`; needs python-stdnum, reportlab, "
              "python-docx and openpyxl. Output is byte-identical on every run; the generator "
              "re-parses and checks everything it wrote and exits non-zero on any failure.",
              "",
              "## Digest", "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative "
              "path, NUL, bytes, NUL):", "",
              f"`{digest}`", ""]
    with open(os.path.join(out_dir, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
