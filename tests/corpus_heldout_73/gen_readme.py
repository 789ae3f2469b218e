"""Write README.md for the generated corpus."""
import os

from gen_common import SEED


def write(out, npos, nneg, langs, types, digest, structure):
    t = '\n'.join(f'| `{k}` | {v} |' for k, v in sorted(types.items()))
    l = ', '.join(f'{k}: {v}' for k, v in sorted(langs.items()))
    tr = ', '.join(f'{k} {v}' for k, v in sorted(structure.items()))
    txt = f"""# Held-out DLP corpus 73 — public health (santé publique)

Synthetic, labelled outbound e-mail of a Quebec public-health organisation (direction de santé publique, CLSC,
CHSLD, clinics, laboratories, school nurses, supervised consumption site, travel clinic), used to measure a
data-loss-prevention filter that decides whether a message is confidential.

**Flavour:** vaccination clinics and registry, reportable diseases (MADO) notifications, STI (ITSS) and tuberculosis
contact tracing, outbreak management in schools and care homes (CHSLD/RPA), travel health, harm reduction and supervised
consumption, public-health newsletters and statistics; mostly French-Canadian with some English and a few
Belgian / French (and Ontario) partner exchanges.

All people, institutions, domains (`*.example`) and phone numbers (555-01xx) are invented. RAMQ NAMs come only
from `../blind_nams.txt`, always with the same holder (name, birth date, sex). SIN, Ontario health numbers,
Belgian NISS and French NIR are generated valid and checked with python-stdnum. Seed: {SEED}.

## Layout

- `positive/pNNN_<category>.eml` — {npos} confidential messages
- `negative/nNNN_<category>.eml` — {nneg} non-confidential (hard negative) messages
- `labels.json` — `{{"positive/p001_x.eml": {{"confidential": true, "types": [...], "lang": "fr"|"en", "note": "..."}}, ...}}`
- `generate.py` + `gen_common.py`, `gen_vocab.py`, `gen_attach.py`, `gen_mime.py`, `gen_pos_a.py`, `gen_pos_b.py`,
  `gen_pos_c.py`, `gen_neg_a.py`, `gen_neg_b.py`, `gen_neg_c.py`, `gen_check.py`, `gen_readme.py`

## Counts

Files: {npos + nneg} ({npos} positive, {nneg} negative). Languages: {l}.

Finding types over positives (a message counts once per type):

| type | positives |
| --- | --- |
{t}

## Definition used

A message is **confidential** when a reader could identify a patient (name in any form — with or without title,
surname first, lower case, initials with surname —, RAMQ NAM, SIN, Ontario health number, Belgian NISS, French NIR,
or chart number / MRN, possibly disguised with odd spacing, dots, slashes or full-width digits) **and** learn something
personal, medical or social about them (diagnosis, symptoms, medication, lab result, procedure, care appointment,
birth date, home address or personal phone in a care context, housing, youth protection, income support,
violence…), anywhere in the message: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX, XLSX, CSV,
ICS, vCard, ZIP, attached .eml) or an attachment's file name.

Not confidential: staff information (schedules, leave, an employee's occupational health, HR, payroll), physicians
named with the diseases they treat, conference speakers and topics, aggregate statistics, newsletters, blank forms and
templates, anonymised teaching cases, invoices and purchase orders, serial / lot / asset numbers (even checksum-valid),
clinic phone numbers and addresses in signatures, IT and facilities mail, job postings, committee notices,
drug-shortage notices, research protocols without participants' identities.

## Transports used

Plain text, HTML-only, multipart/alternative, multipart/mixed with attachments (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP),
message/rfc822; charsets utf-8, us-ascii, iso-8859-1, windows-1252; 7bit, 8bit, quoted-printable, base64; CRLF and LF
line endings; RFC 2047 encoded headers (Q and B); RFC 2231 file names (with and without continuations) and RFC 2047
encoded file names. Observed in the self-check: {tr}.

## Regenerate

    /path/to/python generate.py            # writes next to generate.py
    /path/to/python generate.py --out DIR  # writes elsewhere

Requires the standard library plus python-stdnum, reportlab, python-docx and openpyxl. Output is deterministic
(fixed seed; fixed timestamps inside ZIP/DOCX/XLSX/PDF). The generator ends with a self-check that re-parses every
file with `email.policy.default`, decodes every part (opening PDF/DOCX/XLSX/ZIP), and verifies labels, NAM placement,
checksum-valid SIN/NISS/NIR/health numbers and the absence of NAM holders' names in negatives.

## Digest

sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):

    {digest}
"""
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(txt)
