"""Invented people, organisations, addresses, phones, dates, greetings and
signatures.  Staff and non-NAM patients never use a NAM holder's surname."""
import datetime
import unicodedata

NAM_SURNAMES = {'Wilson', 'Taylor', 'Lapointe', 'Lessard', 'Caron', 'Bouchard', 'Leblanc', 'Gagnon',
                'Fortin', 'Poirier', 'Fournier', 'Smith', 'Simard', 'Savard', 'Gauthier', 'Nadeau',
                'Cloutier', 'Morin', 'Boucher', 'Girard', 'Ouellet', 'Brown', 'Roy', 'MacDonald',
                'Bélanger', 'Pelletier', 'Martel', 'Paquette', 'Thibault'}

FR_F = ['Julie', 'Isabelle', 'Mélanie', 'Catherine', 'Stéphanie', 'Véronique', 'Annie', 'Karine',
        'Chantal', 'Nancy', 'Marie-Ève', 'Audrey', 'Émilie', 'Valérie', 'Caroline', 'Sophie', 'Martine',
        'Lucie', 'Hélène', 'Francine', 'Guylaine', 'Marie-Claude', 'Nathalie', 'Johanne', 'Maude',
        'Roxanne', 'Geneviève', 'Josiane', 'Line', 'Kim']
FR_M = ['Sylvain', 'Martin', 'Éric', 'Stéphane', 'Patrick', 'François', 'Jean-François', 'Mathieu',
        'Simon', 'Alexandre', 'Sébastien', 'Yves', 'Daniel', 'Alain', 'Normand', 'Réjean', 'Luc',
        'Benoît', 'Vincent', 'Maxime', 'Olivier', 'Gabriel', 'Félix', 'Jérôme', 'Dominic', 'Carl',
        'Steve', 'Marc-André', 'Pierre-Luc', 'Denis']
FR_SUR = ['Tremblay', 'Côté', 'Bergeron', 'Lavoie', 'Dubé', 'Gingras', 'Demers', 'Hébert', 'Lévesque',
          'Beaulieu', 'Dionne', 'Mercier', 'Lachance', 'Vachon', 'Landry', 'Gosselin', 'Lemieux',
          'Leclerc', 'Tardif', 'Rousseau', 'Drouin', 'Boivin', 'Grenier', 'Lacroix', 'Perron',
          'Charbonneau', 'Bissonnette', 'Turcotte', 'Blais', 'Proulx', 'Vaillancourt', 'Fontaine',
          'Asselin', 'Racine', 'Lefebvre', 'Gendron', 'Beaudoin', 'Dufour', 'Labbé', 'Ménard', 'Poulin',
          'Nolet', 'Sirois', 'Lamontagne', 'Brassard', 'Harvey', 'Audet', 'St-Pierre', 'Ouimet',
          'Lalonde', 'Paradis', 'Bédard', 'Giguère', 'Laflamme', 'Desrosiers', 'Trudel', 'Marcoux']
EN_F = ['Jennifer', 'Jessica', 'Laura', 'Megan', 'Heather', 'Amanda', 'Karen', 'Lisa', 'Rebecca',
        'Emily', 'Nicole', 'Priya', 'Mei', 'Fatima', 'Ana', 'Olivia', 'Hannah', 'Rachel', 'Tanya',
        'Brenda', 'Colleen', 'Deepa', 'Grace', 'Shannon']
EN_M = ['Michael', 'Kevin', 'Ryan', 'Daniel', 'Andrew', 'Jason', 'Brian', 'Steven', 'Matthew',
        'Christopher', 'Rajesh', 'Wei', 'Ahmed', 'Carlos', 'Tyler', 'Brandon', 'Graham', 'Derek',
        'Trevor', 'Omar', 'Kyle', 'Scott', 'Harpreet', 'Owen']
EN_SUR = ['Anderson', 'Campbell', 'Stewart', 'Mitchell', 'Robertson', 'Murray', 'Patel', 'Singh',
          'Chen', 'Wong', 'Nguyen', 'Clarke', 'Walker', 'Hughes', 'Kowalski', "O'Brien", 'Sullivan',
          'Ferguson', 'Graham', 'Henderson', 'Baker', 'Reid', 'Morrison', 'Fraser', 'Hamilton', 'Kaur',
          'Rossi', 'Silva', 'Novak', 'Schultz', 'Lindqvist', 'Okafor', 'Haddad', 'McKenzie', 'Dhillon',
          'Petrov', 'Armstrong', 'Doyle']
BE_SUR = ['Van den Berghe', 'Dumont', 'Peeters', 'Janssens', 'Claes', 'Maes', 'Wouters', 'Vandamme',
          'Delvaux', 'Lemaire']
FRANCE_SUR = ['Moreau', 'Laurent', 'Roux', 'Chevalier', 'Garnier', 'Faure', 'Blanchard', 'Morel',
              'Lambert', 'Bonnet']

for _s in FR_SUR + EN_SUR + BE_SUR + FRANCE_SUR:
    assert _s not in NAM_SURNAMES, _s


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s) if not unicodedata.combining(c))


def slug(s):
    s = strip_accents(s).lower()
    return ''.join(c if c.isalnum() else '.' for c in s).strip('.').replace('..', '.')


class Person:
    def __init__(self, first, last, sex, lang):
        self.first, self.last, self.sex, self.lang = first, last, sex, lang

    @property
    def full(self):
        return '%s %s' % (self.first, self.last)


def person(rng, lang='fr', sex=None, pool=None):
    sex = sex or rng.choice('FM')
    if pool == 'be':
        first = rng.choice(['Sophie', 'Julie', 'Laura', 'Manon'] if sex == 'F' else ['Thomas', 'Nicolas', 'Kevin', 'Arnaud'])
        return Person(first, rng.choice(BE_SUR), sex, lang)
    if pool == 'france':
        first = rng.choice(['Camille', 'Léa', 'Chloé', 'Pauline'] if sex == 'F' else ['Julien', 'Antoine', 'Romain', 'Hugo'])
        return Person(first, rng.choice(FRANCE_SUR), sex, lang)
    if lang == 'fr' or (lang == 'en' and rng.random() < 0.25):
        first = rng.choice(FR_F if sex == 'F' else FR_M)
        last = rng.choice(FR_SUR if rng.random() < 0.85 else EN_SUR)
    else:
        first = rng.choice(EN_F if sex == 'F' else EN_M)
        last = rng.choice(EN_SUR if rng.random() < 0.8 else FR_SUR)
    return Person(first, last, sex, lang)


# ---------------------------------------------------------------- organisations
class Org:
    def __init__(self, name, domain, city, street, phone, kind, lang):
        self.name, self.domain, self.city, self.street = name, domain, city, street
        self.phone, self.kind, self.lang = phone, kind, lang


def _ph(area, n):
    return '%s-555-01%02d' % (area, n)


CLINICS_FR = [
    Org('Clinique de physiothérapie Rive-Sud', 'physio-rivesud.example', 'Longueuil (Québec) J4K 2T5', '1450, chemin de Chambly, bureau 210', _ph('450', 12), 'physio', 'fr'),
    Org('Ergo-Boréal, ergothérapie et réadaptation', 'ergoboreal.example', 'Québec (Québec) G1N 4K7', '2600, boul. Laurier, bureau 400', _ph('418', 31), 'ergo', 'fr'),
    Org('Physio Santé Laurentides', 'physiolaurentides.example', 'Saint-Jérôme (Québec) J7Z 5T3', '75, rue de Martigny Ouest', _ph('450', 47), 'physio', 'fr'),
    Org('Clinique médicale du Travail Saint-Laurent', 'cmt-stlaurent.example', 'Montréal (Québec) H4R 1V6', '3100, boul. de la Côte-Vertu', _ph('514', 20), 'medtravail', 'fr'),
    Org('Centre de réadaptation Mauricie-Action', 'readaptation-mauricie.example', 'Trois-Rivières (Québec) G8Z 1X4', '455, rue des Forges', _ph('819', 55), 'physio', 'fr'),
    Org('Expertises médicales Outaouais inc.', 'expertises-outaouais.example', 'Gatineau (Québec) J8Y 3R4', '92, boul. Saint-Raymond', _ph('819', 73), 'ime', 'fr'),
    Org('Kiné-Action Saguenay', 'kineaction.example', 'Chicoutimi (Québec) G7H 5B1', '1212, boul. Talbot', _ph('418', 68), 'physio', 'fr'),
]
CLINICS_EN = [
    Org('Westmount Physio & Rehab', 'westmountphysio.example', 'Montréal, QC H3Z 2Y7', '4150 Sainte-Catherine St. W., Suite 330', _ph('514', 44), 'physio', 'en'),
    Org('Lakeshore Occupational Therapy', 'lakeshore-ot.example', 'Pointe-Claire, QC H9R 4S3', '260 Boulevard Hymus', _ph('514', 62), 'ergo', 'en'),
    Org('Ottawa Valley Rehab Clinic', 'ovrehab.example', 'Ottawa, ON K2P 1L4', '180 Metcalfe Street, 2nd floor', _ph('613', 25), 'physio', 'en'),
    Org('Meridian Independent Medical Assessments', 'meridian-ime.example', 'Toronto, ON M5V 2T6', '55 Spadina Ave., Suite 900', _ph('416', 39), 'ime', 'en'),
    Org('Eastgate Work Health Centre', 'eastgate-workhealth.example', 'Hamilton, ON L8E 2X9', '75 Centennial Pkwy N', _ph('905', 16), 'medtravail', 'en'),
]

INSURERS_FR = [('Assurance Vie Horizon Boréal', 'horizonboreal.example'), ('Groupe Alliance Santé-Vie', 'alliancesantevie.example'),
               ('La Mutuelle des Érables', 'mutuelle-erables.example')]
INSURERS_EN = [('Northstar Mutual Life', 'northstar-life.example'), ('Maplecrest Insurance', 'maplecrest.example'),
               ('Granite Shield Disability Management', 'graniteshield.example')]
LAWFIRMS_FR = [('Bérubé Lacasse avocats', 'berube-lacasse.example'), ('Dussault Marceau s.e.n.c.r.l.', 'dussaultmarceau.example'),
               ('Aide juridique — bureau de Longueuil', 'aidejuridique-lgl.example')]
LAWFIRMS_EN = [('Hartwell & Mercer LLP', 'hartwellmercer.example'), ('Osgoode Injury Law', 'osgoodeinjury.example')]
EMPLOYERS_FR = [('Transport Fleuve inc.', 'transportfleuve.example'), ('Entrepôts Nordiques ltée', 'entrepotsnordiques.example'),
                ('Meunerie Saint-Ours', 'meunerie-stours.example'), ('Construction Mont-Royal', 'constructionmr.example'),
                ('CPE Les Petits Pinsons', 'cpe-pinsons.example'), ('Abattoir Beauce-Sud', 'abattoirbeauce.example')]
EMPLOYERS_EN = [('Maple Ridge Logistics', 'mapleridgelogistics.example'), ('Brampton Precision Stamping', 'bps-stamping.example'),
                ('Northshore Home Care Services', 'northshorehomecare.example'), ('Lakeview Foods Ltd.', 'lakeviewfoods.example')]
AGENCY = {'cnesst': ('CNESST — Direction régionale', 'cnesst.example'),
          'saaq': ('SAAQ — Indemnisation des victimes', 'saaq.example'),
          'wsib': ('WSIB — Case Management', 'wsib.example'),
          'ivac': ('IVAC', 'ivac.example')}

STAFF_TITLES_FR = {
    'physio': ['physiothérapeute', 'pht, M.Sc.', 'physiothérapeute, coordonnatrice clinique', 'T.R.P.'],
    'ergo': ['ergothérapeute', 'erg., M.Sc.', 'ergothérapeute — réadaptation au travail'],
    'kin': ['kinésiologue', 'kinésiologue, B.Sc.'],
    'md': ['médecin désigné', 'médecin traitant', 'omnipraticien, médecine du travail', 'physiatre', 'orthopédiste'],
    'admin': ['adjointe administrative', 'agente administrative', 'réception', 'coordonnatrice des dossiers CNESST/SAAQ',
              'responsable de la facturation', 'archiviste médicale'],
    'mgr': ['directrice clinique', 'directeur des opérations', 'gestionnaire', 'copropriétaire'],
}
STAFF_TITLES_EN = {
    'physio': ['Physiotherapist', 'PT, MScPT', 'Registered Physiotherapist', 'Clinic Lead Physiotherapist'],
    'ergo': ['Occupational Therapist', 'OT Reg. (Ont.)', 'Occupational Therapist, Return-to-Work Program'],
    'kin': ['Kinesiologist', 'R.Kin'],
    'md': ['Occupational Physician', 'Physiatrist', 'Family Physician', 'Orthopaedic Surgeon', 'Assessing Physician'],
    'admin': ['Administrative Assistant', 'Front Desk', 'Claims Coordinator', 'Billing Coordinator',
              'Health Records Clerk', 'Intake Coordinator'],
    'mgr': ['Clinic Director', 'Operations Manager', 'Practice Manager', 'Owner'],
}


class Staff(Person):
    def __init__(self, p, role, title, org):
        Person.__init__(self, p.first, p.last, p.sex, p.lang)
        self.role, self.title, self.org = role, title, org
        self.email = '%s@%s' % (slug(p.first + '.' + p.last), org.domain)

    def formal(self):
        if self.role == 'md':
            if self.lang == 'fr':
                return ('Dre ' if self.sex == 'F' else 'Dr ') + self.full
            return 'Dr. ' + self.full
        return self.full


def staff(rng, org, role=None, lang=None):
    lang = lang or org.lang
    role = role or rng.choice(['physio', 'physio', 'ergo', 'admin', 'admin', 'kin', 'md', 'mgr'])
    p = person(rng, lang)
    titles = (STAFF_TITLES_FR if lang == 'fr' else STAFF_TITLES_EN)[role]
    t = rng.choice(titles)
    if lang == 'fr' and p.sex == 'M':
        t = (t.replace('adjointe administrative', 'adjoint administratif').replace('agente administrative', 'agent administratif')
             .replace('coordonnatrice', 'coordonnateur')
             .replace('directrice', 'directeur').replace('responsable', 'responsable'))
    return Staff(p, role, t, org)


def external(rng, orgname, domain, lang, title=None):
    p = person(rng, lang)
    s = Staff(p, 'ext', title or '', Org(orgname, domain, '', '', '', 'ext', lang))
    return s


# ---------------------------------------------------------------- places / phones
STREETS_FR = ['rue des Érables', 'rue Principale', 'boul. Sainte-Foy', 'rue Saint-Denis', 'avenue du Parc',
              'rue Notre-Dame Est', 'rang Saint-Joseph', 'rue des Pins', 'chemin du Lac', 'rue Beaubien Est',
              'rue King Ouest', 'avenue Cartier', 'rue de la Gare']
CITIES_FR = [('Longueuil', 'J4H'), ('Laval', 'H7N'), ('Québec', 'G1L'), ('Lévis', 'G6V'), ('Sherbrooke', 'J1H'),
             ('Trois-Rivières', 'G9A'), ('Saint-Jérôme', 'J7Y'), ('Gatineau', 'J8T'), ('Montréal', 'H2G'),
             ('Saguenay', 'G7H'), ('Drummondville', 'J2B'), ('Rimouski', 'G5L')]
STREETS_EN = ['Maple Avenue', 'Queen Street East', 'Elm Drive', 'Lakeshore Road', 'Bank Street', 'Cedar Crescent',
              'Brock Street', 'Sherbrooke St. W.', 'Hillcrest Road', 'Dundas Street West']
CITIES_EN = [('Ottawa, ON', 'K1S'), ('Hamilton, ON', 'L8P'), ('Toronto, ON', 'M4C'), ('Mississauga, ON', 'L5B'),
             ('Pointe-Claire, QC', 'H9S'), ('Beaconsfield, QC', 'H9W'), ('Kingston, ON', 'K7L'), ('Sudbury, ON', 'P3A')]


def _pc_tail(rng):
    return '%d%s%d' % (rng.randrange(10), rng.choice('ABCEGHJKLMNPRSTVXY'), rng.randrange(10))


def home_address(rng, lang, near=None):
    if near is not None and near.lang == 'fr':
        city, fsa = near.city.split(' (')[0], near.city.split(') ')[1].split()[0]
        return '%d, %s, %s (Québec) %s %s' % (rng.randrange(12, 9800), rng.choice(STREETS_FR), city, fsa[:2] + rng.choice('ABCEGHJKLMNPRSTVXY'), _pc_tail(rng))
    if lang == 'fr':
        city, fsa = rng.choice(CITIES_FR)
        apt = rng.choice(['', '', ', app. %d' % rng.randrange(1, 12)])
        return '%d, %s%s, %s (Québec) %s %s' % (rng.randrange(12, 9800), rng.choice(STREETS_FR), apt, city, fsa, _pc_tail(rng))
    city, fsa = rng.choice(CITIES_EN)
    apt = rng.choice(['', '', 'Apt %d, ' % rng.randrange(1, 40)])
    return '%s%d %s, %s %s %s' % (apt, rng.randrange(12, 9800), rng.choice(STREETS_EN), city, fsa, _pc_tail(rng))


def phone(rng, area=None):
    area = area or rng.choice(['514', '438', '450', '418', '819', '581', '613', '416', '905'])
    return '%s-555-01%02d' % (area, rng.randrange(0, 100))


def phone_fmt(rng, num):
    a, b, c = num.split('-')
    return rng.choice(['%s-%s-%s', '(%s) %s-%s', '%s %s-%s', '%s.%s.%s']) % (a, b, c)


# ---------------------------------------------------------------- dates
MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
        'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
BASE = datetime.date(2025, 1, 6)


def workday(rng, start=0, span=300):
    d = BASE + datetime.timedelta(days=rng.randrange(start, start + span))
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return d


def weekday_on_or_after(d):
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return d


def fdate(d, lang, style=None):
    style = style or 'long'
    if style == 'iso':
        return d.isoformat()
    if style == 'num':
        return d.strftime('%d/%m/%Y') if lang == 'fr' else d.strftime('%m/%d/%Y')
    if lang == 'fr':
        j = '1er' if d.day == 1 else str(d.day)
        if style == 'day':
            return '%s %s %s' % (JOURS[d.weekday()], j, MOIS[d.month - 1])
        return '%s %s %d' % (j, MOIS[d.month - 1], d.year)
    if style == 'day':
        return '%s, %s %d' % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day)
    return '%s %d, %d' % (MONTHS[d.month - 1], d.day, d.year)


def fdob(d, lang, rng):
    return fdate(d, lang, rng.choice(['iso', 'long', 'num', 'iso']))


def adult_dob(rng):
    return datetime.date(rng.randrange(1958, 2003), rng.randrange(1, 13), rng.randrange(1, 29))


# ---------------------------------------------------------------- greetings / signatures
def greeting(rng, lang, who=None):
    if who:
        if lang == 'fr':
            opts = ['Bonjour %s,', 'Bonjour %s,', 'Salut %s,', 'Allô %s,', 'Bonjour %s !', '%s,']
        else:
            opts = ['Hi %s,', 'Hello %s,', 'Good morning %s,', 'Dear %s,', '%s,', 'Hi %s -']
        return rng.choice(opts) % who
    if lang == 'fr':
        opts = ['Bonjour,', 'Bonjour,', 'Bonjour à tous,', 'Madame, Monsieur,', 'Bonjour à toutes et à tous,', 'Bonjour Madame, Monsieur,']
    else:
        opts = ['Hello,', 'Hi,', 'Good morning,', 'Dear Sir or Madam,', 'Hi all,', 'Good afternoon,']
    return rng.choice(opts)


def closing(rng, lang):
    if lang == 'fr':
        return rng.choice(['Merci,', 'Merci et bonne journée,', 'Cordialement,', 'Bonne journée,',
                           'Au plaisir,', 'Merci beaucoup!', 'Salutations,', 'Veuillez agréer nos salutations distinguées,'])
    return rng.choice(['Thanks,', 'Thank you,', 'Best regards,', 'Regards,', 'Kind regards,', 'Cheers,',
                       'Sincerely,', 'Many thanks,'])


DISCLAIMER_FR = ('AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. '
                 'Si vous l\'avez reçu par erreur, veuillez en aviser l\'expéditeur et le détruire.')
DISCLAIMER_EN = ('CONFIDENTIALITY NOTICE: This e-mail may contain privileged or confidential information. '
                 'If you received it in error, please notify the sender and delete it.')


def signature(rng, s, lang, style=None):
    style = style or rng.choice(['full', 'full', 'short', 'mid', 'mobile', 'disclaimer'])
    o = s.org
    if style == 'short':
        return '%s\n' % rng.choice([s.first, s.full, s.first[0] + '.'])
    if style == 'mobile':
        return '%s\n\n%s\n' % (s.first, 'Envoyé de mon iPhone' if lang == 'fr' else 'Sent from my mobile')
    lines = [s.formal()]
    if s.title:
        lines.append(s.title)
    lines.append(o.name)
    if style in ('full', 'disclaimer'):
        if o.street:
            lines.append(o.street)
            lines.append(o.city)
        if o.phone:
            ext = rng.choice(['', ' poste %d' % rng.randrange(100, 300) if lang == 'fr' else ' ext. %d' % rng.randrange(100, 300)])
            lines.append(('Tél. : ' if lang == 'fr' else 'Tel: ') + o.phone + ext)
        if rng.random() < 0.4 and o.phone:
            lines.append(('Téléc. : ' if lang == 'fr' else 'Fax: ') + o.phone[:-2] + '%02d' % ((int(o.phone[-2:]) + 1) % 100))
        lines.append(rng.choice([s.email, 'www.' + o.domain]))
    elif o.phone:
        lines.append(o.phone)
    out = '\n'.join(lines) + '\n'
    if style == 'disclaimer':
        out += '\n' + (DISCLAIMER_FR if lang == 'fr' else DISCLAIMER_EN) + '\n'
    return out


def addr(name, email):
    return (name, email)
