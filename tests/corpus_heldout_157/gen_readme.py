"""README writer."""
import os

from gen_check import FEATURES, TYPES

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


def write_readme(out, labels, features, digest, seed):
    langs = {}
    types = {t: 0 for t in TYPE_ORDER}
    for v in labels.values():
        langs[v['lang']] = langs.get(v['lang'], 0) + 1
        for t in v['types']:
            types[t] += 1
    assert set(types) == TYPES
    lines = [
        "# Held-out corpus 157 — bed management and interfacility transfers in a regional hospital",
        "",
        "Synthetic outbound e-mail of the patient-flow office of an invented regional hospital "
        "(Hôpital régional de Val-des-Aulnes / Val-des-Aulnes Regional Hospital, domain `hrva.example`): "
        "emergency-department transfer requests to tertiary centres, the regional transfer coordination centre, "
        "bed-flow huddles and census lists, ground and air-ambulance logistics, repatriation of patients to their "
        "home hospital, overcapacity reports, social-work notes on discharge barriers, forms to insurers and agencies, "
        "and the ordinary administrative mail of the office (schedules, HR, payroll, invoices, purchase orders, "
        "inventories, IT and facilities notices, newsletters, committees, conferences). Written in Canadian French "
        "and English. Every person, institution, address and number is invented; RAMQ NAMs come only from "
        "`../blind_nams.txt`.",
        "",
        "Seed: %d." % seed,
        "",
        "## Layout",
        "",
        "- `positive/pNNN_<category>.eml` — 120 confidential messages.",
        "- `negative/nNNN_<category>.eml` — 180 non-confidential (hard negative) messages.",
        "- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`.",
        "- `generate.py` and `gen_*.py` — the generator (`gen_common` data and identifiers, `gen_mime` MIME "
        "assembly, `gen_attach` attachments, `gen_clin` scenarios, `gen_pos_a`/`gen_pos_b` positives, "
        "`gen_neg_a`/`gen_neg_b`/`gen_neg_c` negatives, `gen_check` verification and digest, `gen_readme` this file).",
        "",
        "## Languages",
        "",
        "| lang | files |",
        "| --- | --- |",
    ]
    for k in sorted(langs):
        lines.append("| %s | %d |" % (k, langs[k]))
    lines += ["", "## Finding types (positives)", "", "| type | positives |", "| --- | --- |"]
    for t in TYPE_ORDER:
        lines.append("| %s | %d |" % (t, types[t]))
    lines += ["", "## Definition used", "", DEFINITION, "", "## Transports (files showing each feature)", "",
              "| feature | files |", "| --- | --- |"]
    for f in FEATURES:
        lines.append("| %s | %d |" % (f, features[f]))
    lines += ["", "## Regenerate", "",
              "With python-stdnum, reportlab, python-docx and openpyxl installed:", "",
              "```", "python generate.py            # writes next to generate.py",
              "python generate.py --out DIR  # writes elsewhere", "```", "",
              "The output is byte-identical on every run; the generator re-parses and checks everything it wrote "
              "and exits non-zero on any failure.", "",
              "## Digest", "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):",
              "", "`%s`" % digest, ""]
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write("\n".join(lines))
