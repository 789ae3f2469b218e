#!/usr/bin/env python3
"""Generate the labelled outbound-mail corpus (infectious diseases & travel clinic flavour).

Usage: python generate.py [--out DIR]      (default: the folder holding this script)
Reads only its own gen_*.py modules and ../blind_nams.txt (relative to this file).
"""
import argparse
import datetime as _dt
import hashlib
import json
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import gen_common as G  # noqa: E402
import gen_mime as M  # noqa: E402
import gen_attach as A  # noqa: E402
import gen_verify as V  # noqa: E402
import gen_pos_clin  # noqa: E402
import gen_pos_ph  # noqa: E402
import gen_pos_opat  # noqa: E402
import gen_pos_fwd  # noqa: E402
import gen_neg_admin  # noqa: E402
import gen_neg_info  # noqa: E402
import gen_neg_supply  # noqa: E402

SEED = 13837
N_POS, N_NEG = 120, 180
FLAVOUR = "Infectious diseases and travel clinic"

POS_T = {**gen_pos_clin.TEMPLATES, **gen_pos_ph.TEMPLATES, **gen_pos_opat.TEMPLATES, **gen_pos_fwd.TEMPLATES}
NEG_T = {**gen_neg_admin.TEMPLATES, **gen_neg_info.TEMPLATES, **gen_neg_supply.TEMPLATES}


def plan(rng, templates, total):
    names = sorted(templates)
    base = total // len(names)
    items = [n for n in names for _ in range(base)]
    extra = rng.sample(names, total - len(items))
    items += extra
    langs = {}
    out = []
    for n in names:
        k = items.count(n)
        first = rng.choice(["fr", "en"])
        seq = [first if i % 2 == 0 else ("en" if first == "fr" else "fr") for i in range(k)]
        out += [[n, l] for l in seq]
    # balance exactly half and half
    nfr = sum(1 for x in out if x[1] == "fr")
    target = total // 2
    idx = list(range(len(out)))
    rng.shuffle(idx)
    for i in idx:
        if nfr == target:
            break
        if nfr > target and out[i][1] == "fr":
            out[i][1] = "en"
            nfr -= 1
        elif nfr < target and out[i][1] == "en":
            out[i][1] = "fr"
            nfr += 1
    rng.shuffle(out)
    return out


FWD_NOTES = {
    "fr": ["Pour info.", "Voir ci-dessous, peux-tu t'en occuper?", "FYI - à classer.", "Je te transfère, merci de faire le suivi.",
           "À traiter svp."],
    "en": ["FYI.", "See below, can you take care of it?", "For your files.", "Forwarding for follow-up, thanks.",
           "Please action."],
}
FWD_BY = ["chief", "mgr", "nurse_mgr", "secr", "idmd", "idmd_en"]
FWD_TO = ["clerk", "secr", "opat", "tnurse", "asp", "ipc", "resident"]


def maybe_forward(c, spec, lang):
    """Occasionally turn a message into an inline forward (original kept verbatim below the note)."""
    r = c.rng
    if spec["cat"] in ("note",) or any(a.get("kind") == "inner" for a in spec["attachments"]) or r.random() >= 0.12:
        return spec
    by = r.choice([k for k in FWD_BY if G.staff_addr(k) != spec["from"]])
    to = r.choice([k for k in FWD_TO if k != by and G.staff_addr(k) != spec["from"]])
    orig_date = (spec["date"] - _dt.timedelta(days=r.randrange(0, 3))).replace(hour=r.randrange(8, 17),
                                                                             minute=r.randrange(60))
    if orig_date >= spec["date"]:
        orig_date = spec["date"] - _dt.timedelta(minutes=r.randrange(20, 300))
    ds = (G.fmt_date(orig_date.date(), lang, "long") + f" {orig_date:%H:%M}")
    frm = f"{spec['from'][0]} <{spec['from'][1]}>"
    tos = "; ".join(n or a for n, a in spec["to"])
    if lang == "fr":
        hdrs = [("De :", frm), ("Envoyé :", ds), ("À :", tos), ("Objet :", spec["subject"])]
        subj = "TR : " + spec["subject"]
    else:
        hdrs = [("From:", frm), ("Sent:", ds), ("To:", tos), ("Subject:", spec["subject"])]
        subj = "Fwd: " + spec["subject"]
    blocks = [r.choice(FWD_NOTES[lang]), G.STAFF[by][0], ("fwd", hdrs, spec["blocks"])]
    out = dict(spec, subject=subj, blocks=blocks, **{"from": G.staff_addr(by)}, to=[G.staff_addr(to)], cc=[])
    out.pop("in_reply_to", None)
    out.pop("body_kind", None) if out.get("body_kind") == "plain" else None
    return out


def msgid(c, spec):
    dom = spec["from"][1].split("@")[1]
    return f"<{spec['date']:%Y%m%d%H%M%S}.{c.rng.randrange(16 ** 10):010x}@{dom}>"


def render(c, spec, lang, bseed):
    rng = c.rng
    prof = M.make_profile(rng)
    atts = []
    for k, a in enumerate(spec["attachments"]):
        if a.get("kind") == "inner":
            ispec = dict(a["spec"])
            iprof = M.make_profile(rng)
            data = M.build(ispec, iprof, rng, lang, msgid(c, ispec), f"{bseed}i{k}", eol_convert=False)
            atts.append(A.A_eml(a["filename"], data))
        else:
            atts.append(a)
    spec = dict(spec, attachments=atts)
    return M.build(spec, prof, rng, lang, msgid(c, spec), bseed)


def digest(out_dir):
    h = hashlib.sha256()
    rels = ["labels.json"] + [f"{d}/{f}" for d in ("negative", "positive")
                              for f in sorted(os.listdir(os.path.join(out_dir, d))) if f.endswith(".eml")]
    for rel in sorted(rels):
        with open(os.path.join(out_dir, rel), "rb") as fh:
            data = fh.read()
        h.update(rel.encode("utf-8") + b"\0" + data + b"\0")
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


def write_readme(out_dir, labels, feats, dig):
    langs = {"fr": 0, "en": 0}
    types = {t: 0 for t in G.TYPE_ORDER}
    for rel, lab in labels.items():
        langs[lab["lang"]] += 1
        for t in lab["types"]:
            types[t] += 1
    L = [f"# Synthetic outbound mail corpus — {FLAVOUR}", "",
         "Outbound e-mail of the Infectious Diseases Service and Travel Health Clinic of an invented regional "
         "hospital centre in Quebec (Val-Mercier): microbiology calls and culture reports, antimicrobial stewardship "
         "audit lists, ID consults and sign-out lists, reportable-disease notifications and public-health "
         "investigations, pre-travel consultations, vaccines and malaria prophylaxis prescriptions, rabies "
         "post-exposure schedules, outpatient parenteral antibiotic therapy (OPAT) referrals, labs and transport, "
         "insurer and foreign health-fund forms — and, on the negative side, the administrative mail of such a "
         "service (schedules, HR, payroll, occupational health, newsletters, committees, conferences, antibiograms "
         "and other aggregate statistics, teaching cases, research, shortages, recalls, invoices, purchase orders, "
         "inventories, blank forms and templates, IT and facilities). Every person, institution, address and "
         "number is invented; domains end in `.example`, phone numbers use 555-01xx.", "",
         f"Seed: {SEED}.", "", "## Layout", "",
         f"- `positive/pNNN_<category>.eml` — {N_POS} confidential messages",
         f"- `negative/nNNN_<category>.eml` — {N_NEG} non-confidential (hard negative) messages",
         "- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`",
         "- `generate.py` and `gen_*.py` — the generator (standard library, python-stdnum, reportlab, python-docx, openpyxl)",
         "", "## Languages", "", "| lang | files |", "|---|---|"]
    L += [f"| {k} | {v} |" for k, v in langs.items()]
    L += ["", "## Finding types (positives)", "", "| type | positives |", "|---|---|"]
    L += [f"| {k} | {v} |" for k, v in types.items()]
    L += ["", "## Definition used", "", DEFINITION, "", "## Transports (files showing each feature)", "",
          "| feature | files |", "|---|---|"]
    L += [f"| {k} | {v} |" for k, v in feats.items()]
    L += ["", "## Regenerate", "", "```", "python generate.py            # writes next to itself",
          "python generate.py --out DIR  # or elsewhere", "```", "",
          "The run is byte-identical for a given seed; after writing, every file is re-parsed and every part decoded "
          "(PDF, DOCX, XLSX, ZIP, nested .eml), labels, NAM placement and identifier checksums are checked, and the "
          "digest below is printed.", "", "## Digest", "",
          "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
          f"`{dig}`", ""]
    with open(os.path.join(out_dir, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    out_dir = args.out
    for d in ("positive", "negative"):
        p = os.path.join(out_dir, d)
        os.makedirs(p, exist_ok=True)
        for f in os.listdir(p):
            if f.endswith(".eml"):
                os.remove(os.path.join(p, f))
    c = G.Ctx(SEED)
    labels, meta = {}, {}
    for kind, templates, total, prefix in (("positive", POS_T, N_POS, "p"), ("negative", NEG_T, N_NEG, "n")):
        for i, (tname, lang) in enumerate(plan(c.rng, templates, total), 1):
            c.now = c.msg_date()
            spec = templates[tname](c, lang)
            spec["date"] = c.now
            spec = maybe_forward(c, spec, lang)
            data = render(c, spec, lang, f"{prefix}{i:03d}")
            rel = f"{kind}/{prefix}{i:03d}_{spec['cat']}.eml"
            with open(os.path.join(out_dir, rel), "wb") as fh:
                fh.write(data)
            labels[rel] = {"confidential": spec["confidential"],
                           "types": [t for t in G.TYPE_ORDER if t in spec["types"]],
                           "lang": lang, "note": spec["note"]}
            meta[rel] = {"must": spec["must"], "nams": spec["nams"], "ids": spec["ids"], "template": tname}
    labels = dict(sorted(labels.items()))
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    errors, feats = V.verify(out_dir, meta)
    dig = digest(out_dir)
    write_readme(out_dir, labels, feats, dig)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} verification error(s)", file=sys.stderr)
        sys.exit(1)
    print(dig)


if __name__ == "__main__":
    main()
