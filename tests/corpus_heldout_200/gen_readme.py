"""README writer."""
import os

import gen_common as C
import gen_verify as V

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


def write_readme(out, labels, feature_files, dig):
    langs = {'fr': 0, 'en': 0}
    types = {t: 0 for t in C.FINDING_TYPES}
    for rel, lab in labels.items():
        langs[lab['lang']] += 1
        for t in lab['types']:
            types[t] += 1
    npos = sum(1 for r in labels if r.startswith('positive/'))
    nneg = len(labels) - npos
    lines = [
        '# Held-out corpus 200 — hospital dentistry and oral & maxillofacial surgery clinic', '',
        'Synthetic outbound e-mail of the (invented) hospital dentistry and oral and maxillofacial surgery '
        "department of the CHU de l'Estuaire: pre-transplant and pre-radiotherapy dental clearance, jaw "
        'fractures, biopsies and pathology follow-up, IV sedation and OR bookings, orthognathic surgery, '
        'dental laboratory work orders, insurers, pharmacies and transport, written in Canadian French and '
        'English by surgeons, hospital dentists, residents, nurses, hygienists, clerks and managers. '
        'Positives carry identifiable patient data; negatives are hard non-confidential mail (staff, HR, '
        'schedules, payroll, newsletters, committees, conferences, invoices, orders, inventories, IT and '
        'facilities, aggregate statistics, teaching cases, blank forms, recalls, shortages). Every person, '
        'institution, address and number is invented; domains end in .example.', '',
        'Seed: %d.' % C.SEED, '',
        '## Layout', '',
        '- `positive/pNNN_<category>.eml` — %d confidential messages' % npos,
        '- `negative/nNNN_<category>.eml` — %d non-confidential messages' % nneg,
        '- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`',
        '- `generate.py` and `gen_*.py` — the generator (reads only its own modules and `../blind_nams.txt`)',
        '- `README.md` — this file', '',
        '## Languages', '', '| lang | files |', '| --- | --- |']
    for k in ('fr', 'en'):
        lines.append('| %s | %d |' % (k, langs[k]))
    lines += ['', '## Finding types (positives)', '', '| type | positives |', '| --- | --- |']
    for t in C.FINDING_TYPES:
        lines.append('| %s | %d |' % (t, types[t]))
    lines += ['', '## Definition used', '', DEFINITION, '',
              '## Transports (files showing each feature)', '', '| feature | files |', '| --- | --- |']
    for f in V.FEATURES:
        lines.append('| %s | %d |' % (f, feature_files.get(f, 0)))
    lines += ['', '## Regenerate', '', '```', 'python generate.py            # writes next to generate.py',
              'python generate.py --out DIR  # writes into DIR', '```', '',
              'Requires Python 3 with python-stdnum, reportlab, python-docx and openpyxl. The output is '
              'byte-identical on every run; the generator re-parses and checks everything it wrote and exits '
              'non-zero on any failure.', '',
              '## Digest', '',
              'sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):', '',
              '`%s`' % dig, '']
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(lines))
