"""README writer."""
import os

from gen_check import FEATURE_ROWS
from gen_common import SEED, TYPES

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


def write_readme(out, labels, features, dig):
    langs = {}
    tcount = {t: 0 for t in TYPES}
    for k, v in labels.items():
        langs[v['lang']] = langs.get(v['lang'], 0) + 1
        for t in v['types']:
            tcount[t] += 1
    lines = ['# Held-out corpus 202 — sexual health (STBBI) screening clinic and travel medicine / vaccination clinic', '',
             'Synthetic outbound e-mail of an invented combined clinic in the Outaouais: a sexual health and STBBI '
             'screening service (partner notification, PrEP and doxy-PEP follow-up, laboratory results, notifiable '
             'disease reports to public health) and a travel medicine and vaccination service (pre-travel '
             'consultations, yellow fever certificates and exemptions, prescriptions to pharmacies, insurer forms). '
             'Positives are messages from which a patient can be identified together with something personal about '
             'them; negatives are the clinic\'s ordinary non-patient mail (schedules, HR and payroll, newsletters, '
             'committee notices, conference programmes, invoices, purchase orders, inventories, IT and facilities, '
             'aggregate statistics, teaching cases, blank forms and templates), written to be hard. Every person, '
             'institution, address and number is invented; RAMQ NAMs come from `../blind_nams.txt`.', '',
             f'Seed: {SEED}.', '', '## Layout', '',
             '- `positive/pNNN_<category>.eml` — 120 confidential messages',
             '- `negative/nNNN_<category>.eml` — 180 non-confidential messages',
             '- `labels.json` — per file: `confidential`, `types`, `lang`, `note`',
             '- `generate.py` with `gen_common.py`, `gen_docs.py`, `gen_mime.py`, `gen_pos_fr.py`, `gen_pos_en.py`, '
             '`gen_neg_fr.py`, `gen_neg_en.py`, `gen_check.py`, `gen_readme.py` — the generator and its checks', '',
             '## Languages', '', '| lang | files |', '|---|---|']
    for l in sorted(langs):
        lines.append(f'| {l} | {langs[l]} |')
    lines += ['', '## Finding types (positives)', '', '| type | positives |', '|---|---|']
    for t in TYPES:
        lines.append(f'| {t} | {tcount[t]} |')
    lines += ['', '## Definition used', '', DEFINITION, '', '## Transports (files showing each feature)', '',
              '| feature | files |', '|---|---|']
    for name, pred in FEATURE_ROWS:
        lines.append(f'| {name} | {sum(1 for s in features.values() if pred(s))} |')
    lines += ['', '## Regenerate', '', '```', 'python generate.py            # writes next to generate.py',
              'python generate.py --out DIR  # writes elsewhere', '```', '',
              'Needs python-stdnum, reportlab, python-docx and openpyxl. The generator re-parses every file, decodes '
              'every part and checks labels and identifiers; it exits non-zero on any failure. Output is byte-identical '
              'on every run.', '', '## Digest', '',
              'sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):', '',
              f'`{dig}`', '']
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(lines))
