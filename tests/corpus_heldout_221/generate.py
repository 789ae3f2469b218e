# -*- coding: utf-8 -*-
"""Generate the labelled outbound-mail corpus (hospital pharmacy anticoagulation clinic and
outpatient medication reconciliation, Quebec hospital network, French and English).

Usage: python generate.py [--out DIR]
Reads only its own gen_*.py modules and ../blind_nams.txt (relative to this file).
"""
import argparse
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_neg_a  # noqa: E402
import gen_neg_b  # noqa: E402
import gen_neg_c  # noqa: E402
import gen_pos_a  # noqa: E402
import gen_pos_b  # noqa: E402
import gen_pos_c  # noqa: E402
from gen_common import SEED, Context  # noqa: E402
from gen_mime import Renderer  # noqa: E402
from gen_verify import FEATURE_ORDER, TYPES, Failure, verify  # noqa: E402

N_POS, N_NEG = 120, 180

# extra instances on top of the base count, by template name
POS_EXTRA = {"pos_pediatric": 2, "pos_inr_result": 1, "pos_ontario": 1, "pos_france": 1, "pos_belgium": 1, "pos_attached_eml": 1,
             "pos_discharge": 1, "pos_prescription": 1, "pos_phone_message": 1, "pos_bcm_discrepancy": 1, "pos_inr_roster": 1,
             "pos_fwd_thread": 1, "pos_given_only": 1, "pos_insurer_sin": 1}
NEG_EXTRA = {"neg_newsletter": 1, "neg_committee": 1, "neg_oncall_schedule": 1, "neg_invoice": 1, "neg_it": 1,
             "neg_staff_meeting": 1, "neg_occ_health": 1, "neg_blank_form": 1, "neg_teaching_case": 1, "neg_leave": 1}


def schedule(rng, templates, total, extra, base):
    assert base * len(templates) + sum(extra.values()) == total, (base, len(templates), sum(extra.values()), total)
    slots = []
    for t in templates:
        n = base + extra.get(t.__name__, 0)
        first = rng.choice(["fr", "en"])
        for k in range(n):
            slots.append((t, first if k % 2 == 0 else ("en" if first == "fr" else "fr")))
    rng.shuffle(slots)
    return slots


def clean(out):
    for sub in ("positive", "negative"):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))


def digest(out):
    h = hashlib.sha256()
    rels = []
    for sub in ("positive", "negative"):
        rels += ["%s/%s" % (sub, f) for f in os.listdir(os.path.join(out, sub)) if f.endswith(".eml")]
    rels.append("labels.json")
    for rel in sorted(rels):
        with open(os.path.join(out, rel), "rb") as fh:
            data = fh.read()
        h.update(rel.encode("utf-8") + b"\0" + data + b"\0")
    return h.hexdigest()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=HERE, help="output folder (default: beside this script)")
    args = ap.parse_args(argv)
    out = args.out
    os.makedirs(out, exist_ok=True)
    clean(out)
    ctx = Context(SEED)
    rng = ctx.rng
    renderer = Renderer(rng)
    pos_t = gen_pos_a.TEMPLATES + gen_pos_b.TEMPLATES + gen_pos_c.TEMPLATES
    neg_t = gen_neg_a.TEMPLATES + gen_neg_b.TEMPLATES + gen_neg_c.TEMPLATES
    pos_slots = schedule(rng, pos_t, N_POS, POS_EXTRA, 3)
    neg_slots = schedule(rng, neg_t, N_NEG, NEG_EXTRA, 5)
    labels, specs = {}, {}
    for prefix, sub, slots in (("p", "positive", pos_slots), ("n", "negative", neg_slots)):
        for i, (tmpl, lang) in enumerate(slots, 1):
            spec = tmpl(ctx, lang)
            rel = "%s/%s%03d_%s.eml" % (sub, prefix, i, spec["category"])
            data = renderer.render(spec)
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(data)
            labels[rel] = {"confidential": spec["confidential"], "types": list(spec["types"]), "lang": spec["lang"],
                           "note": spec["note"]}
            specs[rel] = spec
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump({k: labels[k] for k in sorted(labels)}, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    try:
        feats, labels = verify(out, specs)
    except Failure as e:
        print("VERIFICATION FAILED:\n%s" % e, file=sys.stderr)
        return 1
    dg = digest(out)
    write_readme(out, labels, feats, dg)
    langs = {"fr": 0, "en": 0}
    for v in labels.values():
        langs[v["lang"]] += 1
    npos = sum(1 for v in labels.values() if v["confidential"])
    print("positives %d, negatives %d, fr %d, en %d" % (npos, len(labels) - npos, langs["fr"], langs["en"]))
    print("digest " + dg)
    return 0


DEFINITION = (
    "A message is **confidential** when a reader could identify a patient (name in any form — with or without title, "
    "surname first, lower case, initials with a surname —, RAMQ NAM, Canadian SIN, Ontario health number, Belgian NISS, "
    "French NIR, or a hospital chart number / MRN, possibly disguised with odd spacing, dots, slashes or full-width digits) "
    "**and** learn something personal, medical or social about them (diagnosis, symptoms, medication, lab or test result, "
    "procedure, appointment for care, birth date, home address or personal phone in a care context, social situation such "
    "as housing, youth protection, income support or violence), anywhere in the message: Subject, body, quoted reply, inline "
    "forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached .eml) or an attachment's file name.\n\n"
    "**Not confidential**: staff information (schedules, leave, payroll, an employee's occupational health, HR, job "
    "candidates), physicians named with the diseases they treat, conference speakers and topics, aggregate statistics, "
    "newsletters, blank forms and mail-merge templates, de-identified teaching cases, invoices and purchase orders, serial / "
    "lot / asset numbers (even when they pass a checksum), clinic phone numbers and addresses in signatures, IT and "
    "facilities mail, job postings, committee notices, drug-shortage notices, recalls, research protocols without "
    "participants' identities.")


def write_readme(out, labels, feats, dg):
    langs = {"fr": 0, "en": 0}
    tcount = {t: 0 for t in TYPES}
    for v in labels.values():
        langs[v["lang"]] += 1
        for t in v["types"]:
            tcount[t] += 1
    lines = [
        "# Synthetic outbound mail — hospital pharmacy anticoagulation clinic and outpatient medication reconciliation (Quebec, FR/EN)",
        "",
        "Invented mail from the pharmacy department of a fictional Quebec hospital network (CISSS du Val-des-Tilleuls: three "
        "hospitals and a CLSC). The anticoagulation clinic follows patients on warfarin, DOACs and low-molecular-weight "
        "heparins (INR results, dose calendars, bridging plans, renal dose adjustments, bleeding calls), and the outpatient "
        "medication reconciliation service (BCM / BPMH) exchanges medication profiles with community pharmacies and family "
        "medicine groups. Positives are referrals, INR worklists, sign-out lists, prescriptions, discharge summaries, insurer "
        "and agency forms, home-care and transport requests, threads and forwards; negatives are the department's ordinary "
        "mail: schedules, HR and payroll, occupational health, newsletters, committee notices, conference programmes, "
        "shortages and recalls, invoices, inventories, IT and facilities notices, aggregate statistics, teaching cases, "
        "blank forms and mail-merge templates. Every person, institution, address and number is invented; domains end in "
        "`.example` and phone numbers use 555-01xx.",
        "",
        "Seed: %d." % SEED,
        "",
        "## Layout",
        "",
        "- `positive/pNNN_<category>.eml` — %d confidential messages" % sum(1 for v in labels.values() if v["confidential"]),
        "- `negative/nNNN_<category>.eml` — %d non-confidential (hard negative) messages" % sum(1 for v in labels.values() if not v["confidential"]),
        "- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`",
        "- `generate.py` and `gen_*.py` — the generator (common pools, documents, MIME, positive and negative templates, verification)",
        "",
        "## Languages",
        "",
        "| lang | files |",
        "| --- | --- |",
        "| fr | %d |" % langs["fr"],
        "| en | %d |" % langs["en"],
        "",
        "## Finding types (positives)",
        "",
        "| type | positives |",
        "| --- | --- |",
    ]
    lines += ["| %s | %d |" % (t, tcount[t]) for t in TYPES]
    lines += ["", "## Definition used", "", DEFINITION, "", "## Transports (files showing each feature)", "",
              "| feature | files |", "| --- | --- |"]
    lines += ["| %s | %d |" % (k, feats[k]) for k in FEATURE_ORDER]
    lines += ["", "## Regenerate", "",
              "```", "python generate.py            # writes beside the script", "python generate.py --out DIR  # writes elsewhere", "```",
              "",
              "Needs Python 3 with python-stdnum, reportlab, python-docx and openpyxl, and `../blind_nams.txt` next to the "
              "generator's folder. Output is byte-identical on every run; the generator re-parses and checks every file and "
              "exits non-zero on any failure.", "",
              "## Digest", "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
              "`%s`" % dg, ""]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())
