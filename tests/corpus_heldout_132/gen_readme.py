"""README writer for the corpus."""
import os

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
    "plain text only", "HTML only", "multipart/alternative", "multipart/mixed", "text/plain body", "text/html body",
    "PDF", "DOCX", "XLSX", "CSV", "ICS", "vCard", "ZIP", "message/rfc822 (attached .eml)",
    "charset utf-8", "charset us-ascii", "charset iso-8859-1", "charset windows-1252",
    "CTE 7bit", "CTE 8bit", "CTE quoted-printable", "CTE base64",
    "CRLF line ends", "LF line ends", "RFC 2047 encoded Subject", "RFC 2047 encoded name", "RFC 2231 file name",
]


def write_readme(out, seed, labels, features, dig):
    pos = [k for k in labels if k.startswith("positive/")]
    neg = [k for k in labels if k.startswith("negative/")]
    langs = {}
    for k, v in labels.items():
        langs[v["lang"]] = langs.get(v["lang"], 0) + 1
    types = {t: sum(1 for k in pos if t in labels[k]["types"]) for t in C.FINDING_TYPES}
    lines = [
        "# Synthetic outbound e-mail corpus — hospice and palliative home care",
        "",
        "Outbound mail of an invented regional palliative home care programme (SPAD) of the fictional CIUSSS du "
        "Haut-Richelieu-et-Vallée: nurses, physicians, social workers, spiritual care, the volunteer coordinator "
        "and clerks writing about home visits, symptom management, on-call handovers, family meetings, pump and "
        "medication deliveries, equipment and oxygen, hospice admissions, MAID coordination and bereavement "
        "follow-up, plus the service's ordinary administrative mail (schedules, payroll, newsletters, committees, "
        "invoices, inventories, IT and facilities notices, blank forms and templates). French-Canadian and English. "
        "Every person, institution, address and number is invented; domains end in `.example` and phone numbers "
        "use 555-01xx.",
        "",
        f"Seed: {seed}.",
        "",
        "## Layout",
        "",
        f"- `positive/pNNN_<category>.eml` — {len(pos)} confidential messages;",
        f"- `negative/nNNN_<category>.eml` — {len(neg)} non-confidential (hard negative) messages;",
        "- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`;",
        "- `generate.py` with `gen_common.py`, `gen_tpl.py`, `gen_docs.py`, `gen_mime.py`, `gen_pos_fr.py`, "
        "`gen_pos_en.py`, `gen_neg_fr.py`, `gen_neg_en.py`, `gen_check.py`, `gen_readme.py` — the generator;",
        "- `README.md` — this file.",
        "",
        "RAMQ NAMs come only from `../blind_nams.txt`, always with the holder's name, birth date and sex.",
        "",
        "## Languages",
        "",
        "| lang | files |",
        "| --- | --- |",
    ] + [f"| {k} | {langs[k]} |" for k in sorted(langs)] + [
        "",
        "## Finding types (positives)",
        "",
        "| type | positives |",
        "| --- | --- |",
    ] + [f"| {t} | {types[t]} |" for t in C.FINDING_TYPES] + [
        "",
        "## Definition used",
        "",
        DEFINITION,
        "",
        "## Transports (files showing each feature)",
        "",
        "| feature | files |",
        "| --- | --- |",
    ] + [f"| {f} | {len(features.get(f, ()))} |" for f in FEATURE_ORDER] + [
        "",
        "## Regenerate",
        "",
        "```",
        "python generate.py            # writes next to itself",
        "python generate.py --out DIR  # writes elsewhere",
        "```",
        "",
        "Needs only the standard library, python-stdnum, reportlab, python-docx and openpyxl. The output is "
        "byte-identical on every run; after writing, the generator re-parses and decodes every message and "
        "attachment, checks labels, NAM placement and identifier checksums, and exits non-zero on any failure.",
        "",
        "## Digest",
        "",
        "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):",
        "",
        f"`{dig}`",
        "",
    ]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
