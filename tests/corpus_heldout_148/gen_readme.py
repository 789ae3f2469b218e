"""Writes README.md from the labels and the transport features found by the checker."""
import os

from gen_common import SEED
from gen_verify import ALLOWED

DEFINITION = (
    'A message is **confidential** when a reader could identify a patient (name in any form — with or without '
    'title, surname first, lower case, initials with a surname —, RAMQ NAM, Canadian SIN, Ontario health number, '
    'Belgian NISS, French NIR, or a hospital chart number / MRN, possibly disguised with odd spacing, dots, slashes '
    'or full-width digits) **and** learn something personal, medical or social about them (diagnosis, symptoms, '
    'medication, lab or test result, procedure, appointment for care, birth date, home address or personal phone in '
    'a care context, social situation such as housing, youth protection, income support or violence), anywhere in '
    'the message: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, '
    'attached .eml) or an attachment\'s file name.\n\n'
    '**Not confidential**: staff information (schedules, leave, payroll, an employee\'s occupational health, HR, job '
    'candidates), physicians named with the diseases they treat, conference speakers and topics, aggregate '
    'statistics, newsletters, blank forms and mail-merge templates, de-identified teaching cases, invoices and '
    'purchase orders, serial / lot / asset numbers (even when they pass a checksum), clinic phone numbers and '
    'addresses in signatures, IT and facilities mail, job postings, committee notices, drug-shortage notices, '
    'recalls, research protocols without participants\' identities.')


def write_readme(out, labels, feats, dig):
    langs = {'fr': 0, 'en': 0}
    types = {t: 0 for t in ALLOWED}
    for rel, lab in labels.items():
        langs[lab['lang']] += 1
        for t in lab['types']:
            types[t] += 1
    fcount = {}
    for rel in sorted(feats):
        for f in feats[rel]:
            fcount[f] = fcount.get(f, 0) + 1
    npos = sum(1 for r in labels if r.startswith('positive/'))
    nneg = len(labels) - npos
    lines = ['# Synthetic outbound mail — orthopaedics, Hôpital des Deux-Rives / Two Rivers Hospital', '',
             'An invented bilingual hospital straddling the Quebec–Ontario border (Pavillon Pontbriand, QC and the '
             'Carleton Mills site, ON) writes from its orthopaedics department: the fracture clinic, the cast room, '
             'and the joint replacement programme (pre-op classes, surgical wait lists, physiotherapy referrals, '
             'implant recalls, CNESST and WSIB forms). The confidential messages are referrals, booking and transport '
             'requests, cast-room lists, sign-outs, wait lists, discharge summaries, prescriptions, forms to agencies '
             'and insurers, quick notes and forwarded threads; the non-confidential ones are schedules, rosters, '
             'inventories with checksum-valid serials, manufacturer recalls, purchase orders and invoices, blank '
             'forms and mail-merge templates, aggregate statistics, teaching cases, conference programmes, HR, '
             'payroll, IT, facilities and committee mail. Every person, number and address is invented.', '',
             f'Seed: {SEED}.', '', '## Layout', '',
             f'- `positive/pNNN_<category>.eml` — {npos} confidential messages',
             f'- `negative/nNNN_<category>.eml` — {nneg} non-confidential (hard negative) messages',
             '- `labels.json` — per file: `confidential`, `types`, `lang`, `note`',
             '- `generate.py` and `gen_*.py` — the generator and its checker', '',
             '## Languages', '', '| lang | files |', '|---|---|']
    for k in ('fr', 'en'):
        lines.append(f'| {k} | {langs[k]} |')
    lines += ['', '## Finding types (positives)', '', '| type | positives |', '|---|---|']
    for t in ALLOWED:
        lines.append(f'| {t} | {types[t]} |')
    lines += ['', '## Definition used', '', DEFINITION, '', '## Transports (files showing each feature)', '',
              '| feature | files |', '|---|---|']
    for f, n in fcount.items():
        lines.append(f'| {f} | {n} |')
    lines += ['', '## Regenerate', '', '```', 'python generate.py            # writes next to itself',
              'python generate.py --out DIR  # writes elsewhere', '```', '',
              'Requires python-stdnum, reportlab, python-docx and openpyxl; reads `../blind_nams.txt`. The run is '
              'byte-identical every time; the generator re-parses and checks everything it wrote and exits non-zero '
              'on any failure.', '', '## Digest', '',
              'sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):',
              '', f'`{dig}`', '']
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(lines))
