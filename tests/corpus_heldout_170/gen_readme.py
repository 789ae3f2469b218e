"""README writer and corpus digest."""
import hashlib
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

TYPES = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss",
         "fr_nir", "mrn", "diagnosis", "medication", "lab_result", "patient_contact",
         "social_information"]

FEATURE_ORDER = ["text/plain only", "text/html only", "multipart/alternative", "multipart/mixed",
                 "PDF attachment", "DOCX attachment", "XLSX attachment", "CSV attachment",
                 "ICS attachment", "vCard attachment", "ZIP attachment",
                 "attached message/rfc822", "charset utf-8", "charset us-ascii",
                 "charset iso-8859-1", "charset windows-1252", "CTE 7bit", "CTE 8bit",
                 "CTE quoted-printable", "CTE base64", "CRLF line ends", "LF line ends",
                 "RFC 2047 Subject", "RFC 2047 display name", "RFC 2231 file name",
                 "RFC 2231 continuation", "HTML entities", "full-width digits"]


def digest(outdir):
    h = hashlib.sha256()
    rels = []
    for d in ("positive", "negative"):
        for f in os.listdir(os.path.join(outdir, d)):
            if f.endswith(".eml"):
                rels.append("%s/%s" % (d, f))
    rels.append("labels.json")
    for rel in sorted(rels):
        h.update(rel.encode("utf-8"))
        h.update(b"\0")
        with open(os.path.join(outdir, rel), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()


def write_readme(outdir, labels, features, dig):
    langs = {}
    for rel, lab in labels.items():
        key = (lab["lang"], "positive" if lab["confidential"] else "negative")
        langs[key] = langs.get(key, 0) + 1
    tcount = {t: 0 for t in TYPES}
    for lab in labels.values():
        for t in lab["types"]:
            tcount[t] += 1
    fcount = {f: 0 for f in FEATURE_ORDER}
    for feats in features.values():
        for f in feats:
            fcount[f] = fcount.get(f, 0) + 1
    lines = [
        "# Synthetic outbound mail — hospital medical records and release-of-information office",
        "",
        "Outbound e-mail of the health records department (archives médicales) of an invented "
        "Quebec regional hospital, the Centre hospitalier régional de Val-Brûlé: requests for "
        "copies of records from patients, lawyers, insurers, compensation boards, youth "
        "protection, police, coroners and out-of-province or foreign hospitals, consent and "
        "authorization forms, chart correction requests, duplicate chart merges, misfiles and "
        "scanning backlogs, release logs and privacy incidents — and, on the negative side, the "
        "department's staff, HR, payroll, schedules, committees, newsletters, statistics, "
        "templates, invoices, purchase orders, IT and facilities mail. French-Canadian and "
        "English. Every person, institution, address and number is invented; domains end in "
        "`.example` and phone numbers use 555-01xx.",
        "",
        "Seed: %d." % SEED,
        "",
        "## Layout",
        "",
        "- `positive/pNNN_<category>.eml` — 120 confidential messages (p001 … p120)",
        "- `negative/nNNN_<category>.eml` — 180 non-confidential hard negatives (n001 … n180)",
        "- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`",
        "- `generate.py` and its modules `gen_*.py` — the generator (writes all of the above "
        "and this README, then verifies)",
        "",
        "## Languages",
        "",
        "| lang | files |",
        "| --- | --- |",
    ]
    for lg in ("fr", "en"):
        tot = langs.get((lg, "positive"), 0) + langs.get((lg, "negative"), 0)
        lines.append("| %s | %d (%d positive, %d negative) |" % (
            lg, tot, langs.get((lg, "positive"), 0), langs.get((lg, "negative"), 0)))
    lines += ["", "## Finding types (positives)", "", "| type | positives |", "| --- | --- |"]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, tcount[t]))
    lines += ["", "## Definition used", "", DEFINITION, "",
              "## Transports (files showing each feature)", "", "| feature | files |",
              "| --- | --- |"]
    for f in FEATURE_ORDER:
        lines.append("| %s | %d |" % (f, fcount.get(f, 0)))
    lines += ["", "## Regenerate", "",
              "```",
              "python generate.py            # writes next to generate.py",
              "python generate.py --out DIR  # writes into DIR",
              "```",
              "",
              "Needs only the standard library, python-stdnum, reportlab, python-docx and "
              "openpyxl, and reads `../blind_nams.txt` relative to the folder holding "
              "`generate.py`. Output is byte-identical on every run; the generator re-parses and "
              "checks everything it wrote and exits non-zero on any failure.",
              "",
              "## Digest",
              "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative "
              "path, NUL, bytes, NUL):",
              "",
              "`%s`" % dig,
              ""]
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
