#!/usr/bin/env python3
"""Generate held-out corpus 181 (plastic surgery department and burn unit).

Usage: python generate.py [--out DIR]   (default: the folder holding this file)
"""
import argparse
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import gen_neg1 as N1  # noqa: E402
import gen_neg2 as N2  # noqa: E402
import gen_neg3 as N3  # noqa: E402
import gen_pos1 as P1  # noqa: E402
import gen_pos2 as P2  # noqa: E402
import gen_pos3 as P3  # noqa: E402
from gen_common import PAT_SURNAMES, STAFF, load_holders  # noqa: E402
from gen_ctx import Ctx, tz_for  # noqa: E402
from gen_mime import build, choose_transport  # noqa: E402
from gen_readme import write_readme  # noqa: E402
from gen_vocab import is_workday  # noqa: E402
from gen_verify import digest, verify  # noqa: E402

SEED = 25181

POS = [
    ("referral", P1.referral), ("consult", P1.consult_reply), ("dressing_followup", P1.dressing_followup),
    ("graft_check", P1.graft_check), ("census", P1.census), ("signout", P1.signout),
    ("or_booking", P1.or_booking), ("transport", P1.transport_request), ("lab_followup", P1.lab_followup),
    ("discharge", P1.discharge_summary), ("prescription", P2.pharmacy_rx), ("insurer_form", P2.insurer_form),
    ("garment_fitting", P2.garment_fitting), ("hand_therapy", P2.hand_therapy_note),
    ("waitlist", P2.breast_waitlist), ("quick_note", P2.quick_note), ("forward", P2.inline_forward),
    ("reply", P2.quoted_reply), ("social_work", P2.social_work), ("imaging", P2.imaging_followup),
    ("subject_name", P3.subject_only_name), ("attachment_name", P3.attachment_filename_only),
    ("vcard", P3.vcard_contact), ("zip_export", P3.zip_bundle), ("attached_eml", P3.attached_eml),
    ("transfer", P3.ontario_transfer), ("guarantee", P3.belgian_patient), ("repatriation", P3.french_patient),
    ("appointment", P3.patient_letter), ("mm_draft", P3.mm_draft), ("youth_protection", P3.pediatric_scald),
    ("income_support", P3.income_support),
]

NEG = [
    ("leave", N1.hr_leave), ("oncall", N1.oncall_schedule), ("payroll", N1.payroll), ("newsletter", N1.newsletter),
    ("committee", N1.committee_notice), ("conference", N1.conference_programme), ("job_posting", N1.job_posting),
    ("candidate", N1.candidate), ("occupational_health", N1.occupational_health), ("invoice", N1.invoice),
    ("purchase_order", N2.purchase_order), ("inventory", N2.inventory), ("it", N2.it_notice),
    ("facilities", N2.facilities), ("statistics", N2.aggregate_stats), ("teaching_case", N2.teaching_case),
    ("blank_form", N2.blank_form), ("template", N2.mail_merge), ("drug_shortage", N2.drug_shortage),
    ("recall", N2.device_recall), ("research", N3.research_protocol), ("celebration", N3.celebration),
    ("education", N3.education_session), ("minutes", N3.meeting_minutes), ("vendor", N3.vendor_visit),
    ("policy", N3.policy_update), ("leaflet", N3.leaflet), ("budget", N3.budget), ("audit", N3.audit_results),
    ("thread", N3.scheduling_thread), ("assets", N3.asset_transfer), ("rotation", N3.rotation_schedule),
    ("forward_call", N3.external_forward), ("security", N3.parking_security),
]


def plan(rng, templates, n):
    order = []
    while len(order) < n:
        t = list(templates)
        rng.shuffle(t)
        order += t
    order = order[:n]
    langs = ["fr"] * (n // 2) + ["en"] * (n - n // 2)
    rng.shuffle(langs)
    return list(zip(order, langs))


def random_now(rng):
    start = datetime.datetime(2024, 1, 15)
    while True:
        d = start + datetime.timedelta(days=rng.randrange(0, 165))
        if is_workday(d):
            break
    return d.replace(hour=rng.randrange(7, 19), minute=rng.randrange(60), second=rng.randrange(60))


def sanity(holders):
    hs = {h.surname for h in holders}
    from gen_neg1 import OTHERS
    clash = (hs & set(PAT_SURNAMES)) | (hs & {s[3] for s in STAFF}) | (hs & {o[3] for o in OTHERS})
    if clash:
        raise SystemExit("surname pools clash with NAM holders: %r" % sorted(clash))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = args.out
    holders = load_holders()
    sanity(holders)
    rng = random.Random(SEED)
    ctx = Ctx(rng, holders)
    for sub in ("positive", "negative"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for n in os.listdir(os.path.join(out, sub)):
            if n.endswith(".eml"):
                os.remove(os.path.join(out, sub, n))

    labels, records = {}, {}
    jobs = [(True, i, k, f, lang) for i, ((k, f), lang) in enumerate(plan(rng, POS, 120))] + \
           [(False, i, k, f, lang) for i, ((k, f), lang) in enumerate(plan(rng, NEG, 180))]
    for positive, i, kind, func, lang in jobs:
        ctx.now = random_now(rng)
        m = ctx.msg(kind, lang, positive)
        func(ctx, m)
        assert m.sender and m.to and m.subject and (m.text or m.html), kind
        for a in m.attachments:
            if "inner" in a:
                a.setdefault("inner_msgid", ctx.mid("orig"))
                d = ctx.now - datetime.timedelta(hours=rng.randrange(1, 48))
                a.setdefault("inner_date", d.replace(tzinfo=tz_for(d)))
        t = choose_transport(rng, m)
        msgid = ctx.mid("p" if positive else "n")
        raw = build(m, t, msgid, ctx.now.replace(tzinfo=tz_for(ctx.now)), "=_bsr181_%s%03d" % ("p" if positive else "n", i + 1))
        rel = "%s/%s%03d_%s.eml" % ("positive" if positive else "negative", "p" if positive else "n", i + 1, kind)
        with open(os.path.join(out, rel), "wb") as fh:
            fh.write(raw)
        labels[rel] = {"confidential": positive, "types": sorted(m.types), "lang": lang, "note": m.note}
        records[rel] = {"types": sorted(m.types), "evidence": list(m.evidence), "idents": list(m.idents),
                        "nams": list(m.nams), "content_features": sorted(m.content_features)}
    labels = dict(sorted(labels.items()))
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(labels, ensure_ascii=False, indent=2, sort_keys=True) + "\n")

    errors, feats = verify(out, records, holders)
    dg = digest(out)
    write_readme(os.path.join(out, "README.md"), SEED, labels, feats, dg)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print("%d error(s)" % len(errors), file=sys.stderr)
        sys.exit(1)
    npos = sum(1 for v in labels.values() if v["confidential"])
    print("positives %d, negatives %d" % (npos, len(labels) - npos))
    print("digest", dg)


if __name__ == "__main__":
    main()
