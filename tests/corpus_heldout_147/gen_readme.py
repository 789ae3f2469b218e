"""README writer."""
import collections
import os

from gen_common import SEED

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

TYPE_ORDER = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir",
              "mrn", "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]


def write_readme(out, labels, feats, digest):
    langs = collections.Counter(v["lang"] for v in labels.values())
    types = collections.Counter(t for v in labels.values() for t in v["types"])
    npos = sum(1 for v in labels.values() if v["confidential"])
    nneg = len(labels) - npos
    lines = [
        "# Synthetic outbound mail — cardiology of an invented Quebec hospital "
        "(heart-failure clinic, cardiac rehabilitation, pacemaker and ICD clinic)",
        "",
        "Outbound e-mail of the cardiology department of the invented Hôpital régional de Saint-Ambroise-des-Monts "
        "(HRSAM): the heart-failure clinic, the cardiac rehabilitation programme, the pacemaker and defibrillator "
        "device clinic with its remote-monitoring alerts, the echo and Holter labs and the 4 North ward. "
        "Confidential messages are referrals, consult letters, device alerts, echo and Holter results, sign-out "
        "lists, bookings, transport requests, prescriptions, insurer forms, rehab letters and social-work notes; "
        "non-confidential ones are schedules, HR and payroll, newsletters, committee notices, conference "
        "programmes, invoices, purchase orders, inventories with serial numbers, IT and facilities mail, aggregate "
        "statistics, teaching cases, blank forms and templates. Every person, institution, address and number is "
        "invented; domains end in `.example`, phone numbers use 555-01xx.",
        "",
        f"Seed: {SEED}.",
        "",
        "## Layout",
        "",
        f"- `positive/pNNN_<category>.eml` — {npos} confidential messages;",
        f"- `negative/nNNN_<category>.eml` — {nneg} non-confidential (hard negative) messages;",
        "- `labels.json` — per file: `confidential`, `types`, `lang`, `note`;",
        "- `generate.py` and its modules `gen_*.py` — the generator and verifier;",
        "- `README.md` — this file.",
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
    lines += ["", "## Definition used", "", DEFINITION, "",
              "## Transports (files showing each feature)", "", "| feature | files |", "| --- | --- |"]
    for f in sorted(feats):
        lines.append(f"| {f} | {feats[f]} |")
    lines += ["", "## Regenerate", "",
              "```",
              "python generate.py            # writes next to itself",
              "python generate.py --out DIR  # writes elsewhere",
              "```",
              "",
              "Needs Python 3 with python-stdnum, reportlab, python-docx and openpyxl; reads only its own modules "
              "and `../blind_nams.txt`. Output is byte-identical on every run; the script re-parses and checks "
              "every file and exits non-zero on any failure, then prints the digest.",
              "",
              "## Digest",
              "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):",
              "",
              f"`{digest}`", ""]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
