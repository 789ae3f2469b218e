"""Greetings, signatures, quoting, HTML rendering and final assembly of a message."""
import html
import textwrap

from gen_common import org, phone, staff_member, strip_accents, ROLES
from gen_mime import Leaf, Multi, Rfc822, build_message, encode_header, fmt_addr

DISCLAIMER_FR = [
    "AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. "
    "Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.",
    "Ce message est destiné uniquement au destinataire visé. Toute diffusion non autorisée est interdite.",
    "Pensez à l'environnement avant d'imprimer ce courriel.",
]
DISCLAIMER_EN = [
    "CONFIDENTIALITY NOTICE: This e-mail may contain privileged or confidential information. "
    "If you received it in error, please notify the sender and delete it.",
    "Please consider the environment before printing this e-mail.",
]


def greeting(r, lang, name=None):
    if name:
        if lang == 'fr':
            return r.choice(['Bonjour %s,' % name, 'Bonjour %s,' % name, 'Salut %s,' % name, 'Bonjour,',
                             '%s,' % name, 'Bon matin,', ''])
        return r.choice(['Hi %s,' % name, 'Hello %s,' % name, 'Dear %s,' % name, 'Hi,', '%s -' % name, ''])
    if lang == 'fr':
        opts = ['Bonjour,', 'Bonjour à tous,', 'Salut,', 'Bonjour à toute l\'équipe,', 'Allo,', 'Bon matin,', '']
    else:
        opts = ['Hi,', 'Hello all,', 'Hi team,', 'Good morning,', 'Dear colleagues,', '']
    return r.choice(opts)


def closing(r, lang):
    if lang == 'fr':
        return r.choice(['Merci!', 'Merci beaucoup,', 'Bonne journée,', 'Cordialement,',
                         'Au plaisir,', 'Merci de votre collaboration.', 'Bonne fin de journée',
                         'Salutations,', ''])
    return r.choice(['Thanks,', 'Thank you,', 'Best,', 'Regards,', 'Cheers,', 'Many thanks,', ''])


def signature(r, lang, staff, dom_org):
    oname, _ = dom_org
    style = r.randint(0, 4)
    role = staff.role_fr if lang == 'fr' else staff.role_en
    tel = phone(r)
    if style == 0:
        s = '%s\n%s\n%s\nTél. : %s poste %d' % (staff.display(lang), role, oname, tel, r.randint(2000, 7999))
    elif style == 1:
        s = '-- \n%s | %s\n%s' % (staff.full, role, oname)
    elif style == 2:
        s = staff.given
    elif style == 3:
        s = '%s\n%s — %s\n%s | téléc. %s' % (staff.full, role, oname, tel, phone(r)) if lang == 'fr' \
            else '%s\n%s, %s\nT %s  F %s' % (staff.full, role, oname, tel, phone(r))
    else:
        s = '%s, %s\n%s' % (staff.display(lang), role, oname)
    if r.random() < 0.35:
        s += '\n\n' + r.choice(DISCLAIMER_FR if lang == 'fr' else DISCLAIMER_EN)
    return s


def compose(r, lang, body, staff, dom_org, to_name=None, greet=True):
    parts = []
    if greet:
        g = greeting(r, lang, to_name)
        if g:
            parts.append(g)
    parts.append(body.strip('\n'))
    c = closing(r, lang)
    if c:
        parts.append(c)
    parts.append(signature(r, lang, staff, dom_org))
    return '\n\n'.join(parts) + '\n'


def quote(text, r):
    """Quote a previous message, '>' style or Outlook style is chosen by the caller."""
    return '\n'.join(('> ' + l) if l else '>' for l in text.rstrip('\n').split('\n'))


def outlook_header(r, lang, frm, to, date, subject):
    if lang == 'fr':
        return ('-----Message d\'origine-----\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s'
                % (frm, date, to, subject))
    return ('-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s'
            % (frm, date, to, subject))


def reply_block(r, lang, prev_from, prev_to, prev_date, prev_subject, prev_body):
    """Return quoted history in one of the usual forms."""
    if r.random() < 0.5:
        intro = ('Le %s, %s a écrit :' % (prev_date, prev_from)) if lang == 'fr' \
            else ('On %s, %s wrote:' % (prev_date, prev_from))
        return intro + '\n' + quote(prev_body, r)
    return outlook_header(r, lang, prev_from, prev_to, prev_date, prev_subject) + '\n\n' + prev_body


def text_to_html(text, r, table=None):
    font = r.choice(['Calibri, sans-serif', 'Arial, Helvetica, sans-serif', 'Segoe UI, sans-serif',
                     'Verdana, sans-serif'])
    paras = text.strip('\n').split('\n\n')
    body = []
    for p in paras:
        if p.startswith('> ') or p.startswith('>'):
            inner = '<br>\n'.join(html.escape(l.lstrip('> ')) for l in p.split('\n'))
            body.append('<blockquote style="border-left:2px solid #ccc;padding-left:6px">%s</blockquote>' % inner)
        else:
            body.append('<p>%s</p>' % '<br>\n'.join(html.escape(l) for l in p.split('\n')))
    if table:
        rows = []
        for i, row in enumerate(table):
            tag = 'th' if i == 0 else 'td'
            rows.append('<tr>%s</tr>' % ''.join('<%s style="border:1px solid #999;padding:2px 6px">%s</%s>'
                                                 % (tag, html.escape(str(c)), tag) for c in row))
        tbl = '<table style="border-collapse:collapse">\n%s\n</table>' % '\n'.join(rows)
        body.insert(min(2, len(body)), tbl)
    return ('<html><head><title></title></head>\n'
            '<body style="font-family:%s;font-size:11pt">\n%s\n</body></html>\n' % (font, '\n'.join(body)))


def table_to_text(table, r):
    widths = [max(len(str(row[i])) for row in table) for i in range(len(table[0]))]
    sep = r.choice([' | ', '  ', '\t'])
    lines = []
    for row in table:
        if sep == '\t':
            lines.append('\t'.join(str(c) for c in row))
        else:
            lines.append(sep.join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip())
    return '\n'.join(lines)


DATES = ['Mon, 03 Mar 2025', 'Tue, 04 Mar 2025', 'Wed, 05 Mar 2025', 'Thu, 06 Mar 2025',
         'Fri, 07 Mar 2025', 'Mon, 10 Mar 2025', 'Tue, 11 Mar 2025', 'Wed, 12 Mar 2025',
         'Thu, 13 Mar 2025', 'Fri, 14 Mar 2025', 'Mon, 17 Mar 2025', 'Tue, 18 Mar 2025']


def msg_date(r):
    return '%s %02d:%02d:%02d -0%d00' % (r.choice(DATES), r.randint(6, 21), r.randint(0, 59),
                                       r.randint(0, 59), r.choice([4, 5]))


def assemble(spec, r, tag):
    """spec keys: lang, subject, sender(Staff), org, to[(name, addr)], cc, text, html(bool/str),
    table, attachments[Leaf|Rfc822], transport, charset, cte, crlf, extra_headers."""
    lang = spec['lang']
    dom = spec['org'][1]
    sender = spec['sender']
    from_addr = spec.get('from_addr') or sender.email(dom)
    from_name = spec.get('from_name', sender.full)
    headers = [('From', fmt_addr(from_name, from_addr, r))]
    headers.append(('To', ', '.join(fmt_addr(n, a, r) for n, a in spec['to'])))
    if spec.get('cc'):
        headers.append(('Cc', ', '.join(fmt_addr(n, a, r) for n, a in spec['cc'])))
    headers.append(('Subject', encode_header(spec['subject'], r)))
    headers.append(('Date', spec.get('date') or msg_date(r)))
    headers.append(('Message-ID', '<%s.%d@%s>' % (tag.replace('/', '.'), r.randint(10**6, 10**7), dom)))
    for k, v in spec.get('extra_headers', []):
        headers.append((k, v))
    if r.random() < 0.3:
        headers.append(('X-Mailer', r.choice(['Microsoft Outlook 16.0', 'Apple Mail (2.3774)',
                                                'Zimbra 9.0.0_GA', 'Thunderbird 128.3.1'])))

    charset = spec.get('charset') or r.choice(['utf-8', 'utf-8', 'utf-8', 'iso-8859-1', 'windows-1252',
                                                'us-ascii'])
    cte = spec.get('cte') or r.choice(['8bit', 'quoted-printable', 'quoted-printable', 'base64', '7bit'])
    transport = spec.get('transport') or r.choice(['plain', 'plain', 'alt', 'alt', 'html'])
    text = spec['text']
    html_src = spec.get('html_body') or text_to_html(text, r, spec.get('table'))
    if transport == 'plain':
        core = Leaf('text/plain', text, charset, cte)
    elif transport == 'html':
        core = Leaf('text/html', html_src, charset if charset != 'us-ascii' else 'utf-8', cte)
    else:
        core = Multi('alternative', [Leaf('text/plain', text, charset, cte),
                                     Leaf('text/html', html_src, 'utf-8',
                                          r.choice(['quoted-printable', 'base64']))])
    atts = spec.get('attachments') or []
    if atts:
        body = Multi(spec.get('multi', 'mixed'), [core] + atts)
    else:
        body = core
    crlf = spec['crlf'] if 'crlf' in spec else (r.random() < 0.4)
    return build_message(headers, body, tag, crlf=crlf)


def to_list(r, n=1, dom=None, lang='fr'):
    out = []
    for _ in range(n):
        s = staff_member(r)
        d = dom or org(r)[1]
        out.append((s.full, s.email(d)))
    return out
