"""README writer."""
import os

from gen_common import HOSP_FR, SEED
from gen_ctx import TYPES

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
    "text/plain only", "HTML only", "multipart/alternative", "multipart/mixed",
    "attachment: PDF", "attachment: DOCX", "attachment: XLSX", "attachment: CSV", "attachment: ICS",
    "attachment: vCard", "attachment: ZIP", "attachment: message/rfc822",
    "charset utf-8", "charset us-ascii", "charset iso-8859-1", "charset windows-1252",
    "CTE 7bit", "CTE 8bit", "CTE quoted-printable", "CTE base64",
    "CRLF line ends", "LF line ends", "RFC 2047 encoded Subject", "RFC 2047 encoded display name",
    "RFC 2231 file name", "RFC 2047 file name", "quoted reply", "inline forward",
]


def write_readme(out_dir, labels, feats, dig):
    langs = {}
    tcount = {t: 0 for t in TYPES}
    for rel, lab in labels.items():
        langs[lab["lang"]] = langs.get(lab["lang"], 0) + 1
        for t in lab["types"]:
            tcount[t] += 1
    L = [f"# Held-out corpus 143 — gastroenterology and endoscopy unit ({HOSP_FR}, Quebec)", "",
         "Synthetic outbound e-mail of the gastroenterology and endoscopy unit of an invented Quebec hospital "
         "(Hôpital Saint-Aurèle-des-Battures, CISSS des Battures): the regional colorectal cancer screening programme "
         "(FIT-positive referrals, colonoscopy booking, bowel preparation, pathology follow-up), the IBD clinic, hepatology, "
         "the GI ward and the reprocessing unit. Positives are referrals, booking and transport requests, sign-out and room "
         "lists, pathology and lab follow-ups, discharge summaries, prescriptions, insurer and drug-plan forms, social-work "
         "notes, replies and forwards; negatives are hard: HR and payroll, schedules, newsletters, committee notices and "
         "minutes, conference programmes, job postings, invoices and purchase orders with checksum-valid serial numbers, "
         "inventories, recalls and shortages, IT and facilities mail, aggregate statistics, de-identified teaching cases, "
         "blank forms and mail-merge templates. Every person, number and address is invented.", "",
         f"Seed: {SEED}.", "", "## Layout", "",
         "- `positive/pNNN_<category>.eml` — 120 confidential messages",
         "- `negative/nNNN_<category>.eml` — 180 non-confidential (hard negative) messages",
         "- `labels.json` — per file: `confidential`, `types`, `lang`, `note`",
         "- `generate.py` and `gen_*.py` — the generator (reads only its own modules and `../blind_nams.txt`)", "",
         "## Languages", "", "| lang | files |", "|---|---|"]
    for lg in sorted(langs):
        L.append(f"| {lg} | {langs[lg]} |")
    L += ["", "## Finding types (positives)", "", "| type | positives |", "|---|---|"]
    for t in TYPES:
        L.append(f"| {t} | {tcount[t]} |")
    L += ["", "## Definition used", "", DEFINITION, "", "## Transports (files showing each feature)", "",
          "| feature | files |", "|---|---|"]
    for ft in FEATURE_ORDER + sorted(set(feats) - set(FEATURE_ORDER)):
        if ft in feats:
            L.append(f"| {ft} | {feats[ft]} |")
    L += ["", "## Regenerate", "", "```", "python generate.py            # writes next to generate.py",
          "python generate.py --out DIR  # writes elsewhere", "```", "",
          "Output is byte-identical on every run; the generator re-parses and checks everything and exits non-zero on failure.",
          "", "## Digest", "",
          "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
          f"`{dig}`", ""]
    with open(os.path.join(out_dir, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))
