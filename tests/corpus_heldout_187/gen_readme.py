"""README writer."""

FLAVOUR = "Adult emergency department and trauma team: triage, consults, transfers"

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

TYPE_ORDER = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
              "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]


def write_readme(path, seed, labels, features, digest):
    langs = {}
    types = {t: 0 for t in TYPE_ORDER}
    for rel, lab in labels.items():
        langs[lab["lang"]] = langs.get(lab["lang"], 0) + 1
        if lab["confidential"]:
            for t in lab["types"]:
                types[t] += 1
    L = ["# Synthetic outbound mail corpus — %s" % FLAVOUR, "",
         "Outbound e-mail of an invented Quebec health organisation (CISSS du Val-Brûlé with its Hôpital "
         "Saint-Aurèle, and the English-speaking Riverbend General Hospital), seen from the adult emergency "
         "department and the trauma team: triage notes, trauma activations, consultation requests and replies, "
         "inter-facility transfers and repatriations, ambulance bookings, sign-out lists, critical-value callbacks, "
         "incidental findings, discharge summaries, prescriptions, insurer and travel-assistance forms, social work "
         "and youth-protection reports — and, as hard negatives, the department's schedules, payroll, HR, "
         "newsletters, committee notices, course and conference programmes, statistics, de-identified teaching "
         "cases, blank forms, invoices, purchase orders, recalls, drug shortages, IT and facilities mail. "
         "Every person, institution, address and number is invented; French-Canadian and English.", "",
         "Seed: %d." % seed, "",
         "## Layout", "",
         "- `positive/pNNN_<category>.eml` — 120 confidential messages.",
         "- `negative/nNNN_<category>.eml` — 180 non-confidential (hard negative) messages.",
         "- `labels.json` — per file: `confidential`, `types`, `lang`, `note`.",
         "- `generate.py` with its modules `gen_*.py` — writes and verifies everything above.", "",
         "## Languages", "", "| lang | files |", "|---|---|"]
    for k in sorted(langs):
        L.append("| %s | %d |" % (k, langs[k]))
    L += ["", "## Finding types (positives)", "", "| type | positives |", "|---|---|"]
    for t in TYPE_ORDER:
        L.append("| %s | %d |" % (t, types[t]))
    L += ["", "## Definition used", "", DEFINITION, "",
          "## Transports (files showing each feature)", "", "| feature | files |", "|---|---|"]
    for f in sorted(features):
        L.append("| %s | %d |" % (f, len(features[f])))
    L += ["", "## Regenerate", "", "```", "python generate.py            # writes next to itself",
          "python generate.py --out DIR  # writes elsewhere", "```", "",
          "Needs python-stdnum, reportlab, python-docx and openpyxl; reads only its own modules and "
          "`../blind_nams.txt`. Output is byte-identical on every run; the script re-parses and checks all "
          "files and exits non-zero on any failure.", "",
          "## Digest", "",
          "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
          "`%s`" % digest, ""]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))
