"""Generate the labelled outbound-mail corpus for an ambulance / interfacility transfer service.

Usage: python generate.py [--out DIR]     (default: the folder holding this file)
Reads only its own gen_*.py modules and ../blind_nams.txt (relative to this file).
"""
import argparse
import collections
import email.utils
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NB  # noqa: E402
import gen_pos_a as PA  # noqa: E402
import gen_pos_b as PB  # noqa: E402
import gen_pos_c as PC  # noqa: E402
from gen_base import Allocator  # noqa: E402
from gen_common import SEED, TYPES, Ctx, load_nams, msg_datetime, rng_for  # noqa: E402
from gen_mime import render  # noqa: E402
from gen_verify import verify  # noqa: E402

POS_PLAN = [
    (PA.t_transfer_request, 6), (PA.t_run_report, 6), (PA.t_bed_census, 4), (PA.t_dispatch_review, 4),
    (PA.t_transport_booking, 5), (PA.t_appointment_ics, 4), (PA.t_vcard, 3), (PA.t_daily_csv, 4),
    (PA.t_weekly_xlsx, 3), (PA.t_incident_docx, 4), (PB.t_zip_batch, 3), (PB.t_forward_eml, 5),
    (PB.t_reply_quoted, 6), (PB.t_subject_only, 4), (PB.t_filename_only, 4), (PB.t_ontario, 4),
    (PB.t_repatriation_nir, 4), (PB.t_belgian_niss, 4), (PB.t_workplace_sin, 4), (PB.t_youth_protection, 3),
    (PC.t_p38, 4), (PC.t_narcotic, 3), (PC.t_frequent_caller, 4), (PC.t_complaint, 3), (PC.t_neonatal, 3),
    (PC.t_palliative_home, 3), (PC.t_signout, 4), (PC.t_feedback, 4), (PC.t_billing, 4), (PC.t_exposure, 4),
]
NEG_PLAN = [
    (NA.n_schedule, 6), (NA.n_leave, 5), (NA.n_payroll, 5), (NA.n_occ_health, 6), (NA.n_job, 5),
    (NA.n_candidate, 5), (NA.n_training, 5), (NA.n_conference, 5), (NA.n_newsletter, 5), (NA.n_committee, 5),
    (NA.n_baby, 4), (NA.n_benefits, 5), (NA.n_staff_vaccination, 4), (NA.n_social, 4),
    (NB.n_stats, 7), (NB.n_teaching, 6), (NB.n_blank_form, 6), (NB.n_mailmerge, 4), (NB.n_invoice, 6),
    (NB.n_po, 5), (NB.n_inventory, 5), (NB.n_it, 5), (NB.n_facilities, 4), (NB.n_shortage, 5), (NB.n_recall, 5),
    (NB.n_research, 5), (NB.n_fleet, 5), (NB.n_protocol, 4), (NB.n_bed_capacity, 6), (NB.n_dispatch_qa, 5),
    (NB.n_press, 4), (NB.n_ack, 6), (NB.n_equipment, 5), (NB.n_minutes, 5), (NB.n_radio, 4), (NB.n_cpr, 4),
]

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

FEATURE_ORDER = ["text/plain only", "text/html only", "multipart/alternative", "multipart/mixed", "PDF", "DOCX", "XLSX",
                 "CSV", "ICS", "vCard", "ZIP", "attached .eml (message/rfc822)", "charset utf-8", "charset us-ascii",
                 "charset iso-8859-1", "charset windows-1252", "CTE 7bit", "CTE 8bit", "CTE quoted-printable", "CTE base64",
                 "CRLF line ends", "LF line ends", "RFC 2047 Subject", "RFC 2047 display name", "RFC 2231 file name"]


def expand(plan, kind):
    items = []
    for fn, n in plan:
        for k in range(n):
            items.append((fn, k))
    rng = rng_for("order", kind)
    rng.shuffle(items)
    out = []
    for i, (fn, k) in enumerate(items):
        off = sum(ord(c) for c in fn.__name__) % 2
        out.append((fn, "fr" if (k + off) % 2 == 0 else "en"))
    return out


def build(out_dir):
    holders = load_nams()
    alloc = Allocator(holders, rng_for("alloc"))
    for sub in ("positive", "negative"):
        d = os.path.join(out_dir, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    labels, records = {}, {}
    for kind, plan in (("pos", POS_PLAN), ("neg", NEG_PLAN)):
        positive = kind == "pos"
        for idx, (fn, lang) in enumerate(expand(plan, kind), 1):
            rng = rng_for(kind, idx)
            when = msg_datetime(rng)
            C = Ctx(rng, lang, when, positive)
            m, cat, note = fn(C, alloc) if positive else fn(C)
            m.date = email.utils.format_datetime(when)
            dom = m.from_[1].split("@")[1]
            m.msgid = "<%s.%s.%06x@%s>" % (when.strftime("%Y%m%d%H%M%S"), kind, rng.getrandbits(24), dom)
            linesep = rng.choice(["\r\n", "\n"])
            raw = render(m, rng, linesep)
            rel = "%s/%s%03d_%s.eml" % ("positive" if positive else "negative", "p" if positive else "n", idx, cat)
            with open(os.path.join(out_dir, rel), "wb") as fh:
                fh.write(raw)
            types = sorted(C.types, key=TYPES.index)
            if positive and not types:
                raise SystemExit("positive without types: " + rel)
            labels[rel] = {"confidential": positive, "types": types, "lang": lang, "note": note}
            records[rel] = {"needles": C.needles, "ids": C.ids, "types": types}
    with open(os.path.join(out_dir, "labels.json"), "wb") as fh:
        fh.write(json.dumps(dict(sorted(labels.items())), ensure_ascii=False, indent=1, sort_keys=False).encode("utf-8") + b"\n")
    return labels, records, holders, alloc


def digest(out_dir):
    h = hashlib.sha256()
    rels = []
    for sub in ("positive", "negative"):
        rels += ["%s/%s" % (sub, f) for f in os.listdir(os.path.join(out_dir, sub)) if f.endswith(".eml")]
    rels.append("labels.json")
    for rel in sorted(rels):
        with open(os.path.join(out_dir, rel), "rb") as fh:
            data = fh.read()
        h.update(rel.encode("utf-8") + b"\0" + data + b"\0")
    return h.hexdigest()


def readme(out_dir, labels, feats, dig):
    langs = collections.Counter(v["lang"] for v in labels.values())
    types = collections.Counter(t for v in labels.values() for t in v["types"])
    fcount = collections.Counter(f for fs in feats.values() for f in fs)
    lines = ["# Synthetic outbound mail — ambulance services and interfacility transfers", "",
             "Outbound e-mail of an invented regional prehospital organisation (Services préhospitaliers Boréal-Outaouais, "
             "with its health communication centre and the interfacility transfer optimisation centre it works with) and "
             "of the hospitals that exchange transfers with it. Positives are transfer requests, paramedic run reports, "
             "bed coordination lists, dispatch quality reviews of identified calls, transport bookings, insurer and "
             "repatriation claims, complaints, exposure notices and sign-outs; negatives are the service's ordinary "
             "administrative mail: schedules, HR, payroll, training, newsletters, committee notices, aggregate "
             "statistics, blank forms, templates, invoices, purchase orders, inventories, IT, facilities, fleet, "
             "recalls, shortages and research protocols. Every person, institution, address and number is invented; "
             "domains end in .example and phone numbers use 555-01xx.", "",
             "Seed: %d." % SEED, "", "## Layout", "",
             "- `positive/pNNN_<category>.eml` — 120 confidential messages",
             "- `negative/nNNN_<category>.eml` — 180 non-confidential messages (hard negatives)",
             "- `labels.json` — one entry per file: confidential, types, lang, note",
             "- `generate.py` and `gen_*.py` — the generator (standard library, python-stdnum, reportlab, python-docx, openpyxl)",
             "", "## Languages", "", "| lang | files |", "| --- | --- |"]
    for lg in ("fr", "en"):
        lines.append("| %s | %d |" % (lg, langs[lg]))
    lines += ["", "## Finding types (positives)", "", "| type | positives |", "| --- | --- |"]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, types[t]))
    lines += ["", "## Definition used", "", DEFINITION, "", "## Transports (files showing each feature)", "",
              "| feature | files |", "| --- | --- |"]
    for f in FEATURE_ORDER:
        lines.append("| %s | %d |" % (f, fcount[f]))
    lines += ["", "## Regenerate", "", "```", "python generate.py            # writes next to itself",
              "python generate.py --out DIR  # writes elsewhere", "```", "",
              "The run is byte-identical every time; it re-parses and decodes every file, checks labels, identifiers and "
              "NAM placement, and exits non-zero on any failure.", "", "## Digest", "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
              "`%s`" % dig, ""]
    with open(os.path.join(out_dir, "README.md"), "wb") as fh:
        fh.write("\n".join(lines).encode("utf-8"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out_dir = args.out
    os.makedirs(out_dir, exist_ok=True)
    labels, records, holders, alloc = build(out_dir)
    errors, feats = verify(out_dir, records, holders)
    if errors:
        for e in errors[:60]:
            print("ERROR:", e, file=sys.stderr)
        print("%d errors" % len(errors), file=sys.stderr)
        sys.exit(1)
    dig = digest(out_dir)
    readme(out_dir, labels, feats, dig)
    langs = collections.Counter(v["lang"] for v in labels.values())
    types = collections.Counter(t for v in labels.values() for t in v["types"])
    npos = sum(1 for v in labels.values() if v["confidential"])
    print("positives %d, negatives %d, fr %d, en %d, NAM holders used %d/%d" % (
        npos, len(labels) - npos, langs["fr"], langs["en"], len(alloc.used), len(holders)))
    for t in TYPES:
        print("  %-20s %d" % (t, types[t]))
    print("digest", dig)


if __name__ == "__main__":
    main()
