"""Generate the held-out corpus 143 (gastroenterology / endoscopy, invented Quebec hospital).

Usage: python generate.py [--out DIR]
"""
import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import gen_common as C  # noqa: E402
import gen_neg_en as NE  # noqa: E402
import gen_neg_fr as NF  # noqa: E402
import gen_neg_var as NV  # noqa: E402
import gen_pos_en1 as PE1  # noqa: E402
import gen_pos_en2 as PE2  # noqa: E402
import gen_pos_fr1 as PF1  # noqa: E402
import gen_pos_fr2 as PF2  # noqa: E402
from gen_ctx import TYPES, Ctx, HolderPool, internal  # noqa: E402
from gen_mime import choose_transport, render  # noqa: E402
from gen_readme import write_readme  # noqa: E402
from gen_verify import digest, verify  # noqa: E402

POS_PLAN = [
    (PF1.referral_fit, 5, "fr"), (PF1.booking_confirm, 5, "fr"), (PF1.prep_call_note, 4, "fr"), (PF1.patho_result, 5, "fr"),
    (PF1.endo_list, 4, "fr"), (PF1.mii_infusion, 5, "fr"), (PF1.hepato_fibro, 4, "fr"), (PF2.transport, 4, "fr"),
    (PF2.pharmacy_rx, 4, "fr"), (PF2.colleague_quick, 5, "fr"), (PF2.social, 4, "fr"), (PF2.letter_md, 4, "fr"),
    (PF2.forward_thread, 4, "fr"), (PF2.nir_patient, 3, "fr"),
    (PE1.referral_ontario, 4, "en"), (PE1.census_signout, 5, "en"), (PE1.discharge_summary, 4, "en"), (PE1.insurer_form, 5, "en"),
    (PE1.ics_booking, 4, "en"), (PE1.vcard_patient, 3, "en"), (PE1.screening_csv, 4, "en"), (PE1.zip_reports, 3, "en"),
    (PE2.attached_eml, 4, "en"), (PE2.lab_critical, 5, "en"), (PE2.ibd_biologic_pa, 4, "en"), (PE2.hepatology_hcc, 4, "en"),
    (PE2.belgian_niss, 3, "en"), (PE2.reply_patient, 4, "en"), (PE2.research_log, 4, "en"),
]
NEG_PLAN = [
    (NF.vacances, 6, "fr"), (NF.garde, 6, "fr"), (NF.bulletin, 6, "fr"), (NF.comite, 6, "fr"), (NF.offre_emploi, 6, "fr"),
    (NF.facture, 6, "fr"), (NF.bon_commande, 6, "fr"), (NF.stats, 6, "fr"), (NV.gabarit, 6, "fr"), (NV.rupture, 6, "fr"),
    (NV.ti, 6, "fr"), (NF.installations, 6, "fr"), (NF.sante_travail, 6, "fr"), (NV.cas_enseignement, 6, "fr"), (NF.paie, 6, "fr"),
    (NE.conference, 6, "en"), (NV.job_posting, 6, "en"), (NE.invoice, 6, "en"), (NE.inventory, 6, "en"), (NE.recall, 6, "en"),
    (NV.it_notice, 6, "en"), (NE.research_protocol, 6, "en"), (NE.newsletter, 6, "en"), (NV.minutes, 6, "en"),
    (NV.teaching_case, 6, "en"), (NV.mailmerge, 6, "en"), (NE.hr_candidate, 6, "en"), (NE.occ_health, 6, "en"),
    (NE.room_schedule, 6, "en"), (NV.formulary, 6, "en"),
]


def expand(plan, tag):
    items = [(f, lang) for f, n, lang in plan for _ in range(n)]
    random.Random(f"{C.SEED}:{tag}:order").shuffle(items)
    return items


def build(out_dir):
    holders = C.load_nam_holders(HERE)
    pool = HolderPool(holders)
    used_names = set()
    labels, records = {}, {}
    for sub in ("positive", "negative"):
        d = os.path.join(out_dir, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    for kind, plan, prefix, off in (("positive", POS_PLAN, "p", 0), ("negative", NEG_PLAN, "n", 1000)):
        items = expand(plan, kind)
        assert len(items) == (120 if kind == "positive" else 180)
        seen = {}
        for i, (func, lang) in enumerate(items):
            idx = off + i + 1
            ctx = Ctx(idx, f"{prefix}-{func.__name__}", lang, pool, used_names)
            ctx.occ = seen.get(func, 0)
            seen[func] = ctx.occ + 1
            mail = func(ctx)
            mail = ctx.maybe_wrap(mail, force=not internal(mail.sender[1]))
            t = choose_transport(ctx.rng, mail, lang)
            raw = render(mail, t, idx, lang)
            rel = f"{kind}/{prefix}{i + 1:03d}_{ctx.category}.eml"
            with open(os.path.join(out_dir, rel), "wb") as fh:
                fh.write(raw)
            types = [x for x in TYPES if x in ctx.types] if kind == "positive" else []
            labels[rel] = {"confidential": kind == "positive", "types": types, "lang": lang, "note": ctx.note}
            records[rel] = {"ids": list(ctx.ids), "nam_meta": ctx.nam_meta}
    labels = dict(sorted(labels.items()))
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    return labels, records, holders


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out_dir = os.path.abspath(args.out)
    os.makedirs(out_dir, exist_ok=True)
    labels, records, holders = build(out_dir)
    errors, feats = verify(out_dir, records, holders)
    dig = digest(out_dir)
    write_readme(out_dir, labels, feats, dig)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} error(s)", file=sys.stderr)
        sys.exit(1)
    print(dig)


if __name__ == "__main__":
    main()
