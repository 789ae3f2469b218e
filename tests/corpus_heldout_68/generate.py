#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Deterministic generator for a labelled corpus of outbound hospital e-mail.

Flavour: hospital administration around patients' files (release of
information, access requests, legal / insurer requests, complaints
commissioner, patient relations, quality & risk incident reports, privacy
breaches) plus the same offices' purely administrative mail.

Usage:  python generate.py [--seed N] [--out DIR]
Writes positive/pNNN_<cat>.eml (120), negative/nNNN_<cat>.eml (180) and
labels.json next to this file (or under --out), then self-checks.
"""
import argparse
import base64
import datetime
import email
import email.policy
import email.utils
import hashlib
import html as htmlmod
import io
import json
import os
import random
import re
import sys
import unicodedata
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import common as C  # noqa: E402
import mime  # noqa: E402
import ctx as CX  # noqa: E402
import pos_a  # noqa: E402
import pos_b  # noqa: E402
import pos_c  # noqa: E402
import neg_a  # noqa: E402
import neg_b  # noqa: E402

DEFAULT_SEED = 6868
N_POS = 120
N_NEG = 180
P_FR = 0.55


class Who(object):
    def __init__(self, full, email_addr):
        self.full = full or email_addr
        self.email = email_addr


class NegCtx(CX.Ctx):
    def patient(self, kind='nam'):
        raise RuntimeError('negative templates must not create patients')


# ---------------------------------------------------------------- planning
def plan(rng, templates, n):
    slots = []
    while len(slots) < n:
        t = list(templates)
        rng.shuffle(t)
        slots.extend(t)
    slots = slots[:n]
    out = []
    for fn, langs in slots:
        if len(langs) == 1:
            lang = langs[0]
        else:
            lang = 'fr' if rng.random() < P_FR else 'en'
            if lang not in langs:
                lang = langs[0]
        out.append((fn, lang))
    return out


# ---------------------------------------------------------------- wrapping
FWD_NOTES = {
    'fr': ['Pour ton information.', 'Peux-tu t\'en occuper stp?', 'FYI - à traiter cette semaine.',
           'Voir ci-dessous, merci de me revenir.', 'À classer.', 'Je te transfère, je suis en congé demain.',
           'Svp prendre en charge.', 'Bonjour, pour suivi. Merci!'],
    'en': ['FYI', 'Can you handle this one?', 'See below - please advise.', 'Forwarding for your queue.',
           'Please action, thanks.', 'For follow-up.', 'Adding you for awareness.'],
}
REPLY_NOTES = {
    'fr': ['Bien reçu, merci. Nous traitons la demande.', 'Merci, c\'est noté.', 'Reçu. Je vous reviens d\'ici vendredi.',
           'Parfait, merci.', 'Bonjour, je m\'en occupe.'],
    'en': ['Received, thank you. We are processing it.', 'Thanks, noted.', 'Got it - will get back to you by Friday.',
           'Thank you, I will look into it.'],
}
EML_NOTES = {
    'fr': ['Voir le courriel ci-joint.', 'Je vous transmets le message original en pièce jointe.',
           'Message original joint.'],
    'en': ['See attached e-mail.', 'Original message attached.', 'Forwarding the original as an attachment.'],
}


def maybe_wrap(spec, rng, neg):
    if not spec['wrappable'] or spec['reply'] or not spec['text'] or spec['html']:
        return spec
    ctx = spec['ctx']
    lang = spec['lang']
    r = rng.random()
    orig_from = Who(*spec['frm'])
    orig_to = ', '.join(a for _, a in spec['to'])
    if r < 0.12:
        fwd = ctx.staff()
        tgt = ctx.staff()
        note = rng.choice(FWD_NOTES[lang]) + '\n\n' + fwd.given
        text = note + '\n\n' + ctx.fwd_block(spec['text'], orig_from, spec['dt'], spec['subject'], orig_to)
        new = dict(spec)
        new.update(frm=(fwd.full, fwd.email), to=[(tgt.full, tgt.email)], cc=[],
                   subject=ctx.fw() + spec['subject'], text=text,
                   dt=spec['dt'] + datetime.timedelta(hours=rng.randrange(1, 30)),
                   note=spec['note'] + ' [inline forward]')
        return new
    if r < 0.17:
        inner = build_message(spec, rng, crlf=False)
        fwd = ctx.staff()
        tgt = ctx.staff()
        new = dict(spec)
        fn = re.sub(r'[^\w\- ]+', '', C.strip_accents(spec['subject']))[:40].strip() or 'message'
        new.update(frm=(fwd.full, fwd.email), to=[(tgt.full, tgt.email)], cc=[],
                   subject=ctx.fw() + spec['subject'],
                   text=rng.choice(EML_NOTES[lang]) + '\n\n' + fwd.given,
                   atts=[dict(ctype='message/rfc822', data=inner, filename=fn + '.eml', charset=None,
                              cte=None, inline=False)],
                   dt=spec['dt'] + datetime.timedelta(hours=rng.randrange(1, 30)),
                   note=spec['note'] + ' [forwarded as attached .eml]', mode='plain')
        return new
    if r < 0.27 and not spec['atts'] and spec['to'] and spec['to'][0][1]:
        rname, raddr = spec['to'][0]
        replier = Who(rname, raddr)
        personal = bool(rname) and C.strip_accents(rname.split(' ')[0]).lower() in raddr.lower()
        text = rng.choice(REPLY_NOTES[lang]) + '\n\n' + (rname.split(' ')[0] + '\n\n' if personal else '') + \
            ctx.quote(spec['text'], orig_from, spec['dt'], spec['subject'], orig_to)
        new = dict(spec)
        new.update(frm=(replier.full if rname else None, raddr), to=[spec['frm']], cc=[],
                   subject=ctx.re() + spec['subject'], text=text, reply=True,
                   dt=spec['dt'] + datetime.timedelta(hours=rng.randrange(1, 50)),
                   note=spec['note'] + ' [quoted under short reply]')
        return new
    return spec


# ---------------------------------------------------------------- building
def _tz(dt):
    start = datetime.datetime(dt.year, 3, 10)
    end = datetime.datetime(dt.year, 11, 3)
    off = -4 if start <= dt < end else -5
    return dt.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


def _msgid(rng, domain):
    return '<%s.%s@%s>' % (''.join(rng.choice('0123456789abcdef') for _ in range(16)),
                           ''.join(rng.choice('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(8)), domain)


def pick_charset(rng, lang):
    if lang == 'fr':
        return rng.choice(['utf-8'] * 5 + ['iso-8859-1'] * 3 + ['windows-1252'] * 2)
    return rng.choice(['utf-8'] * 5 + ['us-ascii'] * 2 + ['windows-1252', 'iso-8859-1'])


def build_message(spec, rng, crlf=None):
    if crlf is None:
        crlf = rng.random() < 0.5
    cs = pick_charset(rng, spec['lang'])
    text, htm = spec['text'], spec['html']
    mode = spec['mode']
    if htm and not text:
        mode = 'html'
    elif htm and text:
        mode = 'alt'
    elif not mode:
        r = rng.random()
        mode = 'plain' if r < 0.55 else ('alt' if r < 0.83 else 'html')
    if mode in ('alt', 'html') and not htm:
        htm = mime.text_to_html(text, rng)
    if mode == 'plain':
        body = mime.text_part(rng, text, 'plain', cs)
    elif mode == 'html':
        body = mime.text_part(rng, htm, 'html', cs)
    else:
        body = mime.Part('multipart/alternative', boundary=mime.boundary(rng),
                         children=[mime.text_part(rng, text, 'plain', cs),
                                   mime.text_part(rng, htm, 'html', cs)])
    if spec['atts']:
        kids = [body]
        for a in spec['atts']:
            if a['ctype'] == 'message/rfc822':
                kids.append(mime.Part('message/rfc822', data=a['data'], filename=a['filename'],
                                      disposition='attachment'))
                continue
            is_text = a['ctype'].startswith('text/')
            cte = a['cte'] or ('base64' if not is_text else rng.choice(['base64', 'quoted-printable', '7bit']))
            data = a['data']
            if cte in ('7bit', 'quoted-printable') and is_text:
                data = data.replace(b'\r\n', b'\n')
                if cte == '7bit' and any(b > 127 for b in data):
                    cte = 'quoted-printable'
            kids.append(mime.Part(a['ctype'], data=data, filename=a['filename'], cte=cte,
                                  charset=a['charset'] or ('utf-8' if is_text else None),
                                  disposition='inline' if a['inline'] else 'attachment'))
        body = mime.Part('multipart/mixed', boundary=mime.boundary(rng), children=kids)
    fdom = spec['frm'][1].split('@')[-1]
    hdrs = []
    hdrs.append('From: ' + mime.addr(spec['frm'][0], spec['frm'][1], rng))
    hdrs.append(mime.addr_list('To', spec['to'], rng))
    if spec['cc']:
        hdrs.append(mime.addr_list('Cc', spec['cc'], rng))
    hdrs.append(mime.header('Subject', spec['subject'], rng, cs if cs != 'us-ascii' else 'utf-8'))
    hdrs.append('Date: ' + email.utils.format_datetime(_tz(spec['dt'])))
    hdrs.append('Message-ID: ' + _msgid(rng, fdom))
    if spec['reply']:
        ref = _msgid(rng, rng.choice([fdom] + [a.split('@')[-1] for _, a in spec['to']]))
        hdrs.append('In-Reply-To: ' + ref)
        hdrs.append('References: ' + ref)
    if spec['importance']:
        hdrs.append('Importance: High' if spec['importance'] == 'high' else 'Importance: Normal')
    ua = rng.choice([None, None, 'Microsoft Outlook 16.0', 'Mozilla Thunderbird', 'Zimbra 9.0 (ZimbraWebClient)',
                     'Apple Mail (2.3774)', 'Roundcube Webmail/1.6'])
    if ua:
        hdrs.append(('X-Mailer: ' if 'Outlook' in ua or 'Apple' in ua else 'User-Agent: ') + ua)
    if rng.random() < 0.3:
        hdrs.append('Content-Language: ' + ('fr-CA' if spec['lang'] == 'fr' else 'en-US'))
    return mime.render_message(hdrs, body, rng, crlf=crlf)


# ---------------------------------------------------------------- self-check
def _norm(s):
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    return re.sub(r'\s+', ' ', s).lower()


def _pdf_text(data):
    out = []
    for m in re.finditer(rb'stream\r?\n(.*?)endstream', data, re.S):
        chunk = m.group(1)
        stripped = re.sub(rb'\s+', b'', chunk)
        if stripped.endswith(b'~>'):
            try:
                chunk = base64.a85decode(stripped[:-2].lstrip(b'<~'))
            except ValueError:
                pass
        try:
            chunk = zlib.decompress(chunk)
        except zlib.error:
            pass
        for s in re.finditer(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', chunk):
            raw = s.group(1)
            raw = re.sub(rb'\\([0-7]{1,3})', lambda mm: bytes([int(mm.group(1), 8)]), raw)
            raw = re.sub(rb'\\(.)', rb'\1', raw)
            out.append(raw.decode('cp1252', 'replace'))
    return ' '.join(out)


def _ooxml_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    parts = []
    for n in z.namelist():
        if n.endswith('.xml') and (n.startswith('word/') or n.startswith('xl/')):
            x = z.read(n).decode('utf-8')
            parts.append(htmlmod.unescape(re.sub(r'<[^>]+>', ' ', x)))
    return ' '.join(parts)


def _blob_text(name, data):
    name = (name or '').lower()
    if data[:4] == b'%PDF':
        return _pdf_text(data)
    if data[:2] == b'PK':
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip() is not None:
            raise ValueError('bad zip member in ' + name)
        names = z.namelist()
        if '[Content_Types].xml' in names:
            return _ooxml_text(data)
        return ' '.join(n + ' ' + _blob_text(n, z.read(n)) for n in names)
    for enc in ('utf-8', 'cp1252'):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return ''


def message_text(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    texts = [str(msg['subject'] or '')]
    problems = list(msg.defects)
    for part in msg.walk():
        problems.extend(part.defects)
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        content = part.get_content()
        fn = part.get_filename()
        if fn:
            texts.append(fn)
        if isinstance(content, str):
            if ct == 'text/html':
                content = htmlmod.unescape(re.sub(r'<[^>]+>', ' ', content))
            if ct in ('text/calendar', 'text/vcard', 'text/x-vcard'):
                content = content.replace('\\,', ',').replace('\\;', ';').replace('\\n', '\n').replace('\r\n ', '')
            texts.append(content)
        elif isinstance(content, bytes):
            texts.append(_blob_text(fn, content))
    return '\n'.join(texts), problems


def self_check(out, labels, tokens, nam_set, other_ids, nam_names):
    files = []
    for sub in ('positive', 'negative'):
        for fn in sorted(os.listdir(os.path.join(out, sub))):
            files.append(sub + '/' + fn)
    assert sorted(labels) == sorted(files), 'labels do not cover exactly the files'
    for rel in files:
        lab = labels[rel]
        with open(os.path.join(out, rel), 'rb') as fh:
            raw = fh.read()
        text, problems = message_text(raw)
        if problems:
            raise AssertionError('%s: defects %r' % (rel, problems))
        ntext = _norm(text)
        if lab['confidential']:
            assert rel.startswith('positive/') and lab['types'], rel
            for t in tokens.get(rel, []):
                if _norm(t) not in ntext:
                    raise AssertionError('%s: token %r not found' % (rel, t))
        else:
            assert rel.startswith('negative/') and lab['types'] == [], rel
            compact = re.sub(r'[\s\-.]', '', text).upper()
            for nam in nam_set:
                if nam in compact:
                    raise AssertionError('%s: NAM leaked into negative' % rel)
            for ident in other_ids:
                if ident in compact:
                    raise AssertionError('%s: patient identifier leaked into negative' % rel)
            for given, surname in nam_names:
                for form in ('%s %s' % (given, surname), '%s, %s' % (surname, given), '%s %s' % (surname, given)):
                    if _norm(form) in ntext:
                        raise AssertionError('%s: patient name %r in negative' % (rel, form))
        assert lab['lang'] in ('en', 'fr')
    return files


def digest(out, files):
    h = hashlib.sha256()
    for rel in sorted(files) + ['labels.json']:
        with open(os.path.join(out, rel), 'rb') as fh:
            data = fh.read()
        h.update(rel.encode('utf-8') + b'\0' + hashlib.sha256(data).hexdigest().encode('ascii') + b'\n')
    return h.hexdigest()


# ---------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args()
    out = args.out
    master = random.Random(args.seed)
    pool = CX.Pool(random.Random(args.seed * 7 + 1))
    pos_plan = plan(master, pos_a.TEMPLATES + pos_b.TEMPLATES + pos_c.TEMPLATES, N_POS)
    neg_plan = plan(master, neg_a.TEMPLATES + neg_b.TEMPLATES, N_NEG)

    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for fn in os.listdir(d):
            if fn.endswith('.eml'):
                os.remove(os.path.join(d, fn))

    labels = {}
    tokens = {}
    used_ids = set()
    for kind, pl in (('positive', pos_plan), ('negative', neg_plan)):
        for i, (fn, lang) in enumerate(pl, 1):
            rng = random.Random('%d/%s/%d' % (args.seed, kind, i))
            if kind == 'positive':
                ctx = CX.Ctx(rng, pool, lang)
            else:
                ctx = NegCtx(rng, pool, lang)
            spec = fn(ctx)
            spec = maybe_wrap(spec, rng, kind == 'negative')
            raw = build_message(spec, rng)
            name = '%s/%s%03d_%s.eml' % (kind, kind[0], i, spec['cat'])
            with open(os.path.join(out, name), 'wb') as fh:
                fh.write(raw)
            labels[name] = dict(confidential=kind == 'positive', types=spec['types'] if kind == 'positive' else [],
                                lang=spec['lang'], note=spec['note'])
            if kind == 'positive':
                tokens[name] = spec['tokens']
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')

    nam_set = {p['nam'] for p in pool.nam_people}
    other_ids = set(pool.issued_ids)
    nam_names = sorted((p['given'], p['surname']) for p in pool.nam_people)
    files = self_check(out, labels, tokens, nam_set, other_ids, nam_names)
    npos = sum(1 for v in labels.values() if v['confidential'])
    nneg = len(labels) - npos
    by_lang = {}
    for v in labels.values():
        k = ('pos' if v['confidential'] else 'neg') + '_' + v['lang']
        by_lang[k] = by_lang.get(k, 0) + 1
    type_counts = {}
    for v in labels.values():
        for t in v['types']:
            type_counts[t] = type_counts.get(t, 0) + 1
    print('files: %d  positives: %d  negatives: %d' % (len(files), npos, nneg))
    print('by language: ' + ', '.join('%s=%d' % kv for kv in sorted(by_lang.items())))
    print('types: ' + ', '.join('%s=%d' % kv for kv in sorted(type_counts.items())))
    print('sha256 digest: ' + digest(out, files))


if __name__ == '__main__':
    main()
