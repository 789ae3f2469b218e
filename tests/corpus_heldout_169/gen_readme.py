"""README.md writer."""

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
    "PDF attachment", "DOCX attachment", "XLSX attachment", "CSV attachment", "ICS attachment",
    "vCard attachment", "ZIP attachment", "attached .eml (message/rfc822)",
    "charset utf-8", "charset us-ascii", "charset iso-8859-1", "charset windows-1252",
    "CTE 7bit", "CTE 8bit", "CTE quoted-printable", "CTE base64",
    "CRLF line ends", "LF line ends", "RFC 2047 Subject", "RFC 2047 display name", "RFC 2231 file name",
    "full-width digits",
]


def write_readme(out, seed, digest, langs, per_lang, types, feats, type_order):
    L = []
    L.append("# Cardiology outbound-mail corpus (heart failure clinic, cardiac rehabilitation, echo lab, "
             "device clinic, cath lab)")
    L.append("")
    L.append("Synthetic, labelled outbound e-mail from an invented cardiology institute in Quebec (the "
             "*Institut de cardiologie de Val-Bruyère* / *Val-Bruyère Heart Institute*, domain `icvb.example`): "
             "its heart failure clinic, cardiac rehabilitation programme, echocardiography laboratory, pacemaker "
             "and defibrillator follow-up clinic and catheterisation-lab booking office, writing in French "
             "(Quebec) and English to colleagues, family physicians, pharmacies, insurers, transport services, "
             "partner hospitals in Ontario, Belgium and France, vendors and staff. Positives are referrals, "
             "consults, sign-out lists, bookings, device alerts, reports, prescriptions, forms and forwarded "
             "threads that identify a patient; negatives are hard look-alikes (HR, schedules, payroll, newsletters, "
             "committee notices, programmes, invoices with checksum-valid serial numbers, recalls, statistics, "
             "de-identified teaching cases, blank forms and templates, IT and facilities mail). Every person, "
             "institution, address and number is invented; RAMQ NAMs come only from `../blind_nams.txt`.")
    L.append("")
    L.append(f"Seed: {seed}.")
    L.append("")
    L.append("## Layout")
    L.append("")
    L.append("- `positive/pNNN_<category>.eml` — 120 confidential messages")
    L.append("- `negative/nNNN_<category>.eml` — 180 non-confidential (hard negative) messages")
    L.append("- `labels.json` — per file: `confidential`, `types`, `lang`, `note`")
    L.append("- `generate.py` and `gen_*.py` — the generator (standard library, python-stdnum, reportlab, "
             "python-docx, openpyxl)")
    L.append("")
    L.append("## Languages")
    L.append("")
    L.append("| lang | files |")
    L.append("| --- | --- |")
    for lang in ("fr", "en"):
        L.append(f"| {lang} | {langs.get(lang, 0)} (positive {per_lang.get(('positive', lang), 0)}, "
                 f"negative {per_lang.get(('negative', lang), 0)}) |")
    L.append("")
    L.append("## Finding types (positives)")
    L.append("")
    L.append("| type | positives |")
    L.append("| --- | --- |")
    for t in type_order:
        L.append(f"| {t} | {types.get(t, 0)} |")
    L.append("")
    L.append("## Definition used")
    L.append("")
    L.append(DEFINITION)
    L.append("")
    L.append("## Transports (files showing each feature)")
    L.append("")
    L.append("| feature | files |")
    L.append("| --- | --- |")
    for f in FEATURE_ORDER:
        L.append(f"| {f} | {feats.get(f, 0)} |")
    L.append("")
    L.append("## Regenerate")
    L.append("")
    L.append("```")
    L.append("python generate.py            # writes beside generate.py")
    L.append("python generate.py --out DIR  # writes into DIR")
    L.append("```")
    L.append("")
    L.append("The output is byte-identical on every run. After writing, the generator re-parses every file with "
             "`email.policy.default`, decodes every part (PDF, DOCX, XLSX, ZIP, nested .eml included), checks the "
             "labels, NAM placement and identifier checksums, and exits non-zero on any failure.")
    L.append("")
    L.append("## Digest")
    L.append("")
    L.append("sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):")
    L.append("")
    L.append(f"`{digest}`")
    L.append("")
    (out / "README.md").write_text("\n".join(L), encoding="utf-8")
