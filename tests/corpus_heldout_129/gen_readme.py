"""README writer for the corpus."""
import os

import gen_common as G

FEATURE_ORDER = ["text/plain only", "text/html only", "multipart/alternative", "multipart/mixed",
                 "PDF attachment", "DOCX attachment", "XLSX attachment", "CSV attachment", "ICS attachment",
                 "vCard attachment", "ZIP attachment", "attached message/rfc822",
                 "charset utf-8", "charset us-ascii", "charset iso-8859-1", "charset windows-1252",
                 "CTE 7bit", "CTE 8bit", "CTE quoted-printable", "CTE base64",
                 "CRLF line ends", "LF line ends", "RFC 2047 Subject", "RFC 2047 address names",
                 "RFC 2231 file names", "RFC 2047 file names", "HTML character references"]

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


def write_readme(out, labels, feats, digest):
    langs = {}
    for v in labels.values():
        langs[v["lang"]] = langs.get(v["lang"], 0) + 1
    types = {t: 0 for t in G.TYPE_ORDER}
    for v in labels.values():
        for t in v["types"]:
            types[t] += 1
    fcount = {f: 0 for f in FEATURE_ORDER}
    for fs in feats.values():
        for f in fs:
            if f in fcount:
                fcount[f] += 1
    L = ["# Synthetic outbound mail — diabetes education centre and endocrinology clinic", "",
         "Outbound e-mail of an invented diabetes education centre and endocrinology clinic in western Quebec "
         "near the Ontario border (Centre de diabète et d'endocrinologie des Trois-Pignons), written in "
         "French-Canadian and English. Confidential messages cover insulin starts and titration, glucose sensor "
         "and insulin pump downloads, HbA1c follow-up, gestational diabetes, foot care and retinopathy screening "
         "referrals, driver's licence medical forms, school care plans for children with type 1 diabetes, "
         "prescriptions, insurer and income-support forms, social work, inpatient consult lists and forwarded "
         "patient mail. The hard negatives are the centre's ordinary administrative mail: schedules, leave, payroll, "
         "occupational health, newsletters, committees, conferences, job postings, invoices, purchase orders, "
         "inventories with checksum-valid serial numbers, IT and facilities notices, aggregate statistics, "
         "teaching cases, blank forms and templates, shortages, recalls and research notices. All people, "
         "institutions, addresses and numbers are invented; domains end in `.example`.", "",
         f"Seed: {G.SEED}.", "",
         "## Layout", "",
         "- `positive/pNNN_<category>.eml` — 120 confidential messages",
         "- `negative/nNNN_<category>.eml` — 180 non-confidential messages (hard negatives)",
         "- `labels.json` — per file: `confidential`, `types`, `lang`, `note`",
         "- `generate.py` with `gen_*.py` — the generator; `README.md` — this file", "",
         "## Languages", "", "| lang | files |", "|---|---|"]
    for k in sorted(langs):
        L.append(f"| {k} | {langs[k]} |")
    L += ["", "## Finding types (positives)", "", "| type | positives |", "|---|---|"]
    for t in G.TYPE_ORDER:
        L.append(f"| {t} | {types[t]} |")
    L += ["", "## Definition used", "", DEFINITION, "",
          "## Transports (files showing each feature)", "", "| feature | files |", "|---|---|"]
    for f in FEATURE_ORDER:
        L.append(f"| {f} | {fcount[f]} |")
    L += ["", "## Regenerate", "", "```", "python generate.py            # writes next to itself",
          "python generate.py --out DIR  # writes elsewhere", "```", "",
          "Needs the standard library, python-stdnum, reportlab, python-docx and openpyxl; reads only its own "
          "modules and `../blind_nams.txt`. Output is byte-identical on every run; the generator re-parses and "
          "checks every file and exits non-zero on any failure.", "",
          "## Digest", "",
          "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
          f"`{digest}`", ""]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))
