"""README writer."""
import collections

import gen_common as C

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

FEATURE_ORDER = [
    'single part text/plain', 'single part text/html (HTML only)', 'multipart/alternative (no attachment)',
    'multipart/mixed', 'multipart/alternative', 'HTML-only body with attachments',
    'PDF attachment', 'DOCX attachment', 'XLSX attachment', 'CSV attachment', 'ICS attachment', 'vCard attachment',
    'ZIP attachment', 'message/rfc822 attachment',
    'charset utf-8', 'charset us-ascii', 'charset iso-8859-1', 'charset windows-1252',
    'CTE 7bit', 'CTE 8bit', 'CTE quoted-printable', 'CTE base64',
    'CRLF line ends', 'LF line ends', 'RFC 2047 encoded Subject', 'RFC 2047 encoded display name',
    'RFC 2231 file name', 'reply headers (In-Reply-To)']


def write_readme(path, labels, feats_by_file, digest, seed):
    langs = collections.Counter(v['lang'] for v in labels.values())
    plang = collections.Counter(v['lang'] for k, v in labels.items() if v['confidential'])
    nlang = collections.Counter(v['lang'] for k, v in labels.items() if not v['confidential'])
    types = collections.Counter(t for v in labels.values() for t in v['types'])
    feats = collections.Counter(f for s in feats_by_file.values() for f in s)
    L = []
    L.append('# Synthetic outbound mail — oncology pharmacy and chemotherapy day unit\n')
    L.append('A labelled corpus of outbound e-mail from the oncology pharmacy and chemotherapy day unit of an invented '
             'Quebec health organisation (%s, %s), used to measure a data-loss-prevention filter. Positives are '
             'messages that expose an identifiable patient together with personal, medical or social information: '
             'protocol orders to the pharmacy, dose adjustments, drug-shortage patient lists, chair schedules, '
             'toxicity follow-up calls, compounding worksheets, community-pharmacy prescriptions, insurer and '
             'social-assistance forms, shared-care mail with Ontario, Belgian and French partners, forwarded and '
             'quoted threads. Negatives are hard, non-confidential mail of the same service: drug-shortage and recall '
             'notices with checksum-valid lot and serial numbers, staff schedules, leave and payroll, newsletters and '
             'committee notices naming physicians with their diseases, conference programmes, job postings and '
             'candidates, invoices and purchase orders, inventories, IT and facilities notices, aggregate statistics, '
             'de-identified teaching cases, blank forms and mail-merge templates. All people, institutions, addresses '
             'and numbers are invented; domains end in `.example`.\n' % (C.ORG_FR, C.HOSP))
    L.append('Seed: %d.\n' % seed)
    L.append('## Layout\n')
    L.append('- `positive/pNNN_<category>.eml` — %d confidential messages' % sum(plang.values()))
    L.append('- `negative/nNNN_<category>.eml` — %d non-confidential hard negatives' % sum(nlang.values()))
    L.append('- `labels.json` — per file: `confidential`, `types`, `lang`, `note`')
    L.append('- `generate.py` and `gen_*.py` — the generator (standard library, python-stdnum, reportlab, '
             'python-docx, openpyxl); RAMQ NAMs are read from `../blind_nams.txt`\n')
    L.append('## Languages\n')
    L.append('| lang | files |')
    L.append('|---|---|')
    for lg in ('fr', 'en'):
        L.append('| %s | %d |' % (lg, langs[lg]))
    L.append('')
    L.append('Positives: %s. Negatives: %s.\n' % (', '.join('%s %d' % (lg, plang[lg]) for lg in ('fr', 'en')),
                                                 ', '.join('%s %d' % (lg, nlang[lg]) for lg in ('fr', 'en'))))
    L.append('## Finding types (positives)\n')
    L.append('| type | positives |')
    L.append('|---|---|')
    for t in C.TYPES:
        L.append('| %s | %d |' % (t, types[t]))
    L.append('')
    L.append('## Definition used\n')
    L.append(DEFINITION + '\n')
    L.append('## Transports (files showing each feature)\n')
    L.append('| feature | files |')
    L.append('|---|---|')
    for f in FEATURE_ORDER + sorted(set(feats) - set(FEATURE_ORDER)):
        L.append('| %s | %d |' % (f, feats[f]))
    L.append('')
    L.append('## Regenerate\n')
    L.append('```\npython generate.py            # writes next to generate.py\npython generate.py --out DIR  # '
             'writes elsewhere (still reads ../blind_nams.txt relative to generate.py)\n```\n')
    L.append('The output is byte-identical on every run (fixed seed, boundaries, Message-IDs, dates, archive member '
             'times and document metadata). After writing, the generator re-parses and decodes every message and '
             'attachment, checks labels, NAM placement and identifier checksums, and exits non-zero on any failure.\n')
    L.append('## Digest\n')
    L.append('sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):\n')
    L.append('`%s`\n' % digest)
    with open(path, 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(L))
