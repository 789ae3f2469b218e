"""README.md writer (counts, definition, transports, digest)."""
import os

REQUIRED_CTES = {'7bit', '8bit', 'quoted-printable', 'base64'}
REQUIRED_CHARSETS = {'utf-8', 'us-ascii', 'iso-8859-1', 'windows-1252'}


def check_coverage(res):
    t = res['transport']
    missing = [k for k in ('crlf', 'lf', 'rfc2047', 'rfc2231', 'html_only', 'alternative', 'mixed', 'rfc822', 'plain_only')
               if not t[k]]
    missing += sorted(REQUIRED_CTES - set(res['ctes']))
    missing += sorted(REQUIRED_CHARSETS - set(res['charsets']))
    assert not missing, 'transport coverage missing: %r' % missing


def write_readme(out, res, seed):
    check_coverage(res)
    c = res['counts']
    t = res['transport']
    types = '\n'.join('| `%s` | %d |' % (k, v) for k, v in c['types'].items())
    langs = ', '.join('%s: %d' % (k, v) for k, v in sorted(c['lang'].items()))
    text = f"""# Held-out DLP corpus 99 — dental clinic and oral / maxillofacial surgery

Synthetic outbound e-mail from a dental clinic (Clinique dentaire Boréal) and the oral and maxillofacial
surgery (OMFS) service of an invented regional hospital: dentists, hygienists, assistants, front desk, oral
surgeons and residents, referrals to and from physicians, pharmacists, insurers, dental laboratories
(prostheses), youth protection, long-term care, public dental health. French-Canadian and English.
All people, institutions, addresses and numbers are invented (`*.example` domains, 555-01xx phone numbers);
RAMQ NAMs come only from `../blind_nams.txt` and are always shown with their holder's name, birth date and sex.

## Layout

- `positive/pNNN_<category>.eml` — {c['pos']} confidential messages
- `negative/nNNN_<category>.eml` — {c['neg']} non-confidential messages (hard negatives)
- `labels.json` — `{{"positive/p001_x.eml": {{"confidential": true, "types": [...], "lang": "fr"|"en", "note": "..."}}, ...}}`
- `generate.py` + `gen_common.py`, `gen_world.py`, `gen_files.py`, `gen_mime.py`, `gen_tpl.py`,
  `gen_pos_a.py`, `gen_pos_b.py`, `gen_pos_c.py`, `gen_neg_a.py`, `gen_neg_b.py`, `gen_neg_c.py`,
  `gen_check.py`, `gen_readme.py`

## Counts

Files: {c['pos'] + c['neg']} (positive {c['pos']}, negative {c['neg']}). Languages: {langs}.

Finding types (number of positive files labelled with each type):

| type | files |
|---|---|
{types}

## Definition used

A message is **confidential** when a reader could identify a patient (name in any form — with or without a
title, surname first, lower case, initial + surname —, RAMQ NAM, Canadian SIN, Ontario health number, Belgian
NISS, French NIR, or hospital chart number / MRN, possibly disguised with odd spacing, dots, dashes, slashes or
full-width digits) **and** learn something personal, medical or social about them (diagnosis, symptom,
medication, lab or pathology result, procedure, appointment for care, birth date, home address or personal phone
in a care context, social situation) anywhere in the message: Subject, body, quoted reply, inline forward,
attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached .eml) or an attachment's file name.

Not confidential: staff information (schedules, leave, occupational health, payroll, dosimetry, performance
indicators), physicians named with the diseases they treat, conference speakers and topics, aggregate
statistics, newsletters, blank forms and templates, anonymised teaching cases and audits, invoices and purchase
orders with case numbers only, serial / lot / asset numbers (several pass a Luhn or mod-97 checksum), clinic
phone numbers and addresses in signatures, IT and facilities mail, job postings, committee notices,
drug-shortage notices, supplier recalls, research protocols without participants.

Each positive lists the types a good filter must find in it; each negative lists none.

## Transports used

Plain text only ({t['plain_only']}), HTML only ({t['html_only']}), multipart/alternative ({t['alternative']}),
multipart/mixed with attachments ({t['mixed']}), message/rfc822 attached e-mails ({t['rfc822']}); inline
text/calendar alternatives and .ics / .vcf / .csv / .pdf / .docx / .xlsx / .zip / .png attachments.
Charsets: {', '.join(res['charsets'])}. Transfer encodings: {', '.join(res['ctes'])}.
Line endings: CRLF ({t['crlf']} files), LF ({t['lf']} files). RFC 2047 encoded words (B and Q) in headers
({t['rfc2047']} files); RFC 2231 file names, including continuations ({t['rfc2231']} files).
Zip-based attachments (DOCX, XLSX, ZIP) and PDFs have fixed timestamps, so two runs give identical bytes.

## Regenerate

    /path/to/python generate.py             # writes here
    /path/to/python generate.py --out DIR   # writes elsewhere

Seed {seed}. Requires python-stdnum, reportlab, python-docx and openpyxl. The generator re-parses every file
with `email.policy.default`, decodes every part and attachment, checks labels, NAM placement, identifier
validity (python-stdnum) and that no NAM holder is named in a negative, then prints counts and the digest.

## Digest

sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):

    {res['digest']}
"""
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(text)
