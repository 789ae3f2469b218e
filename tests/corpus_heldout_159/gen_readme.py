"""README writer."""
import os

import gen_verify

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

FEATURE_ORDER = ["text/plain only", "text/html only", "multipart/alternative", "multipart/mixed", "PDF attachment",
                 "DOCX attachment", "XLSX attachment", "CSV attachment", "ICS attachment", "vCard attachment", "ZIP attachment",
                 "attached message/rfc822", "charset us-ascii", "charset utf-8", "charset iso-8859-1", "charset windows-1252",
                 "CTE 7bit", "CTE 8bit", "CTE quoted-printable", "CTE base64", "CRLF line ends", "LF line ends",
                 "RFC 2047 Subject", "RFC 2047 display name", "RFC 2231 file name", "RFC 2047 parameter (name=)",
                 "reply (In-Reply-To)", "full-width digits"]


def write(out, labels, feats, digest, seed):
    langs = {}
    types = {t: 0 for t in gen_verify.TYPES}
    for v in labels.values():
        langs[v["lang"]] = langs.get(v["lang"], 0) + 1
        for t in v["types"]:
            types[t] += 1
    lines = ["# Held-out corpus 159 — Quebec child development centre and paediatric outpatient clinic", "",
             "Synthetic outbound e-mail of an invented organisation, the *Centre de développement de l'enfant et Clinique "
             "pédiatrique Les Marelles* (lesmarelles.example): developmental paediatricians, speech-language pathologists, "
             "occupational therapists, a psychologist, nurses, a social worker and the administrative staff. Positives are "
             "developmental delay and autism assessments, therapy referrals, school and daycare letters, replies to parents, "
             "growth, laboratory and vaccination follow-ups, prescriptions, benefit and insurer forms, youth-protection and "
             "CLSC correspondence, ward sign-out lists and records transfers (Ontario, Belgium, France). Negatives are the "
             "ordinary administrative mail of the clinic: schedules, leave, payroll, HR, newsletters, committees, conferences, "
             "invoices, purchase orders, inventories, IT and facilities notices, aggregate statistics, teaching cases, blank "
             "forms and templates. French-Canadian and English. Every person, institution, address and number is invented.", "",
             "Seed: %d." % seed, "",
             "## Layout", "",
             "- `positive/pNNN_<category>.eml` — 120 confidential messages",
             "- `negative/nNNN_<category>.eml` — 180 non-confidential (hard negative) messages",
             "- `labels.json` — per file: `confidential`, `types`, `lang`, `note`",
             "- `generate.py` and `gen_*.py` — the generator; `README.md` — this file", "",
             "## Languages", "", "| lang | files |", "| --- | --- |"]
    for k in sorted(langs):
        lines.append("| %s | %d |" % (k, langs[k]))
    lines += ["", "## Finding types (positives)", "", "| type | positives |", "| --- | --- |"]
    for t in gen_verify.TYPES:
        lines.append("| %s | %d |" % (t, types[t]))
    lines += ["", "## Definition used", "", DEFINITION, "", "## Transports (files showing each feature)", "", "| feature | files |", "| --- | --- |"]
    for f in FEATURE_ORDER:
        lines.append("| %s | %d |" % (f, feats.get(f, 0)))
    lines += ["", "## Regenerate", "", "```", "python generate.py            # writes next to itself", "python generate.py --out DIR  # writes elsewhere", "```", "",
              "Needs only the standard library, python-stdnum, reportlab, python-docx and openpyxl; reads `../blind_nams.txt`. "
              "The output is byte-identical on every run; the script re-parses and checks everything and exits non-zero on any failure.", "",
              "## Digest", "", "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):", "",
              "`%s`" % digest, ""]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
