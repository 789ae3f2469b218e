#!/usr/bin/env python3
"""Generate the held-out DLP corpus (hospital administration flavour), deterministic from SEED.

    python generate.py            # writes next to this file
    python generate.py --out DIR  # writes elsewhere
"""
import argparse
import email
import email.policy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from gen_check import digest, run_checks  # noqa: E402
from gen_common import Ctx  # noqa: E402
from gen_mime import build  # noqa: E402

SEED = 7901
N_POS, N_NEG = 120, 180
POS_MODULES = ["gen_pos_a", "gen_pos_b", "gen_pos_c"]
NEG_MODULES = ["gen_neg_a", "gen_neg_b", "gen_neg_c"]


def _slots(ctx, module_names, total):
    slots = []
    for name in module_names:
        mod = __import__(name)
        for fn, weight in mod.TEMPLATES:
            slots += [fn] * weight
    if len(slots) != total:
        raise SystemExit(f"template weights in {module_names} give {len(slots)} slots, expected {total}")
    ctx.rng.shuffle(slots)
    first = ctx.pick(["fr", "en"])
    other = "en" if first == "fr" else "fr"
    return [(fn, first if i % 2 == 0 else other) for i, fn in enumerate(slots)]


def generate(out):
    ctx = Ctx(SEED)
    for sub in ("positive", "negative"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith(".eml"):
                os.remove(os.path.join(out, sub, f))
    labels, evidence = {}, {}
    for sub, prefix, mods, total in (("positive", "p", POS_MODULES, N_POS), ("negative", "n", NEG_MODULES, N_NEG)):
        for i, (fn, lang) in enumerate(_slots(ctx, mods, total), 1):
            res = fn(ctx, lang)
            data = build(ctx, res["spec"])
            rel = f"{sub}/{prefix}{i:03d}_{res['cat']}.eml"
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(data)
            labels[rel] = {"confidential": sub == "positive", "types": res["types"] if sub == "positive" else [],
                           "lang": res["lang"], "note": res["note"]}
            evidence[rel] = res["evidence"]
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return labels, evidence


def transport_stats(out):
    stats = {}

    def bump(k):
        stats[k] = stats.get(k, 0) + 1
    for sub in ("positive", "negative"):
        for f in sorted(os.listdir(os.path.join(out, sub))):
            if not f.endswith(".eml"):
                continue
            raw = open(os.path.join(out, sub, f), "rb").read()
            bump("CRLF line endings" if b"\r\n" in raw else "LF line endings")
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            if "=?" in raw.split(b"\n\n", 1)[0].decode("ascii", "replace").replace("\r", ""):
                bump("RFC 2047 encoded headers")
            if b"filename*" in raw or b"name*" in raw:
                bump("RFC 2231 file names")
            bump(f"top-level {msg.get_content_type()}")
            for part in msg.walk():
                if part.get_content_type() == "message/rfc822":
                    bump("attachment message/rfc822")
                if part.is_multipart():
                    continue
                ct = part.get_content_type()
                if ct.startswith("text/") and not part.get_filename():
                    bump(f"body charset {part.get_content_charset()}")
                cte = part.get("Content-Transfer-Encoding", "7bit").strip().lower()
                bump(f"CTE {cte}")
                if part.get_filename():
                    bump(f"attachment {ct}")
    return dict(sorted(stats.items()))


def write_readme(out, counts, type_counts, nfiles, dig, stats):
    lines = [
        "# Held-out DLP corpus 79 — hospital administration",
        "",
        "Synthetic, labelled outbound e-mail of a (fictitious) Quebec integrated health and social services centre, "
        "written from the administrative side of the house: the executive office, legal affairs, the service quality "
        "and complaints commissioner (commissaire aux plaintes), insurance and third-party claims (CNESST, SAAQ, "
        "private insurers, out-of-province and foreign insurers), the hospital foundation, communications and media "
        "relations, quality, risk management and accreditation. Patients appear in some mail (complaints, coroner and "
        "lawyer requests, claims, media inquiries about a patient); many hard negatives name staff, donors, board "
        "members and diseases without any identifiable patient. French-Canadian and English, about half and half.",
        "",
        "## Layout",
        "",
        f"- `positive/pNNN_<category>.eml` — {counts['positive']} confidential messages",
        f"- `negative/nNNN_<category>.eml` — {counts['negative']} non-confidential messages",
        "- `labels.json` — `{path: {confidential, types, lang, note}}` covering exactly the files",
        "- `generate.py` + `gen_common.py` (people, identifiers), `gen_text.py` (vocabulary, signatures, quoting), "
        "`gen_mime.py` (transports), `gen_attach.py` (PDF/DOCX/XLSX/CSV/ICS/vCard/ZIP), `gen_pos_a/b/c.py` and "
        "`gen_neg_a/b/c.py` (templates), `gen_check.py` (self-check)",
        "",
        "## Counts",
        "",
        f"- files: {nfiles} ({counts['positive']} positive, {counts['negative']} negative)",
        f"- languages: fr {counts.get('fr', 0)}, en {counts.get('en', 0)}",
        "- finding types (number of positives listing each type):",
    ]
    lines += [f"  - `{t}`: {n}" for t, n in type_counts.items()]
    lines += [
        "",
        "## Definition used",
        "",
        "A message is confidential when a reader could identify a patient (name in any written form — with or "
        "without a title, surname first, lower case, initials with a surname —, RAMQ NAM, SIN, Ontario health "
        "number, Belgian NISS, French NIR, or hospital chart number / MRN, possibly disguised with spacing, dots, "
        "slashes or full-width digits) and learn something personal, medical or social about them, anywhere in the "
        "message: Subject, body, quoted reply, inline forward, attachment or attachment file name. Staff information "
        "(including an employee's occupational-health or CNESST file), physicians named with the diseases they treat, "
        "donors and board members, aggregate statistics, newsletters, blank forms, anonymised cases, invoices, "
        "serial/lot/asset and business numbers (even checksum-valid ones), signatures with clinic numbers, IT and "
        "facilities mail, job postings, committee notices and research protocols without participants are not.",
        "",
        "RAMQ NAMs come only from `../blind_nams.txt`, always with the same holder (name, birth date, sex); a NAM "
        "holder's name never appears in a negative. SIN, Ontario health numbers (Luhn), NISS and NIR are generated "
        "valid and checked with python-stdnum. All people, institutions and `*.example` domains are invented; phone "
        "numbers use 555-01xx.",
        "",
        "## Transports used (count of occurrences)",
        "",
    ]
    lines += [f"- {k}: {v}" for k, v in stats.items()]
    lines += [
        "",
        "## Regenerate",
        "",
        "```",
        "python generate.py            # writes next to generate.py",
        "python generate.py --out DIR  # writes elsewhere",
        "```",
        "",
        f"Deterministic from seed {SEED} (standard library, python-stdnum, reportlab, python-docx, openpyxl; fixed "
        "timestamps in ZIP/DOCX/XLSX/PDF). The generator re-parses every file, decodes every part and attachment and "
        "runs the self-check before printing the counts and the digest.",
        "",
        "## Digest",
        "",
        "sha256 over `positive/*.eml`, `negative/*.eml` and `labels.json` (for each path in sorted order: path, NUL, "
        "bytes, NUL):",
        "",
        f"`{dig}`",
        "",
    ]
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    labels, evidence = generate(out)
    errors, counts, type_counts, nfiles = run_checks(out, evidence, {"pos": N_POS, "neg": N_NEG})
    dig = digest(out)
    write_readme(out, counts, type_counts, nfiles, dig, transport_stats(out))
    if errors:
        for e in errors:
            print("CHECK FAILED:", e)
        sys.exit(1)
    print(f"files: {nfiles} (positive {counts['positive']}, negative {counts['negative']})")
    print(f"languages: fr {counts.get('fr', 0)}, en {counts.get('en', 0)}")
    print("types: " + ", ".join(f"{t}={n}" for t, n in type_counts.items()))
    print(f"sha256: {dig}")


if __name__ == "__main__":
    main()
