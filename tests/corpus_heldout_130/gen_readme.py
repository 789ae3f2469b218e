"""README writer."""
import os

from gen_common import TYPES
from gen_verify import FEATURES

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


def write_readme(out, seed, labels, feats, digest):
    pos = {k: v for k, v in labels.items() if v["confidential"]}
    langs = {}
    for v in labels.values():
        langs[v["lang"]] = langs.get(v["lang"], 0) + 1
    lines = [
        "# Held-out corpus 130 — anticoagulation clinic and hospital pharmacy",
        "",
        "Synthetic outbound e-mail of an invented regional hospital's anticoagulation clinic and pharmacy "
        "department (Val-Brûlé Regional Hospital, domain `chrvb.example`): INR results and warfarin dose changes "
        "given by phone and mailed letters, DOAC switches, perioperative bridging, drug-interaction alerts, "
        "discharge medication reconciliation, community pharmacy faxes, shortages and recalls, together with the "
        "ordinary administrative mail of such a service (HR, payroll, schedules, IT, facilities, committees, "
        "newsletters, invoices, purchase orders, inventories, teaching). French-Canadian and English. Every "
        "person, institution, address and number is invented; RAMQ NAMs come only from `../blind_nams.txt`.",
        "",
        "Seed: %d." % seed,
        "",
        "## Layout",
        "",
        "- `positive/pNNN_<category>.eml` — %d confidential messages;" % len(pos),
        "- `negative/nNNN_<category>.eml` — %d non-confidential messages (hard negatives);" % (len(labels) - len(pos)),
        "- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`;",
        "- `generate.py` and `gen_*.py` — the generator (standard library, python-stdnum, reportlab, "
        "python-docx, openpyxl).",
        "",
        "## Languages",
        "",
        "| lang | files |",
        "| --- | --- |",
    ]
    for k in sorted(langs):
        lines.append("| %s | %d |" % (k, langs[k]))
    lines += ["", "## Finding types (positives)", "", "| type | positives |", "| --- | --- |"]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, sum(1 for v in pos.values() if t in v["types"])))
    lines += ["", "## Definition used", "", DEFINITION, "", "## Transports (files showing each feature)", "",
              "| feature | files |", "| --- | --- |"]
    for f in FEATURES:
        lines.append("| %s | %d |" % (f, feats.get(f, 0)))
    lines += ["", "## Regenerate", "", "```", "python generate.py            # writes next to itself",
              "python generate.py --out DIR  # writes elsewhere", "```", "",
              "The generator re-parses every file, decodes every part (PDF, DOCX, XLSX, ZIP, nested .eml), checks "
              "the labels, NAM placement and identifier checksums, exits non-zero on any failure, and prints the "
              "digest: sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, "
              "bytes, NUL).", "", "## Digest", "", "`%s`" % digest, ""]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
