#!/usr/bin/env python3
"""Generate the labelled outbound-mail corpus (pre-hospital care and interfacility transfers).

Usage: python generate.py [--out DIR]     (default: the folder holding this script)
"""
import argparse
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import gen_check  # noqa: E402
import gen_mime  # noqa: E402
import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NB  # noqa: E402
import gen_neg_c as NC  # noqa: E402
import gen_pos_a as PA  # noqa: E402
import gen_pos_b as PB  # noqa: E402
import gen_pos_c as PC  # noqa: E402
from gen_common import FINDING_TYPES, SEED, Ctx, World, org_domain  # noqa: E402

POSITIVE = [PA.transfer_request, PA.transfer_accept, PA.run_report, PA.dispatch_log, PA.census, PA.booking,
            PA.air_transfer, PB.quick_note, PB.insurance_form, PB.out_of_province, PB.tourist, PB.social_transport,
            PB.pharmacy_rx, PB.forwarded, PC.zip_bundle, PC.vcard_contact, PC.incident_review, PC.mrn_only,
            PC.subject_only, PC.discharge_summary]
NEGATIVE = [NA.schedule, NA.payroll, NA.hr_leave, NA.occ_health, NA.newsletter, NA.committee, NA.conference,
            NA.job_posting, NA.invoice, NA.purchase_order, NB.inventory, NB.it_notice, NB.facilities, NB.stats,
            NB.teaching_case, NB.blank_form, NB.mail_merge, NB.drug_shortage, NB.recall, NB.oncall,
            NC.protocol_update, NC.research, NC.fleet, NC.training, NC.staff_vcard, NC.social_event,
            NC.staff_vaccination, NC.fwd_vendor, NC.zip_policies, NC.minutes]
assert len(POSITIVE) * 6 == 120 and len(NEGATIVE) * 6 == 180

MAILERS = [None, None, "Microsoft Outlook 16.0", "Mozilla Thunderbird 115.6", "Zimbra 9.0 (ZimbraWebClient)",
           "Apple Mail (2.3774)", "iPhone Mail (21D61)"]

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


def tz_for(d):
    # Eastern time: EST until 2025-03-09, EDT after
    off = -4 if d >= datetime.datetime(2025, 3, 9, 7) else -5
    return datetime.timezone(datetime.timedelta(hours=off))


def choose_transport(rng, has_html):
    if has_html:
        body = rng.choice(["alt", "alt", "html"])
    else:
        body = rng.choice(["plain"] * 5 + ["alt"] * 3 + ["html"] * 2)
    return dict(body=body,
                charset=rng.choice(["utf-8"] * 4 + ["iso-8859-1"] * 2 + ["windows-1252"] * 2 + ["us-ascii"]),
                cte=rng.choice(["8bit"] * 3 + ["quoted-printable"] * 3 + ["base64"] * 2 + ["7bit"]),
                cte_html=rng.choice(["quoted-printable", "base64", "8bit"]),
                att_cte=rng.choice(["base64", "quoted-printable", "7bit"]),
                crlf=rng.random() < 0.35,
                hcharset=rng.choice(["utf-8", "utf-8", "iso-8859-1"]),
                subj_qp=rng.random() < 0.5,
                mailer=rng.choice(MAILERS),
                bstyle=rng.randrange(3),
                bseed="%06d" % rng.randrange(10 ** 6))


def build_all(out):
    world = World(SEED)
    prng = random.Random(SEED * 7 + 1)      # plan, dates, transports
    pos_jobs = [(f, lang) for f in POSITIVE for lang in ("fr", "en") for _ in range(3)]
    neg_jobs = [(f, lang) for f in NEGATIVE for lang in ("fr", "en") for _ in range(3)]
    prng.shuffle(pos_jobs)
    prng.shuffle(neg_jobs)
    start = datetime.datetime(2025, 1, 6, 0, 0)
    labels, registry, written = {}, {}, {}
    for sub in ("positive", "negative"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for fn in os.listdir(os.path.join(out, sub)):
            if fn.endswith(".eml"):
                os.remove(os.path.join(out, sub, fn))
    for kind, jobs in (("positive", pos_jobs), ("negative", neg_jobs)):
        for i, (fn, lang) in enumerate(jobs, 1):
            naive = start + datetime.timedelta(days=prng.randrange(0, 102), hours=prng.choice(
                [7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 19, 22, 2]), minutes=prng.randrange(60), seconds=prng.randrange(60))
            when = naive.replace(tzinfo=tz_for(naive))
            c = Ctx(world, lang)
            c.when = when
            m = fn(c)
            if kind == "negative" and c.types:
                raise SystemExit("negative template %s produced patient data %s" % (fn.__name__, c.types))
            if kind == "positive" and not c.types:
                raise SystemExit("positive template %s produced no finding" % fn.__name__)
            dom = m["frm"][1].split("@")[1]
            m["date"] = when
            m["msgid"] = "<%012x.%s%03d@%s>" % (prng.getrandbits(48), kind[0], i, dom)
            if m.get("reply"):
                m["in_reply_to"] = "<%012x@%s>" % (prng.getrandbits(48), m["to"][0][1].split("@")[1])
            if prng.random() < 0.4:
                m["lang_hdr"] = "fr-CA" if lang == "fr" else "en-CA"
            tr = choose_transport(prng, m.get("html") is not None)
            if gen_mime.is_ascii(m["text"] + (m.get("html") or "")) and prng.random() < 0.6:
                tr["charset"] = "us-ascii"
            raw = gen_mime.build(m, tr)
            rel = "%s/%s%03d_%s.eml" % (kind, kind[0], i, m["cat"])
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(raw)
            types = sorted(c.types, key=FINDING_TYPES.index)
            labels[rel] = {"confidential": kind == "positive", "types": types, "lang": lang, "note": m["note"]}
            registry[rel] = {"types": types, "ids": list(c.ids), "people": list(c.people)}
            written[rel] = fn.__name__
    labels = {k: labels[k] for k in sorted(labels)}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return labels, registry


def table(rows, head):
    out = ["| %s | %s |" % head, "|---|---:|"]
    out += ["| %s | %d |" % r for r in rows]
    return "\n".join(out)


def write_readme(out, labels, features, dig):
    langs = {}
    for k, v in labels.items():
        langs.setdefault(v["lang"], [0, 0])[0 if v["confidential"] else 1] += 1
    tcount = {t: 0 for t in FINDING_TYPES}
    for v in labels.values():
        for t in v["types"]:
            tcount[t] += 1
    fcount = {}
    for feats in features.values():
        for f in feats:
            fcount[f] = fcount.get(f, 0) + 1
    order = ["text/plain only", "text/html only", "multipart/alternative", "multipart/mixed",
             "attachment pdf", "attachment docx", "attachment xlsx", "attachment csv", "attachment ics",
             "attachment vcard", "attachment zip", "attached message/rfc822", "attachment txt",
             "charset utf-8", "charset us-ascii", "charset iso-8859-1", "charset windows-1252",
             "CTE 7bit", "CTE 8bit", "CTE quoted-printable", "CTE base64", "CRLF line ends", "LF line ends",
             "RFC 2047 Subject", "RFC 2047 display name", "RFC 2231 file name"]
    feat_rows = [(f, fcount.get(f, 0)) for f in order] + [(f, n) for f, n in sorted(fcount.items()) if f not in order]
    text = """# Held-out corpus 209 — pre-hospital care and interfacility transfers

Synthetic outbound mail of an invented Quebec health network (Réseau de santé Deux-Rives / Deux-Rives Health
Network) and its pre-hospital partners: the medical dispatch centre, two ambulance operators, an air-ambulance
service, a non-urgent medical transport company and the network's interfacility Transfer Centre (CCT), plus an
Ontario border hospital. Positives are transfer requests and acceptances, paramedic run reports, dispatch (CAD)
exports, transfer-centre boards, transport bookings, air-evacuation forms, insurer claims, repatriations,
discharge summaries, precaution alerts and terse notes between colleagues; negatives are crew schedules, payroll,
HR and staff occupational-health mail, newsletters, committee notices, symposium programmes, job postings,
invoices and purchase orders with checksum-valid serial numbers, inventories, fleet (VIN) and IT notices,
aggregate statistics, de-identified teaching cases, blank forms and mail-merge templates. All people,
institutions, addresses and numbers are invented; domains end in `.example`, phones use 555-01xx.

Seed: %d.

## Layout

- `positive/pNNN_<category>.eml` — 120 confidential messages
- `negative/nNNN_<category>.eml` — 180 non-confidential messages
- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`
- `generate.py` and `gen_*.py` — the generator (standard library, python-stdnum, reportlab, python-docx, openpyxl)
- RAMQ NAMs are read from `../blind_nams.txt`

## Languages

| lang | files |
|---|---:|
%s

## Finding types (positives)

%s

## Definition used

%s

## Transports (files showing each feature)

%s

## Regenerate

```
python generate.py            # writes next to generate.py
python generate.py --out DIR  # writes elsewhere
```

The generator re-parses every file with `email.policy.default`, decodes every part (PDF, DOCX, XLSX, ZIP,
nested .eml), checks labels, NAM placement, identifier checksums and that no NAM holder's name appears in a
negative, exits non-zero on failure, and prints the digest below.

## Digest

sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):

`%s`
""" % (SEED,
       "\n".join("| %s | %d (%d positive, %d negative) |" % (l, sum(langs[l]), langs[l][0], langs[l][1])
                 for l in sorted(langs)),
       table([(t, tcount[t]) for t in FINDING_TYPES], ("type", "positives")),
       DEFINITION,
       table(feat_rows, ("feature", "files")),
       dig)
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = args.out
    os.makedirs(out, exist_ok=True)
    labels, registry = build_all(out)
    labels = gen_check.load_labels(out)
    errs, features = gen_check.check(out, labels, registry)
    if errs:
        for e in errs[:200]:
            print("FAIL", e)
        print("%d failure(s)" % len(errs))
        sys.exit(1)
    dig = gen_check.digest(out)
    write_readme(out, labels, features, dig)
    n_pos = sum(1 for v in labels.values() if v["confidential"])
    print("positives %d, negatives %d" % (n_pos, len(labels) - n_pos))
    print("digest %s" % dig)


if __name__ == "__main__":
    main()
