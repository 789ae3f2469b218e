"""README writer."""
import collections

DEF_CONF = (
    "A message is **confidential** when a reader could identify a patient (name in any form — with or without title, "
    "surname first, lower case, initials with a surname —, RAMQ NAM, Canadian SIN, Ontario health number, Belgian NISS, "
    "French NIR, or a hospital chart number / MRN, possibly disguised with odd spacing, dots, slashes or full-width digits) "
    "**and** learn something personal, medical or social about them (diagnosis, symptoms, medication, lab or test result, "
    "procedure, appointment for care, birth date, home address or personal phone in a care context, social situation such "
    "as housing, youth protection, income support or violence), anywhere in the message: Subject, body, quoted reply, inline "
    "forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached .eml) or an attachment's file name.")
DEF_NOT = (
    "**Not confidential**: staff information (schedules, leave, payroll, an employee's occupational health, HR, job "
    "candidates), physicians named with the diseases they treat, conference speakers and topics, aggregate statistics, "
    "newsletters, blank forms and mail-merge templates, de-identified teaching cases, invoices and purchase orders, serial / "
    "lot / asset numbers (even when they pass a checksum), clinic phone numbers and addresses in signatures, IT and "
    "facilities mail, job postings, committee notices, drug-shortage notices, recalls, research protocols without "
    "participants' identities.")

TYPE_ORDER = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
              "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]

FEATURE_ORDER = [
    ("top:text/plain", "text/plain only"), ("top:text/html", "text/html only"),
    ("multipart/alternative", "multipart/alternative"), ("multipart/mixed", "multipart/mixed"),
    ("attachment:PDF", "PDF attachment"), ("attachment:DOCX", "DOCX attachment"), ("attachment:XLSX", "XLSX attachment"),
    ("attachment:CSV", "CSV attachment"), ("attachment:ICS", "ICS attachment"), ("attachment:vCard", "vCard attachment"),
    ("attachment:ZIP", "ZIP attachment"), ("attachment:message/rfc822", "attached message (message/rfc822)"),
    ("charset:utf-8", "charset utf-8"), ("charset:us-ascii", "charset us-ascii"), ("charset:iso-8859-1", "charset iso-8859-1"),
    ("charset:windows-1252", "charset windows-1252"), ("cte:7bit", "7bit"), ("cte:8bit", "8bit"),
    ("cte:quoted-printable", "quoted-printable"), ("cte:base64", "base64"), ("eol:CRLF", "CRLF line ends"),
    ("eol:LF", "LF line ends"), ("rfc2047:subject", "RFC 2047 encoded Subject"), ("rfc2047:name", "RFC 2047 encoded display name"),
    ("rfc2231:filename", "RFC 2231 file name"), ("fullwidth digits", "full-width digits"), ("quoted reply", "quoted reply"),
    ("inline forward", "inline forward"),
]


def write_readme(path, labels, feats_by_file, seed, digest):
    langs = collections.Counter(v["lang"] for v in labels.values())
    lang_pos = collections.Counter(v["lang"] for v in labels.values() if v["confidential"])
    types = collections.Counter(t for v in labels.values() for t in v["types"])
    feat = collections.Counter(f for fs in feats_by_file.values() for f in fs)
    npos = sum(1 for v in labels.values() if v["confidential"])
    nneg = len(labels) - npos
    out = ["# Held-out corpus 205 — hospital virtual ward and remote patient monitoring", "",
           "Synthetic outbound e-mail from an invented Quebec hospital centre (Centre hospitalier de la Rivière-aux-Saules) "
           "running a virtual ward and remote patient monitoring programme: home blood pressure, glucose, weight and "
           "oximetry uploads, alerts from a monitoring platform vendor, telehealth visits, device loans, deliveries and "
           "returns by courier, pharmacy and family-physician correspondence, insurer and agency forms, plus the ordinary "
           "vendor, purchasing, IT, HR, facilities and committee mail of such a team. Mail is in Canadian French and "
           "English. Every person, institution, address and number is invented; domains end in `.example` and phone "
           "numbers use 555-01xx.", "",
           "Seed: %d." % seed, "",
           "## Layout", "",
           "- `positive/pNNN_<category>.eml` — %d confidential messages" % npos,
           "- `negative/nNNN_<category>.eml` — %d non-confidential hard negatives" % nneg,
           "- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`",
           "- `generate.py` and `gen_*.py` — the generator (standard library, python-stdnum, reportlab, python-docx, openpyxl)",
           "- `README.md` — this file", "",
           "## Languages", "", "| lang | files | positives | negatives |", "|---|---|---|---|"]
    for l in ("fr", "en"):
        out.append("| %s | %d | %d | %d |" % (l, langs[l], lang_pos[l], langs[l] - lang_pos[l]))
    out += ["", "## Finding types (positives)", "", "| type | positives |", "|---|---|"]
    for t in TYPE_ORDER:
        out.append("| %s | %d |" % (t, types[t]))
    out += ["", "## Definition used", "", DEF_CONF, "", DEF_NOT, "",
            "## Transports (files showing each feature)", "", "| feature | files |", "|---|---|"]
    for key, label in FEATURE_ORDER:
        out.append("| %s | %d |" % (label, feat[key]))
    out += ["", "## Regenerate", "", "```", "python generate.py            # writes next to generate.py",
            "python generate.py --out DIR  # writes elsewhere", "```", "",
            "The generator reads only its own modules and `../blind_nams.txt`, writes byte-identical output on every run, "
            "re-parses and decodes every file, validates labels, NAM placement and identifier checksums, and exits "
            "non-zero on any failure.", "",
            "## Digest", "",
            "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
            "`%s`" % digest, ""]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out))
