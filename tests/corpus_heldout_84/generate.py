#!/usr/bin/env python3
"""Generate the labelled DLP test corpus (pre-hospital care and patient flow flavour).

    python generate.py            # writes next to this file
    python generate.py --out DIR  # writes elsewhere

Deterministic from SEED; the self-check (gen_check.py) runs at the end."""
import argparse
import datetime
import json
import os
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gen_common import sub_rng, base_date, PatientPool, load_nam_holders, STAFF, chance, pick  # noqa: E402
from gen_text import Ctx  # noqa: E402
from gen_mime import serialize, finish  # noqa: E402
import gen_pos_a as A  # noqa: E402
import gen_pos_b as B  # noqa: E402
import gen_pos_c as C  # noqa: E402
import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NB  # noqa: E402
import gen_neg_c as NC  # noqa: E402
import gen_check  # noqa: E402

SEED = 8429
N_POS, N_NEG = 120, 180
FR_SHARE = 0.55

POSITIVE_PLAN = [
    (A.run_report_pdf, 6), (A.run_report_inline, 4), (A.dispatch_followup, 5), (A.transfer_request, 5),
    (A.transfer_reply_quoted, 5), (A.medevac, 5), (A.info_sante_callback, 5), (A.poison_consult, 5),
    (A.telehealth_booking, 5), (A.telehealth_ics, 4),
    (B.bed_board_xlsx, 5), (B.bed_board_html, 3), (B.ed_handover_list, 4), (B.subject_only, 5),
    (B.filename_only, 4), (B.patient_mail_fwd, 5), (B.ontario_transfer, 4), (B.french_tourist_nir, 3),
    (B.belgian_niss, 3), (B.cnesst_sin, 3),
    (C.vcard_contact, 3), (C.zip_reports, 3), (C.attached_eml, 4), (C.social_referral, 5),
    (C.return_transport, 4), (C.lab_followup, 4), (C.med_reconciliation, 3), (C.csv_export, 3),
    (C.docx_consult, 3),
]
NEGATIVE_PLAN = [
    (NA.fleet_maintenance, 6), (NA.shift_bid, 6), (NA.training_notice, 6), (NA.response_time_stats, 6),
    (NA.protocol_update, 6), (NA.teaching_case, 6), (NA.newsletter, 5), (NA.invoice_po, 5),
    (NA.supplier_recall, 6), (NA.it_notice, 6), (NA.job_posting, 5), (NA.committee_notice, 5),
    (NB.blank_form, 6), (NB.staff_occ_health, 5), (NB.conference_program, 5), (NB.oncall_roster, 6),
    (NB.bed_census_aggregate, 6), (NB.drug_shortage, 5), (NB.research_protocol, 4), (NB.facilities, 5),
    (NB.radio_test, 4), (NB.poison_prevention, 4), (NB.telehealth_room_booking, 5), (NB.staff_vcard, 4),
    (NC.staffing_xlsx, 5), (NC.protocol_zip, 4), (NC.fwd_notice_eml, 4), (NC.qa_audit_aggregate, 5),
    (NC.narcotics_inventory, 5), (NC.info_sante_stats, 5), (NC.transfer_centre_procedure, 4),
    (NC.payroll_hr, 5), (NC.mass_casualty_exercise, 4), (NC.equipment_serial_list, 4),
    (NC.reply_thread_staff, 4), (NC.patient_satisfaction_aggregate, 4),
]


def eastern(dt):
    off = -4 if datetime.datetime(2025, 3, 9, 2) <= dt < datetime.datetime(2025, 11, 2, 2) else -5
    return dt.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


def slots(plan, total, tag):
    """Every category gets both languages (about 55 % French each), exact global share, shuffled order."""
    assert sum(n for _, n in plan) == total, tag
    rng = sub_rng(SEED, 'lang', tag)
    n_fr = {b.__name__: int(n * FR_SHARE + 0.5) for b, n in plan}
    target = round(total * FR_SHARE)
    names = [b.__name__ for b, _ in plan]
    sizes = {b.__name__: n for b, n in plan}
    while sum(n_fr.values()) != target:
        nm = pick(rng, names)
        if sum(n_fr.values()) > target and n_fr[nm] > 1:
            n_fr[nm] -= 1
        elif sum(n_fr.values()) < target and n_fr[nm] < sizes[nm] - 1:
            n_fr[nm] += 1
    flat = []
    for b, n in plan:
        langs = ['fr'] * n_fr[b.__name__] + ['en'] * (n - n_fr[b.__name__])
        rng.shuffle(langs)
        flat += [(b, lg) for lg in langs]
    sub_rng(SEED, 'order', tag).shuffle(flat)
    return flat


def build(outdir):
    for sub in ('positive', 'negative'):
        d = os.path.join(outdir, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    pool = PatientPool(SEED)
    labels, must = {}, {}
    for tag, plan, total, prefix, conf in (('pos', POSITIVE_PLAN, N_POS, 'p', True),
                                           ('neg', NEGATIVE_PLAN, N_NEG, 'n', False)):
        for i, (builder, lang) in enumerate(slots(plan, total, tag), 1):
            rng = sub_rng(SEED, tag, i)
            when = eastern(base_date(rng))
            ctx = Ctx(rng, lang, pool, when, '%s%d' % (tag, i))
            mail = builder(ctx)
            mail.date = when
            if not conf:
                mail.types = []
            mrng = sub_rng(SEED, 'mime', tag, i)
            raw = finish(serialize(mail, mrng), chance(mrng, 0.3))
            rel = '%s/%s%03d_%s.eml' % ('positive' if conf else 'negative', prefix, i, builder.__name__)
            with open(os.path.join(outdir, rel), 'wb') as fh:
                fh.write(raw)
            labels[rel] = {'confidential': conf, 'types': list(mail.types), 'lang': lang, 'note': mail.note}
            if conf:
                must[rel] = list(mail.must)
    with open(os.path.join(outdir, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    return labels, must


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args()
    outdir = os.path.abspath(args.out)
    os.makedirs(outdir, exist_ok=True)
    # sanity: staff pool never shares a surname with a NAM holder
    holder_surnames = {p.surname.lower() for p in load_nam_holders()}
    assert not [s for s in STAFF if s[1].lower() in holder_surnames]
    labels, must = build(outdir)
    errors, counts, tcount, dg = gen_check.run(outdir, must)
    import gen_readme
    gen_readme.write(outdir, counts, tcount, dg, SEED)
    if errors:
        print('%d self-check error(s)' % len(errors))
        sys.exit(1)
    print('self-check OK')


if __name__ == '__main__':
    main()
