"""README writer."""
from gen_clin import TYPE_ORDER

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
    "text/plain part", "text/html part", "text/html only", "multipart/alternative", "multipart/mixed",
    "attachment: PDF", "attachment: DOCX", "attachment: XLSX", "attachment: CSV", "attachment: ICS",
    "attachment: vCard", "attachment: ZIP", "attachment: message/rfc822",
    "charset: us-ascii", "charset: utf-8", "charset: iso-8859-1", "charset: windows-1252",
    "transfer encoding: 7bit", "transfer encoding: 8bit", "transfer encoding: quoted-printable",
    "transfer encoding: base64", "CRLF line ends", "LF line ends", "RFC 2047 Subject", "RFC 2047 display name",
    "RFC 2231 file name",
]


def write_readme(path, seed, labels, features, digest):
    langs = {}
    types = {t: 0 for t in TYPE_ORDER}
    for rel, lab in labels.items():
        langs[lab["lang"]] = langs.get(lab["lang"], 0) + 1
        for t in lab["types"]:
            types[t] += 1
    feat_counts = {}
    for rel, fs in features.items():
        for f in fs:
            feat_counts[f] = feat_counts.get(f, 0) + 1
    extra = sorted(f for f in feat_counts if f not in FEATURE_ORDER)
    npos = sum(1 for l in labels.values() if l["confidential"])
    nneg = len(labels) - npos
    lines = [
        "# Synthetic outbound mail — intensive care unit and organ donation coordination",
        "",
        "Outbound e-mail of an invented university hospital (CHU des Deux-Rives) whose intensive care unit refers "
        "potential organ donors to an invented provincial donation network (Réseau Boréal de don d'organes), and "
        "of the people it writes to: regional and Ontario hospitals, the coroner, youth protection, an assistance "
        "company for foreign patients, insurers, a community pharmacy and equipment vendors. Positives are donor "
        "referrals, death-determination notes, family-meeting summaries, crossmatch and waitlist extracts, organ "
        "offers, sign-out lists, transfer requests, prescriptions, insurer forms and quick notes between "
        "colleagues, with the patient sometimes only in the Subject, a quoted reply, an attached .eml or a file "
        "name. Negatives are the unit's ordinary mail: on-call schedules, shift swaps, payroll, occupational "
        "health, newsletters, symposium programmes, committee notices, aggregate donation statistics, teaching "
        "cases, blank forms, mail-merge templates, invoices, purchase orders, inventories, recalls, shortages, "
        "IT and facilities notices. All people, institutions, addresses and numbers are invented; domains end "
        "in `.example` and phone numbers use 555-01xx.",
        "",
        "Seed: %d." % seed,
        "",
        "## Layout",
        "",
        "- `positive/pNNN_<category>.eml` — %d confidential messages" % npos,
        "- `negative/nNNN_<category>.eml` — %d non-confidential messages (hard negatives)" % nneg,
        "- `labels.json` — per file: `confidential`, `types`, `lang`, `note`",
        "- `generate.py` and `gen_*.py` — the generator (standard library, python-stdnum, reportlab, python-docx, openpyxl)",
        "- `README.md` — this file",
        "",
        "## Languages",
        "",
        "| lang | files |",
        "|---|---|",
    ]
    for lg in sorted(langs):
        lines.append("| %s | %d |" % (lg, langs[lg]))
    lines += ["", "## Finding types (positives)", "", "| type | positives |", "|---|---|"]
    for t in TYPE_ORDER:
        lines.append("| %s | %d |" % (t, types[t]))
    lines += ["", "## Definition used", "", DEFINITION, "",
              "## Transports (files showing each feature)", "", "| feature | files |", "|---|---|"]
    for f in FEATURE_ORDER + extra:
        if f in feat_counts:
            lines.append("| %s | %d |" % (f, feat_counts[f]))
    lines += ["", "## Regenerate", "", "```", "python generate.py            # writes next to itself",
              "python generate.py --out DIR  # writes elsewhere (reads ../blind_nams.txt beside the generator)",
              "```", "",
              "The generator re-parses every file, decodes every part and attachment, checks labels, NAM placement "
              "and identifier checksums, and exits non-zero on any failure. Output is byte-identical on every run.",
              "", "## Digest", "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):",
              "", "`%s`" % digest, ""]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
