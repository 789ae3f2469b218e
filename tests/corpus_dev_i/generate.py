#!/usr/bin/env python3
"""Seeded, deterministic generator of a labelled hospital outbound-mail corpus (.eml).
Usage: python generate.py [--out DIR] [--seed 9109]"""
import sys; sys.dont_write_bytecode = True
import os, argparse, random, json, hashlib, datetime, html as H
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import email, email.policy
from email.utils import format_datetime
from core import *
from pools import *
from ctx import Ctx
import tpl_pos2, tpl_neg

def text_to_html(t):
    paras = t.split('\n\n')
    body = '\n'.join('<p>' + '<br>\n'.join(H.escape(l) for l in p.split('\n')) + '</p>' for p in paras)
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html"></head>\n<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + body + '\n</body></html>')

def build(spec, r, when, inner=False):
    charset = r.choices(['utf-8', 'iso-8859-1', 'windows-1252'], [55, 20, 25])[0]
    cte = r.choices(['quoted-printable', 'base64', '8bit'], [45, 25, 30])[0]
    force = spec.get('force')
    att = list(spec.get('att') or [])
    if spec.get('inner'):
        iw = when - datetime.timedelta(hours=r.randint(1, 50))
        ib, _ = build(spec['inner'], r, iw, inner=True)
        att.append((strip_acc(spec['inner']['subject'])[:40].replace(':', '').strip() + '.eml', 'message/rfc822', ib))
    html = spec.get('html')
    if force == 'plain': kind = 'plain'
    elif force == 'html': kind = 'html'
    else: kind = r.choices(['plain', 'html', 'alt'], [45, 15, 40])[0]
    if kind != 'plain' and html is None: html = text_to_html(spec['text'])
    if kind == 'plain': body = leaf_text(spec['text'], 'plain', charset, cte)
    elif kind == 'html': body = leaf_text(html, 'html', charset, cte)
    else:
        body = multipart('alternative', [leaf_text(spec['text'], 'plain', charset, cte), leaf_text(html, 'html', charset, cte)],
                         '----=_alt_%016x' % r.getrandbits(64))
    if att:
        parts = [body] + [leaf_attach(fn, ct, data) for fn, ct, data in att]
        body = multipart('mixed', parts, '----=_mix_%016x' % r.getrandbits(64))
        kind = 'mixed/' + kind
    frm = spec['frm']
    h = []
    h.append('From: ' + addr(frm.get('full', frm.get('n')), frm['email']))
    h.append('To: ' + ', '.join(addr(n, a) for n, a in spec['to']))
    if spec.get('cc'): h.append('Cc: ' + ', '.join(addr(n, a) for n, a in spec['cc']))
    h.append('Subject: ' + hdr(spec['subject']))
    h.append('Date: ' + format_datetime(when))
    h.append('Message-ID: <%016x.%d@%s>' % (r.getrandbits(64), r.randint(1000, 9999), frm['email'].split('@')[1]))
    if spec.get('subject', '').lower().startswith(('re:', 'tr:', 'fwd:', 'fw:', 're :', 'tr :')):
        h.append('In-Reply-To: <%016x@%s>' % (r.getrandbits(64), DOM))
    h.append('MIME-Version: 1.0')
    if not inner:
        h.append('X-Mailer: ' + r.choice(['Microsoft Outlook 16.0', 'Zimbra 9.0 (ZimbraWebClient)', 'Apple Mail (2.3774)', 'Thunderbird 128.4']))
    out = ('\n'.join(h) + '\n').encode('ascii') + body
    if not out.endswith(b'\n'): out += b'\n'
    return out, kind

def check(data):
    m = email.message_from_bytes(data, policy=email.policy.default)
    probs = list(m.defects)
    for k, v in m.items():
        probs += list(getattr(v, 'defects', []))
    for part in m.walk():
        probs += list(part.defects)
        if part.is_multipart(): continue
        c = part.get_content()
        if part.get_content_type() == 'message/rfc822':
            probs += check(c.as_bytes())
    return probs

def main():
    ap = argparse.ArgumentParser(); ap.add_argument('--out', default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument('--seed', type=int, default=9109); a = ap.parse_args()
    r = random.Random(a.seed)
    c = Ctx(r, load_nams())
    jobs = []
    for fn, n, pen in tpl_pos2.POS: jobs += [(fn, pen, True)] * n
    for fn, n, pen in tpl_neg.NEG: jobs += [(fn, pen, False)] * n
    r.shuffle(jobs)
    for d in ('positive', 'negative'):
        os.makedirs(os.path.join(a.out, d), exist_ok=True)
        for f in os.listdir(os.path.join(a.out, d)):
            if f.endswith('.eml'): os.remove(os.path.join(a.out, d, f))
    labels = {}; np = nn = 0; stats = {}
    base = datetime.datetime(2026, 9, 1, 7, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-4)))
    for fn, pen, pos in jobs:
        en = r.random() < pen
        spec = fn(c, en)
        lang = 'en' if en else 'fr'
        if pen >= 1.0: lang = 'en'
        lang = spec.get('lang', lang)
        when = base + datetime.timedelta(days=r.randint(0, 90), minutes=r.randint(0, 660))
        if when.month >= 11 or (when.month == 10 and when.day > 31):
            when = when.astimezone(datetime.timezone(datetime.timedelta(hours=-5)))
        data, kind = build(spec, r, when)
        crlf = r.random() < 0.5
        if crlf: data = data.replace(b'\n', b'\r\n')
        probs = check(data)
        assert not probs, (spec['cat'], probs)
        if pos:
            np += 1; name = 'positive/p%03d_%s.eml' % (np, spec['cat'])
            assert spec['types']
        else:
            nn += 1; name = 'negative/n%03d_%s.eml' % (nn, spec['cat'])
            assert not spec['types']
        with open(os.path.join(a.out, name), 'wb') as f: f.write(data)
        labels[name] = {'confidential': pos, 'types': sorted(set(spec['types'])), 'lang': lang, 'note': spec['note']}
        for key in ('lang:' + lang, 'transport:' + kind.split('/')[0], 'body:' + kind, 'eol:' + ('CRLF' if crlf else 'LF'),
                    ('pos' if pos else 'neg') + ':' + spec['cat']):
            stats[key] = stats.get(key, 0) + 1
        m = email.message_from_bytes(data, policy=email.policy.default)
        for part in m.walk():
            if not part.is_multipart():
                k = 'cte:' + str(part.get('Content-Transfer-Encoding', '7bit')).lower(); stats[k] = stats.get(k, 0) + 1
                cs = part.get_content_charset()
                if cs: stats['charset:' + cs] = stats.get('charset:' + cs, 0) + 1
    with open(os.path.join(a.out, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
    # self-check: labels cover exactly the files
    files = sorted('%s/%s' % (d, f) for d in ('positive', 'negative') for f in os.listdir(os.path.join(a.out, d)) if f.endswith('.eml'))
    assert files == sorted(labels), 'labels do not match files'
    h = hashlib.sha256()
    for f in files + ['labels.json']:
        h.update(f.encode() + b'\0'); h.update(open(os.path.join(a.out, f), 'rb').read())
    print('positives', np, 'negatives', nn, 'total', np + nn)
    for k in sorted(stats): print(' ', k, stats[k])
    print('sha256', h.hexdigest())

if __name__ == '__main__':
    main()
