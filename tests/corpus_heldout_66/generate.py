#!/usr/bin/env python3
"""Synthetic GMF / walk-in clinic outbound e-mail corpus for DLP evaluation.

Usage:  python generate.py [--seed 6666] [--out DIR]
Writes positive/pNNN_<category>.eml, negative/nNNN_<category>.eml and labels.json,
then re-parses everything and prints counts and a sha256 digest.
"""
import argparse
import email
import email.policy
import hashlib
import io
import json
import os
import random
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import compose  # noqa: E402
import ctx as ctxmod  # noqa: E402
import ids  # noqa: E402
import neg_a  # noqa: E402
import neg_b  # noqa: E402
import neg_c  # noqa: E402
import pos_a  # noqa: E402
import pos_b  # noqa: E402
import pos_c  # noqa: E402

DEFAULT_SEED = 6666
N_POS, N_NEG = 120, 180
TYPES = {'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth', 'patient_name',
         'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information'}

POSITIVE = [
    ('portal_reply', pos_a.portal_reply, 7),
    ('rx_pharmacy', pos_a.rx_pharmacy, 7),
    ('rx_patient', pos_a.rx_patient, 5),
    ('referral', pos_a.referral, 8),
    ('lab_followup', pos_a.lab_followup, 7),
    ('lab_callbacks', pos_a.lab_callbacks, 4),
    ('sick_note', pos_a.sick_note, 5),
    ('insurance_form', pos_a.insurance_form, 5),
    ('relative', pos_b.relative, 6),
    ('home_visits', pos_b.home_visits, 5),
    ('appt_ics', pos_b.appt_ics, 4),
    ('walkin_roster', pos_b.walkin_roster, 4),
    ('transfer_on', pos_b.transfer_on, 4),
    ('newcomer_be', pos_b.newcomer_be, 3),
    ('newcomer_fr', pos_b.newcomer_fr, 3),
    ('vcard_patient', pos_b.vcard_patient, 3),
    ('fwd_eml', pos_b.fwd_eml, 4),
    ('zip_scans', pos_b.zip_scans, 3),
    ('social_worker', pos_b.social_worker, 4),
    ('mental_health', pos_b.mental_health, 4),
    ('disguised_nam', pos_c.disguised_nam, 4),
    ('vaccination', pos_c.vaccination, 3),
    ('no_show', pos_c.no_show, 3),
    ('pediatric', pos_c.pediatric, 4),
    ('subject_only', pos_c.subject_only, 3),
    ('prenatal', pos_c.prenatal, 3),
    ('filename_only', pos_c.filename_only, 2),
    ('portal_html', pos_c.portal_html, 3),
]

NEGATIVE = [
    ('staff_schedule', neg_a.staff_schedule, 7),
    ('staff_leave', neg_a.staff_leave, 6),
    ('staff_occ_health', neg_a.staff_occ_health, 5),
    ('supplier_order', neg_a.supplier_order, 7),
    ('supplier_recall', neg_a.supplier_recall, 6),
    ('it_emr', neg_a.it_emr, 6),
    ('it_security', neg_a.it_security, 6),
    ('it_assets', neg_a.it_assets, 5),
    ('portal_announce', neg_b.portal_announcement, 6),
    ('clinic_hours', neg_b.clinic_closure, 5),
    ('newsletter', neg_b.newsletter, 6),
    ('stats_report', neg_b.stats_report, 7),
    ('blank_form', neg_b.blank_form, 7),
    ('teaching_case', neg_b.teaching_case, 7),
    ('speaker_event', neg_b.speaker_event, 6),
    ('committee', neg_b.committee, 5),
    ('job_posting', neg_b.job_posting, 5),
    ('physician_dir', neg_b.physician_directory, 6),
    ('lab_service', neg_b.lab_service, 6),
    ('drug_shortage', neg_b.pharmacy_liaison, 6),
    ('cold_chain', neg_b.cold_chain, 5),
    ('facilities', neg_b.facilities, 5),
    ('billing', neg_c.billing_aggregate, 5),
    ('training', neg_c.training, 5),
    ('staff_social', neg_c.staff_social, 4),
    ('internal_thread', neg_c.internal_thread, 5),
    ('ics_meeting', neg_c.ics_meeting, 5),
    ('vcard_rep', neg_c.vcard_rep, 3),
    ('zip_policies', neg_c.zip_policies, 3),
    ('autoreply', neg_c.portal_autoreply, 3),
    ('form_fees', neg_c.insurance_info, 4),
    ('infection_ctl', neg_c.infection_control, 4),
    ('pt_education', neg_c.patient_education, 4),
    ('fwd_vendor_eml', neg_c.fwd_vendor_eml, 1),
    ('anon_huddle', neg_c.anon_huddle, 4),
]


def plan(spec, total, rng):
    items = []
    for name, fn, n in spec:
        items += [(name, fn)] * n
    assert len(items) == total, (len(items), total)
    rng.shuffle(items)
    return items


def generate(seed, out):
    master = random.Random(seed)
    pool = ctxmod.NamPool(ids.load_nam_people(), random.Random('%d-nam' % seed))
    labels = {}
    files = {}
    for kind, spec, total, prefix in (('positive', POSITIVE, N_POS, 'p'), ('negative', NEGATIVE, N_NEG, 'n')):
        for i, (name, fn) in enumerate(plan(spec, total, master), 1):
            rng = random.Random('%d-%s-%d' % (seed, kind, i))
            lang = 'fr' if rng.random() < 0.55 else 'en'
            c = ctxmod.Ctx(rng, lang, pool)
            mail = fn(c)
            raw = compose.build(mail, rng)
            rel = '%s/%s%03d_%s.eml' % (kind, prefix, i, name)
            files[rel] = raw
            labels[rel] = {'confidential': kind == 'positive', 'types': sorted(mail.types), 'lang': mail.lang, 'note': mail.note}
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    for rel, raw in files.items():
        with open(os.path.join(out, rel), 'wb') as fh:
            fh.write(raw)
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')


# ---------------------------------------------------------------- self-check
def _check_binary(ctype, data, where):
    if ctype == 'application/pdf':
        assert data.startswith(b'%PDF'), where
    elif ctype in ('application/zip',) or 'openxmlformats' in ctype:
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, where
        for n in z.namelist():
            z.read(n)


def _walk(msg, where):
    n = 0
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == 'message/rfc822':
            inner = part.get_content()
            n += _walk(inner, where + '>eml')
            continue
        if part.get_content_maintype() == 'text':
            txt = part.get_content()
            assert isinstance(txt, str) and txt.strip(), where
        else:
            data = part.get_content()
            assert isinstance(data, bytes) and data, where
            _check_binary(ct, data, where)
        fn = part.get_filename()
        if part.get_content_disposition() == 'attachment':
            assert fn, where
        n += 1
    return n


def self_check(out):
    with open(os.path.join(out, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    found = []
    for sub in ('positive', 'negative'):
        for f in sorted(os.listdir(os.path.join(out, sub))):
            if f.endswith('.eml'):
                found.append('%s/%s' % (sub, f))
    found.sort()
    assert sorted(labels) == found, 'labels do not match files'
    counts = {'positive': 0, 'negative': 0}
    langs = {}
    parts = 0
    for rel in found:
        with open(os.path.join(out, rel), 'rb') as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert msg['Subject'] is not None and msg['From'] and msg['Date'], rel
        str(msg['Subject'])
        parts += _walk(msg, rel)
        lab = labels[rel]
        pos = rel.startswith('positive/')
        assert lab['confidential'] is pos, rel
        assert set(lab['types']) <= TYPES, rel
        if pos:
            assert len(lab['types']) >= 1, rel
        else:
            assert lab['types'] == [], rel
        assert lab['lang'] in ('fr', 'en'), rel
        counts['positive' if pos else 'negative'] += 1
        key = ('positive' if pos else 'negative', lab['lang'])
        langs[key] = langs.get(key, 0) + 1
    h = hashlib.sha256()
    for rel in found + ['labels.json']:
        with open(os.path.join(out, rel), 'rb') as fh:
            h.update(rel.encode() + b'\0' + fh.read() + b'\0')
    assert counts['positive'] == N_POS and counts['negative'] == N_NEG, counts
    print('positives: %d  negatives: %d  (decoded leaf parts: %d)' % (counts['positive'], counts['negative'], parts))
    for k in sorted(langs):
        print('  %s/%s: %d' % (k[0], k[1], langs[k]))
    print('sha256:', h.hexdigest())
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--out', default=HERE)
    a = ap.parse_args()
    generate(a.seed, a.out)
    self_check(a.out)


if __name__ == '__main__':
    main()
