"""README writer."""
import collections

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
    "single-part text/plain", "HTML-only body", "multipart/alternative", "multipart/mixed",
    "PDF attachment", "DOCX attachment", "XLSX attachment", "CSV attachment", "ICS attachment",
    "vCard attachment", "ZIP attachment", "attached message/rfc822",
    "charset us-ascii", "charset utf-8", "charset iso-8859-1", "charset windows-1252",
    "CTE 7bit", "CTE 8bit", "CTE quoted-printable", "CTE base64",
    "CRLF line ends", "LF line ends", "RFC 2047 encoded Subject", "RFC 2047 encoded display name",
    "RFC 2231 file name",
]


def write(path, seed, labels, features, digest):
    langs = collections.Counter(v["lang"] for v in labels.values())
    types = collections.Counter(t for v in labels.values() for t in v["types"])
    pos = sum(1 for v in labels.values() if v["confidential"])
    neg = len(labels) - pos
    fcount = collections.Counter(f for fs in features.values() for f in fs)
    lines = [
        "# Held-out corpus: bariatric surgery and obesity medicine programme",
        "",
        "Synthetic outbound e-mail of an invented hospital programme (Clinique de médecine de l'obésité et de "
        "chirurgie bariatrique, Hôpital Saint-Aurèle, Trois-Lacs): referrals from family physicians, pre-operative "
        "medical, nutrition and psychology assessments, OR bookings for sleeve gastrectomy and gastric bypass, ward "
        "sign-out lists, post-operative follow-up and vitamin-deficiency results, prescriptions to community "
        "pharmacies, disability-insurer and out-of-province / European coverage forms, support-group lists, social "
        "work letters — and the programme's ordinary administrative mail (schedules, leave, payroll, HR, newsletters, "
        "committees, conferences, invoices, purchase orders, inventories, IT and facilities notices, blank forms, "
        "templates, aggregate statistics, teaching cases). French-Canadian and English. Every person, institution, "
        "address and number is invented; domains end in .example and phones use 555-01xx.",
        "",
        "Seed: %d." % seed,
        "",
        "## Layout",
        "",
        "- `positive/pNNN_<category>.eml` — %d confidential messages" % pos,
        "- `negative/nNNN_<category>.eml` — %d non-confidential (hard negative) messages" % neg,
        "- `labels.json` — per file: `confidential`, `types`, `lang`, `note`",
        "- `generate.py` and `gen_*.py` — the generator; `README.md` — this file",
        "",
        "## Languages",
        "",
        "| lang | files |",
        "| --- | --- |",
    ]
    for l in ("fr", "en"):
        lines.append("| %s | %d |" % (l, langs[l]))
    lines += ["", "## Finding types (positives)", "", "| type | positives |", "| --- | --- |"]
    for t in ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
              "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]:
        lines.append("| %s | %d |" % (t, types[t]))
    lines += ["", "## Definition used", "", DEFINITION, "", "## Transports (files showing each feature)", "",
              "| feature | files |", "| --- | --- |"]
    for f in FEATURE_ORDER:
        lines.append("| %s | %d |" % (f, fcount[f]))
    lines += ["", "## Regenerate", "", "```", "python generate.py            # writes next to itself",
              "python generate.py --out DIR  # writes elsewhere", "```", "",
              "Needs python-stdnum, reportlab, python-docx and openpyxl. Reads `../blind_nams.txt` relative to the "
              "generator. Output is byte-identical on every run; the generator re-parses and checks everything and "
              "exits non-zero on any failure.", "",
              "## Digest", "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
              "`%s`" % digest, ""]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
