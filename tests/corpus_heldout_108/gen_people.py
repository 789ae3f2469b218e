"""Invented people, organisations, addresses and small text helpers.
Staff and invented patients deliberately avoid every surname of the NAM list."""
import datetime

CLINIC = {
    'fr': 'Centre de rhumatologie et de perfusion des Rivières',
    'en': 'Rivières Rheumatology & Infusion Centre',
    'short': 'CRPR',
    'domain': 'crpr-rivieres.example',
    'addr': '2150, boulevard des Forges, bureau 300, Trois-Rivières (Québec) G8Z 1V5',
    'tel': '819 555-0142',
    'fax': '819 555-0143',
    'perf': '819 555-0147',
    'pharm': '819 555-0149',
}
HOSP = {'name': 'Hôpital régional des Rivières', 'domain': 'hrr-sante.example', 'tel': '819 555-0160'}

STAFF = {
    # key: (given, surname, title_fr, title_en, role_fr, role_en, email local)
    'bergeron': ('Julie', 'Bergeron', 'Dre', 'Dr.', 'rhumatologue', 'Rheumatologist', 'julie.bergeron'),
    'lavoie': ('Antoine', 'Lavoie', 'Dr', 'Dr.', 'rhumatologue', 'Rheumatologist', 'antoine.lavoie'),
    'haddad': ('Samira', 'Haddad', 'Dre', 'Dr.', 'rhumatologue', 'Rheumatologist', 'samira.haddad'),
    'obrien': ('Kevin', "O'Brien", 'Dr', 'Dr.', 'rhumatologue', 'Rheumatologist', 'kevin.obrien'),
    'cote': ('Hélène', 'Côté', 'Dre', 'Dr.', 'rhumatologue', 'Rheumatologist', 'helene.cote'),
    'dube': ('Isabelle', 'Dubé', '', '', 'infirmière-chef, unité de perfusion', 'Nurse manager, infusion unit', 'isabelle.dube'),
    'hebert': ('Mélanie', 'Hébert', '', '', 'infirmière clinicienne', 'Clinical nurse', 'melanie.hebert'),
    'lemieux': ('Carl', 'Lemieux', '', '', 'infirmier, perfusion', 'Infusion nurse', 'carl.lemieux'),
    'proulx': ('Annie', 'Proulx', '', '', 'infirmière, perfusion', 'Infusion nurse', 'annie.proulx'),
    'singh': ('Priya', 'Singh', '', '', 'infirmière pivot', 'Nurse navigator', 'priya.singh'),
    'vezina': ('Karine', 'Vézina', '', '', 'pharmacienne de liaison', 'Liaison pharmacist', 'karine.vezina'),
    'menard': ('Marc-André', 'Ménard', '', '', 'pharmacien', 'Pharmacist', 'ma.menard'),
    'marchand': ('Sophie', 'Marchand', '', '', 'agente administrative', 'Administrative officer', 'sophie.marchand'),
    'charbonneau': ('Nancy', 'Charbonneau', '', '', 'secrétaire médicale', 'Medical secretary', 'nancy.charbonneau'),
    'beaulieu': ('Luc', 'Beaulieu', '', '', 'coordonnateur des opérations', 'Operations coordinator', 'luc.beaulieu'),
    'dufour': ('Chantal', 'Dufour', '', '', 'chef de service', 'Department head', 'chantal.dufour'),
    'lacroix': ('Éric', 'Lacroix', '', '', 'technicien informatique', 'IT technician', 'eric.lacroix'),
    'chartrand': ('Vanessa', 'Chartrand', '', '', 'conseillère en ressources humaines', 'HR advisor', 'vanessa.chartrand'),
    'rivard': ('Nadia', 'Rivard', '', '', 'travailleuse sociale', 'Social worker', 'nadia.rivard'),
    'mercier': ('Stéphane', 'Mercier', '', '', 'technicien en approvisionnement', 'Procurement technician', 'stephane.mercier'),
    'tessier_n': ('Josiane', 'Tessier', '', '', 'nutritionniste', 'Dietitian', 'josiane.tessier'),
    'okafor': ('Daniel', 'Okafor', '', '', 'physiothérapeute', 'Physiotherapist', 'daniel.okafor'),
}

EXTERNAL = {
    'gp_vaillancourt': ('Émilie', 'Vaillancourt', 'Dre', 'GMF des Chenaux', 'gmf-chenaux.example', '819 555-0171'),
    'gp_boisvert': ('Jean-François', 'Boisvert', 'Dr', 'Clinique médicale du Cap', 'cliniqueducap.example', '819 555-0172'),
    'gp_kowalski': ('Sarah', 'Kowalski', 'Dr.', 'Ottawa East Family Health Team', 'oefht.example', '613 555-0118'),
    'gp_richards': ('Martin', 'Richards', 'Dr.', 'Vanier Community Clinic', 'vaniercc.example', '613 555-0127'),
    'ph_allard': ('Olivier', 'Allard', '', 'Pharmacie Gervais et Allard', 'pharm-gervais-allard.example', '819 555-0181'),
    'ph_doucet': ('Mathilde', 'Doucet', '', 'Pharmacie du Boulevard', 'pharmacieduboulevard.example', '819 555-0183'),
    'ph_spec': ('Kim', 'Nguyen', '', 'BioSpécialité Pharma (pharmacie de spécialité)', 'biospecialite.example', '1 800 555-0190'),
    'ins_boreale': ('Caroline', 'Gingras-Roux', '', 'Assurances Boréale – Réclamations médicaments', 'boreale-assurances.example', '1 888 555-0102'),
    'ins_sunatlas': ('Jordan', 'Mills', '', 'Sun Atlas Benefits – Drug Special Authorization', 'sunatlas.example', '1 877 555-0104'),
    'ins_mutuel': ('Mireille', 'Lachance', '', 'Mutuel Laurentien – Assurance collective', 'mutuel-laurentien.example', '1 866 555-0106'),
    'psp_bioconnect': ('Audrey', 'Fiset', '', 'BioConnect Soutien (programme de soutien aux patients)', 'bioconnect-psp.example', '1 855 555-0108'),
    'fr_chu': ('Pierre-Yves', 'Lemarchand', 'Dr', 'CHU Rhône-Sud, service de rhumatologie', 'chu-rhonesud.example', ''),
    'be_chms': ('Anne-Sophie', 'Verbruggen', 'Dr', 'Centre hospitalier Meuse-Sambre, rhumatologie', 'chms-namur.example', ''),
    'be_mut': ('Thierry', 'Delvaux', '', 'Mutualité Entraide – Service médical', 'mutualite-entraide.example', ''),
    'transport': ('', '', '', 'Transport adapté des Rivières', 'ta-rivieres.example', '819 555-0175'),
    'supplier': ('Rachel', 'Ducharme', '', 'MédiDistribution Québec inc.', 'medidistribution.example', '1 800 555-0111'),
    'pump': ('', '', '', 'Perfusa Medical Canada', 'perfusa-med.example', '1 800 555-0114'),
}

# Invented patients (never NAM-list surnames)
PAT_GIVEN_F = ['Lucie', 'Chantale', 'Marie-Ève', 'Francine', 'Karine', 'Nicole', 'Johanne', 'Amélie', 'Stéphanie',
               'Louise', 'Rachel', 'Aisha', 'Mei', 'Patricia', 'Joanne', 'Céline', 'Monique', 'Linda', 'Roxanne',
               'Valérie', 'Yasmina', 'Olivia', 'Carole', 'Suzanne']
PAT_GIVEN_M = ['Réjean', 'Normand', 'Sylvain', 'Guy', 'Mathieu', 'Yves', 'Richard', 'Daniel', 'Raymond', 'Omar',
               'Benoît', 'Alain', 'Steve', 'Hugo', 'Kevin', 'Robert-Luc', 'Jacques-Yves', 'Sami', 'Ahmed', 'Gaétan']
PAT_SUR = ['Tremblay', 'Lévesque', 'Leclerc', 'Vachon', 'Desjardins', 'Patel', 'Benali', 'Ferreira', 'Laroche',
           'Turcotte', 'Bédard', 'Carrier', 'Dionne', 'Paré', 'Fontaine', 'Labbé', 'St-Pierre', 'Lefrançois',
           'Grenier', 'Hamel', 'Beauchemin', 'Lamothe', 'Pichette', 'Rheault', 'Trudel', 'Veilleux', 'Guay',
           'Auclair', 'Brassard', 'Chénier', 'Duchesne', 'Gosselin', 'Jolicoeur', 'Mailloux', 'Nolin', 'Ricard']
ON_GIVEN_F = ['Heather', 'Megan', 'Amanda', 'Jennifer', 'Harpreet', 'Grace', 'Fatima', 'Colleen']
ON_GIVEN_M = ['Brian', 'Tyler', 'Gurpreet', 'Wei', 'Connor', 'Trevor', 'Mohammed', 'Derek']
ON_SUR = ['Campbell', 'Stewart', 'Kaur', 'Murphy', 'Chen', 'Wong', 'Anderson', 'McKenzie', 'Ahmed', 'Dhillon',
          'Robertson', 'Fraser']
FR_GIVEN_F = ['Camille', 'Aurélie', 'Sandrine', 'Élodie', 'Brigitte']
FR_GIVEN_M = ['Thibaut', 'Grégoire', 'Loïc', 'Bastien', 'Hervé']
FR_SUR = ['Dupuis', 'Girardot', 'Lemoine', 'Fabre', 'Rousseau', 'Chevallier', 'Perrin']
BE_GIVEN_F = ['Annelies', 'Delphine', 'Marie-Claire', 'Sofie', 'Virginie']
BE_GIVEN_M = ['Wouter', 'Jean-Luc', 'Pieter', 'Olivier', 'Grégory']
BE_SUR = ['Peeters', 'Janssens', 'Lambert', 'Maes', 'Wouters', 'Dubois', 'Claes']

STREETS_QC = ['rue Saint-Maurice', 'rue des Érables', 'boulevard Jean-XXIII', 'rue Notre-Dame Est', 'rue Hertel',
              'avenue des Draveurs', 'rue Laviolette', 'chemin du Lac-Bourassa', 'rue Bellefeuille', 'rang Saint-Félix']
CITIES_QC = [('Trois-Rivières', 'G8Y'), ('Shawinigan', 'G9N'), ('Bécancour', 'G9H'), ('Louiseville', 'J5V'),
             ('Nicolet', 'J3T'), ('La Tuque', 'G9X'), ('Cap-de-la-Madeleine', 'G8T'), ('Saint-Tite', 'G0X')]
STREETS_ON = ['Montreal Road', 'Beechwood Avenue', 'St. Laurent Blvd', 'Cyrville Road', 'Innes Road']

MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
             'novembre', 'décembre']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
             'November', 'December']
DAYS_FR = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


class Patient:
    """A patient. kind: 'nam' (NAM holder), 'qc', 'on', 'fr', 'be'."""

    def __init__(self, given, surname, dob, sex, kind, **ids):
        self.given, self.surname, self.dob, self.sex, self.kind = given, surname, dob, sex, kind
        self.nam = ids.get('nam')
        self.mrn = ids.get('mrn')
        self.hn = ids.get('hn')
        self.hn_version = ids.get('hn_version')
        self.niss = ids.get('niss')
        self.nir = ids.get('nir')
        self.sin = ids.get('sin')
        self.addr = ids.get('addr')
        self.phone = ids.get('phone')
        self.email = ids.get('email')

    @property
    def full(self):
        return f'{self.given} {self.surname}'

    def title(self, lang):
        if lang == 'fr':
            return 'Mme' if self.sex == 'F' else 'M.'
        return 'Mrs.' if self.sex == 'F' else 'Mr.'

    def age(self, on):
        return on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))


def phone(rng, area=None):
    area = area or rng.choice(['819', '819', '819', '873', '450', '514'])
    return f'{area} 555-01{rng.randint(0, 99):02d}'


def address_qc(rng):
    city, fsa = rng.choice(CITIES_QC)
    apt = rng.choice(['', '', f'app. {rng.randint(1, 12)}, '])
    return (f'{rng.randint(12, 4890)}, {rng.choice(STREETS_QC)}, {apt}{city} (Québec) '
            f'{fsa} {rng.randint(1, 9)}{rng.choice("ABCEGHJKLMNPRSTVWXYZ")}{rng.randint(0, 9)}').replace(', ,', ',')


def address_on(rng):
    return (f'{rng.randint(20, 2400)} {rng.choice(STREETS_ON)}, Ottawa, ON K1{rng.choice("JKL")} '
            f'{rng.randint(1, 9)}{rng.choice("ABCEGHJKLMNPRSTVWXYZ")}{rng.randint(0, 9)}')


def email_of(rng, given, surname):
    from gen_ids import strip_accents
    g = strip_accents(given).lower().replace(' ', '').replace("'", '')
    s = strip_accents(surname).lower().replace(' ', '').replace("'", '')
    dom = rng.choice(['courriel.example', 'videotron-mail.example', 'netmail.example', 'boitemail.example'])
    pat = rng.choice([f'{g}.{s}', f'{g[0]}{s}{rng.randint(1, 99)}', f'{s}.{g}', f'{g}{s[:3]}'])
    return f'{pat}@{dom}'


def fr_date(d, day=False):
    s = f'{d.day}{"er" if d.day == 1 else ""} {MONTHS_FR[d.month - 1]} {d.year}'
    return (DAYS_FR[d.weekday()] + ' ' + s) if day else s


def en_date(d, day=False):
    s = f'{MONTHS_EN[d.month - 1]} {d.day}, {d.year}'
    return (DAYS_EN[d.weekday()] + ', ' + s) if day else s


def dob_fmt(rng, d, lang):
    opts = [d.isoformat(), d.strftime('%d/%m/%Y'), d.strftime('%Y/%m/%d')]
    opts.append(fr_date(d) if lang == 'fr' else en_date(d))
    if lang == 'en':
        opts.append(d.strftime('%d-%b-%Y'))
    return rng.choice(opts)


def staff_name(key, lang='fr', with_title=True):
    g, s, tfr, ten, *_ = STAFF[key]
    t = tfr if lang == 'fr' else ten
    return f'{t} {g} {s}'.strip() if with_title else f'{g} {s}'


def staff_addr(key):
    return STAFF[key][6] + '@' + CLINIC['domain']


def ext_addr(key, local=None):
    g, s, t, org, dom, tel = EXTERNAL[key]
    from gen_ids import strip_accents
    if local is None:
        local = (strip_accents(g).lower()[:1] + strip_accents(s).lower().replace(' ', '').replace('-', '')) if s else 'info'
    return f'{local}@{dom}'


def ext_name(key, lang='fr'):
    g, s, t, *_ = EXTERNAL[key]
    return f'{t} {g} {s}'.strip()


def signature(rng, key, lang):
    g, s, tfr, ten, rfr, ren, local = STAFF[key]
    clinic = CLINIC[lang]
    name = f'{g} {s}'
    if tfr.startswith('Dr'):
        name = f'{tfr if lang == "fr" else ten} {g} {s}, {"M.D., FRCPC" if rng.random() < .6 else "MD"}'
    role = rfr if lang == 'fr' else ren
    style = rng.randint(0, 4)
    tel = CLINIC['perf'] if 'perf' in rfr else (CLINIC['pharm'] if 'pharm' in rfr else CLINIC['tel'])
    if style == 0:
        return f'--\n{name}\n{role}\n{clinic}\nTél. {tel} | Téléc. {CLINIC["fax"]}' if lang == 'fr' else \
            f'--\n{name}\n{role}\n{clinic}\nPhone {tel} | Fax {CLINIC["fax"]}'
    if style == 1:
        return f'{g}\n\n{name} | {role}\n{CLINIC["addr"]}\n{tel}'
    if style == 2:
        return f'{name}\n{role} – {CLINIC["short"]}\n{"poste" if lang == "fr" else "ext."} {rng.randint(2100, 2499)}'
    if style == 3:
        conf = ('AVIS DE CONFIDENTIALITÉ : ce message peut contenir des renseignements confidentiels. '
                'Si vous l\'avez reçu par erreur, veuillez le détruire et en aviser l\'expéditeur.') if lang == 'fr' else \
            ('CONFIDENTIALITY NOTICE: this e-mail may contain confidential information. If you received it in '
             'error, please delete it and notify the sender.')
        return f'{name}\n{role}\n{clinic}\n{tel}\n\n{conf}'
    return f'-- \n{g} {s[0]}.' if rng.random() < .5 else f'{g}'


def greeting(rng, lang, who=None):
    group = who in ('à tous', "l'équipe", 'all', 'team', 'chers résidents', 'residents', 'membres du CÉR', 'REB members')
    if lang == 'fr':
        opts = ['Bonjour {w},', 'Salut {w},', 'Allo {w},'] if group else \
            ['Bonjour,', 'Bonjour {w},', 'Salut {w},', '{w},', 'Bon matin,', 'Allo {w},']
    else:
        opts = ['Hi {w},', 'Hello {w},'] if group else ['Hi,', 'Hello {w},', 'Hi {w},', 'Dear {w},', '{w} -', 'Good morning,']
    g = rng.choice(opts)
    if '{w}' in g and not who:
        g = 'Bonjour,' if lang == 'fr' else 'Hi,'
    return g.replace('{w}', who or '')


def closing(rng, lang):
    if lang == 'fr':
        return rng.choice(['Merci!', 'Merci et bonne journée,', 'Cordialement,', 'Bonne journée', 'Merci beaucoup',
                           'Au plaisir,', 'Salutations,', ''])
    return rng.choice(['Thanks!', 'Thanks,', 'Best regards,', 'Regards,', 'Cheers,', 'Many thanks,', ''])
