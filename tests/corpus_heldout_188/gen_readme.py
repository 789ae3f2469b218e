"""README writer."""
import collections
import os

import gen_util as U
import gen_verify

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


def write(out, specs, labels, digest):
    langs = collections.Counter(v["lang"] for v in labels.values())
    plang = collections.Counter(v["lang"] for k, v in labels.items() if v["confidential"])
    nlang = collections.Counter(v["lang"] for k, v in labels.items() if not v["confidential"])
    types = collections.Counter(t for v in labels.values() for t in v["types"])
    feats = collections.Counter(f for s in specs.values() for f in s.get("features", ()))
    L = []
    L.append("# Synthetic outbound e-mail corpus — %s" % U.FLAVOUR)
    L.append("")
    L.append("Invented mail sent from the %s (%s), a physical rehabilitation centre with inpatient "
             "and outpatient spinal cord injury, amputee and stroke programmes, its physiatrists, "
             "nurses, therapists, prosthetists, social workers, clerks and managers, to acute-care "
             "hospitals, family physicians, pharmacies, adapted transport, equipment vendors, "
             "insurers and out-of-province agencies. Positives carry identifiable patient data "
             "(referrals, sign-out lists, lab and imaging follow-ups, discharge summaries, "
             "prescriptions, insurer forms, social work notes, forwards and attachments); negatives "
             "are hard non-confidential mail (HR, schedules, payroll, newsletters, committees, "
             "conferences, job postings, invoices, orders, inventories, IT, facilities, aggregate "
             "statistics, teaching cases, blank forms and templates). Every person, institution, "
             "address and number is invented; domains end in `.example`, phones use 555-01xx." % (
                 U.ORG_EN, U.ORG_FR))
    L.append("")
    L.append("Seed: %d." % U.SEED)
    L.append("")
    L.append("## Layout")
    L.append("")
    L.append("- `positive/pNNN_<category>.eml` — %d confidential messages (p001 … p%03d)" % (
        sum(plang.values()), sum(plang.values())))
    L.append("- `negative/nNNN_<category>.eml` — %d non-confidential hard negatives (n001 … n%03d)" % (
        sum(nlang.values()), sum(nlang.values())))
    L.append("- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`")
    L.append("- `generate.py` and `gen_*.py` — the generator (reads only its modules and "
             "`../blind_nams.txt`)")
    L.append("")
    L.append("## Languages")
    L.append("")
    L.append("| lang | files | positives | negatives |")
    L.append("| --- | --- | --- | --- |")
    for lg in ("fr", "en"):
        L.append("| %s | %d | %d | %d |" % (lg, langs[lg], plang[lg], nlang[lg]))
    L.append("")
    L.append("## Finding types (positives)")
    L.append("")
    L.append("| type | positives |")
    L.append("| --- | --- |")
    for t in gen_verify.TYPES:
        L.append("| %s | %d |" % (t, types[t]))
    L.append("")
    L.append("## Definition used")
    L.append("")
    L.append(DEFINITION)
    L.append("")
    L.append("## Transports (files showing each feature)")
    L.append("")
    L.append("| feature | files |")
    L.append("| --- | --- |")
    for f in sorted(feats):
        L.append("| %s | %d |" % (f, feats[f]))
    L.append("")
    L.append("## Regenerate")
    L.append("")
    L.append("```")
    L.append("python generate.py            # writes next to itself")
    L.append("python generate.py --out DIR  # or elsewhere")
    L.append("```")
    L.append("")
    L.append("Needs Python 3 with python-stdnum, reportlab, python-docx and openpyxl. The output is "
             "byte-identical on every run; the script re-parses every file, decodes every part "
             "(PDF, DOCX, XLSX, ZIP, nested .eml), checks labels, NAM placement and identifier "
             "checksums, exits non-zero on any failure and prints the digest below.")
    L.append("")
    L.append("## Digest")
    L.append("")
    L.append("sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative "
             "path, NUL, bytes, NUL):")
    L.append("")
    L.append("`%s`" % digest)
    L.append("")
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))
