"""README writer."""
import os

from gen_common import TYPE_ORDER, SEED

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

FEATURE_ORDER = ["text/plain only", "text/html only", "multipart/alternative", "multipart/mixed",
                 "PDF attachment", "DOCX attachment", "XLSX attachment", "CSV attachment", "ICS attachment",
                 "vCard attachment", "ZIP attachment", "attached .eml (message/rfc822)", "attached .eml (octet-stream)",
                 "charset utf-8", "charset us-ascii", "charset iso-8859-1", "charset windows-1252",
                 "CTE 7bit", "CTE 8bit", "CTE quoted-printable", "CTE base64", "CRLF line ends", "LF line ends",
                 "RFC 2047 Subject", "RFC 2047 display name", "RFC 2231 file name", "RFC 2047 file name",
                 "full-width digits"]


def write(out_dir, labels, feats, digest):
    langs = {}
    for v in labels.values():
        langs[v["lang"]] = langs.get(v["lang"], 0) + 1
    tcount = {t: 0 for t in TYPE_ORDER}
    for v in labels.values():
        for t in v["types"]:
            tcount[t] += 1
    lines = ["# Held-out corpus 203 — inpatient psychiatry unit and forensic psychiatry service", "",
             "Synthetic outbound e-mail from the Department of Psychiatry of an invented regional hospital centre "
             "(Centre hospitalier régional de Valbrume): its acute inpatient unit, psychiatric intensive care and "
             "forensic psychiatry service. Confidential mail covers involuntary admissions and court applications, "
             "court-ordered assessments, review-board reports, exchanges with legal aid lawyers and police liaison officers, "
             "emergency medication for agitation, passes, discharges, pharmacy, laboratory and benefit forms. Hard negatives "
             "cover staff scheduling and safety training, HR, payroll, committees, newsletters, conference programmes, "
             "vendors, IT, facilities, aggregate statistics, teaching cases, blank forms and templates. Everything is invented; "
             "domains end in .example and phone numbers use 555-01xx.", "",
             "Seed: %d." % SEED, "",
             "## Layout", "",
             "- `positive/pNNN_<category>.eml` — 120 confidential messages",
             "- `negative/nNNN_<category>.eml` — 180 non-confidential messages (hard negatives)",
             "- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`",
             "- `generate.py` and `gen_*.py` — the generator (standard library, python-stdnum, reportlab, python-docx, openpyxl)",
             "- `README.md` — this file", "",
             "## Languages", "", "| lang | files |", "|---|---|"]
    for l in sorted(langs):
        lines.append("| %s | %d |" % (l, langs[l]))
    lines += ["", "## Finding types (positives)", "", "| type | positives |", "|---|---|"]
    for t in TYPE_ORDER:
        lines.append("| %s | %d |" % (t, tcount[t]))
    lines += ["", "## Definition used", "", DEFINITION, "",
              "## Transports (files showing each feature)", "", "| feature | files |", "|---|---|"]
    for ft in FEATURE_ORDER:
        lines.append("| %s | %d |" % (ft, len(feats.get(ft, ()))))
    lines += ["", "## Regenerate", "", "```", "python generate.py            # writes next to generate.py",
              "python generate.py --out DIR  # writes elsewhere (still reads ../blind_nams.txt beside the generator)", "```", "",
              "The run is byte-identical, re-parses every file, decodes every part and exits non-zero on any check failure.", "",
              "## Digest", "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
              "`%s`" % digest, ""]
    with open(os.path.join(out_dir, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
