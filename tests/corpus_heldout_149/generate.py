#!/usr/bin/env python3
"""Generate the endocrinology-clinic DLP corpus (held-out set 149).

Usage: python generate.py [--out DIR]
Reads nothing but its own gen_*.py modules and ../blind_nams.txt (relative to this file).
"""
import argparse
import datetime as dt
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_docs as D  # noqa: E402
import gen_mime  # noqa: E402
import gen_neg_en  # noqa: E402
import gen_neg_en2  # noqa: E402
import gen_neg_fr  # noqa: E402
import gen_neg_fr2  # noqa: E402
import gen_pos_en  # noqa: E402
import gen_pos_en2  # noqa: E402
import gen_pos_fr  # noqa: E402
import gen_pos_fr2  # noqa: E402
from gen_common import STAFF, Msg  # noqa: E402
from gen_pool import Pool  # noqa: E402
from gen_readme import write_readme  # noqa: E402
from gen_text import who_plain  # noqa: E402
from gen_verify import TYPES, digest, verify  # noqa: E402

SEED = 25149
N_POS, N_NEG = 120, 180


def funcs(mod, prefix):
    return [getattr(mod, n) for n in sorted(dir(mod))
            if n.startswith(prefix) and callable(getattr(mod, n)) and getattr(getattr(mod, n), "__module__", "") == mod.__name__]


def plan(rng, templates, total, extra_first):
    """Every template at least total // len times; the remainder goes to extra_first then the rest."""
    base = total // len(templates)
    out = [t for t in templates for _ in range(base)]
    rest = total - len(out)
    extra = [t for t in templates if t.__name__ in extra_first] + [t for t in templates if t.__name__ not in extra_first]
    out += extra[:rest]
    return out


def when_for(rng):
    start = dt.date(2025, 1, 6)
    d = start + dt.timedelta(days=rng.randint(0, 320))
    while d.weekday() >= 5 and rng.random() < 0.85:
        d += dt.timedelta(days=1)
    dst = dt.date(2025, 3, 9) <= d < dt.date(2025, 11, 2)
    tz = dt.timezone(dt.timedelta(hours=-4 if dst else -5))
    return dt.datetime(d.year, d.month, d.day, rng.randint(7, 18), rng.randint(0, 59), rng.randint(0, 59), tzinfo=tz)


def forward_as_eml(m, hr):
    """Wrap the message as an attached .eml inside a short forward."""
    T = gen_mime.choose_transport(m, m.rng)
    inner = gen_mime.build(m, T, inner=True)
    fr = m.lang == "fr"
    fwd_by = STAFF[hr.choice(["ferland", "paradis", "dagenais", "seguin", "gravel", "chartrand"])]
    dest = STAFF[hr.choice(["vachon", "benali", "raman", "gosselin", "seguin", "dagenais"])]
    if dest is fwd_by:
        dest = STAFF["jolicoeur"] if m.kind == "neg" else STAFF["nakamura"]
    subj = m.subject
    m.sender, m.to, m.cc = who_plain(fwd_by), [who_plain(dest)], []
    m.subject = ("TR: " if fr else "FW: ") + subj
    m.text = (hr.choice(["Pour suivi, voir le message ci-joint.", "Je te transfère ceci.", "FYI - message joint.", "Voir pièce jointe."]) if fr else
              hr.choice(["See attached message.", "Forwarding for follow-up.", "FYI, attached.", "Please see below/attached."])) + f"\n\n{fwd_by.given}"
    m.html = None
    m.prefer = {}
    m.extra_headers = []
    fn = (subj[:40].replace("/", "-").replace(":", "") or "message").strip() + ".eml"
    m.attachments = [{"kind": "eml", "filename": fn, "data": inner, "ctype": "message/rfc822"}]
    m.when = m.when + dt.timedelta(hours=hr.randint(1, 30))


def zip_attachments(m, hr):
    members = [(a["filename"], a["data"]) for a in m.attachments]
    name = hr.choice(["pieces_jointes.zip", "documents.zip", "envoi.zip"]) if m.lang == "fr" else hr.choice(["attachments.zip", "documents.zip", "files.zip"])
    m.attachments = [{"kind": "zip", "filename": name, "data": D.zip_bytes(members, m.when), "ctype": "application/zip"}]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    for sub in ("positive", "negative"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith(".eml"):
                os.remove(os.path.join(out, sub, f))

    rng = random.Random(SEED)
    pool = Pool(SEED)
    pos_fr = funcs(gen_pos_fr, "fr_") + funcs(gen_pos_fr2, "fr_")
    pos_en = funcs(gen_pos_en, "en_") + funcs(gen_pos_en2, "en_")
    neg_fr = funcs(gen_neg_fr, "fr_") + funcs(gen_neg_fr2, "fr_")
    neg_en = funcs(gen_neg_en, "en_") + funcs(gen_neg_en2, "en_")
    pos = [("fr", f) for f in plan(rng, pos_fr, 60, {"fr_referral", "fr_labo_note", "fr_census", "fr_social", "fr_pharmacy_rx",
                                                     "fr_dexa_subject", "fr_rai_booking", "fr_insurance_sin"})]
    pos += [("en", f) for f in plan(rng, pos_en, 60, {"en_consult_letter", "en_lab_followup", "en_signout", "en_social_worker",
                                                      "en_subject_only", "en_quick_squeeze", "en_pharmacy_rx", "en_forward_thread",
                                                      "en_fna_booking", "en_referral_ontario", "en_patient_email", "en_insurer_sin"})]
    neg = [("fr", f) for f in plan(rng, neg_fr, 90, {"fr_newsletter", "fr_committee", "fr_stats", "fr_occ_health", "fr_teaching_case", "fr_leave"})]
    neg += [("en", f) for f in plan(rng, neg_en, 90, {"en_grand_rounds", "en_stats", "en_teaching_case", "en_occ_health", "en_locum", "en_forwarded_notice"})]
    rng.shuffle(pos)
    rng.shuffle(neg)

    labels, metas = {}, {}
    for kind, items, letter in (("pos", pos, "p"), ("neg", neg, "n")):
        for i, (lang, fn) in enumerate(items, 1):
            hr = random.Random(f"{SEED}/{kind}/{i}/hdr")
            m = Msg(SEED, kind, i, lang, when_for(hr))
            fn(m, pool)
            has_eml = any(a["kind"] == "eml" for a in m.attachments)
            m.msgid = f"<{hr.randrange(16 ** 16):016x}.{hr.randrange(10 ** 6):06d}@{m.sender[1].split('@')[1]}>"
            roll = hr.random()
            if roll < 0.06 and not has_eml:
                forward_as_eml(m, hr)
                m.msgid = f"<{hr.randrange(16 ** 16):016x}.{hr.randrange(10 ** 6):06d}@{m.sender[1].split('@')[1]}>"
            elif roll < 0.11 and m.attachments and not has_eml and all(a["kind"] != "zip" for a in m.attachments):
                zip_attachments(m, hr)
            T = gen_mime.choose_transport(m, hr)
            raw = gen_mime.build(m, T)
            sub = "positive" if kind == "pos" else "negative"
            rel = f"{sub}/{letter}{i:03d}_{m.category}.eml"
            with open(os.path.join(out, sub, os.path.basename(rel)), "wb") as fh:
                fh.write(raw)
            types = [t for t in TYPES if t in m.types] if kind == "pos" else []
            labels[rel] = {"confidential": kind == "pos", "types": types, "lang": lang, "note": m.note}
            metas[rel] = {"types": types if kind == "pos" else [], "needles": m.needles, "ids": m.ids, "holders": m.holders}

    labels = {k: labels[k] for k in sorted(labels)}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")

    errors, feat_count, _ = verify(out, metas)
    dg = digest(out)
    write_readme(os.path.join(out, "README.md"), SEED, labels, feat_count, dg, TYPES)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} error(s)", file=sys.stderr)
        sys.exit(1)
    npos = sum(1 for k in labels if k.startswith("positive/"))
    print(f"positives {npos}, negatives {len(labels) - npos}")
    print(f"digest {dg}")


if __name__ == "__main__":
    main()
