"""Generate the held-out corpus 157 (bed management and interfacility transfers).

Usage: python generate.py [--out DIR]
"""
import argparse
import datetime
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NB  # noqa: E402
import gen_neg_c as NC  # noqa: E402
import gen_pos_a as PA  # noqa: E402
import gen_pos_b as PB  # noqa: E402
from gen_check import digest, run_checks  # noqa: E402
from gen_clin import Ctx  # noqa: E402
from gen_common import DOM, SEED, TZ, Rng, load_holders  # noqa: E402
from gen_mime import Builder  # noqa: E402
from gen_readme import write_readme  # noqa: E402

POSITIVES = [
    (PA.p_transfer_request, 6), (PA.p_cct_reply, 5), (PA.p_air_evac, 5), (PA.p_ambulance_booking, 6),
    (PA.p_repatriation, 6), (PA.p_huddle_census, 5), (PA.p_boarding_list, 4), (PA.p_discharge_summary, 6),
    (PA.p_consult_phone, 3), (PA.p_lab_followup, 4), (PA.p_imaging, 3), (PA.p_sign_out, 4),
    (PB.p_insurer_oop, 4), (PB.p_ohip_repat, 3), (PB.p_social, 5), (PB.p_youth_protection, 3),
    (PB.p_sin_form, 4), (PB.p_ics_followup, 3), (PB.p_vcard_contact, 3), (PB.p_fwd_thread, 3),
    (PB.p_eml_incident, 3), (PB.p_subject_only, 3), (PB.p_filename_only, 3), (PB.p_zip_packet, 3),
    (PB.p_alc_list, 3), (PB.p_isolation, 2), (PB.p_escalation, 3), (PB.p_psych, 3), (PB.p_neonatal, 2),
    (PB.p_mrn_only, 3), (PB.p_pharmacy_rx, 3),
    (PB.p_foreign_visitor, 4),
]

NEGATIVES = [
    (NA.n_overcap_stats, 5), (NA.n_huddle_agenda, 5), (NA.n_transfer_kpi, 5), (NC.n_blank_form, 5),
    (NC.n_mailmerge, 5), (NA.n_teaching_case, 5), (NA.n_oncall, 5), (NC.n_policy, 5), (NA.n_air_ops, 5),
    (NA.n_amb_contract, 5), (NA.n_capacity_bulletin, 5), (NC.n_research, 5), (NA.n_agreement_minutes, 5),
    (NA.n_conference, 5), (NA.n_surge_plan, 5),
    (NB.n_schedule, 5), (NB.n_leave, 5), (NB.n_baby, 5), (NB.n_payroll, 5), (NB.n_occ_health, 5), (NB.n_job, 5),
    (NB.n_newsletter, 5), (NB.n_committee, 5), (NB.n_invoice, 5), (NB.n_purchase_order, 5), (NB.n_inventory, 5),
    (NB.n_it, 5), (NB.n_facilities, 5), (NB.n_shortage, 5), (NC.n_recall, 5), (NB.n_training, 5),
    (NB.n_staff_vcard, 5), (NB.n_retirement, 5), (NB.n_mileage, 5), (NB.n_new_hire, 5), (NB.n_vendor_quote, 5),
]

BASE = datetime.datetime(2025, 1, 6, 6, 0, tzinfo=TZ)


def plan(rng, table, total):
    slots = [fn for fn, n in table for _ in range(n)]
    assert len(slots) == total, (len(slots), total)
    rng.shuffle(slots)
    langs = ['fr', 'en'] * (total // 2)
    rng.shuffle(langs)
    return list(zip(slots, langs))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args(argv)
    out = args.out
    for sub in ('positive', 'negative'):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in sorted(os.listdir(os.path.join(out, sub))):
            if f.endswith('.eml'):
                os.remove(os.path.join(out, sub, f))

    rng = Rng(SEED)
    holders = load_holders()
    ctx = Ctx(rng, holders)
    builder = Builder(DOM)
    labels, manifest = {}, {}

    jobs = [('positive', 'p', i, fn, lang) for i, (fn, lang) in enumerate(plan(rng, POSITIVES, 120))]
    jobs += [('negative', 'n', i, fn, lang) for i, (fn, lang) in enumerate(plan(rng, NEGATIVES, 180))]
    for sub, prefix, i, fn, lang in jobs:
        when = BASE + datetime.timedelta(minutes=rng.randint(0, 60 * 24 * 70))
        spec = fn(ctx, lang, when)
        if sub == 'positive' and not spec.types:
            raise SystemExit("positive without types: %s" % fn.__name__)
        if sub == 'negative':
            spec.types = set()
        rel = "%s/%s%03d_%s.eml" % (sub, prefix, i + 1, spec.category)
        dom = spec.sender[1].split('@')[1]
        msgid = "<%s.%s%03d.%06x@%s>" % (when.strftime("%Y%m%d%H%M%S"), prefix, i + 1, rng.randrange(1 << 24), dom)
        irt = None
        if getattr(spec, 'in_reply', False) or spec.subject.startswith(("RE:", "TR:", "FW:")):
            irt = "<%06x.%d@%s>" % (rng.randrange(1 << 24), rng.randint(1000, 9999), dom)
        data, _ = builder.build(spec, rng, when, msgid, in_reply_to=irt)
        with open(os.path.join(out, rel), 'wb') as fh:
            fh.write(data)
        labels[rel] = {"confidential": sub == 'positive', "types": sorted(spec.types), "lang": spec.lang,
                       "note": spec.note}
        manifest[rel] = {"ids": list(spec.ids), "names": list(spec.names), "nams": [p.nam for p in spec.holders]}

    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")

    errors, features = run_checks(out, manifest, holders)
    dg = digest(out)
    write_readme(out, labels, features, dg, SEED)
    if errors:
        for e in errors:
            print("CHECK FAILED:", e, file=sys.stderr)
        return 1
    pos = [v for v in labels.values() if v['confidential']]
    print("positives %d, negatives %d" % (len(pos), len(labels) - len(pos)))
    print("digest %s" % dg)
    return 0


if __name__ == '__main__':
    sys.exit(main())
