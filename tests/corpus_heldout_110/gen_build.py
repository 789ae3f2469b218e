"""Turn a mail description (dict) into RFC 5322 bytes, choosing the transport deterministically."""
import gen_mime as M


def _encodable(text, cs):
    try:
        text.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def choose_charset(text, rng, forced=None):
    if forced and _encodable(text, forced):
        return forced
    if all(ord(c) < 128 for c in text):
        return rng.choice(['us-ascii', 'us-ascii', 'utf-8', 'iso-8859-1'])
    cands = ['utf-8', 'utf-8']
    if _encodable(text, 'iso-8859-1'):
        cands += ['iso-8859-1', 'iso-8859-1']
    if _encodable(text, 'windows-1252'):
        cands += ['windows-1252']
    return rng.choice(cands)


def choose_cte(text, charset, rng, forced=None):
    long_lines = any(len(l) > 900 for l in text.split('\n'))
    if forced:
        cte = forced
    elif charset == 'us-ascii':
        cte = rng.choice(['7bit', '7bit', '7bit', 'quoted-printable'])
    else:
        cte = rng.choice(['quoted-printable', 'quoted-printable', 'base64', '8bit', '8bit'])
    if cte == '7bit' and not all(ord(c) < 128 for c in text):
        cte = 'quoted-printable'
    if long_lines and cte in ('7bit', '8bit'):
        cte = 'quoted-printable'
    return cte


class Stats:
    def __init__(self):
        self.c = {}

    def add(self, k):
        self.c[k] = self.c.get(k, 0) + 1


STATS = Stats()


def _body_node(m, rng, stats):
    form = m.get('form')
    text = m.get('text') or ''
    h = m.get('html')
    if form is None:
        form = 'plain' if not h else 'alt'
        if not h:
            form = rng.choice(['plain', 'plain', 'plain', 'alt', 'html'])
    if form in ('html', 'alt') and not h:
        h = M.text_to_html(text, rng, entities=rng.random() < 0.3)
    stats.add('form:' + form)
    nodes = []
    if form in ('plain', 'alt'):
        cs = choose_charset(text, rng, m.get('charset'))
        cte = choose_cte(text, cs, rng, m.get('cte'))
        stats.add('charset:' + cs)
        stats.add('cte:' + cte)
        nodes.append(M.text_node(text, 'plain', cs, cte, fmt_flowed=rng.random() < 0.1))
    if form in ('html', 'alt'):
        cs = choose_charset(h, rng, m.get('charset'))
        cte = choose_cte(h, cs, rng, m.get('cte'))
        if cs != 'utf-8':
            h = h.replace('charset=utf-8', 'charset=' + cs)
        stats.add('charset:' + cs)
        stats.add('cte:' + cte)
        nodes.append(M.text_node(h, 'html', cs, cte))
    if len(nodes) == 1:
        return nodes[0]
    return M.multipart_node('alternative', nodes, M.boundary(rng))


def _att_node(a, rng, stats):
    fname = a.get('filename')
    fstyle = a.get('fstyle')
    if fstyle is None and fname:
        if any(ord(c) > 127 for c in fname):
            fstyle = rng.choice(['2231', '2231', '2231c', '2047', 'latin1'])
        else:
            fstyle = rng.choice(['plain', 'plain', 'plain', '2231'])
    if fname:
        stats.add('fname:' + fstyle)
    kind = a['kind']
    if kind == 'bin':
        stats.add('att:' + a['ctype'].split(';')[0])
        return M.binary_node(a['data'], a['ctype'], fname, fstyle, inline=a.get('inline', False))
    if kind == 'text':
        cs = choose_charset(a['text'], rng, a.get('charset'))
        cte = a.get('cte') or (rng.choice(['base64', 'quoted-printable', '7bit' if cs == 'us-ascii' else '8bit']))
        if cte == '7bit' and cs != 'us-ascii':
            cte = 'quoted-printable'
        stats.add('att:' + a['ctype'])
        stats.add('cte:' + cte)
        return M.text_attachment_node(a['text'], a['ctype'], cs, cte, fname, fstyle)
    if kind == 'eml':
        inner = build_bytes(a['mail'], rng, stats, top=False)
        stats.add('att:message/rfc822')
        return M.rfc822_node(inner, fname, fstyle or 'plain', eightbit=any(b > 127 for b in inner))
    if kind == 'eml_file':
        inner = build_bytes(a['mail'], rng, stats, top=False)
        stats.add('att:eml-octet')
        return M.binary_node(inner, 'application/octet-stream', fname, fstyle)
    raise ValueError(kind)


def build_bytes(m, rng, stats=STATS, top=True):
    hcs = 'utf-8' if rng.random() < 0.7 else 'iso-8859-1'
    henc = rng.choice(['Q', 'Q', 'B'])
    hs = [M.addr_header('From', [m['frm']], hcs, henc), M.addr_header('To', m['to'], hcs, henc)]
    if m.get('cc'):
        hs.append(M.addr_header('Cc', m['cc'], hcs, henc))
    subj = m['subject']
    hs.append(M.header('Subject', subj, hcs, henc))
    if any(ord(c) > 127 for c in subj + ''.join(d for d, _ in [m['frm']] + m['to'] + m.get('cc', []))):
        stats.add('rfc2047:' + henc)
    hs.append('Date: ' + M.fmt_date(m['date']))
    hs.append('Message-ID: ' + M.msgid(rng, m['frm'][1].split('@')[1]))
    for k, v in m.get('extra_headers', []):
        hs.append(M.header(k, v, hcs, henc))
    if rng.random() < 0.4:
        hs.append(rng.choice(['X-Mailer: Microsoft Outlook 16.0', 'User-Agent: Mozilla Thunderbird 128.3',
                              'X-Mailer: Zimbra 9.0.0_GA', 'X-Mailer: iPhone Mail (21G93)',
                              'User-Agent: Roundcube Webmail/1.6.6']))
    if m.get('lang') and rng.random() < 0.5:
        hs.append('Content-Language: %s' % ('fr-CA' if m['lang'] == 'fr' else 'en-CA'))
    hs.append('MIME-Version: 1.0')
    body = _body_node(m, rng, stats)
    atts = m.get('attachments') or []
    if atts:
        node = M.multipart_node('mixed', [body] + [_att_node(a, rng, stats) for a in atts], M.boundary(rng),
                                preamble='This is a multi-part message in MIME format.' if rng.random() < 0.5 else None)
    else:
        node = body
    raw = M.serialize(node, hs)
    if top:
        nl = m.get('nl') or rng.choice(['\n', '\r\n'])
        stats.add('nl:' + ('CRLF' if nl == '\r\n' else 'LF'))
        if nl == '\r\n':
            raw = raw.replace(b'\n', b'\r\n')
    return raw
