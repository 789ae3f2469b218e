#!/usr/bin/env python3
"""Generate the held-out DLP corpus (children's hospital flavour), seed 9083.

    python generate.py            # writes next to this file
    python generate.py --out DIR  # writes elsewhere

Standard library + python-stdnum, reportlab, python-docx, openpyxl.
"""
import argparse
import glob
import json
import os
import random
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_check  # noqa: E402
from gen_common import Ctx  # noqa: E402
from gen_mime import Builder, Transport  # noqa: E402

SEED = 9083
N_POS, N_NEG = 120, 180
FR_SHARE = 0.6


def weighted(rng, items):
    tot = sum(w for _, w in items)
    r = rng.uniform(0, tot)
    for v, w in items:
        r -= w
        if r <= 0:
            return v
    return items[-1][0]


def make_chooser(rng):
    def choose(mail):
        tr = Transport()
        tr.mode = weighted(rng, [('plain', 40), ('alt', 35), ('html', 25)])
        if mail.lang == 'en':
            tr.charset = weighted(rng, [('utf-8', 40), ('us-ascii', 25), ('iso-8859-1', 15), ('windows-1252', 20)])
        else:
            tr.charset = weighted(rng, [('utf-8', 50), ('iso-8859-1', 25), ('windows-1252', 25)])
        if tr.charset == 'us-ascii':
            tr.cte = weighted(rng, [('7bit', 50), ('quoted-printable', 25), ('base64', 25)])
        else:
            tr.cte = weighted(rng, [('8bit', 35), ('quoted-printable', 40), ('base64', 25)])
        tr.crlf = rng.random() < 0.35
        tr.hdr_enc = weighted(rng, [('auto', 60), ('b', 15), ('q', 15), ('force', 10)])
        tr.fname_style = weighted(rng, [('plain', 40), ('2231', 35), ('2231cont', 15), ('2047', 10)])
        tr.html_entities = tr.mode != 'plain' and rng.random() < 0.15
        tr.att_text_cte = weighted(rng, [('base64', 50), ('quoted-printable', 25), ('8bit', 25)])
        tr.boundary_style = rng.randint(0, 11)
        return tr
    return choose


def schedule(rng, templates, n):
    items = []
    for fn, count in templates:
        items += [fn] * count
    if len(items) != n:
        raise SystemExit(f'template counts add to {len(items)}, expected {n}')
    rng.shuffle(items)
    n_fr = round(n * FR_SHARE)
    langs = ['fr'] * n_fr + ['en'] * (n - n_fr)
    rng.shuffle(langs)
    return list(zip(items, langs))


def readme(out, labels, digest, langs, types):
    pos = [k for k in labels if k.startswith('positive/')]
    neg = [k for k in labels if k.startswith('negative/')]
    tl = '\n'.join(f'| `{t}` | {types.get(t, 0)} |' for t in gen_check.TYPES)
    lang_pos = {l: sum(1 for k in pos if labels[k]['lang'] == l) for l in ('fr', 'en')}
    lang_neg = {l: sum(1 for k in neg if labels[k]['lang'] == l) for l in ('fr', 'en')}
    return f"""# Held-out DLP corpus 90 — children's hospital (outside the emergency room)

Synthetic outbound e-mail of an invented paediatric hospital ("Hôpital pour enfants Saint-Aubin",
`hesa.example`) and its partners (CLSC, DPJ, schools, daycares, pharmacies, insurers), labelled for a
data-loss-prevention filter that must decide whether each message is confidential.

**Flavour:** developmental and autism assessment clinics, neonatal follow-up, child life, paediatric
subspecialty clinics (endocrinology, neurology, gastroenterology), school-nurse and daycare liaison, parents'
e-mails about their children, youth-protection (DPJ) reports, paediatric home care; harmless mail about
fundraising, clown visits, volunteer schedules, teaching rounds and research recruitment without
participants. About 60 % French-Canadian, 40 % English.

## Layout

- `positive/pNNN_<category>.eml` — {len(pos)} confidential messages
- `negative/nNNN_<category>.eml` — {len(neg)} non-confidential messages (hard negatives)
- `labels.json` — per file: `confidential`, `types`, `lang`, `note`
- `generate.py` + `gen_common.py` (people, identifiers), `gen_mime.py` (MIME writer), `gen_files.py`
  (PDF/DOCX/XLSX/CSV/ICS/vCard/ZIP), `gen_text.py` (vocabulary, quoting), `gen_pos_*.py` and `gen_neg_*.py`
  (templates), `gen_check.py` (self-check and digest)

## Counts

| set | total | fr | en |
|---|---|---|---|
| positive | {len(pos)} | {lang_pos['fr']} | {lang_pos['en']} |
| negative | {len(neg)} | {lang_neg['fr']} | {lang_neg['en']} |
| all | {len(labels)} | {langs.get('fr', 0)} | {langs.get('en', 0)} |

Finding types (number of positive files listing each):

| type | files |
|---|---|
{tl}

## Definition used

A message is **confidential** when a reader could identify a patient (by name in any form — full, surname
first, lower case, initial + surname, with a title —, RAMQ NAM, Canadian SIN, Ontario health number,
Belgian NISS, French NIR, or a hospital chart number, possibly disguised with spacing, dots, slashes or
full-width digits) **and** learn something personal, medical or social about that patient (diagnosis,
symptoms, medication, lab result, procedure or care appointment, birth date, home address or personal phone
in a care context, social situation such as youth protection, housing, income support or violence), anywhere
in the message: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP,
attached .eml) or an attachment's file name. In this paediatric corpus the patient is usually a child; a
parent's identifiers (e.g. the mother's NAM used for a newborn, a parent's SIN on an income-support form)
count when they are tied to the child's care.

**Not confidential:** staff information (schedules, leave, occupational health, HR, payroll), physicians
named with the diseases they treat, conference speakers and topics, aggregate statistics, newsletters about
diseases, blank forms and templates, anonymised teaching cases, invoices and purchase orders, serial / lot /
asset numbers (even when they pass a checksum), clinic phone numbers and addresses in signatures, IT and
facilities mail, job postings, committee notices, drug-shortage notices, research protocols and recruitment
posters without participants' identities, clown visits, fundraising and volunteer schedules.

RAMQ NAMs come only from `../blind_nams.txt` and are always used with their holder's name, birth date and
sex; no NAM holder's name appears in a negative. SIN, Ontario health numbers (Luhn), Belgian NISS and French
NIR are generated valid and checked with python-stdnum. Everything else is invented (`*.example` domains,
555-01xx phone numbers).

## Transports

text/plain, text/html only, multipart/alternative, multipart/mixed with attachments, message/rfc822
(forward as attachment); charsets utf-8, us-ascii, iso-8859-1, windows-1252; 7bit, 8bit, quoted-printable,
base64; CRLF and LF line endings; RFC 2047 encoded headers (B and Q); RFC 2231 file names (including
continuations) and RFC 2047-style names; HTML with character entities. Attachments: PDF (reportlab,
compressed or not), DOCX, XLSX, CSV (comma/semicolon, utf-8/cp1252), ICS, vCard, ZIP, attached .eml.
Containers carry fixed timestamps, so two runs give identical bytes.

## Regenerate

    python generate.py            # writes next to generate.py
    python generate.py --out DIR  # writes elsewhere

The generator re-parses every file with `email.policy.default`, decodes every part and attachment,
verifies labels and identifiers, and prints the counts and the digest.

## Digest

sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):

    {digest}
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)

    import gen_neg_a
    import gen_neg_b
    import gen_neg_c
    import gen_pos_a
    import gen_pos_b
    import gen_pos_c

    rng = random.Random(SEED)
    ctx = Ctx(rng)
    builder = Builder(rng, make_chooser(rng))

    pos_t = gen_pos_a.TEMPLATES + gen_pos_b.TEMPLATES + gen_pos_c.TEMPLATES
    neg_t = gen_neg_a.TEMPLATES + gen_neg_b.TEMPLATES + gen_neg_c.TEMPLATES
    plan = [('positive', 'p', x) for x in schedule(rng, pos_t, N_POS)] + \
           [('negative', 'n', x) for x in schedule(rng, neg_t, N_NEG)]

    for sub in ('positive', 'negative'):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in glob.glob(os.path.join(out, sub, '*.eml')):
            os.remove(f)

    labels = {}
    counters = {'p': 0, 'n': 0}
    for sub, prefix, (fn, lang) in plan:
        mail = fn(ctx, lang)
        counters[prefix] += 1
        rel = f'{sub}/{prefix}{counters[prefix]:03d}_{mail.cat}.eml'
        data = builder.build(mail)
        with open(os.path.join(out, rel), 'wb') as fh:
            fh.write(data)
        labels[rel] = {'confidential': sub == 'positive',
                       'types': sorted(mail.types) if sub == 'positive' else [],
                       'lang': lang, 'note': mail.note}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=1)
        fh.write('\n')

    errors, digest, langs, types = gen_check.run(out)
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(readme(out, labels, digest, langs, types))
    if errors:
        for e in errors:
            print('ERROR', e)
        raise SystemExit(1)
    print('self-check: OK')


if __name__ == '__main__':
    main()
