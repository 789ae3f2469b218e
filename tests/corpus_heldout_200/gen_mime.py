"""Hand-assembled MIME: charsets, transfer encodings, line ends, RFC 2047 / RFC 2231, quoting."""
import base64
import datetime
import email.charset
import email.header
import email.utils
import html as htmlmod
import quopri
import urllib.parse

import gen_common as C


class Att:
    def __init__(self, filename, ctype, data, charset=None):
        self.filename, self.ctype, self.data, self.charset = filename, ctype, data, charset


def addr(st):
    if isinstance(st, str):
        return ('', st)
    return (st.full if hasattr(st, 'full') else st[0], st.email if hasattr(st, 'email') else st[1])


def _who(name, mail):
    return '%s <%s>' % (name, mail) if name else mail


# ---------------------------------------------------------------- headers

def _q_charset(name):
    cs = email.charset.Charset(name)
    cs.header_encoding = email.charset.QP
    return cs


def encode_words(rng, text, force=False):
    """RFC 2047 encoding of a header value when needed (or when forced)."""
    if text.isascii() and not force:
        return text
    choice = rng.random()
    try:
        text.encode('iso-8859-1')
        latin = True
    except UnicodeEncodeError:
        latin = False
    if latin and choice < 0.3:
        h = email.header.Header(text, 'iso-8859-1')
    elif choice < 0.65:
        h = email.header.Header(text, _q_charset('utf-8'))
    else:
        h = email.header.Header(text, 'utf-8')
    return h.encode(linesep='\n', maxlinelen=76)


def fmt_addr(rng, pair):
    if isinstance(pair, str):
        return pair
    name, mail = pair
    if not name:
        return mail
    if not name.isascii() or rng.random() < 0.05:
        return '%s <%s>' % (encode_words(rng, name, force=True), mail)
    if any(c in name for c in ',.;:()"\'@'):
        return '"%s" <%s>' % (name.replace('"', ''), mail)
    return '%s <%s>' % (name, mail)


def fmt_addrs(rng, pairs):
    if pairs is None:
        return None
    if isinstance(pairs, (str, tuple)):
        pairs = [pairs]
    return ', '.join(fmt_addr(rng, p) for p in pairs)


def filename_params(rng, filename):
    """Content-Disposition / Content-Type parameters for a file name (RFC 2231 when needed)."""
    if filename.isascii() and rng.random() < 0.85:
        return 'filename="%s"' % filename, 'name="%s"' % filename
    cs = 'utf-8'
    if not filename.isascii() and rng.random() < 0.3:
        try:
            filename.encode('iso-8859-1')
            cs = 'iso-8859-1'
        except UnicodeEncodeError:
            pass
    quoted = urllib.parse.quote(filename.encode(cs), safe='')
    disp = "filename*=%s''%s" % (cs, quoted)
    if rng.random() < 0.5:
        ctn = 'name="%s"' % encode_words(rng, filename, force=not filename.isascii()).replace('\n', '')
    else:
        ctn = "name*=%s''%s" % (cs, quoted)
    return disp, ctn


# ---------------------------------------------------------------- bodies

def pick_charset(rng, text, pref=None):
    options = []
    if text.isascii():
        options += ['us-ascii'] * 3 + ['utf-8'] * 2 + ['iso-8859-1', 'windows-1252']
    else:
        for cs, w in (('utf-8', 4), ('iso-8859-1', 2), ('windows-1252', 2)):
            try:
                text.encode(cs)
                options += [cs] * w
            except UnicodeEncodeError:
                pass
    if pref and pref in options:
        return pref
    return rng.choice(options)


def encode_body(rng, raw, charset, cte=None):
    """raw: bytes already in charset; returns (cte, encoded bytes with LF)."""
    ascii_ = all(b < 128 for b in raw)
    if cte is None:
        if ascii_:
            cte = rng.choice(['7bit', '7bit', '7bit', 'quoted-printable', 'base64'])
        else:
            cte = rng.choice(['8bit', '8bit', 'quoted-printable', 'quoted-printable', 'base64'])
    if cte in ('7bit', '8bit'):
        if not ascii_:
            cte = '8bit'
        out = raw
    elif cte == 'quoted-printable':
        out = quopri.encodestring(raw)
    else:
        out = base64.encodebytes(raw)
    if not out.endswith(b'\n'):
        out += b'\n'
    return cte, out


def text_to_html(text, rng):
    paras, quote, buf = [], [], []

    def flush_buf():
        if buf:
            paras.append('<p>' + '<br>\n'.join(htmlmod.escape(x, quote=False) for x in buf) + '</p>')
            buf.clear()

    def flush_quote():
        if quote:
            inner = '<br>\n'.join(htmlmod.escape(x, quote=False) for x in quote)
            paras.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                         + inner + '</blockquote>')
            quote.clear()

    for line in text.split('\n'):
        if line.startswith('>'):
            flush_buf()
            quote.append(line[1:].lstrip(' ') if not line.startswith('>>') else line[1:])
            continue
        flush_quote()
        if not line.strip():
            flush_buf()
        else:
            buf.append(line)
    flush_buf()
    flush_quote()
    font = rng.choice(['Calibri,sans-serif', 'Arial,Helvetica,sans-serif', 'Segoe UI,sans-serif',
                       'Aptos,Calibri,sans-serif'])
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%%CHARSET%%"></head>\n'
            '<body><div style="font-family:%s;font-size:11pt">\n%s\n</div></body></html>\n'
            % (font, '\n'.join(paras)))


def html_table(rows, header=True):
    out = ['<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse">']
    for i, r in enumerate(rows):
        tag = 'th' if header and i == 0 else 'td'
        out.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, htmlmod.escape(str(c), quote=False), tag)
                                    for c in r) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)


def text_table(rows):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return '\n'.join('  '.join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows)


def _text_part(rng, subtype, text, charset=None, cte=None):
    if subtype == 'html' and rng.random() < 0.25:
        text = text.encode('ascii', 'xmlcharrefreplace').decode('ascii')
    charset = charset or pick_charset(rng, text)
    text = text.replace('%%CHARSET%%', charset).replace('%CHARSET%', charset)
    raw = text.encode(charset)
    cte, body = encode_body(rng, raw, charset, cte)
    fmt = '; format=flowed' if subtype == 'plain' and rng.random() < 0.1 and cte != 'base64' else ''
    headers = ['Content-Type: text/%s; charset="%s"%s' % (subtype, charset, fmt),
               'Content-Transfer-Encoding: %s' % cte]
    return headers, body


def _att_part(rng, att):
    disp, ctn = filename_params(rng, att.filename)
    if att.ctype == 'message/rfc822':
        cte = '8bit' if any(b >= 128 for b in att.data) else '7bit'
        body = att.data if att.data.endswith(b'\n') else att.data + b'\n'
        headers = ['Content-Type: message/rfc822; %s' % ctn, 'Content-Transfer-Encoding: %s' % cte,
                   'Content-Disposition: attachment; %s' % disp]
        return headers, body
    if att.ctype.startswith('text/') and att.charset:
        raw = att.data
        cte = rng.choice(['base64', 'quoted-printable', None])
        if cte != 'base64':
            raw = raw.replace(b'\r\n', b'\n')
        cte, body = encode_body(rng, raw, att.charset, cte)
        ctype = '%s; charset="%s"' % (att.ctype, att.charset)
    else:
        body = base64.encodebytes(att.data)
        cte = 'base64'
        ctype = att.ctype
    if att.ctype == 'text/calendar':
        ctype += '; method=REQUEST'
    headers = ['Content-Type: %s; %s' % (ctype, ctn), 'Content-Transfer-Encoding: %s' % cte,
               'Content-Disposition: attachment; %s' % disp]
    return headers, body


def _multipart(rng, subtype, parts, boundary):
    head = ['Content-Type: multipart/%s;\n\tboundary="%s"' % (subtype, boundary)]
    chunks = []
    if rng.random() < 0.4:
        chunks.append(b'This is a multi-part message in MIME format.\n')
    for h, b in parts:
        chunks.append(b'\n--' + boundary.encode() + b'\n' + '\n'.join(h).encode('ascii') + b'\n\n' + b)
    chunks.append(b'\n--' + boundary.encode() + b'--\n')
    body = b''.join(chunks)
    if body.startswith(b'\n'):
        body = body[1:]
    return head, body


def build_message(ctx, frm, to, subject, body, cc=None, html=None, form=None, attachments=(),
                  in_reply_to=None, extra=(), crlf=None, importance=False, when=None, msgid=None):
    rng = ctx.rng
    if form is None:
        form = rng.choice(['plain', 'plain', 'html', 'alt', 'alt'])
    if not body.endswith('\n'):
        body += '\n'
    boundary_n = [0]

    def boundary():
        boundary_n[0] += 1
        return '----=_Part_%d_%08x.%d' % (boundary_n[0], rng.getrandbits(32), 1700000000 + rng.randrange(10**8))

    html_text = html if html is not None else text_to_html(body, rng)
    if form == 'plain':
        body_parts = [_text_part(rng, 'plain', body)]
        main = body_parts[0]
    elif form == 'html':
        main = _text_part(rng, 'html', html_text)
    else:
        cs = pick_charset(rng, body + html_text)
        main = _multipart(rng, 'alternative', [_text_part(rng, 'plain', body, cs),
                                                _text_part(rng, 'html', html_text, cs)], boundary())
    if attachments:
        parts = [main] + [_att_part(rng, a) for a in attachments]
        main = _multipart(rng, 'mixed', parts, boundary())
    when = when or ctx.when
    mid = msgid or '<%s.%08x@%s>' % (when.strftime('%Y%m%d%H%M%S'), rng.getrandbits(32),
                            (frm[1] if isinstance(frm, tuple) else frm).split('@')[1])
    lines = ['From: ' + fmt_addrs(rng, frm), 'To: ' + fmt_addrs(rng, to)]
    if cc:
        lines.append('Cc: ' + fmt_addrs(rng, cc))
    lines.append('Subject: ' + encode_words(rng, subject, force=rng.random() < 0.08))
    lines.append('Date: ' + email.utils.format_datetime(when))
    lines.append('Message-ID: ' + mid)
    if in_reply_to:
        lines.append('In-Reply-To: ' + in_reply_to)
        lines.append('References: ' + in_reply_to)
    if importance:
        lines.append('Importance: High')
    for h in extra:
        lines.append(h)
    if rng.random() < 0.3:
        lines.append('X-Mailer: ' + rng.choice(['Microsoft Outlook 16.0', 'Apple Mail (2.3774)',
                                                 'Mozilla Thunderbird 128.3', 'Zimbra 10.0']))
    if rng.random() < 0.3:
        lines.append('Content-Language: ' + ('fr-CA' if ctx.fr else 'en-CA'))
    lines.append('MIME-Version: 1.0')
    lines += main[0]
    data = '\n'.join(lines).encode('ascii') + b'\n\n' + main[1]
    if crlf is None:
        crlf = rng.random() < 0.4
    if crlf:
        data = data.replace(b'\n', b'\r\n')
    return data


def inner_when(ctx, minutes_before):
    return ctx.when - datetime.timedelta(minutes=minutes_before)


# ---------------------------------------------------------------- quoting and forwarding

def _when_str(ctx, when):
    if ctx.fr:
        return '%s %d %s %d à %02d:%02d' % (C.JOURS[when.weekday()][:3] + '.', when.day,
                                             C.MOIS[when.month - 1], when.year, when.hour, when.minute)
    return '%s, %s %d, %d at %d:%02d %s' % (C.DAYS[when.weekday()][:3], C.MONTHS[when.month - 1][:3],
                                            when.day, when.year, (when.hour - 1) % 12 + 1, when.minute,
                                            'AM' if when.hour < 12 else 'PM')


def quote(ctx, who, when, text, style=None):
    """A quoted earlier message under a reply."""
    style = style or ctx.rng.choice(['gmail', 'outlook', 'outlook'])
    name, mail = addr(who)
    if style == 'gmail':
        head = ctx.L('Le %s, %s <%s> a écrit :' % (_when_str(ctx, when), name, mail),
                     'On %s %s <%s> wrote:' % (_when_str(ctx, when), name, mail))
        return head + '\n' + '\n'.join(('> ' + ln).rstrip() for ln in text.rstrip('\n').split('\n'))
    head = ctx.L('-----Message d\'origine-----\nDe : %s <%s>\nEnvoyé : %s\n' % (name, mail, _when_str(ctx, when)),
                 '-----Original Message-----\nFrom: %s <%s>\nSent: %s\n' % (name, mail, _when_str(ctx, when)))
    return head + '\n' + text


def forward(ctx, who, to, when, subject, text):
    name, mail = addr(who)
    tname, tmail = addr(to)
    if ctx.fr:
        head = ('-------- Message transféré --------\nDe : %s\nDate : %s\nÀ : %s\nObjet : %s\n'
                % (_who(name, mail), _when_str(ctx, when), _who(tname, tmail), subject))
    else:
        head = ('---------- Forwarded message ---------\nFrom: %s\nDate: %s\nTo: %s\nSubject: %s\n'
                % (_who(name, mail), _when_str(ctx, when), _who(tname, tmail), subject))
    return head + '\n' + text
