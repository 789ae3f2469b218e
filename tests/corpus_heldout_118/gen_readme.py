"""README writer for the generated corpus."""


def readme_text(seed, counts, tstats, dg):
    langs = "\n".join(f"| {k} | {v} |" for k, v in sorted(counts["lang"].items()))
    types = "\n".join(f"| `{k}` | {v} |" for k, v in sorted(counts["types"].items()))
    trans = "\n".join(f"| {k} | {v} |" for k, v in sorted(tstats.items()))
    return f"""# Held-out DLP corpus 118 — medical genetics clinic and molecular diagnostics laboratory

Synthetic, labelled outbound e-mail used to measure a data-loss-prevention filter that decides whether
each message is *confidential*. Seed **{seed}**.

## Flavour

A university hospital's medical genetics service and its molecular diagnostics laboratory (Montréal, fictional
"CHUSL"): genetic counselling, family pedigrees, hereditary cancer testing, newborn screening follow-up, prenatal
genetic testing, cascade testing of relatives (including relatives in France, Belgium and Ontario), pharmacogenomics,
metabolic clinic, research biobank consent — together with the ordinary administrative mail of such services
(HR, schedules, invoices, IT, committees, job postings, statistics, blank forms, teaching, supplier recalls).
All people, institutions, addresses and phone numbers are invented (`*.example` domains, 555-01xx numbers).
RAMQ NAMs come only from `../blind_nams.txt` and are always used with their holder's name, birth date and sex.
SIN, Ontario health numbers, Belgian NISS and French NIR are generated and validated with python-stdnum.

## Layout

- `positive/pNNN_<category>.eml` — {counts['pos']} confidential messages
- `negative/nNNN_<category>.eml` — {counts['neg']} non-confidential messages (hard negatives)
- `labels.json` — `{{path: {{confidential, types, lang, note}}}}` for exactly these files
- `generate.py` + `gen_common.py`, `gen_content.py`, `gen_mime.py`, `gen_attach.py`, `gen_build.py`,
  `gen_pos_a.py`, `gen_pos_b.py`, `gen_neg_a.py`, `gen_neg_b.py`, `gen_check.py`, `gen_readme.py`

## Languages

| lang | files |
|---|---|
{langs}

## Finding types (positives)

| type | positives |
|---|---|
{types}

## Definition used

A message is confidential when a reader could identify a patient (name in any form — titled, surname first,
lower case, initials with surname —, RAMQ NAM, SIN, Ontario health number, Belgian NISS, French NIR, or chart
number / MRN, possibly disguised with spacing, dots, slashes or full-width digits) **and** learn something personal,
medical or social about them (diagnosis, carrier status, test result, medication, appointment for care, birth date,
home address or personal phone in a care context, social situation), anywhere in the message: Subject, body, quoted
history, inline forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached .eml) or attachment file name.
Staff information (schedules, leave, an employee's own sick leave, payroll), physicians named with the diseases they
treat, speakers and topics, aggregate statistics, newsletters, blank forms, de-identified teaching cases, invoices and
purchase orders, lot / serial / asset numbers (some pass a Luhn check), clinic contact details, IT and facilities
notices, job postings, committee notices, drug-shortage notices and protocols without participants are not
confidential.

## Transports used

Plain text, HTML-only, multipart/alternative, multipart/mixed with attachments, message/rfc822; charsets utf-8,
us-ascii, iso-8859-1, windows-1252; 7bit, 8bit, quoted-printable, base64; CRLF and LF line endings; RFC 2047
encoded headers and file names; RFC 2231 file names.

| feature | messages / parts |
|---|---|
{trans}

## Regenerate

```
python generate.py            # writes next to generate.py
python generate.py --out DIR  # writes elsewhere
```

Standard library plus python-stdnum, reportlab, python-docx and openpyxl. PDFs use reportlab's invariant mode; DOCX,
XLSX and ZIP members carry a fixed timestamp, so two runs give identical bytes. The generator re-parses every file
with `email.policy.default`, decodes every part and attachment, and checks labels, identifiers and names.

## Digest

sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):

`{dg}`
"""
