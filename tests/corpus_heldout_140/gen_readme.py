"""README writer."""
from collections import Counter

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
    "single part text/plain", "single part text/html (HTML only)", "multipart/alternative", "multipart/mixed",
    "charset us-ascii", "charset utf-8", "charset iso-8859-1", "charset windows-1252",
    "CTE 7bit", "CTE 8bit", "CTE quoted-printable", "CTE base64",
    "CRLF line ends", "LF line ends", "RFC 2047 Subject", "RFC 2047 display name", "RFC 2231 file name",
    "attachment: PDF", "attachment: DOCX", "attachment: XLSX", "attachment: CSV", "attachment: ICS",
    "attachment: vCard", "attachment: ZIP", "attachment: message/rfc822",
    "full-width digits or letters", "quoted reply text",
]


def write_readme(path, seed, labels, feats_by, dig):
    langs = Counter(v["lang"] for v in labels.values())
    tcount = Counter(t for v in labels.values() if v["confidential"] for t in v["types"])
    fcount = Counter(f for fs in feats_by.values() for f in fs)
    npos = sum(1 for v in labels.values() if v["confidential"])
    nneg = len(labels) - npos
    out = [
        "# Synthetic outbound mail corpus — CLSC home-care nursing (soutien à domicile)",
        "",
        "Invented outbound e-mail of the home-care service (soutien à domicile, SAPA programme) of a fictional "
        "CLSC, the CLSC du Haut-Ruisseau of the CISSS de la Vallée-des-Hérons. Nurses, auxiliary nurses, "
        "occupational therapists, social workers, clerks and managers write about visit rounds, medication "
        "supervision and pill packs, falls, caregiver burnout and respite, equipment loans and adapted "
        "transport, referrals, discharge summaries, lab follow-ups, palliative and paediatric home care, and "
        "forms to insurers and agencies (positives), and about schedules, leave, payroll and mileage, "
        "occupational health, newsletters, committees, conferences, postings, invoices, purchase orders, "
        "inventories, IT, facilities, statistics, teaching cases, blank forms and templates (hard negatives). "
        "Every person, institution, address and number is invented; domains end in `.example`; phone numbers "
        "use 555-01xx; RAMQ NAMs come only from `../blind_nams.txt`.",
        "",
        f"Seed: {seed}.",
        "",
        "## Layout",
        "",
        f"- `positive/pNNN_<category>.eml` — {npos} confidential messages",
        f"- `negative/nNNN_<category>.eml` — {nneg} non-confidential (hard negative) messages",
        "- `labels.json` — per file: `confidential`, `types`, `lang`, `note`",
        "- `generate.py` with `gen_common.py`, `gen_tpl.py`, `gen_mime.py`, `gen_attach.py`, `gen_pos_a.py`, "
        "`gen_pos_b.py`, `gen_pos_c.py`, `gen_neg_a.py`, `gen_neg_b.py`, `gen_neg_c.py`, `gen_verify.py`, "
        "`gen_readme.py`",
        "",
        "## Languages",
        "",
        "| lang | files |",
        "| --- | --- |",
    ]
    for lg in ("fr", "en"):
        out.append(f"| {lg} | {langs.get(lg, 0)} |")
    out += ["", "## Finding types (positives)", "", "| type | positives |", "| --- | --- |"]
    for t in TYPES:
        out.append(f"| {t} | {tcount.get(t, 0)} |")
    out += ["", "## Definition used", "", DEFINITION, "",
            "## Transports (files showing each feature)", "", "| feature | files |", "| --- | --- |"]
    for f in FEATURE_ORDER:
        out.append(f"| {f} | {fcount.get(f, 0)} |")
    out += ["", "## Regenerate", "",
            "```",
            "python generate.py            # writes next to generate.py",
            "python generate.py --out DIR  # writes into DIR instead",
            "```",
            "",
            "NAMs are always read from `../blind_nams.txt` relative to `generate.py`. "
            "Requires only the standard library, python-stdnum, reportlab, python-docx and openpyxl. The run is "
            "byte-identical for a given seed; it re-parses and checks every file and exits non-zero on any failure.",
            "",
            "## Digest",
            "",
            "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):",
            "",
            f"`{dig}`",
            ""]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out))
