"""README writer."""
from gen_verify import TYPES

DEFINITION = (
    "A message is **confidential** when a reader could identify a patient (name in any form — with or\n"
    "without title, surname first, lower case, initials with a surname —, RAMQ NAM, Canadian SIN, Ontario health\n"
    "number, Belgian NISS, French NIR, or a hospital chart number / MRN, possibly disguised with odd spacing, dots,\n"
    "slashes or full-width digits) **and** learn something personal, medical or social about them (diagnosis,\n"
    "symptoms, medication, lab or test result, procedure, appointment for care, birth date, home address or\n"
    "personal phone in a care context, social situation such as housing, youth protection, income support or\n"
    "violence), anywhere in the message: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX, XLSX,\n"
    "CSV, ICS, vCard, ZIP, attached .eml) or an attachment's file name.\n\n"
    "**Not confidential**: staff information (schedules, leave, payroll, an employee's occupational health, HR,\n"
    "job candidates), physicians named with the diseases they treat, conference speakers and topics, aggregate\n"
    "statistics, newsletters, blank forms and mail-merge templates, de-identified teaching cases, invoices and\n"
    "purchase orders, serial / lot / asset numbers (even when they pass a checksum), clinic phone numbers and\n"
    "addresses in signatures, IT and facilities mail, job postings, committee notices, drug-shortage notices,\n"
    "recalls, research protocols without participants' identities.\n")


def write_readme(path, seed, labels, features, dig):
    langs = {}
    types = {t: 0 for t in TYPES}
    for rel, lab in labels.items():
        langs[lab['lang']] = langs.get(lab['lang'], 0) + 1
        for t in lab['types']:
            types[t] += 1
    lines = [
        "# Held-out corpus 146 — hospital IT service desk and clinical informatics (invented Quebec CIUSSS)", "",
        "Synthetic outbound e-mail of the invented CIUSSS de la Rivière-aux-Hérons: its IT service desk (CSTI), "
        "clinical informatics team, patient-portal support, privacy office, health records and the clinicians, "
        "clerks and managers who write to them. Positives are EHR access requests naming a patient, misdirected "
        "faxes and mail reported with their content, patient-portal tickets, HL7 interface errors carrying PID "
        "and OBX segments, label and wristband printer problems showing a patient's label, audit-log requests, "
        "and the clinical mail that travels with them (referrals, consults, sign-out and census lists, discharge "
        "summaries, prescriptions, insurer forms, youth-protection reports, transfers). Negatives are the same "
        "desk's ordinary traffic: outages, change notices, staff access requests, HL7 ACK errors without patient "
        "data, printer inventories with checksum-valid serials, HR, payroll, newsletters, committee notices, "
        "conference programmes, job postings, invoices, purchase orders, statistics, de-identified teaching cases, "
        "blank forms and templates. Every person, number, address and domain is invented; RAMQ NAMs come only "
        "from `../blind_nams.txt`.", "",
        f"Seed: {seed}.", "",
        "## Layout", "",
        "- `positive/pNNN_<category>.eml` — 120 confidential messages",
        "- `negative/nNNN_<category>.eml` — 180 non-confidential messages (hard negatives)",
        "- `labels.json` — per file: `confidential`, `types`, `lang`, `note`",
        "- `generate.py` and its modules `gen_*.py` — the generator and verifier", "",
        "## Languages", "", "| lang | files |", "| --- | --- |"]
    for lg in sorted(langs):
        lines.append(f"| {lg} | {langs[lg]} |")
    lines += ["", "## Finding types (positives)", "", "| type | positives |", "| --- | --- |"]
    for t in TYPES:
        lines.append(f"| {t} | {types[t]} |")
    lines += ["", "## Definition used", "", DEFINITION, "## Transports (files showing each feature)", "",
              "| feature | files |", "| --- | --- |"]
    for f in sorted(features):
        lines.append(f"| {f} | {features[f]} |")
    lines += ["", "## Regenerate", "", "```", "python generate.py            # writes next to generate.py",
              "python generate.py --out DIR  # writes elsewhere", "```", "",
              "Requires python-stdnum, reportlab, python-docx and openpyxl. The run is byte-identical; it re-parses "
              "and verifies every file and exits non-zero on any failure.", "",
              "## Digest", "", "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` "
              "(sorted relative path, NUL, bytes, NUL):", "", f"`{dig}`", ""]
    with open(path, 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(lines))
