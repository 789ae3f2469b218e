#!/usr/bin/env python3
"""Generate the labelled DLP e-mail corpus (medical transport and home-care suppliers flavour).

    python generate.py            # writes next to this file
    python generate.py --out DIR  # writes elsewhere

Deterministic from SEED; needs only the standard library, python-stdnum, reportlab, python-docx and openpyxl.
"""
import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_build  # noqa: E402
import gen_check  # noqa: E402
from gen_common import World  # noqa: E402
import gen_pos_a as PA  # noqa: E402
import gen_pos_b as PB  # noqa: E402
import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NB  # noqa: E402

SEED = 11024

# (template, count, probability of French)
POSITIVE_PLAN = [
    (PA.p_transport_booking, 6, 0.6), (PA.p_transport_html_table, 4, 0.6), (PA.p_oxygen_order, 5, 0.6),
    (PA.p_dialysis_supply, 5, 0.55), (PA.p_equipment_rental, 5, 0.55), (PA.p_homecare_referral, 6, 0.55),
    (PA.p_lab_followup, 5, 0.5), (PA.p_subject_only, 5, 0.55), (PA.p_filename_only, 5, 0.55),
    (PA.p_forwarded_patient, 5, 0.6), (PA.p_quoted_reply, 5, 0.55), (PA.p_attached_eml, 4, 0.5),
    (PA.p_roster_xlsx, 4, 0.6), (PA.p_csv_export, 4, 0.55), (PB.p_ics_visit, 4, 0.5), (PB.p_vcard_patient, 3, 0.6),
    (PB.p_zip_bundle, 3, 0.5), (PB.p_handover_list, 4, 0.6), (PB.p_social_situation, 5, 0.6),
    (PB.p_ontario_transfer, 4, 0.25), (PB.p_belgian_visitor, 3, 0.8), (PB.p_french_visitor, 3, 0.8),
    (PB.p_sin_form, 3, 0.6), (PB.p_incident_report, 3, 0.55), (PB.p_discharge_summary, 4, 0.5),
    (PB.p_pharmacy_question, 3, 0.5), (PB.p_disguised_ids, 4, 0.55), (PB.p_invoice_patient, 3, 0.6), (PB.p_reply_to_patient, 3, 0.6),
]
NEGATIVE_PLAN = [
    (NA.n_invoice, 8, 0.55), (NA.n_purchase_order, 7, 0.55), (NB.n_recall, 8, 0.5), (NB.n_shortage, 6, 0.55),
    (NA.n_hr_schedule, 7, 0.6), (NA.n_hr_leave, 7, 0.6), (NA.n_payroll, 5, 0.6), (NA.n_job_posting, 7, 0.55),
    (NA.n_it_notice, 7, 0.55), (NA.n_facilities, 7, 0.55), (NB.n_newsletter, 7, 0.55), (NB.n_conference, 6, 0.5),
    (NB.n_committee, 6, 0.55), (NB.n_statistics, 7, 0.55), (NB.n_blank_form, 7, 0.55), (NB.n_teaching_case, 6, 0.5),
    (NB.n_physician_directory, 6, 0.55), (NA.n_tender_contract, 6, 0.6), (NA.n_fleet_maintenance, 6, 0.55),
    (NB.n_training, 6, 0.55), (NB.n_policy_protocol, 6, 0.55), (NB.n_research_protocol, 4, 0.5),
    (NA.n_price_list, 5, 0.55), (NA.n_supplier_contact, 5, 0.5), (NB.n_scheduling_ops, 6, 0.6),
    (NB.n_inventory, 6, 0.5), (NA.n_quoted_admin_thread, 6, 0.55), (NB.n_forwarded_notice, 5, 0.55),
    (NB.n_meeting_invite, 5, 0.5),
]

FLAVOUR = ('medical transport and home-care suppliers (ambulance and adapted-transport bookings, home oxygen, home dialysis '
           'supplies, medical equipment rental, home-care nursing agencies) writing with hospitals and clinics, mixed French '
           'and English, with their ordinary administrative mail too')


def expand(plan):
    out = []
    for fn, n, frp in plan:
        out += [(fn, frp)] * n
    return out


def clean_dir(d):
    os.makedirs(d, exist_ok=True)
    for f in sorted(os.listdir(d)):
        if f.endswith('.eml'):
            os.remove(os.path.join(d, f))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args(argv)
    out = os.path.abspath(args.out)
    rng = random.Random(SEED)
    world = World(rng)
    labels = {}
    for sub, plan, prefix in (('positive', POSITIVE_PLAN, 'p'), ('negative', NEGATIVE_PLAN, 'n')):
        clean_dir(os.path.join(out, sub))
        items = expand(plan)
        rng.shuffle(items)
        for i, (fn, frp) in enumerate(items, 1):
            lang = 'fr' if rng.random() < frp else 'en'
            r = fn(world, rng, lang)
            data = gen_build.build_bytes(r['mail'], rng)
            rel = '%s/%s%03d_%s.eml' % (sub, prefix, i, r['cat'])
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(data)
            labels[rel] = {'confidential': sub == 'positive', 'types': list(r['types']), 'lang': r['mail']['lang'],
                           'note': r['note']}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    errors, counts, langs, types, dg = gen_check.run(out)
    write_readme(out, counts, langs, types, dg, gen_build.STATS.c)
    return 1 if errors else 0


def write_readme(out, counts, langs, types, dg, stats):
    def grp(prefix):
        return ', '.join('%s %d' % (k.split(':', 1)[1], v) for k, v in sorted(stats.items()) if k.startswith(prefix + ':'))
    lines = [
        '# Held-out DLP corpus 110 — medical transport and home-care suppliers',
        '',
        'Synthetic, labelled outbound e-mail for measuring a data-loss-prevention filter that decides whether a message is confidential.',
        '',
        '**Flavour:** ' + FLAVOUR + '.',
        '',
        '## Layout',
        '',
        '- `positive/pNNN_<category>.eml` — %d confidential messages' % counts['positive'],
        '- `negative/nNNN_<category>.eml` — %d non-confidential messages (hard negatives)' % counts['negative'],
        '- `labels.json` — `{path: {confidential, types, lang, note}}` for exactly those files',
        '- `generate.py` + `gen_common.py`, `gen_mime.py`, `gen_files.py`, `gen_build.py`, `gen_tpl.py`, `gen_pos_a.py`, '
        '`gen_pos_b.py`, `gen_neg_a.py`, `gen_neg_b.py`, `gen_check.py` — the generator and its self-check',
        '',
        '## Counts',
        '',
        '- Files: %d (positive %d, negative %d)' % (counts['positive'] + counts['negative'], counts['positive'], counts['negative']),
        '- Languages: ' + ', '.join('%s %d' % (k, v) for k, v in sorted(langs.items(), key=str)),
        '- Types (number of positives carrying each label): ' + ', '.join('`%s` %d' % (k, v) for k, v in types.items()),
        '',
        '## Definition used',
        '',
        'A message is confidential when a reader could identify a patient (name in any written form — with or without title, '
        'surname first, lower case, initials with surname — or a RAMQ NAM, Canadian SIN, Ontario health number, Belgian NISS, '
        'French NIR or a hospital chart number, possibly disguised by spacing, dots, slashes or full-width digits) **and** learn '
        'something personal, medical or social about that patient (diagnosis, symptoms, medication, lab result, procedure, '
        'appointment for care, birth date, home address or personal phone in a care context, social situation), anywhere in the '
        'message: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached .eml) or '
        'an attachment\'s file name. Staff information (schedules, leave, employee health, payroll), physicians named with the '
        'diseases they treat, conference programmes, aggregate statistics, newsletters, blank forms, anonymised teaching cases, '
        'invoices and purchase orders without patients, serial / lot / asset / VIN / business numbers (even checksum-valid), '
        'organisation phone numbers and addresses, IT and facilities mail, job postings, committee notices, shortage notices and '
        'research protocols without participants are not confidential.',
        '',
        'RAMQ NAMs come only from `../blind_nams.txt` and always travel with their holder (name, birth date, sex); no NAM '
        'holder\'s name appears in a negative. SIN, Ontario health numbers, NISS and NIR are generated valid and checked with '
        'python-stdnum. Everything else (people, organisations, `*.example` domains, 555-01xx phone numbers) is invented.',
        '',
        '## Transports used',
        '',
        '- Body forms: ' + grp('form'),
        '- Charsets: ' + grp('charset'),
        '- Transfer encodings: ' + grp('cte'),
        '- Line endings: ' + grp('nl'),
        '- RFC 2047 encoded headers: ' + grp('rfc2047'),
        '- Attachment file-name parameters: ' + grp('fname') + ' (2231 = RFC 2231 `filename*`, 2231c = RFC 2231 continuations, '
        'latin1 = RFC 2231 in iso-8859-1, 2047 = encoded word in quotes)',
        '- Attachment types: ' + grp('att'),
        '',
        '(Counts include parts of attached messages.)',
        '',
        '## Regenerate',
        '',
        '```',
        'python generate.py            # writes positive/, negative/, labels.json and README.md next to itself',
        'python generate.py --out DIR  # writes elsewhere',
        '```',
        '',
        'Seed %d. ZIP, DOCX, XLSX and PDF attachments use fixed timestamps, MIME boundaries and Message-IDs come from the seeded '
        'RNG, so two runs give identical bytes. The run ends with a self-check (re-parse with `email.policy.default`, decode every '
        'part including PDF/DOCX/XLSX/ZIP/attached messages, verify labels, NAM placement, identifier validity and NAM-holder '
        'names) and prints the counts and the digest.' % SEED,
        '',
        '## Digest',
        '',
        'sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json`, in sorted path order, each as path, NUL, bytes, NUL:',
        '',
        '`%s`' % dg,
        '',
    ]
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(lines))


if __name__ == '__main__':
    sys.exit(main())
