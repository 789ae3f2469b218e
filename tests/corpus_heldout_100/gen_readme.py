"""Write README.md from the self-check statistics."""
import os


def write(out, stats, seed):
    c, langs, types, st = stats['counts'], stats['langs'], stats['types'], stats['structs']
    tlines = '\n'.join(f'| `{t}` | {n} |' for t, n in sorted(types.items()))
    llines = '\n'.join(f'| {l} | {n} |' for l, n in sorted(langs.items()))
    ctypes = ', '.join(f'`{k}` ({v})' for k, v in sorted(st.items()) if '/' in k)
    ctes = ', '.join(f'{k[4:]} ({v})' for k, v in sorted(st.items()) if k.startswith('cte:'))
    css = ', '.join(f'{k[8:]} ({v})' for k, v in sorted(st.items()) if k.startswith('charset:'))
    text = f"""# Held-out DLP corpus 100 — audiology and ENT

Synthetic outbound e-mail from a Quebec health-care organisation (the fictitious Hôpital de la Rivière-Verte /
CIUSSS de la Rivière-Verte), labelled for measuring a data-loss-prevention filter that decides whether a message
is *confidential*.

**Flavour:** audiology and otolaryngology — ENT clinic, hearing tests (audiograms, tympanometry, ABR, newborn
screening), cochlear-implant program, sleep-apnea laboratory (PSG, CPAP), voice clinic, vestibular clinic, and
hearing-aid / CPAP / implant suppliers. French-Canadian and English mail.

## Layout

- `positive/pNNN_<category>.eml` — {c.get('positive', 0)} confidential messages
- `negative/nNNN_<category>.eml` — {c.get('negative', 0)} non-confidential (hard negative) messages
- `labels.json` — `{{"positive/p001_x.eml": {{"confidential": true, "types": [...], "lang": "fr"|"en", "note": "..."}}, ...}}`
- `generate.py` + `gen_*.py` — the deterministic generator (seed {seed}) and its self-check
  (`gen_ids` people and identifiers, `gen_common` world and helpers, `gen_clin` clinical values, `gen_files`
  attachments, `gen_mime` MIME serialiser, `gen_pos_*` / `gen_neg_*` templates, `gen_check` self-check,
  `gen_readme` this file)

## Counts

Files: {c.get('positive', 0) + c.get('negative', 0)} ({c.get('positive', 0)} positive, {c.get('negative', 0)} negative).

| language | files |
| --- | --- |
{llines}

| finding type (positives) | files |
| --- | --- |
{tlines}

## Definition used

A message is **confidential** when a reader could identify a patient (name in any form — with or without title,
surname first, lower case, initial + surname —, RAMQ NAM, Canadian SIN, Ontario health number, Belgian NISS,
French NIR, or chart number / MRN, possibly disguised with spacing, dots, slashes, dashes or full-width
characters) **and** learn something personal, medical or social about them (diagnosis, symptom, medication, lab
or test result, procedure, appointment for care, birth date, home address or personal phone in a care context,
social situation), anywhere in the message: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX,
XLSX, CSV, ICS, vCard, ZIP, attached .eml) or an attachment's file name.

Not confidential: staff information (schedules, leave, employees' occupational health, HR, payroll), physicians
named with the diseases they treat, conference speakers and topics, aggregate statistics, newsletters, blank
forms and templates, anonymised teaching cases, supplier invoices and purchase orders, serial / lot / asset
numbers (some pass a Luhn check on purpose), clinic phone numbers and addresses, IT and facilities mail, job
postings, committee notices, drug-shortage notices, research protocols without participants' identities.

Labels list the finding types a good filter must find in each positive: `ramq_nam`, `ca_sin`,
`ca_health_number`, `be_niss`, `fr_nir`, `mrn`, `date_of_birth`, `patient_name`, `diagnosis`, `medication`,
`lab_result`, `patient_contact`, `social_information`. Negatives list none.

Identifiers: RAMQ NAMs come only from `../blind_nams.txt`, always with the holder's name, birth date and sex;
no NAM holder's name appears in a negative. SIN, Ontario health numbers (10 digits, Luhn), Belgian NISS and French
NIR are generated valid and checked with python-stdnum. Everything else (people, institutions, `*.example`
domains, 555-01xx numbers) is invented.

## Transports used

Plain text, HTML-only, multipart/alternative, multipart/mixed with attachments, message/rfc822 (forward as
attachment) and .eml as application/octet-stream; CRLF ({st.get('crlf', 0)} files) and LF ({st.get('lf', 0)} files)
line endings; RFC 2047 encoded headers ({st.get('rfc2047-header', 0)} files, B and Q); RFC 2231 file names
({st.get('rfc2231-filename', 0)} files, including continuations) and RFC 2047-style quoted file names.

- MIME types: {ctypes}
- Transfer encodings: {ctes}
- Charsets: {css}

## Regenerate

```
/path/to/python generate.py            # writes next to generate.py
/path/to/python generate.py --out DIR  # writes elsewhere
```

Needs Python 3.11+, python-stdnum, reportlab, python-docx and openpyxl. Output is byte-identical between runs
(fixed seed, fixed ZIP/DOCX/XLSX/PDF timestamps). The generator re-parses every file with
`email.message_from_bytes(..., policy=email.policy.default)`, decodes every part (PDF, DOCX, XLSX, ZIP, .eml
included), checks labels, NAM placement, the validity of SIN/NISS/NIR/health numbers and the absence of NAM holders'
names from negatives, then prints counts and the digest.

## Digest

sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted by path; for each: path, NUL, bytes, NUL):

`{stats['digest']}`
"""
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(text)
