#!/usr/bin/env python3
"""Held-out corpus 19: synthetic outbound mail of the CISSS de l'Exemple (+ partner sites in Liège and Lyon).

Seeded and byte-for-byte deterministic.  Usage:  python generate.py [--out DIR] [--seed 1919]
"""
import argparse, datetime, hashlib, json, os, random, shutil, sys
sys.dont_write_bytecode = True
from email.message import EmailMessage
from email import policy, utils

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from infra import *  # noqa
from people import *  # noqa

SEED = 1919


from common import *  # noqa
from cats_pos import POS  # noqa: E402
from cats_neg import NEG  # noqa: E402

TRANSPORTS = [
    # (mode, charset, cte, linesep)
    ('plain', 'utf-8', 'quoted-printable', '\n'),
    ('plain', 'utf-8', '8bit', '\n'),
    ('plain', 'iso-8859-1', 'quoted-printable', '\r\n'),
    ('plain', 'windows-1252', '8bit', '\r\n'),
    ('plain', 'utf-8', 'base64', '\r\n'),
    ('alt', 'utf-8', 'quoted-printable', '\r\n'),
    ('alt', 'windows-1252', 'quoted-printable', '\n'),
    ('alt', 'iso-8859-1', 'base64', '\n'),
    ('html', 'utf-8', 'quoted-printable', '\n'),
    ('html', 'windows-1252', 'base64', '\r\n'),
    ('html', 'iso-8859-1', '8bit', '\n'),
]
MAILERS = ['Microsoft Outlook 16.0', None, None, 'Mozilla Thunderbird', None, 'Apple Mail (2.3774)']


def fix_addr(s):
    out = []
    for name, addr in utils.getaddresses([s]):
        if name and any(c in name for c in '.,()<>@:;"[]'):
            out.append('"%s" <%s>' % (name.replace('"', ''), addr))
        elif name:
            out.append('%s <%s>' % (name, addr))
        else:
            out.append(addr)
    return ', '.join(out)


def finalize(C, spec, kind, num, cat):
    r = C.rng
    t = spec.get('transport') or r.choice(TRANSPORTS)
    mode, cs, cte, ls = t
    if spec.get('mode'):
        mode = spec['mode']
    body = spec['body']
    if cs != 'utf-8':
        b2 = latin_safe(body) if cs == 'iso-8859-1' else body
        if encodable(b2, cs):
            body = b2
        else:
            cs = 'utf-8'
    if cs == 'utf-8' and cte == '8bit' and mode != 'plain':
        cte = 'quoted-printable'
    site = spec.get('site', 'qc')
    d = spec.get('date') or C.when()
    off = {'qc': -4 if d < datetime.datetime(2026, 11, 1, 6) else -5,
           'be': 2 if d < datetime.datetime(2026, 10, 25, 1) else 1}
    off['fr'] = off['be']
    tz = datetime.timezone(datetime.timedelta(hours=off[site]))
    frm = spec['frm']
    dom = frm.split('@')[-1].rstrip('>')
    m = dict(frm=fix_addr(frm), to=fix_addr(spec['to']), cc=fix_addr(spec['cc']) if spec.get('cc') else None, subject=spec['subject'],
             date=utils.format_datetime(d.replace(tzinfo=tz)),
             msgid='<%s.%s@%s>' % (d.strftime('%Y%m%d%H%M%S'), '%012x' % r.getrandbits(48), dom),
             body=body, mode=mode, charset=cs, cte=cte, linesep=ls,
             attachments=spec.get('attachments', []), in_reply_to=spec.get('in_reply_to'),
             xmailer=r.choice(MAILERS), html=spec.get('html'))
    if m['html']:
        m['html'] = m['html'].replace('{cs}', cs)
    data, msg = build_message(m)
    return data, dict(mode=mode, charset=cs, cte=cte, linesep='CRLF' if ls == '\r\n' else 'LF',
                      attachments=[a[3] if a[0] == 'bytes' else (a[2] if a[0] == 'text' else 'message/rfc822')
                                   for a in m['attachments']])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument('--seed', type=int, default=SEED)
    a = ap.parse_args()
    C = Ctx(a.seed)
    out = a.out
    for sub in ('positive', 'negative'):
        p = os.path.join(out, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    jobs = []
    for cat, n, fn in POS:
        for i in range(n):
            jobs.append(('positive', cat, fn, i))
    for cat, n, fn in NEG:
        for i in range(n):
            jobs.append(('negative', cat, fn, i))
    C.rng.shuffle(jobs)
    jobs.sort(key=lambda j: j[0] != 'positive')  # stable: positives first, shuffled within
    labels = {}
    stats = dict(cat={}, lang={}, mode={}, charset={}, cte={}, linesep={}, att={}, site={})
    counters = {'positive': 0, 'negative': 0}
    problems = []
    for kind, cat, fn, i in jobs:
        spec = fn(C, i)
        counters[kind] += 1
        num = counters[kind]
        name = '%s/%s%03d_%s.eml' % (kind, kind[0], num, cat)
        data, tinfo = finalize(C, spec, kind, num, cat)
        with open(os.path.join(out, name), 'wb') as f:
            f.write(data)
        pr = check_bytes(data)
        if pr:
            problems.append((name, pr))
        types = sorted(set(spec['types']))
        if kind == 'positive' and not types:
            problems.append((name, 'positive without types'))
        if kind == 'negative' and types:
            problems.append((name, 'negative with types'))
        labels[name] = dict(confidential=(kind == 'positive'), types=types, lang=spec['lang'], note=spec['note'])
        key = (kind[:3], cat)
        stats['cat'][key] = stats['cat'].get(key, 0) + 1
        for k, v in (('lang', spec['lang']), ('mode', tinfo['mode']), ('charset', tinfo['charset']),
                     ('cte', tinfo['cte']), ('linesep', tinfo['linesep']), ('site', spec.get('site', 'qc'))):
            stats[k][v] = stats[k].get(v, 0) + 1
        for att in tinfo['attachments']:
            ext = att.rsplit('.', 1)[-1] if '.' in att else att
            stats['att'][ext] = stats['att'].get(ext, 0) + 1
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write('\n')
    # self-check: labels cover exactly the files
    files = set()
    for sub in ('positive', 'negative'):
        for fn_ in os.listdir(os.path.join(out, sub)):
            files.add('%s/%s' % (sub, fn_))
    if files != set(labels):
        problems.append(('labels', 'mismatch'))
    h = hashlib.sha256()
    for name in sorted(files) + ['labels.json']:
        with open(os.path.join(out, name), 'rb') as f:
            data = f.read()
        h.update(name.encode() + b'\0' + data + b'\0')
    print('positives:', counters['positive'], ' negatives:', counters['negative'])
    ncat = {'pos': 0, 'neg': 0}
    for (k, c), n in sorted(stats['cat'].items()):
        ncat[k] += 1
        print('  %s %-24s %d' % (k, c, n))
    print('categories:', ncat)
    for k in ('lang', 'site', 'mode', 'charset', 'cte', 'linesep', 'att'):
        print(k + ':', dict(sorted(stats[k].items())))
    if problems:
        print('PROBLEMS:')
        for p in problems:
            print('  ', p)
        sys.exit(1)
    print('all files parse without defects; labels cover exactly the files')
    print('sha256:', h.hexdigest())


if __name__ == '__main__':
    main()
