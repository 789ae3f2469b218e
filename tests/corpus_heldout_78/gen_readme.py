"""Write README.md with counts, transports actually used and the digest."""
import email
import email.policy
import os
import re
from collections import Counter

DEFINITION = """A message is **confidential** when a reader could identify a patient (name in any form, RAMQ NAM,
Canadian SIN, Ontario health number, Belgian NISS, French NIR, hospital chart number / MRN, possibly disguised)
**and** learn something personal, medical or social about them (diagnosis, symptoms, medication, lab result,
procedure, care appointment, birth date, home address or personal phone in a care context, social situation),
anywhere in the message: Subject, body, quoted reply, inline forward, attachment or attachment file name.
Staff information, physicians with the diseases they treat, aggregate statistics, newsletters, blank forms,
anonymised teaching cases, invoices, serial / lot / asset numbers (even checksum-valid), clinic contact details,
IT / facilities mail, job postings, committee notices, shortage notices and research protocols without
participants are **not** confidential."""


def transports(root, files):
    c = Counter()
    for f in files:
        raw = open(os.path.join(root, f), "rb").read()
        c["CRLF line endings" if b"\r\n" in raw else "LF line endings"] += 1
        if re.search(rb"=\?[^?]+\?[BbQq]\?", raw.split(b"\n\n", 1)[0] if b"\r\n" not in raw else raw.split(b"\r\n\r\n", 1)[0]):
            c["RFC 2047 encoded headers"] += 1
        if re.search(rb"filename\*(0\*?)?=", raw) or re.search(rb"filename\*0=", raw):
            c["RFC 2231 file names"] += 1
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        c["top: " + msg.get_content_type()] += 1
        for part in msg.walk():
            ct = part.get_content_type()
            if part.get_content_maintype() == "multipart":
                continue
            cs = part.get_content_charset()
            if cs and part.get_content_maintype() == "text":
                c["charset " + cs] += 1
            cte = part.get("Content-Transfer-Encoding")
            if cte:
                c["CTE " + str(cte).lower()] += 1
            if part.get_filename() or ct == "message/rfc822":
                ext = (part.get_filename() or ".eml").rsplit(".", 1)[-1].lower()
                c["attachment ." + ext] += 1
    return c


def write_readme(root, labels, digest):
    files = sorted(labels)
    pos = [f for f in files if labels[f]["confidential"]]
    neg = [f for f in files if not labels[f]["confidential"]]
    lang = Counter((("positive" if labels[f]["confidential"] else "negative"), labels[f]["lang"]) for f in files)
    types = Counter(t for f in pos for t in labels[f]["types"])
    cats_p = Counter(f.split("_", 1)[1].rsplit(".", 1)[0] for f in pos)
    cats_n = Counter(f.split("_", 1)[1].rsplit(".", 1)[0] for f in neg)
    tr = transports(root, files)
    L = ["# Corpus heldout_78 — home care, geriatrics, palliative care at home, community pharmacy", "",
         "Synthetic, labelled outbound e-mail for evaluating a DLP confidentiality filter.", "",
         "**Flavour:** geriatrics, CLSC home support (soutien à domicile), palliative care at home and community pharmacies — "
         "home-visit nurses' notes, caregivers' and families' own mail, equipment loans, meal and transport services, blister packs, "
         "falls and wound follow-ups; hard negatives about staff routes, mileage, caregiver newsletters, volunteer programmes and statistics. "
         "French-Canadian mostly, about a third English.", "",
         "## Layout", "",
         f"- `positive/pNNN_<category>.eml` — {len(pos)} confidential messages",
         f"- `negative/nNNN_<category>.eml` — {len(neg)} non-confidential (hard negative) messages",
         "- `labels.json` — per file: `confidential`, `types`, `lang`, `note`",
         "- `generate.py` + `gen_*.py` — generator (seed 7801) and self-check", "",
         "## Counts", "",
         f"- files: {len(files)} (positive {len(pos)}, negative {len(neg)})",
         "- languages: " + ", ".join(f"{k[0]} {k[1]}: {v}" for k, v in sorted(lang.items())),
         "- types (positives carrying each): " + ", ".join(f"`{k}` {v}" for k, v in sorted(types.items())), "",
         "Positive categories: " + ", ".join(f"{k} ({v})" for k, v in sorted(cats_p.items())), "",
         "Negative categories: " + ", ".join(f"{k} ({v})" for k, v in sorted(cats_n.items())), "",
         "## Definition used", "", DEFINITION, "",
         "RAMQ NAMs come only from `../blind_nams.txt` and always appear with their holder; no NAM holder's name appears in a negative. "
         "SIN, Ontario health numbers (Luhn), Belgian NISS and French NIR are generated valid and checked with python-stdnum. "
         "Everything else (people, institutions, `*.example` domains, 555-01xx numbers) is invented.", "",
         "## Transports used (counts of messages or parts)", ""]
    L += [f"- {k}: {v}" for k, v in sorted(tr.items())]
    L += ["", "## Regenerate", "", "```", "python generate.py            # next to this file", "python generate.py --out DIR  # elsewhere", "```", "",
          "The generator re-parses every file with `email.policy.default`, decodes every part (PDF, DOCX, XLSX, ZIP, attached .eml), "
          "checks labels, NAM placement, identifier validity and NAM-holder names in negatives, then prints counts and the digest.", "",
          "## Digest", "",
          "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (sorted path, NUL, bytes, NUL):", "",
          f"`{digest}`", ""]
    with open(os.path.join(root, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))
