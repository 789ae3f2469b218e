"""README writer."""
import os

from gen_common import TYPES

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


def write_readme(out_dir, seed, labels, feats, digest):
    langs = {}
    types = {t: 0 for t in TYPES}
    for k, v in labels.items():
        langs[v["lang"]] = langs.get(v["lang"], 0) + 1
        for t in v["types"]:
            types[t] += 1
    lines = [
        "# Held-out DLP corpus 218 — homeless health outreach and community mental health crisis team (Quebec)",
        "",
        "Synthetic outbound mail of an invented Quebec health network (CIUSSS de la Rivière-aux-Saules): a street "
        "health outreach clinic with a mobile van, shelter-based nursing, intensive and variable-intensity case "
        "management teams (SIM/SIV, ACT), a community mobile crisis team and the psychiatric emergency liaison. "
        "The mail is in Quebec French and English: referrals, crisis visit notes, van census and weekend sign-out "
        "lists, pharmacy orders for opioid agonist treatment and long-acting injectables, lab and imaging follow-ups, "
        "discharge summaries, youth protection, income support, housing and insurer correspondence, quick notes and "
        "forwarded threads on the confidential side; schedules, payroll, employee health, newsletters, committee "
        "notices, conference programmes, job postings, invoices, purchase orders, inventories with checksum-valid "
        "serial and lot numbers, IT and facilities notices, aggregate statistics, teaching cases, blank forms and "
        "templates on the other. Every person, institution, address and number is invented; domains end in "
        "`.example` and phone numbers use 555-01xx. RAMQ NAMs come only from `../blind_nams.txt`.",
        "",
        "Seed: %d." % seed,
        "",
        "## Layout",
        "",
        "- `positive/pNNN_<category>.eml` — 120 confidential messages (p001 … p120)",
        "- `negative/nNNN_<category>.eml` — 180 non-confidential hard negatives (n001 … n180)",
        "- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`",
        "- `generate.py` and `gen_*.py` — the generator (standard library, python-stdnum, reportlab, python-docx, "
        "openpyxl)",
        "- `README.md` — this file",
        "",
        "## Languages",
        "",
        "| lang | files |",
        "| --- | --- |",
    ]
    for l in sorted(langs):
        lines.append("| %s | %d |" % (l, langs[l]))
    lines += ["", "## Finding types (positives)", "", "| type | positives |", "| --- | --- |"]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, types[t]))
    lines += ["", "## Definition used", "", DEFINITION, "", "## Transports (files showing each feature)", "",
              "| feature | files |", "| --- | --- |"]
    for f in sorted(feats):
        lines.append("| %s | %d |" % (f, feats[f]))
    lines += ["", "## Regenerate", "", "```", "python generate.py            # writes next to generate.py",
              "python generate.py --out DIR  # writes into DIR", "```", "",
              "The generator reads only its own modules and `../blind_nams.txt` (relative to `generate.py`), writes "
              "byte-identical output on every run, re-parses and decodes every file, checks labels, NAM placement and "
              "identifier checksums, exits non-zero on any failure and prints the digest.", "",
              "## Digest", "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):",
              "", "`%s`" % digest, ""]
    with open(os.path.join(out_dir, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
