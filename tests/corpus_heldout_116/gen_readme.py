"""Writes README.md from the self-check results."""
import os

import gen_check

README = """# Held-out DLP corpus 116 — private rehabilitation clinics

Synthetic, labelled corpus of **outbound e-mail** from a fictitious network of private physiotherapy,
occupational-therapy, kinesiology and orthotics clinics in Quebec (Réseau Physio Boréalis): sports injuries,
post-surgical rehabilitation, work-injury and car-accident insurer files, orthotics orders, referrals to and from
physicians and insurers, and the ordinary administrative mail of such clinics. Mixed French-Canadian and English.
All people, institutions, numbers and addresses are invented (`*.example` domains, 555-01xx phone numbers);
RAMQ NAMs come only from `../blind_nams.txt` and are always shown with their holder's name, birth date and sex.

Seed: {seed}

## Layout
- `positive/pNNN_<category>.eml` — {npos} confidential messages
- `negative/nNNN_<category>.eml` — {nneg} non-confidential messages (hard negatives)
- `labels.json` — `{{path: {{confidential, types, lang, note}}}}` covering exactly the files
- `generate.py` and `gen_*.py` — the generator (`gen_ids` identifiers, `gen_people` invented people and clinics,
  `gen_clin` clinical vocabulary, `gen_common` per-message machinery, `gen_mime` MIME serializer,
  `gen_attach` PDF/DOCX/XLSX/CSV/ICS/vCard/ZIP builders, `gen_pos_*` positives, `gen_neg_*` negatives,
  `gen_check` self-check, `gen_readme` this file)

## Counts
| | fr | en | total |
|---|---|---|---|
| positive | {pfr} | {pen} | {npos} |
| negative | {nfr} | {nen} | {nneg} |

Types (number of positives in which each must be found):

| type | positives |
|---|---|
{types}

## Definition used
A message is confidential when a reader could identify a patient (name in any form — title, surname first,
lower case, initials with surname — or RAMQ NAM, Canadian SIN, Ontario health number, Belgian NISS, French NIR,
chart number, possibly with odd spacing, dots, slashes or full-width digits) **and** learn something personal,
medical or social about that patient (diagnosis, symptoms, medication, lab or imaging result, procedure,
appointment for care, birth date, home address or personal phone in a care context, social situation), anywhere
in the message: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP,
attached .eml) or an attachment's file name.
Not confidential: staff information (schedules, leave, payroll, an employee's own occupational health),
physicians named with what they treat, conference speakers and topics, aggregate statistics, newsletters,
blank forms, de-identified teaching cases, invoices and purchase orders, serial / lot / asset numbers (some of
which pass a Luhn check on purpose), clinic contact details, IT and facilities mail, job postings, committee
notices, shortage notices, research protocols without participants.

## Transports
text/plain, HTML-only, multipart/alternative, multipart/mixed with attachments, message/rfc822 attachments;
charsets utf-8, us-ascii, iso-8859-1, windows-1252; 7bit, 8bit, quoted-printable and base64;
CRLF and LF line endings; RFC 2047 encoded headers (Q and B); RFC 2231 file names (including continuations).
Attachments: PDF (reportlab, invariant), DOCX (python-docx), XLSX (openpyxl), CSV, ICS, vCard, ZIP, .eml;
all ZIP-based containers are rewritten with fixed timestamps so two runs give identical bytes.

## Regenerate
    /path/to/python generate.py            # writes next to generate.py
    /path/to/python generate.py --out DIR  # writes elsewhere
The generator reads `../blind_nams.txt` relative to its own folder, then runs the self-check (re-parse of every
file, decoding of every part and attachment, label coverage, NAM placement, validity of every labelled
SIN / Ontario health number / NISS / NIR with python-stdnum, no NAM holder's name in any negative) and prints the
counts and the digest.

## Digest
sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):

    {digest}
"""


def write(out_dir, res, seed):
    langs = res['langs']
    types = '\n'.join('| `%s` | %d |' % (t, res['types'][t]) for t in gen_check.TYPES)
    text = README.format(seed=seed, npos=res['counts']['positive'], nneg=res['counts']['negative'],
                         pfr=langs.get((True, 'fr'), 0), pen=langs.get((True, 'en'), 0),
                         nfr=langs.get((False, 'fr'), 0), nen=langs.get((False, 'en'), 0),
                         types=types, digest=res['digest'])
    with open(os.path.join(out_dir, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(text)
