#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Synthetic outbound e-mail corpus for a DLP filter (held-out set 52).

Flavour: Réseau de santé Boréal-Littoral (RSBL), an invented mixed regional network covering
Abitibi and the Côte-Nord: emergency, maternity, mental health, public health (contact tracing,
vaccination follow-ups), nursing stations of northern and Indigenous communities, medical
evacuations; plus the network's administrative mail as negatives.

Everything is invented. Every RAMQ NAM comes from ../blind_nams.txt; all other identifiers are
generated valid and checked with python-stdnum.  Output is deterministic for a given seed.

Usage:  python generate.py [--seed 5252] [--out DIR]
"""
import argparse
import datetime as dt
import hashlib
import html as htmlmod
import html.entities
import io
import json
import os
import random
import re
import sys
import zipfile

import email
import email.policy
import email.utils
from email import base64mime, quoprimime
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAMS_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')
DEFAULT_SEED = 5252
N_POS, N_NEG = 120, 180
REF = dt.date(2024, 6, 1)
FIXED_ZIP_TIME = (2024, 1, 15, 9, 0, 0)
FIXED_ISO = '2024-01-15T09:00:00Z'

# --------------------------------------------------------------------------------------------
# Invented world
# --------------------------------------------------------------------------------------------
DOM = 'rsbl.example'
DOM_SP = 'santepublique.rsbl.example'

SITES = {
    'HRVC': dict(fr="Hôpital régional de Val-Cadieux", en="Val-Cadieux Regional Hospital",
                 addr="725, 6e Rue, Val-Cadieux (Québec) J9X 0B5", tel="(819) 555-0140", region='abitibi'),
    'HRK': dict(fr="Hôpital de Rivière-Kanasuta", en="Rivière-Kanasuta Hospital",
                addr="40, boulevard des Mélèzes, Rivière-Kanasuta (Québec) J0Z 9C2", tel="(819) 555-0152",
                region='abitibi'),
    'CHPL': dict(fr="Centre hospitalier de Port-Laurent", en="Port-Laurent Hospital Centre",
                 addr="1010, boulevard Laure-Conan, Port-Laurent (Québec) G4R 0C8", tel="(418) 555-0117",
                 region='cotenord'),
    'CLSCE': dict(fr="CLSC des Eskers-Nord", en="Eskers-Nord CLSC",
                  addr="112, rue Principale Sud, Lac-Preissac-Nord (Québec) J0Y 9A4", tel="(819) 555-0163",
                  region='abitibi'),
    'CLSCH': dict(fr="CLSC du Havre-Sainte-Anne", en="Havre-Sainte-Anne CLSC",
                  addr="3, rue du Quai, Havre-Sainte-Anne (Québec) G0G 9B1", tel="(418) 555-0128",
                  region='cotenord'),
}
COMMUNITIES = [
    # (name, nation, region, nursing-station label fr, en)
    ('Kanapishtuk', 'innue', 'cotenord'),
    ('Uapush-Shipu', 'innue', 'cotenord'),
    ('Nemiskanik', 'crie', 'abitibi'),
    ('Lac-Ogimawin', 'anishinabe', 'abitibi'),
    ('Wabikonan', 'anishinabe', 'abitibi'),
    ('Pointe-Ushkau', 'innue', 'cotenord'),
]
TOWNS_AB = ['Val-Cadieux', 'Rivière-Kanasuta', 'Lac-Preissac-Nord', 'Malartic-Station', 'Sainte-Colombe-des-Eskers',
            'Rouyn-Ouest', 'Launay-Sud']
TOWNS_CN = ['Port-Laurent', 'Havre-Sainte-Anne', 'Baie-Trinité-Ouest', 'Rivière-Pentecôte-Nord', 'Sept-Caps',
            'Anse-aux-Loups-Marins']
STREETS = ["rue des Épinettes", "avenue du Lac-Noir", "chemin de la Baie-Verte", "rang 4 Est", "rue des Bouleaux",
           "rue Champlain-Nord", "boulevard du Fleuve", "rue des Trembles", "chemin du Portage", "rue Saint-Onge",
           "rue des Pionniers", "avenue Larivière", "rue de la Mine", "chemin des Outardes", "rue Tshiuetin-Est"]

PERSONAL_DOMAINS = ['courriel.example', 'boreal-net.example', 'mailbox.example', 'videonord.example']
EXT = {
    'chu': ("CHU Laurentin", 'chu-laurentin.example'),
    'aero': ("Aérosanté Nord", 'aerosante-nord.example'),
    'ntrh': ("Northern Timber Regional Hospital", 'ntrh.example'),
    'pharm1': ("Pharmacie Dubé-Lavoie", 'pharmadl.example'),
    'pharm2': ("Pharmacie du Littoral", 'pharmalittoral.example'),
    'maison': ("Maison Uapikun (hébergement des usagers)", 'maisonuapikun.example'),
    'dpj': ("Direction de la protection de la jeunesse Boréal-Littoral", 'dpj-bl.example'),
    'assur': ("Mutuelle Boréale, assurance collective", 'mutuelleboreale.example'),
    'mine': ("Mine Aurelia inc.", 'mineaurelia.example'),
    'assist': ("Assistance Voyage Hexagone", 'assistance-hexagone.example'),
    'clinique': ("Clinique médicale des Eskers", 'cliniqueeskers.example'),
    'gmf': ("GMF du Littoral", 'gmflittoral.example'),
    'taxi': ("Transport adapté Boréal", 'tab-boreal.example'),
    'ambu': ("Ambulances Nordiques", 'ambunord.example'),
}
VENDORS = [("MédiFournitures Nord inc.", 'medifournitures.example'),
           ("Distributions Cliniques Laurentides", 'distcliniques.example'),
           ("Aviation Nordique Charter", 'aviationnordique.example'),
           ("InfoSanté Solutions", 'infosante-solutions.example'),
           ("Groupe Frigo-Vax", 'frigovax.example'),
           ("Imprimerie Boréale", 'imprimerieboreale.example')]

GIVEN_F_FR = ['Chantal', 'Julie', 'Mélanie', 'Karine', 'Véronique', 'Lise', 'Jocelyne', 'Émilie', 'Camille', 'Maude',
              'Nadia', 'Audrey', 'Rosalie', 'Léa', 'Annie', 'Marie-Ève', 'Josiane', 'Sonia', 'Guylaine', 'Francine']
GIVEN_M_FR = ['Sébastien', 'Mathieu', 'Yannick', 'Réjean', 'Gaétan', 'Guy', 'Éric', 'Jonathan', 'Steve', 'Kevin',
              'Olivier', 'Félix', 'Normand', 'Jean-François', 'Martin', 'Simon', 'Raphaël', 'Denis']
GIVEN_F_EN = ['Jennifer', 'Ashley', 'Heather', 'Melissa', 'Kayla', 'Samantha', 'Brittany', 'Megan', 'Tanya']
GIVEN_M_EN = ['Brandon', 'Tyler', 'Ryan', 'Cody', 'Dylan', 'Travis', 'Derek', 'Shane', 'Wesley']
SUR_FR = ['Bergeron', 'Côté', 'Lavoie', 'Dubé', 'Gingras', 'Hébert', 'Lemieux', 'Paradis', 'Rioux', 'St-Pierre',
          'Dufour', 'Vachon', 'Beaulieu', 'Poulin', 'Turcotte', 'Lachance', 'Gravel', 'Desjardins', 'Bélisle']
SUR_EN = ['Murphy', 'Campbell', "O'Neill", 'Stewart', 'Kelly', 'Reid', 'Morrison', 'Hughes', 'Fraser', 'Grant']
SUR_IND = ['Mckenzie', 'Vollant', 'Pinette', 'Jourdain', 'Bellefleur', 'Grégoire', 'Ambroise', 'Neeposh',
           'Petawabano', 'Ottereyes', 'Mianscum', 'Wapachee', 'Kitchen', 'Blacksmith', 'Happyjack', 'Mowatt',
           'Papatie', 'Kistabish', 'Wabanonik', 'Ruperthouse', 'Decontie', 'Gull', 'Awashish', 'Tshernish']

# staff pools (invented; intentionally overlapping surnames with patients to make negatives hard)
STAFF_GIVEN = ['Isabelle', 'Karim', 'Owen', 'Marie-Pier', 'Josiane', 'Kim', 'Rachel', 'Dave', 'Francine', 'Stéphane',
               'Nathalie', 'Luc', 'Geneviève', 'Patrick', 'Amélie', 'Hugo', 'Sarah', 'Catherine', 'Vincent', 'Émilie',
               'Alexandre', 'Mireille', 'Jordan', 'Nancy', 'Pascale', 'Frédéric', 'Anne-Sophie', 'Marc-André']
STAFF_SUR = ['Chamberland', 'Bensalem', 'Fitzgerald', 'Lachance', 'Labrecque', 'Tremblay', 'Moar', 'Harper',
             'Lalonde', 'Gravel', 'Dion', 'Ferland', 'Paquin', 'Boisvert', 'Ouimet', 'Kakwa', 'Bouchard', 'Gagnon',
             'Simard', 'Nolet', 'Vollant', 'Mckenzie', 'Larouche', 'Desrosiers', 'Hamel', 'Cormier', 'Lessard']
ROLES = {
    'urg_md': ("urgentologue", "emergency physician"),
    'im_md': ("interniste", "internist"),
    'fam_md': ("médecin de famille", "family physician"),
    'ob_md': ("obstétricienne-gynécologue", "obstetrician-gynecologist"),
    'psy_md': ("psychiatre", "psychiatrist"),
    'sp_md': ("médecin-conseil en santé publique", "public health physician"),
    'inf_urg': ("infirmière clinicienne, urgence", "clinical nurse, emergency"),
    'inf_disp': ("infirmière en dispensaire", "outpost nurse"),
    'inf_mat': ("infirmière, périnatalité", "perinatal nurse"),
    'inf_sp': ("infirmière, maladies infectieuses", "communicable disease nurse"),
    'inf_vacc': ("infirmière, vaccination", "immunization nurse"),
    'inf_sm': ("infirmière, santé mentale", "mental health nurse"),
    'ts': ("travailleuse sociale", "social worker"),
    'agent': ("agente administrative", "administrative officer"),
    'coord_evac': ("coordonnatrice des évacuations", "medevac coordinator"),
    'pharm': ("pharmacien", "pharmacist"),
    'ipspl': ("IPS en soins de première ligne", "primary care nurse practitioner"),
    'achat': ("acheteuse, Service de l'approvisionnement", "buyer, Procurement"),
    'rh': ("conseiller en gestion des ressources humaines", "HR advisor"),
    'ti': ("technicien en informatique", "IT technician"),
    'comm': ("conseillère en communication", "communications advisor"),
    'stat': ("agente de planification, programmation et recherche", "planning and research officer"),
    'qual': ("conseillère qualité et gestion des risques", "quality and risk advisor"),
    'install': ("chef de service, installations matérielles", "facilities manager"),
    'dir': ("directrice adjointe", "assistant director"),
    'sst': ("conseillère en santé et sécurité du travail", "occupational health and safety advisor"),
    'lab': ("technologiste médicale", "medical technologist"),
    'ts_sad': ("intervenante, soutien à domicile", "home care worker"),
}
SERVICES = {
    'urg': ("Urgence", "Emergency Department"), 'mat': ("Obstétrique-périnatalité", "Obstetrics and perinatal care"),
    'sm': ("Santé mentale adulte", "Adult mental health"), 'sp': ("Direction de santé publique", "Public Health Department"),
    'disp': ("Dispensaire", "Nursing station"), 'evac': ("Coordination des évacuations", "Medevac coordination"),
    'pharm': ("Pharmacie", "Pharmacy"), 'sad': ("Soutien à domicile", "Home care"),
    'achat': ("Approvisionnement", "Procurement"), 'rh': ("Ressources humaines", "Human Resources"),
    'ti': ("Technologies de l'information", "Information Technology"), 'comm': ("Communications", "Communications"),
    'qual': ("Qualité, évaluation, performance et éthique", "Quality, evaluation, performance and ethics"),
    'install': ("Services techniques", "Technical services"), 'lab': ("Laboratoire", "Laboratory"),
    'dsi': ("Direction des soins infirmiers", "Nursing Directorate"), 'ts': ("Services psychosociaux", "Psychosocial services"),
    'arch': ("Archives médicales", "Health records"),
}

# --------------------------------------------------------------------------------------------
# Identifiers
# --------------------------------------------------------------------------------------------

def load_nams():
    people = []
    with open(NAMS_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, given, dob, sex, nam = line.split()
            people.append(dict(surname=sur, given=given, dob=dt.date.fromisoformat(dob), sex=sex, nam=nam))
    return people


def digits(rng, n, first='0123456789'):
    return rng.choice(first) + ''.join(rng.choice('0123456789') for _ in range(n - 1))


def gen_sin(rng):
    while True:
        body = digits(rng, 8, '1234567')
        n = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(n):
            return n


def gen_ohip(rng):
    while True:
        body = digits(rng, 9, '123456789')
        n = body + luhn.calc_check_digit(body)
        if luhn.is_valid(n):
            return n


def gen_niss(rng, dob, sex):
    while True:
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (sex == 'M'):
            continue
        base = dob.strftime('%y%m%d') + '%03d' % serial
        num = int(('2' + base) if dob.year >= 2000 else base)
        n = base + '%02d' % (97 - num % 97)
        if be_nn.is_valid(n):
            return n


def gen_nir(rng, dob, sex):
    while True:
        dept = rng.choice(['75', '69', '13', '33', '59', '44', '35', '67', '31', '29'])
        base = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + dept + '%03d' % rng.randrange(1, 990) + \
            '%03d' % rng.randrange(1, 999)
        n = base + '%02d' % (97 - int(base) % 97)
        if fr_nir.is_valid(n):
            return n


def fmt_sin(n, rng):
    return rng.choice(['{0} {1} {2}', '{0}-{1}-{2}', '{0}{1}{2}', '{0} {1} {2}']).format(n[:3], n[3:6], n[6:])


def fmt_ohip(n, ver, rng):
    s = rng.choice(['{0}-{1}-{2}', '{0} {1} {2}', '{0}{1}{2}']).format(n[:4], n[4:7], n[7:])
    return (s + (rng.choice([' ', '-']) + ver if ver else '')).strip()


def fmt_niss(n, rng):
    return rng.choice(['{0}.{1}.{2}-{3}.{4}', '{0}{1}{2} {3} {4}', '{0}{1}{2}{3}{4}']).format(
        n[:2], n[2:4], n[4:6], n[6:9], n[9:])


def fmt_nir(n, rng):
    return rng.choice(['{0} {1} {2} {3} {4} {5} {6}', '{0}{1}{2}{3}{4}{5}{6}', '{0} {1} {2} {3} {4} {5} - {6}']).format(
        n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:])


def fmt_nam(n, rng, style=None):
    style = style or rng.choice(['plain', 'plain', 'spaced', 'spaced', 'lower', 'dash', 'spaced2'])
    if style == 'plain':
        return n
    if style == 'spaced':
        return '%s %s %s' % (n[:4], n[4:8], n[8:])
    if style == 'lower':
        return rng.choice([n.lower(), '%s %s %s' % (n[:4].lower(), n[4:8], n[8:])])
    if style == 'dash':
        return '%s-%s-%s' % (n[:4], n[4:8], n[8:])
    return '%s %s' % (n[:4], n[4:])


MRN_STYLES = {
    'HRVC': lambda r: 'HRVC-' + digits(r, 7),
    'HRK': lambda r: 'K' + digits(r, 6),
    'CHPL': lambda r: '%s %s' % (digits(r, 3, '123456789'), digits(r, 3)),
    'CLSCE': lambda r: 'E-' + digits(r, 5),
    'CLSCH': lambda r: 'H' + digits(r, 6),
    'disp': lambda r: digits(r, 4, '123456789'),
}


def age(dob, ref=REF):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
             'novembre', 'décembre']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
             'November', 'December']
DAYS_FR = ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.']
DAYS_EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']


def fmt_date(d, lang, rng, style=None):
    if style is None:
        style = rng.choice(['iso', 'num', 'long', 'num', 'iso'] if lang == 'fr' else ['iso', 'long', 'us', 'long2', 'iso'])
    if style == 'iso':
        return d.isoformat()
    if style == 'num':
        return d.strftime('%d/%m/%Y')
    if style == 'dash':
        return d.strftime('%d-%m-%Y')
    if style == 'long':
        if lang == 'fr':
            return '%d %s %d' % (d.day, MONTHS_FR[d.month - 1], d.year)
        return '%s %d, %d' % (MONTHS_EN[d.month - 1], d.day, d.year)
    if style == 'long2':
        return '%d %s %d' % (d.day, MONTHS_EN[d.month - 1][:3], d.year)
    if style == 'us':
        return d.strftime('%m/%d/%Y')
    return d.isoformat()


def short_date(d, lang):
    if lang == 'fr':
        return '%d %s' % (d.day, MONTHS_FR[d.month - 1])
    return '%s %d' % (MONTHS_EN[d.month - 1][:3], d.day)


def phone(rng, region=None):
    ac = {'abitibi': '819', 'cotenord': '418'}.get(region) or rng.choice(['819', '418', '873', '581'])
    n = '555-01%02d' % rng.randrange(0, 100)
    fmt = rng.choice(['(%s) %s', '%s-%s', '%s %s', '%s.%s', '(%s) %s'])
    return fmt % (ac, n.replace('-', '.') if fmt == '%s.%s' else n)


def strip_accents(s):
    import unicodedata
    return ''.join(ch for ch in unicodedata.normalize('NFD', s) if unicodedata.category(ch) != 'Mn')

# --------------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------------

class Person:
    def __init__(self, surname, given, dob, sex, nam=None):
        self.surname, self.given, self.dob, self.sex, self.nam = surname, given, dob, sex, nam
        self.mrn = None
        self.site = None
        self.town = None
        self.community = None
        self.region = None
        self.address = None
        self.phone = None
        self.email = None

    @property
    def age(self):
        return age(self.dob)


class World:
    def __init__(self, rng):
        self.rng = rng
        self.nam_people = load_nams()
        self.nam_use = [0] * len(self.nam_people)
        self.staff_cache = {}

    def nam_person(self, amin=0, amax=120, sex=None):
        cand = [i for i, p in enumerate(self.nam_people)
                if amin <= age(p['dob']) <= amax and (sex is None or p['sex'] == sex)]
        if not cand:
            return None
        low = min(self.nam_use[i] for i in cand)
        cand = [i for i in cand if self.nam_use[i] == low]
        i = self.rng.choice(cand)
        self.nam_use[i] += 1
        d = self.nam_people[i]
        return Person(d['surname'], d['given'], d['dob'], d['sex'], d['nam'])

    def invented(self, amin=0, amax=95, sex=None, indigenous=None, lang='fr'):
        r = self.rng
        sex = sex or r.choice('MF')
        if indigenous is None:
            indigenous = r.random() < 0.4
        if lang == 'en' and r.random() < 0.6:
            given = r.choice(GIVEN_F_EN if sex == 'F' else GIVEN_M_EN)
        else:
            given = r.choice(GIVEN_F_FR if sex == 'F' else GIVEN_M_FR)
        sur = r.choice(SUR_IND) if indigenous else r.choice(SUR_EN if (lang == 'en' and r.random() < 0.5) else SUR_FR)
        a = r.randint(amin, amax)
        dob = dt.date(REF.year - a - 1, 1, 1) + dt.timedelta(days=r.randrange(365) + 152)
        if age(dob) < amin or age(dob) > amax:
            dob = dt.date(REF.year - a, 1, 1) + dt.timedelta(days=r.randrange(150))
        p = Person(sur, given, dob, sex)
        p.indigenous = indigenous
        return p

    def locate(self, p, region=None, community=None):
        r = self.rng
        if community is None and region is None:
            region = r.choice(['abitibi', 'cotenord'])
        if community:
            name, nation, region = community
            p.community = name
            p.town = name
            p.address = r.choice(['%d, rue %s' % (r.randrange(1, 300), r.choice(['Mishta', 'Uapishka', 'du Lac', 'des Pins', 'Kanatakuan', 'Principale'])),
                                  'maison no %d' % r.randrange(1, 480), 'C.P. %d' % r.randrange(10, 900)]) + ', ' + name
        else:
            p.town = r.choice(TOWNS_AB if region == 'abitibi' else TOWNS_CN)
            p.address = '%d, %s, %s' % (r.randrange(2, 2400), r.choice(STREETS), p.town)
            if r.random() < 0.4:
                p.address += ' (Québec) %s%d%s %d%s%d' % (r.choice('JG'), r.randrange(10), r.choice('ABCEHKLMNPRTVXZ'),
                                                          r.randrange(10), r.choice('ABCEHKLMNPRTVXZ'), r.randrange(10))
        p.region = region
        p.phone = phone(r, region)
        if r.random() < 0.3:
            p.email = '%s.%s%d@%s' % (strip_accents(p.given).lower().replace(' ', ''),
                                       strip_accents(p.surname).lower().replace("'", '').replace(' ', ''),
                                       r.randrange(10, 99), r.choice(PERSONAL_DOMAINS))
        return p

    def staff(self, role, lang, site=None):
        r = self.rng
        g = r.choice(STAFF_GIVEN)
        s = r.choice(STAFF_SUR)
        prefix = ''
        if role.endswith('_md'):
            fem = g in ('Isabelle', 'Marie-Pier', 'Josiane', 'Kim', 'Rachel', 'Francine', 'Nathalie', 'Geneviève',
                        'Amélie', 'Sarah', 'Catherine', 'Émilie', 'Mireille', 'Nancy', 'Pascale', 'Anne-Sophie')
            prefix = (('Dre ' if fem else 'Dr ') if lang == 'fr' else 'Dr. ')
        addr = '%s.%s@%s' % (strip_accents(g).lower().replace(' ', ''), strip_accents(s).lower(), DOM)
        if role.startswith('sp') or role in ('inf_sp', 'inf_vacc'):
            addr = addr.replace('@' + DOM, '@' + DOM_SP)
        return dict(name=g + ' ' + s, display=prefix + g + ' ' + s, addr=addr, role=role,
                    title=ROLES[role][0 if lang == 'fr' else 1], site=site or r.choice(list(SITES)))

    def ext(self, key, lang, person=True):
        r = self.rng
        org, dom = EXT[key]
        if not person:
            box = r.choice(['info', 'admission', 'accueil', 'coordination', 'reception', 'secretariat'])
            return dict(name=org, display=org, addr='%s@%s' % (box, dom), org=org)
        g = r.choice(STAFF_GIVEN + GIVEN_F_EN + GIVEN_M_EN)
        s = r.choice(STAFF_SUR + SUR_EN)
        return dict(name=g + ' ' + s, display=g + ' ' + s,
                    addr='%s%s@%s' % (strip_accents(g)[0].lower(), strip_accents(s).lower().replace("'", ''), dom), org=org)


def sig_block(st, lang, rng, service=None):
    site = SITES.get(st.get('site')) or SITES['HRVC']
    lines = ['--' if rng.random() < 0.3 else '', st['display'], st['title'].capitalize() if rng.random() < 0.5 else st['title']]
    if service:
        lines.append(SERVICES[service][0 if lang == 'fr' else 1])
    lines.append(site['fr'] if lang == 'fr' or rng.random() < 0.5 else site['en'])
    lines.append(('Réseau de santé Boréal-Littoral' if lang == 'fr' else 'Boréal-Littoral Health Network'))
    if rng.random() < 0.6:
        lines.append(site['addr'])
    lines.append(('Tél. : ' if lang == 'fr' else 'Tel: ') + site['tel'] + ((', poste %d' if lang == 'fr' else ' ext. %d') % rng.randrange(2000, 6999) if rng.random() < 0.6 else ''))
    if rng.random() < 0.3:
        lines.append(('Téléc. : ' if lang == 'fr' else 'Fax: ') + site['tel'][:-2] + '%02d' % rng.randrange(100))
    if rng.random() < 0.3:
        lines.append(st['addr'])
    lines = [l for l in lines if l != '']
    if rng.random() < 0.25:
        lines.append('')
        lines.append(CONF_NOTICE[lang][rng.randrange(len(CONF_NOTICE[lang]))])
    return ('lines', lines)


CONF_NOTICE = {
    'fr': ["AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur.",
           "Ce message est destiné uniquement au(x) destinataire(s) indiqué(s). Toute diffusion non autorisée est interdite."],
    'en': ["CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you received it in error, please delete it and notify the sender.",
           "This message is intended only for the named recipient(s)."],
}

# --------------------------------------------------------------------------------------------
# Context passed to builders
# --------------------------------------------------------------------------------------------

class Ctx:
    def __init__(self, world, rng, lang, positive, date):
        self.w, self.rng, self.lang, self.positive, self.date = world, rng, lang, positive, date
        self.types = set()

    def t(self, fr, en):
        return fr if self.lang == 'fr' else en

    def ch(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def add(self, *types):
        for ty in types:
            self.types.add(ty)

    # ---- person formatting ----
    def title(self, p):
        if self.lang == 'fr':
            return 'Mme' if p.sex == 'F' else 'M.'
        return self.ch(['Mrs.', 'Ms.', 'Ms']) if p.sex == 'F' else self.ch(['Mr.', 'Mr'])

    def name(self, p, style=None, add=True):
        style = style or self.ch(['full', 'full', 'title', 'sur_first', 'sur_given', 'upper', 'title_full', 'initial', 'noacc', 'lower'])
        if add:
            self.add('patient_name')
        if style == 'full':
            return '%s %s' % (p.given, p.surname)
        if style == 'title':
            return '%s %s' % (self.title(p), p.surname)
        if style == 'title_full':
            return '%s %s %s' % (self.title(p), p.given, p.surname)
        if style == 'sur_first':
            return '%s, %s' % (p.surname.upper(), p.given)
        if style == 'sur_given':
            return '%s %s' % (p.surname, p.given)
        if style == 'upper':
            return ('%s %s' % (p.given, p.surname)).upper()
        if style == 'initial':
            return '%s. %s' % (p.given[0], p.surname)
        if style == 'given':
            return p.given
        if style == 'noacc':
            return strip_accents('%s %s' % (p.surname.upper(), p.given))
        if style == 'lower':
            return ('%s %s' % (p.given, p.surname)).lower()
        return '%s %s' % (p.given, p.surname)

    def dob(self, p, style=None):
        self.add('date_of_birth')
        return fmt_date(p.dob, self.lang, self.rng, style)

    def nam(self, p, style=None):
        self.add('ramq_nam')
        return fmt_nam(p.nam, self.rng, style)

    def mrn(self, p, site=None):
        if p.mrn is None:
            p.site = site or p.site or self.ch(list(SITES))
            p.mrn = MRN_STYLES.get(p.site, MRN_STYLES['disp'])(self.rng)
        self.add('mrn')
        return p.mrn

    def contact(self, p, what='phone'):
        self.add('patient_contact')
        return p.phone if what == 'phone' else p.address

    def lbl(self, key):
        L = {
            'name': (['Nom', 'Usager', 'Patient(e)', "Nom de l'usager", 'Nom, prénom', 'Bénéficiaire'],
                     ['Name', 'Patient', 'Pt name', 'Patient name', 'Client']),
            'dob': (['DDN', 'Date de naissance', 'Né(e) le', 'D.D.N.'], ['DOB', 'Date of birth', 'D.O.B.', 'Born']),
            'nam': (['NAM', 'No RAMQ', "No d'assurance maladie", 'Carte RAMQ', 'NAM (RAMQ)'],
                    ['RAMQ #', 'Medicare no.', 'Health card (RAMQ)', 'RAMQ', 'HIN']),
            'mrn': (['No dossier', 'Dossier', '# dossier', 'No de dossier', 'Dossier hosp.'],
                    ['MRN', 'Chart #', 'Hospital no.', 'Chart no.']),
            'addr': (['Adresse', 'Domicile', 'Adresse civique'], ['Address', 'Home address']),
            'tel': (['Tél.', 'Téléphone', 'Cell', 'Tél. domicile', 'No de téléphone'], ['Phone', 'Tel', 'Cell', 'Home phone']),
            'sex': (['Sexe'], ['Sex']),
            'dx': (['Diagnostic', 'Dx', 'Motif', 'Raison de consultation', 'Impression clinique'],
                   ['Diagnosis', 'Dx', 'Reason', 'Working diagnosis', 'Impression']),
            'meds': (['Médication', 'Rx actifs', 'Médicaments', 'Liste de médicaments'], ['Medications', 'Current meds', 'Meds', 'Rx']),
            'labs': (['Labos', 'Résultats', 'Bilan sanguin', 'Résultats de laboratoire'], ['Labs', 'Lab results', 'Bloodwork']),
            'allergy': (['Allergies', 'Allergie'], ['Allergies', 'Allergy']),
        }[key]
        return self.ch(L[0] if self.lang == 'fr' else L[1])

    def id_kv(self, p, fields):
        kv = []
        for f in fields:
            if f == 'name':
                kv.append((self.lbl('name'), self.name(p, self.ch(['full', 'sur_first', 'upper', 'sur_given', 'title_full']))))
            elif f == 'dob':
                kv.append((self.lbl('dob'), self.dob(p)))
            elif f == 'nam' and p.nam:
                kv.append((self.lbl('nam'), self.nam(p)))
            elif f == 'mrn':
                kv.append((self.lbl('mrn'), self.mrn(p)))
            elif f == 'sex':
                kv.append((self.lbl('sex'), p.sex if self.lang == 'en' or self.chance(0.5) else ('F' if p.sex == 'F' else 'M')))
            elif f == 'addr':
                kv.append((self.lbl('addr'), self.contact(p, 'addr')))
            elif f == 'tel':
                kv.append((self.lbl('tel'), self.contact(p, 'phone')))
            elif f == 'age':
                kv.append(('Âge' if self.lang == 'fr' else 'Age', ('%d ans' if self.lang == 'fr' else '%d y/o') % p.age))
        return kv

    def inline_id(self, p, fields=('name', 'dob', 'nam')):
        """e.g. 'Mme Sofia Wilson (DDN 1958-03-04, NAM WILS 5853 0495)'."""
        bits = []
        nm = ''
        if 'name' in fields:
            nm = self.name(p, self.ch(['full', 'title_full', 'sur_first', 'upper', 'full']))
        if 'dob' in fields:
            bits.append(self.ch([self.lbl('dob') + ' ', self.t('né%s le ' % ('e' if p.sex == 'F' else ''), 'b. ')]) + self.dob(p))
        if 'age' in fields:
            bits.append(('%d ans' if self.lang == 'fr' else '%d y/o') % p.age)
        if 'nam' in fields and p.nam:
            bits.append(self.lbl('nam') + ' ' + self.nam(p))
        if 'mrn' in fields:
            bits.append(self.lbl('mrn') + ' ' + self.mrn(p))
        if not nm:
            return ', '.join(bits)
        return nm + (' (' + ', '.join(bits) + ')' if bits else '')

    def sig(self, st, service=None):
        return sig_block(st, self.lang, self.rng, service)

    def salut(self, who=None):
        who = who or ''
        toks = [t for t in who.split() if t not in ('Dr', 'Dre', 'Dr.', 'M.', 'Mme')]
        first = toks[0] if toks else ''
        if self.lang == 'fr':
            return self.ch(['Bonjour%s,' % ((' ' + first) if first else ''), 'Bonjour,', 'Allo%s,' % ((' ' + first) if first else ''),
                            'Salut %s,' % first if first else 'Bonjour à tous,', 'Madame, Monsieur,'])
        return self.ch(['Hi%s,' % ((' ' + first) if first else ''), 'Hello,', 'Good morning,', 'Dear colleagues,',
                        'Hi all,' if not first else 'Hey %s,' % first])

    def bye(self):
        return self.ch(['Merci!', 'Merci beaucoup,', 'Bonne journée,', 'Cordialement,', 'Merci et bonne fin de journée',
                        'Salutations,']) if self.lang == 'fr' else \
            self.ch(['Thanks,', 'Thank you!', 'Regards,', 'Best,', 'Many thanks', 'Cheers,'])

    def future(self, lo=1, hi=20):
        return self.date + dt.timedelta(days=self.rng.randint(lo, hi))

    def past(self, lo=1, hi=20):
        return self.date - dt.timedelta(days=self.rng.randint(lo, hi))

    def hhmm(self):
        return '%02d%s%02d' % (self.rng.randint(7, 20), self.t('h', ':'), self.rng.choice([0, 15, 30, 45, 10, 40]))

# --------------------------------------------------------------------------------------------
# Attachment makers (deterministic)
# --------------------------------------------------------------------------------------------

def normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                txt = body.decode('utf-8')
                txt = re.sub(r'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)', r'\g<1>' + FIXED_ISO + r'\g<3>', txt)
                body = txt.encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, body)
    return out.getvalue()


def make_zip(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, body in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(ch) > 127 for ch in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, body)
    return out.getvalue()


def _xml(s):
    return htmlmod.escape(s, quote=False)


def make_pdf(title, blocks, compress=True):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=letter, title=title, author='RSBL', creator='RSBL', subject='',
                            invariant=1, pageCompression=1 if compress else 0)
    ss = getSampleStyleSheet()
    small = ss['BodyText'].clone('small', fontSize=8, leading=10)
    flow = [Paragraph(_xml(title), ss['Heading2'])]
    for b in blocks:
        k = b[0]
        if k == 'p':
            flow.append(Paragraph(_xml(b[1]).replace('\n', '<br/>'), ss['BodyText']))
        elif k == 'lines':
            flow.append(Paragraph('<br/>'.join(_xml(x) for x in b[1]), ss['BodyText']))
        elif k == 'ul':
            for x in b[1]:
                flow.append(Paragraph('&bull; ' + _xml(x), ss['BodyText']))
        elif k in ('table', 'kv'):
            rows = [b[1]] + b[2] if k == 'table' else [[a, v] for a, v in b[1]]
            data = [[Paragraph(_xml(str(x)), small) for x in r] for r in rows]
            tb = Table(data, repeatRows=1 if k == 'table' else 0)
            tb.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
            flow.append(tb)
        flow.append(Spacer(1, 6))
    doc.build(flow)
    return buf.getvalue()


def make_docx(title, blocks, author='RSBL'):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.revision = 1
    cp.created = dt.datetime(2024, 1, 15, 9, 0, 0)
    cp.modified = dt.datetime(2024, 1, 15, 9, 0, 0)
    d.add_heading(title, level=1)
    for b in blocks:
        k = b[0]
        if k == 'p':
            d.add_paragraph(b[1])
        elif k == 'lines':
            para = d.add_paragraph()
            for i, x in enumerate(b[1]):
                run = para.add_run(x)
                if i < len(b[1]) - 1:
                    run.add_break()
        elif k == 'ul':
            for x in b[1]:
                d.add_paragraph(x, style='List Bullet')
        elif k in ('table', 'kv'):
            rows = [b[1]] + b[2] if k == 'table' else [[a, v] for a, v in b[1]]
            tb = d.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, x in enumerate(r):
                    tb.cell(i, j).text = str(x)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets, author='RSBL'):
    import openpyxl
    wb = openpyxl.Workbook()
    for i, (name, header, rows) in enumerate(sheets):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = name[:31]
        ws.append(list(header))
        for r in rows:
            ws.append(list(r))
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = dt.datetime(2024, 1, 15, 9, 0, 0)
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_csv(header, rows, delim=';'):
    out = io.StringIO()
    import csv
    w = csv.writer(out, delimiter=delim, lineterminator='\r\n')
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return out.getvalue()


def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def ics_fold(line):
    out, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > 74:
            out.append(cur)
            cur = ' ' + ch
        else:
            cur += ch
    out.append(cur)
    return '\r\n'.join(out)


def make_ics(uid, stamp, start, end, summary, description, location, organizer, attendees, method='REQUEST'):
    f = '%Y%m%dT%H%M%S'
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//RSBL//Agenda partage 2.3//FR', 'VERSION:2.0', 'CALSCALE:GREGORIAN',
             'METHOD:' + method, 'BEGIN:VEVENT', 'UID:' + uid, 'DTSTAMP:' + stamp.strftime(f) + 'Z',
             'DTSTART;TZID=America/Toronto:' + start.strftime(f), 'DTEND;TZID=America/Toronto:' + end.strftime(f),
             'SUMMARY:' + ics_escape(summary), 'DESCRIPTION:' + ics_escape(description),
             'LOCATION:' + ics_escape(location),
             'ORGANIZER;CN="%s":mailto:%s' % (organizer['display'], organizer['addr'])]
    for a in attendees:
        lines.append('ATTENDEE;CN="%s";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s' % (a['display'], a['addr']))
    lines += ['STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(ics_fold(l) for l in lines) + '\r\n'


def make_vcf(surname, given, tel=None, adr=None, email_=None, bday=None, note=None, org=None, title=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (surname, given), 'FN:%s %s' % (given, surname)]
    if org:
        lines.append('ORG:' + org)
    if title:
        lines.append('TITLE:' + title)
    if tel:
        lines.append('TEL;TYPE=%s:%s' % ('WORK' if org else 'HOME,VOICE', tel))
    if adr:
        lines.append('ADR;TYPE=%s:;;%s;;QC;;Canada' % ('WORK' if org else 'HOME', adr.replace(',', '\\,')))
    if email_:
        lines.append('EMAIL;TYPE=INTERNET:' + email_)
    if bday:
        lines.append('BDAY:' + bday)
    if note:
        lines.append('NOTE:' + ics_escape(note))
    lines.append('END:VCARD')
    return '\r\n'.join(ics_fold(l) for l in lines) + '\r\n'


def A_pdf(fn, title, blocks, compress=True):
    return dict(filename=fn, ctype='application/pdf', data=make_pdf(title, blocks, compress))


def A_docx(fn, title, blocks):
    return dict(filename=fn, ctype='application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                data=make_docx(title, blocks))


def A_xlsx(fn, sheets):
    return dict(filename=fn, ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                data=make_xlsx(sheets))


def A_text(fn, text, subtype='plain', charset='utf-8', extra=None):
    return dict(filename=fn, text=text, subtype=subtype, charset=charset, extra=extra or {})


def A_csv(fn, header, rows, rng, delim=None):
    delim = delim or rng.choice([';', ',', ';', '\t'])
    txt = make_csv(header, rows, delim)
    cs = rng.choice(['utf-8', 'utf-8', 'windows-1252', 'utf-8-sig'])
    if rng.random() < 0.25:
        data = txt.encode('utf-8' if cs == 'utf-8-sig' else cs, errors='replace')
        return dict(filename=fn, ctype=rng.choice(['application/octet-stream', 'application/vnd.ms-excel']), data=data)
    return A_text(fn, txt, 'csv', 'utf-8' if cs == 'utf-8-sig' else cs)


def A_zip(fn, members):
    return dict(filename=fn, ctype='application/zip', data=make_zip(members))


def A_eml(fn, msg):
    return dict(filename=fn, eml=msg)


# --------------------------------------------------------------------------------------------
# Body rendering
# --------------------------------------------------------------------------------------------

def blocks_to_text(blocks, rng_style):
    tstyle, bullet, lang = rng_style
    out = []
    for b in blocks:
        k = b[0]
        if k == 'p':
            out.append(b[1])
        elif k == 'lines':
            out.append('\n'.join(b[1]))
        elif k == 'ul':
            out.append('\n'.join(bullet + x for x in b[1]))
        elif k == 'kv':
            out.append('\n'.join('%s%s %s' % (a, ' :' if (lang == 'fr' and tstyle != 'tab') else ':', v) for a, v in b[1]))
        elif k == 'table':
            hdr, rows = b[1], b[2]
            if tstyle == 'pipe':
                lines = [' | '.join(hdr)] + [' | '.join(str(x) for x in r) for r in rows]
            elif tstyle == 'tab':
                lines = ['\t'.join(hdr)] + ['\t'.join(str(x) for x in r) for r in rows]
            else:
                allr = [hdr] + [[str(x) for x in r] for r in rows]
                wd = [max(len(r[i]) for r in allr) for i in range(len(hdr))]
                lines = ['  '.join(x.ljust(wd[i]) for i, x in enumerate(r)).rstrip() for r in allr]
                lines.insert(1, '  '.join('-' * w for w in wd))
            out.append('\n'.join(lines))
    return '\n\n'.join(out) + '\n'


def ent(s, mode):
    s = htmlmod.escape(s, quote=False)
    if mode == 'plain':
        return s
    res = []
    for ch in s:
        o = ord(ch)
        if o > 127:
            if mode == 'named' and o in html.entities.codepoint2name:
                res.append('&%s;' % html.entities.codepoint2name[o])
            else:
                res.append('&#%d;' % o)
        else:
            res.append(ch)
    return ''.join(res)


def blocks_to_html(blocks, hstyle):
    mso, emode = hstyle
    out = []
    pc = ' class="MsoNormal"' if mso else ''
    for b in blocks:
        k = b[0]
        if k == 'p':
            t = ent(b[1], emode).replace('\n', '<br>\n')
            out.append('<p%s>%s</p>' % (pc, ('<span lang="FR-CA">%s</span>' % t) if mso else t))
        elif k == 'lines':
            out.append('<p%s>%s</p>' % (pc, '<br>\n'.join(ent(x, emode) if x else '&nbsp;' for x in b[1])))
        elif k == 'ul':
            out.append('<ul>\n' + '\n'.join('<li>%s</li>' % ent(x, emode) for x in b[1]) + '\n</ul>')
        elif k == 'kv':
            out.append('<table cellpadding="2" style="border-collapse:collapse">\n' + '\n'.join(
                '<tr><td><b>%s</b></td><td>%s</td></tr>' % (ent(a, emode), ent(str(v), emode)) for a, v in b[1]) + '\n</table>')
        elif k == 'table':
            hdr, rows = b[1], b[2]
            s = '<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:10pt">\n'
            s += '<tr>' + ''.join('<th style="background:#dde">%s</th>' % ent(h, emode) for h in hdr) + '</tr>\n'
            for r in rows:
                s += '<tr>' + ''.join('<td>%s</td>' % ent(str(x), emode) for x in r) + '</tr>\n'
            out.append(s + '</table>')
    return '\n'.join(out)


def html_doc(inner, charset, mso):
    head = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset
    if mso:
        head += '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>'
    head += '</head>\n<body lang="FR-CA" style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
    return head + inner + '\n</body></html>\n'


SAN = {'\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u2014': '-', '\u2013': '-', '\u0153': 'oe',
       '\u0152': 'OE', '\u20ac': 'EUR', '\u2026': '...', '\u03b2': 'beta', '\u2265': '>=', '\u2264': '<=',
       '\u2192': '->', '\u2022': '*', '\u00a0': ' ', '\u2248': '~', '\u2191': '^', '\u2193': 'v'}


def fit_charset(text, charset):
    out = []
    for ch in text:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            rep = SAN.get(ch, strip_accents(ch))
            try:
                rep.encode(charset)
            except UnicodeEncodeError:
                rep = '?'
            out.append(rep)
    return ''.join(out)


def text_part(text, subtype, charset, cte, disposition=None):
    text = fit_charset(text, charset)
    raw = text.encode(charset)
    if all(b < 128 for b in raw) and cte == '8bit':
        cte = '7bit'
    part = MIMENonMultipart('text', subtype, charset=charset)
    if cte == 'base64':
        payload = base64mime.body_encode(raw)
    elif cte == 'quoted-printable':
        payload = quoprimime.body_encode(raw.decode('latin-1'))
    else:
        payload = raw.decode('ascii', 'surrogateescape')
    part['Content-Transfer-Encoding'] = cte
    part.set_payload(payload)
    del part['MIME-Version']
    return part


def set_filename(part, fn, rng, ctype_name=False):
    if any(ord(ch) > 127 for ch in fn):
        mode = rng.choice(['2231', '2231', 'ascii', '2047'])
        if mode == 'ascii':
            fn2 = strip_accents(fn)
            part.add_header('Content-Disposition', 'attachment', filename=fn2)
            if ctype_name:
                part.set_param('name', fn2)
        elif mode == '2047':
            enc = Header(fn, 'utf-8').encode().replace('\n ', ' ')
            part.add_header('Content-Disposition', 'attachment', filename=enc)
            part.set_param('name', enc)
        else:
            part.add_header('Content-Disposition', 'attachment', filename=('utf-8', '', fn))
            if ctype_name:
                part.set_param('name', ('utf-8', '', fn))
    else:
        part.add_header('Content-Disposition', 'attachment', filename=fn)
        if ctype_name:
            part.set_param('name', fn)


def att_part(a, rng):
    if 'eml' in a:
        p = MIMEMessage(a['eml'])
        del p['MIME-Version']
        set_filename(p, a['filename'], rng)
        return p
    if a.get('text') is not None:
        p = text_part(a['text'], a['subtype'], a['charset'], rng.choice(['base64', 'quoted-printable', 'base64']))
        for k, v in a['extra'].items():
            p.set_param(k, v)
        set_filename(p, a['filename'], rng, ctype_name=rng.random() < 0.5)
        return p
    mt, st = a['ctype'].split('/')
    p = MIMEBase(mt, st)
    del p['MIME-Version']
    p.set_payload(base64mime.body_encode(a['data']))
    p['Content-Transfer-Encoding'] = 'base64'
    set_filename(p, a['filename'], rng, ctype_name=rng.random() < 0.6)
    return p

# --------------------------------------------------------------------------------------------
# Message composition
# --------------------------------------------------------------------------------------------

TOP = {
    'relance': {'fr': ["Relance : je n'ai pas eu de retour. Pouvez-vous confirmer la réception?",
                       "Je me permets de relancer, c'est assez urgent de notre côté.",
                       "Petite précision : la demande ci-dessous tient toujours, merci de me revenir.",
                       "Je renvoie, pas certaine que mon courriel soit passé."],
                'en': ["Following up on the message below - could you confirm receipt?",
                       "Resending, not sure this went through.",
                       "Bumping this, we still need an answer today if possible."]},
    'recip': {'fr': ["Bien reçu, on s'en occupe.", "Merci, c'est noté. Je te reviens d'ici la fin de la journée.",
                     "Reçu. Je transmets à l'équipe de garde.", "Parfait, merci pour l'info."],
              'en': ["Got it, we'll take care of it.", "Thanks, noted. Will get back to you by end of day.",
                     "Received - passing it on to the team on call.", "Perfect, thanks."]},
    'fwd': {'fr': ["Pour ton info.", "Voir ci-dessous. Peux-tu t'en occuper?", "FYI - à mettre au dossier svp.",
                   "Je te transfère, c'est pour ton secteur.", "Voir plus bas, merci de faire le suivi."],
            'en': ["FYI.", "See below, can you handle this one?", "Forwarding for your records.",
                   "Please see the message below.", "Passing this along - see below."]},
    'eml': {'fr': ["Courriel ci-joint pour archivage.", "Je vous joins le courriel original tel que demandé.",
                   "Voir le message en pièce jointe.", "Ci-joint le courriel reçu plus tôt, pour suivi."],
            'en': ["Attaching the original e-mail as requested.", "Please see the attached message.",
                   "Original message attached for filing."]},
}


def tz_for(d):
    return dt.timezone(dt.timedelta(hours=-4 if dt.date(2024, 3, 10) <= d < dt.date(2024, 11, 3) else -5))


def hdr_date(d, lang, style):
    if lang == 'fr':
        wd = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'][d.weekday()]
        if style == 'gmail':
            return 'Le %s %d %s %d à %02d:%02d' % (DAYS_FR[d.weekday()], d.day, MONTHS_FR[d.month - 1], d.year, d.hour, d.minute)
        return '%s %d %s %d %02d:%02d' % (wd, d.day, MONTHS_FR[d.month - 1], d.year, d.hour, d.minute)
    h12 = d.hour % 12 or 12
    ap = 'AM' if d.hour < 12 else 'PM'
    if style == 'gmail':
        return 'On %s, %s %d, %d at %d:%02d %s' % (DAYS_EN[d.weekday()], MONTHS_EN[d.month - 1][:3], d.day, d.year, h12, d.minute, ap)
    wd = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][d.weekday()]
    return '%s, %s %d, %d %d:%02d %s' % (wd, MONTHS_EN[d.month - 1], d.day, d.year, h12, d.minute, ap)


def who(p):
    return '%s <%s>' % (p['display'], p['addr'])


def render_bodies(spec, lang, tstyle, hstyle, thread):
    txt = blocks_to_text(spec['blocks'], tstyle)
    htm = blocks_to_html(spec['blocks'], hstyle)
    if not thread:
        return txt, htm
    emode = hstyle[1]
    top_txt = blocks_to_text(thread['top'], tstyle)
    top_htm = blocks_to_html(thread['top'], hstyle)
    st, kind, od = thread['style'], thread['kind'], thread['orig_dt']
    to_s = '; '.join(who(p) for p in spec['to'])
    if st == 'gmail' and kind == 'reply':
        hdr = '%s, %s %s' % (hdr_date(od, lang, 'gmail'), who(spec['frm']), 'a écrit :' if lang == 'fr' else 'wrote:')
        qt = '\n'.join(('> ' + l) if l else '>' for l in txt.rstrip('\n').split('\n'))
        text = top_txt + '\n' + hdr + '\n' + qt + '\n'
        html_ = (top_htm + '\n<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s</div>'
                 '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
                 'padding-left:1ex">\n%s\n</blockquote></div>' % (ent(hdr, emode), htm))
        return text, html_
    if st == 'gmail':  # forward
        lab = (['---------- Message transféré ---------', 'De :', 'Date :', 'Objet :', 'À :'] if lang == 'fr' else
               ['---------- Forwarded message ---------', 'From:', 'Date:', 'Subject:', 'To:'])
        vals = [who(spec['frm']), hdr_date(od, lang, 'outlook'), spec['subject'], to_s]
        hl = [lab[0]] + ['%s %s' % (lab[i + 1], vals[i]) for i in range(4)]
        text = top_txt + '\n' + '\n'.join(hl) + '\n\n' + txt
        html_ = top_htm + '\n<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s</div><br>\n%s\n</div>' % (
            '<br>'.join(ent(x, emode) for x in hl), htm)
        return text, html_
    # outlook styles (reply or forward)
    sep = ('-----Message d\'origine-----' if lang == 'fr' else '-----Original Message-----') if st == 'outlook' else '_' * 32
    lab = ['De :', 'Envoyé :', 'À :', 'Objet :'] if lang == 'fr' else ['From:', 'Sent:', 'To:', 'Subject:']
    vals = [who(spec['frm']), hdr_date(od, lang, 'outlook'), to_s, spec['subject']]
    hl = ['%s %s' % (lab[i], vals[i]) for i in range(4)]
    text = top_txt + '\n' + sep + '\n' + '\n'.join(hl) + '\n\n' + txt
    html_ = top_htm + ('\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                       '<p class="MsoNormal">%s</p></div>\n' % '<br>\n'.join(
                           '<b>%s</b> %s' % (ent(lab[i], emode), ent(vals[i], emode)) for i in range(4))) + htm
    return text, html_


def enc_header(s, rng, charset='utf-8'):
    if all(ord(ch) < 128 for ch in s):
        return s
    if charset in ('us-ascii',):
        charset = 'utf-8'
    s2 = fit_charset(s, charset)
    return Header(s2, charset)


def fmt_addr(p, rng):
    disp = p['display']
    if any(ord(ch) > 127 for ch in disp):
        return email.utils.formataddr((disp, p['addr']), charset=rng.choice(['utf-8', 'iso-8859-1']))
    if rng.random() < 0.1:
        return p['addr']
    return email.utils.formataddr((disp, p['addr']))


def compose(spec, c, rng, thread=None):
    lang = c.lang
    body_mode = spec.get('body_mode') or rng.choices(['plain', 'alt', 'html'], [42, 36, 22])[0]
    if lang == 'fr':
        cs = rng.choices(['utf-8', 'iso-8859-1', 'windows-1252'], [50, 25, 25])[0]
    else:
        cs = rng.choices(['utf-8', 'us-ascii', 'windows-1252', 'iso-8859-1'], [55, 15, 20, 10])[0]
    tstyle = (rng.choice(['pipe', 'tab', 'align', 'align']), rng.choice(['- ', '* ', '\u2022 ', '  - ', '- ']), lang)
    mso = rng.random() < 0.45
    hstyle = (mso, rng.choices(['plain', 'named', 'num'], [60, 25, 15])[0])
    text, htm = render_bodies(spec, lang, tstyle, hstyle, thread)
    if cs == 'us-ascii' and not all(ord(ch) < 128 for ch in text + htm):
        cs = 'utf-8'

    def cte_for():
        if cs == 'us-ascii':
            return '7bit'
        if cs == 'utf-8':
            return rng.choices(['base64', 'quoted-printable', '8bit'], [35, 45, 20])[0]
        return rng.choices(['quoted-printable', '8bit', 'base64'], [55, 30, 15])[0]

    notes = [body_mode, cs]
    if body_mode == 'plain':
        body = text_part(text, 'plain', cs, cte_for())
    elif body_mode == 'html':
        body = text_part(html_doc(htm, cs, mso), 'html', cs, cte_for())
    else:
        body = MIMEMultipart('alternative')
        del body['MIME-Version']
        body.attach(text_part(text, 'plain', cs, cte_for()))
        body.attach(text_part(html_doc(htm, cs, mso), 'html', cs, cte_for()))
    atts = list(spec.get('atts') or [])
    if atts:
        msg = MIMEMultipart('mixed')
        msg.attach(body)
        for a in atts:
            msg.attach(att_part(a, rng))
            notes.append(a['filename'].rsplit('.', 1)[-1].lower())
        if rng.random() < 0.3:
            msg.preamble = 'This is a multi-part message in MIME format.'
    else:
        msg = body
    frm = thread['from'] if thread else spec['frm']
    to = thread['to'] if thread else spec['to']
    cc = [] if thread else spec.get('cc', [])
    subj = (thread['prefix'] + spec['subject']) if thread else spec['subject']
    d = c.dtime
    hdrs = [('From', fmt_addr(frm, rng)), ('To', ', '.join(fmt_addr(p, rng) for p in to))]
    if cc:
        hdrs.append(('Cc', ', '.join(fmt_addr(p, rng) for p in cc)))
    hdrs.append(('Subject', enc_header(subj, rng, rng.choice([cs, 'utf-8']))))
    hdrs.append(('Date', email.utils.format_datetime(d)))
    mid = '<%016x.%s@%s>' % (rng.getrandbits(64), rng.choice(['JavaMail', 'outlook', 'rsbl', 'mx1']),
                             rng.choice(['rsbl.example', 'mail.rsbl.example', 'SRV-EXCH02.rsbl.example']))
    hdrs.append(('Message-ID', mid))
    if thread:
        ref = '<%016x@%s>' % (rng.getrandbits(64), 'rsbl.example')
        hdrs.append(('In-Reply-To', ref))
        hdrs.append(('References', ref))
    xm = rng.choice([None, 'Microsoft Outlook 16.0', 'Mozilla Thunderbird 115.6', 'Zimbra 9.0.0_GA (ZimbraWebClient)',
                     'Apple Mail (2.3774.400.31)', None])
    if xm:
        hdrs.append(('X-Mailer', xm))
    if rng.random() < 0.35:
        hdrs.append(('Content-Language', 'fr-CA' if lang == 'fr' else 'en-CA'))
    if spec.get('urgent') and rng.random() < 0.6:
        hdrs.append(('Importance', 'high'))
        hdrs.append(('X-Priority', '1'))
    old = list(msg._headers)
    msg._headers = []
    for k, v in hdrs:
        msg[k] = v
    if 'MIME-Version' not in msg:
        msg['MIME-Version'] = '1.0'
    for k, v in old:
        if k.lower() == 'mime-version':
            continue
        msg._headers.append((k, v))
    if thread:
        notes.append(thread['kind'] + '-' + thread['style'])
    return msg, notes


def to_bytes(msg, crlf):
    from email.generator import BytesGenerator
    pol = email.policy.compat32.clone(linesep='\r\n' if crlf else '\n')
    buf = io.BytesIO()
    BytesGenerator(buf, policy=pol, mangle_from_=False).flatten(msg)
    return buf.getvalue()


def make_thread(spec, c, rng, mode):
    lang = c.lang
    od = c.dtime - dt.timedelta(hours=rng.randint(1, 60), minutes=rng.randint(0, 59))
    if mode == 'reply':
        first = spec['to'][0]
        if first['addr'].endswith(DOM) and rng.random() < 0.6:
            frm, to, key = first, [spec['frm']], 'recip'
        else:
            frm, to, key = spec['frm'], spec['to'], 'relance'
        style = rng.choice(['gmail', 'outlook', 'outlook_new'])
        prefix = rng.choice(['RE: ', 'RE : ', 'Re: ', 'RE: '])
    else:
        frm = c.w.staff(rng.choice(['agent', 'coord_evac', 'inf_urg', 'dir', 'qual', 'ts']), lang)
        to = [c.w.staff(rng.choice(['agent', 'fam_md', 'inf_sp', 'rh', 'dir']), lang)]
        key = 'fwd'
        style = rng.choice(['gmail', 'outlook', 'outlook_new'])
        prefix = rng.choice(['TR: ', 'TR : ', 'Fwd: ', 'FW: ']) if lang == 'fr' else rng.choice(['Fwd: ', 'FW: ', 'Fw: '])
    top = [('p', rng.choice(TOP[key][lang]))]
    if rng.random() < 0.7:
        top.append(('lines', [frm['display'].replace('Dre ', '').replace('Dr ', '').replace('Dr. ', '').split()[0]]))
    return dict(kind='reply' if mode == 'reply' else 'fwd', style=style, orig_dt=od, top=top, **{'from': frm, 'to': to,
                                                                                                   'prefix': prefix})


def finalize(spec, c, rng, mode):
    """Return (bytes, notes)."""
    crlf = rng.random() < 0.4
    if mode == 'reply' and spec.get('atts'):
        mode = 'fwd'
    if mode in ('reply', 'fwd'):
        th = make_thread(spec, c, rng, mode)
        msg, notes = compose(spec, c, rng, th)
    elif mode == 'eml':
        inner_c_dt = c.dtime
        c.dtime = inner_c_dt - dt.timedelta(hours=rng.randint(2, 90))
        inner, notes = compose(spec, c, rng)
        c.dtime = inner_c_dt
        lang = c.lang
        frm = c.w.staff(rng.choice(['agent', 'coord_evac', 'inf_urg', 'qual', 'ts', 'dir']), lang)
        to = [c.w.staff(rng.choice(['agent', 'fam_md', 'rh', 'dir', 'inf_sp']), lang)]
        fn = re.sub(r'[\\/:*?"<>|]+', '', spec['subject'])[:60].strip() or 'message'
        outer = dict(subject=rng.choice(['TR: ', 'Fwd: ', '']) + spec['subject'] if rng.random() < 0.6 else
                     c.t(rng.choice(['Courriel à verser au dossier', 'Message original', 'Pour archivage']),
                         rng.choice(['E-mail for the file', 'Original message', 'For filing'])),
                     blocks=[('p', c.salut()), ('p', rng.choice(TOP['eml'][lang])), ('lines', [frm['display']])],
                     atts=[A_eml(fn + '.eml', inner)], frm=frm, to=to)
        msg, n2 = compose(outer, c, rng)
        notes = n2 + ['inner:' + '/'.join(notes)]
    else:
        msg, notes = compose(spec, c, rng)
    notes.append('crlf' if crlf else 'lf')
    fix_boundaries(msg, rng)
    return to_bytes(msg, crlf), notes


def fix_boundaries(msg, rng):
    """Deterministic MIME boundaries (the email package would otherwise use the global random state)."""
    for part in msg.walk():
        if part.get_content_maintype() == 'multipart':
            style = rng.choice(['----=_Part_%d_%d.%d', '=_RSBL_%x%x%x', '------------%012d%06d%d'])
            part.set_boundary(style % (rng.getrandbits(40), rng.getrandbits(20), rng.getrandbits(16)))

# --------------------------------------------------------------------------------------------
# Clinical vocabulary
# --------------------------------------------------------------------------------------------

ED_CASES = [
    dict(dx=("STEMI inférieur", "inferior STEMI"), spec=("hémodynamie", "the cath lab"),
         labs=[("troponine hs 2310 ng/L", "hs-troponin 2310 ng/L"), ("K 4,1 mmol/L", "K 4.1 mmol/L"), ("créat 96 µmol/L", "creatinine 96 umol/L")],
         meds=[("ASA 160 mg PO donné", "ASA 160 mg PO given"), ("ticagrélor 180 mg", "ticagrelor 180 mg"), ("héparine IV selon protocole", "IV heparin per protocol"), ("TNK administrée à 14h05", "TNK given at 14:05")]),
    dict(dx=("fracture du col fémoral droit", "right femoral neck fracture"), spec=("orthopédie", "orthopedics"),
         labs=[("Hb 104 g/L", "Hb 104 g/L"), ("INR 1,1", "INR 1.1")],
         meds=[("hydromorphone 0,5 mg SC q4h PRN", "hydromorphone 0.5 mg SC q4h PRN"), ("apixaban 2,5 mg BID (cessé)", "apixaban 2.5 mg BID (held)")]),
    dict(dx=("pneumonie lobaire droite avec hypoxémie", "right lobar pneumonia with hypoxemia"), spec=("médecine interne", "internal medicine"),
         labs=[("GB 18,4", "WBC 18.4"), ("lactate 3,2", "lactate 3.2"), ("CRP 212", "CRP 212")],
         meds=[("ceftriaxone 1 g IV DIE", "ceftriaxone 1 g IV daily"), ("azithromycine 500 mg", "azithromycin 500 mg")]),
    dict(dx=("acidocétose diabétique", "diabetic ketoacidosis"), spec=("soins intensifs", "the ICU"),
         labs=[("glycémie 31,2 mmol/L", "glucose 31.2 mmol/L"), ("pH 7,08", "pH 7.08"), ("trou anionique 27", "anion gap 27"), ("K 5,8", "K 5.8")],
         meds=[("insuline IV 0,1 U/kg/h", "IV insulin 0.1 U/kg/h"), ("NaCl 0,9 % 2 L", "NS 2 L bolus")]),
    dict(dx=("hémorragie digestive haute", "upper GI bleed"), spec=("gastro-entérologie", "GI"),
         labs=[("Hb 71 g/L (était 118)", "Hb 71 g/L (was 118)"), ("urée 19", "urea 19")],
         meds=[("pantoprazole 80 mg IV bolus puis 8 mg/h", "pantoprazole 80 mg IV then 8 mg/h"), ("2 culots globulaires", "2 units PRBC")]),
    dict(dx=("AVC ischémique sylvien gauche", "left MCA ischemic stroke"), spec=("neurologie", "neurology"),
         labs=[("glycémie 7,4", "glucose 7.4"), ("INR 1,0", "INR 1.0")],
         meds=[("ténectéplase 0,25 mg/kg à 10h52", "tenecteplase 0.25 mg/kg at 10:52")]),
    dict(dx=("traumatisme craniocérébral avec hématome sous-dural", "head injury with subdural hematoma"), spec=("neurochirurgie", "neurosurgery"),
         labs=[("INR 3,4 sous warfarine", "INR 3.4 on warfarin"), ("plaquettes 142", "platelets 142")],
         meds=[("Octaplex 2000 UI", "Octaplex 2000 IU"), ("vitamine K 10 mg IV", "vitamin K 10 mg IV")]),
    dict(dx=("embolie pulmonaire massive", "massive pulmonary embolism"), spec=("soins intensifs", "the ICU"),
         labs=[("troponine hs 480", "hs-troponin 480"), ("BNP 1900", "BNP 1900"), ("D-dimères > 20", "D-dimer > 20")],
         meds=[("héparine IV", "IV heparin"), ("noradrénaline 6 mcg/min", "norepinephrine 6 mcg/min")]),
    dict(dx=("pancréatite aiguë alcoolique", "acute alcoholic pancreatitis"), spec=("chirurgie générale", "general surgery"),
         labs=[("lipase 2140 U/L", "lipase 2140 U/L"), ("calcium 1,92", "calcium 1.92")],
         meds=[("thiamine 500 mg IV TID", "thiamine 500 mg IV TID"), ("Lactate Ringer 200 mL/h", "Ringer's lactate 200 mL/h")]),
    dict(dx=("insuffisance cardiaque décompensée", "decompensated heart failure"), spec=("cardiologie", "cardiology"),
         labs=[("NT-proBNP 8400", "NT-proBNP 8400"), ("créat 164", "creatinine 164"), ("Na 129", "Na 129")],
         meds=[("furosémide 80 mg IV BID", "furosemide 80 mg IV BID"), ("bisoprolol 2,5 mg", "bisoprolol 2.5 mg")]),
]

EVAC_DX = [
    (("douleur rétrosternale avec sus-décalage en DII-DIII-aVF", "chest pain with ST elevation II, III, aVF"), 'P1', 'adult'),
    (("travail prématuré à 32 semaines, contractions aux 5 min", "preterm labour at 32 weeks, contractions q5min"), 'P1', 'preg'),
    (("fracture ouverte du tibia gauche (accident de VTT)", "open left tibial fracture (ATV accident)"), 'P2', 'adult'),
    (("pneumonie avec SpO2 86 % à l'air ambiant", "pneumonia with SpO2 86% on room air"), 'P2', 'adult'),
    (("idées suicidaires avec plan, intoxication volontaire", "suicidal ideation with plan, intentional overdose"), 'P1', 'adult'),
    (("convulsions fébriles prolongées", "prolonged febrile seizure"), 'P1', 'child'),
    (("hémorragie post-partum, perte estimée 900 mL", "postpartum hemorrhage, EBL 900 mL"), 'P1', 'preg'),
    (("douleur abdominale FID, suspicion d'appendicite", "RLQ pain, query appendicitis"), 'P2', 'adult'),
    (("bronchiolite, tirage important", "bronchiolitis with marked retractions"), 'P2', 'child'),
    (("céphalée subite, GCS 13", "thunderclap headache, GCS 13"), 'P1', 'adult'),
    (("plaie profonde à la main (scie à chaîne), tendons exposés", "deep hand laceration (chainsaw), exposed tendons"), 'P3', 'adult'),
]

MAT_CASES = [
    dict(dx=("diabète gestationnel", "gestational diabetes"), labs=[("HGOP 75 g : 5,6 / 11,2 / 9,4", "75 g OGTT: 5.6 / 11.2 / 9.4"), ("HbA1c 6,1 %", "HbA1c 6.1%")],
         meds=[("insuline NPH 8 U HS", "NPH insulin 8 U HS")]),
    dict(dx=("prééclampsie", "preeclampsia"), labs=[("protéinurie 0,8 g/24 h", "proteinuria 0.8 g/24h"), ("plaquettes 118", "platelets 118"), ("ALT 64", "ALT 64")],
         meds=[("labétalol 200 mg TID", "labetalol 200 mg TID"), ("AAS 162 mg HS", "ASA 162 mg HS")]),
    dict(dx=("SGB positif", "GBS positive"), labs=[("culture vagino-rectale SGB positive", "vaginal-rectal GBS culture positive")],
         meds=[("pénicilline G IV en travail", "IV penicillin G in labour")]),
    dict(dx=("anémie ferriprive sévère", "severe iron-deficiency anemia"), labs=[("Hb 88 g/L", "Hb 88 g/L"), ("ferritine 5", "ferritin 5")],
         meds=[("fer sucrose 300 mg IV x 3", "iron sucrose 300 mg IV x 3")]),
    dict(dx=("menace d'accouchement prématuré", "threatened preterm labour"), labs=[("fibronectine foetale positive", "fetal fibronectin positive"), ("col 1,8 cm à l'écho", "cervix 1.8 cm on ultrasound")],
         meds=[("bétaméthasone 12 mg IM x 2", "betamethasone 12 mg IM x 2"), ("nifédipine", "nifedipine")]),
    dict(dx=("syphilis en cours de grossesse", "syphilis in pregnancy"), labs=[("RPR 1:32", "RPR 1:32"), ("TP-PA réactif", "TP-PA reactive")],
         meds=[("benzathine pénicilline G 2,4 M UI IM hebdo x 3", "benzathine penicillin G 2.4 MU IM weekly x 3")]),
    dict(dx=("cholestase gravidique", "intrahepatic cholestasis of pregnancy"), labs=[("acides biliaires 46 µmol/L", "bile acids 46 umol/L")],
         meds=[("acide ursodésoxycholique 300 mg BID", "ursodiol 300 mg BID")]),
]

MAT_SOCIAL = [
    ("vit chez sa mère avec ses 3 enfants dans un logement surpeuplé (9 personnes)", "lives with her mother and 3 children in overcrowded housing (9 people)"),
    ("conjoint incarcéré depuis mars, peu de soutien", "partner incarcerated since March, little support"),
    ("consommation quotidienne de cannabis déclarée, alcool occasionnel", "reports daily cannabis use, occasional alcohol"),
    ("dossier ouvert à la DPJ pour l'aîné", "youth protection file open for her oldest child"),
    ("aucun moyen de transport, dépend de sa sœur", "no transportation, relies on her sister"),
    ("a déjà vécu de la violence conjugale, plan de sécurité à revoir", "history of intimate partner violence, safety plan to review"),
    ("étudiante, sans revenu, en attente d'aide financière", "student, no income, awaiting financial assistance"),
]

SM_CASES = [
    dict(dx=("trouble dépressif majeur avec idées suicidaires", "major depressive disorder with suicidal ideation"),
         meds=[("sertraline 150 mg DIE", "sertraline 150 mg daily"), ("mirtazapine 15 mg HS", "mirtazapine 15 mg HS")]),
    dict(dx=("épisode psychotique aigu", "acute psychotic episode"),
         meds=[("olanzapine 10 mg HS", "olanzapine 10 mg HS"), ("lorazépam 1 mg PRN", "lorazepam 1 mg PRN")]),
    dict(dx=("trouble bipolaire de type I, épisode maniaque", "bipolar I disorder, manic episode"),
         meds=[("lithium 900 mg HS (lithémie 1,3)", "lithium 900 mg HS (level 1.3)"), ("quétiapine 200 mg", "quetiapine 200 mg")]),
    dict(dx=("trouble lié à l'usage d'opioïdes, surdose non fatale", "opioid use disorder, non-fatal overdose"),
         meds=[("buprénorphine-naloxone 12 mg DIE", "buprenorphine-naloxone 12 mg daily"), ("trousse de naloxone remise", "naloxone kit provided")]),
    dict(dx=("état de stress post-traumatique", "post-traumatic stress disorder"),
         meds=[("prazosine 2 mg HS", "prazosin 2 mg HS"), ("venlafaxine XR 150 mg", "venlafaxine XR 150 mg")]),
    dict(dx=("schizophrénie, décompensation (arrêt de la médication)", "schizophrenia, relapse after stopping medication"),
         meds=[("palipéridone 150 mg IM mensuel", "paliperidone palmitate 150 mg IM monthly"), ("clozapine (en titration)", "clozapine (titrating)")]),
    dict(dx=("geste autolytique par intoxication à l'acétaminophène", "self-harm by acetaminophen overdose"),
         meds=[("N-acétylcystéine IV (protocole complété)", "IV N-acetylcysteine (protocol completed)"), ("escitalopram 10 mg", "escitalopram 10 mg")]),
]

SM_SOCIAL = [
    ("rupture amoureuse récente, vit seul(e) depuis", "recent break-up, now living alone"),
    ("a perdu son emploi à la mine en avril", "lost job at the mine in April"),
    ("sans domicile fixe depuis 3 semaines, dort chez des amis", "no fixed address for 3 weeks, couch-surfing"),
    ("deuil récent : suicide d'un cousin dans la communauté", "recent bereavement: cousin died by suicide in the community"),
    ("armes de chasse au domicile, retirées par le frère", "hunting firearms at home, removed by brother"),
    ("enfants placés en famille d'accueil depuis janvier", "children placed in foster care since January"),
    ("dettes de jeu importantes, conflit avec la famille", "significant gambling debts, family conflict"),
    ("ancien pensionnat : parle de traumatismes intergénérationnels", "residential school survivor family: intergenerational trauma discussed"),
]

PH_DISEASES = [
    dict(key='tb', dx=("tuberculose pulmonaire active (frottis positif)", "active pulmonary tuberculosis (smear positive)"),
         lab=("culture M. tuberculosis positive, TAAN positif", "M. tuberculosis culture positive, NAAT positive"),
         act=[("TCT + radiographie", "TST + chest X-ray"), ("IGRA", "IGRA"), ("TCT à 8 semaines", "repeat TST at 8 weeks")],
         rx=("RIPE (rifampicine, isoniazide, pyrazinamide, éthambutol)", "RIPE (rifampin, isoniazid, pyrazinamide, ethambutol)")),
    dict(key='pertussis', dx=("coqueluche", "pertussis"), lab=("TAAN B. pertussis positif", "B. pertussis PCR positive"),
         act=[("azithromycine prophylactique", "azithromycin prophylaxis"), ("vérifier statut vaccinal dcaT", "check Tdap status")],
         rx=("azithromycine 500 mg J1 puis 250 mg J2-J5", "azithromycin 500 mg day 1 then 250 mg days 2-5")),
    dict(key='syph', dx=("syphilis infectieuse (secondaire)", "infectious syphilis (secondary)"), lab=("RPR 1:64, TP-PA réactif", "RPR 1:64, TP-PA reactive"),
         act=[("dépistage ITSS + traitement épidémiologique", "STBBI testing + epidemiologic treatment"), ("sérologie syphilis", "syphilis serology")],
         rx=("benzathine pénicilline G 2,4 M UI IM", "benzathine penicillin G 2.4 MU IM")),
    dict(key='measles', dx=("rougeole", "measles"), lab=("TAAN rougeole positif (écouvillon nasopharyngé)", "measles PCR positive (NP swab)"),
         act=[("RRO post-exposition si < 72 h", "MMR post-exposure if < 72 h"), ("immunoglobulines (nourrisson)", "immune globulin (infant)"), ("exclusion jusqu'au jour 21", "exclusion until day 21")],
         rx=("soins de soutien, vitamine A", "supportive care, vitamin A")),
    dict(key='mening', dx=("infection invasive à méningocoque (sérogroupe B)", "invasive meningococcal disease (serogroup B)"),
         lab=("hémoculture N. meningitidis", "blood culture N. meningitidis"),
         act=[("ciprofloxacine 500 mg dose unique", "ciprofloxacin 500 mg single dose"), ("surveillance des symptômes 10 jours", "symptom watch 10 days")],
         rx=("ceftriaxone 2 g IV q12h", "ceftriaxone 2 g IV q12h")),
    dict(key='gono', dx=("gonorrhée (souche résistante à l'azithromycine)", "gonorrhea (azithromycin-resistant strain)"),
         lab=("culture N. gonorrhoeae, CMI azithro 4", "N. gonorrhoeae culture, azithro MIC 4"),
         act=[("TAAN + culture, traitement épidémiologique", "NAAT + culture, epidemiologic treatment")],
         rx=("ceftriaxone 500 mg IM", "ceftriaxone 500 mg IM")),
]

def relation(c, q, idx):
    r = []
    if q.sex == 'M':
        r += [("conjoint", "partner"), ("cousin", "cousin"), ("ami", "friend"), ("coéquipier hockey", "hockey teammate")]
        if q.age < idx.age - 16:
            r.append(("fils", "son"))
        if q.age > idx.age + 17:
            r.append(("père", "father"))
    else:
        r += [("conjointe", "partner"), ("cousine", "cousin"), ("amie", "friend")]
        if q.age < idx.age - 16:
            r.append(("fille", "daughter"))
        if q.age > idx.age + 17:
            r.append(("mère", "mother"))
        if q.age > idx.age + 35:
            r.append(("grand-mère", "grandmother"))
    if q.age >= 18:
        r.append(("collègue (camp minier)", "co-worker (mine camp)"))
    r.append(("même domicile", "same household"))
    return L(c.ch(r), c)


RELATIONS = [("conjoint(e)", "partner"), ("fils", "son"), ("fille", "daughter"), ("mère", "mother"), ("cousin", "cousin"),
             ("collègue (camp minier)", "co-worker (mine camp)"), ("ami(e)", "friend"), ("grand-mère", "grandmother"),
             ("même domicile", "same household"), ("coéquipier hockey", "hockey teammate")]

VACCINES = [("RRO-Var (18 mois)", "MMRV (18 months)"), ("DCaT-VPI (4-6 ans)", "DTaP-IPV (4-6 years)"),
            ("VPH 2e dose (4e année)", "HPV dose 2 (grade 4)"), ("Hépatite B 2e dose (4e année)", "Hepatitis B dose 2 (grade 4)"),
            ("dcaT (3e secondaire)", "Tdap (secondary 3)"), ("Men-C-ACYW (3e secondaire)", "Men-C-ACYW (secondary 3)"),
            ("Pneu-C-15 (12 mois)", "Pneu-C-15 (12 months)"), ("Rotavirus 2e dose", "Rotavirus dose 2")]


def vitals(c):
    r = c.rng
    return c.t('SV : TA %d/%d, FC %d, FR %d, SpO2 %d %%%s, T %s °C',
               'VS: BP %d/%d, HR %d, RR %d, SpO2 %d%%%s, T %s C') % (
        r.randint(82, 170), r.randint(48, 104), r.randint(58, 132), r.randint(14, 32), r.randint(84, 99),
        c.t(' AA', ' RA') if r.random() < 0.6 else c.t(' sous 2 L', ' on 2 L'),
        ('%.1f' % (r.randint(360, 398) / 10)).replace('.', ',' if c.lang == 'fr' else '.'))


def L(pair, c):
    return pair[0] if c.lang == 'fr' else pair[1]


def community(c, region=None):
    cands = [x for x in COMMUNITIES if region is None or x[2] == region]
    return c.ch(cands)


def disp_staff(c, comm):
    st = c.w.staff(c.ch(['inf_disp', 'inf_disp', 'ipspl']), c.lang)
    st['site'] = None
    st['community'] = comm[0]
    return st


def disp_sig(c, st, comm):
    lines = [st['display'], st['title'], c.t('Dispensaire de ', 'Nursing station, ') + comm[0],
             c.t('Tél. : ', 'Tel: ') + phone(c.rng, comm[2])]
    if c.chance(0.4):
        lines.append(c.t('Réseau de santé Boréal-Littoral', 'Boréal-Littoral Health Network'))
    return ('lines', lines)


def patient_any(c, amin=0, amax=95, sex=None, p_nam=0.7):
    p = c.w.nam_person(amin, amax, sex) if c.chance(p_nam) else None
    if p is None:
        p = c.w.invented(amin, amax, sex, lang=c.lang)
    return p


def patient_demo(c, demo, p_nam=0.6):
    if demo == 'preg':
        return patient_any(c, 17, 42, 'F', p_nam)
    if demo == 'child':
        return patient_any(c, 0, 6, None, p_nam)
    if demo == 'kid':
        return patient_any(c, 1, 12, None, p_nam)
    if demo == 'young':
        return patient_any(c, 16, 35, None, p_nam)
    if demo == 'woman':
        return patient_any(c, 21, 65, 'F', p_nam)
    if demo == 'older':
        return patient_any(c, 40, 88, None, p_nam)
    return patient_any(c, 18, 90, None, p_nam)


def spec(c, subject, blocks, frm, to, atts=None, cc=None, note='', urgent=False, body_mode=None):
    return dict(subject=subject, blocks=blocks, frm=frm, to=to, atts=atts or [], cc=cc or [], note=note,
                urgent=urgent, body_mode=body_mode)


def fname(s):
    return re.sub(r'[^\w.\-]+', '_', s).strip('_')

# --------------------------------------------------------------------------------------------
# Positive builders (each records the finding types it actually writes)
# --------------------------------------------------------------------------------------------

def p_urg_transfert(c):
    p = patient_any(c, 19, 94, p_nam=0.75)
    case = c.ch(ED_CASES)
    site = c.ch(['HRVC', 'HRK', 'CHPL'])
    md = c.w.staff('urg_md', c.lang, site=site)
    dest = c.w.ext('chu', c.lang, person=c.chance(0.5))
    dx = L(case['dx'], c)
    c.add('diagnosis')
    fields = ['name', 'dob'] + (['nam'] if p.nam and c.chance(0.8) else []) + (['mrn'] if c.chance(0.5) else [])
    kv = c.id_kv(p, fields)
    if c.chance(0.5):
        kv.append(c.t(('Âge', '%d ans' % p.age), ('Age', '%d' % p.age)))
    subj = c.ch([c.t('Demande de transfert - %s' % dx, 'Transfer request - %s' % dx),
                 c.t('Transfert urgent %s vers %s' % (SITES[site]['fr'].split(' de ')[-1], L(case['spec'], c)),
                     'Urgent transfer to %s' % L(case['spec'], c)),
                 c.t('Tx %s - %s' % (c.name(p, 'sur_first'), dx), 'Tx %s - %s' % (c.name(p, 'sur_first'), dx))])
    hpi = c.ch([
        c.t('Je vous réfère %s pour prise en charge en %s. Dx : %s.' % (c.name(p, 'title_full'), L(case['spec'], c), dx),
            'Referring %s for %s. Dx: %s.' % (c.name(p, 'title_full'), L(case['spec'], c), dx)),
        c.t('Patient%s vu%s à l\'urgence ce matin, %s confirmé. Nous demandons un lit en %s le plus rapidement possible.' % (
            'e' if p.sex == 'F' else '', 'e' if p.sex == 'F' else '', dx, L(case['spec'], c)),
            'Seen in our ED this morning, %s confirmed. Requesting a bed in %s asap.' % (dx, L(case['spec'], c))),
    ])
    labs = [L(x, c) for x in case['labs']]
    meds = [L(x, c) for x in case['meds']]
    blocks = [('p', c.salut(dest['display'] if 'org' in dest and dest['display'] != dest['org'] else None)), ('p', hpi),
              ('kv', kv), ('p', vitals(c))]
    if c.chance(0.85):
        c.add('lab_result')
        blocks.append(('p', c.lbl('labs') + ' :' * (c.lang == 'fr') + ':' * (c.lang == 'en')))
        blocks.append(('ul', labs))
    if c.chance(0.8):
        c.add('medication')
        blocks.append(('p', c.t('Traitement débuté à l\'urgence :', 'Treatment started in ED:') + ' ' + ', '.join(meds)))
    if c.chance(0.3):
        c.add('social_information')
        blocks.append(('p', c.ch([c.t('Vit seul%s, famille avisée (fille à Québec).' % ('e' if p.sex == 'F' else ''),
                                      'Lives alone, family notified (daughter in Quebec City).'),
                                  c.t('Interprète requis (langue innue), accompagnateur : frère.', 'Interpreter needed (Innu), escort: brother.')])))
    blocks.append(('p', c.t('Merci de me rappeler au %s (urgence) pour confirmer l\'acceptation.' % SITES[site]['tel'],
                            'Please call me back at %s (ED) to confirm acceptance.' % SITES[site]['tel'])))
    blocks.append(c.sig(md, 'urg'))
    atts = []
    if c.chance(0.25):
        atts.append(A_pdf(c.t('ECG_%s.pdf', 'ECG_%s.pdf') % fname(p.surname.upper()), 'ECG 12 d. - ' + c.name(p, 'sur_first'),
                          [('kv', kv), ('p', c.t('Interprétation : ', 'Interpretation: ') + dx)]))
    return spec(c, subj, blocks, md, [dest], atts, cc=[c.w.staff('coord_evac', c.lang)] if c.chance(0.3) else [],
                urgent=True, note='ED transfer request')


def p_evac_aeromed(c):
    comm = community(c)
    (dxp, prio, demo) = c.ch(EVAC_DX)
    p = patient_demo(c, demo, 0.7)
    c.w.locate(p, community=comm)
    dx = L(dxp, c)
    c.add('diagnosis')
    nurse = disp_staff(c, comm)
    aero = c.w.ext('aero', c.lang, person=False)
    coord = c.w.staff('coord_evac', c.lang)
    kv = c.id_kv(p, ['name', 'dob'] + (['nam'] if p.nam else ['mrn']))
    kv.append((c.t('Poids', 'Weight'), '%d kg' % (c.rng.randint(12, 30) if p.age < 8 else c.rng.randint(48, 118))))
    kv.append((c.t('Communauté', 'Community'), comm[0]))
    kv.append((c.t('Priorité', 'Priority'), prio))
    kv.append((c.lbl('dx'), dx))
    esc_rel = c.ch(RELATIONS[:5] + RELATIONS[7:8])
    esc = c.w.invented(20, 70, lang=c.lang, indigenous=True)
    if c.chance(0.6):
        kv.append((c.t('Accompagnateur', 'Escort'), '%s %s (%s)' % (esc.given, p.surname if c.chance(0.5) else esc.surname, L(esc_rel, c))))
        c.add('social_information')
    if c.chance(0.5):
        kv.append((c.t('Tél. domicile', 'Home phone'), c.contact(p)))
    o2 = c.ch([c.t('O2 2 L/min lunette', 'O2 2 L/min NP'), c.t('O2 masque 10 L', 'O2 NRB 10 L'), c.t('aucun O2', 'no O2')])
    blocks = [('p', c.salut()),
              ('p', c.ch([c.t('Demande d\'évacuation aéromédicale pour l\'usager suivant :', 'Medevac request for the following patient:'),
                          c.t('SVP organiser une EVAQ dès que possible, météo OK ici pour le moment.',
                              'Please arrange a medevac asap, weather is OK here for now.')])),
              ('kv', kv), ('p', vitals(c) + ' ; ' + o2)]
    if c.chance(0.6):
        c.add('medication')
        opts = {'child': [c.t('acétaminophène 15 mg/kg, salbutamol', 'acetaminophen 15 mg/kg, salbutamol'), c.t('midazolam intranasal 0,2 mg/kg', 'intranasal midazolam 0.2 mg/kg')],
                'preg': [c.t('ocytocine 10 U IM, misoprostol 800 mcg', 'oxytocin 10 U IM, misoprostol 800 mcg'), c.t('nifédipine 20 mg PO', 'nifedipine 20 mg PO')],
                'adult': ['ASA 160 mg, nitro SL x 2', 'ceftriaxone 1 g IM', c.t('morphine 2,5 mg IV', 'morphine 2.5 mg IV'), 'ondansétron 4 mg, NS 500 mL']}[demo]
        blocks.append(('p', c.t('Donné au dispensaire : ', 'Given at the nursing station: ') + c.ch(opts)))
    blocks.append(('p', c.t('Piste accessible, contactez-moi au dispensaire pour l\'heure d\'arrivée.',
                            'Airstrip open, call the nursing station with the ETA.')))
    blocks.append(disp_sig(c, nurse, comm))
    atts = []
    if c.chance(0.45):
        atts.append(A_pdf(c.t('Demande_EVAQ_%s.pdf', 'Medevac_request_%s.pdf') % fname(p.surname),
                          c.t('Formulaire de demande d\'évacuation', 'Medevac request form'), [('kv', kv), ('p', vitals(c))],
                          compress=c.chance(0.5)))
    subj = c.ch([c.t('EVAQ %s - %s' % (prio, comm[0]), 'Medevac %s - %s' % (prio, comm[0])),
                 c.t('Demande EVAQ %s (%s)' % (c.name(p, 'sur_first'), comm[0]), 'Medevac request %s (%s)' % (c.name(p, 'sur_first'), comm[0])),
                 c.t('URGENT évac %s' % comm[0], 'URGENT medevac %s' % comm[0])])
    return spec(c, subj, blocks, nurse, [aero], atts, cc=[coord], urgent=True, note='medevac request from nursing station')


def p_dispensaire_rapport(c):
    comm = community(c)
    nurse = disp_staff(c, comm)
    md = c.w.staff('fam_md', c.lang)
    n = c.rng.randint(3, 7)
    rows = []
    use_nam = c.chance(0.4)
    for i in range(n):
        cas = c.ch([(("otite moyenne aiguë", "acute otitis media"), ("amoxicilline 80 mg/kg/j", "amoxicillin 80 mg/kg/d")),
                    (("cellulite jambe droite", "right leg cellulitis"), ("céphalexine 500 mg QID", "cephalexin 500 mg QID")),
                    (("diabète type 2 déséquilibré (gly 19)", "uncontrolled T2DM (glucose 19)"), ("metformine ↑ 1000 mg BID", "metformin ↑ 1000 mg BID")),
                    (("infection urinaire", "UTI"), ("nitrofurantoïne 100 mg BID x 5 j", "nitrofurantoin 100 mg BID x 5 d")),
                    (("HTA non contrôlée 172/98", "uncontrolled HTN 172/98"), ("amlodipine 5 mg", "amlodipine 5 mg")),
                    (("chlamydia (TAAN +)", "chlamydia (NAAT +)"), ("azithromycine 1 g", "azithromycin 1 g")),
                    (("asthme exacerbé", "asthma exacerbation"), ("prednisone 40 mg x 5 j", "prednisone 40 mg x 5 d")),
                    (("suivi grossesse 24 sem", "prenatal visit 24 wks"), ("acide folique, fer", "folic acid, iron")),
                    (("plaie lacérée scalp, 4 points", "scalp laceration, 4 sutures"), ("-", "-")),
                    (("gastro-entérite, déshydratation légère", "gastroenteritis, mild dehydration"), ("SRO", "ORS"))])
        demo = {'otit': 'kid', 'diab': 'older', 'HTA ': 'older', 'chla': 'young', 'suiv': 'preg', 'gast': 'kid'}.get(cas[0][0][:4], 'adult')
        p = patient_demo(c, demo, 0.6 if use_nam else 0.3)
        p.mrn = MRN_STYLES['disp'](c.rng)
        p.site = 'disp'
        ident = c.ch(['dob', 'chart', 'both']) if not p.nam else 'nam'
        idtxt = {'dob': lambda: c.dob(p), 'chart': lambda: '#' + c.mrn(p, 'disp'),
                 'both': lambda: c.dob(p) + ' / #' + c.mrn(p, 'disp'), 'nam': lambda: c.nam(p)}[ident]()
        rows.append([c.name(p, c.ch(['sur_first', 'sur_given', 'full'])), idtxt, L(cas[0], c), L(cas[1], c)])
    c.add('diagnosis', 'medication')
    hdr = c.t(['Usager', 'DDN / dossier', 'Motif', 'Plan / Rx'], ['Patient', 'DOB / chart', 'Reason', 'Plan / Rx'])
    date_s = fmt_date(c.date, c.lang, c.rng, 'long')
    blocks = [('p', c.salut(md['name'])),
              ('p', c.t('Voici le rapport de la journée du %s au dispensaire de %s. Merci de réviser et contresigner les ordonnances.' % (date_s, comm[0]),
                        'Here is the daily report for %s at %s nursing station. Please review and co-sign the orders.' % (date_s, comm[0])))]
    atts = []
    if c.chance(0.35):
        atts.append(A_xlsx(c.t('rapport_quotidien_%s.xlsx', 'daily_report_%s.xlsx') % c.date.isoformat(),
                           [(comm[0][:20], hdr, rows)]))
        blocks.append(('p', c.t('Tableau en pièce jointe.', 'Table attached.')))
    else:
        blocks.append(('table', hdr, rows))
    if c.chance(0.4):
        blocks.append(('p', c.t('Aussi : la pharmacie n\'a plus de salbutamol en vrac, commande faite.',
                                'Also: we are out of bulk salbutamol, order placed.')))
    blocks.append(disp_sig(c, nurse, comm))
    subj = c.ch([c.t('Rapport dispensaire %s - %s' % (comm[0], date_s), 'Nursing station report %s - %s' % (comm[0], date_s)),
                 c.t('Consults du jour %s' % comm[0], 'Today\'s visits %s' % comm[0])])
    return spec(c, subj, blocks, nurse, [md], atts, note='nursing station daily roster')


def p_maternite_prenatal(c):
    p = c.w.nam_person(16, 44, 'F') if c.chance(0.7) else c.w.invented(17, 42, 'F', lang=c.lang)
    comm = community(c) if c.chance(0.6) else None
    case = c.ch(MAT_CASES)
    sender = disp_staff(c, comm) if comm else c.w.staff(c.ch(['inf_mat', 'ipspl']), c.lang, site=c.ch(['CLSCE', 'CLSCH']))
    ob = c.w.staff('ob_md', c.lang, site=c.ch(['HRVC', 'CHPL']))
    ga = '%d+%d' % (c.rng.randint(20, 36), c.rng.randint(0, 6))
    gp = 'G%dP%d' % (c.rng.randint(1, 6), 0)
    gp = gp[:-1] + str(max(0, int(gp[1]) - 1))
    c.add('diagnosis')
    idl = c.inline_id(p, c.ch([('name', 'dob', 'nam'), ('name', 'nam'), ('name', 'dob'), ('name', 'age', 'nam')]) if p.nam
                      else c.ch([('name', 'dob'), ('name', 'mrn')]))
    blocks = [('p', c.salut(ob['display'])),
              ('p', c.t('Je vous réfère %s, %s à %s sem., pour %s.' % (idl, gp, ga.replace('+', ' + '), L(case['dx'], c)),
                        'Referring %s, %s at %s weeks, for %s.' % (idl, gp, ga, L(case['dx'], c))))]
    if c.chance(0.85):
        c.add('lab_result')
        blocks.append(('ul', [L(x, c) for x in case['labs']]))
    if c.chance(0.75):
        c.add('medication')
        blocks.append(('p', c.t('Rx actuels : ', 'Current meds: ') + '; '.join(L(x, c) for x in case['meds'])))
    if c.chance(0.7):
        c.add('social_information')
        blocks.append(('p', c.t('Contexte psychosocial : ', 'Psychosocial: ') + L(c.ch(MAT_SOCIAL), c) + '.'))
    if comm:
        blocks.append(('p', c.t('Sortie de la communauté prévue à 37 sem. pour l\'accouchement; hébergement à demander à la Maison Uapikun.',
                                'She will leave the community at 37 weeks to deliver; lodging to be requested at Maison Uapikun.')))
    blocks.append(('p', c.t('Pouvez-vous la voir à votre prochaine clinique de grossesse à risque?',
                            'Could you see her at your next high-risk pregnancy clinic?')))
    blocks.append(disp_sig(c, sender, comm) if comm else c.sig(sender, 'mat'))
    subj = c.ch([c.t('Référence GARE - %s' % c.name(p, 'sur_first'), 'High-risk OB referral - %s' % c.name(p, 'sur_first')),
                 c.t('Suivi de grossesse - %s' % L(case['dx'], c), 'Prenatal follow-up - %s' % L(case['dx'], c)),
                 c.t('Référence obstétrique', 'OB referral')])
    return spec(c, subj, blocks, sender, [ob], note='prenatal referral')


def p_avis_naissance(c):
    p = c.w.nam_person(16, 44, 'F') if c.chance(0.6) else c.w.invented(17, 42, 'F', lang=c.lang)
    c.w.locate(p, region=c.ch(['abitibi', 'cotenord']))
    site = 'HRVC' if p.region == 'abitibi' else 'CHPL'
    nurse = c.w.staff('inf_mat', c.lang, site=site)
    clsc = c.w.staff('inf_mat', c.lang, site='CLSCE' if p.region == 'abitibi' else 'CLSCH')
    bdate = c.past(1, 3)
    sexb = c.ch(['M', 'F'])
    wt = c.rng.randint(2450, 4300)
    kv = [(c.t('Mère', 'Mother'), c.name(p, c.ch(['full', 'sur_first', 'title_full'])))]
    if p.nam and c.chance(0.6):
        kv.append((c.lbl('nam'), c.nam(p)))
    elif c.chance(0.5):
        kv.append((c.lbl('dob'), c.dob(p)))
    kv.append((c.lbl('addr'), c.contact(p, 'addr')))
    kv.append((c.lbl('tel'), c.contact(p, 'phone')))
    c.add('date_of_birth')
    kv.append((c.t('Naissance', 'Birth'), '%s, %s, %d g' % (fmt_date(bdate, c.lang, c.rng), c.t('garçon', 'boy') if sexb == 'M' else c.t('fille', 'girl'), wt)))
    mode = c.ch([("AVS", "SVD"), ("césarienne d'urgence pour détresse foetale", "emergency C-section for fetal distress"),
                 ("accouchement assisté (ventouse)", "vacuum-assisted delivery")])
    kv.append((c.t('Accouchement', 'Delivery'), L(mode, c)))
    issues = c.ch([("ictère néonatal sous photothérapie 24 h", "neonatal jaundice, phototherapy 24 h"),
                   ("hypoglycémie néonatale (mère diabète gestationnel)", "neonatal hypoglycemia (maternal GDM)"),
                   ("allaitement difficile, perte de poids 9 %", "breastfeeding difficulties, 9% weight loss"),
                   ("mère SGB+, antibioprophylaxie incomplète", "GBS+ mother, incomplete prophylaxis")])
    kv.append((c.t('Particularités', 'Issues'), L(issues, c)))
    c.add('diagnosis', 'patient_name', 'patient_contact')
    blocks = [('p', c.salut()), ('p', c.t('Avis de naissance pour la visite postnatale à domicile (72 h) :',
                                          'Birth notice for the postnatal home visit (within 72 h):')), ('kv', kv)]
    if c.chance(0.5):
        c.add('social_information')
        blocks.append(('p', c.ch([c.t('Mère seule, premier bébé, peu de soutien familial. A demandé de l\'aide pour les couches et le lait.',
                                      'Single mother, first baby, little family support. Asked for help with diapers and formula.'),
                                  c.t('Ne parle pas beaucoup français; la grand-mère traduit. Pas de voiture.',
                                      'Limited English; grandmother translates. No car.')])))
    blocks.append(c.sig(nurse, 'mat'))
    atts = []
    if c.chance(0.4):
        atts.append(A_pdf(c.t('avis_naissance_%s.pdf', 'birth_notice_%s.pdf') % fname(p.surname), c.t('Avis de naissance', 'Birth notice'),
                          [('kv', kv)]))
    subj = c.ch([c.t('Avis de naissance - suivi postnatal', 'Birth notice - postnatal follow-up'),
                 c.t('Avis de naissance %s' % c.name(p, 'sur_given'), 'Birth notice %s' % c.name(p, 'sur_given')),
                 c.t('Congé maternité - visite à domicile à planifier', 'Maternity discharge - home visit needed')])
    return spec(c, subj, blocks, nurse, [clsc], atts, note='birth notice to CLSC')


def p_sm_crise(c):
    p = patient_any(c, 15, 80, p_nam=0.7)
    case = c.ch(SM_CASES)
    sender = c.w.staff(c.ch(['inf_sm', 'urg_md', 'psy_md', 'ts']), c.lang)
    to = c.w.staff(c.ch(['psy_md', 'inf_sm', 'ts']), c.lang, site=c.ch(['CLSCE', 'CLSCH']))
    c.add('diagnosis')
    fields = ['name'] + c.ch([['dob'], ['nam'], ['dob', 'nam'], ['mrn'], []])
    who_ = c.inline_id(p, fields)
    blocks = [('p', c.salut(to['display'])),
              ('p', c.ch([c.t('Je t\'écris concernant %s, vu%s cette nuit à l\'urgence pour %s.' % (who_, 'e' if p.sex == 'F' else '', L(case['dx'], c)),
                              'Writing about %s, seen overnight in the ED for %s.' % (who_, L(case['dx'], c))),
                          c.t('Suivi post-crise demandé pour %s. Dx : %s.' % (who_, L(case['dx'], c)),
                              'Post-crisis follow-up requested for %s. Dx: %s.' % (who_, L(case['dx'], c)))]))]
    if c.chance(0.45):
        blocks.append(('p', c.t('Mise sous garde préventive 72 h levée ce matin; estimation du risque suicidaire : modéré.',
                                '72-h preventive confinement lifted this morning; suicide risk assessed as moderate.')))
    if c.chance(0.75):
        c.add('medication')
        blocks.append(('ul', [L(x, c) for x in case['meds']]))
    if c.chance(0.8):
        c.add('social_information')
        blocks.append(('p', c.t('Contexte : ', 'Context: ') + L(c.ch(SM_SOCIAL), c) + '.'))
    if c.chance(0.4):
        c.w.locate(p)
        blocks.append(('p', c.t('Joignable au %s (cell), préfère les textos.' % c.contact(p), 'Reachable at %s (cell), prefers texts.' % c.contact(p))))
    blocks.append(('p', c.t('Peux-tu le/la voir d\'ici 48 h? Le filet de sécurité est fragile.', 'Can you see them within 48 h? Safety net is fragile.')))
    blocks.append(c.sig(sender, 'sm'))
    subj = c.ch([c.t('Suivi post-crise - confidentiel', 'Post-crisis follow-up - confidential'),
                 c.t('Suivi SM : %s' % c.name(p, 'initial'), 'MH follow-up: %s' % c.name(p, 'initial')),
                 c.t('Référence santé mentale %s' % c.name(p, 'sur_first'), 'Mental health referral %s' % c.name(p, 'sur_first'))])
    return spec(c, subj, blocks, sender, [to], note='mental health crisis follow-up')


def p_sm_rdv_ics(c):
    p = patient_any(c, 16, 80, p_nam=0.5)
    case = c.ch(SM_CASES)
    psy = c.w.staff('psy_md', c.lang, site=c.ch(['HRVC', 'CHPL']))
    inf = c.w.staff('inf_sm', c.lang)
    start = dt.datetime.combine(c.future(2, 25), dt.time(c.rng.choice([9, 10, 13, 14, 15]), c.rng.choice([0, 30])))
    nm = c.name(p, c.ch(['full', 'sur_first', 'sur_given']))
    c.add('diagnosis')
    desc = c.t('Usager : %s\n' % nm, 'Patient: %s\n' % nm)
    if p.nam and c.chance(0.6):
        desc += c.t('NAM : %s\n', 'RAMQ: %s\n') % c.nam(p)
    desc += c.t('Motif : suivi psychiatrique - %s\n', 'Reason: psychiatric follow-up - %s\n') % L(case['dx'], c)
    if c.chance(0.6):
        c.add('medication')
        desc += c.t('Rx : %s\n', 'Rx: %s\n') % ', '.join(L(x, c) for x in case['meds'])
    desc += c.t('Téléconsultation (lien envoyé à l\'usager).', 'Telehealth (link sent to patient).')
    summ = c.ch([c.t('Suivi psy - %s', 'Psych f/u - %s') % nm, c.t('RV psychiatrie %s', 'Psychiatry appt %s') % p.surname.upper()])
    ics = make_ics('rsbl-%08x@rsbl.example' % c.rng.getrandbits(32), c.dtime.astimezone(dt.timezone.utc).replace(tzinfo=None),
                   start, start + dt.timedelta(minutes=45), summ, desc, c.t('Télésanté - salle 2', 'Telehealth - room 2'), inf, [psy])
    atts = [A_text('invite.ics', ics, 'calendar', 'utf-8', {'method': 'REQUEST'})]
    blocks = [('p', c.t('Invitation : ', 'Invitation: ') + summ),
              ('p', c.t('Quand : ', 'When: ') + start.strftime('%Y-%m-%d %H:%M')),
              ('p', c.ch([c.t('Merci de confirmer.', 'Please confirm.'), c.t('Le dossier papier est au poste.', 'Paper chart is at the desk.')])),
              ('lines', [inf['display']])]
    return spec(c, summ if c.chance(0.6) else c.t('Invitation : suivi psychiatrique', 'Invitation: psychiatric follow-up'),
                blocks, inf, [psy], atts, note='psychiatry appointment calendar invite')


def p_sp_contacts(c):
    dis = c.ch(PH_DISEASES)
    idx = patient_any(c, 5, 80, p_nam=0.75)
    comm = community(c) if c.chance(0.6) else None
    c.w.locate(idx, community=comm) if comm else c.w.locate(idx)
    inf = c.w.staff('inf_sp', c.lang)
    to = disp_staff(c, comm) if comm else c.w.staff(c.ch(['inf_sp', 'fam_md']), c.lang, site=c.ch(['CLSCE', 'CLSCH']))
    c.add('diagnosis')
    rows = []
    for i in range(c.rng.randint(3, 9)):
        q = c.w.invented(1, 75, indigenous=bool(comm) or None, lang=c.lang)
        if c.chance(0.3):
            q.surname = idx.surname
        c.w.locate(q, community=comm) if comm else c.w.locate(q, region=idx.region)
        rows.append([c.name(q, c.ch(['sur_first', 'full', 'sur_given'])), c.dob(q) if c.chance(0.7) else ('%d' % q.age),
                     relation(c, q, idx), c.contact(q) if c.chance(0.7) else '-',
                     short_date(c.past(2, 14), c.lang), L(c.ch(dis['act']), c)])
    hdr = c.t(['Contact', 'DDN/âge', 'Lien', 'Tél.', 'Dernière exposition', 'Action'],
              ['Contact', 'DOB/age', 'Relation', 'Phone', 'Last exposure', 'Action'])
    fields = ['name'] + (['nam'] if idx.nam and c.chance(0.7) else []) + (['dob'] if c.chance(0.6) else [])
    blocks = [('p', c.salut(to['display'])),
              ('p', c.t('Cas index : %s. %s.' % (c.inline_id(idx, fields), L(dis['dx'], c)),
                        'Index case: %s. %s.' % (c.inline_id(idx, fields), L(dis['dx'], c))))]
    if c.chance(0.8):
        c.add('lab_result')
        blocks.append(('p', c.t('Labo : ', 'Lab: ') + L(dis['lab'], c)))
    if c.chance(0.5):
        c.add('medication')
        blocks.append(('p', c.t('Traitement débuté : ', 'Treatment started: ') + L(dis['rx'], c)))
    if c.chance(0.4):
        c.add('social_information')
        blocks.append(('p', c.ch([c.t('Logement surpeuplé (11 personnes, 3 chambres).', 'Overcrowded housing (11 people, 3 bedrooms).'),
                                  c.t('Travaille en rotation 14/14 au camp minier; a voyagé en avion nolisé.', 'Works 14/14 rotation at the mine camp; flew on the charter.'),
                                  c.t('Fréquente le centre communautaire et l\'aréna tous les soirs.', 'Goes to the community centre and arena every evening.')])))
    atts = []
    style = c.ch(['table', 'xlsx', 'csv'])
    if style == 'table':
        blocks.append(('p', c.t('Contacts identifiés à joindre :', 'Contacts identified, to be reached:')))
        blocks.append(('table', hdr, rows))
    elif style == 'xlsx':
        atts.append(A_xlsx(c.t('contacts_%s_%s.xlsx', 'contacts_%s_%s.xlsx') % (dis['key'], c.date.strftime('%Y%m%d')),
                           [(c.t('Contacts', 'Contacts'), hdr, rows)]))
        blocks.append(('p', c.t('La liste des contacts est dans le fichier joint (ne pas transférer).', 'Contact list attached (do not forward).')))
    else:
        atts.append(A_csv('liste_contacts_%s.csv' % dis['key'], hdr, rows, c.rng))
        blocks.append(('p', c.t('Liste des contacts en CSV ci-joint.', 'Contact list attached as CSV.')))
    if any(r[3] != '-' for r in rows):
        c.add('patient_contact')
    blocks.append(('p', c.t('Merci de me faire un retour d\'ici vendredi sur les contacts rejoints.', 'Please report back by Friday on contacts reached.')))
    blocks.append(c.sig(inf, 'sp'))
    subj = c.ch([c.t('Enquête %s - contacts à rejoindre' % L(dis['dx'], c).split(' (')[0], '%s investigation - contacts to reach' % L(dis['dx'], c).split(' (')[0]),
                 c.t('Recherche de contacts - cas index %s' % c.name(idx, 'initial'), 'Contact tracing - index case %s' % c.name(idx, 'initial')),
                 c.t('MADO - suivi des contacts', 'Reportable disease - contact follow-up')])
    return spec(c, subj, blocks, inf, [to], atts, cc=[c.w.staff('sp_md', c.lang)] if c.chance(0.4) else [], note='contact tracing')


def p_sp_vaccination(c):
    inf = c.w.staff('inf_vacc', c.lang)
    comm = community(c) if c.chance(0.5) else None
    to = disp_staff(c, comm) if comm else c.w.staff(c.ch(['inf_vacc', 'agent']), c.lang, site=c.ch(['CLSCE', 'CLSCH']))
    rows = []
    for i in range(c.rng.randint(3, 10)):
        p = c.w.nam_person(0, 17) if c.chance(0.5) else None
        if p is None:
            p = c.w.invented(0, 16, indigenous=bool(comm) or None, lang=c.lang)
        c.w.locate(p, community=comm) if comm else c.w.locate(p)
        par = c.w.invented(22, 50, lang=c.lang)
        row = [c.name(p, c.ch(['sur_first', 'full'])), c.dob(p), c.nam(p) if p.nam and c.chance(0.7) else '',
               L(c.ch(VACCINES), c), '%s %s' % (par.given, p.surname), c.contact(p)]
        rows.append(row)
    c.add('medication')
    hdr = c.t(['Enfant', 'DDN', 'NAM', 'Vaccin en retard', 'Parent', 'Tél.'],
              ['Child', 'DOB', 'RAMQ', 'Overdue vaccine', 'Parent', 'Phone'])
    if not any(r[2] for r in rows):
        hdr = hdr[:2] + hdr[3:]
        rows = [r[:2] + r[3:] for r in rows]
    blocks = [('p', c.salut(to['display'])),
              ('p', c.t('Voici la liste des relances de vaccination pour %s. Ces enfants ont au moins une dose en retard selon le registre.' % (comm[0] if comm else 'votre secteur'),
                        'Here is the vaccination recall list for %s. These children have at least one overdue dose per the registry.' % (comm[0] if comm else 'your area')))]
    atts = []
    mode = c.ch(['table', 'xlsx', 'csv', 'xlsx'])
    if mode == 'table':
        blocks.append(('table', hdr, rows))
    elif mode == 'xlsx':
        atts.append(A_xlsx(c.t('relances_vaccination_%s.xlsx', 'vaccine_recall_%s.xlsx') % c.date.strftime('%Y-%m'), [('Relances', hdr, rows)]))
    else:
        atts.append(A_csv(c.t('relances_%s.csv', 'recall_%s.csv') % c.date.strftime('%Y%m'), hdr, rows, c.rng))
    if c.chance(0.35):
        c.add('social_information')
        blocks.append(('p', c.t('Note : pour deux familles, pas de téléphone; passer par l\'agente de liaison. Une famille en hébergement temporaire.',
                                'Note: two families have no phone; go through the liaison worker. One family is in temporary housing.')))
    blocks.append(('p', c.t('Clinique de rattrapage possible le %s.' % short_date(c.future(5, 20), 'fr'),
                            'Catch-up clinic possible on %s.' % short_date(c.future(5, 20), 'en'))))
    blocks.append(c.sig(inf, 'sp'))
    subj = c.ch([c.t('Relances vaccination - liste nominative', 'Vaccination recalls - named list'),
                 c.t('Vaccins en retard %s' % (comm[0] if comm else ''), 'Overdue vaccines %s' % (comm[0] if comm else '')).strip(),
                 c.t('Rattrapage vaccinal scolaire', 'School catch-up vaccination')])
    return spec(c, subj, blocks, inf, [to], atts, note='vaccination follow-up list')


def p_sp_mado(c):
    dis = c.ch(PH_DISEASES + [dict(key='hepa', dx=("hépatite A", "hepatitis A"), lab=("IgM anti-VHA positif, ALT 1840", "anti-HAV IgM positive, ALT 1840"),
                                   act=[], rx=("soins de soutien", "supportive care")),
                              dict(key='lyme', dx=("maladie de Lyme", "Lyme disease"), lab=("sérologie Lyme positive (IgM/IgG)", "Lyme serology positive (IgM/IgG)"),
                                   act=[], rx=("doxycycline 100 mg BID x 14 j", "doxycycline 100 mg BID x 14 d"))])
    p = patient_any(c, 1, 85, p_nam=0.8)
    c.w.locate(p)
    md = c.w.staff(c.ch(['fam_md', 'urg_md', 'im_md']), c.lang)
    dsp = dict(display=c.t('Déclarations MADO - DSP', 'Reportable diseases - Public Health'), addr='mado@' + DOM_SP, name='MADO')
    kv = c.id_kv(p, ['name', 'sex', 'dob'] + (['nam'] if p.nam else []) + (['addr', 'tel'] if c.chance(0.6) else []))
    kv.append((c.t('Maladie', 'Disease'), L(dis['dx'], c)))
    c.add('diagnosis')
    kv.append((c.t('Date début symptômes', 'Symptom onset'), fmt_date(c.past(3, 15), c.lang, c.rng)))
    if c.chance(0.8):
        c.add('lab_result')
        kv.append((c.t('Résultat de laboratoire', 'Lab result'), L(dis['lab'], c)))
    if c.chance(0.6):
        c.add('medication')
        kv.append((c.t('Traitement', 'Treatment'), L(dis['rx'], c)))
    blocks = [('p', c.salut()), ('p', c.t('Déclaration d\'une maladie à déclaration obligatoire :', 'Notification of a reportable disease:'))]
    atts = []
    if c.chance(0.4):
        atts.append(A_pdf(c.t('MADO_%s.pdf', 'MADO_%s.pdf') % fname(p.surname.upper() + '_' + p.given), c.t('Déclaration MADO', 'Reportable disease notification'), [('kv', kv)]))
        blocks.append(('p', c.t('Formulaire rempli en pièce jointe.', 'Completed form attached.')))
        if c.chance(0.5):
            blocks.append(('p', c.t('Usager : ', 'Patient: ') + c.name(p, 'sur_first')))
    else:
        blocks.append(('kv', kv))
    blocks.append(c.sig(md))
    subj = c.ch([c.t('MADO - %s', 'Reportable disease - %s') % L(dis['dx'], c).split(' (')[0], c.t('Déclaration MADO', 'MADO notification')])
    return spec(c, subj, blocks, md, [dsp], atts, note='reportable disease notification')


def p_labo_critique(c):
    p = patient_any(c, 0, 95, p_nam=0.4)
    tech = c.w.staff('lab', c.lang, site=c.ch(['HRVC', 'HRK', 'CHPL']))
    md = c.w.staff(c.ch(['fam_md', 'im_md', 'urg_md', 'ipspl']), c.lang)
    vals = c.ch([[("K+ 6,8 mmol/L (critique)", "K+ 6.8 mmol/L (critical)"), ("créatinine 412 µmol/L", "creatinine 412 umol/L")],
                 [("Hb 58 g/L", "Hb 58 g/L")], [("INR 6,2", "INR 6.2")], [("glucose 1,9 mmol/L", "glucose 1.9 mmol/L")],
                 [("hémoculture 2/2 : cocci Gram + en amas", "blood culture 2/2: Gram+ cocci in clusters")],
                 [("troponine hs 940 ng/L", "hs-troponin 940 ng/L")], [("Na 118 mmol/L", "Na 118 mmol/L")],
                 [("lithémie 2,1 mmol/L", "lithium level 2.1 mmol/L")], [("plaquettes 9 x 10^9/L", "platelets 9 x 10^9/L")]])
    c.add('lab_result')
    fields = ['name'] + c.ch([['mrn'], ['dob'], ['mrn', 'dob'], ['nam'] if p.nam else ['mrn']])
    rows = [[c.inline_id(p, fields), L(v, c), c.hhmm()] for v in vals]
    blocks = [('p', c.salut(md['display'])),
              ('p', c.t('Valeur(s) critique(s) à vous communiquer (tentative téléphonique sans succès) :',
                        'Critical value(s) to report (could not reach you by phone):')),
              ('table', c.t(['Usager', 'Résultat', 'Heure'], ['Patient', 'Result', 'Time']), rows),
              ('p', c.t('Merci d\'accuser réception.', 'Please acknowledge.')), c.sig(tech, 'lab')]
    if c.chance(0.3):
        c.add('diagnosis')
        blocks.insert(3, ('p', c.t('Note : usager connu pour IRC stade 4 et sous warfarine.', 'Note: known CKD stage 4, on warfarin.')))
        c.add('medication')
    subj = c.ch([c.t('Valeur critique', 'Critical value'), c.t('VALEUR CRITIQUE - %s', 'CRITICAL VALUE - %s') % c.name(p, 'sur_first'),
                 c.t('Résultat critique labo', 'Critical lab result')])
    return spec(c, subj, blocks, tech, [md], urgent=True, note='critical lab value')


def p_pharmacie_bilan(c):
    p = patient_any(c, 30, 95, p_nam=0.8)
    ph = c.w.staff('pharm', c.lang, site=c.ch(['HRVC', 'HRK', 'CHPL']))
    ext = c.w.ext(c.ch(['pharm1', 'pharm2']), c.lang, person=c.chance(0.3))
    meds = c.rng.sample([("apixaban 5 mg BID (NOUVEAU)", "apixaban 5 mg BID (NEW)"), ("métoprolol 25 mg BID", "metoprolol 25 mg BID"),
                         ("furosémide 40 mg DIE (dose ↑)", "furosemide 40 mg daily (dose ↑)"), ("atorvastatine 40 mg HS", "atorvastatin 40 mg HS"),
                         ("metformine 500 mg BID", "metformin 500 mg BID"), ("pantoprazole 40 mg DIE", "pantoprazole 40 mg daily"),
                         ("warfarine (CESSÉE)", "warfarin (STOPPED)"), ("insuline glargine 18 U HS", "insulin glargine 18 U HS"),
                         ("tiotropium 2,5 mcg 2 inh DIE", "tiotropium 2.5 mcg 2 puffs daily"), ("quétiapine 25 mg HS PRN", "quetiapine 25 mg HS PRN")],
                        c.rng.randint(4, 7))
    c.add('medication')
    kv = c.id_kv(p, ['name', 'dob'] + (['nam'] if p.nam else ['mrn']))
    blocks = [('p', c.salut()), ('p', c.t('Bilan comparatif des médicaments au congé de votre client%s :' % ('e' if p.sex == 'F' else ''),
                                          'Discharge medication reconciliation for your client:')), ('kv', kv)]
    if c.chance(0.7):
        c.add('diagnosis')
        blocks.append(('p', c.t('Hospitalisation pour ', 'Admitted for ') + L(c.ch([("FA rapide nouvellement diagnostiquée", "new-onset rapid AF"),
                                                                                        ("décompensation cardiaque", "heart failure exacerbation"),
                                                                                        ("exacerbation de MPOC", "COPD exacerbation"),
                                                                                        ("hémorragie sous warfarine", "bleed on warfarin")]), c) + '.'))
    blocks.append(('ul', [L(m, c) for m in meds]))
    blocks.append(('p', c.lbl('allergy') + ' : ' + c.ch(['sulfas', c.t('pénicilline (urticaire)', 'penicillin (hives)'), c.t('aucune connue', 'NKDA'), 'codéine'])))
    if c.chance(0.4):
        c.add('social_information')
        blocks.append(('p', c.t('Pilulier hebdomadaire svp, vit seul%s et oublie des doses.' % ('e' if p.sex == 'F' else ''),
                                'Weekly blister pack please, lives alone and misses doses.')))
    blocks.append(c.sig(ph, 'pharm'))
    atts = []
    if c.chance(0.35):
        atts.append(A_pdf('BCM_%s.pdf' % fname(p.surname), c.t('Bilan comparatif des médicaments', 'Medication reconciliation'),
                          [('kv', kv), ('ul', [L(m, c) for m in meds])]))
    subj = c.ch([c.t('BCM au congé', 'Discharge med rec'), c.t('Bilan comparatif - %s', 'Med rec - %s') % c.name(p, 'sur_first'),
                 c.t('Nouvelle ordonnance de départ', 'New discharge prescription')])
    return spec(c, subj, blocks, ph, [ext], atts, note='discharge med reconciliation to community pharmacy')


def p_transport(c):
    p = patient_any(c, 20, 95, p_nam=0.4)
    c.w.locate(p)
    ag = c.w.staff('agent', c.lang)
    ext = c.w.ext(c.ch(['taxi', 'ambu']), c.lang, person=False)
    appt = dt.datetime.combine(c.future(1, 15), dt.time(c.rng.choice([7, 8, 9, 10, 13, 14]), c.rng.choice([0, 15, 30, 45])))
    why = c.ch([("dialyse (lun-mer-ven)", "dialysis (Mon-Wed-Fri)"), ("radiothérapie", "radiation therapy"),
                ("consultation en oncologie", "oncology consult"), ("chirurgie d'un jour - cataracte", "day surgery - cataract"),
                ("suivi en clinique de plaies (ulcère diabétique)", "wound clinic (diabetic foot ulcer)"),
                ("IRM cérébrale", "brain MRI")])
    c.add('patient_name', 'patient_contact')
    kv = [(c.lbl('name'), c.name(p, c.ch(['full', 'sur_first', 'title_full']))), (c.lbl('addr'), p.address),
          (c.lbl('tel'), p.phone), (c.t('Rendez-vous', 'Appointment'), appt.strftime('%Y-%m-%d %H:%M')),
          (c.t('Destination', 'Destination'), SITES[c.ch(['HRVC', 'CHPL'])][c.lang]),
          (c.t('Motif', 'Reason'), L(why, c))]
    c.add('diagnosis')
    needs = c.ch([("fauteuil roulant", "wheelchair"), ("O2 2 L en continu", "O2 2 L continuous"), ("civière", "stretcher"), ("aucun", "none")])
    kv.append((c.t('Besoins', 'Needs'), L(needs, c)))
    if c.chance(0.5):
        kv.append((c.t('Accompagnateur', 'Escort'), c.t('oui (conjoint)', 'yes (spouse)')))
        c.add('social_information')
    if c.chance(0.3):
        kv.insert(1, (c.lbl('dob'), c.dob(p)))
    blocks = [('p', c.salut()), ('p', c.t('Pourriez-vous réserver le transport suivant :', 'Could you please book the following transport:')),
              ('kv', kv), ('p', c.t('Retour le même jour.', 'Same-day return.')), c.sig(ag)]
    subj = c.ch([c.t('Réservation transport %s' % short_date(appt.date(), 'fr'), 'Transport booking %s' % short_date(appt.date(), 'en')),
                 c.t('Transport - %s', 'Transport - %s') % c.name(p, 'sur_given'), c.t('Demande de transport adapté', 'Adapted transport request')])
    return spec(c, subj, blocks, ag, [ext], note='patient transport booking')


def p_sad_reference(c):
    p = c.w.nam_person(65, 99) if c.chance(0.75) else c.w.invented(60, 95, lang=c.lang)
    c.w.locate(p)
    ts = c.w.staff(c.ch(['ts', 'inf_urg']), c.lang, site=c.ch(['HRVC', 'CHPL', 'HRK']))
    sad = c.w.staff('ts_sad', c.lang, site='CLSCE' if p.region == 'abitibi' else 'CLSCH')
    kv = c.id_kv(p, ['name', 'dob'] + (['nam'] if p.nam else []) + ['addr', 'tel'])
    if c.chance(0.25):
        c.add('ca_sin')
        kv.append((c.t('NAS (demande d\'allocation)', 'SIN (benefit application)'), fmt_sin(gen_sin(c.rng), c.rng)))
    dx = c.ch([("démence de type Alzheimer modérée", "moderate Alzheimer's dementia"), ("MPOC O2-dépendante", "oxygen-dependent COPD"),
               ("post-AVC, hémiparésie droite", "post-stroke, right hemiparesis"), ("chutes à répétition, ostéoporose", "recurrent falls, osteoporosis"),
               ("insuffisance cardiaque, NYHA III", "heart failure, NYHA III")])
    c.add('diagnosis', 'social_information')
    social = c.ch([("Vit seul%s dans une maison à étage; fille à Montréal.", "Lives alone in a two-storey house; daughter in Montreal."),
                   ("Conjoint aidant épuisé, lui-même malade.", "Spouse caregiver exhausted and unwell himself."),
                   ("Refuse l'hébergement; situation financière précaire.", "Refuses placement; precarious finances."),
                   ("Soupçon de maltraitance financière par un neveu.", "Suspected financial abuse by a nephew.")])
    soc = L(social, c).replace('%s', 'e' if p.sex == 'F' else '')
    body = [('p', c.salut(sad['display'])),
            ('p', c.t('Demande de services de soutien à domicile au congé (prévu le %s).' % short_date(c.future(1, 5), 'fr'),
                      'Home care referral at discharge (planned %s).' % short_date(c.future(1, 5), 'en'))),
            ('kv', kv), ('p', c.lbl('dx') + ' : ' + L(dx, c)), ('p', soc)]
    medtxt = None
    if c.chance(0.6):
        c.add('medication')
        medtxt = c.t('Médication : ', 'Meds: ') + c.ch(['donépézil 10 mg, mémantine 10 mg BID', 'furosémide 40 mg, bisoprolol 5 mg',
                                                          'tiotropium, salbutamol PRN, O2 2 L', 'alendronate 70 mg hebdo, vit D'])
        body.append(('p', medtxt))
    body.append(('p', c.t('Besoins : aide au bain, surveillance de la médication, évaluation ergo du domicile.',
                          'Needs: bathing help, medication supervision, OT home assessment.')))
    atts = []
    if c.chance(0.5):
        atts.append(A_docx(c.t('Demande_SAD_%s.docx', 'Home_care_referral_%s.docx') % fname(p.surname), c.t('Demande de services SAD', 'Home care referral'),
                           [('kv', kv), ('p', L(dx, c)), ('p', soc)] + ([('p', medtxt)] if medtxt else [])))
        body = body[:2] + [('p', c.t('Formulaire complet ci-joint. Usager : %s.', 'Full form attached. Patient: %s.') % c.name(p, 'sur_first'))]
    body.append(c.sig(ts, 'ts'))
    subj = c.ch([c.t('Référence SAD', 'Home care referral'), c.t('Demande SAD - %s', 'Home care - %s') % c.name(p, 'sur_given'),
                 c.t('Congé avec services - soutien à domicile', 'Discharge with home support')])
    return spec(c, subj, body, ts, [sad], atts, note='home care referral')


def p_resume_depart(c):
    p = patient_any(c, 18, 95, p_nam=0.7)
    md = c.w.staff(c.ch(['im_md', 'fam_md', 'psy_md', 'ob_md']), c.lang, site=c.ch(['HRVC', 'CHPL', 'HRK']))
    clinic = c.w.ext(c.ch(['clinique', 'gmf']), c.lang, person=c.chance(0.6))
    case = c.ch(ED_CASES + SM_CASES)
    adm, dis = c.past(8, 20), c.past(1, 6)
    kv = c.id_kv(p, ['name', 'dob'] + (['nam'] if p.nam else []) + ['mrn'])
    kv += [(c.t('Admission', 'Admission'), adm.isoformat()), (c.t('Congé', 'Discharge'), dis.isoformat()),
           (c.t('Diagnostic principal', 'Main diagnosis'), L(case['dx'], c))]
    c.add('diagnosis', 'medication')
    doc = [('kv', kv), ('p', c.t('Évolution : bonne réponse au traitement, mobilisation progressive.', 'Course: good response, progressive mobilisation.')),
           ('p', c.t('Médication au congé :', 'Discharge medications:')), ('ul', [L(m, c) for m in case['meds']])]
    if case.get('labs'):
        c.add('lab_result')
        doc.append(('p', c.t('Derniers labos : ', 'Last labs: ') + ', '.join(L(x, c) for x in case['labs'])))
    doc.append(('p', c.t('Suivi : revoir en clinique dans 2 semaines.', 'Follow-up: clinic visit in 2 weeks.')))
    kind = c.ch(['docx', 'pdf', 'pdf'])
    base = c.t('Resume_depart', 'Discharge_summary') + '_' + fname(c.ch([p.surname + '_' + p.given, p.surname.upper(), strip_accents(p.surname)]))
    atts = [A_docx(base + '.docx', c.t('Résumé de départ', 'Discharge summary'), doc) if kind == 'docx'
            else A_pdf(base + '.pdf', c.t('Résumé de départ', 'Discharge summary'), doc, compress=c.chance(0.6))]
    blocks = [('p', c.salut()),
              ('p', c.ch([c.t('Veuillez trouver ci-joint le résumé de départ de votre patient%s.' % ('e' if p.sex == 'F' else ''),
                              'Please find attached the discharge summary for your patient.'),
                          c.t('Résumé de départ en pièce jointe, merci d\'assurer le suivi.', 'Discharge summary attached, please follow up.')])),
              c.sig(md)]
    subj = c.ch([c.t('Résumé de départ', 'Discharge summary'), c.t('Résumé de départ - %s', 'Discharge summary - %s') % c.name(p, 'sur_first'),
                 c.t('Congé hospitalier de votre patient(e)', 'Hospital discharge of your patient')])
    return spec(c, subj, blocks, md, [clinic], atts, note='discharge summary attachment')


def p_ontario(c):
    p = c.w.invented(5, 90, lang='en', indigenous=c.chance(0.4))
    hn = gen_ohip(c.rng)
    ver = c.ch(['', 'AB', 'KT', 'MZ', 'XJ'])
    md = c.w.staff(c.ch(['urg_md', 'im_md']), c.lang, site=c.ch(['HRK', 'HRVC']))
    dest = c.w.ext('ntrh', c.lang, person=c.chance(0.6))
    case = c.ch(ED_CASES)
    c.add('ca_health_number', 'diagnosis')
    kv = [(c.lbl('name'), c.name(p, c.ch(['full', 'sur_first', 'upper']))), (c.lbl('dob'), c.dob(p)),
          (c.t('Carte santé Ontario', c.ch(['Ontario HN', 'OHIP #', 'Ontario health card'])), fmt_ohip(hn, ver, c.rng))]
    if c.chance(0.4):
        kv.append((c.lbl('mrn'), c.mrn(p, c.ch(['HRK', 'HRVC']))))
    blocks = [('p', c.salut(dest['display'] if dest['display'] != dest.get('org') else None)),
              ('p', c.t('Usager ontarien vu à l\'urgence pour %s; retour vers votre centre demandé.' % L(case['dx'], c),
                        'Ontario resident seen in our ED for %s; requesting repatriation to your centre.' % L(case['dx'], c))),
              ('kv', kv)]
    if c.chance(0.8):
        c.add('lab_result')
        blocks.append(('ul', [L(x, c) for x in case['labs']]))
    if c.chance(0.6):
        c.add('medication')
        blocks.append(('p', c.t('Reçu : ', 'Given: ') + '; '.join(L(x, c) for x in case['meds'])))
    if c.chance(0.35):
        c.w.locate(p, region='abitibi')
        p.address = '%d %s, %s, ON P%dN %d%s%d' % (c.rng.randint(10, 900), c.ch(['Birch St', 'Spruce Ave', 'Algonquin Blvd W', 'Fifth Ave']),
                                                   c.ch(['Timber Falls', 'Kapuskawin', 'North Haldane']), c.rng.randint(0, 9), c.rng.randint(1, 9),
                                                   c.ch('ABCEHJ'), c.rng.randint(0, 9))
        blocks.append(('p', c.t('Adresse : %s, tél. %s', 'Address: %s, phone %s') % (c.contact(p, 'addr'), c.contact(p))))
    blocks.append(c.sig(md, 'urg'))
    subj = c.ch([c.t('Transfert interprovincial', 'Interprovincial transfer'), 'Repatriation request - %s' % c.name(p, 'sur_first'),
                 c.t('Usager ontarien - %s', 'Ontario patient - %s') % L(case['dx'], c)])
    return spec(c, subj, blocks, md, [dest], note='Ontario health number')


def p_visiteur_europe(c):
    fr_ = c.chance(0.55)
    sex = c.ch('MF')
    p = c.w.invented(20, 75, sex, indigenous=False, lang='fr')
    p.surname = c.ch(['Lefebvre', 'Moreau', 'Girard', 'Dubois', 'Lambert', 'Mercier', 'Janssens', 'Peeters', 'Leclercq', 'Dupont', 'Maes'])
    if fr_:
        num, ty, lab = fmt_nir(gen_nir(c.rng, p.dob, sex), c.rng), 'fr_nir', c.t('No de sécurité sociale (NIR)', 'French social security no. (NIR)')
        origin = c.t('France', 'France')
    else:
        num, ty, lab = fmt_niss(gen_niss(c.rng, p.dob, sex), c.rng), 'be_niss', c.t('Numéro national (NISS)', 'Belgian national no. (NISS)')
        origin = c.t('Belgique', 'Belgium')
    c.add(ty, 'diagnosis')
    agent = c.w.staff(c.ch(['agent', 'ts']), c.lang, site=c.ch(['HRVC', 'CHPL']))
    ext = c.w.ext('assist', c.lang, person=c.chance(0.5))
    why = c.ch([("fracture de la cheville droite (chute en randonnée)", "right ankle fracture (hiking fall)"),
                ("infarctus du myocarde sans sus-décalage", "NSTEMI"), ("appendicite, appendicectomie le %s", "appendicitis, appendectomy on %s"),
                ("morsure de chien, plaie infectée", "dog bite, infected wound"), ("pneumothorax spontané", "spontaneous pneumothorax")])
    w = L(why, c)
    if '%s' in w:
        w = w % short_date(c.past(1, 4), c.lang)
    kv = [(c.lbl('name'), c.name(p, c.ch(['full', 'upper', 'sur_first']))), (c.lbl('dob'), c.dob(p)), (lab, num),
          (c.t('Pays', 'Country'), origin), (c.lbl('dx'), w)]
    if c.chance(0.5):
        kv.append((c.lbl('mrn'), c.mrn(p)))
    blocks = [('p', c.salut()),
              ('p', c.t('Nous avons hospitalisé votre assuré%s. Merci de confirmer la prise en charge des frais.' % ('e' if sex == 'F' else ''),
                        'We have admitted your insured client. Please confirm coverage of costs.')),
              ('kv', kv)]
    if c.chance(0.5):
        c.add('social_information')
        blocks.append(('p', c.t('Voyage seul%s; le conjoint arrive de %s jeudi. Hébergement à prévoir.' % ('e' if sex == 'F' else '', 'Lyon' if fr_ else 'Liège'),
                                'Travelling alone; spouse arriving from %s on Thursday. Lodging to arrange.' % ('Lyon' if fr_ else 'Liège'))))
    blocks.append(c.sig(agent))
    atts = []
    if c.chance(0.3):
        atts.append(A_pdf('garantie_paiement_%s.pdf' % fname(p.surname), c.t('Demande de garantie de paiement', 'Guarantee of payment'), [('kv', kv)]))
    subj = c.ch([c.t('Demande de garantie de paiement', 'Guarantee of payment request'), c.t('Dossier assuré - %s', 'Insured - %s') % c.name(p, 'sur_first'),
                 c.t('Hospitalisation d\'un ressortissant européen', 'Hospitalisation of a European visitor')])
    return spec(c, subj, blocks, agent, [ext], atts, note='European visitor identifier')


def p_cnesst(c):
    p = patient_any(c, 20, 64, p_nam=0.6)
    sin = gen_sin(c.rng)
    c.add('ca_sin', 'diagnosis')
    md = c.w.staff(c.ch(['urg_md', 'fam_md']), c.lang, site=c.ch(['HRVC', 'HRK', 'CHPL']))
    ext = c.w.ext(c.ch(['assur', 'mine']), c.lang, person=True)
    inj = c.ch([("fracture du radius distal gauche", "left distal radius fracture"), ("brûlure chimique 2e degré avant-bras", "2nd degree chemical burn forearm"),
                ("entorse lombaire", "lumbar sprain"), ("lacération main droite, 2 tendons réparés", "right hand laceration, 2 tendons repaired"),
                ("commotion cérébrale (chute de roche)", "concussion (rockfall)"), ("intoxication au monoxyde de carbone", "carbon monoxide poisoning")])
    kv = [(c.t('Travailleur', 'Worker'), c.name(p, c.ch(['full', 'sur_first', 'upper']))),
          (c.t('NAS', 'SIN'), fmt_sin(sin, c.rng))]
    if c.chance(0.6):
        kv.append((c.lbl('dob'), c.dob(p)))
    if p.nam and c.chance(0.5):
        kv.append((c.lbl('nam'), c.nam(p)))
    kv += [(c.t('Date de l\'événement', 'Date of injury'), c.past(1, 10).isoformat()), (c.lbl('dx'), L(inj, c)),
           (c.t('Arrêt de travail', 'Off work'), c.t('%d semaines', '%d weeks') % c.rng.randint(1, 8))]
    blocks = [('p', c.salut(ext['display'])),
              ('p', c.t('Suite à votre demande, voici les renseignements pour l\'attestation médicale de l\'accident du travail :',
                        'As requested, here is the information for the work-accident medical certificate:'))]
    atts = []
    if c.chance(0.5):
        atts.append(A_pdf(c.t('attestation_medicale_%s.pdf', 'medical_certificate_%s.pdf') % fname(p.surname), c.t('Attestation médicale', 'Medical certificate'), [('kv', kv)]))
        blocks.append(('p', c.t('Voir l\'attestation ci-jointe.', 'See attached certificate.')))
    else:
        blocks.append(('kv', kv))
    if c.chance(0.4):
        c.add('medication')
        blocks.append(('p', c.t('Analgésie : naproxène 500 mg BID, cyclobenzaprine 10 mg HS.', 'Analgesia: naproxen 500 mg BID, cyclobenzaprine 10 mg HS.')))
    blocks.append(c.sig(md))
    subj = c.ch([c.t('Attestation médicale - accident du travail', 'Medical certificate - workplace injury'),
                 c.t('Réclamation %s', 'Claim %s') % c.name(p, 'sur_first'), c.t('Formulaire lésion professionnelle', 'Occupational injury form')])
    return spec(c, subj, blocks, md, [ext], atts, note='SIN in work-injury claim')


def p_fichier_nom(c):
    p = patient_any(c, 12, 90, p_nam=0.6)
    case = c.ch(SM_CASES + ED_CASES)
    md = c.w.staff(c.ch(['psy_md', 'im_md', 'fam_md']), c.lang)
    to = c.w.staff(c.ch(['agent', 'fam_md']), c.lang)
    c.add('patient_name', 'diagnosis')
    kind = c.ch(['Consult_psy', 'Note_evolution', 'Evaluation', 'Consultation'])
    fn = '%s_%s_%s_%s' % (kind, c.ch([p.surname.upper(), p.surname]), p.given, c.date.isoformat())
    doc = [('p', c.t('Usager : ', 'Patient: ') + c.name(p, 'full')), ('p', c.t('Impression : ', 'Impression: ') + L(case['dx'], c)),
           ('p', c.t('Plan : ', 'Plan: ') + '; '.join(L(m, c) for m in case['meds']))]
    c.add('medication')
    if p.nam and c.chance(0.5):
        doc.insert(1, ('p', 'NAM : ' + c.nam(p)))
    att = c.ch(['pdf', 'docx'])
    atts = [A_pdf(fn + '.pdf', kind.replace('_', ' '), doc) if att == 'pdf' else A_docx(fn + '.docx', kind.replace('_', ' '), doc)]
    blocks = [('p', c.ch([c.t('Voici le document demandé.', 'Here is the requested document.'), c.t('Ci-joint, pour numérisation.', 'Attached for scanning.'),
                          c.t('voir pj', 'see att.')])), ('lines', [md['display']])]
    subj = c.ch([c.t('Document', 'Document'), c.t('Pour le dossier', 'For the chart'), kind.replace('_', ' ')])
    return spec(c, subj, blocks, md, [to], atts, note='patient name in attachment filename')


def p_sujet(c):
    sender = c.w.staff(c.ch(['inf_urg', 'urg_md', 'im_md', 'agent', 'inf_sp']), c.lang)
    to = [c.w.staff(c.ch(['fam_md', 'dir', 'ts', 'agent']), c.lang)]
    ev = c.ch([("Décès", "Death"), ("Résultat VIH positif", "HIV positive result"), ("Fugue de l'unité", "AWOL from unit"),
               ("Chute avec fracture", "Fall with fracture"), ("Refus de traitement - dialyse", "Treatment refusal - dialysis"),
               ("Test de grossesse positif", "Positive pregnancy test"), ("Hépatite C confirmée", "Hepatitis C confirmed")])
    p = patient_demo(c, 'preg', 0.4) if 'grossesse' in ev[0] else patient_any(c, 12, 98, p_nam=0.4)
    c.add('patient_name', 'social_information' if 'Fugue' in ev[0] else 'diagnosis')
    subj = '%s - %s' % (L(ev, c), c.name(p, c.ch(['title_full', 'sur_first', 'full', 'noacc', 'title_full'])))
    blocks = [('p', c.salut()), ('p', c.ch([c.t('Pour votre information, voir l\'objet. Je vous appelle après ma tournée.', 'FYI, see subject. I will call you after rounds.'),
                                            c.t('La famille a été avisée. Rapport d\'incident AH-223 rempli.', 'Family notified. Incident report filed.'),
                                            c.t('Le médecin traitant est informé, à discuter au caucus de 13 h.', 'Attending is aware, to discuss at the 1 pm huddle.')]))]
    if c.chance(0.5):
        blocks.append(('p', c.lbl('mrn') + ' : ' + c.mrn(p)))
    blocks.append(c.sig(sender))
    return spec(c, subj, blocks, sender, to, note='patient in subject line')


def p_liste_lits(c):
    unit = c.ch([("Obstétrique", "Obstetrics", 'mat'), ("Psychiatrie 4e", "Psychiatry 4th floor", 'sm'), ("Médecine 3B", "Medicine 3B", 'im'),
                 ("Urgence - civières", "ED stretchers", 'urg')])
    sender = c.w.staff(c.ch(['inf_urg', 'agent', 'dir']), c.lang)
    rows = []
    pool = SM_CASES if unit[2] == 'sm' else (MAT_CASES if unit[2] == 'mat' else ED_CASES)
    for i in range(c.rng.randint(5, 12)):
        sex = 'F' if unit[2] == 'mat' else None
        p = c.w.nam_person(16 if sex else 18, 44 if sex else 95, sex) if c.chance(0.35) else None
        if p is None:
            p = c.w.invented(18, 44 if sex else 95, sex, lang=c.lang)
        case = c.ch(pool)
        row = ['%d%s' % (c.rng.randint(201, 430), c.ch(['', 'A', 'B'])), c.name(p, c.ch(['sur_first', 'sur_first', 'sur_given'])),
               ('%d' % p.age), L(case['dx'], c)]
        if c.chance(0.5):
            row.append(L(c.ch(case['meds']), c))
        else:
            row.append('')
        if c.chance(0.3):
            row.append(c.mrn(p))
        else:
            row.append('')
        rows.append(row)
    c.add('diagnosis')
    if any(r[4] for r in rows):
        c.add('medication')
    hdr = c.t(['Lit', 'Usager', 'Âge', 'Dx', 'Rx / note', 'Dossier'], ['Bed', 'Patient', 'Age', 'Dx', 'Rx / note', 'Chart'])
    blocks = [('p', c.salut()), ('p', c.t('Tableau des lits - %s, %s.' % (unit[0], fmt_date(c.date, 'fr', c.rng, 'long')),
                                          'Bed board - %s, %s.' % (unit[1], fmt_date(c.date, 'en', c.rng, 'long'))))]
    atts = []
    m = c.ch(['table', 'csv', 'xlsx'])
    if m == 'table':
        blocks.append(('table', hdr, rows))
    elif m == 'csv':
        atts.append(A_csv('tableau_lits_%s.csv' % c.date.strftime('%Y%m%d'), hdr, rows, c.rng))
    else:
        atts.append(A_xlsx('bed_board_%s.xlsx' % c.date.strftime('%Y%m%d'), [(unit[1][:20], hdr, rows)]))
    blocks.append(('p', c.t('Congés prévus avant midi svp.', 'Discharges before noon please.')))
    blocks.append(c.sig(sender))
    subj = c.ch([c.t('Tableau des lits %s' % unit[0], 'Bed board %s' % unit[1]), c.t('Liste des usagers - %s', 'Census - %s') % c.t(unit[0], unit[1])])
    return spec(c, subj, blocks, sender, [c.w.staff('dir', c.lang), c.w.staff('agent', c.lang)], atts, note='surname-first census')


def p_dpj(c):
    p = c.w.nam_person(0, 17) if c.chance(0.7) else c.w.invented(0, 15, lang=c.lang)
    c.w.locate(p)
    ts = c.w.staff('ts', c.lang, site=c.ch(['HRVC', 'CHPL', 'CLSCE', 'CLSCH']))
    dpj = c.w.ext('dpj', c.lang, person=c.chance(0.5))
    mom = c.w.invented(20, 45, 'F', lang=c.lang)
    c.add('patient_name', 'social_information', 'date_of_birth')
    kv = [(c.t('Enfant', 'Child'), c.name(p, c.ch(['full', 'sur_first']))), (c.lbl('dob'), fmt_date(p.dob, c.lang, c.rng))]
    if p.nam and c.chance(0.5):
        kv.append((c.lbl('nam'), c.nam(p)))
    kv.append((c.t('Mère', 'Mother'), '%s %s' % (mom.given, mom.surname)))
    if c.chance(0.6):
        kv.append((c.lbl('addr'), c.contact(p, 'addr')))
    sit = c.ch([("Ecchymoses multiples d'âges différents au dos et aux bras, explications incohérentes.", "Multiple bruises of different ages on back and arms, inconsistent explanations."),
                ("Négligence : enfant amené 3 fois pour infestation et malnutrition (poids < 3e percentile).", "Neglect: child brought in 3 times for infestation and malnutrition (weight < 3rd percentile)."),
                ("Exposition à la violence conjugale; mère arrivée à l'urgence avec l'enfant après une agression.", "Exposure to intimate partner violence; mother came to ED with child after an assault."),
                ("Adolescent(e) en intoxication éthylique sévère, 3e épisode; fugue du domicile.", "Teen with severe alcohol intoxication, 3rd episode; ran away from home.")])
    if p.age >= 12 and c.chance(0.6):
        sit = (("Adolescent(e) en intoxication éthylique sévère, 3e épisode; fugue du domicile.", "Teen with severe alcohol intoxication, 3rd episode; ran away from home."))
    elif p.age < 12 and 'intoxication' in sit[0]:
        sit = (("Ecchymoses multiples d'âges différents au dos et aux bras, explications incohérentes.", "Multiple bruises of different ages on back and arms, inconsistent explanations."))
    if 'malnutrition' in sit[0] or 'intoxication' in sit[0] or 'Ecchymoses' in sit[0]:
        c.add('diagnosis')
    blocks = [('p', c.salut()), ('p', c.t('Signalement en vertu de la LPJ, suite à notre appel de ce matin.', 'Youth protection report further to our call this morning.')),
              ('kv', kv), ('p', L(sit, c)),
              ('p', c.t('La mère est collaborante mais dépassée. Le père n\'est pas dans le portrait.', 'Mother is cooperative but overwhelmed. Father not involved.')),
              c.sig(ts, 'ts')]
    subj = c.ch([c.t('Signalement DPJ', 'Youth protection report'), c.t('Signalement - %s', 'Report - %s') % c.name(p, 'sur_first'),
                 c.t('Signalement urgent - enfant', 'Urgent report - child')])
    return spec(c, subj, blocks, ts, [dpj], urgent=True, note='youth protection report')


def p_maison_patients(c):
    coord = c.w.staff('coord_evac', c.lang)
    maison = c.w.ext('maison', c.lang, person=False)
    rows = []
    for i in range(c.rng.randint(2, 6)):
        comm = community(c)
        why = c.ch([("hémodialyse", "hemodialysis"), ("chimiothérapie (cycle 3/6)", "chemotherapy (cycle 3/6)"), ("attente d'accouchement 37 sem", "awaiting delivery 37 wks"),
                    ("post-op cholécystectomie", "post-op cholecystectomy"), ("suivi oncologie sein", "breast oncology follow-up"), ("radiothérapie prostate", "prostate radiotherapy")])
        if 'accouchement' in why[0]:
            p = patient_any(c, 17, 42, 'F', 0.35)
        elif 'sein' in why[0]:
            p = patient_any(c, 35, 85, 'F', 0.35)
        elif 'prostate' in why[0]:
            p = patient_any(c, 50, 88, 'M', 0.35)
        else:
            p = patient_any(c, 16, 85, p_nam=0.35)
        esc_opts = [c.t('avec conjoint(e)', 'with spouse'), c.t('seul(e)', 'alone'), c.t('avec sa mère', 'with mother')]
        if p.sex == 'F' and p.age < 45:
            esc_opts.append(c.t('avec bébé 4 mois', 'with 4-month-old'))
        esc = c.ch(esc_opts)
        rows.append([c.name(p, c.ch(['sur_first', 'full'])), comm[0], short_date(c.future(0, 6), c.lang), short_date(c.future(7, 20), c.lang), L(why, c), esc])
    c.add('diagnosis', 'social_information')
    hdr = c.t(['Usager', 'Communauté', 'Arrivée', 'Départ', 'Motif', 'Accompagnement'], ['Patient', 'Community', 'Arrival', 'Departure', 'Reason', 'Escort'])
    blocks = [('p', c.salut()), ('p', c.t('Voici les réservations de chambres pour la semaine prochaine :', 'Room bookings for next week:')), ('table', hdr, rows),
              ('p', c.t('Deux repas diabétiques à prévoir.', 'Two diabetic meals needed.')), c.sig(coord, 'evac')]
    if c.chance(0.4):
        blocks[2] = ('p', c.t('Liste en pièce jointe.', 'List attached.'))
        atts = [A_xlsx('reservations_%s.xlsx' % c.date.strftime('%Y%m%d'), [('Semaine', hdr, rows)])]
    else:
        atts = []
    subj = c.ch([c.t('Réservations hébergement semaine prochaine', 'Lodging bookings next week'), c.t('Chambres Maison Uapikun', 'Maison Uapikun rooms')])
    return spec(c, subj, blocks, coord, [maison], atts, note='patient lodging bookings')


def p_vcard(c):
    p = patient_any(c, 40, 98, p_nam=0.5)
    c.w.locate(p)
    inf = c.w.staff(c.ch(['ts_sad', 'inf_urg', 'ts']), c.lang)
    to = c.w.staff('ts_sad', c.lang)
    c.add('patient_name', 'patient_contact', 'diagnosis')
    dx = c.ch([("soins palliatifs à domicile (néo pancréas)", "home palliative care (pancreatic cancer)"), ("plaie de pression sacrum stade 3", "stage 3 sacral pressure ulcer"),
               ("démence, errance nocturne", "dementia, night wandering"), ("SLA, gastrostomie", "ALS, G-tube")])
    note = L(dx, c)
    bday = None
    if c.chance(0.5):
        bday = p.dob.isoformat()
        c.add('date_of_birth')
    vcf = make_vcf(p.surname, p.given, tel=p.phone, adr=p.address, email_=p.email, bday=bday, note=note if c.chance(0.6) else None)
    blocks = [('p', c.salut(to['display'])),
              ('p', c.t('Je te transmets les coordonnées de %s (fiche jointe) pour la visite de demain. Motif : %s.' % (c.name(p, 'title_full'), note),
                        'Sending you contact details for %s (card attached) for tomorrow\'s visit. Reason: %s.' % (c.name(p, 'title_full'), note))),
              c.sig(inf)]
    if c.chance(0.4):
        c.add('social_information')
        blocks.insert(2, ('p', c.t('La clé est chez la voisine; le fils est le répondant mais habite à Sept-Caps.', 'Key is with the neighbour; son is the contact but lives in Sept-Caps.')))
    atts = [A_text('%s %s.vcf' % (p.given, p.surname), vcf, c.ch(['vcard', 'x-vcard']), 'utf-8')]
    subj = c.ch([c.t('Coordonnées usager', 'Patient contact'), c.t('Visite à domicile demain', 'Home visit tomorrow'), '%s %s' % (p.given, p.surname)])
    return spec(c, subj, blocks, inf, [to], atts, note='patient vCard')


def p_zip_dossier(c):
    p = patient_any(c, 10, 90, p_nam=0.7)
    case = c.ch(ED_CASES + SM_CASES)
    arch = c.w.staff(c.ch(['agent', 'fam_md']), c.lang)
    to = c.w.ext(c.ch(['chu', 'clinique', 'ntrh']), c.lang, person=True)
    kv = c.id_kv(p, ['name', 'dob'] + (['nam'] if p.nam else ['mrn']))
    c.add('diagnosis', 'medication')
    note = [('kv', kv), ('p', c.t('Dx : ', 'Dx: ') + L(case['dx'], c)), ('ul', [L(m, c) for m in case['meds']])]
    members = [(c.t('note_consultation.pdf', 'consult_note.pdf'), make_pdf(c.t('Note de consultation', 'Consultation note'), note))]
    if case.get('labs'):
        c.add('lab_result')
        members.append(('labos.csv', make_csv(['test', c.t('résultat', 'result')], [[x[0].split(' ', 1)[0], L(x, c)] for x in case['labs']]).encode('utf-8')))
    if c.chance(0.5):
        members.append(('LISEZMOI.txt', c.t('Dossier transmis à la demande de l\'usager.\r\n', 'Records sent at the patient\'s request.\r\n').encode('utf-8')))
    fn = c.ch(['dossier_%s.zip' % fname(p.surname.lower()), 'transfert_dossier.zip', 'records_%s.zip' % c.date.strftime('%Y%m%d')])
    blocks = [('p', c.salut(to['display'])), ('p', c.t('Voici les documents demandés (archive jointe).', 'Here are the requested documents (archive attached).')),
              c.sig(arch, 'arch')]
    subj = c.ch([c.t('Demande de copie de dossier', 'Records request'), c.t('Documents - transfert', 'Documents - transfer'), c.t('Copie de dossier', 'Copy of records')])
    return spec(c, subj, blocks, arch, [to], [A_zip(fn, members)], note='zip with records')


def p_identifiant_seul(c):
    lab = c.w.staff(c.ch(['lab', 'inf_sp', 'inf_urg']), c.lang)
    to = c.w.staff(c.ch(['fam_md', 'ipspl', 'inf_sp']), c.lang)
    res = c.ch([("culture d'urine : E. coli BLSE > 10^8", "urine culture: ESBL E. coli > 10^8"), ("dépistage SARM positif (nez)", "MRSA screen positive (nares)"),
                ("C. difficile toxine positive", "C. difficile toxin positive"), ("charge virale VHC 2,1 x 10^6 UI/mL", "HCV viral load 2.1 x 10^6 IU/mL"),
                ("TAAN chlamydia positif", "chlamydia NAAT positive"), ("frottis Pap : HSIL", "Pap smear: HSIL")])
    demo = 'woman' if 'Pap' in res[0] else ('young' if 'chlamydia' in res[0] else 'adult')
    p = patient_demo(c, demo, 0.7)
    c.add('lab_result', 'diagnosis')
    if p.nam:
        ident = c.lbl('nam') + ' ' + c.nam(p)
    else:
        ident = c.lbl('mrn') + ' ' + c.mrn(p)
    blocks = [('p', c.salut()), ('p', c.ch([c.t('Pour l\'usager %s : %s. Isolement de contact à maintenir.' % (ident, L(res, c)),
                                                 'For patient %s: %s. Keep contact precautions.' % (ident, L(res, c))),
                                             c.t('%s -> %s, à rappeler pour traitement.' % (ident, L(res, c)), '%s -> %s, needs a call-back for treatment.' % (ident, L(res, c)))])),
              c.sig(lab)]
    subj = c.ch([c.t('Résultat à suivre', 'Result to follow up'), c.t('Résultat positif', 'Positive result'), ident])
    return spec(c, subj, blocks, lab, [to], note='identifier without name')


def p_tb_dot(c):
    comm = community(c)
    p = patient_any(c, 10, 80, p_nam=0.6)
    c.w.locate(p, community=comm)
    nurse = disp_staff(c, comm)
    sp = c.w.staff(c.ch(['inf_sp', 'sp_md']), c.lang)
    week = c.rng.randint(2, 24)
    who_ = c.inline_id(p, c.ch([('name',), ('name', 'dob'), ('name', 'nam')]))
    c.add('diagnosis', 'medication')
    rows = []
    for i in range(5):
        taken = c.chance(0.8)
        rows.append([short_date(c.date - dt.timedelta(days=7 - i), c.lang), c.t('oui', 'yes') if taken else c.t('non', 'no'),
                     c.ch(['', c.t('nausées', 'nausea'), '', '']) if taken else c.ch([c.t('absent (camp de chasse)', 'away (hunting camp)'), c.t('refus', 'refused'), c.t('pas à la maison', 'not home')])])
    blocks = [('p', c.salut(sp['display'])),
              ('p', c.t('TOD semaine %d pour %s (tuberculose pulmonaire).', 'DOT week %d for %s (pulmonary TB).') % (week, who_)),
              ('table', c.t(['Jour', 'Dose prise', 'Note'], ['Day', 'Dose taken', 'Note']), rows),
              ('p', c.t('Rx : isoniazide 300 mg, rifampicine 600 mg, pyridoxine 25 mg.', 'Rx: isoniazid 300 mg, rifampin 600 mg, pyridoxine 25 mg.'))]
    if c.chance(0.6):
        c.add('lab_result')
        blocks.append(('p', c.t('ALT 88 (x2 LSN), poids 61,4 kg (+1,2).', 'ALT 88 (2x ULN), weight 61.4 kg (+1.2).')))
    if c.chance(0.5):
        c.add('social_information')
        blocks.append(('p', c.t('Partira au camp de chasse 2 semaines en octobre : prévoir doses à emporter avec son frère.',
                                'Leaving for hunting camp 2 weeks in October: plan take-home doses with his brother.')))
    blocks.append(disp_sig(c, nurse, comm))
    subj = c.ch([c.t('TOD semaine %d', 'DOT week %d') % week, c.t('Suivi TB - %s', 'TB follow-up - %s') % comm[0]])
    return spec(c, subj, blocks, nurse, [sp], note='TB directly observed therapy')


POS_BUILDERS = [
    (p_urg_transfert, 5, 3), (p_evac_aeromed, 5, 3), (p_dispensaire_rapport, 4, 2), (p_maternite_prenatal, 4, 2),
    (p_avis_naissance, 4, 1), (p_sm_crise, 4, 2), (p_sm_rdv_ics, 2, 1), (p_sp_contacts, 5, 2), (p_sp_vaccination, 4, 2),
    (p_sp_mado, 3, 1), (p_labo_critique, 3, 1), (p_pharmacie_bilan, 3, 1), (p_transport, 3, 1), (p_sad_reference, 3, 1),
    (p_resume_depart, 3, 2), (p_ontario, 1, 3), (p_visiteur_europe, 3, 1), (p_cnesst, 2, 2), (p_fichier_nom, 2, 1),
    (p_sujet, 2, 1), (p_liste_lits, 2, 1), (p_dpj, 2, 1), (p_maison_patients, 3, 1), (p_vcard, 2, 1), (p_zip_dossier, 2, 1),
    (p_identifiant_seul, 2, 1), (p_tb_dot, 2, 1),
]

# --------------------------------------------------------------------------------------------
# Negative builders (administrative mail; hard: clinical words, staff names, identifier-like numbers)
# --------------------------------------------------------------------------------------------

def luhn_num(c, n, first='123456789'):
    body = digits(c.rng, n - 1, first)
    return body + luhn.calc_check_digit(body)


def serial_code(c):
    """Serial numbers shaped like other identifiers (4 letters + 8 digits, or Luhn-valid digits)."""
    r = c.rng
    k = r.choice(['alpha', 'luhn9', 'luhn10', 'mixed'])
    if k == 'alpha':
        return ''.join(r.choice('ABCDEFGHJKLMNPRSTVWXZ') for _ in range(4)) + digits(r, 8)
    if k == 'luhn9':
        n = luhn_num(c, 9)
        return '%s %s %s' % (n[:3], n[3:6], n[6:])
    if k == 'luhn10':
        return luhn_num(c, 10)
    return '%s%d-%s' % (r.choice(['SN', 'S/N ', 'MX', 'PH']), r.randint(10, 99), digits(r, 7))


SUPPLIES = [("Sondes urinaires Foley 16 Fr (boîte de 10)", "Foley catheters 16 Fr (box of 10)"), ("Trousses de naloxone intranasale", "Intranasal naloxone kits"),
            ("Tests rapides streptocoque A", "Rapid strep A tests"), ("Gants nitrile taille M (caisse)", "Nitrile gloves size M (case)"),
            ("Seringues 3 mL Luer-lock", "3 mL Luer-lock syringes"), ("Cathéters IV 20G", "IV catheters 20G"),
            ("Glucomètres et bandelettes", "Glucometers and strips"), ("Pansements mousse 10 x 10 cm", "Foam dressings 10 x 10 cm"),
            ("Tubes EDTA 4 mL", "EDTA tubes 4 mL"), ("Écouvillons TAAN", "NAAT swabs"), ("Masques N95 (taille standard)", "N95 respirators (standard)"),
            ("Thermomètres tympaniques", "Tympanic thermometers"), ("Trousses d'accouchement d'urgence", "Emergency delivery kits"),
            ("Attelles SAM", "SAM splints"), ("Bonbonnes O2 format D", "O2 cylinders size D")]


def n_achats_bc(c):
    buyer = c.w.staff('achat', c.lang, site='HRVC')
    vend = c.ch(VENDORS[:2] + VENDORS[4:5])
    to = dict(display=c.t('Service à la clientèle', 'Customer service') + ' - ' + vend[0], addr='commandes@' + vend[1])
    po = 'BC-2024-%05d' % c.rng.randint(100, 99999)
    items = c.rng.sample(SUPPLIES, c.rng.randint(3, 7))
    rows = []
    tot = 0
    for it in items:
        q = c.rng.randint(2, 60)
        pu = c.rng.randint(300, 9000) / 100
        tot += q * pu
        rows.append([L(it, c), 'CAT-%s' % digits(c.rng, 6), str(q), ('%.2f' % pu).replace('.', ',' if c.lang == 'fr' else '.')])
    comm = community(c)
    blocks = [('p', c.salut()),
              ('p', c.t('Veuillez traiter le bon de commande %s. Livraison au dispensaire de %s (via fret aérien, vol du mardi).' % (po, comm[0]),
                        'Please process purchase order %s. Ship to %s nursing station (air cargo, Tuesday flight).' % (po, comm[0]))),
              ('table', c.t(['Article', 'No catalogue', 'Qté', 'Prix unit.'], ['Item', 'Catalogue #', 'Qty', 'Unit price']), rows),
              ('p', c.t('Total avant taxes : %.2f $' % tot, 'Total before tax: $%.2f' % tot).replace('.', ',' if c.lang == 'fr' else '.', 1 if c.lang == 'fr' else 0)),
              ('p', c.t('No fournisseur : %s. Centre de coût : 7%s.', 'Vendor no.: %s. Cost centre: 7%s.') % (luhn_num(c, 9), digits(c.rng, 4))),
              c.sig(buyer, 'achat')]
    atts = []
    if c.chance(0.5):
        atts.append(A_pdf('%s.pdf' % po, c.t('Bon de commande ', 'Purchase order ') + po, [('table', c.t(['Article', 'No catalogue', 'Qté', 'Prix'], ['Item', 'Cat #', 'Qty', 'Price']), rows)]))
    elif c.chance(0.5):
        atts.append(A_xlsx('%s.xlsx' % po, [('BC', c.t(['Article', 'No catalogue', 'Qté', 'Prix'], ['Item', 'Cat #', 'Qty', 'Price']), rows)]))
    return spec(c, c.t('Bon de commande %s', 'Purchase order %s') % po, blocks, buyer, [to], atts, note='purchase order')


def n_appel_offres(c):
    buyer = c.w.staff('achat', c.lang)
    lots = c.rng.sample(SUPPLIES, 4)
    close = c.future(10, 30)
    blocks = [('p', c.t('Bonjour à tous les fournisseurs inscrits,', 'To all registered suppliers,')),
              ('p', c.t('Le Réseau de santé Boréal-Littoral lance l\'appel d\'offres AO-%d-%03d pour l\'approvisionnement des dispensaires nordiques.' % (2024, c.rng.randint(1, 300)),
                        'The Boréal-Littoral Health Network is issuing tender AO-%d-%03d for the supply of northern nursing stations.' % (2024, c.rng.randint(1, 300)))),
              ('ul', ['Lot %d : %s' % (i + 1, L(x, c)) for i, x in enumerate(lots)]),
              ('p', c.t('Date de fermeture : %s, 14 h. Les questions doivent être transmises par écrit.' % fmt_date(close, 'fr', c.rng, 'long'),
                        'Closing date: %s, 2 pm. Questions must be sent in writing.' % fmt_date(close, 'en', c.rng, 'long'))),
              c.sig(buyer, 'achat')]
    to = [dict(display=v[0], addr='soumissions@' + v[1]) for v in c.rng.sample(VENDORS[:2] + VENDORS[3:5], 2)]
    atts = [A_pdf('AO_devis_technique.pdf', c.t('Devis technique', 'Technical specifications'), [('ul', [L(x, c) for x in lots]), ('p', c.t('Exigences : homologation Santé Canada.', 'Requirements: Health Canada licence.'))])] if c.chance(0.5) else []
    return spec(c, c.t('Appel d\'offres - fournitures médicales', 'Call for tenders - medical supplies'), blocks, buyer, to, atts, note='tender')


def n_facture_evac(c):
    fin = c.w.staff(c.ch(['agent', 'coord_evac']), c.lang)
    ven = VENDORS[2]
    frm = fin
    rows = []
    for i in range(c.rng.randint(3, 8)):
        comm = community(c)
        rows.append([c.past(5, 40).isoformat(), 'EV-24-%04d' % c.rng.randint(1, 9999), 'C-G%s' % ''.join(c.rng.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3)),
                     '%s - %s' % (comm[0], c.ch(['Val-Cadieux', 'Port-Laurent'])), ('%.1f' % (c.rng.randint(12, 48) / 10)), '%d,00' % c.rng.randint(3800, 19000)])
    blocks = [('p', c.salut()),
              ('p', c.t('Voici la facture %s de %s pour les missions du mois. Merci d\'approuver avant le 25.' % ('F-%06d' % c.rng.randint(1, 999999), ven[0]),
                        'Attached is invoice %s from %s for this month\'s missions. Please approve before the 25th.' % ('F-%06d' % c.rng.randint(1, 999999), ven[0]))),
              ('table', c.t(['Date', 'Mission', 'Aéronef', 'Trajet', 'Heures bloc', 'Montant'], ['Date', 'Mission', 'Aircraft', 'Route', 'Block hrs', 'Amount']), rows),
              ('p', c.t('Les manifestes passagers sont conservés par la coordination, non joints.', 'Passenger manifests are kept by coordination, not attached.')),
              c.sig(fin)]
    atts = [A_pdf('facture_%s.pdf' % c.date.strftime('%Y%m'), 'Facture - ' + ven[0], [('table', ['Date', 'Mission', 'Aéronef', 'Trajet', 'Heures', 'Montant'], rows)])] if c.chance(0.6) else []
    return spec(c, c.t('Facture missions aéromédicales', 'Medevac missions invoice'), blocks, frm, [c.w.staff('dir', c.lang)], atts, note='air ambulance invoice')


SHIFTS = ['J', 'S', 'N', '-', 'J', 'S', 'R']


def staff_names(c, n):
    out = []
    for i in range(n):
        out.append('%s %s' % (c.ch(STAFF_GIVEN + GIVEN_F_FR), c.ch(STAFF_SUR + SUR_FR + SUR_IND[:6])))
    return out


def n_rh_horaire(c):
    chef = c.w.staff(c.ch(['dir', 'agent']), c.lang)
    unit = c.ch([("Urgence", "Emergency"), ("Obstétrique", "Obstetrics"), ("Santé mentale 4e", "Mental health 4th"), ("Dispensaire %s" % community(c)[0], "Nursing station %s" % community(c)[0])])
    days = [c.future(1, 3) + dt.timedelta(days=i) for i in range(7)]
    hdr = [c.t('Employé(e)', 'Employee')] + [short_date(d, c.lang) for d in days]
    rows = [[nm] + [c.ch(SHIFTS) for _ in days] for nm in staff_names(c, c.rng.randint(6, 12))]
    blocks = [('p', c.salut()), ('p', c.t('Voici l\'horaire de la semaine pour %s. J = jour, S = soir, N = nuit, R = récupération.' % L(unit, c),
                                          'Here is next week\'s schedule for %s. J = day, S = evening, N = night, R = lieu day.' % L(unit, c)))]
    atts = []
    if c.chance(0.4):
        atts.append(A_xlsx('horaire_%s.xlsx' % days[0].isoformat(), [('Horaire', hdr, rows)]))
    else:
        blocks.append(('table', hdr, rows))
    blocks.append(('p', c.t('Il manque encore une infirmière de nuit le %s, les volontaires sont les bienvenues (TS payé).' % short_date(days[4], 'fr'),
                            'We still need a night nurse on %s, volunteers welcome (overtime paid).' % short_date(days[4], 'en'))))
    blocks.append(c.sig(chef))
    return spec(c, c.t('Horaire semaine du %s', 'Schedule week of %s') % short_date(days[0], c.lang), blocks, chef,
                [dict(display=c.t('Équipe ', 'Team ') + L(unit, c), addr='equipe.%s@%s' % (strip_accents(L(unit, c).split()[0]).lower(), DOM))], atts, note='staff schedule')


def n_rh_conge(c):
    rh = c.w.staff(c.ch(['rh', 'sst']), c.lang)
    emp = c.w.staff(c.ch(['inf_urg', 'inf_disp', 'agent', 'inf_mat']), c.lang)
    mat = '%06d' % c.rng.randint(100000, 999999)
    v = c.ch(['conge', 'retour', 'prog'])
    if v == 'conge':
        body = c.t('Votre demande de congé (vacances) du %s au %s est approuvée. Matricule %s.' % (short_date(c.future(20, 40), 'fr'), short_date(c.future(41, 60), 'fr'), mat),
                   'Your vacation request from %s to %s is approved. Employee no. %s.' % (short_date(c.future(20, 40), 'en'), short_date(c.future(41, 60), 'en'), mat))
        subj = c.t('Approbation de congé', 'Leave approved')
    elif v == 'retour':
        body = c.t('Suite à votre absence pour entorse lombaire, le retour progressif débutera le %s : 3 jours/semaine, sans soulèvement de plus de 10 kg. Assignation temporaire à l\'accueil. Matricule %s.' % (short_date(c.future(3, 10), 'fr'), mat),
                   'Following your absence for a lumbar sprain, your gradual return starts %s: 3 days/week, no lifting over 10 kg. Temporary assignment at reception. Employee no. %s.' % (short_date(c.future(3, 10), 'en'), mat))
        subj = c.t('Retour progressif au travail', 'Gradual return to work')
    else:
        body = c.t('Rappel : les employés doivent soumettre leur preuve d\'immunité hépatite B avant le stage en dispensaire. Votre dossier de santé au travail est à jour. Matricule %s.' % mat,
                   'Reminder: employees must submit proof of hepatitis B immunity before a nursing-station rotation. Your occupational health file is up to date. Employee no. %s.' % mat)
        subj = c.t('Santé au travail - dossier à jour', 'Occupational health - file up to date')
    blocks = [('p', c.salut(emp['name'])), ('p', body), ('p', c.t('N\'hésitez pas à communiquer avec nous.', 'Do not hesitate to contact us.')), c.sig(rh, 'rh')]
    return spec(c, subj, blocks, rh, [emp], note='HR leave / occupational health of employee')


def n_rh_affichage(c):
    rh = c.w.staff('rh', c.lang)
    job = c.ch([("Infirmière ou infirmier en dispensaire - poste permanent", "Outpost nurse - permanent position"),
                ("IPS en soins de première ligne - %s" % community(c)[0], "Primary care NP - %s" % community(c)[0]),
                ("Technologiste médical(e) - laboratoire", "Medical technologist - laboratory"),
                ("Agent(e) de liaison autochtone", "Indigenous liaison officer"), ("Psychologue - santé mentale jeunesse", "Psychologist - youth mental health")])
    num = 'AFF-%d-%04d' % (2024, c.rng.randint(1, 9999))
    blocks = [('p', c.t('Affichage interne/externe %s' % num, 'Internal/external posting %s' % num)), ('p', L(job, c)),
              ('ul', [c.t('Prime d\'éloignement et de rétention selon la convention', 'Isolation and retention premium per the collective agreement'),
                      c.t('Logement meublé fourni', 'Furnished housing provided'), c.t('Sorties payées aux 4 semaines', 'Paid trips out every 4 weeks'),
                      c.t('Salaire : 32,18 $ à 56,86 $ / heure', 'Salary: $32.18 to $56.86 / hour')]),
              ('p', c.t('Exigences : permis d\'exercice valide, expérience en urgence un atout, bilinguisme (anglais) requis pour certains secteurs.',
                        'Requirements: valid licence, emergency experience an asset, French required for some sectors.')),
              ('p', c.t('Date limite : %s.', 'Deadline: %s.') % fmt_date(c.future(10, 25), c.lang, c.rng, 'long')), c.sig(rh, 'rh')]
    return spec(c, c.t('Affichage : ', 'Job posting: ') + L(job, c), blocks, rh,
                [dict(display=c.t('Tout le personnel', 'All staff'), addr='tous@' + DOM)], note='job posting')


def n_rh_vaccin_employes(c):
    sst = c.w.staff('sst', c.lang)
    units = [("Urgence HRVC", "HRVC ED"), ("Obstétrique CHPL", "CHPL Obstetrics"), ("Médecine 3B", "Medicine 3B"), ("Dispensaires", "Nursing stations"), ("SAD", "Home care")]
    rows = [[L(u, c), '%d %%' % c.rng.randint(38, 91), str(c.rng.randint(12, 140))] for u in units]
    blocks = [('p', c.salut()),
              ('p', c.t('Voici la couverture vaccinale antigrippale du personnel au %s :' % short_date(c.date, 'fr'), 'Staff influenza vaccine coverage as of %s:' % short_date(c.date, 'en'))),
              ('table', c.t(['Unité', 'Couverture', 'Employés'], ['Unit', 'Coverage', 'Staff']), rows),
              ('p', c.t('La clinique mobile passera dans les unités mardi et jeudi. Apportez votre carte d\'employé.', 'The mobile clinic will visit units Tuesday and Thursday. Bring your staff ID.')),
              c.sig(sst, 'rh')]
    return spec(c, c.t('Vaccination antigrippale du personnel - suivi', 'Staff flu vaccination - update'), blocks, sst,
                [dict(display=c.t('Gestionnaires', 'Managers'), addr='gestionnaires@' + DOM)], note='staff vaccination coverage (HR)')


def n_ti_panne(c):
    ti = c.w.staff('ti', c.lang)
    sysn = c.ch(['DME Boréal', 'Médi-Lien', 'Lab-Info 7', 'Imagerie PACS', 'Téléphonie IP', 'RV-Express'])
    start = dt.datetime.combine(c.future(1, 8), dt.time(c.rng.choice([22, 23, 0, 1]), 0))
    blocks = [('p', c.salut()),
              ('p', c.t('Une maintenance de %s aura lieu le %s à %s (durée prévue : 3 h). Billet INC%07d.' % (sysn, short_date(start.date(), 'fr'), start.strftime('%H h %M'), c.rng.randint(1, 9999999)),
                        '%s maintenance is scheduled on %s at %s (expected 3 h). Ticket INC%07d.' % (sysn, short_date(start.date(), 'en'), start.strftime('%H:%M'), c.rng.randint(1, 9999999)))),
              ('ul', [c.t('Utilisez les formulaires papier (procédure dégradée) pour les demandes de labo et d\'imagerie.', 'Use paper forms (downtime procedure) for lab and imaging requests.'),
                      c.t('Les résultats critiques seront téléphonés par le laboratoire.', 'Critical results will be phoned by the lab.'),
                      c.t('Les dispensaires passent par le satellite; connexion possiblement lente.', 'Nursing stations connect via satellite; connection may be slow.')]),
              ('p', c.t('Centre de services : poste 4444.', 'Service desk: ext. 4444.')), c.sig(ti, 'ti')]
    return spec(c, c.t('Maintenance planifiée - %s', 'Planned maintenance - %s') % sysn, blocks, ti,
                [dict(display=c.t('Tous les utilisateurs', 'All users'), addr='utilisateurs@' + DOM)], note='IT maintenance')


def n_ti_test(c):
    ti = c.w.staff('ti', c.lang)
    lab = c.w.staff('lab', c.lang)
    blocks = [('p', c.salut(lab['name'])),
              ('p', c.t('Test de l\'interface HL7 ADT/ORU vers Lab-Info 7 en environnement de préproduction. Aucun usager réel.',
                        'HL7 ADT/ORU interface test to Lab-Info 7 in pre-production. No real patients.')),
              ('kv', [(c.t('Usager fictif', 'Dummy patient'), 'ZZTEST, INTERFACE'), (c.t('Dossier test', 'Test chart'), 'T-000%03d' % c.rng.randint(1, 999)),
                      (c.t('Message', 'Message'), 'ORU^R01 / OBX|1|NM|2823-3^K^LN||4.2|mmol/L'), (c.t('Statut', 'Status'), 'ACK AA')]),
              ('p', c.t('Peux-tu valider l\'affichage côté labo? On bascule en production mardi si OK.', 'Can you validate display on the lab side? Go-live Tuesday if OK.')),
              c.sig(ti, 'ti')]
    return spec(c, c.t('Test interface HL7 - préprod', 'HL7 interface test - preprod'), blocks, ti, [lab], note='IT test with dummy record')


def n_ti_actifs(c):
    ti = c.w.staff('ti', c.lang)
    rows = []
    for i in range(c.rng.randint(5, 12)):
        rows.append([c.ch(['Portable Latitude 5440', 'Tablette terrain', 'Imprimante étiquettes', 'Routeur satellite', 'Poste de télésanté', 'Cellulaire']),
                     serial_code(c), 'ACT-%s' % luhn_num(c, 8), c.ch(['Dispensaire ' + community(c)[0], 'Urgence HRVC', 'CLSC Eskers-Nord', 'CHPL 2e']),
                     c.ch(staff_names(c, 1))])
    hdr = c.t(['Appareil', 'No de série', 'No d\'actif', 'Emplacement', 'Responsable'], ['Device', 'Serial #', 'Asset #', 'Location', 'Owner'])
    blocks = [('p', c.salut()), ('p', c.t('Inventaire des actifs informatiques à valider avant la fin du trimestre :', 'IT asset inventory to validate before quarter end:'))]
    atts = []
    if c.chance(0.5):
        atts.append(A_xlsx('inventaire_actifs_TI.xlsx', [('Actifs', hdr, rows)]))
    else:
        blocks.append(('table', hdr, rows))
    blocks.append(c.sig(ti, 'ti'))
    return spec(c, c.t('Inventaire des actifs TI', 'IT asset inventory'), blocks, ti, [c.w.staff('dir', c.lang)], atts, note='asset serials')


COMMITTEES = [("Comité de prévention et contrôle des infections", "Infection Prevention and Control Committee"),
              ("Comité exécutif du CMDP", "CMDP Executive Committee"), ("Comité des usagers", "Users' Committee"),
              ("Comité d'éthique clinique", "Clinical Ethics Committee"), ("Comité de gestion des risques", "Risk Management Committee"),
              ("Table régionale des soins nordiques", "Regional Northern Care Table")]


def n_comite_convocation(c):
    sec = c.w.staff(c.ch(['agent', 'qual', 'dir']), c.lang)
    com = c.ch(COMMITTEES)
    d = c.future(5, 25)
    agenda = c.rng.sample([c.t('Adoption du procès-verbal', 'Approval of minutes'), c.t('Suivi des éclosions de C. difficile (données agrégées)', 'C. difficile outbreak follow-up (aggregate data)'),
                           c.t('Taux d\'hygiène des mains par unité', 'Hand hygiene rates by unit'), c.t('Révision de l\'ordonnance collective naloxone', 'Naloxone collective order review'),
                           c.t('Bilan des évacuations aéromédicales T2', 'Q2 medevac review'), c.t('Plan de contingence - pénurie de personnel', 'Staffing shortage contingency plan'),
                           c.t('Varia', 'Other business')], 5)
    blocks = [('p', c.salut()), ('p', c.t('Vous êtes convoqués à la prochaine réunion du %s le %s à 13 h 30, salle Boréale et par Teams.' % (com[0], fmt_date(d, 'fr', c.rng, 'long')),
                                          'You are invited to the next meeting of the %s on %s at 1:30 pm, Boréale room and Teams.' % (com[1], fmt_date(d, 'en', c.rng, 'long')))),
              ('p', c.t('Ordre du jour :', 'Agenda:')), ('ul', agenda), c.sig(sec)]
    return spec(c, c.t('Convocation - %s', 'Notice of meeting - %s') % L(com, c), blocks, sec,
                [dict(display=c.t('Membres du comité', 'Committee members'), addr='comite.%d@%s' % (c.rng.randint(1, 40), DOM))], note='committee notice')


def n_comite_pv(c):
    sec = c.w.staff(c.ch(['agent', 'qual']), c.lang)
    com = c.ch(COMMITTEES)
    members = staff_names(c, 6)
    doc = [('p', c.t('Présences : ', 'Present: ') + ', '.join(members)),
           ('p', c.t('1. Éclosions : 3 cas nosocomiaux de C. difficile à l\'unité 3B en mai (taux 4,2/10 000 jours-présence).', '1. Outbreaks: 3 healthcare-associated C. difficile cases on 3B in May (4.2/10,000 patient-days).')),
           ('p', c.t('2. Hygiène des mains : 71 % (cible 80 %).', '2. Hand hygiene: 71% (target 80%).')),
           ('p', c.t('3. Dispensaires : 2 pannes de réfrigérateur à vaccins, aucune dose perdue.', '3. Nursing stations: 2 vaccine fridge failures, no doses lost.')),
           ('p', c.t('Prochaine rencontre : %s.', 'Next meeting: %s.') % fmt_date(c.future(25, 45), c.lang, c.rng, 'long'))]
    kind = c.ch(['docx', 'pdf', 'body'])
    atts = []
    blocks = [('p', c.salut()), ('p', c.t('Voici le procès-verbal de la rencontre du %s.' % short_date(c.past(3, 14), 'fr'), 'Minutes of the %s meeting.' % short_date(c.past(3, 14), 'en')))]
    if kind == 'docx':
        atts.append(A_docx('PV_%s.docx' % c.date.strftime('%Y%m%d'), c.t('Procès-verbal - ', 'Minutes - ') + L(com, c), doc))
    elif kind == 'pdf':
        atts.append(A_pdf('PV_%s.pdf' % c.date.strftime('%Y%m%d'), c.t('Procès-verbal - ', 'Minutes - ') + L(com, c), doc))
    else:
        blocks += doc
    blocks.append(c.sig(sec))
    return spec(c, c.t('PV - %s', 'Minutes - %s') % L(com, c), blocks, sec,
                [dict(display=c.t('Membres du comité', 'Committee members'), addr='comite.%d@%s' % (c.rng.randint(1, 40), DOM))], atts, note='committee minutes')


def n_bulletin(c):
    comm_ = c.w.staff('comm', c.lang)
    docs = []
    for i in range(3):
        st = c.w.staff(c.ch(['psy_md', 'ob_md', 'im_md', 'fam_md', 'urg_md']), c.lang)
        docs.append('%s, %s' % (st['display'], st['title']))
    nurse = c.w.staff('inf_disp', c.lang)
    blocks = [('p', c.t('L\'Écho boréal - bulletin interne no %d' % c.rng.randint(20, 90), 'The Boreal Echo - staff newsletter no. %d' % c.rng.randint(20, 90))),
              ('p', c.t('Bienvenue à nos nouveaux médecins :', 'Welcome to our new physicians:')), ('ul', docs),
              ('p', c.t('Bravo à %s, infirmière au dispensaire de %s, lauréate du prix Florence régional pour son projet de clinique de diabète de proximité.' % (nurse['name'], community(c)[0]),
                        'Congratulations to %s, outpost nurse in %s, winner of the regional nursing award for her community diabetes clinic project.' % (nurse['name'], community(c)[0]))),
              ('p', c.t('La Semaine de la santé mentale se tiendra du 6 au 12 mai : kiosques, conférence sur l\'anxiété chez les jeunes, marche solidaire.',
                        'Mental Health Week runs May 6-12: booths, a talk on youth anxiety, a solidarity walk.')),
              ('p', c.t('Rappel : la cafétéria de l\'HRVC sera fermée le 24 juin.', 'Reminder: HRVC cafeteria closed June 24.')), c.sig(comm_, 'comm')]
    return spec(c, c.t('L\'Écho boréal - édition de %s', 'The Boreal Echo - %s edition') % L((MONTHS_FR[c.date.month - 1], MONTHS_EN[c.date.month - 1]), c),
                blocks, comm_, [dict(display=c.t('Tout le personnel', 'All staff'), addr='tous@' + DOM)], body_mode=c.ch(['html', 'alt', 'html']), note='newsletter')


def n_campagne(c):
    comm_ = c.w.staff(c.ch(['comm', 'inf_vacc']), c.lang)
    camp = c.ch([("vaccination contre la grippe et la COVID-19", "influenza and COVID-19 vaccination"), ("dépistage des ITSS", "STBBI testing"),
                 ("vaccination RSV des 75 ans et plus", "RSV vaccination for people 75 and over"), ("arrêt tabagique", "smoking cessation")])
    rows = []
    for i in range(c.rng.randint(3, 6)):
        site = c.ch(list(SITES.values()))
        rows.append([site[c.lang], site['addr'], short_date(c.future(3, 40), c.lang), c.ch(['9 h - 16 h', '13 h - 19 h', '8 h 30 - 12 h']) if c.lang == 'fr' else c.ch(['9 am - 4 pm', '1 - 7 pm'])])
    blocks = [('p', c.t('Communiqué - pour diffusion', 'Release - for distribution')),
              ('p', c.t('La Direction de santé publique lance sa campagne de %s. Les cliniques suivantes sont ouvertes à toute la population, sans frais :' % L(camp, c),
                        'Public Health is launching its %s campaign. The following clinics are open to everyone, free of charge:' % L(camp, c))),
              ('table', c.t(['Lieu', 'Adresse', 'Date', 'Heures'], ['Site', 'Address', 'Date', 'Hours']), rows),
              ('p', c.t('Prise de rendez-vous : 1 877 555-0199 ou en ligne. Les personnes atteintes de maladies chroniques sont particulièrement invitées.',
                        'Appointments: 1 877 555-0199 or online. People with chronic conditions are especially encouraged.')),
              c.sig(comm_, 'comm')]
    atts = [A_pdf('affiche_campagne.pdf', c.t('Campagne de ', 'Campaign: ') + L(camp, c), [('table', ['Lieu', 'Adresse', 'Date', 'Heures'], rows)])] if c.chance(0.4) else []
    return spec(c, c.t('Campagne de %s', '%s campaign') % L(camp, c), blocks, comm_,
                [dict(display=c.t('Partenaires communautaires', 'Community partners'), addr='partenaires@' + DOM)], atts, body_mode=c.ch([None, 'html']), note='public campaign')


def n_stats(c):
    st = c.w.staff('stat', c.lang)
    kind = c.ch(['evac', 'urg', 'naiss', 'sm'])
    months = [MONTHS_FR[i][:4] if c.lang == 'fr' else MONTHS_EN[i][:3] for i in range(max(0, c.date.month - 4), c.date.month)]
    if kind == 'evac':
        hdr = [c.t('Communauté', 'Community')] + months
        rows = [[cm[0]] + [str(c.rng.randint(0, 22)) for _ in months] for cm in COMMUNITIES]
        title = c.t('Évacuations aéromédicales par communauté', 'Medevacs by community')
    elif kind == 'urg':
        hdr = [c.t('Site', 'Site'), c.t('Visites', 'Visits'), c.t('DMS civière (h)', 'Stretcher LOS (h)'), c.t('% > 24 h', '% > 24 h'), 'P1-P2']
        rows = [[k, str(c.rng.randint(900, 4200)), ('%.1f' % (c.rng.randint(60, 260) / 10)), '%d %%' % c.rng.randint(2, 31), str(c.rng.randint(40, 400))] for k in ('HRVC', 'HRK', 'CHPL')]
        title = c.t('Indicateurs urgence', 'ED indicators')
    elif kind == 'naiss':
        hdr = [c.t('Mois', 'Month'), c.t('Naissances', 'Births'), c.t('Césariennes', 'C-sections'), c.t('Transferts néonatals', 'Neonatal transfers')]
        rows = [[m, str(c.rng.randint(30, 90)), str(c.rng.randint(6, 25)), str(c.rng.randint(0, 5))] for m in months]
        title = c.t('Statistiques de périnatalité', 'Perinatal statistics')
    else:
        hdr = [c.t('Indicateur', 'Indicator'), c.t('Valeur', 'Value')]
        rows = [[c.t('Demandes au guichet d\'accès SM', 'MH access requests'), str(c.rng.randint(120, 480))], [c.t('Délai moyen (jours)', 'Mean wait (days)'), str(c.rng.randint(9, 80))],
                [c.t('Gardes préventives', 'Preventive confinements'), str(c.rng.randint(5, 40))], [c.t('Taux de réhospitalisation 30 j', '30-day readmission'), '%d %%' % c.rng.randint(6, 19)]]
        title = c.t('Tableau de bord santé mentale', 'Mental health dashboard')
    blocks = [('p', c.salut()), ('p', c.t('Voici les données agrégées demandées (%s). Les cellules < 5 sont à interpréter avec prudence.' % title,
                                          'Here is the aggregate data requested (%s). Cells < 5 should be interpreted with caution.' % title))]
    atts = []
    m = c.ch(['table', 'xlsx', 'csv'])
    if m == 'table':
        blocks.append(('table', hdr, rows))
    elif m == 'xlsx':
        atts.append(A_xlsx('stats_%s_%s.xlsx' % (kind, c.date.strftime('%Y%m')), [(kind, hdr, rows)]))
    else:
        atts.append(A_csv('stats_%s.csv' % kind, hdr, rows, c.rng))
    blocks.append(c.sig(st))
    return spec(c, title, blocks, st, [c.w.staff('dir', c.lang)], atts, note='aggregate statistics')


def n_formation_cas(c):
    form = c.w.staff(c.ch(['dir', 'ob_md', 'urg_md', 'inf_mat', 'psy_md']), c.lang)
    case = c.ch([
        c.t('Femme de 29 ans, G2P1, 34 semaines, céphalée et TA 164/108. Protéinurie 2+. Quelle est votre conduite? (sulfate de magnésium, labétalol, transfert?)',
            '29-year-old woman, G2P1 at 34 weeks, headache and BP 164/108. Proteinuria 2+. What is your management? (magnesium sulfate, labetalol, transfer?)'),
        c.t('Homme de 58 ans, douleur rétrosternale depuis 2 h dans un dispensaire à 3 h de vol. ECG : sus-décalage inférieur. Thrombolyse ou attente de l\'avion?',
            '58-year-old man with 2 h of chest pain at a nursing station 3 h by plane. ECG: inferior ST elevation. Thrombolysis or wait for the plane?'),
        c.t('Adolescent de 15 ans, idées suicidaires, vit dans une communauté isolée. Comment structurer le filet de sécurité?',
            '15-year-old with suicidal ideation living in a remote community. How do you build the safety net?'),
        c.t('Enfant de 2 ans, fièvre 39,8 °C et convulsion de 6 min. Glycémie 5,1. Étapes de prise en charge?',
            '2-year-old, fever 39.8 C and a 6-minute seizure. Glucose 5.1. Management steps?')])
    blocks = [('p', c.salut()),
              ('p', c.t('Cas clinique de la semaine (anonymisé, fictif - aucun lien avec un usager réel) :', 'Case of the week (anonymised, fictitious - not a real patient):')),
              ('p', case), ('p', c.t('Réponses et discussion à la formation de jeudi midi.', 'Answers and discussion at Thursday lunch session.')), c.sig(form)]
    atts = [A_pdf('cas_clinique_semaine.pdf', c.t('Cas clinique', 'Clinical case'), [('p', case)])] if c.chance(0.3) else []
    return spec(c, c.t('Cas clinique de la semaine', 'Case of the week'), blocks, form,
                [dict(display=c.t('Résidents et infirmières', 'Residents and nurses'), addr='formation@' + DOM)], atts, note='anonymised teaching case')


def n_formulaire_vierge(c):
    ag = c.w.staff(c.ch(['agent', 'qual', 'coord_evac']), c.lang)
    title = c.ch([c.t('Demande d\'évacuation aéromédicale', 'Medevac request form'), c.t('Demande de services SAD', 'Home care referral form'),
                  c.t('Déclaration de MADO', 'Reportable disease notification'), c.t('Consentement à la communication de renseignements', 'Consent to release information')])
    fields = [(c.t('Nom de l\'usager', 'Patient name'), '______________________'), (c.t('NAM', 'RAMQ #'), '____ ____ ____'),
              (c.t('Date de naissance', 'Date of birth'), '____/__/__'), (c.t('No de dossier', 'Chart #'), '__________'),
              (c.t('Diagnostic / motif', 'Diagnosis / reason'), '______________________'), (c.t('Téléphone', 'Phone'), '(___) ___-____')]
    blocks = [('p', c.salut()), ('p', c.t('Voici la nouvelle version (rév. %s) du formulaire « %s ». Merci de détruire les anciennes copies.' % (c.date.strftime('%Y-%m'), title),
                                          'Here is the new version (rev. %s) of the "%s" form. Please discard old copies.' % (c.date.strftime('%Y-%m'), title))), c.sig(ag)]
    k = c.ch(['pdf', 'docx'])
    fn = fname(strip_accents(title)) + ('_vierge' if c.lang == 'fr' else '_blank')
    atts = [A_pdf(fn + '.pdf', title, [('kv', fields)]) if k == 'pdf' else A_docx(fn + '.docx', title, [('kv', fields)])]
    return spec(c, c.t('Nouveau formulaire : %s', 'New form: %s') % title, blocks, ag,
                [dict(display=c.t('Chefs d\'unité', 'Unit managers'), addr='chefs@' + DOM)], atts, note='blank form')


def n_conference(c):
    org = c.w.staff(c.ch(['dir', 'agent']), c.lang)
    talks = []
    for topic in c.rng.sample([("tuberculose en milieu nordique", "tuberculosis in northern communities"), ("insuffisance cardiaque", "heart failure"),
                               ("diabète gestationnel", "gestational diabetes"), ("psychose débutante", "early psychosis"),
                               ("syphilis congénitale", "congenital syphilis"), ("MPOC et oxygénothérapie à domicile", "COPD and home oxygen")], 3):
        st = c.w.staff(c.ch(['im_md', 'ob_md', 'psy_md', 'sp_md', 'fam_md']), c.lang)
        talks.append('%s (%s) : %s' % (st['display'], st['title'], L(topic, c)))
    blocks = [('p', c.salut()), ('p', c.t('Programme de la journée scientifique régionale du %s (visioconférence vers tous les dispensaires) :' % fmt_date(c.future(10, 40), 'fr', c.rng, 'long'),
                                          'Program for the regional scientific day on %s (videoconference to all nursing stations):' % fmt_date(c.future(10, 40), 'en', c.rng, 'long'))),
              ('ul', talks), ('p', c.t('Activité reconnue : 6 heures de formation continue.', 'Accredited: 6 hours of CME.')), c.sig(org)]
    return spec(c, c.t('Journée scientifique régionale - programme', 'Regional scientific day - program'), blocks, org,
                [dict(display=c.t('Médecins et professionnels', 'Physicians and professionals'), addr='cmdp@' + DOM)], note='conference program')


def n_installations(c):
    inst = c.w.staff('install', c.lang)
    comm = community(c)
    msg = c.ch([
        (c.t('Essai mensuel de la génératrice d\'urgence le %s entre 6 h et 6 h 30. Les équipements critiques sont sur circuit d\'urgence.', 'Monthly emergency generator test on %s between 6 and 6:30 am. Critical equipment is on emergency power.'), c.t('Essai génératrice', 'Generator test')),
        (c.t('Avis d\'ébullition de l\'eau au dispensaire de ' + comm[0] + ' à compter du %s. Bouteilles d\'eau livrées par le vol cargo.', 'Boil-water advisory at ' + comm[0] + ' nursing station from %s. Bottled water on the cargo flight.'), c.t('Avis d\'ébullition', 'Boil-water advisory')),
        (c.t('L\'ascenseur B de l\'HRVC sera hors service le %s pour inspection. Transport des civières par l\'ascenseur C.', 'HRVC elevator B out of service on %s for inspection. Stretchers via elevator C.'), c.t('Ascenseur B hors service', 'Elevator B out of service')),
        (c.t('Déneigement du stationnement P2 le %s : veuillez déplacer vos véhicules avant 7 h.', 'Snow removal in parking P2 on %s: please move vehicles before 7 am.'), c.t('Déneigement P2', 'Snow removal P2'))])
    blocks = [('p', c.salut()), ('p', msg[0] % short_date(c.future(1, 10), c.lang)), ('p', c.t('Merci de votre collaboration.', 'Thank you for your cooperation.')), c.sig(inst, 'install')]
    return spec(c, msg[1], blocks, inst, [dict(display=c.t('Tout le personnel', 'All staff'), addr='tous@' + DOM)], note='facilities')


def n_protocole(c):
    ph = c.w.staff(c.ch(['pharm', 'dir', 'ipspl']), c.lang)
    prot = c.ch(['nalox', 'strep', 'contra'])
    if prot == 'nalox':
        title = c.t('Ordonnance collective - naloxone', 'Collective order - naloxone')
        tbl = (c.t(['Voie', 'Dose', 'Répéter'], ['Route', 'Dose', 'Repeat']), [['IN', '4 mg', c.t('q2-3 min', 'q2-3 min')], ['IM', '0,4 mg' if c.lang == 'fr' else '0.4 mg', 'q2-3 min'], ['IV', '0,1-0,4 mg' if c.lang == 'fr' else '0.1-0.4 mg', 'q2 min']])
    elif prot == 'strep':
        title = c.t('Protocole infirmier - pharyngite à streptocoque', 'Nursing protocol - strep pharyngitis')
        tbl = (c.t(['Poids', 'Amoxicilline', 'Durée'], ['Weight', 'Amoxicillin', 'Duration']), [['< 27 kg', '50 mg/kg DIE', '10 j'], ['>= 27 kg', '1000 mg DIE', '10 j']])
    else:
        title = c.t('Ordonnance collective - contraception hormonale', 'Collective order - hormonal contraception')
        tbl = (c.t(['Situation', 'Conduite'], ['Situation', 'Action']), [[c.t('TA > 140/90', 'BP > 140/90'), c.t('référer', 'refer')], [c.t('Migraine avec aura', 'Migraine with aura'), c.t('progestatif seul', 'progestin only')]])
    blocks = [('p', c.salut()), ('p', c.t('La version révisée de « %s » entre en vigueur le %s. Principaux changements :' % (title, short_date(c.future(5, 30), 'fr')),
                                          'The revised "%s" takes effect on %s. Main changes:' % (title, short_date(c.future(5, 30), 'en')))),
              ('table', tbl[0], tbl[1]), ('p', c.t('Contre-indications et précautions détaillées dans le document joint.', 'Contraindications and precautions detailed in the attached document.')), c.sig(ph)]
    atts = [A_pdf(fname(strip_accents(title)) + '.pdf', title, [('table', tbl[0], tbl[1])])] if c.chance(0.6) else []
    return spec(c, title, blocks, ph, [dict(display=c.t('Infirmières des dispensaires', 'Nursing station nurses'), addr='dispensaires@' + DOM)], atts, note='clinical protocol')


def n_pharmacie_rupture(c):
    ph = c.w.staff('pharm', c.lang)
    drugs = c.rng.sample([("amoxicilline suspension 250 mg/5 mL", "amoxicillin suspension 250 mg/5 mL"), ("salbutamol inhalateur 100 mcg", "salbutamol inhaler 100 mcg"),
                          ("insuline NPH", "NPH insulin"), ("benzathine pénicilline G", "benzathine penicillin G"), ("méthylphénidate 10 mg", "methylphenidate 10 mg"),
                          ("céfalexine 500 mg", "cephalexin 500 mg")], 2)
    rows = [[L(d, c), 'DIN %s' % digits(c.rng, 8, '0'), 'LOT %s%s' % (c.ch(['W', 'K', 'T']), digits(c.rng, 5)), c.ch([c.t('rupture jusqu\'en août', 'shortage until August'), c.t('allocation 50 %', '50% allocation')])] for d in drugs]
    blocks = [('p', c.salut()), ('p', c.t('Ruptures d\'approvisionnement en cours :', 'Current drug shortages:')),
              ('table', c.t(['Produit', 'DIN', 'Lot', 'Statut'], ['Product', 'DIN', 'Lot', 'Status']), rows),
              ('p', c.t('Alternatives proposées dans le guide du CPT. Prioriser les dispensaires pour les stocks restants.', 'Alternatives in the P&T guide. Prioritise nursing stations for remaining stock.')), c.sig(ph, 'pharm')]
    return spec(c, c.t('Ruptures de médicaments - mise à jour', 'Drug shortages - update'), blocks, ph,
                [dict(display=c.t('Prescripteurs', 'Prescribers'), addr='prescripteurs@' + DOM)], note='drug shortage')


def n_garde(c):
    ag = c.w.staff('agent', c.lang)
    days = [c.future(1, 4) + dt.timedelta(days=i) for i in range(7)]
    rows = []
    for d in days:
        md = c.w.staff(c.ch(['urg_md', 'im_md', 'psy_md', 'ob_md']), c.lang)
        rows.append([short_date(d, c.lang), md['display'], md['title'], phone(c.rng)])
    blocks = [('p', c.salut()), ('p', c.t('Liste de garde de la semaine (cellulaires des médecins - usage interne seulement) :', 'On-call list for the week (physician cells - internal use only):')),
              ('table', c.t(['Date', 'Médecin', 'Spécialité', 'Cell'], ['Date', 'Physician', 'Specialty', 'Cell']), rows), c.sig(ag)]
    return spec(c, c.t('Liste de garde', 'On-call list'), blocks, ag, [dict(display=c.t('Urgences et dispensaires', 'EDs and nursing stations'), addr='garde@' + DOM)], note='on-call schedule')


def n_evac_logistique(c):
    co = c.w.staff('coord_evac', c.lang)
    blocks = [('p', c.salut()),
              ('p', c.t('Point logistique EVAQ : l\'avion-ambulance C-G%s est en maintenance jusqu\'au %s. Relève assurée par le King Air de %s.' % (''.join(c.rng.choice('ABCDEFGHJKLMN') for _ in range(3)), short_date(c.future(2, 9), 'fr'), VENDORS[2][0]),
                        'Medevac logistics: air ambulance C-G%s in maintenance until %s. Backup by the King Air from %s.' % (''.join(c.rng.choice('ABCDEFGHJKLMN') for _ in range(3)), short_date(c.future(2, 9), 'en'), VENDORS[2][0]))),
              ('ul', [c.t('Piste de %s fermée la nuit (balisage en réparation).' % community(c)[0], '%s airstrip closed at night (lighting under repair).' % community(c)[0]),
                      c.t('Prévisions : brouillard côtier jeudi matin.', 'Forecast: coastal fog Thursday morning.'),
                      c.t('Missions du mois : %d (dont %d P1).' % (c.rng.randint(20, 60), c.rng.randint(4, 15)), 'Missions this month: %d (%d P1).' % (c.rng.randint(20, 60), c.rng.randint(4, 15)))]),
              c.sig(co, 'evac')]
    return spec(c, c.t('Logistique EVAQ - semaine', 'Medevac logistics - week'), blocks, co, [dict(display=c.t('Dispensaires', 'Nursing stations'), addr='dispensaires@' + DOM)], note='medevac logistics')


def n_sp_communique(c):
    sp = c.w.staff(c.ch(['sp_md', 'comm']), c.lang)
    dis = c.ch([("coqueluche", "pertussis"), ("rougeole", "measles"), ("syphilis", "syphilis"), ("hépatite A", "hepatitis A")])
    n = c.rng.randint(4, 30)
    blocks = [('p', c.t('COMMUNIQUÉ - Pour diffusion immédiate', 'NEWS RELEASE - For immediate release')),
              ('p', c.t('La Direction de santé publique Boréal-Littoral confirme %d cas de %s dans la région depuis le début de l\'année, dont %d chez des enfants de moins de 5 ans. Aucun décès n\'a été rapporté.' % (n, L(dis, c), c.rng.randint(0, n // 2)),
                        'Boréal-Littoral Public Health confirms %d cases of %s in the region since January, %d of them in children under 5. No deaths reported.' % (n, L(dis, c), c.rng.randint(0, n // 2)))),
              ('p', c.t('La population est invitée à vérifier son statut vaccinal. Info-Santé : 811.', 'The public is encouraged to check their vaccination status. Info-Santé: 811.')),
              ('p', c.t('Source : %s, %s' % (sp['display'], sp['title']), 'Source: %s, %s' % (sp['display'], sp['title']))),
              ('p', c.t('Renseignements médias : 418 555-0177', 'Media inquiries: 418 555-0177'))]
    return spec(c, c.t('Communiqué - %s dans la région', 'News release - %s in the region') % L(dis, c), blocks, sp,
                [dict(display=c.t('Médias régionaux', 'Regional media'), addr='redaction@hebdo-nord.example')], body_mode=c.ch([None, 'html']), note='press release aggregate')


def n_reunion_ics(c):
    org = c.w.staff(c.ch(['dir', 'qual', 'agent', 'ti']), c.lang)
    att = [c.w.staff(c.ch(['inf_urg', 'fam_md', 'rh']), c.lang) for _ in range(c.rng.randint(2, 5))]
    what = c.ch([c.t('Formation RCR - recertification', 'CPR recertification'), c.t('Comité de coordination dispensaires', 'Nursing station coordination'),
                 c.t('Démo du nouveau module de télésanté', 'Telehealth module demo'), c.t('Caucus gestion des lits', 'Bed management huddle')])
    start = dt.datetime.combine(c.future(2, 20), dt.time(c.rng.choice([8, 10, 13, 15]), 0))
    ics = make_ics('rsbl-%08x@rsbl.example' % c.rng.getrandbits(32), c.dtime.astimezone(dt.timezone.utc).replace(tzinfo=None), start, start + dt.timedelta(hours=1),
                   what, c.t('Lien Teams dans l\'invitation. Ordre du jour à suivre.', 'Teams link in the invite. Agenda to follow.'), c.t('Salle Boréale / Teams', 'Boréale room / Teams'), org, att)
    blocks = [('p', what), ('p', start.strftime('%Y-%m-%d %H:%M')), ('lines', [org['display']])]
    return spec(c, c.t('Invitation : %s', 'Invitation: %s') % what, blocks, org, att, [A_text('invite.ics', ics, 'calendar', 'utf-8', {'method': 'REQUEST'})], note='meeting invite')


def n_vcard_staff(c):
    rh = c.w.staff('rh', c.lang)
    new = c.w.staff(c.ch(['inf_disp', 'ipspl', 'psy_md', 'pharm']), c.lang)
    site = SITES[new['site']]
    vcf = make_vcf(new['name'].split()[-1], new['name'].split()[0], tel=site['tel'], adr=site['addr'], email_=new['addr'], org='Réseau de santé Boréal-Littoral', title=new['title'])
    blocks = [('p', c.salut()), ('p', c.t('Veuillez accueillir %s, %s, qui se joint à l\'équipe lundi. Ses coordonnées professionnelles sont jointes.' % (new['display'], new['title']),
                                          'Please welcome %s, %s, joining the team on Monday. Work contact card attached.' % (new['display'], new['title']))), c.sig(rh, 'rh')]
    return spec(c, c.t('Bienvenue à %s', 'Welcome %s') % new['display'], blocks, rh, [dict(display=c.t('Équipe', 'Team'), addr='equipe@' + DOM)],
                [A_text(fname(strip_accents(new['name'])) + '.vcf', vcf, 'vcard', 'utf-8')], note='staff vCard')


def n_zip_politiques(c):
    q = c.w.staff(c.ch(['qual', 'dir']), c.lang)
    pols = [(c.t('Politique_courriel_securitaire.pdf', 'Secure_email_policy.pdf'), make_pdf(c.t('Politique sur l\'utilisation sécuritaire du courriel', 'Secure e-mail policy'),
                                                                                              [('p', c.t('Ne jamais transmettre de renseignements personnels sans chiffrement.', 'Never send personal information without encryption.'))])),
            (c.t('Procedure_desinfection_civieres.docx', 'Stretcher_disinfection_procedure.docx'), make_docx(c.t('Procédure de désinfection', 'Disinfection procedure'),
                                                                                                             [('ul', [c.t('Peroxyde 0,5 %, contact 1 min', 'Peroxide 0.5%, 1 min contact'), c.t('Javel 1:10 si C. difficile', 'Bleach 1:10 if C. difficile')])])),
            ('LISEZMOI.txt', c.t('Documents approuvés par le comité de direction.\r\n', 'Documents approved by the management committee.\r\n').encode('utf-8'))]
    blocks = [('p', c.salut()), ('p', c.t('Vous trouverez dans l\'archive les politiques et procédures mises à jour ce trimestre.', 'The archive contains the policies and procedures updated this quarter.')), c.sig(q, 'qual')]
    return spec(c, c.t('Politiques et procédures - mise à jour', 'Policies and procedures - update'), blocks, q, [dict(display=c.t('Gestionnaires', 'Managers'), addr='gestionnaires@' + DOM)],
                [A_zip('politiques_%s.zip' % c.date.strftime('%Y_T%m'), pols)], note='zip of policies')


def n_stages(c):
    dsi = c.w.staff(c.ch(['dir', 'agent']), c.lang)
    rows = [[n, c.ch(['Cégep de l\'Abitibi-Nord', 'Université du Littoral', 'Cégep de Port-Laurent']), c.ch(['Urgence', 'Obstétrique', 'Dispensaire ' + community(c)[0], 'Santé mentale']),
             '%s - %s' % (short_date(c.future(10, 20), c.lang), short_date(c.future(40, 60), c.lang)), c.ch(staff_names(c, 1))] for n in staff_names(c, c.rng.randint(3, 7))]
    blocks = [('p', c.salut()), ('p', c.t('Voici les stagiaires en soins infirmiers de la session d\'automne :', 'Here are the fall nursing students:')),
              ('table', c.t(['Stagiaire', 'Établissement', 'Milieu', 'Dates', 'Préceptrice'], ['Student', 'School', 'Unit', 'Dates', 'Preceptor']), rows), c.sig(dsi, 'dsi')]
    return spec(c, c.t('Stagiaires - session d\'automne', 'Students - fall session'), blocks, dsi, [dict(display=c.t('Chefs d\'unité', 'Unit managers'), addr='chefs@' + DOM)], note='student placements')


def n_rappel_materiel(c):
    q = c.w.staff(c.ch(['qual', 'install']), c.lang)
    dev = c.ch([("défibrillateurs externes automatisés", "automated external defibrillators"), ("pompes volumétriques", "infusion pumps"), ("glucomètres", "glucometers"),
                ("lits électriques", "electric beds")])
    rows = [[serial_code(c), c.ch(['HRVC urgence', 'CHPL bloc', 'Dispensaire ' + community(c)[0], 'HRK 2e']), c.ch([c.t('à retirer', 'remove'), c.t('mise à jour logicielle', 'software update')])] for _ in range(c.rng.randint(3, 8))]
    blocks = [('p', c.salut()), ('p', c.t('Avis de rappel du fabricant (RA-%d) visant certains %s. Numéros de série touchés chez nous :' % (c.rng.randint(60000, 79999), L(dev, c)),
                                          'Manufacturer recall notice (RA-%d) affecting some %s. Affected serial numbers on our sites:' % (c.rng.randint(60000, 79999), L(dev, c)))),
              ('table', c.t(['No de série', 'Emplacement', 'Action'], ['Serial #', 'Location', 'Action']), rows),
              ('p', c.t('Aucun incident usager rapporté à ce jour.', 'No patient incidents reported to date.')), c.sig(q)]
    return spec(c, c.t('Rappel de matériel - %s', 'Equipment recall - %s') % L(dev, c), blocks, q, [dict(display=c.t('Génie biomédical', 'Biomedical engineering'), addr='gbm@' + DOM)], note='equipment recall serials')


def n_agrement(c):
    q = c.w.staff('qual', c.lang)
    rows = [[c.t('Chutes / 1000 jours-présence', 'Falls / 1000 patient-days'), '2,4' if c.lang == 'fr' else '2.4'], [c.t('Erreurs de médication déclarées', 'Reported medication errors'), str(c.rng.randint(40, 160))],
            [c.t('BCM au congé complété', 'Discharge med rec completed'), '%d %%' % c.rng.randint(55, 92)], [c.t('Double identification', 'Two-identifier check'), '%d %%' % c.rng.randint(80, 99)]]
    blocks = [('p', c.salut()), ('p', c.t('La visite d\'Agrément aura lieu du %s au %s. Voici nos indicateurs pour les pratiques organisationnelles requises :' % (short_date(c.future(30, 40), 'fr'), short_date(c.future(41, 45), 'fr')),
                                          'The accreditation visit is from %s to %s. Our indicators for required organisational practices:' % (short_date(c.future(30, 40), 'en'), short_date(c.future(41, 45), 'en')))),
              ('table', c.t(['Indicateur', 'Résultat'], ['Indicator', 'Result']), rows), c.sig(q, 'qual')]
    return spec(c, c.t('Préparation visite d\'Agrément', 'Accreditation visit preparation'), blocks, q, [dict(display=c.t('Comité de direction', 'Management committee'), addr='codir@' + DOM)], note='accreditation')


def n_fondation(c):
    f = c.w.staff('comm', c.lang)
    donors = ['%s %s' % (c.ch(GIVEN_F_FR + GIVEN_M_FR), c.ch(SUR_FR)) for _ in range(3)]
    blocks = [('p', c.salut()), ('p', c.t('Grâce au tournoi de golf de la Fondation, 84 500 $ ont été amassés pour l\'achat d\'un échographe portatif pour les dispensaires.',
                                          'Thanks to the Foundation golf tournament, $84,500 was raised to buy a portable ultrasound for the nursing stations.')),
              ('p', c.t('Merci à nos grands donateurs : ', 'Thanks to our major donors: ') + ', '.join(donors) + c.t(' et Mine Aurelia inc.', ' and Mine Aurelia inc.')),
              ('p', c.t('Prochain événement : souper-bénéfice le %s.', 'Next event: benefit dinner on %s.') % short_date(c.future(30, 90), c.lang)), c.sig(f, 'comm')]
    return spec(c, c.t('Fondation - merci!', 'Foundation - thank you!'), blocks, f, [dict(display=c.t('Tout le personnel', 'All staff'), addr='tous@' + DOM)], body_mode=c.ch([None, 'html']), note='foundation')


def n_fret_vaccins(c):
    v = c.w.staff(c.ch(['inf_vacc', 'achat']), c.lang)
    comm = community(c)
    rows = [[L(x, c), 'LOT %s%s' % (c.ch(['U', 'X', 'S']), digits(c.rng, 6)), str(c.rng.randint(10, 200)), c.future(60, 400).strftime('%Y-%m')] for x in c.rng.sample(VACCINES, 3)]
    blocks = [('p', c.salut()), ('p', c.t('Envoi de vaccins vers le dispensaire de %s par le vol cargo de mardi. Boîte isotherme no %s, enregistreur de température no %s.' % (comm[0], digits(c.rng, 6), serial_code(c)),
                                          'Vaccine shipment to %s nursing station on Tuesday\'s cargo flight. Cooler box #%s, temperature logger #%s.' % (comm[0], digits(c.rng, 6), serial_code(c)))),
              ('table', c.t(['Produit', 'Lot', 'Doses', 'Expiration'], ['Product', 'Lot', 'Doses', 'Expiry']), rows),
              ('p', c.t('Merci de vérifier la température (2-8 °C) à la réception et de retourner le formulaire de chaîne de froid.', 'Please check temperature (2-8 C) on receipt and return the cold-chain form.')), c.sig(v)]
    return spec(c, c.t('Envoi vaccins - %s', 'Vaccine shipment - %s') % comm[0], blocks, v, [disp_staff(c, comm)], note='vaccine cold chain shipment')


def n_sst_incident(c):
    sst = c.w.staff('sst', c.lang)
    emp = c.w.staff(c.ch(['inf_urg', 'ts_sad', 'agent', 'inf_sm']), c.lang)
    ev = c.ch([("glissade sur la glace dans le stationnement, contusion au genou", "slipped on ice in the parking lot, knee contusion"),
               ("piqûre accidentelle avec aiguille souillée (protocole AES appliqué)", "needlestick injury (BBF exposure protocol followed)"),
               ("agression verbale et physique par un visiteur", "verbal and physical aggression by a visitor")])
    blocks = [('p', c.salut(emp['name'])), ('p', c.t('Nous avons bien reçu votre déclaration d\'événement (%s) du %s. Dossier SST-%05d.' % (L(ev, c), short_date(c.past(1, 6), 'fr'), c.rng.randint(1, 99999)),
                                                      'We received your incident report (%s) of %s. File OHS-%05d.' % (L(ev, c), short_date(c.past(1, 6), 'en'), c.rng.randint(1, 99999)))),
              ('p', c.t('Le programme d\'aide aux employés est disponible en tout temps : 1 800 555-0123.', 'The employee assistance program is available 24/7: 1 800 555-0123.')), c.sig(sst, 'rh')]
    return spec(c, c.t('Déclaration d\'événement - employé', 'Incident report - employee'), blocks, sst, [emp], cc=[c.w.staff('dir', c.lang)], note='employee OHS incident (HR)')


def n_vie_interne(c):
    f = c.w.staff(c.ch(['comm', 'agent']), c.lang)
    who_ = c.w.staff(c.ch(['inf_urg', 'inf_disp', 'agent']), c.lang)
    blocks = [('p', c.salut()), ('p', c.ch([c.t('Après 32 ans de loyaux services, %s prend sa retraite! 5 à 7 vendredi à la salle Boréale.' % who_['name'], 'After 32 years, %s is retiring! Drinks Friday 5-7 pm, Boréale room.' % who_['name']),
                                             c.t('Le party de Noël aura lieu le 14 décembre. Réservez votre place auprès de %s.' % who_['name'], 'The holiday party is on December 14. Book your seat with %s.' % who_['name']),
                                             c.t('Menu de la cafétéria : lundi pâté chinois, mardi soupe aux pois, mercredi poisson.', 'Cafeteria menu: Monday shepherd\'s pie, Tuesday pea soup, Wednesday fish.')])),
              c.sig(f)]
    return spec(c, c.t('Vie au travail', 'Workplace news'), blocks, f, [dict(display=c.t('Tout le personnel', 'All staff'), addr='tous@' + DOM)], note='internal life')


NEG_BUILDERS = [
    (n_achats_bc, 5, 3), (n_appel_offres, 3, 1), (n_facture_evac, 3, 2), (n_rh_horaire, 4, 2), (n_rh_conge, 4, 2), (n_rh_affichage, 4, 2),
    (n_rh_vaccin_employes, 3, 1), (n_ti_panne, 4, 2), (n_ti_test, 2, 1), (n_ti_actifs, 3, 2), (n_comite_convocation, 4, 2), (n_comite_pv, 3, 2),
    (n_bulletin, 4, 2), (n_campagne, 5, 2), (n_stats, 6, 2), (n_formation_cas, 5, 3), (n_formulaire_vierge, 4, 2), (n_conference, 3, 2),
    (n_installations, 5, 2), (n_protocole, 5, 2), (n_pharmacie_rupture, 3, 2), (n_garde, 3, 2), (n_evac_logistique, 3, 2),
    (n_sp_communique, 4, 2), (n_reunion_ics, 3, 2), (n_vcard_staff, 2, 1), (n_zip_politiques, 2, 1), (n_stages, 3, 1),
    (n_rappel_materiel, 3, 2), (n_agrement, 3, 1), (n_fondation, 3, 1), (n_fret_vaccins, 3, 2), (n_sst_incident, 3, 1), (n_vie_interne, 3, 1),
]

# --------------------------------------------------------------------------------------------
# Driver, self-check, README
# --------------------------------------------------------------------------------------------

def msg_datetime(rng):
    start = dt.date(2024, 1, 8)
    while True:
        d = start + dt.timedelta(days=rng.randrange(0, 326))
        if d.weekday() < 5 or rng.random() < 0.15:
            break
    t = dt.time(rng.randint(6, 21), rng.randint(0, 59), rng.randint(0, 59))
    return dt.datetime.combine(d, t, tzinfo=tz_for(d))


def typoize(blocks, rng):
    """Introduce one or two realistic typos in running text (never in tables or key/value fields)."""
    out = []
    budget = rng.randint(1, 2)
    for b in blocks:
        if b[0] == 'p' and budget and rng.random() < 0.6:
            words = b[1].split(' ')
            idx = [i for i, w in enumerate(words) if re.fullmatch(r'[a-zàâçéèêëîïôûù]{6,}', w)]
            if idx:
                i = rng.choice(idx)
                w = words[i]
                k = rng.randint(1, len(w) - 3)
                words[i] = rng.choice([w[:k] + w[k + 1] + w[k] + w[k + 2:], w[:k] + w[k + 1:], w[:k] + w[k] + w[k:]])
                budget -= 1
                b = ('p', ' '.join(words))
        out.append(b)
    return out


def plan(builders, rng):
    slots = []
    for fn, nfr, nen in builders:
        slots += [(fn, 'fr')] * nfr + [(fn, 'en')] * nen
    rng.shuffle(slots)
    return slots


def generate(out, seed):
    import shutil
    for sub in ('positive', 'negative'):
        p = os.path.join(out, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    master = random.Random(seed)
    world = World(master)
    labels = {}
    for kind, builders, n_exp in (('p', POS_BUILDERS, N_POS), ('n', NEG_BUILDERS, N_NEG)):
        slots = plan(builders, master)
        assert len(slots) == n_exp, (kind, len(slots))
        for i, (fn, lang) in enumerate(slots, 1):
            r = random.Random('%d-%s-%03d' % (seed, kind, i))
            world.rng = r
            when = msg_datetime(r)
            c = Ctx(world, r, lang, kind == 'p', when.date())
            c.dtime = when
            sp = fn(c)
            types = sorted(c.types)
            if kind == 'p':
                assert types, fn.__name__
            else:
                assert not types, (fn.__name__, types)
            if r.random() < 0.22:
                sp['blocks'] = typoize(sp['blocks'], r)
                sp['note'] = sp.get('note', '') + ' (typos)'
            mode = r.choices(['none', 'reply', 'fwd', 'eml'], [58, 16, 16, 10])[0]
            data, notes = finalize(sp, c, r, mode)
            cat = fn.__name__[2:]
            rel = '%s/%s%03d_%s.eml' % ('positive' if kind == 'p' else 'negative', kind, i, cat)
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(data)
            labels[rel] = {'confidential': kind == 'p', 'types': types, 'lang': lang,
                           'note': '%s; %s' % (sp.get('note', ''), ', '.join(notes))}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    return labels


ZIPLIKE = ('application/zip', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
           'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')


def self_check(out):
    with open(os.path.join(out, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    files = sorted('%s/%s' % (sub, f) for sub in ('positive', 'negative') for f in os.listdir(os.path.join(out, sub)))
    assert set(files) == set(labels), 'labels do not cover exactly the files'
    counts = {'positive': {'fr': 0, 'en': 0}, 'negative': {'fr': 0, 'en': 0}}
    nparts = 0
    for f in files:
        with open(os.path.join(out, f), 'rb') as fh:
            data = fh.read()
        msg = email.message_from_bytes(data, policy=email.policy.default)
        assert msg['From'] and msg['To'] and msg['Subject'] is not None and msg['Date'], f
        str(msg['Subject'])
        for part in msg.walk():
            if part.is_multipart():
                continue
            content = part.get_content()
            nparts += 1
            ct = part.get_content_type()
            fn = part.get_filename() or ''
            if ct in ZIPLIKE or fn.lower().endswith(('.zip', '.docx', '.xlsx')):
                zf = zipfile.ZipFile(io.BytesIO(content))
                assert zf.testzip() is None, f
            elif ct == 'application/pdf':
                assert content.startswith(b'%PDF'), f
            elif part.get_content_maintype() == 'text':
                assert isinstance(content, str), f
        lab = labels[f]
        sub = f.split('/')[0]
        if sub == 'positive':
            assert lab['confidential'] is True and len(lab['types']) >= 1, f
        else:
            assert lab['confidential'] is False and lab['types'] == [], f
        counts[sub][lab['lang']] += 1
    h = hashlib.sha256()
    for rel in files + ['labels.json']:
        with open(os.path.join(out, rel), 'rb') as fh:
            h.update(rel.encode() + b'\0' + fh.read())
    return counts, nparts, h.hexdigest()


README = """# corpus_heldout_52 — synthetic outbound mail, Réseau de santé Boréal-Littoral

## Flavour
An invented mixed regional health network covering **Abitibi** and the **Côte-Nord**: emergency departments
(transfers to a tertiary centre, critical lab values, discharge summaries), maternity (high-risk prenatal
referrals, birth notices for postnatal home visits), mental health (post-crisis follow-ups, psychiatry
appointment invitations), public health (contact tracing with named contacts, school/infant vaccination
recall lists, reportable-disease notifications, TB directly observed therapy), nursing stations of northern
and Indigenous communities (daily rosters, medevac requests, lodging of patients at a patient house), home
care, youth protection, an Ontario patient (Ontario health number), European visitors (French NIR, Belgian
NISS) and a mine worker's injury claim (SIN).  Negatives are the network's administrative mail: purchasing and
tenders, air-ambulance invoices, HR (schedules, leave, employee occupational health, postings, staff
vaccination coverage), IT (maintenance, asset inventories with serial numbers, an interface test with a dummy
record), committees (notices, minutes), newsletters, public campaigns and press releases with aggregate
counts, statistics, anonymised teaching cases, blank forms, protocols, drug shortages (DIN/lot numbers),
equipment recalls (serial numbers, some Luhn-valid or shaped like other identifiers), on-call lists,
vaccine cold-chain shipments, foundation and workplace news.  About two thirds French-Canadian, one third English.
All people, institutions, addresses and domains are invented (`*.example`, 555-01xx phone numbers).

## Layout
    generate.py            the generator (stdlib + python-stdnum + reportlab, python-docx, openpyxl)
    positive/pNNN_<category>.eml   120 confidential messages
    negative/nNNN_<category>.eml   180 non-confidential messages
    labels.json            {"positive/p001_x.eml": {"confidential": true, "types": [...], "lang": "fr"|"en", "note": "..."}}
    README.md              this file (written by generate.py)

## Definition used
A message is confidential when a reader can identify a patient (name, or RAMQ NAM, SIN, Ontario health
number, Belgian NISS, French NIR, chart number/MRN — sometimes disguised: spaces, dashes, lower case,
surname-first rosters, initials) **and** learn something personal, medical or social about them, anywhere in
the message: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP,
attached .eml) or attachment file name.  A patient's home address or phone with their name in a care
context counts.  Staff information, employee occupational health, physicians with their specialties,
speakers/topics, aggregates, newsletters, blank forms, anonymised teaching cases, invoices/POs, serial, lot
and asset numbers, clinic contact details, IT/facilities mail, postings and committee notices are not.
Types: ramq_nam, ca_sin, ca_health_number, be_niss, fr_nir, mrn, date_of_birth, patient_name, diagnosis,
medication, lab_result, patient_contact, social_information (vaccines are counted as medication).
Every NAM comes from ../blind_nams.txt with that person's name, birth date and sex; SIN, Ontario health
numbers (Luhn), NISS and NIR are generated valid and checked with python-stdnum.

## Transports
text/plain, text/html only, multipart/alternative (some Outlook-style HTML with entities), multipart/mixed
with attachments; charsets utf-8, iso-8859-1, windows-1252, us-ascii; quoted-printable, base64, 7bit/8bit;
RFC 2047 subjects and display names, RFC 2231 and encoded-word attachment names; LF and CRLF line endings;
replies (Gmail '>' quoting, Outlook headers), inline forwards, and messages attached as message/rfc822.
PDF/DOCX/XLSX/ZIP use fixed timestamps so output is byte-for-byte reproducible.

## Regenerate
    /path/to/python generate.py            # default seed %(seed)d, writes next to generate.py
    /path/to/python generate.py --seed N --out DIR

The generator parses every file back with `email.message_from_bytes(..., policy=email.policy.default)`,
decodes every part, checks labels, then prints counts and the digest.

## Counts and digest (seed %(seed)d)
positives %(pos)d (fr %(pfr)d, en %(pen)d); negatives %(neg)d (fr %(nfr)d, en %(nen)d)

sha256 over sorted relative paths + contents of positive/, negative/ and labels.json:
`%(digest)s`
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--out', default=HERE)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    generate(a.out, a.seed)
    counts, nparts, digest = self_check(a.out)
    pos = sum(counts['positive'].values())
    neg = sum(counts['negative'].values())
    print('positives: %d (fr %d, en %d)' % (pos, counts['positive']['fr'], counts['positive']['en']))
    print('negatives: %d (fr %d, en %d)' % (neg, counts['negative']['fr'], counts['negative']['en']))
    print('parts decoded: %d' % nparts)
    print('sha256: %s' % digest)
    with open(os.path.join(a.out, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write(README % dict(seed=a.seed, pos=pos, neg=neg, pfr=counts['positive']['fr'], pen=counts['positive']['en'],
                               nfr=counts['negative']['fr'], nen=counts['negative']['en'], digest=digest))
    if pos != N_POS or neg != N_NEG:
        sys.exit('unexpected counts')


if __name__ == '__main__':
    main()
