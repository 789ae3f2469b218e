"""Write README.md with counts, transports actually present and the digest."""
import collections
import email
import email.policy
import json
import os
import re


def _transport_stats(outdir):
    st = collections.Counter()
    for sub in ('positive', 'negative'):
        for f in sorted(os.listdir(os.path.join(outdir, sub))):
            raw = open(os.path.join(outdir, sub, f), 'rb').read()
            st['CRLF line endings' if b'\r\n' in raw else 'LF line endings'] += 1
            head = raw.split(b'\n\n', 1)[0].split(b'\r\n\r\n', 1)[0]
            if re.search(rb'^Subject:.*=\?', head, re.M | re.I):
                st['RFC 2047 encoded Subject'] += 1
            if re.search(rb'filename\*(0\*)?=', raw):
                st['RFC 2231 file names'] += 1
            msg = email.message_from_bytes(raw, policy=email.policy.compat32)
            st['top-level ' + msg.get_content_type()] += 1
            for part in msg.walk():
                ct = part.get_content_type()
                if ct.startswith('multipart/'):
                    continue
                if ct == 'message/rfc822':
                    st['message/rfc822 attachment'] += 1
                cs = part.get_content_charset()
                if cs and part.get_content_maintype() == 'text':
                    st['charset ' + cs] += 1
                cte = (part.get('Content-Transfer-Encoding') or '7bit (implicit)').lower()
                st['CTE ' + cte] += 1
                if part.get_filename():
                    ext = part.get_filename().rsplit('.', 1)[-1].lower()
                    st['attachment .' + ext] += 1
    return st


def write(outdir, counts, tcount, dg, seed):
    st = _transport_stats(outdir)
    labels = json.load(open(os.path.join(outdir, 'labels.json'), encoding='utf-8'))
    pos_fr = sum(1 for k, v in labels.items() if v['confidential'] and v['lang'] == 'fr')
    neg_fr = sum(1 for k, v in labels.items() if not v['confidential'] and v['lang'] == 'fr')
    lines = [
        '# Synthetic DLP corpus — held-out set 84: pre-hospital care and patient flow',
        '',
        'Flavour: ambulance services and paramedics\' run reports, 911 dispatch follow-ups, inter-hospital',
        'transfers and air medevac, Info-Santé 811 nurse callbacks, poison centre consultations,',
        'telehealth/teleconsultation bookings, bed management and a regional transfer centre (CORTI,',
        'COOLSI-style), plus their harmless mail (fleet maintenance, shift bids, training, response-time',
        'statistics, protocol updates...). About 55 % French-Canadian and 45 % English.',
        '',
        'All people, organisations, addresses, phone numbers (555-01xx) and `*.example` domains are invented.',
        'RAMQ NAMs come only from `../blind_nams.txt`, always with the same person (name, birth date, sex).',
        'SIN, Ontario health numbers, Belgian NISS and French NIR are generated valid and checked with python-stdnum.',
        '',
        '## Layout',
        '',
        '- `positive/pNNN_<category>.eml` — %d confidential messages' % counts['positive'],
        '- `negative/nNNN_<category>.eml` — %d non-confidential messages (hard negatives)' % counts['negative'],
        '- `labels.json` — `{"positive/p001_x.eml": {"confidential": true, "types": [...], "lang": "fr"|"en", "note": "..."}}`',
        '- `generate.py` + `gen_common.py`, `gen_mime.py`, `gen_attach.py`, `gen_text.py`, `gen_people.py`,',
        '  `gen_pos_a.py`, `gen_pos_b.py`, `gen_pos_c.py`, `gen_neg_a.py`, `gen_neg_b.py`, `gen_neg_c.py`,',
        '  `gen_check.py` (self-check), `gen_readme.py` (this file)',
        '',
        '## Counts',
        '',
        '| | files | fr | en |',
        '|---|---|---|---|',
        '| positive | %d | %d | %d |' % (counts['positive'], pos_fr, counts['positive'] - pos_fr),
        '| negative | %d | %d | %d |' % (counts['negative'], neg_fr, counts['negative'] - neg_fr),
        '| total | %d | %d | %d |' % (counts['files'], counts['fr'], counts['en']),
        '',
        'Finding types (number of positive files listing each):',
        '',
    ]
    lines += ['- `%s`: %d' % (t, n) for t, n in tcount.items()]
    lines += [
        '',
        '## Definition used',
        '',
        'A message is confidential when a reader could identify a patient (name in any form — with or without a',
        'title, surname first, lower case, initial + surname —, RAMQ NAM, SIN, Ontario health number, Belgian NISS,',
        'French NIR, or chart number/MRN, possibly disguised with spacing, dots, slashes or full-width digits) and',
        'learn something personal, medical or social about them, anywhere: Subject, body, quoted reply, inline',
        'forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached .eml) or an attachment\'s file name.',
        'Staff information (schedules, HR, payroll, an employee\'s occupational health), physicians with the',
        'diseases they treat, speakers and topics, aggregate statistics, newsletters, blank forms, anonymised',
        'teaching cases, invoices, serial/lot/asset numbers (even checksum-valid), IT/facilities mail, job postings,',
        'committee notices, drug shortages and research protocols without participants are not confidential.',
        '',
        '## Transports present (counted over all files / MIME parts)',
        '',
    ]
    lines += ['- %s: %d' % (k, v) for k, v in sorted(st.items())]
    lines += [
        '',
        '## Regenerate',
        '',
        '```',
        'python generate.py            # writes next to generate.py',
        'python generate.py --out DIR  # writes elsewhere',
        '```',
        '',
        'Seed %d; standard library + python-stdnum, reportlab, python-docx, openpyxl. ZIP/DOCX/XLSX entries' % seed,
        'and document properties use fixed timestamps and reportlab runs in invariant mode, so two runs give',
        'identical bytes. The self-check re-parses every file, decodes every part and attachment and verifies the',
        'labels, then prints counts and the digest.',
        '',
        '## Digest',
        '',
        'sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):',
        '',
        '`%s`' % dg,
        '',
    ]
    with open(os.path.join(outdir, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(lines))
