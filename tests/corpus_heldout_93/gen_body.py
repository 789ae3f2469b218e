"""Render message bodies (text / HTML) from blocks and assemble a full e-mail."""
import datetime
import email.utils
import html

from gen_mime import Leaf, Multi, Rfc822, address_header, fold, header_tokens, render_message


# ---------------------------------------------------------------------------
# Blocks -> text
# ---------------------------------------------------------------------------
def table_text(hdr, rows, style):
    allrows = ([hdr] if hdr else []) + [[str(c) for c in r] for r in rows]
    if style == 'pipe':
        return '\n'.join(' | '.join(str(c) for c in r) for r in allrows)
    if style == 'tab':
        return '\n'.join('\t'.join(str(c) for c in r) for r in allrows)
    if style == 'dash':
        return '\n'.join('- ' + ' - '.join(str(c) for c in r) for r in allrows[1:] if r) if hdr else \
            '\n'.join('- ' + ' - '.join(str(c) for c in r) for r in allrows)
    widths = [max(len(str(r[i])) for r in allrows if i < len(r)) for i in range(len(allrows[0]))]
    out = []
    for k, r in enumerate(allrows):
        out.append('  '.join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
        if k == 0 and hdr:
            out.append('  '.join('-' * w for w in widths))
    return '\n'.join(out)


def blocks_text(blocks, tstyle='aligned'):
    parts = []
    for b in blocks:
        if isinstance(b, str):
            parts.append(b)
        elif b[0] == 'table':
            parts.append(table_text(b[1], b[2], tstyle))
        elif b[0] == 'list':
            parts.append('\n'.join('- ' + i if not i.startswith(('-', '*', '•')) else i for i in b[1]))
        elif b[0] == 'sig':
            parts.append(b[1].lstrip('\n') if not b[1].startswith('--') else b[1])
        elif b[0] == 'quote':
            intro, inner, style = b[1], b[2], b[3]
            txt = blocks_text(inner, tstyle)
            if style == 'gt':
                parts.append(intro + '\n' + '\n'.join(('> ' + l) if l else '>' for l in txt.split('\n')))
            else:
                parts.append(intro + '\n\n' + txt)
        elif b[0] == 'fwd':
            head, inner = b[1], b[2]
            parts.append(head + '\n\n' + blocks_text(inner, tstyle))
        else:
            raise ValueError(b[0])
    return '\n\n'.join(p.rstrip('\n') for p in parts) + '\n'


# ---------------------------------------------------------------------------
# Blocks -> HTML
# ---------------------------------------------------------------------------
def _h(s):
    return html.escape(s, quote=False).replace('\n', '<br>\n')


def blocks_html(blocks, flavour):
    out = []
    for b in blocks:
        if isinstance(b, str):
            if flavour == 'outlook':
                out.append('<p class="MsoNormal">%s</p>' % _h(b))
            elif flavour == 'gmail':
                out.append('<div>%s</div><div><br></div>' % _h(b))
            else:
                out.append('<p>%s</p>' % _h(b))
        elif b[0] == 'table':
            hdr, rows = b[1], b[2]
            t = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">']
            if hdr:
                t.append('<tr>' + ''.join('<th style="background:#dde">%s</th>' % _h(str(c)) for c in hdr) + '</tr>')
            for r in rows:
                t.append('<tr>' + ''.join('<td>%s</td>' % _h(str(c)) for c in r) + '</tr>')
            t.append('</table>')
            out.append('\n'.join(t))
        elif b[0] == 'list':
            out.append('<ul>\n' + '\n'.join('<li>%s</li>' % _h(i.lstrip('-*• ')) for i in b[1]) + '\n</ul>')
        elif b[0] == 'sig':
            out.append('<div style="color:#555;font-size:9pt">%s</div>' % _h(b[1].lstrip('\n')))
        elif b[0] == 'quote':
            intro, inner, style = b[1], b[2], b[3]
            if style == 'gt':
                out.append('<div>%s</div>\n<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n%s\n</blockquote>'
                           % (_h(intro), blocks_html(inner, flavour)))
            else:
                out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0">'
                           '<p class="MsoNormal">%s</p></div>\n%s' % (_h(intro), blocks_html(inner, flavour)))
        elif b[0] == 'fwd':
            out.append('<div>%s</div>\n<div>%s</div>' % (_h(b[1]), blocks_html(b[2], flavour)))
    return '\n'.join(out)


def html_doc(blocks, flavour, charset, lang):
    body = blocks_html(blocks, flavour)
    if flavour == 'outlook':
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n'
                '</head>\n<body lang="%s" link="#0563C1">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
                % (charset, 'FR-CA' if lang == 'fr' else 'EN-CA', body))
    if flavour == 'gmail':
        return '<div dir="ltr">\n%s\n</div>\n' % body
    return ('<!DOCTYPE html>\n<html><head><meta charset="%s"><title></title></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:11pt">\n%s\n</body></html>\n' % (charset, body))


# ---------------------------------------------------------------------------
# Mail assembly
# ---------------------------------------------------------------------------
def _tz(region, d):
    if region == 'be':
        return datetime.timezone(datetime.timedelta(hours=2 if d >= datetime.datetime(2025, 3, 30, 1) else 1))
    return datetime.timezone(datetime.timedelta(hours=-4 if d >= datetime.datetime(2025, 3, 9, 2) else -5))


def quote_intro(g, lang, who, whomail, d, style):
    """Reply / forward intro lines in a few clients' styles."""
    from gen_common import FR_DAYS, FR_MONTHS, EN_DAYS, EN_MONTHS
    if style == 'gt':
        if lang == 'fr':
            return g.pick(['Le %s %d %s %d à %02d:%02d, %s <%s> a écrit :' % (FR_DAYS[d.weekday()][:3] + '.', d.day, FR_MONTHS[d.month - 1][:4] + '.', d.year, d.hour, d.minute, who, whomail),
                           'Le %02d/%02d/%d à %02dh%02d, %s a écrit :' % (d.day, d.month, d.year, d.hour, d.minute, who)])
        return g.pick(['On %s, %s %d, %d at %d:%02d %s, %s <%s> wrote:' % (EN_DAYS[d.weekday()][:3], EN_MONTHS[d.month - 1][:3], d.day, d.year, (d.hour - 1) % 12 + 1, d.minute, 'AM' if d.hour < 12 else 'PM', who, whomail),
                       '%s wrote on %d/%d/%d:' % (who, d.month, d.day, d.year)])
    return None


def outlook_header(lang, who, whomail, to, d, subject):
    from gen_common import FR_DAYS, FR_MONTHS, EN_DAYS, EN_MONTHS
    if lang == 'fr':
        return ('De : %s <%s>\nEnvoyé : %s %d %s %d %02d:%02d\nÀ : %s\nObjet : %s'
                % (who, whomail, FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute, to, subject))
    return ('From: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s'
            % (who, whomail, EN_DAYS[d.weekday()], EN_MONTHS[d.month - 1], d.day, d.year, (d.hour - 1) % 12 + 1, d.minute,
               'AM' if d.hour < 12 else 'PM', to, subject))


def forward_header(lang, who, whomail, to, d, subject, style):
    from gen_common import FR_MONTHS, EN_MONTHS
    if style == 'gmail':
        if lang == 'fr':
            return ('---------- Message transféré ---------\nDe : %s <%s>\nDate: %d %s %d à %02d:%02d\nSubject: %s\nTo: %s'
                    % (who, whomail, d.day, FR_MONTHS[d.month - 1][:4] + '.', d.year, d.hour, d.minute, subject, to))
        return ('---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s %d, %d at %d:%02d\nSubject: %s\nTo: %s'
                % (who, whomail, EN_MONTHS[d.month - 1][:3], d.day, d.year, d.hour, d.minute, subject, to))
    if style == 'tb':
        return ('-------- %s --------\n%s: %s\n%s: %02d/%02d/%d %02d:%02d\n%s: %s <%s>\n%s: %s'
                % ('Message transféré' if lang == 'fr' else 'Forwarded Message', 'Sujet' if lang == 'fr' else 'Subject', subject,
                   'Date', d.day, d.month, d.year, d.hour, d.minute, 'De' if lang == 'fr' else 'From', who, whomail,
                   'Pour' if lang == 'fr' else 'To', to))
    return '-----%s-----\n' % ('Message d\'origine' if lang == 'fr' else 'Original Message') + outlook_header(lang, who, whomail, to, d, subject)


def _pick_charset(g, text, lang):
    r = g.rng.random()
    if text.isascii() and r < 0.55:
        return 'us-ascii'
    r = g.rng.random()
    if r < 0.55:
        return 'utf-8'
    if r < 0.78:
        cs = 'iso-8859-1'
    else:
        cs = 'windows-1252'
    try:
        text.encode(cs)
        return cs
    except UnicodeEncodeError:
        try:
            text.encode('windows-1252')
            return 'windows-1252'
        except UnicodeEncodeError:
            return 'utf-8'


def _pick_cte(g, charset):
    if charset == 'us-ascii':
        return g.pick(['7bit', '7bit', '7bit', 'quoted-printable'])
    return g.pick(['8bit', 'quoted-printable', 'quoted-printable', 'base64'])


def build_mail(g, spec, crlf=None, feats=None, inner=False):
    """Return raw bytes of a message described by *spec*."""
    feats = feats if feats is not None else set()
    lang = spec['lang']
    d = spec.get('date') or g.msg_date()
    tstyle = spec.get('tstyle') or g.pick(['aligned', 'pipe', 'tab', 'aligned', 'dash'])
    text = blocks_text(spec['blocks'], tstyle)
    mode = spec.get('body') or g.pick(['plain'] * 9 + ['alt'] * 7 + ['html'] * 4)
    if mode == 'plain' and any(not isinstance(b, str) and b[0] == 'table' for b in spec['blocks']) and g.chance(0.4):
        mode = 'alt'
    flavour = g.pick(['outlook', 'gmail', 'plain'])
    charset = _pick_charset(g, text, lang)
    cte = _pick_cte(g, charset)
    parts = []
    if mode in ('plain', 'alt'):
        parts.append(Leaf('text/plain', text, charset, cte))
    if mode in ('html', 'alt'):
        hcs = charset if g.chance(0.7) or charset == 'us-ascii' else g.pick(['utf-8', 'windows-1252'])
        if hcs == 'us-ascii':
            hcs = 'utf-8' if not text.isascii() else 'us-ascii'
        hdoc = html_doc(spec['blocks'], flavour, hcs, lang)
        parts.append(Leaf('text/html', hdoc, hcs, _pick_cte(g, hcs)))
    if mode == 'html':
        feats.add('html-only')
    if spec.get('calendar'):
        parts.append(Leaf('text/calendar', spec['calendar'], 'utf-8', g.pick(['7bit', 'quoted-printable', 'base64', '8bit'])))
        if len(parts) == 1:
            parts.insert(0, Leaf('text/plain', text, charset, cte))
    body = parts[0] if len(parts) == 1 else Multi('alternative', parts)
    atts = []
    for a in spec.get('attachments', []):
        fn = a['filename']
        style = a.get('fn_style') or g.pick(['2231', '2231', '2231cont', '2231latin', '2047', '2047'])
        data = a['data']
        if isinstance(data, str):
            atts.append(Leaf(a['ctype'], data, a.get('charset', 'utf-8'),
                             a.get('cte') or g.pick(['base64', 'quoted-printable', '8bit', 'base64']),
                             filename=fn, fn_style=style, disposition=a.get('disposition', 'attachment')))
        else:
            lf = Leaf(a['ctype'], data, a.get('charset'), 'base64', filename=fn, fn_style=style,
                      disposition=a.get('disposition', 'attachment'))
            atts.append(lf)
    if spec.get('inner'):
        ib = build_mail(g, spec['inner'], crlf=False, feats=feats, inner=True)
        atts.append(Rfc822(ib, filename=spec.get('inner_filename')))
    if atts:
        body = Multi('mixed', [body] + atts)
    # ---- headers -------------------------------------------------------
    hcs = g.pick(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
    henc = g.pick(['B', 'Q'])
    hmode = g.pick(['whole', 'words'])
    subj = spec['subject']
    if not subj.isascii():
        feats.add('RFC2047-' + henc)
    elif any(not (dn or '').isascii() for dn, _ in [spec['from']] + spec['to'] + spec.get('cc', [])):
        feats.add('RFC2047-' + henc)
    region = spec.get('region', 'qc')
    dt = d.replace(tzinfo=_tz(region, d))
    dom = spec['from'][1].split('@')[1]
    mid = '<%s.%s@%s>' % (''.join(g.pick('0123456789abcdef') for _ in range(16)),
                          ''.join(g.pick('0123456789ABCDEF') for _ in range(8)), dom)
    H = [address_header('From', [spec['from']], hcs, henc, hmode),
         address_header('To', spec['to'], hcs, henc, hmode)]
    if spec.get('cc'):
        H.append(address_header('Cc', spec['cc'], hcs, henc, hmode))
    H.append(fold('Subject', header_tokens(subj, hcs, henc, hmode)))
    H.append('Date: ' + email.utils.format_datetime(dt))
    H.append('Message-ID: ' + mid)
    if spec.get('reply') or subj.lower().startswith(('re:', 'tr:', 'fw:', 'fwd:', 'réf')):
        ref = '<%s@%s>' % (''.join(g.pick('0123456789abcdef') for _ in range(20)), g.pick([dom, 'mail.example']))
        H.append('In-Reply-To: ' + ref)
        H.append('References: ' + ref)
    if not inner:
        ua = g.pick(['X-Mailer: Microsoft Outlook 16.0', 'User-Agent: Mozilla Thunderbird 128.4.0',
                     'X-Mailer: Apple Mail (2.3826.400.131.1.6)', None, None,
                     'X-Mailer: Zimbra 10.0.8_GA_4611 (ZimbraWebClient - FF132)',
                     'User-Agent: Roundcube Webmail/1.6.9'])
        if ua:
            H.append(ua)
        if g.chance(0.4):
            H.append('Content-Language: ' + ('fr-CA' if region == 'qc' and lang == 'fr' else 'fr-BE' if lang == 'fr' else 'en-US'))
        if spec.get('urgent'):
            H.append(g.pick(['Importance: high', 'X-Priority: 1 (Highest)']))
    if crlf is None:
        crlf = g.chance(0.5)
    return render_message(H, body, g.rng, crlf=crlf, feats=feats, tag_eol=not inner)
