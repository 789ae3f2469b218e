#!/usr/bin/env python3
"""Generate the Trois-Pignons diabetes & endocrinology centre e-mail corpus (seed 129083).

Usage: python generate.py [--out DIR]
Writes positive/*.eml, negative/*.eml, labels.json and README.md next to this file by default,
re-parses and checks everything, and prints the digest.  Exits non-zero on any failure.
"""
import argparse
import datetime
import hashlib
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_common as G  # noqa: E402
import gen_neg_en as NE1  # noqa: E402
import gen_neg_en2 as NE2  # noqa: E402
import gen_neg_fr as NF1  # noqa: E402
import gen_neg_fr2 as NF2  # noqa: E402
import gen_pos_en as PE1  # noqa: E402
import gen_pos_en2 as PE2  # noqa: E402
import gen_pos_fr as PF1  # noqa: E402
import gen_pos_fr2 as PF2  # noqa: E402
from gen_ctx import Ctx  # noqa: E402
from gen_mime import Builder, Transport, finish  # noqa: E402
from gen_readme import write_readme  # noqa: E402
from gen_verify import verify  # noqa: E402

POS_PLAN = [
    (PF1.ref_ophtalmo, "fr", 4), (PF1.ref_podiatrie, "fr", 3), (PF1.titration, "fr", 4), (PF1.cgm, "fr", 3),
    (PF1.pompe, "fr", 3), (PF1.relance_a1c, "fr", 3), (PF1.dg, "fr", 4), (PF1.permis, "fr", 4),
    (PF1.plan_scolaire, "fr", 4), (PF2.ordonnance, "fr", 4), (PF2.assurance, "fr", 4), (PF2.rdv, "fr", 3),
    (PF2.social, "fr", 3), (PF2.transfert, "fr", 4), (PF2.liste_garde, "fr", 2), (PF2.europe, "fr", 4),
    (PF2.discret, "fr", 2), (PF2.dossier_seul, "fr", 2),
    (PE1.retina, "en", 4), (PE1.foot, "en", 4), (PE1.titrate, "en", 4), (PE1.sensor, "en", 4), (PE1.pump, "en", 3),
    (PE1.recall, "en", 3), (PE1.gdm, "en", 4), (PE1.driver, "en", 4), (PE1.school, "en", 4),
    (PE2.pharmacy, "en", 4), (PE2.insurer, "en", 4), (PE2.booking, "en", 4), (PE2.social_en, "en", 3),
    (PE2.fwd_en, "en", 4), (PE2.discharge, "en", 3), (PE2.discreet, "en", 2), (PE2.chart_only, "en", 2),
]
NEG_PLAN = [
    (NF1.horaire, "fr", 5), (NF1.conges, "fr", 5), (NF1.paie, "fr", 5), (NF1.sante_travail, "fr", 5),
    (NF1.infolettre, "fr", 5), (NF1.comite, "fr", 5), (NF1.congres, "fr", 5), (NF1.affichage, "fr", 5),
    (NF2.facture, "fr", 5), (NF2.bon_commande, "fr", 5), (NF2.inventaire, "fr", 5), (NF2.informatique, "fr", 5),
    (NF2.installations, "fr", 5), (NF2.statistiques, "fr", 5), (NF2.cas_enseignement, "fr", 5),
    (NF2.formulaire_vierge, "fr", 5), (NF2.rupture, "fr", 5), (NF2.recherche, "fr", 5),
    (NE1.roster, "en", 5), (NE1.leave, "en", 5), (NE1.payroll, "en", 5), (NE1.occ_health, "en", 5),
    (NE1.newsletter, "en", 5), (NE1.committee, "en", 5), (NE1.conference, "en", 5), (NE1.jobs, "en", 6),
    (NE2.invoice, "en", 5), (NE2.purchase, "en", 5), (NE2.inventory, "en", 5), (NE2.it_mail, "en", 5),
    (NE2.facilities, "en", 4), (NE2.stats, "en", 5), (NE2.teaching, "en", 5), (NE2.blank_forms, "en", 6),
    (NE2.shortage, "en", 5), (NE2.research, "en", 4),
]


def wpick(rng, items):
    tot = sum(w for _, w in items)
    x = rng.random() * tot
    for v, w in items:
        x -= w
        if x < 0:
            return v
    return items[-1][0]


def pick_transport(rng, lang):
    mailer = wpick(rng, [("outlook", 40), ("gmail", 20), ("thunderbird", 20), ("emr", 10), ("apple", 10)])
    hstyle = {"outlook": "outlook", "gmail": "gmail"}.get(mailer, "simple")
    if lang == "fr":
        cs = wpick(rng, [("utf-8", 45), ("iso-8859-1", 25), ("windows-1252", 25), ("us-ascii", 5)])
    else:
        cs = wpick(rng, [("utf-8", 40), ("us-ascii", 35), ("iso-8859-1", 10), ("windows-1252", 15)])
    return Transport(
        fmt=wpick(rng, [("plain", 40), ("html", 25), ("alt", 35)]),
        charset=cs,
        cte=wpick(rng, [("8bit", 45), ("quoted-printable", 35), ("base64", 20)]),
        crlf=rng.random() < 0.4,
        hmode=rng.choice(["B", "Q"]),
        hcs=wpick(rng, [("utf-8", 70), ("iso-8859-1", 30)]),
        fname=wpick(rng, [("2231", 35), ("2231latin", 15), ("2231cont", 15), ("2047", 25), ("2231ascii", 10)]),
        hstyle=hstyle,
        entities=wpick(rng, [(False, 60), ("named", 20), ("numeric", 20)]),
        tstyle=rng.choice(["fixed", "pipe", "tab", "semi"]),
        mailer=mailer,
        att_cte=wpick(rng, [("base64", 50), ("quoted-printable", 30), ("7bit", 20)]),
    )


def msgid(rng, t, frm):
    dom = frm[1].split("@")[1]
    h = "%032x" % rng.getrandbits(128)
    if t.mailer == "outlook":
        return f"<YQXPR01MB{h[:12].upper()}{h[12:20].upper()}@YQXPR01MB{h[20:24].upper()}.CANPRD01.PROD.OUTLOOK.example>"
    if t.mailer == "gmail":
        return f"<CAF{h[:20]}+{h[20:28]}@mail.gmail.example>"
    if t.mailer == "thunderbird":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{dom}>"
    return f"<{h[:16]}.{int(h[16:24], 16)}@{dom}>"


def build_all(out):
    master = random.Random(G.SEED)
    nampool = G.NamPool(random.Random(f"{G.SEED}-nams"))
    namepool = G.NamePool(random.Random(f"{G.SEED}-names"))
    jobs = []
    for conf, plan in ((True, POS_PLAN), (False, NEG_PLAN)):
        items = []
        for fn, lang, n in plan:
            for k in range(n):
                items.append((fn, lang, k))
        master.shuffle(items)
        jobs.append((conf, items))
    specs, labels, raw_files = {}, {}, {}
    for conf, items in jobs:
        for i, (fn, lang, k) in enumerate(items, 1):
            tag = "p" if conf else "n"
            rng = random.Random(f"{G.SEED}-{tag}{i:03d}")
            date = G.msg_datetime(rng, i)
            c = Ctx(rng, lang, date, nampool, namepool, k)
            spec = fn(c)
            if spec.conf is not conf:
                raise SystemExit(f"{fn.__name__}: confidentiality mismatch")
            spec.date = date
            t = pick_transport(rng, lang)
            frm = spec.frm.addr() if hasattr(spec.frm, "addr") else spec.frm
            spec.msgid = msgid(rng, t, frm)
            for a in spec.atts:
                if a.kind == "eml":
                    inner = a.inner
                    inner.date = date - datetime.timedelta(hours=rng.randint(2, 70), minutes=rng.randint(0, 59))
                    it = pick_transport(rng, inner.lang)
                    it.crlf = t.crlf
                    inner.transport = it
                    ifrm = inner.frm.addr() if hasattr(inner.frm, "addr") else inner.frm
                    inner.msgid = msgid(rng, it, ifrm)
            raw = finish(Builder(rng, i).build(spec, t), t.crlf)
            rel = f"{'positive' if conf else 'negative'}/{tag}{i:03d}_{spec.cat}.eml"
            raw_files[rel] = raw
            specs[rel] = spec
            types = [x for x in G.TYPE_ORDER if x in spec.types] if conf else []
            labels[rel] = {"confidential": conf, "types": types, "lang": spec.lang, "note": spec.note}
    for sub in ("positive", "negative"):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    for rel, raw in raw_files.items():
        with open(os.path.join(out, rel), "wb") as fh:
            fh.write(raw)
    labels = dict(sorted(labels.items()))
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(labels, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    return specs, labels


def digest(out):
    h = hashlib.sha256()
    rels = []
    for sub in ("positive", "negative"):
        rels += [f"{sub}/{f}" for f in os.listdir(os.path.join(out, sub)) if f.endswith(".eml")]
    rels.append("labels.json")
    for rel in sorted(rels):
        with open(os.path.join(out, rel), "rb") as fh:
            data = fh.read()
        h.update(rel.encode() + b"\0" + data + b"\0")
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    specs, labels = build_all(out)
    errors, feats = verify(out, specs, labels)
    if errors:
        for e in errors[:200]:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} error(s)", file=sys.stderr)
        sys.exit(1)
    dg = digest(out)
    write_readme(out, labels, feats, dg)
    print(f"positives {sum(1 for v in labels.values() if v['confidential'])}, "
          f"negatives {sum(1 for v in labels.values() if not v['confidential'])}")
    print("digest", dg)


if __name__ == "__main__":
    main()
