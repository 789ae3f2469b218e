"""Digest and README."""
import hashlib
import os

from gen_common import ORG_EN, ORG_FR, PROG_EN

TYPE_ORDER = ['patient_name', 'date_of_birth', 'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn',
              'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information']

FEATURE_ORDER = ['single-part text/plain', 'single-part text/html', 'multipart/alternative', 'multipart/mixed',
                 'PDF attachment', 'DOCX attachment', 'XLSX attachment', 'CSV attachment', 'ICS attachment',
                 'vCard attachment', 'ZIP attachment', 'attached message/rfc822',
                 'charset utf-8', 'charset us-ascii', 'charset iso-8859-1', 'charset windows-1252',
                 'CTE 7bit', 'CTE 8bit', 'CTE quoted-printable', 'CTE base64',
                 'CRLF line ends', 'LF line ends', 'RFC 2047 encoded header', 'RFC 2231 file name', 'full-width digits']

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


def digest(out_dir):
    rels = []
    for sub in ('positive', 'negative'):
        rels += [f'{sub}/{f}' for f in os.listdir(os.path.join(out_dir, sub)) if f.endswith('.eml')]
    rels.append('labels.json')
    h = hashlib.sha256()
    for rel in sorted(rels):
        h.update(rel.encode('utf-8') + b'\0')
        with open(os.path.join(out_dir, rel), 'rb') as fh:
            h.update(fh.read())
        h.update(b'\0')
    return h.hexdigest()


def write_readme(out_dir, seed, labels, feats_by_file, dig):
    langs = {}
    types = {t: 0 for t in TYPE_ORDER}
    for rel, lab in labels.items():
        langs[lab['lang']] = langs.get(lab['lang'], 0) + 1
        for t in lab['types']:
            types[t] += 1
    feat_counts = {k: 0 for k in FEATURE_ORDER}
    for feats in feats_by_file.values():
        for k in FEATURE_ORDER:
            if k in feats:
                feat_counts[k] += 1
    lines = [f'# Synthetic outbound e-mail corpus — bariatric surgery and obesity medicine programme ({ORG_EN})', '',
             f'Invented mail from the {PROG_EN} of the {ORG_EN} ({ORG_FR}), a fictional Quebec health network with a '
             'bariatric surgery centre, an obesity medicine clinic, a paediatric weight-management clinic and partner '
             'family medicine groups. Positives are the mail such a programme sends about patients: referrals, consult '
             'letters, ward sign-out lists, OR bookings, transport requests, post-operative lab and imaging follow-ups, '
             'discharge summaries, prescriptions to community pharmacies, insurer and agency forms, records requests to '
             'Ontario, Belgium and France, calendar invitations, wait-lists, quick notes, forwards and replies. Negatives '
             'are the rest of its mail: newsletters, HR, schedules, payroll, committee notices, conferences, job postings, '
             'invoices, purchase orders, inventories, recalls, shortages, IT and facilities notices, aggregate statistics, '
             'de-identified teaching cases, blank forms and templates. Every person, institution, address and number is '
             'invented; domains end in `.example`, phone numbers use 555-01xx.', '',
             f'Seed: {seed}.', '',
             '## Layout', '',
             '- `positive/pNNN_<category>.eml` — 120 confidential messages',
             '- `negative/nNNN_<category>.eml` — 180 non-confidential (hard negative) messages',
             '- `labels.json` — per file: `confidential`, `types`, `lang`, `note`',
             '- `generate.py` and `gen_*.py` — the generator (writes everything above, then verifies it)',
             '- RAMQ NAMs are taken from `../blind_nams.txt`', '',
             '## Languages', '', '| lang | files |', '|---|---|']
    for k in sorted(langs):
        lines.append(f'| {k} | {langs[k]} |')
    lines += ['', '## Finding types (positives)', '', '| type | positives |', '|---|---|']
    for t in TYPE_ORDER:
        lines.append(f'| {t} | {types[t]} |')
    lines += ['', '## Definition used', '', DEFINITION, '',
              '## Transports (files showing each feature)', '', '| feature | files |', '|---|---|']
    for k in FEATURE_ORDER:
        lines.append(f'| {k} | {feat_counts[k]} |')
    lines += ['', '## Regenerate', '', '```', 'python generate.py            # writes next to itself',
              'python generate.py --out DIR  # writes elsewhere', '```', '',
              'Needs only the standard library, python-stdnum, reportlab, python-docx and openpyxl. Output is '
              'byte-identical on every run; the generator re-parses and checks everything it writes and exits '
              'non-zero on any failure.', '',
              '## Digest', '',
              'sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):', '',
              f'`{dig}`', '']
    with open(os.path.join(out_dir, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(lines))
    return langs, types
