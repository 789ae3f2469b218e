"""README writer."""
from gen_render import ALL_TYPES

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

FEATURE_ORDER = [
    'single part text/plain', 'single part text/html (HTML only)', 'multipart/alternative', 'multipart/mixed',
    'multipart/alternative nested in multipart/mixed', 'PDF attachment', 'DOCX attachment', 'XLSX attachment',
    'CSV attachment', 'ICS attachment', 'vCard attachment', 'ZIP attachment', 'attached message (message/rfc822)',
    'charset utf-8', 'charset us-ascii', 'charset iso-8859-1', 'charset windows-1252', 'CTE 7bit', 'CTE 8bit',
    'CTE quoted-printable', 'CTE base64', 'CRLF line ends', 'LF line ends', 'RFC 2047 encoded Subject',
    'RFC 2047 encoded display name', 'RFC 2231 file name', 'HTML character entities']


def write_readme(path, seed, labels, features, digest):
    langs = {}
    types = {t: 0 for t in ALL_TYPES}
    for rel, lab in labels.items():
        langs[lab['lang']] = langs.get(lab['lang'], 0) + 1
        for t in lab['types']:
            types[t] += 1
    feat_count = {}
    for rel, fs in features.items():
        for f in fs:
            feat_count[f] = feat_count.get(f, 0) + 1
    lines = ['# Held-out corpus 161 — hospital social work and discharge planning', '',
             'Synthetic outbound e-mail of the social work department of an invented Quebec health and social services '
             'organisation (the CISSS des Deux-Rives: Hôpital Saint-Anselme, Rivermount General Hospital and their CLSCs). '
             'Positives are social workers\' and liaison nurses\' referrals and notes: home-support (SAD) requests, long-term '
             'care applications, protection mandates and public-curator files, youth-protection reports, caregiver-burnout and '
             'respite referrals, housing, income-support and coverage problems, shelter, pharmacy, transport and equipment '
             'requests, family meetings, census lists, forwarded family e-mails and quoted replies. Negatives are the '
             'department\'s ordinary mail: schedules, leave, payroll, staff occupational health, recruitment and postings, '
             'newsletters, committee notices, conference programmes, aggregate statistics, de-identified teaching and ethics '
             'cases, blank forms and mail-merge templates, invoices and purchase orders, IT, facilities, recalls and research '
             'notices. Every person, organisation, address and number is invented; domains end in `.example`, telephone '
             'numbers use 555-01xx, and RAMQ NAMs come only from `../blind_nams.txt`.', '',
             'Seed: %s.' % seed, '',
             '## Layout', '',
             '- `positive/pNNN_<category>.eml` — 120 confidential messages (p001 … p120)',
             '- `negative/nNNN_<category>.eml` — 180 non-confidential messages (n001 … n180)',
             '- `labels.json` — per file: `confidential`, `types`, `lang`, `note`',
             '- `generate.py` with its modules `gen_common.py`, `gen_render.py`, `gen_mime.py`, `gen_attach.py`, `gen_tpl.py`, '
             '`gen_pos_fr.py`, `gen_pos_fr2.py`, `gen_pos_en.py`, `gen_pos_en2.py`, `gen_neg_fr.py`, `gen_neg_fr2.py`, '
             '`gen_neg_en.py`, `gen_neg_en2.py`, `gen_verify.py`, `gen_readme.py`',
             '- `README.md` — this file', '',
             '## Languages', '', '| lang | files |', '|---|---|']
    for l in sorted(langs):
        lines.append('| %s | %d |' % (l, langs[l]))
    lines += ['', '## Finding types (positives)', '', '| type | positives |', '|---|---|']
    for t in ALL_TYPES:
        lines.append('| %s | %d |' % (t, types[t]))
    lines += ['', '## Definition used', '', DEFINITION, '', '## Transports (files showing each feature)', '',
              '| feature | files |', '|---|---|']
    for f in FEATURE_ORDER:
        lines.append('| %s | %d |' % (f, feat_count.get(f, 0)))
    lines += ['', '## Regenerate', '',
              '```', 'python generate.py            # writes next to generate.py', 'python generate.py --out DIR  # writes elsewhere', '```', '',
              'Only the standard library, python-stdnum, reportlab, python-docx and openpyxl are used; the generator reads its own '
              'modules and `../blind_nams.txt` (relative to itself). Output is byte-identical on every run. After writing, it '
              're-parses every file with `email.policy.default`, decodes every part (PDF, DOCX, XLSX, ZIP, nested .eml, ICS, '
              'vCard, CSV), checks labels, NAM placement, identifier checksums and that no NAM holder\'s name appears in a '
              'negative, and exits non-zero on any failure.', '',
              '## Digest', '',
              'sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):', '',
              '`%s`' % digest, '']
    with open(path, 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(lines))
