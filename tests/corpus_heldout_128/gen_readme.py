"""Write README.md for the corpus."""
import os

import gen_verify as V

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
    "text/plain only", "text/html only", "multipart/alternative", "multipart/mixed",
    "PDF attachment", "DOCX attachment", "XLSX attachment", "CSV attachment", "ICS attachment", "vCard attachment",
    "ZIP attachment", "attached message/rfc822",
    "charset utf-8", "charset us-ascii", "charset iso-8859-1", "charset windows-1252",
    "CTE 7bit", "CTE 8bit", "CTE quoted-printable", "CTE base64",
    "CRLF line ends", "LF line ends",
    "RFC 2047 Subject", "RFC 2047 address name", "RFC 2047 file name", "RFC 2231 file name", "RFC 2231 continuation",
]


def write_readme(out, seed, labels, features, digest):
    npos = sum(1 for k in labels if k.startswith("positive/"))
    nneg = len(labels) - npos
    lines = [
        "# Synthetic outbound mail — gender-affirming care and sexual health clinic",
        "",
        "Invented outbound e-mail of *Clinique Méridienne*, a bilingual (French-Canadian / English) clinic offering "
        "gender-affirming hormone therapy and its follow-up, referrals for surgery and insurer pre-approvals, "
        "name and sex-marker attestation letters, STI testing and treatment, PrEP and doxy-PEP, partner "
        "notification with public health, and mental-health support letters. Positives are referrals, follow-up "
        "notes, lab forwards, sign-out and clinic lists, prescriptions to pharmacies, insurer and disability forms, "
        "discharge summaries, calendar invitations, contact cards, quoted replies and forwarded patient messages; "
        "negatives are the ordinary administrative mail of the clinic (schedules, leave, payroll, occupational "
        "health, newsletters, committee notices, conference programmes, job postings, invoices, purchase orders, "
        "inventories, IT and facilities notices, aggregate statistics, teaching cases, blank forms and templates, "
        "drug shortages and recalls). Every person, institution, address and number is invented.",
        "",
        "Seed: %d." % seed,
        "",
        "## Layout",
        "",
        "- `positive/pNNN_<category>.eml` — %d confidential messages" % npos,
        "- `negative/nNNN_<category>.eml` — %d non-confidential (hard negative) messages" % nneg,
        "- `labels.json` — per file: `confidential`, `types`, `lang`, `note`",
        "- `generate.py` and `gen_*.py` — the generator; `README.md` — this file",
        "",
        "## Languages",
        "",
        "| lang | files |",
        "|---|---|",
    ]
    for lang in ("fr", "en"):
        lines.append("| %s | %d |" % (lang, sum(1 for v in labels.values() if v["lang"] == lang)))
    lines += ["", "## Finding types (positives)", "", "| type | positives |", "|---|---|"]
    for t in V.TYPES:
        lines.append("| %s | %d |" % (t, sum(1 for v in labels.values() if t in v["types"])))
    lines += ["", "## Definition used", "", DEFINITION, "",
              "## Transports (files showing each feature)", "", "| feature | files |", "|---|---|"]
    for f in FEATURE_ORDER:
        lines.append("| %s | %d |" % (f, features.get(f, 0)))
    lines += ["", "## Regenerate", "", "```", "python generate.py            # writes next to itself",
              "python generate.py --out DIR  # writes elsewhere", "```", "",
              "Needs Python 3 with python-stdnum, reportlab, python-docx and openpyxl; reads `../blind_nams.txt`. "
              "Output is byte-identical on every run; the generator re-parses and checks every file and exits "
              "non-zero on any failure.", "",
              "## Digest", "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):",
              "", "`%s`" % digest, ""]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
