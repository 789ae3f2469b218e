"""README writer and corpus digest."""
import hashlib
import os

from gen_kit import TYPES

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


def digest(out):
    h = hashlib.sha256()
    rels = sorted(["positive/" + f for f in os.listdir(os.path.join(out, "positive")) if f.endswith(".eml")] +
                  ["negative/" + f for f in os.listdir(os.path.join(out, "negative")) if f.endswith(".eml")] +
                  ["labels.json"])
    for rel in rels:
        h.update(rel.encode("utf-8"))
        h.update(b"\0")
        with open(os.path.join(out, rel), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()


def write_readme(out, labels, feats_by_file, seed, dig):
    langs = {}
    for v in labels.values():
        langs[v["lang"]] = langs.get(v["lang"], 0) + 1
    tcount = {t: 0 for t in TYPES}
    for v in labels.values():
        for t in v["types"]:
            tcount[t] += 1
    fcount = {}
    for feats in feats_by_file.values():
        for f in feats:
            fcount[f] = fcount.get(f, 0) + 1
    npos = sum(1 for k in labels if k.startswith("positive/"))
    nneg = len(labels) - npos
    L = ["# Held-out corpus 180 — ENT (otolaryngology) service and audiology clinic", "",
         "Synthetic outbound e-mail from the otolaryngology service and audiology clinic of an invented Quebec "
         "regional health organisation (CISSS des Deux-Rives): referrals from family physicians (some from "
         "across the Ontario border), audiograms and vestibular reports, hearing-aid funding and claim forms, "
         "cochlear-implant mapping follow-up, tonsillectomy and sinus-surgery wait lists, voice-clinic "
         "assessments, head and neck cancer follow-up and tumour-board lists, sign-out lists, prescriptions, "
         "transport and OR bookings, and threads with patients and relatives — next to the service's ordinary "
         "staff mail (call schedules, newsletters, grand rounds, invoices and purchase orders with serial and lot "
         "numbers, inventories, recalls, drug shortages, IT and facilities notices, aggregate statistics, blank "
         "forms, mail-merge templates, HR, payroll and occupational-health notes). French-Canadian and English. "
         "Every person, number and address is invented; domains end in .example, phones use 555-01xx; RAMQ "
         "NAMs come only from ../blind_nams.txt with their holders' names, birth dates and sex.", "",
         "Seed: %d." % seed, "", "## Layout", "",
         "- `positive/pNNN_<category>.eml` — %d confidential messages" % npos,
         "- `negative/nNNN_<category>.eml` — %d non-confidential (hard negative) messages" % nneg,
         "- `labels.json` — per file: confidential, types, lang, note",
         "- `generate.py` + `gen_*.py` — the generator (writes everything, then re-parses and checks it)", "",
         "## Languages", "", "| lang | files |", "|---|---|"]
    for k in sorted(langs):
        L.append("| %s | %d |" % (k, langs[k]))
    L += ["", "## Finding types (positives)", "", "| type | positives |", "|---|---|"]
    for t in TYPES:
        L.append("| %s | %d |" % (t, tcount[t]))
    L += ["", "## Definition used", "", DEFINITION, "", "## Transports (files showing each feature)", "",
          "| feature | files |", "|---|---|"]
    for f in sorted(fcount):
        L.append("| %s | %d |" % (f, fcount[f]))
    L += ["", "## Regenerate", "", "```", "python generate.py            # writes next to itself",
          "python generate.py --out DIR  # writes elsewhere", "```", "",
          "Needs python-stdnum, reportlab, python-docx and openpyxl; reads only its own modules and "
          "`../blind_nams.txt`. Output is byte-identical on every run. The run ends by re-parsing every file "
          "and exits non-zero on any failed check.", "", "## Digest", "",
          "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
          "`%s`" % dig, ""]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))
