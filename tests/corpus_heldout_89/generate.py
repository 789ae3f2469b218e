#!/usr/bin/env python3
"""Generate the held-out DLP corpus (orthopaedics / fracture clinic / sports
medicine / physiatry flavour). Deterministic from SEED.

    python generate.py            # writes next to this file
    python generate.py --out DIR  # writes elsewhere
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

import gen_check  # noqa: E402
import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NB  # noqa: E402
import gen_pos_a as PA  # noqa: E402
import gen_pos_b as PB  # noqa: E402
from gen_clinical import Ctx  # noqa: E402
from gen_ids import DOMAIN, Registry, make_staff  # noqa: E402
from gen_mime import Builder, TZ_SUMMER, TZ_WINTER  # noqa: E402
from gen_readme import write_readme  # noqa: E402

SEED = 8971
N_POS, N_NEG = 120, 180

POSITIVE_PLAN = [
    (PA.p_cast_list, 4), (PA.p_cast_xlsx, 4), (PA.p_or_booking, 4), (PA.p_or_csv, 3),
    (PA.p_physio_referral, 5), (PA.p_xray_followup, 4), (PA.p_injection, 4), (PA.p_rtp_note, 5),
    (PA.p_rtp_pdf, 3), (PA.p_orthotics, 4), (PA.p_bone_density, 4), (PA.p_discharge_docx, 4),
    (PA.p_consult_reply, 4), (PA.p_signout, 4), (PA.p_subject_only, 4), (PA.p_filename_only, 4),
    (PB.p_patient_mail, 4), (PB.p_pharmacy, 3), (PB.p_ics, 3), (PB.p_vcard, 3),
    (PB.p_sin_claim, 5), (PB.p_ohip_transfer, 5), (PB.p_niss_tourist, 4), (PB.p_nir_student, 4),
    (PB.p_social, 4), (PB.p_zip, 3), (PB.p_labs, 3), (PB.p_nam_only, 4),
    (PB.p_quoted, 3), (PB.p_transport, 3), (PB.p_lowercase, 2), (PB.p_mrn_only, 3),
]
NEGATIVE_PLAN = [(f, 6) for f in (
    NA.n_or_blocks, NA.n_consignment, NA.n_recall, NA.n_conference, NA.n_rotation, NA.n_equipment,
    NA.n_hr_leave, NA.n_staff_health, NA.n_stats, NA.n_newsletter, NA.n_invoice, NA.n_blank_form,
    NA.n_teaching, NA.n_committee, NB.n_job, NB.n_it, NB.n_shortage, NB.n_research,
    NB.n_team_coverage, NB.n_ics_meeting, NB.n_vendor_vcard, NB.n_facilities, NB.n_protocol, NB.n_hours,
    NB.n_thread, NB.n_zip_templates, NB.n_oncall, NB.n_education, NB.n_eml_forward, NB.n_quote)]


def expand(plan, rng, total):
    items = [f for f, n in plan for _ in range(n)]
    assert len(items) == total, (len(items), total)
    # interleave languages per template so each template is written in both
    langs = {}
    out = []
    for f in items:
        i = langs.get(f, rng.randrange(2))
        langs[f] = i + 1
        out.append((f, "fr" if i % 2 == 0 else "en"))
    rng.shuffle(out)
    return out


def balance(items, rng):
    """Flip languages on random items until fr/en are equal."""
    fr = sum(1 for _, l in items if l == "fr")
    target = len(items) // 2
    idx = list(range(len(items)))
    rng.shuffle(idx)
    for i in idx:
        if fr == target:
            break
        f, l = items[i]
        if fr > target and l == "fr":
            items[i] = (f, "en")
            fr -= 1
        elif fr < target and l == "en":
            items[i] = (f, "fr")
            fr += 1
    return items


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    rng = random.Random(SEED)
    reg = Registry(rng)
    staff = make_staff(rng)
    builder = Builder(rng, DOMAIN)

    for sub in ("positive", "negative"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith(".eml"):
                os.remove(os.path.join(out, sub, f))

    pos = balance(expand(POSITIVE_PLAN, rng, N_POS), rng)
    neg = balance(expand(NEGATIVE_PLAN, rng, N_NEG), rng)
    labels = {}
    expected = {}
    t = datetime.datetime(2025, 1, 6, 7, 40)
    k = 0
    for kind, items in (("positive", pos), ("negative", neg)):
        for i, (func, lang) in enumerate(items, 1):
            t += datetime.timedelta(minutes=rng.randrange(40, 1500))
            tz = TZ_SUMMER if t >= datetime.datetime(2025, 3, 9, 2) else TZ_WINTER
            when = t.replace(tzinfo=tz)
            ctx = Ctx(rng, reg, staff, lang, k, when)
            res = func(ctx)
            msgid = "<%s.%d@%s>" % (when.strftime("%Y%m%d%H%M%S"), rng.randrange(10**6, 10**7), DOMAIN)
            msg, p = builder.build(res["mail"], k, msgid)
            data = builder.serialize(msg, p["linesep"])
            name = f"{kind}/{kind[0]}{i:03d}_{res['cat']}.eml"
            with open(os.path.join(out, name), "wb") as fh:
                fh.write(data)
            labels[name] = {"confidential": kind == "positive", "types": res["types"] if kind == "positive" else [],
                            "lang": lang, "note": res["note"]}
            expected[name] = res.get("ids", {})
            k += 1
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    result = gen_check.run(out, reg.holders, expected)
    write_readme(out, result, SEED)


if __name__ == "__main__":
    main()
