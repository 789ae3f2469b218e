"""README writer."""
import os

from gen_check import TYPES

TEMPLATE = """# Held-out DLP corpus 91 — palliative care and hospice

Synthetic, labelled corpus of outbound e-mail from a Quebec health-care organisation, for measuring a
data-loss-prevention filter that decides whether a message is *confidential*.

**Flavour:** palliative care and hospice — home end-of-life care teams (SAD palliatif), palliative care units (USP),
hospices (maisons de soins palliatifs), medical assistance in dying (AMM / MAID) requests and GIS coordination,
bereavement follow-up, pain and symptom management, family meetings. Quebec; mostly French with about a third English.

Seed: `{seed}`. All people, institutions, addresses (`*.example` domains, 555-01xx phone numbers) are invented.
RAMQ NAMs come only from `../blind_nams.txt` and are always shown with their holder (same name, birth date, sex).
SIN, Ontario health numbers, Belgian NISS and French NIR are generated valid and checked with python-stdnum.

## Layout

- `positive/pNNN_<category>.eml` — {npos} confidential messages
- `negative/nNNN_<category>.eml` — {nneg} non-confidential messages (hard negatives)
- `labels.json` — `{{"positive/p001_x.eml": {{"confidential": true, "types": [...], "lang": "fr"|"en", "note": "..."}}, ...}}`
- `generate.py` + `gen_common.py` (people, identifiers), `gen_mime.py` (MIME writer), `gen_attach.py` (PDF/DOCX/XLSX/ZIP/ICS/vCard/CSV),
  `gen_style.py` (greetings, signatures, quoting, assembly), `gen_vocab.py` (clinical vocabulary),
  `gen_pos_base.py`, `gen_pos1.py` … `gen_pos4.py` (positive templates),
  `gen_neg1.py` … `gen_neg4.py` (negative templates), `gen_check.py` (self-check, digest), `gen_readme.py`.

## Counts

| | total | fr | en |
|---|---|---|---|
| positive | {npos} | {pfr} | {pen} |
| negative | {nneg} | {nfr} | {nen} |
| all | {ntot} | {tfr} | {ten} |

Finding types (number of positives labelled with each):

{types_table}

## Definition used

A message is **confidential** when a reader could identify a patient (by name — with or without a title, surname
first, in lower case, initials with a surname —, RAMQ NAM, Canadian SIN, Ontario health number, Belgian NISS, French
NIR, or a hospital chart number / MRN, possibly disguised with spacing, dots, dashes or full-width digits) **and**
learn something personal, medical or social about them (diagnosis, symptoms, medication, lab result, care
appointment, birth date, home address or personal phone in a care context, social situation), anywhere in the
message: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached
.eml) or an attachment's file name. Bereaved relatives followed by the bereavement service are treated as clients.

**Not confidential**: staff information (schedules, leave, an employee's occupational health, HR, payroll),
physicians named with the diseases they treat, conference speakers and topics, aggregate statistics, newsletters,
blank forms and templates, anonymised teaching cases, invoices and purchase orders, serial / lot / asset numbers
(some pass a Luhn checksum on purpose), clinic phone numbers and addresses in signatures, IT and facilities mail,
job postings, committee notices, drug-shortage notices, research protocols without participants. No NAM holder's
name appears in a negative.

Each positive lists the types a good filter must find in it (at least one); each negative lists none.

## Transports used

{transport_table}

## Regenerate

```
python generate.py            # writes next to generate.py
python generate.py --out DIR  # writes elsewhere
```

Standard library plus python-stdnum, reportlab, python-docx and openpyxl. Fixed timestamps in PDF (reportlab
invariant mode), DOCX/XLSX (core properties and ZIP member dates) and ZIP, fixed MIME boundaries and Message-IDs:
two runs give identical bytes. The generator re-parses every file with
`email.message_from_bytes(..., policy=email.policy.default)`, decodes every part (including PDF, DOCX, XLSX, ZIP
and attached messages), checks labels against files, NAM presence against `ramq_nam` labels, SIN / health number /
NISS / NIR labels against valid numbers in the decoded text, and the absence of NAM holders' names in negatives.

## Digest

sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json`, in sorted path order, each contributing
`path NUL bytes NUL`:

```
{digest}
```
"""


def write_readme(out, counts, transports, digest, seed):
    lp, ln = counts['lang_pos'], counts['lang_neg']
    types_table = '| type | positives |\n|---|---|\n' + '\n'.join('| `%s` | %d |' % (t, counts['types'][t]) for t in TYPES)
    transport_table = '| feature | messages / parts |\n|---|---|\n' + '\n'.join('| %s | %d |' % (k, v) for k, v in transports.items())
    txt = TEMPLATE.format(seed=seed, npos=counts['positive'], nneg=counts['negative'],
                          pfr=lp.get('fr', 0), pen=lp.get('en', 0), nfr=ln.get('fr', 0), nen=ln.get('en', 0),
                          ntot=counts['positive'] + counts['negative'], tfr=counts['lang'].get('fr', 0),
                          ten=counts['lang'].get('en', 0), types_table=types_table,
                          transport_table=transport_table, digest=digest)
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(txt)
