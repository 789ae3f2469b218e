"""README writer."""
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
    "text/plain only", "text/html only", "multipart/alternative", "multipart/mixed",
    "PDF attachment", "DOCX attachment", "XLSX attachment", "CSV attachment", "ICS attachment",
    "vCard attachment", "ZIP attachment", "attached message/rfc822",
    "charset utf-8", "charset us-ascii", "charset iso-8859-1", "charset windows-1252",
    "CTE 7bit", "CTE 8bit", "CTE quoted-printable", "CTE base64",
    "CRLF line ends", "LF line ends", "RFC 2047 Subject", "RFC 2047 display name",
    "RFC 2231 file name", "RFC 2047 file name", "full-width digits",
]


def write_readme(path, seed, labels, feat_files, digest):
    langs = {}
    types = {t: 0 for t in TYPES}
    for rel, lab in labels.items():
        langs[lab["lang"]] = langs.get(lab["lang"], 0) + 1
        for t in lab["types"]:
            types[t] += 1
    out = []
    out.append("# Held-out corpus 193 — CLSC youth and family services (school health, youth protection "
               "liaison, perinatal follow-up)\n")
    out.append("Synthetic outbound e-mail from the youth and family team of an invented Quebec CLSC "
               "(CLSC de Saint-Aurèle, CISSS de la Rivière-aux-Saules): school nurses, youth-protection "
               "liaison workers, perinatal and early-childhood nurses, physicians, clerks and managers. "
               "Positives carry patient data (students, children in care, mothers and newborns) in bodies, "
               "tables, quoted replies, inline forwards, attached messages, office documents, calendar "
               "invitations, contact cards, ZIP archives and file names. Negatives are hard: staff HR and "
               "payroll, schedules, newsletters naming physicians beside diseases, conference programmes, "
               "purchase orders with checksum-valid serial and asset numbers, vaccine lot inventories, blank "
               "forms, mail-merge templates, de-identified teaching cases and aggregate statistics. Every "
               "person, institution, address and number is invented; domains end in `.example` and phone "
               "numbers use 555-01xx.\n")
    out.append(f"Seed: {seed}.\n")
    out.append("## Layout\n")
    out.append("- `positive/pNNN_<category>.eml` — 120 confidential messages")
    out.append("- `negative/nNNN_<category>.eml` — 180 non-confidential messages (hard negatives)")
    out.append("- `labels.json` — per file: `confidential`, `types`, `lang`, `note`")
    out.append("- `generate.py` and `gen_*.py` — the generator (standard library, python-stdnum, reportlab, "
               "python-docx, openpyxl)")
    out.append("- `README.md` — this file\n")
    out.append("## Languages\n")
    out.append("| lang | files |\n| --- | --- |")
    for lg in sorted(langs):
        out.append(f"| {lg} | {langs[lg]} |")
    out.append("")
    out.append("## Finding types (positives)\n")
    out.append("| type | positives |\n| --- | --- |")
    for t in TYPES:
        out.append(f"| {t} | {types[t]} |")
    out.append("")
    out.append("## Definition used\n")
    out.append(DEFINITION + "\n")
    out.append("## Transports (files showing each feature)\n")
    out.append("| feature | files |\n| --- | --- |")
    for f in FEATURE_ORDER:
        out.append(f"| {f} | {len(feat_files.get(f, ()))} |")
    out.append("")
    out.append("## Regenerate\n")
    out.append("```\npython generate.py            # writes next to itself\npython generate.py --out DIR  # "
               "writes elsewhere\n```\n")
    out.append("The generator reads only its own modules and `../blind_nams.txt` (relative to its own "
               "folder), re-parses and decodes every file it wrote, checks labels, NAM placement and "
               "identifier checksums, and exits non-zero on any failure. Output is byte-identical on every run.\n")
    out.append("## Digest\n")
    out.append("sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, "
               "bytes, NUL):\n")
    out.append(f"`{digest}`\n")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out))
