#!/usr/bin/env python3
"""Generate the respiratory-medicine DLP test corpus (seeded, byte-identical on every run).

Usage: python generate.py [--out DIR]
Reads only its own gen_*.py modules and ../blind_nams.txt (relative to this file).
"""
import argparse
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # leave no __pycache__ beside the corpus
sys.path.insert(0, HERE)

import gen_common as C  # noqa: E402
import gen_plan  # noqa: E402
import gen_verify  # noqa: E402

TYPE_ORDER = {t: i for i, t in enumerate(C.TYPES)}

FEATURE_ORDER = [
    'single part text/plain', 'single part text/html', 'multipart/alternative', 'multipart/mixed', 'HTML part',
    'PDF attachment', 'DOCX attachment', 'XLSX attachment', 'CSV attachment', 'ICS attachment', 'vCard attachment',
    'ZIP attachment', 'attached message/rfc822', 'charset utf-8', 'charset us-ascii', 'charset iso-8859-1',
    'charset windows-1252', 'CTE 7bit', 'CTE 8bit', 'CTE quoted-printable', 'CTE base64', 'CRLF line ends',
    'LF line ends', 'RFC 2047 Subject', 'RFC 2047 display name', 'RFC 2231 file name', 'RFC 2047 file name',
    'non-ASCII file name',
]

DEFINITION = [
    "A message is **confidential** when a reader could identify a patient (name in any form — with or without "
    "title, surname first, lower case, initials with a surname —, RAMQ NAM, Canadian SIN, Ontario health number, "
    "Belgian NISS, French NIR, or a hospital chart number / MRN, possibly disguised with odd spacing, dots, slashes "
    "or full-width digits) **and** learn something personal, medical or social about them (diagnosis, symptoms, "
    "medication, lab or test result, procedure, appointment for care, birth date, home address or personal phone in "
    "a care context, social situation such as housing, youth protection, income support or violence), anywhere in "
    "the message: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, "
    "attached .eml) or an attachment's file name.",
    "**Not confidential**: staff information (schedules, leave, payroll, an employee's occupational health, HR, job "
    "candidates), physicians named with the diseases they treat, conference speakers and topics, aggregate "
    "statistics, newsletters, blank forms and mail-merge templates, de-identified teaching cases, invoices and "
    "purchase orders, serial / lot / asset numbers (even when they pass a checksum), clinic phone numbers and "
    "addresses in signatures, IT and facilities mail, job postings, committee notices, drug-shortage notices, "
    "recalls, research protocols without participants' identities.",
]


def digest(out_dir, rels):
    h = hashlib.sha256()
    for rel in sorted(rels):
        with open(os.path.join(out_dir, rel), 'rb') as fh:
            data = fh.read()
        h.update(rel.encode('utf-8') + b'\0' + data + b'\0')
    return h.hexdigest()


def write_readme(out_dir, labels, feats, dig):
    langs = {'fr': 0, 'en': 0}
    types = {t: 0 for t in C.TYPES}
    for rel, lab in labels.items():
        langs[lab['lang']] += 1
        for t in lab['types']:
            types[t] += 1
    fcount = {f: 0 for f in FEATURE_ORDER}
    for rel, fs in feats.items():
        for f in fs:
            if f in fcount:
                fcount[f] += 1
    npos = sum(1 for r in labels if r.startswith('positive/'))
    lines = [
        '# Held-out DLP corpus — respiratory medicine (PFT lab, sleep clinic, home oxygen, COPD/asthma education, '
        'pulmonary rehab, lung nodules)', '',
        'Synthetic outbound e-mail of an invented Quebec respiratory health centre (%s / %s, domain `%s`): its '
        'pulmonary function laboratory, sleep clinic with CPAP titration, home oxygen program, COPD and asthma '
        'education centre, pulmonary rehabilitation and lung nodule clinic. Positives are referrals, PFT and '
        'polysomnography reports, CPAP prescriptions to vendors, oxygen renewals, sign-out lists, booking and '
        'transport requests, pharmacy prescriptions, insurer and licensing forms, social-work referrals, forwarded '
        'and quoted threads; negatives are HR and payroll mail, on-call schedules, newsletters, committee notices, '
        'conference programmes, job postings, invoices, purchase orders, equipment inventories, recalls, IT and '
        'facilities notices, aggregate statistics, de-identified teaching cases, blank forms and mail-merge '
        'templates. French-Canadian and English. Every person, number and address is invented.'
        % (C.ORG_FR, C.ORG_EN, C.DOM), '',
        'Seed: %d.' % C.SEED, '',
        '## Layout', '',
        '- `positive/pNNN_<category>.eml` — %d confidential messages' % npos,
        '- `negative/nNNN_<category>.eml` — %d non-confidential (hard negative) messages' % (len(labels) - npos),
        '- `labels.json` — per file: `confidential`, `types`, `lang`, `note`',
        '- `generate.py` and `gen_*.py` — the generator (standard library, python-stdnum, reportlab, python-docx, '
        'openpyxl); reads only `../blind_nams.txt`', '',
        '## Languages', '', '| lang | files |', '|---|---|',
        '| fr | %d |' % langs['fr'], '| en | %d |' % langs['en'], '',
        '## Finding types (positives)', '', '| type | positives |', '|---|---|',
    ]
    lines += ['| %s | %d |' % (t, types[t]) for t in C.TYPES]
    lines += ['', '## Definition used', '', DEFINITION[0], '', DEFINITION[1], '',
              '## Transports (files showing each feature)', '', '| feature | files |', '|---|---|']
    lines += ['| %s | %d |' % (f, fcount[f]) for f in FEATURE_ORDER]
    lines += ['', '## Regenerate', '', '```', 'python generate.py            # writes next to itself',
              'python generate.py --out DIR  # writes elsewhere', '```', '',
              'The run re-parses every file with `email.policy.default`, decodes every part (PDF, DOCX, XLSX, ZIP, '
              'nested .eml), checks labels, NAM placement and identifier checksums, and exits non-zero on failure.',
              '', '## Digest', '',
              'sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):',
              '', '`%s`' % dig, '']
    with open(os.path.join(out_dir, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(lines))


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args()
    out_dir = args.out
    built = gen_plan.build_all()
    for sub in ('positive', 'negative'):
        d = os.path.join(out_dir, sub)
        os.makedirs(d, exist_ok=True)
        for f in sorted(os.listdir(d)):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    labels, specs = {}, {}
    for kind in ('pos', 'neg'):
        for rel, m, data, _tpl in built[kind]:
            with open(os.path.join(out_dir, rel), 'wb') as fh:
                fh.write(data)
            labels[rel] = {'confidential': m.positive,
                           'types': sorted(m.types, key=TYPE_ORDER.get) if m.positive else [],
                           'lang': m.lang, 'note': m.note}
            specs[rel] = m
    labels = {k: labels[k] for k in sorted(labels)}
    with open(os.path.join(out_dir, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    problems, feats = gen_verify.verify(out_dir, specs)
    dig = digest(out_dir, list(labels) + ['labels.json'])
    write_readme(out_dir, labels, feats, dig)
    if problems:
        for p in problems[:200]:
            print('FAIL', p, file=sys.stderr)
        print('%d problem(s)' % len(problems), file=sys.stderr)
        sys.exit(1)
    print(dig)


if __name__ == '__main__':
    main()
