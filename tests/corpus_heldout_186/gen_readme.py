"""Digest and README writer."""
import hashlib
import os

import gen_common as C

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
    ("single:text/plain", "text/plain only (single part)"),
    ("single:text/html", "text/html only (single part)"),
    ("multipart/alternative", "multipart/alternative"),
    ("multipart/mixed", "multipart/mixed"),
    ("pdf", "PDF attachment"),
    ("docx", "DOCX attachment"),
    ("xlsx", "XLSX attachment"),
    ("csv", "CSV attachment"),
    ("ics", "ICS calendar"),
    ("vcard", "vCard"),
    ("zip", "ZIP archive"),
    ("message/rfc822", "attached message/rfc822"),
    ("charset:us-ascii", "charset us-ascii"),
    ("charset:utf-8", "charset utf-8"),
    ("charset:iso-8859-1", "charset iso-8859-1"),
    ("charset:windows-1252", "charset windows-1252"),
    ("cte:7bit", "7bit"),
    ("cte:8bit", "8bit"),
    ("cte:quoted-printable", "quoted-printable"),
    ("cte:base64", "base64"),
    ("CRLF", "CRLF line ends"),
    ("LF", "LF line ends"),
    ("rfc2047", "RFC 2047 encoded headers"),
    ("rfc2231", "RFC 2231 file names"),
    ("fullwidth", "full-width digits"),
]


def digest(out_dir, rels):
    h = hashlib.sha256()
    for rel in sorted(rels + ["labels.json"]):
        h.update(rel.encode("utf-8"))
        h.update(b"\0")
        with open(os.path.join(out_dir, rel), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()


def write_readme(out_dir, labels, feature_files, dig):
    langs = {}
    for v in labels.values():
        langs[v["lang"]] = langs.get(v["lang"], 0) + 1
    types = {t: 0 for t in TYPE_ORDER}
    for v in labels.values():
        for t in v["types"]:
            types[t] += 1
    out = []
    out.append("# Synthetic outbound mail — hospital occupational health office (vaccination, workplace injuries, CNESST claims, return to work)\n")
    out.append("This corpus imitates the outbound e-mail of the Santé et sécurité au travail (occupational health and safety) office of "
               "an invented Quebec hospital, %s (`%s`). The office vaccinates and screens staff, handles blood and body-fluid "
               "exposures, workplace injuries and violence reports, CNESST claims, preventive withdrawal of pregnant workers and "
               "graduated return to work, and runs a small occupational medicine clinic. Most of its mail is about employees "
               "(not confidential under the definition below); the confidential messages are those where a patient becomes "
               "identifiable — a source patient after a needlestick, an index case in a TB or measles investigation, an outbreak "
               "line list, an aggressive patient in a violence report, a worker-patient of the clinic, a misdirected referral. "
               "Mail is in French (Quebec) and English. All people, institutions, addresses and numbers are invented; "
               "domains end in `.example` and phone numbers use 555-01xx.\n" % (C.ORG_FR, C.ORG_DOMAIN))
    out.append("Seed: %d.\n" % C.SEED)
    out.append("## Layout\n")
    out.append("- `positive/pNNN_<category>.eml` — 120 confidential messages (p001 … p120)")
    out.append("- `negative/nNNN_<category>.eml` — 180 non-confidential, hard negative messages (n001 … n180)")
    out.append("- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`")
    out.append("- `generate.py` with `gen_common.py`, `gen_mime.py`, `gen_docs.py`, `gen_scen.py`, `gen_pos1.py`, `gen_pos2.py`, "
               "`gen_pos3.py`, `gen_neg1.py`, `gen_neg2.py`, `gen_neg3.py`, `gen_verify.py`, `gen_readme.py` — the generator")
    out.append("- `README.md` — this file\n")
    out.append("## Languages\n")
    out.append("| lang | files |")
    out.append("|---|---|")
    for l in sorted(langs):
        out.append("| %s | %d |" % (l, langs[l]))
    out.append("")
    out.append("## Finding types (positives)\n")
    out.append("| type | positives |")
    out.append("|---|---|")
    for t in TYPE_ORDER:
        out.append("| %s | %d |" % (t, types[t]))
    out.append("")
    out.append("## Definition used\n")
    out.append(DEFINITION + "\n")
    out.append("## Transports (files showing each feature)\n")
    out.append("| feature | files |")
    out.append("|---|---|")
    for key, label in FEATURES:
        out.append("| %s | %d |" % (label, len(feature_files.get(key, ()))))
    out.append("")
    out.append("## Regenerate\n")
    out.append("```\npython generate.py            # writes next to generate.py\npython generate.py --out DIR  # writes elsewhere\n```\n")
    out.append("Only the standard library, python-stdnum, reportlab, python-docx and openpyxl are used; RAMQ NAMs are read from "
               "`../blind_nams.txt`. Output is byte-identical on every run. After writing, the generator re-parses every file, "
               "decodes every part and checks labels, NAM placement and identifier checksums, and exits non-zero on failure.\n")
    out.append("## Digest\n")
    out.append("sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):\n")
    out.append("`%s`\n" % dig)
    with open(os.path.join(out_dir, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out))
