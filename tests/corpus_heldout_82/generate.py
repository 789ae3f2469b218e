#!/usr/bin/env python3
"""Generate the held-out DLP corpus 82 (step 14: orchestration, labels, README, self-check).

Usage:  python generate.py [--out DIR] [--seed 8201]
Writes positive/*.eml, negative/*.eml, labels.json and README.md next to this
file (or into DIR), then re-parses everything and prints counts and digest.
"""
import argparse
import collections
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_check as K  # noqa: E402
import gen_common as G  # noqa: E402
import gen_ids as I  # noqa: E402
import gen_neg_en as NE  # noqa: E402
import gen_neg_fr1 as N1  # noqa: E402
import gen_neg_fr2 as N2  # noqa: E402
import gen_pos_en as PE  # noqa: E402
import gen_pos_fr1 as P1  # noqa: E402
import gen_pos_fr2 as P2  # noqa: E402
import gen_pos_fr3 as P3  # noqa: E402

SEED = 8201

POSITIVE_PLAN = [
    # French (90)
    (P1.sortie_be, 6), (P1.sortie_pdf, 5), (P1.avis_fr, 5), (P1.reponse_quoted, 4), (P1.bio_hprim, 4),
    (P1.bio_be, 4), (P1.ordonnance, 5), (P2.kine_mut, 4), (P2.cpam, 5), (P2.social_be, 4), (P2.social_fr, 4),
    (P2.ehealthbox, 4), (P2.mssante, 4), (P2.quebec_fr, 4), (P2.sin_fr, 1), (P3.garde_list, 3),
    (P3.roster_xlsx, 3), (P3.rdv_ics, 3), (P3.vcard_patient, 2), (P3.patient_mail, 3), (P3.subject_only, 2),
    (P3.filename_only, 2), (P3.transport, 2), (P3.pharma, 2), (P3.zip_export, 2), (P3.mrn_only, 2),
    (P3.admission, 1),
    # English (30)
    (PE.en_discharge, 4), (PE.en_referral, 3), (PE.en_quebec, 5), (PE.en_ontario, 3), (PE.en_sin, 2),
    (PE.en_signout, 3), (PE.en_patient_mail, 3), (PE.en_lab, 3), (PE.en_subject, 2), (PE.en_filename, 2),
]

NEGATIVE_PLAN = [
    # French (135)
    (N1.planning_garde, 6), (N1.conges, 5), (N1.medecine_travail, 4), (N1.paie, 3), (N1.newsletter, 5),
    (N1.facture, 5), (N1.appel_offres, 4), (N1.rupture, 4), (N1.rappel_lot, 4), (N1.offre_emploi, 4),
    (N1.comite, 5), (N2.congres, 5), (N2.glem_fmc, 5), (N2.cas_clinique, 5), (N2.formulaire_vierge, 5),
    (N2.info_it, 5), (N2.logistique, 4), (N2.statistiques, 4), (N2.protocole_recherche, 3),
    (N2.medecin_pathologie, 4), (N2.partenariat_qc, 3), (N2.inami_cpam_info, 5), (N2.mutualite_info, 3),
    (N2.reponse_admin, 4), (N2.ics_reunion, 3), (N2.vcard_staff, 3), (N2.forward_admin, 3),
    (N2.inventaire_csv, 3), (N2.satisfaction, 2), (N2.depart_retraite, 2), (N2.accreditation, 3),
    (N2.comite_pharma, 3), (N2.brochure, 2), (N2.garde_mg, 3), (N2.annuaire, 2), (N2.format_niss_info, 2),
    # English (45)
    (NE.en_newsletter, 4), (NE.en_invoice, 3), (NE.en_recall, 3), (NE.en_congress, 4), (NE.en_teaching, 3),
    (NE.en_it, 4), (NE.en_job, 3), (NE.en_committee, 3), (NE.en_stats, 3), (NE.en_research, 4),
    (NE.en_partnership, 4), (NE.en_roster_staff, 3), (NE.en_blank_template, 2), (NE.en_shortage, 2),
]

TYPE_ORDER = ["ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn", "date_of_birth", "patient_name",
              "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]


def expand(plan, rng):
    seq = [f for f, n in plan for _ in range(n)]
    rng.shuffle(seq)
    return seq


def transport_stats(raw):
    s = collections.Counter()
    s["crlf" if b"\r\n" in raw else "lf"] += 1
    for m in re.finditer(rb"charset=\"?([A-Za-z0-9\-]+)", raw):
        s["charset " + m.group(1).decode().lower()] += 1
    for m in re.finditer(rb"Content-Transfer-Encoding: ([A-Za-z0-9\-]+)", raw):
        s["cte " + m.group(1).decode().lower()] += 1
    for m in re.finditer(rb"Content-Type: ((?:multipart|message|text|application)/[A-Za-z0-9.\-+]+)", raw):
        s["type " + m.group(1).decode().lower()] += 1
    if b"=?" in raw.split(b"\n\n", 1)[0].replace(b"\r", b""):
        s["rfc2047 header"] += 1
    if re.search(rb"filename\*(0\*)?=", raw):
        s["rfc2231 filename"] += 1
    return s


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    rng = random.Random(args.seed)
    ctx = G.Ctx(rng)
    for sub in ("positive", "negative"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith(".eml"):
                os.remove(os.path.join(out, sub, f))
    labels = {}
    tstats = collections.Counter()
    for kind, plan, prefix in (("positive", POSITIVE_PLAN, "p"), ("negative", NEGATIVE_PLAN, "n")):
        for i, fn in enumerate(expand(plan, rng), 1):
            msg = fn(ctx)
            if getattr(msg, "p", None) is not None and msg.lang == "fr":
                msg.text = I.accord(msg.p, msg.text)
                msg.subject = I.accord(msg.p, msg.subject)
            raw = G.render(ctx, msg, "%s%03d" % (prefix, i))
            path = "%s/%s%03d_%s.eml" % (kind, prefix, i, msg.cat)
            with open(os.path.join(out, path), "wb") as fh:
                fh.write(raw)
            tstats.update(transport_stats(raw))
            labels[path] = {"confidential": kind == "positive",
                            "types": [t for t in TYPE_ORDER if t in msg.types] if kind == "positive" else [],
                            "lang": msg.lang, "note": msg.note}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    files, errors = K.run_checks(out, labels)
    dg = K.digest(out, files)
    write_readme(out, labels, tstats, dg, args.seed)
    pos = [p for p in labels if labels[p]["confidential"]]
    neg = [p for p in labels if not labels[p]["confidential"]]
    langs = collections.Counter((("pos" if labels[p]["confidential"] else "neg"), labels[p]["lang"]) for p in labels)
    types = collections.Counter(t for p in pos for t in labels[p]["types"])
    print("files: %d (positive %d, negative %d)" % (len(files), len(pos), len(neg)))
    print("languages: " + ", ".join("%s/%s=%d" % (k[0], k[1], v) for k, v in sorted(langs.items())))
    print("types: " + ", ".join("%s=%d" % (t, types[t]) for t in TYPE_ORDER))
    print("self-check: %s" % ("OK" if not errors else "%d error(s)" % len(errors)))
    for e in errors[:50]:
        print("  " + e)
    print("sha256: " + dg)
    return 1 if errors else 0


def write_readme(out, labels, tstats, dg, seed):
    pos = [p for p in labels if labels[p]["confidential"]]
    neg = [p for p in labels if not labels[p]["confidential"]]
    lang = collections.Counter((labels[p]["confidential"], labels[p]["lang"]) for p in labels)
    types = collections.Counter(t for p in pos for t in labels[p]["types"])
    L = ["# Held-out DLP corpus 82 – Belgian and French care, with Québec partners", "",
         "Synthetic outbound e-mail of hospitals and general practitioners in French-speaking Belgium (Brussels, Wallonia) and "
         "France (Lille, Strasbourg) writing to each other and to Québec partners: discharge letters, referrals, lab results, "
         "prescriptions, sickness-fund (mutualité / INAMI) and CPAM paperwork, eHealthBox and MSSanté exports; hard negatives from "
         "hospital administration, pharmacy procurement, congress programmes and GP circles. Mostly French (European wording), "
         "about a quarter English. Everything is invented; RAMQ NAMs come only from `../blind_nams.txt`.", "",
         "## Layout", "",
         "- `positive/pNNN_<category>.eml` – %d confidential messages" % len(pos),
         "- `negative/nNNN_<category>.eml` – %d non-confidential messages" % len(neg),
         "- `labels.json` – per file: `confidential`, `types`, `lang`, `note`",
         "- `generate.py` + `gen_ids.py`, `gen_mime.py`, `gen_attach.py`, `gen_common.py`, `gen_clin.py`, `gen_pos_fr1.py`, "
         "`gen_pos_fr2.py`, `gen_pos_fr3.py`, `gen_pos_en.py`, `gen_neg_fr1.py`, `gen_neg_fr2.py`, `gen_neg_en.py`, `gen_check.py`", "",
         "## Counts", "",
         "| | fr | en |", "|---|---|---|",
         "| positive | %d | %d |" % (lang[(True, "fr")], lang[(True, "en")]),
         "| negative | %d | %d |" % (lang[(False, "fr")], lang[(False, "en")]), "",
         "Finding types over positives:", ""]
    L += ["- `%s`: %d" % (t, types[t]) for t in TYPE_ORDER]
    L += ["", "## Definition used", "",
          "A message is confidential when a reader could identify a patient (name in any form, RAMQ NAM, Canadian SIN, Ontario "
          "health number, Belgian NISS, French NIR, or a chart number / MRN / IPP, possibly disguised with odd spacing, dots, "
          "slashes or full-width digits) and learn something personal, medical or social about them, anywhere in the message: "
          "headers, body, quoted reply, inline forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, XML, attached message) "
          "or attachment file name. Staff information, physicians named with the diseases they treat, congress speakers, aggregate "
          "statistics, newsletters, blank forms, anonymised teaching cases, invoices, lot/serial/asset numbers (even checksum-valid), "
          "clinic contact details, IT and facilities mail, job postings, committee notices, drug-shortage notices and research "
          "protocols without participants are not confidential.", "",
          "## Transports used", ""]
    for k, v in sorted(tstats.items()):
        L.append("- %s: %d" % (k, v))
    L += ["", "## Regenerate", "",
          "```", "python generate.py            # writes next to generate.py",
          "python generate.py --out DIR  # writes elsewhere", "```", "",
          "Seed %d; standard library plus python-stdnum, reportlab, python-docx and openpyxl. PDF/DOCX/XLSX/ZIP use fixed "
          "timestamps, so two runs give identical bytes. The generator re-parses every file, decodes every part and checks the "
          "labels before printing counts and the digest." % seed, "",
          "## Digest", "",
          "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted path, NUL, bytes, NUL):", "",
          "`%s`" % dg, ""]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))


if __name__ == "__main__":
    sys.exit(main())
