"""Writing helpers shared by the positive and negative templates:
staff members, greetings, signatures, quoting and forwarding, name / date styles."""
import datetime

from gen_base import ORGS, staff, email_addr, fdate, PERSONAL_DOMAINS, strip_accents
from gen_clin import DX, DX_PED

ROLES = {
    'inf_sad': ('Infirmière clinicienne – soins palliatifs à domicile', 'Infirmier clinicien – soins palliatifs à domicile',
                'Palliative home care nurse'),
    'inf_maison': ('Infirmière, Maison Le Havre-des-Pins', 'Infirmier, Maison Le Havre-des-Pins',
                   'Nurse, Havre-des-Pins residence'),
    'asi': ('Assistante du supérieur immédiat (ASI)', 'Assistant du supérieur immédiat (ASI)', 'Assistant head nurse'),
    'md_ecsp': ('Médecin – équipe de consultation en soins palliatifs', 'Médecin – équipe de consultation en soins palliatifs',
                'Physician, palliative care consult team'),
    'md_sad': ('Médecin à domicile – soins palliatifs', 'Médecin à domicile – soins palliatifs', 'Home palliative physician'),
    'md_gmf': ('Médecin de famille', 'Médecin de famille', 'Family physician'),
    'md_onco': ('Hémato-oncologue', 'Hémato-oncologue', 'Haematologist-oncologist'),
    'pharm': ('Pharmacienne', 'Pharmacien', 'Pharmacist'),
    'ts': ('Travailleuse sociale', 'Travailleur social', 'Social worker'),
    'benev': ('Coordonnatrice des bénévoles', 'Coordonnateur des bénévoles', 'Volunteer coordinator'),
    'deuil': ('Intervenante en suivi de deuil', 'Intervenant en suivi de deuil', 'Bereavement counsellor'),
    'amm': ('Coordonnatrice clinique AMM', 'Coordonnateur clinique AMM', 'MAID clinical coordinator'),
    'admin': ('Agente administrative', 'Agent administratif', 'Administrative officer'),
    'chef': ('Chef de service – soins palliatifs', 'Chef de service – soins palliatifs', 'Palliative care service manager'),
    'dir': ('Directrice générale', 'Directeur général', 'Executive director'),
    'rh': ('Conseillère en ressources humaines', 'Conseiller en ressources humaines', 'Human resources advisor'),
    'ti': ('Technicienne en informatique', 'Technicien en informatique', 'IT technician'),
    'achat': ('Acheteuse', 'Acheteur', 'Purchasing officer'),
    'commu': ('Conseillère en communication', 'Conseiller en communication', 'Communications advisor'),
    'qualite': ('Conseillère qualité et risques', 'Conseiller qualité et risques', 'Quality and risk advisor'),
    'ergo': ('Ergothérapeute', 'Ergothérapeute', 'Occupational therapist'),
    'archiviste': ('Archiviste médicale', 'Archiviste médical', 'Health records technician'),
    'inh': ('Inhalothérapeute', 'Inhalothérapeute', 'Respiratory therapist'),
    'spirit': ('Intervenante en soins spirituels', 'Intervenant en soins spirituels', 'Spiritual care provider'),
}
DOCTOR_ROLES = {'md_ecsp', 'md_sad', 'md_gmf', 'md_onco'}


class Staff:
    def __init__(self, r, org, role, sex=None):
        self.given, self.surname, self.sex = staff(r, sex)
        self.org, self.role = org, role
        self.doc = role in DOCTOR_ROLES
        self.email = email_addr(self.given, self.surname, ORGS[org]['dom'], r)
        self.ext = r.randint(2100, 2999)

    def name(self, lang='fr', title=True):
        n = '%s %s' % (self.given, self.surname)
        if self.doc and title:
            if lang == 'fr':
                return ('Dre ' if self.sex == 'F' else 'Dr ') + n
            return 'Dr. ' + n
        return n

    def short(self, lang):
        if self.doc:
            return (('Dre ' if self.sex == 'F' else 'Dr ') if lang == 'fr' else 'Dr. ') + self.surname
        return self.given

    def na(self):
        return (self.name('fr', False), self.email)

    def role_txt(self, lang):
        fr_f, fr_m, en = ROLES[self.role]
        return (fr_f if self.sex == 'F' else fr_m) if lang == 'fr' else en


def org_name(key, lang):
    return ORGS[key][lang]


DISCLAIMER = {
    'fr': ["AVIS DE CONFIDENTIALITÉ : Ce courriel et ses pièces jointes sont destinés exclusivement au(x) "
           "destinataire(s) mentionné(s). Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.",
           "Ce message peut contenir des renseignements confidentiels. Toute diffusion non autorisée est interdite.",
           "Pensez à l'environnement avant d'imprimer ce courriel."],
    'en': ["CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named recipient(s). "
           "If you received it in error, please notify the sender and delete it.",
           "This message may contain privileged information. Unauthorised distribution is prohibited.",
           "Please consider the environment before printing this e-mail."],
}


def sig(st, lang, r, style=None):
    style = style or r.choice(['full', 'full', 'short', 'short', 'mobile', 'name', 'card'])
    o = ORGS[st.org]
    if style == 'full':
        lines = ['', '--', st.name(lang), st.role_txt(lang), o[lang], o['addr'],
                 ('Tél. : %s, poste %d' if lang == 'fr' else 'Tel.: %s ext. %d') % (o['tel'], st.ext),
                 ('Téléc. : ' if lang == 'fr' else 'Fax: ') + o['fax']]
        if r.random() < 0.5:
            lines += ['', r.choice(DISCLAIMER[lang])]
        return '\n'.join(lines)
    if style == 'short':
        return '\n'.join(['', st.name(lang), st.role_txt(lang), '%s | %s' % (o[lang], o['tel'])])
    if style == 'mobile':
        return '\n'.join(['', st.short(lang) if not st.doc else st.name(lang), '',
                          r.choice(['Envoyé de mon iPhone', 'Envoyé de mon cellulaire', 'Sent from my iPhone',
                                    'Sent from my mobile device']) if True else ''])
    if style == 'card':
        return '\n'.join(['', '_' * 32, '%s | %s' % (st.name(lang), st.role_txt(lang)), o[lang],
                          'T %s #%d  |  %s' % (o['tel'], st.ext, st.email)])
    return '\n' + st.name(lang, title=False).split(' ')[0]


def greet(lang, r, who=None):
    if lang == 'fr':
        opts = ['Bonjour,', 'Bonjour,', 'Bonjour à tous,', 'Bonjour à toutes et à tous,', 'Allô,']
        if who:
            opts += ['Bonjour %s,' % who, 'Salut %s,' % who, 'Bonjour %s,' % who, '%s,' % who]
    else:
        opts = ['Hello,', 'Hi all,', 'Good morning,', 'Hi,', 'Hello,']
        if who:
            opts += ['Hi %s,' % who, 'Dear %s,' % who, 'Hello %s,' % who, '%s -' % who]
    return r.choice(opts)


def close(lang, r):
    if lang == 'fr':
        return r.choice(['Merci!', 'Merci beaucoup,', 'Bonne journée,', 'Cordialement,', 'Au plaisir,',
                         'Merci et bonne fin de journée', 'Bien à vous,', ''])
    return r.choice(['Thanks,', 'Best regards,', 'Thank you!', 'Kind regards,', 'Cheers,', 'Many thanks,', ''])


def personal_email(given, surname, r):
    return email_addr(given, surname, r.choice(PERSONAL_DOMAINS), r, r.choice(['dot', 'initial', 'full']))


def quote_block(text, lang, r, who, when, subject=None, to=None):
    """Return a quoted previous message, in '>' style or Outlook header style."""
    style = r.choice(['gt', 'gt', 'outlook'])
    if style == 'gt':
        if lang == 'fr':
            head = 'Le %s à %s, %s <%s> a écrit :' % (fdate(when.date(), 'fr', 'day'), when.strftime('%H:%M'),
                                                    who[0], who[1])
        else:
            head = 'On %s at %s, %s <%s> wrote:' % (fdate(when.date(), 'en', 'day'),
                                                    when.strftime('%-I:%M %p'), who[0], who[1])
        return head + '\n' + '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))
    if lang == 'fr':
        head = ['-----Message d\'origine-----', 'De : %s <%s>' % who,
                'Envoyé : %s %s' % (fdate(when.date(), 'fr', 'day'), when.strftime('%H:%M')),
                'À : %s' % (to or ''), 'Objet : %s' % (subject or '')]
    else:
        head = ['-----Original Message-----', 'From: %s <%s>' % who,
                'Sent: %s %s' % (fdate(when.date(), 'en', 'day'), when.strftime('%-I:%M %p')),
                'To: %s' % (to or ''), 'Subject: %s' % (subject or '')]
    return '\n'.join(head) + '\n\n' + text


def forward_block(text, lang, who, when, subject, to):
    if lang == 'fr':
        head = ['---------- Message transféré ---------', 'De : %s <%s>' % who,
                'Date : %s à %s' % (fdate(when.date(), 'fr'), when.strftime('%H:%M')),
                'Objet : %s' % subject, 'À : %s' % to]
    else:
        head = ['---------- Forwarded message ---------', 'From: %s <%s>' % who,
                'Date: %s at %s' % (fdate(when.date(), 'en'), when.strftime('%-I:%M %p')),
                'Subject: %s' % subject, 'To: %s' % to]
    return '\n'.join(head) + '\n\n' + text


def pname(p, lang, r, style=None):
    style = style or r.choice(['full', 'title', 'title', 'rev', 'titlesur', 'full'])
    t = p.title(lang)
    return {
        'full': '%s %s' % (p.given, p.surname),
        'title': '%s %s %s' % (t, p.given, p.surname),
        'titlesur': '%s %s' % (t, p.surname),
        'rev': '%s, %s' % (p.surname.upper(), p.given),
        'revlow': '%s %s' % (p.surname.lower(), p.given.lower()),
        'lower': '%s %s' % (p.given.lower(), p.surname.lower()),
        'init': '%s. %s' % (p.given[0], p.surname),
        'initdot': '%s.%s' % (p.given[0], p.surname),
        'surfirst': '%s %s' % (p.surname, p.given),
        'caps': '%s %s' % (p.surname.upper(), p.given.upper()),
    }[style]


def dob_txt(p, lang, r, style=None):
    style = style or r.choice(['iso', 'iso', 'long', 'num', 'dots'])
    return fdate(p.dob, lang, style)


YOUNG_DX = [DX[i] for i in (1, 5, 6, 7, 13, 15, 19, 2)]


def dx_for(p, when, r, lang):
    age = p.age(when.date() if isinstance(when, datetime.datetime) else when)
    if age < 18:
        d = r.choice([x for x in DX_PED if p.sex == 'M' or 'Duchenne' not in x[0]])
    elif age < 50:
        d = r.choice(YOUNG_DX)
    else:
        d = r.choice(DX)
    return d[0] if lang == 'fr' else d[1]


def pick(r, pairs, lang, k=1):
    items = r.sample(pairs, k)
    vals = [(a if lang == 'fr' else b) for a, b in items]
    return vals if k > 1 else vals[0]


def fn_safe(s):
    return strip_accents(s).replace(' ', '_').replace("'", '').replace(',', '')
