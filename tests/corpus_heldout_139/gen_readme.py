"""README writer."""
import hashlib
import os

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


def digest(out_dir):
    h = hashlib.sha256()
    rels = []
    for sub in ("positive", "negative"):
        for n in os.listdir(os.path.join(out_dir, sub)):
            if n.endswith(".eml"):
                rels.append(sub + "/" + n)
    rels.append("labels.json")
    for rel in sorted(rels):
        h.update(rel.encode("utf-8") + b"\0")
        with open(os.path.join(out_dir, rel), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()


def write_readme(out_dir, seed, feats, types, langs, dig):
    lines = ["# Synthetic outbound mail — wound care and vascular surgery clinic", "",
             "Invented outbound e-mail of the Complex Wound and Vascular Surgery Clinic (Clinique des plaies complexes "
             "et de chirurgie vasculaire) of a fictitious Quebec regional hospital, in French-Canadian and English. "
             "Positives are the clinic's confidential patient mail: referrals and consultation requests, Doppler / ABI "
             "(IPS) and TBI results, dressing orders and home-care nurse visit reports, on-call sign-out lists, "
             "amputation and discharge summaries, prescriptions to pharmacies, insurer and foreign health-fund forms, "
             "social-work and youth-protection referrals, bookings and paratransit requests, quoted replies and "
             "forwards. Negatives are the same clinic's administrative mail: schedules, leave, payroll, employee health, "
             "interviews, on-call rosters naming surgeons with the conditions they cover, conference programmes, "
             "newsletters, committee agendas, aggregate dashboards, de-identified teaching cases, blank forms and "
             "mail-merge templates, invoices and purchase orders with lot, GTIN and checksum-valid serial numbers, "
             "IT, facilities, recalls, shortages and research notices. Every person, number, address and domain is "
             "invented.", "", "Seed: %d." % seed, "",
             "## Layout", "",
             "- `positive/pNNN_<category>.eml` — 120 confidential messages",
             "- `negative/nNNN_<category>.eml` — 180 non-confidential messages (hard negatives)",
             "- `labels.json` — per file: `confidential`, `types`, `lang`, `note`",
             "- `generate.py` and `gen_*.py` — the generator; `README.md` — this file", "",
             "## Languages", "", "| lang | files |", "| --- | --- |"]
    for lg in sorted(langs):
        lines.append("| %s | %d |" % (lg, langs[lg]))
    lines += ["", "## Finding types (positives)", "", "| type | positives |", "| --- | --- |"]
    for t, n in types.items():
        lines.append("| %s | %d |" % (t, n))
    lines += ["", "## Definition used", "", DEFINITION, "",
              "## Transports (files showing each feature)", "", "| feature | files |", "| --- | --- |"]
    for f in sorted(feats):
        lines.append("| %s | %d |" % (f, feats[f]))
    lines += ["", "## Regenerate", "",
              "```", "python generate.py            # writes next to itself", "python generate.py --out DIR  # writes elsewhere",
              "```", "",
              "Needs Python 3 with python-stdnum, reportlab, python-docx and openpyxl; reads only its own modules and "
              "`../blind_nams.txt`. Output is byte-identical on every run; the generator re-parses and checks every "
              "file and exits non-zero on any failure.", "",
              "## Digest", "",
              "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
              "`%s`" % dig, ""]
    with open(os.path.join(out_dir, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
