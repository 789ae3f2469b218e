"""Staff, signatures, greetings, quoting and HTML helpers."""
import html as _html

from corpus_common import (ORGS, STAFF_GIVEN, STAFF_SUR, MONTHS_EN, MONTHS_FR, DAYS_EN, DAYS_FR,
                           slug, clinic_phone, pick, personal_email)

ROLES = {
    # key: (fr, en, default orgs)
    'nicu_rn': ('Infirmière clinicienne, USIN', 'Clinical nurse, NICU', ['chu', 'cme']),
    'neonat': ('Néonatologiste', 'Neonatologist', ['chu', 'cme']),
    'ob': ('Obstétricien-gynécologue', 'Obstetrician-gynecologist', ['cme', 'hrv']),
    'peds': ('Pédiatre', 'Pediatrician', ['chu', 'hrv', 'cme']),
    'school_rn': ('Infirmière scolaire', 'School nurse', ['clsc']),
    'sw': ('Travailleuse sociale', 'Social worker', ['chu', 'cme', 'clsc']),
    'clerk': ('Agente administrative', 'Administrative officer', ['chu', 'cme', 'hrv', 'clsc']),
    'lact': ('Conseillère en lactation IBCLC', 'IBCLC lactation consultant', ['cme']),
    'midwife': ('Sage-femme', 'Midwife', ['cme']),
    'rt': ('Inhalothérapeute', 'Respiratory therapist', ['chu', 'cme']),
    'pharm': ('Pharmacienne', 'Pharmacist', ['chu', 'cme']),
    'records': ('Archiviste médicale', 'Health records technician', ['chu', 'hrv']),
    'transfer': ('Coordonnatrice des transferts néonatals', 'Neonatal transport coordinator', ['chu']),
    'vax_rn': ('Infirmière, clinique de vaccination', 'Nurse, vaccination clinic', ['clsc']),
    'dpj': ('Intervenante à l\'application des mesures', 'Youth protection worker', ['dpj']),
    'manager': ('Chef d\'unité', 'Unit manager', ['chu', 'cme', 'hrv']),
    'prenatal_rn': ('Infirmière en suivi de grossesse', 'Prenatal follow-up nurse', ['cme', 'clsc']),
    'hr': ('Conseillère en ressources humaines', 'Human resources advisor', ['cisss']),
    'biomed': ('Technicien en génie biomédical', 'Biomedical engineering technician', ['chu']),
    'it': ('Soutien informatique', 'IT service desk', ['cisss']),
    'buyer': ('Acheteuse', 'Purchasing agent', ['cisss']),
    'edu': ('Conseillère en soins infirmiers', 'Nurse educator', ['chu', 'cme']),
    'cas': ('Intervenante, accueil', 'Intake worker', ['cas']),
    'peds_on': ('Pédiatre, néonatologie', 'Staff neonatologist', ['rideau']),
    'occ': ('Infirmière en santé au travail', 'Occupational health nurse', ['cisss']),
    'comms': ('Conseillère en communication', 'Communications advisor', ['cisss']),
}

DOCTOR_ROLES = {'neonat', 'ob', 'peds', 'peds_on'}


class Staff:
    def __init__(self, rng, role, org_key=None, given=None, surname=None):
        self.role = role
        fr, en, orgs = ROLES[role]
        self.org = ORGS[org_key or pick(rng, orgs)]
        self.given = given or pick(rng, STAFF_GIVEN)
        self.surname = surname or pick(rng, STAFF_SUR)
        g = slug(self.given).replace('.', '-')
        s = slug(self.surname).replace('.', '')
        self.email = '%s.%s@%s' % (g, s, self.org.domain)
        self.phone = clinic_phone(rng, self.org)
        self.doctor = role in DOCTOR_ROLES
        self.title_fr, self.title_en = fr, en
        self.sig_style = rng.randint(0, 3)

    @property
    def full(self):
        return '%s %s' % (self.given, self.surname)

    def display(self, lang):
        if self.doctor:
            return ('Dre ' if self.given in FEM else 'Dr ') + self.full if lang == 'fr' else 'Dr. ' + self.full
        return self.full

    def addr(self):
        return (self.full, self.email)

    def signature(self, lang, rng=None):
        title = self.title_fr if lang == 'fr' else self.title_en
        org = self.org.name(lang)
        st = self.sig_style
        if st == 0:
            return '-- \n%s\n%s\n%s\n%s' % (self.display(lang), title, org, self.phone)
        if st == 1:
            tel = 'Tél. : ' if lang == 'fr' else 'Tel: '
            return '\n%s | %s\n%s\n%s%s\n%s' % (self.display(lang), title, org, tel, self.phone, self.email)
        if st == 2:
            return '\n%s\n%s' % (self.given, title)
        return '\n%s, %s\n%s, %s\n%s' % (self.display(lang), title, self.org.street, self.org.city,
                                          self.phone)


FEM = {'Annie', 'Caroline', 'Isabelle', 'Mélanie', 'Stéphanie', 'Karine', 'Valérie', 'Marie-Ève',
       'Catherine', 'Audrey', 'Nadia', 'Sophie', 'Véronique', 'Chantal', 'Jennifer', 'Rachel',
       'Megan', 'Priya', 'Amira', 'Hélène', 'Lucie', 'Maude', 'Élodie', 'Heather', 'Linda',
       'Geneviève'}


DISCLAIMER_FR = ("AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels "
                 "destinés uniquement au destinataire. Si vous l'avez reçu par erreur, veuillez en "
                 "aviser l'expéditeur et le détruire.")
DISCLAIMER_EN = ("CONFIDENTIALITY NOTICE: This e-mail may contain confidential information intended only "
                 "for the addressee. If you received it in error, please notify the sender and delete it.")


def disclaimer(lang):
    return DISCLAIMER_FR if lang == 'fr' else DISCLAIMER_EN


def greet(rng, lang, name=None, formal=True):
    if lang == 'fr':
        if name:
            return pick(rng, ['Bonjour %s,' % name, 'Bonjour %s,' % name, 'Salut %s,' % name if not formal
                              else 'Bonjour %s,' % name, 'Allo %s,' % name if not formal else 'Bonjour,'])
        return pick(rng, ['Bonjour,', 'Bonjour à tous,', 'Bonjour à toutes et à tous,', 'Allo,'])
    if name:
        return pick(rng, ['Hi %s,' % name, 'Hello %s,' % name, 'Dear %s,' % name, '%s,' % name])
    return pick(rng, ['Hi all,', 'Hello,', 'Good morning,', 'Hi everyone,'])


def closing(rng, lang):
    if lang == 'fr':
        return pick(rng, ['Merci,', 'Merci beaucoup,', 'Bonne journée,', 'Cordialement,', 'Merci et bonne fin de journée',
                          'Au plaisir,'])
    return pick(rng, ['Thanks,', 'Thank you,', 'Best,', 'Regards,', 'Kind regards,', 'Cheers,'])


def fmt_when(d, lang):
    """Date/time as used in reply headers."""
    if lang == 'fr':
        return '%s %d %s %d à %02d:%02d' % (DAYS_FR[d.weekday()], d.day, MONTHS_FR[d.month - 1], d.year,
                                             d.hour, d.minute)
    h = d.hour % 12 or 12
    return '%s, %s %d, %d at %d:%02d %s' % (DAYS_EN[d.weekday()], MONTHS_EN[d.month - 1], d.day, d.year, h,
                                            d.minute, 'AM' if d.hour < 12 else 'PM')


def quote_reply(rng, lang, when, who_name, who_email, text, to_line=None, subject=None, style=None):
    """Return a block quoting `text`; style 0 = '>' quoting, 1 = Outlook header block."""
    style = rng.randint(0, 1) if style is None else style
    if style == 0:
        if lang == 'fr':
            head = 'Le %s, %s <%s> a écrit :' % (fmt_when(when, lang), who_name, who_email)
        else:
            head = 'On %s, %s <%s> wrote:' % (fmt_when(when, lang), who_name, who_email)
        body = '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))
        return '%s\n%s' % (head, body)
    if lang == 'fr':
        head = ('-----Message d\'origine-----\nDe : %s <%s>\nEnvoyé : %s\nÀ : %s\nObjet : %s'
                % (who_name, who_email, fmt_when(when, lang), to_line or '', subject or ''))
    else:
        head = ('-----Original Message-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s'
                % (who_name, who_email, fmt_when(when, lang), to_line or '', subject or ''))
    return '%s\n\n%s' % (head, text)


def forward_block(lang, when, who_name, who_email, to_line, subject, text):
    if lang == 'fr':
        head = ('---------- Message transféré ---------\nDe : %s <%s>\nDate : %s\nObjet : %s\nÀ : %s'
                % (who_name, who_email, fmt_when(when, lang), subject, to_line))
    else:
        head = ('---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s'
                % (who_name, who_email, fmt_when(when, lang), subject, to_line))
    return '%s\n\n%s' % (head, text)


def esc(s):
    return _html.escape(s, quote=False)


def text_to_html(text, lang='fr', font=None):
    """Convert plain text (with '>' quotes, blank-line paragraphs) to simple HTML."""
    font = font or 'Calibri, Arial, sans-serif'
    out = ['<html>', '<head><meta http-equiv="Content-Type" content="text/html"></head>',
           '<body style="font-family: %s; font-size: 11pt;">' % font]
    paras = text.split('\n\n')
    for p in paras:
        lines = p.split('\n')
        if all(l.startswith('>') for l in lines if l):
            inner = '<br>\n'.join(esc(l.lstrip('>').lstrip()) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       '%s</blockquote>' % inner)
        elif all(l.startswith(('- ', '* ', '• ')) for l in lines if l) and len(lines) > 1:
            out.append('<ul>')
            for l in lines:
                if l:
                    out.append('<li>%s</li>' % esc(l[2:]))
            out.append('</ul>')
        else:
            out.append('<p>%s</p>' % '<br>\n'.join(esc(l) for l in lines))
    out.append('</body>')
    out.append('</html>')
    return '\n'.join(out) + '\n'


def html_table(headers, rows, border=1):
    out = ['<table border="%d" cellpadding="3" cellspacing="0" style="border-collapse:collapse">' % border,
           '<tr>' + ''.join('<th>%s</th>' % esc(h) for h in headers) + '</tr>']
    for r in rows:
        out.append('<tr>' + ''.join('<td>%s</td>' % esc(str(c)) for c in r) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)


def text_table(headers, rows, sep=' | '):
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)]
    line = lambda r: sep.join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip()
    out = [line(headers), '-' * len(line(headers))]
    out += [line(r) for r in rows]
    return '\n'.join(out)


def parent_addr(rng, given, surname):
    return ('%s %s' % (given, surname), personal_email(rng, given, surname))
