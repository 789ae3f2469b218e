"""Writes README.md for the corpus."""
import os

from gen_verify import TYPES

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


def write_readme(out_dir, seed, labels, feats, dig):
    langs = {}
    types = {t: 0 for t in TYPES}
    for rel, lab in labels.items():
        langs[lab["lang"]] = langs.get(lab["lang"], 0) + 1
        for t in lab["types"]:
            types[t] += 1
    lines = [
        "# Synthetic outbound mail corpus — interpreters and Indigenous patient navigation services",
        "",
        "Invented mail from the interpreter and Indigenous patient navigation service of a fictional regional "
        "health and social services centre (CSSS de la Baie-Verte, Pointe-Aurore regional hospital) and its partners: "
        "community nursing stations in Inuit, Cree, Innu, Atikamekw and Oji-Cree communities, two boarding homes for "
        "patients travelling south for care, a medical charter carrier, a pharmacy, an interpreter agency, insurers and "
        "benefit offices. Positives are interpreter bookings, navigation referrals, medical travel and boarding-home "
        "lists, sign-outs, discharge summaries, interpreter session notes, lab callbacks, prescriptions, psychosocial "
        "follow-ups, insurer and benefit forms, calendar invitations, forwarded threads and transfer packets. Negatives "
        "are staff rosters, payroll, staff leave and employee health, newsletters, conference programmes, job postings, "
        "committee notices, aggregate statistics, invoices, purchase orders, equipment inventories with checksum-valid "
        "serials, IT and facilities notices, de-identified teaching cases, blank forms, mail-merge templates, drug "
        "shortages, recalls, research protocols, job candidates, glossaries and training lists. Every person, place, "
        "domain and number is invented; French-Canadian and English.",
        "",
        f"Seed: {seed}.",
        "",
        "## Layout",
        "",
        "- `positive/pNNN_<category>.eml` — 120 confidential messages",
        "- `negative/nNNN_<category>.eml` — 180 non-confidential (hard negative) messages",
        "- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`",
        "- `generate.py` and `gen_*.py` — the generator (pools, identifiers, templates, MIME assembly, verification)",
        "- `README.md` — this file",
        "",
        "## Languages",
        "",
        "| lang | files |",
        "|---|---|",
    ]
    for l in sorted(langs):
        lines.append(f"| {l} | {langs[l]} |")
    lines += ["", "## Finding types (positives)", "", "| type | positives |", "|---|---|"]
    for t in TYPES:
        lines.append(f"| {t} | {types[t]} |")
    lines += ["", "## Definition used", "", DEFINITION, "", "## Transports (files showing each feature)", "",
              "| feature | files |", "|---|---|"]
    for name, n in feats.items():
        lines.append(f"| {name} | {n} |")
    lines += ["", "## Regenerate", "", "```", "python generate.py            # writes next to generate.py",
              "python generate.py --out DIR  # writes into DIR", "```", "",
              "Needs Python 3 with python-stdnum, reportlab, python-docx and openpyxl; reads `../blind_nams.txt` "
              "relative to the generator. Output is byte-identical on every run; the generator re-parses and checks "
              "everything it wrote and exits non-zero on any failure.", "",
              "## Digest", "", "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` "
              "(sorted relative path, NUL, bytes, NUL):", "", f"`{dig}`", ""]
    with open(os.path.join(out_dir, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
