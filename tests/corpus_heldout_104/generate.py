#!/usr/bin/env python3
"""Generate the allergy / clinical-immunology DLP evaluation corpus.

    python generate.py            # writes next to this file
    python generate.py --out DIR  # writes elsewhere

Deterministic from SEED; standard library + python-stdnum, reportlab,
python-docx, openpyxl.
"""
import argparse
import datetime
import email.utils
import json
import os
import shutil
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_check  # noqa: E402
import gen_mime as M  # noqa: E402
import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NB  # noqa: E402
import gen_pos_a as PA  # noqa: E402
import gen_pos_b as PB  # noqa: E402
import gen_pos_c as PC  # noqa: E402
import gen_text as T  # noqa: E402
from gen_ctx import Ctx  # noqa: E402

SEED = 10406

POS_PLAN = [
    (PA.referral, 5), (PA.consult_reply, 5), (PA.oit_update, 4), (PA.school_form, 5), (PA.ivig_ics, 4),
    (PA.delabel, 5), (PA.subject_only, 5), (PA.filename_only, 4),
    (PB.patient_forward, 5), (PB.signout, 4), (PB.lab_followup, 5), (PB.roster_xlsx, 4), (PB.csv_export, 4),
    (PB.discharge_docx, 4), (PB.rx_pharmacy, 5), (PB.transport_social, 4), (PB.youth_protection, 3),
    (PC.vcard, 3), (PC.eml_attached, 4), (PC.ontario, 4), (PC.sin_insurance, 4), (PC.nir, 4), (PC.niss, 4),
    (PC.quoted_history, 5), (PC.html_only, 4), (PC.nam_only, 4), (PC.mrn_only, 3), (PC.venom_hae, 4),
    (PC.zip_referral, 2),
]
NEG_PLAN = [
    (NA.nurse_schedule, 6), (NA.leave_hr, 6), (NA.occ_health, 5), (NA.newsletter, 6), (NA.invoice_po, 7),
    (NA.conference, 6), (NA.committee, 6), (NA.job_posting, 5), (NA.it_notice, 6), (NA.facilities, 5),
    (NA.statistics, 6), (NA.blank_form, 6),
    (NB.teaching_case, 6), (NB.recall, 6), (NB.shortage, 4), (NB.research_protocol, 6), (NB.physician_directory, 6),
    (NB.referral_guidelines, 5), (NB.asset_inventory, 5), (NB.staff_ics, 5), (NB.staff_vcard, 4),
    (NB.patient_education, 6), (NB.training_sessions, 5), (NB.lab_notice, 5), (NB.clinic_contacts, 5),
    (NB.forwarded_eml, 5), (NB.zip_templates, 4), (NB.quality, 6), (NB.social_events, 5), (NB.admin_thread, 6),
    (NB.policy_update, 6), (NB.vendor_webinar, 5), (NB.resident_rotation, 5),
]
N_POS, N_NEG = 120, 180

MAILERS = ["Microsoft Outlook 16.0", "Mozilla Thunderbird 115.6", "Apple Mail (2.3774)", "Zimbra 9.0.0_GA",
           "Roundcube Webmail/1.6", None, None]


# --------------------------------------------------------------------------
def build(c, m, idx, positive):
    rng = c.rng
    lang = m.lang
    crlf = rng.random() < 0.5
    if lang == "fr":
        body_cs = rng.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    else:
        body_cs = rng.choice(["us-ascii", "utf-8", "utf-8", "windows-1252", "iso-8859-1"])
    cte = rng.choice(["quoted-printable", "quoted-printable", "base64", "8bit", "7bit"])
    hdr_cs = rng.choice(["utf-8", "utf-8", "iso-8859-1"])
    hdr_enc = rng.choice(["B", "Q"])

    form = m.form
    if form is None:
        form = rng.choices(["plain", "alt", "html"], [45, 35, 20])[0]
    if form in ("alt", "html") and m.html is None:
        m.html = T.to_html(m.text, rng)
    if m.text is None:
        m.text = gen_check.html_to_text(m.html)

    def body_part():
        if form == "plain":
            return M.text_part(m.text, "plain", body_cs, cte, fmt_flowed=rng.random() < 0.15)
        if form == "html":
            return M.text_part(m.html, "html", body_cs, cte)
        return M.multipart("alternative", [M.text_part(m.text, "plain", body_cs, cte),
                                           M.text_part(m.html, "html", body_cs, rng.choice(["quoted-printable", "base64", cte]))],
                           f"----=_alt_{idx:04d}_{rng.getrandbits(32):08x}")

    root = body_part()
    if m.attachments:
        kids = [root]
        for a in m.attachments:
            if a["kind"] == "eml":
                kids.append(M.rfc822_part(a["data"], a.get("filename")))
            elif a["kind"] == "text":
                kids.append(M.text_attachment(a["text"], a["mime"], a["filename"], charset=body_cs,
                                              cte=rng.choice(["base64", "quoted-printable"])))
            else:
                mime = a["mime"]
                style = a.get("style") or rng.choice(["rfc2231", "rfc2231-force", "rfc2047", "rfc2231"])
                att_cte = "base64"
                if mime.startswith("text/") and all(b < 128 for b in a["data"]):
                    att_cte = rng.choice(["base64", "quoted-printable", "7bit"])
                data = a["data"]
                if att_cte != "base64":  # line breaks then follow the message's own line endings
                    data = data.replace(b"\r\n", b"\n")
                kids.append(M.attachment_part(data, mime, a["filename"], style=style, cte=att_cte))
        root = M.multipart("mixed", kids, f"----=_mix_{idx:04d}_{rng.getrandbits(32):08x}", preamble=rng.random() < 0.5)

    when = datetime.datetime(2025, 2, 17, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-5))) + \
        datetime.timedelta(minutes=rng.randint(-90 * 24 * 60, 0))
    dom = m.frm[1].split("@")[1]
    headers = [
        ("From", M.enc_addr(m.frm[0], m.frm[1], hdr_cs)),
        ("To", M.enc_addr_list(m.to, hdr_cs)),
    ]
    if m.cc:
        headers.append(("Cc", M.enc_addr_list(m.cc, hdr_cs)))
    headers += [
        ("Subject", M.enc_header(m.subject, hdr_cs, hdr_enc)),
        ("Date", email.utils.format_datetime(when)),
        ("Message-ID", f"<{rng.getrandbits(64):016x}.{idx}@{dom}>"),
    ]
    if m.reply:
        ref = f"<{rng.getrandbits(64):016x}@{dom}>"
        headers += [("In-Reply-To", ref), ("References", ref)]
    mailer = rng.choice(MAILERS)
    if mailer:
        headers.append(("X-Mailer", mailer))
    if rng.random() < 0.15:
        headers.append(("Importance", "High"))
    headers.append(("Content-Language", "fr-CA" if lang == "fr" else "en-CA"))
    return M.message(headers, root, crlf=crlf)


def plan_specs(c, plan, total):
    specs = []
    for fn, n in plan:
        for _ in range(n):
            specs.append(fn(c))
    assert len(specs) == total, (len(specs), total)
    c.rng.shuffle(specs)
    return specs


README_TMPL = """# Held-out DLP corpus 104 — allergy and clinical immunology

Flavour: allergy and clinical immunology — food allergy clinic, oral immunotherapy (OIT), oral food
challenges, epinephrine auto-injectors, skin prick tests and specific IgE, immunoglobulin infusions
(IVIG / SCIG), hereditary angioedema, venom immunotherapy, school anaphylaxis forms and drug-allergy
delabelling. Outbound e-mail of Quebec health-care organisations, French-Canadian and English.

## Layout
- `positive/pNNN_<category>.eml` — {n_pos} confidential messages
- `negative/nNNN_<category>.eml` — {n_neg} non-confidential messages (hard negatives)
- `labels.json` — per file: `confidential`, `types`, `lang`, `note`
- `generate.py` + `gen_*.py` — the generator (seed {seed}) and its self-check

## Counts
Files: {n_files} ({n_pos} positive, {n_neg} negative)

Languages: {langs}

Finding types (number of positives listing each type):
{types}

## Definition used
A message is confidential when a reader could identify a patient (name in any form — with or without
title, surname first, lower case, initials with surname — or a RAMQ NAM, Canadian SIN, Ontario health
number, Belgian NISS, French NIR, or hospital chart number / MRN, including disguised spacing, dots,
slashes or full-width digits) and learn something personal, medical or social about them (diagnosis,
symptoms, medication, results, procedures, appointments for care, birth date, home address or personal
phone in a care context, social situation) anywhere in the message: Subject, body, quoted reply, inline
forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached .eml) or an attachment's file name.
Staff information, physicians named with the diseases they treat, conference speakers, aggregate
statistics, newsletters, blank forms and templates, anonymised teaching cases, invoices and purchase
orders, serial / lot / asset numbers (even checksum-valid), clinic contact details, IT / facilities
notices, job postings, committee notices, drug-shortage notices and research protocols without
participants are not confidential.

RAMQ NAMs are taken only from `../blind_nams.txt` and used only with their holder: whenever a name, birth
date or sex is shown next to a NAM it is the holder's, and no holder's name appears in a negative; SIN, Ontario health numbers (Luhn), NISS and NIR are generated and validated with python-stdnum.
All people, institutions (`*.example` domains) and phone numbers (555-01xx) are invented.

## Transports used
{transports}

## Regenerate
    /path/to/python generate.py            # writes next to generate.py
    /path/to/python generate.py --out DIR  # writes elsewhere

The generator re-parses every file with `email.policy.default`, decodes every part and attachment
(PDF, DOCX, XLSX, ZIP, CSV, ICS, vCard, attached .eml) and checks labels, identifiers and names.

## Digest
sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):

    {digest}
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    for sub in ("positive", "negative"):
        d = os.path.join(out, sub)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)

    c = Ctx(SEED)
    pos = plan_specs(c, POS_PLAN, N_POS)
    negs = plan_specs(c, NEG_PLAN, N_NEG)
    labels, facts = {}, {}
    for i, m in enumerate(pos, 1):
        path = f"positive/p{i:03d}_{m.category}.eml"
        assert m.types, path
        data = build(c, m, i, True)
        with open(os.path.join(out, path), "wb") as fh:
            fh.write(data)
        labels[path] = {"confidential": True, "types": sorted(m.types), "lang": m.lang, "note": m.note}
        facts[path] = m.facts
    for i, m in enumerate(negs, 1):
        path = f"negative/n{i:03d}_{m.category}.eml"
        assert not m.types, path
        data = build(c, m, 1000 + i, False)
        with open(os.path.join(out, path), "wb") as fh:
            fh.write(data)
        labels[path] = {"confidential": False, "types": [], "lang": m.lang, "note": m.note}
        facts[path] = m.facts
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")

    errors, stats, tr, dig, _ = gen_check.run(out, c.holders, facts)
    for e in errors:
        print("ERROR:", e)

    langs = {k: v for k, v in stats.items() if k.startswith("lang:")}
    lang_tot = {"fr": 0, "en": 0}
    for k, v in langs.items():
        lang_tot[k.split(":")[1]] += v
    lang_line = (f"fr {lang_tot['fr']} (positive {stats['lang:fr:pos']}, negative {stats['lang:fr:neg']}); "
                 f"en {lang_tot['en']} (positive {stats['lang:en:pos']}, negative {stats['lang:en:neg']})")
    type_lines = "\n".join(f"- `{t}`: {stats['type:' + t]}" for t in sorted(gen_check.ALL_TYPES))
    tr_lines = "Number of messages using each feature:\n\n" + "\n".join(f"- {k}: {v}" for k, v in sorted(tr.items()))
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(README_TMPL.format(n_pos=N_POS, n_neg=N_NEG, n_files=N_POS + N_NEG, seed=SEED, langs=lang_line,
                                    types=type_lines, transports=tr_lines, digest=dig))

    print(f"files: {N_POS + N_NEG} (positive {N_POS}, negative {N_NEG})")
    print("languages:", lang_line)
    print("types:", ", ".join(f"{t}={stats['type:' + t]}" for t in sorted(gen_check.ALL_TYPES)))
    print("self-check:", "OK" if not errors else f"{len(errors)} error(s)")
    print("sha256:", dig)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
