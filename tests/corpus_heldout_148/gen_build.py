"""Turns a message spec (dict) into RFC 5322 bytes with a varied but deterministic transport."""
from gen_common import DOM, Person, fmt_date
from gen_mime import Part, Renderer, addr, fix_charset, fmt_date_hdr, hdr_value, msgid, to_html, to_text


# --------------------------------------------------------------------------- naming helpers
def title_of(p, lang):
    if lang == 'fr':
        return 'Mme' if p.sex == 'F' else 'M.'
    return 'Ms.' if p.sex == 'F' else 'Mr.'


def nm(p, style, lang='fr'):
    g, s = p.given, p.surname
    return {
        'full': f'{g} {s}', 'sur_first': f'{s.upper()}, {g}', 'sur_comma': f'{s}, {g}',
        'title': f'{title_of(p, lang)} {s}', 'title_full': f'{title_of(p, lang)} {g} {s}',
        'lower': f'{g} {s}'.lower(), 'lower_sur': f'{s} {g}'.lower(), 'init': f'{g[0]}. {s}',
        'init_caps': f'{g[0]}. {s.upper()}', 'given': g, 'upper': f'{g} {s}'.upper(), 'sur_init': f'{s} {g[0]}.',
        'sur_upper_given': f'{s.upper()} {g}',
    }[style]


def sex_word(p, lang):
    if lang == 'fr':
        return 'F' if p.sex == 'F' else 'M'
    return 'F' if p.sex == 'F' else 'M'


def le_la(p):
    return ('la patiente', 'elle', 'e') if p.sex == 'F' else ('le patient', 'il', '')


def he_she(p):
    return ('she', 'her') if p.sex == 'F' else ('he', 'his')


def fname_safe(s):
    return s.replace(' ', '_').replace("'", '').replace(',', '')


# --------------------------------------------------------------------------- attachments
def att_pdf(filename, data):
    return Part('application/pdf', data=data, filename=filename)


def att_docx(filename, data):
    return Part('application/vnd.openxmlformats-officedocument.wordprocessingml.document', data=data,
                filename=filename)


def att_xlsx(filename, data):
    return Part('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data=data, filename=filename)


def att_zip(filename, data):
    return Part('application/zip', data=data, filename=filename)


def att_text(ctype, filename, text, charset='utf-8', cte='base64', params=None):
    text, charset = fix_charset(text, charset)
    return Part(ctype, text=text, charset=charset, cte=cte, filename=filename, params=params)


def att_eml(filename, data):
    return Part('message/rfc822', message=data, filename=filename)


# --------------------------------------------------------------------------- transport cycling
class Cycle:
    def __init__(self, rng, options):
        self.rng, self.options, self.queue = rng, list(options), []

    def next(self):
        if not self.queue:
            self.queue = list(self.options)
            self.rng.shuffle(self.queue)
        return self.queue.pop()


BODY_MODES = ['plain'] * 9 + ['alt'] * 7 + ['html'] * 4
ENCODINGS = [('utf-8', '8bit')] * 4 + [('utf-8', 'quoted-printable')] * 4 + [('utf-8', 'base64')] * 3 + \
    [('iso-8859-1', 'quoted-printable')] * 2 + [('iso-8859-1', '8bit')] * 2 + \
    [('windows-1252', 'quoted-printable')] * 2 + [('windows-1252', '8bit')] * 1 + [('us-ascii', '7bit')] * 3
EOLS = ['\n', '\r\n']
MAILERS = ['Microsoft Outlook 16.0', None, 'Mozilla Thunderbird', None, 'Microsoft Outlook 16.0',
           'Apple Mail (2.3774.500.171.1.1)', None]


class Builder:
    def __init__(self, ctx):
        self.ctx = ctx
        self.rng = ctx.rng
        self.rend = Renderer(ctx.rng)
        self.modes = Cycle(ctx.rng, BODY_MODES)
        self.encs = Cycle(ctx.rng, ENCODINGS)
        self.eols = Cycle(ctx.rng, EOLS)
        self.mailers = Cycle(ctx.rng, MAILERS)
        self.fname_styles = Cycle(ctx.rng, ['plain', 'plain', 'rfc2231', 'rfc2231_cont'])

    def _who(self, x):
        if isinstance(x, Person):
            return (x.full, x.email)
        return x

    def body_part(self, blocks, mode, charset, cte, raw_text=None, raw_html=None):
        text = raw_text if raw_text is not None else to_text(blocks)
        htm = raw_html if raw_html is not None else to_html(blocks)
        text, cs_t = fix_charset(text, charset)
        htm, cs_h = fix_charset(htm, charset)
        if mode == 'plain':
            return Part('text/plain', text=text, charset=cs_t, cte=cte)
        hcte = cte if cte != '7bit' else '7bit'
        if mode == 'html':
            return Part('text/html', text=htm, charset=cs_h, cte=hcte)
        return Part('multipart/alternative', subparts=[Part('text/plain', text=text, charset=cs_t, cte=cte),
                                                       Part('text/html', text=htm, charset=cs_h, cte=hcte)])

    def render(self, spec):
        """spec keys: from, to, cc, subject, date, blocks, attachments, force (dict), reply_to_id."""
        force = spec.get('force', {})
        mode = force.get('mode') or self.modes.next()
        charset, cte = force.get('enc') or self.encs.next()
        eol = force.get('eol') or self.eols.next()
        mailer = self.mailers.next()
        body = self.body_part(spec['blocks'], mode, charset, cte, spec.get('raw_text'), spec.get('raw_html'))
        atts = spec.get('attachments') or []
        for a in atts:
            if a.filename and a.fname_style is None:
                a.fname_style = self.fname_styles.next()
        if atts:
            root = Part(force.get('container', 'multipart/mixed'), subparts=[body] + atts)
        else:
            root = body
        hcs = charset if charset != 'us-ascii' else 'utf-8'
        q = self.rng.random() < 0.5
        frm = self._who(spec['from'])
        top = [('From', addr(frm[0], frm[1], hcs, q))]
        top.append(('To', ', '.join(addr(*self._who(t), hcs, q) for t in spec['to'])))
        if spec.get('cc'):
            top.append(('Cc', ', '.join(addr(*self._who(t), hcs, q) for t in spec['cc'])))
        force_subj = self.rng.random() < 0.08
        top.append(('Subject', hdr_value(spec['subject'], hcs, force=force_subj, q=q)))
        top.append(('Date', fmt_date_hdr(spec['date'])))
        dom = frm[1].split('@')[1]
        top.append(('Message-ID', msgid(self.rng, spec['date'], dom)))
        if spec.get('reply'):
            ref = msgid(self.rng, spec['date'], DOM)
            top.append(('In-Reply-To', ref))
            top.append(('References', ref))
        if spec.get('importance'):
            top.append(('Importance', 'High'))
            top.append(('X-Priority', '2'))
        if mailer:
            top.append(('X-Mailer', mailer))
        if spec.get('lang') == 'fr' and self.rng.random() < 0.4:
            top.append(('Content-Language', 'fr-CA'))
        elif spec.get('lang') == 'en' and self.rng.random() < 0.4:
            top.append(('Content-Language', 'en-CA'))
        return self.rend.message(top, root, eol)

    def inner_message(self, frm, to, subject, date, blocks, charset='utf-8', cte='quoted-printable', atts=None):
        """A self-contained message (bytes, LF) for message/rfc822 attachments."""
        text, cs = fix_charset(to_text(blocks), charset)
        body = Part('text/plain', text=text, charset=cs, cte=cte)
        root = Part('multipart/mixed', subparts=[body] + atts) if atts else body
        frm = self._who(frm)
        top = [('From', addr(frm[0], frm[1], 'utf-8')), ('To', ', '.join(addr(*self._who(t)) for t in to)),
               ('Subject', hdr_value(subject, 'utf-8')), ('Date', fmt_date_hdr(date)),
               ('Message-ID', msgid(self.rng, date, frm[1].split('@')[1]))]
        return self.rend.message(top, root, '\n')


def d(ctx_date, lang, style='long'):
    return fmt_date(ctx_date, lang, style)
