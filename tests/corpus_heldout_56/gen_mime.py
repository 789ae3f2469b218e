"""Body rendering (text / HTML) and a small deterministic MIME serializer.

A message body is a list of blocks:
  ('p', text)                      paragraph (may hold line breaks)
  ('list', [items])                bulleted list
  ('table', header, rows)          table
  ('quote', intro_line, blocks)    quoted reply ("> ")
  ('fwd', header_lines, blocks)    inline forward
  ('sig', [lines])                 signature
  ('pre', text)                    preformatted text
"""
import base64
import email.utils
import html
import quopri
from email.header import Header

# ---------------------------------------------------------------- rendering


def _table_text(header, rows, style):
    allrows = [header] + rows if header else rows
    allrows = [[str(c) for c in r] for r in allrows]
    if style == 'pipe':
        return '\n'.join(' | '.join(r) for r in allrows)
    if style == 'tab':
        return '\n'.join('\t'.join(r) for r in allrows)
    if style == 'semi':
        return '\n'.join(' ; '.join(r) for r in allrows)
    widths = [max(len(r[i]) if i < len(r) else 0 for r in allrows) for i in range(len(allrows[0]))]
    lines = []
    for n, r in enumerate(allrows):
        lines.append('  '.join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip())
        if n == 0 and header:
            lines.append('  '.join('-' * w for w in widths))
    return '\n'.join(lines)


def render_text(blocks, opts):
    out = []
    bullet = opts.get('bullet', '- ')
    for b in blocks:
        kind = b[0]
        if kind == 'p':
            out.append(b[1])
        elif kind == 'pre':
            out.append(b[1])
        elif kind == 'list':
            out.append('\n'.join(bullet + it for it in b[1]))
        elif kind == 'table':
            out.append(_table_text(b[1], b[2], opts.get('table', 'aligned')))
        elif kind == 'quote':
            inner = render_text(b[2], opts)
            q = '\n'.join(('> ' + ln) if ln else '>' for ln in inner.split('\n'))
            out.append(b[1] + '\n' + q if b[1] else q)
        elif kind == 'fwd':
            inner = render_text(b[2], opts)
            out.append('\n'.join(b[1]) + '\n\n' + inner)
        elif kind == 'sig':
            out.append(opts.get('sigsep', '--') + '\n' + '\n'.join(b[1]) if opts.get('sigsep') else '\n'.join(b[1]))
    return '\n\n'.join(out) + '\n'


def _h(s):
    return html.escape(s).replace('\n', '<br>\n')


def render_html_blocks(blocks, opts):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == 'p':
            out.append('<p>%s</p>' % _h(b[1]))
        elif kind == 'pre':
            out.append('<pre>%s</pre>' % html.escape(b[1]))
        elif kind == 'list':
            out.append('<ul>\n%s\n</ul>' % '\n'.join('<li>%s</li>' % _h(i) for i in b[1]))
        elif kind == 'table':
            rows = []
            if b[1]:
                rows.append('<tr>%s</tr>' % ''.join(
                    '<th style="border:1px solid #999;padding:2px 6px">%s</th>' % _h(str(c)) for c in b[1]))
            for r in b[2]:
                rows.append('<tr>%s</tr>' % ''.join(
                    '<td style="border:1px solid #999;padding:2px 6px">%s</td>' % _h(str(c)) for c in r))
            out.append('<table style="border-collapse:collapse">\n%s\n</table>' % '\n'.join(rows))
        elif kind == 'quote':
            out.append('<div>%s</div>\n<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                       'padding-left:1ex">\n%s\n</blockquote>' % (_h(b[1]), render_html_blocks(b[2], opts)))
        elif kind == 'fwd':
            out.append('<div>%s</div>\n<div>\n%s\n</div>' % ('<br>\n'.join(_h(x) for x in b[1]),
                                                            render_html_blocks(b[2], opts)))
        elif kind == 'sig':
            out.append('<div style="color:#555;font-size:small">%s</div>' % '<br>\n'.join(_h(x) for x in b[1]))
    return '\n'.join(out)


def render_html(blocks, opts, charset):
    body = render_html_blocks(blocks, opts)
    font = opts.get('font', 'Calibri, Arial, sans-serif')
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n'
            '<body style="font-family:%s;font-size:11pt">\n%s\n</body>\n</html>\n' % (charset, font, body))


# ---------------------------------------------------------------- MIME parts

class Part:
    def __init__(self, headers, body=None, children=None, boundary=None):
        self.headers = headers
        self.body = body
        self.children = children
        self.boundary = boundary

    def serialize(self):
        out = []
        for name, value in self.headers:
            out.append(('%s: %s\n' % (name, value)).encode('ascii'))
        out.append(b'\n')
        if self.children is not None:
            out.append(b'This is a multi-part message in MIME format.\n\n')
            for c in self.children:
                out.append(b'--' + self.boundary.encode('ascii') + b'\n')
                out.append(c.serialize())
                out.append(b'\n')
            out.append(b'--' + self.boundary.encode('ascii') + b'--\n')
        else:
            out.append(self.body if self.body.endswith(b'\n') else self.body + b'\n')
        return b''.join(out)


def _encode_body(data, cte):
    if cte == 'base64':
        return base64.encodebytes(data)
    if cte == 'quoted-printable':
        return quopri.encodestring(data)
    return data


def _param(name, value):
    try:
        value.encode('ascii')
        return '%s="%s"' % (name, value)
    except UnicodeEncodeError:
        return "%s*=%s" % (name, email.utils.encode_rfc2231(value, 'utf-8'))


def text_part(text, subtype, charset, cte, rng=None):
    try:
        data = text.encode(charset)
    except UnicodeEncodeError:
        charset = 'utf-8'
        data = text.encode(charset)
    ascii_only = all(c < 128 for c in data)
    if ascii_only and cte in ('8bit',) and rng is not None and rng.random() < 0.5:
        cte = '7bit'
    if not ascii_only and cte == '7bit':
        cte = '8bit'
    headers = [('Content-Type', 'text/%s; charset="%s"' % (subtype, charset)),
               ('Content-Transfer-Encoding', cte)]
    return Part(headers, _encode_body(data, cte))


def attach_part(att, rng, charset):
    fn = att['filename']
    if 'eml' in att:
        data = att['eml']
        cte = '7bit' if all(c < 128 for c in data) else '8bit'
        headers = [('Content-Type', 'message/rfc822'),
                   ('Content-Disposition', 'attachment; ' + _param('filename', fn)),
                   ('Content-Transfer-Encoding', cte)]
        return Part(headers, data)
    ctype = att['ctype']
    if 'text' in att:
        cs = att.get('charset') or charset
        try:
            data = att['text'].encode(cs)
        except UnicodeEncodeError:
            cs = 'utf-8'
            data = att['text'].encode(cs)
        cte = att.get('cte') or rng.choice(['base64', 'quoted-printable', 'base64'])
        headers = [('Content-Type', '%s; charset="%s"; %s' % (ctype, cs, _param('name', fn))),
                   ('Content-Disposition', 'attachment; ' + _param('filename', fn)),
                   ('Content-Transfer-Encoding', cte)]
        return Part(headers, _encode_body(data, cte))
    headers = [('Content-Type', '%s; %s' % (ctype, _param('name', fn))),
               ('Content-Disposition', 'attachment; ' + _param('filename', fn)),
               ('Content-Transfer-Encoding', 'base64')]
    return Part(headers, _encode_body(att['data'], 'base64'))


def _addr(pair, charset):
    name, addr = pair
    if not name:
        return addr
    try:
        name.encode('ascii')
        return email.utils.formataddr((name, addr))
    except UnicodeEncodeError:
        cs = charset if _enc_ok(name, charset) else 'utf-8'
        return email.utils.formataddr((name, addr), charset=cs)


def _enc_ok(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def _subject(s, charset):
    try:
        s.encode('ascii')
        if len(s) < 160:
            return s
    except UnicodeEncodeError:
        pass
    cs = charset if _enc_ok(s, charset) else 'utf-8'
    return Header(s, cs).encode(linesep='\n ', maxlinelen=76).replace('\n  ', '\n ')


def boundary(rng):
    return rng.choice(['----=_NextPart_%03d_%04X_%08X.%08X' % (rng.randint(0, 9), rng.randint(0, 65535),
                                                               rng.getrandbits(32), rng.getrandbits(32)),
                       '000000000000%012x' % rng.getrandbits(48),
                       '_=_b%016x' % rng.getrandbits(64),
                       'Apple-Mail=_%08X-%04X-%04X' % (rng.getrandbits(32), rng.getrandbits(16),
                                                       rng.getrandbits(16))])


def build(spec, rng, inner=False):
    """Serialize a mail spec to bytes.  Transport details come from spec['t']."""
    t = spec['t']
    charset = t['charset']
    opts = t.get('opts', {})
    blocks = spec['blocks']
    body_kind = t['body']
    if body_kind == 'plain':
        body = text_part(render_text(blocks, opts), 'plain', charset, t['cte'], rng)
    elif body_kind == 'html':
        body = text_part(render_html(blocks, opts, charset), 'html', charset, t['cte_html'], rng)
    else:
        p1 = text_part(render_text(blocks, opts), 'plain', charset, t['cte'], rng)
        p2 = text_part(render_html(blocks, opts, charset), 'html', charset, t['cte_html'], rng)
        body = Part([('Content-Type', 'multipart/alternative; boundary="%s"' % (b := boundary(rng)))],
                    children=[p1, p2], boundary=b)
    atts = spec.get('attachments') or []
    if atts:
        parts = [body] + [attach_part(a, rng, charset) for a in atts]
        top = Part([('Content-Type', 'multipart/mixed; boundary="%s"' % (b := boundary(rng)))],
                   children=parts, boundary=b)
    else:
        top = body
    hdr = []
    hdr.append(('From', _addr(spec['from'], charset)))
    hdr.append(('To', ', '.join(_addr(a, charset) for a in spec['to'])))
    if spec.get('cc'):
        hdr.append(('Cc', ', '.join(_addr(a, charset) for a in spec['cc'])))
    hdr.append(('Subject', _subject(spec['subject'], charset)))
    hdr.append(('Date', email.utils.format_datetime(spec['date'])))
    hdr.append(('Message-ID', spec['msgid']))
    if spec.get('in_reply_to'):
        hdr.append(('In-Reply-To', spec['in_reply_to']))
        hdr.append(('References', spec['in_reply_to']))
    for k, v in spec.get('extra_headers', []):
        hdr.append((k, v))
    hdr.append(('MIME-Version', '1.0'))
    if t.get('mailer'):
        hdr.append(('X-Mailer', t['mailer']))
    top.headers = hdr + top.headers
    data = top.serialize()
    if not inner and t.get('crlf'):
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data
