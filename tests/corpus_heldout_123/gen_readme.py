"""README writer."""
import collections

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


def write_readme(path, seed, labels, features, digest):
    langs = collections.Counter(v["lang"] for v in labels.values())
    types = collections.Counter(t for v in labels.values() if v["confidential"] for t in v["types"])
    feat = collections.Counter(f for fs in features.values() for f in fs)
    npos = sum(1 for v in labels.values() if v["confidential"])
    nneg = len(labels) - npos
    out = ["# Synthetic outbound mail - paediatric emergency department and short-stay unit", "",
           "Invented mail from the paediatric emergency department and short-stay unit of an invented Quebec "
           "children's hospital (Hôpital pédiatrique des Trois-Rives / Trois-Rives Children's Hospital): "
           "children's injuries, fevers, asthma, bronchiolitis, ingestions, youth protection reports, follow-up "
           "with family physicians and CLSCs, school notes, forms to insurers and agencies, quick notes and "
           "forwarded threads, alongside the ordinary administrative mail of such a service (schedules, payroll, "
           "newsletters, committees, conferences, postings, invoices, purchase orders, inventories, IT and "
           "facilities notices, aggregate statistics, de-identified teaching cases, blank forms and templates). "
           "French-Canadian and English. Every person, institution, address and number is invented; domains end "
           "in .example and phone numbers use 555-01xx.", "",
           "Seed: %s." % seed, "",
           "## Layout", "",
           "- `positive/pNNN_<category>.eml` - %d confidential messages" % npos,
           "- `negative/nNNN_<category>.eml` - %d non-confidential (hard negative) messages" % nneg,
           "- `labels.json` - one entry per file: confidential, types, lang, note",
           "- `generate.py` and `gen_*.py` - the generator (standard library, python-stdnum, reportlab, "
           "python-docx, openpyxl); RAMQ NAMs are read from `../blind_nams.txt`", "",
           "## Languages", "", "| lang | files |", "| --- | --- |"]
    for lang in sorted(langs):
        out.append("| %s | %d |" % (lang, langs[lang]))
    out += ["", "## Finding types (positives)", "", "| type | positives |", "| --- | --- |"]
    for t in TYPES:
        out.append("| %s | %d |" % (t, types.get(t, 0)))
    out += ["", "## Definition used", "", DEFINITION, "",
            "## Transports (files showing each feature)", "", "| feature | files |", "| --- | --- |"]
    for f in sorted(feat):
        out.append("| %s | %d |" % (f, feat[f]))
    out += ["", "## Regenerate", "", "```", "python generate.py            # writes next to generate.py",
            "python generate.py --out DIR  # writes elsewhere (still reads ../blind_nams.txt beside the code)",
            "```", "",
            "The run is byte-for-byte reproducible: fixed seed, boundaries, Message-IDs and Dates, fixed ZIP "
            "member times and document core dates, reportlab with invariant=1. After writing, the generator "
            "re-parses every file, decodes every part (PDF, DOCX, XLSX, ZIP, nested .eml), checks labels, NAM "
            "placement and identifier checksums, and exits non-zero on any failure.", "",
            "## Digest", "",
            "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, "
            "bytes, NUL):", "", "`%s`" % digest, ""]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out))
