#!/usr/bin/env python3
"""Generate the held-out DLP corpus 'corpus_heldout_83' (medical imaging / nuclear medicine, Québec).

Usage: python generate.py [--out DIR] [--seed N]
Deterministic: same seed -> byte-identical files. Standard library + python-stdnum, reportlab,
python-docx, openpyxl only.
"""
import argparse
import collections
import email
import email.policy
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gen_common import Ctx  # noqa: E402
from gen_mime import render  # noqa: E402
import gen_pos_a  # noqa: E402
import gen_pos_b  # noqa: E402
import gen_neg_a  # noqa: E402
import gen_neg_b  # noqa: E402
import gen_check  # noqa: E402

SEED = 8317
N_POS, N_NEG = 120, 180
FR_SHARE = 0.6


def plan(builders, n, rng):
    items = [(f, i) for f, k in builders for i in range(k)]
    assert len(items) == n, (len(items), n)
    n_fr = round(n * FR_SHARE)
    langs = ["fr"] * n_fr + ["en"] * (n - n_fr)
    rng.shuffle(langs)
    rng.shuffle(items)
    return [(f, i, l) for (f, i), l in zip(items, langs)]


def transport_stats(out):
    st = collections.Counter()
    for d in ("positive", "negative"):
        for n in sorted(os.listdir(os.path.join(out, d))):
            raw = open(os.path.join(out, d, n), "rb").read()
            st["CRLF" if b"\r\n" in raw else "LF"] += 1
            head = re.split(rb"\r?\n\r?\n", raw, maxsplit=1)[0]
            if re.search(rb"=\?[\w-]+\?[BQbq]\?", head):
                st["RFC 2047 encoded headers"] += 1
            if re.search(rb"filename\*(0\*)?=", raw):
                st["RFC 2231 file names"] += 1
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            top = msg.get_content_type()
            st[f"top-level {top}"] += 1
            for part in msg.walk():
                ct = part.get_content_type()
                if ct == "message/rfc822" or (part.get_filename() or "").endswith(".eml"):
                    st["attached message (.eml)"] += 1
                if ct.startswith("text/") and not part.get_filename():
                    cs = part.get_content_charset()
                    st[f"charset {cs}"] += 1
                cte = part.get("Content-Transfer-Encoding")
                if cte:
                    st[f"transfer-encoding {cte.lower()}"] += 1
                if part.get_filename():
                    ext = part.get_filename().rsplit(".", 1)[-1].lower()
                    st[f"attachment .{ext}"] += 1
    return st


def write_readme(out, labels, langs, types, digest, tstats, seed):
    pos = {k: v for k, v in labels.items() if v["confidential"]}
    neg = {k: v for k, v in labels.items() if not v["confidential"]}
    cats_p = collections.Counter(k.split("_", 1)[1][:-4] for k in pos)
    cats_n = collections.Counter(k.split("_", 1)[1][:-4] for k in neg)
    L = []
    L.append("# corpus_heldout_83 — imagerie médicale et médecine nucléaire (Québec)\n")
    L.append("Synthetic, labelled corpus of outbound e-mail used to measure a data-loss-prevention filter.\n")
    L.append("**Flavour:** medical imaging and nuclear medicine of an invented Québec regional hospital "
             "(Hôpital régional de Saint-Anselme, CISSS de la Rivière-aux-Hérons, `cisss-herons.example`) and a private "
             "imaging clinic (Clinique d'imagerie Boréal-Médic, `boreal-imagerie.example`): radiology booking and "
             "preparation instructions, radiologists' reports and addenda, critical-finding calls, PACS/CD export "
             "requests, imaging requisitions, PQDCS screening-mammography recall letters, breast clinic, interventional "
             "radiology, MRI safety questionnaires (implants), contrast-allergy premedication, DICOM/PACS IT notices, "
             "equipment service and QA mail, technologists' schedules. About 60 % French-Canadian, 40 % English.\n")
    L.append("All people, institutions, numbers and addresses are invented (`*.example` domains, 555-01xx phone "
             "numbers). RAMQ NAMs come only from `../blind_nams.txt`, always with their holder's name, birth date and "
             "sex; SIN, Ontario health numbers, Belgian NISS and French NIR are generated and validated with "
             "python-stdnum.\n")
    L.append("## Layout\n")
    L.append("- `positive/pNNN_<category>.eml` — %d confidential messages" % len(pos))
    L.append("- `negative/nNNN_<category>.eml` — %d non-confidential messages (hard negatives)" % len(neg))
    L.append("- `labels.json` — `{path: {confidential, types, lang, note}}` covering exactly those files")
    L.append("- `generate.py` + `gen_common.py`, `gen_clinical.py`, `gen_util.py`, `gen_mime.py`, `gen_pos_a.py`, "
             "`gen_pos_b.py`, `gen_neg_a.py`, `gen_neg_b.py`, `gen_check.py` — the generator and its self-check\n")
    L.append("## Counts\n")
    L.append("| set | fr | en | total |\n|---|---|---|---|")
    for flag, name in ((True, "positive"), (False, "negative")):
        fr, en = langs.get((flag, "fr"), 0), langs.get((flag, "en"), 0)
        L.append(f"| {name} | {fr} | {en} | {fr + en} |")
    tf = sum(v for (f, l), v in langs.items() if l == "fr")
    te = sum(v for (f, l), v in langs.items() if l == "en")
    L.append(f"| all | {tf} | {te} | {tf + te} |\n")
    L.append("Finding types (number of positive messages labelled with each):\n")
    L.append("| type | messages |\n|---|---|")
    for k, v in sorted(types.items()):
        L.append(f"| `{k}` | {v} |")
    L.append("")
    L.append("Positive categories: " + ", ".join(f"{k} ({v})" for k, v in sorted(cats_p.items())) + ".\n")
    L.append("Negative categories: " + ", ".join(f"{k} ({v})" for k, v in sorted(cats_n.items())) + ".\n")
    L.append("## Definition used\n")
    L.append("A message is **confidential** when a reader could identify a patient (name in any form — with or "
             "without title, surname first, lower case, initial plus surname, DICOM `SURNAME^GIVEN` —, RAMQ NAM, SIN, "
             "Ontario health number, Belgian NISS, French NIR or a hospital/clinic chart number, possibly disguised "
             "with spaces, dots, dashes, slashes or full-width digits) **and** learn something personal, medical or "
             "social about them, anywhere in the message: Subject, body, quoted reply, forward, attachment "
             "(PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached .eml) or an attachment's file name. Each positive lists "
             "every finding type present (`ramq_nam`, `ca_sin`, `ca_health_number`, `be_niss`, `fr_nir`, `mrn`, "
             "`date_of_birth`, `patient_name`, `diagnosis`, `medication`, `lab_result`, `patient_contact`, "
             "`social_information`); `patient_contact` is used for a patient's phone or home address shown in a care "
             "context (a patient's e-mail address in a header alone is not labelled).\n")
    L.append("**Not confidential** (negatives, empty type list): staff information (schedules, leave, payroll, "
             "occupational health incl. staff dosimetry and a declared pregnancy of a radiation worker), physicians "
             "named with the diseases they handle, conference speakers and topics, aggregate statistics, newsletters, "
             "blank forms, anonymised teaching cases, invoices and purchase orders, serial/lot/asset/UDI numbers (many "
             "pass a Luhn checksum), dummy/phantom patients (ZZTEST, PHANTOM^ACR), clinic phone numbers and addresses "
             "in signatures, IT and facilities mail, job postings, committee notices, drug and isotope shortages, "
             "supplier recalls, research protocols without participants.\n")
    L.append("## Transports used\n")
    for k, v in sorted(tstats.items()):
        L.append(f"- {k}: {v}")
    L.append("")
    L.append("## Regenerate\n")
    L.append("```\n/path/to/python generate.py            # writes next to generate.py\n"
             "/path/to/python generate.py --out DIR  # writes elsewhere\n```\n")
    L.append(f"Seed {seed}. Only the standard library, python-stdnum, reportlab, python-docx and openpyxl are used; "
             "ZIP/DOCX/XLSX entries carry a fixed timestamp and PDFs are written in reportlab's invariant mode, so two "
             "runs produce identical bytes. The generator re-parses every file with "
             "`email.message_from_bytes(..., policy=email.policy.default)`, decodes every part (PDF, DOCX, XLSX, ZIP, "
             "attached messages), checks labels against files, NAM placement, SIN/NISS/NIR/health-number validity "
             "and that no NAM holder's name appears in a negative, then prints counts and the digest.\n")
    L.append("## Digest\n")
    L.append("SHA-256 over `positive/*.eml`, `negative/*.eml` and `labels.json`, taken in sorted path order as "
             "`path NUL bytes NUL`:\n")
    L.append(f"```\n{digest}\n```\n")
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    for d in ("positive", "negative"):
        os.makedirs(os.path.join(out, d), exist_ok=True)
        for n in os.listdir(os.path.join(out, d)):
            if n.endswith(".eml"):
                os.remove(os.path.join(out, d, n))
    ctx = Ctx(args.seed)
    prng = random.Random(args.seed * 3 + 11)
    labels = {}
    for kind, builders, n, prefix in (("positive", gen_pos_a.BUILDERS + gen_pos_b.BUILDERS, N_POS, "p"),
                                      ("negative", gen_neg_a.BUILDERS + gen_neg_b.BUILDERS, N_NEG, "n")):
        for k, (f, i, lang) in enumerate(plan(builders, n, prng), 1):
            s = f(ctx, lang, i)
            raw = render(ctx.rng, s)
            path = f"{kind}/{prefix}{k:03d}_{s['cat']}.eml"
            with open(os.path.join(out, path), "wb") as fh:
                fh.write(raw)
            types = sorted(s["types"]) if kind == "positive" else []
            labels[path] = {"confidential": kind == "positive", "types": types, "lang": s["lang"], "note": s["note"]}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")
    errors, langs, types, digest = gen_check.run(out)
    write_readme(out, labels, langs, types, digest, transport_stats(out), args.seed)
    if errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
