"""Scenario context: patient pools, dates, greetings, signatures, quoting, transport choice."""
import datetime
import html as _html

import gen_common as C
import gen_data as D
from gen_mime import Mail

TZ_QC_W = datetime.timezone(datetime.timedelta(hours=-5))
TZ_QC_S = datetime.timezone(datetime.timedelta(hours=-4))
TZ_EU_W = datetime.timezone(datetime.timedelta(hours=1))
TZ_EU_S = datetime.timezone(datetime.timedelta(hours=2))


class Result(object):
    def __init__(self, mail, types, note, category):
        self.mail = mail
        self.types = set(types)
        self.note = note
        self.category = category


class Ctx(object):
    def __init__(self, rng):
        self.rng = rng
        self.qc = C.load_nam_people()
        rng.shuffle(self.qc)
        for p in self.qc:
            p.ids['mrn'] = C.gen_mrn(rng)
        self._qc_i = 0
        self._extra_i = 0
        self.cache = {}

    # ------------------------------------------------------------ patients
    def qc_patient(self):
        p = self.qc[self._qc_i % len(self.qc)]
        self._qc_i += 1
        return p

    def extra_patient(self, origin='qc'):
        r = self.rng
        if origin == 'be':
            p = C.make_person(r, C.BE_SURNAMES, 'be')
            p.ids['be_niss'] = C.gen_niss(r, p.dob, p.sex)
        elif origin == 'fr':
            p = C.make_person(r, C.FR_SURNAMES, 'fr')
            p.ids['fr_nir'] = C.gen_nir(r, p.dob, p.sex)
        elif origin == 'on':
            p = C.make_person(r, C.ON_SURNAMES, 'on')
            p.ids['ca_health_number'] = C.gen_ohn(r)
        else:
            p = C.make_person(r, C.EXTRA_SURNAMES, 'qc')
        p.ids['mrn'] = C.gen_mrn(r)
        return p

    def dx(self, p=None):
        """A diagnosis plausible for the patient's sex."""
        pool = D.DIAGNOSES
        if p is not None:
            bad = ('prostate',) if p.sex == 'F' else ('sein', 'ovaire')
            pool = [d for d in pool if not any(b in d[0] for b in bad)]
        return self.rng.choice(pool)

    def contact(self, p, lang='fr'):
        key = ('contact', p.given, p.surname, p.dob)
        if key not in self.cache:
            region = 'on' if p.origin == 'on' else 'qc'
            street, town = C.address(self.rng, lang, region)
            tel = C.phone_styles(self.rng, '705' if region == 'on' else None)
            self.cache[key] = (street, town, tel)
        return self.cache[key]

    # ------------------------------------------------------------ dates
    def date(self, region='qc'):
        r = self.rng
        d = datetime.date(2024, 1, 8) + datetime.timedelta(days=r.randint(0, 320))
        if d.weekday() >= 5 and r.random() < 0.8:
            d -= datetime.timedelta(days=d.weekday() - 4)
        summer = 4 <= d.month <= 10
        if region == 'eu':
            tz = TZ_EU_S if summer else TZ_EU_W
        else:
            tz = TZ_QC_S if summer else TZ_QC_W
        return datetime.datetime(d.year, d.month, d.day, r.randint(7, 18), r.randint(0, 59),
                                 r.randint(0, 59), tzinfo=tz)

    # ------------------------------------------------------------ people helpers
    def staff(self, group):
        return self.rng.choice(D.STAFF[group])

    def who(self, s, lang, dom='chhr.example'):
        return (D.staff_name(s, lang, with_title=self.rng.random() < 0.5), D.staff_addr(s, dom))

    def new_mail(self, sender, to, subject, lang, cc=None, region='qc'):
        return Mail(self.rng, sender, to, subject, self.date(region), cc=cc, lang=lang)

    # ------------------------------------------------------------ patient mention
    def ref(self, p, lang, ids=('name',), title=None, dob_style=None):
        """Return (text, types) mentioning patient p with the requested identifiers.
        ids may include: name, rev, initial, caps, typo, mrn, ramq_nam, dob, ca_health_number,
        be_niss, fr_nir."""
        r = self.rng
        types = set()
        parts = []
        if title is None:
            title = r.random() < 0.5
        if 'name' in ids or 'rev' in ids or 'initial' in ids or 'caps' in ids or 'typo' in ids:
            types.add('patient_name')
            sur = p.surname
            if 'typo' in ids:
                sur = C.typo(r, sur)
            if 'rev' in ids:
                n = '%s, %s' % (sur.upper(), p.given)
            elif 'caps' in ids:
                n = '%s %s' % (sur.upper(), p.given.upper())
            elif 'initial' in ids:
                n = '%s. %s' % (p.given[0], sur)
            else:
                n = '%s %s' % (p.given, sur)
            if title and 'rev' not in ids and 'caps' not in ids:
                n = '%s %s' % (p.title(lang), n)
            parts.append(n)
        extra = []
        if 'mrn' in ids:
            types.add('mrn')
            lab = r.choice({'fr': ['dossier', 'no dossier', '# dossier', 'D#', 'MRN'],
                            'en': ['MRN', 'chart #', 'MRN#', 'hosp. no.', 'chart']}[lang])
            extra.append('%s %s' % (lab, p.ids['mrn']))
        if 'ramq_nam' in ids:
            types.add('ramq_nam')
            lab = r.choice(['NAM', 'RAMQ', 'NAM:', 'no RAMQ', 'HIN' if lang == 'en' else 'NAM'])
            extra.append('%s %s' % (lab, C.fmt_nam(p.ids['ramq_nam'], r.choice([0, 0, 0, 1, 2, 3, 4]))))
        if 'ca_health_number' in ids:
            types.add('ca_health_number')
            n, vc = p.ids['ca_health_number']
            lab = r.choice(['OHIP', 'HCN', 'Health card', 'OHIP#', 'carte Santé Ontario' if lang == 'fr' else 'OHIP'])
            extra.append('%s %s' % (lab, C.fmt_ohn(n, vc, r.randint(0, 2))))
        if 'be_niss' in ids:
            types.add('be_niss')
            lab = r.choice(['NISS', 'n° registre national', 'NISS :', 'RRN'])
            extra.append('%s %s' % (lab, C.fmt_niss(p.ids['be_niss'], r.randint(0, 2))))
        if 'fr_nir' in ids:
            types.add('fr_nir')
            lab = r.choice(['NIR', 'n° sécu', 'NIR :', 'n° SS'])
            extra.append('%s %s' % (lab, C.fmt_nir(p.ids['fr_nir'], r.randint(0, 2))))
        if 'dob' in ids:
            types.add('date_of_birth')
            lab = r.choice({'fr': ['DDN', 'né(e) le', 'date de naissance'], 'en': ['DOB', 'born', 'DOB:']}[lang])
            if lab == 'né(e) le':
                lab = 'née le' if p.sex == 'F' else 'né le'
            st = dob_style if dob_style is not None else r.randint(0, 4)
            extra.append('%s %s' % (lab, C.fmt_date(p.dob, lang, st)))
        if parts and extra:
            sep = r.choice([' (%s)', ', %s', ' - %s', ' – %s'])
            return parts[0] + (sep % ', '.join(extra)), types
        if parts:
            return parts[0], types
        return ', '.join(extra), types

    # ------------------------------------------------------------ text helpers
    def greet(self, lang, name=None):
        r = self.rng
        if lang == 'fr':
            g = r.choice(['Bonjour', 'Bonjour', 'Allo', 'Salut', 'Bonjour à tous', 'Bon matin'])
        else:
            g = r.choice(['Hi', 'Hello', 'Good morning', 'Hi all', 'Dear colleagues'])
        if name and r.random() < 0.7:
            g += ' ' + name
        return g + r.choice([',', ',', '', ' !' if lang == 'fr' else '!'])

    def sig(self, s, lang, inst=None, dom='chhr.example', disclaimer=None):
        r = self.rng
        inst = inst or D.CHHR
        name = D.staff_name(s, lang, with_title=True)
        role = s[3] if lang == 'fr' else s[4]
        style = r.randint(0, 3)
        tel = '418-555-%04d' % r.randint(100, 199)
        ext = r.randint(2000, 6999)
        if style == 0:
            out = '%s\n%s\n%s\nTél. : %s, poste %d' % (name, role, inst[lang], tel, ext) if lang == 'fr' else \
                '%s\n%s\n%s\nTel: %s ext. %d' % (name, role, inst[lang], tel, ext)
        elif style == 1:
            out = '-- \n%s | %s\n%s\n%s' % (name, role, inst[lang], inst['addr'])
        elif style == 2:
            out = '%s %s' % (s[0][0] + '.', s[1]) if r.random() < 0.5 else s[0]
        else:
            out = '%s\n%s – %s\n%s | %s' % (name, role, inst[lang], tel, D.staff_addr(s, dom))
        if disclaimer is None:
            disclaimer = r.random() < 0.3
        if disclaimer:
            out += '\n\n' + (
                "AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. "
                "S'il vous a été transmis par erreur, veuillez le détruire et en aviser l'expéditeur."
                if lang == 'fr' else
                "CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you "
                "received it in error, please delete it and notify the sender.")
        return out

    def closing(self, lang):
        r = self.rng
        if lang == 'fr':
            return r.choice(['Merci !', 'Merci', 'Bonne journée,', 'Cordialement,', 'Merci beaucoup,', 'Au plaisir,', 'Merci de votre collaboration,'])
        return r.choice(['Thanks,', 'Thank you!', 'Best,', 'Regards,', 'Thanks so much,', 'Cheers,'])


# ---------------------------------------------------------------- quoting
def quote_block(text, sender_name, date, lang, rng):
    style = rng.randint(0, 2)
    if style == 0:
        if lang == 'fr':
            head = 'Le %s, %s a écrit :' % (C.fmt_date(date.date(), 'fr', 2), sender_name)
        else:
            head = 'On %s, %s wrote:' % (C.fmt_date(date.date(), 'en', 2), sender_name)
        return head + '\n' + '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))
    if style == 1:
        if lang == 'fr':
            head = '-----Message d\'origine-----\nDe : %s\nEnvoyé : %s\nObjet : ' % (sender_name, C.fmt_date(date.date(), 'fr', 2))
        else:
            head = '-----Original Message-----\nFrom: %s\nSent: %s\nSubject: ' % (sender_name, C.fmt_date(date.date(), 'en', 2))
        return head + '\n\n' + text
    if lang == 'fr':
        head = '________________________________\nDe : %s\nEnvoyé : %s\n' % (sender_name, date.strftime('%Y-%m-%d %H:%M'))
    else:
        head = '________________________________\nFrom: %s\nSent: %s\n' % (sender_name, date.strftime('%Y-%m-%d %H:%M'))
    return head + '\n' + text


def forward_block(text, sender, to, subject, date, lang):
    if lang == 'fr':
        head = ('---------- Message transféré ---------\nDe : %s <%s>\nDate : %s\nObjet : %s\nÀ : %s <%s>'
                % (sender[0], sender[1], date.strftime('%Y-%m-%d %H:%M'), subject, to[0], to[1]))
    else:
        head = ('---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s <%s>'
                % (sender[0], sender[1], date.strftime('%a, %b %d, %Y at %H:%M'), subject, to[0], to[1]))
    return head + '\n\n' + text


# ---------------------------------------------------------------- HTML rendering
def _html_table(table):
    rows = []
    for i, row in enumerate(table):
        tag = 'th' if i == 0 else 'td'
        rows.append('<tr>%s</tr>' % ''.join('<%s style="border:1px solid #999;padding:2px 6px">%s</%s>'
                                             % (tag, _html.escape(str(c)), tag) for c in row))
    return '<table style="border-collapse:collapse">\n%s\n</table>' % '\n'.join(rows)


def text_to_html(text, rng, table=None, charset='utf-8'):
    """Render a plain-text body as HTML the way different clients would.
    A block consisting of [[TABLE]] is replaced by an HTML table."""
    style = rng.randint(0, 2)
    blocks = text.split('\n\n')
    out = []
    for b in blocks:
        lines = b.split('\n')
        if b.strip() == '[[TABLE]]' and table:
            out.append(_html_table(table))
        elif all(l.startswith('>') for l in lines if l):
            inner = '<br>\n'.join(_html.escape(l.lstrip('> ').rstrip()) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>' % inner)
        elif lines and all(l.startswith(('- ', '• ', '* ')) for l in lines if l):
            out.append('<ul>\n%s\n</ul>' % '\n'.join('<li>%s</li>' % _html.escape(l[2:]) for l in lines if l))
        else:
            out.append('<p>%s</p>' % '<br>\n'.join(_html.escape(l) for l in lines))
    body = '\n'.join(out)
    if style == 0:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
                '</head>\n<body lang="FR-CA" link="#0563C1">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
                % (charset, body))
    if style == 1:
        return '<div dir="ltr">\n%s\n</div>\n' % body
    return ('<!DOCTYPE html>\n<html><head><meta charset="%s"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n%s\n</body></html>\n'
            % (charset, body))


def table_text(rows, rng):
    """Render a table as plain text (pipes, tabs or aligned columns)."""
    style = rng.randint(0, 2)
    if style == 0:
        return '\n'.join(' | '.join(str(c) for c in r) for r in rows)
    if style == 1:
        return '\n'.join('\t'.join(str(c) for c in r) for r in rows)
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return '\n'.join('  '.join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip() for r in rows)


def apply_transport(mail, rng, text, table=None, fmt=None, charset=None):
    """Choose body format, charset, transfer encoding and line endings.
    text may contain a [[TABLE]] block, rendered from `table`."""
    fmt = fmt or rng.choice(['plain', 'plain', 'plain', 'alt', 'alt', 'html'])
    plain = text.replace('[[TABLE]]', table_text(table, rng)) if table else text
    ascii_only = all(ord(c) < 128 for c in plain + mail.subject)
    x = rng.random()
    if charset:
        cs = charset
    elif ascii_only and rng.random() < 0.4:
        cs = 'us-ascii'
    elif x < 0.6:
        cs = 'utf-8'
    elif x < 0.8:
        cs = 'iso-8859-1'
    else:
        cs = 'windows-1252'
    mail.charset = cs
    if fmt in ('plain', 'alt'):
        mail.text = plain
    if fmt in ('alt', 'html'):
        mail.html = text_to_html(text, rng, table, 'utf-8' if cs == 'us-ascii' else cs)
        if cs == 'us-ascii' and any(ord(c) > 127 for c in mail.html):
            mail.charset = 'utf-8'
    y = rng.random()
    mail.cte = 'quoted-printable' if y < 0.4 else ('base64' if y < 0.65 else '8bit')
    mail.crlf = rng.random() < 0.6
    return mail
