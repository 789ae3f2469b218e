"""README writer (counts, transports, digest)."""
import os


def write_readme(out, counts, stats, digest, seed, n_nam):
    def table(d):
        return "\n".join(f"| `{k}` | {v} |" for k, v in sorted(d.items()))

    transports = {k: v for k, v in stats.items()}
    text = f"""# Held-out DLP corpus 77 — Belgian hospital network ↔ Quebec partners and French clinics

Synthetic, labelled outbound e-mail for measuring a data-loss-prevention filter that decides whether a
message is *confidential*. Generated with seed **{seed}**; every person, institution, address and number is
invented (domains `*.example`, phone numbers `555-01xx`).

## Flavour
The sender is a fictitious Belgian hospital network, *Groupe Hospitalier Senne & Meuse* (GHSM: sites in
Brussels, Charleroi, Namur and Liège), French-speaking with some English. It corresponds with Quebec partner
hospitals (CHU de l'Estuaire, Ville-Marie General Hospital, CISSS des Hautes-Laurentides) and French
clinics/hospitals near the border (Lille, Reims, Charleville-Mézières): referrals, discharge letters,
sickness-fund (mutualité / INAMI) and travel-insurer mail, eHealthBox exports, cross-border (ZOAST) transfers
and repatriations. Patients carry Belgian NISS, French NIR, RAMQ NAM (Quebec), Ontario health numbers or SIN.
Hard negatives come from hospital administration, HR, accreditation, IT, procurement, pharmacy, quality and
research.

## Layout
- `positive/pNNN_<category>.eml` — {counts['positive']} confidential messages
- `negative/nNNN_<category>.eml` — {counts['negative']} non-confidential messages
- `labels.json` — per file: `confidential`, `types`, `lang`, `note`
- `generate.py` + `gen_*.py` — the generator (standard library, python-stdnum, reportlab, python-docx, openpyxl)

## Counts
Files: {counts['files']} (positive {counts['positive']}, negative {counts['negative']}).
RAMQ NAM holders used (from `../blind_nams.txt`): {n_nam}.

| language | files |
| --- | --- |
{table(counts['lang'])}

| type (positives) | files |
| --- | --- |
{table(counts['types'])}

## Definition used
A message is **confidential** when a reader could identify a patient (name in any form — with or without a
title, surname first, lower case, initials with surname —, RAMQ NAM, SIN, Ontario health number, Belgian NISS,
French NIR or a chart number/MRN, possibly disguised with odd spacing, dots, slashes or full-width digits)
**and** learn something personal, medical or social about them (diagnosis, symptoms, medication, lab result,
procedure, appointment for care, birth date, home address or personal phone in a care context, social
situation), anywhere: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX, XLSX, CSV, ICS,
vCard, ZIP, attached .eml) or an attachment's file name.

Not confidential: staff information (schedules, leave, HR, payroll, an employee's occupational health),
physicians named with the diseases they treat, conference speakers and topics, aggregate statistics,
newsletters, blank forms and templates, anonymised teaching cases, invoices and purchase orders, serial / lot /
asset numbers (some deliberately pass the NISS mod-97 check), clinic phone numbers and addresses in signatures,
IT and facilities mail, job postings, committee notices, drug-shortage notices, research protocols without
participants.

Types: `ramq_nam`, `ca_sin`, `ca_health_number`, `be_niss`, `fr_nir`, `mrn`, `date_of_birth`, `patient_name`,
`diagnosis`, `medication`, `lab_result`, `patient_contact`, `social_information`.

## Transports used
Counted over all MIME parts written (bodies and attachments, inner messages included):

| feature | count |
| --- | --- |
{table(transports)}

Also: RFC 2047 encoded words (B and Q; utf-8, iso-8859-1, windows-1252) in Subject and display names,
RFC 2231 file names (including continuations `filename*0*=`), message/rfc822 and attached `.eml`,
multipart/related inline logo, HTML-only bodies.

## Regenerate
```
python generate.py            # writes next to generate.py (needs ../blind_nams.txt)
python generate.py --out DIR  # writes elsewhere
python gen_check.py [DIR]     # re-run the self-check only
```
ZIP, DOCX, XLSX and PDF use fixed timestamps, so two runs give identical bytes.

## Digest
sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted by relative path; for each file:
path, NUL, bytes, NUL):

`{digest}`
"""
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
