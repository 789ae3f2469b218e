"""Turn a high-level Mail description into RFC 5322 bytes with varied transports."""
import datetime
import html

import mimekit as mk

TZ = datetime.timezone(datetime.timedelta(hours=-4))
BASE = datetime.datetime(2024, 9, 3, 8, 0, 0, tzinfo=TZ)


class Mail:
    def __init__(self, lang):
        self.lang = lang
        self.frm = None          # (display, addr)
        self.to = []             # [(display, addr)]
        self.cc = []
        self.subject = ''
        self.blocks = []
        self.attachments = []    # dicts: filename, data, ctype, (inline)
        self.reply = False
        self.types = set()
        self.note = ''
        self.force_body = None   # 'plain' / 'html' / 'alt'
        self.force_charset = None
        self.headers_extra = []
        self.date = None
        self.gp = None           # person whose grammatical gender resolves "(e)" forms

    def att(self, filename, data, ctype, **kw):
        d = {'filename': filename, 'data': data, 'ctype': ctype}
        d.update(kw)
        self.attachments.append(d)


# ---------------------------------------------------------------- plain text
def _table_plain(headers, rows, style):
    rows = [[str(c) for c in r] for r in rows]
    headers = [str(h) for h in headers]
    if style == 'tab':
        return '\n'.join(['\t'.join(headers)] + ['\t'.join(r) for r in rows])
    if style == 'pipe':
        out = ['| ' + ' | '.join(headers) + ' |', '|' + '|'.join('---' for _ in headers) + '|']
        out += ['| ' + ' | '.join(r) + ' |' for r in rows]
        return '\n'.join(out)
    if style == 'semi':
        return '\n'.join(['; '.join(headers)] + ['; '.join(r) for r in rows])
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    line = lambda cells: '  '.join(c.ljust(widths[i]) for i, c in enumerate(cells)).rstrip()
    out = [line(headers), '  '.join('-' * w for w in widths)] + [line(r) for r in rows]
    return '\n'.join(out)


def render_plain(blocks, style):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
        elif b[0] == 'table':
            out.append(_table_plain(b[1], b[2], style['table']))
        elif b[0] == 'list':
            bullet = style['bullet']
            out.append('\n'.join('%s%s' % (bullet if bullet != 'num' else '%d. ' % (i + 1), it)
                                 for i, it in enumerate(b[1])))
        elif b[0] == 'quote':
            inner = render_plain(b[2], style)
            q = '\n'.join(('> ' + ln) if ln else '>' for ln in inner.split('\n'))
            out.append(b[1] + '\n' + q if b[1] else q)
        elif b[0] == 'fwd':
            inner = render_plain(b[2], style)
            out.append(b[1][0] + '\n' + '\n'.join(b[1][1:]) + '\n\n' + inner)
        elif b[0] == 'sig':
            out.append(style['sigsep'] + '\n'.join(b[1]))
        elif b[0] == 'pre':
            out.append(b[1])
    return '\n\n'.join(out)


# ---------------------------------------------------------------- HTML
def _h(s):
    return html.escape(s, quote=False).replace('\n', '<br>\n')


def render_html_blocks(blocks):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append('<p>%s</p>' % _h(b))
        elif b[0] == 'table':
            rows = ''.join('<tr>%s</tr>\n' % ''.join('<td>%s</td>' % _h(str(c)) for c in r) for r in b[2])
            head = ''.join('<th align="left">%s</th>' % _h(str(h)) for h in b[1])
            out.append('<table border="1" cellpadding="3" cellspacing="0">\n<tr>%s</tr>\n%s</table>' % (head, rows))
        elif b[0] == 'list':
            out.append('<ul>\n%s</ul>' % ''.join('<li>%s</li>\n' % _h(it) for it in b[1]))
        elif b[0] == 'quote':
            intro = '<div>%s</div>\n' % _h(b[1]) if b[1] else ''
            out.append('%s<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">\n%s\n</blockquote>'
                       % (intro, render_html_blocks(b[2])))
        elif b[0] == 'fwd':
            out.append('<div>%s<br>\n%s</div>\n%s' % (_h(b[1][0]), '<br>\n'.join(_h(x) for x in b[1][1:]),
                                                     render_html_blocks(b[2])))
        elif b[0] == 'sig':
            out.append('<div style="color:#555;font-size:small">%s</div>' % '<br>\n'.join(_h(x) for x in b[1]))
        elif b[0] == 'pre':
            out.append('<pre>%s</pre>' % html.escape(b[1], quote=False))
    return '\n'.join(out)


def render_html(blocks, lang, charset):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
            '</head>\n<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</body></html>\n'
            % (lang, charset, render_html_blocks(blocks)))


# ---------------------------------------------------------------- assembly
def pick_transport(rng, mail):
    t = {}
    t['body'] = mail.force_body or rng.choice(['plain', 'plain', 'plain', 'alt', 'alt', 'html'])
    t['charset'] = mail.force_charset or rng.choice(['utf-8', 'utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
    t['cte'] = rng.choice(['quoted-printable', 'quoted-printable', 'base64', '8bit'])
    t['eol'] = rng.choice(['\n', '\r\n'])
    t['hmode'] = rng.choice(['b', 'q'])
    t['style'] = {'table': rng.choice(['tab', 'pipe', 'aligned', 'semi']),
                  'bullet': rng.choice(['- ', '* ', 'num', '  o ']),
                  'sigsep': rng.choice(['-- \n', '--\n', '', '\n'])}
    return t


def text_leaf(text, subtype, charset, cte):
    text = mk.fit_charset(text, charset)
    data = text.encode(charset)
    if cte == '8bit' and mk.is_ascii(text):
        cte = '7bit'
    return mk.Leaf('text/' + subtype, data, params=[('charset', charset)], cte=cte)


def boundary(rng, n):
    return '=_b%d_%s' % (n, ''.join(rng.choice('0123456789abcdef') for _ in range(20)))


def mail_date(rng):
    d = BASE + datetime.timedelta(days=rng.randrange(0, 70), hours=rng.randrange(0, 11),
                                  minutes=rng.randrange(0, 60), seconds=rng.randrange(0, 60))
    return d


def build(mail, rng, embedded=False):
    t = pick_transport(rng, mail)
    cs = t['charset']
    from ctx import gender_fix
    plain = gender_fix(mail.gp, render_plain(mail.blocks, t['style']))
    htm = gender_fix(mail.gp, render_html(mail.blocks, mail.lang, cs))
    mail.subject = gender_fix(mail.gp, mail.subject)
    if t['body'] == 'plain':
        body = text_leaf(plain, 'plain', cs, t['cte'])
    elif t['body'] == 'html':
        body = text_leaf(htm, 'html', cs, t['cte'])
    else:
        body = mk.Multi('alternative', [text_leaf(plain, 'plain', cs, t['cte']),
                                        text_leaf(htm, 'html', cs, rng.choice(['quoted-printable', 'base64']))],
                        boundary(rng, 1))
    if mail.attachments:
        parts = [body]
        for a in mail.attachments:
            if a['ctype'] == 'message/rfc822':
                parts.append(mk.Embedded(a['data'], a['filename'], inline=a.get('inline', False)))
                continue
            data = a['data']
            params = []
            cte = 'base64'
            if isinstance(data, str):
                acs = a.get('charset', 'utf-8')
                data = mk.fit_charset(data, acs).encode(acs)
                params = [('charset', acs)]
                if a['ctype'] in ('text/calendar',):
                    params.append(('method', 'REQUEST'))
                cte = a.get('cte', rng.choice(['base64', 'quoted-printable']))
            parts.append(mk.Leaf(a['ctype'], data, params=params, cte=cte, filename=a['filename'],
                                 disposition=a.get('disposition', 'attachment'),
                                 filename_style=rng.choice(['plain', 'rfc2231'])))
        root = mk.Multi('mixed', parts, boundary(rng, 0))
    else:
        root = body
    d = mail.date or mail_date(rng)
    import email.utils
    hm = t['hmode']
    hcs = 'utf-8' if cs == 'utf-8' or rng.random() < 0.5 else 'iso-8859-1'
    hdrs = [('From', mk.address(mail.frm[0], mail.frm[1], hcs, hm)),
            ('To', ', '.join(mk.address(n, a, hcs, hm) for n, a in mail.to))]
    if mail.cc:
        hdrs.append(('Cc', ', '.join(mk.address(n, a, hcs, hm) for n, a in mail.cc)))
    hdrs.append(('Subject', mk.header_text(mail.subject, hcs, hm)))
    hdrs.append(('Date', email.utils.format_datetime(d)))
    dom = mail.frm[1].split('@')[1]
    mid = '<%s.%s@%s>' % (''.join(rng.choice('0123456789ABCDEF') for _ in range(12)),
                          ''.join(rng.choice('0123456789abcdef') for _ in range(8)), dom)
    hdrs.append(('Message-ID', mid))
    if mail.reply:
        ref = '<%s@%s>' % (''.join(rng.choice('0123456789abcdef') for _ in range(16)),
                           mail.to[0][1].split('@')[1])
        hdrs.append(('In-Reply-To', ref))
        hdrs.append(('References', ref))
    if rng.random() < 0.4:
        hdrs.append(('X-Mailer', rng.choice(['Microsoft Outlook 16.0', 'Thunderbird 115.3',
                                             'Portail Patient GMF v4.2', 'Roundcube Webmail/1.6',
                                             'Apple Mail (2.3731)'])))
    if rng.random() < 0.3:
        hdrs.append(('Content-Language', 'fr-CA' if mail.lang == 'fr' else 'en-CA'))
    hdrs.extend(mail.headers_extra)
    return mk.serialise(hdrs, root, '\n' if embedded else t['eol'])
