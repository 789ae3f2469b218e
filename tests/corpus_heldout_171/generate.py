"""Generate the orthopaedics held-out DLP corpus (seed 25171): 120 positives, 180 negatives, labels, README."""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import gen_check  # noqa: E402
import gen_mime as M  # noqa: E402
import gen_neg1 as N1  # noqa: E402
import gen_neg2 as N2  # noqa: E402
import gen_pos1 as P1  # noqa: E402
import gen_pos2 as P2  # noqa: E402
import gen_pos3 as P3  # noqa: E402
import gen_readme  # noqa: E402
from gen_ctx import Ctx  # noqa: E402

SEED = 25171

POSITIVE_PLAN = [
    (P1.p_referral_physio, 7), (P1.p_referral_ot, 6), (P1.p_fracture_followup, 7), (P1.p_cast_room, 6),
    (P1.p_or_booking, 7), (P1.p_preop_labs, 5), (P1.p_discharge, 6), (P2.p_pharmacy_rx, 6), (P2.p_census, 6),
    (P2.p_transport, 5), (P2.p_cnesst, 8), (P2.p_insurer, 4),
    (lambda c, l, w: P2.p_out_of_province(c, l, w, "on"), 3), (lambda c, l, w: P2.p_out_of_province(c, l, w, "be"), 3),
    (lambda c, l, w: P2.p_out_of_province(c, l, w, "fr"), 2),
    (P3.p_quick_note, 6), (P3.p_reply_thread, 5), (P3.p_forward_inline, 5), (P3.p_attached_eml, 4), (P3.p_zip_docs, 3),
    (P3.p_vcard, 3), (P3.p_social_work, 4), (P3.p_subject_only, 3), (P3.p_filename_only, 3), (P3.p_mrn_only, 3),
]
NEGATIVE_PLAN = [
    (N1.n_hr_schedule, 8), (N1.n_leave, 6), (N1.n_payroll, 6), (N1.n_staff_cnesst, 6), (N1.n_newsletter, 7),
    (N1.n_committee, 8), (N1.n_conference, 7), (N1.n_job_posting, 6), (N1.n_candidate, 5), (N1.n_training, 6),
    (N1.n_social_event, 5), (N1.n_or_blocks, 6), (N1.n_meeting_ics, 5), (N1.n_vendor_vcard, 4),
    (N2.n_invoice, 7), (N2.n_purchase_order, 7), (N2.n_inventory, 6), (N2.n_it, 7), (N2.n_facilities, 7),
    (N2.n_stats, 7), (N2.n_teaching_case, 7), (N2.n_blank_form, 7), (N2.n_drug_shortage, 5), (N2.n_recall, 5),
    (N2.n_research, 6), (N2.n_policy, 6), (N2.n_beds, 5), (N2.n_forward_admin, 5), (N2.n_education, 5),
    (N2.n_supply_zip, 3),
]


def expand(plan, ctx):
    flat = []
    for fn, n in plan:
        flat += [fn] * n
    ctx.rng.shuffle(flat)
    start = ctx.rng.randint(0, 1)
    return [(fn, ("fr", "en")[(i + start) % 2]) for i, fn in enumerate(flat)]


def choose_transport(ctx, rec):
    r = ctx.rng
    structure = rec.structure or r.choices(["plain", "alt", "html"], [0.42, 0.36, 0.22])[0]
    texts = [rec.body, rec.html or "", rec.subject]
    ok = {cs: all(M.adapt(t, cs) is not None for t in texts) for cs in ("us-ascii", "iso-8859-1", "windows-1252")}
    pure_ascii = all(all(ord(c) < 128 for c in t) for t in texts)
    cands, weights = ["utf-8"], [0.5]
    for cs, w in (("iso-8859-1", 0.2), ("windows-1252", 0.2), ("us-ascii", 0.1)):
        if ok[cs] and (cs != "us-ascii" or pure_ascii):
            cands.append(cs)
            weights.append(w if cs != "us-ascii" else 0.45)
    charset = r.choices(cands, weights)[0]
    if charset == "us-ascii":
        cte = r.choices(["7bit", "quoted-printable", "base64"], [0.7, 0.15, 0.15])[0]
    else:
        cte = r.choices(["8bit", "quoted-printable", "base64"], [0.35, 0.4, 0.25])[0]
    return M.Transport(structure=structure, charset=charset, cte=cte,
                       eol="\r\n" if r.random() < 0.35 else "\n",
                       subj_2047=r.random() < 0.12, name_2047=r.random() < 0.15,
                       att_cte=r.choices(["base64", "quoted-printable", "8bit"], [0.5, 0.3, 0.2])[0])


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    out = args.out
    ctx = Ctx(SEED)
    items, labels = [], {}
    for side, plan, prefix in (("positive", POSITIVE_PLAN, "p"), ("negative", NEGATIVE_PLAN, "n")):
        os.makedirs(os.path.join(out, side), exist_ok=True)
        for fn in os.listdir(os.path.join(out, side)):
            if fn.endswith(".eml"):
                os.remove(os.path.join(out, side, fn))
        for i, (tmpl, lang) in enumerate(expand(plan, ctx), 1):
            when = ctx.when()
            rec = tmpl(ctx, lang, when)
            rel = "%s/%s%03d_%s.eml" % (side, prefix, i, rec.category)
            tr = choose_transport(ctx, rec)
            mail = {"frm": rec.frm, "to": rec.to, "cc": rec.cc, "subject": rec.subject, "body": rec.body,
                    "html": rec.html, "attachments": rec.attachments, "extra_headers": rec.extra_headers,
                    "date": when, "msgid": "<%s.%s%03d.%08x@mail.vallee-verte.example>" % (
                        when.strftime("%Y%m%d%H%M%S"), prefix, i, ctx.rng.getrandbits(32))}
            raw = M.build(mail, tr, "%s%03d" % (prefix, i))
            with open(os.path.join(out, side, rel.split("/")[1]), "wb") as fh:
                fh.write(raw)
            items.append((rel, raw, rec))
            labels[rel] = {"confidential": rec.positive, "types": sorted(rec.types), "lang": lang, "note": rec.note}
    labels = {k: labels[k] for k in sorted(labels)}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    reread = []
    for rel, _raw, rec in items:
        with open(os.path.join(out, *rel.split("/")), "rb") as fh:
            reread.append((rel, fh.read(), rec))
    try:
        feats = gen_check.check_all(reread, labels, ctx.nams)
    except gen_check.CheckError as e:
        print("CHECK FAILED:\n%s" % e, file=sys.stderr)
        return 1
    dig = gen_readme.digest(out)
    gen_readme.write_readme(out, labels, feats, SEED, dig)
    print("positives %d, negatives %d, NAM holders used %d" % (
        sum(1 for v in labels.values() if v["confidential"]), sum(1 for v in labels.values() if not v["confidential"]), ctx.nam_used))
    print("digest %s" % dig)
    return 0


if __name__ == "__main__":
    sys.exit(main())
