#!/usr/bin/env python3
"""Generate the held-out DLP corpus (flavour: medical secretaries and clerks of a multi-specialty clinic and a
regional referral centre / CRDS). Deterministic from SEED. Usage: python generate.py [--out DIR]"""
import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_check  # noqa: E402
import gen_mime as M  # noqa: E402
from gen_common import Ctx  # noqa: E402
import gen_pos_a as PA  # noqa: E402
import gen_pos_b as PB  # noqa: E402
import gen_pos_c as PC  # noqa: E402
import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NB  # noqa: E402
import gen_neg_c as NC  # noqa: E402

SEED = 7474

POSITIVE_PLAN = [
    (PA.p_referral_crds, 4), (PA.p_crds_assign, 3), (PA.p_booking_confirm, 3), (PA.p_reschedule, 3), (PA.p_waitlist_xlsx, 3),
    (PA.p_fax_to_email, 4), (PA.p_reminder_ics, 2), (PA.p_reminder_csv, 2), (PA.p_insurance_form, 4), (PA.p_sick_note, 3),
    (PA.p_interpreter, 3), (PA.p_reception_daysheet, 3),
    (PB.p_subject_only, 4), (PB.p_filename_only, 4), (PB.p_lab_followup, 4), (PB.p_pharmacy_renewal, 3), (PB.p_vcard_patient, 3),
    (PB.p_docx_letter, 3), (PB.p_forward_patient_eml, 3), (PB.p_zip_transfer, 2), (PB.p_social, 5), (PB.p_transport, 3),
    (PB.p_ontario_patient, 5), ((PB.p_foreign_patient, 'be'), 4), ((PB.p_foreign_patient, 'fr'), 4),
    (PC.p_sin_form, 4), (PC.p_transfer_roster, 3), (PC.p_reply_quoted, 3), (PC.p_noshow, 2), (PC.p_complaint, 2),
    (PC.p_consult_reply, 3), (PC.p_case_conf_ics, 2), (PC.p_stats_hidden_detail, 2), (PC.p_disguised_nam, 3), (PC.p_crds_status, 2),
    (PC.p_handover, 2), (PC.p_patient_form_request, 3), (PC.p_income_support, 2), (PC.p_abnormal_results, 3),
]
NEGATIVE_PLAN = [
    (NA.n_staff_schedule, 5), (NA.n_vacation_request, 5), (NA.n_employee_absence, 5), (NA.n_staff_vaccination, 4), (NA.n_payroll, 4),
    (NA.n_job_posting, 4), (NA.n_training, 4), (NA.n_staff_meeting_ics, 4), (NA.n_contact_vcard, 4), (NA.n_staff_birthday, 4),
    (NB.n_newsletter, 5), (NB.n_physician_roster, 5), (NB.n_oncall, 4), (NB.n_conference, 5), (NB.n_waitlist_stats, 5),
    (NB.n_blank_form, 5), (NB.n_reminder_template, 4), (NB.n_teaching_case, 5), (NB.n_crds_procedure, 4), (NB.n_reception_procedure, 4),
    (NB.n_interpreter_procedure, 4), (NB.n_fee_policy, 4), (NB.n_satisfaction, 4), (NB.n_research, 4), (NB.n_doctor_absence, 5),
    (NC.n_invoice, 5), (NC.n_purchase_order, 4), (NC.n_supplier_recall, 5), (NC.n_drug_shortage, 4), (NC.n_it_fax_migration, 4),
    (NC.n_it_outage, 4), (NC.n_phishing, 3), (NC.n_facilities, 4), (NC.n_phone_directory, 4), (NC.n_zip_templates, 4),
    (NC.n_vendor_eml, 5), (NC.n_room_booking, 4), (NC.n_thank_you, 3), (NC.n_committee, 4), (NC.n_fax_test, 4), (NC.n_staff_thread, 5),
    (NC.n_privacy_training, 4),
]


def slots(plan, rng):
    out = []
    flip = 0
    for fn, n in plan:
        for i in range(n):
            out.append((fn, 'fr' if (i + flip) % 2 == 0 else 'en'))
        flip += n % 2
    rng.shuffle(out)
    return out


def is_ascii(spec):
    parts = [spec.get('text') or '', spec.get('html') or '']
    return all(ord(ch) < 128 for p in parts for ch in p)


def render(spec, rng):
    opts = M.choose_opts(rng, spec['lang'], layout=spec.get('layout'), ascii_text=is_ascii(spec))
    if spec.get('text') is None and opts['layout'] == 'plain':
        opts['layout'] = 'html'
    emls = []
    for e in spec.get('eml_specs', []):
        io_ = M.choose_opts(rng, spec['lang'], layout=rng.choice(['plain', 'alt']), ascii_text=is_ascii(e['spec']))
        io_['crlf'] = False
        emls.append({'data': M.build_message(e['spec'], rng, io_), 'filename': e.get('filename')})
    spec = dict(spec)
    spec['eml_attachments'] = emls
    return M.build_message(spec, rng, opts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=HERE)
    a = ap.parse_args()
    out = os.path.abspath(a.out)
    rng = random.Random(SEED)
    ctx = Ctx(rng)
    for sub in ('positive', 'negative'):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith('.eml'):
                os.remove(os.path.join(out, sub, f))
    labels = {}
    for kind, plan, prefix in (('positive', POSITIVE_PLAN, 'p'), ('negative', NEGATIVE_PLAN, 'n')):
        for i, (fn, lang) in enumerate(slots(plan, rng), 1):
            if isinstance(fn, tuple):
                spec = fn[0](ctx, lang, fn[1])
            else:
                spec = fn(ctx, lang)
            raw = render(spec, rng)
            rel = f"{kind}/{prefix}{i:03d}_{spec['cat']}.eml"
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(raw)
            labels[rel] = {'confidential': kind == 'positive', 'types': sorted(spec['types']), 'lang': spec['lang'], 'note': spec['note']}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    errors, digest, stats = gen_check.run(out)
    import gen_readme
    gen_readme.write(out, stats, digest)
    if errors:
        sys.exit(1)


if __name__ == '__main__':
    main()
