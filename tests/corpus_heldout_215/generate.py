# -*- coding: utf-8 -*-
"""Generate the held-out DLP corpus: wound, ostomy and continence nursing clinic
of an invented Quebec hospital network (French and English outbound mail).

Usage: python generate.py [--out DIR]     (default: the folder of this file)
"""
import argparse
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_common as C  # noqa: E402
from gen_build import render  # noqa: E402
from gen_pos_common import Ctx  # noqa: E402
from gen_pos_a import POS_A  # noqa: E402
from gen_pos_b import POS_B  # noqa: E402
from gen_neg_a import NEG_A  # noqa: E402
from gen_neg_b import NEG_B  # noqa: E402
from gen_neg_c import NEG_C  # noqa: E402
import gen_verify  # noqa: E402

N_POS, N_NEG = 120, 180
FR_ONLY = {"t_belgium", "t_france"}


def schedule(templates, n, tag):
    r = C.rng_for("schedule/" + tag)
    order = [templates[i % len(templates)] for i in range(n)]
    r.shuffle(order)
    out, fr_count = [], 0
    for i, t in enumerate(order):
        if t.__name__ in FR_ONLY:
            lang = "fr"
        else:
            # keep the running split close to half
            lang = "fr" if fr_count < (i + 1) / 2.0 else "en"
        fr_count += lang == "fr"
        out.append((t, lang))
    return out


def build_all(outdir):
    people = C.People()
    for sub in ("positive", "negative"):
        d = os.path.join(outdir, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    labels, metas = {}, {}
    for prefix, templates, n, sub in (("p", POS_A + POS_B, N_POS, "positive"),
                                      ("n", NEG_A + NEG_B + NEG_C, N_NEG, "negative")):
        for i, (tmpl, lang) in enumerate(schedule(templates, n, prefix), start=1):
            x = Ctx(i, lang, people, tmpl.__name__, prefix)
            m = tmpl(x)
            raw = render(m, i, x.tag)
            rel = "%s/%s%03d_%s.eml" % (sub, prefix, i, m.cat)
            with open(os.path.join(outdir, rel), "wb") as fh:
                fh.write(raw)
            types = [t for t in C.FINDING_TYPES if t in m.types] if prefix == "p" else []
            labels[rel] = {"confidential": prefix == "p", "types": types, "lang": m.lang, "note": m.note}
            metas[rel] = {"ids": list(m.ids), "types": types}
    labels = dict(sorted(labels.items()))
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    return labels, metas


def digest(outdir):
    h = hashlib.sha256()
    rels = []
    for sub in ("positive", "negative"):
        rels += ["%s/%s" % (sub, f) for f in os.listdir(os.path.join(outdir, sub)) if f.endswith(".eml")]
    rels.append("labels.json")
    for rel in sorted(rels):
        h.update(rel.encode("utf-8") + b"\0")
        with open(os.path.join(outdir, rel), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()


DEFINITION = """A message is **confidential** when a reader could identify a patient (name in any form — with or
without title, surname first, lower case, initials with a surname —, RAMQ NAM, Canadian SIN, Ontario health
number, Belgian NISS, French NIR, or a hospital chart number / MRN, possibly disguised with odd spacing, dots,
slashes or full-width digits) **and** learn something personal, medical or social about them (diagnosis,
symptoms, medication, lab or test result, procedure, appointment for care, birth date, home address or
personal phone in a care context, social situation such as housing, youth protection, income support or
violence), anywhere in the message: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX, XLSX,
CSV, ICS, vCard, ZIP, attached .eml) or an attachment's file name.

**Not confidential**: staff information (schedules, leave, payroll, an employee's occupational health, HR,
job candidates), physicians named with the diseases they treat, conference speakers and topics, aggregate
statistics, newsletters, blank forms and mail-merge templates, de-identified teaching cases, invoices and
purchase orders, serial / lot / asset numbers (even when they pass a checksum), clinic phone numbers and
addresses in signatures, IT and facilities mail, job postings, committee notices, drug-shortage notices,
recalls, research protocols without participants' identities."""


def write_readme(outdir, labels, features, dig):
    langs = {}
    types = {t: 0 for t in C.FINDING_TYPES}
    for rel, lab in labels.items():
        langs[lab["lang"]] = langs.get(lab["lang"], 0) + 1
        for t in lab["types"]:
            types[t] += 1
    L = ["# Held-out DLP corpus — wound care, ostomy and continence nursing clinic (Quebec hospital network)", "",
         "Synthetic outbound e-mail of the wound, ostomy and continence (SPSC / WOC) nursing clinic of an invented "
         "Quebec health network, the CISSS de la Vallée-des-Hérons (two hospitals, a CLSC and a long-term care centre). "
         "Nurses specialized in wound, ostomy and continence care, clerks, physicians, pharmacists, social workers and "
         "managers write in French and English: referrals, consult notes, inpatient follow-up lists, bookings and "
         "transport requests, culture and imaging follow-ups, discharge summaries to home care, prescriptions to "
         "community pharmacies, supply orders, insurer and agency forms, youth-protection and social-work referrals, "
         "forwarded and quoted threads; and, on the negative side, schedules, leave, payroll, occupational health, "
         "interviews, postings, newsletters, conference programmes, committee notices and minutes, aggregate "
         "statistics, teaching cases, blank forms and templates, invoices, purchase orders, inventories, recalls, "
         "shortages, asset lists, IT and facilities notices. Every person, institution, address and number is invented; "
         "domains end in `.example`, phone numbers use 555-01xx, and RAMQ NAMs come only from `../blind_nams.txt`.", "",
         "Seed: %d." % C.SEED, "",
         "## Layout", "",
         "- `positive/pNNN_<category>.eml` — %d confidential messages" % sum(1 for l in labels.values() if l["confidential"]),
         "- `negative/nNNN_<category>.eml` — %d non-confidential (hard negative) messages" % sum(1 for l in labels.values() if not l["confidential"]),
         "- `labels.json` — per file: `confidential`, `types`, `lang`, `note`",
         "- `generate.py` and its modules `gen_*.py` — the generator and checker", "",
         "## Languages", "", "| lang | files |", "| --- | --- |"]
    for lg in sorted(langs):
        L.append("| %s | %d |" % (lg, langs[lg]))
    L += ["", "## Finding types (positives)", "", "| type | positives |", "| --- | --- |"]
    for t in C.FINDING_TYPES:
        L.append("| %s | %d |" % (t, types[t]))
    L += ["", "## Definition used", "", DEFINITION, "",
          "## Transports (files showing each feature)", "", "| feature | files |", "| --- | --- |"]
    for f in sorted(features):
        L.append("| %s | %d |" % (f, len(set(features[f]))))
    L += ["", "## Regenerate", "", "```", "python generate.py            # writes next to itself",
          "python generate.py --out DIR  # writes elsewhere (reads ../blind_nams.txt beside the generator)", "```", "",
          "Needs python-stdnum, reportlab, python-docx and openpyxl. The output is byte-identical on every run; the "
          "generator re-parses every file, decodes every part and checks labels, NAM placement and identifier "
          "checksums, and exits non-zero on any failure.", "",
          "## Digest", "",
          "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
          "`%s`" % dig, ""]
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    outdir = os.path.abspath(args.out)
    os.makedirs(outdir, exist_ok=True)
    labels, metas = build_all(outdir)
    errors, features = gen_verify.verify(outdir, metas)
    dig = digest(outdir)
    write_readme(outdir, labels, features, dig)
    if errors:
        for e in errors[:200]:
            print("ERROR:", e, file=sys.stderr)
        print("%d error(s)" % len(errors), file=sys.stderr)
        sys.exit(1)
    print(dig)


if __name__ == "__main__":
    main()
