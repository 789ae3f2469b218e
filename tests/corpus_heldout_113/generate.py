#!/usr/bin/env python3
"""Generate the held-out DLP corpus 113 (employee / occupational health, FR-CA + EN).

    python generate.py            # writes next to this file
    python generate.py --out DIR  # writes elsewhere

Deterministic from SEED (gen_common.SEED = 11353).  Runs the self-check at the end.
"""
import argparse
import sys as _sys
_sys.dont_write_bytecode = True
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_mime as M  # noqa: E402
from gen_common import SEED, sub_rng  # noqa: E402
from gen_text import text_to_html, html_wrap  # noqa: E402
from gen_pos_a import POS_A  # noqa: E402
from gen_pos_b import POS_B  # noqa: E402
from gen_pos_c import POS_C  # noqa: E402
from gen_neg_a import NEG_A  # noqa: E402
from gen_neg_b import NEG_B  # noqa: E402
import gen_check  # noqa: E402
from gen_readme import write_readme  # noqa: E402

N_POS = 120
N_NEG = 180
FR_SHARE = 0.55
EN_ONLY = {"p_ontario_worker": 0.8}  # template name -> probability of English


def plan(templates, total, label):
    """Spread `total` messages over the templates, round-robin, then shuffle deterministically."""
    rng = sub_rng("plan", label)
    jobs = [(templates[i % len(templates)], i // len(templates)) for i in range(total)]
    rng.shuffle(jobs)
    return jobs


def choose_lang(rng, tname):
    if tname in EN_ONLY:
        return "en" if rng.random() < EN_ONLY[tname] else "fr"
    return "fr" if rng.random() < FR_SHARE else "en"


def _ascii_ok(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def pick_text_transport(rng, text):
    cs = rng.choices(["utf-8", "iso-8859-1", "windows-1252", "us-ascii"], [50, 20, 20, 10])[0]
    if cs == "us-ascii" and not _ascii_ok(text):
        cs = "utf-8"
    if cs == "us-ascii":
        cte = rng.choice(["7bit", "7bit", "quoted-printable"])
    elif cs == "utf-8":
        cte = rng.choice(["base64", "quoted-printable", "8bit", "quoted-printable"])
    else:
        cte = rng.choice(["quoted-printable", "8bit", "base64"])
    return cs, cte


def build(spec, idx, kind):
    rng = sub_rng("transport", kind, idx)
    eol = "\r\n" if rng.random() < 0.4 else "\n"
    hcs, henc = rng.choice([("utf-8", "B"), ("utf-8", "Q"), ("iso-8859-1", "Q"), ("windows-1252", "Q")])
    text, htm = spec["text"], spec["html"]
    if spec["html_only"]:
        text = None
    elif text and not htm:
        r = rng.random()
        if r < 0.18:
            htm = html_wrap(text_to_html(text), spec["lang"])
        elif r < 0.27:
            htm, text = html_wrap(text_to_html(text), spec["lang"]), None
    body_parts = []
    if text:
        cs, cte = pick_text_transport(rng, text)
        body_parts.append(M.Leaf("text/plain", text, charset=cs, cte=cte))
    if htm:
        cs, cte = pick_text_transport(rng, htm)
        if cs == "us-ascii":
            cs = "utf-8"
        body_parts.append(M.Leaf("text/html", htm.replace('charset="utf-8"', 'charset="%s"' % cs).replace("charset=utf-8", "charset=%s" % cs),
                                 charset=cs, cte=cte))
    if len(body_parts) == 2:
        body = M.Multi("alternative", body_parts)
    else:
        body = body_parts[0]
    atts = []
    for a in spec["atts"]:
        if a["kind"] == "eml":
            if a["as_octet"]:
                atts.append(M.Leaf("application/octet-stream", a["data"], filename=a["filename"], disposition="attachment",
                                   fn_style="2231" if not _ascii_ok(a["filename"]) else "plain"))
            else:
                atts.append(M.Leaf("message/rfc822", a["data"], disposition="attachment" if rng.random() < 0.6 else "inline",
                                   filename=None))
        else:
            style = a.get("fn_style") or ("plain" if _ascii_ok(a["filename"]) else rng.choice(["2231", "2231split"]))
            if style == "plain" and not _ascii_ok(a["filename"]):
                style = "2231"
            atts.append(M.Leaf(a["ctype"], a["data"], filename=a["filename"], fn_style=style,
                               disposition="inline" if a.get("inline") else "attachment"))
    root = M.Multi("mixed", [body] + atts) if atts else body
    dom = spec["frm"][1].split("@")[1]
    msgid = "%s.%04d.%d@%s" % (kind, idx, SEED, dom)
    extra = []
    if rng.random() < 0.5:
        extra.append("Content-Language: %s" % ("fr-CA" if spec["lang"] == "fr" else "en-CA"))
    extra.append(rng.choice(["X-Mailer: Microsoft Outlook 16.0", "User-Agent: Mozilla Thunderbird 128.5",
                             "X-Mailer: Zimbra 10.1", "X-Mailer: Apple Mail (2.3826)"]))
    subj = spec["subject"]
    hdrs = M.std_headers(spec["frm"], spec["to"], subj, M.base_datetime(idx, rng), msgid, cc=spec["cc"], hcs=hcs, henc=henc,
                         in_reply_to=spec.get("reply_to_id"), extra=extra + spec["extra_headers"],
                         force_subject_enc=rng.random() < 0.1)
    return M.build_message(hdrs, root, "%s%03d" % (kind, idx), eol=eol)


def generate(out_dir):
    for sub in ("positive", "negative"):
        d = os.path.join(out_dir, sub)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    labels = {}
    for kind, templates, total, prefix in (("pos", POS_A + POS_B + POS_C, N_POS, "p"), ("neg", NEG_A + NEG_B, N_NEG, "n")):
        for i, (tpl, rep) in enumerate(plan(templates, total, kind), start=1):
            rng = sub_rng(kind, tpl.__name__, rep)
            lang = choose_lang(rng, tpl.__name__)
            spec = tpl(rng, lang, i)
            data = build(spec, i, kind)
            rel = "%s/%s%03d_%s.eml" % ("positive" if kind == "pos" else "negative", prefix, i, spec["cat"])
            with open(os.path.join(out_dir, rel), "wb") as fh:
                fh.write(data)
            labels[rel] = {"confidential": kind == "pos", "types": spec["types"] if kind == "pos" else [],
                           "lang": spec["lang"], "note": spec["note"]}
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    return labels


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    generate(out)
    errors, stats = gen_check.run(out)
    write_readme(out, stats)
    if errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
