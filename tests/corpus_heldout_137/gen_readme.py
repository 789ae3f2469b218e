"""README writer."""
from collections import Counter

from gen_common import FINDING_TYPES

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
    ("top:text/plain", "text/plain only"), ("top:text/html", "text/html only"),
    ("multipart/alternative", "multipart/alternative"), ("multipart/mixed", "multipart/mixed"),
    ("att:pdf", "PDF attachment"), ("att:docx", "DOCX attachment"), ("att:xlsx", "XLSX attachment"),
    ("att:csv", "CSV attachment"), ("att:ics", "ICS attachment"), ("att:vcf", "vCard attachment"),
    ("att:zip", "ZIP attachment"), ("att:eml", "attached message/rfc822"),
    ("charset:utf-8", "charset utf-8"), ("charset:us-ascii", "charset us-ascii"),
    ("charset:iso-8859-1", "charset iso-8859-1"), ("charset:windows-1252", "charset windows-1252"),
    ("cte:7bit", "7bit"), ("cte:8bit", "8bit"), ("cte:quoted-printable", "quoted-printable"), ("cte:base64", "base64"),
    ("eol:CRLF", "CRLF line ends"), ("eol:LF", "LF line ends"),
    ("rfc2047:subject", "RFC 2047 encoded Subject"), ("rfc2047:names", "RFC 2047 encoded names"),
    ("rfc2231:filename", "RFC 2231 file names"), ("id:fullwidth digits", "full-width digits"),
]


def write_readme(path, seed, labels, feats, digest):
    langs = Counter(v["lang"] for v in labels.values())
    types = Counter(t for v in labels.values() if v["confidential"] for t in v["types"])
    npos = sum(1 for v in labels.values() if v["confidential"])
    nneg = len(labels) - npos
    out = ["# Synthetic outbound mail corpus — speech-language pathology and audiology", "",
           "The mail of an invented regional speech-language pathology and audiology service (Service régional "
           "d'orthophonie et d'audiologie, CISSS des Hautes-Rivières, Québec): a dysphagia clinic doing bedside "
           "assessments, videofluoroscopy and FEES; an audiology clinic (audiograms, ABR, newborn hearing screening, "
           "hearing aid programmes); cochlear implant mapping and follow-up; school and daycare speech-language "
           "services; a voice clinic; and the usual administrative mail of such a service (HR, schedules, payroll, "
           "newsletters, committees, purchasing, inventory, IT and facilities). Messages are written in "
           f"French-Canadian and English. {npos} messages carry confidential patient data; {nneg} are hard negatives. "
           "Every person, institution, address and number is invented.", "",
           f"Seed: {seed}.", "", "## Layout", "",
           "- `positive/pNNN_<category>.eml` — confidential messages (p001 … p120)",
           "- `negative/nNNN_<category>.eml` — non-confidential hard negatives (n001 … n180)",
           "- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`",
           "- `generate.py` and `gen_*.py` — the generator (common helpers, clinical vocabulary, attachments, MIME, "
           "positive and negative templates, verification, this README)", "",
           "## Languages", "", "| lang | files |", "|---|---|"]
    for lg in ("fr", "en"):
        out.append(f"| {lg} | {langs.get(lg, 0)} |")
    out += ["", "## Finding types (positives)", "", "| type | positives |", "|---|---|"]
    for t in FINDING_TYPES:
        out.append(f"| {t} | {types.get(t, 0)} |")
    out += ["", "## Definition used", "", DEFINITION, "", "## Transports (files showing each feature)", "",
            "| feature | files |", "|---|---|"]
    for key, label in FEATURES:
        out.append(f"| {label} | {sum(1 for f in feats.values() if key in f)} |")
    out += ["", "## Regenerate", "", "```", "python generate.py            # writes next to generate.py",
            "python generate.py --out DIR  # writes to DIR", "```", "",
            "Reads only its own modules and `../blind_nams.txt`; output is byte-identical on every run. After "
            "writing, it re-parses and decodes every message and attachment, checks labels, NAM placement and "
            "identifier checksums, and exits non-zero on any failure.", "",
            "## Digest", "",
            "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
            f"`{digest}`", ""]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out))
