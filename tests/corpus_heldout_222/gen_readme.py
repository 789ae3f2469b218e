"""Transport feature census and README writer."""
import email
import hashlib
import os
import re
from collections import Counter
from email import policy

FEATURES = [
    "text/plain only", "text/html only", "multipart/alternative", "multipart/mixed",
    "PDF attachment", "DOCX attachment", "XLSX attachment", "CSV attachment", "ICS attachment", "vCard attachment",
    "ZIP attachment", "attached message/rfc822",
    "charset utf-8", "charset us-ascii", "charset iso-8859-1", "charset windows-1252",
    "7bit", "8bit", "quoted-printable", "base64",
    "CRLF line ends", "LF line ends", "RFC 2047 Subject", "RFC 2047 display name", "RFC 2231 file name",
    "full-width digits", "reply (In-Reply-To)",
]


def features_of(raw, decoded_text):
    f = set()
    msg = email.message_from_bytes(raw, policy=policy.default)
    top = msg.get_content_type()
    if top == "text/plain":
        f.add("text/plain only")
    elif top == "text/html":
        f.add("text/html only")

    def walk(part):
        ct = part.get_content_type()
        yield part
        if ct == "message/rfc822":
            return
        if part.is_multipart():
            for sp in part.iter_parts():
                yield from walk(sp)

    for part in walk(msg):
        ct = part.get_content_type()
        fn = (part.get_filename() or "").lower()
        if ct == "multipart/alternative":
            f.add("multipart/alternative")
        if ct == "multipart/mixed":
            f.add("multipart/mixed")
        if ct == "application/pdf":
            f.add("PDF attachment")
        if "wordprocessingml" in ct:
            f.add("DOCX attachment")
        if "spreadsheetml" in ct:
            f.add("XLSX attachment")
        if ct == "text/csv":
            f.add("CSV attachment")
        if ct == "text/calendar":
            f.add("ICS attachment")
        if ct in ("text/vcard", "text/x-vcard"):
            f.add("vCard attachment")
        if ct == "application/zip":
            f.add("ZIP attachment")
        if ct == "message/rfc822":
            f.add("attached message/rfc822")
        cs = part.get_param("charset")
        if cs and not part.is_multipart():
            f.add("charset " + str(cs).lower())
        cte = part.get("Content-Transfer-Encoding")
        if cte:
            f.add(str(cte).lower())
    f.add("CRLF line ends" if b"\r\n" in raw else "LF line ends")
    head = raw.split(b"\r\n\r\n" if b"\r\n" in raw else b"\n\n", 1)[0].decode("ascii", "replace")
    unf = re.sub(r"\r?\n[ \t]+", " ", head)
    for line in unf.splitlines():
        name = line.split(":", 1)[0].lower()
        if name == "subject" and "=?" in line:
            f.add("RFC 2047 Subject")
        if name in ("from", "to", "cc") and "=?" in line:
            f.add("RFC 2047 display name")
    if re.search(rb"(file)?name\*(\d+)?\*?=", raw):
        f.add("RFC 2231 file name")
    if re.search("[\uff10-\uff19]", decoded_text):
        f.add("full-width digits")
    if msg.get("In-Reply-To"):
        f.add("reply (In-Reply-To)")
    return f


def digest(out_dir, rels):
    h = hashlib.sha256()
    for rel in sorted(rels):
        with open(os.path.join(out_dir, rel), "rb") as fh:
            data = fh.read()
        h.update(rel.encode("utf-8") + b"\0" + data + b"\0")
    return h.hexdigest()


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


def write_readme(out_dir, seed, labels, feats, dig):
    langs = Counter(v["lang"] for v in labels.values())
    types = Counter(t for v in labels.values() if v["confidential"] for t in v["types"])
    fcount = Counter(x for fs in feats.values() for x in fs)
    npos = sum(1 for v in labels.values() if v["confidential"])
    nneg = len(labels) - npos
    L = []
    L.append("# Held-out DLP corpus — sports medicine and concussion clinic, Quebec health network (FR/EN)")
    L.append("")
    L.append("Synthetic outbound e-mail of the *Clinique de médecine du sport et des commotions cérébrales* (CMSCC) of a "
             "fictional Quebec integrated health network (CISSS des Monts-et-Rivières, Hôpital Sainte-Émérentienne). "
             "Physicians, physiotherapists, kinesiologists, athletic therapists, nurses, a social worker, a neuropsychologist and "
             "clerks write in Quebec French and English to each other, to family physicians, schools, junior and university teams, "
             "pharmacies, insurers and compensation agencies: referrals, consult notes, clinic lists, bookings, imaging and lab "
             "follow-ups, return-to-learn and return-to-play letters, prescriptions, claim forms, injury reports and forwarded "
             "threads on the confidential side; HR, schedules, payroll, newsletters, committee notices, symposium programmes, job "
             "postings, invoices, purchase orders, inventories, IT and facilities notices, aggregate statistics, teaching cases, "
             "blank forms and templates on the other. Every person, institution, address and number is invented; domains end "
             "in `.example` and phone numbers use 555-01xx.")
    L.append("")
    L.append("Seed: %s." % seed)
    L.append("")
    L.append("## Layout")
    L.append("")
    L.append("- `positive/pNNN_<category>.eml` — %d confidential messages" % npos)
    L.append("- `negative/nNNN_<category>.eml` — %d non-confidential (hard negative) messages" % nneg)
    L.append("- `labels.json` — per file: `confidential`, `types`, `lang`, `note`")
    L.append("- `generate.py` and `gen_*.py` — the generator (writes all of the above and this README)")
    L.append("")
    L.append("## Languages")
    L.append("")
    L.append("| lang | files |")
    L.append("| --- | --- |")
    for lg in ("fr", "en"):
        L.append("| %s | %d |" % (lg, langs.get(lg, 0)))
    L.append("")
    L.append("## Finding types (positives)")
    L.append("")
    L.append("| type | positives |")
    L.append("| --- | --- |")
    for t in TYPE_ORDER:
        L.append("| %s | %d |" % (t, types.get(t, 0)))
    L.append("")
    L.append("## Definition used")
    L.append("")
    L.append(DEFINITION)
    L.append("")
    L.append("## Transports (files showing each feature)")
    L.append("")
    L.append("| feature | files |")
    L.append("| --- | --- |")
    for f in FEATURES:
        L.append("| %s | %d |" % (f, fcount.get(f, 0)))
    L.append("")
    L.append("## Regenerate")
    L.append("")
    L.append("```")
    L.append("python generate.py            # writes next to generate.py")
    L.append("python generate.py --out DIR  # writes into DIR")
    L.append("```")
    L.append("")
    L.append("Needs Python 3 with python-stdnum, reportlab, python-docx and openpyxl; reads `../blind_nams.txt` "
             "(relative to the generator). Output is byte-identical on every run; the generator re-parses and checks "
             "everything it wrote and exits non-zero on any failure.")
    L.append("")
    L.append("## Digest")
    L.append("")
    L.append("sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):")
    L.append("")
    L.append("`%s`" % dig)
    L.append("")
    with open(os.path.join(out_dir, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))
