#!/usr/bin/env python3
"""Generate the labelled fertility / gynaecology outbound-mail corpus (seed 25145).

Usage: python generate.py [--out DIR] [--seed N]
Writes positive/*.eml, negative/*.eml, labels.json and README.md, then re-parses and checks everything.
"""
import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NB  # noqa: E402
import gen_pos_a as PA  # noqa: E402
import gen_pos_b as PB  # noqa: E402
from gen_common import SEED, PatientFactory  # noqa: E402
from gen_mime import build_message, is_ascii  # noqa: E402
from gen_readme import write_readme  # noqa: E402
from gen_text import Ctx  # noqa: E402
from gen_verify import digest, verify  # noqa: E402

# (template, number in French, number in English)
POS_PLAN = [
    (PA.ivf_monitoring, 3, 3), (PA.trigger_instructions, 2, 2), (PA.opu_booking, 2, 1), (PA.embryology_report, 2, 3),
    (PA.semen_analysis, 2, 2), (PA.donor_programme, 3, 3), (PA.funding_paperwork, 3, 1), (PA.insurer_form, 2, 2),
    (PA.ontario_referral, 0, 4), (PA.belgian_transfer, 2, 0), (PA.french_patient, 2, 0), (PA.retrieval_list, 2, 2),
    (PA.fertility_preservation, 2, 3), (PA.beta_callback, 2, 2), (PA.ohss_discharge, 2, 2), (PA.genetics, 1, 2),
    (PB.pap_followup, 3, 2), (PB.colposcopy_report, 1, 2), (PB.colpo_no_show, 1, 1), (PB.menopause, 3, 3),
    (PB.pharmacy_rx, 2, 2), (PB.surgery_discharge, 1, 2), (PB.transport_request, 2, 1), (PB.ics_appointment, 2, 2),
    (PB.vcard_forward, 1, 1), (PB.subject_only, 1, 1), (PB.filename_only, 1, 1), (PB.forwarded_thread, 1, 2),
    (PB.attached_eml, 1, 1), (PB.social_work, 2, 1), (PB.andrology, 1, 1), (PB.hsg_imaging, 1, 1),
    (PB.billing_query, 1, 0), (PB.pediatric_gyn, 1, 1), (PB.reply_quoted, 1, 1), (PB.zip_results, 0, 1),
    (PB.signout, 1, 1),
]
NEG_PLAN = [
    (NA.oncall_schedule, 3, 3), (NA.shift_swap, 3, 2), (NA.leave_request, 3, 2), (NA.payroll, 3, 2),
    (NA.occupational_health, 3, 3), (NA.job_candidate, 2, 3), (NA.job_posting, 3, 2), (NA.newsletter, 4, 4),
    (NA.conference, 3, 3), (NA.committee, 3, 3), (NA.staff_baby, 2, 2), (NA.training, 2, 2),
    (NA.social_event, 2, 2), (NA.directory, 2, 2), (NA.ics_meeting, 2, 2), (NA.referral_guide, 2, 2),
    (NB.invoice, 3, 3), (NB.purchase_order, 3, 3), (NB.inventory, 3, 3), (NB.it_mail, 4, 4), (NB.facilities, 3, 3),
    (NB.aggregate_stats, 4, 4), (NB.teaching_case, 3, 3), (NB.blank_form, 2, 2), (NB.mailmerge, 2, 3),
    (NB.research_protocol, 2, 3), (NB.drug_shortage, 3, 3), (NB.recall, 3, 3), (NB.funding_policy, 2, 1),
    (NB.patient_education, 2, 3), (NB.supplier_quote, 2, 2), (NB.meeting_minutes, 3, 3), (NB.eqa_quality, 2, 3),
    (NB.lab_qc, 2, 2),
]

MAILERS = [None, None, "Microsoft Outlook 16.0", "Mozilla Thunderbird 115.6", "CFGO Mailer 2.1", "Apple Mail (2.3774)"]


def build_specs(plan, seed, pf, tag):
    specs = []
    for fn, n_fr, n_en in plan:
        idx = 0
        for lang, n in (("fr", n_fr), ("en", n_en)):
            for _ in range(n):
                ctx = Ctx(seed, f"{tag}:{fn.__name__}", idx, pf)
                specs.append(fn(ctx, lang))
                idx += 1
    rng = random.Random(f"{seed}:order:{tag}")
    rng.shuffle(specs)
    return specs


def transport(seed, rel, spec):
    r = random.Random(f"{seed}:tp:{rel}")
    body = spec["text"] + (spec.get("html") or "")
    asc = is_ascii(body)
    style = r.choices(["plain", "alt", "html"], [0.5, 0.3, 0.2])[0]
    if spec["lang"] == "fr":
        cs = r.choices(["utf-8", "iso-8859-1", "windows-1252"], [0.45, 0.3, 0.25])[0]
    else:
        cs = r.choices(["us-ascii", "utf-8", "windows-1252", "iso-8859-1"], [0.4, 0.3, 0.15, 0.15])[0]
    if asc:
        cte = r.choices(["7bit", "quoted-printable", "base64"], [0.6, 0.2, 0.2])[0]
    else:
        cte = r.choices(["8bit", "quoted-printable", "base64"], [0.4, 0.35, 0.25])[0]
    h = "".join(r.choice("0123456789abcdef") for _ in range(12))
    bnd = r.choice([f"----=_Part_{r.randint(1000, 9999)}_{h}.", f"=_cfgo_{h}_", f"b1_{h}", f"Apple-Mail={h.upper()}-"])
    for a in spec.get("attachments", []):
        if a.get("filename") and is_ascii(a["filename"]) and r.random() < 0.12:
            a["fn_mode"] = "2231"
    return {"style": style, "charset": cs, "cte": cte, "eol": "crlf" if r.random() < 0.35 else "lf", "bnd": bnd,
            "att_text_cte": r.choice(["base64", "quoted-printable", "7bit"]), "force_2047": r.random() < 0.06,
            "mailer": r.choice(MAILERS), "preamble": r.random() < 0.5}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args()
    out = args.out
    for d in ("positive", "negative"):
        os.makedirs(os.path.join(out, d), exist_ok=True)
        for n in os.listdir(os.path.join(out, d)):
            if n.endswith(".eml"):
                os.remove(os.path.join(out, d, n))
    pf = PatientFactory(args.seed)
    pos = build_specs(POS_PLAN, args.seed, pf, "pos")
    neg = build_specs(NEG_PLAN, args.seed, pf, "neg")
    labels, sidecar = {}, {}
    for prefix, folder, specs, conf in (("p", "positive", pos, True), ("n", "negative", neg, False)):
        for i, spec in enumerate(specs, 1):
            rel = f"{folder}/{prefix}{i:03d}_{spec['cat']}.eml"
            data = build_message(spec, transport(args.seed, rel, spec))
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(data)
            labels[rel] = {"confidential": conf, "types": spec["types"] if conf else [], "lang": spec["lang"],
                           "note": spec["note"]}
            sidecar[rel] = {"ids": spec.get("ids", []), "nams": [p.nam for p in spec.get("nams", [])]}
    labels = dict(sorted(labels.items()))
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    errors, feats = verify(out, sidecar)
    dg = digest(out)
    write_readme(out, args.seed, labels, feats, dg)
    if errors:
        for e in errors:
            print("FAIL:", e, file=sys.stderr)
        print(f"{len(errors)} check(s) failed", file=sys.stderr)
        sys.exit(1)
    print(dg)


if __name__ == "__main__":
    main()
