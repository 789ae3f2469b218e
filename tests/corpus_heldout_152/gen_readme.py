"""README.md writer."""
import os

from gen_verify import TYPES

FEATURE_ORDER = [
    "text/plain only", "text/html only", "multipart/alternative", "multipart/mixed",
    "PDF attachment", "DOCX attachment", "XLSX attachment", "CSV attachment", "ICS attachment",
    "vCard attachment", "ZIP attachment", "attached message (message/rfc822 or .eml)",
    "charset utf-8", "charset us-ascii", "charset iso-8859-1", "charset windows-1252",
    "CTE 7bit", "CTE 8bit", "CTE quoted-printable", "CTE base64",
    "CRLF line ends", "LF line ends", "RFC 2047 encoded Subject", "RFC 2047 encoded display name",
    "RFC 2231 file name", "full-width digits", "reply (In-Reply-To)",
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


def write_readme(out, seed, labels, features, dig):
    langs = {}
    types = {t: 0 for t in TYPES}
    for k, v in labels.items():
        langs[v["lang"]] = langs.get(v["lang"], 0) + 1
        for t in v["types"]:
            types[t] += 1
    lines = [
        "# Held-out corpus 152 — outpatient psychiatry and mobile crisis team (invented Quebec CIUSSS)",
        "",
        "Synthetic outbound e-mail of the mental health programme of the invented *CIUSSS du Val-des-Outardes*: "
        "adult outpatient psychiatry, the mobile crisis team (EMIC), the long-acting injection clinic, the "
        "psychiatric day hospital and the family liaison service, plus the administrative mail around them. "
        "Positives are referrals, crisis follow-ups, involuntary assessment reports, injection lists, "
        "prescriptions, lab follow-ups, census and sign-out lists, forms to insurers and agencies, and replies "
        "or forwards carrying patient details. Negatives are hard: HR, payroll, on-call rosters, newsletters, "
        "committee notices, conference programmes, job postings, invoices, purchase orders, inventories, IT and "
        "facilities notices, aggregate statistics, de-identified teaching cases, blank forms and templates. "
        "Every person, institution, address and number is invented; RAMQ NAMs come from `../blind_nams.txt`.",
        "",
        f"Seed: {seed}.",
        "",
        "## Layout",
        "",
        "- `positive/pNNN_<category>.eml` — 120 confidential messages",
        "- `negative/nNNN_<category>.eml` — 180 non-confidential messages (hard negatives)",
        "- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`",
        "- `generate.py` and `gen_*.py` — the generator; `README.md` — this file",
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
        lines.append(f"| {t} | {types[t]} |")
    lines += ["", "## Definition used", "", DEFINITION, "",
              "## Transports (files showing each feature)", "", "| feature | files |", "|---|---|"]
    for ft in FEATURE_ORDER:
        lines.append(f"| {ft} | {len(features.get(ft, []))} |")
    lines += ["", "## Regenerate", "", "```",
              "python generate.py            # writes next to generate.py",
              "python generate.py --out DIR  # writes elsewhere",
              "```", "",
              "Output is byte-identical on every run. The generator reads only its own modules and "
              "`../blind_nams.txt`, re-parses and decodes every file, checks the labels, NAM placement "
              "and identifier checksums, and exits non-zero on any failure.", "",
              "## Digest", "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` "
              "(sorted relative path, NUL, bytes, NUL):", "", f"`{dig}`", ""]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
