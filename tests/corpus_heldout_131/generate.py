#!/usr/bin/env python3
"""Generate the ophthalmology / optometry DLP corpus (held-out 131).

Usage: python generate.py [--out DIR]
Writes positive/*.eml, negative/*.eml, labels.json and README.md, then
verifies everything and prints the digest. Exits non-zero on any failure."""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NB  # noqa: E402
import gen_pos_en_a as EA  # noqa: E402
import gen_pos_en_b as EB  # noqa: E402
import gen_pos_fr_a as FA  # noqa: E402
import gen_pos_fr_b as FB  # noqa: E402
from gen_build import build_bytes, new_ctx  # noqa: E402
from gen_readme import write_readme  # noqa: E402
from gen_util import TYPES, Gen  # noqa: E402
from gen_verify import digest, verify  # noqa: E402

SEED = 13107

POS_FR = [
    (FA.referral_opto, ['nam', 'nam', 'mrn', 'none']),
    (FA.ivt_list, ['nam', 'mrn', 'nam']),
    (FA.cataract_booking, ['nam', 'nam', 'mrn', 'none']),
    (FA.opto_letter, ['nam', 'mrn', 'none', 'nam']),
    (FA.low_vision, ['nam', 'nam', 'mrn']),
    (FA.transport, ['nam', 'none', 'mrn']),
    (FA.signout, ['nam', 'mrn']),
    (FB.pharmacy_rx, ['nam', 'none', 'mrn']),
    (FB.reply_quoted, ['nam', 'mrn', 'none']),
    (FB.forward_voicemail, ['nam', 'none', 'mrn']),
    (FB.results_subject_only, ['none', 'mrn', 'none']),
    (FB.attachment_only, ['nam', 'mrn', 'none']),
    (FB.insurer_form, ['nam', 'none']),
    (FB.ics_appointment, ['nam', 'mrn']),
    (FB.vcard_contact, ['nam', 'none']),
    (FB.dpj_peds, ['mrn']),
    (FB.foreign_transfer, ['niss', 'nir', 'nir']),
    (FB.discharge_docx, ['nam', 'mrn', 'nam']),
    (FB.attached_eml, ['nam', 'mrn', 'none']),
    (FB.csv_recall, ['nam', 'mrn']),
    (FB.quick_note, ['mrn', 'nam']),
    (FB.gca_urgent, ['nam', 'mrn']),
]
POS_EN = [
    (EA.referral_ontario, ['ohip', 'ohip', 'ohip', 'nam', 'mrn']),
    (EA.injection_list_en, ['ohip', 'nam', 'mrn']),
    (EA.cataract_booking_en, ['nam', 'ohip', 'mrn']),
    (EA.consult_letter_en, ['ohip', 'nam', 'mrn', 'none']),
    (EA.low_vision_en, ['ohip', 'nam', 'none']),
    (EA.transport_en, ['nam', 'ohip']),
    (EA.signout_en, ['ohip', 'nam']),
    (EA.pharmacy_en, ['ohip', 'mrn']),
    (EB.reply_quoted_en, ['nam', 'ohip', 'mrn', 'none']),
    (EB.forward_inline_en, ['nam', 'ohip', 'none']),
    (EB.results_subject_en, ['none', 'none']),
    (EB.attachment_only_en, ['nam', 'ohip', 'mrn']),
    (EB.insurer_en, ['ohip', 'none', 'mrn']),
    (EB.driving_form, ['ohip', 'nam', 'mrn']),
    (EB.ics_en, ['nam', 'ohip']),
    (EB.vcard_en, ['ohip', 'nam']),
    (EB.foreign_en, ['nir', 'niss']),
    (EB.discharge_en, ['ohip', 'nam']),
    (EB.attached_eml_en, ['ohip', 'nam', 'mrn']),
    (EB.research_enrolment, ['mrn', 'nam']),
    (EB.quick_note_en, ['ohip', 'nam', 'none']),
    (EB.tax_credit, ['none', 'mrn']),
]
NEG = [
    (NA.newsletter, 4), (NA.hr_leave, 4), (NA.payroll, 3), (NA.occupational_health, 3), (NA.schedule, 4),
    (NA.committee, 4), (NA.conference, 4), (NA.job_posting, 3), (NA.staff_birthday, 3), (NA.candidate, 2),
    (NA.staff_vcard, 2), (NA.meeting_ics, 3), (NA.staff_thread, 3),
    (NB.invoice, 4), (NB.purchase_order, 3), (NB.inventory, 3), (NB.it_notice, 3), (NB.facilities, 3),
    (NB.stats, 3), (NB.teaching_case, 4), (NB.blank_form, 3), (NB.mail_template, 3), (NB.recall, 3),
    (NB.shortage, 3), (NB.research_protocol, 3), (NB.patient_education, 3), (NB.equipment_service, 3),
    (NB.zip_forms, 2), (NB.fwd_vendor_eml, 2),
]


def plan(g):
    pos = [(fn, 'fr', idk) for fn, idks in POS_FR for idk in idks] + \
          [(fn, 'en', idk) for fn, idks in POS_EN for idk in idks]
    neg = [(fn, lang, None) for fn, n in NEG for lang in ('fr', 'en') for _ in range(n)]
    g.rng.shuffle(pos)
    g.rng.shuffle(neg)
    return pos, neg


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--out', default=HERE, help='output folder (default: next to this script)')
    args = ap.parse_args()
    out = args.out
    g = Gen(SEED)
    pos, neg = plan(g)
    assert len(pos) == 120 and len(neg) == 180, (len(pos), len(neg))
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    labels, records = {}, []
    for positive, items, prefix, sub in ((True, pos, 'p', 'positive'), (False, neg, 'n', 'negative')):
        for i, (fn, lang, idk) in enumerate(items):
            c = new_ctx(g, lang, positive)
            mail = fn(g, c, idk) if positive else fn(g, c)
            raw = build_bytes(g, mail)
            rel = '%s/%s%03d_%s.eml' % (sub, prefix, i + 1, mail.cat)
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(raw)
            labels[rel] = {'confidential': positive,
                           'types': [t for t in TYPES if t in c.types] if positive else [],
                           'lang': lang, 'note': mail.note}
            records.append({'relpath': rel, 'positive': positive, 'ctx': c})
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as fh:
        fh.write(json.dumps(labels, ensure_ascii=False, indent=2, sort_keys=True) + '\n')
    errors, feats = verify(out, records, g.holders)
    dig = digest(out)
    write_readme(os.path.join(out, 'README.md'), SEED, labels, feats, dig)
    if errors:
        for e in errors:
            print('ERROR', e, file=sys.stderr)
        print('%d verification error(s)' % len(errors), file=sys.stderr)
        sys.exit(1)
    npos = sum(1 for k in labels if k.startswith('positive/'))
    print('positives %d, negatives %d' % (npos, len(labels) - npos))
    print('digest', dig)


if __name__ == '__main__':
    main()
