"""Write README.md for the generated corpus."""
import json
import os

from gen_common import SEED

DEFINITION = """A message is **confidential** when a reader could identify a patient or research participant
(by name - with or without a title, surname first, lower case, initials with a surname -, RAMQ NAM,
Canadian SIN, Ontario health number, Belgian NISS, French NIR, or a hospital chart number / MRN,
possibly disguised with odd spacing, dots, slashes or full-width digits) **and** learn something
personal, medical or social about them (diagnosis, symptoms, medication, lab result, procedure,
appointment for care, birth date, home address or personal phone in a care context, social
situation), anywhere in the message: Subject, body, quoted reply, inline forward, attachment
(PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached .eml) or an attachment's file name.

**Not confidential**: staff information (schedules, leave, an employee's own occupational health,
HR, payroll), physicians named with the diseases they treat, conference speakers and topics,
aggregate statistics, newsletters, blank forms and templates, anonymised teaching cases and
datasets, pseudonymised reports that carry only subject codes, invoices and purchase orders,
serial / lot / asset numbers (even when they pass a checksum), clinic phone numbers and
addresses in signatures, IT and facilities mail, job postings, committee notices, drug-shortage
notices, research protocols without participants' identities."""


def write_readme(out, counts, feats, dg):
    with open(os.path.join(out, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    cats = {}
    for k, v in labels.items():
        c = k.split('/', 1)[1].split('_', 1)[1][:-4]
        key = ('positive' if v['confidential'] else 'negative', c)
        cats[key] = cats.get(key, 0) + 1
    lang_pn = {}
    for k, v in labels.items():
        key = ('positive' if v['confidential'] else 'negative', v['lang'])
        lang_pn[key] = lang_pn.get(key, 0) + 1
    L = ['# Held-out DLP corpus 93 - clinical research centre and clinical-trials unit', '',
         'Synthetic outbound e-mail of a clinical research centre and clinical-trials unit with sites in Quebec',
         '(Montreal, Gatineau) and Belgium (Brussels, Liege): participant recruitment and screening, adverse-event',
         'reports, study visits, research ethics board correspondence, data-monitoring exports, sponsor invoices,',
         'anonymised datasets and protocols. Mostly French (Quebec and Belgian usage) with about 40 % English.',
         'All people, institutions, studies, numbers and `*.example` domains are invented; RAMQ NAMs come only',
         'from `../blind_nams.txt`, always with their holder (same name, birth date and sex).', '',
         '## Layout', '',
         '- `positive/pNNN_<category>.eml` - %d confidential messages' % counts['positive'],
         '- `negative/nNNN_<category>.eml` - %d non-confidential (hard negative) messages' % counts['negative'],
         '- `labels.json` - `{path: {confidential, types, lang, note}}` for exactly these files',
         '- `generate.py` + `gen_*.py` - the generator (seed %d) and its self-check' % SEED,
         '- `README.md` - this file', '',
         '## Counts', '',
         '| | fr | en | total |', '|---|---|---|---|']
    for k in ('positive', 'negative'):
        fr, en = lang_pn.get((k, 'fr'), 0), lang_pn.get((k, 'en'), 0)
        L.append('| %s | %d | %d | %d |' % (k, fr, en, fr + en))
    L.append('| all | %d | %d | %d |' % (counts['lang'].get('fr', 0), counts['lang'].get('en', 0), counts['files']))
    L += ['', 'Finding types (number of positive messages labelled with each):', '', '| type | messages |', '|---|---|']
    for t, n in counts['types'].items():
        L.append('| `%s` | %d |' % (t, n))
    L += ['', 'Categories:', '']
    for (k, c), n in sorted(cats.items()):
        L.append('- %s / `%s`: %d' % (k, c, n))
    L += ['', '## Definition used', '', DEFINITION, '', '## Transports used', '',
          'Number of messages in which each feature occurs (a message can have several):', '']
    for f in sorted(feats):
        L.append('- `%s`: %d' % (f, feats[f]))
    L += ['', 'Bodies are plain text, HTML-only or multipart/alternative (some with a text/calendar part); attachments',
          'travel in multipart/mixed; consultations and notices are also attached as message/rfc822. Charsets utf-8,',
          'us-ascii, iso-8859-1 and windows-1252; transfer encodings 7bit, 8bit, quoted-printable and base64; CRLF and',
          'LF line endings; RFC 2047 (B and Q) encoded headers; RFC 2231 file names (single, continued, iso-8859-1) and',
          'RFC 2047-style file names as some clients write them.', '',
          '## Regenerate', '', '```', 'python generate.py            # writes next to generate.py',
          'python generate.py --out DIR  # writes elsewhere', '```', '',
          'Requires Python 3 with python-stdnum, reportlab, python-docx and openpyxl. ZIP, DOCX, XLSX and PDF',
          'timestamps are fixed, so two runs give identical bytes. The generator re-parses every file, decodes every',
          'part (PDF, DOCX, XLSX, ZIP, ICS, vCard, CSV, attached .eml), checks the labels (coverage, types, NAMs only',
          'in `ramq_nam` positives, a valid SIN / Ontario number / NISS / NIR for each such label, no NAM holder name',
          'in a negative) and prints the counts and the digest.', '',
          '## Digest', '',
          'sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json`, in sorted path order, each as',
          '`path NUL bytes NUL`:', '', '```', dg, '```', '']
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(L))
