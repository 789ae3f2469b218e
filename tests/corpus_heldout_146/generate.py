"""Generate held-out corpus 146: outbound e-mail of the IT service desk and clinical informatics of an
invented Quebec CIUSSS. Writes next to this file by default; --out DIR writes elsewhere.
Byte-identical on every run; verifies its own output and exits non-zero on any failure."""
import argparse
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gen_common import Registry  # noqa: E402
from gen_mime import build, msg_date  # noqa: E402
import gen_pos_a, gen_pos_b, gen_pos_c, gen_pos_d  # noqa: E402,E401
import gen_neg_a, gen_neg_b, gen_neg_c, gen_neg_d  # noqa: E402,E401
from gen_verify import verify, digest, TYPES  # noqa: E402
from gen_readme import write_readme  # noqa: E402

SEED = 25146
MAILERS = [None, None, 'Microsoft Outlook 16.0', 'Mozilla Thunderbird 115.9.0', 'Apple Mail (2.3774)',
           'Orion Notification Service 4.2']


def _encodable(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def choose_transport(spec, rng, ident):
    if spec.atts:
        layout = rng.choice(['mixed-plain'] * 5 + ['mixed-alt'] * 4 + ['mixed-html'])
    elif spec.prefer_html:
        layout = rng.choice(['html', 'alt'])
    else:
        layout = rng.choice(['plain'] * 9 + ['html'] * 4 + ['alt'] * 7)
    if spec.lang == 'fr':
        cs = rng.choice(['utf-8'] * 4 + ['iso-8859-1'] * 3 + ['windows-1252'] * 3)
    else:
        cs = rng.choice(['utf-8'] * 3 + ['us-ascii'] * 4 + ['iso-8859-1'] + ['windows-1252'] * 2)
    body = spec.text + (spec.html or '')
    if not _encodable(body, cs):
        cs = 'windows-1252' if cs == 'iso-8859-1' and _encodable(body, 'windows-1252') else 'utf-8'
    cte = rng.choice(['7bit', '8bit', '8bit', 'quoted-printable', 'quoted-printable', 'base64'])
    return {
        'layout': layout, 'charset': cs, 'cte': cte,
        'cte2': rng.choice(['quoted-printable', 'base64', '8bit']),
        'eol': '\r\n' if rng.random() < 0.35 else '\n',
        'hmode': (rng.choice(['utf-8', 'iso-8859-1']), rng.choice(['q', 'b'])),
        'fmode': rng.choice(['rfc2231', 'rfc2231', 'rfc2231-latin1', 'rfc2047']),
        'att_cte': rng.choice(['base64', 'quoted-printable', '7bit']),
        'date': msg_date(rng), 'mid': f"{rng.getrandbits(64):016x}.{ident}",
        'mailer': rng.choice(MAILERS),
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--out', default=HERE, help='output folder (default: beside this file)')
    args = ap.parse_args(argv)
    out = args.out
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)

    reg = Registry(SEED)
    pos_t = gen_pos_a.TEMPLATES + gen_pos_b.TEMPLATES + gen_pos_c.TEMPLATES + gen_pos_d.TEMPLATES
    neg_t = gen_neg_a.TEMPLATES + gen_neg_b.TEMPLATES + gen_neg_c.TEMPLATES + gen_neg_d.TEMPLATES
    pos_jobs = [(t, k) for t in pos_t for k in range(3)]
    neg_jobs = [(t, k) for t in neg_t for k in range(4)]
    order = random.Random(f"{SEED}-order")
    order.shuffle(pos_jobs)
    order.shuffle(neg_jobs)

    labels, manifest, features = {}, {}, {}
    for prefix, folder, jobs in (('p', 'positive', pos_jobs), ('n', 'negative', neg_jobs)):
        for i, (tmpl, k) in enumerate(jobs):
            rng = random.Random(f"{SEED}-{tmpl.__name__}-{k}")
            spec = tmpl(reg, rng, k)
            ident = f"{prefix}{i + 1:03d}"
            rel = f"{folder}/{ident}_{spec.category}.eml"
            tr = choose_transport(spec, random.Random(f"{SEED}-transport-{ident}"), ident)
            data, feats = build(spec, tr, f"{SEED}{ident}")
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(data)
            for f in feats:
                features[f] = features.get(f, 0) + 1
            types = [t for t in TYPES if t in spec.types]
            if len(types) != len(set(spec.types)):
                raise SystemExit(f'{rel}: unknown type in {spec.types}')
            labels[rel] = {'confidential': prefix == 'p', 'types': types, 'lang': spec.lang, 'note': spec.note}
            manifest[rel] = {'spec': spec}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write('\n')

    errors = verify(out, manifest)
    dig = digest(out)
    write_readme(os.path.join(out, 'README.md'), SEED, labels, features, dig)
    if errors:
        for e in errors:
            print('FAIL', e, file=sys.stderr)
        print(f'{len(errors)} verification failure(s)', file=sys.stderr)
        return 1
    pos = sum(1 for r in labels if r.startswith('positive/'))
    print(f'positives {pos}, negatives {len(labels) - pos}')
    print('digest', dig)
    return 0


if __name__ == '__main__':
    sys.exit(main())
