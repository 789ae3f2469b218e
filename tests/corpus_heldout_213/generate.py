#!/usr/bin/env python3
"""Generate the held-out corpus: hospital blood bank and transfusion service mail
(Quebec hospital network, French and English).

    python generate.py [--out DIR]

Writes positive/*.eml, negative/*.eml, labels.json and README.md (next to this file
by default), re-parses and verifies everything, and prints the digest.
Reads only its own modules and ../blind_nams.txt (relative to this file)."""
import argparse
import datetime
import hashlib
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import gen_common as C  # noqa: E402
import gen_neg_en_a as NEA  # noqa: E402
import gen_neg_en_b as NEB  # noqa: E402
import gen_neg_fr_a as NFA  # noqa: E402
import gen_neg_fr_b as NFB  # noqa: E402
import gen_pos_en_a as PEA  # noqa: E402
import gen_pos_en_b as PEB  # noqa: E402
import gen_pos_fr_a as PFA  # noqa: E402
import gen_pos_fr_b as PFB  # noqa: E402
from gen_mime import build  # noqa: E402
from gen_verify import FEATURES, TYPES, VerifyError, verify  # noqa: E402

SEED = C.SEED

POS_FR = [PFA.crossmatch, PFA.antibody_card, PFA.reaction_report, PFA.pbm_referral, PFA.census_list,
          PFA.transfer_products, PFA.rhig, PFA.youth_protection, PFA.lookback, PFA.quick_note,
          PFB.reply_quoted, PFB.pharmacy_rx, PFB.victim_form, PFB.attachment_only, PFB.subject_only,
          PFB.massive_transfusion, PFB.nir_patient, PFB.niss_patient, PFB.booking_ics, PFB.discharge_docx]
POS_EN = [PEA.type_screen, PEA.reaction_pdf, PEA.iron_clinic, PEA.sickle_exchange, PEA.ohip_patient,
          PEA.signout, PEA.forwarded, PEA.ivig_pharmacy, PEA.peds_thal, PEA.social_homeless,
          PEB.vcard_contact, PEB.antibody_xlsx, PEB.disability_form, PEB.lowercase_note, PEB.attached_eml,
          PEB.zip_audit, PEB.eu_patient, PEB.reversal_reply, PEB.bloodless, PEB.outpatient_schedule]
NEG_FR = [NFA.horaire, NFA.conges, NFA.paie, NFA.sante_travail, NFA.infolettre, NFA.comite, NFA.congres,
          NFA.offre_emploi, NFA.facture, NFA.bon_commande,
          NFB.inventaire, NFB.ti_sil, NFB.installations, NFB.stats, NFB.cas_enseignement, NFB.formulaire,
          NFB.penurie, NFB.recherche, NFB.nouvelles_equipe, NFB.candidature]
NEG_EN = [NEA.oncall, NEA.timesheet, NEA.payroll, NEA.needlestick, NEA.newsletter, NEA.minutes, NEA.conference,
          NEA.job_posting, NEA.invoice, NEA.purchase_order,
          NEB.proficiency, NEB.it_notice, NEB.facilities, NEB.aggregate_stats, NEB.teaching_case,
          NEB.merge_template, NEB.recall, NEB.research, NEB.birthdays, NEB.vendor_contact]

MAILERS = ["Microsoft Outlook 16.0", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF128)", "Mozilla Thunderbird 128.3.1",
           "Apple Mail (2.3774.600.62)", None, None]


def plan(rng):
    """(function, instance) pairs for positives and negatives, shuffled."""
    pos = [(f, k) for f in POS_FR for k in range(3)] + [(f, k) for f in POS_EN for k in range(3)]
    neg = []
    for lst in (NEG_FR, NEG_EN):
        for i, f in enumerate(lst):
            neg += [(f, k) for k in range(5 if i < 10 else 4)]
    rng.shuffle(pos)
    rng.shuffle(neg)
    return pos, neg


def tz_for(d):
    edt = datetime.date(2025, 3, 9) <= d < datetime.date(2025, 11, 2)
    return datetime.timezone(datetime.timedelta(hours=-4 if edt else -5))


def profile(prng, lang, crlf_flag):
    body = prng.choices(["plain", "alt", "html"], [50, 35, 15])[0]
    if lang == "en":
        charset = prng.choices(["us-ascii", "utf-8", "iso-8859-1", "windows-1252"], [25, 45, 15, 15])[0]
    else:
        charset = prng.choices(["utf-8", "iso-8859-1", "windows-1252"], [50, 25, 25])[0]
    cte = prng.choices(["8bit", "quoted-printable", "base64", "7bit"], [35, 35, 20, 10])[0]
    return dict(body=body, charset=charset, cte=cte, crlf=crlf_flag,
                subj_mode=prng.choices(["auto", "q", "b"], [60, 20, 20])[0],
                fn_style=prng.choices(["plain", "2231", "2231force", "2047name"], [40, 30, 15, 15])[0],
                mailer=prng.choice(MAILERS), hdr_charset=prng.choices(["utf-8", "iso-8859-1"], [80, 20])[0],
                quote_cs=prng.random() < 0.6,
                att_cte=prng.choices(["base64", "quoted-printable", "8bit"], [50, 30, 20])[0])


def generate(out_dir):
    nams = C.load_nams()
    w = C.World(SEED, nams)
    rng = random.Random(SEED * 7 + 1)
    prng = random.Random(SEED * 7 + 2)
    pos, neg = plan(rng)
    for sub in ("positive", "negative"):
        os.makedirs(os.path.join(out_dir, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out_dir, sub)):
            if f.endswith(".eml"):
                os.remove(os.path.join(out_dir, sub, f))
    labels, meta, written = {}, {}, {}
    base = datetime.date(2025, 1, 6)
    jobs = [("positive", "p", i + 1, fk) for i, fk in enumerate(pos)] + \
           [("negative", "n", i + 1, fk) for i, fk in enumerate(neg)]
    for sub, letter, idx, (fn, k) in jobs:
        d = base + datetime.timedelta(days=rng.randint(0, 298))
        when = datetime.datetime(d.year, d.month, d.day, rng.randint(6, 22), rng.randint(0, 59), rng.randint(0, 59),
                                 tzinfo=tz_for(d))
        w.today, w.now = d, when
        sp = fn(w, k)
        if (sub == "positive") != bool(sp["types"]):
            raise SystemExit(f"template {fn.__name__} gave wrong label kind")
        rel = f"{sub}/{letter}{idx:03d}_{sp['category']}.eml"
        dom = sp["frm"][1].split("@")[1]
        mid = f"<{when:%Y%m%d%H%M%S}.{hashlib.sha1(f'{SEED}/{rel}'.encode()).hexdigest()[:16]}@{dom}>"
        prof = profile(prng, sp["lang"], prng.random() < 0.5)
        data = build(sp, prof, when, mid, sp["lang"])
        with open(os.path.join(out_dir, rel), "wb") as fh:
            fh.write(data)
        written[rel] = data
        labels[rel] = {"confidential": sub == "positive", "types": sp["types"], "lang": sp["lang"], "note": sp["note"]}
        meta[rel] = {"nams": [p["nam"] for p in sp["nams"]], "ids": sp["ids"]}
    labels = {k: labels[k] for k in sorted(labels)}
    lab_bytes = (json.dumps(labels, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")
    with open(os.path.join(out_dir, "labels.json"), "wb") as fh:
        fh.write(lab_bytes)
    return nams, meta


def digest(out_dir):
    rels = []
    for sub in ("positive", "negative"):
        rels += [f"{sub}/{f}" for f in os.listdir(os.path.join(out_dir, sub)) if f.endswith(".eml")]
    rels.append("labels.json")
    h = hashlib.sha256()
    for rel in sorted(rels):
        with open(os.path.join(out_dir, rel), "rb") as fh:
            h.update(rel.encode("utf-8") + b"\0" + fh.read() + b"\0")
    return h.hexdigest()


def readme(out_dir, labels, feats, dig):
    langs = {"fr": 0, "en": 0}
    types = {t: 0 for t in TYPES}
    for rel, lab in labels.items():
        langs[lab["lang"]] += 1
        for t in lab["types"]:
            types[t] += 1
    fcount = {f: sum(1 for s in feats.values() if f in s) for f in FEATURES}
    L = ["# Held-out corpus 213 — hospital blood bank and transfusion service (Quebec hospital network)", "",
         "Synthetic outbound e-mail of the blood bank and transfusion service of an invented Quebec integrated health "
         "network (three hospitals, an invented regional blood supplier): crossmatch and type-and-screen requests, "
         "transfusion reaction reports and investigations, antibody cards, patient blood management referrals and iron "
         "clinic bookings, lookbacks, pharmacy orders, insurer and billing forms, sign-out lists, forwarded and quoted "
         "threads on the confidential side; schedules, payroll, occupational health, newsletters, committee notices, "
         "conference programmes, job postings, invoices, purchase orders, inventories, IT and facilities notices, "
         "aggregate statistics, teaching cases, blank forms and templates on the other. French and English. "
         "Every person, institution, address and number is invented.", "",
         f"Seed: {SEED}.", "",
         "## Layout", "",
         "- `positive/pNNN_<category>.eml` — 120 confidential messages",
         "- `negative/nNNN_<category>.eml` — 180 non-confidential (hard negative) messages",
         "- `labels.json` — per file: `confidential`, `types`, `lang`, `note`",
         "- `generate.py` and `gen_*.py` — the generator (standard library, python-stdnum, reportlab, python-docx, openpyxl)",
         "", "## Languages", "", "| lang | files |", "| --- | --- |"]
    L += [f"| {k} | {v} |" for k, v in langs.items()]
    L += ["", "## Finding types (positives)", "", "| type | positives |", "| --- | --- |"]
    L += [f"| {k} | {v} |" for k, v in types.items()]
    L += ["", "## Definition used", "",
          "A message is **confidential** when a reader could identify a patient (name in any form — with or without "
          "title, surname first, lower case, initials with a surname —, RAMQ NAM, Canadian SIN, Ontario health number, "
          "Belgian NISS, French NIR, or a hospital chart number / MRN, possibly disguised with odd spacing, dots, slashes "
          "or full-width digits) **and** learn something personal, medical or social about them (diagnosis, symptoms, "
          "medication, lab or test result, procedure, appointment for care, birth date, home address or personal phone in "
          "a care context, social situation such as housing, youth protection, income support or violence), anywhere in "
          "the message: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, "
          "attached .eml) or an attachment's file name.", "",
          "**Not confidential**: staff information (schedules, leave, payroll, an employee's occupational health, HR, job "
          "candidates), physicians named with the diseases they treat, conference speakers and topics, aggregate "
          "statistics, newsletters, blank forms and mail-merge templates, de-identified teaching cases, invoices and "
          "purchase orders, serial / lot / asset numbers (even when they pass a checksum), clinic phone numbers and "
          "addresses in signatures, IT and facilities mail, job postings, committee notices, drug-shortage notices, "
          "recalls, research protocols without participants' identities.", "",
          "## Transports (files showing each feature)", "", "| feature | files |", "| --- | --- |"]
    L += [f"| {k} | {v} |" for k, v in fcount.items()]
    L += ["", "## Regenerate", "",
          "```", "python generate.py            # writes next to generate.py", "python generate.py --out DIR  # elsewhere",
          "```", "",
          "The run is byte-identical every time; it re-parses and verifies every file and exits non-zero on failure.", "",
          "## Digest", "",
          "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
          f"`{dig}`", ""]
    with open(os.path.join(out_dir, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    out = args.out
    os.makedirs(out, exist_ok=True)
    nams, meta = generate(out)
    try:
        labels, feats = verify(out, nams, meta)
    except VerifyError as e:
        print("VERIFY FAILED:\n" + str(e), file=sys.stderr)
        return 1
    dig = digest(out)
    readme(out, labels, feats, dig)
    pos = sum(1 for v in labels.values() if v["confidential"])
    print(f"positives {pos}, negatives {len(labels) - pos}")
    print(f"digest {dig}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
