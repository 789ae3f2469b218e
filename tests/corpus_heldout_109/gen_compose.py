"""Compose a mail (headers, body forms, attachments) and pick a transport."""
import datetime
import html

import gen_mime as M
from gen_common import CLSCS, ORG, STAFF, d_en, d_fr, slug

EDT = datetime.timezone(datetime.timedelta(hours=-4))
EST = datetime.timezone(datetime.timedelta(hours=-5))

MAILERS = ['Microsoft Outlook 16.0', 'Microsoft Outlook 16.0', 'Mozilla Thunderbird 115.9.0',
           'Apple Mail (2.3774.500.171.1.1)', 'Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF124)',
           'Roundcube Webmail/1.6.6', None, None]


def tz_for(dt):
    if datetime.datetime(2024, 11, 3, 2) <= dt < datetime.datetime(2025, 3, 9, 2):
        return EST
    return EDT


# ------------------------------------------------------------------ text bits
def greet(ctx, lang, name=None, formal=None):
    if lang == 'fr':
        if name:
            return ctx.pick([f'Bonjour {name},', f'Bonjour {name},', f'Allô {name},', f'Salut {name},',
                             f'Bonjour {name}!'])
        return ctx.pick(['Bonjour,', 'Bonjour à tous,', 'Bonjour à toutes et à tous,', 'Bonjour,',
                         'Mesdames, Messieurs,', 'Bon matin,'])
    if name:
        return ctx.pick([f'Hi {name},', f'Hello {name},', f'Dear {name},', f'Good morning {name},', f'{name},'])
    return ctx.pick(['Hello,', 'Hi all,', 'Good afternoon,', 'Dear colleagues,', 'Hi everyone,'])


def closing(ctx, lang):
    if lang == 'fr':
        return ctx.pick(['Merci et bonne journée,', 'Merci!', 'Bonne journée,', 'Cordialement,',
                         'Au plaisir,', 'Merci de ton aide,', 'Bien à vous,', 'Merci beaucoup,', 'Bonne fin de journée.'])
    return ctx.pick(['Thanks,', 'Best regards,', 'Thank you,', 'Kind regards,', 'Cheers,', 'Many thanks,', 'Best,'])


def signature(ctx, st, lang, style=None):
    style = style or ctx.pick(['full', 'full', 'mid', 'short', 'initials', 'mobile'])
    site = ctx.pick(CLSCS)
    if style == 'short':
        return st.given
    if style == 'initials':
        return st.given[0] + st.surname[0]
    if style == 'mobile':
        return st.given + ('\n\nEnvoyé de mon iPhone' if lang == 'fr' else '\n\nSent from my iPhone')
    role = st.role_fr if lang == 'fr' else st.role_en
    if style == 'mid':
        ext = 'poste' if lang == 'fr' else 'ext.'
        return f'{st.full}\n{role[0].upper() + role[1:]}\n{site["tel"]}, {ext} {ctx.randint(2100, 6999)}'
    lines = ['-- ', f'{st.full}{", " + st.cred if st.cred else ""}', role[0].upper() + role[1:]]
    if st.dom == ORG['dom']:
        lines.append(site['name'] + (' — Programme Jeunesse' if lang == 'fr' else ' - Youth Program'))
        lines.append(ORG['ciusss_fr'])
        lines.append(site['addr'])
        lines.append(('Tél. : ' if lang == 'fr' else 'Tel.: ') + site['tel'] +
                     (f', poste {ctx.randint(2100, 6999)}' if lang == 'fr' else f' ext. {ctx.randint(2100, 6999)}'))
        if ctx.chance(0.3):
            lines.append(('Téléc. : ' if lang == 'fr' else 'Fax: ') + ctx.phone())
    elif st.dom == ORG['hosp_dom']:
        lines.append('Département de pédiatrie, ' + ORG['hosp_fr'])
        lines.append('Tél. : 450 555-0150')
    elif st.dom == ORG['chu_dom']:
        lines.append('Pédopsychiatrie — ' + ORG['chu_fr'])
        lines.append('Tél. : 514 555-0160')
    elif st.dom == ORG['hosp_en_dom']:
        lines.append('Department of Paediatrics, ' + ORG['hosp_en'])
        lines.append('Tel. 514 555-0170')
    lines.append(st.email)
    return '\n'.join(lines)


DISCLAIMER_FR = ("AVIS DE CONFIDENTIALITÉ : Ce courriel et les documents qui y sont joints peuvent contenir des "
                 "renseignements confidentiels. Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur "
                 "et le détruire sans en conserver de copie.")
DISCLAIMER_EN = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential information. "
                 "If you received it in error, please notify the sender and delete it.")
DISCLAIMER_BI = DISCLAIMER_FR + '\n' + DISCLAIMER_EN
ECO = ['Pensez à l\'environnement avant d\'imprimer ce courriel.', 'Please consider the environment before printing.']


def footer(ctx, lang):
    r = ctx.rng.random()
    if r < 0.22:
        return '\n\n' + (DISCLAIMER_FR if lang == 'fr' else DISCLAIMER_EN)
    if r < 0.3:
        return '\n\n' + DISCLAIMER_BI
    if r < 0.36:
        return '\n\n' + (ECO[0] if lang == 'fr' else ECO[1])
    return ''


def quote_block(ctx, lang, frm, to, dt, subject, text, style=None):
    """Return quoted history text (Outlook-style header or '>' prefixed)."""
    style = style or ctx.pick(['outlook', 'gt', 'outlook', 'gt_wrote'])
    if style == 'gt' or style == 'gt_wrote':
        if lang == 'fr':
            intro = f'Le {d_fr(dt.date(), "day")} {dt.year} à {dt.hour:02d}:{dt.minute:02d}, {frm[0]} <{frm[1]}> a écrit :'
        else:
            intro = f'On {d_en(dt.date(), "day")}, {dt.year} at {dt.hour % 12 or 12}:{dt.minute:02d} ' \
                    f'{"AM" if dt.hour < 12 else "PM"}, {frm[0]} <{frm[1]}> wrote:'
        return intro + '\n' + '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))
    if lang == 'fr':
        head = (f'De : {frm[0]} <{frm[1]}>\nEnvoyé : {d_fr(dt.date(), "day")} {dt.year} {dt.hour:02d}:{dt.minute:02d}\n'
                f'À : {to[0]} <{to[1]}>\nObjet : {subject}')
    else:
        head = (f'From: {frm[0]} <{frm[1]}>\nSent: {d_en(dt.date(), "day")}, {dt.year} {dt.hour % 12 or 12}:'
                f'{dt.minute:02d} {"AM" if dt.hour < 12 else "PM"}\nTo: {to[0]} <{to[1]}>\nSubject: {subject}')
    return '_' * 32 + '\n' + head + '\n\n' + text


def forward_block(ctx, lang, frm, to, dt, subject, text):
    if lang == 'fr':
        bar = ctx.pick(['---------- Message transféré ---------', '-------- Message original --------',
                        '-----Message d\'origine-----'])
        head = f'De : {frm[0]} <{frm[1]}>\nDate : {d_fr(dt.date())} {dt.hour:02d}:{dt.minute:02d}\n' \
               f'Objet : {subject}\nÀ : {to[0]} <{to[1]}>'
    else:
        bar = ctx.pick(['---------- Forwarded message ---------', '-----Original Message-----'])
        head = f'From: {frm[0]} <{frm[1]}>\nDate: {d_en(dt.date())} {dt.hour:02d}:{dt.minute:02d}\n' \
               f'Subject: {subject}\nTo: {to[0]} <{to[1]}>'
    return bar + '\n' + head + '\n\n' + text


def text_to_html(ctx, text, entities=None):
    entities = ctx.chance(0.25) if entities is None else entities
    font = ctx.pick(['Calibri, sans-serif', 'Arial, Helvetica, sans-serif', 'Aptos, Calibri, sans-serif',
                     'Segoe UI, sans-serif'])
    paras = []
    for block in text.split('\n\n'):
        esc = html.escape(block, quote=False)
        if entities:
            esc = esc.encode('ascii', 'xmlcharrefreplace').decode('ascii')
        paras.append('<p>' + esc.replace('\n', '<br>\n') + '</p>')
    head = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
    return head + f'<body style="font-family:{font};font-size:11pt">\n' + '\n'.join(paras) + '\n</body></html>\n'


def html_table(rows, border=1):
    out = [f'<table border="{border}" cellpadding="4" cellspacing="0" style="border-collapse:collapse">']
    for i, r in enumerate(rows):
        tag = 'th' if i == 0 else 'td'
        out.append('<tr>' + ''.join(f'<{tag}>{html.escape(str(c))}</{tag}>' for c in r) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)


def text_table(rows):
    w = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for j, r in enumerate(rows):
        lines.append('  '.join(str(c).ljust(w[i]) for i, c in enumerate(r)).rstrip())
        if j == 0:
            lines.append('  '.join('-' * x for x in w))
    return '\n'.join(lines)


# ------------------------------------------------------------------ the mail
class Mail:
    def __init__(self, ctx, lang):
        self.ctx = ctx
        self.lang = lang
        self.frm = None
        self.to = []
        self.cc = []
        self.subject = ''
        self.text = None
        self.html = None
        self.attachments = []   # list of dicts
        self.dt = None
        self.in_reply_to = None
        self.form = None
        self.importance = None

    def sender(self, st):
        self.frm = (st.full, st.email)
        return self

    def add_to(self, name, addr):
        self.to.append((name, addr))
        return self

    def attach(self, **kw):
        self.attachments.append(kw)
        return self


def _pick_charset(ctx, text, lang):
    need_utf8 = any(ord(c) > 0x2100 for c in text) or any(ord(c) > 0xFF and c not in M.FALLBACK_LATIN1
                                                          for c in text)
    if need_utf8:
        return 'utf-8'
    r = ctx.rng.random()
    if lang == 'en':
        if all(ord(c) < 128 for c in text):
            return 'us-ascii' if r < 0.45 else ('utf-8' if r < 0.85 else 'iso-8859-1')
        return 'utf-8' if r < 0.7 else 'windows-1252'
    if r < 0.55:
        return 'utf-8'
    if r < 0.75:
        return 'iso-8859-1'
    if r < 0.93:
        return 'windows-1252'
    return 'us-ascii'


def _pick_cte(ctx, data_ascii):
    r = ctx.rng.random()
    if data_ascii:
        return '7bit' if r < 0.6 else ('quoted-printable' if r < 0.85 else 'base64')
    return 'quoted-printable' if r < 0.45 else ('8bit' if r < 0.75 else 'base64')


STATS = {'forms': {}, 'charsets': {}, 'ctes': {}, 'crlf': 0, 'lf': 0, 'h2047': 0, 'fn2231': 0, 'fn2047': 0}


def _count(k, v):
    STATS[k][v] = STATS[k].get(v, 0) + 1


def _boundary(ctx, n):
    style = ctx.pick(['outlook', 'tb', 'part', 'apple', 'simple'])
    h = '%016x' % ctx.rng.getrandbits(64)
    if style == 'outlook':
        return f'_{n:03d}_{h.upper()[:14]}QCXPR01MB{ctx.randint(1000, 9999)}namp_'
    if style == 'tb':
        return f'------------{h[:24] if len(h) >= 24 else h + "0" * (24 - len(h))}'
    if style == 'part':
        return f'----=_Part_{ctx.randint(10000, 99999)}_{ctx.randint(100000000, 999999999)}.{ctx.randint(1700000000000, 1750000000000)}'
    if style == 'apple':
        return f'Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-4C1B-9E2A-{h[:12].upper()}'
    return f'=_{h}'


def render_mail(m, form=None, charset=None, cte=None, crlf=None, hmode=None):
    ctx = m.ctx
    lang = m.lang
    dt = m.dt or ctx.dt()
    text = m.text
    form = form or m.form or ctx.pick(['plain', 'plain', 'alt', 'alt', 'alt', 'html'])
    if text is None and m.html is None:
        raise ValueError('empty mail')
    html_body = m.html
    if form in ('alt', 'html') and html_body is None:
        html_body = text_to_html(ctx, text)
    if form in ('plain', 'alt') and text is None:
        raise ValueError('need text')
    base_txt = (text or '') + (html_body or '')
    charset = charset or _pick_charset(ctx, base_txt, lang)
    if charset != 'utf-8' and any(ord(c) > 0xFF and c not in M.FALLBACK_LATIN1 for c in base_txt):
        charset = 'utf-8'
    n = ctx.msg_counter = ctx.msg_counter + 1
    parts = []

    def mk_text(t, sub):
        data = M.to_charset(t, charset)
        c = cte or _pick_cte(ctx, all(b < 128 for b in data))
        if charset == 'us-ascii' and c == '8bit':
            c = '7bit'
        p = M.text_part(t, sub, charset, c, format_flowed=(sub == 'plain' and ctx.chance(0.1)))
        _count('ctes', p.headers[1][1])
        _count('charsets', charset)
        return p

    if form == 'plain':
        body = mk_text(text, 'plain')
    elif form == 'html':
        hb = html_body.replace('charset=utf-8', f'charset={charset}')
        body = mk_text(hb, 'html')
    else:
        hb = html_body.replace('charset=utf-8', f'charset={charset}')
        body = M.multipart('alternative', [mk_text(text, 'plain'), mk_text(hb, 'html')], _boundary(ctx, n * 10 + 1))
    _count('forms', form)
    if m.attachments:
        parts = [body]
        for a in m.attachments:
            parts.append(_att_part(ctx, a))
        body = M.multipart('mixed', parts, _boundary(ctx, n * 10 + 2),
                           preamble='This is a multi-part message in MIME format.' if ctx.chance(0.4) else None)
        _count('forms', 'mixed')
    hmode = hmode or ctx.pick(['B', 'Q', 'B'])
    hcs = 'utf-8' if charset in ('us-ascii',) or ctx.chance(0.6) else charset
    subj = m.subject
    if not M.is_ascii(subj):
        STATS['h2047'] += 1
        try:
            M.to_charset(subj, hcs)
            subj.encode('latin-1') if hcs != 'utf-8' else None
        except UnicodeEncodeError:
            hcs = 'utf-8'
    tz = tz_for(dt)
    dom = m.frm[1].split('@')[1]
    hdrs = []
    if ctx.chance(0.5):
        hdrs.append(('Date', M.fmt_date(dt, tz)))
    hdrs.append(('From', M.haddr(m.frm[0], m.frm[1], hcs, hmode, ctx.pick(['quoted', 'bare']))))
    hdrs.append(('To', ',\n '.join(M.haddr(a, b, hcs, hmode, 'quoted') for a, b in m.to)))
    if m.cc:
        hdrs.append(('Cc', ',\n '.join(M.haddr(a, b, hcs, hmode, 'quoted') for a, b in m.cc)))
    hdrs.append(('Subject', M.hval(subj, hcs, hmode)))
    if not any(h[0] == 'Date' for h in hdrs):
        hdrs.append(('Date', M.fmt_date(dt, tz)))
    hdrs.append(('Message-ID', f'<{ctx.rng.getrandbits(48):012x}.{n:04d}@{dom}>'))
    if m.in_reply_to:
        hdrs.append(('In-Reply-To', m.in_reply_to))
        hdrs.append(('References', m.in_reply_to))
    mailer = ctx.pick(MAILERS)
    if mailer:
        hdrs.append(('X-Mailer', mailer))
    if mailer and 'Outlook' in mailer:
        hdrs.append(('Thread-Index', 'A' + '%020x' % ctx.rng.getrandbits(80)))
        hdrs.append(('Content-Language', 'fr-CA' if lang == 'fr' else 'en-US'))
    if m.importance:
        hdrs.append(('Importance', m.importance))
    crlf = ctx.chance(0.5) if crlf is None else crlf
    STATS['crlf' if crlf else 'lf'] += 1
    return M.message(hdrs, body, crlf)


def _att_part(ctx, a):
    kind = a.get('kind', 'bin')
    fn_style = a.get('fn_style') or ctx.pick(['auto', 'auto', '2231', '2047', '2231cont', 'latin1', '2231force'])
    fname = a.get('filename')
    if fname and not M.is_ascii(fname):
        if fn_style in ('2047', '2047q'):
            STATS['fn2047'] += 1
        else:
            STATS['fn2231'] += 1
    elif fname and (fn_style == '2231cont' and len(fname) > 40 or fn_style == '2231force'):
        STATS['fn2231'] += 1
    if kind == 'text':
        cs = a.get('charset', 'utf-8')
        cte = a.get('cte') or ctx.pick(['base64', 'quoted-printable', '8bit' if cs != 'us-ascii' else '7bit'])
        extra = a.get('extra_ct', '')
        return M.text_part(a['text'], a.get('subtype', 'plain'), cs, cte, filename=fname,
                           disposition=a.get('disposition', 'attachment'), fn_style=fn_style, extra_ct=extra)
    if kind == 'eml':
        return M.rfc822_part(a['data'], fname, fn_style)
    return M.binary_part(a['data'], a['ctype'], fname, fn_style, a.get('disposition', 'attachment'))


# ------------------------------------------------------------------ common recipients
def school_contact(ctx, school, role=None, lang='fr'):
    from gen_common import SCHOOL_PEOPLE_EN, SCHOOL_PEOPLE_FR
    pool = SCHOOL_PEOPLE_FR if school[2] == 'fr' else SCHOOL_PEOPLE_EN
    if role:
        cand = [p for p in pool if role in p[2]] or pool
    else:
        cand = pool
    g, s, r = ctx.pick(cand)
    return (f'{g} {s}', f'{slug(g)}.{slug(s)}@{school[3]}', r, g)


def any_staff(ctx, *surnames):
    return ctx.pick([s for s in STAFF if not surnames or s.surname in surnames])
