# Invented people, places and pools for generate.py. Everything here is synthetic.
import datetime, os

DOM = 'cisss-exemple.example'
BE_DOM = 'chr-liege-exemple.example'
FR_DOM = 'clinique-saone-lyon.example'

STAFF_FR = [
    ('Isabelle', 'Pelchat', 'Dre', 'chirurgienne générale', 'chirurgie'),
    ('Mathieu', 'Desrosiers', 'Dr', 'anesthésiologiste', 'anesthésie'),
    ('Karine', 'Vachon', 'Dre', 'hémato-oncologue', 'oncologie'),
    ('Stéphane', 'Rioux', 'Dr', 'radio-oncologue', 'radio-oncologie'),
    ('Julie', 'Beaulieu', '', 'infirmière clinicienne', 'bloc opératoire'),
    ('Nicolas', 'Giroux', 'Dr', 'radiologiste', 'imagerie médicale'),
    ('Véronique', 'Dionne', '', 'pharmacienne', 'pharmacie'),
    ('François', 'Hébert', 'Dr', 'chirurgien général', 'chirurgie'),
    ('Chantal', 'Lemieux', '', 'travailleuse sociale', 'service social'),
    ('Patrick', 'Bergeron', '', 'agent administratif', 'archives médicales'),
    ('Mélanie', 'Côté', '', 'infirmière pivot en oncologie', 'oncologie'),
    ('Éric', 'Lavoie', 'Dr', 'anesthésiologiste', 'anesthésie'),
    ('Annie', 'Dufour', '', 'coordonnatrice', 'recherche clinique'),
    ('Sébastien', 'Tremblay', 'Dr', 'chirurgien oncologue', 'chirurgie'),
    ('Josiane', 'Pouliot', '', 'technologue en radiologie', 'imagerie médicale'),
    ('Louise', 'Gravel', '', 'agente de planification', 'bloc opératoire'),
    ('Guillaume', 'Ferland', '', 'conseiller en sécurité', 'sécurité de l\'information'),
    ('Hélène', 'Marchand', '', 'chef de service', 'soins à domicile'),
]
STAFF_EN = [
    ('Karen', "O'Neill", '', 'RN, nurse navigator', 'oncology'),
    ('David', 'Klein', 'Dr.', 'general surgeon', 'surgery'),
    ('Priya', 'Raman', 'Dr.', 'anesthesiologist', 'anesthesia'),
    ('Michael', 'Chen', 'Dr.', 'radiologist', 'medical imaging'),
    ('Susan', 'Walsh', '', 'unit clerk', 'surgery 5th floor'),
    ('Omar', 'Haddad', 'Dr.', 'radiation oncologist', 'radiation oncology'),
    ('Jennifer', 'Lockhart', '', 'clinical pharmacist', 'pharmacy'),
    ('Brian', 'McKenna', '', 'IT service desk analyst', 'IT'),
    ('Rachel', 'Stein', '', 'social worker', 'social services'),
    ('Tom', 'Fraser', '', 'research coordinator', 'clinical research'),
]
BE_STAFF = [('Dr', 'Pierre', 'Dethier', 'chirurgie digestive'), ('Dr', 'Anne', 'Lambotte', 'oncologie médicale'),
            ('', 'Sophie', 'Renard', 'service social'), ('Dr', 'Marc', 'Collignon', 'radiothérapie')]
FR_STAFF = [('Dr', 'Claire', 'Gaillard', 'chirurgie viscérale'), ('Dr', 'Hugo', 'Perrin', 'anesthésie-réanimation'),
            ('', 'Nadia', 'Benhamou', 'secrétariat médical'), ('Dr', 'Laurent', 'Morel', 'oncologie')]

EXT_FR = [('Dre', 'Marie-Ève', 'Thériault', 'gmf-riviere-du-nord.example', 'GMF Rivière-du-Nord'),
          ('Dr', 'Alain', 'Blais', 'clinique-saint-laurent.example', 'Clinique médicale Saint-Laurent'),
          ('', 'Sylvie', 'Comeau', 'pharmacie-dupuis.example', 'Pharmacie Dupuis et associés'),
          ('Dr', 'Yves', 'Lachance', 'polyclinique-des-pins.example', 'Polyclinique des Pins'),
          ('', 'Nancy', 'Fortier', 'transport-adapte-exemple.example', 'Transport adapté régional'),
          ('', 'Lucie', 'Arsenault', 'clsc-haute-ville.example', 'CLSC Haute-Ville')]
EXT_EN = [('Dr.', 'Andrew', 'Patterson', 'lakeshore-clinic.example', 'Lakeshore Family Clinic'),
          ('Dr.', 'Linda', 'Moreau', 'ottawa-east-fht.example', 'Ottawa East Family Health Team'),
          ('', 'Greg', 'Novak', 'westview-pharmacy.example', 'Westview Pharmacy'),
          ('Dr.', 'Hannah', 'Goldberg', 'mcgill-area-gmf.example', 'Westmount Area GMF')]

PAT_FIRST_M = ['Réjean', 'Marcel', 'Gaétan', 'Kevin', 'Ahmed', 'Luc', 'Normand', 'Steve', 'Raymond', 'Yannick',
               'Peter', 'Giuseppe', 'Denis', 'Jean-Guy', 'Mohamed', 'Carl']
PAT_FIRST_F = ['Huguette', 'Yvette', 'Linda', 'Carole', 'Amina', 'Lise', 'Jocelyne', 'Brenda', 'Francine',
               'Mélissa', 'Rose-Marie', 'Nicole', 'Patricia', 'Solange', 'Kim', 'Thérèse']
PAT_LAST = ['Dubé', 'Lacasse', 'Poulin', 'Bernier', 'Murphy', 'Kowalski', 'Haddad', 'Boisvert', 'Ouimet',
            'Labrecque', 'Gingras', 'St-Pierre', 'Vézina', 'Campbell', 'Nguyen', 'Rossi', 'Lepage', 'Audet',
            'Paradis', 'Cormier', 'Morissette', 'Plourde', 'Beauchemin', 'Tardif']
BE_FIRST_M = ['Jean-Luc', 'Christophe', 'Philippe', 'Geoffrey', 'Didier', 'Mehmet']
BE_FIRST_F = ['Martine', 'Véronique', 'Catherine', 'Fabienne', 'Laetitia', 'Myriam']
BE_LAST = ['Lejeune', 'Collard', 'Hansen', 'Piron', 'Lemaire', 'Jacquemin', 'Wauters', 'Dumont', 'Yildiz']
FR_FIRST_M = ['Thierry', 'Julien', 'Bernard', 'Kévin', 'Rachid', 'Olivier']
FR_FIRST_F = ['Sandrine', 'Monique', 'Aurélie', 'Nathalie', 'Fatima', 'Chloé']
FR_LAST = ['Girard', 'Fontaine', 'Chevalier', 'Mercier', 'Roux', 'Blanc', 'Garnier', 'Bonnet', 'Faure']

STREETS = ['rue des Érables', 'boul. du Lac', 'rue Principale', 'ch. du Rang-Double', 'av. des Pionniers',
           'rue Saint-Joseph', 'rue de la Fabrique', 'boul. Laurier-Est', 'Maple Street', 'rue des Cèdres']
CITIES = [('Saint-Exemple', 'G5L'), ('Rivière-aux-Pins', 'G0L'), ('Lac-des-Fictifs', 'G0J'),
          ('Val-Bélair-Nord', 'G3K'), ('Sainte-Adèle-du-Fleuve', 'G0K')]
BE_CITIES = [('4020', 'Liège'), ('4100', 'Seraing'), ('4000', 'Liège'), ('4420', 'Saint-Nicolas')]
FR_CITIES = [('69003', 'Lyon'), ('69100', 'Villeurbanne'), ('69200', 'Vénissieux'), ('69500', 'Bron')]

DISCLAIMER_FR = ("AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. "
                 "Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.")
DISCLAIMER_EN = ("CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you received "
                 "it in error, please notify the sender and delete it.")


def load_nams():
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, 'blind_nams.txt')
    out = []
    with open(here, encoding='utf-8') as f:
        for ln in f:
            ln = ln.strip()
            if not ln or ln.startswith('#'):
                continue
            s, g, d, sex, nam = ln.split()
            y, mth, dd = map(int, d.split('-'))
            out.append(dict(last=s, first=g, dob=datetime.date(y, mth, dd), sex=sex, nam=nam))
    return out
