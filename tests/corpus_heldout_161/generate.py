#!/usr/bin/env python3
"""Generate the held-out corpus 161 (hospital social work and discharge planning).

Usage: python generate.py [--out DIR]
"""
import argparse
import hashlib
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_common as C  # noqa: E402
import gen_mime as M  # noqa: E402
import gen_neg_en  # noqa: E402
import gen_neg_en2  # noqa: E402
import gen_neg_fr  # noqa: E402
import gen_neg_fr2  # noqa: E402
import gen_pos_en  # noqa: E402
import gen_pos_en2  # noqa: E402
import gen_pos_fr  # noqa: E402
import gen_pos_fr2  # noqa: E402
from gen_readme import write_readme  # noqa: E402
from gen_tpl import Ctx  # noqa: E402
from gen_verify import verify, digest  # noqa: E402

SEED = 25161


def wchoice(rng, items):
    total = sum(w for _, w in items)
    x = rng.random() * total
    for v, w in items:
        x -= w
        if x < 0:
            return v
    return items[-1][0]


def build_specs(pools):
    pos, neg = [], []
    for lang, mods, dest in (('fr', [gen_pos_fr, gen_pos_fr2], pos), ('en', [gen_pos_en, gen_pos_en2], pos),
                             ('fr', [gen_neg_fr, gen_neg_fr2], neg), ('en', [gen_neg_en, gen_neg_en2], neg)):
        for mod in mods:
            for fn, n in mod.TEMPLATES:
                for k in range(n):
                    ctx = Ctx(SEED, pools, '%s.%s.%d' % (mod.__name__, fn.__name__, k), lang)
                    spec = fn(ctx)
                    assert spec.lang == lang
                    dest.append(spec)
    return pos, neg


def profile(rng, spec):
    lang = spec.lang
    p = {}
    p['client'] = wchoice(rng, [('outlook', 35), ('thunderbird', 25), ('apple', 15), ('java', 25)])
    p['body'] = wchoice(rng, [('plain', 45), ('alt', 35), ('html', 20)])
    if lang == 'fr':
        p['charset'] = wchoice(rng, [('utf-8', 45), ('iso-8859-1', 20), ('windows-1252', 25), ('us-ascii', 10)])
    else:
        p['charset'] = wchoice(rng, [('us-ascii', 35), ('utf-8', 40), ('iso-8859-1', 10), ('windows-1252', 15)])
    p['cte'] = wchoice(rng, [('8bit', 30), ('quoted-printable', 35), ('base64', 15), ('7bit', 20)])
    p['hcte'] = wchoice(rng, [('quoted-printable', 60), ('base64', 25), ('8bit', 15)])
    p['acte'] = wchoice(rng, [('base64', 50), ('quoted-printable', 30), ('8bit', 20)])
    p['eol'] = 'crlf' if rng.random() < 0.5 else 'lf'
    ascii_subj = all(ord(ch) < 128 for ch in spec.subject)
    if ascii_subj and rng.random() < 0.85:
        p['subj'] = 'raw'
    else:
        p['subj'] = wchoice(rng, [('q-utf-8', 35), ('b-utf-8', 35), ('q-iso-8859-1', 20), ('b-iso-8859-1', 10)])
    p['names'] = wchoice(rng, [('q-utf-8', 40), ('b-utf-8', 30), ('q-iso-8859-1', 20), ('force', 10)])
    p['fname'] = wchoice(rng, [('plain', 60), ('bare', 10), ('2231', 20), ('2231c', 10)])
    p['wrap'] = wchoice(rng, [(None, 50), (72, 25), (76, 25)])
    p['table_style'] = wchoice(rng, [('pad', 40), ('pipe', 30), ('tab', 30)])
    return p


def message_id(rel, client):
    h = hashlib.sha256(('%s/%s' % (SEED, rel)).encode()).hexdigest()
    if client == 'outlook':
        return '<YT3PR01MB%s%s@deuxrives.example>' % (h[:4].upper(), h[4:20].upper())
    if client == 'thunderbird':
        return '<%s-%s-%s-%s-%s@deuxrives.example>' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])
    if client == 'apple':
        return '<%s-%s@deuxrives.example>' % (h[:8].upper(), h[8:20].upper())
    return '<%d.%d.%d@mail.deuxrives.example>' % (int(h[:7], 16), int(h[7:9], 16), 1727000000000 + int(h[9:17], 16) % 10 ** 10)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--out', default=HERE, help='output folder (default: beside this script)')
    args = ap.parse_args(argv)
    out = args.out
    pools = C.Pools(SEED)
    pos, neg = build_specs(pools)
    assert len(pos) == 120 and len(neg) == 180, (len(pos), len(neg))
    order = random.Random('%s-order' % SEED)
    order.shuffle(pos)
    order.shuffle(neg)
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    labels, records = {}, {}
    for kind, specs in (('positive', pos), ('negative', neg)):
        for i, spec in enumerate(specs, 1):
            rel = '%s/%s%03d_%s.eml' % (kind, kind[0], i, spec.cat)
            rng = random.Random('%s-prof-%s' % (SEED, rel))
            if ' – ' in spec.subject and rng.random() < 0.6:
                spec.subject = spec.subject.replace(' – ', ' - ')
            prof = profile(rng, spec)
            _, date_str = C.stamp(rng, spec.date)
            mid = message_id(rel, prof['client'])
            extra = []
            if spec.reply:
                ref = '<%s@deuxrives.example>' % hashlib.sha256(('%s/ref/%s' % (SEED, rel)).encode()).hexdigest()[:24]
                extra = ['In-Reply-To: ' + ref, 'References: ' + ref]
            data = M.build(spec, prof, mid, date_str, extra)
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(data)
            types = spec.final_types() if spec.positive else []
            labels[rel] = {'confidential': spec.positive, 'types': types, 'lang': spec.lang, 'note': spec.note}
            records[rel] = {'ids': spec.ids, 'nam_ctx': spec.nam_ctx, 'names': spec.names}
    labels = {k: labels[k] for k in sorted(labels)}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    errors, features = verify(out, labels, records)
    dg = digest(out)
    write_readme(os.path.join(out, 'README.md'), SEED, labels, features, dg)
    if errors:
        for e in errors:
            print('FAIL', e, file=sys.stderr)
        print('%d check failure(s)' % len(errors), file=sys.stderr)
        return 1
    print('positives: %d  negatives: %d' % (sum(1 for v in labels.values() if v['confidential']),
                                            sum(1 for v in labels.values() if not v['confidential'])))
    print('digest: %s' % dg)
    return 0


if __name__ == '__main__':
    sys.exit(main())
