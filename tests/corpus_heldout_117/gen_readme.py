"""Writes README.md for the corpus."""
import os

from gen_base import SEED

TEXT = """# Held-out DLP corpus 117 – hospice and palliative home care

Synthetic, labelled outbound e-mail of a hospice and palliative home-care programme (Maison de soins palliatifs
Le Havre-des-Pins, palliative care consult team of the Val-des-Érables regional hospital, CLSC home-care nurses,
medical assistance in dying coordination, bereavement follow-up, volunteers, community pharmacy for comfort
medication, pain and symptom management, paediatric respite), together with the ordinary administrative mail of
such services. Everything is invented: people, institutions, `*.example` domains, 555-01xx phone numbers. RAMQ
numbers come only from `../blind_nams.txt` and are always shown with their holder.

Seed: {seed}.

## Layout

- `positive/pNNN_<category>.eml` – {npos} confidential messages
- `negative/nNNN_<category>.eml` – {nneg} non-confidential messages (hard negatives)
- `labels.json` – per file: `confidential`, `types`, `lang`, `note`
- `generate.py` + `gen_*.py` – the generator (`gen_base` identifiers and people, `gen_clin` vocabulary,
  `gen_common` writing helpers, `gen_pool` patients, `gen_files` attachments, `gen_mime` MIME writer,
  `gen_pos1..3` positive templates, `gen_neg1..3` negative templates, `gen_check` self-check, `gen_readme`)

## Counts

Languages: {langs} ({langs_class})

Finding types (number of positives listing each):

{types}

## Definition used

A message is confidential when a reader could identify a patient (name in any form, RAMQ NAM, SIN, Ontario health
number, Belgian NISS, French NIR, hospital chart number, possibly disguised) and learn something personal, medical
or social about them (diagnosis, symptoms, medication, lab result, care appointment, birth date, home address or
personal phone in a care context, social situation), anywhere in the message: headers, body, quoted or forwarded
text, attachments (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached e-mail) or attachment file names.
Not confidential: staff information (schedules, leave, occupational health, HR, payroll), physicians named with the
diseases they treat, conference speakers and topics, aggregate statistics, newsletters, blank forms, anonymised
teaching cases, invoices and purchase orders, serial / lot / asset numbers (even when they pass a checksum), clinic
contact details, IT and facilities mail, job postings, committee notices, drug-shortage notices, research protocols
without participants.

## Transports used

Counts of MIME features produced (parts and headers, attached messages included):

{stats}

Line endings vary between CRLF and LF per message; non-ASCII headers use RFC 2047 (B and Q, utf-8, iso-8859-1,
windows-1252); non-ASCII file names use RFC 2231 (sometimes with continuations) or RFC 2047 in quotes.

## Regenerate

    /path/to/python generate.py            # writes next to generate.py
    /path/to/python generate.py --out DIR  # writes elsewhere

Requires python-stdnum, reportlab, python-docx and openpyxl. ZIP, DOCX, XLSX and PDF timestamps are fixed, so
two runs give identical bytes. The generator re-parses and checks every file, then prints counts and the digest.

## Digest

sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):

    {digest}
"""


def write(out, counts, stats, digest, nam_used):
    langs = ', '.join('%s %d' % kv for kv in sorted(counts['lang'].items()))
    langs_class = ', '.join('%s %d' % kv for kv in sorted(counts.get('lang_class', {}).items()))
    types = '\n'.join('- `%s`: %d' % kv for kv in counts['types'].items())
    st = '\n'.join('- %s: %d' % kv for kv in sorted(stats.items()))
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(TEXT.format(seed=SEED, npos=counts['positive'], nneg=counts['negative'], langs=langs, langs_class=langs_class, types=types,
                            stats=st, digest=digest))
