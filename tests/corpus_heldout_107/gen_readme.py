"""README writer (counts and digest come from the self-check)."""


def _table(counter):
    return "\n".join(f"| {k} | {v} |" for k, v in sorted(counter.items()))


def readme_text(res, pos_plan, neg_plan, seed):
    st, langs, types, tr = res["stats"], res["langs"], res["types"], res["transport"]
    transports = {k: v for k, v in tr.items()}
    cats_p = ", ".join(f"{c} ({n})" for c, _, n in pos_plan)
    cats_n = ", ".join(f"{c} ({n})" for c, _, n in neg_plan)
    return f"""# Held-out DLP corpus 107 — neurology clinic, Quebec hospital (FR/EN)

Synthetic, labelled corpus of outbound e-mail from the neurology department of a fictitious Quebec
teaching hospital (“Centre hospitalier universitaire de Val-Boisé”, `chuvb.example`): epilepsy clinic,
multiple-sclerosis clinic, movement-disorders (Parkinson's) clinic, headache clinic, EEG and EMG labs,
neuro-rehabilitation unit — plus the department's ordinary administrative mail. Mixed Québec French and
English. Every person, institution, address and number is invented (`*.example` domains, 555-01xx phone
numbers); RAMQ NAMs come only from `../blind_nams.txt` and are always used with their holder's name,
birth date and sex.

## Layout

- `positive/pNNN_<category>.eml` — {st['positive']} confidential messages
- `negative/nNNN_<category>.eml` — {st['negative']} non-confidential messages (hard negatives)
- `labels.json` — `{{"positive/p001_x.eml": {{"confidential": true, "types": [...], "lang": "fr"|"en", "note": "..."}}, ...}}`
- `generate.py` + `gen_common.py`, `gen_clinical.py`, `gen_compose.py`, `gen_mime.py`, `gen_attach.py`,
  `gen_pos_a.py`, `gen_pos_b.py`, `gen_pos_c.py`, `gen_neg_a.py`, `gen_neg_b.py`, `gen_neg_c.py`,
  `gen_check.py`, `gen_readme.py`

Positive categories: {cats_p}.

Negative categories: {cats_n}.

## Languages

| lang | files |
|---|---|
{_table(langs)}

## Finding types (positives)

| type | files |
|---|---|
{_table(types)}

## Definition used

A message is **confidential** when a reader could identify a patient (name in any form — with or without
title, surname first, lower case, initials with surname —, RAMQ NAM, Canadian SIN, Ontario health number,
Belgian NISS, French NIR, or hospital chart number/MRN, possibly disguised with spaces, dots, slashes,
dashes or full-width digits) **and** learn something personal, medical or social about them, anywhere in
the message: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard,
ZIP, attached .eml) or an attachment's file name. Staff information (schedules, leave, occupational health,
HR, payroll), physicians named with the diseases they treat, conference programmes, aggregate statistics,
newsletters, blank forms, anonymised teaching cases, invoices and purchase orders, serial/lot/asset numbers
(even checksum-valid ones), clinic contact details, IT and facilities mail, job postings, committee
notices, drug-shortage notices and research protocols without participants are **not** confidential.

## Transports used

Plain text, HTML-only, multipart/alternative, multipart/mixed with attachments, message/rfc822; charsets
utf-8, us-ascii, iso-8859-1, windows-1252; 7bit, 8bit, quoted-printable, base64; CRLF and LF line endings;
RFC 2047 encoded headers (B and Q, whole or partial); RFC 2231 file names (including continuations) and
RFC 2047-style file names. Observed counts (MIME parts / messages):

| feature | count |
|---|---|
{_table(transports)}

## Regenerate

```
python generate.py            # writes next to generate.py (reads ../blind_nams.txt)
python generate.py --out DIR  # writes elsewhere
```

Seed {seed}. ZIP/DOCX/XLSX entries and core properties and PDF metadata use fixed timestamps, so two runs
give identical bytes. The generator re-parses every file with `email.policy.default`, decodes every part
(PDF, DOCX, XLSX, ZIP, .eml), checks labels, NAM placement, SIN/health-number/NISS/NIR validity
(python-stdnum) and that no NAM holder's name appears in a negative, then prints counts and the digest.

## Digest

sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):

`{res['digest']}`
"""
