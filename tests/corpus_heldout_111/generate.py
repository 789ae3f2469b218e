#!/usr/bin/env python3
"""Generate the held-out DLP corpus (correctional health flavour).

    python generate.py            # writes next to this file
    python generate.py --out DIR  # writes elsewhere

Deterministic from SEED; standard library + python-stdnum, reportlab, python-docx, openpyxl.
"""
import argparse
import datetime
import json
import os
import random
import shutil
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_check  # noqa: E402
import gen_neg_a as na  # noqa: E402
import gen_neg_b as nb  # noqa: E402
import gen_neg_c as nc  # noqa: E402
import gen_pos_a as pa  # noqa: E402
import gen_pos_b as pb  # noqa: E402
import gen_pos_c as pc  # noqa: E402
from gen_common import Ctx  # noqa: E402
from gen_mime import build_message  # noqa: E402

SEED = 11131
FLAVOUR = ('correctional health (health services of a provincial detention centre and a federal penitentiary: nurses, '
           'physicians, opioid agonist treatment, mental health, transfers to hospital under escort, release planning with '
           'community clinics), mixed French and English, with its ordinary administrative mail too')

# (function, n_fr, n_en)
POSITIVE_PLAN = [
    (pa.p_transfer_er, 5, 3), (pa.p_appointment_ics, 4, 2), (pa.p_consult_reply, 4, 3), (pa.p_subject_only, 3, 2),
    (pa.p_return_from_hospital, 3, 2),
    (pb.p_oat_continuity, 4, 3), (pb.p_oat_roster, 3, 2), (pb.p_release_plan, 4, 3), (pb.p_income_support, 3, 2),
    (pb.p_vcard_release, 2, 2), (pb.p_foreign, 4, 2), (pb.p_ontario_transfer, 1, 4),
    (pc.p_signout, 4, 2), (pc.p_mental_health, 4, 3), (pc.p_lab_followup, 4, 3), (pc.p_patient_mail, 4, 2),
    (pc.p_quoted_only, 3, 2), (pc.p_filename_only, 3, 2), (pc.p_eml_forward, 2, 2), (pc.p_zip_bundle, 2, 2),
    (pc.p_youth_protection, 2, 1), (pc.p_overdose_incident, 2, 1),
]
NEGATIVE_PLAN = [
    (na.n_schedule, 4, 3), (na.n_leave, 3, 2), (na.n_occ_health, 4, 3), (na.n_payroll, 2, 2), (na.n_job_posting, 3, 2),
    (na.n_it_notice, 4, 3), (na.n_facilities, 4, 2), (na.n_training, 3, 3), (na.n_meeting, 3, 2), (na.n_out_of_office, 2, 1),
    (na.n_badges, 2, 1),
    (nb.n_stats, 4, 3), (nb.n_drug_shortage, 3, 3), (nb.n_recall, 3, 2), (nb.n_invoice, 4, 3), (nb.n_newsletter, 3, 3),
    (nb.n_conference, 3, 2), (nb.n_committee, 4, 3), (nb.n_teaching_case, 3, 2), (nb.n_blank_form, 4, 2),
    (nb.n_protocol, 4, 3), (nb.n_physician_roster, 3, 2),
    (nc.n_escort_staffing, 3, 2), (nc.n_pharmacy_ops, 3, 3), (nc.n_equipment, 3, 2), (nc.n_clinical_question, 3, 3),
    (nc.n_leaflet, 3, 2), (nc.n_audit, 2, 2), (nc.n_community_partner, 3, 3), (nc.n_research, 2, 2), (nc.n_supplies, 2, 2),
    (nc.n_staff_invite, 2, 2), (nc.n_staff_vcard, 2, 1), (nc.n_admin_thread, 2, 2),
]

BASE = datetime.datetime(2025, 2, 3, 0, 0)


def msg_time(rng):
    d = BASE + datetime.timedelta(days=rng.randint(0, 52))
    if d.weekday() >= 5 and rng.random() < 0.7:
        d += datetime.timedelta(days=7 - d.weekday())
    d = d.replace(hour=rng.choice([6, 7, 8, 8, 9, 9, 10, 11, 13, 14, 15, 16, 17, 19, 22]), minute=rng.randint(0, 59),
                  second=rng.randint(0, 59))
    off = -4 if d >= datetime.datetime(2025, 3, 9, 3) else -5
    return d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


def expand(plan):
    jobs = []
    for fn, nfr, nen in plan:
        jobs += [(fn, 'fr')] * nfr + [(fn, 'en')] * nen
    return jobs


def generate(out):
    master = random.Random(SEED)
    ctx = Ctx(random.Random(f'{SEED}-ctx'))
    for sub in ('positive', 'negative'):
        p = os.path.join(out, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    labels = {}
    stats = set()
    for kind, plan, prefix, total in (('positive', POSITIVE_PLAN, 'p', 120), ('negative', NEGATIVE_PLAN, 'n', 180)):
        jobs = expand(plan)
        assert len(jobs) == total, (kind, len(jobs))
        specs = []
        for i, (fn, lang) in enumerate(jobs):
            rng = random.Random(f'{SEED}-{kind}-{i}')
            s = fn(rng, ctx, lang, msg_time(rng))
            specs.append((i, s, rng))
        order = list(range(len(specs)))
        master.shuffle(order)
        for num, idx in enumerate(order, 1):
            i, s, rng = specs[idx]
            data, st = build_message(s, rng, f'{SEED}-{kind}-{i}')
            stats |= st
            rel = f'{kind}/{prefix}{num:03d}_{s["category"]}.eml'
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(data)
            types = sorted(s['types']) if kind == 'positive' else []
            labels[rel] = {'confidential': kind == 'positive', 'types': types, 'lang': s['lang'], 'note': s['note']}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    return labels, stats


def write_readme(out, labels, stats, langs, types, digest):
    pos = {k: v for k, v in labels.items() if v['confidential']}
    neg = {k: v for k, v in labels.items() if not v['confidential']}
    lp = {l: sum(1 for v in pos.values() if v['lang'] == l) for l in ('fr', 'en')}
    ln = {l: sum(1 for v in neg.values() if v['lang'] == l) for l in ('fr', 'en')}
    tr = sorted(stats)
    tlines = '\n'.join(f'| `{t}` | {types.get(t, 0)} |' for t in sorted(types))
    text = f"""# Held-out DLP corpus 111 — correctional health

Flavour: {FLAVOUR}.

Synthetic outbound e-mail of the health services of an invented provincial detention centre
(Établissement de détention de Pointe-aux-Érables, CISSS des Basses-Laurentides) and an invented federal
penitentiary (Établissement Mont-Corbeau / Mont-Corbeau Institution), with their partner hospitals, a regional
treatment centre, community OAT clinics, a CLSC, a pharmacy and community residential centres. All people,
institutions, domains (`*.example`) and phone numbers (555-01xx) are invented; RAMQ NAMs come only from
`../blind_nams.txt` and are always used with their holder's name, birth date and sex.

## Layout

- `positive/pNNN_<category>.eml` — {len(pos)} confidential messages
- `negative/nNNN_<category>.eml` — {len(neg)} non-confidential messages (hard negatives)
- `labels.json` — `{{path: {{confidential, types, lang, note}}}}` covering exactly the files
- `generate.py` + `gen_common.py`, `gen_clin.py`, `gen_attach.py`, `gen_mime.py`, `gen_pos_a.py`, `gen_pos_b.py`,
  `gen_pos_c.py`, `gen_neg_a.py`, `gen_neg_b.py`, `gen_neg_c.py`, `gen_check.py`

## Counts

| | fr | en | total |
|---|---|---|---|
| positive | {lp['fr']} | {lp['en']} | {len(pos)} |
| negative | {ln['fr']} | {ln['en']} | {len(neg)} |
| all | {langs.get('fr', 0)} | {langs.get('en', 0)} | {len(labels)} |

Finding types over positives (a message may carry several):

| type | positives |
|---|---|
{tlines}

## Definition used

A message is confidential when a reader could identify a patient (name in any form — with or without title,
surname first, lower case, initials with surname —, RAMQ NAM, SIN, Ontario health number, Belgian NISS, French NIR,
hospital chart number / MRN, including disguised spacing, dots, slashes and full-width digits) and learn something
personal, medical or social about them (diagnosis, symptoms, medication, lab result, care appointment, birth date,
home address or personal phone in a care context, social situation), anywhere: Subject, body, quoted reply, inline
forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached .eml) or attachment file name.
Not confidential: staff information (schedules, leave, an employee's occupational health, HR, payroll), physicians
named with the diseases they treat, conference speakers and topics, aggregate statistics, newsletters, blank forms
and templates, anonymised teaching cases, invoices and purchase orders, serial / lot / asset numbers (even when they
pass a checksum), clinic contact details in signatures, IT and facilities mail, job postings, committee notices,
drug-shortage notices, research protocols without participants' identities. In this setting, naming a detained
person at all would reveal incarceration, so negatives name no detained person.

## Transports used

{', '.join(tr)}

(text/plain, text/html-only, multipart/alternative, multipart/mixed with attachments, message/rfc822; charsets
utf-8, us-ascii, iso-8859-1, windows-1252; 7bit, 8bit, quoted-printable, base64; CRLF and LF files; RFC 2047 encoded
headers and parameters; RFC 2231 file names including continuations.)

## Regenerate

    /path/to/python generate.py            # writes next to generate.py
    /path/to/python generate.py --out DIR  # writes to DIR

Seed {SEED}. ZIP/DOCX/XLSX entries carry fixed timestamps, PDFs are produced with reportlab `invariant=1`, MIME
boundaries and Message-IDs are derived from the seed, so two runs give identical bytes. The generator re-parses
every file with `email.policy.default`, decodes every part and attachment, and checks labels, NAM placement,
checksum validity of SIN / health-number / NISS / NIR labels and the absence of NAM holders' names in negatives.

## Digest

sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):

    {digest}
"""
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    labels, stats = generate(out)
    errors, langs, types, digest = gen_check.run(out)
    write_readme(out, labels, stats, langs, types, digest)
    if errors:
        sys.exit(1)


if __name__ == '__main__':
    main()
