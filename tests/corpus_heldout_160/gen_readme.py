"""README writer."""
import os

from gen_common import SEED, FINDING_TYPES

FEATURE_ORDER = [
    'text/plain only', 'text/html only', 'multipart/alternative', 'multipart/mixed',
    'attachment: PDF', 'attachment: DOCX', 'attachment: XLSX', 'attachment: CSV', 'attachment: ICS', 'attachment: vCard',
    'attachment: ZIP', 'attached message (message/rfc822)',
    'charset utf-8', 'charset us-ascii', 'charset iso-8859-1', 'charset windows-1252',
    'CTE 7bit', 'CTE 8bit', 'CTE quoted-printable', 'CTE base64',
    'CRLF line ends', 'LF line ends', 'RFC 2047 encoded Subject', 'RFC 2047 encoded display name', 'RFC 2231 file name',
    'full-width digits / letters',
]

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


def write(out, lang_count, type_count, features, dig):
    L = []
    L.append('# Held-out corpus 160 — nephrology outpatient clinic and kidney transplant follow-up programme (Quebec / eastern Ontario)')
    L.append('')
    L.append('Synthetic outbound e-mail of an invented bilingual regional nephrology and kidney transplant programme '
             '(Centre hospitalier des Deux-Rives, Gatineau, with a satellite clinic in Hawkesbury, Ontario). Positives are '
             'the clinical mail of the programme: GP referrals with eGFR trends and CKD staging, tacrolimus level adjustments, '
             'allograft biopsy reports, sign-out and dialysis lists, living-donor work-ups and expense claims, prescriptions to '
             'community pharmacies, insurer and income-support forms, discharge summaries, pre-dialysis class lists, transport '
             'and supply orders, HLA crossmatches, viral monitoring, holiday dialysis for a Belgian patient, a transfer of '
             'care from France, social-work notes, forwarded family e-mails and replies with quoted text. Negatives are the '
             'ordinary administrative mail of the same programme: call schedules, HR and payroll, occupational health, '
             'job postings, newsletters, committee notices, conference programmes, aggregate statistics, de-identified '
             'teaching cases, blank forms and mail-merge templates, shortages and recalls, research protocols, invoices, '
             'purchase orders, inventories with checksum-valid serial numbers, IT and facilities mail. All people, '
             'institutions, addresses and numbers are invented; RAMQ NAMs come from `../blind_nams.txt`.')
    L.append('')
    L.append('Seed: %d.' % SEED)
    L.append('')
    L.append('## Layout')
    L.append('')
    L.append('- `positive/pNNN_<category>.eml` — 120 confidential messages')
    L.append('- `negative/nNNN_<category>.eml` — 180 non-confidential messages (hard negatives)')
    L.append('- `labels.json` — per file: `confidential`, `types`, `lang`, `note`')
    L.append('- `generate.py` and `gen_*.py` — the generator (standard library, python-stdnum, reportlab, python-docx, openpyxl)')
    L.append('')
    L.append('## Languages')
    L.append('')
    L.append('| lang | files |')
    L.append('|---|---|')
    for k in ('fr', 'en'):
        L.append('| %s | %d |' % (k, lang_count.get(k, 0)))
    L.append('')
    L.append('## Finding types (positives)')
    L.append('')
    L.append('| type | positives |')
    L.append('|---|---|')
    for t in FINDING_TYPES:
        L.append('| %s | %d |' % (t, type_count.get(t, 0)))
    L.append('')
    L.append('## Definition used')
    L.append('')
    L.append(DEFINITION)
    L.append('')
    L.append('## Transports (files showing each feature)')
    L.append('')
    L.append('| feature | files |')
    L.append('|---|---|')
    for feat in FEATURE_ORDER + sorted(k for k in features if k not in FEATURE_ORDER):
        L.append('| %s | %d |' % (feat, len(features.get(feat, []))))
    L.append('')
    L.append('## Regenerate')
    L.append('')
    L.append('```')
    L.append('python generate.py            # writes next to generate.py')
    L.append('python generate.py --out DIR  # writes elsewhere (../blind_nams.txt is still read next to the generator)')
    L.append('```')
    L.append('')
    L.append('The generator re-parses every file with `email.policy.default`, decodes every part (PDF, DOCX, XLSX, ZIP, '
             'nested .eml), checks labels, identifier checksums and NAM placement, and exits non-zero on any failure.')
    L.append('')
    L.append('## Digest')
    L.append('')
    L.append('sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):')
    L.append('')
    L.append('`%s`' % dig)
    L.append('')
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(L))
