"""README writer."""
from gen_util import TYPES

FEATURE_ORDER = ['text/plain only', 'text/html only', 'multipart/alternative', 'multipart/mixed',
                 'PDF attachment', 'DOCX attachment', 'XLSX attachment', 'CSV attachment', 'ICS attachment',
                 'vCard attachment', 'ZIP attachment', 'attached message (.eml / message/rfc822)',
                 'charset us-ascii', 'charset utf-8', 'charset iso-8859-1', 'charset windows-1252',
                 'CTE 7bit', 'CTE 8bit', 'CTE quoted-printable', 'CTE base64',
                 'CRLF line ends', 'LF line ends', 'RFC 2047 encoded header', 'RFC 2231 file name']

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


def write_readme(path, seed, labels, feats, dig):
    langs = {}
    for k, v in labels.items():
        langs[v['lang']] = langs.get(v['lang'], 0) + 1
    tcount = {t: 0 for t in TYPES}
    for k, v in labels.items():
        for t in v['types']:
            tcount[t] += 1
    npos = sum(1 for k in labels if k.startswith('positive/'))
    nneg = len(labels) - npos
    out = ['# Synthetic outbound e-mail corpus — ophthalmology and optometry', '',
           'Outbound mail of the fictitious department of ophthalmology of the CISSS des Deux-Rives (Hôpital '
           'Sainte-Lucie, Val-des-Pins, Québec) and of the optometry clinics, low-vision rehabilitation centre, '
           'pharmacies, insurers and agencies it corresponds with. Confidential messages are optometrist referrals, '
           'intravitreal injection lists, cataract bookings, consult letters back to optometrists, low-vision '
           'referrals, transport requests, on-call sign-outs, prescriptions, insurer / driving / tax forms, '
           'forwarded patient e-mails, quoted replies, calendar invitations, contact cards and record transfers '
           'from abroad. Non-confidential messages are the hard administrative mail of the same department: '
           'newsletters naming physicians and their diseases, schedules, leave, payroll, occupational health, '
           'committee notices, conference programmes, job postings and candidates, invoices and purchase orders '
           'with checksum-valid lot and serial numbers, IOL inventories, IT and facilities notices, aggregate '
           'statistics, de-identified teaching cases, blank forms, mail-merge templates, recalls and shortages. '
           'Every person, institution, address and number is invented; domains end in `.example` and phone '
           'numbers use 555-01xx.', '',
           'Seed: %d.' % seed, '',
           '## Layout', '',
           '- `positive/pNNN_<category>.eml` — %d confidential messages' % npos,
           '- `negative/nNNN_<category>.eml` — %d non-confidential (hard negative) messages' % nneg,
           '- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`',
           '- `generate.py` and `gen_*.py` — the generator; RAMQ NAMs are read from `../blind_nams.txt`',
           '- `README.md` — this file', '',
           '## Languages', '', '| lang | files |', '|---|---|']
    for l in sorted(langs):
        out.append('| %s | %d |' % (l, langs[l]))
    out += ['', '## Finding types (positives)', '', '| type | positives |', '|---|---|']
    for t in TYPES:
        out.append('| %s | %d |' % (t, tcount[t]))
    out += ['', '## Definition used', '', DEFINITION, '',
            '## Transports (files showing each feature)', '', '| feature | files |', '|---|---|']
    for f in FEATURE_ORDER:
        out.append('| %s | %d |' % (f, sum(1 for v in feats.values() if f in v)))
    out += ['', '## Regenerate', '', '```', 'python generate.py            # writes next to generate.py',
            'python generate.py --out DIR  # writes elsewhere (still reads ../blind_nams.txt next to the script)',
            '```', '',
            'Only the standard library, python-stdnum, reportlab, python-docx and openpyxl are used. Output is '
            'byte-identical on every run. After writing, the generator re-parses every file with '
            '`email.policy.default`, decodes every part (PDF, DOCX, XLSX, ZIP, nested messages), checks labels, '
            'identifier checksums, NAM placement and that no NAM holder is named in a negative, and exits '
            'non-zero on any failure.', '',
            '## Digest', '',
            'sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):', '',
            '`%s`' % dig, '']
    with open(path, 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(out))
