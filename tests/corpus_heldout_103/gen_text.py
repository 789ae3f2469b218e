"""Wording shared by all messages: greetings, signatures, quoting, vocabulary."""
from gen_common import ORGS, dfmt, MOIS

DISCLAIMER_FR = ("AVIS DE CONFIDENTIALITÉ : Ce message et ses pièces jointes peuvent contenir des "
                 "renseignements confidentiels destinés uniquement au destinataire. Si vous l'avez reçu "
                 "par erreur, veuillez en aviser l'expéditeur et le détruire.")
DISCLAIMER_EN = ("CONFIDENTIALITY NOTICE: This e-mail may contain privileged information intended only "
                 "for the addressee. If you received it in error, please notify the sender and delete it.")
DISCLAIMER_BI = ("Ce courriel peut contenir des renseignements confidentiels. / This e-mail may contain "
                 "confidential information.")

UNITS = ['Clinique d\'urologie', 'Service d\'urologie', 'Centre de lithotripsie', 'Laboratoire d\'urodynamie',
         'Clinique de continence', 'Bloc opératoire – cystoscopie', 'Clinique de vasectomie']
UNITS_EN = ['Urology Clinic', 'Division of Urology', 'Lithotripsy Unit', 'Urodynamics Lab',
            'Continence Clinic', 'Endoscopy / Cystoscopy Suite', 'Men\'s Health & Vasectomy Clinic']

ROLE_FR = {'md': 'Urologue', 'gp': 'Médecin de famille', 'nurse': 'Infirmière clinicienne',
           'nurse_m': 'Infirmier clinicien', 'clerk': 'Agente administrative', 'clerk_m': 'Agent administratif',
           'pharm': 'Pharmacien(ne)', 'sw': 'Travailleuse sociale', 'physio': 'Physiothérapeute en rééducation périnéale',
           'mgr': 'Chef de service', 'res': 'Résident(e) R3 urologie', 'tech': 'Technicienne en urodynamie',
           'hr': 'Conseillère en ressources humaines', 'labtech': 'Technologiste médicale, biochimie', 'it': 'Centre de services TI', 'buyer': 'Approvisionnement'}
ROLE_EN = {'md': 'Urologist', 'gp': 'Family Physician', 'nurse': 'Nurse Clinician', 'nurse_m': 'Nurse Clinician',
           'clerk': 'Unit Clerk', 'clerk_m': 'Unit Clerk', 'pharm': 'Pharmacist', 'sw': 'Social Worker',
           'physio': 'Pelvic Health Physiotherapist', 'mgr': 'Department Head', 'res': 'PGY-3 Urology',
           'tech': 'Urodynamics Technologist', 'hr': 'HR Advisor', 'labtech': 'Medical Laboratory Technologist', 'it': 'IT Service Desk',
           'buyer': 'Procurement'}


def doc_title(s, lang):
    if s['role'] in ('md', 'gp', 'mgr', 'res'):
        if lang == 'fr':
            return ('Dre ' if s['sex'] == 'F' else 'Dr ') + s['full']
        return 'Dr. ' + s['full']
    return s['full']


def sig(W, s, lang, unit=None, disclaimer=None):
    r = W.rng
    roles = ROLE_FR if lang == 'fr' else ROLE_EN
    role = roles.get(s['role'] + ('_m' if s['sex'] == 'M' and s['role'] in ('nurse', 'clerk') else ''),
                     roles.get(s['role'], ''))
    admin = {'hr': ('Direction des ressources humaines', 'Human Resources'), 'it': ('Direction des ressources informationnelles', 'Information Technology'),
             'buyer': ('Approvisionnement et logistique', 'Procurement & Logistics'), 'pharm': ('Département de pharmacie', 'Pharmacy Department'),
             'labtech': ('Biochimie clinique', 'Clinical Biochemistry'), 'gp': (s['org'], s['org'])}
    if not unit and s['role'] in admin:
        unit = admin[s['role']][0 if lang == 'fr' else 1]
    unit = unit or r.choice(UNITS if lang == 'fr' else UNITS_EN)
    k = r.randrange(6)
    if k == 0:
        out = '-- \n%s\n%s\n%s | %s\nTél. : %s  Téléc. : %s' % (doc_title(s, lang), role, unit, s['org'],
                                                            W.clinic_phone(), W.phone(style=1)) if lang == 'fr' else \
            '-- \n%s\n%s\n%s | %s\nT: %s  F: %s' % (doc_title(s, lang), role, unit, s['org'], W.clinic_phone(), W.phone(style=1))
    elif k == 1:
        out = '%s\n%s' % (s['given'], unit)
    elif k == 2:
        out = '%s, %s\n%s\n%s' % (doc_title(s, lang), role, s['org'], s['email'])
    elif k == 3:
        out = '%s\n%s – %s\n%s' % (doc_title(s, lang), role, unit, W.clinic_phone())
    elif k == 4:
        out = s['given'][0] + '. ' + s['surname'] + ('\n\nEnvoyé de mon iPhone' if lang == 'fr' else '\n\nSent from my iPhone')
    else:
        out = '_____________________\n%s\n%s\n%s\n%s' % (s['full'], role, s['org'], W.clinic_phone())
    if lang == 'en':
        out = out.replace(' poste ', ' ext. ')
    if disclaimer is None:
        disclaimer = r.random() < 0.35
    if disclaimer:
        out += '\n\n' + r.choice([DISCLAIMER_FR if lang == 'fr' else DISCLAIMER_EN, DISCLAIMER_BI])
    return out


def hello(W, lang, who=None):
    r = W.rng
    if lang == 'fr':
        if who:
            return r.choice(['Bonjour %s,', 'Bonjour %s !', 'Salut %s,', 'Allo %s,', '%s,', 'Bon matin %s,']) % who
        return r.choice(['Bonjour,', 'Bonjour à tous,', 'Bonjour à toutes et à tous,', 'Allo,', 'Bon matin,', 'Bonsoir,'])
    if who:
        return r.choice(['Hi %s,', 'Hello %s,', 'Dear %s,', '%s -', 'Good morning %s,']) % who
    return r.choice(['Hi all,', 'Hello,', 'Good morning,', 'Hi team,', 'Dear colleagues,'])


def bye(W, lang):
    r = W.rng
    if lang == 'fr':
        return r.choice(['Merci !', 'Merci beaucoup,', 'Bonne journée,', 'Cordialement,', 'Merci et bonne fin de journée',
                         'Au plaisir,', 'Merci de votre collaboration.', 'Bonne semaine', ''])
    return r.choice(['Thanks!', 'Thanks,', 'Best regards,', 'Kind regards,', 'Cheers,', 'Thank you,', 'Best,', ''])


def quote(W, body, who, when, lang, subject=None, to=None):
    """Reply-quote an earlier message, Outlook or Gmail style."""
    r = W.rng
    k = r.randrange(3)
    if k == 0:
        lines = '\n'.join('> ' + l if l else '>' for l in body.split('\n'))
        if lang == 'fr':
            head = 'Le %s à %02d:%02d, %s <%s> a écrit :' % (dfmt(when.date(), 'fr', 1), when.hour, when.minute, who[0], who[1])
        else:
            head = 'On %s at %d:%02d %s, %s <%s> wrote:' % (dfmt(when.date(), 'en', 3), (when.hour - 1) % 12 + 1,
                                                       when.minute, 'AM' if when.hour < 12 else 'PM', who[0], who[1])
        return head + '\n' + lines
    if lang == 'fr':
        head = ('________________________________\nDe : %s <%s>\nEnvoyé : %s %02d:%02d\nÀ : %s\nObjet : %s'
                % (who[0], who[1], dfmt(when.date(), 'fr', 3), when.hour, when.minute, to or '', subject or ''))
    else:
        head = ('-----Original Message-----\nFrom: %s <%s>\nSent: %s %d:%02d\nTo: %s\nSubject: %s'
                % (who[0], who[1], dfmt(when.date(), 'en', 1), when.hour, when.minute, to or '', subject or ''))
    if k == 2:
        body = '\n'.join('> ' + l if l else '>' for l in body.split('\n'))
    return head + '\n\n' + body


def fwd(W, body, who, when, lang, subject, to):
    if lang == 'fr' and W.rng.random() < 0.6:
        head = ('---------- Message transféré ---------\nDe : %s <%s>\nDate : %s à %02d:%02d\nObjet : %s\nÀ : %s'
                % (who[0], who[1], dfmt(when.date(), 'fr', 3), when.hour, when.minute, subject, to))
    else:
        head = ('---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s'
                % (who[0], who[1], dfmt(when.date(), 'en', 1), subject, to))
    return head + '\n\n' + body


def join(*parts):
    return '\n\n'.join(p for p in parts if p)
