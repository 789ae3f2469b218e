#!/usr/bin/env python3
"""Generate the labelled e-mail corpus of a Quebec clinical research unit.

Usage: python generate.py [--out DIR]      (default: the folder holding this file)

Reads only its own gen_*.py modules and ../blind_nams.txt (relative to this file).
Writes positive/*.eml, negative/*.eml, labels.json and README.md, re-parses and
verifies everything, prints the digest and exits non-zero on any failure.
"""
import argparse
import hashlib
import json
import os
import sys
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_common as C  # noqa: E402
import gen_helpers as H  # noqa: E402
import gen_mime as M  # noqa: E402
import gen_neg_en as NE  # noqa: E402
import gen_neg_fr as NF  # noqa: E402
import gen_pos_en as PE  # noqa: E402
import gen_pos_en2 as PE2  # noqa: E402
import gen_pos_fr as PF  # noqa: E402
import gen_pos_fr2 as PF2  # noqa: E402
import gen_readme  # noqa: E402
import gen_verify  # noqa: E402

SEED = 25214

PLAN_POS = [
    ("fr", PF.eig_initial, 5), ("fr", PF.registre_preselection, 4), ("fr", PF.consentement_signe, 4),
    ("fr", PF.reference_etude, 4), ("fr", PF.note_rapide, 4), ("fr", PF.liste_hospitalises, 3),
    ("fr", PF.rdv_transport, 3), ("fr", PF.ordonnance_pharmacie, 4), ("fr", PF.retrait_social, 3),
    ("fr", PF.dpj_pediatrique, 3),
    ("fr", PF2.belgique_niss, 3), ("fr", PF2.france_nir, 3), ("fr", PF2.zip_documents_source, 3),
    ("fr", PF2.ics_visite, 3), ("fr", PF2.reponse_citee, 3), ("fr", PF2.vcard_suivi, 3), ("fr", PF2.nom_objet, 3),
    ("fr", PF2.eml_joint, 2),
    ("en", PE.sae_followup, 5), ("en", PE.screening_log_csv, 4), ("en", PE.unblinding_request, 3),
    ("en", PE.protocol_deviation, 3), ("en", PE.pregnancy_report, 3), ("en", PE.stipend_sin, 4),
    ("en", PE.ontario_ohn, 4), ("en", PE.critical_lab, 3), ("en", PE.ward_signout, 3),
    ("en", PE2.infusion_booking, 3), ("en", PE2.death_report, 3), ("en", PE2.family_doctor_letter, 5),
    ("en", PE2.housing_forward, 4), ("en", PE2.ecg_attachment_only, 4), ("en", PE2.zip_imaging, 3),
    ("en", PE2.patient_email_eml, 3), ("en", PE2.ics_visit_en, 3),
]
PLAN_NEG = ([("fr", f, 5 if i < 10 else 4) for i, f in enumerate(NF.TEMPLATES)] +
            [("en", f, 5 if i < 2 else 4) for i, f in enumerate(NE.TEMPLATES)])


def pick_transport(rng, force):
    mailer = rng.choices(["outlook", "gmail", "apple", "thunderbird"], [40, 25, 15, 20])[0]
    t = {
        "mailer": mailer,
        "structure": rng.choices(["plain", "alt", "html"], [35, 40, 25])[0],
        "charset": rng.choices(["utf-8", "iso-8859-1", "windows-1252", "us-ascii"], [40, 20, 20, 20])[0],
        "cte": rng.choices(["8bit", "quoted-printable", "base64", "7bit"], [25, 40, 20, 15])[0],
        "eol": rng.choice(["CRLF", "LF"]),
        "smode": rng.choices(["none", "B", "Q"], [60, 20, 20])[0],
        "hcharset": rng.choices(["utf-8", "iso-8859-1"], [70, 30])[0],
        "hmode": rng.choice(["B", "Q"]),
        "fnstyle": rng.choices(["plain", "2231", "2047"], [50, 35, 15])[0],
        "hstyle": {"outlook": "outlook", "gmail": "gmail"}.get(mailer, rng.choice(["plain", "outlook"])),
        "tstyle": rng.choice(["aligned", "pipe", "tab"]),
        "flowed": rng.random() < 0.1,
        "preamble": rng.random() < 0.5,
    }
    t.update(force or {})
    return t


def build_all(seed):
    plan_rng = C.new_rng(seed, "plan")
    people = C.People(C.new_rng(seed, "people"))
    jobs = []
    for kind, plan in (("p", PLAN_POS), ("n", PLAN_NEG)):
        items = [(lang, fn) for lang, fn, n in plan for _ in range(n)]
        plan_rng.shuffle(items)
        jobs.append((kind, items))
    out = []
    for kind, items in jobs:
        for i, (lang, fn) in enumerate(items, 1):
            rng = C.new_rng(seed, kind, i, fn.__name__)
            when = C.msg_date(rng)
            ctx = H.Ctx(rng, people, lang, when, i)
            sp = fn(ctx)
            plain_blocks = all(isinstance(b, str) or b[0] not in ("quote", "fwd") for b in sp["blocks"])
            if (not sp["attachments"] and not sp.get("in_reply_to") and plain_blocks
                    and rng.random() < 0.2):
                sp = H.make_reply(ctx, sp)
            sp["date"] = C.rfc_date(when)
            sp["msgid"] = C.message_id(rng)
            tr = pick_transport(rng, sp.get("force"))
            data, feats = M.build_message(sp, tr, rng)
            folder = "positive" if kind == "p" else "negative"
            rel = f"{folder}/{kind}{i:03d}_{sp['cat']}.eml"
            label = {"confidential": kind == "p", "types": sorted(sp["types"]) if kind == "p" else [],
                     "lang": lang, "note": sp["note"]}
            if kind == "n" and sp["types"]:
                raise SystemExit(f"negative {rel} declares types")
            meta = {"nams": sp["nams"], "ids": sp["ids"]}
            extra = set()
            if any(isinstance(b, tuple) and b[0] == "quote" for b in sp["blocks"]):
                extra.add("quoted reply")
            if any(isinstance(b, tuple) and b[0] == "fwd" for b in sp["blocks"]):
                extra.add("inline forward / Outlook header block")
            txt = gen_verify.message_text(BytesParser(policy=policy.default).parsebytes(data))
            if any("\uff10" <= c <= "\uff3a" for c in txt):
                extra.add("full-width characters in identifiers")
            out.append((rel, data, label, meta, feats | extra))
    return out


def digest(out_dir):
    h = hashlib.sha256()
    rels = []
    for folder in ("positive", "negative"):
        rels += [f"{folder}/{f}" for f in os.listdir(os.path.join(out_dir, folder)) if f.endswith(".eml")]
    rels.append("labels.json")
    for rel in sorted(rels):
        with open(os.path.join(out_dir, rel), "rb") as fh:
            data = fh.read()
        h.update(rel.encode("utf-8") + b"\0" + data + b"\0")
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out_dir = args.out
    for folder in ("positive", "negative"):
        d = os.path.join(out_dir, folder)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    items = build_all(SEED)
    labels, metas, feats = {}, {}, {}
    for rel, data, label, meta, fset in items:
        with open(os.path.join(out_dir, rel), "wb") as fh:
            fh.write(data)
        labels[rel] = label
        metas[rel] = meta
        feats[rel] = fset
    labels = {k: labels[k] for k in sorted(labels)}
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    errors = gen_verify.verify(out_dir, metas)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} verification error(s)", file=sys.stderr)
        sys.exit(1)
    dg = digest(out_dir)
    gen_readme.write(out_dir, SEED, labels, feats, dg)
    print(dg)


if __name__ == "__main__":
    main()
