"""The invented organisation, its staff, invented patients, and the per-message context."""
import datetime
import unicodedata

import gen_common as C

DOMAIN = 'chue.example'
ORG = {
    'fr': "CHU de l'Estuaire",
    'en': "CHU de l'Estuaire (Estuary University Hospital)",
}
DEPT = {
    'fr': 'Médecine dentaire et chirurgie buccale et maxillo-faciale',
    'en': 'Hospital Dentistry and Oral & Maxillofacial Surgery',
}
CLINIC_ADDR = {
    'fr': ['Pavillon Sainte-Brigitte, 3e étage', '2250, boulevard des Grèves',
           'Port-Laval (Québec)  G5Z 0A1'],
    'en': ['Sainte-Brigitte Pavilion, 3rd floor', '2250 boulevard des Grèves',
           'Port-Laval, Quebec  G5Z 0A1'],
}
CLINIC_PHONE = '418 555-0100'
CLINIC_FAX = '418 555-0109'


def ascii_local(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return ''.join(c for c in s.lower() if c.isalnum() or c in '.-')


class Staff:
    def __init__(self, key, given, surname, title, role_fr, role_en, domain=DOMAIN, ext=None,
                 cred=''):
        self.key, self.given, self.surname, self.title = key, given, surname, title
        self.role_fr, self.role_en, self.cred = role_fr, role_en, cred
        self.email = '%s.%s@%s' % (ascii_local(given), ascii_local(surname), domain)
        self.ext = ext

    @property
    def full(self):
        return '%s %s' % (self.given, self.surname)

    def titled(self, lang):
        if self.title == 'Dre':
            return ('Dre ' if lang == 'fr' else 'Dr. ') + self.full
        if self.title == 'Dr':
            return ('Dr ' if lang == 'fr' else 'Dr. ') + self.full
        return self.full

    def role(self, lang):
        return self.role_fr if lang == 'fr' else self.role_en


_S = [
    ('chef', 'Hélène', 'Vaillancourt', 'Dre', 'Chirurgienne buccale et maxillo-faciale, chef de service',
     'Oral and maxillofacial surgeon, department head', 24101, 'DMD, MSc, FRCD(C)'),
    ('lachance', 'Mathieu', 'Lachance', 'Dr', 'Chirurgien buccal et maxillo-facial',
     'Oral and maxillofacial surgeon', 24105, 'DMD, FRCD(C)'),
    ('haddad', 'Karim', 'Haddad', 'Dr', 'Chirurgien buccal et maxillo-facial',
     'Oral and maxillofacial surgeon', 24107, 'DDS, MD, FRCD(C)'),
    ('raman', 'Priya', 'Raman', 'Dre', 'Chirurgienne buccale et maxillo-faciale',
     'Oral and maxillofacial surgeon', 24109, 'DDS, MSc, FRCD(C)'),
    ('beaulieu', 'Annie', 'Beaulieu', 'Dre', 'Dentiste, médecine dentaire hospitalière',
     'Hospital dentist', 24117, 'DMD'),
    ('oconnell', 'Stephen', "O'Connell", 'Dr', 'Dentiste, médecine dentaire hospitalière',
     'Hospital dentist', 24118, 'DDS'),
    ('rioux', 'Camille', 'Rioux', 'Dre', 'Dentiste, clinique de dentisterie oncologique',
     'Dentist, oncology dental clinic', 24119, 'DMD, MSc'),
    ('bergeron', 'Félix', 'Bergeron', 'Dr', 'Résident R2, chirurgie buccale et maxillo-faciale',
     'OMFS resident (PGY-2)', 24150, 'DMD'),
    ('sirois', 'Maude', 'Sirois', 'Dre', 'Résidente R3, chirurgie buccale et maxillo-faciale',
     'OMFS resident (PGY-3)', 24150, 'DMD'),
    ('kowalski', 'Daniel', 'Kowalski', 'Dr', 'Résident R1, chirurgie buccale et maxillo-faciale',
     'OMFS resident (PGY-1)', 24150, 'DDS'),
    ('mensah', 'Aïcha', 'Mensah', 'Dre', 'Résidente R4, chirurgie buccale et maxillo-faciale',
     'OMFS resident (PGY-4)', 24150, 'DMD'),
    ('lacasse', 'Julie', 'Lacasse', '', 'Hygiéniste dentaire', 'Dental hygienist', 24121, 'HD'),
    ('fitzgerald', 'Megan', 'Fitzgerald', '', 'Hygiéniste dentaire', 'Dental hygienist', 24122, 'RDH'),
    ('ferreira', 'Nadia', 'Ferreira', '', 'Assistante dentaire', 'Dental assistant', 24124, ''),
    ('gingras', 'Chantal', 'Gingras', '', 'Assistante dentaire certifiée', 'Certified dental assistant',
     24125, ''),
    ('turcotte', 'Isabelle', 'Turcotte', '', 'Infirmière clinicienne, sédation',
     'Clinical nurse, sedation suite', 24130, 'inf., B. Sc.'),
    ('doyle', 'Kevin', 'Doyle', '', 'Infirmier, clinique externe', 'Registered nurse, outpatient clinic',
     24131, 'RN'),
    ('menard', 'Réjean', 'Ménard', 'Dr', 'Anesthésiologiste', 'Anesthesiologist', 23300, 'MD, FRCPC'),
    ('perreault', 'Lucie', 'Perreault', '', 'Agente administrative', 'Administrative officer', 24100, ''),
    ('kaur', 'Sandra', 'Kaur', '', 'Commis à la prise de rendez-vous', 'Booking clerk', 24102, ''),
    ('drouin', 'Marie-Ève', 'Drouin', '', 'Secrétaire médicale', 'Medical secretary', 24103, ''),
    ('demers', 'Sophie', 'Demers', '', "Chef d'unité, cliniques ambulatoires",
     'Unit manager, ambulatory clinics', 24090, 'inf., M. Sc.'),
    ('ouimet', 'Patrick', 'Ouimet', '', 'Coordonnateur administratif', 'Administrative coordinator',
     24091, ''),
    ('grenier', 'Mélanie', 'Grenier', '', 'Travailleuse sociale', 'Social worker', 23410, 'T.S.'),
    ('morrison', 'Tanya', 'Morrison', '', 'Infirmière pivot en oncologie', 'Oncology nurse navigator',
     23520, 'RN, BScN'),
    ('laflamme', 'Josiane', 'Laflamme', 'Dre', 'Radio-oncologue', 'Radiation oncologist', 23510, 'MD'),
    ('bedard', 'Carole', 'Bédard', '', 'Infirmière coordonnatrice, greffe rénale',
     'Transplant nurse coordinator (kidney)', 23610, 'inf.'),
    ('proulx', 'Alain', 'Proulx', 'Dr', 'Hématologue, programme de greffe de moelle',
     'Haematologist, bone marrow transplant program', 23650, 'MD, FRCPC'),
    ('champagne', 'Annick', 'Champagne', '', 'Pharmacienne', 'Pharmacist', 22800, 'B. Pharm., M. Sc.'),
    ('desrosiers', 'Luc', 'Desrosiers', '', 'Technicien en informatique', 'IT technician', 21000, ''),
    ('boivin', 'Nicole', 'Boivin', '', 'Conseillère en ressources humaines', 'HR advisor', 20500, 'CRHA'),
    ('lafrance', 'Yves', 'Lafrance', '', 'Chef des services techniques', 'Facilities manager', 21500, ''),
    ('archambault', 'Diane', 'Archambault', '', 'Agente de la paie', 'Payroll officer', 20520, ''),
    ('st_onge', 'Véronique', 'St-Onge', '', 'Conseillère en communication', 'Communications advisor',
     20600, ''),
]
STAFF = {k: Staff(k, g, s, t, rf, re_, ext=e, cred=cr) for k, g, s, t, rf, re_, e, cr in _S}

EXTERNAL = {
    'lab_prisme': Staff('lab_prisme', 'Éric', 'Vézina', '', 'Technicien dentaire, Laboratoire dentaire Prisme',
                        'Dental technician, Prisme Dental Laboratory', domain='labprisme.example'),
    'lab_maxillo': Staff('lab_maxillo', 'Ryan', 'Campbell', '', 'Maxillo Lab Solutions',
                         'Case coordinator, Maxillo Lab Solutions', domain='maxillolab.example'),
    'pharm': Staff('pharm', 'Gabriel', 'Hamel', '', 'Pharmacien, Pharmacie Dutilleul',
                   'Pharmacist, Pharmacie Dutilleul', domain='pharmadutilleul.example'),
    'lemieux': Staff('lemieux', 'Bruno', 'Lemieux', 'Dr', 'Dentiste généraliste, Clinique dentaire Saint-Roch',
                     'General dentist, Clinique dentaire Saint-Roch', domain='cdsaintroch.example'),
    'reid': Staff('reid', 'Alison', 'Reid', 'Dr', 'Dentiste, Lakeshore Family Dental',
                  'General dentist, Lakeshore Family Dental', domain='lakeshorefamilydental.example'),
    'boreale': Staff('boreale', 'Service', 'des réclamations', '', 'Assurances Boréale', 'Assurances Boréale',
                     domain='assurancesboreale.example'),
    'gnl': Staff('gnl', 'Claims', 'Services', '', 'Great Northern Life', 'Great Northern Life',
                 domain='greatnorthernlife.example'),
    'transport': Staff('transport', 'Centrale', 'Transport', '', 'Transport adapté Littoral',
                       'Littoral paratransit dispatch', domain='transportlittoral.example'),
    'clsc': Staff('clsc', 'Nathan', 'Leclair', '', 'Infirmier, CLSC des Battures',
                  'Nurse, CLSC des Battures', domain='clscbattures.example'),
    'omfs_on': Staff('omfs_on', 'Grace', 'Whitfield', 'Dr', 'Chirurgienne, Rideau Valley Regional Hospital',
                     'Oral surgeon, Rideau Valley Regional Hospital', domain='rvrh.example'),
}
EXTERNAL['boreale'].email = 'reclamations@assurancesboreale.example'
EXTERNAL['gnl'].email = 'claims@greatnorthernlife.example'
EXTERNAL['transport'].email = 'reservations@transportlittoral.example'

SHARED = {
    'clinique': 'cbmf.clinique@' + DOMAIN,
    'rdv': 'cbmf.rendezvous@' + DOMAIN,
    'bloc': 'bloc.operatoire@' + DOMAIN,
    'residents': 'residents.cbmf@' + DOMAIN,
    'tous': 'cbmf.tous@' + DOMAIN,
    'archives': 'archives.medicales@' + DOMAIN,
    'pharmacie': 'pharmacie.interne@' + DOMAIN,
    'radonc': 'radio-onco.secretariat@' + DOMAIN,
    'greffe': 'programme.greffe@' + DOMAIN,
    'tech': 'soutien.ti@' + DOMAIN,
    'rh': 'rh.recrutement@' + DOMAIN,
    'paie': 'paie@' + DOMAIN,
    'comm': 'communications@' + DOMAIN,
    'achats': 'approvisionnement@' + DOMAIN,
    'install': 'services.techniques@' + DOMAIN,
}


def signature(st, lang, short=False):
    name = st.full + (', ' + st.cred if st.cred else '')
    if short:
        return '%s\n%s' % (name, st.role(lang))
    lines = [name, st.role(lang)]
    if st.email.endswith(DOMAIN):
        if st.ext and st.ext >= 23000:
            lines.append(DEPT[lang])
        lines.append(ORG[lang])
        lines += CLINIC_ADDR[lang]
        if lang == 'fr':
            lines.append('Tél. : %s, poste %s | Téléc. : %s' % (CLINIC_PHONE, st.ext, CLINIC_FAX))
        else:
            lines.append('Tel: %s ext. %s | Fax: %s' % (CLINIC_PHONE, st.ext, CLINIC_FAX))
    return '\n'.join(lines)


# ---------------------------------------------------------------- invented patients

SUR_FR = ['Tremblay', 'Côté', 'Lavoie', 'Dubé', 'Hébert', 'Desjardins', 'Labbé', 'Turgeon', 'Bolduc',
          'Lévesque', 'Poulin', 'Guay', 'Charest', 'Marcoux', 'Boisvert', 'Fontaine', 'Lacroix',
          'Paradis', 'Gosselin', 'Beauchamp', 'Allard', 'Leclerc', 'Blais', 'Carrier', 'Dionne',
          'Gaudreault', 'Laroche', 'Vachon', 'Boutin', 'Corriveau', 'St-Pierre', 'Gravel', 'Lemay',
          'Audet', 'Cyr', 'Huard', 'Jolicoeur', 'Pichette', 'Thériault', 'Bérubé']
SUR_EN = ['Harper', 'Nguyen', "O'Brien", 'Patel', 'Singh', 'Chen', 'MacLeod', 'Sullivan', 'Petrov',
          'Okafor', 'Gallagher', 'Russo', 'Fraser', 'Kim', 'Abboud', 'Santos', 'Duncan', 'Walsh',
          'Novak', 'Wright', 'Hughes', 'Ahmed', 'Lindqvist', 'Costa']
SUR_BE = ['Vandenberghe', 'Dewaele', 'Janssens', 'Peeters', 'Lambotte', 'Dethier', 'Wauters']
SUR_FRA = ['Lefèvre', 'Garnier', 'Marchand', 'Rousseau', 'Chevalier', 'Perrin', 'Fabre']
GIV_FR = {'F': ['Réjeanne', 'Lise', 'Jocelyne', 'Léa', 'Francine', 'Chloé', 'Huguette', 'Carole', 'Océane',
                'Murielle', 'Thérèse', 'Karine', 'Noémie', 'Gisèle', 'Laurianne', 'Solange', 'Rachel'],
          'M': ['Gaétan', 'Yvon', 'Mathis', 'Normand', 'Raymond', 'Étienne', 'Benoît', 'Sylvain',
                'Jérémie', 'Rosaire', 'Dominic', 'Stéphane', 'Réal', 'Ghislain', 'Jacob', 'Lucien']}
GIV_EN = {'F': ['Brenda', 'Heather', 'Darlene', 'Priscilla', 'Jasmine', 'Gloria', 'Hannah', 'Lorraine',
                'Rosa', 'Mei', 'Kirsten', 'Abigail', 'Nadine'],
          'M': ['Trevor', 'Kyle', 'Owen', 'Wayne', 'Colin', 'Derek', 'Ethan', 'Victor', 'Samir',
                'Tomasz', 'Gordon', 'Isaac', 'Malcolm']}
GIV_BE = {'F': ['Amélie', 'Lotte', 'Elise', 'Margaux'], 'M': ['Quentin', 'Thibaut', 'Arnaud', 'Wout']}
GIV_FRA = {'F': ['Clémence', 'Inès', 'Apolline', 'Maëlle'], 'M': ['Baptiste', 'Hugo', 'Timothée', 'Maxence']}

STREETS_FR = ['rue des Érables', 'rang Saint-Joseph', 'avenue du Phare', 'chemin de la Batture',
              'rue Principale', 'boulevard des Hirondelles', 'rue du Quai', 'montée des Pins',
              'rue Notre-Dame Est', 'rue de la Fabrique']
TOWNS_QC = [('Port-Laval', 'G5Z'), ('Sainte-Odile-du-Lac', 'G0X'), ('Rivière-aux-Roches', 'G0Y'),
            ('Saint-Anselme-des-Grèves', 'G0W'), ('Cap-aux-Brumes', 'G4V')]
STREETS_EN = ['Maple Crescent', 'Birchmount Road', 'Lakeview Drive', 'Cedar Lane', 'Church Street']
TOWNS_ON = [('Pembridge', 'K7X'), ('Rideau Falls', 'K0G'), ('Kessock', 'K2Y')]
TOWNS_BE = ['4190 Vaux-sur-Ourthe', '5590 Hamoir-la-Vallée', '1348 Biez-le-Château']
TOWNS_FRA = ['69340 Saint-Cyprien-les-Monts', '33720 Arbanats-sur-Garonne', '44470 Carquefeu-la-Lande']


class Patient:
    def __init__(self):
        self.nam = self.sin = self.ohip = self.ohip_vc = self.niss = self.nir = None

    @property
    def full(self):
        return '%s %s' % (self.given, self.surname)


def _postal(rng, prefix):
    return '%s %s%s%s' % (prefix, rng.choice('123456789'), rng.choice('ABCEGHJKLMNPRSTVXY'),
                          rng.choice('0123456789'))


class People:
    """Allocates invented patients and the listed NAM holders, deterministically."""

    def __init__(self, rng):
        self.rng = rng
        self.nam_rows = C.load_nams()
        order = list(range(len(self.nam_rows)))
        rng.shuffle(order)
        self.nam_queue = order
        self.used_names = set()
        self.nam_uses = {}

    def holder_names(self):
        return [(r[1], r[0]) for r in self.nam_rows]

    def take_nam(self, when, pred=None):
        for i in list(self.nam_queue):
            sur, given, dob, sex, nam = self.nam_rows[i]
            if pred is None or pred(C.age_on(dob, when)):
                self.nam_queue.remove(i)
                p = Patient()
                p.surname, p.given, p.dob, p.sex, p.nam = sur, given, dob, sex, nam
                p.origin = 'qc'
                self._fill(p, when)
                return p
        return None

    def new(self, when, origin='qc', lang='fr', sex=None, age=(20, 85)):
        rng = self.rng
        sex = sex or rng.choice('FM')
        while True:
            if origin == 'be':
                sur, giv = rng.choice(SUR_BE), rng.choice(GIV_BE[sex])
            elif origin == 'fr':
                sur, giv = rng.choice(SUR_FRA), rng.choice(GIV_FRA[sex])
            elif lang == 'fr':
                sur = rng.choice(SUR_FR if rng.random() < 0.85 else SUR_EN)
                giv = rng.choice(GIV_FR[sex])
            else:
                sur = rng.choice(SUR_EN if rng.random() < 0.7 else SUR_FR)
                giv = rng.choice(GIV_EN[sex] if rng.random() < 0.8 else GIV_FR[sex])
            if (giv, sur) not in self.used_names:
                break
        self.used_names.add((giv, sur))
        p = Patient()
        p.given, p.surname, p.sex, p.origin = giv, sur, sex, origin
        years = rng.randint(*age)
        start = datetime.date(when.year - years - 1, when.month, 1) + datetime.timedelta(days=rng.randrange(0, 360))
        p.dob = start
        self._fill(p, when)
        if origin == 'on':
            p.ohip = C.make_ohip(rng)
            p.ohip_vc = rng.choice(['', 'AK', 'HT', 'ZX', 'BM'])
        if origin == 'be':
            p.niss = C.make_niss(rng, p.dob, sex)
        if origin == 'fr':
            p.nir = C.make_nir(rng, p.dob, sex)
        return p

    def _fill(self, p, when):
        rng = self.rng
        p.mrn = C.make_mrn(rng)
        p.sin = C.make_sin(rng)
        p.age = C.age_on(p.dob, when.date() if hasattr(when, 'date') else when)
        if p.origin == 'on':
            town, pc = rng.choice(TOWNS_ON)
            p.address = ['%d %s' % (rng.randrange(10, 990), rng.choice(STREETS_EN)),
                         '%s, ON  %s' % (town, _postal(rng, pc))]
            p.phone = C.phone_styled(rng, '613')
        elif p.origin == 'be':
            p.address = ['Rue des Tilleuls %d' % rng.randrange(2, 80), rng.choice(TOWNS_BE) + ', Belgique']
            p.phone = '+1 418 555-01%02d' % rng.randrange(100)
        elif p.origin == 'fr':
            p.address = ['%d, allée des Platanes' % rng.randrange(2, 60), rng.choice(TOWNS_FRA) + ', France']
            p.phone = '+1 581 555-01%02d' % rng.randrange(100)
        else:
            town, pc = rng.choice(TOWNS_QC)
            apt = rng.choice(['', '', 'app. %d, ' % rng.randrange(1, 12)])
            p.address = ['%s%d, %s' % (apt, rng.randrange(10, 3990), rng.choice(STREETS_FR)),
                         '%s (Québec)  %s' % (town, _postal(rng, pc))]
            p.phone = C.phone_styled(rng, rng.choice(['418', '581']))


# ---------------------------------------------------------------- per-message context

NAME_STYLES_FULL = ['full', 'title', 'caps_comma', 'caps', 'lower', 'lower_rev', 'title_caps']
NAME_STYLES_ALL = NAME_STYLES_FULL + ['initial', 'caps_initial', 'title_last']


class Ctx:
    def __init__(self, rng, lang, positive, when, people):
        self.rng, self.lang, self.positive, self.when, self.people = rng, lang, positive, when, people
        self.fr = lang == 'fr'
        self.types = set()
        self.ids = []          # (kind, written form)
        self.must = []         # strings that must be found in the decoded message
        self.nam_used = []     # (nam, patient)
        self.today = when.date()

    def L(self, fr, en):
        return fr if self.fr else en

    def mark(self, *types):
        assert self.positive, 'finding marked in a negative'
        for t in types:
            assert t in C.FINDING_TYPES, t
            self.types.add(t)

    def take(self, pool):
        """pool: list of (text, types) for this language; marks the types."""
        text, types = self.rng.choice(pool)
        if types:
            self.mark(*types)
        return text

    # --- people
    def kind(self, nam_prob):
        """Mostly Quebec patients (some NAM holders), a few from Ontario, Belgium or France."""
        if self.rng.random() < nam_prob:
            return 'nam'
        r = self.rng.random()
        return 'on' if r < 0.15 else 'be' if r < 0.22 else 'fr' if r < 0.3 else 'qc'

    def patient(self, kind='qc', pred=None, sex=None, age=(20, 85)):
        if kind == 'nam':
            p = self.people.take_nam(self.today, pred)
            if p is not None:
                return p
            kind = 'qc'
        return self.people.new(self.today, origin=kind, lang=self.lang, sex=sex, age=age)

    def name(self, p, style=None, record=True):
        rng = self.rng
        if style is None:
            style = rng.choice(NAME_STYLES_FULL if p.nam else NAME_STYLES_ALL)
        if p.nam and style not in NAME_STYLES_FULL + ['given']:
            style = 'full'
        g, s = p.given, p.surname
        t_fr = 'Mme' if p.sex == 'F' else 'M.'
        t_en = rng.choice(['Ms.', 'Mrs.']) if p.sex == 'F' else 'Mr.'
        if p.age < 16:
            t_fr = t_en = ''
        t = t_fr if self.fr else t_en
        forms = {
            'full': '%s %s' % (g, s),
            'title': ('%s %s %s' % (t, g, s)).strip(),
            'caps_comma': '%s, %s' % (s.upper(), g),
            'caps': '%s %s' % (s.upper(), g),
            'lower': ('%s %s' % (g, s)).lower(),
            'lower_rev': ('%s %s' % (s, g)).lower(),
            'title_caps': ('%s %s %s' % (t, g, s.upper())).strip(),
            'initial': '%s. %s' % (g[0], s),
            'caps_initial': '%s %s.' % (s.upper(), g[0]),
            'title_last': ('%s %s' % (t, s)).strip() if t else '%s. %s' % (g[0], s),
            'given': g,
            'surname_first': '%s %s' % (s, g),
        }
        text = forms[style]
        if record:
            self.mark('patient_name')
            self.must.append(text)
        return text

    def dob(self, p, style=None):
        style = style or self.rng.choice(['iso', 'dmy', 'long', 'short', 'dotted', 'dash'])
        text = C.fmt_date(p.dob, style, self.lang)
        self.mark('date_of_birth')
        self.must.append(text)
        return text

    def sex(self, p, style=None):
        style = style or self.rng.choice(['letter', 'word', 'field'])
        if style == 'letter':
            text = p.sex
        elif style == 'word':
            text = self.L({'F': 'féminin', 'M': 'masculin'}[p.sex], {'F': 'female', 'M': 'male'}[p.sex])
        else:
            text = self.L('sexe : ', 'sex: ') + p.sex
        self.must.append(text)
        return text

    def _id(self, kind, written):
        self.mark(kind)
        self.ids.append((kind, written))
        return written

    def nam(self, p, style=None):
        style = style or self.rng.choice(['plain', 'spaced', 'spaced', 'hyphen', 'dotted', 'slash',
                                          'lower', 'lowspaced', 'fullwidth', 'wide'])
        self.nam_used.append((p.nam, p))
        return self._id('ramq_nam', C.fmt_nam(p.nam, style))

    def sin(self, p, style=None):
        style = style or self.rng.choice(['plain', 'spaced', 'hyphen', 'dotted', 'slash', 'fullwidth'])
        return self._id('ca_sin', C.fmt_sin(p.sin, style))

    def ohip(self, p, style=None):
        style = style or self.rng.choice(['plain', 'spaced', 'hyphen', 'dotted', 'slash', 'fullwidth'])
        return self._id('ca_health_number', C.fmt_ohip(p.ohip, style, p.ohip_vc))

    def niss(self, p, style=None):
        style = style or self.rng.choice(['plain', 'official', 'spaced', 'hyphen', 'slash', 'fullwidth'])
        return self._id('be_niss', C.fmt_niss(p.niss, style))

    def nir(self, p, style=None):
        style = style or self.rng.choice(['plain', 'spaced', 'dotted', 'key', 'hyphen', 'fullwidth'])
        return self._id('fr_nir', C.fmt_nir(p.nir, style))

    def mrn(self, p, style=None):
        style = style or self.rng.choice(['plain', 'plain', 'spaced', 'hyphen', 'dotted', 'slash',
                                          'prefixed', 'fullwidth'])
        return self._id('mrn', C.fmt_mrn(p.mrn, style))

    def phone(self, p):
        self.mark('patient_contact')
        self.must.append(p.phone)
        return p.phone

    def address(self, p, sep=', '):
        self.mark('patient_contact')
        self.must.append(p.address[0])
        return sep.join(p.address)

    def idblock(self, p, extra=True):
        """NAM line for a NAM holder: name, birth date and sex as listed, and the NAM."""
        return self.nam(p)

    # --- dates
    def day(self, lo=1, hi=30, weekday=True):
        d = self.today + datetime.timedelta(days=self.rng.randint(lo, hi))
        while weekday and d.weekday() >= 5:
            d += datetime.timedelta(days=1)
        return d

    def past(self, lo=1, hi=20):
        d = self.today - datetime.timedelta(days=self.rng.randint(lo, hi))
        while d.weekday() >= 5:
            d -= datetime.timedelta(days=1)
        return d

    def dstr(self, d, with_year=False):
        return C.fmt_day(d, self.lang, with_year)

    def hour(self, lo=7, hi=15):
        return C.fmt_time(self.rng.randint(lo, hi), self.rng.choice([0, 0, 15, 30, 45]), self.lang)
