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

FEATURE_ORDER = [
    "text/plain body only", "text/html body only", "multipart/alternative", "multipart/mixed",
    "message/rfc822 (attached .eml)", "PDF attachment", "DOCX attachment", "XLSX attachment", "CSV attachment",
    "ICS attachment", "vCard attachment", "ZIP attachment", "text attachment",
    "charset utf-8", "charset us-ascii", "charset iso-8859-1", "charset windows-1252",
    "Content-Transfer-Encoding: 7bit", "Content-Transfer-Encoding: 8bit",
    "Content-Transfer-Encoding: quoted-printable", "Content-Transfer-Encoding: base64",
    "CRLF line ends", "LF line ends", "RFC 2047 encoded Subject", "RFC 2047 encoded display name",
    "RFC 2231 file name", "HTML entities", "full-width digits",
]


def write(out_dir, seed, labels, features, digest):
    langs = {}
    types = {}
    for k, v in labels.items():
        langs[v["lang"]] = langs.get(v["lang"], 0) + 1
        for t in v["types"]:
            types[t] = types.get(t, 0) + 1
    npos = sum(1 for v in labels.values() if v["confidential"])
    nneg = len(labels) - npos
    # single-part messages are counted by the top-level type
    feats = dict(features)
    L = []
    L.append("# Held-out corpus — clinical research office (trials coordination, research ethics board, biobank)")
    L.append("")
    L.append("Synthetic outbound e-mail of the clinical research office of an invented Quebec health centre "
             "(Centre intégré de santé Rivière-aux-Pins, Hôpital Saint-Aubin): trial coordinators, research "
             "nurses, investigators, the research pharmacy, the research ethics board (CÉR / REB) office and the "
             "biobank, writing to each other, to sponsors and CROs, to a central lab and courier, to partner "
             "sites in Ontario, Belgium and France, to community pharmacies and insurers. Positives carry "
             "identifiable participants with clinical or social details (pre-screening lists, randomisation "
             "notices, SAE reports, sample manifests, bookings, payments, consent withdrawals, forwarded and "
             "quoted threads, attachments); negatives are the office's ordinary mail (REB notices and minutes, "
             "protocol amendments, coded or aggregate data, staff HR and schedules, newsletters, conference "
             "programmes, job postings, invoices, purchase orders, freezer inventories, IT and facilities mail, "
             "blank forms and templates). %d positives, %d negatives. Every person, number and organisation is "
             "invented." % (npos, nneg))
    L.append("")
    L.append("Seed: %d." % seed)
    L.append("")
    L.append("## Layout")
    L.append("")
    L.append("- `positive/pNNN_<category>.eml` — %d confidential messages" % npos)
    L.append("- `negative/nNNN_<category>.eml` — %d non-confidential messages (hard negatives)" % nneg)
    L.append("- `labels.json` — per file: `confidential`, `types`, `lang`, `note`")
    mods = ["gen_common.py", "gen_clin.py", "gen_mime.py", "gen_docs.py", "gen_build.py", "gen_pos_fr1.py",
            "gen_pos_fr2.py", "gen_pos_fr3.py", "gen_pos_en1.py", "gen_pos_en2.py", "gen_pos_en3.py", "gen_neg_a.py",
            "gen_neg_b.py", "gen_neg_c.py", "gen_verify.py", "gen_readme.py"]
    L.append("- `generate.py` and its modules " + ", ".join("`%s`" % m for m in mods))
    L.append("- RAMQ NAMs are read from `../blind_nams.txt`")
    L.append("")
    L.append("## Languages")
    L.append("")
    L.append("| lang | files |")
    L.append("|---|---|")
    for lg in sorted(langs):
        L.append("| %s | %d |" % (lg, langs[lg]))
    L.append("")
    L.append("## Finding types (positives)")
    L.append("")
    L.append("| type | positives |")
    L.append("|---|---|")
    for t in gen_verify.TYPES:
        L.append("| %s | %d |" % (t, types.get(t, 0)))
    L.append("")
    L.append("## Definition used")
    L.append("")
    L.append(DEFINITION)
    L.append("")
    L.append("## Transports (files showing each feature)")
    L.append("")
    L.append("| feature | files |")
    L.append("|---|---|")
    for ft in FEATURE_ORDER + sorted(k for k in feats if k not in FEATURE_ORDER):
        if ft in feats:
            L.append("| %s | %d |" % (ft, len(set(feats[ft]))))
    L.append("")
    L.append("## Regenerate")
    L.append("")
    L.append("```")
    L.append("python generate.py            # writes next to generate.py")
    L.append("python generate.py --out DIR  # writes elsewhere")
    L.append("```")
    L.append("")
    L.append("Requires python-stdnum, reportlab, python-docx and openpyxl. Output is byte-identical on every run; "
             "the generator re-parses every file, decodes every part and checks labels, NAM placement and "
             "identifier checksums, and exits non-zero on failure.")
    L.append("")
    L.append("## Digest")
    L.append("")
    L.append("sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, "
             "NUL):")
    L.append("")
    L.append("`%s`" % digest)
    L.append("")
    with open(os.path.join(out_dir, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))
