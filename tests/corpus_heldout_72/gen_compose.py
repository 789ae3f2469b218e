"""Turn a message spec (from the templates) into RFC 5322 bytes with a varied transport."""
import hashlib

import gen_mime as M
from gen_attach import make_png

STATS = {}


def _stat(k):
    STATS[k] = STATS.get(k, 0) + 1


def _mid(rng, dom):
    return '<%s.%s@%s>' % (''.join(rng.choice('0123456789abcdef') for _ in range(16)),
                           ''.join(rng.choice('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(8)), dom)


def _boundary(rng, style):
    h = ''.join(rng.choice('0123456789abcdef') for _ in range(24))
    return ['----=_Part_%d_%s' % (rng.randrange(10 ** 6), h[:12]), '_000_%s_' % h.upper(),
            '===============%d==' % rng.randrange(10 ** 18), '00000000000%s' % h[:16],
            'Apple-Mail=_%s' % h.upper()[:20]][style]


def spec(lang, cat, note, types, frm, to, subject, text, **kw):
    d = dict(lang=lang, cat=cat, note=note, types=sorted(set(types)), frm=frm, to=to, subject=subject,
             text=text)
    d.update(kw)
    return d


def choose_transport(rng, sp):
    tp = dict(sp.get('transport', {}))
    lang = sp['lang']
    text = sp['text'] + sp['subject']
    ascii_ok = all(ord(c) < 128 for c in text)
    if 'body' not in tp:
        tp['body'] = rng.choice(['plain', 'plain', 'plain', 'alt', 'alt', 'alt', 'html', 'html'])
    if 'charset' not in tp:
        if ascii_ok and rng.random() < 0.55:
            tp['charset'] = 'us-ascii'
        elif lang == 'fr':
            tp['charset'] = rng.choice(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252', 'windows-1252'])
        else:
            tp['charset'] = rng.choice(['utf-8', 'utf-8', 'utf-8', 'windows-1252', 'iso-8859-1'])
    if 'cte' not in tp:
        if tp['charset'] == 'us-ascii':
            tp['cte'] = rng.choice(['7bit', '7bit', 'quoted-printable', 'base64'])
        else:
            tp['cte'] = rng.choice(['8bit', 'quoted-printable', 'quoted-printable', 'base64'])
    if 'linesep' not in tp:
        tp['linesep'] = rng.choice(['\n', '\r\n'])
    if 'fn_style' not in tp:
        tp['fn_style'] = rng.choice(['plain', 'plain', 'rfc2231', 'rfc2047'])
    if 'hcs' not in tp:
        tp['hcs'] = rng.choice(['utf-8', 'utf-8', 'iso-8859-1'])
    if 'html_style' not in tp:
        tp['html_style'] = rng.randrange(3)
    if 'bstyle' not in tp:
        tp['bstyle'] = rng.randrange(5)
    return tp


def _attachment_part(a, tp, rng):
    fn = a['name']
    if a.get('kind') == 'eml':
        if a.get('as_octet'):
            _stat('attach:eml(octet-stream)')
            return M.binary_part(a['data'], fn, ctype='application/octet-stream', fn_style=tp['fn_style'])
        _stat('attach:eml(message/rfc822)')
        return M.rfc822_part(a['data'], filename=fn, fn_style=tp['fn_style'])
    ext = fn.rsplit('.', 1)[-1].lower()
    _stat('attach:' + ext)
    if a.get('text') is not None:
        sub = {'csv': 'csv', 'ics': 'calendar', 'vcf': 'vcard', 'txt': 'plain', 'htm': 'html',
               'html': 'html'}.get(ext, 'plain')
        extra = '; method=REQUEST' if ext == 'ics' else ''
        cs = a.get('charset', 'utf-8')
        cte = a.get('cte') or rng.choice(['quoted-printable', 'base64', '8bit'])
        return M.text_part(a['text'], subtype=sub, charset=cs, cte=cte, filename=fn, fn_style=tp['fn_style'],
                           extra_ct=extra)
    return M.binary_part(a['data'], fn, fn_style=tp['fn_style'], alt_ctype=a.get('octet', False))


def compose(sp, rng):
    tp = choose_transport(rng, sp)
    for k in ('body', 'charset', 'cte'):
        _stat('%s:%s' % (k, tp[k]))
    _stat('linesep:%s' % ('CRLF' if tp['linesep'] == '\r\n' else 'LF'))
    cs = tp['charset']
    text = sp['text']
    if not text.endswith('\n'):
        text += '\n'
    html = sp.get('html') or M.text_to_html(text, tp['html_style'], sp['lang'])
    body_kind = tp['body']
    plain_cte = tp['cte']
    if body_kind == 'plain':
        body = M.text_part(text, 'plain', cs, plain_cte)
    elif body_kind == 'html':
        body = M.text_part(html, 'html', cs, plain_cte if plain_cte != '7bit' else 'quoted-printable')
    else:
        b = _boundary(rng, tp['bstyle'])
        body = M.multipart('alternative', [M.text_part(text, 'plain', cs, plain_cte),
                                           M.text_part(html, 'html', cs, 'quoted-printable'
                                                       if plain_cte in ('7bit', '8bit') else plain_cte)], b)
    atts = list(sp.get('attachments', []))
    if (sp.get('logo') or (sp.get('logo') is None and rng.random() < 0.12)) and body_kind != 'plain':
        # inline logo in a multipart/related
        _stat('multipart/related')
        logo = M.binary_part(make_png(40, 16, 7), 'image001.png', inline=True, cid='image001.png@01DA')
        body = M.multipart('related', [body, logo], _boundary(rng, (tp['bstyle'] + 1) % 5),
                           extra='; type="%s"' % ('multipart/alternative' if body_kind == 'alt' else 'text/html'))
    if atts:
        parts = [body] + [_attachment_part(a, tp, rng) for a in atts]
        root = M.multipart('mixed', parts, _boundary(rng, (tp['bstyle'] + 2) % 5),
                           preamble='This is a multi-part message in MIME format.' if rng.random() < 0.4 else None)
        _stat('multipart/mixed')
    else:
        root = body
    if sp.get('fwd_eml'):
        _stat('forward-as-attachment')
    return M.make_message(headers(sp, rng, tp), root, tp['linesep'])


def headers(sp, rng, tp):
    hcs = tp['hcs']
    frm_name, frm_addr = sp['frm']
    dom = frm_addr.split('@')[1]
    h = []
    if rng.random() < 0.3:
        h.append('Return-Path: <%s>' % frm_addr)
    h.append(M.addr_header('From', [sp['frm']], hcs))
    h.append(M.addr_header('To', sp['to'], hcs))
    if sp.get('cc'):
        h.append(M.addr_header('Cc', sp['cc'], hcs))
    subj = sp['subject']
    if any(ord(c) > 127 for c in subj):
        _stat('rfc2047-subject')
    for n, _ in [sp['frm']] + list(sp['to']) + list(sp.get('cc', [])):
        if n and any(ord(c) > 127 for c in n):
            _stat('rfc2047-address')
            break
    h.append(M.enc_header('Subject', subj, hcs))
    h.append(M.date_header(sp['date']))
    h.append('Message-ID: %s' % _mid(rng, dom))
    if sp.get('reply'):
        ref = _mid(rng, rng.choice(['chrvsa.example', 'gmf2rivieres.example', 'orlfleuve.example']))
        h.append('In-Reply-To: %s' % ref)
        h.append('References: %s' % ref)
    if sp.get('thread_topic'):
        h.append(M.enc_header('Thread-Topic', sp['thread_topic'], hcs))
    ua = rng.randrange(6)
    if ua == 0:
        h.append('X-Mailer: Microsoft Outlook 16.0')
    elif ua == 1:
        h.append('User-Agent: Mozilla Thunderbird')
    elif ua == 2:
        h.append('X-Mailer: Apple Mail (2.3774.600.62)')
    elif ua == 3:
        h.append('X-Mailer: Zimbra 9.0.0_GA_4583')
    if sp.get('priority'):
        h.append('X-Priority: 1')
        h.append('Importance: High')
    if rng.random() < 0.3:
        h.append('Content-Language: %s-CA' % sp['lang'])
    return h


def digest_bytes(b):
    return hashlib.sha256(b).hexdigest()
