"""Digest and README."""
import hashlib
import os

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
        for n in os.listdir(os.path.join(out_dir, sub)):
            if n.endswith(".eml"):
                rels.append("%s/%s" % (sub, n))
    rels.append("labels.json")
    for rel in sorted(rels):
        h.update(rel.encode("utf-8"))
        h.update(b"\0")
        with open(os.path.join(out_dir, rel), "rb") as f:
            h.update(f.read())
        h.update(b"\0")
    return h.hexdigest()


def _table(head, rows):
    out = ["| %s |" % " | ".join(head), "| %s |" % " | ".join("---" for _ in head)]
    out += ["| %s |" % " | ".join(str(c) for c in r) for r in rows]
    return "\n".join(out)


def write_readme(out_dir, labels, features, types_order, seed, dig):
    langs = {}
    for v in labels.values():
        langs[v["lang"]] = langs.get(v["lang"], 0) + 1
    tcount = {t: 0 for t in types_order}
    for v in labels.values():
        for t in v["types"]:
            tcount[t] += 1
    text = """# Held-out corpus 211 — spiritual care, clinical ethics and complaints commissioner (Quebec)

Synthetic outbound mail of an invented Quebec integrated health and social services network (CIUSSS de la
Haute-Bellerive, domain `ciusss-hautebellerive.example`): spiritual care practitioners and chaplains,
the clinical ethics office and committee, and the service quality and complaints commissioner's office,
writing in French and English. Positives are visit referrals, palliative census and handover lists,
ethics consultation requests and summaries, complaint acknowledgements, transfers to the medical examiner,
advocacy interventions, family-meeting invitations, bereavement lists and forwarded complaints. Negatives are
on-call schedules, newsletters, committee notices, conference programmes, aggregate complaint statistics,
de-identified teaching cases, blank forms, mail-merge templates, invoices, purchase orders, inventories,
IT and facilities notices, job postings, HR mail, drug shortages, recalls and research protocols.
Every person, institution, address and number is invented.

Seed: %d.

## Layout

- `positive/pNNN_<category>.eml` — 120 confidential messages
- `negative/nNNN_<category>.eml` — 180 non-confidential messages (hard negatives)
- `labels.json` — per file: `confidential`, `types`, `lang`, `note`
- `generate.py` and `gen_*.py` — the generator (reads only its own modules and `../blind_nams.txt`)

## Languages

%s

## Finding types (positives)

%s

## Definition used

%s

## Transports (files showing each feature)

%s

## Regenerate

```
python generate.py            # writes next to generate.py
python generate.py --out DIR  # writes elsewhere
```

The generator re-parses and checks everything it wrote and exits non-zero on any failure.
Output is byte-identical on every run.

## Digest

sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted relative path, NUL, bytes, NUL):

`%s`
""" % (seed,
       _table(["lang", "files"], [[k, langs[k]] for k in sorted(langs)]),
       _table(["type", "positives"], [[t, tcount[t]] for t in types_order]),
       DEFINITION,
       _table(["feature", "files"], [[k, v] for k, v in features.items()]),
       dig)
    with open(os.path.join(out_dir, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
