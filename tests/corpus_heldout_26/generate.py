#!/usr/bin/env python3
"""Seeded, deterministic generator of a synthetic hospital outbound-mail corpus (held-out set 26).

Usage: python generate.py [--seed 2626] [--out DIR]
"""
import argparse, re, datetime, email, email.policy, hashlib, json, os, random, shutil, sys
from email.generator import BytesGenerator
from email.mime.multipart import MIMEMultipart
from email.mime.message import MIMEMessage
from email.utils import format_datetime
import io

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from core import text_part, attach_bytes, hdr, addr, to_html, TZ  # noqa: E402
from people import SITES, STAFF, EXTERNAL, PatientFactory, load_nams  # noqa: E402
import tpl_pos, tpl_neg  # noqa: E402

N_POS, N_NEG = 120, 180
FR_SHARE = 0.25

DISCLAIMER = {
    'en': "CONFIDENTIALITY NOTICE: This e-mail is intended only for the addressee. If you received it in error, "
          "please notify the sender and delete it.",
    'fr': "AVIS DE CONFIDENTIALITÉ : ce courriel est destiné uniquement à son destinataire. Si vous l'avez reçu par erreur, "
          "veuillez aviser l'expéditeur et le détruire.",
}


class Ctx:
    def __init__(self, rng, lang, site, pf, n):
        self.rng, self.lang, self.site, self.pf, self.n = rng, lang, site, pf, n
        self.dom = SITES[site]['dom']
        self.date = datetime.datetime(2026, 11, 2, 7, 0, tzinfo=TZ) + datetime.timedelta(
            days=rng.randint(0, 27), hours=rng.randint(0, 11), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))

    def L(self, en, fr):
        return fr if self.lang == 'fr' else en

    def patient(self, site=None):
        return self.pf.make(site or self.site)

    def staff(self, site=None, kw=None):
        if site and len(site) > 2:
            site, kw = None, site
        site = site or self.site
        pool = [x for x in STAFF[site] if not kw or re.search(kw, x[2])] or STAFF[site]
        n = self.rng.choice(pool)
        return (n[0], n[1], n[2], n[3], SITES[site]['dom'], site)

    def ext(self, tag=None, site=None):
        d = EXTERNAL[site or self.site]
        return d[tag] if tag else d[self.rng.choice(sorted(d))]

    def internal(self, name, user):
        return (name, '%s@%s' % (user, self.dom))

    def day_str(self):
        d = self.date + datetime.timedelta(days=self.rng.randint(1, 9))
        return d.strftime('%b %d') if self.lang == 'en' else d.strftime('%d/%m')

    def future(self):
        return self.date + datetime.timedelta(days=self.rng.randint(2, 20))

    def sig(self, s):
        name, cred, role, user, dom, site = s
        st = SITES[site]
        lines = ['-- ', name + (', ' + cred if cred else ''), role, st['name'], st['addr'],
                 ('Tel. ' if self.lang == 'en' else 'Tél. ') + st['phone'] + ' ext./poste %d' % self.rng.randint(2000, 7999)]
        if self.rng.random() < 0.45:
            lines += ['', DISCLAIMER[self.lang]]
        return '\n'.join(lines) + '\n'


def who(x):
    """(display, email) for a staff tuple or external pair."""
    if len(x) == 6:
        return (x[0] + (', ' + x[1] if x[1] and x[0] != '' else ''), '%s@%s' % (x[3], x[4]))
    return x


def build_body(d, style, cs, cte):
    text = d['body']
    if style == 'plain':
        return text_part(text, 'plain', cs, cte)
    if style == 'html':
        return text_part(to_html(text), 'html', cs, cte)
    alt = MIMEMultipart('alternative')
    alt.attach(text_part(text, 'plain', cs, cte))
    alt.attach(text_part(to_html(text), 'html', cs, cte))
    return alt


def set_headers(m, frm, to, subject, date, msgid, cc=None, extra=None):
    keep = [(k, v) for k, v in m.items() if k.lower() in ('content-type', 'content-transfer-encoding')]
    for k in ('Content-Type', 'Content-Transfer-Encoding', 'MIME-Version'):
        del m[k]
    m['From'] = addr(*frm)
    m['To'] = addr(*to)
    if cc:
        m['Cc'] = addr(*cc)
    m['Subject'] = hdr(subject)
    m['Date'] = format_datetime(date)
    m['Message-ID'] = msgid
    for k, v in (extra or []):
        m[k] = v
    m['MIME-Version'] = '1.0'
    for k, v in keep:
        m[k] = v


def assemble(d, ctx, rng):
    """Return (Message, transport description)."""
    cs = rng.choices(['utf-8', 'iso-8859-1', 'windows-1252'], [55, 20, 25])[0]
    cte = rng.choices(['quoted-printable', 'base64', '8bit'], [40, 25, 35])[0]
    style = rng.choices(['plain', 'html', 'alt'], [45, 20, 35])[0]
    wrap = rng.choices(['none', 'reply', 'fwd_inline', 'fwd_attached'], [58, 22, 12, 8])[0]
    frm = who(d['frm']); to = who(d['to'])
    while to[1] == frm[1]:
        to = who(ctx.staff())
    cc = None
    if rng.random() < 0.25:
        cc = who(ctx.staff())
    subj = d['subject']
    date = ctx.date
    mid = lambda: '<%s.%d@%s>' % (hashlib.sha1(('%d-%d-%f' % (ctx.n, rng.randint(0, 10**9), rng.random())).encode()).hexdigest()[:20],
                                  rng.randint(1000, 9999), frm[1].split('@')[1])
    lang = ctx.lang
    # wrappers transform the body text first (reply / inline forward)
    extra = []
    if wrap == 'reply':
        quoted = '\n'.join(('> ' + l) if l else '>' for l in d['body'].rstrip('\n').split('\n'))
        top = rng.choice(ctx.L(['Any update on this?', 'Resending - pls confirm receipt.', 'Bumping this one.', 'Following up on the below, thx.'],
                               ['Des nouvelles?', 'Je renvoie - SVP confirmer la réception.', 'Relance, merci.']))
        when = quote_date(date - datetime.timedelta(hours=rng.randint(1, 30)), lang)
        intro = ctx.L('On %s, %s <%s> wrote:' % (when, frm[0], frm[1]), 'Le %s, %s <%s> a écrit :' % (when, frm[0], frm[1]))
        d = dict(d, body='%s\n\n%s\n\n%s\n%s\n' % (top, to_sig(frm, lang), intro, quoted))
        subj = ('RE: ' if rng.random() < 0.5 else 'Re: ') + subj
        extra = [('In-Reply-To', mid()), ('References', mid())]
    elif wrap == 'fwd_inline':
        top = rng.choice(ctx.L(['FYI', 'Forwarding - pls action', 'See below.'], ['Pour info', 'Je te transfère, SVP traiter', 'Voir ci-dessous.']))
        hdrs = ctx.L('---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s <%s>\n',
                     '---------- Message transféré ---------\nDe : %s <%s>\nDate : %s\nObjet : %s\nÀ : %s <%s>\n')
        fwd_frm = who(ctx.staff())
        hdrs = hdrs % (frm[0], frm[1], quote_date(date - datetime.timedelta(hours=3), lang), subj, to[0], to[1])
        d = dict(d, body='%s\n\n%s\n%s\n%s' % (top, to_sig(fwd_frm, lang), hdrs, d['body']))
        subj = ctx.L('Fwd: ', 'TR: ') + subj
        frm = fwd_frm
        to = who(ctx.ext())
    atts = d.get('atts') or []
    body = build_body(d, style, cs, cte)
    if atts:
        m = MIMEMultipart('mixed')
        m.attach(body)
        for data, mt, st, fn in atts:
            m.attach(attach_bytes(data, mt, st, fn))
        kind = 'mixed'
    else:
        m = body
        kind = {'plain': 'text/plain', 'html': 'text/html', 'alt': 'alternative'}[style]
    set_headers(m, frm, to, subj, date - (datetime.timedelta(hours=2) if wrap == 'fwd_attached' else datetime.timedelta(0)), mid(), cc, extra)
    if wrap == 'fwd_attached':
        inner = m
        outer = MIMEMultipart('mixed')
        note = rng.choice(ctx.L(['Forwarding as attachment, see below.', 'FYI - original attached.'], ['Je te transfère le courriel en pièce jointe.', 'Original en pièce jointe.']))
        fwd_frm = who(ctx.staff())
        outer.attach(text_part(note + '\n\n' + to_sig(fwd_frm, lang), 'plain', cs, cte))
        outer.attach(MIMEMessage(inner))
        set_headers(outer, fwd_frm, who(ctx.ext()), ctx.L('Fwd: ', 'TR: ') + subj, date, mid())
        m = outer
        kind = 'mixed+rfc822'
    return m, dict(charset=cs, cte=cte, style=kind, wrap=wrap)


FR_DAYS = ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.']
FR_MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']


def quote_date(d, lang):
    if lang == 'fr':
        return '%s %d %s %d à %s' % (FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year, d.strftime('%H:%M'))
    return format_datetime(d)


def to_sig(x, lang):
    return '%s' % x[0]


def fix_boundaries(m, rng):
    for part in m.walk():
        if part is not m:
            del part['MIME-Version']
        if part.is_multipart():
            part.set_boundary('=_b%012d_%s' % (rng.randint(0, 10**12), part.get_content_subtype()))
        if part.get_content_type() == 'message/rfc822':
            for sub in part.get_payload():
                fix_boundaries(sub, rng)


def serialize(m, crlf):
    pol = email.policy.compat32.clone(linesep='\r\n' if crlf else '\n', max_line_length=78)
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(m)
    return buf.getvalue()


def check_file(data):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    probs = list(msg.defects)

    def walk(mm):
        for part in mm.walk():
            probs.extend(part.defects)
            if part.is_multipart():
                continue
            if part.get_content_type() == 'message/rfc822':
                continue
            c = part.get_content()
            if part.get_content_maintype() == 'text':
                assert isinstance(c, str)
            else:
                assert isinstance(c, bytes) and len(c) > 0
        for part in mm.walk():
            if part.get_content_type() == 'message/rfc822':
                inner = part.get_content()
                probs.extend(inner.defects)
    walk(msg)
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
        assert msg[h], h
    return probs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=2626)
    ap.add_argument('--out', default=HERE)
    a = ap.parse_args()
    random.seed(a.seed)
    rng = random.Random(a.seed)
    pf = PatientFactory(rng, load_nams())
    out = a.out
    for sub in ('positive', 'negative'):
        shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
        os.makedirs(os.path.join(out, sub))
    plan = []
    for kind, funcs, n in (('p', tpl_pos.POS, N_POS), ('n', tpl_neg.NEG, N_NEG)):
        seq = [funcs[i % len(funcs)] for i in range(n)]
        rng.shuffle(seq)
        n_fr = round(n * FR_SHARE)
        elig = [j for j, f in enumerate(seq) if not getattr(f, 'ontario_only', False)]
        rng.shuffle(elig)
        fr_idx = set(elig[:n_fr])
        langs = ['fr' if j in fr_idx else 'en' for j in range(n)]
        for i, (f, lang) in enumerate(zip(seq, langs)):
            plan.append((kind, i + 1, f, lang))
    labels = {}
    stats = {'pos': 0, 'neg': 0, 'cat': {}, 'lang': {}, 'style': {}, 'charset': {}, 'cte': {}, 'wrap': {}, 'eol': {}, 'attachment': {}}
    for kind, i, f, lang in plan:
        if getattr(f, 'ontario_only', False):
            lang = 'en'
        site = 'QC' if lang == 'fr' else ('ON' if getattr(f, 'ontario_only', False) else rng.choices(['ON', 'QC'], [62, 38])[0])
        ctx = Ctx(rng, lang, site, pf, i)
        d = f(ctx)
        m, tr = assemble(d, ctx, rng)
        fix_boundaries(m, rng)
        crlf = rng.random() < 0.4
        data = serialize(m, crlf)
        cat = f.__name__[2:]
        rel = '%s/%s%03d_%s.eml' % ('positive' if kind == 'p' else 'negative', kind, i, cat)
        with open(os.path.join(out, rel), 'wb') as fh:
            fh.write(data)
        labels[rel] = {'confidential': kind == 'p', 'types': sorted(set(d['types'])) if kind == 'p' else [], 'lang': lang, 'note': d['note']}
        stats['pos' if kind == 'p' else 'neg'] += 1
        pm = email.message_from_bytes(data, policy=email.policy.default)
        tr['charset'] = next((q.get_content_charset() for q in pm.walk() if q.get_content_maintype() == 'text'), 'none')
        tr['cte'] = next((q.get('Content-Transfer-Encoding', '7bit').lower() for q in pm.walk() if q.get_content_maintype() == 'text'), 'none')
        for k, v in (('cat', kind + ':' + cat), ('lang', kind + ':' + lang), ('style', tr['style']), ('charset', tr['charset']), ('cte', tr['cte']),
                     ('wrap', tr['wrap']), ('eol', 'CRLF' if crlf else 'LF')):
            stats[k][v] = stats[k].get(v, 0) + 1
        for a in d.get('atts') or []:
            ext = a[3].rsplit('.', 1)[-1]
            stats['attachment'][ext] = stats['attachment'].get(ext, 0) + 1
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    # ---- self-check
    files = sorted('%s/%s' % (sub, fn) for sub in ('positive', 'negative') for fn in os.listdir(os.path.join(out, sub)))
    assert files == sorted(labels), 'labels do not cover exactly the files'
    bad = 0
    for rel in files:
        lab = labels[rel]
        assert (len(lab['types']) > 0) == lab['confidential'], rel
        assert lab['confidential'] == rel.startswith('positive/'), rel
        with open(os.path.join(out, rel), 'rb') as fh:
            probs = check_file(fh.read())
        if probs:
            bad += 1
            print('DEFECT', rel, probs)
    assert bad == 0, '%d files with defects' % bad
    h = hashlib.sha256()
    for rel in files + ['labels.json']:
        h.update(rel.encode() + b'\0')
        with open(os.path.join(out, rel), 'rb') as fh:
            h.update(fh.read())
    print('positives %d  negatives %d' % (stats['pos'], stats['neg']))
    for k in ('lang', 'style', 'wrap', 'charset', 'cte', 'eol', 'attachment'):
        print(k, json.dumps(dict(sorted(stats[k].items()))))
    print('categories pos %d neg %d' % (len([c for c in stats['cat'] if c.startswith('p:')]), len([c for c in stats['cat'] if c.startswith('n:')])))
    print('per category', json.dumps(dict(sorted(stats['cat'].items()))))
    print('sha256', h.hexdigest())


if __name__ == '__main__':
    main()
