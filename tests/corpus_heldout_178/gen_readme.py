"""Writes README.md from the labels, the transport features and the digest."""
import os

from gen_check import TYPES

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


def write(out_dir, seed, labels, features, dig):
    langs = {}
    for v in labels.values():
        langs[v["lang"]] = langs.get(v["lang"], 0) + 1
    tcount = {t: 0 for t in TYPES}
    for v in labels.values():
        for t in v["types"]:
            tcount[t] += 1
    fcount = {}
    for feats in features.values():
        for f in feats:
            fcount[f] = fcount.get(f, 0) + 1
    npos = sum(1 for v in labels.values() if v["confidential"])
    nneg = len(labels) - npos
    lines = [
        "# Synthetic outbound mail corpus — rheumatology service (biologics infusion, DMARD monitoring, drug authorizations)",
        "",
        "Invented outbound e-mail from the rheumatology service of a fictional Quebec health centre (CISSS des Trois-Rivages, "
        "Hôpital Sainte-Aurélie): a biologics infusion clinic, DMARD monitoring bloodwork, RAMQ exception-drug, private-insurer, "
        "Exceptional Access and special-access drug authorization requests, joint injection bookings, and lupus and vasculitis "
        "follow-up. Positives are referrals, infusion lists, lab follow-ups, prescriptions, insurer and program forms, social-work "
        "referrals, transport requests, forwarded and quoted threads; negatives are hard look-alikes: staff schedules, HR, payroll, "
        "occupational health, newsletters naming physicians with diseases, committee and conference notices, shortages and recalls "
        "with checksum-valid lot and serial numbers, invoices, purchase orders, inventories, blank forms, mail-merge templates, "
        "aggregate statistics and de-identified teaching cases. French-Canadian and English. Every person, institution, address "
        "and number is invented; RAMQ NAMs come only from `../blind_nams.txt`.",
        "",
        "Seed: %d." % seed,
        "",
        "## Layout",
        "",
        "- `positive/pNNN_<category>.eml` — %d confidential messages" % npos,
        "- `negative/nNNN_<category>.eml` — %d non-confidential hard negatives" % nneg,
        "- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`",
        "- `generate.py` and `gen_*.py` — the generator (standard library, python-stdnum, reportlab, python-docx, openpyxl)",
        "- `README.md` — this file",
        "",
        "## Languages",
        "",
        "| lang | files |",
        "|---|---|",
    ]
    for k in sorted(langs):
        lines.append("| %s | %d |" % (k, langs[k]))
    lines += ["", "## Finding types (positives)", "", "| type | positives |", "|---|---|"]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, tcount[t]))
    lines += ["", "## Definition used", "", DEFINITION, "", "## Transports (files showing each feature)", "",
              "| feature | files |", "|---|---|"]
    for f in sorted(fcount):
        lines.append("| %s | %d |" % (f, fcount[f]))
    lines += ["", "## Regenerate", "", "```", "python generate.py            # writes next to generate.py",
              "python generate.py --out DIR  # writes elsewhere (reads ../blind_nams.txt relative to generate.py)", "```", "",
              "Output is byte-identical on every run. After writing, the generator re-parses every message, decodes every part "
              "(PDF, DOCX, XLSX, ZIP, nested .eml included), checks labels, NAM placement, identifier checksums and that no NAM "
              "holder's name appears in a negative, and exits non-zero on any failure.", "",
              "## Digest", "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
              "`%s`" % dig, ""]
    with open(os.path.join(out_dir, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
