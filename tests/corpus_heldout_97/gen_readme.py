"""Write README.md for the generated corpus."""
import os

from gen_check import TYPES


def _table(d):
    return ', '.join('%s %d' % (k, v) for k, v in sorted(d.items(), key=lambda kv: (-kv[1], kv[0])))


def write_readme(out, counts, digest, stats, seed):
    lines = [
        '# Held-out DLP corpus 97 - stroke unit, neurology clinics and rehabilitation centre',
        '',
        'Synthetic outbound e-mail of a Quebec neuroscience programme: a stroke unit (code stroke, '
        'thrombolysis and thrombectomy transfers, repatriation), speech-language (aphasia, swallowing), '
        'physiotherapy and occupational therapy notes, rehabilitation bed requests, driving and '
        'return-to-work, epilepsy and multiple-sclerosis clinics, spasticity clinic, social work, and the '
        'usual administrative mail of such a programme. About 60 % French (Quebec) and 40 % English.',
        'All people, institutions, numbers, `*.example` domains and 555-01xx phone numbers are invented; '
        'RAMQ NAMs come only from `../blind_nams.txt` and are always used with their holder.',
        '',
        '## Layout',
        '',
        '- `positive/pNNN_<category>.eml` - %d confidential messages' % counts['positive'],
        '- `negative/nNNN_<category>.eml` - %d non-confidential messages (hard negatives)' % counts['negative'],
        '- `labels.json` - per file: `confidential`, `types`, `lang`, `note`',
        '- `generate.py` + `gen_*.py` - the generator (data, MIME composer, attachments, templates, self-check)',
        '',
        '## Counts',
        '',
        '- files: %d (positive %d, negative %d)' % (counts['files'], counts['positive'], counts['negative']),
        '- languages: ' + ', '.join('%s %d' % kv for kv in sorted(counts['lang'].items())) + ' (' +
        ', '.join('%s %d' % kv for kv in sorted(counts['lang_by_class'].items())) + ')',
        '- finding types (number of positive files labelled with each):',
    ]
    for t in TYPES:
        lines.append('  - `%s`: %d' % (t, counts['types'].get(t, 0)))
    lines += [
        '',
        '## Definition used',
        '',
        'A message is confidential when a reader could identify a patient (name in any form - with or '
        'without title, surname first, lower case, initials with surname - or a RAMQ NAM, Canadian SIN, '
        'Ontario health number, Belgian NISS, French NIR or hospital chart number, possibly disguised by '
        'spacing, dots, slashes or full-width digits) and learn something personal, medical or social '
        'about them (diagnosis, symptoms, medication, lab result, procedure, appointment for care, birth '
        'date, home address or personal phone in a care context, social situation), anywhere in the '
        'message: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX, XLSX, CSV, ICS, '
        'vCard, ZIP, attached .eml) or an attachment file name.',
        '',
        'Not confidential: staff information (schedules, leave, an employee\'s own occupational health, '
        'HR, payroll), physicians named with the diseases they treat, conference speakers and topics, '
        'aggregate statistics, newsletters, blank forms and templates, anonymised teaching cases, '
        'invoices and purchase orders, serial / lot / asset numbers (even checksum-valid ones), clinic '
        'phone numbers and addresses in signatures, IT and facilities mail, job postings, committee '
        'notices, drug-shortage notices, research protocols without participant identities.',
        '',
        '## Transports used',
        '',
        'Counts below include the inner messages of attached .eml files.',
        '',
        '- structures: ' + _table(stats['structure']),
        '- body charsets: ' + _table(stats['charset']),
        '- body transfer encodings: ' + _table(stats['cte']),
        '- line endings: ' + _table(stats['eol']),
        '- header encodings (B / Q RFC 2047, partial encoded words, raw 8-bit): ' + _table(stats['hdr']),
        '- attachment file-name styles (plain, RFC 2231, RFC 2231 continuations, ISO-8859-1 RFC 2231, '
        'RFC 2047 in quoted string): ' + _table(stats['fname']),
        '- attachments: PDF (reportlab, compressed and uncompressed), DOCX, XLSX, CSV (text/csv and '
        'application/vnd.ms-excel), ICS (attached and as meeting request), vCard, ZIP, message/rfc822.',
        '',
        '## Regenerate',
        '',
        '```',
        'python generate.py            # writes next to generate.py',
        'python generate.py --out DIR  # writes elsewhere',
        '```',
        '',
        'Seed %d. Output is byte-identical between runs (fixed timestamps in ZIP/DOCX/XLSX/PDF, '
        'seeded boundaries and Message-IDs). The generator re-parses every file with '
        '`email.policy.default`, decodes every part and attachment and checks labels, identifiers and '
        'NAM holders before printing counts and the digest.' % seed,
        '',
        '## Digest',
        '',
        'sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, '
        'bytes, NUL):',
        '',
        '`%s`' % digest,
        '',
    ]
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(lines))
