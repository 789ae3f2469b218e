"""README writer."""
import collections

from gen_common import SEED
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

FEATURE_ORDER = [
    'single text/plain', 'single text/html', 'multipart/alternative', 'multipart/mixed',
    'HTML part', 'PDF attachment', 'DOCX attachment', 'XLSX attachment', 'CSV attachment',
    'ICS attachment', 'vCard attachment', 'ZIP attachment', 'attached message/rfc822',
    'charset utf-8', 'charset us-ascii', 'charset iso-8859-1', 'charset windows-1252',
    'CTE 7bit', 'CTE 8bit', 'CTE quoted-printable', 'CTE base64', 'CRLF line ends',
    'LF line ends', 'RFC 2047 encoded Subject', 'RFC 2047 encoded display name',
    'RFC 2231 file name', 'RFC 2231 continuation', 'RFC 2047 encoded file name',
    'non-ASCII file name', 'full-width digits']


def write_readme(path, labels, feats_by_file, dig):
    langs = collections.Counter(v['lang'] for v in labels.values())
    lang_pos = collections.Counter(v['lang'] for v in labels.values() if v['confidential'])
    lang_neg = collections.Counter(v['lang'] for v in labels.values() if not v['confidential'])
    tcount = collections.Counter(t for v in labels.values() for t in v['types'])
    fcount = collections.Counter(f for fs in feats_by_file.values() for f in fs)
    lines = []
    lines.append('# Held-out corpus 206 — occupational medicine clinic serving employers')
    lines.append('')
    lines.append('Synthetic outbound e-mail from an invented occupational medicine clinic '
                 '(Clinique Santé-Travail Rive-Nord / Rive-Nord Occupational Health, a Quebec '
                 'office and an Ontario office) that serves employers: pre-employment and '
                 'fitness-to-work examinations, drug and alcohol testing with a medical review '
                 'officer, commercial drivers\' medicals, workers\' compensation files, and '
                 'audiometry and spirometry surveillance. Positives are messages in which a '
                 'worker-patient can be identified together with medical, personal or social '
                 'information (results sent to employers, referrals, prescriptions, insurer '
                 'forms, rosters, forwarded hospital notes, surveillance spreadsheets, calendar '
                 'invites, vCards, ZIP and attached messages). Negatives are hard: staff '
                 'schedules and leave, payroll, staff health logistics, newsletters and '
                 'conference programmes naming physicians and diseases, aggregate statistics, '
                 'de-identified teaching cases, blank forms and mail-merge templates, invoices, '
                 'orders, inventories and recalls with checksum-valid serial and lot numbers, IT '
                 'and facilities notices. Every person, organisation, address and number is '
                 'invented; domains end in `.example` and phone numbers use 555-01xx.')
    lines.append('')
    lines.append('Seed: %d.' % SEED)
    lines.append('')
    lines.append('## Layout')
    lines.append('')
    lines.append('- `positive/pNNN_<category>.eml` — 120 confidential messages')
    lines.append('- `negative/nNNN_<category>.eml` — 180 non-confidential messages')
    lines.append('- `labels.json` — per file: `confidential`, `types`, `lang`, `note`')
    lines.append('- `generate.py` and `gen_*.py` — the generator (standard library, '
                 'python-stdnum, reportlab, python-docx, openpyxl)')
    lines.append('- `README.md` — this file')
    lines.append('')
    lines.append('## Languages')
    lines.append('')
    lines.append('| lang | files |')
    lines.append('|---|---|')
    for lg in ('fr', 'en'):
        lines.append('| %s | %d |' % (lg, langs[lg]))
    lines.append('')
    lines.append('Positives: fr %d, en %d. Negatives: fr %d, en %d.' % (
        lang_pos['fr'], lang_pos['en'], lang_neg['fr'], lang_neg['en']))
    lines.append('')
    lines.append('## Finding types (positives)')
    lines.append('')
    lines.append('| type | positives |')
    lines.append('|---|---|')
    for t in TYPES:
        lines.append('| %s | %d |' % (t, tcount[t]))
    lines.append('')
    lines.append('## Definition used')
    lines.append('')
    lines.append(DEFINITION)
    lines.append('')
    lines.append('## Transports (files showing each feature)')
    lines.append('')
    lines.append('| feature | files |')
    lines.append('|---|---|')
    for f in FEATURE_ORDER:
        lines.append('| %s | %d |' % (f, fcount[f]))
    lines.append('')
    lines.append('## Regenerate')
    lines.append('')
    lines.append('```')
    lines.append('python generate.py            # writes next to generate.py')
    lines.append('python generate.py --out DIR  # writes elsewhere')
    lines.append('```')
    lines.append('')
    lines.append('The generator reads only its own modules and `../blind_nams.txt` (relative to '
                 'its own location), is byte-identical across runs, re-parses and decodes every '
                 'file after writing, checks labels, NAM placement and identifier checksums, and '
                 'exits non-zero on any failure.')
    lines.append('')
    lines.append('## Digest')
    lines.append('')
    lines.append('sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted '
                 'relative path, NUL, bytes, NUL):')
    lines.append('')
    lines.append('`%s`' % dig)
    lines.append('')
    with open(path, 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(lines))
