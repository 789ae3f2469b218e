"""Generate the ophthalmology-service DLP evaluation corpus (120 positives, 180 hard negatives).

Usage: python generate.py [--out DIR]   (default: the folder holding this script)
Reads only its own gen_*.py modules and ../blind_nams.txt (relative to this file).
"""
import argparse
import datetime as _dt
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_common as C  # noqa: E402
import gen_mime as M  # noqa: E402
import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NBm  # noqa: E402
import gen_neg_c as NC  # noqa: E402
import gen_pos_a as PA  # noqa: E402
import gen_pos_b as PB  # noqa: E402
import gen_pos_c as PC  # noqa: E402
import gen_pos_d as PD  # noqa: E402
from gen_readme import digest, write_readme  # noqa: E402
from gen_verify import verify  # noqa: E402

POSITIVES = [
    (PA.referral, 9, None), (PA.ivi_list, 7, None), (PA.cataract_waitlist, 6, None), (PA.oct_result, 5, None),
    (PA.vf_booking, 6, None),
    (PB.glaucoma_letter, 6, None), (PB.postop, 5, None), (PB.rx_pharmacy, 4, None), (PB.transport, 4, None),
    (PB.insurer_form, 4, None), (PB.signout, 4, None),
    (PC.consult_reply, 5, None), (PC.fwd_inline, 4, None), (PC.attached_eml, 4, None), (PC.ics_appt, 4, None),
    (PC.vcard_contact, 3, None), (PC.zip_reports, 4, None), (PC.subject_only, 4, None),
    (PD.filename_only, 4, None), (PD.social_case, 6, None), (PD.lab_followup, 5, None), (PD.ontario_patient, 4, "en"),
    (PD.belgian_patient, 3, "fr"), (PD.french_patient, 3, "fr"), (PD.quick_note, 4, None), (PD.lowvision, 3, None),
]

NEGATIVES = [
    (NA.clinic_schedule, 9), (NA.leave_request, 8), (NA.payroll, 5), (NA.occ_health, 5), (NA.staff_social, 6),
    (NA.hr_candidate, 5), (NA.training, 5), (NA.oncall_roster, 5),
    (NBm.newsletter, 9), (NBm.committee, 7), (NBm.conference, 7), (NBm.job_posting, 6), (NBm.optom_bulletin, 6),
    (NBm.minutes, 6), (NBm.research, 5), (NBm.teaching_case, 9), (NBm.stats, 9),
    (NC.invoice, 9), (NC.purchase_order, 7), (NC.inventory, 7), (NC.recall, 6), (NC.shortage, 5), (NC.it_notice, 9),
    (NC.facilities, 6), (NC.equipment, 6), (NC.blank_form, 9), (NC.education, 4),
]


def jobs(rng, table, forced_ok=True):
    out = []
    for row in table:
        fn, n = row[0], row[1]
        forced = row[2] if len(row) > 2 else None
        out += [(fn, forced)] * n
    rng.shuffle(out)
    langs = ["fr", "en"]
    k = rng.randint(0, 1)
    res = []
    for fn, forced in out:
        if forced:
            res.append((fn, forced))
        else:
            res.append((fn, langs[k % 2]))
            k += 1
    return res


def msg_date(rng):
    start = _dt.datetime(2024, 10, 1)
    while True:
        d = start + _dt.timedelta(days=rng.randint(0, 240))
        if d.weekday() < 5 or rng.random() < 0.1:
            break
    d = d.replace(hour=rng.randint(7, 19), minute=rng.randint(0, 59), second=rng.randint(0, 59))
    dst = _dt.datetime(2024, 11, 3) > d or d >= _dt.datetime(2025, 3, 9)
    return d.replace(tzinfo=_dt.timezone(_dt.timedelta(hours=-4 if dst else -5)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent))
    args = ap.parse_args()
    out = Path(args.out)
    rng = random.Random(C.SEED)
    nams = C.load_nams()
    C.check_pools(nams)
    ctx = C.Ctx(rng, nams)

    for sub in ("positive", "negative"):
        (out / sub).mkdir(parents=True, exist_ok=True)
        for old in (out / sub).glob("*.eml"):
            old.unlink()

    labels, metas = {}, {}
    for prefix, sub, table, conf in (("p", "positive", POSITIVES, True), ("n", "negative", NEGATIVES, False)):
        for i, (fn, lang) in enumerate(jobs(rng, table), 1):
            spec = fn(ctx, lang)
            assert all(a != spec["from"][1] for _, a in spec["to"] + spec["cc"]), (fn.__name__, spec["from"])
            assert spec["lang"] == lang or fn in (PD.belgian_patient, PD.french_patient)
            date = msg_date(rng)
            dom = spec["from"][1].split("@")[1]
            mid = f"<{rng.getrandbits(64):016x}.{prefix}{i:03d}@{dom}>"
            data = M.assemble(rng, spec, date, mid)
            rel = f"{sub}/{prefix}{i:03d}_{spec['cat']}.eml"
            (out / rel).write_bytes(data)
            labels[rel] = {"confidential": conf, "types": sorted(spec["types"]) if conf else [],
                           "lang": spec["lang"], "note": spec["note"]}
            metas[rel] = spec
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")

    errors, feats = verify(out, labels, metas, nams)
    if errors:
        for e in errors[:200]:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} error(s)", file=sys.stderr)
        sys.exit(1)
    rels = sorted(labels) + ["labels.json"]
    dig = digest(out, rels)
    write_readme(out, labels, feats, dig)
    npos = sum(1 for k in labels if k.startswith("positive/"))
    print(f"positives {npos}, negatives {len(labels) - npos}")
    print(f"digest {dig}")


if __name__ == "__main__":
    main()
