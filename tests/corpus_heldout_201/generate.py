#!/usr/bin/env python3
"""Generate the held-out CHSLD corpus (120 positives, 180 negatives), verify it and print the digest.

Usage: python generate.py [--out DIR]
Reads only its own gen_*.py modules and ../blind_nams.txt (relative to this file).
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_mime  # noqa: E402
import gen_neg_en as NE  # noqa: E402
import gen_neg_fr as NF  # noqa: E402
import gen_pos_en as PE  # noqa: E402
import gen_pos_en2 as PE2  # noqa: E402
import gen_pos_fr as PF  # noqa: E402
import gen_pos_fr2 as PF2  # noqa: E402
from gen_common import SEED, Ctx  # noqa: E402
from gen_verify import TYPES, digest, verify  # noqa: E402

POS_FR = [PF.admission_ch, PF.chute, PF.plaie, PF.pharmacie, PF.garde, PF.famille, PF.releve, PF.fin_de_vie,
          PF.alimentation, PF.loisirs, PF2.transport_rv, PF2.labo, PF2.travail_social, PF2.maltraitance, PF2.curateur,
          PF2.nir_france, PF2.niss_belgique, PF2.sujet_seulement, PF2.piece_jointe, PF2.reponse_citee]
POS_EN = [PE.admission_ohn, PE.fall, PE.wound, PE.med_review, PE.signout, PE.family, PE.handover_csv, PE.goals_of_care,
          PE.dietitian, PE.recreation, PE2.transport_nam, PE2.cdiff, PE2.vac_form, PE2.social_poa, PE2.fwd_eml,
          PE2.zip_vaccination, PE2.vcard_intake, PE2.lowercase_note, PE2.records_request, PE2.inline_fwd]
NEG_FR = [NF.horaire, NF.conge, NF.paie, NF.sst, NF.infolettre, NF.comite, NF.colloque, NF.poste, NF.facture,
          NF.inventaire, NF.ti, NF.installations, NF.stats, NF.cas_clinique, NF.formulaire_vierge, NF.gabarit,
          NF.penurie, NF.bebe]
NEG_EN = [NE.oncall_roster, NE.overtime, NE.staff_health, NE.newsletter, NE.committee, NE.conference, NE.job_posting,
          NE.purchase_order, NE.it_notice, NE.facilities, NE.outbreak, NE.teaching_case, NE.merge_template, NE.research,
          NE.menu, NE.recreation_calendar, NE.misc_attach, NE.birthday]

FLAVOUR = "public long-term care home (CHSLD)"


def plan(ctx):
    pos = [f for f in POS_FR + POS_EN for _ in range(3)]
    neg = [f for f in NEG_FR + NEG_EN for _ in range(5)]
    ctx.rng.shuffle(pos)
    ctx.rng.shuffle(neg)
    assert len(pos) == 120 and len(neg) == 180
    return pos, neg


def write_readme(out, labels, feats, dig):
    langs = {}
    types = {t: 0 for t in TYPES}
    for rel, lab in labels.items():
        langs[lab["lang"]] = langs.get(lab["lang"], 0) + 1
        for t in lab["types"]:
            types[t] += 1
    lines = ["# Held-out corpus 201 — %s" % FLAVOUR, "",
             "Synthetic outbound e-mail of an invented public long-term care home in Quebec (CHSLD des Quatre-Vents, "
             "part of an invented CISSS): nursing staff and assistant head nurses, families and caregivers, pharmacy "
             "medication rounds, the physician on call, fall and wound reports, admissions and transfers from hospital, "
             "end-of-life care, social work, recreation and dietary services. Positives carry identifiable resident data "
             "with personal, medical or social content; negatives are hard look-alikes (staff HR and occupational health, "
             "schedules, payroll, newsletters with titled names and disease words, committee notices, conference "
             "programmes, postings, invoices and purchase orders with checksum-valid serial and lot numbers, IT and "
             "facilities notices, aggregate statistics, de-identified teaching cases, blank forms and mail-merge templates). "
             "All people, institutions, addresses and numbers are invented; domains end in .example and phone numbers use 555-01xx.",
             "", "Seed: %d." % SEED, "", "## Layout", "",
             "- `positive/pNNN_<category>.eml` — 120 confidential messages",
             "- `negative/nNNN_<category>.eml` — 180 non-confidential (hard negative) messages",
             "- `labels.json` — per file: `confidential`, `types`, `lang`, `note`",
             "- `generate.py` and `gen_*.py` — the generator (standard library, python-stdnum, reportlab, python-docx, openpyxl)",
             "", "## Languages", "", "| lang | files |", "| --- | --- |"]
    for lg in sorted(langs):
        lines.append("| %s | %d |" % (lg, langs[lg]))
    lines += ["", "## Finding types (positives)", "", "| type | positives |", "| --- | --- |"]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, types[t]))
    lines += ["", "## Definition used", "",
              "A message is **confidential** when a reader could identify a patient (name in any form — with or without "
              "title, surname first, lower case, initials with a surname —, RAMQ NAM, Canadian SIN, Ontario health number, "
              "Belgian NISS, French NIR, or a hospital chart number / MRN, possibly disguised with odd spacing, dots, slashes "
              "or full-width digits) **and** learn something personal, medical or social about them (diagnosis, symptoms, "
              "medication, lab or test result, procedure, appointment for care, birth date, home address or personal phone "
              "in a care context, social situation such as housing, youth protection, income support or violence), anywhere "
              "in the message: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, "
              "attached .eml) or an attachment's file name.", "",
              "**Not confidential**: staff information (schedules, leave, payroll, an employee's occupational health, HR, job "
              "candidates), physicians named with the diseases they treat, conference speakers and topics, aggregate "
              "statistics, newsletters, blank forms and mail-merge templates, de-identified teaching cases, invoices and "
              "purchase orders, serial / lot / asset numbers (even when they pass a checksum), clinic phone numbers and "
              "addresses in signatures, IT and facilities mail, job postings, committee notices, drug-shortage notices, "
              "recalls, research protocols without participants' identities.", "",
              "## Transports (files showing each feature)", "", "| feature | files |", "| --- | --- |"]
    for k in sorted(feats):
        lines.append("| %s | %d |" % (k, feats[k]))
    lines += ["", "## Regenerate", "", "```", "python generate.py            # writes next to generate.py",
              "python generate.py --out DIR  # writes elsewhere", "```", "",
              "The run is byte-identical for the fixed seed; it re-parses and checks every file and exits non-zero on any "
              "failure, then prints the digest (sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json`: sorted "
              "relative path, NUL, bytes, NUL).", "", "## Digest", "", "`%s`" % dig, ""]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args(argv)
    out = args.out
    ctx = Ctx(SEED)
    pos, neg = plan(ctx)
    for sub in ("positive", "negative"):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    labels, specs = {}, {}
    for sub, prefix, funcs, conf in (("positive", "p", pos, True), ("negative", "n", neg, False)):
        for i, fn in enumerate(funcs, 1):
            spec = fn(ctx)
            data = gen_mime.build(ctx, spec)
            rel = "%s/%s%03d_%s.eml" % (sub, prefix, i, spec["cat"])
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(data)
            labels[rel] = {"confidential": conf, "types": spec["types"] if conf else [], "lang": spec["lang"],
                           "note": spec["note"]}
            specs[rel] = spec
    labels = dict(sorted(labels.items()))
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(labels, ensure_ascii=False, indent=1) + "\n")
    errors, feats = verify(out, specs)
    dig = digest(out)
    write_readme(out, labels, feats, dig)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print("%d error(s)" % len(errors), file=sys.stderr)
        return 1
    n_lang = {}
    for lab in labels.values():
        n_lang[lab["lang"]] = n_lang.get(lab["lang"], 0) + 1
    print("positives: %d  negatives: %d  %s" % (sum(1 for l in labels.values() if l["confidential"]),
                                               sum(1 for l in labels.values() if not l["confidential"]),
                                               "  ".join("%s: %d" % kv for kv in sorted(n_lang.items()))))
    print("digest:", dig)
    return 0


if __name__ == "__main__":
    sys.exit(main())
