"""Invented people, clinics, partners, addresses and phone numbers.
Surname pools are disjoint from the NAM-holder surnames of ../blind_nams.txt."""
import datetime

FR_SURNAMES = ['Tremblay', 'Bergeron', 'Côté', 'Lavoie', 'Lévesque', 'Dubé', 'Gingras', 'Beaulieu',
               'Desjardins', 'Charbonneau', 'Lemieux', 'Proulx', 'Hébert', 'Vachon', 'Bissonnette',
               'Deschênes', 'Labrecque', 'Ménard', 'Rioux', 'Thériault', 'Marcoux', 'Turcotte',
               'Gosselin', 'Dufour', 'Lachance', 'Boisvert', 'Paradis', 'Béland', 'Giroux', 'Laflamme',
               'Beauchemin', 'Lacasse', 'Brassard', 'Perreault', 'Drolet', 'Veilleux', 'St-Pierre',
               'Carrier', 'Cyr', 'Bolduc', 'Tardif', 'Ducharme', 'Arsenault', 'Lafrenière', 'Plamondon',
               'Vézina', 'Robitaille', 'Gendron', 'Lalonde', 'Dionne', 'Poulin', 'Champagne']
EN_SURNAMES = ['O\'Brien', 'Kowalski', 'Chen', 'Patel', 'Nguyen', 'Harrington', 'Fitzgerald', 'Murphy',
               'Campbell', 'Stewart', 'Robertson', 'Reid', 'Greenberg', 'Haddad', 'Santos', 'Rossi',
               'Kaur', 'Singh', 'Ahmed', 'Okafor', 'Benali', 'Rahimi', 'Kelly', 'Donovan', 'Sullivan',
               'Walsh', 'McKenna', 'Lindqvist', 'Novak', 'Petrov', 'Ferreira', 'Yamamoto', 'Hughes']
BE_FR_SURNAMES = ['Dupont', 'Lambert', 'Janssens', 'Peeters', 'Maes', 'Claes', 'Wouters', 'Mertens',
                  'Delvaux', 'Vandenberghe', 'Jacobs', 'Goossens',
                  'Lefebvre', 'Moreau', 'Chevalier', 'Blanchard', 'Bonnet', 'Faure', 'Roussel', 'Perrin',
                  'Lemaire', 'Masson', 'Marchand', 'Guérin']

FR_GIVEN_F = ['Isabelle', 'Stéphanie', 'Julie', 'Karine', 'Catherine', 'Véronique', 'Annie', 'Mélanie',
              'Chantal', 'Guylaine', 'Francine', 'Lucie', 'Gabrielle', 'Rosalie', 'Léa', 'Noémie',
              'Hélène', 'Carole', 'Danielle', 'Nicole', 'Marie-Ève', 'Josianne', 'Amélie', 'Émilie']
FR_GIVEN_M = ['Mathieu', 'Maxime', 'Olivier', 'Jean-François', 'Patrick', 'Sébastien', 'Réjean',
              'Benoît', 'Éric', 'Alexandre', 'Félix', 'Thomas', 'Yves', 'Raymond', 'Luc', 'Guillaume',
              'Simon', 'Vincent', 'François', 'Dominic', 'Samuel', 'Jérôme', 'Normand', 'Gaétan']
EN_GIVEN_F = ['Jennifer', 'Heather', 'Megan', 'Priya', 'Aisha', 'Colleen', 'Fiona', 'Karen', 'Vanessa',
              'Zoe', 'Rachel', 'Olivia', 'Hannah', 'Leila', 'Mei', 'Tanya', 'Brooke', 'Nadia']
EN_GIVEN_M = ['Kevin', 'Ryan', 'Brandon', 'Omar', 'Wei', 'Tyler', 'Darren', 'Graham', 'Stuart', 'Ethan',
              'Connor', 'Raj', 'Adrian', 'Owen', 'Marcus', 'Hugo', 'Dylan', 'Trevor']

MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
             'octobre', 'novembre', 'décembre']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
             'October', 'November', 'December']
DAYS_FR = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

ORG = 'Réseau Physio Boréalis'
ORG_EN = 'Borealis Physio Network'
DOMAIN = 'physioborealis.example'

CLINICS = [
    dict(key='laval', short='Laval', name='Physio Boréalis – Laval', street='2150, boul. des Oiseaux-Bleus, bureau 210',
         city='Laval (Québec) H7T 0Z9', phone='(450) 555-0112', fax='(450) 555-0113'),
    dict(key='sherbrooke', short='Sherbrooke', name='Physio Boréalis – Sherbrooke', street='845, rue des Érables-Rouges',
         city='Sherbrooke (Québec) J1H 0B4', phone='(819) 555-0124', fax='(819) 555-0125'),
    dict(key='stefoy', short='Sainte-Foy', name='Physio Boréalis – Sainte-Foy', street='3300, ch. du Coteau-Vert, 2e étage',
         city='Québec (Québec) G1V 0A8', phone='(418) 555-0136', fax='(418) 555-0137'),
    dict(key='gatineau', short='Gatineau', name='Physio Boréalis – Gatineau', street='120, rue de la Passerelle',
         city='Gatineau (Québec) J8Y 0C2', phone='(819) 555-0148', fax='(819) 555-0149'),
    dict(key='ortho', short='Laval', name='Orthèses Boréalis (laboratoire)', street='2150, boul. des Oiseaux-Bleus, local 04',
         city='Laval (Québec) H7T 0Z9', phone='(450) 555-0115', fax='(450) 555-0116'),
    dict(key='ergo', short='Sherbrooke', name='Ergothérapie Boréalis – Réadaptation au travail', street='845, rue des Érables-Rouges, bureau 3',
         city='Sherbrooke (Québec) J1H 0B4', phone='(819) 555-0127', fax='(819) 555-0128'),
]

# Staff: (given, surname, role_fr, role_en, login)
STAFF = [
    ('Mélodie', 'Arsenault', 'physiothérapeute', 'physiotherapist'),
    ('Jérémie', 'Lafrenière', 'physiothérapeute', 'physiotherapist'),
    ('Audrey', 'Plamondon', 'ergothérapeute', 'occupational therapist'),
    ('Kevin', 'Okafor', 'kinésiologue', 'kinesiologist'),
    ('Sandrine', 'Vézina', 'thérapeute en réadaptation physique', 'physical rehabilitation therapist'),
    ('Pascal', 'Robitaille', 'orthésiste', 'orthotist'),
    ('Nadia', 'Benali', 'physiothérapeute', 'physiotherapist'),
    ('Frédéric', 'Gendron', 'directeur clinique', 'clinical director'),
    ('Colleen', 'Walsh', 'physiotherapist', 'physiotherapist'),
    ('Josée-Anne', 'Tardif', 'adjointe administrative', 'administrative assistant'),
    ('Marco', 'Ferreira', 'kinésiologue', 'kinesiologist'),
    ('Valérie', 'Ducharme', 'coordonnatrice des dossiers assureurs', 'insurer files coordinator'),
    ('Steve', 'Dionne', 'technicien en orthèses', 'orthotic technician'),
    ('Émilie', 'Champagne', 'réceptionniste', 'receptionist'),
    ('Hugo', 'Lalonde', 'ergothérapeute', 'occupational therapist'),
    ('Rachel', 'Lindqvist', 'physiotherapist', 'physiotherapist'),
    ('Caroline', 'Poulin', 'directrice des opérations', 'operations manager'),
    ('Dominique', 'Novak', 'responsable TI', 'IT lead'),
    ('Annick', 'Mercier', 'responsable RH', 'HR lead'),
    ('Yannick', 'Garnier', 'comptabilité', 'accounting'),
]

# Referring physicians (name, specialty fr, specialty en, org, domain)
PHYSICIANS = [
    ('Dre Sophie-Anne Laberge', 'omnipraticienne', 'family physician', 'GMF des Deux-Rivières', 'gmf-deuxrivieres.example'),
    ('Dr Karim Haddad', 'chirurgien orthopédiste', 'orthopaedic surgeon', 'Hôpital Saint-Aurèle', 'st-aurele.example'),
    ('Dre Ingrid Fontaine', 'physiatre', 'physiatrist', 'Centre médical du Vieux-Moulin', 'vieuxmoulin-med.example'),
    ('Dr Alain Rousseau', 'médecin du sport', 'sports medicine physician', 'Clinique de médecine sportive Altitude', 'altitude-sport.example'),
    ('Dr Peter Lindqvist', 'orthopaedic surgeon', 'orthopaedic surgeon', 'Riverside Orthopaedic Group', 'riverside-ortho.example'),
    ('Dre Maude Lejeune', 'neurochirurgienne', 'neurosurgeon', 'Hôpital Saint-Aurèle', 'st-aurele.example'),
    ('Dr Samir Rahimi', 'omnipraticien', 'family physician', 'Clinique médicale Place Duvernay', 'placeduvernay.example'),
    ('Dr Owen Sullivan', 'family physician', 'family physician', 'Ottawa Valley Family Health Team', 'ovfht.example'),
    ('Dre Chloé Dumoulin', 'rhumatologue', 'rheumatologist', 'Centre médical du Vieux-Moulin', 'vieuxmoulin-med.example'),
    ('Dr Julien Renard', 'chirurgien de la main', 'hand surgeon', 'Hôpital Saint-Aurèle', 'st-aurele.example'),
]

INSURERS = [
    dict(name='Sentinelle Assurances', domain='sentinelle-assur.example', kind='private'),
    dict(name='Northgate Life', domain='northgate-life.example', kind='private'),
    dict(name='Groupe Ormeau Assurances', domain='ormeau.example', kind='private'),
    dict(name='Bureau régional d\'indemnisation (lésions professionnelles)', domain='indemnisation-travail.example', kind='cnesst'),
    dict(name='Service d\'indemnisation des accidentés de la route', domain='accidents-route.example', kind='saaq'),
]
ADJUSTERS = [('Martine', 'Giroux'), ('Ryan', 'Donovan'), ('Lyne', 'Béland'), ('Paul-André', 'Turcotte'),
             ('Heather', 'McKenna'), ('Sylvain', 'Drolet'), ('Kim', 'Nguyen')]

EMPLOYERS = ['Transport Lévisien inc.', 'Entrepôts Maskoutains ltée', 'Construction Rive-Nord inc.',
             'Boulangerie Saint-Fabien', 'Centre de distribution Boréal-Est', 'Usinage Précimax inc.',
             'Résidence pour aînés Les Jardins du Ruisseau', 'Municipalité de Val-des-Sources-Est',
             'Couvreurs Lachute-Toit inc.', 'Scierie du Haut-Saint-Maurice']

STREETS = ['rue des Pins-Gris', 'avenue du Ruisselet', 'rue Champfleury', 'boul. de la Concorde-Ouest',
           'rue des Hirondelles', 'chemin du Lac-Vert', 'rue Sainte-Colombe', 'avenue Beaurivage',
           'rue de la Fabrique-Neuve', 'rang Saint-Isidore', 'Maple Crescent', 'Birchwood Drive',
           'rue du Clos-des-Vignes', 'montée du Moulin-Rouge', 'rue Valcourt-Est']
CITIES = [('Laval', 'H7N'), ('Laval', 'H7L'), ('Sherbrooke', 'J1E'), ('Magog', 'J1X'), ('Québec', 'G1R'),
          ('Lévis', 'G6V'), ('Gatineau', 'J8T'), ('Terrebonne', 'J6W'), ('Saint-Jérôme', 'J7Z'),
          ('Boisbriand', 'J7G'), ('Coaticook', 'J1A'), ('L\'Ancienne-Lorette', 'G2E')]
AREA = {'Laval': '450', 'Sherbrooke': '819', 'Magog': '819', 'Québec': '418', 'Lévis': '418',
        'Gatineau': '819', 'Terrebonne': '450', 'Saint-Jérôme': '450', 'Boisbriand': '450',
        'Coaticook': '819', 'L\'Ancienne-Lorette': '418'}
ON_CITIES = [('Ottawa', 'K1S', '613'), ('Ottawa', 'K2P', '613'), ('Hawkesbury', 'K6A', '613'),
             ('Rockland', 'K4K', '613'), ('Orléans', 'K1C', '613')]


_WORKER_SURNAMES = set([s[1] for s in STAFF] + [a[1] for a in ADJUSTERS] +
                       [p[0].split()[-1] for p in PHYSICIANS])
FR_SURNAMES = [s for s in FR_SURNAMES if s not in _WORKER_SURNAMES]
EN_SURNAMES = [s for s in EN_SURNAMES if s not in _WORKER_SURNAMES]
BE_FR_SURNAMES = [s for s in BE_FR_SURNAMES if s not in _WORKER_SURNAMES]


def strip_accents_login(s):
    import unicodedata
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.lower().replace(' ', '').replace("'", '')


def staff_email(st):
    return '%s.%s@%s' % (strip_accents_login(st[0]), strip_accents_login(st[1]), DOMAIN)


def phys_email(ph):
    name = ph[0].split(' ', 1)[1]
    first, last = name.split(' ', 1)
    return '%s.%s@%s' % (strip_accents_login(first)[0], strip_accents_login(last), ph[4])


class Patient:
    """An invented patient (or a NAM holder wrapped the same way)."""
    def __init__(self, given, surname, sex, dob, lang, nam=None, holder=False):
        self.given = given
        self.surname = surname
        self.sex = sex
        self.dob = dob
        self.lang = lang
        self.nam = nam
        self.holder = holder

    @property
    def full(self):
        return '%s %s' % (self.given, self.surname)

    def title(self, lang):
        if lang == 'fr':
            return 'Mme' if self.sex == 'F' else 'M.'
        return 'Ms.' if self.sex == 'F' else 'Mr.'

    def name_variant(self, rng, lang, allow_odd=True):
        g, s = self.given, self.surname
        opts = ['%s %s' % (g, s), '%s %s' % (self.title(lang), s), '%s %s %s' % (self.title(lang), g, s),
                '%s, %s' % (s.upper(), g), '%s %s' % (s.upper(), g)]
        if allow_odd:
            opts += ['%s. %s' % (g[0], s), '%s %s' % (g.lower(), s.lower()), '%s, %s' % (s, g)]
        return rng.choice(opts)


def new_patient(rng, lang, used, min_age=16, max_age=82, ref=datetime.date(2025, 1, 15)):
    for _ in range(200):
        sex = rng.choice('FM')
        if lang == 'fr' or rng.random() < 0.15:
            given = rng.choice(FR_GIVEN_F if sex == 'F' else FR_GIVEN_M)
        else:
            given = rng.choice(EN_GIVEN_F if sex == 'F' else EN_GIVEN_M)
        if lang == 'fr':
            surname = rng.choice(FR_SURNAMES if rng.random() < 0.85 else EN_SURNAMES)
        else:
            surname = rng.choice(EN_SURNAMES if rng.random() < 0.7 else FR_SURNAMES)
        if (given, surname) in used:
            continue
        used.add((given, surname))
        age = rng.randint(min_age, max_age)
        dob = ref - datetime.timedelta(days=age * 365 + rng.randint(0, 364))
        return Patient(given, surname, sex, dob, lang)
    raise RuntimeError('name pool exhausted')


def holder_patient(h, lang):
    return Patient(h.given, h.surname, h.sex, h.dob, lang, nam=h.nam, holder=True)


def fmt_date(d, lang, rng, numeric_ok=True):
    opts = []
    if lang == 'fr':
        opts = ['%d %s %d' % (d.day, MONTHS_FR[d.month - 1], d.year), d.isoformat()]
        if numeric_ok:
            opts.append('%02d/%02d/%d' % (d.day, d.month, d.year))
            opts.append('%02d-%02d-%d' % (d.day, d.month, d.year))
    else:
        opts = ['%s %d, %d' % (MONTHS_EN[d.month - 1], d.day, d.year), d.isoformat(),
                '%d %s %d' % (d.day, MONTHS_EN[d.month - 1][:3], d.year)]
        if numeric_ok:
            opts.append('%02d/%02d/%d' % (d.month, d.day, d.year))
    return rng.choice(opts)


def long_date(d, lang):
    if lang == 'fr':
        return '%s %d %s' % (DAYS_FR[d.weekday()], d.day, MONTHS_FR[d.month - 1])
    return '%s, %s %d' % (DAYS_EN[d.weekday()], MONTHS_EN[d.month - 1], d.day)


def phone(rng, area=None):
    area = area or rng.choice(['514', '450', '418', '819', '438', '581'])
    return '(%s) 555-01%02d' % (area, rng.randint(0, 99))


def home_address(rng, ontario=False):
    if ontario:
        city, fsa, area = rng.choice(ON_CITIES)
        return ('%d %s' % (rng.randint(12, 2400), rng.choice(['Maple Crescent', 'Birchwood Drive', 'Cedar Lane', 'Riverside Court'])),
                '%s, ON %s %d%s%d' % (city, fsa, rng.randint(1, 9), rng.choice('ABCEGHJKLMNPRSTVXY'), rng.randint(0, 9)),
                area)
    city, fsa = rng.choice(CITIES)
    return ('%d, %s' % (rng.randint(12, 4800), rng.choice(STREETS)),
            '%s (Québec) %s %d%s%d' % (city, fsa, rng.randint(1, 9), rng.choice('ABCEGHJKLMNPRSTVXY'), rng.randint(0, 9)),
            AREA[city])


def signature(st, clinic, lang, rng, style=None):
    style = style or rng.choice(['full', 'short', 'mobile', 'full', 'legal'])
    role = st[2] if lang == 'fr' else st[3]
    if style == 'short':
        return '%s %s\n%s' % (st[0], st[1], role)
    if style == 'mobile':
        return ('%s\nEnvoyé de mon iPhone' if lang == 'fr' else '%s\nSent from my phone') % st[0]
    lines = ['-- ', '%s %s, %s' % (st[0], st[1], role), clinic['name'], clinic['street'], clinic['city'],
             ('Tél. : %s  |  Téléc. : %s' if lang == 'fr' else 'Tel. %s  |  Fax %s') % (clinic['phone'], clinic['fax']),
             'www.' + DOMAIN]
    if style == 'legal':
        lines.append('')
        if lang == 'fr':
            lines.append('AVIS DE CONFIDENTIALITÉ : ce courriel peut contenir des renseignements confidentiels. '
                         'Si vous l\'avez reçu par erreur, veuillez le détruire et en aviser l\'expéditeur.')
        else:
            lines.append('CONFIDENTIALITY NOTICE: this e-mail may contain privileged information. If you received '
                         'it in error, please delete it and notify the sender.')
    return '\n'.join(lines)
