"""Write README.md for the corpus."""
import os

from gen_verify import TYPES

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

FEATURES = [
    ('single_plain', 'text/plain only (single part)'), ('single_html', 'text/html only (single part)'),
    ('multipart/alternative', 'multipart/alternative'), ('multipart/mixed', 'multipart/mixed'),
    ('att_pdf', 'PDF attachment'), ('att_docx', 'DOCX attachment'), ('att_xlsx', 'XLSX attachment'),
    ('att_csv', 'CSV attachment'), ('att_ics', 'ICS (calendar) attachment'), ('att_vcard', 'vCard attachment'),
    ('att_zip', 'ZIP attachment'), ('att_eml', 'attached message/rfc822'),
    ('cs_utf-8', 'charset utf-8'), ('cs_us-ascii', 'charset us-ascii'), ('cs_iso-8859-1', 'charset iso-8859-1'),
    ('cs_windows-1252', 'charset windows-1252'),
    ('cte_7bit', 'Content-Transfer-Encoding 7bit'), ('cte_8bit', 'Content-Transfer-Encoding 8bit'),
    ('cte_quoted-printable', 'Content-Transfer-Encoding quoted-printable'), ('cte_base64', 'Content-Transfer-Encoding base64'),
    ('crlf', 'CRLF line ends'), ('lf', 'LF line ends'), ('rfc2047_subject', 'RFC 2047 encoded Subject'),
    ('rfc2047_name', 'RFC 2047 encoded display name'), ('rfc2231', 'RFC 2231 file name'),
    ('fullwidth', 'full-width digits'),
]


def write_readme(out, seed, labels, feats, dig):
    langs = {}
    for v in labels.values():
        langs[v['lang']] = langs.get(v['lang'], 0) + 1
    tcount = {t: 0 for t in TYPES}
    for v in labels.values():
        for t in v['types']:
            tcount[t] += 1
    npos = sum(1 for v in labels.values() if v['confidential'])
    lines = ["# Geriatrics in a Quebec health network — synthetic outbound e-mail corpus", "",
             "Outbound mail of the (fictional) CISSS des Trois-Rivages, direction SAPA (support for the autonomy of "
             "older adults): a memory clinic (referrals, cognitive assessments and MoCA results, neuropsychology reports, "
             "caregiver meetings), a geriatric day hospital, a falls clinic, an acute geriatric unit, home care, and the "
             "long-term care (CHSLD) access office with its admission requests, bed offers and waiting lists — together "
             "with the ordinary administrative mail of those services (schedules, payroll, HR, newsletters, committees, "
             "conferences, statistics, invoices, purchase orders, inventories, IT and facilities notices, recalls, drug "
             "shortages, blank forms and templates). French-Canadian and English. Every person, institution, address and "
             "number is invented; domains end in `.example`; phone numbers use 555-01xx; RAMQ NAMs come only from "
             "`../blind_nams.txt`.", "", f"Seed: {seed}.", "",
             "## Layout", "",
             f"- `positive/pNNN_<category>.eml` — {npos} confidential messages;",
             f"- `negative/nNNN_<category>.eml` — {len(labels) - npos} non-confidential (hard negative) messages;",
             "- `labels.json` — one entry per file (`confidential`, `types`, `lang`, `note`), keys sorted;",
             "- `generate.py` and its modules `gen_*.py` — the generator (common data, body rendering, MIME assembly, "
             "attachments, positive and negative templates, verification, this README).", "",
             "## Languages", "", "| lang | files |", "|---|---|"]
    for lg in sorted(langs):
        lines.append(f"| {lg} | {langs[lg]} |")
    lines += ["", "## Finding types (positives)", "", "| type | positives |", "|---|---|"]
    for t in TYPES:
        lines.append(f"| {t} | {tcount[t]} |")
    lines += ["", "## Definition used", "", DEFINITION, "",
              "## Transports (files showing each feature)", "", "| feature | files |", "|---|---|"]
    for key, label in FEATURES:
        n = sum(1 for f in feats.values() if key in f)
        lines.append(f"| {label} | {n} |")
    lines += ["", "## Regenerate", "",
              "```", "python generate.py            # writes next to itself", "python generate.py --out DIR  # writes elsewhere", "```", "",
              "Only the standard library, python-stdnum, reportlab, python-docx and openpyxl are used. Output is "
              "byte-identical on every run (fixed seed, boundaries, Message-IDs, Dates, ZIP/DOCX/XLSX member times and "
              "core dates, reportlab `invariant=1`). After writing, the generator re-parses every file, decodes every part "
              "(PDF, DOCX, XLSX, ZIP, nested .eml included), checks labels, NAM placement, identifier checksums and that no "
              "NAM holder's name appears in a negative, and exits non-zero on any failure.", "",
              "## Digest", "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
              f"`{dig}`", ""]
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(lines))
