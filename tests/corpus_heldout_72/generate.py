#!/usr/bin/env python3
"""Generate the held-out DLP corpus (outpatient specialty clinics + medical imaging, Quebec; FR/EN).

Usage: python generate.py [--out DIR]      (default: the folder containing this script)
Deterministic from SEED; standard library + python-stdnum, reportlab, python-docx, openpyxl.
"""
import argparse
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_check  # noqa: E402
import gen_common as C  # noqa: E402
import gen_compose  # noqa: E402
import gen_neg_a  # noqa: E402
import gen_neg_b  # noqa: E402
import gen_neg_c  # noqa: E402
import gen_pos_a  # noqa: E402
import gen_pos_b  # noqa: E402
from gen_tpl import Ctx  # noqa: E402

SEED = 7272
N_POS, N_NEG = 120, 180


def jobs(templates, n, rng):
    per = n // len(templates)
    out = []
    for t in templates:
        langs = (['fr', 'en'] * per)[:per]
        rng.shuffle(langs)
        out += [(t, lg) for lg in langs]
    rng.shuffle(out)
    assert len(out) == n
    return out


def build(out):
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    master = random.Random(SEED)
    pool = C.HolderPool(random.Random('%d-holders' % SEED))
    labels = {}
    pos_t = gen_pos_a.TEMPLATES + gen_pos_b.TEMPLATES
    neg_t = gen_neg_a.TEMPLATES + gen_neg_b.TEMPLATES + gen_neg_c.TEMPLATES
    for kind, templates, n, prefix in (('positive', pos_t, N_POS, 'p'), ('negative', neg_t, N_NEG, 'n')):
        for i, (tpl, lang) in enumerate(jobs(templates, n, master), 1):
            r = random.Random('%d-%s-%d' % (SEED, prefix, i))
            date = C.msg_date(r)
            c = Ctx(r, lang, pool, date, i if prefix == 'p' else 1000 + i)
            sp = tpl(c)
            if kind == 'positive':
                sp['types'] = sorted(set(sp['types']) | c.types)
            data = gen_compose.compose(sp, random.Random('%d-%s-%d-mime' % (SEED, prefix, i)))
            rel = '%s/%s%03d_%s.eml' % (kind, prefix, i, sp['cat'])
            with open(os.path.join(out, rel), 'wb') as f:
                f.write(data)
            labels[rel] = {'confidential': kind == 'positive', 'types': sp['types'] if kind == 'positive' else [],
                           'lang': sp['lang'], 'note': sp['note']}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as f:
        json.dump(dict(sorted(labels.items())), f, ensure_ascii=False, indent=1)
        f.write('\n')
    return labels


README = """# Held-out DLP corpus 72 — outpatient specialty clinics and medical imaging (Quebec)

Synthetic, labelled outbound e-mail of a regional hospital in Quebec (Centre hospitalier régional de
Val-Sainte-Anne, invented) and its private partner clinics: ophthalmology, ENT/audiology, dermatology, dental
and oral surgery, allergy, plus medical imaging (radiology booking, MRI wait lists, PACS exports, radiologists'
reports). French and English, about half each. Every person, institution, address and number is invented
(`*.example` domains, 555-01xx phone numbers); RAMQ NAMs come only from `../blind_nams.txt`, always with the
holder's own name, birth date and sex.

Seed: {seed}

## Layout

- `positive/pNNN_<category>.eml` — {npos} confidential messages
- `negative/nNNN_<category>.eml` — {nneg} non-confidential messages (hard negatives)
- `labels.json` — `{{path: {{confidential, types, lang, note}}}}` for exactly these files
- `generate.py` + `gen_*.py` — the generator (`gen_common` people/identifiers, `gen_vocab` clinical vocabulary,
  `gen_mime` MIME serialiser, `gen_attach` PDF/DOCX/XLSX/CSV/ICS/vCard/ZIP/PNG builders, `gen_compose`
  transports, `gen_tpl` template helpers, `gen_pos_a`/`gen_pos_b` positive templates, `gen_neg_a`/`gen_neg_b`/
  `gen_neg_c` negative templates, `gen_extract` decoder, `gen_check` self-check)

## Counts

Languages: {langs}

Types (number of positives listing each type):

{types}

## Definition used

A message is confidential when a reader could identify a patient (name in any form — with or without title,
surname first, lower case, initials with surname —, RAMQ NAM, Canadian SIN, Ontario health number, Belgian NISS,
French NIR, or hospital chart number / MRN, possibly disguised by spacing, dots, slashes, dashes or full-width
characters) and learn something personal, medical or social about them (diagnosis, symptoms, medication, test
result, procedure, appointment for care, birth date, home address or personal phone in a care context, social
situation such as housing, youth protection, income support, violence), anywhere in the message: Subject, body,
quoted reply, inline forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached .eml) or attachment
file name. Not confidential: staff information (schedules, leave, occupational health, HR, payroll, dosimetry),
physicians named with the diseases they treat, conference speakers and topics, aggregate statistics,
newsletters, blank forms and templates, anonymised teaching and M&M cases, invoices and purchase orders,
serial / lot / asset numbers (several pass the SIN or Luhn checksum on purpose), clinic phone numbers and
addresses, IT and facilities notices, job postings, committee notices, drug-shortage and recall notices,
research protocols without participants.

Types: `ramq_nam`, `ca_sin`, `ca_health_number` (Ontario), `be_niss`, `fr_nir`, `mrn`, `date_of_birth`,
`patient_name`, `diagnosis` (also used for procedures / reasons for an exam), `medication`, `lab_result` (lab
values, audiograms, pathology, visual acuity/IOP), `patient_contact`, `social_information`.

## Transports used

Counts below are MIME parts/messages as generated, including the 8 messages embedded as `.eml` attachments.

{transports}

Also: RFC 2047 encoded-word Subject and display names, RFC 2231 (including continuations) and RFC 2047
attachment file names, multipart/related inline logos, forwarded messages both inline and as message/rfc822
or application/octet-stream `.eml` attachments, "scanned" PDFs without a text layer and PNG photos whose only
leak is the file name.

## Regenerate

    python generate.py            # writes next to itself
    python generate.py --out DIR  # elsewhere

The generator prints the counts, runs the self-check (re-parse with `email.policy.default`, decode every part
including PDF/DOCX/XLSX/ZIP/.eml, labels cover the files, NAMs appear exactly in the positives labelled
`ramq_nam`, each SIN/NISS/NIR/health-number label matches a valid number, no NAM holder's name in a negative)
and prints the digest. ZIP/DOCX/XLSX/PDF timestamps are fixed, so two runs give identical bytes.

## Digest

sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):

    {digest}
"""


def write_readme(out, res):
    langs = ', '.join('%s %s = %d' % ('positive' if k[0] else 'negative', k[1], v)
                      for k, v in sorted(res['lang_counts'].items(), key=lambda x: (not x[0][0], x[0][1])))
    tot = {}
    for (pos, lg), v in res['lang_counts'].items():
        tot[lg] = tot.get(lg, 0) + v
    langs += ' (total: %s)' % ', '.join('%s %d' % (k, v) for k, v in sorted(tot.items()))
    types = '\n'.join('- `%s`: %d' % (t, res['type_counts'][t]) for t in gen_check.TYPES)
    st = gen_compose.STATS
    groups = {}
    for k, v in sorted(st.items()):
        g, _, name = k.partition(':')
        if not name:
            g, name = 'structure', k
        groups.setdefault(g, []).append('%s (%d)' % (name, v))
    names = {'body': 'Body structure', 'charset': 'Body charsets', 'cte': 'Transfer encodings',
             'linesep': 'Line endings', 'attach': 'Attachments', 'structure': 'Other'}
    transports = '\n'.join('- %s: %s' % (names.get(g, g), ', '.join(v)) for g, v in groups.items())
    text = README.format(seed=SEED, npos=res['npos'], nneg=res['nneg'], langs=langs, types=types,
                         transports=transports, digest=res['digest'])
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    a = ap.parse_args()
    out = os.path.abspath(a.out)
    os.makedirs(out, exist_ok=True)
    build(out)
    res = gen_check.run(out)
    write_readme(out, res)
    return 1 if res['errors'] else 0


if __name__ == '__main__':
    sys.exit(main())
