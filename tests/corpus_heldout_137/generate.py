#!/usr/bin/env python3
"""Generate the speech-language pathology / audiology outbound-mail corpus (seed 13731).

Usage: python generate.py [--out DIR]
"""
import argparse
import datetime
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_neg_en as ne  # noqa: E402
import gen_neg_en2 as ne2  # noqa: E402
import gen_neg_fr as nf  # noqa: E402
import gen_neg_fr2 as nf2  # noqa: E402
import gen_pos_en as pe  # noqa: E402
import gen_pos_en2 as pe2  # noqa: E402
import gen_pos_fr as pf  # noqa: E402
import gen_pos_fr2 as pf2  # noqa: E402
from gen_common import FINDING_TYPES, Ctx  # noqa: E402
from gen_mime import pick_transport, render  # noqa: E402
from gen_readme import write_readme  # noqa: E402
from gen_verify import verify  # noqa: E402

SEED = 13731

POS_PLAN = [
    (pf.dys_referral, 4), (pf.vfss_report, 4), (pf.census, 2), (pf.fees_booking, 3), (pf.audiogram_gp, 4),
    (pf.pharmacy_rx, 3), (pf.ci_followup, 3), (pf.ci_transfer_fr, 2), (pf.voice_clinic, 3), (pf.quick_note, 3),
    (pf2.school_report, 4), (pf2.daycare_dpj, 3), (pf2.reply_quoted, 3), (pf2.forward_family, 3), (pf2.transport, 3),
    (pf2.newborn, 2), (pf2.waitlist, 2), (pf2.zip_reports, 2), (pf2.belgian_niss, 2), (pf2.insurer_sin, 2),
    (pf2.attached_eml, 2), (pf2.vcard_patient, 1),
    (pe.mbs_report, 4), (pe.ohip_referral, 4), (pe.signout, 3), (pe.ci_letter, 3), (pe.abr_results, 3),
    (pe.cmv_followup, 2), (pe.school_iep, 3), (pe.daycare_concern, 3), (pe.voice_en, 3), (pe.insurance_sin, 3),
    (pe.booking_en, 3), (pe.pharmacy_en, 3),
    (pe2.quick_en, 2), (pe2.reply_en, 2), (pe2.forward_en, 2), (pe2.csv_caseload, 2), (pe2.xlsx_ci_clinic, 2),
    (pe2.zip_en, 2), (pe2.eml_en, 2), (pe2.foreign_ids, 2), (pe2.discharge, 3), (pe2.social_en, 2),
    (pe2.ramq_program, 2),
]

NEG_PLAN = [
    (nf.conges, 5), (nf.horaire, 4), (nf.paie, 4), (nf.bulletin, 4), (nf.comite, 4), (nf.congres, 4), (nf.poste, 4),
    (nf.naissance, 4), (nf.sst, 4), (nf.stagiaires, 3),
    (nf2.facture, 4), (nf2.bon_commande, 4), (nf2.inventaire, 4), (nf2.ti, 4), (nf2.batiment, 4), (nf2.stats, 4),
    (nf2.cas_enseignement, 4), (nf2.formulaire, 4), (nf2.penurie, 4), (nf2.rappel, 4), (nf2.recherche, 4),
    (nf2.vendor_vcard, 2), (nf2.zip_formulaires, 2), (nf2.eml_infolettre, 2),
    (ne.leave, 5), (ne.schedule, 4), (ne.payroll, 4), (ne.newsletter, 4), (ne.committee, 4), (ne.conference, 4),
    (ne.job, 4), (ne.baby_news, 4), (ne.occ_health, 4), (ne.placements, 3),
    (ne2.invoice, 4), (ne2.purchase_order, 4), (ne2.inventory, 4), (ne2.it_notice, 4), (ne2.facilities, 4),
    (ne2.statistics, 4), (ne2.teaching_case, 4), (ne2.blank_form, 4), (ne2.shortage, 4), (ne2.recall, 4),
    (ne2.research, 4), (ne2.vendor_card, 2), (ne2.zip_forms, 2), (ne2.eml_newsletter, 2),
]

NEEDS_INNER = {pf2.attached_eml, pe2.eml_en, nf2.eml_infolettre, ne2.eml_newsletter}

START = datetime.datetime(2024, 9, 3, 7, 0)
SPAN_DAYS = 297


def tz_for(dt):
    off = -4 if 4 <= dt.month <= 10 or (dt.month == 3 and dt.day >= 10) or (dt.month == 11 and dt.day < 3) else -5
    return datetime.timezone(datetime.timedelta(hours=off))


def pick_date(r):
    while True:
        d = START + datetime.timedelta(days=r.randrange(SPAN_DAYS), hours=r.randint(0, 11), minutes=r.randint(0, 59),
                                       seconds=r.randint(0, 59))
        if d.weekday() < 5 or r.random() < 0.08:
            return d


def msg_id(r, dt, addr):
    dom = addr.split("@")[-1]
    return f"<{dt:%Y%m%d%H%M%S}.{r.getrandbits(40):010x}@{dom}>"


def build(out):
    c = Ctx(SEED)
    tr = random.Random(SEED * 7 + 1)   # transports
    dr = random.Random(SEED * 7 + 2)   # dates and ids
    slots = [(f, True) for f, n in POS_PLAN for _ in range(n)]
    negs = [(f, False) for f, n in NEG_PLAN for _ in range(n)]
    assert len(slots) == 120 and len(negs) == 180, (len(slots), len(negs))
    order = random.Random(SEED)
    order.shuffle(slots)
    order.shuffle(negs)
    for sub in ("positive", "negative"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith(".eml"):
                os.remove(os.path.join(out, sub, f))
    labels, meta = {}, {}
    counter = {"p": 0, "n": 0}
    for idx, (func, is_pos) in enumerate(slots + negs):
        dt = pick_date(dr)
        c.now = dt

        def render_inner(inner, _dt=dt):
            idt = (_dt - datetime.timedelta(hours=dr.randint(3, 72))).replace(tzinfo=None)
            idt = idt.replace(tzinfo=tz_for(idt))
            T = pick_transport(tr, inner)
            T["fmt"] = "plain"
            T["eol"] = "\n"
            return render(inner, T, msg_id(dr, idt, inner.frm[1]), idt, 900 + idx)

        m = func(c, render_inner) if func in NEEDS_INNER else func(c)
        if m.lang not in ("fr", "en"):
            raise SystemExit("bad lang")
        if is_pos and not m.types:
            raise SystemExit(f"positive without types: {func.__name__}")
        T = pick_transport(tr, m)
        aware = dt.replace(tzinfo=tz_for(dt))
        data = render(m, T, msg_id(dr, aware, m.frm[1]), aware, idx)
        key = "p" if is_pos else "n"
        counter[key] += 1
        rel = f"{'positive' if is_pos else 'negative'}/{key}{counter[key]:03d}_{m.category}.eml"
        with open(os.path.join(out, rel), "wb") as fh:
            fh.write(data)
        types = [t for t in FINDING_TYPES if t in m.types] if is_pos else []
        labels[rel] = {"confidential": is_pos, "types": types, "lang": m.lang, "note": m.note}
        meta[rel] = {"msg": m}
    labels = {k: labels[k] for k in sorted(labels)}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")
    return labels, meta


def digest(out):
    h = hashlib.sha256()
    rels = [f"positive/{f}" for f in os.listdir(os.path.join(out, "positive")) if f.endswith(".eml")]
    rels += [f"negative/{f}" for f in os.listdir(os.path.join(out, "negative")) if f.endswith(".eml")]
    rels.append("labels.json")
    for rel in sorted(rels):
        h.update(rel.encode("utf-8") + b"\0")
        with open(os.path.join(out, rel), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    labels, meta = build(out)
    errors, feats = verify(out, meta)
    if errors:
        for e in errors:
            print("FAIL:", e, file=sys.stderr)
        print(f"{len(errors)} verification failure(s)", file=sys.stderr)
        sys.exit(1)
    d = digest(out)
    write_readme(os.path.join(out, "README.md"), SEED, labels, feats, d)
    npos = sum(1 for v in labels.values() if v["confidential"])
    print(f"positives {npos}, negatives {len(labels) - npos}")
    print(f"digest {d}")


if __name__ == "__main__":
    main()
