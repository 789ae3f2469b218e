"""README writer."""
import os

DEFINITION = """A message is **confidential** when a reader could identify a patient (name in any form — with or
without title, surname first, lower case, initials with a surname —, RAMQ NAM, Canadian SIN, Ontario health
number, Belgian NISS, French NIR, or a hospital chart number / MRN, possibly disguised with odd spacing, dots,
slashes or full-width digits) **and** learn something personal, medical or social about them (diagnosis,
symptoms, medication, lab or test result, procedure, appointment for care, birth date, home address or
personal phone in a care context, social situation such as housing, youth protection, income support or
violence), anywhere in the message: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX, XLSX,
CSV, ICS, vCard, ZIP, attached .eml) or an attachment's file name.

**Not confidential**: staff information (schedules, leave, payroll, an employee's occupational health, HR,
job candidates), physicians named with the diseases they treat, conference speakers and topics, aggregate
statistics, newsletters, blank forms and mail-merge templates, de-identified teaching cases, invoices and
purchase orders, serial / lot / asset numbers (even when they pass a checksum), clinic phone numbers and
addresses in signatures, IT and facilities mail, job postings, committee notices, drug-shortage notices,
recalls, research protocols without participants' identities."""


def write_readme(out, stats, digest, seed):
    langs = "\n".join(f"| {k} | {v} |" for k, v in sorted(stats["langs"].items()))
    types = "\n".join(f"| `{k}` | {v} |" for k, v in sorted(stats["types"].items()))
    tr = "\n".join(f"| {k} | {v} |" for k, v in sorted(stats["transports"].items()))
    text = f"""# Held-out DLP corpus 121 — veterans' and military health

Synthetic, labelled corpus of **outbound e-mail** from a veterans' health network: a hospital's veterans'
wing and long-term care beds, an operational stress injury (OSI) clinic, an audiology service (hearing loss and
tinnitus follow-up), a sleep laboratory, a Canadian Forces base health services centre, a military family
resource centre, and their correspondence with Veterans Affairs (disability benefit medical reports, hearing-aid
approvals, travel reimbursements), pharmacies, CLSCs and foreign military clinics — together with the ordinary
administrative mail of such services. French-Canadian and English. All people, institutions, numbers and
domains (`*.example`, 555-01xx phones) are invented; RAMQ NAMs come only from `../blind_nams.txt`, always with
their holder's name, birth date and sex.

Seed: `{seed}`.

## Layout

- `positive/pNNN_<category>.eml` — {stats['pos']} confidential messages
- `negative/nNNN_<category>.eml` — {stats['neg']} non-confidential messages (hard negatives)
- `labels.json` — `{{"positive/p001_x.eml": {{"confidential": true, "types": [...], "lang": "fr"|"en", "note": "..."}}, ...}}`
- `generate.py` and its modules `gen_common.py` (people, identifiers), `gen_ctx.py` (per-message context),
  `gen_clin.py` (clinical vocabulary), `gen_mime.py` / `gen_build.py` (hand-written MIME assembly),
  `gen_attach.py` (PDF/DOCX/XLSX/ZIP/ICS/vCard/CSV with fixed timestamps), `gen_tpl.py` (helpers),
  `gen_pos_a/b/c.py` (positive templates), `gen_neg_a/b/c.py` (negative templates), `gen_check.py` (self-check,
  digest), `gen_readme.py`.

## Languages

| lang | files |
|---|---|
{langs}

## Finding types (positives)

| type | positives |
|---|---|
{types}

## Definition used

{DEFINITION}

## Transports (files showing each feature)

| feature | files |
|---|---|
{tr}

Covered: plain text, HTML-only, multipart/alternative, multipart/mixed with attachments (PDF, DOCX, XLSX, CSV,
ICS, vCard, ZIP), message/rfc822; charsets utf-8, us-ascii, iso-8859-1, windows-1252; 7bit, 8bit,
quoted-printable, base64; CRLF and LF line endings; RFC 2047 encoded headers; RFC 2231 file names (simple,
continuations, iso-8859-1).

## Regenerate

```
/path/to/python generate.py            # writes next to generate.py
/path/to/python generate.py --out DIR  # writes elsewhere
```

Needs python-stdnum, reportlab, python-docx and openpyxl. Output is byte-identical across runs (fixed seed,
boundaries, Message-IDs, ZIP/DOCX/XLSX member times and core dates, reportlab `invariant=1`). The generator then
re-parses every file with `email.policy.default`, decodes every part (PDF, DOCX, XLSX, ZIP, nested .eml), and
checks labels, NAM placement, identifier validity (python-stdnum) and that no NAM holder's name appears in a
negative.

## Digest

sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):

`{digest}`
"""
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(text)
