#!/usr/bin/env python3
"""Generate the held-out DLP corpus (paediatric haematology-oncology flavour).

Usage: python generate.py [--out DIR]
Writes positive/*.eml, negative/*.eml, labels.json and README.md next to this
file (or in DIR), re-parses and verifies everything, and prints the digest.
"""
import argparse
import datetime
import hashlib
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_neg_admin  # noqa: E402
import gen_neg_comms  # noqa: E402
import gen_pos_care  # noqa: E402
import gen_pos_clinical  # noqa: E402
import gen_pos_family  # noqa: E402
from gen_common import TYPES, Ctx, age_on, check_pools, load_holders  # noqa: E402
from gen_mime import is_ascii, render_mail  # noqa: E402
from gen_verify import verify  # noqa: E402

SEED = 25204
N_POS, N_NEG = 120, 180
EST = datetime.timezone(datetime.timedelta(hours=-5))
EDT = datetime.timezone(datetime.timedelta(hours=-4))

LANG_PREF = {'ontario_transfer': ['en', 'en', 'fr'], 'belgian': ['fr', 'fr'], 'french': ['fr', 'en'],
             'nam_donor': ['fr', 'fr', 'en', 'fr', 'en'], 'nam_survivor': ['fr', 'en', 'fr', 'fr', 'en'],
             'nam_carrier': ['fr', 'en'], 'haemophilia_home': ['en', 'fr'], 'youth_protection': ['fr', 'en']}
AGE_RULES = {'school_reentry': (5, 16), 'iep': (7, 15), 'camp_medical': (7, 16), 'child_life': (3, 12),
             'school_exposure': (5, 12), 'foundation_aid': (0, 17), 'social_work': (0, 17), 'vcard_contact': (0, 17)}
AYA_OK = {'pharmacy_rx', 'chemo_roadmap', 'lab_followup', 'discharge', 'transfusion', 'booking', 'research_enrolment',
          'febrile_neutropenia', 'central_line'}


def msg_date(rng, i, n, start, end):
    span = (end - start).days
    day = start + datetime.timedelta(days=int(span * (i + rng.random()) / n))
    while day.weekday() >= 5 and rng.random() < 0.85:
        day += datetime.timedelta(days=1)
    hour = rng.choice([7, 8, 8, 9, 10, 10, 11, 13, 14, 15, 16, 17, 19, 22])
    tz = EST if day < datetime.date(2025, 3, 9) else EDT
    return datetime.datetime(day.year, day.month, day.day, hour, rng.randint(0, 59), rng.randint(0, 59), tzinfo=tz)


def build_positive_plan(rng, holders):
    items = []
    for mod in (gen_pos_clinical, gen_pos_care, gen_pos_family):
        for fn, n, mode in mod.TEMPLATES:
            prefs = LANG_PREF.get(fn.__name__, [])
            for k in range(n):
                items.append({'fn': fn, 'mode': mode, 'lang': prefs[k] if k < len(prefs) else None, 'holder': None})
    rng.shuffle(items)
    ref = datetime.date(2025, 4, 1)
    kids = [h for h in holders if age_on(h.dob, ref) <= 17]
    aya = [h for h in holders if 18 <= age_on(h.dob, ref) <= 24]
    adults = [h for h in holders if 1972 <= h.dob.year <= 1998]
    rng.shuffle(kids)
    rng.shuffle(aya)
    rng.shuffle(adults)
    aya_young = [h for h in aya if age_on(h.dob, ref) <= 21][:3]
    aya_old = [h for h in aya if h not in aya_young]
    # adult-mode templates: survivors take older AYA first, then adults
    adult_pool = list(adults)
    for it in items:
        if it['mode'] == 'adult':
            if it['fn'].__name__ == 'nam_survivor' and aya_old:
                it['holder'] = aya_old.pop()
            else:
                it['holder'] = adult_pool.pop()
    # child-mode templates: kids then young AYA, respecting age rules
    for h in kids + aya_young:
        a = age_on(h.dob, ref)
        for it in items:
            name = it['fn'].__name__
            if it['mode'] != 'child' or it['holder'] is not None:
                continue
            lo, hi = AGE_RULES.get(name, (0, 17))
            if a > 17 and name not in AYA_OK:
                continue
            if a <= 17 and not (lo <= a <= hi):
                continue
            it['holder'] = h
            break
        else:
            raise SystemExit('no slot for holder %s' % h.nam)
    return items


def build_negative_plan(rng):
    items = []
    for mod in (gen_neg_admin, gen_neg_comms):
        for fn, n in mod.TEMPLATES:
            for k in range(n):
                items.append({'fn': fn, 'lang': None})
    rng.shuffle(items)
    return items


def assign_langs(items, rng):
    total = len(items)
    fixed_fr = sum(1 for it in items if it['lang'] == 'fr')
    need_fr = total // 2 - fixed_fr
    free = [it for it in items if it['lang'] is None]
    langs = ['fr'] * need_fr + ['en'] * (len(free) - need_fr)
    rng.shuffle(langs)
    for it, lg in zip(free, langs):
        it['lang'] = lg


def transport(rng, m, idx):
    texts = [t for t in (m.text, m.html) if t]
    ascii_only = all(is_ascii(t) for t in texts)
    layout = m.hint.get('layout') or rng.choice(['plain', 'plain', 'alt', 'alt', 'html'])
    if ascii_only:
        cs = rng.choice(['us-ascii', 'us-ascii', 'utf-8', 'iso-8859-1'])
        cte = rng.choice(['7bit', '7bit', 'quoted-printable', 'base64'])
    else:
        cs = rng.choice(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
        cte = rng.choice(['8bit', 'quoted-printable', 'quoted-printable', 'base64'])
    mailer = rng.choice(['X-Mailer: Microsoft Outlook 16.0', 'User-Agent: Mozilla Thunderbird 128.3.1',
                         'X-Mailer: Apple Mail (2.3826.300.87)', None, 'X-Mailer: Zimbra 10.0.8_GA'])
    return {'seed': SEED, 'idx': idx, 'eol': b'\r\n' if rng.random() < 0.6 else b'\n', 'layout': layout, 'charset': cs,
            'cte': cte, 'hcs': rng.choice(['utf-8', 'utf-8', 'iso-8859-1']), 'mailer': mailer,
            'addr_style': rng.choice([0, 0, 1, 2]), 'font': rng.choice(['Calibri, sans-serif', 'Arial', 'Aptos, sans-serif'])}


def write_readme(out, labels, features, digest):
    pos = {k: v for k, v in labels.items() if v['confidential']}
    langs = {}
    for v in labels.values():
        langs[v['lang']] = langs.get(v['lang'], 0) + 1
    tcount = {t: sum(1 for v in pos.values() if t in v['types']) for t in TYPES}
    fcount = {}
    for feats in features.values():
        for f in feats:
            fcount[f] = fcount.get(f, 0) + 1
    lines = ['# Held-out DLP corpus 204 — paediatric haematology-oncology, child life and school liaison', '',
             'Synthetic outbound e-mail from an invented Montreal paediatric hospital (Hôpital de l\'Enfance Boréale / '
             'Boreal Children\'s Hospital) and its Aurore haematology-oncology centre: physicians, nurses, pharmacists, '
             'child life specialists, school liaison teachers and social workers writing about chemotherapy protocols, '
             'transfusions, febrile neutropenia, central lines, parents and schools, the foundation and the summer camp. '
             'Positives carry identifiable patient data; negatives are hard look-alikes (staff, schedules, invoices, '
             'newsletters, blank forms, aggregate statistics, recalls with checksum-valid lot numbers, teaching cases). '
             'All people, institutions, addresses and numbers are invented; domains end in .example.', '',
             'Seed: %d.' % SEED, '', '## Layout', '',
             '- `positive/pNNN_<category>.eml` — %d confidential messages' % len(pos),
             '- `negative/nNNN_<category>.eml` — %d non-confidential messages' % (len(labels) - len(pos)),
             '- `labels.json` — per file: confidential, types, lang, note',
             '- `generate.py`, `gen_*.py` — the generator (reads only its modules and `../blind_nams.txt`)', '',
             '## Languages', '', '| lang | files |', '|---|---|']
    for lg in sorted(langs):
        lines.append('| %s | %d |' % (lg, langs[lg]))
    lines += ['', '## Finding types (positives)', '', '| type | positives |', '|---|---|']
    for t in TYPES:
        lines.append('| %s | %d |' % (t, tcount[t]))
    lines += ['', '## Definition used', '',
              'A message is **confidential** when a reader could identify a patient (name in any form — with or without '
              'title, surname first, lower case, initials with a surname —, RAMQ NAM, Canadian SIN, Ontario health number, '
              'Belgian NISS, French NIR, or a hospital chart number / MRN, possibly disguised with odd spacing, dots, '
              'slashes or full-width digits) **and** learn something personal, medical or social about them (diagnosis, '
              'symptoms, medication, lab or test result, procedure, appointment for care, birth date, home address or '
              'personal phone in a care context, social situation such as housing, youth protection, income support or '
              'violence), anywhere in the message: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX, '
              'XLSX, CSV, ICS, vCard, ZIP, attached .eml) or an attachment\'s file name.', '',
              '**Not confidential**: staff information (schedules, leave, payroll, an employee\'s occupational health, HR, '
              'job candidates), physicians named with the diseases they treat, conference speakers and topics, aggregate '
              'statistics, newsletters, blank forms and mail-merge templates, de-identified teaching cases, invoices and '
              'purchase orders, serial / lot / asset numbers (even when they pass a checksum), clinic phone numbers and '
              'addresses in signatures, IT and facilities mail, job postings, committee notices, drug-shortage notices, '
              'recalls, research protocols without participants\' identities.', '',
              '## Transports (files showing each feature)', '', '| feature | files |', '|---|---|']
    for f in sorted(fcount):
        lines.append('| %s | %d |' % (f, fcount[f]))
    lines += ['', '## Regenerate', '', '```', 'python generate.py            # writes next to itself',
              'python generate.py --out DIR  # writes elsewhere', '```', '',
              'Only the standard library, python-stdnum, reportlab, python-docx and openpyxl are used. Output is '
              'byte-identical on every run; the generator re-parses and verifies everything and exits non-zero on failure.',
              '', '## Digest', '', 'sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` '
              '(sorted relative path, NUL, bytes, NUL):', '', '`%s`' % digest, '']
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(lines))


def digest_of(out):
    rels = ['labels.json']
    for sub in ('positive', 'negative'):
        rels += ['%s/%s' % (sub, f) for f in os.listdir(os.path.join(out, sub)) if f.endswith('.eml')]
    h = hashlib.sha256()
    for rel in sorted(rels):
        h.update(rel.encode('utf-8') + b'\0')
        with open(os.path.join(out, rel), 'rb') as fh:
            h.update(fh.read())
        h.update(b'\0')
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    holders = load_holders()
    check_pools(holders)
    rng = random.Random('%d:plan' % SEED)
    pos_plan = build_positive_plan(rng, holders)
    neg_plan = build_negative_plan(rng)
    assign_langs(pos_plan, rng)
    assign_langs(neg_plan, rng)
    assert len(pos_plan) == N_POS and len(neg_plan) == N_NEG, (len(pos_plan), len(neg_plan))
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    labels, registry = {}, {}
    start, end = datetime.date(2025, 2, 3), datetime.date(2025, 6, 27)
    drng = random.Random('%d:dates' % SEED)
    trng = random.Random('%d:transport' % SEED)
    for tag, plan in (('p', pos_plan), ('n', neg_plan)):
        for i, it in enumerate(plan):
            date = msg_date(drng, i, len(plan), start, end)
            c = Ctx(SEED, tag, i + 1, it['lang'], date)
            m = it['fn'](c, it['holder']) if tag == 'p' else it['fn'](c)
            m.date = date
            if tag == 'p' and it['holder'] is not None and not any(h is it['holder'] for h, _, _ in m.nams):
                raise SystemExit('holder %s not placed in %s' % (it['holder'].nam, it['fn'].__name__))
            for a in m.atts:
                if a.kind == 'eml' and a.data.date is None:
                    a.data.date = date - datetime.timedelta(hours=3)
            idx = (i + 1) if tag == 'p' else (i + 1001)
            data = render_mail(m, transport(trng, m, idx))
            rel = '%s/%s%03d_%s.eml' % ('positive' if tag == 'p' else 'negative', tag, i + 1, m.cat)
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(data)
            types = [t for t in TYPES if t in m.types] if tag == 'p' else []
            labels[rel] = {'confidential': tag == 'p', 'types': types, 'lang': m.lang, 'note': m.note}
            registry[rel] = {'ids': list(m.ids), 'nams': list(m.nams)}
    labels = dict(sorted(labels.items()))
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    errors, features = verify(out, labels, registry, holders, N_POS, N_NEG)
    digest = digest_of(out)
    write_readme(out, labels, features, digest)
    if errors:
        for e in errors:
            print('ERROR', e, file=sys.stderr)
        print('%d verification errors' % len(errors), file=sys.stderr)
        sys.exit(1)
    print(digest)


if __name__ == '__main__':
    main()
