"""Write README.md for the generated corpus."""
import os

import gen_verify

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
    "single text/plain", "single text/html (HTML only)", "multipart/alternative", "multipart/mixed",
    "plain-text body", "HTML body", "PDF attachment", "DOCX attachment", "XLSX attachment", "CSV attachment",
    "ICS attachment", "vCard attachment", "ZIP attachment", "attached message/rfc822",
    "charset us-ascii", "charset utf-8", "charset iso-8859-1", "charset windows-1252",
    "CTE 7bit", "CTE 8bit", "CTE quoted-printable", "CTE base64", "CRLF line ends", "LF line ends",
    "RFC 2047 encoded Subject", "RFC 2047 encoded display name", "RFC 2231 file name",
    "full-width digits or letters", "quoted reply text", "inline forward",
]


def write(out, seed, labels, feats, digest):
    pos = {k: v for k, v in labels.items() if v["confidential"]}
    neg = {k: v for k, v in labels.items() if not v["confidential"]}
    L = []
    L.append("# Held-out synthetic outbound e-mail corpus — radiation oncology\n")
    L.append("Invented outbound mail of the radiation-oncology service of a bilingual (French-Canadian / "
             "English) regional hospital and its cancer centre: CT-simulation and brachytherapy bookings, "
             "daily treatment lists, dosimetry plans and physics QA, skin-reaction and toxicity follow-up, "
             "transport and lodging for daily treatments, prescriptions to community pharmacies, insurer and "
             "benefit forms, referrals, record transfers and replies/forwards between colleagues "
             "(positives), and the department's administrative mail — rotas, leave, payroll, newsletters, "
             "committee notices, symposium programmes, job postings, invoices and purchase orders, "
             "inventories, staff dosimetry, IT and facilities notices, aggregate statistics, de-identified "
             "teaching cases, blank forms and mail-merge templates (hard negatives). Every person, "
             "institution, address and number is invented; domains end in `.example` and phone numbers use "
             "555-01xx.\n")
    L.append(f"Seed: {seed}.\n")
    L.append("## Layout\n")
    L.append("- `positive/pNNN_<category>.eml` — 120 confidential messages")
    L.append("- `negative/nNNN_<category>.eml` — 180 non-confidential (hard negative) messages")
    L.append("- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`")
    L.append("- `generate.py` and `gen_*.py` — the generator (writes, re-parses and verifies everything)")
    L.append("- `README.md` — this file\n")
    L.append("## Languages\n")
    L.append("| lang | files |")
    L.append("|---|---|")
    for lang in ("fr", "en"):
        L.append(f"| {lang} | {sum(v['lang'] == lang for v in labels.values())} |")
    L.append("")
    L.append("## Finding types (positives)\n")
    L.append("| type | positives |")
    L.append("|---|---|")
    for t in gen_verify.TYPES:
        L.append(f"| {t} | {sum(t in v['types'] for v in pos.values())} |")
    L.append("")
    L.append("## Definition used\n")
    L.append(DEFINITION + "\n")
    L.append("## Transports (files showing each feature)\n")
    L.append("| feature | files |")
    L.append("|---|---|")
    for f in FEATURE_ORDER:
        L.append(f"| {f} | {sum(f in s for s in feats.values())} |")
    L.append("")
    L.append("## Regenerate\n")
    L.append("```")
    L.append("python generate.py              # writes beside generate.py")
    L.append("python generate.py --out DIR    # writes to DIR")
    L.append("```\n")
    L.append("Needs Python 3 with python-stdnum, reportlab, python-docx and openpyxl. The RAMQ numbers are "
             "read from `../blind_nams.txt` relative to `generate.py`. Output is byte-identical on every run; "
             "the script re-parses every file, decodes every part and exits non-zero on any failure.\n")
    L.append("## Digest\n")
    L.append("sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, "
             "bytes, NUL):\n")
    L.append(f"`{digest}`")
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L) + "\n")
