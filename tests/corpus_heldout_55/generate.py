#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Synthetic outbound hospital e-mail corpus (held-out set 55).

Flavour: cardiology, nephrology / haemodialysis unit and the medical imaging
department of an invented Quebec hospital centre, about half English and half
French-Canadian.  Writes positive/pNNN_<category>.eml (confidential),
negative/nNNN_<category>.eml (harmless) and labels.json, deterministically
from a seed, then self-checks the output.

All people, institutions, addresses, domains and phone numbers are invented.
RAMQ NAMs come only from ../blind_nams.txt; every other identifier is generated
valid and checked with python-stdnum.
"""
import argparse
import csv
import datetime as dt
import email
import email.policy
import hashlib
import html as htmlmod
import io
import json
import os
import random
import re
import sys
import textwrap
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')
DEFAULT_SEED = 5555
N_POS = 120
N_NEG = 180
FIXED_ZIP_TIME = (2025, 3, 3, 8, 0, 0)
FIXED_DT = dt.datetime(2025, 3, 3, 8, 0, 0)
FIXED_ISO = b'2025-03-03T08:00:00Z'

# ---------------------------------------------------------------------------
# Invented world
# ---------------------------------------------------------------------------
DOM = 'chsa.example'
HOSP_FR = 'Centre hospitalier Sainte-Aurélie'
HOSP_EN = 'Sainte-Aurélie Hospital Centre'
HOSP_ADDR = '3100, boulevard des Hirondelles, Sainte-Aurélie (Québec)  J9Z 4K1'
MAIN_PHONE = '819-555-0100'

STAFF = {
    # key: (first, last, title, role_fr, role_en, dept, lang, ext)
    'lachance': ('Sophie', 'Lachance', 'Dre', 'Cardiologue', 'Cardiologist', 'cardio', 'fr', '4471'),
    'whitmore': ('Daniel', 'Whitmore', 'Dr', 'Cardiologue', 'Cardiologist', 'cardio', 'en', '4475'),
    'benali': ('Karim', 'Benali', 'Dr', 'Cardiologue-électrophysiologiste', 'Cardiac electrophysiologist', 'cardio', 'fr', '4478'),
    'raman': ('Priya', 'Raman', 'Dr', 'Cardiologue', 'Cardiologist', 'cardio', 'en', '4473'),
    'vezina': ('Chantal', 'Vézina', None, "Infirmière clinicienne, clinique d'insuffisance cardiaque", 'Clinical nurse, heart failure clinic', 'cardio', 'fr', '4490'),
    'orourke': ('Kathleen', "O'Rourke", None, "Infirmière, clinique d'anticoagulation", 'RN, Anticoagulation Clinic', 'cardio', 'en', '4493'),
    'paradis': ('Julien', 'Paradis', None, 'Technologue en électrophysiologie médicale', 'EP technologist', 'cardio', 'fr', '4482'),
    'doyle': ('Megan', 'Doyle', None, 'Échographiste cardiaque', 'Cardiac sonographer, RDCS', 'cardio', 'en', '4480'),
    'brassard': ('Lise', 'Brassard', None, 'Agente administrative, cardiologie', 'Administrative officer, cardiology', 'cardio', 'fr', '4460'),
    'bellefleur': ('Tanya', 'Bellefleur', None, 'Commis d\'unité, cardiologie', 'Unit clerk, cardiology (7th floor)', 'cardio', 'en', '4461'),
    'haddad': ('Nadia', 'Haddad', 'Dre', 'Néphrologue', 'Nephrologist', 'nephro', 'fr', '5210'),
    'aubin': ('Frédéric', 'Aubin', 'Dr', 'Néphrologue', 'Nephrologist', 'nephro', 'fr', '5212'),
    'fitzgerald': ('Owen', 'Fitzgerald', 'Dr', 'Néphrologue', 'Nephrologist', 'nephro', 'en', '5214'),
    'nguyen': ('Thanh', 'Nguyen', 'Dr', 'Néphrologue', 'Nephrologist', 'nephro', 'en', '5216'),
    'pageau': ('Marie-Ève', 'Pageau', None, 'Assistante infirmière-chef, hémodialyse', 'Assistant head nurse, haemodialysis', 'hd', 'fr', '5230'),
    'desrosiers': ('Julie', 'Desrosiers', None, 'Infirmière, unité d\'hémodialyse', 'RN, haemodialysis unit', 'hd', 'fr', '5232'),
    'stanton': ('Rebecca', 'Stanton', None, 'Infirmière, hémodialyse', 'RN, Hemodialysis', 'hd', 'en', '5233'),
    'dufresne': ('Annie', 'Dufresne', None, 'Travailleuse sociale, néphrologie', 'Social worker, nephrology', 'nephro', 'fr', '5240'),
    'mcleish': ('Gordon', 'McLeish', None, 'Travailleur social', 'Social worker, renal program', 'nephro', 'en', '5241'),
    'grenier': ('Émilie', 'Grenier', None, 'Diététiste-nutritionniste', 'Dietitian', 'nephro', 'fr', '5245'),
    'beaudin': ('Carole', 'Beaudin', None, 'Secrétaire médicale, néphrologie', 'Medical secretary, nephrology', 'nephro', 'fr', '5200'),
    'russo': ('Angela', 'Russo', None, 'Secrétaire, néphrologie', 'Nephrology secretary', 'nephro', 'en', '5201'),
    'kowalski': ('Steve', 'Kowalski', None, 'Technicien en génie biomédical', 'Biomedical engineering technician', 'biomed', 'en', '3310'),
    'lavoie_bm': ('Mathilde', 'Lavigne', None, 'Ingénieure biomédicale', 'Biomedical engineer', 'biomed', 'fr', '3312'),
    'pellerin_pd': ('Josiane', 'Pellerin', None, 'Infirmière, dialyse péritonéale', 'RN, home peritoneal dialysis', 'hd', 'fr', '5236'),
    'harper_pd': ('Lauren', 'Harper', None, 'Infirmière, dialyse à domicile', 'RN, home dialysis program', 'hd', 'en', '5237'),
    'bergeron': ('Hugo', 'Bergeron', 'Dr', 'Radiologiste', 'Radiologist', 'img', 'fr', '2410'),
    'rahman': ('Aisha', 'Rahman', 'Dr', 'Radiologiste', 'Radiologist', 'img', 'en', '2412'),
    'chartrand': ('Valérie', 'Chartrand', 'Dre', 'Radiologiste', 'Radiologist', 'img', 'fr', '2414'),
    'ashworth': ('Simon', 'Ashworth', 'Dr', 'Radiologiste', 'Radiologist', 'img', 'en', '2416'),
    'lemieux': ('Patrick', 'Lemieux', None, 'Technologue en imagerie médicale, coordonnateur TDM', 'CT coordinator, MRT', 'img', 'fr', '2430'),
    'gill': ('Sandeep', 'Gill', None, 'Technologue en chef, IRM', 'MRI charge technologist, MRT(MR)', 'img', 'en', '2440'),
    'rioux': ('Isabelle', 'Rioux', None, 'Technologue en IRM', 'MRI technologist', 'img', 'fr', '2441'),
    'chow': ('Linda', 'Chow', None, 'Commis, centrale de rendez-vous', 'Radiology booking clerk', 'img', 'en', '2400'),
    'roberge': ('Francine', 'Roberge', None, "Agente administrative, centrale de rendez-vous en imagerie", 'Booking office, medical imaging', 'img', 'fr', '2401'),
    'gervais': ('Mathieu', 'Gervais', None, "Chef de service, imagerie médicale", 'Manager, medical imaging', 'img', 'fr', '2405'),
    'roux': ('Catherine', 'Roux', None, 'Pharmacienne', 'Pharmacist', 'pharm', 'fr', '2205'),
    'kessler': ('Ryan', 'Kessler', None, 'Administrateur PACS/SIR', 'PACS/RIS administrator', 'it', 'en', '3050'),
    'tessier': ('Benoît', 'Tessier', None, 'Conseiller, ressources humaines', 'HR advisor', 'hr', 'fr', '1120'),
    'oakes': ('Jennifer', 'Oakes', None, 'Conseillère en santé et sécurité au travail', 'Occupational health nurse', 'hr', 'en', '1125'),
    'moreau_phys': ('Élise', 'Moreau-Dion', None, 'Physicienne médicale, radioprotection', 'Medical physicist, radiation safety', 'img', 'fr', '2470'),
    'baptiste': ('Joël', 'Baptiste', None, 'Technologue en électrophysiologie', 'Cardiology technologist (ECG/Holter)', 'cardio', 'fr', '4483'),
}

DEPT_FR = {'cardio': 'Service de cardiologie', 'nephro': 'Service de néphrologie', 'hd': "Unité d'hémodialyse",
           'img': 'Département d\'imagerie médicale', 'biomed': 'Génie biomédical', 'pharm': 'Département de pharmacie',
           'it': 'Direction des ressources informationnelles', 'hr': 'Direction des ressources humaines'}
DEPT_EN = {'cardio': 'Cardiology', 'nephro': 'Nephrology', 'hd': 'Haemodialysis Unit', 'img': 'Medical Imaging',
           'biomed': 'Biomedical Engineering', 'pharm': 'Pharmacy', 'it': 'Information Technology',
           'hr': 'Human Resources'}

EXTERNAL = {
    'theriault': ('Josiane', 'Thériault', 'Dre', 'GMF des Quatre-Vents', 'gmf-quatrevents.example', 'fr', '819-555-0161'),
    'morissette': ('Alain', 'Morissette', 'Dr', 'Clinique médicale Rivière-Noire', 'cm-riviere-noire.example', 'fr', '450-555-0177'),
    'lindqvist': ('Heather', 'Lindqvist', 'Dr', 'Pontiac Family Medicine Group', 'gmf-pontiac.example', 'en', '819-555-0133'),
    'hadley': ('Peter', 'Hadley', 'Dr', 'Lakeshore Family Health Team', 'lakeshorefht.example', 'en', '613-555-0148'),
    'menon': ('Ravi', 'Menon', 'Dr', 'Kingsmere General Hospital – Renal Program', 'kingsmere.example', 'en', '613-555-0190'),
    'mercier': ('Laurent', 'Mercier-Vidal', 'Dr', 'Centre de néphrologie Les Tilleuls', 'tilleuls-dialyse.example', 'fr', '819-555-0111'),
    'delvaux': ('Anne-Sophie', 'Delvaux', 'Dre', 'Clinique du Val-de-Meuse – Centre de dialyse', 'valdemeuse.example', 'fr', '819-555-0112'),
    'gosselin': ('Marc-André', 'Gosselin', 'Dr', 'Hôpital Notre-Dame-des-Pins – Urgence', 'ndp.example', 'fr', '819-555-0122'),
    'leclair': ('Nancy', 'Leclair', None, 'CLSC des Érables – Soutien à domicile', 'clsc-erables.example', 'fr', '819-555-0166'),
    'paquin': ('Sébastien', 'Paquin', 'Dr', 'Clinique de chirurgie vasculaire Boréal', 'vasculaire-boreal.example', 'fr', '819-555-0124'),
}

VENDORS = [
    ('Medisonix Canada', 'medisonix.example', 'Service technique'),
    ('NephroTech Solutions', 'nephrotech.example', 'Customer Service'),
    ('Imagix Service inc.', 'imagix.example', 'Centre de service'),
    ('CardioLine Distribution', 'cardioline.example', 'Order desk'),
    ('Hydra-Pure Systèmes', 'hydrapure.example', 'Service après-vente'),
]

FIRST_M = ['Marc', 'Pierre', 'Luc', 'Gilles', 'Robert', 'Yves', 'Normand', 'Denis', 'Richard', 'André', 'Paul',
           'Jean-Guy', 'Raymond', 'Michel', 'Kevin', 'Brian', 'Thomas', 'Mohamed', 'Réjean', 'Gaétan']
FIRST_F = ['Lucie', 'Monique', 'Suzanne', 'Claire', 'Francine', 'Jocelyne', 'Linda', 'Carole', 'Helen',
           'Margaret', 'Patricia', 'Julie', 'Amina', 'Rose', 'Huguette', 'Lise', 'Nicole', 'Karen']
LAST_ON = ['Harrison', 'Patel', "O'Neill", 'Kowalczyk', 'Murphy', 'Campbell', 'Singh', 'Robertson', 'Walsh',
           'Henderson', 'MacKenzie', 'Baxter', 'Dunn', 'Fraser']
LAST_FR_FR = ['Dupuis', 'Lefebvre', 'Moreau', 'Mercier', 'Garnier', 'Fabre', 'Rousseau', 'Chevalier', 'Perrin',
              'Guérin', 'Bonnet', 'Lemaire']
LAST_BE = ['Janssens', 'Peeters', 'Dubois', 'Wouters', 'Lambert', 'Renard', 'Dumont', 'Collignon', 'Hermans',
           'Maes', 'Lejeune', 'Delhaye']
FIRST_FR_FR_M = ['Jean-Claude', 'Bernard', 'Philippe', 'Alain', 'Thierry', 'Didier', 'Patrick', 'Christophe']
FIRST_FR_FR_F = ['Brigitte', 'Sylviane', 'Martine', 'Nathalie', 'Véronique', 'Isabelle', 'Chantal', 'Odile']
FIRST_BE_M = ['Luc', 'Geert', 'Jean-Pierre', 'Marcel', 'Dirk', 'Pascal', 'Olivier', 'Willy']
FIRST_BE_F = ['Annick', 'Marie-Claire', 'Els', 'Nadine', 'Véronique', 'Christine', 'Josiane', 'Ann']

STREETS = ['rue des Pruniers', 'rue Saint-Onésime', 'avenue du Lac-Vert', 'rang du Petit-Brûlé', 'rue Dollard',
           'boulevard Pie-IX-Nord', 'chemin de la Grève', 'rue des Cèdres', 'montée Bélair', 'rue Principale Est',
           'Maple Crescent', 'Birchwood Road', 'rue Champlain', 'avenue Laurier Ouest', 'rue du Foyer']
CITIES = [('Sainte-Aurélie', 'J9Z', '819'), ('Saint-Firmin-des-Monts', 'J0X', '819'), ('Lac-Brochet', 'J0Y', '819'),
          ('Val-des-Sources-Nord', 'J9Y', '819'), ('Pointe-aux-Trembles-Ouest', 'H1Z', '514'),
          ('Granby-Sud', 'J2Z', '450'), ('Shawville-Est', 'J0W', '819'), ('Gatineau-Nord', 'J8Z', '873')]
ON_CITIES = [('Kingsmere', 'K0K', '613'), ('Pembroke Lake', 'K8Z', '613'), ('Arnprior Mills', 'K7Z', '343')]


def ascii_local(s):
    tbl = str.maketrans('éèêëàâäîïôöûüùçÉÈÊÀÂÎÔÛÇ\'', 'eeeeaaaiioouuucEEEAAIOUC-')
    return re.sub(r'[^a-z0-9.\-]', '', s.translate(tbl).lower().replace(' ', '-'))


def staff_addr(key):
    f, l = STAFF[key][0], STAFF[key][1]
    return '%s.%s@%s' % (ascii_local(f), ascii_local(l).replace('-', ''), DOM)


def staff_name(key, titled=True):
    f, l, t = STAFF[key][0], STAFF[key][1], STAFF[key][2]
    return ('%s %s %s' % (t, f, l)) if (t and titled) else '%s %s' % (f, l)


def ext_addr(key):
    f, l = EXTERNAL[key][0], EXTERNAL[key][1]
    return '%s.%s@%s' % (ascii_local(f), ascii_local(l).replace('-', ''), EXTERNAL[key][4])


def ext_name(key, titled=True):
    f, l, t = EXTERNAL[key][0], EXTERNAL[key][1], EXTERNAL[key][2]
    return ('%s %s %s' % (t, f, l)) if (t and titled) else '%s %s' % (f, l)


def signature(key, lang, rng, short=False):
    f, l, t, rfr, ren, dept, _, ext = STAFF[key]
    if short:
        return rng.choice(['%s' % f, '%s %s' % (f, l), '%s.' % f[0], '-- %s' % f])
    creds = ''
    if t:
        creds = rng.choice([', M.D.', ', MD, FRCPC', ', M.D., FRCPC', ''])
    if lang == 'fr':
        lines = ['%s %s%s' % (f, l, creds), rfr, '%s | %s' % (DEPT_FR[dept], HOSP_FR),
                 rng.choice(['Tél. : %s, poste %s' % (MAIN_PHONE, ext), 'T : %s p. %s' % (MAIN_PHONE, ext),
                             'Téléphone : %s #%s  |  Télécopieur : 819-555-0199' % (MAIN_PHONE, ext)])]
        if rng.random() < 0.4:
            lines.append(HOSP_ADDR)
    else:
        lines = ['%s %s%s' % (f, l, creds), ren, '%s – %s' % (DEPT_EN[dept], HOSP_EN),
                 rng.choice(['Tel: %s ext. %s' % (MAIN_PHONE, ext), 'T %s x%s | F 819-555-0199' % (MAIN_PHONE, ext),
                             'Phone %s, local %s' % (MAIN_PHONE, ext)])]
    sep = rng.choice(['-- \n', '\n', '____________________\n', ''])
    return sep + '\n'.join(lines)


DISCLAIMER_FR = ("AVIS DE CONFIDENTIALITÉ : Ce courriel et ses pièces jointes peuvent contenir des renseignements "
                 "confidentiels destinés uniquement au destinataire. Si vous l'avez reçu par erreur, veuillez "
                 "en aviser l'expéditeur et le détruire.")
DISCLAIMER_EN = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential information "
                 "intended only for the addressee. If you received it in error, please notify the sender and "
                 "delete it.")


def disclaimer(lang, rng):
    if rng.random() < 0.3:
        return '\n\n' + (DISCLAIMER_FR if lang == 'fr' else DISCLAIMER_EN)
    if rng.random() < 0.15:
        return '\n\n' + DISCLAIMER_FR + '\n' + DISCLAIMER_EN
    return ''


# ---------------------------------------------------------------------------
# Patients and identifiers
# ---------------------------------------------------------------------------
def load_nams():
    people = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            last, first, dob, sex, nam = line.split()
            people.append({'last': last, 'first': first, 'dob': dt.date.fromisoformat(dob), 'sex': sex,
                           'nam': nam, 'origin': 'qc'})
    return people


def gen_sin(rng):
    while True:
        first = rng.choice('1234567')
        body = first + ''.join(rng.choice('0123456789') for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def gen_ohip(rng):
    while True:
        body = rng.choice('123456789') + ''.join(rng.choice('0123456789') for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num) and len(num) == 10:
            return num


def gen_niss(rng, dob, sex):
    while True:
        seq = rng.randrange(1, 998)
        if (seq % 2 == 1) != (sex == 'M'):
            continue
        base = '%02d%02d%02d%03d' % (dob.year % 100, dob.month, dob.day, seq)
        n = int(('2' + base) if dob.year >= 2000 else base)
        chk = 97 - (n % 97)
        num = base + '%02d' % chk
        if be_nn.is_valid(num):
            return num


def gen_nir(rng, dob, sex):
    while True:
        dept = '%02d' % rng.choice([1, 13, 21, 33, 38, 42, 44, 59, 62, 69, 71, 74, 75, 80, 92])
        base = '%s%02d%02d%s%03d%03d' % ('1' if sex == 'M' else '2', dob.year % 100, dob.month, dept,
                                         rng.randrange(1, 990), rng.randrange(1, 999))
        num = base + fr_nir.calc_check_digits(base)
        if fr_nir.is_valid(num):
            return num


def rand_dob(rng, lo=1938, hi=1990):
    return dt.date(rng.randrange(lo, hi), rng.randrange(1, 13), rng.randrange(1, 29))


class PhoneBook:
    """555-01xx numbers, never reused within a run."""

    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def get(self, area):
        while True:
            n = '%s-555-01%02d' % (area, self.rng.randrange(0, 100))
            if n not in self.used:
                self.used.add(n)
                return n


def fmt_nam(nam, style):
    if style == 'spaced':
        return '%s %s %s' % (nam[:4], nam[4:8], nam[8:])
    if style == 'lower':
        return nam.lower()
    if style == 'dash':
        return '%s-%s-%s' % (nam[:4], nam[4:8], nam[8:])
    if style == 'lowerspaced':
        return ('%s %s %s' % (nam[:4], nam[4:8], nam[8:])).lower()
    if style == 'mixed':
        return nam[:4].capitalize() + ' ' + nam[4:]
    return nam


def fmt_sin(s, style):
    if style == 'dash':
        return ca_sin.format(s)
    if style == 'plain':
        return s
    return '%s %s %s' % (s[:3], s[3:6], s[6:])


def fmt_ohip(n, version, style):
    if style == 'dash':
        return '%s-%s-%s-%s' % (n[:4], n[4:7], n[7:], version)
    if style == 'space':
        return '%s %s %s %s' % (n[:4], n[4:7], n[7:], version)
    return n + version


def fmt_niss(n, style):
    if style == 'dots':
        return '%s.%s.%s-%s.%s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:])
    if style == 'space':
        return '%s %s %s' % (n[:6], n[6:9], n[9:])
    return n


def fmt_nir(n, style):
    if style == 'space':
        return fr_nir.format(n)
    if style == 'key':
        return '%s clé %s' % (n[:13], n[13:])
    return n


MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
             'novembre', 'décembre']
MONTHS_FR_ABBR = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
             'November', 'December']
DAYS_FR = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def fdate(d, lang, style=None, rng=None):
    if style is None:
        style = rng.choice(['iso', 'long', 'slash']) if rng else 'iso'
    if style == 'iso':
        return d.isoformat()
    if style == 'slash':
        return ('%02d/%02d/%04d' % (d.day, d.month, d.year)) if lang == 'fr' else \
            ('%02d/%02d/%04d' % (d.month, d.day, d.year))
    if style == 'short':
        return ('%d %s' % (d.day, MONTHS_FR_ABBR[d.month - 1])) if lang == 'fr' else \
            ('%s %d' % (MONTHS_EN[d.month - 1][:3], d.day))
    if lang == 'fr':
        return '%d %s %d' % (d.day, MONTHS_FR[d.month - 1], d.year) if d.day != 1 else \
            '1er %s %d' % (MONTHS_FR[d.month - 1], d.year)
    return '%s %d, %d' % (MONTHS_EN[d.month - 1], d.day, d.year)


def age_on(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


def hon(p, lang):
    if lang == 'fr':
        return 'M.' if p['sex'] == 'M' else 'Mme'
    return 'Mr.' if p['sex'] == 'M' else 'Ms.'


def pname(p, style, lang='fr'):
    f, l = p['first'], p['last']
    if style == 'full':
        return '%s %s' % (f, l)
    if style == 'title':
        return '%s %s %s' % (hon(p, lang), f, l)
    if style == 'title_last':
        return '%s %s' % (hon(p, lang), l)
    if style == 'LAST_first':
        return '%s, %s' % (l.upper(), f)
    if style == 'last_first':
        return '%s %s' % (l, f)
    if style == 'initial':
        return '%s. %s' % (f[0], l)
    if style == 'lower':
        return ('%s %s' % (f, l)).lower()
    if style == 'upper':
        return ('%s %s' % (f, l)).upper()
    raise ValueError(style)


def sexword(p, lang):
    if lang == 'fr':
        return 'homme' if p['sex'] == 'M' else 'femme'
    return 'male' if p['sex'] == 'M' else 'female'


def il(p):
    return 'il' if p['sex'] == 'M' else 'elle'


def he(p):
    return 'he' if p['sex'] == 'M' else 'she'


def his(p):
    return 'his' if p['sex'] == 'M' else 'her'


def e_(p):
    """French feminine agreement suffix."""
    return '' if p['sex'] == 'M' else 'e'


# ---------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------
def table_text(headers, rows, sep=' | '):
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) for i, h in enumerate(headers)]
    out = [sep.join(str(h).ljust(w) for h, w in zip(headers, widths)).rstrip()]
    out.append('-+-'.join('-' * w for w in widths) if sep == ' | ' else '-' * (sum(widths) + 2 * len(widths)))
    for r in rows:
        out.append(sep.join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())
    return '\n'.join(out)


def table_tsv(headers, rows):
    return '\n'.join(['\t'.join(map(str, headers))] + ['\t'.join(map(str, r)) for r in rows])


def table_html(headers, rows):
    h = ['<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:10pt">',
         '<tr>' + ''.join('<th style="background:#dde6f0">%s</th>' % htmlmod.escape(str(x)) for x in headers) + '</tr>']
    for r in rows:
        h.append('<tr>' + ''.join('<td>%s</td>' % htmlmod.escape(str(x)) for x in r) + '</tr>')
    h.append('</table>')
    return '\n'.join(h)


TABLE_MARK = '\x00TABLE%d\x00'


def text_to_html(text, tables=None, rng=None):
    """Very small text->HTML renderer; TABLE_MARK placeholders become <table>s."""
    tables = tables or []
    out = ['<html>', '<head><meta http-equiv="Content-Type" content="text/html"></head>',
           '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    quote_open = False
    for para in re.split(r'\n\s*\n', text):
        m = re.fullmatch(r'\x00TABLE(\d+)\x00', para.strip())
        if m:
            out.append(table_html(*tables[int(m.group(1))]))
            continue
        lines = para.split('\n')
        is_quote = all(l.startswith('>') for l in lines if l.strip())
        if is_quote and not quote_open:
            out.append('<blockquote style="border-left:2px solid #888;margin-left:4px;padding-left:6px">')
            quote_open = True
        elif not is_quote and quote_open:
            out.append('</blockquote>')
            quote_open = False
        if is_quote:
            lines = [l[1:].lstrip() if l.startswith('>') else l for l in lines]
        out.append('<p>' + '<br>\n'.join(htmlmod.escape(l) for l in lines) + '</p>')
    if quote_open:
        out.append('</blockquote>')
    out += ['</body>', '</html>']
    return '\n'.join(out)


def render_tables(text, tables, style='pipe'):
    def rep(m):
        hdr, rows = tables[int(m.group(1))]
        return table_tsv(hdr, rows) if style == 'tsv' else table_text(hdr, rows)
    return re.sub(r'\x00TABLE(\d+)\x00', rep, text)


def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l.strip() else prefix.rstrip() for l in text.split('\n'))


def attribution(lang, who, when, rng):
    if lang == 'fr':
        return rng.choice(['Le %s, %s a écrit :' % (fdate(when.date(), 'fr', 'long') + ' à ' + when.strftime('%H:%M'), who),
                           'Le %s %s, %s <%s> a écrit :' % (DAYS_FR[when.weekday()], fdate(when.date(), 'fr', 'long'),
                                                            who, '...')]).replace(' <...>', '')
    return rng.choice(['On %s, %s wrote:' % (when.strftime('%a, %b %d, %Y at %I:%M %p'), who),
                       'On %s %s wrote:' % (when.strftime('%Y-%m-%d %H:%M'), who)])


def outlook_header(lang, frm, to, when, subject):
    if lang == 'fr':
        return ('-----Message d\'origine-----\nDe : %s\nEnvoyé : %s %s %s\nÀ : %s\nObjet : %s'
                % (frm, DAYS_FR[when.weekday()], fdate(when.date(), 'fr', 'long'), when.strftime('%H:%M'), to, subject))
    return ('-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s'
            % (frm, when.strftime('%A, %B %d, %Y %I:%M %p'), to, subject))


def fwd_header(lang, frm, to, when, subject):
    if lang == 'fr':
        return ('---------- Message transféré ---------\nDe : %s\nDate : %s\nObjet : %s\nÀ : %s'
                % (frm, fdate(when.date(), 'fr', 'long') + ' ' + when.strftime('%H:%M'), subject, to))
    return ('---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s'
            % (frm, when.strftime('%a, %b %d, %Y at %I:%M %p'), subject, to))


# ---------------------------------------------------------------------------
# Attachment builders (all reproducible)
# ---------------------------------------------------------------------------
def repack_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if info.filename == 'docProps/core.xml':
                b = re.sub(rb'(<dcterms:(?:created|modified)[^>]*>)[^<]*', rb'\g<1>' + FIXED_ISO, b)
                b = re.sub(rb'(<cp:lastPrinted[^>]*>)[^<]*', rb'\g<1>' + FIXED_ISO, b)
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, b)
    return out.getvalue()


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if name.encode('ascii', 'replace') != name.encode('utf-8'):
                zi.flag_bits |= 0x800
            z.writestr(zi, data)
    return out.getvalue()


PDF_SAFE = str.maketrans({'\u2019': "'", '\u2013': '-', '\u2014': '-', '\u0153': 'oe', '\u2264': '<=', '\u2265': '>=',
                          '\u00b5': 'u', '\u2192': '->', '\u2191': '(haut)', '\u2193': '(bas)'})


def make_pdf(title, lines, author, rng, header=None):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    cv = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=rng.choice([0, 1]))
    cv.setTitle(title.translate(PDF_SAFE))
    cv.setAuthor(author.translate(PDF_SAFE))
    cv.setCreator(rng.choice(['RIS Médiane 7.3', 'CardioReport 5', 'Microsoft Word', 'DossierClinique PDF']))
    y = 750
    if header:
        cv.setFont('Helvetica', 8)
        for h in header:
            cv.drawString(60, y, h.translate(PDF_SAFE))
            y -= 11
        y -= 8
    cv.setFont('Helvetica-Bold', 13)
    cv.drawString(60, y, title.translate(PDF_SAFE))
    y -= 24
    cv.setFont('Helvetica', 10)
    for line in lines:
        wrapped = textwrap.wrap(line.translate(PDF_SAFE), 95) or ['']
        for w in wrapped:
            if y < 60:
                cv.showPage()
                cv.setFont('Helvetica', 10)
                y = 750
            cv.drawString(60, y, w)
            y -= 13
    cv.showPage()
    cv.save()
    return buf.getvalue()


def make_docx(title, paras, author, table=None, after=None):
    import docx
    d = docx.Document()
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        hdr, rows = table
        t = d.add_table(rows=1, cols=len(hdr))
        t.style = 'Table Grid'
        for i, h in enumerate(hdr):
            t.rows[0].cells[i].text = str(h)
        for r in rows:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = str(v)
    for p in (after or []):
        d.add_paragraph(p)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return repack_zip(buf.getvalue())


def make_xlsx(sheets, author):
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    first = True
    for name, hdr, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        ws.append(list(hdr))
        for c in ws[1]:
            c.font = Font(bold=True)
        for r in rows:
            ws.append(list(r))
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    buf = io.BytesIO()
    wb.save(buf)
    return repack_zip(buf.getvalue())


def make_csv(hdr, rows, delim=','):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator='\r\n')
    w.writerow(hdr)
    for r in rows:
        w.writerow(r)
    return s.getvalue()


def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def ics_fold(line):
    b = line.encode('utf-8')
    if len(b) <= 74:
        return line
    out, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > 73:
            out.append(cur)
            cur = ' ' + ch
        else:
            cur += ch
    out.append(cur)
    return '\r\n'.join(out)


def make_ics(uid, start, minutes, summary, description, location, organizer, attendees=(), method='REQUEST'):
    end = start + dt.timedelta(minutes=minutes)
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CHSA//Agenda imagerie 4.2//FR', 'CALSCALE:GREGORIAN',
             'METHOD:' + method, 'BEGIN:VEVENT', 'UID:' + uid, 'DTSTAMP:20250303T130000Z',
             'DTSTART;TZID=America/Toronto:' + start.strftime('%Y%m%dT%H%M%S'),
             'DTEND;TZID=America/Toronto:' + end.strftime('%Y%m%dT%H%M%S'),
             'SUMMARY:' + ics_escape(summary), 'DESCRIPTION:' + ics_escape(description),
             'LOCATION:' + ics_escape(location), 'ORGANIZER;CN=%s:mailto:%s' % organizer]
    for cn, addr in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s' % (cn, addr))
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(ics_fold(l) for l in lines) + '\r\n'


def make_vcf(first, last, tel, street, city, region, postal, note, org=None, email_addr=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (last, first), 'FN:%s %s' % (first, last)]
    if org:
        lines.append('ORG:' + org)
    lines.append('TEL;TYPE=HOME,VOICE:' + tel)
    if email_addr:
        lines.append('EMAIL;TYPE=HOME:' + email_addr)
    if street:
        lines.append('ADR;TYPE=HOME:;;%s;%s;%s;%s;Canada' % (street, city, region, postal))
    if note:
        lines.append('NOTE:' + ics_escape(note))
    lines += ['REV:20250303T130000Z', 'END:VCARD']
    return '\r\n'.join(lines) + '\r\n'


# ---------------------------------------------------------------------------
# Mail model
# ---------------------------------------------------------------------------
class Mail:
    def __init__(self, frm, to, subject, text, cc=(), html=None, tables=None, mode=None, attachments=(),
                 headers=None, in_reply_to=None, lang='fr'):
        self.frm = frm            # (name, addr)
        self.to = list(to)        # [(name, addr)]
        self.cc = list(cc)
        self.subject = subject
        self.text = text
        self.html = html
        self.tables = tables or []
        self.mode = mode          # None -> decided by transport
        self.attachments = list(attachments)  # dicts
        self.headers = headers or {}
        self.in_reply_to = in_reply_to
        self.lang = lang


def att_bytes(filename, data, maintype, subtype):
    return {'kind': 'bytes', 'filename': filename, 'data': data, 'maintype': maintype, 'subtype': subtype}


def att_text(filename, text, subtype, charset='utf-8', cte='base64'):
    return {'kind': 'text', 'filename': filename, 'data': text, 'subtype': subtype, 'charset': charset, 'cte': cte}


def att_eml(filename, msg):
    return {'kind': 'eml', 'filename': filename, 'data': msg}


def addr_fmt(name, addr):
    from email.headerregistry import Address
    return Address(display_name=name or '', addr_spec=addr)


LATIN1_FIX = str.maketrans({'\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-',
                            '\u2014': '-', '\u0153': 'oe', '\u2026': '...', '\u20ac': 'EUR', '\u2264': '<=',
                            '\u2265': '>=', '\u2192': '->', '\u2191': '^', '\u2193': 'v'})


def fit_charset(text, charset):
    if charset == 'iso-8859-1':
        text = text.translate(LATIN1_FIX)
    try:
        text.encode(charset)
        return text, charset
    except UnicodeEncodeError:
        return text, 'utf-8'


def build_message(m, tr, msgid, boundary_seed):
    pol = email.policy.default.clone(linesep=tr['linesep'])
    msg = EmailMessage(policy=pol)
    msg['From'] = addr_fmt(*m.frm)
    msg['To'] = [addr_fmt(*a) for a in m.to]
    if m.cc:
        msg['Cc'] = [addr_fmt(*a) for a in m.cc]
    msg['Subject'] = m.subject
    msg['Date'] = format_datetime(tr['date'])
    msg['Message-ID'] = msgid
    if m.in_reply_to:
        msg['In-Reply-To'] = m.in_reply_to
        msg['References'] = m.in_reply_to
    msg['MIME-Version'] = '1.0'
    for k, v in m.headers.items():
        msg[k] = v
    if tr.get('mailer'):
        msg['X-Mailer'] = tr['mailer']
    if tr.get('content_language'):
        msg['Content-Language'] = tr['content_language']
    mode = m.mode or tr['mode']
    style = tr.get('table_style', 'pipe')
    text = render_tables(m.text, m.tables, style)
    html = m.html or text_to_html(m.text, m.tables)
    cs, cte = tr['charset'], tr['cte']
    t2, cs2 = fit_charset(text, cs)
    h2, hcs = fit_charset(html, cs)
    if cte == '8bit' and (max(len(l) for l in (t2 + '\n' + h2).split('\n')) > 900):
        cte = 'quoted-printable'
    if mode == 'plain':
        msg.set_content(t2, charset=cs2, cte=cte)
    elif mode == 'html':
        msg.set_content(h2, subtype='html', charset=hcs, cte=cte)
    else:
        msg.set_content(t2, charset=cs2, cte=cte)
        msg.add_alternative(h2, subtype='html', charset=hcs, cte=cte)
    for a in m.attachments:
        if a['kind'] == 'bytes':
            msg.add_attachment(a['data'], maintype=a['maintype'], subtype=a['subtype'], filename=a['filename'])
        elif a['kind'] == 'text':
            msg.add_attachment(a['data'], subtype=a['subtype'], charset=a['charset'], cte=a['cte'],
                               filename=a['filename'])
        else:
            inner = a['data']
            msg.add_attachment(inner, filename=a['filename'])
    i = 0
    for part in msg.walk():
        if part.is_multipart() and part.get_content_maintype() == 'multipart':
            i += 1
            part.set_boundary('----=_NextPart_%s_%03d' % (boundary_seed, i))
    return msg


def build_inner(frm, to, subject, text, when, msgid, lang, charset='utf-8', cte='quoted-printable'):
    pol = email.policy.default
    msg = EmailMessage(policy=pol)
    msg['From'] = addr_fmt(*frm)
    msg['To'] = [addr_fmt(*a) for a in to]
    msg['Subject'] = subject
    msg['Date'] = format_datetime(when)
    msg['Message-ID'] = msgid
    msg['MIME-Version'] = '1.0'
    t, cs = fit_charset(text, charset)
    msg.set_content(t, charset=cs, cte=cte)
    return msg


# ---------------------------------------------------------------------------
# Generation context
# ---------------------------------------------------------------------------
class World:
    def __init__(self, seed):
        self.seed = seed
        self.rng = random.Random(seed)
        self.phones = PhoneBook(random.Random(seed * 7 + 1))
        self.qc_people = load_nams()
        self.nam_set = {p['nam'] for p in self.qc_people}
        self.use = {}
        self.mrns = set()
        self.msg_counter = 0
        self.start = dt.date(2025, 1, 6)

    def qc_patient(self, rng, min_age, max_age, when, exclude=()):
        cands = [p for p in self.qc_people if min_age <= age_on(p['dob'], when.date()) <= max_age
                 and p['nam'] not in exclude]
        low = min(self.use.get(p['nam'], 0) for p in cands)
        pool = [p for p in cands if self.use.get(p['nam'], 0) == low]
        p = rng.choice(pool)
        self.use[p['nam']] = self.use.get(p['nam'], 0) + 1
        return p

    def new_mrn(self, rng):
        while True:
            m = '%07d' % rng.randrange(120000, 2999999)
            if m not in self.mrns:
                self.mrns.add(m)
                return m

    def when(self, rng):
        while True:
            d = self.start + dt.timedelta(days=rng.randrange(0, 170))
            if d.weekday() < 5 or rng.random() < 0.08:
                break
        off = -4 if d >= dt.date(2025, 3, 9) else -5
        return dt.datetime(d.year, d.month, d.day, rng.randrange(7, 19), rng.randrange(0, 60), rng.randrange(0, 60),
                           tzinfo=dt.timezone(dt.timedelta(hours=off)))


class Ctx:
    def __init__(self, world, rng, lang):
        self.w = world
        self.r = rng
        self.lang = lang
        self.now = world.when(rng)
        self.today = self.now.date()
        self._who = None
        self._picked = set()

    def who(self, options):
        """Sender key, chosen once per message so From and signature agree."""
        if self._who is None:
            self._who = self.ch(options)
        return self._who

    def other(self, options):
        opts = [o for o in options if o != self._who] or list(options)
        return self.ch(opts)

    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, prob):
        return self.r.random() < prob

    def ri(self, a, b):
        return self.r.randint(a, b)

    def rf(self, a, b, nd=1):
        return round(self.r.uniform(a, b), nd)

    def sample(self, seq, k):
        return self.r.sample(list(seq), k)

    def qc(self, min_age=18, max_age=120):
        p = dict(self.w.qc_patient(self.r, min_age, max_age, self.now, self._picked))
        self._picked.add(p['nam'])
        key = p['nam']
        store = self.w.__dict__.setdefault('pstore', {})
        if key in store:
            p.update(store[key])
        else:
            store[key] = {}
        return p

    def _persist(self, p, k, v):
        if p.get('nam'):
            self.w.pstore[p['nam']][k] = v
        p[k] = v
        return v

    def mrn(self, p):
        if 'mrn' not in p:
            self._persist(p, 'mrn', self.w.new_mrn(self.r))
        return p['mrn']

    def fmrn(self, p, style=None):
        m = self.mrn(p)
        style = style or self.ch(['a', 'b', 'c', 'd'])
        if self.lang == 'fr':
            return {'a': 'dossier %s' % m, 'b': 'no dossier : %s' % m, 'c': '# dossier %s' % m.lstrip('0'),
                    'd': 'dossier CHSA-%s' % m}[style]
        return {'a': 'MRN %s' % m, 'b': 'chart # %s' % m, 'c': 'MRN: %s' % m.lstrip('0'),
                'd': 'hospital # CHSA-%s' % m}[style]

    def home(self, p, ontario=False):
        if 'street' not in p:
            city, fsa, area = self.ch(ON_CITIES if ontario else CITIES)
            self._persist(p, 'street', '%d, %s' % (self.ri(12, 2890), self.ch(STREETS)) if not ontario else
                          '%d %s' % (self.ri(12, 2890), self.ch(['Elm Street', 'Riverside Drive', 'Pine Ridge Road',
                                                                 'Concession 4', 'Victoria Avenue'])))
            if self.p(0.3) and not ontario:
                self._persist(p, 'street', p['street'] + ', app. %d' % self.ri(1, 12))
            self._persist(p, 'city', city)
            self._persist(p, 'postal', '%s %d%s%d' % (fsa, self.ri(1, 9), self.ch('ABCEGHJKLMNPRSTVWXYZ'),
                                                      self.ri(1, 9)))
            self._persist(p, 'phone', self.w.phones.get(area))
            self._persist(p, 'cell', self.w.phones.get(self.ch(['514', '438', '819', '873', '450'])))
        return p

    def phone(self, area=None):
        return self.w.phones.get(area or self.ch(['819', '873', '450', '514']))

    def ontario(self):
        sex = self.ch('MF')
        p = {'first': self.ch(FIRST_M if sex == 'M' else FIRST_F), 'last': self.ch(LAST_ON), 'sex': sex,
             'dob': rand_dob(self.r), 'origin': 'on'}
        p['ohip'] = gen_ohip(self.r)
        p['ohip_v'] = self.ch(['AB', 'KL', 'XY', 'HN', 'RT'])
        assert luhn.is_valid(p['ohip'])
        return p

    def french(self):
        sex = self.ch('MF')
        p = {'first': self.ch(FIRST_FR_FR_M if sex == 'M' else FIRST_FR_FR_F), 'last': self.ch(LAST_FR_FR),
             'sex': sex, 'dob': rand_dob(self.r, 1940, 1985), 'origin': 'fr'}
        p['nir'] = gen_nir(self.r, p['dob'], sex)
        assert fr_nir.is_valid(p['nir'])
        return p

    def belgian(self):
        sex = self.ch('MF')
        p = {'first': self.ch(FIRST_BE_M if sex == 'M' else FIRST_BE_F), 'last': self.ch(LAST_BE), 'sex': sex,
             'dob': rand_dob(self.r, 1940, 2003), 'origin': 'be'}
        p['niss'] = gen_niss(self.r, p['dob'], sex)
        assert be_nn.is_valid(p['niss'])
        return p

    def sin_for(self, p):
        if 'sin' not in p:
            s = gen_sin(self.r)
            assert ca_sin.is_valid(s)
            self._persist(p, 'sin', s)
        return p['sin']

    def pn(self, p, style, lang=None):
        return pname(p, style, lang or self.lang)

    def d(self, p, style=None):
        return fdate(p['dob'], self.lang, style, self.r)

    def future(self, lo=1, hi=30):
        d = self.today + dt.timedelta(days=self.ri(lo, hi))
        while d.weekday() >= 5:
            d += dt.timedelta(days=1)
        return d

    def past(self, lo=1, hi=30):
        return self.today - dt.timedelta(days=self.ri(lo, hi))

    def greet(self, name=None):
        if name in ('Bonjour', 'Hello', 'Hi', 'Hi all', 'Dear colleagues', 'Chers collègues', 'Bonjour à tous'):
            return name + ','
        if self.lang == 'fr':
            if name:
                return self.ch(['Bonjour %s,' % name, 'Bonjour %s' % name, 'Allo %s,' % name, '%s,' % name])
            return self.ch(['Bonjour,', 'Bonjour à tous,', 'Bonjour', 'Salut,'])
        if name:
            return self.ch(['Hi %s,' % name, 'Hello %s,' % name, '%s -' % name, 'Dear %s,' % name])
        return self.ch(['Hi all,', 'Hello,', 'Good morning,', 'Hi team,'])

    def thanks(self):
        if self.lang == 'fr':
            return self.ch(['Merci!', 'Merci beaucoup,', 'Merci et bonne journée', 'Merci de votre collaboration,',
                            'Bonne journée,', 'Cordialement,', 'Merci bcp'])
        return self.ch(['Thanks,', 'Thank you,', 'Many thanks,', 'Best regards,', 'Regards,', 'Thx', 'Cheers,'])

    def sig(self, key, short=None):
        if short is None:
            short = self.p(0.2)
        return signature(key, self.lang, self.r, short) + disclaimer(self.lang, self.r)

    def staff(self, key, titled=False):
        return (staff_name(key, titled), staff_addr(key))

    def ext(self, key, titled=False):
        return (ext_name(key, titled), ext_addr(key))

    def msgid(self, dom=DOM):
        self.w.msg_counter += 1
        h = hashlib.sha1(('%d-%d-%d' % (self.w.seed, self.w.msg_counter, self.r.randrange(10 ** 9))).encode()).hexdigest()
        return '<%s.%s@%s>' % (h[:16], h[16:24], dom)

    def earlier(self, minutes_lo=20, minutes_hi=60 * 30):
        t = self.now - dt.timedelta(minutes=self.ri(minutes_lo, minutes_hi))
        if t.hour < 7:
            t = t.replace(hour=t.hour + 8)
        return t

    def re_(self, subject):
        return (self.ch(['RE: ', 'Re: ', 'RE : ']) if self.lang == 'fr' else self.ch(['RE: ', 'Re: '])) + subject \
            if self.p(0.9) else subject

    def pdf(self, title, lines, author, header=None):
        return make_pdf(title, lines, author, self.r, header)


HDR_FR = [HOSP_FR, HOSP_ADDR, 'Tél. : %s' % MAIN_PHONE]
HDR_EN = [HOSP_EN, HOSP_ADDR, 'Tel: %s' % MAIN_PHONE]

# Clinical vocabulary ------------------------------------------------------
CARDIO_DX = [
    ('atrial fibrillation', 'fibrillation auriculaire'),
    ('NSTEMI', 'IAMSEST'),
    ('heart failure with reduced ejection fraction', 'insuffisance cardiaque à FEVG réduite'),
    ('severe aortic stenosis', 'sténose aortique sévère'),
    ('dilated cardiomyopathy', 'cardiomyopathie dilatée'),
    ('complete heart block', 'bloc auriculoventriculaire complet'),
    ('hypertrophic cardiomyopathy', 'cardiomyopathie hypertrophique'),
    ('moderate mitral regurgitation', 'insuffisance mitrale modérée'),
    ('unstable angina', 'angine instable'),
    ('sick sinus syndrome', 'maladie du sinus'),
]
RENAL_DX = [
    ('ESRD secondary to diabetic nephropathy', 'IRC terminale sur néphropathie diabétique'),
    ('ESRD from hypertensive nephrosclerosis', 'IRC terminale sur néphroangiosclérose'),
    ('autosomal dominant polycystic kidney disease', 'polykystose rénale autosomique dominante'),
    ('IgA nephropathy', 'néphropathie à IgA'),
    ('lupus nephritis class IV', 'néphrite lupique classe IV'),
    ('chronic interstitial nephritis', 'néphrite interstitielle chronique'),
    ('FSGS', 'HSF (hyalinose segmentaire et focale)'),
    ('ANCA vasculitis', 'vasculite à ANCA'),
]
IMG_IND = [
    ('r/o pulmonary embolism', 'r/o embolie pulmonaire', 'CT pulmonary angiogram', 'angio-TDM pulmonaire'),
    ('2.1 cm RUL nodule, ex-smoker, weight loss', 'nodule LSD 2,1 cm, ex-fumeur, perte de poids', 'CT chest with contrast',
     'TDM thoracique avec contraste'),
    ('LLQ pain, fever, r/o diverticular abscess', 'douleur FIG, fièvre, r/o abcès diverticulaire',
     'CT abdomen/pelvis with contrast', 'TDM abdomino-pelvien avec contraste'),
    ('renal mass on ultrasound, characterize', 'masse rénale à l\'écho, caractériser', 'CT renal mass protocol',
     'TDM protocole masse rénale'),
    ('new onset seizure', 'première convulsion', 'MRI brain with/without gadolinium', 'IRM cérébrale avec/sans gadolinium'),
    ('suspected MS, optic neuritis', 'suspicion de SEP, névrite optique', 'MRI brain + C-spine', 'IRM cérébrale et moelle cervicale'),
    ('L5 radiculopathy, failed conservative tx', 'radiculopathie L5, échec tx conservateur', 'MRI lumbar spine',
     'IRM colonne lombaire'),
    ('cardiomyopathy, viability', 'cardiomyopathie, viabilité', 'cardiac MRI', 'IRM cardiaque'),
    ('headache + papilledema', 'céphalée et œdème papillaire', 'CT head', 'TDM cérébrale'),
    ('elevated PSA 14, staging', 'APS élevé à 14, bilan d\'extension', 'MRI prostate', 'IRM prostate'),
]
DEVICE_MODELS = ['Corvexa DR MRI SureLink', 'Veritas XT SR', 'Cardion Evera ICD', 'Kardia CRT-D Q7', 'Solace DR 2']


# ---------------------------------------------------------------------------
# Positive templates
# ---------------------------------------------------------------------------
POS = []
NEG = []


def pos(cat, lang, count):
    def deco(f):
        POS.append((cat, lang, count, f))
        return f
    return deco


def neg(cat, lang, count):
    def deco(f):
        NEG.append((cat, lang, count, f))
        return f
    return deco


# ===== English positives =====================================================
@pos('echo_report', 'en', 3)
def p_echo_report(c):
    p = c.qc(40)
    gp = 'lindqvist'
    snd = c.ch(['doyle', 'whitmore', 'brassard'])
    dx_en = c.ch(['moderate-to-severe mitral regurgitation', 'severe aortic stenosis (AVA 0.8 cm2, mean gradient 46 mmHg)',
                  'dilated cardiomyopathy', 'concentric LV hypertrophy with grade II diastolic dysfunction'])
    ef = c.ri(25, 60)
    exam = c.past(1, 9)
    fn = c.ch(['TTE_%s_%s_%s.pdf' % (p['last'].upper(), p['first'], exam.strftime('%Y%m%d')),
               'Echo report %s %s.pdf' % (p['first'], p['last']), 'echo_%s.pdf' % c.mrn(p)])
    lines = ['Patient: %s' % c.pn(p, 'LAST_first'), 'DOB: %s   Sex: %s' % (p['dob'].isoformat(), p['sex']),
             '%s' % c.fmrn(p, 'a'), 'Exam date: %s' % exam.isoformat(),
             'Referring: %s, %s' % (ext_name(gp), EXTERNAL[gp][3]),
             'Indication: %s' % c.ch(['dyspnea on exertion', 'new murmur', 'syncope', 'follow-up valve disease']),
             '', 'FINDINGS', 'LV: LVEF %d%% (biplane Simpson). %s' % (ef, c.ch(['Global hypokinesis.', 'Normal wall motion.',
                                                                                  'Inferior wall akinesis.'])),
             'Valves: %s.' % dx_en, 'RV normal size and function. TAPSE %d mm.' % c.ri(14, 24),
             'RVSP estimated %d mmHg.' % c.ri(28, 55), '', 'CONCLUSION',
             '%s. LVEF %d%%. Suggest cardiology follow-up in %d months.' % (dx_en[0].upper() + dx_en[1:], ef, c.ch([3, 6, 12])),
             '', 'Electronically signed: %s' % staff_name('whitmore')]
    pdf = c.pdf('Transthoracic Echocardiogram Report', lines, staff_name('whitmore', False), HDR_EN)
    types = {'patient_name', 'date_of_birth', 'mrn', 'diagnosis'}
    body = '%s\n\nPlease find attached the echocardiogram report for your patient %s, done on %s.\n' % (
        c.greet(c.ch(['Dr. Lindqvist', 'Heather'])), c.pn(p, c.ch(['full', 'title'])), fdate(exam, 'en', 'long'))
    if c.p(0.5):
        body += ('\nIn short: %s, EF %d%%. Dr Whitmore would like to see %s back in clinic; our secretary will call '
                 '%s with a date.\n' % (dx_en, ef, 'him' if p['sex'] == 'M' else 'her', 'him' if p['sex'] == 'M' else 'her'))
    body += '\n%s\n%s' % (c.thanks(), c.sig(snd))
    subj = c.ch(['Echo report - %s' % c.pn(p, 'last_first'), 'TTE results for your patient',
                 'Echocardiogram %s %s' % (p['first'], p['last'])])
    return Mail(c.staff(snd), [c.ext(gp)], subj, body, attachments=[att_bytes(fn, pdf, 'application', 'pdf')],
                lang='en'), types, 'echo report PDF to referring GP'


@pos('holter_reply', 'en', 3)
def p_holter_reply(c):
    p = c.qc(30)
    doc = c.ch(['raman', 'whitmore'])
    gp = 'lindqvist'
    burden = c.ri(4, 38)
    orig_when = c.earlier(600, 5000)
    orig = ('Hello Dr %s,\n\nCould you please look at the 48h Holter we sent for %s (DOB %s)? %s has been '
            'complaining of palpitations and %s. Nothing on the resting ECG.\n\nThank you,\n%s\nNurse, %s'
            % (STAFF[doc][1], c.pn(p, 'full'), fdate(p['dob'], 'en', c.ch(['iso', 'long', 'slash'])),
               he(p).capitalize(), c.ch(['near-syncope', 'fatigue', 'some chest tightness']),
               c.ch(['Maureen Kelly', 'Janet Purcell', 'Brenda Stoltz']), EXTERNAL[gp][3]))
    med_change = c.ch(['start apixaban 5 mg BID and stop the ASA', 'start apixaban 2.5 mg BID (age/weight criteria) and stop ASA',
                       'add metoprolol 25 mg BID; anticoagulation already on board with rivaroxaban 20 mg daily',
                       'increase bisoprolol to 5 mg daily'])
    body = ('%s\n\nReviewed. Paroxysmal atrial fibrillation, burden about %d%%, longest episode %dh%02d with rates up to %d. '
            'No pauses > 3 s. CHA2DS2-VASc %d.\n\nSuggest %s. I will see %s in clinic in %d weeks.\n\n%s\n%s\n\n%s\n%s'
            % (c.greet(c.ch(['Maureen', 'Dear colleague'])), burden, c.ri(1, 9), c.ri(0, 59),
               c.ri(130, 175), c.ri(2, 5), med_change, 'him' if p['sex'] == 'M' else 'her', c.ch([4, 6, 8]),
               c.thanks(), c.sig(doc, short=True), attribution('en', 'Maureen Kelly', orig_when, c.r), quote(orig)))
    types = {'patient_name', 'date_of_birth', 'diagnosis', 'medication'}
    subj = c.re_(c.ch(['Holter review - %s' % c.pn(p, 'full'), 'Holter %s' % p['last'], 'palpitations - Holter results']))
    return Mail(c.staff(doc), [('Maureen Kelly', 'mkelly@gmf-pontiac.example')], subj, body,
                cc=[c.ext(gp)] if c.p(0.5) else [], in_reply_to=c.msgid('gmf-pontiac.example'), lang='en'), types, \
        'cardiologist reply with Holter result and med change, quoting GP nurse'


@pos('cath_lab_list', 'en', 2)
def p_cath_list(c):
    pts = [c.qc(45) for _ in range(c.ri(4, 6))]
    rows = []
    t = dt.datetime(2025, 1, 1, 7, 30)
    for p in pts:
        proc = c.ch(['Cath +/- PCI', 'Coronary angiogram', 'R+L heart cath', 'PCI LAD (staged)', 'TAVI work-up cath'])
        ind = c.ch(['NSTEMI', 'unstable angina', 'positive stress test', 'severe AS pre-TAVI', 'HFrEF new dx', 'CCS III angina'])
        note = c.ch(['apixaban held x48h', 'on warfarin - INR %.1f this am' % c.rf(1.1, 1.6), 'contrast allergy - premed given',
                     'Cr %d, hydrate' % c.ri(120, 210), 'diabetic - metformin held', 'ticagrelor loaded', '-', 'radial access pref'])
        rows.append([t.strftime('%H:%M'), c.pn(p, 'LAST_first'), c.mrn(p), '%d%s' % (age_on(p['dob'], c.today), p['sex']),
                     proc, ind, note])
        t += dt.timedelta(minutes=c.ch([45, 60, 75, 90]))
    room = c.ch(['Room 1', 'Room 2', 'Hybrid room'])
    day = c.future(1, 2)
    body = ('%s\n\nHere is the list for %s (%s), %s. Please check that consents are signed and bloodwork is back '
            'before 07:00.\n\n%s\n\nAdd-ons go through me please.\n\n%s\n%s'
            % (c.greet(), fdate(day, 'en', 'long'), DAYS_EN[day.weekday()], room, TABLE_MARK % 0, c.thanks(),
               c.sig('bellefleur')))
    types = {'patient_name', 'mrn', 'diagnosis', 'medication', 'lab_result'}
    return Mail(c.staff('bellefleur'), [('Cath Lab', 'cathlab@' + DOM)], 'Cath lab list %s - %s' % (day.isoformat(), room),
                body, tables=[(['Time', 'Patient', 'MRN', 'Age/Sex', 'Procedure', 'Indication', 'Notes'], rows)],
                cc=[c.staff('whitmore')], mode=c.ch(['html', 'alt']), lang='en'), types, 'cath lab patient list table'


@pos('inr_ontario', 'en', 3)
def p_inr_ontario(c):
    p = c.ontario()
    inr = c.rf(1.4, 4.9)
    ind = c.ch(['mechanical mitral valve', 'atrial fibrillation', 'recurrent DVT', 'mechanical aortic valve'])
    dose = c.ch(['5 mg daily except 2.5 mg Mon/Thu', '7.5 mg daily', '4 mg daily', '6 mg Mon-Fri, 3 mg weekends'])
    oh = fmt_ohip(p['ohip'], p['ohip_v'], c.ch(['dash', 'space', 'plain']))
    act = ('held one dose of warfarin' if inr > 3.5 else 'increased the weekly dose by about 10%' if inr < 2 else
           'kept the dose unchanged')
    body = ('%s\n\nYour patient %s (OHIP %s, DOB %s) is visiting family in our area and was seen at our anticoagulation '
            'clinic today for %s on warfarin.\n\nINR today: %.1f (target %s). We %s.\nNew dose: %s.\nNext INR: %s at our '
            'clinic; %s returns to Ontario on %s and should have the following INR at your office.\n\n%s\n%s'
            % (c.greet('Dr. Hadley'), c.pn(p, c.ch(['full', 'title'])), oh, fdate(p['dob'], 'en', c.ch(['iso', 'long'])),
               ind, inr, '2.5-3.5' if 'mechanical' in ind else '2.0-3.0', act, dose, fdate(c.future(3, 7), 'en', 'long'),
               he(p), fdate(c.future(10, 20), 'en', 'long'), c.thanks(), c.sig('orourke')))
    types = {'patient_name', 'ca_health_number', 'date_of_birth', 'lab_result', 'medication', 'diagnosis'}
    subj = c.ch(['INR follow-up - %s' % p['last'], 'Anticoag clinic visit - your patient %s' % c.pn(p, 'full'),
                 'Warfarin dose change'])
    return Mail(c.staff('orourke'), [c.ext('hadley')], subj, body, lang='en'), types, \
        'anticoag clinic note to Ontario GP with OHIP number'


@pos('device_clinic', 'en', 2)
def p_device_clinic(c):
    p = c.qc(45)
    model = c.ch(DEVICE_MODELS)
    rows = [['Patient', c.pn(p, 'LAST_first')], ['DOB', p['dob'].isoformat()], ['Device', model],
            ['Implant date', '%d-%02d-%02d' % (c.ri(2015, 2023), c.ri(1, 12), c.ri(1, 28))],
            ['Battery', '%.1f years' % c.rf(2, 9)], ['RV pacing', '%d%%' % c.ri(1, 99)],
            ['Events', c.ch(['2 appropriate shocks for VT 210 bpm', '14 NSVT episodes', 'AHRE burden 6%, longest 11h',
                             '1 ATP-terminated VT'])],
            ['Dx', c.ch(['ischemic cardiomyopathy, primary prevention ICD', 'CHB', 'HCM with NSVT', 'sick sinus syndrome'])]]
    csvtxt = make_csv(['Field', 'Value'], rows)
    body = ('%s\n\nRemote transmission from last night attached (CSV export from the portal). %s\n\nCan you review '
            'before %s\'s clinic visit %s?\n\n%s\n%s'
            % (c.greet(c.ch(['Dr Benali', 'Karim'])), c.ch(['Looks like %s had shocks.' % he(p), 'Alert was triggered.',
                                                         'Nothing urgent I think but please look.']),
               c.pn(p, 'title_last', 'en'), c.ch(['tomorrow', 'on Thursday', 'next week']), c.thanks(), c.sig('paradis')))
    types = {'patient_name', 'date_of_birth', 'diagnosis'}
    return Mail(c.staff('paradis'), [c.staff('benali', True)], c.ch(['Remote interrogation %s' % p['last'],
                                                                     'Device alert - %s' % c.pn(p, 'full')]),
                body, attachments=[att_text('remote_%s_%s.csv' % (p['last'].lower(), c.today.strftime('%Y%m%d')), csvtxt,
                                            'csv', cte=c.ch(['base64', 'quoted-printable']))], lang='en'), types, \
        'device clinic remote interrogation CSV'


@pos('hd_transient_ontario', 'en', 3)
def p_hd_transient(c):
    p = c.ontario()
    c.home(p, ontario=True)
    stay_phone = c.phone('819')
    start = c.future(20, 60)
    end = start + dt.timedelta(days=c.ch([7, 10, 14]))
    dx = c.ch(RENAL_DX)[0]
    info = [
        'Patient: %s' % c.pn(p, 'full'), 'DOB: %s' % fdate(p['dob'], 'en', 'iso'),
        'OHIP: %s' % fmt_ohip(p['ohip'], p['ohip_v'], 'dash'), 'Diagnosis: %s, on HD since %d' % (dx, c.ri(2012, 2023)),
        'Access: %s' % c.ch(['L radiocephalic AVF, 15G needles, buttonhole', 'R brachiocephalic AVF, 16G',
                             'R IJ tunnelled CVC (locks: heparin 5000 U/mL)']),
        'Prescription: 4h, Qb %d, Qd 500, dialysate %dK/2.5Ca/Na 138, dry weight %.1f kg' % (c.ri(300, 400), c.ch([2, 3]),
                                                                                          c.rf(55, 95)),
        'Anticoagulation: heparin %d U bolus + %d U/h' % (c.ch([1000, 1500, 2000]), c.ch([500, 750, 1000])),
        'Serology (%s): HBsAg neg, anti-HBs %d IU/L, HCV Ab neg, HIV neg' % (fdate(c.past(10, 40), 'en', 'iso'), c.ri(12, 400)),
        'MRSA/VRE/CPE screens: negative', 'Last labs: Hb %d, K %.1f, PO4 %.2f, albumin %d, Kt/V %.2f' % (
            c.ri(95, 125), c.rf(4.2, 5.9), c.rf(1.1, 2.2, 2), c.ri(31, 40), c.rf(1.2, 1.6, 2)),
        'Medications: %s' % ', '.join(c.sample(['darbepoetin 40 mcg weekly IV', 'iron sucrose 100 mg q2wk', 'sevelamer 800 mg TID',
                                                'calcitriol 0.25 mcg', 'amlodipine 10 mg', 'insulin glargine 18 U HS',
                                                'cinacalcet 30 mg', 'atorvastatin 40 mg'], 5)),
        'Address while in Quebec: c/o %s, %s, %s' % (c.ch(['daughter', 'son', 'sister', 'cottage rental']),
                                                      '%d chemin du Lac-Brochet' % c.ri(10, 900), 'Lac-Brochet QC'),
        'Phone while travelling: %s' % stay_phone]
    docx = make_docx('Transient Dialysis Request', info, 'Kingsmere General – Renal Program')
    fn = 'Transient_HD_%s_%s.docx' % (p['last'], start.strftime('%b%Y'))
    body = ('%s\n\nWe would like to request transient (holiday) haemodialysis for our patient %s from %s to %s. '
            'Full referral attached. %s\n\nHep B status is current (anti-HBs positive). Please let us know what chair '
            'times you can offer.\n\n%s\nDr. Ravi Menon\nNephrologist, Kingsmere General Hospital – Renal Program\n'
            '613-555-0190\n' % (c.greet(c.ch(['Dialysis team', 'Charge nurse'])), c.pn(p, c.ch(['full', 'title'])),
                               fdate(start, 'en', 'long'), fdate(end, 'en', 'long'),
                               c.ch(['%s is a very stable patient.' % he(p).capitalize(),
                                     'Dry weight has been stable.', '']), c.thanks()))
    types = {'patient_name', 'ca_health_number', 'date_of_birth', 'diagnosis', 'lab_result', 'medication', 'patient_contact'}
    return Mail(c.ext('menon', True), [('Hemodialyse CHSA', 'hemodialyse@' + DOM)], c.ch(
        ['Transient HD request - %s - %s' % (c.pn(p, 'full'), start.strftime('%b %Y')), 'Holiday dialysis request',
         'Transient dialysis %s to %s' % (start.isoformat(), end.isoformat())]), body,
        attachments=[att_bytes(fn, docx, 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document')],
        lang='en'), types, 'holiday dialysis referral from Ontario with OHIP (DOCX)'


@pos('hd_monthly_labs', 'en', 2)
def p_hd_labs(c):
    pts = [c.qc(25) for _ in range(c.ri(7, 10))]
    hdr = ['Last name', 'First name', 'MRN', 'Hb g/L', 'K mmol/L', 'PO4 mmol/L', 'Ca corr', 'PTH pmol/L', 'Alb g/L', 'Kt/V']
    rows = []
    flag = None
    for p in pts:
        k = c.rf(3.6, 6.9)
        rows.append([p['last'], p['first'], c.mrn(p), c.ri(82, 128), k, c.rf(0.9, 2.7, 2), c.rf(2.0, 2.6, 2), c.ri(8, 110),
                     c.ri(28, 42), c.rf(1.05, 1.65, 2)])
        if k > 6.0 and flag is None:
            flag = (p, k)
    month = MONTHS_EN[c.today.month - 1]
    shift = c.ch(['Tue/Thu/Sat PM', 'Mon/Wed/Fri AM', 'MWF evening'])
    body = '%s\n\n%s bloodwork for the %s shift attached.' % (c.greet(c.ch(['Dr Fitzgerald', 'Owen'])), month, shift)
    if flag:
        body += ' Flagged: %s K %.1f - repeated pre-run, ECG done, no peaked T.' % (c.pn(flag[0], 'full'), flag[1])
    body += '\n\nI already adjusted the binders per protocol for the PO4 > 2.0.\n\n%s\n%s' % (c.thanks(), c.sig('stanton'))
    x = make_xlsx([('%s labs' % month[:3], hdr, rows)], 'Rebecca Stanton')
    types = {'patient_name', 'mrn', 'lab_result'}
    return Mail(c.staff('stanton'), [c.staff('fitzgerald', True)], '%s labs - %s' % (month, shift), body,
                attachments=[att_bytes('HD_labs_%s_%s.xlsx' % (month, shift.split()[0].replace('/', '')), x, 'application',
                                       'vnd.openxmlformats-officedocument.spreadsheetml.sheet')], lang='en'), types, \
        'monthly HD labs roster XLSX'


@pos('epo_iron', 'en', 3)
def p_epo_iron(c):
    p = c.qc(25)
    hb, prev = c.ri(78, 94), c.ri(96, 110)
    tsat, ferr = c.ri(9, 19), c.ri(60, 240)
    cur = c.ch(['darbepoetin 40 mcg weekly', 'darbepoetin 60 mcg q2 weeks', 'epoetin alfa 6000 U 3x/week'])
    doc = c.ch(['fitzgerald', 'nguyen'])
    ask = c.ch(['Do you want to increase the ESA and start an iron sucrose load (100 mg x 10)?',
                'Should I hold the IV iron given the infection?', 'OK to go up to the next dose step?'])
    style = c.ch(['title_last', 'full', 'LAST_first'])
    body = ('%s\n\n%s\'s Hb is %d today (was %d two weeks ago). TSAT %d%%, ferritin %d. Currently on %s. %s\n\n%s\n\n%s\n%s'
            % (c.greet(c.ch(['Dr %s' % STAFF[doc][1], STAFF[doc][0]])), c.pn(p, style, 'en'), hb, prev, tsat, ferr, cur,
               c.ch(['No obvious bleeding.', '%s mentions black stools x2 days.' % he(p).capitalize(),
                     'Had a CVC infection last month.']), ask, c.thanks(), c.sig('stanton', short=True)))
    types = {'patient_name', 'lab_result', 'medication'}
    if c.p(0.5):
        body = ('%s\n\nYes - increase to %s, start iron sucrose 100 mg with each run x 10, recheck CBC in 2 weeks.\n\n%s\n\n%s\n%s'
                % (c.ch(['Thanks Rebecca.', 'Agree.', 'OK.']), c.ch(['darbepoetin 60 mcg weekly', 'darbepoetin 80 mcg weekly']),
                   c.sig(doc, short=True), attribution('en', 'Rebecca Stanton', c.earlier(), c.r), quote(body)))
        frm, to = c.staff(doc), [c.staff('stanton')]
    else:
        frm, to = c.staff('stanton'), [c.staff(doc, True)]
    return Mail(frm, to, c.re_(c.ch(['Hb %s' % p['last'], 'anemia - %s' % c.pn(p, 'full'), 'ESA question'])), body,
                lang='en'), types, 'nurse/nephrologist anemia management'


@pos('ct_booking_gp', 'en', 3)
def p_ct_booking(c):
    p = c.qc(30)
    c.home(p)
    ind = c.ch(IMG_IND[1:4])
    cr = c.ri(62, 140)
    egfr = max(25, min(90, int(120 - cr / 2)))
    nam_s = fmt_nam(p['nam'], c.ch(['plain', 'spaced', 'plain']))
    body = ('%s\n\nPlease book the following:\n\nPatient: %s\nRAMQ: %s\nDOB: %s\nExam: %s\nClinical info: %s\n'
            'Creatinine %d umol/L (eGFR %d) on %s. %s\nBest contact: %s (%s)\n\nRequisition attached. Priority P%d.\n\n%s\n'
            'Dr. Heather Lindqvist\nPontiac Family Medicine Group\n819-555-0133'
            % (c.greet(c.ch(['Booking', 'Imaging booking office'])), c.pn(p, c.ch(['full', 'LAST_first'])), nam_s,
               fdate(p['dob'], 'en', c.ch(['iso', 'slash'])), ind[2], ind[0], cr, egfr, fdate(c.past(2, 20), 'en', 'iso'),
               c.ch(['On metformin 1000 mg BID.', 'Diabetic on metformin 500 BID.', 'No known allergies.',
                     'Allergic to iodinated contrast (hives 2019) - please premedicate.']),
               p['cell'], c.ch(['cell', 'home, after 3 pm', 'daughter\'s cell']), c.ri(2, 4), c.thanks()))
    types = {'patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis', 'lab_result', 'patient_contact'}
    if 'metformin' in body:
        types.add('medication')
    atts = []
    if c.p(0.6):
        req = c.pdf('Medical Imaging Requisition', ['Name: %s' % c.pn(p, 'LAST_first'), 'RAMQ: %s' % p['nam'],
                                                    'DOB: %s' % p['dob'].isoformat(), 'Exam requested: %s' % ind[2],
                                                    'Clinical information: %s' % ind[0], 'Referring MD: Dr H. Lindqvist',
                                                    'Signature: ____________'], 'Pontiac FMG')
        atts.append(att_bytes('requisition_%s.pdf' % p['last'].lower(), req, 'application', 'pdf'))
    return Mail(c.ext('lindqvist', True), [('Imaging booking', 'imagerie-rdv@' + DOM)],
                c.ch(['CT request - %s' % c.pn(p, 'full'), 'Booking request', 'Req CT %s' % p['last']]), body,
                attachments=atts, lang='en'), types, 'GP CT booking request with RAMQ'


@pos('mri_pacemaker', 'en', 3)
def p_mri_pacer(c):
    p = c.qc(45)
    model = c.ch(DEVICE_MODELS)
    exam = c.ch(['MRI lumbar spine', 'MRI brain', 'MRI shoulder', 'MRI prostate'])
    day = c.future(3, 20)
    body = ('%s\n\nWe have %s (%s) booked for an %s on %s at %s. Screening shows a %s pacemaker implanted in %d '
            'for %s. %s\n\nCan the device clinic confirm MR-conditional status of the whole system (leads included) and '
            'program MRI mode before/after the scan? We will need a cardiology nurse present.\n\n%s\n%s'
            % (c.greet(c.ch(['Device clinic', 'Julien', 'Dr Benali'])), c.pn(p, c.ch(['full', 'LAST_first', 'title'])),
               c.fmrn(p), exam, fdate(day, 'en', 'long'), c.ch(['07:30', '13:15', '19:40']), model, c.ri(2016, 2023),
               c.ch(['complete heart block', 'sick sinus syndrome', 'AV block after TAVI']),
               c.ch(['%s is pacer-dependent per the last interrogation.' % c.pn(p, 'title_last', 'en'),
                     'Abandoned lead? Not sure from the op note.', '']), c.thanks(), c.sig('gill')))
    types = {'patient_name', 'mrn', 'diagnosis'}
    return Mail(c.staff('gill'), [c.staff('paradis')], c.ch(['MRI with pacemaker - %s' % p['last'], 'Pacer pt for MRI %s'
                                                              % day.isoformat()]), body,
                cc=[c.staff('benali', True)] if c.p(0.6) else [], lang='en'), types, 'MRI safety query pacemaker patient'


@pos('critical_result', 'en', 3)
def p_critical(c):
    p = c.qc(20)
    rad = c.ch(['rahman', 'ashworth'])
    finding = c.ch(['bilateral segmental and subsegmental pulmonary emboli, RV/LV ratio 1.2',
                    'free air under the diaphragm consistent with perforated viscus',
                    'acute left MCA territory infarct with hyperdense MCA sign',
                    'ruptured abdominal aortic aneurysm 7.1 cm with retroperitoneal hematoma',
                    'tension pneumothorax on the right'])
    ordering = c.ch(['Dr. Whitmore', 'Dr. Raman', 'ER physician Dr. Gosselin', 'Dr. Fitzgerald'])
    body = ('CRITICAL RESULT NOTIFICATION\n\nPatient: %s\n%s\nExam: %s (accession %s)\nFinding: %s\n\n'
            'Communicated by phone to %s at %s on %s. Read-back confirmed.\n\n%s'
            % (c.pn(p, 'LAST_first'), c.fmrn(p), c.ch(['CT PA', 'CT abdomen', 'CT head', 'CTA aorta', 'CXR']),
               'A%08d' % c.ri(10 ** 7, 10 ** 8 - 1), finding, ordering, c.now.strftime('%H:%M'),
               c.today.isoformat(), c.sig(rad)))
    types = {'patient_name', 'mrn', 'diagnosis'}
    return Mail(c.staff(rad), [('Critical results log', 'resultats-critiques@' + DOM)],
                c.ch(['CRITICAL RESULT - %s' % c.pn(p, 'LAST_first'), 'Critical finding %s' % c.mrn(p),
                      'Urgent result - %s' % p['last']]), body, headers={'Importance': 'High'}, lang='en'), types, \
        'radiology critical result notification'


@pos('report_zip', 'en', 2)
def p_report_zip(c):
    p = c.qc(30)
    files = []
    exams = c.sample([('CT chest', 'Spiculated 2.3 cm RUL mass with ipsilateral hilar adenopathy. Suspicious for primary '
                                   'lung malignancy.'),
                      ('Bone scan', 'Increased uptake L3 and right 6th rib, suspicious for metastases.'),
                      ('Echocardiogram', 'LVEF 40%, moderate MR.'),
                      ('Renal ultrasound', 'Bilateral small echogenic kidneys (8.1 and 8.4 cm), in keeping with CKD.'),
                      ('MRI brain', 'Two enhancing lesions, right frontal 9 mm and left cerebellar 6 mm.')], 2)
    for name, concl in exams:
        lines = ['Patient: %s' % c.pn(p, 'LAST_first'), 'RAMQ: %s' % p['nam'], 'DOB: %s' % p['dob'].isoformat(),
                 c.fmrn(p, 'a'), 'Exam: %s   Date: %s' % (name, c.past(2, 40).isoformat()), '', 'CONCLUSION:', concl,
                 '', 'Dictated by: %s' % staff_name(c.ch(['rahman', 'ashworth', 'bergeron']))]
        files.append(('%s_%s.pdf' % (name.replace(' ', '_'), p['last']), c.pdf(name + ' report', lines, 'CHSA Imaging',
                                                                                HDR_EN)))
    z = make_zip(files)
    body = ('%s\n\nAs requested on the phone, the reports for %s (RAMQ %s) are in the attached zip. The images '
            'were pushed to your PACS node.\n\n%s\n%s'
            % (c.greet(), c.pn(p, c.ch(['full', 'title'])), fmt_nam(p['nam'], c.ch(['plain', 'spaced'])), c.thanks(),
               c.sig(c.who(['chow', 'russo']))))
    types = {'patient_name', 'ramq_nam', 'date_of_birth', 'mrn', 'diagnosis'}
    return Mail(c.staff(c.who(['chow', 'russo'])), [c.ext('lindqvist')], c.ch(['Reports', 'Reports for %s' % p['last'],
                                                                               'Requested reports']), body,
                attachments=[att_bytes('reports_%s.zip' % p['last'].lower(), z, 'application', 'zip')], lang='en'), \
        types, 'zipped imaging reports to clinic'


@pos('forwarded_patient_eml', 'en', 2)
def p_fwd_eml(c):
    p = c.qc(25)
    c.home(p)
    paddr = '%s.%s%d@mailbox.example' % (ascii_local(p['first']), ascii_local(p['last']), c.ri(1, 99))
    inner_text = ('Hello,\n\nThis is %s. My MRI on %s was cancelled because of the machine breakdown and nobody '
                  'called me back. I still have %s and my doctor said it was urgent. I also stopped the %s like they '
                  'told me. Please call me at %s, I am home all day.\n\nThank you\n%s\n'
                  % (c.pn(p, 'full'), fdate(c.past(2, 10), 'en', 'long'),
                     c.ch(['the numbness in my left leg', 'chest pain when I walk', 'headaches every morning']),
                     c.ch(['metformin', 'apixaban', 'ibuprofen']), p['cell'], p['first']))
    inner = build_inner((c.pn(p, 'full'), paddr), [('Imaging booking', 'imagerie-rdv@' + DOM)],
                        'my MRI appointment', inner_text, c.earlier(), c.msgid('mailbox.example'), 'en')
    rc = c.ch(['gill', 'rahman'])
    body = ('%s\n\nForwarding this patient email (attached). Can one of the rads approve an urgent slot? %s\n\n%s\n%s'
            % (c.greet({'gill': 'Sandeep', 'rahman': 'Dr Rahman'}[rc]), c.ch(['She sounds pretty worried.', 'I tried calling, no answer.',
                                                               '']), c.thanks(), c.sig('chow', short=True)))
    types = {'patient_name', 'patient_contact', 'diagnosis', 'medication'}
    return Mail(c.staff('chow'), [c.staff(rc)], 'FW: my MRI appointment', body,
                attachments=[att_eml('my MRI appointment.eml', inner)], lang='en'), types, \
        'patient email forwarded as attached .eml'


@pos('dialysis_transport', 'en', 3)
def p_transport_en(c):
    p = c.qc(40)
    c.home(p)
    days = c.ch(['Mon/Wed/Fri', 'Tue/Thu/Sat'])
    pick = c.ch(['05:50', '06:10', '11:15', '16:30'])
    body = ('%s\n\nNew client for dialysis transport starting %s:\n\nName: %s\nAddress: %s, %s QC %s\nPhone: %s '
            '(cell %s)\nDialysis: %s, pickup %s, return approx. %s\nMobility: %s\nNotes: %s\n\n%s\n%s'
            % (c.greet('Dispatch'), fdate(c.future(2, 10), 'en', 'long'), c.pn(p, c.ch(['full', 'title', 'LAST_first'])),
               p['street'], p['city'], p['postal'], p['phone'], p['cell'], days, pick,
               c.ch(['4 hours later', '11:30', '21:00']),
               c.ch(['wheelchair, needs 2-person assist', 'walker, can do 3 stairs with help', 'ambulatory but legally blind',
                     'left below-knee amputation, wheelchair']),
               c.ch(['Diabetic - may be hypoglycemic after the run, please keep juice.', 'Oxygen 2 L, bring portable tank.',
                     'Lives on 2nd floor, no elevator.', 'Has a dog, knock at side door.']), c.thanks(), c.sig('russo')))
    types = {'patient_name', 'patient_contact', 'diagnosis'}
    return Mail(c.staff('russo'), [('Dispatch', 'dispatch@transport-adapte-vallee.example')],
                c.ch(['New dialysis client', 'Transport request - %s' % p['last'], 'HD transport - new pt']), body,
                lang='en'), types, 'dialysis transport request with home address'


@pos('social_work_sin', 'en', 3)
def p_social_en(c):
    p = c.qc(25, 75)
    s = c.sin_for(p)
    situ = c.ch(['was evicted from %s apartment last week and is staying at the Harbour Light shelter' % his(p),
                 'lost %s job at the warehouse; EI ran out and rent is two months behind' % his(p),
                 'is caring for a grandson after the mother\'s incarceration and cannot make all runs',
                 'discloses that %s partner controls the finances and has been verbally abusive' % his(p)])
    body = ('%s\n\nRe: %s, SIN %s, DOB %s\n\n%s %s. %s has missed %d haemodialysis sessions this month. '
            'We are applying for last-resort financial assistance and an emergency housing allowance; the SIN is needed '
            'on the form. %s\n\nCould your office fast-track the file?\n\n%s\n%s'
            % (c.greet(c.ch(['Ms. Parent', 'Intake worker'])), c.pn(p, 'full'), fmt_sin(s, c.ch(['dash', 'space', 'plain'])),
               fdate(p['dob'], 'en', 'iso'), c.pn(p, 'title_last', 'en'), situ, he(p).capitalize(), c.ri(2, 5),
               c.ch(['There is also ongoing alcohol use.', 'Depression screen positive (PHQ-9 17).', '']),
               c.thanks(), c.sig('mcleish')))
    types = {'patient_name', 'ca_sin', 'date_of_birth', 'social_information', 'diagnosis'}
    return Mail(c.staff('mcleish'), [('Isabelle Parent', 'iparent@aide-sociale-regionale.example')],
                c.ch(['Urgent application - %s' % c.pn(p, 'full'), 'Assistance request', 'Client referral']), body,
                lang='en'), types, 'social worker application with SIN and social situation'


@pos('ics_mri_appointment', 'en', 3)
def p_ics_mri(c):
    p = c.qc(18)
    ind = c.ch(IMG_IND[4:8])
    day = c.future(2, 25)
    start = dt.datetime(day.year, day.month, day.day, c.ch([7, 9, 13, 18]), c.ch([0, 30]))
    desc = ('%s - %s\n%s\nIndication: %s\n%s\nContact: %s' % (
        c.pn(p, 'LAST_first'), ind[2], c.fmrn(p, 'a'), ind[0],
        c.ch(['Claustrophobic - lorazepam 1 mg SL 30 min before', 'eGFR 38 - macrocyclic agent half dose per protocol',
              'Needs interpreter (Punjabi)', 'Sedation nurse required']), c.home(p)['cell']))
    ics = make_ics('%s@ris.%s' % (hashlib.md5(desc.encode()).hexdigest()[:12], DOM), start, 45,
                   'MRI - %s - %s' % (c.pn(p, 'LAST_first'), ind[2]), desc, 'MRI 1, level B2',
                   (staff_name('gill', False), staff_addr('gill')), [(staff_name('rioux', False), staff_addr('rioux'))])
    body = ('%s\n\nAdded to the shared calendar so the sedation nurse sees it. Details in the invite.\n\n%s\n%s'
            % (c.greet(), c.thanks(), c.sig('gill', short=True)))
    types = {'patient_name', 'mrn', 'diagnosis', 'patient_contact'}
    if 'lorazepam' in desc:
        types.add('medication')
    if 'eGFR' in desc:
        types.add('lab_result')
    return Mail(c.staff('gill'), [c.staff('rioux'), ('MRI nursing', 'irm-soins@' + DOM)],
                'Invitation: MRI %s %s' % (p['last'], start.strftime('%Y-%m-%d %H:%M')), body,
                attachments=[att_text('invite.ics', ics, 'calendar', cte=c.ch(['base64', 'quoted-printable']))],
                lang='en'), types, 'ICS appointment invite with patient details'


@pos('vcard_pd_patient', 'en', 2)
def p_vcard_en(c):
    p = c.qc(30)
    c.home(p)
    note = c.ch(['CCPD since %d. Exit-site infection, on cephalexin 500 mg QID.' % c.ri(2021, 2024),
                 'CAPD 4 exchanges/day. Peritonitis Jan - completed vancomycin IP.',
                 'New PD start, ADPKD. Hearing impaired - text first.'])
    vcf = make_vcf(p['first'], p['last'], p['phone'], p['street'], p['city'], 'QC', p['postal'], note)
    body = ('%s\n\nContact card for %s attached for Thursday\'s home visit (training follow-up). %s\n\n%s\n%s'
            % (c.greet(c.ch(['Lauren', 'Hi'])), c.pn(p, c.ch(['full', 'title'])),
               c.ch(['Please call before you go.', 'Gate code is on the card notes.', '']), c.thanks(), c.sig('harper_pd')))
    types = {'patient_name', 'patient_contact', 'diagnosis'}
    if 'cephalexin' in note or 'vancomycin' in note:
        types.add('medication')
    return Mail(c.staff('harper_pd'), [('Home dialysis nurses', 'dialyse-domicile@' + DOM)],
                c.ch(['Home visit Thursday', 'PD visit - contact', 'contact card']), body,
                attachments=[att_text('%s %s.vcf' % (p['first'], p['last']), vcf, 'vcard', cte='quoted-printable')],
                lang='en'), types, 'vCard of home PD patient'


@pos('mrn_only_labs', 'en', 3)
def p_mrn_only(c):
    m = c.w.new_mrn(c.r)
    k = c.rf(6.2, 7.4)
    variants = [
        ('K %.1f on pre-run bloods for MRN %s, hemolyzed? repeat sent. ECG shows peaked T in V2-V4. Dialysing on 1K bath, '
         'gave calcium gluconate 1 g IV per protocol. FYI' % (k, m), {'mrn', 'lab_result', 'medication'}),
        ('chart %s - troponin 18 -> 412 -> 1630 ng/L, pls see on 7th before noon' % m, {'mrn', 'lab_result'}),
        ('MRN %s: eGFR 24, creat 212. CT with contrast tomorrow - hold or proceed? Metformin already stopped.' % m,
         {'mrn', 'lab_result', 'medication'}),
        ('pt %s - INR 5.8 today, no bleeding, holding warfarin x2 days, vit K 1 mg PO given.' % m,
         {'mrn', 'lab_result', 'medication'}),
    ]
    txt, types = c.ch(variants)
    frm = c.ch(['stanton', 'bellefleur', 'orourke'])
    body = '%s\n\n%s\n\n%s' % (c.greet(), txt, c.sig(frm, short=True))
    return Mail(c.staff(frm), [c.staff(c.other(['fitzgerald', 'whitmore', 'nguyen']))],
                c.ch(['%s' % m, 'lab value', 'FYI', 'urgent - %s' % m]), body, lang='en'), types, \
        'chart number with lab values, no name'


@pos('downtime_rebook_list', 'en', 2)
def p_downtime_list(c):
    pts = [c.qc(18) for _ in range(c.ri(4, 6))]
    rows = []
    for p in pts:
        c.home(p)
        ind = c.ch(IMG_IND)
        rows.append([c.pn(p, 'LAST_first'), c.mrn(p), ind[2], ind[0], p['phone']])
    day = c.future(1, 4)
    body = ('%s\n\nCT2 will be down on %s (tube replacement, vendor on site 07:00-16:00). The patients below were '
            'booked on CT2 and need to be moved to CT1 evening slots or rebooked. Please call them today.\n\n%s\n\n'
            'Outpatients only; inpatients will be handled by the floor.\n\n%s\n%s'
            % (c.greet('Booking'), fdate(day, 'en', 'long'), TABLE_MARK % 0, c.thanks(), c.sig('lemieux')))
    types = {'patient_name', 'mrn', 'diagnosis', 'patient_contact'}
    return Mail(c.staff('lemieux'), [c.staff('chow'), c.staff('roberge')], 'CT2 downtime %s - patients to rebook'
                % day.isoformat(), body, tables=[(['Patient', 'MRN', 'Exam', 'Indication', 'Phone'], rows)], lang='en'), \
        types, 'scanner downtime notice with list of patients to rebook'


@pos('transplant_workup', 'en', 2)
def p_transplant(c):
    p = c.qc(25, 70)
    dx = c.ch(RENAL_DX)[0]
    body = ('%s\n\nReferral for kidney transplant assessment:\n\n%s, DOB %s, %s.\n- Primary disease: %s; HD since %d via %s\n'
            '- Blood group %s, cPRA %d%%\n- Echo: LVEF %d%%, no significant valve disease\n- %s\n- Serology: CMV IgG %s, '
            'EBV IgG pos, HBV/HCV/HIV neg\n- Comorbidities: %s\n- Living donor: %s\n\n%s\n%s'
            % (c.greet(c.ch(['Transplant coordinator', 'Dear Dr. Okafor'])), c.pn(p, 'full'), fdate(p['dob'], 'en', 'long'),
               c.fmrn(p), dx, c.ri(2018, 2024), c.ch(['L AVF', 'tunnelled CVC']), c.ch(['O+', 'A+', 'B-', 'O-']),
               c.ri(0, 85), c.ri(50, 65), c.ch(['Stress MIBI negative for ischemia', 'Coronary angiogram: non-obstructive CAD']),
               c.ch(['pos', 'neg']), c.ch(['type 2 diabetes, HTN', 'HTN only', 'gout, obesity (BMI 34)']),
               c.ch(['sister being evaluated', 'none identified', 'spouse interested']), c.thanks(), c.sig(c.who(['nguyen',
                                                                                                                'fitzgerald']))))
    types = {'patient_name', 'date_of_birth', 'mrn', 'diagnosis', 'lab_result'}
    return Mail(c.staff(c.who(['nguyen'])), [('Transplant Program', 'transplant@centre-greffe-ouest.example')],
                c.ch(['Transplant referral - %s' % c.pn(p, 'full'), 'New referral for assessment']), body, lang='en'), \
        types, 'kidney transplant referral'


@pos('disguised_nam', 'en', 2)
def p_disguised_en(c):
    p = c.qc(30)
    nam_s = fmt_nam(p['nam'], c.ch(['lowerspaced', 'lower', 'dash', 'mixed']))
    txt = c.ch(['stress test for %s came back positive - 2 mm ST depression at 6 METs. booking cath.' % nam_s,
                'health card %s : echo shows EF 30%%, new HFrEF, started on Entresto 24/26 BID' % nam_s,
                'pt w/ card no. %s - Holter: 3 pauses up to 4.2 s, needs PPM' % nam_s])
    body = '%s\n\n%s\n\n%s' % (c.greet(), txt, c.sig(c.who(['raman', 'paradis', 'baptiste']), short=True))
    types = {'ramq_nam', 'diagnosis'}
    if 'Entresto' in txt:
        types.add('medication')
    return Mail(c.staff(c.who(['raman', 'paradis'])), [c.staff(c.other(['whitmore', 'lachance']))],
                c.ch(['fyi', 'result', 're: %s' % nam_s]), body, lang='en'), types, 'disguised NAM only with result'


@pos('filename_only', 'en', 2)
def p_filename_only(c):
    p = c.qc(35)
    kind = c.ch([('StressTest', 'Exercise stress test', 'Positive for ischemia: 2.5 mm horizontal ST depression V4-V6 at 7 METs.'),
                 ('Holter48h', '48-hour Holter', 'Paroxysmal atrial fibrillation, 9% burden.'),
                 ('CTcoronary', 'CT coronary angiogram', 'Calcium score 612. 70-90% proximal LAD stenosis.')])
    fn = '%s_%s_%s_%s.pdf' % (kind[0], p['last'].upper(), p['first'], p['dob'].isoformat())
    pdf = c.pdf(kind[1], ['Name: %s %s' % (p['first'], p['last']), 'DOB: %s' % p['dob'].isoformat(), '', 'Result:', kind[2]],
                'CHSA Cardiology', HDR_EN)
    body = '%s\n\n%s\n\n%s' % (c.greet(), c.ch(['See attached as discussed.', 'Attached, thanks.', 'Here you go.']),
                               c.sig(c.who(['baptiste', 'doyle']), short=True))
    types = {'patient_name', 'date_of_birth', 'diagnosis'}
    return Mail(c.staff(c.who(['baptiste', 'doyle'])), [c.ext('lindqvist')], c.ch(['Attached', 'as discussed', 'report']),
                body, attachments=[att_bytes(fn, pdf, 'application', 'pdf')], lang='en'), types, \
        'identity only in attachment file name and PDF'


@pos('telemetry_handover', 'en', 2)
def p_tele(c):
    pts = [c.qc(40) for _ in range(c.ri(3, 5))]
    lines = []
    types = {'patient_name', 'diagnosis'}
    beds = c.sample(range(1, 25), len(pts))
    for i, p in enumerate(pts):
        item = c.ch(['NSTEMI, heparin gtt, trop %d -> %d, cath tmrw' % (c.ri(80, 900), c.ri(900, 3000)),
                     'new AF RVR, dilt infusion 10 mg/h, rate 90s now', 'ADHF, furosemide 80 IV BID, -1.8 L, K %.1f' % c.rf(3.1, 3.6),
                     'CHB post TAVI, temp wire, PPM Thursday', 'syncope w/u, holter on, amiodarone stopped'])
        if 'trop' in item or 'K ' in item:
            types.add('lab_result')
        if any(w in item for w in ('heparin', 'dilt', 'furosemide', 'amiodarone')):
            types.add('medication')
        lines.append('Bed %d - %s (%s): %s' % (beds[i], c.pn(p, c.ch(['LAST_first', 'last_first', 'title_last']), 'en'),
                                                c.ch(['%d%s' % (age_on(p['dob'], c.today), p['sex']), c.mrn(p)]), item))
        if c.mrn(p) in lines[-1]:
            types.add('mrn')
    body = ('%s\n\nNight handover for tele (my %d pts), since I\'m leaving early:\n\n%s\n\nAll else stable.\n%s'
            % (c.greet(), len(pts), '\n'.join(lines), c.ch(['K.', 'Kim', 'Kim L. RN'])))
    return Mail(('Kim Lapierre RN', 'kim.lapierre@' + DOM), [('7th floor charge', 'cardio7-responsable@' + DOM)],
                c.ch(['handover', 'tele pts', 'report for tonight']), body, lang='en'), types, 'telemetry nurse handover'


@pos('travel_insurer_nir', 'en', 2)
def p_nir_insurer(c):
    p = c.french()
    dx = c.ch(['inferior STEMI treated with primary PCI to the RCA (1 DES)', 'NSTEMI, PCI to LAD x2 DES',
               'new atrial fibrillation with rapid ventricular response and heart failure'])
    meds = c.ch(['ASA 80 mg, ticagrelor 90 mg BID, atorvastatin 80 mg, bisoprolol 2.5 mg',
                 'apixaban 5 mg BID, metoprolol 50 mg BID, furosemide 40 mg daily'])
    body = ('%s\n\nFurther to your request (file %s), here is the medical update for your insured:\n\n%s, born %s, '
            'French social security no. %s.\nAdmitted %s with %s. Current medications: %s.\n\n%s expected to be medically '
            'fit to fly on %s with an escort; no oxygen required.\n\n%s\n%s'
            % (c.greet('Ms. Achterberg'), 'GA-%06d' % c.ri(100000, 999999), c.pn(p, 'full'), fdate(p['dob'], 'en', 'long'),
               fmt_nir(p['nir'], c.ch(['space', 'plain', 'key'])), fdate(c.past(3, 9), 'en', 'long'), dx, meds,
               'The patient is' if c.p(0.5) else he(p).capitalize() + ' is', fdate(c.future(5, 12), 'en', 'long'),
               c.thanks(), c.sig('whitmore')))
    types = {'patient_name', 'fr_nir', 'date_of_birth', 'diagnosis', 'medication'}
    return Mail(c.staff('whitmore'), [('Case management - GlobeAssist', 'cases@globeassist.example')],
                c.ch(['Medical update - %s' % p['last'].upper(), 'Your file GA - fit to fly', 'Repatriation %s' % p['last']]),
                body, lang='en'), types, 'travel insurer update for French tourist with NIR'


# ===== French positives ======================================================
DOCX_MIME = 'vnd.openxmlformats-officedocument.wordprocessingml.document'
XLSX_MIME = 'vnd.openxmlformats-officedocument.spreadsheetml.sheet'


@pos('rapport_echo_docx', 'fr', 3)
def f_echo_docx(c):
    p = c.qc(35)
    gp = c.ch(['theriault', 'morissette'])
    ef = c.ri(25, 62)
    concl = c.ch(['Sténose aortique sévère (SVA 0,7 cm2, gradient moyen 48 mmHg)', 'Cardiomyopathie dilatée, FEVG %d %%' % ef,
                  'Insuffisance mitrale modérée à sévère, dilatation OG', 'Hypertrophie VG concentrique, dysfonction diastolique grade II'])
    paras = ['Nom : %s' % c.pn(p, 'LAST_first'), 'NAM : %s' % p['nam'], 'Date de naissance : %s' % p['dob'].isoformat(),
             'Date de l\'examen : %s' % c.past(1, 10).isoformat(), 'Médecin référent : %s' % ext_name(gp),
             'Indication : %s' % c.ch(['dyspnée d\'effort', 'souffle systolique', 'syncope', 'suivi valvulopathie']),
             'FEVG : %d %% (Simpson biplan)' % ef, 'Conclusion : %s.' % concl,
             'Signé électroniquement par %s' % staff_name('lachance')]
    dx = make_docx('Rapport d\'échographie cardiaque transthoracique', paras, 'Service de cardiologie CHSA')
    body = ('%s\n\nVeuillez trouver ci-joint le rapport d\'échocardiographie de %s %s.\n\n%s\n%s'
            % (c.greet(c.ch(['%s %s' % (EXTERNAL[gp][2], EXTERNAL[gp][1]), 'Docteur', ext_name(gp, False)])),
               c.ch(['votre patient(e)', '']),
               c.pn(p, c.ch(['title', 'full'])), c.thanks(), c.sig('brassard')))
    types = {'patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis'}
    fn = c.ch(['Echo_%s_%s.docx' % (p['last'], p['first']), 'Rapport échographie %s.docx' % p['last'],
               'ETT_%s.docx' % p['nam']])
    return Mail(c.staff('brassard'), [c.ext(gp)], c.ch(['Rapport échographie - %s' % c.pn(p, 'full'),
                                                        'Résultat écho cardiaque', 'Rapport ETT']), body,
                attachments=[att_bytes(fn, dx, 'application', DOCX_MIME)], lang='fr'), types, \
        'rapport échographie DOCX au médecin référent'


@pos('demande_coro_transfert', 'fr', 3)
def f_coro(c):
    p = c.qc(40)
    t1, t2 = c.ri(20, 90), c.ri(400, 4200)
    body = ('%s\n\nDemande de transfert pour coronarographie :\n\n%s, %d ans, NAM %s\n'
            'Dx : %s\nECG : %s\nTroponine HS : %d -> %d ng/L\nCréatinine %d µmol/L\nTx reçu : AAS 160 mg, %s, '
            'héparine IV selon nomogramme\nATCD : %s\n\nPatient%s stable hémodynamiquement, pas de douleur depuis %s. '
            'Merci de nous aviser de la disponibilité d\'un lit en hémodynamie.\n\n%s\nDr Marc-André Gosselin\n'
            'Urgentologue, Hôpital Notre-Dame-des-Pins\n819-555-0122'
            % (c.greet(c.ch(['Dre Lachance', 'Collègues de l\'hémodynamie', 'Bonjour'])), c.pn(p, c.ch(['title', 'full'])),
               age_on(p['dob'], c.today), fmt_nam(p['nam'], c.ch(['plain', 'spaced', 'dash'])),
               c.ch(['IAMSEST', 'angine instable', 'SCA sans sus-décalage']),
               c.ch(['sous-décalage ST V4-V6', 'inversion onde T en antérieur', 'BBG nouveau?']), t1, t2, c.ri(70, 160),
               c.ch(['ticagrelor 180 mg en charge', 'clopidogrel 600 mg en charge']),
               c.ch(['DB2, HTA, dyslipidémie', 'tabagisme actif, MVAS', 'PAC en 2015', 'IRC stade 3']), e_(p),
               c.ch(['6 h', '2 h', 'ce matin']), c.thanks()))
    types = {'patient_name', 'ramq_nam', 'diagnosis', 'lab_result', 'medication'}
    return Mail(c.ext('gosselin', True), [('Hémodynamie CHSA', 'hemodynamie@' + DOM)], cc=[c.staff('lachance', True)],
                subject=c.ch(['Transfert coro - %s' % c.pn(p, 'last_first'), 'Demande de transfert IAMSEST',
                              'URGENT transfert hémo']), text=body, headers={'Importance': 'High'}, lang='fr'), types, \
        'demande de transfert pour coronarographie'


@pos('horaire_patients_hd', 'fr', 3)
def f_horaire_hd(c):
    pts = [c.qc(20) for _ in range(c.ri(6, 9))]
    rows = []
    chairs = c.sample(range(1, 19), len(pts))
    for i, p in enumerate(pts):
        rows.append([str(chairs[i]), c.ch(['AM', 'PM', 'Soir']), c.pn(p, c.ch(['LAST_first', 'last_first'])),
                     c.ch(['LMV', 'MJS']),
                     c.ch(['', 'ERV+ - isolement', 'KT jugulaire D', 'diabétique - glycémie pré', 'FAV récente, aiguilles 17G',
                           'hypotension fréquente', 'SARM+ - chambre 3', 'transport adapté', 'hépatite B+ - machine dédiée'])])
    body = ('%s\n\nVoici l\'horaire des patients pour la semaine du %s. Changements en gras dans le tableau Excel '
            'sur le S:, mais je le mets ici aussi :\n\n%s\n\n%s\n%s'
            % (c.greet(), fdate(c.future(1, 6), 'fr', 'long'),
               TABLE_MARK % 0, c.thanks(), c.sig('pageau')))
    types = {'patient_name', 'diagnosis'}
    return Mail(c.staff('pageau'), [('Équipe hémodialyse', 'equipe-hd@' + DOM)],
                c.ch(['Horaire patients HD - semaine', 'Horaire fauteuils', 'Changements horaire dialyse']), body,
                tables=[(['Fauteuil', 'Quart', 'Patient', 'Jours', 'Remarques'], rows)], lang='fr'), types, \
        'horaire des patients en hémodialyse (tableau)'


@pos('dialyse_vacances_france', 'fr', 3)
def f_vac_fr(c):
    p = c.french()
    start = c.future(25, 80)
    dx = c.ch(RENAL_DX)[1]
    lines = ['Patient : %s %s' % (p['last'].upper(), p['first']), 'Né%s le : %s' % (e_(p), fdate(p['dob'], 'fr', 'slash')),
             'N° de sécurité sociale : %s' % fmt_nir(p['nir'], 'space'),
             'Néphropathie initiale : %s' % dx, 'Hémodialyse depuis %d, 3 séances de 4 h' % c.ri(2010, 2023),
             'Abord : %s' % c.ch(['FAV radio-céphalique gauche', 'FAV huméro-céphalique droite', 'cathéter tunnelisé jugulaire']),
             'Poids sec : %.1f kg' % c.rf(52, 96), 'Anticoagulation : %s' % c.ch(['HBPM tinzaparine 2500 UI', 'héparine 2000 UI']),
             'Sérologies (%s) : Ag HBs nég, Ac anti-HBs %d UI/L, VHC nég, VIH nég' % (fdate(c.past(5, 30), 'fr', 'slash'),
                                                                                  c.ri(15, 900)),
             'Dépistage BMR/BHRe : négatif', 'Hb %d g/L, K %.1f mmol/L, albumine %d g/L' % (c.ri(95, 125), c.rf(4.0, 5.8),
                                                                                        c.ri(30, 40)),
             'Traitement : %s' % ', '.join(c.sample(['darbépoétine 30 µg/sem', 'carbonate de calcium 1 g x3', 'sevelamer 800 mg x3',
                                                     'alfacalcidol 0,5 µg', 'bisoprolol 5 mg', 'lévothyroxine 75 µg',
                                                     'fer saccharose 100 mg/15 j'], 4))]
    pdf = c.pdf('Demande de dialyse vacances', lines, 'Centre de néphrologie Les Tilleuls',
                ['Centre de néphrologie Les Tilleuls', 'Service d\'hémodialyse'])
    body = ('%s\n\nNous sollicitons une prise en charge en dialyse vacances pour %s, du %s au %s (séjour chez des proches '
            'dans votre région). Vous trouverez le dossier médical en pièce jointe.\n\n%s\n\nBien confraternellement,\n'
            'Dr Laurent Mercier-Vidal\nNéphrologue – Centre de néphrologie Les Tilleuls'
            % (c.greet(c.ch(['Chère consœur, cher confrère', 'Madame, Monsieur'])), c.pn(p, 'title'),
               fdate(start, 'fr', 'long'), fdate(start + dt.timedelta(days=c.ch([14, 21, 28])), 'fr', 'long'),
               c.ch(['Le patient est autonome et stable.', 'Pas d\'épisode d\'hypotension récent.',
                     'Le bilan sanguin complet suivra 15 jours avant le départ.'])))
    types = {'patient_name', 'fr_nir', 'date_of_birth', 'diagnosis', 'lab_result', 'medication'}
    return Mail(c.ext('mercier', True), [('Hémodialyse CHSA', 'hemodialyse@' + DOM)],
                c.ch(['Demande dialyse vacances - %s' % c.pn(p, 'upper'), 'Dialyse vacances %s' % start.strftime('%m/%Y')]),
                body, attachments=[att_bytes('DV_%s_%s.pdf' % (p['last'].upper(), p['first']), pdf, 'application', 'pdf')],
                lang='fr'), types, 'dialyse vacances patient français avec NIR (PDF)'


@pos('dialyse_vacances_belgique', 'fr', 3)
def f_vac_be(c):
    p = c.belgian()
    stay = '%d, %s, %s (Québec)' % (c.ri(10, 999), c.ch(STREETS), c.ch(CITIES)[0])
    tel = c.phone('819')
    start = c.future(20, 70)
    body = ('%s\n\nJe me permets de vous adresser %s, né%s le %s (NISS %s), hémodialysé%s chronique dans notre centre '
            'pour %s. %s séjournera au Québec du %s au %s.\n\nRésumé :\n- Abord : %s\n- Prescription : 4 h, débit sang %d mL/min, '
            'bain K 2 / Ca 1,5, poids sec %.1f kg\n- Sérologies : HBs Ag nég., anti-HBs %d UI/L, HCV nég., HIV nég.\n'
            '- Dernière biologie : Hb %.1f g/dL, K %.1f, phosphore %.1f mg/dL, Kt/V %.2f\n- Médication : %s\n\n'
            'Adresse pendant le séjour : %s — tél. %s\n\n%s\nDre Anne-Sophie Delvaux\nNéphrologue, Clinique du Val-de-Meuse'
            % (c.greet(c.ch(['Chers collègues', 'Madame, Monsieur'])), c.pn(p, 'title'), e_(p), fdate(p['dob'], 'fr', 'slash'),
               fmt_niss(p['niss'], c.ch(['dots', 'space', 'plain'])), e_(p), c.ch(RENAL_DX)[1], il(p).capitalize(),
               fdate(start, 'fr', 'long'), fdate(start + dt.timedelta(days=21), 'fr', 'long'),
               c.ch(['FAV radio-céphalique G', 'FAV huméro-basilique superficialisée D']), c.ri(280, 380), c.rf(50, 90),
               c.ri(20, 500), c.rf(9.8, 12.4), c.rf(4.1, 5.9), c.rf(3.2, 6.4), c.rf(1.2, 1.7, 2),
               c.ch(['Aranesp 20 µg/sem, Renagel 800 mg 3x/j, Rocaltrol', 'Mircera 75 µg/mois, carbonate de calcium, amlodipine 5 mg']),
               stay, tel, c.ch(['Bien à vous,', 'Avec mes remerciements,', 'Confraternellement,'])))
    types = {'patient_name', 'be_niss', 'date_of_birth', 'diagnosis', 'lab_result', 'medication', 'patient_contact'}
    return Mail(c.ext('delvaux', True), [('Hémodialyse CHSA', 'hemodialyse@' + DOM)],
                c.ch(['Demande de dialyse de vacances', 'Dialyse vacances - %s' % c.pn(p, 'full')]), body, lang='fr'), types, \
        'dialyse vacances patient belge avec NISS'


@pos('transport_adapte', 'fr', 3)
def f_transport(c):
    p = c.qc(35)
    c.home(p)
    body = ('%s\n\nNouvelle demande d\'inscription pour le transport vers l\'unité d\'hémodialyse :\n\n'
            'Nom : %s\nNAM : %s\nAdresse : %s, %s (Québec) %s\nTél. : %s\nJours : %s — arrivée à l\'unité %s\n'
            'Particularités : %s\n\nLe formulaire d\'admissibilité signé par la Dre Haddad suivra par télécopieur.\n\n%s\n%s'
            % (c.greet(), c.pn(p, c.ch(['title', 'full', 'LAST_first'])), fmt_nam(p['nam'], c.ch(['plain', 'spaced'])),
               p['street'], p['city'], p['postal'], p['phone'], c.ch(['lundi-mercredi-vendredi', 'mardi-jeudi-samedi']),
               c.ch(['6 h 45', '11 h 30', '16 h 15']),
               c.ch(['fauteuil roulant, amputation sous le genou droite', 'oxygène 2 L en continu', 'déficience visuelle',
                     'troubles cognitifs légers, accompagnement jusqu\'à la porte', 'marchette']), c.thanks(), c.sig('beaudin')))
    types = {'patient_name', 'ramq_nam', 'patient_contact', 'diagnosis'}
    return Mail(c.staff('beaudin'), [('Transport adapté', 'inscriptions@transport-adapte-vallee.example')],
                c.ch(['Inscription transport - dialyse', 'Nouvelle cliente dialyse' if p['sex'] == 'F' else 'Nouveau client dialyse',
                      'Demande transport %s' % p['last']]), body, lang='fr'), types, 'transport adapté avec adresse et NAM'


@pos('demande_tdm_gmf', 'fr', 3)
def f_demande_tdm(c):
    p = c.qc(30)
    ind = c.ch(IMG_IND[:4])
    cr = c.ri(60, 150)
    body = ('%s\n\nSVP céduler %s pour :\n%s\nNAM : %s\nDDN : %s\n\nRenseignements cliniques : %s.\nCréatinine %d '
            '(%s). %s\n\nMerci de m\'envoyer le rapport en copie.\n\n%s\nDre Josiane Thériault, M.D.\nGMF des Quatre-Vents'
            % (c.greet(), ind[3], c.pn(p, c.ch(['full', 'LAST_first', 'title'])), fmt_nam(p['nam'], c.ch(['plain', 'spaced', 'lower'])),
               c.d(p), ind[1], cr, fdate(c.past(3, 25), 'fr', 'short'),
               c.ch(['Allergie à l\'iode (urticaire) - prémédication svp.', 'Sous metformine.', 'Claustrophobe.',
                     'Pas d\'allergie connue.']), c.thanks()))
    types = {'patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis', 'lab_result'}
    if 'metformine' in body:
        types.add('medication')
    return Mail(c.ext('theriault', True), [('Centrale de rendez-vous imagerie', 'imagerie-rdv@' + DOM)],
                c.ch(['Demande %s' % ind[3].split()[0], 'Demande d\'examen - %s' % c.pn(p, 'full'), 'requête imagerie']),
                body, lang='fr'), types, 'demande de TDM par GMF avec NAM'


@pos('protocole_irm_patient', 'fr', 3)
def f_protocole_irm(c):
    p = c.qc(20)
    egfr = c.ri(18, 45)
    issue = c.ch(['claustrophobe sévère, demande lorazépam 1 mg SL', 'porteur d\'un implant cochléaire (%s)' %
                  c.ch(['Synchrony 2', 'Nucleus CI612']), 'éclats métalliques à l\'œil gauche (soudeur), radiographie orbites faite',
                  'stimulateur cardiaque compatible IRM, programmation par la clinique de cardiostimulation'])
    rad = c.ch(['bergeron', 'chartrand'])
    body = ('%s\n\n%s (%s) est à l\'horaire demain %s pour %s. %s. DFGe %d mL/min — on garde le gadolinium (agent '
            'macrocyclique) ou protocole sans contraste?\n\nIndication : %s\n\n%s\n%s'
            % (c.greet(c.ch(['%s %s' % (STAFF[rad][2], STAFF[rad][1]), STAFF[rad][0]])),
               c.pn(p, c.ch(['title', 'LAST_first', 'full'])),
               c.fmrn(p), c.ch(['8 h 15', '13 h', '19 h 30']), c.ch(['IRM cardiaque', 'IRM cérébrale', 'IRM abdominale foie']),
               issue[0].upper() + issue[1:], egfr, c.ch(['cardiomyopathie, viabilité', 'métastases? néo sein connu',
                                                        'lésion hépatique indéterminée au scan']), c.thanks(), c.sig('rioux')))
    types = {'patient_name', 'mrn', 'diagnosis', 'lab_result'}
    if 'lorazépam' in body:
        types.add('medication')
    return Mail(c.staff('rioux'), [c.staff(rad, True)],
                c.ch(['Protocole IRM demain - %s' % p['last'], 'Question protocole', 'IRM %s' % c.pn(p, 'full')]), body,
                lang='fr'), types, 'question de protocole IRM pour un patient'


@pos('resultat_critique', 'fr', 2)
def f_critique(c):
    p = c.qc(20)
    rad = c.ch(['bergeron', 'chartrand'])
    finding = c.ch(['dissection aortique de type A de Stanford s\'étendant jusqu\'aux iliaques',
                    'embolie pulmonaire bilatérale avec signes de surcharge ventriculaire droite',
                    'hémorragie sous-arachnoïdienne diffuse', 'pneumopéritoine important'])
    body = ('RÉSULTAT CRITIQUE\n\n%s — %s\nExamen : %s, %s\nConstat : %s.\n\nCommuniqué verbalement à %s à %s. '
            'Relecture confirmée.\n\n%s'
            % (c.pn(p, 'LAST_first'), c.fmrn(p), c.ch(['angio-TDM thoracique', 'TDM cérébrale', 'TDM abdominal']),
               c.today.isoformat(), finding, c.ch(['Dre Lachance', 'Dr Gosselin (urgence NDP)', 'l\'urgentologue de garde']),
               c.now.strftime('%H h %M'), c.sig(rad)))
    types = {'patient_name', 'mrn', 'diagnosis'}
    return Mail(c.staff(rad), [('Résultats critiques', 'resultats-critiques@' + DOM)],
                c.ch(['RÉSULTAT CRITIQUE - %s' % c.pn(p, 'LAST_first'), 'Résultat critique %s' % c.mrn(p)]), body,
                headers={'Importance': 'High'}, lang='fr'), types, 'résultat critique en radiologie'


@pos('rapport_irm_pdf', 'fr', 3)
def f_rapport_pdf(c):
    p = c.qc(25)
    gp = c.ch(['theriault', 'morissette'])
    ex = c.ch([('IRM colonne lombaire', 'Hernie discale L4-L5 postéro-latérale gauche comprimant la racine L5.'),
               ('IRM cérébrale', 'Multiples lésions de la substance blanche périventriculaire compatibles avec une '
                                 'maladie démyélinisante.'),
               ('TDM thoracique', 'Masse spiculée de 2,4 cm du LSD, adénopathie hilaire droite. Néoplasie à exclure.'),
               ('Échographie rénale', 'Reins polykystiques bilatéraux, volume rénal total augmenté.')])
    lines = ['Nom : %s' % c.pn(p, 'LAST_first'), 'NAM : %s' % p['nam'], 'Date de naissance : %s' % p['dob'].isoformat(),
             'Examen : %s' % ex[0], 'Date : %s' % c.past(1, 14).isoformat(), 'Médecin référent : %s' % ext_name(gp), '',
             'OPINION :', ex[1], '', 'Radiologiste : %s' % staff_name(c.ch(['bergeron', 'chartrand']))]
    pdf = c.pdf('Rapport d\'imagerie médicale', lines, 'Imagerie CHSA', HDR_FR)
    body = ('%s\n\nCi-joint le rapport de %s pour %s, tel que demandé par votre secrétaire.\n\n%s\n%s'
            % (c.greet(), ex[0], c.pn(p, c.ch(['title', 'full'])), c.thanks(), c.sig('roberge')))
    types = {'patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis'}
    return Mail(c.staff('roberge'), [c.ext(gp)], c.ch(['Rapport %s' % ex[0], 'Rapport - %s' % c.pn(p, 'full'), 'Rapport demandé']),
                body, attachments=[att_bytes('Rapport_%s_%s.pdf' % (p['last'], c.today.strftime('%Y%m%d')), pdf,
                                             'application', 'pdf')], lang='fr'), types, 'rapport d\'imagerie PDF envoyé à la clinique'


@pos('reference_fistule', 'fr', 2)
def f_fistule(c):
    p = c.qc(30)
    egfr = c.ri(7, 15)
    body = ('%s\n\nJe vous réfère %s (%s), %d ans, suivi%s en clinique de prédialyse pour %s. DFGe %d mL/min/1,73 m2, '
            'K %.1f, Hb %d. Dialyse prévue d\'ici %d à %d mois.\n\nMerci de l\'évaluer pour la création d\'une FAV, '
            'membre supérieur %s (non dominant). Cartographie veineuse demandée en échographie. %s\n\n%s\n%s'
            % (c.greet(c.ch(['Dr Paquin', 'Cher collègue'])), c.pn(p, c.ch(['title', 'full'])), c.fmrn(p),
               age_on(p['dob'], c.today), e_(p), c.ch(RENAL_DX)[1], egfr, c.rf(4.6, 5.9), c.ri(88, 118), c.ri(2, 3),
               c.ri(4, 6),
               c.ch(['gauche', 'droit']), c.ch(['Sous apixaban.', 'Diabétique, artères calcifiées?', '']),
               c.thanks(), c.sig(c.who(['haddad', 'aubin']))))
    types = {'patient_name', 'mrn', 'diagnosis', 'lab_result'}
    if 'apixaban' in body:
        types.add('medication')
    return Mail(c.staff(c.who(['haddad'])), [c.ext('paquin', True)], c.ch(['Référence création FAV', 'Référence - %s' % c.pn(p, 'full')]),
                body, lang='fr'), types, 'référence en chirurgie vasculaire pour FAV'


@pos('ts_situation_sociale', 'fr', 3)
def f_ts(c):
    p = c.qc(25, 80)
    s = c.sin_for(p)
    situ = c.ch(['vit seul%s dans un logement insalubre, a perdu son emploi en janvier' % e_(p),
                 'rapporte de la violence conjugale; %s est hébergé%s temporairement chez sa sœur' % (il(p), e_(p)),
                 'a des dettes importantes et ne peut plus payer ses médicaments',
                 'son fils, qui était son proche aidant, est incarcéré depuis février'])
    body = ('%s\n\nComme discuté, voici les informations pour la demande d\'aide financière de dernier recours :\n\n'
            '%s\nNAS : %s\nDate de naissance : %s\n\nSituation : %s %s. %s est en hémodialyse 3 fois par semaine à notre '
            'unité, ce qui l\'empêche de travailler.\n\nPouvez-vous ouvrir un dossier au soutien à domicile?\n\n%s\n%s'
            % (c.greet(c.ch(['Mme Leclair', 'Nancy'])), c.pn(p, c.ch(['title', 'full', 'LAST_first'])),
               fmt_sin(s, c.ch(['dash', 'space', 'plain'])), c.d(p), c.pn(p, 'title_last'), situ, il(p).capitalize(),
               c.thanks(), c.sig('dufresne')))
    types = {'patient_name', 'ca_sin', 'date_of_birth', 'social_information', 'diagnosis'}
    return Mail(c.staff('dufresne'), [c.ext('leclair')], c.ch(['Demande - %s' % c.pn(p, 'full'), 'Situation de Mme %s' % p['last']
                                                               if p['sex'] == 'F' else 'Situation de M. %s' % p['last'],
                                                               'Suivi psychosocial']), body, lang='fr'), types, \
        'travailleuse sociale, situation sociale et NAS'


@pos('bilans_mensuels', 'fr', 3)
def f_bilans(c):
    pts = [c.qc(20) for _ in range(c.ri(6, 10))]
    with_nam = c.p(0.5)
    hdr = ['Nom', 'Prénom'] + (['NAM'] if with_nam else []) + ['Hb', 'K', 'Phosphore', 'Ca', 'PTH', 'Albumine', 'Ferritine']
    rows = []
    for p in pts:
        rows.append([p['last'], p['first']] + ([p['nam']] if with_nam else []) +
                    [c.ri(82, 130), c.rf(3.6, 6.8), c.rf(0.9, 2.6, 2), c.rf(2.0, 2.6, 2), c.ri(8, 120), c.ri(27, 42), c.ri(90, 900)])
    month = MONTHS_FR[c.today.month - 1]
    if c.p(0.5):
        att = att_text('bilans_%s.csv' % ascii_local(month), make_csv(hdr, rows, ';'), 'csv', charset=c.ch(['utf-8', 'iso-8859-1']),
                       cte=c.ch(['base64', 'quoted-printable']))
    else:
        att = att_bytes('Bilans_HD_%s.xlsx' % ascii_local(month), make_xlsx([(month, hdr, rows)], 'Julie Desrosiers'),
                        'application', XLSX_MIME)
    neph = c.ch(['haddad', 'aubin'])
    body = ('%s\n\nCi-joint les bilans de %s pour vos patients du quart %s. %s\n\n%s\n%s'
            % (c.greet(c.ch(['%s %s' % (STAFF[neph][2], STAFF[neph][1]), STAFF[neph][0]])), month, c.ch(['AM', 'PM', 'du soir']),
               c.ch(['Les valeurs hors cible sont surlignées.', 'Deux hémolysés, repris mercredi.', '']), c.thanks(),
               c.sig('desrosiers')))
    types = {'patient_name', 'lab_result'} | ({'ramq_nam'} if with_nam else set())
    return Mail(c.staff('desrosiers'), [c.staff(neph, True)], 'Bilans %s' % month, body,
                attachments=[att], lang='fr'), types, 'bilans mensuels HD en pièce jointe'


@pos('clinique_anticoag', 'fr', 3)
def f_anticoag(c):
    p = c.qc(40)
    c.home(p)
    rni = c.rf(1.3, 4.6)
    body = ('%s\n\n%s — RNI %.1f ce matin (cible 2-3, %s). Dose de warfarine modifiée : %s. Prochain RNI le %s au CLSC.\n'
            '%s a été avisé%s par téléphone au %s%s.\n\n%s\n%s'
            % (c.greet(), c.pn(p, c.ch(['title', 'LAST_first', 'full'])), rni,
               c.ch(['FA', 'TVP récidivante', 'valve mitrale mécanique (cible 2,5-3,5)']),
               c.ch(['6 mg lun-mer-ven, 5 mg les autres jours', 'omettre une dose puis 4 mg die', '7,5 mg die']),
               fdate(c.future(3, 8), 'fr', 'long'), il(p).capitalize(), e_(p), p['phone'],
               c.ch(['', ' (laisser sonner longtemps)', ' ou cellulaire %s' % p['cell']]), c.thanks(), c.sig('vezina')))
    types = {'patient_name', 'lab_result', 'medication', 'patient_contact', 'diagnosis'}
    return Mail(c.staff('vezina'), [c.ext(c.ch(['theriault', 'morissette']))],
                c.ch(['RNI - %s' % c.pn(p, 'full'), 'Ajustement warfarine', 'Clinique anticoag - suivi']), body, lang='fr'), \
        types, 'clinique d\'anticoagulation, RNI et dose'


@pos('dossier_sans_nom', 'fr', 2)
def f_dossier_only(c):
    m = c.w.new_mrn(c.r)
    txt = c.ch(['Dossier %s : K %.1f prédialyse, ECG fait (ondes T amples). On passe sur bain 1K. Kayexalate 30 g donné? '
                'Rappelle-moi svp.' % (m, c.rf(6.2, 7.2)),
                '# %s — Hb %d, plaquettes %d. Héparine en cours, on arrête? Suspicion TIH.' % (m, c.ri(70, 90), c.ri(38, 70)),
                'dossier %s : glycémie 2,1 en fin de tx, donné D50 25 mL. Insuline lente à diminuer?' % m])
    types = {'mrn', 'lab_result', 'medication'}
    frm = c.ch(['desrosiers', 'pageau'])
    return Mail(c.staff(frm), [c.staff(c.other(['aubin', 'haddad']))], c.ch(['urgent', m, 'dossier %s' % m, 'question']),
                '%s\n\n%s\n\n%s' % (c.greet(), txt, c.sig(frm, short=True)), lang='fr'), types, 'numéro de dossier seul avec résultat'


@pos('ics_rdv_tep', 'fr', 2)
def f_ics(c):
    p = c.qc(25)
    day = c.future(3, 20)
    start = dt.datetime(day.year, day.month, day.day, c.ch([8, 10, 14]), c.ch([0, 15, 30]))
    exam = c.ch(['TEP-TDM au FDG', 'IRM cardiaque', 'Coloscanner', 'Scintigraphie myocardique'])
    desc = ('%s\nNAM : %s\nExamen : %s\nIndication : %s\nÀ jeun 6 h. %s' % (
        c.pn(p, 'LAST_first'), p['nam'], exam, c.ch(['lymphome, bilan de réponse', 'cardiomyopathie hypertrophique',
                                                     'angine, épreuve négative équivoque', 'néo côlon, bilan']),
        c.ch(['Diabétique : pas d\'insuline le matin.', 'Accompagnateur requis.', ''])))
    ics = make_ics('%s@rdv.%s' % (hashlib.md5(desc.encode()).hexdigest()[:10], DOM), start, 60, '%s - %s' % (exam, c.pn(p, 'last_first')),
                   desc, 'Médecine nucléaire, pavillon B' if 'TEP' in exam or 'Scinti' in exam else 'Imagerie, niveau 1',
                   (staff_name('roberge', False), staff_addr('roberge')))
    body = '%s\n\nInvitation pour le rendez-vous ci-joint (à ajouter à l\'agenda de la salle).\n\n%s\n%s' % (
        c.greet(), c.thanks(), c.sig('roberge', short=True))
    types = {'patient_name', 'ramq_nam', 'diagnosis'}
    if 'insuline' in desc:
        types.add('medication')
    return Mail(c.staff('roberge'), [('Agenda salle', 'agenda-imagerie@' + DOM)], 'Rendez-vous : %s %s' % (exam, start.strftime('%d/%m %H:%M')),
                body, attachments=[att_text('rdv.ics', ics, 'calendar', cte='base64')], lang='fr'), types, \
        'invitation ICS de rendez-vous avec NAM'


@pos('zip_rapports_clinique', 'fr', 2)
def f_zip(c):
    pts = [c.qc(25) for _ in range(c.ri(2, 4))]
    gp = c.ch(['theriault', 'morissette'])
    files = []
    for p in pts:
        concl = c.ch(['Nodule thyroïdien TI-RADS 4 de 1,6 cm.', 'Sténose carotidienne interne droite 70-80 %.',
                      'Cholélithiase sans cholécystite.', 'Kystes rénaux simples bilatéraux (Bosniak I).',
                      'FEVG 35 %, hypokinésie antérieure.'])
        lines = ['Nom : %s' % c.pn(p, 'LAST_first'), 'NAM : %s' % p['nam'], 'DDN : %s' % p['dob'].isoformat(), '',
                 'Conclusion : %s' % concl]
        files.append(('%s_%s.pdf' % (p['last'], p['first'][0]), c.pdf('Rapport', lines, 'CHSA', HDR_FR)))
    body = ('%s\n\nVoici les rapports de la semaine pour vos patients (%d fichiers dans le .zip). Mot de passe non requis '
            'car envoi par le réseau sécurisé.\n\n%s\n%s' % (c.greet(), len(files), c.thanks(), c.sig('roberge')))
    types = {'patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis'}
    return Mail(c.staff('roberge'), [c.ext(gp)], 'Rapports de la semaine', body,
                attachments=[att_bytes('rapports_%s.zip' % c.today.strftime('%Y%m%d'), make_zip(files), 'application', 'zip')],
                lang='fr'), types, 'ZIP de rapports pour la clinique'


@pos('courriel_patient_transfere', 'fr', 2)
def f_eml(c):
    p = c.qc(25)
    c.home(p)
    paddr = '%s%s%d@courriel-perso.example' % (ascii_local(p['first'])[0], ascii_local(p['last']), c.ri(1, 99))
    inner_txt = ('Bonjour,\n\nJe suis %s, patient%s de la Dre Haddad. Depuis que j\'ai commencé %s, j\'ai des '
                 'étourdissements et mes pieds enflent beaucoup. Mon poids a monté de %d kilos. Est-ce que je dois '
                 'arrêter? Vous pouvez me rejoindre au %s.\n\nMerci\n%s'
                 % (c.pn(p, 'full'), e_(p), c.ch(['l\'amlodipine', 'la prednisone', 'le nouveau diurétique']), c.ri(2, 5), p['phone'],
                    p['first']))
    inner = build_inner((c.pn(p, 'full'), paddr), [('Néphrologie', 'nephrologie@' + DOM)], 'question médicament', inner_txt,
                        c.earlier(), c.msgid('courriel-perso.example'), 'fr', charset=c.ch(['utf-8', 'iso-8859-1']))
    body = ('%s\n\nJe te transfère le courriel d\'une patiente/d\'un patient reçu sur la boîte générale. Peux-tu %s '
            'rappeler?\n\n%s\n%s' % (c.greet(c.ch(['Nadia', 'Dre Haddad'])), 'la' if p['sex'] == 'F' else 'le',
                                    c.thanks(), c.sig('beaudin', short=True)))
    types = {'patient_name', 'patient_contact', 'diagnosis', 'medication'}
    return Mail(c.staff('beaudin'), [c.staff('haddad')], 'TR: question médicament', body,
                attachments=[att_eml('question médicament.eml', inner)], lang='fr'), types, 'courriel de patient transféré en .eml'


@pos('liste_reprogrammation', 'fr', 2)
def f_liste_panne(c):
    pts = [c.qc(18) for _ in range(c.ri(4, 7))]
    rows = []
    for p in pts:
        c.home(p)
        ind = c.ch(IMG_IND)
        rows.append([c.pn(p, 'LAST_first'), c.mrn(p), ind[3], ind[1], p['phone']])
    day = c.future(1, 3)
    body = ('%s\n\nL\'IRM 1 sera hors service le %s (remplissage d\'hélium et mise à jour logicielle). Les patients '
            'suivants doivent être rappelés et reportés :\n\n%s\n\nPriorisez les P2. %s\n\n%s\n%s'
            % (c.greet(), fdate(day, 'fr', 'long'), TABLE_MARK % 0, c.ch(['Merci de noter les refus.', '']), c.thanks(),
               c.sig('gervais')))
    types = {'patient_name', 'mrn', 'diagnosis', 'patient_contact'}
    return Mail(c.staff('gervais'), [c.staff('roberge'), c.staff('chow')], 'IRM 1 hors service le %s - patients à reporter'
                % fdate(day, 'fr', 'short'), body, tables=[(['Patient', 'Dossier', 'Examen', 'Indication', 'Téléphone'], rows)],
                lang='fr'), types, 'panne IRM avec liste des patients à reporter'


@pos('nam_deguise', 'fr', 3)
def f_nam_deguise(c):
    p = c.qc(20)
    nam_s = fmt_nam(p['nam'], c.ch(['lowerspaced', 'lower', 'dash', 'mixed', 'spaced']))
    txt, types = c.ch([
        ('carte %s : créat 412, DFGe 12, on commence la dialyse lundi' % nam_s, {'ramq_nam', 'lab_result', 'diagnosis'}),
        ('pt nam %s - scan montre une EP segmentaire, anticoaguler svp' % nam_s, {'ramq_nam', 'diagnosis'}),
        ('%s -> holter : FA paroxystique 15 %%, débuter apixaban 5 mg bid' % nam_s, {'ramq_nam', 'diagnosis', 'medication'}),
    ])
    frm = c.ch(['aubin', 'chartrand', 'benali'])
    return Mail(c.staff(frm), [c.staff(c.other(['haddad', 'lachance', 'pageau']))], c.ch(['fyi', 'résultat', nam_s]),
                '%s\n\n%s\n\n%s' % (c.greet(), txt, c.sig(frm, short=True)), lang='fr'), types, 'NAM déguisé seul avec résultat'


@pos('rapport_quart_hd', 'fr', 2)
def f_quart_hd(c):
    pts = [c.qc(25) for _ in range(c.ri(2, 4))]
    items = []
    types = {'patient_name', 'diagnosis', 'medication'}
    for p in pts:
        it = c.ch(['hypotension %d/%d à 2 h de tx, UF arrêtée, NS 200 mL, mal toléré' % (c.ri(70, 85), c.ri(35, 50)),
                   'crampes ++, NaCl 23,4 %% 10 mL donné',
                   'fièvre 38,6 avec frissons au branchement du KT, hémocultures x2, vancomycine 20 mg/kg donnée',
                   'aiguille artérielle infiltrée, FAV à réévaluer, héparine réduite',
                   'douleur thoracique, ECG sans changement, nitro SL x1 soulagé%s' % e_(p)])
        items.append('- %s : %s' % (c.pn(p, c.ch(['title', 'title_last', 'LAST_first'])), it))
    body = ('%s\n\nRapport du quart de soir :\n\n%s\n\nLe reste sans particularité. Machine 7 à faire vérifier par le '
            'génie biomédical (alarme conductivité).\n\n%s' % (c.greet(), '\n'.join(items), c.sig('desrosiers', short=True)))
    return Mail(c.staff('desrosiers'), [c.staff('pageau')], cc=[c.staff('aubin')] if c.p(0.5) else [],
                subject=c.ch(['Rapport de quart', 'Quart de soir HD', 'Relève']), text=body, lang='fr'), types, \
        'rapport de quart infirmier hémodialyse'


@pos('vcard_dialyse_peritoneale', 'fr', 2)
def f_vcard(c):
    p = c.qc(25)
    c.home(p)
    note = c.ch(['DPA nocturne. Péritonite en février (traitée). Clé sous le pot de fleurs.', 'DPCA 4 échanges, début récent. '
                                                                                              'Malentendant.',
                 'DP, ADPKD. Infection site de sortie - céphalexine en cours.'])
    vcf = make_vcf(p['first'], p['last'], p['phone'], p['street'], p['city'], 'QC', p['postal'], note)
    body = ('%s\n\nFiche contact de %s pour la visite à domicile de %s. %s\n\n%s\n%s'
            % (c.greet(c.ch(['Josiane', 'les filles'])), c.pn(p, c.ch(['title', 'full'])), c.ch(['jeudi', 'demain', 'lundi']),
               c.ch(['Appeler avant.', 'Stationnement dans la cour.', '']), c.thanks(), c.sig('pellerin_pd')))
    types = {'patient_name', 'patient_contact', 'diagnosis'}
    if 'céphalexine' in note:
        types.add('medication')
    return Mail(c.staff('pellerin_pd'), [('Dialyse à domicile', 'dialyse-domicile@' + DOM)], c.ch(['Visite à domicile', 'Fiche contact']),
                body, attachments=[att_text('%s_%s.vcf' % (p['last'], p['first']), vcf, 'vcard', charset='utf-8',
                                            cte='quoted-printable')], lang='fr'), types, 'vCard patient dialyse péritonéale'


@pos('reference_readaptation', 'fr', 3)
def f_readapt(c):
    p = c.qc(40, 85)
    body = ('%s\n\nRéférence en réadaptation cardiaque :\n\n%s — DDN %s — %s\nÉvénement : %s le %s\nFEVG : %d %%\n'
            'Facteurs de risque : %s, HbA1c %.1f %%, LDL %.1f mmol/L\nMédication : %s\nSituation : %s\n\n%s\n%s'
            % (c.greet(c.ch(['Équipe de réadaptation', 'Bonjour'])), c.pn(p, c.ch(['full', 'title'])), c.d(p), c.fmrn(p),
               c.ch(['PAC x3', 'IAMEST antérieur, ICP IVA', 'remplacement valvulaire aortique', 'IAMSEST, ICP CD']),
               fdate(c.past(10, 40), 'fr', 'long'), c.ri(30, 60), c.ch(['DB2', 'HTA, tabagisme actif', 'obésité, apnée du sommeil']),
               c.rf(6.1, 9.4), c.rf(1.4, 3.6), c.ch(['AAS, ticagrelor, atorvastatine 80, bisoprolol', 'AAS, rosuvastatine 20, métoprolol, '
                                                                                                     'ramipril 5 mg']),
               c.ch(['vit seul%s au 3e étage sans ascenseur' % e_(p), 'proche aidant%s de son conjoint atteint d\'Alzheimer' % e_(p),
                     'sans emploi depuis l\'événement, anxiété importante', 'veuf/veuve, aucun réseau de soutien, refuse l\'aide à domicile']),
               c.thanks(), c.sig('vezina')))
    types = {'patient_name', 'date_of_birth', 'mrn', 'diagnosis', 'lab_result', 'medication', 'social_information'}
    return Mail(c.staff('vezina'), [('Réadaptation cardiaque', 'readaptation-cardio@' + DOM)],
                c.ch(['Référence réadaptation - %s' % c.pn(p, 'full'), 'Nouvelle référence réadapt']), body, lang='fr'), types, \
        'référence en réadaptation cardiaque'


# ===== Negatives: shared helpers ==============================================
def luhn_serial(c, n=9):
    """Serial/asset numbers that happen to pass Luhn (look like SIN/health numbers)."""
    body = c.ch('123456789') + ''.join(c.ch('0123456789') for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def staff_keys(c, dept, k):
    keys = [k_ for k_, v in STAFF.items() if v[5] == dept]
    return c.sample(keys, min(k, len(keys)))


# ===== English negatives =====================================================
@neg('ct_preventive_maintenance', 'en', 5)
def n_ct_pm(c):
    sn = luhn_serial(c, 9)
    asset = '%07d' % c.ri(1000000, 2999999)
    day = c.future(3, 20)
    scanner = c.ch(['CT1 (Revolve 256)', 'CT2 (Aquilon Prime 80)', 'MRI 1 (Magnatom 1.5T)', 'Cath lab Room 2 (AlluraFlex)',
                    'Echo machine EPIQ-style #4'])
    body = ('%s\n\nPlanned preventive maintenance for %s:\n\nDate: %s, %s\nSystem S/N: %s\nAsset tag: %s\nWork order: WO-%d\n'
            'Tasks: %s\n\nThe unit will be unavailable for patient scanning during the window. Please block the schedule in '
            'the RIS. No patient data will leave the site; the FSE will use the service phantom only.\n\n%s\n%s'
            % (c.greet(), scanner, fdate(day, 'en', 'long'), c.ch(['07:00-15:00', '18:00-23:00', 'all day']), sn, asset,
               c.ri(400000, 499999), c.ch(['tube conditioning, detector calibration, table load test',
                                           'gradient coil inspection, coldhead check, helium level',
                                           'X-ray tube output check, image quality phantom, UPS battery test']),
               c.thanks(), c.sig('kowalski')))
    return Mail(c.staff('kowalski'), [c.staff('gervais'), c.staff('lemieux')], 'PM scheduled - %s - %s' % (scanner.split()[0],
                                                                                                          day.isoformat()),
                body, lang='en'), 'preventive maintenance notice with serial/asset numbers'


@neg('scanner_downtime', 'en', 5)
def n_downtime(c):
    day = c.future(1, 14)
    sys_ = c.ch(['MRI 2', 'CT1', 'the nuclear medicine SPECT-CT', 'PACS (read-only mode)', 'the cath lab C-arm in Room 1'])
    body = ('%s\n\nPlease be advised that %s will be down on %s from %s to %s for %s.\n\n'
            '- Urgent inpatient and ER studies will be redirected to %s.\n- Outpatient bookings for that window have already '
            'been moved by the booking office; no action needed from referring clinics.\n- Expected backlog: about %d exams, '
            'to be absorbed over the following two evenings.\n\nQuestions: Medical Imaging admin, ext. 2405.\n\n%s'
            % (c.greet(), sys_, fdate(day, 'en', 'long'), c.ch(['06:00', '07:30', '20:00']), c.ch(['14:00', '16:00', '23:59']),
               c.ch(['a software upgrade', 'electrical work on panel E-3', 'chiller replacement', 'annual physics testing']),
               c.ch(['the backup scanner', 'CT2', 'Hôpital Notre-Dame-des-Pins per the regional agreement']), c.ri(12, 45),
               c.sig('gervais')))
    return Mail(c.staff('gervais'), [('All imaging staff', 'imagerie-tous@' + DOM)], cc=[('Referring clinics list',
                                                                                           'cliniques-referentes@' + DOM)],
                subject='Downtime notice: %s - %s' % (sys_, day.isoformat()), text=body, lang='en'), \
        'scanner downtime notice, no patients'


@neg('contrast_protocol_update', 'en', 4)
def n_contrast(c):
    body = ('%s\n\nThe iodinated contrast policy (IMG-POL-014, rev. %d) has been updated, effective %s:\n\n'
            '1. eGFR threshold for pre-hydration lowered from 45 to 30 mL/min/1.73m2 for IV contrast.\n'
            '2. Metformin: no need to hold if eGFR >= 30. If eGFR < 30 or AKI, hold 48 h and recheck creatinine.\n'
            '3. Premedication for prior moderate reaction: prednisone 50 mg PO 13 h, 7 h and 1 h before + diphenhydramine '
            '50 mg 1 h before.\n4. Dialysis patients: no need to schedule extra dialysis after contrast unless volume concern.\n'
            '5. Gadolinium: group II agents only for eGFR < 30; avoid repeat dose within 24 h.\n\n'
            'The one-page summary is attached. Please remove old copies from the CT control room.\n\n%s\n%s'
            % (c.greet(c.ch(['Colleagues', 'All'])), c.ri(4, 9), fdate(c.future(3, 20), 'en', 'long'), c.thanks(),
               c.sig(c.who(['rahman', 'ashworth']))))
    pdf = c.pdf('Iodinated contrast - quick reference', body.split('\n')[2:10], 'Medical Imaging')
    return Mail(c.staff(c.who(['rahman', 'ashworth'])), [('Imaging physicians', 'radiologistes@' + DOM),
                                                        ('Nephrology', 'nephrologie@' + DOM)],
                'Updated contrast policy IMG-POL-014', body, attachments=[att_bytes('IMG-POL-014_summary.pdf', pdf, 'application',
                                                                                    'pdf')], lang='en'), \
        'contrast policy update, no patients'


@neg('oncall_rota', 'en', 5)
def n_rota(c):
    dept = c.ch(['cardio', 'nephro', 'img'])
    docs = [k for k, v in STAFF.items() if v[5] == dept and v[2]]
    start = c.future(1, 10)
    rows = []
    for i in range(7):
        d = start + dt.timedelta(days=i)
        k = docs[i % len(docs)] if c.p(0.7) else c.ch(docs)
        rows.append([d.isoformat(), DAYS_EN[d.weekday()], staff_name(k), 'pager %d' % c.ri(4000, 4999),
                     c.ch(['', 'swap w/ %s' % STAFF[c.ch(docs)][1], 'home call'])])
    body = ('%s\n\n%s on-call schedule for the week of %s:\n\n%s\n\nPlease send swaps to me before Thursday noon. '
            'Switchboard: 819-555-0100.\n\n%s\n%s'
            % (c.greet(), DEPT_EN[dept], fdate(start, 'en', 'long'), TABLE_MARK % 0, c.thanks(),
               c.sig(c.who(['brassard', 'russo', 'chow']))))
    return Mail(c.staff(c.who(['russo', 'brassard'])), [('Switchboard', 'standard@' + DOM), ('%s MDs' % DEPT_EN[dept],
                                                                                             'md-%s@%s' % (dept, DOM))],
                '%s on-call %s' % (DEPT_EN[dept], start.isoformat()), body,
                tables=[(['Date', 'Day', 'Physician', 'Pager', 'Note'], rows)], lang='en'), 'physician on-call rota'


@neg('grand_rounds_programme', 'en', 4)
def n_rounds(c):
    talks = c.sample([('Dr. Owen Fitzgerald', 'Hyperkalemia in the dialysis unit: new binders, old problems'),
                      ('Dr. Priya Raman', 'Anticoagulation in AF patients on haemodialysis'),
                      ('Dr. Aisha Rahman', 'Contrast-associated AKI: myth vs evidence'),
                      ('Dr. Thanh Nguyen', 'Cardiorenal syndrome type 2 - a case-based approach'),
                      ('Dr. Daniel Whitmore', 'Heart failure with preserved EF: what works in 2025'),
                      ('Megan Doyle, RDCS', 'Strain imaging for cardio-oncology surveillance'),
                      ('Dr. Simon Ashworth', 'Cardiac MRI for the non-imager'),
                      ('Sandeep Gill, MRT(MR)', 'MRI safety with cardiac implantable devices')], 3)
    day = c.future(5, 40)
    prog = '\n'.join('%s  %s - "%s"' % (t, s, title) for t, (s, title) in zip(['12:00', '12:25', '12:50'], talks))
    body = ('%s\n\nCardio-Renal-Imaging Grand Rounds\n%s, Auditorium B-120 and Teams\n\n%s\n\nLunch provided (vegetarian '
            'option). 1.0 Section 1 credit per hour. Residents must sign the attendance sheet.\n\n%s\n%s'
            % (c.greet(c.ch(['Everyone', 'Colleagues'])), fdate(day, 'en', 'long'), prog, c.thanks(), c.sig('russo')))
    ics = make_ics('rounds-%s@%s' % (day.strftime('%Y%m%d'), DOM), dt.datetime(day.year, day.month, day.day, 12, 0), 80,
                   'Cardio-Renal-Imaging Grand Rounds', prog, 'Auditorium B-120', (staff_name('russo', False), staff_addr('russo')))
    atts = [att_text('grand_rounds.ics', ics, 'calendar')] if c.p(0.5) else []
    return Mail(c.staff('russo'), [('Medical staff', 'medecins@' + DOM)], 'Grand Rounds - %s' % fdate(day, 'en', 'long'),
                body, attachments=atts, lang='en'), 'grand rounds programme with speakers and topics'


@neg('vendor_invoice', 'en', 5)
def n_invoice(c):
    v = c.ch(VENDORS)
    inv = 'INV-%d' % c.ri(100000, 999999)
    po = '45%08d' % c.ri(0, 99999999)
    items = c.sample([('Dialyzer high-flux 1.8 m2', 'FX-180H', 'LOT %s' % luhn_serial(c, 8), 288, 14.60),
                      ('Bloodline set AV', 'BL-2210', 'LOT %s' % luhn_serial(c, 8), 300, 6.85),
                      ('Fistula needle 15G', 'FN-15B', 'LOT 24K%04d' % c.ri(0, 9999), 600, 1.12),
                      ('ECG electrodes (pk 50)', 'EL-50', 'LOT %d' % c.ri(1000000, 9999999), 40, 18.00),
                      ('Contrast injector syringe 200 mL', 'SY-200', 'LOT %s' % luhn_serial(c, 9), 120, 9.40),
                      ('Holter recorder batteries AAA', 'BT-AAA', '-', 200, 0.55),
                      ('MRI coil service contract Q2', 'SRV-Q2', '-', 1, 8400.00)], 3)
    rows = [[d, cat, lot, q, '%.2f' % pr, '%.2f' % (q * pr)] for d, cat, lot, q, pr in items]
    sub = sum(q * pr for *_, q, pr in items)
    lines = ['Invoice %s   Date %s' % (inv, c.today.isoformat()), 'Bill to: %s - Accounts payable' % HOSP_EN,
             'PO: %s' % po, ''] + ['%s | %s | %s | qty %s | %s | %s' % tuple(r) for r in rows] + [
        '', 'Subtotal: %.2f' % sub, 'GST 5%%: %.2f' % (sub * 0.05), 'QST 9.975%%: %.2f' % (sub * 0.09975),
        'Total CAD: %.2f' % (sub * 1.14975), 'Terms: net 30. GST # %s RT0001' % luhn_serial(c, 9)]
    pdf = c.pdf('INVOICE', lines, v[0], [v[0], v[1]])
    body = ('%s\n\nPlease find attached invoice %s for PO %s (%s). Total CAD %.2f.\n\n%s\n%s\n%s'
            % (c.greet('Accounts payable'), inv, po, c.ch(['haemodialysis consumables', 'cardiology supplies', 'imaging']),
               sub * 1.14975, c.thanks(), v[2], v[0]))
    return Mail((v[0] + ' - ' + v[2], 'billing@' + v[1]), [('Comptes fournisseurs', 'comptes-fournisseurs@' + DOM)],
                cc=[c.staff(c.other(['pageau', 'gervais', 'kowalski']))], subject='Invoice %s / PO %s' % (inv, po), text=body,
                attachments=[att_bytes('%s.pdf' % inv, pdf, 'application', 'pdf')], lang='en'), 'vendor invoice with lot numbers'


@neg('hd_quality_stats', 'en', 4)
def n_hd_stats(c):
    months = [MONTHS_EN[(c.today.month - i - 2) % 12][:3] for i in range(3)][::-1]
    hdr = ['Indicator'] + months + ['Target']
    rows = [['Patients on unit (n)', c.ri(88, 96), c.ri(88, 96), c.ri(88, 96), '-'],
            ['Mean spKt/V', c.rf(1.3, 1.5, 2), c.rf(1.3, 1.5, 2), c.rf(1.3, 1.5, 2), '>= 1.2'],
            ['% AVF/AVG use', c.ri(58, 72), c.ri(58, 72), c.ri(58, 72), '>= 65'],
            ['CVC bacteremia /1000 cath-days', c.rf(0.2, 1.4, 2), c.rf(0.2, 1.4, 2), c.rf(0.2, 1.4, 2), '< 1.0'],
            ['% Hb 100-115 g/L', c.ri(40, 62), c.ri(40, 62), c.ri(40, 62), '>= 50'],
            ['% PO4 > 2.0 mmol/L', c.ri(12, 30), c.ri(12, 30), c.ri(12, 30), '< 20'],
            ['Missed sessions (n)', c.ri(5, 30), c.ri(5, 30), c.ri(5, 30), '-'],
            ['Hospitalizations (n)', c.ri(3, 14), c.ri(3, 14), c.ri(3, 14), '-']]
    x = make_xlsx([('Quality', hdr, rows)], 'Renal program')
    body = ('%s\n\nQuarterly HD quality dashboard attached (aggregate data only). Highlights: bacteremia rate %s, AVF use '
            'still under target. We will discuss at the renal QI meeting.\n\n%s\n%s'
            % (c.greet(), c.ch(['down', 'stable', 'up slightly']), c.thanks(), c.sig(c.who(['pageau', 'nguyen']))))
    return Mail(c.staff(c.who(['nguyen', 'pageau'])), [('Renal QI committee', 'qi-renal@' + DOM)],
                'HD quality indicators - Q%d' % ((c.today.month - 1) // 3 + 1), body,
                attachments=[att_bytes('HD_dashboard_Q%d.xlsx' % ((c.today.month - 1) // 3 + 1), x, 'application', XLSX_MIME)],
                lang='en'), 'aggregate HD quality indicators'


@neg('teaching_case', 'en', 4)
def n_teaching(c):
    case = c.ch([
        'A 67-year-old man on haemodialysis for diabetic nephropathy presents with K 7.1 mmol/L after a missed session. '
        'ECG shows peaked T waves and a widened QRS. What is your immediate management, and in which order?',
        'A 54-year-old woman with lupus nephritis is referred for CT angiography; her eGFR is 28. Discuss contrast '
        'options and the role of prophylactic hydration.',
        'A 78-year-old man with a dual-chamber pacemaker implanted in 2012 needs an MRI of the lumbar spine. Walk through '
        'the device screening steps.',
        'A 45-year-old woman with palpitations has a Holter showing 11% PVC burden. When should we worry about '
        'PVC-induced cardiomyopathy?'])
    body = ('%s\n\nCase for Thursday\'s residents\' teaching (de-identified, composite case):\n\n%s\n\nPlease come '
            'with a 5-minute answer. Images are in the teaching folder on PACS under "TEACH-%d".\n\n%s\n%s'
            % (c.greet(c.ch(['Residents', 'Hi all'])), case, c.ri(100, 999), c.thanks(),
               c.sig(c.who(['fitzgerald', 'raman', 'ashworth']))))
    return Mail(c.staff(c.who(['fitzgerald', 'raman', 'ashworth'])), [('Residents', 'residents-medecine@' + DOM)],
                c.ch(['Teaching case', 'Case of the week', 'Thursday teaching']), body, lang='en'), 'anonymised teaching case'


@neg('blank_mri_form', 'en', 4)
def n_blank_form(c):
    fields = ['Patient name: ______________________', 'Date of birth (YYYY-MM-DD): ____________',
              'Health card number (RAMQ/NAM): ______________', 'Chart # (MRN): __________',
              'Weight: ____ kg   Height: ____ cm', '']
    qs = ['Do you have a pacemaker or defibrillator?  Yes / No', 'Cochlear implant?  Yes / No',
          'Metal fragments in the eyes?  Yes / No', 'Surgery in the last 6 weeks?  Yes / No',
          'Kidney disease or dialysis?  Yes / No', 'Allergy to contrast?  Yes / No', 'Pregnant or breastfeeding?  Yes / No',
          'Signature: ______________  Date: ________']
    dx = make_docx('MRI Safety Screening Questionnaire (v%d.%d)' % (c.ri(3, 5), c.ri(0, 9)), fields + qs, 'Medical Imaging')
    body = ('%s\n\nAttached is the revised blank MRI screening questionnaire. Please print from this version only '
            '(old version had the implant list on page 2). %s\n\n%s\n%s'
            % (c.greet(), c.ch(['French version to follow.', 'Bilingual version next week.', '']), c.thanks(), c.sig('gill')))
    return Mail(c.staff('gill'), [('MRI staff', 'irm-equipe@' + DOM), ('Booking', 'imagerie-rdv@' + DOM)],
                'Blank MRI screening form - new version', body,
                attachments=[att_bytes('MRI_screening_form_blank.docx', dx, 'application', DOCX_MIME)], lang='en'), \
        'blank MRI screening form'


@neg('staff_leave_hr', 'en', 4)
def n_staff_hr(c):
    who = c.ch(['stanton', 'doyle', 'gill', 'chow', 'bellefleur', 'harper_pd'])
    k = c.ri(0, 3)
    txt = (['%s will be on medical leave from %s for about 6 weeks (knee surgery). Shifts are posted for replacement.',
                '%s is back on a graduated return-to-work from %s: 4 h shifts, no lifting over 10 kg per occupational health.',
                '%s has a confirmed needle-stick exposure follow-up with employee health on %s; please release them at 10:00.',
                '%s\'s parental leave starts %s. Thank you for the shower gift!'])[k]
    nm = staff_name(who, False)
    body = '%s\n\n%s\n\n%s\n%s' % (c.greet(), txt % (nm, fdate(c.future(2, 20), 'en', 'long')), c.thanks(),
                                   c.sig(c.who(['oakes', 'pageau', 'gervais'])))
    return Mail(c.staff(c.who(['oakes', 'gervais'])), [c.staff(c.other(['pageau', 'gervais', 'lemieux']))],
                ['Leave - %s' % nm, 'RTW plan - %s' % nm, 'Employee health appointment', 'Parental leave'][k], body, lang='en'), 'employee leave/HR'


@neg('job_posting', 'en', 4)
def n_job(c):
    post = c.ch([('Registered Nurse - Haemodialysis', 'permanent full-time, days/evenings rotation',
                  'Nephrology experience an asset; training on our haemodialysis machines provided.'),
                 ('MRI Technologist', 'permanent part-time (0.6 FTE)', 'OTIMROEPMQ licence required; MR safety level 2.'),
                 ('Cardiac Sonographer', 'temporary full-time (12 months)', 'RDCS or eligible; strain and 3D experience desired.'),
                 ('Unit clerk - Cardiology', 'casual', 'Bilingual French/English, knowledge of medical terminology.')])
    body = ('Job posting #%d\n\n%s - %s\n%s\n\nSalary: per collective agreement, scale %d.\nApply by %s through the '
            'careers portal (jobs.%s). Internal candidates: seniority applies.\n\n%s'
            % (c.ri(24000, 25999), post[0], post[1], post[2], c.ri(1, 25), fdate(c.future(10, 30), 'en', 'long'), DOM,
               c.sig('tessier')))
    return Mail(c.staff('tessier'), [('All staff', 'tous@' + DOM)], 'Posting: %s' % post[0], body, lang='en'), 'job posting'


@neg('committee_notice', 'en', 4)
def n_committee(c):
    com = c.ch(['Radiation Safety Committee', 'Pharmacy & Therapeutics - renal subcommittee', 'Cardiac Arrest Committee',
                'Dialysis Water Quality Committee'])
    day = c.future(5, 30)
    agenda = c.ch([['Approval of minutes', 'Annual dosimetry summary (aggregate)', 'CT dose reference levels',
                    'New fluoroscopy room shielding report'],
                   ['Formulary: new potassium binder', 'Iron sucrose vs ferric derisomaltose', 'ESA shortage contingency'],
                   ['Code blue audit Q1 (aggregate)', 'Crash cart standardization', 'ACLS recertification rates'],
                   ['Endotoxin results RO loop', 'Disinfection schedule', 'Chloramine breakthrough procedure']])
    body = ('%s\n\nThe next meeting of the %s will be held on %s at %s, room C-%d.\n\nAgenda:\n%s\n\nPlease send any '
            'documents 48 h in advance.\n\n%s\n%s'
            % (c.greet('Committee members'), com, fdate(day, 'en', 'long'), c.ch(['07:30', '12:00', '15:30']), c.ri(100, 450),
               '\n'.join('%d. %s' % (i + 1, a) for i, a in enumerate(agenda)), c.thanks(), c.sig(c.who(['russo', 'gervais']))))
    return Mail(c.staff(c.who(['russo', 'gervais'])), [('Committee', 'comite@' + DOM)], 'Meeting notice - %s' % com, body,
                lang='en'), 'committee notice'


@neg('pacs_it_notice', 'en', 4)
def n_pacs(c):
    ver = '%d.%d.%d' % (c.ri(7, 9), c.ri(0, 9), c.ri(0, 30))
    body = ('%s\n\nPACS/RIS will be upgraded to version %s on %s between %s. During the window:\n- Studies can be '
            'acquired; they will queue and be sent automatically afterwards.\n- Use downtime requisition forms (blue binder).\n'
            '- Accession numbers will continue from A%08d.\n- Voice recognition will be unavailable.\n\nHelpdesk: ext. 3050 '
            '(ticket INC%07d).\n\n%s\n%s'
            % (c.greet(), ver, fdate(c.future(3, 20), 'en', 'long'), c.ch(['01:00 and 05:00', '22:00 and 02:00']),
               c.ri(10 ** 7, 9 * 10 ** 7), c.ri(1000000, 9999999), c.thanks(), c.sig('kessler')))
    return Mail(c.staff('kessler'), [('Imaging', 'imagerie-tous@' + DOM), ('Cardiology', 'cardiologie@' + DOM)],
                'PACS/RIS upgrade to %s' % ver, body, lang='en'), 'IT PACS/RIS notice'


@neg('department_newsletter', 'en', 4)
def n_newsletter(c):
    html = ('<html><body style="font-family:Arial">\n<h2>Renal &amp; Cardiac Sciences Newsletter - %s %d</h2>\n'
            '<h3>Welcome</h3><p>Please welcome %s, who joined the haemodialysis unit, and %s (cardiac sonography).</p>\n'
            '<h3>Clinical pearl</h3><p>%s</p>\n<h3>By the numbers</h3><ul><li>%d echocardiograms performed last month</li>'
            '<li>%d haemodialysis treatments</li><li>%d CT exams, %d MRI exams</li></ul>\n'
            '<h3>Reminders</h3><p>Hand hygiene audit results: %d%% compliance. Flu clinic for staff on %s.</p>\n'
            '<p style="font-size:8pt">You receive this because you are on the Renal-Cardiac staff list.</p>\n</body></html>'
            % (MONTHS_EN[c.today.month - 1], c.today.year, c.ch(['Julie Desrosiers', 'Rebecca Stanton']),
               c.ch(['Megan Doyle', 'a new sonographer']),
               c.ch(['In patients on haemodialysis, a serum potassium above 6.0 mmol/L pre-run warrants an ECG before '
                     'cannulation.', 'Hold SGLT2 inhibitors 3 days before elective cardiac catheterization only when '
                                     'requested by the protocol.', 'A gadolinium dose should be followed by dialysis within 24 h '
                                                                    'only for patients already on dialysis.']),
               c.ri(300, 500), c.ri(1100, 1400), c.ri(2000, 2900), c.ri(700, 1100), c.ri(78, 94),
               fdate(c.future(5, 30), 'en', 'long')))
    text = re.sub(r'<[^>]+>', '', html.replace('</p>', '\n').replace('</li>', '\n').replace('</h3>', '\n'))
    return Mail(('Renal-Cardiac Communications', 'communications@' + DOM), [('Staff', 'personnel-cardio-renal@' + DOM)],
                'Newsletter - %s' % MONTHS_EN[c.today.month - 1], htmlmod.unescape(text), html=html,
                mode=c.ch(['html', 'alt']), lang='en'), 'department newsletter'


@neg('product_recall', 'en', 4)
def n_recall(c):
    lots = [luhn_serial(c, c.ch([8, 9, 10])) for _ in range(c.ri(2, 4))]
    prod = c.ch(['AV bloodline set BL-2210', 'High-flux dialyzer FX-180H', 'Pressure transducer protector TP-25',
                 'Coronary guidewire 0.014" GW-190', 'Contrast injector tubing CT-150'])
    body = ('%s\n\nFIELD SAFETY NOTICE - %s\n\nAffected lots:\n%s\n\nReason: %s. No adverse events reported to date. '
            'Please quarantine remaining stock, complete the reply form and return it by %s. Replacement stock ships '
            'automatically.\n\n%s\nQuality & Regulatory Affairs, %s'
            % (c.greet('Materials management'), prod, '\n'.join('  - LOT %s (exp. %d-%02d)' % (l, c.ri(2026, 2028), c.ri(1, 12))
                                                                 for l in lots),
               c.ch(['possible leak at the venous drip chamber weld', 'sterile barrier may be compromised',
                     'labelling error on the outer box']), fdate(c.future(5, 15), 'en', 'long'), c.thanks(), c.ch(VENDORS)[0]))
    v = c.ch(VENDORS)
    return Mail(('Quality - ' + v[0], 'quality@' + v[1]), [('Materials management', 'approvisionnement@' + DOM)],
                cc=[c.staff(c.other(['pageau', 'kowalski']))], subject='Field safety notice - %s' % prod, text=body,
                lang='en'), 'product recall with lot numbers'


@neg('referral_guide', 'en', 4)
def n_referral_guide(c):
    body = ('%s\n\nUpdated referral pathways for our outpatient clinics (for your EMR templates):\n\n'
            '- Heart failure clinic: Dr. Daniel Whitmore - HFrEF, HFpEF, cardiomyopathies. Fax 819-555-0199.\n'
            '- Arrhythmia / device clinic: Dr. Karim Benali - AF ablation, pacemakers, ICDs.\n'
            '- Valve clinic: Dr. Priya Raman - aortic stenosis, TAVI assessment.\n'
            '- CKD / pre-dialysis: Dr. Nadia Haddad and Dr. Thanh Nguyen - eGFR < 30 or rapid decline.\n'
            '- Glomerulonephritis clinic: Dr. Frederic Aubin - proteinuria > 1 g/day, lupus nephritis, vasculitis.\n'
            '- Cardiac MRI / CT coronary: Dr. Simon Ashworth.\n\nPlease include recent creatinine, eGFR and urine ACR '
            'with renal referrals.\n\n%s\n%s'
            % (c.greet(c.ch(['Dear colleagues', 'Hello'])), c.thanks(), c.sig(c.who(['russo', 'brassard']))))
    return Mail(c.staff(c.who(['russo', 'brassard'])), [c.ext('lindqvist'), c.ext('hadley')], 'Referral pathways 2025',
                body, lang='en'), 'physicians named with diseases they treat'


@neg('dosimetry_report', 'en', 4)
def n_dosi(c):
    names = c.sample(['gill', 'lemieux', 'rioux', 'paradis', 'benali', 'whitmore', 'raman'], 4)
    rows = [[staff_name(k, False), 'B-%05d' % c.ri(10000, 99999), '%.2f' % c.rf(0, 1.2, 2), '%.2f' % c.rf(0, 3.5, 2)]
            for k in names]
    body = ('%s\n\nQuarterly personal dosimetry results (mSv). All values below the investigation level of 1.5 mSv/quarter '
            '(whole body).\n\n%s\n\nPlease return badges for wear period %d-Q%d by Friday.\n\n%s\n%s'
            % (c.greet(), TABLE_MARK % 0, c.today.year, (c.today.month - 1) // 3 + 1, c.thanks(), c.sig('moreau_phys')))
    return Mail(c.staff('moreau_phys'), [('Badge holders', 'dosimetrie@' + DOM)], 'Dosimetry results Q%d'
                % ((c.today.month - 1) // 3 + 1), body, tables=[(['Worker', 'Badge', 'Hp(10)', 'Hp(0.07)'], rows)], lang='en'), \
        'staff dosimetry results'


@neg('supply_order', 'en', 4)
def n_supply(c):
    items = c.sample([('Heparin 1000 U/mL 10 mL vials', 'DIN 0%07d' % c.ri(2000000, 2999999)),
                      ('Holter electrodes', 'CAT %s' % luhn_serial(c, 8)), ('Ultrasound gel 5 L', 'CAT 44-%04d' % c.ri(0, 9999)),
                      ('Fistula needles 16G', 'CAT %d' % c.ri(100000, 999999)), ('CT power injector syringes', 'CAT %s' % luhn_serial(c, 9)),
                      ('Chlorhexidine 2% swabsticks', 'CAT %d' % c.ri(100000, 999999))], 4)
    rows = [[n, code, c.ri(2, 40), c.ch(['box', 'case', 'each'])] for n, code in items]
    body = ('%s\n\nWeekly order for %s, cost centre %d:\n\n%s\n\nDeliver to loading dock B before Wednesday please.\n\n%s\n%s'
            % (c.greet(), c.ch(['the HD unit', 'cardiology 7th', 'CT/MRI']), c.ri(6000, 6999), TABLE_MARK % 0, c.thanks(),
               c.sig(c.who(['pageau', 'lemieux', 'bellefleur']))))
    return Mail(c.staff(c.who(['pageau', 'lemieux', 'bellefleur'])), [('Stores', 'magasin@' + DOM)], 'Weekly order',
                body, tables=[(['Item', 'Code', 'Qty', 'Unit'], rows)], lang='en'), 'supply order with catalogue numbers'


@neg('training_session', 'en', 4)
def n_training(c):
    ppl = c.sample(['Rebecca Stanton', 'Julie Desrosiers', 'Kim Lapierre', 'Tanya Bellefleur', 'Megan Doyle',
                    'Lauren Harper', 'Marc Ouimet', 'Priscilla Boateng'], 5)
    day = c.future(3, 25)
    body = ('%s\n\n%s recertification on %s, 08:00-12:00, Simulation Centre room S-2.\nRegistered:\n%s\n\n'
            'Bring your current card. Pre-test must be completed online (score >= 84%%).\n\n%s\n%s'
            % (c.greet(), c.ch(['ACLS', 'BLS', 'New haemodialysis machine', 'Contrast injector']),
               fdate(day, 'en', 'long'), '\n'.join('- ' + p for p in ppl), c.thanks(), c.sig('oakes')))
    return Mail(c.staff('oakes'), [('Participants', 'formation@' + DOM)], 'Training %s' % day.isoformat(), body, lang='en'), \
        'staff training session list'


@neg('meeting_logistics', 'en', 3)
def n_meeting(c):
    body = ('%s\n\nRoom C-310 is booked for the cardio-renal huddle every %s 07:45-08:15 until June. Coffee from the '
            'cafeteria (order #%d). Teams link in the invite. Please don\'t bring patient lists to the room; we use the '
            'dashboard on screen.\n\n%s\n%s'
            % (c.greet(), c.ch(DAYS_EN[:5]), c.ri(10000, 99999), c.thanks(), c.sig(c.who(['russo', 'bellefleur']))))
    return Mail(c.staff(c.who(['russo', 'bellefleur'])), [('Huddle', 'huddle@' + DOM)], 'Room booking - huddle', body,
                lang='en'), 'meeting logistics'


@neg('phantom_qa', 'en', 3)
def n_phantom(c):
    rows = [['CT number water (HU)', c.rf(-3, 3), '0 +/- 4', 'Pass'], ['Noise (SD)', c.rf(4, 6), '< 6.5', 'Pass'],
            ['Uniformity (HU)', c.rf(0, 4), '< 5', 'Pass'], ['Slice thickness (mm)', c.rf(4.8, 5.2, 2), '5 +/- 0.5', 'Pass'],
            ['CTDIvol head (mGy)', c.rf(48, 58), '< 60', 'Pass']]
    body = ('%s\n\nDaily/monthly QA on CT%d with the ACR-style phantom (phantom ID PH-%s):\n\n%s\n\nAll within tolerance.\n\n%s'
            % (c.greet(), c.ri(1, 2), luhn_serial(c, 9), TABLE_MARK % 0, c.sig(c.who(['moreau_phys', 'lemieux']))))
    return Mail(c.staff(c.who(['moreau_phys', 'lemieux'])), [c.staff('gervais')], 'CT QA results', body,
                tables=[(['Test', 'Result', 'Tolerance', 'Status'], rows)], lang='en'), 'phantom QA results'


@neg('cardiac_ct_protocol', 'en', 4)
def n_cardiac_ct(c):
    body = ('%s\n\nCardiac CT (CCTA) protocol, revision %s:\n\n- Target HR < 65 bpm. Metoprolol 50-100 mg PO 1 h before; '
            'IV metoprolol 5 mg q5 min up to 20 mg if HR > 65 on the table (hold if SBP < 100 or asthma).\n'
            '- Nitroglycerin 0.4 mg SL 5 min before unless PDE5 inhibitor in last 48 h or severe AS.\n'
            '- Contrast 60-80 mL at 5-6 mL/s, saline chaser 40 mL.\n- eGFR must be within 90 days if > 65 y or known CKD.\n'
            '- Calcium score first; abort CTA if Agatston > 1000 and discuss with the reading cardiologist.\n\n%s\n%s'
            % (c.greet(), '%d.%d' % (c.ri(2, 4), c.ri(0, 9)), c.thanks(), c.sig(c.who(['ashworth', 'raman']))))
    return Mail(c.staff(c.who(['ashworth', 'raman'])), [('CT technologists', 'tdm-technos@' + DOM)],
                'CCTA protocol update', body, lang='en'), 'cardiac CT protocol without patients'


# ===== French negatives ======================================================
@neg('entretien_preventif', 'fr', 5)
def fn_entretien(c):
    sn = luhn_serial(c, c.ch([9, 10]))
    appareil = c.ch(['IRM 1 (Magnatom 1,5 T)', 'TDM 2', 'appareil d\'échographie cardiaque no 3',
                     'système de traitement d\'eau (osmoseur double passe)', 'générateurs de dialyse 1 à 6',
                     'polygraphe de la salle d\'hémodynamie'])
    day = c.future(2, 25)
    body = ('%s\n\nEntretien préventif planifié :\n\nAppareil : %s\nNo de série : %s\nNo d\'actif : %07d\nBon de travail : '
            'BT-%d\nDate : %s, %s\n\nTravaux : %s.\n\nAucune donnée patient ne sera exportée; le technicien utilisera le '
            'fantôme de service. Merci de bloquer la plage à l\'horaire.\n\n%s\n%s'
            % (c.greet(), appareil, sn, c.ri(1000000, 2999999), c.ri(200000, 299999), fdate(day, 'fr', 'long'),
               c.ch(['de 7 h à 15 h', 'de 18 h à 23 h', 'toute la journée']),
               c.ch(['vérification des gradients, niveau d\'hélium, tête froide', 'calibration des détecteurs, conditionnement du tube',
                     'remplacement des filtres, désinfection thermique, test de conductivité',
                     'test de sécurité électrique, étalonnage des capteurs de pression']), c.thanks(),
               c.sig(c.who(['lavoie_bm', 'kowalski']))))
    return Mail(c.staff(c.who(['lavoie_bm', 'kowalski'])), [c.staff(c.other(['gervais', 'pageau', 'lemieux']))],
                'Entretien préventif - %s - %s' % (appareil.split(' (')[0], day.isoformat()), body, lang='fr'), \
        'entretien préventif avec numéros de série'


@neg('avis_panne', 'fr', 5)
def fn_panne(c):
    day = c.future(1, 10)
    sys_ = c.ch(['le TDM 2', 'l\'IRM 2', 'le SIR (système d\'information radiologique)', 'l\'échographe de la salle 4',
                 'la boucle d\'eau osmosée de l\'unité d\'hémodialyse'])
    body = ('%s\n\nVeuillez noter que %s sera hors service le %s de %s à %s en raison de %s.\n\n'
            '- Les examens urgents seront redirigés vers %s.\n- Les rendez-vous externes touchés ont déjà été déplacés par la '
            'centrale; aucune action requise des cliniques.\n- Retour à la normale prévu à %s.\n\n%s\n%s'
            % (c.greet(c.ch(['à tous', 'tout le monde'])), sys_, fdate(day, 'fr', 'long'), c.ch(['6 h', '7 h 30', '20 h']),
               c.ch(['14 h', '16 h', 'minuit']), c.ch(['travaux électriques', 'une mise à jour logicielle', 'une fuite au refroidisseur',
                                                       'la désinfection chimique annuelle']),
               c.ch(['l\'appareil de relève', 'l\'Hôpital Notre-Dame-des-Pins', 'TDM 1']), c.ch(['16 h', '8 h le lendemain']),
               c.thanks(), c.sig(c.who(['gervais', 'pageau']))))
    return Mail(c.staff(c.who(['gervais', 'pageau'])), [('Tout le personnel', 'imagerie-tous@' + DOM)],
                'Avis d\'arrêt : %s - %s' % (sys_.replace('le ', '').replace('l\'', '').replace('la ', ''), day.isoformat()),
                body, lang='fr'), 'avis d\'arrêt sans patient'


@neg('mise_a_jour_protocole', 'fr', 5)
def fn_protocole(c):
    topic = c.ch([
        ('Prémédication – allergie aux produits de contraste iodés',
         'Prednisone 50 mg PO 13 h, 7 h et 1 h avant l\'examen, et diphénhydramine 50 mg PO 1 h avant. Pour les urgences : '
         'méthylprednisolone 40 mg IV q4h jusqu\'à l\'examen + diphénhydramine 50 mg IV 1 h avant.'),
        ('Protocole de verrou de cathéter en hémodialyse',
         'Héparine 1000 U/mL dans les cathéters non tunnelisés; citrate 4 % pour les cathéters tunnelisés. Altéplase 2 mg '
         'par branche si débit < 250 mL/min après repositionnement.'),
        ('Hyperkaliémie prédialyse',
         'K > 6,0 : ECG avant branchement. K > 6,5 ou changements ECG : gluconate de calcium 10 % 10 mL IV, bain 1K la '
         'première heure, aviser le néphrologue de garde.'),
        ('Gadolinium et insuffisance rénale',
         'Agents macrocycliques (groupe II) seulement si DFGe < 30. Patients dialysés : coordonner une séance dans les 24 h '
         'suivant l\'injection lorsque possible.'),
        ('Angio-TDM coronarienne',
         'FC cible < 65. Métoprolol 50 à 100 mg PO 1 h avant; nitroglycérine 0,4 mg SL sauf contre-indication.')])
    body = ('%s\n\nMise à jour du protocole « %s » (version %d.%d, en vigueur le %s) :\n\n%s\n\nLa version PDF est sur '
            'l\'intranet, section Protocoles. Merci de retirer les anciennes versions papier.\n\n%s\n%s'
            % (c.greet(), topic[0], c.ri(2, 6), c.ri(0, 9), fdate(c.future(3, 20), 'fr', 'long'), topic[1], c.thanks(),
               c.sig(c.who(['roux', 'chartrand', 'aubin', 'bergeron']))))
    return Mail(c.staff(c.who(['roux', 'chartrand', 'aubin'])), [('Personnel clinique', 'clinique-tous@' + DOM)],
                'Mise à jour de protocole : %s' % topic[0], body, lang='fr'), 'mise à jour de protocole sans patient'


@neg('horaire_garde', 'fr', 5)
def fn_garde(c):
    dept = c.ch(['nephro', 'cardio', 'img'])
    docs = [k for k, v in STAFF.items() if v[5] == dept and v[2]]
    start = c.future(1, 10)
    rows = []
    for i in range(7):
        d = start + dt.timedelta(days=i)
        rows.append([fdate(d, 'fr', 'iso'), DAYS_FR[d.weekday()], staff_name(c.ch(docs)),
                     c.ch(['', 'garde à domicile', 'échange']), '819-555-01%02d' % c.ri(0, 99)])
    body = ('%s\n\nHoraire de garde – %s – semaine du %s :\n\n%s\n\nLes échanges doivent m\'être transmis avant jeudi midi.'
            '\n\n%s\n%s' % (c.greet(), DEPT_FR[dept], fdate(start, 'fr', 'long'), TABLE_MARK % 0, c.thanks(),
                           c.sig(c.who(['beaudin', 'brassard', 'roberge']))))
    return Mail(c.staff(c.who(['beaudin', 'brassard'])), [('Standard', 'standard@' + DOM)], 'Garde %s - %s' %
                (DEPT_FR[dept].split()[-1], start.isoformat()), body,
                tables=[(['Date', 'Jour', 'Médecin', 'Note', 'Cellulaire de garde'], rows)], lang='fr'), 'horaire de garde médicale'


@neg('programme_congres', 'fr', 4)
def fn_congres(c):
    talks = c.sample([('Dre Nadia Haddad', 'La néphropathie diabétique en 2025 : iSGLT2 et au-delà'),
                      ('Dr Frédéric Aubin', 'Vasculites à ANCA : mise à jour thérapeutique'),
                      ('Dre Sophie Lachance', 'Insuffisance cardiaque chez le patient dialysé'),
                      ('Dr Karim Benali', 'Fibrillation auriculaire : ablation ou contrôle de fréquence?'),
                      ('Dr Hugo Bergeron', 'IRM cardiaque : indications pour le clinicien'),
                      ('Dre Valérie Chartrand', 'Produits de contraste et insuffisance rénale : les vrais risques'),
                      ('Émilie Grenier, Dt.P.', 'Le phosphore caché dans l\'alimentation transformée'),
                      ('Catherine Roux, pharm.', 'Ajustement des anticoagulants oraux directs selon la fonction rénale')], 4)
    day = c.future(15, 70)
    prog = '\n'.join('%s  %s — %s' % (h, s, t) for h, (s, t) in zip(['8 h 30', '9 h 15', '10 h 30', '11 h 15'], talks))
    body = ('%s\n\nJournée scientifique cardio-rénale du %s\n%s, Salle Gérard-Ouellette\n\n%s\n\n12 h : dîner\n'
            'Inscription avant le %s (gratuit pour le personnel). Activité reconnue : %d heures de formation.\n\n%s\n%s'
            % (c.greet(), HOSP_FR, fdate(day, 'fr', 'long'), prog, fdate(day - dt.timedelta(days=7), 'fr', 'long'),
               c.ri(3, 6), c.thanks(), c.sig(c.who(['beaudin', 'brassard']))))
    atts = []
    if c.p(0.5):
        atts.append(att_bytes('Programme_journee_scientifique.pdf', c.pdf('Journée scientifique cardio-rénale',
                                                                           prog.split('\n'), 'CHSA'), 'application', 'pdf'))
    return Mail(c.staff(c.who(['beaudin', 'brassard'])), [('Médecins et professionnels', 'medecins@' + DOM)],
                'Programme - Journée scientifique cardio-rénale', body, attachments=atts, lang='fr'), \
        'programme de congrès avec conférenciers'


@neg('facture_fournisseur', 'fr', 5)
def fn_facture(c):
    v = c.ch(VENDORS)
    no = 'F%d' % c.ri(2025000, 2025999)
    bc = 'BC-%d' % c.ri(700000, 799999)
    items = c.sample([('Dialyseurs haute perméabilité 1,8 m²', 'LOT %s' % luhn_serial(c, 9), 288, 14.35),
                      ('Lignes à sang artério-veineuses', 'LOT %s' % luhn_serial(c, 8), 300, 6.90),
                      ('Concentré acide 2K/2,5Ca (bidons)', 'LOT A%06d' % c.ri(0, 999999), 120, 11.20),
                      ('Électrodes ECG (paquet de 50)', 'LOT %s' % luhn_serial(c, 10), 60, 17.50),
                      ('Seringues d\'injecteur 200 mL', 'LOT %d' % c.ri(10 ** 6, 10 ** 7), 150, 9.15),
                      ('Contrat de service bobines IRM (trimestre)', '-', 1, 7950.00)], 3)
    rows = [[d, l, q, '%.2f' % p, '%.2f' % (q * p)] for d, l, q, p in items]
    sub = sum(q * p for _, _, q, p in items)
    lines = ['Facture %s - %s' % (no, c.today.isoformat()), 'Client : %s, comptes fournisseurs' % HOSP_FR,
             'Bon de commande : %s' % bc, ''] + [' | '.join(map(str, r)) for r in rows] + [
        '', 'Sous-total : %.2f $' % sub, 'TPS : %.2f $' % (sub * 0.05), 'TVQ : %.2f $' % (sub * 0.09975),
        'Total : %.2f $' % (sub * 1.14975), 'No TPS %s RT0001 - No TVQ %d TQ0001' % (luhn_serial(c, 9), c.ri(10 ** 9, 2 * 10 ** 9))]
    body = ('%s\n\nVeuillez trouver ci-jointe la facture %s relative au bon de commande %s. Montant total : %.2f $.\n'
            'Paiement net 30 jours.\n\n%s\n%s – %s' % (c.greet(), no, bc, sub * 1.14975, c.thanks(), v[2], v[0]))
    return Mail((v[0], 'facturation@' + v[1]), [('Comptes fournisseurs', 'comptes-fournisseurs@' + DOM)],
                'Facture %s / %s' % (no, bc), body, attachments=[att_bytes('Facture_%s.pdf' % no, c.pdf('FACTURE', lines, v[0]),
                                                                            'application', 'pdf')], lang='fr'), \
        'facture fournisseur avec numéros de lot'


@neg('statistiques_unite', 'fr', 4)
def fn_stats(c):
    hdr = ['Indicateur', 'Valeur', 'Cible']
    rows = [['Nombre de patients HD', c.ri(85, 98), '-'], ['Traitements réalisés', c.ri(1100, 1300), '-'],
            ['Kt/V moyen', c.rf(1.3, 1.55, 2), '>= 1,2'], ['% FAV', c.ri(55, 72), '>= 65'],
            ['Bactériémies / 1000 jours-KT', c.rf(0.1, 1.3, 2), '< 1'], ['% Hb 100-115', c.ri(40, 65), '>= 50'],
            ['Séances manquées', c.ri(4, 30), '-'], ['Âge moyen (ans)', c.ri(63, 71), '-']]
    csvtxt = make_csv(hdr, rows, ';')
    body = ('%s\n\nVoici les indicateurs agrégés de l\'unité pour la période %d. Aucune donnée nominative. '
            'À présenter au comité qualité.\n\n%s\n%s' % (c.greet(), c.ri(1, 13), c.thanks(), c.sig('pageau')))
    return Mail(c.staff('pageau'), [('Comité qualité', 'qualite@' + DOM)], 'Indicateurs HD - période %d' % c.ri(1, 13), body,
                attachments=[att_text('indicateurs_hd.csv', csvtxt, 'csv', charset=c.ch(['utf-8', 'windows-1252']),
                                      cte='quoted-printable')], lang='fr'), 'statistiques agrégées'


@neg('cas_enseignement', 'fr', 4)
def fn_cas(c):
    case = c.ch([
        'Homme de 58 ans, hémodialysé depuis 3 ans, qui se présente avec dyspnée et prise de poids de 4 kg entre deux '
        'séances. TA 182/96. Quelle est votre conduite?',
        'Femme de 71 ans porteuse d\'un stimulateur cardiaque, référée pour IRM lombaire. Quelles vérifications faites-vous?',
        'Homme de 45 ans, DFGe 25, qui doit passer un angio-TDM pour suspicion de dissection. Discutez.',
        'Femme de 62 ans avec FA et IRC stade 4 : quel anticoagulant et à quelle dose?'])
    body = ('%s\n\nCas clinique pour l\'enseignement de jeudi (cas fictif/dépersonnalisé) :\n\n%s\n\nLes images '
            'anonymisées sont dans le dossier d\'enseignement PACS « ENSEIGN-%d ».\n\n%s\n%s'
            % (c.greet(c.ch(['Chers résidents', 'Bonjour à tous'])), case, c.ri(100, 999), c.thanks(),
               c.sig(c.who(['aubin', 'lachance', 'bergeron']))))
    return Mail(c.staff(c.who(['aubin', 'lachance', 'bergeron'])), [('Résidents', 'residents@' + DOM)],
                c.ch(['Cas clinique de la semaine', 'Enseignement jeudi']), body, lang='fr'), 'cas d\'enseignement anonymisé'


@neg('formulaire_vierge', 'fr', 4)
def fn_formulaire(c):
    kind = c.ch([('Questionnaire de sécurité IRM', ['Nom : ______________', 'Prénom : ____________', 'NAM : ____ ____ ____',
                                                    'Date de naissance : AAAA-MM-JJ', 'Stimulateur cardiaque?  Oui / Non',
                                                    'Implant cochléaire?  Oui / Non', 'Grossesse?  Oui / Non',
                                                    'Signature : ____________']),
                 ('Consentement – produit de contraste iodé', ['Nom du patient : ______________', 'No de dossier : ________',
                                                              'Allergies connues : ______________',
                                                              'Créatinine : ______ µmol/L   DFGe : _____',
                                                              'J\'accepte l\'injection...  Signature : _________']),
                 ('Demande de dialyse vacances (formulaire vierge)', ['Nom : ____', 'NAM / no d\'assurance : ____',
                                                                      'Sérologies VHB/VHC/VIH : ____', 'Poids sec : ____',
                                                                      'Abord vasculaire : ____', 'Signature du néphrologue : ____'])])
    att = c.ch(['docx', 'pdf'])
    if att == 'docx':
        a = att_bytes('%s.docx' % ascii_local(kind[0])[:40], make_docx(kind[0], kind[1], 'CHSA'), 'application', DOCX_MIME)
    else:
        a = att_bytes('%s.pdf' % ascii_local(kind[0])[:40], c.pdf(kind[0], kind[1], 'CHSA'), 'application', 'pdf')
    body = ('%s\n\nVoici la nouvelle version vierge du formulaire « %s ». Merci d\'utiliser uniquement celle-ci à compter '
            'de lundi.\n\n%s\n%s' % (c.greet(), kind[0], c.thanks(), c.sig(c.who(['gervais', 'pageau', 'rioux']))))
    return Mail(c.staff(c.who(['gervais', 'pageau'])), [('Personnel', 'clinique-tous@' + DOM)], 'Nouveau formulaire : %s' % kind[0],
                body, attachments=[a], lang='fr'), 'formulaire vierge'


@neg('rh_conge', 'fr', 4)
def fn_rh(c):
    who = c.ch(['desrosiers', 'rioux', 'pellerin_pd', 'roberge', 'baptiste', 'paradis'])
    nm = staff_name(who, False)
    k = c.ri(0, 3)
    txt = (['%s sera en congé de maladie à compter du %s pour environ six semaines. Ses quarts sont affichés.',
                '%s revient en retour progressif le %s (quarts de 4 h, pas de soulèvement de plus de 10 kg selon la SST).',
                '%s a un suivi en santé au travail le %s à 10 h (exposition accidentelle au sang); merci de prévoir la libération.',
                'Le congé parental de %s débute le %s. Merci pour le cadeau collectif!'])[k]
    body = '%s\n\n%s\n\n%s\n%s' % (c.greet(), txt % (nm, fdate(c.future(2, 20), 'fr', 'long')), c.thanks(),
                                   c.sig(c.who(['tessier', 'pageau', 'gervais'])))
    return Mail(c.staff(c.who(['tessier', 'gervais'])), [c.staff(c.other(['pageau', 'gervais', 'lemieux']))],
                ['Absence - %s' % nm, 'Retour progressif - %s' % nm, 'Rendez-vous santé au travail', 'Congé parental'][k], body, lang='fr'), \
        'ressources humaines, congé d\'une employée'


@neg('affichage_poste', 'fr', 4)
def fn_poste(c):
    post = c.ch([('Infirmière ou infirmier – hémodialyse', 'poste permanent temps complet, jour/soir'),
                 ('Technologue en imagerie médicale – IRM', 'poste permanent temps partiel (7/10)'),
                 ('Technologue en électrophysiologie médicale', 'remplacement 12 mois'),
                 ('Agente administrative classe 2 – centrale de rendez-vous', 'liste de rappel')])
    body = ('Affichage no %d\n\n%s — %s\nExigences : %s\nÉchelle salariale : selon la convention collective, échelon %d.\n'
            'Période d\'affichage : jusqu\'au %s. Postulez sur le portail carrières (emplois.%s).\n\n%s'
            % (c.ri(24000, 25999), post[0], post[1], c.ch(['membre en règle de l\'OIIQ', 'membre de l\'OTIMROEPMQ',
                                                           'bilinguisme fonctionnel']), c.ri(1, 18),
               fdate(c.future(10, 25), 'fr', 'long'), DOM, c.sig('tessier')))
    return Mail(c.staff('tessier'), [('Tout le personnel', 'tous@' + DOM)], 'Affichage de poste : %s' % post[0], body,
                lang='fr'), 'affichage de poste'


@neg('avis_comite', 'fr', 4)
def fn_comite(c):
    com = c.ch(['Comité de prévention des infections', 'Comité de radioprotection', 'Comité de pharmacologie',
                'Comité de la qualité de l\'eau de dialyse'])
    day = c.future(5, 30)
    body = ('%s\n\nLa prochaine rencontre du %s aura lieu le %s à %s, salle %s.\n\nOrdre du jour :\n1. Adoption du '
            'procès-verbal\n2. %s\n3. %s\n4. Varia\n\n%s\n%s'
            % (c.greet('Membres du comité'), com, fdate(day, 'fr', 'long'), c.ch(['7 h 30', '12 h', '15 h 30']),
               'C-%d' % c.ri(100, 400), c.ch(['Taux d\'ERV et SARM de l\'unité (données agrégées)', 'Niveaux de référence de dose en TDM',
                                              'Rupture d\'approvisionnement en darbépoétine']),
               c.ch(['Audit hygiène des mains', 'Plan de blindage de la salle 3', 'Résultats endotoxines du trimestre']),
               c.thanks(), c.sig(c.who(['beaudin', 'gervais']))))
    return Mail(c.staff(c.who(['beaudin', 'gervais'])), [('Comité', 'comite@' + DOM)], 'Convocation - %s' % com, body,
                lang='fr'), 'avis de comité'


@neg('ti_mise_a_jour', 'fr', 4)
def fn_ti(c):
    body = ('%s\n\nLa mise à jour du %s vers la version %d.%d aura lieu le %s entre %s.\n\n- Les examens pourront être '
            'acquis et seront transmis automatiquement après la mise à jour.\n- Utiliser les requêtes papier de relève.\n'
            '- La reconnaissance vocale sera indisponible.\n\nCentre de services : poste 3050 (billet INC%07d).\n\n%s\n%s'
            % (c.greet(), c.ch(['SIR', 'PACS', 'logiciel de dialyse DialysInfo', 'système de rapports d\'échographie']),
               c.ri(5, 12), c.ri(0, 9), fdate(c.future(3, 20), 'fr', 'long'), c.ch(['1 h et 5 h', '22 h et 2 h']),
               c.ri(10 ** 6, 10 ** 7 - 1), c.thanks(), c.sig('kessler')))
    return Mail(c.staff('kessler'), [('Utilisateurs', 'utilisateurs-imagerie@' + DOM)], 'Mise à jour planifiée', body,
                lang='fr'), 'avis TI'


@neg('bulletin_unite', 'fr', 4)
def fn_bulletin(c):
    html = ('<html><body style="font-family:Arial">\n<h2>L\'Écho du rein – bulletin de l\'unité d\'hémodialyse</h2>\n'
            '<p><b>Bienvenue</b> à %s, nouvelle infirmière de soir!</p>\n'
            '<p><b>Rappel clinique :</b> %s</p>\n<p><b>En chiffres :</b> %d traitements ce mois-ci, %d nouveaux patients, '
            'Kt/V moyen %.2f.</p>\n<p><b>Calendrier :</b> formation sur les nouveaux générateurs le %s; dîner-conférence '
            'de la Dre Haddad sur l\'hyperkaliémie le %s.</p>\n<p style="font-size:8pt">Bulletin interne – ne pas diffuser.</p>\n'
            '</body></html>'
            % (c.ch(['Audrey Nantel', 'Sabrina Loiselle', 'Kim Lapierre']),
               c.ch(['vérifier la conductivité avant chaque branchement.', 'les verrous au citrate 4 % remplacent l\'héparine '
                                                                          'pour les KT tunnelisés.',
                     'toujours documenter le poids pré et post-dialyse.']), c.ri(1100, 1300), c.ri(2, 7), c.rf(1.3, 1.5, 2),
               fdate(c.future(5, 20), 'fr', 'long'), fdate(c.future(10, 30), 'fr', 'long')))
    text = htmlmod.unescape(re.sub(r'<[^>]+>', '', html.replace('</p>', '\n').replace('</h2>', '\n')))
    return Mail(c.staff('pageau'), [('Équipe HD', 'equipe-hd@' + DOM)], 'Bulletin de l\'unité - %s' % MONTHS_FR[c.today.month - 1],
                text, html=html, mode=c.ch(['html', 'alt']), lang='fr'), 'bulletin d\'unité'


@neg('rappel_lot', 'fr', 4)
def fn_rappel(c):
    lots = [luhn_serial(c, c.ch([8, 9, 10])) for _ in range(c.ri(2, 4))]
    prod = c.ch(['Ligne à sang AV réf. BL-2210', 'Dialyseur FX-180H', 'Protecteur de capteur TP-25', 'Guide coronarien 0,014 po'])
    body = ('%s\n\nAVIS DE RAPPEL VOLONTAIRE – %s\n\nLots visés :\n%s\n\nMotif : %s. Aucun incident signalé. Mettre les '
            'stocks en quarantaine et retourner le formulaire de confirmation avant le %s.\n\n%s\nAffaires réglementaires, %s'
            % (c.greet(), prod, '\n'.join('  • LOT %s' % l for l in lots),
               c.ch(['risque de fuite à la chambre compte-gouttes', 'intégrité de l\'emballage stérile non garantie',
                     'erreur d\'étiquetage']), fdate(c.future(5, 15), 'fr', 'long'), c.thanks(), c.ch(VENDORS)[0]))
    v = c.ch(VENDORS)
    return Mail(('Qualité ' + v[0], 'qualite@' + v[1]), [('Approvisionnement', 'approvisionnement@' + DOM)],
                cc=[c.staff('pageau')], subject='Avis de rappel - %s' % prod, text=body, lang='fr'), 'rappel de lot'


@neg('horaire_infirmieres', 'fr', 4)
def fn_horaire_inf(c):
    nurses = ['Julie Desrosiers', 'Marie-Ève Pageau', 'Audrey Nantel', 'Sabrina Loiselle', 'Kim Lapierre', 'Rebecca Stanton',
              'Stéphanie Caouette', 'Mélanie Boisvert']
    start = c.future(1, 10)
    rows = []
    for n in c.sample(nurses, 6):
        rows.append([n] + [c.ch(['J', 'S', 'N', '-', 'J', 'S']) for _ in range(7)])
    days = [(start + dt.timedelta(days=i)).strftime('%d/%m') for i in range(7)]
    body = ('%s\n\nHoraire des infirmières de l\'unité d\'hémodialyse, semaine du %s :\n\n%s\n\nJ = 6 h 30-14 h 30, '
            'S = 14 h-22 h. Les demandes d\'échange au plus tard mercredi.\n\n%s\n%s'
            % (c.greet(), fdate(start, 'fr', 'long'), TABLE_MARK % 0, c.thanks(), c.sig('pageau')))
    return Mail(c.staff('pageau'), [('Équipe HD', 'equipe-hd@' + DOM)], 'Horaire infirmières - semaine du %s' % start.isoformat(),
                body, tables=[(['Infirmière'] + days, rows)], lang='fr'), 'horaire du personnel infirmier'


@neg('bon_commande', 'fr', 4)
def fn_commande(c):
    items = c.sample([('Héparine 1000 U/mL, fioles 10 mL', 'DIN 0%07d' % c.ri(2000000, 2999999)),
                      ('Aiguilles à fistule 15G', 'CAT %s' % luhn_serial(c, 8)), ('Gel d\'échographie 5 L', 'CAT %d' % c.ri(10 ** 5, 10 ** 6)),
                      ('Électrodes Holter', 'CAT %s' % luhn_serial(c, 9)), ('Seringues d\'injecteur TDM', 'CAT %d' % c.ri(10 ** 5, 10 ** 6)),
                      ('Tampons chlorhexidine 2 %', 'CAT %s' % luhn_serial(c, 10))], 4)
    rows = [[n, code, c.ri(2, 40), c.ch(['boîte', 'caisse', 'unité'])] for n, code in items]
    x = make_xlsx([('Commande', ['Article', 'Code', 'Qté', 'Unité'], rows)], 'CHSA')
    body = ('%s\n\nCommande hebdomadaire, centre de coûts %d, en pièce jointe. Livraison au quai B svp.\n\n%s\n%s'
            % (c.greet(), c.ri(6000, 6999), c.thanks(), c.sig(c.who(['pageau', 'lemieux', 'brassard']))))
    return Mail(c.staff(c.who(['pageau', 'lemieux'])), [('Magasin', 'magasin@' + DOM)], 'Commande hebdomadaire', body,
                attachments=[att_bytes('commande_%s.xlsx' % c.today.strftime('%Y%m%d'), x, 'application', XLSX_MIME)],
                lang='fr'), 'bon de commande'


@neg('formation_personnel', 'fr', 4)
def fn_formation(c):
    ppl = c.sample(['Julie Desrosiers', 'Audrey Nantel', 'Isabelle Rioux', 'Patrick Lemieux', 'Joël Baptiste', 'Julien Paradis',
                    'Sabrina Loiselle', 'Chantal Vézina'], 5)
    day = c.future(3, 25)
    sujet = c.ch(['nouveaux générateurs de dialyse', 'RCR/BLS', 'injecteur de contraste double tête', 'sécurité IRM niveau 2'])
    body = ('%s\n\nFormation « %s » le %s de 8 h à 12 h, centre de simulation S-2.\nParticipants inscrits :\n%s\n\n'
            'Le temps de formation est rémunéré; svp aviser votre chef si vous ne pouvez pas être présent(e).\n\n%s\n%s'
            % (c.greet(), sujet, fdate(day, 'fr', 'long'), '\n'.join('- ' + p for p in ppl), c.thanks(),
               c.sig(c.who(['pageau', 'gervais']))))
    return Mail(c.staff(c.who(['pageau', 'gervais'])), [('Participants', 'formation@' + DOM)], 'Formation : %s' % sujet, body,
                lang='fr'), 'formation du personnel'


@neg('analyses_eau', 'fr', 4)
def fn_eau(c):
    rows = [['Eau osmosée – boucle, point %d' % i, c.rf(0, 0.08, 3), c.ri(0, 40), c.ch(['Conforme', 'Conforme', 'Action'])]
            for i in range(1, 5)]
    body = ('%s\n\nRésultats des analyses d\'eau de dialyse du %s (échantillons %s) :\n\n%s\n\nNormes : endotoxines < '
            '0,25 UE/mL, bactéries < 100 UFC/mL (niveau d\'action 50). %s\n\n%s\n%s'
            % (c.greet(), fdate(c.past(3, 10), 'fr', 'long'), 'E-%d à E-%d' % (c.ri(100, 200), c.ri(201, 300)), TABLE_MARK % 0,
               c.ch(['Désinfection thermique devancée au point 3.', 'Tous les points conformes.']), c.thanks(),
               c.sig('lavoie_bm')))
    return Mail(c.staff('lavoie_bm'), [c.staff('pageau'), c.staff('aubin')], 'Analyses eau de dialyse', body,
                tables=[(['Point de prélèvement', 'Endotoxines (UE/mL)', 'Bactéries (UFC/mL)', 'Statut'], rows)], lang='fr'), \
        'analyses d\'eau de dialyse (pas de patient)'


@neg('corridor_service', 'fr', 3)
def fn_corridor(c):
    body = ('%s\n\nVoici les corridors de services mis à jour pour les références externes :\n\n'
            '- Insuffisance cardiaque : Dre Sophie Lachance (FEVG < 40 %%, décompensations répétées)\n'
            '- Arythmies et stimulateurs : Dr Karim Benali\n- Prédialyse et IRC stade 4-5 : Dre Nadia Haddad, Dr Frédéric Aubin\n'
            '- Glomérulonéphrites, vasculites : Dr Frédéric Aubin\n- IRM cardiaque et coroscanner : Dr Hugo Bergeron\n\n'
            'Joindre les bilans récents (créatinine, DFGe, RAC) aux références en néphrologie. Télécopieur : 819-555-0199.\n\n%s\n%s'
            % (c.greet(c.ch(['Chers collègues', 'Bonjour'])), c.thanks(), c.sig(c.who(['beaudin', 'brassard']))))
    return Mail(c.staff(c.who(['beaudin', 'brassard'])), [c.ext('theriault'), c.ext('morissette')],
                'Corridors de services 2025', body, lang='fr'), 'médecins nommés avec les maladies traitées'


@neg('dosimetrie', 'fr', 3)
def fn_dosi(c):
    rows = [[staff_name(k, False), 'D-%05d' % c.ri(10000, 99999), '%.2f' % c.rf(0, 1.0, 2), '%.2f' % c.rf(0, 3.0, 2)]
            for k in c.sample(['lemieux', 'rioux', 'paradis', 'benali', 'lachance', 'bergeron', 'baptiste'], 4)]
    body = ('%s\n\nRésultats de dosimétrie du trimestre (mSv). Aucun dépassement du seuil d\'enquête.\n\n%s\n\nMerci de '
            'rapporter vos dosimètres avant vendredi.\n\n%s\n%s' % (c.greet(), TABLE_MARK % 0, c.thanks(), c.sig('moreau_phys')))
    return Mail(c.staff('moreau_phys'), [('Porteurs de dosimètres', 'dosimetrie@' + DOM)], 'Dosimétrie - trimestre %d'
                % ((c.today.month - 1) // 3 + 1), body, tables=[(['Travailleur', 'Dosimètre', 'Hp(10)', 'Hp(0,07)'], rows)],
                lang='fr'), 'dosimétrie du personnel'


@neg('fete_depart', 'fr', 3)
def fn_fete(c):
    who = c.ch(['Francine Roberge', 'Patrick Lemieux', 'Carole Beaudin'])
    day = c.future(5, 25)
    body = ('%s\n\nAprès %d ans au %s, %s prend sa retraite! 5 à 7 le %s à la salle du personnel (local B-%d). '
            'Contribution pour le cadeau : 10 $ à remettre à Lise au secrétariat de cardiologie.\n\nDites-le à tout le '
            'monde (mais pas à %s!).\n\n%s' % (c.greet('tout le monde'), c.ri(22, 35), HOSP_FR, who, fdate(day, 'fr', 'long'),
                                              c.ri(100, 200), who.split()[0], c.sig('brassard', short=True)))
    return Mail(c.staff('brassard'), [('Personnel', 'personnel-cardio-renal@' + DOM)], 'Départ à la retraite - surprise!', body,
                lang='fr'), 'fête de départ du personnel'


# ---------------------------------------------------------------------------
# Reply / forward wrappers (applied to some messages of either class)
# ---------------------------------------------------------------------------
def wrap_reply(c, m):
    """Turn m into a short reply or forward that carries m's text below."""
    if m.html is not None or m.tables:
        return m
    kind = c.ch(['gt', 'outlook', 'fwd'])
    orig_when = c.earlier(30, 3000)
    who = m.frm[0] or m.frm[1]
    to_s = ', '.join(n or a for n, a in m.to)
    if c.lang == 'fr':
        top = c.ch(['Je transfère pour info.', 'Pour suivi svp.', 'Voir ci-dessous.', 'À traiter svp, merci.']) \
            if kind == 'fwd' else c.ch(['Bien reçu, merci.', 'Ok, c\'est noté.', 'Merci, on s\'en occupe.', 'Parfait, merci!'])
    else:
        top = c.ch(['FYI - see below.', 'Forwarding for follow-up.', 'Please action, thanks.']) if kind == 'fwd' else \
            c.ch(['Noted, thanks.', 'Got it, thanks.', 'Thanks - will do.', 'Perfect, thank you!'])
    if kind == 'gt':
        text = '%s\n\n%s\n%s' % (top, attribution(c.lang, who, orig_when, c.r), quote(m.text))
        subj = c.re_(m.subject)
    elif kind == 'outlook':
        text = '%s\n\n%s\n\n%s' % (top, outlook_header(c.lang, '%s [mailto:%s]' % (who, m.frm[1]), to_s, orig_when, m.subject),
                                   m.text)
        subj = c.re_(m.subject)
    else:
        text = '%s\n\n%s\n\n%s' % (top, fwd_header(c.lang, '%s <%s>' % (who, m.frm[1]), to_s, orig_when, m.subject), m.text)
        subj = ('TR: ' if c.lang == 'fr' else c.ch(['Fwd: ', 'FW: '])) + m.subject
    new_from = m.to[0] if m.to else m.frm
    if '.' not in new_from[1].split('@')[0] or not new_from[1].endswith('@' + DOM):
        new_from = c.staff(c.ch([k for k, v in STAFF.items() if v[6] == c.lang]))
    new_to = [m.frm] if kind != 'fwd' else [c.staff(c.ch(list(STAFF)))]
    return Mail(new_from, new_to, subj, text, cc=m.cc, attachments=m.attachments, mode=m.mode, headers=m.headers,
                in_reply_to=c.msgid(), lang=m.lang)


MAILERS = ['Microsoft Outlook 16.0', 'Microsoft Outlook 15.0', 'Mozilla Thunderbird 115.8', 'Zimbra 9.0 (ZimbraWebClient)',
           'Apple Mail (2.3774)', None, None]


def pick_transport(c):
    r = c.r
    cs_choices = (['utf-8'] * 9 + ['iso-8859-1'] * 5 + ['windows-1252'] * 6) if c.lang == 'fr' else \
        (['utf-8'] * 12 + ['iso-8859-1'] * 4 + ['windows-1252'] * 4)
    return {
        'charset': r.choice(cs_choices),
        'cte': r.choice(['quoted-printable'] * 9 + ['base64'] * 6 + ['8bit'] * 5),
        'linesep': r.choice(['\n', '\r\n']),
        'mode': r.choice(['plain'] * 9 + ['alt'] * 7 + ['html'] * 4),
        'mailer': r.choice(MAILERS),
        'content_language': r.choice([None, 'fr-CA' if c.lang == 'fr' else 'en-CA', 'en-US']) if r.random() < 0.5 else None,
        'table_style': r.choice(['pipe', 'pipe', 'tsv']),
        'date': c.now,
    }


ALLOWED_TYPES = {'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth', 'patient_name',
                 'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information'}


def generate(out_dir, seed):
    world = World(seed)
    order_rng = random.Random('%d-order' % seed)
    pos_jobs = [(cat, lang, f) for cat, lang, n, f in POS for _ in range(n)]
    neg_jobs = [(cat, lang, f) for cat, lang, n, f in NEG for _ in range(n)]
    assert len(pos_jobs) == N_POS, len(pos_jobs)
    assert len(neg_jobs) == N_NEG, len(neg_jobs)
    order_rng.shuffle(pos_jobs)
    order_rng.shuffle(neg_jobs)
    for sub in ('positive', 'negative'):
        d = os.path.join(out_dir, sub)
        os.makedirs(d, exist_ok=True)
        for fn in os.listdir(d):
            if fn.endswith('.eml'):
                os.remove(os.path.join(d, fn))
    labels = {}
    for kind, jobs in (('positive', pos_jobs), ('negative', neg_jobs)):
        for i, (cat, lang, f) in enumerate(jobs, 1):
            rng = random.Random('%d-%s-%d' % (seed, kind, i))
            c = Ctx(world, rng, lang)
            res = f(c)
            if kind == 'positive':
                m, types, note = res
            else:
                (m, note), types = res, set()
            if rng.random() < 0.14:
                m = wrap_reply(c, m)
            tr = pick_transport(c)
            msg = build_message(m, tr, c.msgid(), '%08x' % rng.randrange(16 ** 8))
            data = msg.as_bytes()
            rel = '%s/%s%03d_%s.eml' % (kind, 'p' if kind == 'positive' else 'n', i, cat)
            with open(os.path.join(out_dir, rel), 'wb') as fh:
                fh.write(data)
            labels[rel] = {'confidential': kind == 'positive', 'types': sorted(types), 'lang': lang, 'note': note}
    with open(os.path.join(out_dir, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    return labels


# ---------------------------------------------------------------------------
# Self-check
# ---------------------------------------------------------------------------
ZIP_TYPES = ('application/zip', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
             'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')


def check_part(part, problems, rel):
    ct = part.get_content_type()
    if part.is_multipart():
        return
    if ct.startswith('text/'):
        s = part.get_content()
        if not isinstance(s, str) or not s.strip():
            problems.append('%s: empty text part %s' % (rel, ct))
        return
    data = part.get_payload(decode=True)
    if not data:
        problems.append('%s: empty part %s' % (rel, ct))
        return
    if ct in ZIP_TYPES:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            if z.testzip() is not None:
                problems.append('%s: bad zip member' % rel)
            for info in z.infolist():
                if info.date_time != FIXED_ZIP_TIME:
                    problems.append('%s: zip timestamp' % rel)
    elif ct == 'application/pdf' and not data.startswith(b'%PDF'):
        problems.append('%s: bad pdf' % rel)


def self_check(out_dir, nam_set):
    problems = []
    with open(os.path.join(out_dir, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    files = sorted('%s/%s' % (sub, fn) for sub in ('positive', 'negative')
                   for fn in os.listdir(os.path.join(out_dir, sub)) if fn.endswith('.eml'))
    if set(files) != set(labels):
        problems.append('labels do not cover exactly the files')
    counts = {'positive': 0, 'negative': 0}
    langs = {}
    nam_re = re.compile(r'\b([A-Z]{4})\s?-?(\d{4})\s?-?(\d{4})\b', re.I)
    for rel in files:
        with open(os.path.join(out_dir, rel), 'rb') as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
            if msg[h] is None:
                problems.append('%s: missing %s' % (rel, h))
        texts = [str(msg['Subject'])]
        for part in msg.walk():
            check_part(part, problems, rel)
            if part.get_content_maintype() == 'text' and not part.is_multipart():
                texts.append(part.get_content())
            if part.get_filename():
                texts.append(part.get_filename())
        for m in nam_re.finditer('\n'.join(texts)):
            cand = (m.group(1) + m.group(2) + m.group(3)).upper()
            if cand not in nam_set:
                problems.append('%s: NAM-shaped string not from list: %s' % (rel, cand))
        lab = labels.get(rel, {})
        kind = rel.split('/')[0]
        counts[kind] += 1
        langs[(kind, lab.get('lang'))] = langs.get((kind, lab.get('lang')), 0) + 1
        if lab.get('confidential') != (kind == 'positive'):
            problems.append('%s: confidential flag' % rel)
        t = lab.get('types', [])
        if kind == 'positive' and not t:
            problems.append('%s: positive without types' % rel)
        if kind == 'negative' and t:
            problems.append('%s: negative with types' % rel)
        if not set(t) <= ALLOWED_TYPES:
            problems.append('%s: unknown type' % rel)
        if lab.get('lang') not in ('en', 'fr'):
            problems.append('%s: lang' % rel)
    h = hashlib.sha256()
    for rel in files + ['labels.json']:
        with open(os.path.join(out_dir, rel), 'rb') as fh:
            h.update(rel.encode() + b'\0' + fh.read() + b'\0')
    return problems, counts, langs, h.hexdigest()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--out', default=HERE, help='output directory (default: next to this script)')
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    generate(a.out, a.seed)
    problems, counts, langs, digest = self_check(a.out, {p['nam'] for p in load_nams()})
    print('positives: %d  negatives: %d' % (counts['positive'], counts['negative']))
    for k in sorted(langs):
        print('  %s/%s: %d' % (k[0], k[1], langs[k]))
    print('sha256: %s' % digest)
    if problems:
        print('PROBLEMS (%d):' % len(problems))
        for p in problems[:50]:
            print('  ' + p)
        return 1
    print('self-check OK')
    return 0


if __name__ == '__main__':
    sys.exit(main())
