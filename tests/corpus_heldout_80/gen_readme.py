"""Write README.md: description, counts, transports observed in the files, digest."""
import email
import email.policy
import os
import re
from collections import Counter


def transport_stats(out, files):
    c = Counter()
    for rel in files:
        with open(os.path.join(out, rel), 'rb') as fh:
            data = fh.read()
        c['CRLF line endings' if b'\r\n' in data else 'LF line endings'] += 1
        head = data.split(b'\r\n\r\n' if b'\r\n' in data else b'\n\n', 1)[0]
        if re.search(rb'=\?[\w-]+\?[BbQq]\?', head):
            c['RFC 2047 encoded headers'] += 1
        if re.search(rb'filename\*(0\*)?=', data):
            c['RFC 2231 file names'] += 1
        msg = email.message_from_bytes(data, policy=email.policy.default)
        top = msg.get_content_type()
        c['top-level ' + top] += 1
        for part in msg.walk():
            ct = part.get_content_type()
            if ct == 'message/rfc822':
                c['message/rfc822 parts'] += 1
            cs = part.get_param('charset')
            if cs and not part.is_multipart() and ct.startswith('text/'):
                c['charset ' + str(cs).lower()] += 1
            cte = part.get('Content-Transfer-Encoding')
            if cte and not part.is_multipart():
                c['CTE ' + str(cte).lower()] += 1
            fn = part.get_filename()
            if fn:
                ext = fn.rsplit('.', 1)[-1].lower() if '.' in fn else '(none)'
                c['attachment .' + ext] += 1
    return c


DEFINITION = """A message is **confidential** when a reader could identify a patient (by name in any form — full name, title and
surname, surname first, lower case, initial and surname —, RAMQ NAM, Canadian SIN, Ontario health number, Belgian NISS,
French NIR, or a hospital chart number / MRN, possibly disguised with spaces, dots, dashes, slashes or full-width
characters) **and** learn something personal, medical or social about that patient (diagnosis, symptoms, medication,
lab result, procedure, appointment for care, birth date, home address or personal phone in a care context, social
situation), anywhere in the message: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX, XLSX, CSV,
ICS, vCard, ZIP, attached .eml) or an attachment's file name.

Not confidential: staff information (schedules, leave, occupational health, HR, payroll), physicians named with the
diseases they treat, speakers and topics, aggregate statistics, newsletters, blank forms and templates, anonymised
teaching cases, invoices and purchase orders, lot / serial / asset numbers (some pass a Luhn check), clinic phone
numbers and addresses in signatures, IT and facilities mail, job postings, committee notices, drug shortages,
research protocols without participants' identities."""


def write_readme(out, seed, labels, summary):
    files = sorted(labels)
    tstats = transport_stats(out, files)
    langs = summary['languages']
    lines = [
        '# Held-out DLP corpus 80 — fertility, genetics / prenatal and sexual-health clinics',
        '',
        'Synthetic outbound e-mail of a Quebec university hospital (invented: *CHU Boréal*): a fertility clinic (IVF cycle',
        'coordination, embryology, donor programmes), a medical genetics and prenatal screening service (genetic results,',
        'family letters, NIPT, ultrasound follow-ups) and a sexual-health clinic (STI results, partner notification, PrEP',
        'follow-up), with hard negatives (lab accreditation, genetics rounds, journal clubs, research protocols, clinic',
        'schedules, patient-education leaflets, statistics, HR, suppliers, IT...). Mostly French-Canadian, about a third',
        'English. Every person, institution, number and address is invented (`*.example` domains, 555-01xx phones); RAMQ',
        'NAMs come only from `../blind_nams.txt`, each always shown with its own holder.',
        '',
        '## Layout',
        '',
        '- `positive/pNNN_<category>.eml` — %d confidential messages' % summary['positive'],
        '- `negative/nNNN_<category>.eml` — %d non-confidential messages' % summary['negative'],
        '- `labels.json` — `{path: {confidential, types, lang, note}}` for exactly these files',
        '- `generate.py` and `gen_*.py` — the generator (standard library, python-stdnum, reportlab, python-docx, openpyxl)',
        '',
        '## Counts',
        '',
        '| side | fr | en | total |',
        '| --- | --- | --- | --- |',
    ]
    for side in ('positive', 'negative'):
        d = langs.get(side, {})
        lines.append('| %s | %d | %d | %d |' % (side, d.get('fr', 0), d.get('en', 0), d.get('fr', 0) + d.get('en', 0)))
    lines += ['', 'Finding types (number of positive messages carrying each label):', '', '| type | messages |', '| --- | --- |']
    for t, n in summary['types'].items():
        lines.append('| `%s` | %d |' % (t, n))
    lines += ['', '## Definition used', '', DEFINITION, '', '## Transports used', '',
              'Counts over all %d files (a file may count in several rows):' % len(files), '']
    for k in sorted(tstats):
        lines.append('- %s: %d' % (k, tstats[k]))
    lines += ['', '## Regenerate', '', '```',
              'python generate.py            # writes positive/, negative/, labels.json, README.md here',
              'python generate.py --out DIR  # writes them elsewhere',
              '```', '',
              'Seed %d. Output is byte-identical across runs (fixed dates in ZIP, DOCX, XLSX and PDF, explicit MIME '
              'boundaries). The generator ends with a self-check: it re-parses every file with '
              '`email.policy.default`, decodes every part (PDF, DOCX, XLSX, ZIP, ICS, vCard, CSV, attached .eml), checks '
              'the labels, the NAMs (exactly in the positives labelled `ramq_nam`, with their holder), the SIN / OHIP / '
              'NISS / NIR checksums and that no NAM holder\'s name appears in a negative, then prints the counts and the '
              'digest.' % seed, '',
              '## Digest', '',
              'sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json`, sorted by path, each as '
              'path, NUL, bytes, NUL:', '', '```', summary['digest'], '```', '']
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(lines))
