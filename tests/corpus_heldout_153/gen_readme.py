"""README writer for the generated corpus."""
import os

import gen_common as G
from gen_verify import FEATURES, TYPES

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


def write(out, labels, feats, digest):
    langs = {"fr": 0, "en": 0}
    types = {t: 0 for t in TYPES}
    for rel, lab in labels.items():
        langs[lab["lang"]] += 1
        for t in lab["types"]:
            types[t] += 1
    npos = sum(1 for k in labels if k.startswith("positive/"))
    nneg = len(labels) - npos
    L = []
    L.append("# Held-out corpus 153 — respiratory care at %s (%s)" % (G.HOSP_EN, G.HOSP_FR))
    L.append("")
    L.append("Synthetic outbound e-mail of an invented Quebec hospital's respiratory services: the pulmonary function "
             "laboratory, the home oxygen programme, the sleep apnea clinic and CPAP follow-up, the COPD and asthma "
             "education centre, and the administrative mail around them (HR, schedules, payroll, procurement, IT, "
             "facilities, committees, newsletters). Positives are referrals, test reports, oxygen and CPAP "
             "prescriptions, census and sign-out lists, forms to insurers and agencies, forwarded threads and quick "
             "notes that identify a patient; negatives are hard look-alikes that do not. Every person, institution, "
             "address and number is invented; domains end in `.example`, phones use 555-01xx, and RAMQ NAMs come "
             "only from `../blind_nams.txt`.")
    L.append("")
    L.append("Seed: %d." % G.SEED)
    L.append("")
    L.append("## Layout")
    L.append("")
    L.append("- `positive/pNNN_<category>.eml` — %d confidential messages" % npos)
    L.append("- `negative/nNNN_<category>.eml` — %d non-confidential messages (hard negatives)" % nneg)
    L.append("- `labels.json` — per file: `confidential`, `types`, `lang`, `note`")
    L.append("- `generate.py` and `gen_*.py` — the generator (common pools and identifiers, attachment builders, MIME "
             "renderer, positive and negative templates, self-check, this README)")
    L.append("")
    L.append("## Languages")
    L.append("")
    L.append("| lang | files |")
    L.append("|---|---|")
    for k in ("fr", "en"):
        L.append("| %s | %d |" % (k, langs[k]))
    L.append("")
    L.append("## Finding types (positives)")
    L.append("")
    L.append("| type | positives |")
    L.append("|---|---|")
    for t in TYPES:
        L.append("| %s | %d |" % (t, types[t]))
    L.append("")
    L.append("## Definition used")
    L.append("")
    L.append(DEFINITION)
    L.append("")
    L.append("## Transports (files showing each feature)")
    L.append("")
    L.append("| feature | files |")
    L.append("|---|---|")
    for f in FEATURES:
        L.append("| %s | %d |" % (f, feats.get(f, 0)))
    L.append("")
    L.append("## Regenerate")
    L.append("")
    L.append("```")
    L.append("python generate.py            # writes next to itself")
    L.append("python generate.py --out DIR  # or elsewhere")
    L.append("```")
    L.append("")
    L.append("Needs python-stdnum, reportlab, python-docx and openpyxl. The output is byte-identical on every run; the "
             "script re-parses and checks everything and exits non-zero on any failure.")
    L.append("")
    L.append("## Digest")
    L.append("")
    L.append("sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):")
    L.append("")
    L.append("`%s`" % digest)
    L.append("")
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))
