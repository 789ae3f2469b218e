"""Writes README.md for the corpus."""
import os
from collections import Counter

DEFINITION = """A message is **confidential** when a reader could identify a patient (by name — with or without a
title, surname first, in lower case, initials with a surname —, RAMQ NAM, Canadian SIN, Ontario health number,
Belgian NISS, French NIR, or a hospital chart number / MRN, possibly disguised with odd spacing, dots, slashes or
full-width digits) **and** learn something personal, medical or social about them (diagnosis, symptoms,
medication, lab result, procedure, appointment for care, birth date, home address or personal phone in a care
context, social situation), anywhere in the message: Subject, body, quoted reply, inline forward, attachment (PDF,
DOCX, XLSX, CSV, ICS, vCard, ZIP, attached .eml) or an attachment's file name.

**Not confidential**: staff information (schedules, leave, an employee's occupational health, HR, payroll),
physicians named with the diseases they treat, conference speakers and topics, aggregate statistics, newsletters,
blank forms and templates, anonymised teaching cases, invoices and purchase orders, serial / lot / asset numbers
(even when they pass a checksum), clinic phone numbers and addresses in signatures, IT and facilities mail, job
postings, committee notices, drug-shortage notices, research protocols without participants' identities."""


def _table(counter, head):
    lines = [f'| {head} | count |', '| --- | ---: |']
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f'| {k} | {v} |')
    return '\n'.join(lines)


def write_readme(out, seed, npos, nneg, labels, langs, types, stats, digest):
    lp = Counter(v['lang'] for k, v in labels.items() if v['confidential'])
    ln = Counter(v['lang'] for k, v in labels.items() if not v['confidential'])
    cats_p = Counter(k.split('_', 1)[1][:-4] for k, v in labels.items() if v['confidential'])
    cats_n = Counter(k.split('_', 1)[1][:-4] for k, v in labels.items() if not v['confidential'])
    text = f"""# Held-out DLP corpus 108 — rheumatology & infusion clinic

Synthetic, labelled outbound e-mail of an invented Quebec **rheumatology and infusion clinic** (arthritis, lupus,
biologic infusions, osteoporosis, gout), its **liaison pharmacy** (community and specialty pharmacies, patient-support
programmes) and its **insurer prior-authorisation** mail (private insurers, RAMQ exception drugs, Ontario EAP,
Belgian chapter IV, French reimbursement), mixed French (Canadian) and English, together with the clinic's ordinary
administrative mail (HR, schedules, IT, facilities, supply chain, committees, newsletters).

All people, organisations, addresses (`*.example` domains, 555-01xx phone numbers) and numbers are invented. RAMQ
NAMs come only from `../blind_nams.txt`, always with their holder's name, birth date and sex. SIN, Ontario health
numbers, NISS and NIR are generated and validated with python-stdnum (Ontario: Luhn).

## Layout

- `positive/pNNN_<category>.eml` — {npos} confidential messages
- `negative/nNNN_<category>.eml` — {nneg} non-confidential messages (hard negatives)
- `labels.json` — `{{"positive/p001_x.eml": {{"confidential": true, "types": [...], "lang": "fr"|"en", "note": "..."}}, ...}}`
- `generate.py` + `gen_*.py` — the generator (seed {seed}); `README.md` — this file

## Languages

| set | fr | en |
| --- | ---: | ---: |
| positive | {lp.get('fr', 0)} | {lp.get('en', 0)} |
| negative | {ln.get('fr', 0)} | {ln.get('en', 0)} |
| total | {lp.get('fr', 0) + ln.get('fr', 0)} | {lp.get('en', 0) + ln.get('en', 0)} |

## Finding types (positives carrying each type)

{_table(types, 'type')}

## Categories

Positive:

{_table(cats_p, 'category')}

Negative:

{_table(cats_n, 'category')}

## Definition used

{DEFINITION}

## Transports used

Message structure (a message with an attached .eml is also counted as multipart/mixed):

{_table(stats['structure'], 'structure')}

Body charset:

{_table(stats['charset'], 'charset')}

Body Content-Transfer-Encoding:

{_table(stats['cte'], 'transfer encoding')}

Line endings:

{_table(stats['eol'], 'line ending')}

Headers (Subject / display names):

{_table(stats['headers'], 'header encoding')}

Attachment file-name encoding:

{_table(stats['filename'], 'file name')}

Attachments:

{_table(stats['attachment'], 'kind')}

## Regenerate

```
/path/to/python generate.py            # writes next to generate.py
/path/to/python generate.py --out DIR  # writes into DIR (copies the generator there)
```

Standard library plus python-stdnum, reportlab, python-docx and openpyxl. Output is deterministic (seed {seed};
fixed timestamps inside PDF, DOCX, XLSX and ZIP). The generator re-parses every file with
`email.message_from_bytes(..., policy=email.policy.default)`, decodes every part and attachment, checks the labels
(coverage, types, NAM placement, validity of SIN / health number / NISS / NIR, no NAM holder in a negative) and prints
the counts and the digest.

## Digest

SHA-256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):

`{digest}`
"""
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(text)
