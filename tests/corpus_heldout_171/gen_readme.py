"""Digest and README writer."""
import collections
import hashlib
import os

FEATURES = ["text/plain only", "text/html only", "multipart/alternative", "multipart/mixed",
            "PDF attachment", "DOCX attachment", "XLSX attachment", "CSV attachment", "ICS attachment",
            "vCard attachment", "ZIP attachment", "attached message (message/rfc822)",
            "charset utf-8", "charset us-ascii", "charset iso-8859-1", "charset windows-1252",
            "CTE 7bit", "CTE 8bit", "CTE quoted-printable", "CTE base64",
            "CRLF line ends", "LF line ends", "RFC 2047 encoded Subject", "RFC 2047 encoded name",
            "RFC 2231 file name"]
TYPE_ORDER = ["patient_name", "date_of_birth", "ramq_nam", "ca_sin", "ca_health_number", "be_niss", "fr_nir", "mrn",
              "diagnosis", "medication", "lab_result", "patient_contact", "social_information"]

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
        for fn in os.listdir(os.path.join(out_dir, sub)):
            if fn.endswith(".eml"):
                rels.append("%s/%s" % (sub, fn))
    rels.append("labels.json")
    for rel in sorted(rels):
        with open(os.path.join(out_dir, *rel.split("/")), "rb") as fh:
            data = fh.read()
        h.update(rel.encode("utf-8") + b"\0" + data + b"\0")
    return h.hexdigest()


def write_readme(out_dir, labels, feats_by, seed, dig):
    langs = collections.Counter(v["lang"] for v in labels.values())
    plang = collections.Counter(v["lang"] for k, v in labels.items() if v["confidential"])
    nlang = collections.Counter(v["lang"] for k, v in labels.items() if not v["confidential"])
    types = collections.Counter(t for v in labels.values() for t in v["types"])
    fcount = collections.Counter(f for fs in feats_by.values() for f in fs)
    L = ["# Held-out DLP corpus — orthopaedics department (fracture clinic, cast room, OR booking, rehab referrals, CNESST)", "",
         "Synthetic outbound e-mail from the orthopaedics department of an invented Quebec hospital (Hôpital Saint-Aubin, "
         "CIUSSS de la Vallée-Verte): fracture clinic follow-ups, cast room bookings, operating-room booking requests, "
         "physiotherapy and occupational-therapy referrals, CNESST workplace-injury reports, insurer and out-of-province "
         "paperwork, sign-out lists, prescriptions and discharge summaries on the confidential side; schedules, payroll, "
         "staff occupational-health HR mail, newsletters, committee notices, conference programmes, invoices, purchase "
         "orders, inventories, IT and facilities notices, aggregate statistics, teaching cases and blank forms on the "
         "other. Every person, institution, address and number is invented; domains end in `.example` and phone numbers "
         "use 555-01xx.", "",
         "Seed: %d." % seed, "",
         "## Layout", "",
         "- `positive/pNNN_<category>.eml` — 120 confidential messages",
         "- `negative/nNNN_<category>.eml` — 180 non-confidential (hard negative) messages",
         "- `labels.json` — per file: `confidential`, `types`, `lang`, `note`",
         "- `generate.py` with `gen_*.py` modules — the generator and its checker", "",
         "## Languages", "", "| lang | files |", "| --- | --- |"]
    for lg in ("fr", "en"):
        L.append("| %s | %d |" % (lg, langs[lg]))
    L += ["", "Positives: %s. Negatives: %s." % (", ".join("%s %d" % (lg, plang[lg]) for lg in ("fr", "en")),
                                              ", ".join("%s %d" % (lg, nlang[lg]) for lg in ("fr", "en")))]
    L += ["", "## Finding types (positives)", "", "| type | positives |", "| --- | --- |"]
    for t in TYPE_ORDER:
        L.append("| %s | %d |" % (t, types[t]))
    L += ["", "## Definition used", "", DEFINITION, "", "## Transports (files showing each feature)", "",
          "| feature | files |", "| --- | --- |"]
    for f in FEATURES:
        L.append("| %s | %d |" % (f, fcount[f]))
    L += ["", "## Regenerate", "", "```", "python generate.py            # writes next to generate.py",
          "python generate.py --out DIR  # writes elsewhere", "```", "",
          "Needs only the standard library, python-stdnum, reportlab, python-docx and openpyxl, and reads "
          "`../blind_nams.txt`. Output is byte-identical on every run; the generator re-parses and checks "
          "everything it wrote and exits non-zero on any failure.", "",
          "## Digest", "", "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
          "`%s`" % dig, ""]
    with open(os.path.join(out_dir, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))
