# -*- coding: utf-8 -*-
"""README writer: layout, languages, finding types, definition, transports, digest."""
import collections

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

FEATURE_ORDER = [
    "text/plain only", "text/html only", "multipart/alternative", "multipart/mixed",
    "PDF attachment", "DOCX attachment", "XLSX attachment", "CSV attachment", "ICS attachment", "vCard attachment",
    "ZIP attachment", "attached message/rfc822",
    "charset utf-8", "charset us-ascii", "charset iso-8859-1", "charset windows-1252",
    "CTE 7bit", "CTE 8bit", "CTE quoted-printable", "CTE base64",
    "CRLF line ends", "LF line ends", "RFC 2047 Subject", "RFC 2047 display name", "RFC 2231 file name",
    "RFC 2047 file name", "full-width digits", "quoted reply", "inline forward",
]


def counts(labels, feats_by_file):
    langs = collections.Counter(v["lang"] for v in labels.values())
    lang_pos = collections.Counter(v["lang"] for k, v in labels.items() if v["confidential"])
    types = collections.Counter(t for v in labels.values() if v["confidential"] for t in v["types"])
    feats = collections.Counter(f for fs in feats_by_file.values() for f in fs)
    return langs, lang_pos, types, feats


def write(path, seed, labels, feats_by_file, dig):
    langs, lang_pos, types, feats = counts(labels, feats_by_file)
    npos = sum(1 for v in labels.values() if v["confidential"])
    nneg = len(labels) - npos
    L = ["# Synthetic outbound mail corpus — obstetrics and perinatal care", "",
         "Outbound e-mail from an invented Quebec mother-and-child centre (Centre mère-enfant des Deux-Rives): its "
         "prenatal clinic, birthing unit, postpartum ward and newborn follow-up, the affiliated birth centre's "
         "midwives and the lactation consultants, writing in French-Canadian and English to colleagues, CLSC teams, "
         "community pharmacies, insurers, a partner hospital in Ontario, youth-protection and shelter workers, and "
         "sometimes to patients themselves. Positives are referrals, consults, sign-out lists, bookings, transfers, "
         "lab and imaging follow-ups, discharge summaries, prescriptions, insurer forms, quick notes, forwards and "
         "replies that identify a patient and say something about her care; negatives are the same organisation's "
         "HR, schedules, payroll, newsletters, committee notices, conference programmes, postings, invoices, orders, "
         "inventories, IT and facilities notices, aggregate statistics, teaching cases, blank forms and templates. "
         "Every person, number and address is invented.", "",
         "Seed: %d." % seed, "",
         "## Layout", "",
         "- `positive/pNNN_<category>.eml` — %d confidential messages" % npos,
         "- `negative/nNNN_<category>.eml` — %d non-confidential messages (hard negatives)" % nneg,
         "- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`",
         "- `generate.py` and `gen_*.py` — the generator (reads only its modules and `../blind_nams.txt`)",
         "- `README.md` — this file", "",
         "## Languages", "", "| lang | files |", "|---|---|"]
    for lg in ("fr", "en"):
        L.append("| %s | %d (%d positive, %d negative) |" % (lg, langs[lg], lang_pos[lg], langs[lg] - lang_pos[lg]))
    L += ["", "## Finding types (positives)", "", "| type | positives |", "|---|---|"]
    for t in TYPE_ORDER:
        L.append("| %s | %d |" % (t, types[t]))
    L += ["", "## Definition used", "", DEFINITION, "",
          "## Transports (files showing each feature)", "", "| feature | files |", "|---|---|"]
    for f in FEATURE_ORDER:
        L.append("| %s | %d |" % (f, feats[f]))
    L += ["", "## Regenerate", "", "```", "python generate.py            # writes next to generate.py",
          "python generate.py --out DIR  # writes elsewhere", "```", "",
          "The run is byte-identical for the same seed; it re-parses and checks every file and exits non-zero on any "
          "failure.", "", "## Digest", "",
          "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
          "`%s`" % dig, ""]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))
