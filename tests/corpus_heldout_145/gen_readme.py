"""README writer."""
import os
from collections import Counter

DEF_1 = ("A message is **confidential** when a reader could identify a patient (name in any form — with or "
         "without title, surname first, lower case, initials with a surname —, RAMQ NAM, Canadian SIN, Ontario health "
         "number, Belgian NISS, French NIR, or a hospital chart number / MRN, possibly disguised with odd spacing, dots, "
         "slashes or full-width digits) **and** learn something personal, medical or social about them (diagnosis, "
         "symptoms, medication, lab or test result, procedure, appointment for care, birth date, home address or "
         "personal phone in a care context, social situation such as housing, youth protection, income support or "
         "violence), anywhere in the message: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX, XLSX, "
         "CSV, ICS, vCard, ZIP, attached .eml) or an attachment's file name.")
DEF_2 = ("**Not confidential**: staff information (schedules, leave, payroll, an employee's occupational health, HR, "
         "job candidates), physicians named with the diseases they treat, conference speakers and topics, aggregate "
         "statistics, newsletters, blank forms and mail-merge templates, de-identified teaching cases, invoices and "
         "purchase orders, serial / lot / asset numbers (even when they pass a checksum), clinic phone numbers and "
         "addresses in signatures, IT and facilities mail, job postings, committee notices, drug-shortage notices, "
         "recalls, research protocols without participants' identities.")

TYPE_ORDER = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
              "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]

FEATURES = [
    ("text/plain only", lambda f: "top:text/plain" in f),
    ("text/html only", lambda f: "top:text/html" in f),
    ("multipart/alternative", lambda f: "ctype:multipart/alternative" in f),
    ("multipart/mixed", lambda f: "ctype:multipart/mixed" in f),
    ("PDF attachment", lambda f: "ctype:application/pdf" in f),
    ("DOCX attachment", lambda f: any("wordprocessingml" in x for x in f)),
    ("XLSX attachment", lambda f: any("spreadsheetml" in x for x in f)),
    ("CSV attachment", lambda f: "ctype:text/csv" in f),
    ("ICS (text/calendar)", lambda f: "ctype:text/calendar" in f),
    ("vCard", lambda f: "ctype:text/vcard" in f),
    ("ZIP attachment", lambda f: "ctype:application/zip" in f),
    ("attached message/rfc822", lambda f: "ctype:message/rfc822" in f),
    ("charset utf-8", lambda f: "charset:utf-8" in f),
    ("charset us-ascii", lambda f: "charset:us-ascii" in f),
    ("charset iso-8859-1", lambda f: "charset:iso-8859-1" in f),
    ("charset windows-1252", lambda f: "charset:windows-1252" in f),
    ("7bit", lambda f: "cte:7bit" in f),
    ("8bit", lambda f: "cte:8bit" in f),
    ("quoted-printable", lambda f: "cte:quoted-printable" in f),
    ("base64", lambda f: "cte:base64" in f),
    ("CRLF line ends", lambda f: "crlf" in f),
    ("LF line ends", lambda f: "lf" in f),
    ("RFC 2047 encoded Subject", lambda f: "rfc2047_subject" in f),
    ("RFC 2047 encoded name", lambda f: "rfc2047_name" in f),
    ("RFC 2231 file name", lambda f: "rfc2231_filename" in f),
]


def write_readme(out, seed, labels, feats, dg):
    langs = Counter(v["lang"] for v in labels.values())
    types = Counter(t for v in labels.values() if v["confidential"] for t in v["types"])
    npos = sum(1 for v in labels.values() if v["confidential"])
    nneg = len(labels) - npos
    lines = [
        "# Synthetic outbound-mail corpus — fertility clinic, gynaecology and reproductive endocrinology",
        "",
        "Invented mail from a bilingual (French-Canadian / English) fertility and gynaecology centre in the "
        "Outaouais: IVF cycle monitoring, embryology laboratory reports, andrology, egg and sperm donor programmes, "
        "Pap and colposcopy follow-up, the menopause clinic, paediatric and oncofertility referrals, and the paperwork "
        "of the public assisted-reproduction funding programme, plus cross-border files (Ontario, Belgium, France). "
        f"{npos} messages carry confidential patient data; {nneg} are hard negatives written by the same staff "
        "(schedules, payroll, newsletters, committee notices, invoices, inventories with checksum-valid serials, "
        "aggregate statistics, blank forms, mail-merge templates, teaching cases). Every person, number and address is "
        "invented; domains end in `.example` and phones use 555-01xx.",
        "",
        f"Seed: {seed}.",
        "",
        "## Layout",
        "",
        "- `positive/pNNN_<category>.eml` — 120 confidential messages.",
        "- `negative/nNNN_<category>.eml` — 180 non-confidential messages.",
        "- `labels.json` — per file: `confidential`, `types`, `lang`, `note`.",
        "- `generate.py` with `gen_common.py`, `gen_text.py`, `gen_mime.py`, `gen_attach.py`, `gen_pos_a.py`, "
        "`gen_pos_b.py`, `gen_neg_a.py`, `gen_neg_b.py`, `gen_verify.py`, `gen_readme.py` — the generator.",
        "- RAMQ NAMs come from `../blind_nams.txt`.",
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
    lines += ["", "## Definition used", "", DEF_1, "", DEF_2, "",
              "## Transports (files showing each feature)", "", "| feature | files |", "| --- | --- |"]
    for name, pred in FEATURES:
        lines.append(f"| {name} | {sum(1 for f in feats.values() if pred(f))} |")
    lines += ["", "## Regenerate", "", "```", "python generate.py            # writes next to generate.py",
              "python generate.py --out DIR  # writes elsewhere", "```", "",
              "Needs only the standard library, python-stdnum, reportlab, python-docx and openpyxl. Output is "
              "byte-identical on every run; the generator re-parses every file, decodes every part and exits non-zero "
              "if any check fails.", "", "## Digest", "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):",
              "", f"`{dg}`", ""]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
