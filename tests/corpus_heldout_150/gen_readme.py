"""README writer."""
import os

import gen_common as C

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

TYPE_ORDER = ['patient_name', 'date_of_birth', 'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn',
              'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information']

FEATURE_ORDER = [
    ('body:plain', 'text/plain body'), ('body:html', 'text/html body'), ('multipart/alternative', 'multipart/alternative'),
    ('multipart/mixed', 'multipart/mixed'), ('att:pdf', 'PDF attachment'), ('att:docx', 'DOCX attachment'),
    ('att:xlsx', 'XLSX attachment'), ('att:csv', 'CSV attachment'), ('att:ics', 'ICS attachment'), ('att:vcard', 'vCard attachment'),
    ('att:zip', 'ZIP attachment'), ('att:eml', 'attached message/rfc822'), ('charset:utf-8', 'charset utf-8'),
    ('charset:us-ascii', 'charset us-ascii'), ('charset:iso-8859-1', 'charset iso-8859-1'), ('charset:windows-1252', 'charset windows-1252'),
    ('cte:7bit', '7bit'), ('cte:8bit', '8bit'), ('cte:quoted-printable', 'quoted-printable'), ('cte:base64', 'base64'),
    ('CRLF line ends', 'CRLF line ends'), ('LF line ends', 'LF line ends'), ('RFC 2047 Subject', 'RFC 2047 Subject'),
    ('RFC 2047 address name', 'RFC 2047 display name'), ('RFC 2231 file name', 'RFC 2231 file name'),
    ('RFC 2231 continuation', 'RFC 2231 continuation'), ('html entities', 'HTML character entities'),
    ('full-width digits', 'full-width digits'), ('quoted reply', 'quoted reply'), ('inline forward', 'inline forward'),
]


def write(out, labels, feats, digest):
    pos = [k for k in labels if k.startswith('positive/')]
    neg = [k for k in labels if k.startswith('negative/')]
    L = ['# Held-out corpus 150 — health records department and release of information (invented Quebec CIUSSS)', '',
         'Synthetic outbound e-mail of the medical records department (archives médicales) and release-of-information office of the '
         'invented %s (Hôpital de Saint-Ambroise-des-Hérons, Hôpital Laroche-Bellerive, a CLSC, a CHSLD and a rehabilitation centre). '
         'Positives are patients\' access and correction requests, insurers\' and lawyers\' requests and releases, subpoenas, coroner '
         'and police requests, youth-protection requests, transfers of records to and from Quebec, Ontario, French and Belgian '
         'institutions, release logs, chart pull lists, incomplete-chart reminders, coding queries, filing incidents and registry '
         'submissions. Negatives are the department\'s administrative mail: newsletters, statistics, blank forms and templates, '
         'invoices and purchase orders, box inventories and destruction certificates, schedules, leave, payroll, hiring, occupational '
         'health of staff, IT and facilities notices, committee and conference mail, procedures and de-identified teaching cases. '
         'Every person, institution, address and number is invented; domains end in `.example`, phones use 555-01xx.' % C.ORG_FR, '',
         'Seed: %d.' % C.SEED, '', '## Layout', '',
         '- `positive/pNNN_<category>.eml` — %d confidential messages' % len(pos),
         '- `negative/nNNN_<category>.eml` — %d non-confidential messages (hard negatives)' % len(neg),
         '- `labels.json` — per file: `confidential`, `types`, `lang`, `note`',
         '- `generate.py` with `gen_common.py`, `gen_clin.py`, `gen_thread.py`, `gen_mime.py`, `gen_docs.py`, `gen_pos_a.py`, '
         '`gen_pos_b.py`, `gen_pos_c.py`, `gen_neg_a.py`, `gen_neg_b.py`, `gen_neg_c.py`, `gen_verify.py`, `gen_readme.py`',
         '- RAMQ NAMs are read from `../blind_nams.txt`', '',
         '## Languages', '', '| lang | files |', '| --- | --- |']
    for lg in ('fr', 'en'):
        L.append('| %s | %d |' % (lg, sum(1 for v in labels.values() if v['lang'] == lg)))
    L += ['', '## Finding types (positives)', '', '| type | positives |', '| --- | --- |']
    for t in TYPE_ORDER:
        L.append('| %s | %d |' % (t, sum(1 for k in pos if t in labels[k]['types'])))
    L += ['', '## Definition used', '', DEFINITION, '', '## Transports (files showing each feature)', '', '| feature | files |', '| --- | --- |']
    for key, name in FEATURE_ORDER:
        L.append('| %s | %d |' % (name, len(feats.get(key, ()))))
    L += ['', '## Regenerate', '', '```', 'python generate.py            # writes next to the script', 'python generate.py --out DIR  # writes elsewhere', '```', '',
          'Needs python-stdnum, reportlab, python-docx and openpyxl. The run re-parses and checks every file and exits non-zero on any failure; '
          'output is byte-identical on every run.', '', '## Digest', '',
          'sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):', '', '`%s`' % digest, '']
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(L))
