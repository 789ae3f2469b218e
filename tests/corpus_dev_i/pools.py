# Invented people, places and helpers.
from core import strip_acc
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# The synthetic NAMs every blind writer was given, shared by the blind corpora in tests/blind_nams.txt.
def load_nams(path=os.path.join(HERE, os.pardir, 'blind_nams.txt')):
    out = []
    for line in open(path, encoding='utf-8'):
        line = line.strip()
        if not line or line.startswith('#'): continue
        s, g, dob, sex, nam = line.split()
        out.append(dict(sur=s, giv=g, dob=dob, sex=sex, nam=nam))
    return out

STAFF = [
    ('Isabelle', 'Côté', 'Dre', 'cardiologue', 'F'), ('Martin', 'Lavoie', 'Dr', 'interniste', 'M'),
    ('Julie', 'Bergeron', '', 'inf. clin.', 'F'), ('François', 'Dion', 'Dr', 'néphrologue', 'M'),
    ('Nadia', 'Belkacem', 'Dre', 'pédiatre', 'F'), ('Stéphane', 'Harvey', 'Dr', 'urgentologue', 'M'),
    ('Karine', 'Tremblay', '', 'travailleuse sociale', 'F'), ('Olivier', 'Dufour', 'Dr', 'oncologue', 'M'),
    ('Chantal', 'Boily', '', 'inf. auxiliaire', 'F'), ('Mathieu', 'Girard', 'Dr', 'gériatre', 'M'),
    ('Véronique', 'Lemieux', 'Dre', 'psychiatre', 'F'), ('Patrick', 'Sirois', '', 'pharmacien', 'M'),
    ('Annie', 'Gosselin', '', 'AIC', 'F'), ('Hugo', 'Beaulieu', 'Dr', 'radiologiste', 'M'),
    ('Marie-Ève', 'Larouche', '', 'ergothérapeute', 'F'), ('Sébastien', 'Fortier', '', 'technicien en administration', 'M'),
    ('Geneviève', 'Paradis', 'Dre', 'endocrinologue', 'F'), ('Yannick', 'Ménard', '', 'chef de service', 'M'),
    ('Lucie', 'Villeneuve', '', 'agente administrative', 'F'), ('Jean-Philippe', 'Bouchard', 'Dr', 'chirurgien', 'M'),
    ('Sophie', 'Ouellet', 'Dre', 'hématologue', 'F'), ('Rachid', 'Amrani', 'Dr', 'microbiologiste-infectiologue', 'M'),
    ('Catherine', 'Gagné', '', 'nutritionniste', 'F'), ('Alexandre', 'Turcotte', 'Dr', 'anesthésiologiste', 'M'),
    ('Émilie', 'Bédard', '', 'inf. praticienne spécialisée', 'F'), ('Samuel', 'Drolet', '', 'préposé aux bénéficiaires', 'M'),
    ('Marianne', 'Leclerc', 'Dre', 'omnipraticienne', 'F'), ('Guillaume', 'Bernier', 'Dr', 'gastro-entérologue', 'M'),
    ('Josiane', 'Lévesque', '', 'inhalothérapeute', 'F'), ('Benoît', 'Châteauneuf', '', 'technologue en imagerie', 'M'),
    ('Amélie', 'Caron', 'Dre', 'pédopsychiatre', 'F'), ('Nicolas', 'Poulin', '', 'physiothérapeute', 'M'),
    ('Sandra', 'Rioux', '', 'agente de relations humaines', 'F'), ('Luc', 'Vachon', '', 'chef d\'unité', 'M'), ('Éric', 'Pelletier', '', 'conseiller RH', 'M'),
    ('Mélanie', 'Savard', '', 'coordonnatrice', 'F'), ('David', 'Morin', 'Dr', 'pneumologue', 'M'),
]
STAFF_EN = [
    ('Sarah', 'Whitfield', 'Dr', 'internist', 'F'), ('Kevin', "O'Connell", 'Dr', 'nephrologist', 'M'),
    ('Priya', 'Raman', '', 'RN', 'F'), ('Daniel', 'Kowalski', '', 'pharmacist', 'M'),
    ('Heather', 'McKenzie', '', 'social worker', 'F'), ('Andrew', 'Chen', 'Dr', 'geriatrician', 'M'),
    ('Laura', 'Fitzgerald', '', 'clinical coordinator', 'F'), ('Mark', 'Delaney', '', 'IT analyst', 'M'),
]
BE_STAFF = [('Pauline', 'Janssens', 'Dr', 'gériatre'), ('Thomas', 'Vandenberghe', 'Dr', 'cardiologue'),
            ('Sarah', 'Lambrecht', '', 'infirmière de liaison'), ('Nicolas', 'Delvaux', 'Pr', 'néphrologue')]
FR_STAFF = [('Camille', 'Roussel', 'Dr', 'pneumologue'), ('Antoine', 'Mercier', 'Pr', 'hépatologue'),
            ('Léa', 'Fontaine', '', 'cadre de santé'), ('Julien', 'Perrin', 'Dr', 'interne')]

PAT_EXTRA_FR = [('Lavallée', 'Robert', 'M'), ('Dubé', 'Francine', 'F'), ('Bérubé', 'Yves', 'M'), ('Tremblay', 'Jacqueline', 'F'),
                ('Lachance', 'Normand', 'M'), ('Gauthier', 'Rita', 'F'), ('Côté', 'Gérard', 'M'), ('Dufour', 'Lise', 'F'),
                ('Harvey', 'Réjean', 'M'), ('Bolduc', 'Thérèse', 'F'), ('Simard', 'Kevin', 'M'), ('Lapierre', 'Maude', 'F'),
                ('Néron', 'Jacynthe', 'F'), ('Fillion', 'Dylan', 'M'), ('Tardif', 'Océane', 'F'), ('Girard', 'Raymond', 'M')]
PAT_BE = [('Peeters', 'Marc', 'M'), ('Dubois', 'Chantal', 'F'), ('Lambert', 'Luc', 'M'), ('Maes', 'Anne', 'F'),
          ('Claes', 'Jean-Pierre', 'M'), ('Wouters', 'Nathalie', 'F'), ('Goossens', 'Michel', 'M')]
PAT_FR = [('Moreau', 'Bernard', 'M'), ('Lefebvre', 'Monique', 'F'), ('Garnier', 'Alain', 'M'), ('Rousseau', 'Nicole', 'F'),
          ('Faure', 'Kévin', 'M'), ('Chevalier', 'Sandrine', 'F'), ('Blanc', 'Gérard', 'M')]
PAT_ON = [('Singh', 'Harpreet', 'M'), ('Campbell', 'Margaret', 'F'), ('Wright', 'Thomas', 'M'), ("O'Brien", 'Kathleen', 'F'),
          ('Nguyen', 'Linh', 'F'), ('Patterson', 'George', 'M'), ('Hughes', 'Evelyn', 'F')]

STREETS = ['rue des Érables', 'avenue Cartier', 'rue Saint-Vallier Ouest', 'boulevard Hamel', 'rue de la Couronne',
           'chemin Sainte-Foy', 'rue Racine', 'boulevard Talbot', 'rue Jacques-Cartier Est', 'rue Bégin',
           'avenue du Pont', 'rue Price Ouest', '1re Avenue', 'rue des Saules', 'boulevard de l\'Ormière']
CITIES_QC = [('Québec', 'G1R'), ('Québec', 'G1K'), ('Lévis', 'G6V'), ('Québec', 'G1M'), ('Beauport', 'G1E')]
CITIES_SAG = [('Chicoutimi', 'G7H'), ('Jonquière', 'G7X'), ('La Baie', 'G7B'), ('Alma', 'G8B')]

def email_of(giv, sur, dom):
    return (strip_acc(giv) + '.' + strip_acc(sur)).lower().replace(' ', '').replace("'", '') + '@' + dom

DOM = 'chu-exemple.example'
DOMS_NET = ['chu-exemple.example', 'cisss-saguenay.example', 'clsc-limoilou.example', 'dpj-capitale.example']
EXT = dict(
    cisss='cisss-saguenay.example', clsc='clsc-limoilou.example', dpj='dpj-capitale.example',
    bxl='chu-bruxelles.example', liege='chr-liege.example', lyon='hcl-lyon.example', lille='chu-lille.example',
    ont='eastvalley-health.example', gmf='gmf-vieux-port.example', pharm='pharmacie-cartier.example',
    ramq='regie-assurance.example', cnesst='cnesst-exemple.example', saaq='saaq-exemple.example',
    ins='assurvie-exemple.example', transport='transport-adapte.example', univ='univ-laval-exemple.example',
    supplier='medisource.example', supplier2='biolab-fournitures.example', union='syndicat-soins.example',
    gmail='courriel.example', ccsmtl='ccsmtl-exemple.example', coroner='coroner-exemple.example',
)
