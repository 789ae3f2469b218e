"""Writes README.md for the generated corpus."""
import collections
import os


def write(out, labels, langs, types, transports, digest, seed):
    pos = sorted(k for k in labels if k.startswith('positive/'))
    neg = sorted(k for k in labels if k.startswith('negative/'))
    lang_tot = collections.Counter(v['lang'] for v in labels.values())
    cats_p = collections.Counter(k.split('_', 1)[1][:-4] for k in pos)
    cats_n = collections.Counter(k.split('_', 1)[1][:-4] for k in neg)
    L = []
    L.append('# Held-out DLP corpus 98 — dermatology & plastic-surgery clinic with teledermatology\n')
    L.append('Synthetic outbound e-mail of a private dermatology and plastic-surgery clinic with a teledermatology '
             'service (lesion photos, biopsy results, melanoma follow-up, biologics for psoriasis, cosmetic quotes and '
             'invoices, wound care), with sites in Quebec and New Brunswick; about half French, half English. '
             'All people, institutions, addresses and numbers are invented (`*.example` domains, 555-01xx phones); '
             'RAMQ NAMs come only from `../blind_nams.txt`, always with their holder.\n')
    L.append('## Layout\n')
    L.append('- `positive/pNNN_<category>.eml` — %d confidential messages' % len(pos))
    L.append('- `negative/nNNN_<category>.eml` — %d non-confidential messages (hard negatives)' % len(neg))
    L.append('- `labels.json` — `{path: {confidential, types, lang, note}}` for exactly these files')
    L.append('- `generate.py` + `gen_common.py`, `gen_ctx.py`, `gen_vocab.py`, `gen_util.py`, `gen_mime.py`, '
             '`gen_attach.py`, `gen_pos_a/b/c.py`, `gen_neg_a/b/c.py`, `gen_check.py`, `gen_readme.py`\n')
    L.append('## Counts\n')
    L.append('| | fr | en | total |')
    L.append('|---|---|---|---|')
    for kind in ('positive', 'negative'):
        L.append('| %s | %d | %d | %d |' % (kind, langs.get((kind, 'fr'), 0), langs.get((kind, 'en'), 0),
                                            langs.get((kind, 'fr'), 0) + langs.get((kind, 'en'), 0)))
    L.append('| all | %d | %d | %d |\n' % (lang_tot['fr'], lang_tot['en'], len(labels)))
    L.append('Finding types (number of positives listing each type):\n')
    L.append('| type | positives |')
    L.append('|---|---|')
    for t, n in sorted(types.items()):
        L.append('| `%s` | %d |' % (t, n))
    L.append('')
    L.append('Positive categories: ' + ', '.join('%s (%d)' % kv for kv in sorted(cats_p.items())) + '.\n')
    L.append('Negative categories: ' + ', '.join('%s (%d)' % kv for kv in sorted(cats_n.items())) + '.\n')
    L.append('## Definition used\n')
    L.append('A message is confidential when a reader could identify a patient (name in any form — with or without a '
             'title, surname first, lower case, initials with surname —, RAMQ NAM, SIN, Ontario health number, Belgian '
             'NISS, French NIR, or a clinic/hospital chart number, possibly disguised by spacing, dots, slashes or '
             'full-width characters) and learn something personal, medical or social about them (diagnosis or '
             'procedure, symptoms, medication, lab or pathology result, appointment for care, birth date, home address or '
             'personal phone in a care context, social situation), anywhere in the message: Subject, body, quoted reply, '
             'inline forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached .eml) or attachment file name.\n')
    L.append('Not confidential: staff information (schedules, leave, occupational health, HR, payroll), physicians named '
             'with the conditions they treat, conference speakers and topics, aggregate statistics, newsletters, blank '
             'forms and templates, anonymised teaching cases, supplier invoices and purchase orders, serial / lot / asset '
             'and business numbers (some pass a Luhn check), clinic contact details in signatures, IT and facilities '
             'notices, job postings, committee notices, drug-shortage notices, research protocols without participants.\n')
    L.append('## Transports used\n')
    L.append('Plain text, HTML-only, multipart/alternative, multipart/mixed with attachments, message/rfc822; charsets '
             'utf-8, us-ascii, iso-8859-1, windows-1252; 7bit, 8bit, quoted-printable and base64; CRLF and LF line '
             'endings; RFC 2047 encoded headers (B and Q, whole or per word); RFC 2231 file names (with continuations) and '
             'RFC 2047 file names; HTML with character entities; format=flowed; inline text/calendar.\n')
    L.append('Observed in the self-check (parts / messages):\n')
    L.append('```')
    for k, v in sorted(transports.items()):
        L.append('%-40s %d' % (k, v))
    L.append('```\n')
    L.append('## Regenerate\n')
    L.append('```')
    L.append('python generate.py            # writes next to generate.py (seed %d)' % seed)
    L.append('python generate.py --out DIR  # writes elsewhere')
    L.append('```\n')
    L.append('The generator is deterministic (seeded RNG, fixed MIME boundaries and Message-IDs, fixed timestamps inside '
             'ZIP/DOCX/XLSX, reportlab invariant PDFs) and runs a self-check: it re-parses every file with '
             '`email.policy.default`, decodes every part and attachment (PDF, DOCX, XLSX, ZIP, ICS, vCard, CSV, .eml), '
             'checks that labels cover exactly the files, that NAMs occur exactly in positives labelled `ramq_nam`, that '
             'SIN / NISS / NIR / health-number labels match a valid number in the decoded text, and that no NAM holder\'s '
             'name appears in a negative.\n')
    L.append('## Digest\n')
    L.append('sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):\n')
    L.append('`%s`' % digest)
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(L) + '\n')
