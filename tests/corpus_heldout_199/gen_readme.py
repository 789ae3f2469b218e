"""README writer: counts, transport features and digest."""
import collections
import email
import email.policy
import re

import gen_common as C
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


def features(infos):
    feats = collections.OrderedDict()

    def add(name, rel):
        feats.setdefault(name, set()).add(rel)

    for rel, info in infos.items():
        raw = info['raw']
        head = raw.split(b'\r\n\r\n' if b'\r\n' in raw else b'\n\n', 1)[0]
        cm = email.message_from_bytes(head + b'\n\n', policy=email.policy.compat32)
        top = info['top']
        if top == 'text/plain':
            add('single-part text/plain', rel)
        if top == 'text/html':
            add('single-part text/html (HTML only)', rel)
        for s in sorted(info['structures']):
            add(s, rel)
        for k in ['PDF', 'DOCX', 'XLSX', 'CSV', 'ICS', 'vCard', 'ZIP', 'message/rfc822']:
            if k in info['kinds']:
                add('attachment: ' + ('attached .eml (message/rfc822)' if k == 'message/rfc822' else k), rel)
        for cs in sorted(info['charsets']):
            add('charset ' + cs, rel)
        for cte in sorted(info['ctes']):
            add('Content-Transfer-Encoding ' + cte, rel)
        add('CRLF line ends' if b'\r\n' in raw else 'LF line ends', rel)
        if '=?' in (cm.get('Subject') or ''):
            add('RFC 2047 encoded Subject', rel)
        if any('=?' in (cm.get(h) or '') for h in ('From', 'To', 'Cc')):
            add('RFC 2047 encoded display names', rel)
        if re.search(rb'name\*(0\*?)?=', raw):
            add('RFC 2231 file names', rel)
        if re.search(rb'name\*1\*?=', raw):
            add('RFC 2231 continuations', rel)
        if re.search(rb'name="=\?', raw):
            add('RFC 2047 encoded file names (quoted)', rel)
        if re.search(rb'&#\d+;', raw):
            add('HTML numeric character references', rel)
    order = ['single-part text/plain', 'single-part text/html (HTML only)', 'multipart/alternative', 'multipart/mixed',
             'attachment: PDF', 'attachment: DOCX', 'attachment: XLSX', 'attachment: CSV', 'attachment: ICS', 'attachment: vCard',
             'attachment: ZIP', 'attachment: attached .eml (message/rfc822)', 'charset us-ascii', 'charset utf-8',
             'charset iso-8859-1', 'charset windows-1252', 'Content-Transfer-Encoding 7bit', 'Content-Transfer-Encoding 8bit',
             'Content-Transfer-Encoding quoted-printable', 'Content-Transfer-Encoding base64', 'CRLF line ends', 'LF line ends',
             'RFC 2047 encoded Subject', 'RFC 2047 encoded display names', 'RFC 2231 file names', 'RFC 2231 continuations',
             'RFC 2047 encoded file names (quoted)', 'HTML numeric character references']
    rank = {k: i for i, k in enumerate(order)}
    return collections.OrderedDict(sorted(feats.items(), key=lambda kv: (rank.get(kv[0], len(order)), kv[0])))


def write_readme(path, seed, labels, infos, dig):
    langs = collections.Counter(v['lang'] for v in labels.values())
    lang_pos = collections.Counter(v['lang'] for k, v in labels.items() if v['confidential'])
    types = collections.Counter(t for v in labels.values() for t in v['types'])
    npos = sum(1 for v in labels.values() if v['confidential'])
    nneg = len(labels) - npos
    feats = features(infos)
    L = ['# Synthetic outbound mail corpus — hospital medical imaging department', '',
         'Invented mail of the %s (%s): radiology booking and exam protocols, MRI safety screening questionnaires, '
         'mammography screening recalls, CT / ultrasound / MRI reports, interventional radiology referrals and sign-outs, '
         'PACS/RIS and IT notices, and the technologists\' and managers\' staff mail. Positives carry identifiable patient data '
         'with something personal about the patient; negatives are hard look-alikes (staff, physicians and disease words, '
         'checksum-valid serial and lot numbers, blank forms, templates, aggregate statistics, signatures with clinic phones). '
         'Mail is written in French-Canadian and English; every person, institution, address and number is invented '
         '(domains end in .example, phone numbers use 555-01xx).' % (C.DEPT_EN.lower(), C.ORG_EN), '',
         'Seed: %d.' % seed, '',
         '## Layout', '',
         '- `positive/pNNN_<category>.eml` — %d confidential messages' % npos,
         '- `negative/nNNN_<category>.eml` — %d non-confidential messages' % nneg,
         '- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`',
         '- `generate.py` and `gen_*.py` — the generator (standard library, python-stdnum, reportlab, python-docx, openpyxl)',
         '- `README.md` — this file', '',
         '## Languages', '', '| lang | files | positives | negatives |', '|---|---|---|---|']
    for lg in ('fr', 'en'):
        L.append('| %s | %d | %d | %d |' % (lg, langs[lg], lang_pos[lg], langs[lg] - lang_pos[lg]))
    L += ['', '## Finding types (positives)', '', '| type | positives |', '|---|---|']
    for t in TYPES:
        L.append('| %s | %d |' % (t, types[t]))
    L += ['', '## Definition used', '', DEFINITION, '', '## Transports (files showing each feature)', '', '| feature | files |', '|---|---|']
    for k, v in feats.items():
        L.append('| %s | %d |' % (k, len(v)))
    L += ['', '## Regenerate', '', '```', 'python generate.py            # writes next to generate.py',
          'python generate.py --out DIR  # writes elsewhere', '```', '',
          'The generator reads only its own modules and `../blind_nams.txt` (relative to its own folder). '
          'Output is byte-identical on every run. After writing it re-parses every file, decodes every part '
          '(PDF, DOCX, XLSX, ZIP, nested .eml), checks labels, NAM placement and identifier checksums, and exits non-zero on failure.', '',
          '## Digest', '',
          'sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):', '',
          '`%s`' % dig, '']
    with open(path, 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(L))
