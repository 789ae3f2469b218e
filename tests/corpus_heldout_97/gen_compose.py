"""Turn a template's message spec into e-mail bytes, choosing the transport at random."""
import gen_mime as M

MIMETYPES = {
    'pdf': 'application/pdf',
    'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'zip': 'application/zip',
}

MAILERS = ['Microsoft Outlook 16.0', 'Microsoft Outlook 15.0', 'Mozilla Thunderbird 115.6',
           'Apple Mail (2.3774)', None, None, 'Zimbra 9.0 (ZimbraWebClient - FF115)',
           'Roundcube Webmail/1.6.5', 'iPhone Mail (21D61)']


class Composer:
    def __init__(self, rng):
        self.rng = rng
        self.n = 0
        self.stats = {'structure': {}, 'charset': {}, 'cte': {}, 'eol': {}, 'fname': {},
                      'hdr': {}}

    def _count(self, k, v):
        self.stats[k][v] = self.stats[k].get(v, 0) + 1

    def boundary(self):
        r = self.rng
        style = r.randint(0, 3)
        if style == 0:
            return '----=_NextPart_%03d_%04X_%08X.%08X' % (r.randint(0, 9), r.randint(0, 0xFFFF),
                                                          r.getrandbits(32), r.getrandbits(32))
        if style == 1:
            return '_%03d_%s_' % (r.randint(0, 999), ''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')
                                                             for _ in range(30)))
        if style == 2:
            return '=_%032x' % r.getrandbits(128)
        return 'Apple-Mail=_%08X-%04X-%04X-%04X-%012X' % (
            r.getrandbits(32), r.getrandbits(16), r.getrandbits(16), r.getrandbits(16), r.getrandbits(48))

    def pick_transport(self, spec):
        r = self.rng
        f = spec.get('force', {})
        lang = spec['lang']
        charset = f.get('charset') or r.choices(
            ['utf-8', 'iso-8859-1', 'windows-1252', 'us-ascii'],
            [50, 20, 16, 14] if lang == 'fr' else [45, 12, 13, 30])[0]
        body_text = spec['body']
        if any(0xFF00 <= ord(c) <= 0xFFEF for c in body_text + spec['subject']):
            charset = 'utf-8'
        if charset == 'us-ascii':
            cte = f.get('cte') or r.choice(['7bit', '7bit', 'quoted-printable'])
        elif charset == 'utf-8':
            cte = f.get('cte') or r.choice(['quoted-printable', 'base64', '8bit', 'quoted-printable'])
        else:
            cte = f.get('cte') or r.choice(['quoted-printable', '8bit', '8bit'])
        eol = f.get('eol') or r.choice(['\r\n', '\n'])
        hs = dict(charset=r.choice(['utf-8', 'utf-8', 'iso-8859-1']), enc=r.choice('BQ'),
                  partial=r.random() < 0.35, raw8=r.random() < 0.03)
        if f.get('hs'):
            hs.update(f['hs'])
        has_att = bool(spec.get('attachments'))
        if f.get('structure'):
            structure = f['structure']
        else:
            structure = r.choices(['plain', 'alt', 'html'], [45, 38, 17])[0]
        fname = f.get('fname') or r.choices(['plain', 'rfc2231', 'rfc2231_cont', 'latin1_2231',
                                             'rfc2047'], [40, 25, 12, 10, 13])[0]
        return dict(charset=charset, cte=cte, eol=eol, hs=hs, structure=structure, fname=fname,
                    has_att=has_att)

    def body_part(self, spec, t):
        r = self.rng
        text = spec['body']
        html_doc = spec.get('html')
        if t['structure'] == 'plain':
            return M.Text(text, 'plain', t['charset'], t['cte'])
        if html_doc is None:
            ent = t['charset'] == 'us-ascii' or r.random() < 0.12
            html_doc = M.text_to_html(text, entities=ent, style=r.choice(['outlook', 'div']))
        hcs = t['charset']
        hcte = t['cte'] if t['cte'] != '7bit' else 'quoted-printable'
        if hcs != 'us-ascii' and 'charset=utf-8' in html_doc and hcs != 'utf-8':
            html_doc = html_doc.replace('charset=utf-8', 'charset=' + hcs)
        h = M.Text(html_doc, 'html', hcs, hcte)
        if t['structure'] == 'html':
            return h
        return M.Multi('alternative', [M.Text(text, 'plain', t['charset'], t['cte']), h],
                       self.boundary())

    def attachment_part(self, a, t):
        r = self.rng
        kind = a['kind']
        fs = a.get('fname_style') or t['fname']
        fn = a['filename']
        if kind in MIMETYPES:
            ctype = MIMETYPES[kind]
            if kind == 'zip' and r.random() < 0.4:
                ctype = 'application/x-zip-compressed'
            if kind == 'pdf' and r.random() < 0.1:
                ctype = 'application/octet-stream'
            return M.Binary(a['data'], ctype, fn, fname_style=fs,
                            disposition=a.get('disposition', 'attachment'))
        if kind == 'eml':
            if a.get('spec') is not None and a.get('data') is None:
                a['data'] = self.compose(a['spec'])
            return M.Rfc822(a['data'], filename=fn if a.get('named', True) else None, fname_style=fs)
        sub = {'csv': 'csv', 'txt': 'plain', 'ics': 'calendar', 'vcf': r.choice(['vcard', 'x-vcard'])}[kind]
        if kind == 'csv' and a.get('as_binary'):
            data = a['data'].encode(a.get('charset', 'windows-1252'), errors='replace')
            return M.Binary(data, 'application/vnd.ms-excel', fn, fname_style=fs)
        cs = a.get('charset') or ('utf-8' if r.random() < 0.7 else 'windows-1252')
        cte = a.get('cte') or r.choice(['base64', 'quoted-printable', '8bit' if cs != 'us-ascii' else '7bit'])
        params = 'method=%s' % a.get('method', 'REQUEST') if kind == 'ics' else ''
        return M.Text(a['data'], sub, cs, cte, disposition=a.get('disposition', 'attachment'),
                      filename=fn, fname_style=fs, params=params)

    def compose(self, spec):
        """Return (bytes, transport-summary)."""
        r = self.rng
        t = self.pick_transport(spec)
        hs = t['hs']
        hdrs = []
        if spec.get('date') is None:
            spec['date'] = M.make_dt(r)
        hdrs.append('Date: ' + M.fmt_date_header(spec['date']))
        hdrs.append(M.addr_header('From', [spec['from_']], hs))
        hdrs.append(M.addr_header('To', spec['to'], hs))
        if spec.get('cc'):
            hdrs.append(M.addr_header('Cc', spec['cc'], hs))
        hdrs.append(M.header('Subject', spec['subject'], hs))
        dom = spec['from_'][1].split('@')[1]
        hdrs.append('Message-ID: <%s.%08x@%s>' % (spec['date'].strftime('%Y%m%d%H%M%S'),
                                                 r.getrandbits(32), dom))
        if spec.get('in_reply_to'):
            hdrs.append('In-Reply-To: <%s>' % spec['in_reply_to'])
            hdrs.append('References: <%s>' % spec['in_reply_to'])
        mailer = r.choice(MAILERS)
        if mailer:
            hdrs.append('X-Mailer: ' + mailer)
        if r.random() < 0.5:
            hdrs.append('Content-Language: ' + ('fr-CA' if spec['lang'] == 'fr' else 'en-CA'))
        if spec.get('importance'):
            hdrs.append('Importance: High')
            hdrs.append('X-Priority: 1')
        for h in spec.get('extra_headers', []):
            hdrs.append(h)

        atts = spec.get('attachments') or []
        invite = [a for a in atts if a['kind'] == 'ics' and a.get('invite')]
        others = [a for a in atts if not (a['kind'] == 'ics' and a.get('invite'))]
        if invite:
            # an Outlook-style meeting request: alternative(plain, calendar)
            a = invite[0]
            cal = M.Text(a['data'], 'calendar', 'utf-8', r.choice(['base64', '8bit', 'quoted-printable']),
                         params='method=REQUEST')
            alt = M.Multi('alternative', [M.Text(spec['body'], 'plain', t['charset'], t['cte']), cal],
                          self.boundary())
            if others:
                body = M.Multi('mixed', [alt] + [self.attachment_part(x, t) for x in others],
                               self.boundary())
            else:
                body = alt
            t['structure'] = 'invite'
        elif atts:
            main = self.body_part(spec, t)
            body = M.Multi('mixed', [main] + [self.attachment_part(x, t) for x in atts],
                           self.boundary(),
                           preamble='This is a multi-part message in MIME format.' if r.random() < 0.4 else None)
            t['structure'] = 'mixed/' + t['structure']
        else:
            body = self.body_part(spec, t)
        raw = M.build(hdrs, body, hs, t['eol'])
        self._count('structure', t['structure'])
        self._count('charset', t['charset'])
        self._count('cte', t['cte'])
        self._count('eol', 'CRLF' if t['eol'] == '\r\n' else 'LF')
        if atts:
            self._count('fname', t['fname'])
        self._count('hdr', 'raw8' if hs['raw8'] else ('partial' if hs['partial'] else hs['enc']))
        return raw
