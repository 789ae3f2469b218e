"""Write README.md from the self-check report."""
import os

TEMPLATE = """# Held-out DLP corpus 109 — school health and youth clinics (CLSC)

Synthetic, labelled **outbound e-mail** of a Quebec health and social services organisation
(an invented *CIUSSS de la Rivière-des-Saules*): school nurses of the CLSCs, vaccination in schools,
youth clinics (adolescent sexual health, contraception), youth mental health and psychosocial services,
paediatric follow-ups with parents and teachers — plus the ordinary administrative mail of the same teams.
Mostly French (Quebec), some English. Generated deterministically from seed **{seed}**.

## Layout

- `positive/pNNN_<category>.eml` — {n_pos} confidential messages
- `negative/nNNN_<category>.eml` — {n_neg} non-confidential messages (hard negatives)
- `labels.json` — `{{"positive/p001_x.eml": {{"confidential": true, "types": [...], "lang": "fr"|"en", "note": "..."}}, ...}}`
- `generate.py` + `gen_common.py` (data, identifiers), `gen_mime.py` (MIME writer), `gen_attach.py`
  (PDF / DOCX / XLSX / CSV / ICS / vCard / ZIP), `gen_compose.py` (headers, transports, signatures),
  `gen_vocab.py` (clinical vocabulary), `gen_reg.py` (labels), `gen_pos_a.py`, `gen_pos_b.py`, `gen_pos_c.py`
  (positive builders), `gen_neg_a.py`, `gen_neg_b.py`, `gen_neg_c.py` (negative builders), `gen_check.py`
  (self-check and digest), `gen_readme.py` (this file).

## Counts

| | total | fr | en |
|---|---:|---:|---:|
| positive | {n_pos} | {pos_fr} | {pos_en} |
| negative | {n_neg} | {neg_fr} | {neg_en} |
| all | {n_all} | {all_fr} | {all_en} |

Finding types over the positives (a message counts once per type):

| type | messages |
|---|---:|
{type_rows}

## Definition used

A message is **confidential** when a reader could identify a patient — by name (with or without title,
surname first, lower case, initial + surname), RAMQ health-insurance number (NAM), Canadian SIN, Ontario
health number, Belgian NISS, French NIR, or a hospital / CLSC chart number, possibly disguised with spacing,
dots, slashes, dashes or full-width digits — **and** learn something personal, medical or social about them
(diagnosis, symptoms, medication, lab or screening result, appointment for care, birth date, home address or
personal phone in a care context, social situation such as housing, youth protection, income support), anywhere
in the message: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP,
attached message) or an attachment's file name.

Not confidential: staff information (schedules, leave, an employee's occupational health, HR, payroll), physicians
named with the conditions they treat, conference speakers and topics, aggregate statistics, newsletters, blank
forms and templates (including merge fields and example placeholders), anonymised teaching cases, invoices and
purchase orders, lot / serial / asset / customer numbers (some pass a Luhn checksum), clinic phone numbers and
addresses in signatures, IT and facilities mail, job postings, committee notices, drug-shortage notices,
supplier recalls, research protocols without participants, public-health notices that identify no one.

RAMQ NAMs come only from `../blind_nams.txt` and are always used with their holder's name, birth date and sex;
no NAM holder's name appears in a negative. SIN, Ontario health numbers, Belgian NISS and French NIR are generated
and validated with python-stdnum (`stdnum.ca.sin`, `stdnum.luhn`, `stdnum.be.nn`, `stdnum.fr.nir`). Everything
else (people, schools, institutions, `*.example` domains, 555-01xx phone numbers) is invented.

## Transports used

- MIME structures (leaf parts counted over all files): {ctypes}
- top-level forms produced by the composer: {forms}
- charsets declared: {charsets}
- Content-Transfer-Encoding: {ctes}
- line endings: CRLF {crlf} files, LF {lf} files
- files with RFC 2047 encoded words: {h2047}; files with RFC 2231 parameters: {rfc2231}
- attachments: PDF (reportlab, invariant), DOCX (python-docx), XLSX (openpyxl), CSV (utf-8, utf-8 BOM,
  windows-1252), ICS (as attachment and as Outlook-style `text/calendar` alternative), vCard, ZIP, message/rfc822;
  ZIP-based files are rewritten with fixed timestamps so that two runs give identical bytes.

## Regenerate

```
/work/main/.venv/bin/python generate.py            # writes next to generate.py
/work/main/.venv/bin/python generate.py --out DIR  # writes elsewhere
```

The generator reads `../blind_nams.txt` relative to its own folder, rewrites `positive/`, `negative/`,
`labels.json` and this README, then runs the self-check: every file is re-parsed with
`email.message_from_bytes(..., policy=email.policy.default)`, every part decoded (PDF, DOCX, XLSX, ZIP and
attached messages opened), labels checked to cover exactly the files, each positive to have a type and each
negative none, NAMs found exactly in the positives labelled `ramq_nam`, each SIN / NISS / NIR / health-number
label matched by a valid number in the decoded text, declared names present, and no NAM holder's name in a
negative. It prints the counts and the digest.

## Digest

sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):

`{digest}`
"""


def _fmt(d):
    return ', '.join(f'{k} {v}' for k, v in sorted(d.items(), key=lambda kv: (-kv[1], kv[0])))


def write(outdir, rep, seed):
    from gen_check import TYPES
    from gen_compose import STATS
    lp, ln = rep['lang_pos'], rep['lang_neg']
    type_rows = '\n'.join(f'| `{t}` | {rep["types"].get(t, 0)} |' for t in TYPES)
    txt = TEMPLATE.format(
        seed=seed, n_pos=rep['n_pos'], n_neg=rep['n_neg'], n_all=rep['n_pos'] + rep['n_neg'],
        pos_fr=lp.get('fr', 0), pos_en=lp.get('en', 0), neg_fr=ln.get('fr', 0), neg_en=ln.get('en', 0),
        all_fr=lp.get('fr', 0) + ln.get('fr', 0), all_en=lp.get('en', 0) + ln.get('en', 0), type_rows=type_rows,
        ctypes=_fmt(rep['ctypes']), forms=_fmt(STATS['forms']), charsets=_fmt(rep['raw']['charset']),
        ctes=_fmt(rep['raw']['cte']), crlf=rep['raw']['crlf'], lf=rep['raw']['lf'], h2047=rep['raw']['rfc2047'],
        rfc2231=rep['raw']['rfc2231'], digest=rep['digest'])
    with open(os.path.join(outdir, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write(txt)
