#!/usr/bin/env python3
"""Generate the held-out corpus: pain clinic and anaesthesia pre-operative assessment.

Usage: python generate.py [--out DIR]
Writes positive/*.eml, negative/*.eml, labels.json and README.md, then re-parses and checks everything
and prints the digest. Exits non-zero on any failure.
"""
import argparse
import datetime
import hashlib
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_neg_en1 as NE1  # noqa: E402
import gen_neg_en2 as NE2  # noqa: E402
import gen_neg_fr1 as NF1  # noqa: E402
import gen_neg_fr2 as NF2  # noqa: E402
import gen_pos_en1 as PE1  # noqa: E402
import gen_pos_en2 as PE2  # noqa: E402
import gen_pos_fr1 as PF1  # noqa: E402
import gen_pos_fr2 as PF2  # noqa: E402
import gen_readme  # noqa: E402
import gen_verify  # noqa: E402
from gen_common import Ctx  # noqa: E402
from gen_render import XMAILERS, render  # noqa: E402
from gen_tpl import T, tz_for  # noqa: E402

SEED = 25191

POS_PLAN = [
    (PF1.referral_readapt, "fr", 3), (PF1.preop_pdf, "fr", 3), (PF1.census_xlsx, "fr", 2), (PF1.signout_sda, "fr", 2),
    (PF1.booking_ics, "fr", 2), (PF1.transport, "fr", 2), (PF1.lab_reply, "fr", 2), (PF1.rx_pharmacy, "fr", 3),
    (PF1.insurer_sin, "fr", 2), (PF1.aide_sociale, "fr", 2), (PF1.quick_callback, "fr", 2), (PF1.fwd_anticoag, "fr", 2),
    (PF1.reply_osa, "fr", 2),
    (PF2.uds, "fr", 2), (PF2.dpj, "fr", 2), (PF2.cancel_subject, "fr", 2), (PF2.discharge_docx, "fr", 2),
    (PF2.waitlist_csv, "fr", 2), (PF2.nir_student, "fr", 2), (PF2.niss_patient, "fr", 2), (PF2.calllog_html, "fr", 2),
    (PF2.vcard_patient, "fr", 2), (PF2.zip_cit, "fr", 2), (PF2.eml_attached, "fr", 2), (PF2.filename_only, "fr", 3),
    (PF2.violence, "fr", 2), (PF2.airway_letter, "fr", 2), (PF2.housing_preop, "fr", 2),
    (PE1.referral_ontario, "en", 3), (PE1.consult_letter_docx, "en", 3), (PE1.preop_html, "en", 2),
    (PE1.aps_census_xlsx, "en", 2), (PE1.or_booking_ics, "en", 2), (PE1.lab_reply_en, "en", 2), (PE1.mri_note, "en", 2),
    (PE1.rx_taper_pdf, "en", 2), (PE1.insurer_gml, "en", 2), (PE1.callback_en, "en", 2), (PE1.fwd_suboxone, "en", 2),
    (PE1.reply_glp1, "en", 2), (PE1.catheter_discharge, "en", 2),
    (PE2.shelter_en, "en", 2), (PE2.ipv_en, "en", 2), (PE2.patient_reply, "en", 3), (PE2.eml_fwd_referral, "en", 2),
    (PE2.zip_preop, "en", 2), (PE2.subject_only_en, "en", 3), (PE2.or_list_html, "en", 2), (PE2.bridging, "en", 3),
    (PE2.peds_preop, "en", 2), (PE2.sickle_plan, "en", 2), (PE2.cancer_methadone, "en", 3), (PE2.vcard_en, "en", 2),
    (PE2.agreement_docx, "en", 2), (PE2.mh_letter, "en", 2),
]

NEG_PLAN = [
    (NF1.garde_xlsx, "fr", 4), (NF1.conge, "fr", 4), (NF1.paie, "fr", 4), (NF1.infolettre, "fr", 4), (NF1.comite, "fr", 4),
    (NF1.congres, "fr", 4), (NF1.affichage, "fr", 3), (NF1.facture, "fr", 4), (NF1.bon_commande, "fr", 4),
    (NF1.inventaire, "fr", 4), (NF1.informatique, "fr", 3), (NF1.immeubles, "fr", 3),
    (NF2.statistiques, "fr", 4), (NF2.cas_enseignement, "fr", 4), (NF2.formulaire_vierge, "fr", 4), (NF2.gabarit, "fr", 3),
    (NF2.rupture, "fr", 4), (NF2.rappel, "fr", 4), (NF2.recherche, "fr", 4), (NF2.sst, "fr", 4), (NF2.naissance, "fr", 3),
    (NF2.formation, "fr", 3), (NF2.politique, "fr", 4), (NF2.candidat, "fr", 4),
    (NE1.call_schedule, "en", 4), (NE1.leave_request, "en", 3), (NE1.payroll, "en", 3), (NE1.newsletter_en, "en", 4),
    (NE1.committee_en, "en", 4), (NE1.grand_rounds, "en", 4), (NE1.job_posting_en, "en", 3), (NE1.invoice_en, "en", 4),
    (NE1.po_en, "en", 4), (NE1.asset_inventory_en, "en", 4), (NE1.it_en, "en", 3), (NE1.facilities_en, "en", 3),
    (NE2.stats_en, "en", 4), (NE2.mm_case_en, "en", 4), (NE2.blank_form_en, "en", 4), (NE2.mailmerge_en, "en", 3),
    (NE2.shortage_en, "en", 4), (NE2.recall_en, "en", 4), (NE2.research_en, "en", 3), (NE2.occ_health_en, "en", 4),
    (NE2.baby_en, "en", 3), (NE2.journal_club_en, "en", 3), (NE2.interview_en, "en", 4), (NE2.vendor_quote_en, "en", 3),
    (NE2.staff_vcard_en, "en", 4),
]

START = datetime.date(2024, 1, 8)
END = datetime.date(2024, 11, 29)


def send_time(rng):
    while True:
        d = START + datetime.timedelta(days=rng.randint(0, (END - START).days))
        if d.weekday() < 5:
            break
    dt = datetime.datetime(d.year, d.month, d.day, rng.randint(7, 18), rng.randint(0, 59), rng.randint(0, 59))
    return dt.replace(tzinfo=tz_for(dt))


def plan_tx(rng, spec):
    lang = spec["lang"]
    tx = {}
    tx["eol"] = "\r\n" if rng.random() < 0.35 else "\n"
    tx["mode"] = rng.choices(["plain", "html", "alt"], [0.4, 0.2, 0.4])[0]
    if lang == "fr":
        tx["charset"] = rng.choices(["utf-8", "iso-8859-1", "windows-1252"], [0.5, 0.25, 0.25])[0]
    else:
        tx["charset"] = rng.choices(["us-ascii", "utf-8", "windows-1252", "iso-8859-1"], [0.35, 0.4, 0.15, 0.1])[0]
    if tx["charset"] == "us-ascii":
        tx["cte"] = rng.choices(["7bit", "quoted-printable"], [0.7, 0.3])[0]
    else:
        tx["cte"] = rng.choices(["8bit", "quoted-printable", "base64"], [0.3, 0.45, 0.25])[0]
    tx["html_cte"] = rng.choice([tx["cte"], "quoted-printable", "base64"])
    tx["hmode"] = rng.choice(["Q", "B"])
    tx["hcharset"] = "iso-8859-1" if (lang == "fr" and rng.random() < 0.3) else "utf-8"
    tx["fn_style"] = rng.choices(["plain", "rfc2231", "rfc2047"], [0.5, 0.3, 0.2])[0]
    tx["entities"] = rng.random() < 0.25
    tx["outlook"] = rng.random() < 0.35
    tx["bstyle"] = rng.randint(0, 5)
    tx["att_cte"] = rng.choices(["base64", "quoted-printable", "7bit"], [0.6, 0.25, 0.15])[0]
    tx["xmailer"] = rng.choice(XMAILERS)
    tx["content_language"] = rng.random() < 0.3
    tx["preamble"] = rng.random() < 0.4
    tx["charset_case"] = rng.randint(0, 2)
    tx.update(spec.get("tx") or {})
    return tx


def msgid(rng, spec):
    dom = spec["from"][1].split("@")[1]
    style = rng.randint(0, 3)
    h = f"{rng.getrandbits(96):024x}"
    if style == 0:
        return f"<{h[:16].upper()}{h[16:]}@{dom}>"
    if style == 1:
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@{dom}>"
    if style == 2:
        return f"<CAF{h}{rng.randint(10, 99)}@mail.{dom}>"
    return f"<{rng.randint(1000000000, 1999999999)}.{rng.randint(10000, 99999)}.{h[:10]}@{dom}>"


def build(ctx, plan, kind):
    jobs = [(fn, lang) for fn, lang, n in plan for _ in range(n)]
    ctx.rng.shuffle(jobs)
    out = []
    for i, (fn, lang) in enumerate(jobs):
        when = send_time(ctx.rng)
        t = T(ctx, lang, when, i)
        m = fn(t)
        spec = m.spec()
        spec["date"] = when
        spec["msgid"] = msgid(ctx.rng, spec)
        tx = plan_tx(ctx.rng, spec)
        data = render(spec, tx)
        prefix = "p" if kind == "pos" else "n"
        rel = f"{'positive' if kind == 'pos' else 'negative'}/{prefix}{i + 1:03d}_{spec['cat']}.eml"
        out.append((rel, spec, data))
    return out


def digest_of(out, rels):
    h = hashlib.sha256()
    for rel in sorted(rels):
        with open(os.path.join(out, rel), "rb") as fh:
            h.update(rel.encode("utf-8") + b"\0" + fh.read() + b"\0")
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    rng = random.Random(SEED)
    ctx = Ctx(rng)
    pos = build(ctx, POS_PLAN, "pos")
    neg = build(ctx, NEG_PLAN, "neg")
    for sub in ("positive", "negative"):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in sorted(os.listdir(d)):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    labels, entries = {}, []
    for rel, spec, data in pos + neg:
        with open(os.path.join(out, rel), "wb") as fh:
            fh.write(data)
        lab = {"confidential": spec["kind"] == "pos", "types": spec["types"], "lang": spec["lang"], "note": spec["note"]}
        labels[rel] = lab
        entries.append((rel, spec, lab))
    labels = dict(sorted(labels.items()))
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    errors, feat_files = gen_verify.verify(out, entries)
    # every holder used at most once across the corpus
    seen = {}
    for rel, spec, lab in entries:
        for n in spec["nams"]:
            if n in seen:
                errors.append(f"{rel}: NAM {n} reused (also in {seen[n]})")
            seen[n] = rel
    digest = digest_of(out, list(labels) + ["labels.json"])
    gen_readme.write(out, SEED, labels, feat_files, digest)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} error(s)", file=sys.stderr)
        sys.exit(1)
    print(digest)


if __name__ == "__main__":
    main()
