"""README writer."""
from gen_common import FINDING_TYPES, SEED
from gen_verify import FEATURE_ORDER

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


def write_readme(path, labels, feats, dig):
    langs = {}
    tcount = {t: 0 for t in FINDING_TYPES}
    for k, v in labels.items():
        langs[v['lang']] = langs.get(v['lang'], 0) + 1
        for t in v['types']:
            tcount[t] += 1
    L = []
    L.append('# Held-out corpus 144 — plastic surgery, burns unit and hand clinic')
    L.append('')
    L.append('Synthetic outbound e-mail of an invented Quebec/Ontario hospital network, the Réseau de santé '
             'Deux-Rives / Two Rivers Health Network (Hôpital Sainte-Aurélie and Hôpital du Mont-Vallier in Quebec, '
             'Hartwell General and Millbridge Community in Ontario): its plastic and reconstructive surgery service '
             '(breast and skin-cancer reconstruction, grafts, flaps), regional burn unit (sign-out lists, dressings, '
             'cultures, discharge summaries) and hand clinic and hand therapy (tendon repairs, splints, CNESST / WSIB '
             'reports), plus aesthetic-procedure enquiries, insurer letters, pharmacies, transport, youth-protection and '
             'social-work mail. Positives carry identifiable patient data; negatives are hard look-alikes written by the '
             'same staff (schedules, payroll, occupational health, job postings, newsletters with titled physicians, '
             'invoices and purchase orders with checksum-valid lot and serial numbers, inventories, blank forms, '
             'mail-merge templates, de-identified teaching cases, recalls, shortages, IT and facilities notices). '
             'Every person, institution, address and number is invented; domains end in `.example`, phones use 555-01xx.')
    L.append('')
    L.append('Seed: %d.' % SEED)
    L.append('')
    L.append('## Layout')
    L.append('')
    L.append('- `positive/pNNN_<category>.eml` — 120 confidential messages (p001 … p120)')
    L.append('- `negative/nNNN_<category>.eml` — 180 non-confidential hard negatives (n001 … n180)')
    L.append('- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`')
    L.append('- `generate.py` and `gen_*.py` — the generator (standard library, python-stdnum, reportlab, '
             'python-docx, openpyxl); reads only its own modules and `../blind_nams.txt`')
    L.append('')
    L.append('## Languages')
    L.append('')
    L.append('| lang | files |')
    L.append('|---|---|')
    for k in sorted(langs):
        L.append('| %s | %d |' % (k, langs[k]))
    L.append('')
    L.append('## Finding types (positives)')
    L.append('')
    L.append('| type | positives |')
    L.append('|---|---|')
    for t in FINDING_TYPES:
        L.append('| %s | %d |' % (t, tcount[t]))
    L.append('')
    L.append('## Definition used')
    L.append('')
    L.append(DEFINITION)
    L.append('')
    L.append('## Transports (files showing each feature)')
    L.append('')
    L.append('| feature | files |')
    L.append('|---|---|')
    for f in FEATURE_ORDER:
        L.append('| %s | %d |' % (f, feats.get(f, 0)))
    L.append('')
    L.append('## Regenerate')
    L.append('')
    L.append('```')
    L.append('python generate.py            # writes next to generate.py')
    L.append('python generate.py --out DIR  # writes into DIR (needs ../blind_nams.txt beside the generator)')
    L.append('```')
    L.append('')
    L.append('The run is deterministic (fixed seed, boundaries, Message-IDs, dates, ZIP/OOXML member times, '
             'reportlab invariant mode). After writing, the generator re-parses every file with '
             '`email.policy.default`, decodes every part (PDF, DOCX, XLSX, ZIP, nested .eml included), checks '
             'labels, NAM placement, identifier checksums and NAM-holder names in negatives, and exits non-zero '
             'on any failure.')
    L.append('')
    L.append('## Digest')
    L.append('')
    L.append('sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):')
    L.append('')
    L.append('`%s`' % dig)
    L.append('')
    with open(path, 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(L))
