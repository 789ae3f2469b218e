"""Digest and README writer."""
import hashlib
import os

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

TYPE_ORDER = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
              "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]

FEATURES = [
    ("top:text/plain", "text/plain only (single part)"),
    ("top:text/html", "text/html only (single part)"),
    ("multipart/alternative", "multipart/alternative"),
    ("multipart/mixed", "multipart/mixed"),
    ("att:pdf", "PDF attachment"),
    ("att:docx", "DOCX attachment"),
    ("att:xlsx", "XLSX attachment"),
    ("att:csv", "CSV attachment"),
    ("att:ics", "ICS (text/calendar) attachment"),
    ("att:vcf", "vCard attachment"),
    ("att:zip", "ZIP attachment"),
    ("att:eml", "attached message (message/rfc822)"),
    ("charset:utf-8", "charset utf-8"),
    ("charset:us-ascii", "charset us-ascii"),
    ("charset:iso-8859-1", "charset iso-8859-1"),
    ("charset:windows-1252", "charset windows-1252"),
    ("cte:7bit", "Content-Transfer-Encoding 7bit"),
    ("cte:8bit", "Content-Transfer-Encoding 8bit"),
    ("cte:quoted-printable", "Content-Transfer-Encoding quoted-printable"),
    ("cte:base64", "Content-Transfer-Encoding base64"),
    ("eol:crlf", "CRLF line ends"),
    ("eol:lf", "LF line ends"),
    ("hdr:rfc2047_subject", "RFC 2047 encoded Subject"),
    ("hdr:rfc2047_name", "RFC 2047 encoded display name"),
    ("hdr:rfc2231_filename", "RFC 2231 file name"),
]


def digest(out_dir):
    h = hashlib.sha256()
    rels = []
    for sub in ("positive", "negative"):
        rels += [f"{sub}/{x}" for x in os.listdir(os.path.join(out_dir, sub)) if x.endswith(".eml")]
    rels.append("labels.json")
    for rel in sorted(rels):
        h.update(rel.encode("utf-8"))
        h.update(b"\0")
        with open(os.path.join(out_dir, rel), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()


def write_readme(out_dir, seed, labels, feats_by_file, dig):
    langs = {}
    types = {}
    for k, v in labels.items():
        langs[v["lang"]] = langs.get(v["lang"], 0) + 1
        for t in v["types"]:
            types[t] = types.get(t, 0) + 1
    npos = sum(1 for v in labels.values() if v["confidential"])
    nneg = len(labels) - npos
    lines = [
        "# Held-out corpus 173 — palliative care and CLSC home care",
        "",
        "Synthetic outbound e-mail of an invented Quebec integrated health and social services centre "
        "(the CISSS des Hautes-Rivières, its CLSCs, its home care and palliative care teams, a partner hospice, "
        "community pharmacies, an equipment vendor and a volunteer organisation). The mail covers home nursing "
        "visits, hospital bed and lift loans, family meetings, symptom-management consults, medical aid in dying "
        "coordination, bereavement follow-up and volunteer scheduling, in Canadian French and English: "
        f"{npos} confidential messages carrying patient data and {nneg} hard negatives (staff, HR, schedules, "
        "newsletters, committees, purchasing, inventories, IT, statistics, teaching cases, blank forms). "
        "Every person, institution, address and number is invented; domains end in `.example`.",
        "",
        f"Seed: {seed}.",
        "",
        "## Layout",
        "",
        "- `positive/pNNN_<category>.eml` — confidential messages (p001 … p120)",
        "- `negative/nNNN_<category>.eml` — non-confidential hard negatives (n001 … n180)",
        "- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`",
        "- `generate.py` and `gen_*.py` — the generator (standard library, python-stdnum, reportlab, python-docx, openpyxl)",
        "- `README.md` — this file",
        "",
        "## Languages",
        "",
        "| lang | files |",
        "| --- | --- |",
    ]
    for lg in ("fr", "en"):
        lines.append(f"| {lg} | {langs.get(lg, 0)} |")
    lines += ["", "## Finding types (positives)", "", "| type | positives |", "| --- | --- |"]
    for t in TYPE_ORDER:
        lines.append(f"| {t} | {types.get(t, 0)} |")
    lines += ["", "## Definition used", "", DEFINITION, "", "## Transports (files showing each feature)", "",
              "| feature | files |", "| --- | --- |"]
    for key, label in FEATURES:
        lines.append(f"| {label} | {sum(1 for f in feats_by_file.values() if key in f)} |")
    lines += ["", "## Regenerate", "", "```", "python generate.py            # writes next to generate.py",
              "python generate.py --out DIR  # writes elsewhere", "```", "",
              "The generator reads only its own modules and `../blind_nams.txt` (relative to itself), is "
              "byte-identical on every run, re-parses and checks everything it wrote and exits non-zero on any "
              "failure.", "", "## Digest", "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):",
              "", f"`{dig}`", ""]
    with open(os.path.join(out_dir, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
