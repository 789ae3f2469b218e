"""README writer."""
import os

from gen_common import TYPES

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
    "single text/plain body", "HTML only", "multipart/alternative", "multipart/mixed",
    "PDF attachment", "DOCX attachment", "XLSX attachment", "CSV attachment", "ICS attachment",
    "vCard attachment", "ZIP attachment", "attached message/rfc822", "text attachment",
    "charset utf-8", "charset us-ascii", "charset iso-8859-1", "charset windows-1252",
    "CTE 7bit", "CTE 8bit", "CTE quoted-printable", "CTE base64",
    "CRLF line ends", "LF line ends", "RFC 2047 Subject", "RFC 2047 display names",
    "RFC 2231 file names", "RFC 2047 file names", "HTML character entities", "full-width digits",
    "quoted reply", "inline forward",
]


def write(out, seed, labels, feat_files, digest):
    langs = {}
    for lab in labels.values():
        langs[lab["lang"]] = langs.get(lab["lang"], 0) + 1
    tcount = {t: 0 for t in TYPES}
    for lab in labels.values():
        for t in lab["types"]:
            tcount[t] += 1
    fcount = {f: 0 for f in FEATURE_ORDER}
    for feats in feat_files.values():
        for f in feats:
            if f in fcount:
                fcount[f] += 1
    npos = sum(1 for x in labels.values() if x["confidential"])
    nneg = len(labels) - npos
    lines = [
        "# Held-out corpus 191 — pain clinic and anaesthesia pre-operative assessment",
        "",
        "Synthetic outbound e-mail of an invented regional hospital (Hôpital Saint-Aurèle, CISSS des "
        "Hautes-Rivières): its chronic pain clinic, acute pain service and pre-anaesthesia assessment clinic, "
        "with the surrounding anaesthesia department, operating room, pharmacy, HR, purchasing, IT and "
        "facilities. Positives are referrals, consultation letters, pre-op summaries, sign-out and OR lists, "
        "bookings, transport requests, lab and imaging follow-ups, prescriptions and taper schedules, insurer "
        "and agency forms, social-work notes, call-back notes, forwarded threads and replies. Negatives are "
        "schedules, leave and payroll mail, newsletters, committee notices, conference programmes, job "
        "postings, invoices, purchase orders, inventories, IT and facilities notices, aggregate statistics, "
        "de-identified teaching cases, blank forms and templates, shortages, recalls and research protocols. "
        "Every person, institution, address and number is invented.",
        "",
        f"Seed: {seed}.",
        "",
        "## Layout",
        "",
        f"- `positive/pNNN_<category>.eml` — {npos} confidential messages",
        f"- `negative/nNNN_<category>.eml` — {nneg} non-confidential messages (hard negatives)",
        "- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`",
        "- `generate.py` and `gen_*.py` — the generator (reads only its own modules and `../blind_nams.txt`)",
        "",
        "## Languages",
        "",
        "| lang | files |",
        "|---|---|",
    ]
    for lg in sorted(langs):
        lines.append(f"| {lg} | {langs[lg]} |")
    lines += ["", "## Finding types (positives)", "", "| type | positives |", "|---|---|"]
    for t in TYPES:
        lines.append(f"| {t} | {tcount[t]} |")
    lines += ["", "## Definition used", "", DEFINITION, "", "## Transports (files showing each feature)", "",
              "| feature | files |", "|---|---|"]
    for f in FEATURE_ORDER:
        lines.append(f"| {f} | {fcount[f]} |")
    lines += ["", "## Regenerate", "", "```",
              "python generate.py            # writes next to generate.py",
              "python generate.py --out DIR  # writes into DIR",
              "```", "",
              "Requires python-stdnum, reportlab, python-docx and openpyxl. Output is byte-identical on every run; "
              "the generator re-parses and checks everything it wrote and exits non-zero on any failure.",
              "", "## Digest", "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):",
              "", "```", digest, "```", ""]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
