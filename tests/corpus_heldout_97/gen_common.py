"""Shared context for templates: staff, signatures, clinical vocabulary."""
import datetime

import gen_data as D

ROLES = {  # role: (French masculine, French feminine, English)
    'neuro': ('neurologue', 'neurologue', 'Neurologist'),
    'nurse': ('infirmier clinicien, unité AVC', 'infirmière clinicienne, unité AVC', 'Clinical nurse, stroke unit'),
    'liaison': ('infirmier de liaison', 'infirmière de liaison', 'Liaison nurse'),
    'slp': ('orthophoniste', 'orthophoniste', 'Speech-language pathologist'),
    'ot': ('ergothérapeute', 'ergothérapeute', 'Occupational therapist'),
    'pt': ('physiothérapeute', 'physiothérapeute', 'Physiotherapist'),
    'sw': ('travailleur social', 'travailleuse sociale', 'Social worker'),
    'clerk': ('agent administratif, clinique de neurologie', 'agente administrative, clinique de neurologie',
              'Administrative agent, neurology clinic'),
    'pharm': ('pharmacien', 'pharmacienne', 'Pharmacist'),
    'resident': ('résident R3 neurologie', 'résidente R3 neurologie', 'Neurology resident (PGY-3)'),
    'coord': ('coordonnateur, programme AVC', 'coordonnatrice, programme AVC', 'Stroke program coordinator'),
    'chief': ('chef de service, neurologie', 'cheffe de service, neurologie', 'Chief, Department of Neurology'),
    'epil_nurse': ('infirmier, clinique d\'épilepsie', 'infirmière, clinique d\'épilepsie', 'Epilepsy clinic nurse'),
    'ms_nurse': ('infirmier pivot SEP', 'infirmière pivot SEP', 'MS nurse navigator'),
    'physiatrist': ('physiatre', 'physiatre', 'Physiatrist'),
    'gp': ('médecin de famille, GMF', 'médecin de famille, GMF', 'Family physician'),
    'hr': ('conseiller en ressources humaines', 'conseillère en ressources humaines', 'Human resources advisor'),
    'it': ('technicien, soutien informatique', 'technicienne, soutien informatique', 'IT support technician'),
    'manager': ('gestionnaire, programme neurosciences', 'gestionnaire, programme neurosciences',
                'Manager, neuroscience program'),
    'buyer': ('acheteur, approvisionnement', 'acheteuse, approvisionnement', 'Buyer, procurement'),
    'research': ('coordonnateur de recherche', 'coordonnatrice de recherche', 'Research coordinator'),
    'comms': ('conseiller en communication', 'conseillère en communication', 'Communications advisor'),
    'educator': ('conseiller en soins infirmiers', 'conseillère en soins infirmiers', 'Nurse educator'),
}
DOCTOR_ROLES = {'neuro', 'resident', 'chief', 'physiatrist', 'gp'}

DISCLAIMER_FR = ('AVIS DE CONFIDENTIALITÉ : Ce message peut contenir des renseignements confidentiels. '
                 'Si vous l\'avez reçu par erreur, veuillez en aviser l\'expéditeur et le détruire.')
DISCLAIMER_EN = ('CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you '
                 'received it in error, please notify the sender and delete it.')


class Ctx:
    def __init__(self, rng, gen, lang):
        self.rng = rng
        self.gen = gen
        self.lang = lang
        self.fr = lang == 'fr'

    # ------------------------------------------------------------------ small helpers
    def c(self, *opts):
        return self.rng.choice(opts)

    def t(self, fr, en):
        return fr if self.fr else en

    def site(self, kind=None, en=None):
        """kind: 'hub', 'regional', 'rehab', 'acute' (hub or regional) or None (any)."""
        en = (not self.fr) if en is None else en
        pool = D.SITES if kind else [s for s in D.SITES if s['kind'] != 'gmf']
        if kind == 'acute':
            pool = [s for s in pool if s['kind'] in ('hub', 'regional')]
        elif kind:
            pool = [s for s in pool if s['kind'] == kind]
        lang_pool = [s for s in pool if s['en'] == en]
        if lang_pool and self.rng.random() < 0.75:
            pool = lang_pool
        return self.rng.choice(pool)

    def person(self, role, site=None, lang=None):
        lang = lang or (self.lang if self.rng.random() < 0.85 else ('en' if self.fr else 'fr'))
        p = self.gen.staff(lang)
        p['role'] = role
        p['site'] = site or self.site('acute')
        p['lang'] = lang
        if role in DOCTOR_ROLES:
            p['title'] = ('Dre' if p['sex'] == 'F' else 'Dr') if self.fr else 'Dr.'
        else:
            p['title'] = ''
        local = D.strip_accents(p['given'] + '.' + p['surname']).lower().replace(' ', '').replace("'", '')
        p['email'] = '%s@%s' % (local, p['site']['dom'])
        return p

    def dname(self, p, with_title=True):
        if with_title and p.get('title'):
            return '%s %s %s' % (p['title'], p['given'], p['surname'])
        return '%s %s' % (p['given'], p['surname'])

    def addr(self, p):
        return (self.dname(p, False) if self.rng.random() < 0.7 else self.dname(p), p['email'])

    def team(self, name_fr, name_en, site, local):
        return (self.t(name_fr, name_en), '%s@%s' % (local, site['dom']))

    def role_label(self, p):
        m, f, en = ROLES[p['role']]
        if self.fr:
            return f if p.get('sex') == 'F' else m
        return en

    def signature(self, p, short=None):
        r = self.rng
        short = r.random() < 0.3 if short is None else short
        if short:
            return r.choice(['-- \n%s' % p['given'], '%s' % self.dname(p),
                             '%s\n%s' % (self.dname(p), self.role_label(p))])
        s = p['site']
        lines = ['-- ' if r.random() < 0.4 else '', self.dname(p), self.role_label(p), s['name']]
        ext = r.randint(2000, 7999)
        if self.fr:
            lines.append(r.choice(['Tél. : %s, poste %d' % (s['phone'], ext),
                                   'T %s #%d | Téléc. %s' % (s['phone'], ext, s['fax'])]))
        else:
            lines.append(r.choice(['Tel: %s ext. %d' % (s['phone'], ext),
                                   'P %s x%d | F %s' % (s['phone'], ext, s['fax'])]))
        if r.random() < 0.35:
            lines.append('')
            lines.append(DISCLAIMER_FR if self.fr else DISCLAIMER_EN)
            if r.random() < 0.5:
                lines.append(DISCLAIMER_EN if self.fr else DISCLAIMER_FR)
        return '\n'.join(l for l in lines if l is not None).lstrip('\n')

    def hello(self, p=None):
        r = self.rng
        if self.fr:
            if p is None:
                return r.choice(['Bonjour,', 'Bonjour à tous,', 'Allo,', 'Bonjour à toutes et à tous,', 'Salut,'])
            if p.get('title'):
                return r.choice(['Bonjour %s %s,' % (p['title'], p['surname']), 'Bonjour %s,' % p['given'],
                                 'Chère collègue,' if p.get('sex') == 'F' else 'Cher collègue,'])
            return r.choice(['Bonjour %s,' % p['given'], 'Allo %s,' % p['given'], 'Bonjour,', '%s,' % p['given']])
        if p is None:
            return r.choice(['Hi all,', 'Hello,', 'Good morning,', 'Hi everyone,', 'Dear colleagues,'])
        if p.get('title'):
            return r.choice(['Dear Dr. %s,' % p['surname'], 'Hi %s,' % p['given'], 'Dear colleague,'])
        return r.choice(['Hi %s,' % p['given'], 'Hello %s,' % p['given'], '%s,' % p['given'], 'Hi,'])

    def bye(self):
        if self.fr:
            return self.c('Merci,', 'Merci beaucoup,', 'Bonne journée,', 'Cordialement,', 'Merci à l\'avance,',
                          'Au plaisir,', 'Merci et bonne fin de journée,', '')
        return self.c('Thanks,', 'Thank you,', 'Best regards,', 'Regards,', 'Many thanks,', 'Cheers,', '')

    def when(self, base=None, days=(1, 40)):
        r = self.rng
        base = base or datetime.datetime(2025, 1, 6, 8, 0)
        d = base + datetime.timedelta(days=r.randint(*days))
        while d.weekday() >= 5:
            d += datetime.timedelta(days=1)
        return d.replace(hour=r.choice([8, 9, 10, 11, 13, 14, 15]), minute=r.choice([0, 15, 30, 45]))

    def fdate(self, dt, with_time=True):
        if self.fr:
            jours = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
            s = '%s %d %s' % (jours[dt.weekday()], dt.day, D.MONTHS_FR[dt.month - 1])
            if with_time:
                s += ' à %dh%02d' % (dt.hour, dt.minute) if dt.minute else ' à %dh' % dt.hour
            return s
        s = dt.strftime('%A, %B ') + str(dt.day)
        if with_time:
            h = dt.hour % 12 or 12
            s += ' at %d:%02d %s' % (h, dt.minute, 'a.m.' if dt.hour < 12 else 'p.m.')
        return s

    def num(self, x, nd=1):
        s = ('%.' + str(nd) + 'f') % x
        return s.replace('.', ',') if self.fr else s


# --------------------------------------------------------------------------- clinical vocabulary
STROKE_DX = [
    ('AVC ischémique sylvien gauche', 'left MCA ischemic stroke'),
    ('AVC ischémique sylvien droit', 'right MCA ischemic stroke'),
    ('occlusion M1 gauche', 'left M1 occlusion'),
    ('occlusion de la carotide interne droite (tandem)', 'right ICA tandem occlusion'),
    ('occlusion du tronc basilaire', 'basilar artery occlusion'),
    ('AVC lacunaire capsulaire gauche', 'left capsular lacunar stroke'),
    ('infarctus cérébelleux droit', 'right cerebellar infarct'),
    ('hémorragie intracérébrale lobaire gauche', 'left lobar intracerebral haemorrhage'),
    ('AVC cardioembolique sur FA non connue', 'cardioembolic stroke, new atrial fibrillation'),
    ('dissection vertébrale gauche avec AVC médullaire latéral', 'left vertebral dissection with lateral medullary stroke'),
]
DEFICITS = [
    ('aphasie d\'expression', 'expressive aphasia'), ('aphasie globale', 'global aphasia'),
    ('hémiparésie droite', 'right hemiparesis'), ('hémiparésie gauche', 'left hemiparesis'),
    ('héminégligence gauche', 'left hemispatial neglect'), ('dysarthrie', 'dysarthria'),
    ('dysphagie', 'dysphagia'), ('hémianopsie latérale homonyme droite', 'right homonymous hemianopia'),
    ('ataxie à la marche', 'gait ataxia'),
]
ANTITHROMB = [
    ('AAS 80 mg DIE', 'ASA 81 mg daily'), ('clopidogrel 75 mg DIE', 'clopidogrel 75 mg daily'),
    ('apixaban 5 mg BID', 'apixaban 5 mg BID'), ('rivaroxaban 20 mg DIE', 'rivaroxaban 20 mg daily'),
    ('dabigatran 150 mg BID', 'dabigatran 150 mg BID'), ('warfarine (cible INR 2-3)', 'warfarin (target INR 2-3)'),
]
STATINS = [('atorvastatine 80 mg', 'atorvastatin 80 mg'), ('rosuvastatine 20 mg', 'rosuvastatin 20 mg')]
AEDS = [
    ('lévétiracétam 500 mg BID', 'levetiracetam 500 mg BID'), ('lévétiracétam 1000 mg BID', 'levetiracetam 1000 mg BID'),
    ('lamotrigine 100 mg BID', 'lamotrigine 100 mg BID'), ('lacosamide 100 mg BID', 'lacosamide 100 mg BID'),
    ('carbamazépine CR 400 mg BID', 'carbamazepine CR 400 mg BID'), ('acide valproïque 500 mg BID', 'valproic acid 500 mg BID'),
    ('clobazam 10 mg HS', 'clobazam 10 mg HS'),
]
EPI_DX = [
    ('épilepsie focale temporale gauche', 'left temporal lobe epilepsy'),
    ('épilepsie généralisée idiopathique', 'idiopathic generalized epilepsy'),
    ('crise tonico-clonique généralisée inaugurale', 'first generalized tonic-clonic seizure'),
    ('épilepsie post-AVC', 'post-stroke epilepsy'),
    ('épilepsie myoclonique juvénile', 'juvenile myoclonic epilepsy'),
]
MS_DX = [
    ('SEP récurrente-rémittente', 'relapsing-remitting MS'),
    ('SEP progressive primaire', 'primary progressive MS'),
    ('névrite optique droite, SEP probable', 'right optic neuritis, probable MS'),
    ('SEP secondairement progressive', 'secondary progressive MS'),
]
MS_DRUGS = [
    ('ocrélizumab 600 mg IV aux 6 mois', 'ocrelizumab 600 mg IV every 6 months'),
    ('natalizumab 300 mg IV aux 4 semaines', 'natalizumab 300 mg IV every 4 weeks'),
    ('diméthylfumarate 240 mg BID', 'dimethyl fumarate 240 mg BID'),
    ('tériflunomide 14 mg DIE', 'teriflunomide 14 mg daily'),
    ('ofatumumab 20 mg SC mensuel', 'ofatumumab 20 mg SC monthly'),
]
