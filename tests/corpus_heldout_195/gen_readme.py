"""Writes README.md from the labels, the observed transport features and the digest."""
import os

import gen_common as G
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


def write_readme(out, labels, features, dig):
    langs = {}
    for v in labels.values():
        langs[v["lang"]] = langs.get(v["lang"], 0) + 1
    tcount = {t: 0 for t in TYPES}
    for v in labels.values():
        for t in v["types"]:
            tcount[t] += 1
    lines = ["# Held-out corpus 195 — %s" % G.FLAVOUR, "",
             "Synthetic outbound e-mail of an invented regional ambulance service, the %s (%s, domain `%s`), and of the "
             "people it writes to: its dispatch centre (%s), receiving hospitals, a CLSC, community pharmacies, a "
             "coroner's office, insurers and agencies. Positives are interfacility transfer requests, dispatch "
             "pre-alerts, patient care reports, ED follow-ups with quoted replies, offload and sign-out lists, "
             "return-home and dialysis bookings, frequent-caller and youth-protection referrals, claims and foreign "
             "billing, identified case reviews, premise alerts and exposure notices. Negatives are the hard cases of the "
             "same service: schedules, leave, payroll, occupational health, postings, newsletters, committee notices, "
             "symposium programmes, invoices and purchase orders with checksum-valid serial numbers and VINs, drug "
             "inventories, IT and facilities notices, aggregate dashboards, de-identified teaching cases, blank forms and "
             "mail-merge templates. Every person, institution, address and number is invented; half the mail is in "
             "Quebec French, half in English." % (G.ORG["name_en"], G.ORG["short"], G.ORG["domain"], G.DISPATCH["short"]),
             "", "Seed: %d." % G.SEED, "", "## Layout", "",
             "- `positive/pNNN_<category>.eml` — 120 confidential messages (p001 … p120)",
             "- `negative/nNNN_<category>.eml` — 180 non-confidential hard negatives (n001 … n180)",
             "- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`",
             "- `generate.py` with its modules `gen_*.py` — writes and verifies all of the above",
             "- `README.md` — this file", "",
             "## Languages", "", "| lang | files |", "| --- | --- |"]
    for lg in ("fr", "en"):
        lines.append("| %s | %d |" % (lg, langs.get(lg, 0)))
    lines += ["", "## Finding types (positives)", "", "| type | positives |", "| --- | --- |"]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, tcount[t]))
    lines += ["", "## Definition used", "", DEFINITION, "",
              "## Transports (files showing each feature)", "", "| feature | files |", "| --- | --- |"]
    for f in sorted(features):
        lines.append("| %s | %d |" % (f, len(features[f])))
    lines += ["", "## Regenerate", "", "```", "python generate.py            # writes next to generate.py",
              "python generate.py --out DIR  # writes elsewhere", "```", "",
              "Needs only the standard library, python-stdnum, reportlab, python-docx and openpyxl. It reads its own "
              "modules and `../blind_nams.txt` (relative to `generate.py`). Output is byte-identical on every run; the "
              "script re-parses and decodes every file, checks labels, identifiers and NAM placement, and exits non-zero "
              "on any failure.", "",
              "## Digest", "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
              "`%s`" % dig, ""]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
