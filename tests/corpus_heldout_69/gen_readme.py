# -*- coding: utf-8 -*-
"""Writes README.md for the generated corpus."""
import os

TEMPLATE = """# Held-out corpus 69 — endocrinology, diabetes education and kidney transplant clinics

Synthetic outbound hospital e-mail, labelled for confidentiality, to measure a
data-loss-prevention filter.  Everything is invented: people, institutions,
addresses, `*.example` domains and 555-01xx phone numbers.  RAMQ NAMs come only
from `../blind_nams.txt` and always belong to that person (same name, birth
date and sex wherever they are shown); SIN, Ontario health numbers, Belgian NISS and French NIR are
generated valid and checked with python-stdnum.

## Flavour
Endocrinology clinic, diabetes education centre (CED/DEC) and kidney transplant
clinic of an invented Quebec university hospital, plus an Ontario referring
centre, a Belgian and a French hospital, a CLSC, suppliers (pumps, CGM, strips),
a transport service and research teams.  Positives include insulin-pump and CGM
reports, transplant work-ups, tacrolimus level rosters, dietitian follow-ups,
education session attendance lists, transport and home-care bookings, exception
drug requests, living donor work-ups, forwarded patient mail, subject-only and
file-name-only leaks.  Negatives are hard: staff rosters with employee numbers,
supplier invoices and recalls with lot numbers, device inventories with
checksum-valid serials, protocols, aggregate statistics, grand rounds, blank
forms, anonymised teaching cases, HR/occupational-health mail, IT and
facilities notices.

## Layout
- `positive/pNNN_<category>.eml` — {npos} confidential messages
- `negative/nNNN_<category>.eml` — {nneg} non-confidential messages
- `labels.json` — `{{"positive/p001_x.eml": {{"confidential": true, "types": [...], "lang": "fr"|"en", "note": "..."}}}}`
- `generate.py` + `gen_*.py` — the generator (standard library, python-stdnum, reportlab, python-docx, openpyxl)

Languages: positives fr={pfr}, en={pen}; negatives fr={nfr}, en={nen}.

Finding types in positives: {types}

## Definition used
A message is confidential when a reader could identify a patient (name, RAMQ
NAM, SIN, Ontario health number, NISS, NIR or chart number, possibly disguised)
and learn something personal, medical or social about them, anywhere in the
message: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX,
XLSX, CSV, ICS, vCard, ZIP, attached .eml) or file name.  A patient's address
or personal phone with their name in a care context counts.  Staff information
(schedules, leave, an employee's occupational health), physicians named with
the diseases they treat, speakers and topics, aggregates, newsletters, blank
forms, anonymised cases, invoices/POs, serial/lot/asset numbers (even when they
pass a checksum), clinic phone numbers and addresses, IT/facilities mail, job
postings and committee notices are not confidential.

## Transports
Plain text, HTML-only and multipart/alternative bodies; multipart/mixed with
attachments; message/rfc822; charsets utf-8, us-ascii, iso-8859-1 and
windows-1252; 7bit, 8bit, quoted-printable and base64; CRLF and LF line
endings; RFC 2047 encoded headers; RFC 2231 file names.  Counts from the last
run: {transport}

## Regenerate
    python generate.py            # writes next to itself, seed {seed}
    python generate.py --out DIR  # elsewhere

using an interpreter that has python-stdnum, reportlab, python-docx and
openpyxl (for example the project's virtual environment).

The run re-parses every file with `email.message_from_bytes(..., policy=email.policy.default)`,
decodes every part (and opens PDF/DOCX/XLSX/ZIP attachments), checks that
labels cover exactly the files, that each positive has at least one type and
each negative none, that NAMs appear exactly in the positives labelled
`ramq_nam`, that each SIN/NISS/NIR/health-number label matches a valid number
in the decoded text, and that no NAM holder's name appears in a negative, then prints the counts and the digest.  ZIP/DOCX/XLSX/PDF use fixed
timestamps, so two runs give identical files.

## Digest
sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted path, NUL, bytes, NUL):

    {digest}
"""


def write_readme(out, seed, npos, nneg, lang, tcount, stats, dg):
    txt = TEMPLATE.format(npos=npos, nneg=nneg, pfr=lang.get(('pos', 'fr'), 0), pen=lang.get(('pos', 'en'), 0),
                          nfr=lang.get(('neg', 'fr'), 0), nen=lang.get(('neg', 'en'), 0),
                          types=', '.join('%s %d' % kv for kv in sorted(tcount.items())),
                          transport=', '.join('%s %d' % kv for kv in sorted(stats.items())), seed=seed, digest=dg)
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(txt)
