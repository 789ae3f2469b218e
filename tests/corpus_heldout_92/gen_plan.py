"""Which templates, how many of each, in which language and order."""
import random

import gen_pos1 as P1
import gen_pos2 as P2
import gen_pos3 as P3

POS_PLAN = [
    (P1.prescriber_question, 7), (P1.renewal_request, 7), (P1.med_reconciliation, 8), (P1.dispensing_error, 5),
    (P1.interaction_alert, 7), (P1.compounding_request, 5), (P1.shortage_patient, 5),
    (P2.recall_calllist, 4), (P2.patient_receipt, 5), (P2.oat_coordination, 5), (P2.blister_homecare, 6),
    (P2.patient_mail_forward, 6), (P2.tdm_pharmacokinetics, 5), (P2.anticoag_roster, 4),
    (P3.pharmacy_signout, 5), (P3.subject_only, 5), (P3.filename_only, 5), (P3.ics_consult, 5),
    (P3.benefit_claim, 6), (P3.youth_protection, 3), (P3.foreign_patient, 7), (P3.discharge_rx, 5),
]


def neg_plan():
    import gen_neg1 as N1
    import gen_neg2 as N2
    import gen_neg3 as N3
    return N1.PLAN + N2.PLAN + N3.PLAN


def schedule(plan, seed, tag):
    """Flatten, alternate languages within the whole list, then shuffle deterministically."""
    items = []
    toggle = 0
    for fn, n in plan:
        for _ in range(n):
            items.append((fn, 'fr' if toggle == 0 else 'en'))
            toggle ^= 1
    random.Random('%s-%s-order' % (seed, tag)).shuffle(items)
    return items
