"""Writes README.md (counts, definition, transports, digest)."""
import os
from collections import Counter


def write(root, labels, transports, summary, seed):
    langs = Counter((v['confidential'], v['lang']) for v in labels.values())
    types = Counter(t for v in labels.values() for t in v['types'])
    cats_p = Counter(k.split('_', 1)[1][:-4] for k in labels if k.startswith('positive/'))
    cats_n = Counter(k.split('_', 1)[1][:-4] for k in labels if k.startswith('negative/'))
    L = ['# Held-out DLP corpus 103 — urology', '',
         'Synthetic outbound e-mail of a Québec health-care organisation, **urology flavour**: prostate clinic and PSA follow-up, '
         'kidney stones and lithotripsy (ESWL/LEOC, ureteroscopy), incontinence and pelvic-floor care, cystoscopy bookings, '
         'vasectomy, urodynamics. French-Canadian and English. Every person, institution, address and number is invented '
         '(`*.example` domains, 555-01xx phones); RAMQ NAMs come only from `../blind_nams.txt`, always with their holder.', '',
         '## Layout', '',
         '- `positive/pNNN_<category>.eml` — %d confidential messages' % sum(1 for v in labels.values() if v['confidential']),
         '- `negative/nNNN_<category>.eml` — %d non-confidential messages (hard negatives)' % sum(1 for v in labels.values() if not v['confidential']),
         '- `labels.json` — `{path: {confidential, types, lang, note}}` for exactly these files',
         '- `generate.py` + `gen_*.py` — the generator (seed %d) and its self-check' % seed, '',
         '## Counts', '',
         '| set | fr | en | total |', '| --- | --- | --- | --- |',
         '| positive | %d | %d | %d |' % (langs[(True, 'fr')], langs[(True, 'en')], langs[(True, 'fr')] + langs[(True, 'en')]),
         '| negative | %d | %d | %d |' % (langs[(False, 'fr')], langs[(False, 'en')], langs[(False, 'fr')] + langs[(False, 'en')]), '',
         'Finding types over positives (a message counts once per type):', '']
    L += ['- `%s`: %d' % kv for kv in sorted(types.items())]
    L += ['', 'Positive categories: ' + ', '.join('%s (%d)' % kv for kv in sorted(cats_p.items())), '',
          'Negative categories: ' + ', '.join('%s (%d)' % kv for kv in sorted(cats_n.items())), '',
          '## Definition used', '',
          'A message is confidential when a reader could identify a patient (name in any form — with or without title, surname first, '
          'lower case, initials with surname —, RAMQ NAM, SIN, Ontario health number, Belgian NISS, French NIR or chart number/MRN, '
          'possibly disguised by spacing, dots, slashes or full-width digits) **and** learn something personal, medical or social about them, '
          'anywhere: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached .eml) '
          'or an attachment file name. Staff information (rosters, leave, occupational health, payroll), physicians named with the diseases '
          'they treat, conference programmes, aggregate statistics, newsletters, blank forms and templates, anonymised teaching cases, '
          'invoices and purchase orders, serial/lot/asset numbers (some pass a Luhn check), clinic phone numbers, IT/facilities mail, '
          'job postings, committee notices, drug-shortage notices and research protocols without participants are not confidential.', '',
          '## Transports used', '',
          'Body structures, charsets, transfer encodings, line endings and header/file-name encodings actually emitted '
          '(number of messages using each):', '']
    L += ['- %s: %d' % kv for kv in sorted(transports.items())]
    L += ['', 'Plus RFC 2047 encoded Subject/From/To (B and Q, utf-8, iso-8859-1, windows-1252) and RFC 2231 file names '
          '(simple and continued).', '',
          '## Regenerate', '', '```', 'python generate.py            # rewrites positive/, negative/, labels.json, README.md here',
          'python generate.py --out DIR  # elsewhere', '```', '',
          'Requires python-stdnum, reportlab, python-docx, openpyxl. Output is byte-identical between runs (fixed seed, fixed '
          'dates in PDF/DOCX/XLSX/ZIP, boundaries and Message-IDs drawn from the seeded generator). The self-check re-parses every '
          'file with `email.policy.default`, decodes every part and attachment, and verifies the labels.', '',
          '## Digest', '',
          'sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):', '',
          '`%s`' % summary['digest'], '']
    with open(os.path.join(root, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(L))
