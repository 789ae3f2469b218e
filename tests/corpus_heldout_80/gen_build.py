"""Turn a message description (a dict written by a template) into bytes."""
import hashlib

from gen_common import DOM
from gen_mime import (Multi, Rfc822, Text, address, address_list, render_message, table_to_text,
                      text_to_html, to_bytes)

WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONTHS3 = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
MAILERS = ['Microsoft Outlook 16.0', 'Microsoft Outlook 16.0', 'Mozilla Thunderbird 128.3.1',
           'Apple Mail (2.3774)', 'Zimbra 10.0 (ZimbraWebClient - FF131)', 'Roundcube Webmail/1.6.9', None, None]


def rfc_date(dt):
    # Quebec: EDT from 9 March to 2 November 2025, EST otherwise
    edt = (3, 9) <= (dt.month, dt.day) < (11, 2)
    return '%s, %d %s %d %02d:%02d:%02d %s' % (WEEKDAYS[dt.weekday()], dt.day, MONTHS3[dt.month - 1], dt.year,
                                               dt.hour, dt.minute, dt.second, '-0400' if edt else '-0500')


def boundary(rng):
    style = rng.randrange(4)
    if style == 0:
        return '----=_NextPart_000_%04X_01DB%04X.%08X' % (rng.randrange(65536), rng.randrange(65536),
                                                          rng.randrange(1 << 32))
    if style == 1:
        return '_000_%s_' % ''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(40))
    if style == 2:
        return '------------%s' % ''.join(rng.choice('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')
                                          for _ in range(24))
    return '=_%032x' % rng.getrandbits(128)


def msgid(rng, dom=DOM):
    return '<%s@%s>' % (''.join(rng.choice('0123456789abcdef') for _ in range(24)), dom)


def expand_tables(text, tables):
    if not tables:
        return text
    blocks = []
    for b in text.split('\n\n'):
        if b.startswith('@@TABLE'):
            idx = int(b[len('@@TABLE'):].strip() or 0)
            blocks.append(table_to_text(tables[idx]))
        else:
            blocks.append(b)
    return '\n\n'.join(blocks)


def build_text(rng, spec):
    """Return the message as a str whose code points are its bytes (latin-1 view), LF endings."""
    lang = spec.get('lang', 'fr')
    text = spec.get('body', '')
    tables = spec.get('tables')
    form = spec.get('form')
    if form is None:
        form = rng.choice(['plain', 'plain', 'alt', 'alt', 'html'])
    plain = expand_tables(text, tables)
    html = spec.get('html') or text_to_html(rng, text, tables, lang)
    cl = 'fr-CA' if lang == 'fr' else 'en-CA'
    if form == 'plain':
        body = Text(plain, 'plain', charset=spec.get('charset'), cte=spec.get('cte'), lang=cl)
    elif form == 'html':
        body = Text(html, 'html', charset=spec.get('charset'), cte=spec.get('cte'))
    else:
        body = Multi('alternative', [Text(plain, 'plain', charset=spec.get('charset'), cte=spec.get('cte')),
                                     Text(html, 'html', charset=spec.get('charset'))], boundary(rng))
    atts = list(spec.get('attachments') or [])
    parts = []
    for a in atts:
        if isinstance(a, dict):
            inner = build_text(rng, a['spec'])
            parts.append(Rfc822(inner, a.get('filename')))
        else:
            parts.append(a)
    if parts:
        root = Multi('mixed', [body] + parts, boundary(rng))
    else:
        root = body
    headers = []
    dt = spec['date']
    frm = spec['from']
    hdr_order = rng.randrange(2)
    h_from = ('!raw', _addr_header(rng, 'From', [frm]))
    h_to = ('!raw', _addr_header(rng, 'To', spec['to']))
    h_date = ('Date', rfc_date(dt))
    h_subj = ('Subject', spec.get('subject', ''))
    if hdr_order == 0:
        headers += [h_from, h_to]
        if spec.get('cc'):
            headers.append(('!raw', _addr_header(rng, 'Cc', spec['cc'])))
        headers += [h_subj, h_date]
    else:
        headers += [h_date, h_from]
        headers.append(h_subj)
        headers.append(h_to)
        if spec.get('cc'):
            headers.append(('!raw', _addr_header(rng, 'Cc', spec['cc'])))
    dom = frm[1].split('@')[-1]
    headers.append(('Message-ID', msgid(rng, dom)))
    if spec.get('in_reply_to'):
        irt = msgid(rng, spec['to'][0][1].split('@')[-1])
        headers.append(('In-Reply-To', irt))
        headers.append(('References', irt))
    mailer = rng.choice(MAILERS)
    if mailer:
        headers.append(('X-Mailer', mailer))
    if spec.get('importance'):
        headers.append(('Importance', spec['importance']))
    if rng.random() < 0.4:
        headers.append(('Content-Language', cl))
    if spec.get('sensitivity') and rng.random() < 0.7:
        headers.append(('Sensitivity', spec['sensitivity']))
    return render_message(rng, headers, root)


def _addr_header(rng, name, addrs):
    value = address_list(rng, addrs)
    # fold between addresses when long
    if len(value) > 70 and ', ' in value:
        value = value.replace(', ', ',\n ')
    return '%s: %s' % (name, value)


def build_email(rng, spec):
    crlf = spec.get('crlf')
    if crlf is None:
        crlf = rng.random() < 0.5
    return to_bytes(build_text(rng, spec), crlf)


def digest(files):
    """sha256 over sorted (path, NUL, bytes, NUL)."""
    h = hashlib.sha256()
    for path, data in sorted(files):
        h.update(path.encode('utf-8'))
        h.update(b'\0')
        h.update(data)
        h.update(b'\0')
    return h.hexdigest()


__all__ = ['build_email', 'build_text', 'digest', 'rfc_date', 'address']
