"""README writer."""

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

FEATURES = [
    ("body_plain_only", "text/plain body only"), ("body_html_only", "text/html body only"),
    ("multipart_alternative", "multipart/alternative"), ("multipart_mixed", "multipart/mixed"),
    ("pdf", "PDF attachment"), ("docx", "DOCX attachment"), ("xlsx", "XLSX attachment"), ("csv", "CSV attachment"),
    ("ics", "ICS (text/calendar) attachment"), ("vcard", "vCard attachment"), ("zip", "ZIP attachment"),
    ("eml", "attached message/rfc822"), ("charset_utf-8", "charset utf-8"), ("charset_us-ascii", "charset us-ascii"),
    ("charset_iso-8859-1", "charset iso-8859-1"), ("charset_windows-1252", "charset windows-1252"),
    ("cte_7bit", "Content-Transfer-Encoding 7bit"), ("cte_8bit", "Content-Transfer-Encoding 8bit"),
    ("cte_quoted-printable", "Content-Transfer-Encoding quoted-printable"), ("cte_base64", "Content-Transfer-Encoding base64"),
    ("eol_crlf", "CRLF line ends"), ("eol_lf", "LF line ends"), ("rfc2047_subject", "RFC 2047 encoded Subject"),
    ("rfc2047_name", "RFC 2047 encoded display name"), ("rfc2231_filename", "RFC 2231 file name"),
    ("fullwidth_digits", "full-width digits or letters"),
]


def write_readme(path, seed, labels, features, digest):
    langs = {}
    types = {}
    for k, v in labels.items():
        langs[v["lang"]] = langs.get(v["lang"], 0) + 1
        for t in v["types"]:
            types[t] = types.get(t, 0) + 1
    pos = sum(1 for v in labels.values() if v["confidential"])
    neg = len(labels) - pos
    L = ["# Synthetic outbound-mail DLP corpus — perinatal mental health and postpartum depression clinic (Quebec hospital network)", "",
         "Invented mail of the Clinique de santé mentale périnatale and its mother-baby psychiatric unit in the fictional "
         "CISSS de la Vallée-des-Brumes (Hôpital régional de Val-Brume, Hôpital Sainte-Aurélie), written in Quebec French and "
         "English: referrals from family-medicine groups, consultation notes, unit census and on-call sign-outs, bookings, "
         "transport requests, lab and imaging follow-ups, discharge summaries, prescriptions to community pharmacies, "
         "insurer, benefits and income-support forms, youth-protection and shelter correspondence, cross-border (Ontario), "
         "French and Belgian patients, forwarded and replied threads; and, as hard negatives, HR, schedules, payroll, "
         "occupational health, newsletters, committee notices, conference programmes, job postings, invoices, purchase orders, "
         "inventories with checksum-valid serial numbers, IT and facilities mail, aggregate statistics, de-identified teaching "
         "cases, blank forms and mail-merge templates. Every person, institution, address and number is invented; domains end "
         "in `.example`, phone numbers use 555-01xx, RAMQ NAMs come only from `../blind_nams.txt`.", "",
         f"Seed: {seed}.", "", "## Layout", "",
         f"- `positive/pNNN_<category>.eml` — {pos} confidential messages",
         f"- `negative/nNNN_<category>.eml` — {neg} non-confidential (hard negative) messages",
         "- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`",
         "- `generate.py` and its modules `gen_*.py` — the generator (writes everything, then re-parses and verifies)",
         "- `README.md` — this file", "",
         "## Languages", "", "| lang | files |", "|---|---|"]
    for k in sorted(langs):
        L.append(f"| {k} | {langs[k]} |")
    L += ["", "## Finding types (positives)", "", "| type | positives |", "|---|---|"]
    for k in sorted(types):
        L.append(f"| {k} | {types[k]} |")
    L += ["", "## Definition used", "", DEFINITION, "", "## Transports (files showing each feature)", "", "| feature | files |", "|---|---|"]
    for key, label in FEATURES:
        L.append(f"| {label} | {sum(1 for f in features.values() if key in f)} |")
    L += ["", "## Regenerate", "", "```", "python generate.py            # writes next to generate.py",
          "python generate.py --out DIR  # writes elsewhere (still reads ../blind_nams.txt beside generate.py)", "```", "",
          "Output is byte-identical on every run. Requires python-stdnum, reportlab, python-docx and openpyxl.", "",
          "## Digest", "",
          "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json`, in sorted relative-path order, each as path, NUL, bytes, NUL:", "",
          f"`{digest}`", ""]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))
