"""Which template writes which file: (template, category slug, count fr, count en)."""
import random

import gen_neg_a as na
import gen_neg_b as nb
import gen_neg_c as nc
import gen_pos_a as pa
import gen_pos_b as pb
import gen_pos_c as pc
from gen_common import SEED

POSITIVES = [
    (pa.fitness_report, 'fitness_to_work', 2, 2),
    (pa.mro_result, 'drug_test_result', 1, 2),
    (pa.alcohol_test, 'alcohol_test', 1, 1),
    (pa.driver_medical, 'driver_medical', 3, 1),
    (pa.dot_medical, 'driver_medical', 1, 2),
    (pa.sleep_apnea, 'sleep_study', 2, 1),
    (pa.preemployment_batch, 'preemployment_results', 1, 1),
    (pa.random_pool_csv, 'random_testing', 1, 2),
    (pa.day_list, 'clinic_list', 1, 1),
    (pa.safety_sensitive_meds, 'colleague_note', 1, 1),
    (pb.cnesst_attestation, 'comp_report', 4, 0),
    (pb.wsib_report, 'comp_report', 0, 4),
    (pb.rtw_plan, 'return_to_work', 1, 2),
    (pb.audiogram_sts, 'audiogram', 1, 2),
    (pb.audiometry_campaign, 'audiometry_surveillance', 1, 1),
    (pb.spirometry_report, 'spirometry', 1, 2),
    (pb.spirometry_csv, 'spirometry_surveillance', 1, 1),
    (pb.blood_lead, 'biomonitoring', 1, 1),
    (pb.tb_screening, 'tb_screening', 1, 1),
    (pb.discharge_summary, 'hospital_note', 2, 2),
    (pb.dermatitis, 'patch_test', 1, 1),
    (pb.havs, 'referral', 1, 1),
    (pb.cholinesterase, 'biomonitoring', 1, 1),
    (pb.asbestos_claim, 'lung_disease_claim', 2, 1),
    (pc.booking, 'booking', 1, 2),
    (pc.ics_invite, 'calendar_invite', 1, 2),
    (pc.referral_ent, 'referral', 2, 2),
    (pc.referral_physiatry, 'referral', 0, 3),
    (pc.prescription, 'prescription', 3, 0),
    (pc.insurer_aps, 'insurer_form', 2, 2),
    (pc.eap_violence, 'eap_referral', 2, 1),
    (pc.youth_protection, 'accommodation', 1, 1),
    (pc.income_support, 'social_work', 1, 1),
    (pc.expat_belgian, 'seconded_worker', 3, 0),
    (pc.expat_french, 'seconded_worker', 2, 1),
    (pc.subject_only, 'lab_followup', 1, 2),
    (pc.forwarded_eml, 'forwarded_result', 1, 2),
    (pc.zip_reports, 'certificates_zip', 1, 1),
    (pc.vcard_contact, 'callback', 1, 1),
    (pc.quoted_reply, 'employer_reply', 1, 2),
    (pc.signout, 'signout', 1, 1),
    (pc.fitness_letter_docx, 'fitness_letter', 2, 1),
    (pc.nam_lookup, 'chart_correction', 2, 1),
]

NEGATIVES = [
    (na.staff_schedule, 'staff_schedule', 4, 4),
    (na.leave_request, 'leave', 3, 3),
    (na.payroll, 'payroll', 2, 2),
    (na.staff_flu_fit, 'staff_health_schedule', 2, 2),
    (na.staff_return, 'staff_return', 2, 1),
    (na.baby_birthdays, 'staff_social', 3, 3),
    (na.job_posting, 'job_posting', 2, 2),
    (na.candidates, 'recruitment', 2, 2),
    (na.staff_training, 'training', 2, 2),
    (na.oncall_roster, 'oncall', 2, 2),
    (na.out_of_office, 'auto_reply', 2, 3),
    (nb.newsletter, 'newsletter', 4, 4),
    (nb.conference, 'conference', 2, 2),
    (nb.committee, 'committee', 3, 3),
    (nb.policy_update, 'policy', 2, 2),
    (nb.regulatory, 'regulatory', 2, 2),
    (nb.teaching_case, 'teaching_case', 4, 4),
    (nb.aggregate_stats, 'statistics', 2, 2),
    (nb.drug_stats, 'statistics', 2, 2),
    (nb.research_protocol, 'research', 1, 1),
    (nb.directory, 'directory', 2, 2),
    (nb.cme, 'cme', 1, 1),
    (nc.invoice, 'invoice', 4, 4),
    (nc.purchase_order, 'purchase_order', 2, 2),
    (nc.inventory, 'inventory', 2, 2),
    (nc.recall, 'recall', 2, 2),
    (nc.shortage, 'shortage', 2, 2),
    (nc.it_notice, 'it', 4, 4),
    (nc.facilities, 'facilities', 3, 3),
    (nc.calibration, 'calibration', 1, 2),
    (nc.blank_form, 'blank_form', 2, 2),
    (nc.merge_template, 'template', 2, 2),
    (nc.availability, 'availability', 2, 2),
    (nc.service_agreement, 'contract', 2, 1),
    (nc.courier, 'courier', 2, 2),
    (nc.vendor_promo, 'vendor', 2, 1),
    (nc.fee_schedule, 'fee_schedule', 1, 2),
    (nc.mobile_clinic_ics, 'calendar_invite', 2, 2),
    (nc.forms_zip, 'blank_forms_zip', 2, 2),
    (nc.fwd_notice_eml, 'forwarded_notice', 2, 2),
]


def expand(entries, prefix):
    items = []
    for fn, cat, n_fr, n_en in entries:
        items += [(fn, cat, 'fr')] * n_fr + [(fn, cat, 'en')] * n_en
    random.Random('%d:order:%s' % (SEED, prefix)).shuffle(items)
    return [('%s%03d' % (prefix, i + 1), fn, cat, lang) for i, (fn, cat, lang) in enumerate(items)]


def build_plan():
    pos = expand(POSITIVES, 'p')
    neg = expand(NEGATIVES, 'n')
    assert len(pos) == 120, len(pos)
    assert len(neg) == 180, len(neg)
    return pos, neg
