#!/usr/bin/env python3
"""Generate the held-out DLP corpus (public health / infection prevention flavour).

Usage:  python generate.py [--out DIR] [--seed N]

Writes positive/pNNN_<category>.eml (120), negative/nNNN_<category>.eml (180)
and labels.json into DIR (default: the folder holding this script), then
re-parses everything, checks the labels and prints counts and a sha256 digest.
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

import gen_mime as M  # noqa: E402
import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NB  # noqa: E402
import gen_pos_a as PA  # noqa: E402
import gen_pos_b as PB  # noqa: E402
import gen_pos_c as PC  # noqa: E402
from gen_ctx import Ctx  # noqa: E402

DEFAULT_SEED = 5656
ALLOWED = {'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth', 'patient_name',
           'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information'}

# (template, count, how many of them in English)
POSITIVE = [
    (PA.p_mado_md, 6, 2), (PA.p_mado_lab, 6, 2), (PA.p_dsp_enquete, 5, 1), (PA.p_contacts_list, 5, 1),
    (PA.p_itss_partners, 4, 1), (PA.p_outbreak_linelist, 5, 2), (PA.p_residence_outbreak, 5, 1),
    (PB.p_isolation_alert, 5, 2), (PB.p_cdiff, 4, 1), (PB.p_transfer_epc, 4, 1), (PB.p_vacc_booking, 5, 1),
    (PB.p_aefi, 5, 1), (PB.p_vacc_record, 4, 1), (PB.p_tb_dot, 5, 1), (PB.p_pep, 4, 1), (PB.p_bbf_source, 4, 1),
    (PB.p_home_care, 4, 1), (PB.p_transport, 3, 1), (PB.p_school_case, 4, 1),
    (PC.p_subject_only, 3, 1), (PC.p_filename, 3, 1), (PC.p_reply_quote, 4, 1), (PC.p_eml_attached, 3, 1),
    (PC.p_zip_linelist, 3, 1), (PC.p_vcard, 2, 0), (PC.p_ontario, 4, 4), (PC.p_belgium, 3, 0), (PC.p_france, 3, 0),
    (PC.p_sin, 3, 1), (PC.p_docx_note, 2, 1),
]
NEGATIVE = [
    (NA.n_epi_bulletin, 8, 2), (NA.n_outbreak_notice, 8, 3), (NA.n_outbreak_end, 5, 1), (NA.n_residence_outbreak_agg, 6, 1),
    (NA.n_vacc_campaign, 7, 2), (NA.n_vacc_staffing, 6, 2), (NA.n_hand_hygiene, 5, 2), (NA.n_fit_test, 6, 2),
    (NA.n_staff_exposure, 6, 2), (NA.n_staff_tb_screening, 5, 1), (NA.n_staff_flu_reminder, 5, 2), (NA.n_lot_recall, 5, 2),
    (NA.n_cold_chain, 6, 2), (NA.n_po_invoice, 5, 2), (NA.n_facilities, 5, 2),
    (NB.n_committee, 6, 2), (NB.n_job_posting, 4, 1), (NB.n_conference, 5, 2), (NB.n_oncall, 5, 1), (NB.n_blank_form, 6, 2),
    (NB.n_teaching_case, 5, 2), (NB.n_guideline, 5, 1), (NB.n_isolation_table, 4, 1), (NB.n_lab_stats, 5, 2),
    (NB.n_noso_rates, 5, 2), (NB.n_tracing_procedure, 4, 1), (NB.n_meeting_ics, 4, 1), (NB.n_vacc_inventory, 5, 1),
    (NB.n_public_exposure, 5, 2), (NB.n_training, 4, 1), (NB.n_phone_tree, 4, 1), (NB.n_assets, 4, 2),
    (NB.n_reply_thread, 5, 2), (NB.n_chart_audit, 4, 1), (NB.n_newsletter, 3, 1),
]


def slots(table, rng):
    out = []
    for fn, n, en in table:
        for i in range(n):
            out.append((fn, 'en' if i < en else 'fr'))
    rng.shuffle(out)
    return out


def make_one(c, fn, lang):
    c.now = c.when()
    if fn is PC.p_eml_attached:
        res = fn(c, lang, lambda spec: M.build(spec, c.rng, inner=True))
    else:
        res = fn(c, lang)
    spec = dict(res)
    spec['date'] = c.now
    spec['msgid'] = c.msgid(spec['from'][1])
    spec['t'] = c.transport(res['lang'])
    if c.rng.random() < 0.1:
        spec['extra_headers'] = list(spec['extra_headers']) + [('Importance', 'high')]
    return res, M.build(spec, c.rng)


def generate(out, seed):
    rng = random.Random(seed)
    c = Ctx(rng)
    labels = {}
    files = {}
    for kind, table, prefix in (('positive', POSITIVE, 'p'), ('negative', NEGATIVE, 'n')):
        for i, (fn, lang) in enumerate(slots(table, rng), 1):
            res, data = make_one(c, fn, lang)
            rel = '%s/%s%03d_%s.eml' % (kind, prefix, i, res['cat'])
            files[rel] = data
            labels[rel] = {'confidential': kind == 'positive', 'types': res['types'], 'lang': res['lang'], 'note': res['note']}
    for kind in ('positive', 'negative'):
        d = os.path.join(out, kind)
        os.makedirs(d, exist_ok=True)
        for name in os.listdir(d):
            if name.endswith('.eml'):
                os.remove(os.path.join(d, name))
    for rel, data in files.items():
        with open(os.path.join(out, *rel.split('/')), 'wb') as fh:
            fh.write(data)
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(json.dumps(labels, indent=1, ensure_ascii=False, sort_keys=True) + '\n')


# ------------------------------------------------------------------ self-check

def _check_part(part, problems, rel):
    ctype = part.get_content_type()
    if part.defects:
        problems.append('%s: defects %r in %s' % (rel, part.defects, ctype))
    content = part.get_content()
    if ctype.startswith('text/'):
        assert isinstance(content, str)
    elif ctype == 'message/rfc822':
        return
    else:
        assert isinstance(content, bytes) and content
        fn = part.get_filename() or ''
        if fn.endswith(('.docx', '.xlsx', '.zip')):
            with zipfile.ZipFile(io.BytesIO(content)) as z:
                for n in z.namelist():
                    z.read(n)
        if fn.endswith('.pdf') and not content.startswith(b'%PDF'):
            problems.append('%s: bad pdf %s' % (rel, fn))


def check(out):
    with open(os.path.join(out, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    on_disk = set()
    for kind in ('positive', 'negative'):
        for name in os.listdir(os.path.join(out, kind)):
            if name.endswith('.eml'):
                on_disk.add('%s/%s' % (kind, name))
    problems = []
    if on_disk != set(labels):
        problems.append('labels/files mismatch: %r' % (on_disk ^ set(labels)))
    counts = {'positive': 0, 'negative': 0, 'fr': 0, 'en': 0}
    per_kind_lang = {}
    h = hashlib.sha256()
    for rel in sorted(on_disk):
        with open(os.path.join(out, *rel.split('/')), 'rb') as fh:
            data = fh.read()
        h.update(rel.encode() + b'\0' + data + b'\0')
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for hname in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
            if msg[hname] is None:
                problems.append('%s: missing %s' % (rel, hname))
        if msg.defects:
            problems.append('%s: defects %r' % (rel, msg.defects))
        for part in msg.walk():
            if part.is_multipart():
                if part.defects:
                    problems.append('%s: multipart defects %r' % (rel, part.defects))
                continue
            try:
                _check_part(part, problems, rel)
            except Exception as exc:  # noqa: BLE001
                problems.append('%s: cannot decode %s: %r' % (rel, part.get_content_type(), exc))
        lab = labels.get(rel, {})
        kind = rel.split('/')[0]
        counts[kind] += 1
        counts[lab.get('lang', '?')] = counts.get(lab.get('lang', '?'), 0) + 1
        per_kind_lang[(kind, lab.get('lang'))] = per_kind_lang.get((kind, lab.get('lang')), 0) + 1
        if kind == 'positive':
            if lab.get('confidential') is not True or not lab.get('types') or not set(lab['types']) <= ALLOWED:
                problems.append('%s: bad positive label %r' % (rel, lab))
        else:
            if lab.get('confidential') is not False or lab.get('types'):
                problems.append('%s: bad negative label %r' % (rel, lab))
        if lab.get('lang') not in ('fr', 'en'):
            problems.append('%s: bad lang' % rel)
    with open(os.path.join(out, 'labels.json'), 'rb') as fh:
        h.update(b'labels.json\0' + fh.read())
    return counts, per_kind_lang, h.hexdigest(), problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    args = ap.parse_args()
    generate(args.out, args.seed)
    counts, pkl, digest, problems = check(args.out)
    print('positives: %d  negatives: %d' % (counts['positive'], counts['negative']))
    print('fr: %d  en: %d' % (counts.get('fr', 0), counts.get('en', 0)))
    for k in sorted(pkl):
        print('  %s/%s: %d' % (k[0], k[1], pkl[k]))
    print('sha256: %s' % digest)
    if problems:
        print('PROBLEMS:')
        for p in problems:
            print('  ' + p)
        sys.exit(1)
    if counts['positive'] != 120 or counts['negative'] != 180:
        print('unexpected counts')
        sys.exit(1)
    print('self-check OK')


if __name__ == '__main__':
    main()
