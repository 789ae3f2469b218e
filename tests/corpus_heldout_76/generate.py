#!/usr/bin/env python3
"""Generate the held-out corpus 76 (surgery and perioperative care, Quebec regional hospital).

    python generate.py             # writes next to this file
    python generate.py --out DIR   # writes elsewhere

Deterministic from SEED; standard library + python-stdnum, reportlab, python-docx, openpyxl.
"""
import argparse
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_pos_a as PA  # noqa: E402
import gen_pos_b as PB  # noqa: E402
import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NB  # noqa: E402
from gen_ctx import Ctx, Shared  # noqa: E402
from gen_mime import Builder, choose_opts  # noqa: E402
import gen_check  # noqa: E402
import gen_readme  # noqa: E402

SEED = 7601
N_POS = 120
N_NEG = 180
EN_POS = 40
EN_NEG = 60

# (function, count, language preference: None | 'en' | 'fr')
POS_PLAN = [
    (PA.p_booking, 3, None), (PA.p_waitlist_xlsx, 2, None), (PA.p_waitlist_zipcsv, 3, "fr"),
    (PA.p_preop_clinic, 3, None), (PA.p_preop_instructions, 2, None), (PA.p_day_surgery_list, 3, None),
    (PA.p_pacu_handover, 3, None), (PA.p_or_handover, 3, None), (PA.p_postop_appt, 2, None),
    (PA.p_wound_clsc, 3, None), (PA.p_wound_filename, 3, None), (PA.p_subject_leak, 4, None),
    (PA.p_patient_forward, 3, None), (PA.p_reply_quoted, 3, None), (PA.p_ics_preop, 3, None), (PA.p_id_only, 4, None),
    (PB.p_vcard_callback, 3, None), (PB.p_discharge_pdf, 3, None), (PB.p_opreport_docx, 3, None),
    (PB.p_pharmacy, 3, None), (PB.p_pathology, 3, None), (PB.p_consult_reply, 3, None),
    (PB.p_referral_pdf, 3, None), (PB.p_transfer, 2, None), (PB.p_cnesst_sin, 3, "fr"),
    (PB.p_insurance_sin, 3, "en"), (PB.p_ontario, 3, "en"), (PB.p_belgian, 2, "fr"), (PB.p_french, 2, "fr"),
    (PB.p_social_work, 3, None), (PB.p_dpj, 2, "fr"), (PB.p_violence, 2, None), (PB.p_callback_list, 3, None),
    (PB.p_mh, 2, None), (PB.p_blood_bank, 2, None), (PB.p_mm_identifiable, 2, None),
    (PB.p_implant_recall_patients, 2, None), (PB.p_ssi, 2, None), (PB.p_forward_eml, 3, None),
    (PB.p_postop_calls, 2, None), (PB.p_complaint, 2, None), (PB.p_bariatric, 2, None),
    (PB.p_interpreter, 2, None), (PB.p_consent_filename, 2, None), (PB.p_inr, 2, None),
    (PB.p_convocation_docx, 2, None),
]

NEG_PLAN = NA.PLAN + NB.PLAN


def expand(plan, n_total, n_en, rng):
    slots = []
    for fn, cnt, pref in plan:
        for _ in range(cnt):
            slots.append([fn, pref])
    assert len(slots) == n_total, (len(slots), n_total)
    rng.shuffle(slots)
    langs = ["fr"] * len(slots)
    en_pref = [i for i, s in enumerate(slots) if s[1] == "en"]
    free = [i for i, s in enumerate(slots) if s[1] is None]
    chosen = en_pref[:n_en]
    rest = n_en - len(chosen)
    chosen += rng.sample(free, rest)
    for i in chosen:
        langs[i] = "en"
    # keep a few of the 'en'-preferring ones in French too when quota allows
    return [(s[0], langs[i]) for i, s in enumerate(slots)]


def generate(out):
    for sub in ("positive", "negative"):
        d = os.path.join(out, sub)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    master = random.Random(SEED)
    shared = Shared()
    labels = {}
    for kind, plan, n_total, n_en, prefix in (("positive", POS_PLAN, N_POS, EN_POS, "p"),
                                              ("negative", NEG_PLAN, N_NEG, EN_NEG, "n")):
        order = expand(plan, n_total, n_en, random.Random("%d-%s-order" % (SEED, kind)))
        for i, (fn, lang) in enumerate(order, 1):
            tag = "%d-%s-%03d" % (SEED, kind, i)
            rng = random.Random(tag)
            ctx = Ctx(rng, lang, tag, shared)
            spec = fn(ctx)
            opts = choose_opts(rng, lang, spec)
            raw = Builder(rng, tag).build(spec, opts)
            name = "%s/%s%03d_%s.eml" % (kind, prefix, i, spec["cat"])
            with open(os.path.join(out, name), "wb") as fh:
                fh.write(raw)
            labels[name] = {"confidential": kind == "positive", "types": sorted(set(spec["types"])) if kind == "positive" else [],
                            "lang": lang, "note": spec["note"]}
    del master
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return labels


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--no-readme", action="store_true")
    a = ap.parse_args()
    out = os.path.abspath(a.out)
    os.makedirs(out, exist_ok=True)
    generate(out)
    res = gen_check.run_check(out)
    if not a.no_readme:
        gen_readme.write_readme(out, res, SEED)
    if res["errors"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
