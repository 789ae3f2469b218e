#!/usr/bin/env python3
"""Generate the labelled cardiology outbound-mail corpus (seed 25147).

Usage: python generate.py [--out DIR]   (default: the folder holding this script)
"""
import argparse
import collections
import hashlib
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_neg_en as NE  # noqa: E402
import gen_neg_en2 as NE2  # noqa: E402
import gen_neg_fr as NF  # noqa: E402
import gen_neg_fr2 as NF2  # noqa: E402
import gen_neg_fr3 as NF3  # noqa: E402
import gen_pos_en as PE  # noqa: E402
import gen_pos_en2 as PE2  # noqa: E402
import gen_pos_fr as PF  # noqa: E402
import gen_pos_fr2 as PF2  # noqa: E402
from gen_build import build_message, pick_date  # noqa: E402
from gen_common import SEED  # noqa: E402
from gen_ctx import CLOCK, Ctx  # noqa: E402
from gen_readme import write_readme  # noqa: E402
from gen_verify import verify  # noqa: E402

POSITIVE_JOBS = [
    (PF.p_referral, 3), (PF.p_remote_alert, 4), (PF.p_echo, 3), (PF.p_holter, 3), (PF.p_census, 3),
    (PF.p_booking_ics, 3), (PF.p_transport, 3), (PF.p_pharmacy, 3), (PF.p_rehab_letter, 3),
    (PF.p_rehab_progress, 3), (PF.p_social, 3), (PF.p_lab, 3), (PF.p_quick_note, 3), (PF.p_reply_quoted, 3),
    (PF.p_forward, 3), (PF2.p_insurer, 3), (PF2.p_youth, 2), (PF2.p_nir, 2), (PF2.p_niss, 2),
    (PF2.p_waitlist, 3), (PF2.p_zip, 2),
    (PE.p_consult, 3), (PE.p_discharge, 3), (PE.p_remote_csv, 3), (PE.p_holter_docx, 3), (PE.p_signout, 3),
    (PE.p_ohip, 3), (PE.p_booking, 3), (PE.p_pharmacy_en, 3), (PE.p_insurer_en, 3), (PE.p_rehab_en, 3),
    (PE.p_vcard, 3), (PE2.p_eml, 3), (PE2.p_lab_en, 3), (PE2.p_reply_en, 3), (PE2.p_social_en, 3),
    (PE2.p_device_check, 3), (PE2.p_research, 2), (PE2.p_subject_only, 2), (PE2.p_filename_only, 2),
    (PE2.p_anticoag, 2), (PE2.p_transport_en, 2), (PE2.p_dictation, 2),
]

NEGATIVE_JOBS = [
    (NF.n_garde, 4), (NF.n_conge, 4), (NF.n_paie, 3), (NF.n_sante_travail, 3), (NF.n_affichage, 4),
    (NF.n_infolettre, 4), (NF.n_comite, 4), (NF.n_congres, 3), (NF.n_facture, 4), (NF2.n_commande, 3),
    (NF2.n_inventaire, 3), (NF2.n_ti, 4), (NF2.n_batiment, 3), (NF2.n_stats, 4), (NF2.n_cas, 3),
    (NF2.n_formulaire, 3), (NF2.n_gabarit, 2), (NF2.n_penurie, 3), (NF2.n_rappel, 3), (NF2.n_protocole, 3),
    (NF2.n_naissance, 2), (NF2.n_anniversaires, 2), (NF2.n_horaire_readapt, 3), (NF2.n_representant, 2),
    (NF3.n_politique, 3), (NF3.n_formation, 3), (NF3.n_pv, 2), (NF3.n_fondation, 2), (NF3.n_candidats, 2),
    (NF3.n_brochure, 2),
    (NE.n_oncall, 4), (NE.n_leave, 3), (NE.n_payroll, 3), (NE.n_occhealth, 2), (NE.n_posting, 4),
    (NE.n_newsletter, 4), (NE.n_committee, 4), (NE.n_conference, 4), (NE.n_invoice, 4), (NE2.n_po, 3),
    (NE2.n_inventory, 3), (NE2.n_it, 4), (NE2.n_facilities, 3), (NE2.n_stats, 4), (NE2.n_teaching, 4),
    (NE2.n_blankform, 3), (NE2.n_template, 2), (NE2.n_shortage, 3), (NE2.n_recall, 3), (NE2.n_research, 3),
    (NE2.n_baby, 2), (NE2.n_rehab_schedule, 3), (NE2.n_vendor, 2), (NE2.n_policy, 3), (NE2.n_training, 3),
    (NE2.n_minutes, 2), (NE2.n_candidates, 2), (NE2.n_education, 2), (NE2.n_reply_nonpatient, 2),
    (NE2.n_staff_contact, 2),
]


def digest(out_dir):
    h = hashlib.sha256()
    rels = []
    for sub in ("positive", "negative"):
        rels += [f"{sub}/{f}" for f in os.listdir(os.path.join(out_dir, sub)) if f.endswith(".eml")]
    rels.append("labels.json")
    for rel in sorted(rels):
        with open(os.path.join(out_dir, rel), "rb") as fh:
            data = fh.read()
        h.update(rel.encode("utf-8") + b"\0" + data + b"\0")
    return h.hexdigest()


def expand(jobs, rng):
    seq = [fn for fn, n in jobs for _ in range(n)]
    rng.shuffle(seq)
    return seq


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = args.out
    rng = random.Random(SEED)
    ctx = Ctx(rng)
    pos_seq = expand(POSITIVE_JOBS, rng)
    neg_seq = expand(NEGATIVE_JOBS, rng)
    assert len(pos_seq) == 120 and len(neg_seq) == 180, (len(pos_seq), len(neg_seq))
    for sub in ("positive", "negative"):
        path = os.path.join(out, sub)
        if os.path.isdir(path):
            shutil.rmtree(path)
        os.makedirs(path)
    labels, records = {}, {}
    feat_count = collections.Counter()
    for cls, seq, prefix, base in (("positive", pos_seq, "p", 0), ("negative", neg_seq, "n", 500)):
        for i, fn in enumerate(seq, 1):
            when = pick_date(rng)
            CLOCK["today"] = when.date()
            sp = fn(ctx)
            sp["date"] = when
            raw, feats = build_message(sp, base + i, rng)
            rel = f"{cls}/{prefix}{i:03d}_{sp['cat']}.eml"
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(raw)
            rec = sp["rec"]
            labels[rel] = {"confidential": cls == "positive", "types": sorted(rec.types) if cls == "positive" else [],
                           "lang": sp["lang"], "note": sp["note"]}
            records[rel] = rec
            for f in feats:
                feat_count[f] += 1
    labels = dict(sorted(labels.items()))
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    errs = verify(out, records)
    dg = digest(out)
    write_readme(out, labels, feat_count, dg)
    if errs:
        for e in errs:
            print("FAIL:", e, file=sys.stderr)
        print(f"{len(errs)} verification failure(s)", file=sys.stderr)
        return 1
    print(dg)
    return 0


if __name__ == "__main__":
    sys.exit(main())
