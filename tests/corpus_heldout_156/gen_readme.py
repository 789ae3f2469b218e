"""README writer."""
import gen_common as G

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


def table(h1, h2, rows):
    out = [f"| {h1} | {h2} |", "|---|---:|"]
    out += [f"| {a} | {b} |" for a, b in rows]
    return "\n".join(out)


def write_readme(out_dir, seed, labels, census, dig):
    langs = {}
    types = {t: 0 for t in G.FINDING_TYPES}
    for rel, lab in labels.items():
        langs[lab["lang"]] = langs.get(lab["lang"], 0) + 1
        for t in lab["types"]:
            types[t] += 1
    npos = sum(1 for r in labels if r.startswith("positive/"))
    nneg = len(labels) - npos
    text = f"""# Anticoagulation clinic and hospital pharmacy — synthetic outbound e-mail corpus (held-out 156)

Invented outbound mail from the anticoagulation clinic and the pharmacy department of a bilingual regional
hospital on the Quebec side of the Ottawa River ("{G.HOSP['fr']}"), with a partner community hospital and INR
clinic in eastern Ontario ("{G.SNCH['en']}"), the local CLSC, community pharmacies, a drug wholesaler and an
insurer. Positives ({npos}) are INR follow-ups, warfarin and DOAC dose adjustments, peri-procedural bridging
plans, pharmacist consults, call-back and sign-out lists, prescriptions to community pharmacies, exception-drug
and funding forms, discharge summaries, transport and home-care bookings, social-work referrals, incident
reports, shortage-driven patient lists and terse notes between colleagues, in French and English, with the
patient shown in the Subject, body, quoted or forwarded text, or only in an attachment or its file name.
Negatives ({nneg}) are the same organisation's other mail: drug-shortage and recall notices, P&T
(comité de pharmacologie) notices and minutes, formulary memos, technicians' schedules, leave, payroll,
staff occupational health, newsletters, conference programmes, job postings, wholesaler invoices, purchase
orders and order confirmations, inventories, IT and facilities notices, aggregate statistics, de-identified
teaching cases, blank forms, mail-merge templates, research protocols and staff social news.
Every person, institution, address and number is invented; RAMQ NAMs come only from `../blind_nams.txt`.

Seed: {seed}.

## Layout

- `positive/pNNN_<category>.eml` — {npos} confidential messages
- `negative/nNNN_<category>.eml` — {nneg} non-confidential (hard negative) messages
- `labels.json` — one entry per file: `confidential`, `types`, `lang`, `note`
- `generate.py` and `gen_*.py` — the generator (`gen_common` people/identifiers, `gen_clin` clinical vocabulary,
  `gen_mime` MIME serialisation, `gen_attach` attachments, `gen_build` context and assembly,
  `gen_pos_*` / `gen_neg_*` message templates, `gen_verify` checks, `gen_readme` this file)

## Languages

{table("lang", "files", sorted(langs.items()))}

## Finding types (positives)

{table("type", "positives", [(t, types[t]) for t in G.FINDING_TYPES])}

## Definition used

{DEFINITION}

## Transports (files showing each feature)

{table("feature", "files", sorted(census.items()))}

## Regenerate

```
python generate.py            # writes next to itself
python generate.py --out DIR  # writes elsewhere (still reads ../blind_nams.txt beside generate.py)
```

The run is deterministic (fixed seed, boundaries, Message-IDs, Dates, archive member times, document dates,
reportlab `invariant=1`). After writing, the generator re-parses and decodes every file and exits non-zero if
any check fails.

## Digest

sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):

`{dig}`
"""
    (out_dir / "README.md").write_text(text, encoding="utf-8")
