"""README.md writer."""
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

FEATURE_ORDER = [
    "single text/plain", "single text/html", "multipart/alternative", "multipart/mixed",
    "no MIME headers (plain RFC 822)",
    "PDF attachment", "DOCX attachment", "XLSX attachment", "CSV attachment", "ICS attachment", "vCard attachment",
    "ZIP attachment", "attached message/rfc822",
    "charset utf-8", "charset us-ascii", "charset iso-8859-1", "charset windows-1252",
    "CTE 7bit", "CTE 8bit", "CTE quoted-printable", "CTE base64",
    "CRLF line ends", "LF line ends", "RFC 2047 Subject", "RFC 2047 names", "RFC 2231 file names",
    "full-width digits", "quoted reply", "inline forward",
]


def write(out_dir, seed, labels, features, digest):
    langs = {}
    types = {}
    for rel, lab in labels.items():
        langs[lab["lang"]] = langs.get(lab["lang"], 0) + 1
        for t in lab["types"]:
            types[t] = types.get(t, 0) + 1
    order = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
             "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]
    L = []
    L.append("# Synthetic outbound e-mail corpus — medical genetics clinic and prenatal screening")
    L.append("")
    L.append("Outbound mail of an invented university health centre (\"CHU Boréal\" / Boreal University Health Centre) "
             "and its medical genetics service and prenatal screening program, in French-Canadian and English. "
             "Positives are referrals, NIPT and serum-screen results, amniocentesis and CVS bookings, cytogenetics and "
             "molecular reports, couple carrier results, newborn-screening call-backs, clinic lists, consult sign-outs, "
             "prescriptions, insurer forms, transport requests, social-work notes, family letters, forwarded and quoted "
             "threads, vCards, CSV exports, ZIP batches and attached e-mails. Negatives are hard: newsletters naming "
             "physicians with the diseases they treat, on-call schedules, leave, payroll, occupational health, job "
             "postings and candidates, committee and conference notices, invoices, purchase orders and inventories "
             "with checksum-valid serial and asset numbers, IT and facilities mail, aggregate statistics, de-identified "
             "teaching cases, blank requisitions and mail-merge templates, drug shortages, recalls and research "
             "protocols. Every person, institution, address and number is invented; domains end in `.example`.")
    L.append("")
    L.append(f"Seed: {seed}.")
    L.append("")
    L.append("## Layout")
    L.append("")
    L.append("- `positive/pNNN_<category>.eml` — 120 confidential messages")
    L.append("- `negative/nNNN_<category>.eml` — 180 non-confidential (hard negative) messages")
    L.append("- `labels.json` — per file: `confidential`, `types`, `lang`, `note`")
    L.append("- `generate.py` and `gen_*.py` — the generator and its modules")
    L.append("- `README.md` — this file")
    L.append("")
    L.append("## Languages")
    L.append("")
    L.append("| lang | files |")
    L.append("|---|---|")
    for k in sorted(langs):
        L.append(f"| {k} | {langs[k]} |")
    L.append("")
    L.append("## Finding types (positives)")
    L.append("")
    L.append("| type | positives |")
    L.append("|---|---|")
    for t in order:
        L.append(f"| {t} | {types.get(t, 0)} |")
    L.append("")
    L.append("## Definition used")
    L.append("")
    L.append(DEFINITION)
    L.append("")
    L.append("## Transports (files showing each feature)")
    L.append("")
    L.append("| feature | files |")
    L.append("|---|---|")
    for f in FEATURE_ORDER:
        L.append(f"| {f} | {features.get(f, 0)} |")
    for f in sorted(set(features) - set(FEATURE_ORDER)):
        L.append(f"| {f} | {features[f]} |")
    L.append("")
    L.append("## Regenerate")
    L.append("")
    L.append("```")
    L.append("python generate.py            # writes next to generate.py")
    L.append("python generate.py --out DIR  # writes to DIR")
    L.append("```")
    L.append("")
    L.append("Needs Python 3 with python-stdnum, reportlab, python-docx and openpyxl; reads `../blind_nams.txt` "
             "relative to the generator. Output is byte-identical on every run; the generator re-parses and checks "
             "everything and exits non-zero on any failure.")
    L.append("")
    L.append("## Digest")
    L.append("")
    L.append("sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):")
    L.append("")
    L.append(f"`{digest}`")
    L.append("")
    with open(os.path.join(out_dir, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))
