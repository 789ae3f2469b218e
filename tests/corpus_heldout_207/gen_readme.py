"""README writer."""

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

TYPE_ORDER = ['patient_name', 'date_of_birth', 'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn',
              'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information']

FEATURE_ORDER = ['text/plain only', 'text/html only', 'multipart/alternative', 'multipart/mixed',
                 'PDF attachment', 'DOCX attachment', 'XLSX attachment', 'CSV attachment', 'ICS attachment',
                 'vCard attachment', 'ZIP attachment', 'attached message/rfc822',
                 'charset utf-8', 'charset us-ascii', 'charset iso-8859-1', 'charset windows-1252',
                 'CTE 7bit', 'CTE 8bit', 'CTE quoted-printable', 'CTE base64',
                 'CRLF line ends', 'LF line ends', 'RFC 2047 Subject', 'RFC 2047 display name',
                 'RFC 2231 file name', 'quoted reply', 'forward (inline or attached)', 'full-width digits']


def write_readme(path, seed, labels, features, digest):
    langs = {}
    types = {}
    for k, v in labels.items():
        langs[v['lang']] = langs.get(v['lang'], 0) + 1
        for t in v['types']:
            types[t] = types.get(t, 0) + 1
    out = ['# Synthetic outbound mail — audiology, ENT and cochlear implant programme', '',
           'Invented e-mail from the audiology, ENT (otolaryngology) and cochlear implant programme of a fictional '
           'Quebec health network: hearing tests, the vestibular clinic, implant candidacy and mapping, OR bookings, '
           'referrals, prescriptions, transport and interpreter requests, social work notes and claims on the '
           'confidential side; schedules, payroll, newsletters, conference programmes, committee notices, invoices, '
           'inventories, calibration certificates, IT and facilities notices, teaching cases and blank forms on the '
           'other. French-Canadian and English. Every person, institution, address and number is invented; '
           'domains end in `.example` and phone numbers use 555-01xx.', '',
           'Seed: %d.' % seed, '',
           '## Layout', '',
           '- `positive/pNNN_<category>.eml` — 120 confidential messages',
           '- `negative/nNNN_<category>.eml` — 180 non-confidential (hard negative) messages',
           '- `labels.json` — per file: `confidential`, `types`, `lang`, `note`',
           '- `generate.py` and `gen_*.py` — the generator (standard library, python-stdnum, reportlab, python-docx, openpyxl)',
           '- RAMQ NAMs are read from `../blind_nams.txt`', '',
           '## Languages', '', '| lang | files |', '|---|---|']
    for k in sorted(langs):
        out.append('| %s | %d |' % (k, langs[k]))
    out += ['', '## Finding types (positives)', '', '| type | positives |', '|---|---|']
    for t in TYPE_ORDER:
        out.append('| %s | %d |' % (t, types.get(t, 0)))
    out += ['', '## Definition used', '', DEFINITION,
            '## Transports (files showing each feature)', '', '| feature | files |', '|---|---|']
    for f in FEATURE_ORDER:
        out.append('| %s | %d |' % (f, features.get(f, 0)))
    out += ['', '## Regenerate', '', '```', 'python generate.py            # writes next to generate.py',
            'python generate.py --out DIR  # writes elsewhere', '```', '',
            'The run is byte-identical: fixed seed, MIME boundaries, Message-IDs, Dates, ZIP/DOCX/XLSX member '
            'times and core dates, and reportlab `invariant=1`. After writing, the generator re-parses every file, '
            'decodes every part and checks labels, identifiers and NAM placement; it exits non-zero on failure.', '',
            '## Digest', '',
            'sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):', '',
            '`%s`' % digest, '']
    with open(path, 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(out))
