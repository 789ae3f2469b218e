#!/usr/bin/env python3
"""Generate the labelled DLP test corpus (northern and Indigenous health flavour).

    python generate.py            # writes next to this file
    python generate.py --out DIR  # writes elsewhere

Deterministic from SEED; standard library + python-stdnum, reportlab, python-docx, openpyxl.
"""
import argparse
import copy
import json
import os
import random
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NB  # noqa: E402
import gen_pos_a as PA  # noqa: E402
import gen_pos_b as PB  # noqa: E402
from gen_check import ALL_TYPES, check  # noqa: E402
from gen_common import load_nam_holders  # noqa: E402
from gen_ctx import Ctx  # noqa: E402
from gen_mime import build, choose_transport  # noqa: E402

SEED = 8533
N_POS, N_NEG = 120, 180
FR_POS, FR_NEG = 54, 81  # about 45 % French

POSITIVE_PLAN = [
    (PA.p_referral, 6), (PA.p_consult_reply, 4), (PA.p_medevac, 4), (PA.p_boarding_booking, 4),
    (PA.p_interpreter, 3), (PA.p_handover, 4), (PA.p_bh_roster, 3), (PA.p_tb_xlsx, 3), (PA.p_tb_zip, 3),
    (PA.p_lab_followup, 4), (PA.p_discharge_pdf, 4), (PA.p_pharmacy, 4), (PA.p_patient_fwd, 4),
    (PA.p_subject_leak, 4), (PA.p_filename_leak, 4), (PB.p_ics, 4), (PB.p_vcard, 3), (PB.p_eml, 4),
    (PB.p_prenatal, 4), (PB.p_youth, 3), (PB.p_ohip, 4), (PB.p_sin, 4), (PB.p_niss, 3), (PB.p_nir, 3),
    (PB.p_mental, 3), (PB.p_dialysis, 3), (PB.p_docx_letter, 3), (PB.p_vaccine_list, 2), (PB.p_violence, 3),
    (PB.p_chr_visit, 3), (PB.p_visiting_clinic, 3), (PB.p_telederm, 2), (PB.p_quoted_only, 3),
    (PB.p_initials_signout, 3), (PB.p_medevac_log, 2),
]
NEGATIVE_PLAN = [
    (NA.n_rotation, 7), (NA.n_cargo, 6), (NA.n_flights, 5), (NA.n_cultural, 6), (NA.n_stats, 7),
    (NA.n_newsletter, 6), (NA.n_invoice, 6), (NA.n_conference, 6), (NA.n_committee, 6), (NA.n_job, 6),
    (NA.n_it, 6), (NA.n_blank_form, 7), (NA.n_teaching, 7), (NA.n_recall, 5), (NA.n_shortage, 6),
    (NB.n_hr, 6), (NB.n_occ_health, 7), (NB.n_research, 5), (NB.n_facilities, 6), (NB.n_interp_roster, 4),
    (NB.n_oncall, 5), (NB.n_medevac_ops, 5), (NB.n_boarding_ops, 5), (NB.n_staff_travel, 6), (NB.n_policy, 5),
    (NB.n_fridge, 4), (NB.n_minutes, 5), (NB.n_vcard, 3), (NB.n_fwd_eml, 4), (NB.n_tb_campaign, 5),
    (NB.n_prenatal_info, 4), (NB.n_tele_schedule, 4), (NB.n_social, 5),
]


class NamAllocator:
    """Hands out NAM holders (always with their listed identity), cycling through a seeded order."""

    def __init__(self, rng):
        self.holders = load_nam_holders()
        rng.shuffle(self.holders)
        self.i = 0

    def __call__(self, pred=None):
        n = len(self.holders)
        for k in range(n):
            h = self.holders[(self.i + k) % n]
            if pred is None or pred(h):
                self.i = (self.i + k + 1) % n
                return copy.deepcopy(h)
        return None


NAM_CAPABLE = {"p_referral", "p_medevac", "p_boarding_booking", "p_lab_followup", "p_discharge_pdf", "p_pharmacy",
               "p_prenatal", "p_sin", "p_dialysis", "p_docx_letter", "p_quoted_only", "p_consult_reply"}
N_FORCED_NAM = 24


def expand(plan, n_total, n_fr, rng):
    items = [(fn, k) for fn, cnt in plan for k in range(cnt)]
    assert len(items) == n_total, (len(items), n_total)
    langs = ["fr"] * n_fr + ["en"] * (n_total - n_fr)
    rng.shuffle(langs)
    order = list(range(n_total))
    rng.shuffle(order)
    return [(items[i][0], items[i][1], langs[j]) for j, i in enumerate(order)]


def generate(out_dir):
    master = random.Random(SEED)
    alloc = NamAllocator(random.Random(f"{SEED}:nam"))
    pos = expand(POSITIVE_PLAN, N_POS, FR_POS, master)
    neg = expand(NEGATIVE_PLAN, N_NEG, FR_NEG, master)
    capable = [i for i, (fn, k, lang) in enumerate(pos) if fn.__name__ in NAM_CAPABLE]
    forced = set(master.sample(capable, N_FORCED_NAM))
    labels = {}
    for sub in ("positive", "negative"):
        d = os.path.join(out_dir, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    for sub, prefix, items, conf, nam in (("positive", "p", pos, True, alloc), ("negative", "n", neg, False, None)):
        for idx, (fn, k, lang) in enumerate(items, 1):
            rng = random.Random(f"{SEED}:{prefix}:{idx}:{fn.__name__}:{k}")
            ctx = Ctx(rng, lang, nam)
            ctx.force_nam = conf and (idx - 1) in forced
            out = fn(ctx)
            if not conf:
                assert not out.types
            tr = choose_transport(rng, bool(out.mail.atts), out.prefs)
            raw = build(out.mail, rng, tr)
            name = f"{sub}/{prefix}{idx:03d}_{out.cat}.eml"
            with open(os.path.join(out_dir, name), "wb") as fh:
                fh.write(raw)
            labels[name] = {"confidential": conf, "types": out.types, "lang": lang, "note": out.note}
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")


def write_readme(out_dir, res):
    L = res["langs"]
    t = res["types"]
    s, tr = res["stats"], res["transport"]
    lines = [
        "# Held-out DLP corpus 85 — northern and Indigenous health",
        "",
        "Synthetic, labelled outbound e-mail of a health-care organisation, for measuring a DLP filter that",
        "decides whether each message is confidential.",
        "",
        "## Flavour",
        "Northern and Indigenous health: nursing stations and health centres in Nunavik and Eeyou Istchee",
        "(invented communities and boards), medevac and escort travel to southern hospitals, boarding homes,",
        "interpreters, telemedicine, TB screening follow-up, prenatal care far from home; patients with Inuit,",
        "Cree, Innu, Atikamekw, Mohawk, French and English names. Harmless mail covers staffing rotations,",
        "cargo and flights, cultural safety training, community health statistics, HR, IT, invoices, recalls,",
        "committees, job postings, blank forms and de-identified teaching cases. All people, institutions,",
        "communities, `*.example` domains and 555-01xx phone numbers are invented.",
        "",
        "## Layout",
        "- `positive/pNNN_<category>.eml` — confidential messages",
        "- `negative/nNNN_<category>.eml` — non-confidential (hard) negatives",
        "- `labels.json` — `{path: {confidential, types, lang, note}}` for exactly those files",
        "- `generate.py` + `gen_common.py`, `gen_ctx.py`, `gen_mime.py`, `gen_docs.py`, `gen_pos_a.py`,",
        "  `gen_pos_b.py`, `gen_neg_a.py`, `gen_neg_b.py`, `gen_check.py` — the generator and its self-check",
        "",
        "## Counts",
        f"- files: {res['files']} (positives {res['positives']}, negatives {res['negatives']})",
        f"- languages: positives fr {L['pos:fr']} / en {L['pos:en']}; negatives fr {L['neg:fr']} / en {L['neg:en']};"
        f" total fr {L['pos:fr'] + L['neg:fr']} / en {L['pos:en'] + L['neg:en']}",
        "- finding types (number of positives labelled with each):",
    ]
    for k in ALL_TYPES:
        lines.append(f"  - `{k}`: {t[k]}")
    lines += [
        "",
        "## Definition used",
        "A message is confidential when a reader could identify a patient (name in any written form, RAMQ NAM,",
        "Canadian SIN, Ontario health number, Belgian NISS, French NIR, or a hospital chart number / MRN, possibly",
        "disguised) and learn something personal, medical or social about them, anywhere in the message: Subject,",
        "body, quoted reply, inline forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached .eml) or an",
        "attachment's file name. Staff information (schedules, leave, an employee's own occupational health, HR,",
        "payroll), physicians named with the diseases they treat, conference programmes, aggregate statistics,",
        "newsletters, blank forms, de-identified teaching cases, invoices, serial/lot/asset numbers (even when they",
        "pass a checksum), clinic contacts, IT/facilities mail, job postings, committee notices, drug-shortage",
        "notices and research protocols without participants are not confidential.",
        "RAMQ NAMs come only from `../blind_nams.txt` and always appear with their holder's listed identity; SIN,",
        "Ontario health numbers, NISS and NIR are generated and validated with python-stdnum.",
        "",
        "## Transports used",
        f"- top-level types: " + ", ".join(f"{k[4:]} {v}" for k, v in sorted(tr.items()) if k.startswith("top:")),
        f"- nested multiparts: " + ", ".join(f"{k} {v}" for k, v in sorted(s.items()) if k.startswith("multipart/")),
        f"- message/rfc822 parts: {s['message/rfc822']}; .eml as application/octet-stream: {s['eml_octet']}",
        f"- charsets (text parts): " + ", ".join(f"{k[8:]} {v}" for k, v in sorted(s.items()) if k.startswith("charset:")),
        f"- transfer encodings (leaf parts): " + ", ".join(f"{k[4:]} {v}" for k, v in sorted(s.items()) if k.startswith("cte:")),
        f"- line endings: CRLF {tr['crlf']}, LF {tr['lf']}; RFC 2047 encoded headers in {tr['rfc2047_header']} files;"
        f" RFC 2231 file names in {tr['rfc2231_filename']} files",
        f"- attachments decoded: PDF {s['pdf']}, DOCX {s['docx']}, XLSX {s['xlsx']}, ZIP {s['zip']}; file names {s['attachments']}",
        "",
        "## Regenerate",
        "```",
        "python generate.py            # writes into this folder",
        "python generate.py --out DIR  # writes elsewhere",
        "```",
        f"Seed {SEED}. Timestamps inside ZIP/DOCX/XLSX/PDF are fixed, so two runs give identical bytes. The",
        "generator re-parses every file, decodes every part and attachment and checks the labels before printing",
        "the counts and the digest.",
        "",
        "## Digest",
        "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted path, NUL, bytes, NUL):",
        "",
        f"`{res['digest']}`",
        "",
    ]
    with open(os.path.join(out_dir, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    a = ap.parse_args()
    out = os.path.abspath(a.out)
    os.makedirs(out, exist_ok=True)
    generate(out)
    res = check(out)
    write_readme(out, res)
    L = res["langs"]
    print(f"files {res['files']}: positives {res['positives']}, negatives {res['negatives']}")
    print(f"languages: fr {L['pos:fr'] + L['neg:fr']} (pos {L['pos:fr']}, neg {L['neg:fr']}), "
          f"en {L['pos:en'] + L['neg:en']} (pos {L['pos:en']}, neg {L['neg:en']})")
    print("types: " + ", ".join(f"{k} {res['types'][k]}" for k in ALL_TYPES))
    print(f"digest {res['digest']}")


if __name__ == "__main__":
    main()
