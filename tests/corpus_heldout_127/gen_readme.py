"""README writer."""
import os

import gen_verify as V

FEATURE_ORDER = [
    "text/plain only", "text/html only", "multipart/alternative", "multipart/mixed",
    "attachment: PDF", "attachment: DOCX", "attachment: XLSX", "attachment: CSV", "attachment: ICS",
    "attachment: vCard", "attachment: ZIP", "attachment: message/rfc822",
    "charset: utf-8", "charset: us-ascii", "charset: iso-8859-1", "charset: windows-1252",
    "transfer encoding: 7bit", "transfer encoding: 8bit", "transfer encoding: quoted-printable", "transfer encoding: base64",
    "CRLF line ends", "LF line ends", "RFC 2047 Subject", "RFC 2047 display name", "RFC 2047 file name", "RFC 2231 file name",
]

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


def write(out, labels, features, digest, seed):
    langs = {}
    types = {t: 0 for t in V.TYPES}
    for k, v in labels.items():
        langs.setdefault(v["lang"], [0, 0])
        langs[v["lang"]][0 if v["confidential"] else 1] += 1
        for t in v["types"]:
            types[t] += 1
    feat_counts = {f: 0 for f in FEATURE_ORDER}
    for k, fs in features.items():
        for f in fs:
            if f in feat_counts:
                feat_counts[f] += 1
    n_pos = sum(1 for v in labels.values() if v["confidential"])
    lines = [
        "# Synthetic outbound mail — medical imaging department (held-out corpus 127)", "",
        "Invented outbound e-mail of the Department of Medical Imaging of a fictional bilingual Québec regional "
        "hospital centre (CT, MRI, ultrasound, mammography and nuclear medicine). Confidential messages are the "
        "department's daily clinical traffic: referrals and bookings with kidney-function checks, contrast-allergy "
        "premedication, MRI implant safety questions, critical-result calls, screening recalls, outside image "
        "transfers, worklists, hand-off lists, transport requests, insurer and billing requests, social-work notes "
        "and forwarded reports. Non-confidential messages are the ordinary administrative mail of the same "
        "department, written to be hard: schedules and call lists naming physicians with diseases, newsletters, "
        "drug-shortage and recall notices with checksum-valid lot and serial numbers, invoices, purchase orders, "
        "aggregate statistics, blank forms, mail-merge templates, teaching cases, staff occupational health, IT "
        "and facilities notices. Every person, institution, address and number is invented; domains end in "
        "`.example`, telephone numbers use 555-01xx.", "",
        "Seed: %d." % seed, "",
        "## Layout", "",
        "- `positive/pNNN_<category>.eml` — %d confidential messages" % n_pos,
        "- `negative/nNNN_<category>.eml` — %d non-confidential messages" % (len(labels) - n_pos),
        "- `labels.json` — per file: `confidential`, `types`, `lang`, `note`",
        "- `generate.py` and `gen_*.py` — the generator (standard library, python-stdnum, reportlab, python-docx, openpyxl)",
        "", "## Languages", "", "| lang | files |", "|---|---|",
    ]
    for lang in sorted(langs):
        p, n = langs[lang]
        lines.append("| %s | %d |" % (lang, p + n))
    lines += [""] + ["%s: %d positive, %d negative." % (lang, langs[lang][0], langs[lang][1]) for lang in sorted(langs)]
    lines += ["", "## Finding types (positives)", "", "| type | positives |", "|---|---|"]
    for t in V.TYPES:
        lines.append("| %s | %d |" % (t, types[t]))
    lines += ["", "## Definition used", "", DEFINITION, "", "## Transports (files showing each feature)", "",
              "| feature | files |", "|---|---|"]
    for f in FEATURE_ORDER:
        lines.append("| %s | %d |" % (f, feat_counts[f]))
    lines += ["", "## Regenerate", "", "```", "python generate.py            # writes next to itself",
              "python generate.py --out DIR  # writes elsewhere", "```", "",
              "The generator reads only its own modules and `../blind_nams.txt`, re-parses and decodes every file, "
              "checks labels, identifiers and NAM placement, exits non-zero on any failure and prints the digest.", "",
              "## Digest", "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
              "`%s`" % digest, ""]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
