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
    "text/plain only", "HTML only", "multipart/alternative", "multipart/mixed", "HTML part",
    "PDF attachment", "DOCX attachment", "XLSX attachment", "CSV attachment", "ICS attachment", "vCard attachment",
    "ZIP attachment", "attached message/rfc822",
    "charset us-ascii", "charset utf-8", "charset iso-8859-1", "charset windows-1252",
    "CTE 7bit", "CTE 8bit", "CTE quoted-printable", "CTE base64",
    "CRLF line ends", "LF line ends", "RFC 2047 Subject", "RFC 2047 names", "RFC 2231 file names",
    "quoted reply", "inline forward", "full-width digits",
]


def write_readme(out, labels, feats, dig, seed, types):
    langs = {l: sum(1 for v in labels.values() if v["lang"] == l) for l in ("fr", "en")}
    lines = [
        "# Held-out corpus — speech-language pathology and dysphagia clinic (Quebec hospital network)",
        "",
        "Synthetic outbound e-mail of the speech-language pathology (orthophonie) and swallowing (dysphagia) "
        "clinic of an invented Quebec health network, the CISSS des Trois-Rivages, with two hospitals, a "
        "rehabilitation centre and a CLSC. The mail is in French and English: referrals for videofluoroscopic "
        "and FEES swallow studies, study reports, unit rounds and weekend sign-out lists, transport and booking "
        "requests, pharmacy formulation changes, discharge summaries, insurer and coverage forms (including "
        "Ontario, Belgian and French patients), school and youth-protection communications, forwarded threads and "
        "quoted replies; and, on the negative side, schedules, leave, payroll, occupational health, newsletters, "
        "committee notices, conference programmes, postings, invoices, purchase orders, inventories with "
        "checksum-valid asset and lot numbers, IT and facilities notices, aggregate statistics, de-identified "
        "teaching cases, blank forms and mail-merge templates. Every person, number and address is invented.",
        "",
        "Seed: %d." % seed,
        "",
        "## Layout",
        "",
        "- `positive/pNNN_<category>.eml` — 120 confidential messages",
        "- `negative/nNNN_<category>.eml` — 180 non-confidential (hard negative) messages",
        "- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`",
        "- `generate.py` and `gen_*.py` — the generator (standard library, python-stdnum, reportlab, "
        "python-docx, openpyxl); it reads only its own modules and `../blind_nams.txt`",
        "- `README.md` — this file",
        "",
        "## Languages",
        "",
        "| lang | files |",
        "|---|---|",
        "| fr | %d |" % langs["fr"],
        "| en | %d |" % langs["en"],
        "",
        "## Finding types (positives)",
        "",
        "| type | positives |",
        "|---|---|",
    ]
    for t in types:
        lines.append("| %s | %d |" % (t, sum(1 for v in labels.values() if t in v["types"])))
    lines += ["", "## Definition used", "", DEFINITION, "", "## Transports (files showing each feature)", "",
              "| feature | files |", "|---|---|"]
    for f in FEATURE_ORDER:
        lines.append("| %s | %d |" % (f, sum(1 for s in feats.values() if f in s)))
    lines += ["", "## Regenerate", "", "```", "python generate.py            # writes next to itself",
              "python generate.py --out DIR  # writes elsewhere", "```", "",
              "Output is byte-identical on every run (fixed seed, boundaries, Message-IDs, dates, ZIP/DOCX/XLSX "
              "member times and core dates, reportlab `invariant=1`). After writing, the generator re-parses every "
              "file with `email.policy.default`, decodes every part (PDF, DOCX, XLSX, ZIP, nested .eml), checks the "
              "labels, NAM placement, identifier checksums and that no NAM holder's name appears in a negative, and "
              "exits non-zero on any failure.", "",
              "## Digest", "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):",
              "", "`%s`" % dig, ""]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
