"""Write README.md from the run's counts, transport statistics and digest."""
import collections
import os

from gen_check import ALL_TYPES


def _tab(counter):
    return ", ".join(f"{k} {v}" for k, v in sorted(counter.items()))


def write_readme(out, counts, transports, dig, seed):
    modes = collections.Counter(t["mode"] for t in transports)
    cs = collections.Counter(t["charset"] for t in transports)
    cte = collections.Counter(t["cte"] for t in transports)
    le = collections.Counter(t["linesep"] for t in transports)
    henc = collections.Counter(t["henc"] for t in transports)
    atts = collections.Counter(a for t in transports for a in t["atts"])
    with_att = sum(1 for t in transports if t["atts"])
    pos_lang = collections.Counter()
    neg_lang = collections.Counter()
    import json
    with open(os.path.join(out, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    for f, lab in labels.items():
        (pos_lang if lab["confidential"] else neg_lang)[lab["lang"]] += 1
    types_lines = "\n".join(f"| `{t}` | {counts['types'].get(t, 0)} |" for t in ALL_TYPES)
    text = f"""# Held-out DLP corpus 122 — sleep clinic and respiratory therapy

Synthetic outbound e-mail of a fictional Québec health organisation (CISSS des Deux-Rives): sleep
disorders clinic (polysomnography, home sleep apnoea tests, CPAP/BiPAP titration, equipment vendors,
narcolepsy and MSLT, driver's licence fitness reports to the SAAQ), respiratory therapy and the
regional home oxygen programme, together with the ordinary administrative mail of such services.
All people, institutions, numbers and addresses are invented (`*.example` domains, 555-01xx phones);
RAMQ NAMs come only from `../blind_nams.txt`, always with their holder's name, birth date and sex.

## Layout

- `positive/pNNN_<category>.eml` — {counts['positive']} confidential messages
- `negative/nNNN_<category>.eml` — {counts['negative']} non-confidential messages
- `labels.json` — `{{"positive/p001_x.eml": {{"confidential": true, "types": [...], "lang": "fr"|"en", "note": "..."}}}}`
- `generate.py` + `gen_common.py` (people, identifiers), `gen_mime.py` (MIME writer), `gen_attach.py`
  (PDF/DOCX/XLSX/CSV/ICS/vCard/ZIP), `gen_build.py` (transport choice), `gen_ctx.py`, `gen_clin.py`,
  `gen_pos_a.py`, `gen_pos_b.py` (positives), `gen_neg_a.py`, `gen_neg_b.py` (negatives),
  `gen_check.py` (self-check and digest), `gen_readme.py` (this file)

## Counts

- files: {counts['files']} (positive {counts['positive']}, negative {counts['negative']})
- languages: {_tab(counts['lang'])} (positives: {_tab(pos_lang)}; negatives: {_tab(neg_lang)})

| type | positives labelled |
| --- | --- |
{types_lines}

## Definition used

A message is confidential when a reader could identify a patient (name in any form — with or without
title, surname first, lower case, initials with surname — or a RAMQ NAM, SIN, Ontario health number,
Belgian NISS, French NIR, or a chart number/MRN, possibly disguised with spacing, dots, slashes or
full-width characters) and learn something personal, medical or social about them (diagnosis,
symptoms, medication, results, procedures or appointments for care, birth date, home contact in a care
context, social situation), anywhere in the message: headers, body, quoted or forwarded text,
attachments (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached .eml) or attachment file names.
Not confidential: staff information (schedules, leave, occupational health, payroll), physicians
named with the diseases they treat, conference programmes, aggregate statistics, newsletters, blank
forms and templates, anonymised teaching cases, invoices and purchase orders without patients, serial,
lot and asset numbers (some pass a Luhn check), clinic contact details, IT/facilities notices, job
postings, committee notices, drug-shortage notices, research protocols without participants.

## Transports used

- body structure: {_tab(modes)}; messages with attachments: {with_att}
- attachments: {_tab(atts)}
- body charsets: {_tab(cs)}
- transfer encodings: {_tab(cte)}
- line endings: {_tab(le)}
- RFC 2047 encoding preference for non-ASCII headers: {_tab(henc)}
- RFC 2231 file names (plain, language-tagged and continuation forms), message/rfc822 parts,
  text/calendar, text/vcard and text/csv attachments

## Regenerate

    /path/to/python generate.py            # writes next to generate.py
    /path/to/python generate.py --out DIR  # writes into DIR

Seed {seed}. Requires the standard library plus python-stdnum, reportlab, python-docx and openpyxl.
ZIP, DOCX, XLSX and PDF timestamps are fixed, so two runs give identical bytes. The generator
re-parses every file with `email.policy.default`, decodes every part (including PDF, DOCX, XLSX and
ZIP contents), checks labels against files, NAM placement, SIN/NISS/NIR/Ontario numbers with
python-stdnum, and that no NAM holder's name appears in a negative; it then prints counts and digest.

## Digest

sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):

    {dig}
"""
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
