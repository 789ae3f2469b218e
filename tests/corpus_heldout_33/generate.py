#!/usr/bin/env python3
"""Synthetic outbound e-mail corpus (CHU, Quebec City flavour) labelled for confidentiality.

Writes positive/pNNN_<cat>.eml (120), negative/nNNN_<cat>.eml (180) and labels.json next to this
file (or under --out DIR). Deterministic from --seed (default 3333). Everything is invented.
"""
import argparse
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
import zipfile
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, format_datetime

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')
N_POS, N_NEG = 120, 180
FIXED_ZIP_TIME = (2024, 1, 15, 8, 0, 0)
FIXED_ISO = '2024-01-15T08:00:00Z'
TZ = dt.timezone(dt.timedelta(hours=-5))

# --------------------------------------------------------------------------- organisations
ORG = {
    'chu': ('CHU Champlain-de-Québec', 'chuchamplain.example'),
    'hrps': ('Hôpital régional de Portneuf-Sud', 'hrps.example'),
    'clsc': ('CLSC des Rivières-Jaunes', 'clsc-rivieresjaunes.example'),
    'crp': ('Centre de réadaptation Le Phare-Bleu', 'pharebleu.example'),
    'orl': ('Clinique ORL Sillery-Nord', 'orlsillery.example'),
    'oph': ('Clinique d’ophtalmologie des Plaines-Hautes', 'ophtaplaines.example'),
    'ins': ('Assurances Boréalis', 'borealis-assur.example'),
    'law': ('Lemieux Trudel avocats', 'lemieuxtrudel.example'),
    'ta': ('Transport adapté Capitale-Plus', 'tacp.example'),
    'fond': ('Fondation du CHU Champlain', 'fondation-chuchamplain.example'),
    'sup': ('Distribution MédiBoréal', 'mediboreal.example'),
    'gmf': ('GMF du Vieux-Moulin', 'gmf-vieuxmoulin.example'),
}

STAFF = [
    # name, fr title, en title, service key, org
    ('Olivier Bergeron', 'Dr', 'neurologue', 'neurologist', 'neuro', 'chu'),
    ('Geneviève Lachance-Roy', 'Dre', 'neurologue vasculaire', 'stroke neurologist', 'neuro', 'chu'),
    ('Rachel Goldman', 'Dre', 'neurologue', 'neurologist', 'neuro', 'chu'),
    ('Kevin O’Neil', 'Dr', 'chirurgien orthopédiste', 'orthopaedic surgeon', 'ortho', 'chu'),
    ('Mathieu Pelletier', 'Dr', 'orthopédiste', 'orthopaedic surgeon', 'ortho', 'hrps'),
    ('Anne-Marie Labrecque', 'Dre', 'ophtalmologiste', 'ophthalmologist', 'oph', 'oph'),
    ('Ian MacLeod', 'Dr', 'ophtalmologiste (rétine)', 'retina specialist', 'oph', 'chu'),
    ('Samuel Côté-Vézina', 'Dr', 'ORL', 'ENT surgeon', 'orl', 'orl'),
    ('Nadia Haddad', 'Dre', 'rhumatologue', 'rheumatologist', 'rhum', 'chu'),
    ('Farid Benali', 'Dr', 'microbiologiste-infectiologue', 'ID physician', 'inf', 'chu'),
    ('Emily Tran', 'Dre', 'infectiologue', 'infectious diseases', 'inf', 'chu'),
    ('Isabelle Thibodeau', '', 't.s., travailleuse sociale', 'social worker', 'ts', 'chu'),
    ('Priya Nair', '', 't.s.', 'MSW, social worker', 'ts', 'clsc'),
    ('Julie Morin', '', 'archiviste médicale', 'health records technician', 'arch', 'chu'),
    ('Chantal Bélanger', '', 'agente administrative', 'administrative officer', 'admin', 'chu'),
    ('Karine Dufour', '', 'infirmière clinicienne', 'clinical nurse', 'neuro', 'chu'),
    ('Marc-André Giguère', '', 'infirmier pivot', 'nurse navigator', 'ortho', 'chu'),
    ('Sophie Gagnon', '', 'conseillère, comité d’éthique', 'ethics committee advisor', 'eth', 'chu'),
    ('David Cohen', 'Dr', 'président, CÉR', 'REB chair', 'eth', 'chu'),
    ('Louis Tremblay', '', 'chef, approvisionnement', 'supply chain lead', 'sup', 'chu'),
    ('Nathalie Roy', '', 'coordonnatrice bloc opératoire', 'OR coordinator', 'bloc', 'chu'),
    ('Jean-François Lavoie', '', 'technicien, soutien TI', 'IT support technician', 'ti', 'chu'),
    ('Amélie Fortier', '', 'pharmacienne', 'pharmacist', 'pharm', 'chu'),
    ('Stéphanie Paradis', '', 'agente, stationnement', 'parking office', 'park', 'chu'),
    ('Hugo Rancourt', '', 'conseiller, Fondation', 'Foundation officer', 'fond', 'fond'),
    ('Caroline Vachon', '', 'DSP - formation continue', 'CME office', 'cme', 'chu'),
    ('Michael Brennan', '', 'coordonnateur qualité', 'quality coordinator', 'qual', 'chu'),
]

STREETS = ['rue des Pins-Gris', 'avenue du Moulin-Vert', 'boul. des Cèdres-Rouges', 'rue de la Falaise-Bleue',
           'chemin des Trois-Ruisseaux', 'rue Saint-Fictif', 'avenue des Hirondelles', 'rue du Coteau-Doré',
           'rang du Petit-Brûlé', 'rue des Mésanges-Grises']
CITIES = [('Québec', 'G1R'), ('Lévis', 'G6V'), ('Beauport', 'G1E'), ('Sainte-Foy', 'G1V'), ('Charlesbourg', 'G1H'),
          ('L’Ancienne-Lorette', 'G2E'), ('Saint-Augustin', 'G3A'), ('Portneuf', 'G0A'), ('Stoneham', 'G3C')]

EXTRA_FIRST_F = ['Chloé', 'Maude', 'Josée', 'Karen', 'Lucie', 'Émilie', 'Hélène', 'Laura']
EXTRA_FIRST_M = ['Benoît', 'Yannick', 'Pierre', 'Thomas', 'Gabriel', 'Robert', 'Étienne', 'Kyle']
EXTRA_LAST = ['Desrosiers', 'Vandenberghe', 'Peeters', 'Moreau', 'Lefebvre', 'Girard', 'MacDonald', 'Kowalski',
              'Dubois', 'Janssens', 'Ouellet', 'Boucher']

MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
             'novembre', 'décembre']
MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

# specialty clinical vocab: (fr, en)
SPEC = {
    'neuro': {
        'dx': [('AVC ischémique sylvien gauche, occlusion M1 G', 'left MCA ischemic stroke, M1 occlusion'),
               ('ICT avec sténose carotidienne droite 70 %', 'TIA with 70% right carotid stenosis'),
               ('épilepsie focale, crise tonico-clonique récente', 'focal epilepsy, recent generalized seizure'),
               ('sclérose en plaques rémittente, poussée en cours', 'relapsing-remitting MS, active relapse'),
               ('hémorragie intraparenchymateuse lobaire droite', 'right lobar intracerebral hemorrhage'),
               ('maladie de Parkinson avec fluctuations motrices', 'Parkinson disease with motor fluctuations')],
        'med': [('apixaban 5 mg BID', 'apixaban 5 mg BID'), ('clopidogrel 75 mg die', 'clopidogrel 75 mg daily'),
                ('atorvastatine 80 mg die', 'atorvastatin 80 mg daily'), ('lévétiracétam 750 mg BID', 'levetiracetam 750 mg BID'),
                ('ténectéplase 0,25 mg/kg', 'tenecteplase 0.25 mg/kg'), ('lévodopa/carbidopa 100/25 TID', 'levodopa/carbidopa 100/25 TID')],
        'lab': [('INR 1,1', 'INR 1.1'), ('LDL 3,4 mmol/L', 'LDL 3.4 mmol/L'), ('HbA1c 7,9 %', 'HbA1c 7.9%'),
                ('glycémie 8,2 mmol/L', 'glucose 8.2 mmol/L'), ('taux de lévétiracétam 22 µg/mL', 'levetiracetam level 22 µg/mL')]},
    'ortho': {
        'dx': [('fracture intertrochantérienne hanche G', 'left intertrochanteric hip fracture'),
               ('gonarthrose sévère D, PTG le 12 courant', 'severe right knee OA, TKA on the 12th'),
               ('rupture du LCA genou G', 'left ACL tear'), ('fracture du radius distal D', 'right distal radius fracture'),
               ('infection de prothèse de hanche D', 'right hip prosthetic joint infection'),
               ('spondylolisthésis L4-L5 avec claudication', 'L4-L5 spondylolisthesis with claudication')],
        'med': [('énoxaparine 40 mg SC die', 'enoxaparin 40 mg SC daily'), ('hydromorphone 1 mg q4h PRN', 'hydromorphone 1 mg q4h PRN'),
                ('céfazoline 2 g IV q8h', 'cefazolin 2 g IV q8h'), ('rivaroxaban 10 mg die x 35 j', 'rivaroxaban 10 mg daily x 35 d')],
        'lab': [('Hb 92 g/L', 'Hb 92 g/L'), ('CRP 48 mg/L', 'CRP 48 mg/L'), ('créatinine 104 µmol/L', 'creatinine 104 µmol/L'),
                ('VS 55 mm/h', 'ESR 55 mm/h')]},
    'oph': {
        'dx': [('DMLA exsudative OD', 'wet AMD right eye'), ('occlusion de la veine centrale de la rétine OG', 'left central retinal vein occlusion'),
               ('glaucome à angle ouvert avancé', 'advanced open-angle glaucoma'), ('décollement de rétine OD macula-on', 'macula-on retinal detachment OD'),
               ('rétinopathie diabétique proliférante', 'proliferative diabetic retinopathy')],
        'med': [('aflibercept 2 mg IVT', 'aflibercept 2 mg intravitreal'), ('ranibizumab 0,5 mg IVT', 'ranibizumab 0.5 mg intravitreal'),
                ('latanoprost 0,005 % HS', 'latanoprost 0.005% at bedtime'), ('prednisolone acétate 1 % QID', 'prednisolone acetate 1% QID')],
        'lab': [('AV OD 20/80, OG 20/25', 'VA OD 20/80, OS 20/25'), ('PIO 28 mmHg OD', 'IOP 28 mmHg OD'),
                ('OCT : épaisseur maculaire centrale 412 µm', 'OCT central macular thickness 412 µm')]},
    'orl': {
        'dx': [('surdité neurosensorielle brusque G', 'sudden left sensorineural hearing loss'),
               ('cholestéatome oreille D', 'right ear cholesteatoma'),
               ('carcinome épidermoïde de l’amygdale cT2N1 (HPV+)', 'HPV+ tonsil squamous cell carcinoma cT2N1'),
               ('apnée obstructive du sommeil sévère', 'severe obstructive sleep apnea'),
               ('VPPB canal postérieur D', 'right posterior canal BPPV')],
        'med': [('prednisone 60 mg die x 7 j', 'prednisone 60 mg daily x 7 d'), ('gouttes ciprofloxacine/dexaméthasone', 'ciprofloxacin/dexamethasone drops'),
                ('dexaméthasone intratympanique', 'intratympanic dexamethasone')],
        'lab': [('audiogramme : PTA 65 dB à G', 'audiogram PTA 65 dB left'), ('IAH 42/h à la polysomnographie', 'AHI 42/h on PSG'),
                ('tympanométrie type B à D', 'type B tympanogram right')]},
    'rhum': {
        'dx': [('polyarthrite rhumatoïde séropositive', 'seropositive rheumatoid arthritis'),
               ('lupus érythémateux disséminé avec néphrite', 'SLE with lupus nephritis'),
               ('goutte tophacée', 'tophaceous gout'), ('spondylarthrite ankylosante', 'ankylosing spondylitis'),
               ('artérite temporale (Horton)', 'giant cell arteritis'), ('vasculite à ANCA', 'ANCA vasculitis')],
        'med': [('méthotrexate 20 mg SC q sem', 'methotrexate 20 mg SC weekly'), ('adalimumab 40 mg q2sem', 'adalimumab 40 mg q2wk'),
                ('hydroxychloroquine 200 mg BID', 'hydroxychloroquine 200 mg BID'), ('prednisone 40 mg die', 'prednisone 40 mg daily'),
                ('allopurinol 300 mg die', 'allopurinol 300 mg daily')],
        'lab': [('CRP 36 mg/L', 'CRP 36 mg/L'), ('VS 62 mm/h', 'ESR 62 mm/h'), ('anti-CCP > 300 U/mL', 'anti-CCP > 300 U/mL'),
                ('ALT 88 U/L', 'ALT 88 U/L'), ('créatinine 132 µmol/L', 'creatinine 132 µmol/L')]},
    'inf': {
        'dx': [('bactériémie à SARM', 'MRSA bacteremia'), ('endocardite sur valve native', 'native valve endocarditis'),
               ('infection VIH nouvellement diagnostiquée', 'newly diagnosed HIV infection'), ('hépatite C chronique', 'chronic hepatitis C'),
               ('tuberculose pulmonaire active', 'active pulmonary TB'), ('syphilis secondaire', 'secondary syphilis'),
               ('C. difficile récidivant', 'recurrent C. difficile')],
        'med': [('vancomycine 1,25 g IV q12h', 'vancomycin 1.25 g IV q12h'), ('bictégravir/emtricitabine/TAF', 'bictegravir/emtricitabine/TAF'),
                ('sofosbuvir/velpatasvir x 12 sem', 'sofosbuvir/velpatasvir x 12 wk'), ('RIPE (rifampicine, isoniazide, pyrazinamide, éthambutol)', 'RIPE therapy'),
                ('fidaxomicine 200 mg BID', 'fidaxomicin 200 mg BID'), ('pénicilline G benzathine 2,4 MU IM', 'benzathine penicillin G 2.4 MU IM')],
        'lab': [('hémocultures 2/2 positives SARM', 'blood cultures 2/2 MRSA'), ('CD4 210/µL', 'CD4 210/µL'),
                ('charge virale 48 000 copies/mL', 'viral load 48,000 copies/mL'), ('VDRL réactif 1:64', 'RPR reactive 1:64'),
                ('creux de vancomycine 14,2', 'vancomycin trough 14.2'), ('GeneXpert MTB positif', 'GeneXpert MTB positive')]},
}

SOCIAL = [('vit seule, sans réseau, refuse l’hébergement', 'lives alone, no support network, refuses placement'),
          ('situation de violence conjugale, conjoint sous ordonnance de non-contact', 'intimate partner violence, partner under a no-contact order'),
          ('itinérance depuis 3 mois, hébergé au refuge', 'homeless for 3 months, staying at a shelter'),
          ('perte d’emploi, dettes importantes, demande d’aide sociale en cours', 'job loss, significant debt, welfare application pending'),
          ('signalement DPJ pour ses enfants en 2023', 'youth protection report for the children in 2023'),
          ('consommation d’alcool quotidienne, suivi en dépendance', 'daily alcohol use, followed by addiction services'),
          ('proche aidante épuisée, conjoint atteint de démence', 'exhausted caregiver, spouse with dementia'),
          ('statut d’immigration précaire, pas de couverture', 'precarious immigration status, uninsured')]


# --------------------------------------------------------------------------- identifiers
def luhn_number(rng, n, first=None):
    while True:
        body = (first or str(rng.randint(1, 9))) + ''.join(str(rng.randint(0, 9)) for _ in range(n - 2))
        body = body[:n - 1]
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def gen_sin(rng):
    while True:
        s = luhn_number(rng, 9, first=rng.choice('1234567'))
        if ca_sin.is_valid(s):
            return s


def gen_ohip(rng):
    s = luhn_number(rng, 10, first=rng.choice('123456789'))
    assert luhn.is_valid(s)
    return s


def gen_niss(rng, dob, sex):
    while True:
        serial = rng.randint(1, 997)
        if (serial % 2 == 1) != (sex == 'M'):
            serial += 1
        base = dob.strftime('%y%m%d') + '%03d' % serial
        n = int(('2' if dob.year >= 2000 else '') + base)
        num = base + '%02d' % (97 - n % 97)
        if be_nn.is_valid(num):
            return num


def gen_nir(rng, dob, sex):
    while True:
        dept = '%02d' % rng.choice([13, 33, 35, 44, 69, 75, 59, 31])
        base = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + dept + '%03d' % rng.randint(1, 400) + '%03d' % rng.randint(1, 600)
        num = base + '%02d' % (97 - int(base) % 97)
        if fr_nir.is_valid(num):
            return num


def gen_mrn(rng):
    return luhn_number(rng, 8, first=rng.choice('0123'))


# --------------------------------------------------------------------------- people
def load_people(rng):
    people = []
    with open(NAM_FILE, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()
            people.append(make_person(rng, sur, giv, dt.date.fromisoformat(dob), sex, nam=nam))
    return people


def make_person(rng, sur, giv, dob, sex, nam=None):
    city, fsa = rng.choice(CITIES)
    return {
        'sur': sur, 'giv': giv, 'dob': dob, 'sex': sex, 'nam': nam, 'mrn': gen_mrn(rng),
        'addr': '%d, %s' % (rng.randint(12, 4890), rng.choice(STREETS)), 'city': city,
        'postal': '%s %d%s%d' % (fsa, rng.randint(1, 9), rng.choice('ABCEGHJKLMNPRSTVXY'), rng.randint(0, 9)),
        'phone': '%s-555-%04d' % (rng.choice(['418', '581', '418', '367']), rng.randint(100, 199)),
        'sin': gen_sin(rng),
    }


def age(p, ref=dt.date(2024, 6, 1)):
    d = p['dob']
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


# --------------------------------------------------------------------------- context
class Ctx:
    def __init__(self, rng, lang, people, pos):
        self.rng, self.lang, self.people, self.pos = rng, lang, people, pos
        self.fr = lang == 'fr'
        self.types = set()

    def L(self, fr, en):
        return fr if self.fr else en

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def patient(self):
        return self.pick(self.people)

    def typo(self, s, p=0.25):
        if not self.chance(p):
            return s
        words = [m for m in re.finditer(r'\b[a-zéèàç]{6,}\b', s)]
        if not words:
            return s
        m = self.pick(words)
        w = m.group(0)
        i = self.rng.randint(1, len(w) - 3)
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:] if self.chance(0.6) else w[:i] + w[i + 1:]
        return s[:m.start()] + w2 + s[m.end():]

    # ---- patient facts (each records its type)
    def name(self, p, style=None):
        self.types.add('patient_name')
        t = self.L('Mme' if p['sex'] == 'F' else 'M.', 'Ms.' if p['sex'] == 'F' else 'Mr.')
        styles = ['full', 'title', 'upper', 'surfirst', 'lower', 'title_sur_giv']
        st = style or self.pick(styles)
        return {'full': '%s %s' % (p['giv'], p['sur']), 'title': '%s %s %s' % (t, p['giv'], p['sur']),
                'upper': '%s, %s' % (p['sur'].upper(), p['giv']), 'surfirst': '%s %s' % (p['sur'], p['giv']),
                'lower': '%s %s' % (p['giv'].lower(), p['sur'].lower()),
                'title_sur_giv': '%s %s, %s' % (t, p['sur'], p['giv'])}[st]

    def nam(self, p):
        self.types.add('ramq_nam')
        n = p['nam']
        return self.pick([n, n, n, '%s %s %s' % (n[:4], n[4:8], n[8:]), '%s-%s-%s' % (n[:4], n[4:8], n[8:]),
                          n.lower(), '%s %s' % (n[:4], n[4:])])

    def dob(self, p):
        self.types.add('date_of_birth')
        d = p['dob']
        if self.fr:
            return self.pick([d.isoformat(), d.strftime('%d/%m/%Y'), '%d %s %d' % (d.day, MONTHS_FR[d.month - 1], d.year),
                              d.strftime('%Y/%m/%d')])
        return self.pick([d.isoformat(), '%s %d, %d' % (MONTHS_EN[d.month - 1], d.day, d.year), d.strftime('%d/%m/%Y')])

    def mrn(self, p):
        self.types.add('mrn')
        m = p['mrn']
        return self.pick([m, '%s-%s' % (m[:4], m[4:]), '%s %s' % (m[:4], m[4:]), 'H' + m])

    def dx(self, spec, i=None):
        self.types.add('diagnosis')
        items = SPEC[spec]['dx']
        item = items[i] if i is not None else self.pick(items)
        return item[0] if self.fr else item[1]

    def meds(self, spec, n=1, only=None):
        self.types.add('medication')
        pool = [SPEC[spec]['med'][i] for i in only] if only else SPEC[spec]['med']
        return [m[0] if self.fr else m[1] for m in self.rng.sample(pool, min(n, len(pool)))]

    def labs(self, spec, n=1):
        self.types.add('lab_result')
        return [m[0] if self.fr else m[1] for m in self.rng.sample(SPEC[spec]['lab'], min(n, len(SPEC[spec]['lab'])))]

    def contact(self, p, phone=True, addr=True):
        self.types.add('patient_contact')
        parts = []
        if addr:
            parts.append('%s, %s (QC) %s' % (p['addr'], p['city'], p['postal']))
        if phone:
            parts.append(self.L('tél. ', 'tel. ') + p['phone'])
        return ' - '.join(parts)

    def social(self, n=1):
        self.types.add('social_information')
        return [s[0] if self.fr else s[1] for s in self.rng.sample(SOCIAL, n)]

    def sin(self, p):
        self.types.add('ca_sin')
        s = p['sin']
        return self.pick(['%s %s %s' % (s[:3], s[3:6], s[6:]), '%s-%s-%s' % (s[:3], s[3:6], s[6:]), s])

    # ---- staff
    def staff(self, key=None, exclude=()):
        last = getattr(self, '_last', None)
        cands = [s for s in STAFF if (key is None or s[4] == key) and s[0] not in exclude and s[0] != last]
        st = self.pick(cands or [s for s in STAFF if s[0] != last])
        self._last = st[0]
        return st

    def addr_of(self, s):
        first, last = s[0].split(' ', 1)
        local = (first[0] + '.' + last).lower()
        local = re.sub(r'[^a-z.\-]', '', strip_accents(local))
        return local + '@' + ORG[s[5]][1]

    def disp(self, s):
        return ('%s %s' % (s[1], s[0])).strip()

    def sig(self, s):
        org = ORG[s[5]][0]
        title = s[2] if self.fr else s[3]
        lines = [self.disp(s) if s[1] else s[0], title, org]
        ph = '418-555-0%03d' % self.rng.randint(100, 199)
        lines.append(self.L('Tél. : %s poste %d' % (ph, self.rng.randint(2000, 7999)), 'Phone: %s ext. %d' % (ph, self.rng.randint(2000, 7999))))
        if self.chance(0.4):
            lines.append(self.L('AVIS DE CONFIDENTIALITÉ : ce courriel peut contenir des renseignements confidentiels. '
                                'Si vous l’avez reçu par erreur, veuillez le détruire.',
                                'CONFIDENTIALITY NOTICE: this e-mail may contain confidential information. If received in error, please delete it.'))
        return '-- \n' + '\n'.join(lines)

    def greet(self, s):
        who = self.disp(s) if s[1] else s[0].split()[0]
        return self.pick([self.L('Bonjour %s,' % who, 'Hi %s,' % who), self.L('Bonjour,', 'Hello,'),
                          self.L('Salut %s,' % s[0].split()[0], 'Dear %s,' % who)])

    def date(self):
        base = dt.datetime(2024, 1, 8, 7, 0, tzinfo=TZ)
        return base + dt.timedelta(days=self.rng.randint(0, 300), minutes=self.rng.randint(0, 660))


def strip_accents(s):
    tr = str.maketrans('éèêëàâäîïôöùûüçÉÈÊÀÂÎÔÙÛÇ’\'', 'eeeeaaaiioouuucEEEAAIOUUC--')
    return s.translate(tr)


def fmt_date(c, d):
    if c.fr:
        return '%d %s %d' % (d.day, MONTHS_FR[d.month - 1], d.year)
    return '%s %d, %d' % (MONTHS_EN[d.month - 1], d.day, d.year)


# --------------------------------------------------------------------------- attachments builders
def normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            b = src.read(info.filename)
            if info.filename.endswith('core.xml'):
                b = re.sub(rb'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z', FIXED_ISO.encode(), b)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, b)
    return out.getvalue()


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, b in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(ch) > 127 for ch in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, b)
    return out.getvalue()


def make_pdf(title, lines):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    cv = canvas.Canvas(buf, pagesize=letter, invariant=1)
    cv.setTitle(title)
    cv.setAuthor('')
    cv.setFont('Helvetica-Bold', 13)
    y = 740
    cv.drawString(60, y, title)
    cv.setFont('Helvetica', 10)
    y -= 28
    for ln in lines:
        for chunk in wrap(ln, 95):
            if y < 60:
                cv.showPage()
                cv.setFont('Helvetica', 10)
                y = 740
            cv.drawString(60, y, chunk)
            y -= 14
    cv.showPage()
    cv.save()
    return buf.getvalue()


def wrap(s, n):
    if not s:
        return ['']
    out, cur = [], ''
    for w in s.split(' '):
        if len(cur) + len(w) + 1 > n and cur:
            out.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w).strip(' ')
    out.append(cur)
    return out


def make_docx(title, paras, table=None):
    import docx
    d = docx.Document()
    d.core_properties.author = ''
    d.core_properties.title = title
    fixed = dt.datetime(2024, 1, 15, 8, 0, 0)
    d.core_properties.created = fixed
    d.core_properties.modified = fixed
    d.core_properties.last_printed = fixed
    d.core_properties.revision = 1
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheet, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet[:31]
    for r in rows:
        ws.append(list(r))
    fixed = dt.datetime(2024, 1, 15, 8, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = 'CHU'
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_csv(rows, sep=','):
    out = []
    for r in rows:
        cells = []
        for v in r:
            v = str(v)
            if sep in v or '"' in v:
                v = '"' + v.replace('"', '""') + '"'
            cells.append(v)
        out.append(sep.join(cells))
    return ('\r\n'.join(out) + '\r\n').encode('utf-8')


def make_ics(uid, start, minutes, summary, location, description, organizer):
    end = start + dt.timedelta(minutes=minutes)
    f = lambda d: d.astimezone(dt.timezone.utc).strftime('%Y%m%dT%H%M%SZ')
    esc = lambda s: s.replace('\\', '\\\\').replace(',', '\\,').replace(';', '\\;').replace('\n', '\\n')
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CHU Champlain//Agenda//FR', 'METHOD:REQUEST', 'BEGIN:VEVENT',
             'UID:%s' % uid, 'DTSTAMP:20240115T130000Z', 'DTSTART:%s' % f(start), 'DTEND:%s' % f(end),
             'SUMMARY:%s' % esc(summary), 'LOCATION:%s' % esc(location), 'DESCRIPTION:%s' % esc(description),
             'ORGANIZER:mailto:%s' % organizer, 'END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(lines) + '\r\n').encode('utf-8')


def make_vcf(full, sur, giv, tel, adr=None, email_=None, org=None, note=None, title=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (sur, giv), 'FN:%s' % full]
    if org:
        lines.append('ORG:%s' % org)
    if title:
        lines.append('TITLE:%s' % title)
    if tel:
        lines.append('TEL;TYPE=HOME,VOICE:%s' % tel if adr else 'TEL;TYPE=WORK,VOICE:%s' % tel)
    if adr:
        lines.append('ADR;TYPE=HOME:;;%s;%s;QC;%s;Canada' % adr)
    if email_:
        lines.append('EMAIL;TYPE=INTERNET:%s' % email_)
    if note:
        lines.append('NOTE:%s' % note.replace(',', '\\,').replace('\n', '\\n'))
    lines.append('END:VCARD')
    return ('\r\n'.join(lines) + '\r\n').encode('utf-8')


# --------------------------------------------------------------------------- message assembly
class M:
    def __init__(self, subject, text, sender, to, cc=None, html=None, atts=None, note='', mode=None, headers=None):
        self.subject, self.text, self.sender, self.to, self.cc = subject, text, sender, to, cc or []
        self.html, self.atts, self.note, self.mode, self.headers = html, atts or [], note, mode, headers or {}


def text_to_html(text):
    paras = text.split('\n\n')
    out = []
    for p in paras:
        lines = p.split('\n')
        if all(l.startswith('>') for l in lines if l):
            inner = '<br>\n'.join(htmlmod.escape(l.lstrip('> ')) for l in lines)
            out.append('<blockquote style="border-left:2px solid #ccc;padding-left:6px">%s</blockquote>' % inner)
        else:
            out.append('<p>%s</p>' % '<br>\n'.join(htmlmod.escape(l) for l in lines))
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + '\n'.join(out) + '\n</body></html>\n')


def html_table(rows, header=True):
    out = ['<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">']
    for i, r in enumerate(rows):
        tag = 'th' if header and i == 0 else 'td'
        out.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, htmlmod.escape(str(v)), tag) for v in r) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)


def text_table(rows):
    w = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return '\n'.join(' | '.join(str(v).ljust(w[i]) for i, v in enumerate(r)).rstrip() for r in rows)


def encodable(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def text_part(c, s, subtype, charset, cte):
    if not encodable(s, charset):
        charset = 'utf-8'
    if charset == 'us-ascii' and not encodable(s, 'ascii'):
        charset = 'utf-8'
    cs = Charset(charset)
    cs.body_encoding = {'qp': QP, 'b64': BASE64, '8bit': None}[cte]
    if charset == 'us-ascii':
        cs.body_encoding = None
    return MIMEText(s, subtype, cs)


def hdr(s, charset):
    if encodable(s, 'ascii'):
        return s
    cs = charset if charset != 'us-ascii' and encodable(s, charset) else 'utf-8'
    return Header(s, cs).encode()


def addr_hdr(name, addr, charset):
    if not name:
        return addr
    if encodable(name, 'ascii'):
        return formataddr((name, addr))
    cs = charset if charset not in ('us-ascii',) and encodable(name, charset) else 'utf-8'
    return formataddr((name, addr), charset=cs)


def attach_part(name, ctype, data):
    main, sub = ctype.split('/')
    if ctype == 'message/rfc822':
        part = MIMEMessage(email.message_from_bytes(data))
    elif main == 'text':
        cs = Charset('utf-8')
        cs.body_encoding = BASE64 if sub in ('csv',) else QP
        part = MIMEText(data.decode('utf-8'), sub, cs)
    else:
        part = MIMEApplication(data, sub)
        part.replace_header('Content-Type', ctype)
    if name:
        if encodable(name, 'ascii'):
            part.add_header('Content-Disposition', 'attachment', filename=name)
            if ctype != 'message/rfc822':
                part.set_param('name', name)
        else:
            part.add_header('Content-Disposition', 'attachment', filename=('utf-8', '', name))
    return part


def build(c, m, msgid_seed):
    rng = c.rng
    if c.fr:
        charset = rng.choices(['utf-8', 'iso-8859-1', 'windows-1252'], [55, 25, 20])[0]
    else:
        charset = rng.choices(['utf-8', 'us-ascii', 'windows-1252', 'iso-8859-1'], [55, 20, 15, 10])[0]
    cte = rng.choices(['qp', 'b64', '8bit'], [50, 30, 20])[0]
    mode = m.mode or rng.choices(['plain', 'alt', 'html'], [50, 32, 18])[0]
    crlf = rng.random() < 0.5
    html = m.html or text_to_html(m.text)
    if mode == 'plain':
        body = text_part(c, m.text, 'plain', charset, cte)
    elif mode == 'html':
        body = text_part(c, html, 'html', charset, cte)
    else:
        body = MIMEMultipart('alternative')
        body.attach(text_part(c, m.text, 'plain', charset, cte))
        body.attach(text_part(c, html, 'html', charset, rng.choice(['qp', 'b64'])))
    if m.atts:
        root = MIMEMultipart('mixed')
        root.attach(body)
        for a in m.atts:
            root.attach(attach_part(*a))
    else:
        root = body
    for k, part in enumerate(root.walk()):
        if part.is_multipart() and part.get_content_maintype() == 'multipart':
            part.set_boundary(rng.choice(['----=_NextPart_%03d_%08X', '=_Part_%d_%08x', '--b%d-%08x']) % (k, rng.getrandbits(32)))
    s, to = m.sender, m.to
    root['From'] = addr_hdr(c.disp(s) if s[1] else s[0], c.addr_of(s), charset) if isinstance(s, tuple) else s
    root['To'] = ', '.join(addr_hdr(*t, charset) if isinstance(t, tuple) else t for t in to)
    if m.cc:
        root['Cc'] = ', '.join(addr_hdr(*t, charset) if isinstance(t, tuple) else t for t in m.cc)
    root['Subject'] = hdr(m.subject, charset)
    d = c.date()
    root['Date'] = format_datetime(d)
    dom = c.addr_of(s).split('@')[1] if isinstance(s, tuple) else s.rsplit('@', 1)[1].rstrip('>')
    root['Message-ID'] = '<%s.%08x@%s>' % (d.strftime('%Y%m%d%H%M%S'), msgid_seed, dom)
    for k, v in m.headers.items():
        root[k] = v
    root['Content-Language'] = 'fr-CA' if c.fr else 'en-CA'
    root['X-Mailer'] = rng.choice(['Microsoft Outlook 16.0', 'Mozilla Thunderbird 115.8', 'Zimbra 9.0', 'Apple Mail (2.3774)'])
    if 'MIME-Version' not in root:
        root['MIME-Version'] = '1.0'
    pol = email.policy.compat32.clone(linesep='\r\n' if crlf else '\n', max_line_length=78)
    return root.as_bytes(policy=pol)


def contact_tuple(c, s):
    return (c.disp(s) if s[1] else s[0], c.addr_of(s))


def ext_addr(c, org, local):
    return (None, '%s@%s' % (local, ORG[org][1]))


def quote(c, text, who, when, style=None):
    st = style or c.pick(['gmail', 'outlook', 'plain'])
    if st == 'gmail':
        head = c.L('Le %s, %s a écrit :' % (fmt_date(c, when), who), 'On %s, %s wrote:' % (fmt_date(c, when), who))
        return head + '\n' + '\n'.join('> ' + l if l else '>' for l in text.split('\n'))
    if st == 'outlook':
        head = c.L('-----Message d’origine-----\nDe : %s\nEnvoyé : %s\nObjet : ' % (who, fmt_date(c, when)),
                   '-----Original Message-----\nFrom: %s\nSent: %s\nSubject: ' % (who, fmt_date(c, when)))
        return head + '\n\n' + text
    return c.L('---- %s a écrit ----' % who, '---- %s wrote ----' % who) + '\n' + text


def forward_block(c, text, who, when, subject):
    return (c.L('---------- Message transféré ---------\nDe : %s\nDate : %s\nObjet : %s\n\n',
                '---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\n\n') % (who, fmt_date(c, when), subject)) + text


def inner_eml(c, subject, text, s, to):
    mm = MIMEText(text, 'plain', 'utf-8')
    mm['From'] = addr_hdr(*contact_tuple(c, s), 'utf-8')
    mm['To'] = to
    mm['Subject'] = hdr(subject, 'utf-8')
    mm['Date'] = format_datetime(c.date())
    mm['Message-ID'] = '<inner.%08x@%s>' % (c.rng.getrandbits(32), ORG[s[5]][1])
    return mm.as_bytes(policy=email.policy.compat32.clone(linesep='\r\n'))


def fname(s):
    return re.sub(r'[^A-Za-z0-9_.-]+', '_', strip_accents(s))


# =========================================================================== POSITIVES
def id_lines(c, p, want_nam=0.6, want_dob=0.6, want_mrn=0.4):
    lines = []
    if c.chance(want_nam):
        lines.append(c.L('NAM : ', 'RAMQ: ') + c.nam(p))
    if c.chance(want_dob):
        lines.append(c.L('DDN : ', 'DOB: ') + c.dob(p))
    if c.chance(want_mrn):
        lines.append(c.L('No dossier : ', 'MRN: ') + c.mrn(p))
    return lines


def p_stroke(c):
    p = c.patient()
    s, r = c.staff('neuro'), c.staff('neuro')
    nm = c.name(p)
    ids = id_lines(c, p)
    dx = c.dx('neuro', c.pick([0, 1, 4]))
    lines = [c.L('Nom : ', 'Name: ') + nm] + ids + [c.L('Dx : ', 'Dx: ') + dx,
             c.L('NIHSS %d à l’arrivée, %d au congé.' % (c.rng.randint(6, 18), c.rng.randint(0, 5)),
                 'NIHSS %d on arrival, %d at discharge.' % (c.rng.randint(6, 18), c.rng.randint(0, 5)))]
    if c.chance(0.7):
        lines.append(c.L('Labo : ', 'Labs: ') + ', '.join(c.labs('neuro', 2)))
    if c.chance(0.7):
        lines.append(c.L('Rx au congé : ', 'Discharge meds: ') + '; '.join(c.meds('neuro', 2)))
    intro = c.pick([c.L('Voici le résumé pour le transfert vers la clinique AVC.', 'Here is the summary for the stroke clinic handover.'),
                    c.L('Pt vu en code AVC cette nuit, transféré de Portneuf.', 'Pt seen as a code stroke overnight, transferred from Portneuf.'),
                    c.L('Merci de prévoir un suivi en clinique neurovasculaire dans 4 à 6 semaines.', 'Please book neurovascular clinic follow-up in 4-6 weeks.')])
    text = '%s\n\n%s\n\n%s\n\n%s\n\n%s' % (c.greet(r), c.typo(intro), '\n'.join(lines),
                                         c.typo(c.L('Merci et bonne journée', 'Thanks')), c.sig(s))
    subj = c.pick([c.L('Code AVC - %s' % nm, 'Code stroke - %s' % nm), c.L('Transfert clinique AVC', 'Stroke clinic referral'),
                   c.L('Suivi neurovasculaire - %s' % p['sur'], 'Neurovascular follow-up - %s' % p['sur'])])
    if p['sur'] in subj and 'patient_name' not in c.types:
        c.types.add('patient_name')
    return 'neuro_stroke', M(subj, text, s, [contact_tuple(c, r)], note='stroke handover note')


def p_neuro_reply(c):
    p = c.patient()
    s, r = c.staff('neuro'), c.staff('neuro')
    nm = c.name(p, c.pick(['full', 'title']))
    dx = c.dx('neuro', c.pick([2, 3, 5]))
    old = c.L('Pourrais-tu revoir %s (%s) plus tôt que prévu? %s. Elle/il a appelé ce matin.' % (nm, dx, c.meds('neuro', 1, only=[3, 5])[0].capitalize() + ' mal toléré'),
              'Could you see %s (%s) sooner than planned? %s. Called this morning.' % (nm, dx, c.meds('neuro', 1, only=[3, 5])[0].capitalize() + ' poorly tolerated'))
    if c.chance(0.5):
        old += '\n' + c.L('DDN ', 'DOB ') + c.dob(p)
    new = c.pick([c.L('Oui, je peux le/la prendre jeudi PM. Je demande un EEG avant.', 'Yes, I can see them Thursday PM. Ordering an EEG first.'),
                  c.L('Ok pour moi, mets-le/la sur ma liste de mardi.', 'Fine, put them on my Tuesday list.')])
    text = '%s\n\n%s\n\n%s\n\n%s' % (c.typo(new), s[0].split()[0], c.sig(s), quote(c, old, c.disp(r), c.date()))
    return 'neuro_reply', M(c.L('RE: rdv à devancer', 'RE: earlier appointment'), text, s, [contact_tuple(c, r)], note='reply quoting patient request')


def p_ortho(c):
    p = c.patient()
    s, r = c.staff('ortho'), c.staff('ortho')
    nm = c.name(p)
    dx = c.dx('ortho')
    lines = [c.L('Patient(e) : %s, %d ans' % (nm, age(p)), 'Patient: %s, %d y.o.' % (nm, age(p)))] + id_lines(c, p, 0.4, 0.5, 0.6)
    lines.append(c.L('Dx : %s' % dx, 'Dx: %s' % dx))
    if c.chance(0.6):
        lines.append(c.L('Labo post-op J2 : ', 'POD2 labs: ') + ', '.join(c.labs('ortho', 2)))
    if c.chance(0.6):
        lines.append(c.L('Tx : ', 'Tx: ') + '; '.join(c.meds('ortho', 2)))
    text = '%s\n\n%s\n\n%s\n\n%s\n\n%s' % (c.greet(r), c.typo(c.L('Suivi post-op pour ton info, congé prévu demain vers le CR Le Phare-Bleu.',
                                                                  'Post-op update FYI, discharge planned tomorrow to Le Phare-Bleu rehab.')),
                                         '\n'.join(lines), c.L('Merci!', 'Thanks!'), c.sig(s))
    return 'ortho_postop', M(c.L('Suivi post-op %s' % p['sur'], 'Post-op %s' % p['sur']), text, s, [contact_tuple(c, r)], note='post-op update')


def p_transport(c):
    p = c.patient()
    s = c.staff('ortho')
    nm = c.name(p, c.pick(['full', 'title', 'upper']))
    cont = c.contact(p, phone=True, addr=True)
    when = c.date()
    reason = c.pick([c.L('rendez-vous en clinique d’orthopédie (plâtre)', 'orthopaedic clinic (cast check)'),
                     c.L('séance de dialyse', 'dialysis session'),
                     c.L('injection IVT en ophtalmologie', 'intravitreal injection, ophthalmology')])
    lines = [c.L('Usager : ', 'Client: ') + nm, c.L('Adresse / tél. : ', 'Address / phone: ') + cont,
             c.L('Rendez-vous : %s à %s, %s' % (fmt_date(c, when), when.strftime('%H h %M'), reason),
                 'Appointment: %s at %s, %s' % (fmt_date(c, when), when.strftime('%H:%M'), reason))]
    if c.chance(0.6):
        lines.append(c.L('Mobilité : fauteuil roulant, ', 'Mobility: wheelchair, ') + c.dx('ortho', c.pick([0, 4])))
    if c.chance(0.3):
        lines.append(c.L('DDN : ', 'DOB: ') + c.dob(p))
    text = '%s\n\n%s\n\n%s\n\n%s' % (c.L('Bonjour,', 'Hello,'), c.typo(c.L('Svp réserver un transport adapté aller-retour pour :', 'Please book a return paratransit ride for:')),
                                   '\n'.join(lines), c.sig(s))
    return 'transport_booking', M(c.L('Réservation transport adapté', 'Paratransit booking'), text, s, [ext_addr(c, 'ta', 'reservations')],
                                  note='transport booking with home address')


def p_ophtho_xlsx(c):
    s, r = c.staff('oph'), c.staff('oph')
    ps = c.rng.sample(c.people, c.rng.randint(4, 8))
    c.types.update(['patient_name', 'diagnosis', 'medication'])
    hdrs = [c.L('Nom', 'Name'), c.L('NAM', 'RAMQ'), c.L('Œil', 'Eye'), c.L('Dx', 'Dx'), c.L('Agent', 'Drug'), c.L('AV', 'VA')]
    rows = [hdrs]
    use_nam = c.chance(0.7)
    for p in ps:
        d = c.pick(SPEC['oph']['dx'][:2] + SPEC['oph']['dx'][4:])
        m = c.pick(SPEC['oph']['med'][:2])
        rows.append(['%s, %s' % (p['sur'].upper(), p['giv']), p['nam'] if use_nam else '', c.pick(['OD', 'OG' if c.fr else 'OS']),
                     d[0] if c.fr else d[1], m[0] if c.fr else m[1], '20/%d' % c.pick([25, 40, 60, 80, 200])])
    if use_nam:
        c.types.add('ramq_nam')
    c.types.add('lab_result')
    day = c.date()
    xl = make_xlsx('IVT', rows)
    text = '%s\n\n%s\n\n%s' % (c.greet(r), c.typo(c.L('Ci-joint la liste des injections IVT du %s. Merci de valider les doses.' % fmt_date(c, day),
                                                       'Attached is the IVT injection list for %s. Please confirm doses.' % fmt_date(c, day))), c.sig(s))
    return 'ophtho_ivt_list', M(c.L('Liste IVT %s' % day.strftime('%Y-%m-%d'), 'IVT list %s' % day.strftime('%Y-%m-%d')), text, s,
                                [contact_tuple(c, r)], atts=[('liste_IVT_%s.xlsx' % day.strftime('%Y%m%d'),
                                                             'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xl)],
                                note='injection roster spreadsheet')


def p_ent_pdf(c):
    p = c.patient()
    s = c.staff('orl')
    r = c.staff('neuro') if c.chance(0.3) else c.staff('orl')
    nm = c.name(p, 'surfirst')
    dx = c.dx('orl')
    lab = c.labs('orl', 1)[0]
    body = [c.L('Patient : ', 'Patient: ') + nm, c.L('DDN : ', 'DOB: ') + c.dob(p), c.L('NAM : ', 'RAMQ: ') + p['nam'],
            c.L('Impression : ', 'Impression: ') + dx, c.L('Résultat : ', 'Result: ') + lab,
            c.L('Plan : ', 'Plan: ') + c.meds('orl', 1)[0] + c.L(', IRM des conduits auditifs internes.', ', MRI of internal auditory canals.')]
    c.types.add('ramq_nam')
    pdf = make_pdf(c.L('Rapport de consultation ORL', 'ENT consultation report'), body)
    fn = c.pick(['consult_ORL_%s.pdf' % fname(p['sur']), 'rapport_%s_%s.pdf' % (fname(p['sur']), fname(p['giv'])), 'scan_0423.pdf'])
    text = '%s\n\n%s\n\n%s' % (c.L('Bonjour,', 'Hello,'), c.typo(c.pick([c.L('Voir rapport en pièce jointe.', 'See attached report.'),
                                                                          c.L('Ci-joint le rapport de consultation demandé. Bonne réception.', 'Please find the requested consultation report attached.')])), c.sig(s))
    subj = c.pick([c.L('Rapport consultation ORL', 'ENT consult report'), c.L('Rapport - %s' % p['sur'], 'Report - %s' % p['sur'])])
    return 'ent_report', M(subj, text, s, [contact_tuple(c, r)], atts=[(fn, 'application/pdf', pdf)], note='ENT report PDF')


def p_rheum_html(c):
    p = c.patient()
    s, r = c.staff('rhum'), c.staff('pharm')
    nm = c.name(p)
    dx = c.dx('rhum')
    labs = c.labs('rhum', 3)
    meds = c.meds('rhum', 2)
    rows = [[c.L('Analyse', 'Test'), c.L('Résultat', 'Result')]] + [list(re.match(r'(.*?)\s+([>\d].*)$', l).groups()) for l in labs]
    ident = [nm] + ([c.L('NAM ', 'RAMQ ') + c.nam(p)] if c.chance(0.5) else []) + ([c.L('DDN ', 'DOB ') + c.dob(p)] if c.chance(0.5) else [])
    intro = c.L('Bonjour Amélie,<br>Pour la patiente/le patient ci-dessous (%s), je veux ajuster la thérapie : %s.' % (htmlmod.escape(dx), htmlmod.escape('; '.join(meds))),
                'Hi Amélie,<br>For the patient below (%s), I want to adjust therapy: %s.' % (htmlmod.escape(dx), htmlmod.escape('; '.join(meds))))
    html = ('<html><body><p>%s</p><p><b>%s</b></p>%s<p>%s</p><p>%s</p></body></html>' %
            (intro, htmlmod.escape(' - '.join(ident)), html_table(rows), c.L('Merci de vérifier la couverture RAMQ (médicament d’exception).', 'Please check RAMQ exception drug coverage.'),
             htmlmod.escape(c.sig(s)).replace('\n', '<br>')))
    text = re.sub(r'<[^>]+>', '\n', html)
    return 'rheum_labs', M(c.L('Ajustement tx - ', 'Tx adjustment - ') + p['sur'], text, s, [contact_tuple(c, r)], html=html, mode='html',
                           note='html-only lab table')


def p_infect(c):
    p = c.patient()
    s, r = c.staff('inf'), c.pick([c.staff('inf'), c.staff('pharm'), c.staff('ortho')])
    i = c.rng.randrange(len(SPEC['inf']['dx']))
    dx = c.dx('inf', i)
    nm = c.name(p, c.pick(['upper', 'full', 'title_sur_giv']))
    ids = id_lines(c, p, 0.3, 0.4, 0.8)
    lab = c.labs('inf', 2)
    text = '\n'.join([c.greet(r), '', c.typo(c.L('Résultat critique à vous communiquer :', 'Critical result for you:')), '',
                      nm] + ids + [c.L('- ', '- ') + l for l in lab] +
                     [c.L('Impression : %s. Suggère %s.' % (dx, c.meds('inf', 1)[0]), 'Impression: %s. Suggest %s.' % (dx, c.meds('inf', 1)[0])),
                      '', c.L('Isolement contact requis au 7e.', 'Contact precautions required on 7th floor.') if i == 0 else '', c.sig(s)])
    return 'id_result', M(c.pick([c.L('Résultat critique', 'Critical result'), c.L('Hémocs / suivi ', 'Cultures / follow-up ') + p['sur']]), text, s,
                          [contact_tuple(c, r)], note='ID critical result')


def p_social(c):
    p = c.patient()
    s = c.staff('ts')
    nm = c.name(p)
    soc = c.social(c.rng.randint(1, 2))
    extra = []
    if c.chance(0.4):
        extra.append(c.L('NAS (pour le formulaire d’aide financière) : ', 'SIN (for the financial aid form): ') + c.sin(p))
    if c.chance(0.5):
        extra.append(c.L('Coordonnées : ', 'Contact: ') + c.contact(p, addr=c.chance(0.6)))
    if c.chance(0.4):
        extra.append(c.L('Dx principal : ', 'Main dx: ') + c.dx(c.pick(['neuro', 'ortho', 'inf'])))
    text = '\n'.join([c.L('Bonjour Priya,', 'Hi Isabelle,'), '', c.L('Je te réfère %s pour suivi dans la communauté au congé.' % nm,
                                                                                 'Referring %s to you for community follow-up after discharge.' % nm),
                      ''] + ['- ' + x for x in soc] + extra + ['', c.L('On en rediscute à la rencontre interdisciplinaire.', 'Let’s discuss at the IDT meeting.'), '', c.sig(s)])
    return 'social_work', M(c.L('Référence SAD / service social', 'Social work referral'), text, s, [ext_addr(c, 'clsc', 'accueil.psychosocial')],
                            note='social work referral')


def p_roi(c):
    p = c.patient()
    s = c.staff('arch')
    nm = c.name(p, 'full')
    dob = c.dob(p)
    ident = [c.L('Usager : ', 'Patient: ') + nm, c.L('Date de naissance : ', 'Date of birth: ') + dob]
    if c.chance(0.6):
        ident.append(c.L('NAM : ', 'RAMQ: ') + c.nam(p))
    ident.append(c.L('Documents transmis : notes de consultation, imagerie, ', 'Documents released: consultation notes, imaging, ') + c.dx(c.pick(['ortho', 'neuro', 'rhum'])))
    dest = c.pick(['ins', 'law'])
    pdf = make_pdf(c.L('Autorisation de communication de renseignements', 'Authorization to release information'),
                   ident + ['', c.L('Signature de l’usager : (signé)', 'Patient signature: (signed)')])
    text = '%s\n\n%s\n\n%s\n\n%s' % (c.L('Maître / Madame, Monsieur,', 'To whom it may concern,'),
                                   c.typo(c.L('Suite à votre demande et à l’autorisation signée, voici les informations au dossier de %s.' % nm,
                                              'Further to your request and the signed authorization, please find the records for %s.' % nm)),
                                   '\n'.join(ident), c.sig(s))
    return 'roi_release', M(c.L('Demande d’accès - %s' % p['sur'], 'Records request - %s' % p['sur']), text, s, [ext_addr(c, dest, 'dossiers')],
                            atts=[('autorisation_%s.pdf' % fname(p['sur']).lower(), 'application/pdf', pdf)], note='release of information')


def p_archives_csv(c):
    s, r = c.staff('arch'), c.staff(c.pick(['neuro', 'rhum']))
    ps = c.rng.sample(c.people, c.rng.randint(5, 10))
    spec = c.pick(['neuro', 'rhum'])
    c.types.update(['patient_name', 'mrn', 'diagnosis'])
    rows = [['dossier', 'nom', 'prenom', 'motif', 'boite']]
    for p in ps:
        d = c.pick(SPEC[spec]['dx'])
        rows.append([p['mrn'], p['sur'], p['giv'], d[0] if c.fr else d[1], 'B-%04d' % c.rng.randint(100, 9999)])
    if c.chance(0.4):
        rows[0].append('ddn')
        for i, p in enumerate(ps):
            rows[i + 1].append(p['dob'].isoformat())
        c.types.add('date_of_birth')
    data = make_csv(rows, c.pick([',', ';']))
    text = '%s\n\n%s\n\n%s' % (c.greet(r), c.typo(c.L('Les dossiers demandés sont prêts au comptoir des archives (liste en PJ).',
                                                       'The requested charts are ready at the archives desk (list attached).')), c.sig(s))
    return 'archives_pull', M(c.L('Dossiers sortis des archives', 'Charts pulled from archives'), text, s, [contact_tuple(c, r)],
                              atts=[('dossiers_%s.csv' % c.date().strftime('%Y%m%d'), 'text/csv', data)], note='chart pull list CSV')


def p_ethics_sae(c):
    p = c.patient()
    s, r = c.staff('neuro'), c.staff('eth')
    ini = p['giv'][0] + p['sur'][0]
    mrn = c.mrn(p)
    if c.chance(0.4):
        who = c.L('Participant : ', 'Participant: ') + c.name(p) + ' - ' + mrn
    else:
        dob = c.dob(p)
        who = c.L('Participant : %s (dossier %s, DDN %s)' % (ini, mrn, dob), 'Participant: %s (MRN %s, DOB %s)' % (ini, mrn, dob))
    dx = c.dx(c.pick(['neuro', 'rhum']))
    lines = [c.L('Protocole : CÉR-2023-%03d' % c.rng.randint(10, 400), 'Protocol: REB-2023-%03d' % c.rng.randint(10, 400)), who,
             c.L('Événement indésirable grave : hospitalisation pour %s' % dx, 'Serious adverse event: admitted for %s' % dx),
             c.L('Médicament à l’étude : ', 'Study drug: ') + c.meds(c.pick(['neuro', 'rhum']), 1)[0]]
    text = '%s\n\n%s\n\n%s\n\n%s' % (c.greet(r), c.typo(c.L('Déclaration d’EIG dans les délais prescrits :', 'SAE report within the required timeline:')),
                                   '\n'.join(lines), c.sig(s))
    return 'ethics_sae', M(c.L('Déclaration EIG', 'SAE report'), text, s, [contact_tuple(c, r)], note='SAE report identifying participant')


def other_person(c, kind):
    sex = c.pick(['F', 'M'])
    giv = c.pick(EXTRA_FIRST_F if sex == 'F' else EXTRA_FIRST_M)
    sur = c.pick(EXTRA_LAST)
    dob = dt.date(c.rng.randint(1940, 2004), c.rng.randint(1, 12), c.rng.randint(1, 28))
    p = make_person(c.rng, sur, giv, dob, sex)
    return p


def p_ontario(c):
    p = other_person(c, 'on')
    s = c.staff(c.pick(['ortho', 'neuro', 'admin']))
    hcn = gen_ohip(c.rng)
    vc = c.pick(['', ' AB', ' KT', ' ZX'])
    c.types.add('ca_health_number')
    nm = c.name(p)
    hcn_s = c.pick(['%s-%s-%s' % (hcn[:4], hcn[4:7], hcn[7:]), hcn, '%s %s %s' % (hcn[:4], hcn[4:7], hcn[7:])]) + vc
    spec = c.pick(['ortho', 'neuro'])
    lines = [c.L('Patient hors province (Ontario)', 'Out-of-province patient (Ontario)'), nm, c.L('No santé Ontario : ', 'Ontario health number: ') + hcn_s,
             c.L('Motif : ', 'Reason: ') + c.dx(spec)]
    if c.chance(0.5):
        lines.append(c.L('DDN : ', 'DOB: ') + c.dob(p))
    text = '%s\n\n%s\n\n%s\n\n%s' % (c.L('Bonjour,', 'Hello,'), c.typo(c.L('Pour facturation réciproque, voici les infos de l’usager admis hier.',
                                                                         'For reciprocal billing, here is the info for the patient admitted yesterday.')),
                                   '\n'.join(lines), c.sig(s))
    return 'out_of_province', M(c.L('Patient Ontario - facturation', 'Ontario patient - billing'), text, s, [ext_addr(c, 'chu', 'facturation')],
                                note='Ontario health number')


def p_belgian(c):
    p = other_person(c, 'be')
    s = c.staff(c.pick(['ortho', 'admin', 'ts']))
    niss = gen_niss(c.rng, p['dob'], p['sex'])
    c.types.add('be_niss')
    nm = c.name(p)
    ns = c.pick(['%s.%s.%s-%s.%s' % (niss[:2], niss[2:4], niss[4:6], niss[6:9], niss[9:]), niss, '%s %s %s' % (niss[:6], niss[6:9], niss[9:])])
    lines = [nm, c.L('NISS (Belgique) : ', 'Belgian NISS: ') + ns, c.L('Dx : ', 'Dx: ') + c.dx('ortho', c.pick([0, 2, 3]))]
    if c.chance(0.5):
        lines.append(c.L('Joignable à l’hôtel : ', 'Reachable at hotel: ') + p['phone'])
        c.types.add('patient_contact')
    text = '%s\n\n%s\n\n%s\n\n%s' % (c.L('Bonjour,', 'Hello,'), c.typo(c.L('Touriste belge vue à l’urgence, l’assureur voyage demande le rapport.',
                                                                          'Belgian tourist seen in ED, the travel insurer is asking for the report.')), '\n'.join(lines), c.sig(s))
    return 'travel_insurance', M(c.L('Dossier assurance voyage', 'Travel insurance file'), text, s, [ext_addr(c, 'ins', 'assistance')], note='Belgian NISS')


def p_french(c):
    p = other_person(c, 'fr')
    s = c.staff(c.pick(['oph', 'orl', 'inf']))
    nir = gen_nir(c.rng, p['dob'], p['sex'])
    c.types.add('fr_nir')
    nm = c.name(p)
    ns = c.pick(['%s %s %s %s %s %s %s' % (nir[0], nir[1:3], nir[3:5], nir[5:7], nir[7:10], nir[10:13], nir[13:]), nir])
    spec = 'oph' if s[4] == 'oph' else ('orl' if s[4] == 'orl' else 'inf')
    lines = [c.L('Étudiante/étudiant français(e) : ', 'French exchange student: ') + nm, c.L('No sécurité sociale (NIR) : ', 'French social security no.: ') + ns,
             c.L('Dx : ', 'Dx: ') + c.dx(spec)]
    if c.chance(0.6):
        lines.append(c.L('Traitement : ', 'Treatment: ') + c.meds(spec, 1)[0])
    text = '%s\n\n%s\n\n%s\n\n%s' % (c.L('Bonjour,', 'Hello,'), c.typo(c.L('Formulaire SE 401-Q-102 à compléter pour la CPAM.', 'SE 401-Q-102 form to complete for the French insurer.')),
                                   '\n'.join(lines), c.sig(s))
    return 'intl_student', M(c.L('Entente France-Québec - ', 'France-Quebec agreement - ') + p['sur'], text, s, [ext_addr(c, 'chu', 'admission')], note='French NIR')


def p_ics(c):
    p = c.patient()
    s = c.staff(c.pick(['neuro', 'oph', 'rhum']))
    spec = {'neuro': 'neuro', 'oph': 'oph', 'rhum': 'rhum'}[s[4]]
    nm = c.name(p, c.pick(['full', 'surfirst']))
    dx = c.dx(spec)
    desc = c.L('Usager : %s\nMotif : suivi %s' % (nm, dx), 'Patient: %s\nReason: follow-up %s' % (nm, dx))
    if c.chance(0.5):
        desc += '\n' + c.L('Tél. : ', 'Phone: ') + p['phone']
        c.types.add('patient_contact')
    if c.chance(0.4):
        desc += '\n' + c.L('NAM ', 'RAMQ ') + c.nam(p)
    start = c.date().replace(minute=0, second=0)
    ics = make_ics('%08x@chuchamplain.example' % c.rng.getrandbits(32), start, 30, c.L('RDV %s', 'Appt %s') % p['sur'],
                   c.L('Clinique externe, local B-2%02d', 'Outpatient clinic, room B-2%02d') % c.rng.randint(1, 40), desc, c.addr_of(s))
    text = '%s\n\n%s\n\n%s' % (c.L('Bonjour,', 'Hi,'), c.L('Invitation pour le rendez-vous ci-joint.', 'Invitation for the appointment attached.'), c.sig(s))
    return 'appointment_ics', M(c.L('Invitation : RDV ', 'Invitation: Appt ') + start.strftime('%Y-%m-%d'), text, s, [contact_tuple(c, c.staff('admin'))],
                                atts=[('invite.ics', 'text/calendar', ics)], note='ICS with patient')


def p_vcard(c):
    p = c.patient()
    s = c.staff(c.pick(['ts', 'neuro']))
    nm = '%s %s' % (p['giv'], p['sur'])
    c.types.update(['patient_name', 'patient_contact'])
    soc = c.social(1)[0]
    note = c.L('Usager suivi en neurologie - %s' % soc, 'Neurology patient - %s' % soc)
    if c.chance(0.5):
        note += ' - ' + c.dx('neuro', c.pick([3, 5]))
    vcf = make_vcf(nm, p['sur'], p['giv'], p['phone'], (p['addr'], p['city'], p['postal']), note=note)
    text = '%s\n\n%s\n\n%s' % (c.L('Salut,', 'Hi,'), c.typo(c.L('Voici la fiche contact de l’usager pour la visite à domicile.', 'Here is the client contact card for the home visit.')), c.sig(s))
    return 'home_visit_vcard', M(c.L('Fiche contact usager', 'Client contact card'), text, s, [ext_addr(c, 'clsc', 'sad')],
                                 atts=[('%s.vcf' % fname(nm), 'text/vcard', vcf)], note='vCard with patient address and social note')


def p_forward_eml(c):
    p = c.patient()
    s, r, o = c.staff(), c.staff('inf'), c.staff('ortho')
    nm = c.name(p)
    spec = c.pick(['inf', 'ortho', 'rhum'])
    inner = '\n'.join([c.L('Bonjour,', 'Hello,'), '', c.L('Pour %s' % nm, 'Re %s' % nm)] + id_lines(c, p, 0.5, 0.5, 0.5) +
                      [c.L('Dx : ', 'Dx: ') + c.dx(spec), c.L('Tx : ', 'Tx: ') + c.meds(spec, 1)[0], '', o[0]])
    eml = inner_eml(c, c.L('Consultation demandée', 'Consult request'), inner, o, c.addr_of(s))
    text = '%s\n\n%s\n\n%s' % (c.L('FYI, voir le courriel ci-joint.', 'FYI, see the attached e-mail.'), s[0].split()[0], c.sig(s))
    return 'forward_attached', M(c.L('TR: Consultation demandée', 'FW: Consult request'), text, s, [contact_tuple(c, r)],
                                 atts=[('Consultation.eml', 'message/rfc822', eml)], note='patient info only in attached eml')


def p_zip_docx(c):
    p = c.patient()
    s = c.staff(c.pick(['neuro', 'rhum', 'orl']))
    spec = {'neuro': 'neuro', 'rhum': 'rhum', 'orl': 'orl'}[s[4]]
    nm = c.name(p, 'title')
    paras = [c.L('Objet : lettre de consultation', 'Re: consultation letter'), c.L('Usager : ', 'Patient: ') + nm,
             c.L('DDN : ', 'DOB: ') + c.dob(p), c.L('NAM : ', 'RAMQ: ') + c.nam(p),
             c.L('Diagnostic : ', 'Diagnosis: ') + c.dx(spec), c.L('Médication : ', 'Medication: ') + ', '.join(c.meds(spec, 2)),
             c.L('Cordialement,', 'Sincerely,'), c.disp(s)]
    doc = make_docx(c.L('Lettre de consultation', 'Consultation letter'), paras)
    z = make_zip([('lettre_%s.docx' % fname(p['sur']).lower(), doc), ('LISEZMOI.txt', c.L('Archive générée par le système de dictée.', 'Generated by the dictation system.').encode('utf-8'))])
    text = '%s\n\n%s\n\n%s' % (c.L('Bonjour,', 'Hello,'), c.L('Lettres de la semaine en pièce jointe (zip).', 'This week’s letters attached (zip).'), c.sig(s))
    return 'zip_letter', M(c.L('Lettres dictées', 'Dictated letters'), text, s, [ext_addr(c, 'gmf', 'secretariat')],
                           atts=[('lettres_%s.zip' % c.date().strftime('%Y%m%d'), 'application/zip', z)], note='zip with docx letter')


def p_subject_only(c):
    p = c.patient()
    s = c.staff(c.pick(['rhum', 'inf', 'neuro']))
    spec = s[4] if s[4] in SPEC else 'rhum'
    dx = c.dx(spec)
    nm = c.name(p, c.pick(['full', 'surfirst']))
    subj = '%s - %s' % (nm, dx)
    text = c.pick([c.L('Voir PJ.', 'See attached.'), c.L('Pour ton info.', 'FYI.'), c.L('Comme discuté ce matin.', 'As discussed this morning.')]) + '\n\n' + c.sig(s)
    atts = []
    if c.chance(0.5):
        lab = c.labs(spec, 2)
        atts.append(('%s_%s_resultats.pdf' % (fname(p['sur']), fname(p['giv'])), 'application/pdf',
                     make_pdf(c.L('Résultats de laboratoire', 'Laboratory results'), lab)))
    return 'subject_leak', M(subj, text, s, [contact_tuple(c, c.staff(spec if spec != 'inf' else 'pharm'))], atts=atts, note='identity and dx in subject')


def p_or_patients(c):
    s = c.staff('bloc')
    ps = c.rng.sample(c.people, c.rng.randint(4, 7))
    c.types.update(['patient_name', 'diagnosis'])
    rows = [[c.L('Salle', 'Room'), c.L('Heure', 'Time'), c.L('Patient', 'Patient'), c.L('Dossier', 'MRN'), c.L('Intervention', 'Procedure'), c.L('Chirurgien', 'Surgeon')]]
    for i, p in enumerate(ps):
        d = c.pick(SPEC['ortho']['dx'])
        rows.append(['S%d' % c.rng.randint(1, 9), '%02d:%s' % (7 + i, c.pick(['30', '45', '00'])), '%s, %s' % (p['sur'], p['giv']), p['mrn'],
                     d[0] if c.fr else d[1], c.disp(c.staff('ortho'))])
    c.types.add('mrn')
    text = '%s\n\n%s\n\n%s\n\n%s' % (c.L('Bonjour à tous,', 'Hi all,'), c.typo(c.L('Programme opératoire de demain (révisé) :', 'Tomorrow’s OR list (revised):')),
                                   text_table(rows), c.sig(s))
    html = text_to_html('%s\n\n%s' % (c.L('Bonjour à tous,', 'Hi all,'), c.L('Programme opératoire de demain (révisé) :', 'Tomorrow’s OR list (revised):'))).replace('</body>', html_table(rows) + '<pre>' + htmlmod.escape(c.sig(s)) + '</pre></body>')
    return 'or_list_patients', M(c.L('Programme bloc - révisé', 'OR list - revised'), text, s, [ext_addr(c, 'chu', 'bloc-ortho')], html=html, note='OR list with patients')


def p_home_care(c):
    p = c.patient()
    s = c.staff(c.pick(['ts', 'neuro', 'ortho']))
    nm = c.name(p)
    lines = [c.L('Usager : ', 'Client: ') + nm + ' (%d %s)' % (age(p), c.L('ans', 'y.o.')), c.L('Adresse : ', 'Address: ') + c.contact(p, phone=c.chance(0.7)),
             c.L('Besoins : ', 'Needs: ') + c.typo(c.L('aide au bain 2x/sem, pilulier, suivi INR', 'bathing help 2x/wk, pill organizer, INR follow-up')),
             c.L('Contexte : ', 'Context: ') + c.social(1)[0]]
    if c.chance(0.6):
        lines.append(c.L('Dx : ', 'Dx: ') + c.dx(c.pick(['neuro', 'ortho'])))
    if c.chance(0.4):
        lines.append(c.L('NAM : ', 'RAMQ: ') + c.nam(p))
    text = '%s\n\n%s\n\n%s\n\n%s' % (c.L('Bonjour,', 'Hello,'), c.L('Demande de services SAD au congé :', 'Home care request at discharge:'), '\n'.join(lines), c.sig(s))
    return 'home_care', M(c.L('Demande SAD - ', 'Home care - ') + p['sur'], text, s, [ext_addr(c, 'clsc', 'guichet.sad')], note='home care request')


def p_medrec(c):
    p = c.patient()
    s = c.staff('pharm')
    nm = c.name(p)
    spec = c.pick(['neuro', 'rhum', 'inf'])
    meds = c.meds(spec, 3) + c.meds(c.pick(['ortho', 'neuro']), 1)
    lines = [nm, c.L('DDN ', 'DOB ') + c.dob(p)] + ['- ' + m for m in meds]
    if c.chance(0.5):
        lines.append(c.L('Allergie : pénicilline (urticaire)', 'Allergy: penicillin (hives)'))
    text = '%s\n\n%s\n\n%s\n\n%s' % (c.L('Bonjour,', 'Hello,'), c.typo(c.L('Bilan comparatif des médicaments à l’admission :', 'Admission medication reconciliation:')),
                                   '\n'.join(lines), c.sig(s))
    return 'med_rec', M(c.L('BCM - ', 'Med rec - ') + p['sur'], text, s, [ext_addr(c, 'gmf', 'pharmacie')], note='medication list')


def p_disability_form(c):
    p = c.patient()
    s = c.staff(c.pick(['rhum', 'ortho', 'neuro']))
    spec = s[4]
    nm = c.name(p, 'full')
    lines = [c.L('Assuré : ', 'Claimant: ') + nm, c.L('NAS : ', 'SIN: ') + c.sin(p), c.L('Diagnostic : ', 'Diagnosis: ') + c.dx(spec),
             c.L('Arrêt de travail du %s au %s.' % (fmt_date(c, c.date()), fmt_date(c, c.date())), 'Off work from %s to %s.' % (fmt_date(c, c.date()), fmt_date(c, c.date())))]
    use_xlsx = c.chance(0.4)
    atts = []
    if use_xlsx:
        atts.append(('formulaire_invalidite.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                     make_docx(c.L('Déclaration du médecin traitant', 'Attending physician statement'), lines)))
        body = c.L('Formulaire complété en pièce jointe.', 'Completed form attached.')
    else:
        body = '\n'.join(lines)
    text = '%s\n\n%s\n\n%s' % (c.L('Bonjour,', 'Hello,'), body, c.sig(s))
    return 'disability_claim', M(c.L('Réclamation invalidité', 'Disability claim'), text, s, [ext_addr(c, 'ins', 'reclamations')], atts=atts,
                                 note='disability form with SIN')


def p_inline_forward(c):
    p = c.patient()
    s, o = c.staff(), c.staff(c.pick(['inf', 'neuro', 'ortho']))
    spec = o[4] if o[4] in SPEC else 'inf'
    nm = c.name(p)
    inner = '\n'.join([c.L('Bonjour,', 'Hi,'), c.L('Patient(e) : ', 'Patient: ') + nm] + id_lines(c, p, 0.5, 0.4, 0.4) +
                      [c.L('Dx : ', 'Dx: ') + c.dx(spec), c.L('Résultats : ', 'Results: ') + ', '.join(c.labs(spec, 2)), o[0]])
    text = '%s\n\n%s\n\n%s' % (c.typo(c.L('Je te transfère pour suivi, peux-tu t’en occuper?', 'Forwarding for follow-up, can you take it?')), c.sig(s),
                               forward_block(c, inner, c.disp(o), c.date(), c.L('Résultats', 'Results')))
    return 'inline_forward', M(c.L('TR: Résultats', 'Fwd: Results'), text, s, [contact_tuple(c, c.staff())], note='inline forward')


POS_GENS = [p_stroke, p_neuro_reply, p_ortho, p_transport, p_ophtho_xlsx, p_ent_pdf, p_rheum_html, p_infect, p_social, p_roi,
            p_archives_csv, p_ethics_sae, p_ontario, p_belgian, p_french, p_ics, p_vcard, p_forward_eml, p_zip_docx, p_subject_only,
            p_or_patients, p_home_care, p_medrec, p_disability_form, p_inline_forward]

# =========================================================================== NEGATIVES
def n_or_rooms(c):
    s = c.staff('bloc')
    rows = [[c.L('Salle', 'Room'), c.L('Chirurgien', 'Surgeon'), c.L('Anesthésiste', 'Anaesthetist'), c.L('Inf. circulante', 'Circulating RN'), c.L('Plage', 'Block')]]
    anes = ['Dr Patrice Audet', 'Dre Lina Chamoun', 'Dr Hugo Thériault', 'Dre Marie-Ève Simard', 'Dr Paul Wong']
    nurses = ['M. Bolduc', 'J. Caron', 'S. Taylor', 'É. Fortin', 'K. Nadeau', 'A. Leblanc']
    for room in range(1, c.rng.randint(5, 9)):
        sur = c.staff(c.pick(['ortho', 'orl', 'oph']))
        rows.append(['S%d' % room, c.disp(sur), c.pick(anes), c.pick(nurses), c.pick(['07:30-15:30', '07:30-11:30', '12:00-15:30'])])
    day = c.date()
    body = c.L('Voici l’affectation des salles pour le %s. Aucun changement aux équipes de garde.' % fmt_date(c, day),
               'Room assignments for %s below. No change to on-call teams.' % fmt_date(c, day))
    atts = []
    if c.chance(0.4):
        atts.append(('affectation_salles_%s.xlsx' % day.strftime('%Y%m%d'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx('Salles', rows)))
    text = '%s\n\n%s\n\n%s\n\n%s' % (c.L('Bonjour,', 'Hello,'), c.typo(body), text_table(rows), c.sig(s))
    html = text_to_html('%s\n\n%s' % (c.L('Bonjour,', 'Hello,'), body)).replace('</body>', html_table(rows) + '</body>')
    return 'or_schedule', M(c.L('Bloc opératoire - affectation des salles', 'OR - room assignments'), text, s, [ext_addr(c, 'chu', 'bloc-tous')], html=html, atts=atts,
                            note='OR room staffing only')


def n_supply(c):
    s = c.staff('sup')
    items = [('Sutures Vicryl 3-0', 'Vicryl 3-0 sutures'), ('Gants nitrile M', 'Nitrile gloves M'), ('Cathéters IV 20G', 'IV catheters 20G'),
             ('Ciment osseux 40 g', 'Bone cement 40 g'), ('Lentilles intraoculaires +21,5 D', 'IOL +21.5 D'), ('Tubes de ventilation ORL', 'ENT ventilation tubes'),
             ('Seringues 10 mL', '10 mL syringes'), ('Masques N95 1870+', 'N95 masks 1870+')]
    rows = [[c.L('Article', 'Item'), c.L('No catalogue', 'Catalogue #'), c.L('Lot', 'Lot'), c.L('Qté', 'Qty'), c.L('Statut', 'Status')]]
    for it in c.rng.sample(items, c.rng.randint(3, 6)):
        cat = ''.join(c.pick('ABCDEFGHKLMNPRSTVW') for _ in range(4)) + '%08d' % c.rng.randint(0, 99999999)
        rows.append([it[0] if c.fr else it[1], cat, luhn_number(c.rng, 10), c.rng.randint(5, 400), c.pick([c.L('rupture', 'backorder'), c.L('livré', 'delivered'), c.L('substitut', 'substitute')])])
    po = 'BC-%d' % c.rng.randint(4500000000, 4599999999)
    text = '%s\n\n%s\n\n%s\n\n%s\n\n%s' % (c.L('Bonjour,', 'Hello,'), c.typo(c.L('Mise à jour des ruptures fournisseur (bon de commande %s) :' % po,
                                                                                  'Supplier backorder update (PO %s):' % po)), text_table(rows),
                                         c.L('Les numéros de lot ci-dessus sont à retirer des réserves du bloc.', 'Please pull the lot numbers above from OR stock.'), c.sig(s))
    atts = [('ruptures.csv', 'text/csv', make_csv(rows))] if c.chance(0.5) else []
    return 'supply_chain', M(c.L('Ruptures d’approvisionnement - semaine %d' % c.rng.randint(1, 52), 'Supply backorders - week %d' % c.rng.randint(1, 52)),
                             text, s, [ext_addr(c, 'chu', 'chefs-unite')], atts=atts, note='catalogue and lot numbers')


def n_it(c):
    s = c.staff('ti')
    tk = 'INC%07d' % c.rng.randint(0, 9999999)
    asset = 'PC-%s' % luhn_number(c.rng, 9)
    issue = c.pick([c.L('Le DPE est lent au 5e (neurologie) depuis ce matin.', 'The EHR is slow on 5th floor (neurology) since this morning.'),
                    c.L('Imprimante d’étiquettes du labo hors service.', 'Lab label printer out of order.'),
                    c.L('Accès VPN refusé pour la résidente en rhumatologie.', 'VPN access denied for the rheumatology resident.'),
                    c.L('Poste de l’archiviste : écran bleu au démarrage.', 'Records clerk workstation: blue screen on boot.')])
    text = '\n'.join([c.L('Bonjour,', 'Hello,'), '', c.L('Billet : ', 'Ticket: ') + tk, c.L('Actif : ', 'Asset: ') + asset,
                      c.L('Description : ', 'Description: ') + c.typo(issue), c.L('Priorité : 3', 'Priority: 3'),
                      c.L('Statut : en cours, technicien assigné.', 'Status: in progress, technician assigned.'), '', c.sig(s)])
    return 'it_ticket', M(c.L('[%s] Mise à jour du billet' % tk, '[%s] Ticket update' % tk), text, s, [contact_tuple(c, c.staff())], note='IT ticket')


def n_parking(c):
    s = c.staff('park')
    permit = '%06d' % c.rng.randint(0, 999999)
    text = '\n'.join([c.greet(c.staff()), '', c.typo(c.pick([
        c.L('Votre vignette de stationnement no %s pour le P3 est prête. Le prélèvement sur la paie débutera à la période 14.' % permit,
            'Your P3 parking permit #%s is ready. Payroll deduction starts in period 14.' % permit),
        c.L('Travaux de déneigement dans le stationnement P1 la nuit du %s : veuillez déplacer vos véhicules.' % fmt_date(c, c.date()),
            'Snow removal in lot P1 on the night of %s: please move your vehicles.' % fmt_date(c, c.date())),
        c.L('Rappel : les places réservées aux patients en dialyse et en oncologie ne doivent pas être utilisées par le personnel.',
            'Reminder: spaces reserved for dialysis and oncology patients are not for staff use.')])), '', c.sig(s)])
    return 'parking', M(c.L('Stationnement', 'Parking'), text, s, [ext_addr(c, 'chu', 'tout-le-personnel')], note='parking')


def n_foundation(c):
    s = c.staff('fond')
    amt = c.rng.randint(50, 900) * 1000
    text = '\n'.join([c.L('Chers collègues,', 'Dear colleagues,'), '', c.typo(c.L(
        'Grâce à vous, la campagne « Cerveau en santé » a amassé %s $ pour l’achat d’un nouvel appareil de thrombectomie et d’un OCT pour l’ophtalmologie.' % format(amt, ',').replace(',', ' '),
        'Thanks to you, the Healthy Brain campaign raised $%s toward a new thrombectomy system and an OCT for ophthalmology.' % format(amt, ','))),
        '', c.L('Le tournoi de golf aura lieu le %s. Inscription : fondation-chuchamplain.example/golf' % fmt_date(c, c.date()),
                'The golf tournament is on %s. Register at fondation-chuchamplain.example/golf' % fmt_date(c, c.date())),
        c.L('No d’enregistrement d’organisme de bienfaisance : 8%08d RR0001' % c.rng.randint(0, 99999999), 'Charity registration #: 8%08d RR0001' % c.rng.randint(0, 99999999)),
        '', c.sig(s)])
    return 'foundation', M(c.L('Fondation : merci!', 'Foundation: thank you!'), text, s, [ext_addr(c, 'chu', 'tout-le-personnel')], note='foundation')


def n_cme(c):
    s = c.staff('cme')
    spk = c.staff(c.pick(['neuro', 'rhum', 'inf', 'oph', 'orl', 'ortho']))
    topic = c.pick([c.L('Thrombectomie au-delà de 6 heures : qui sélectionner?', 'Thrombectomy beyond 6 hours: who to select?'),
                    c.L('Méthotrexate et biologiques en polyarthrite rhumatoïde', 'Methotrexate and biologics in RA'),
                    c.L('Bactériémie à SARM : durée de traitement', 'MRSA bacteremia: treatment duration'),
                    c.L('Anti-VEGF dans la DMLA : intervalles prolongés', 'Anti-VEGF in AMD: extended intervals'),
                    c.L('Surdité brusque : corticostéroïdes oraux ou intratympaniques?', 'Sudden hearing loss: oral or intratympanic steroids?'),
                    c.L('Fracture de hanche chez l’aîné : anticoagulation périopératoire', 'Hip fracture in the elderly: perioperative anticoagulation')])
    when = c.date().replace(hour=12, minute=0)
    text = '\n'.join([c.L('Bonjour à tous,', 'Hello everyone,'), '', c.L('Conférence midi - ', 'Noon rounds - ') + fmt_date(c, when),
                      c.L('Conférencier : ', 'Speaker: ') + c.disp(spk) + ', ' + (spk[2] if c.fr else spk[3]), c.L('Sujet : ', 'Topic: ') + topic,
                      c.L('Lieu : amphithéâtre A-1210 et Teams', 'Location: amphitheatre A-1210 and Teams'),
                      c.L('Crédits : 1 h section 1 (FMOQ/CMQ)', 'Credits: 1 h Section 1'), '', c.sig(s)])
    atts = [('conference.ics', 'text/calendar', make_ics('cme%08x@chuchamplain.example' % c.rng.getrandbits(32), when, 60, topic, 'A-1210', c.disp(spk), c.addr_of(s)))] if c.chance(0.5) else []
    return 'continuing_ed', M(c.L('Conférence midi : ', 'Noon rounds: ') + topic, text, s, [ext_addr(c, 'chu', 'medecins')], atts=atts, note='CME speaker and topic')


def n_newsletter(c):
    s = c.staff('qual')
    items = [c.L('Nouveau protocole AVC : délai porte-aiguille médian de 28 min ce trimestre.', 'New stroke protocol: median door-to-needle 28 min this quarter.'),
             c.L('La clinique de rhumatologie déménage au pavillon B en juin.', 'The rheumatology clinic moves to Pavilion B in June.'),
             c.L('Semaine de la prévention des infections : hygiène des mains 87 %.', 'Infection prevention week: hand hygiene 87%.'),
             c.L('Bienvenue à nos nouvelles travailleuses sociales!', 'Welcome to our new social workers!'),
             c.L('Les archives médicales passent au numérique : fin du papier en 2025.', 'Health records go digital: paper ends in 2025.')]
    pick = c.rng.sample(items, 3)
    html = ('<html><body><h2 style="color:#004b87">%s</h2>%s<p style="font-size:9pt">%s</p></body></html>' %
            (c.L('Info-CHU - bulletin interne', 'CHU Info - internal newsletter'), ''.join('<h3>%s</h3><p>%s</p>' % (htmlmod.escape(i.split(':')[0]), htmlmod.escape(i)) for i in pick),
             c.L('Pour vous désabonner, écrivez à communications@chuchamplain.example', 'To unsubscribe write to communications@chuchamplain.example')))
    text = '\n\n'.join(pick)
    return 'newsletter', M(c.L('Info-CHU no %d' % c.rng.randint(10, 99), 'CHU Info #%d' % c.rng.randint(10, 99)), text, s, [ext_addr(c, 'chu', 'tout-le-personnel')],
                           html=html, mode=c.pick(['html', 'alt']), note='newsletter')


def n_oncall(c):
    s = c.staff(c.pick(['neuro', 'admin']))
    docs = [x for x in STAFF if x[4] in ('neuro',)] + [('Patrice Audet', 'Dr', '', '', 'neuro', 'chu')]
    rows = [[c.L('Date', 'Date'), c.L('Garde AVC', 'Stroke call'), c.L('Tél. garde', 'Pager')]]
    d0 = c.date().date()
    for i in range(7):
        rows.append([(d0 + dt.timedelta(days=i)).isoformat(), c.disp(c.pick(docs)), '418-555-0%03d' % c.rng.randint(100, 199)])
    text = '%s\n\n%s\n\n%s\n\n%s' % (c.L('Bonjour,', 'Hi,'), c.typo(c.L('Horaire de garde neurovasculaire de la semaine. Les codes AVC de Portneuf passent par la ligne centrale.',
                                                                        'Neurovascular on-call for the week. Portneuf code strokes go through the central line.')),
                                   text_table(rows), c.sig(s))
    return 'oncall_schedule', M(c.L('Garde neuro - semaine du ', 'Neuro on-call - week of ') + d0.isoformat(), text, s, [ext_addr(c, 'chu', 'urgence')], note='staff call schedule')


def n_hr_leave(c):
    s = c.staff('admin')
    emp = c.staff()
    en = '%06d' % c.rng.randint(100000, 999999)
    text = '\n'.join([c.greet(emp), '', c.typo(c.pick([
        c.L('Votre demande de vacances du %s au %s est approuvée. Matricule %s.' % (fmt_date(c, c.date()), fmt_date(c, c.date()), en),
            'Your vacation request from %s to %s is approved. Employee # %s.' % (fmt_date(c, c.date()), fmt_date(c, c.date()), en)),
        c.L('Votre congé de perfectionnement pour le congrès de neurologie est accordé (matricule %s).' % en,
            'Your professional development leave for the neurology congress is granted (employee # %s).' % en)])), '', c.sig(s)])
    return 'hr_leave', M(c.L('Demande de congé approuvée', 'Leave request approved'), text, s, [contact_tuple(c, emp)], note='staff leave')


def n_occ_health(c):
    s = ('Bureau de santé', '', 'Santé et sécurité au travail', 'Occupational health', 'hr', 'chu')
    emp = c.staff()
    text = '\n'.join([c.greet(emp), '', c.typo(c.pick([
        c.L('Votre retour progressif est autorisé à 3 jours/semaine, sans port de charges de plus de 10 kg, selon le billet médical reçu.',
            'Your graduated return is approved at 3 days/week, no lifting over 10 kg, per the medical note received.'),
        c.L('Rappel : votre test d’ajustement N95 et votre vaccin antigrippal sont à renouveler avant le 1er novembre.',
            'Reminder: your N95 fit test and flu shot are due before November 1.'),
        c.L('Suite à l’exposition au sang du %s, le protocole post-exposition a été complété; suivi sérologique à 6 semaines.' % fmt_date(c, c.date()),
            'Following the blood exposure on %s, the post-exposure protocol is complete; serology follow-up at 6 weeks.' % fmt_date(c, c.date()))])),
        '', c.L('Santé et sécurité au travail', 'Occupational Health and Safety'), ORG['chu'][0], '418-555-0150'])
    return 'occ_health_staff', M(c.L('Santé au travail - suivi', 'Occupational health - follow-up'), text, s, [contact_tuple(c, emp)], note='employee occupational health (HR)')


def n_stats(c):
    s = c.staff('qual')
    rows = [[c.L('Trimestre', 'Quarter'), c.L('Codes AVC', 'Code strokes'), c.L('Thrombolyses', 'Thrombolyses'), c.L('Thrombectomies', 'Thrombectomies'), c.L('DPA médian (min)', 'Median DTN (min)')]]
    for q in ['2023-T3', '2023-T4', '2024-T1', '2024-T2']:
        rows.append([q if c.fr else q.replace('T', 'Q'), c.rng.randint(80, 160), c.rng.randint(15, 40), c.rng.randint(10, 30), c.rng.randint(22, 45)])
    text = '%s\n\n%s\n\n%s\n\n%s' % (c.L('Bonjour,', 'Hello,'), c.typo(c.L('Statistiques agrégées du registre AVC (aucune donnée nominative) :', 'Aggregate stroke registry statistics (no identifying data):')),
                                   text_table(rows), c.sig(s))
    atts = [('registre_AVC_agrege.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx('Stats', rows))] if c.chance(0.5) else []
    return 'aggregate_stats', M(c.L('Indicateurs AVC', 'Stroke indicators'), text, s, [ext_addr(c, 'chu', 'direction')], atts=atts, note='aggregate statistics')


def n_blank_form(c):
    s = c.staff('arch')
    lines = [c.L('Nom de l’usager : ____________________', 'Patient name: ____________________'), c.L('NAM : ____ ____ ____', 'RAMQ: ____ ____ ____'),
             c.L('Date de naissance : AAAA-MM-JJ', 'Date of birth: YYYY-MM-DD'), c.L('Documents demandés : [ ] notes [ ] imagerie [ ] laboratoires', 'Documents requested: [ ] notes [ ] imaging [ ] labs'),
             c.L('Signature : ____________', 'Signature: ____________')]
    pdf = make_pdf(c.L('Formulaire AH-216 - Autorisation de communication', 'Form AH-216 - Release authorization'), lines)
    text = '%s\n\n%s\n\n%s' % (c.L('Bonjour,', 'Hello,'), c.typo(c.L('Voici le formulaire vierge à faire signer par l’usager avant toute demande d’accès au dossier.',
                                                                    'Here is the blank form the patient must sign before any records request.')), c.sig(s))
    return 'blank_form', M(c.L('Formulaire d’autorisation (vierge)', 'Authorization form (blank)'), text, s, [ext_addr(c, c.pick(['law', 'ins']), 'info')],
                           atts=[('AH-216_vierge.pdf', 'application/pdf', pdf)], note='blank form')


def n_teaching(c):
    s = c.staff(c.pick(['neuro', 'rhum', 'inf']))
    spec = s[4]
    d = c.pick(SPEC[spec]['dx'])
    m = c.pick(SPEC[spec]['med'])
    l = c.pick(SPEC[spec]['lab'])
    a = c.rng.randint(25, 85)
    case = c.L('Cas clinique (anonymisé) : %s de %d ans, connu pour HTA, se présente avec %s. Bilan : %s. Traitement : %s. Questions : 1) diagnostic différentiel? 2) suivi?' %
               (c.pick(['Homme', 'Femme']), a, d[0], l[0], m[0]),
               'Teaching case (de-identified): %d-year-old %s with hypertension presents with %s. Workup: %s. Treatment: %s. Questions: 1) differential? 2) follow-up?' %
               (a, c.pick(['man', 'woman']), d[1], l[1], m[1]))
    text = '%s\n\n%s\n\n%s\n\n%s' % (c.L('Bonjour les résidents,', 'Hi residents,'), c.typo(c.L('Pour la club de lecture de jeudi :', 'For Thursday’s journal club:')), case, c.sig(s))
    atts = [('cas_clinique.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx(c.L('Cas clinique', 'Teaching case'), [case]))] if c.chance(0.4) else []
    return 'teaching_case', M(c.L('Cas clinique - club de lecture', 'Teaching case - journal club'), text, s, [ext_addr(c, 'chu', 'residents-med')], atts=atts, note='anonymised case')


def n_invoice(c):
    s = ('Comptes recevables', '', '', '', 'sup', 'sup')
    inv = 'F-%d' % c.rng.randint(100000, 999999)
    po = '45%08d' % c.rng.randint(0, 99999999)
    amt = c.rng.randint(1000, 90000) + c.rng.randint(0, 99) / 100
    text = '\n'.join([c.L('Bonjour,', 'Hello,'), '', c.L('Facture %s - bon de commande %s' % (inv, po), 'Invoice %s - PO %s' % (inv, po)),
                      c.L('Montant : %.2f $ (TPS 12345 6789 RT0001, TVQ 1234567890 TQ0001)' % amt, 'Amount: $%.2f (GST 12345 6789 RT0001, QST 1234567890 TQ0001)' % amt),
                      c.L('Articles : implants orthopédiques, ciment osseux, kits d’injection intravitréenne.', 'Items: orthopaedic implants, bone cement, intravitreal injection kits.'),
                      c.L('Paiement net 30 jours.', 'Payment net 30 days.'), '', 'Distribution MédiBoréal', '1-800-555-0142'])
    pdf = make_pdf(c.L('Facture ', 'Invoice ') + inv, text.split('\n'))
    return 'invoice', M(c.L('Facture ', 'Invoice ') + inv, text, ('MédiBoréal - Comptes recevables', 'ar@mediboreal.example'), [ext_addr(c, 'chu', 'comptes-payables')],
                        atts=[('%s.pdf' % inv, 'application/pdf', pdf)], note='invoice')


def n_assets(c):
    s = c.staff(c.pick(['sup', 'ti']))
    rows = [[c.L('Équipement', 'Equipment'), c.L('No série', 'Serial'), c.L('Actif', 'Asset tag'), c.L('Local', 'Room'), c.L('Entretien préventif', 'PM due')]]
    eq = ['Pompe volumétrique', 'Moniteur NIHSS/EEG', 'OCT Spectralis', 'Audiomètre', 'Tour d’arthroscopie', 'Lampe à fente', 'Échographe']
    eqe = ['Infusion pump', 'EEG monitor', 'Spectralis OCT', 'Audiometer', 'Arthroscopy tower', 'Slit lamp', 'Ultrasound']
    for _ in range(c.rng.randint(4, 8)):
        i = c.rng.randrange(len(eq))
        rows.append([eq[i] if c.fr else eqe[i], gen_sin(c.rng) if c.chance(0.5) else luhn_number(c.rng, 10), 'GBM-%05d' % c.rng.randint(0, 99999),
                     '%s-%d' % (c.pick('ABCD'), c.rng.randint(1000, 4999)), c.date().date().isoformat()])
    xl = make_xlsx('Inventaire', rows)
    text = '%s\n\n%s\n\n%s' % (c.L('Bonjour,', 'Hi,'), c.typo(c.L('Inventaire du génie biomédical à valider (numéros de série en PJ).', 'Biomedical engineering inventory to validate (serials attached).')), c.sig(s))
    return 'asset_inventory', M(c.L('Inventaire GBM', 'Biomed inventory'), text, s, [ext_addr(c, 'chu', 'gbm')],
                                atts=[('inventaire_GBM.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xl)], note='serial numbers')


def n_ethics_notice(c):
    s = c.staff('eth')
    prots = ['CÉR-2024-%03d' % c.rng.randint(1, 300) for _ in range(3)]
    text = '\n'.join([c.L('Bonjour aux membres du CÉR,', 'Dear REB members,'), '', c.typo(c.L('Ordre du jour de la réunion du %s :' % fmt_date(c, c.date()),
                                                                                              'Agenda for the meeting of %s:' % fmt_date(c, c.date()))),
                      c.L('1. Adoption du procès-verbal', '1. Approval of minutes'),
                      c.L('2. %s - essai de phase III, ténectéplase vs altéplase (AVC)' % prots[0], '2. %s - phase III trial, tenecteplase vs alteplase (stroke)' % prots[0]),
                      c.L('3. %s - registre de polyarthrite rhumatoïde, amendement' % prots[1], '3. %s - rheumatoid arthritis registry, amendment' % prots[1]),
                      c.L('4. %s - étude qualitative en service social' % prots[2], '4. %s - qualitative social work study' % prots[2]),
                      c.L('5. Rapport annuel : 14 EIG déclarés, aucun non attendu.', '5. Annual report: 14 SAEs reported, none unexpected.'), '', c.sig(s)])
    return 'ethics_notice', M(c.L('CÉR - ordre du jour', 'REB - agenda'), text, s, [ext_addr(c, 'chu', 'cer-membres')], note='committee notice')


def n_job(c):
    s = ('Ressources humaines', '', '', '', 'hr', 'chu')
    post = c.pick([c.L('Travailleur(euse) social(e) - neurologie', 'Social worker - neurology'), c.L('Infirmier(ère) clinicien(ne) - clinique AVC', 'Clinical nurse - stroke clinic'),
                   c.L('Archiviste médical(e) - accès à l’information', 'Health records technician - release of information'),
                   c.L('Technicien(ne) en orthèses', 'Orthotics technician')])
    text = '\n'.join([c.L('Affichage interne no ', 'Internal posting # ') + 'AFF-%05d' % c.rng.randint(0, 99999), '', post,
                      c.L('Poste permanent temps complet, jour. Échelle salariale selon la convention collective.', 'Permanent full-time, days. Salary per collective agreement.'),
                      c.L('Exigences : membre de l’ordre professionnel, bilinguisme un atout.', 'Requirements: member of the professional order, bilingualism an asset.'),
                      c.L('Date limite : ', 'Deadline: ') + fmt_date(c, c.date()), '', 'rh@chuchamplain.example'])
    return 'job_posting', M(c.L('Affichage : ', 'Posting: ') + post, text, 'Ressources humaines <rh@chuchamplain.example>', [ext_addr(c, 'chu', 'tout-le-personnel')], note='job posting')


def n_facilities(c):
    s = ('Services techniques', '', '', '', 'fac', 'chu')
    text = '\n'.join([c.L('Avis aux unités', 'Notice to units'), '', c.typo(c.pick([
        c.L('L’ascenseur 4 du pavillon A sera hors service le %s de 8 h à 16 h. Les transports de patients emprunteront l’ascenseur 2.' % fmt_date(c, c.date()),
            'Elevator 4 in Pavilion A is out of service on %s, 8 a.m. to 4 p.m. Patient transport will use elevator 2.' % fmt_date(c, c.date())),
        c.L('Coupure d’eau chaude au 6e (ORL/ophtalmo) pour travaux de plomberie.', 'Hot water shut-off on 6th floor (ENT/ophtho) for plumbing work.'),
        c.L('Essai de la génératrice dimanche à 6 h : bref passage sur l’alimentation d’urgence.', 'Generator test Sunday 6 a.m.: brief switch to emergency power.')])),
        '', c.L('Services techniques - poste 5555', 'Facilities - ext. 5555')])
    return 'facilities', M(c.L('Avis : travaux', 'Notice: maintenance'), text, 'Services techniques <services.techniques@chuchamplain.example>', [ext_addr(c, 'chu', 'chefs-unite')], note='facilities')


def n_roi_policy(c):
    s = c.staff('arch')
    text = '\n'.join([c.L('Bonjour,', 'Hello,'), '', c.typo(c.L('Mise à jour de la procédure d’accès à l’information (archives médicales) :', 'Update to the release-of-information procedure (health records):')),
                      c.L('- délai de traitement cible : 20 jours', '- target turnaround: 20 days'),
                      c.L('- frais de reproduction : 0,40 $/page, max 40 $ pour les assureurs', '- copy fees: $0.40/page, max $40 for insurers'),
                      c.L('- toute demande doit inclure le formulaire AH-216 signé et une pièce d’identité', '- every request must include signed form AH-216 and ID'),
                      c.L('- ne jamais transmettre de NAM ou de diagnostic par courriel non chiffré', '- never send a health number or diagnosis by unencrypted e-mail'),
                      '', c.sig(s)])
    return 'records_policy', M(c.L('Procédure accès à l’information', 'ROI procedure'), text, s, [ext_addr(c, 'chu', 'archives')], note='policy')


def n_directory(c):
    s = c.staff('admin')
    rows = [[c.L('Médecin', 'Physician'), c.L('Champ d’intérêt', 'Interest'), c.L('Clinique', 'Clinic')]]
    for st, fr, en in [(STAFF[0], 'épilepsie, EEG', 'epilepsy, EEG'), (STAFF[1], 'AVC, thrombectomie', 'stroke, thrombectomy'), (STAFF[2], 'sclérose en plaques', 'multiple sclerosis'),
                       (STAFF[8], 'polyarthrite, lupus', 'RA, lupus'), (STAFF[9], 'VIH, hépatites', 'HIV, hepatitis'), (STAFF[6], 'DMLA, rétine', 'AMD, retina'),
                       (STAFF[7], 'surdité, cancer tête et cou', 'hearing loss, head and neck cancer')]:
        rows.append([c.disp(st), fr if c.fr else en, '418-555-0%03d' % c.rng.randint(100, 199)])
    text = '%s\n\n%s\n\n%s\n\n%s' % (c.L('Bonjour,', 'Hello,'), c.typo(c.L('Voici le guide de référence aux spécialistes mis à jour pour les GMF partenaires.', 'Updated specialist referral guide for partner clinics.')),
                                   text_table(rows), c.sig(s))
    return 'referral_guide', M(c.L('Guide de référence spécialistes', 'Specialist referral guide'), text, s, [ext_addr(c, 'gmf', 'medecins')],
                               html=text_to_html(c.L('Guide de référence :', 'Referral guide:')).replace('</body>', html_table(rows) + '</body>'), note='physicians and diseases')


def n_pharmacy(c):
    s = c.staff('pharm')
    spec = c.pick(list(SPEC))
    m = c.pick(SPEC[spec]['med'])
    text = '\n'.join([c.L('Bulletin pharmacie', 'Pharmacy bulletin'), '', c.typo(c.L('Pénurie : %s. Substitution automatique approuvée par le comité de pharmacologie jusqu’au %s.' % (m[0], fmt_date(c, c.date())),
                                                                             'Shortage: %s. Automatic substitution approved by P&T until %s.' % (m[1], fmt_date(c, c.date())))),
                      c.L('Lot rappelé : %s (fabricant). Retourner les stocks à la pharmacie.' % luhn_number(c.rng, 9), 'Recalled lot: %s (manufacturer). Return stock to pharmacy.' % luhn_number(c.rng, 9)),
                      '', c.sig(s)])
    return 'pharmacy_bulletin', M(c.L('Pénurie de médicament', 'Drug shortage'), text, s, [ext_addr(c, 'chu', 'prescripteurs')], note='drug shortage')


def n_lab_qc(c):
    s = ('Laboratoire - biochimie', '', '', '', 'lab', 'chu')
    rows = [['Analyte', c.L('Niveau', 'Level'), c.L('Moyenne', 'Mean'), 'CV %', 'Lot']]
    for a in ['CRP', 'ALT', c.L('Créatinine', 'Creatinine'), 'HbA1c', 'INR']:
        rows.append([a, c.pick(['1', '2']), '%.1f' % (c.rng.random() * 100), '%.1f' % (c.rng.random() * 5), luhn_number(c.rng, 8)])
    text = '%s\n\n%s\n\n%s\n\n%s' % (c.L('Bonjour,', 'Hello,'), c.typo(c.L('Résultats du contrôle de qualité interne (matériel de contrôle, aucun échantillon patient) :',
                                                                          'Internal QC results (control material, no patient samples):')), text_table(rows),
                                   c.L('Laboratoire de biochimie', 'Clinical chemistry lab'))
    return 'lab_qc', M(c.L('CQ interne - biochimie', 'Internal QC - chemistry'), text, 'Biochimie <biochimie@chuchamplain.example>', [ext_addr(c, 'chu', 'labo-qualite')], note='lab QC')


def n_ipc(c):
    s = c.staff('inf')
    rows = [[c.L('Unité', 'Unit'), c.L('Cas', 'Cases'), c.L('Statut', 'Status')]]
    org = c.pick([c.L('C. difficile', 'C. difficile'), 'SARM' if c.fr else 'MRSA', 'ERV' if c.fr else 'VRE', 'Influenza A'])
    for u in ['5 Nord', '6 Sud', '7 Est', c.L('Urgence', 'ED')]:
        rows.append([u, c.rng.randint(0, 5), c.pick([c.L('éclosion', 'outbreak'), c.L('surveillance', 'surveillance'), c.L('terminée', 'over')])])
    text = '%s\n\n%s\n\n%s\n\n%s' % (c.L('Bonjour,', 'Hello,'), c.typo(c.L('Point de situation PCI - %s :' % org, 'IPC situation update - %s:' % org)), text_table(rows), c.sig(s))
    return 'ipc_bulletin', M(c.L('PCI - éclosion ', 'IPC - outbreak ') + org, text, s, [ext_addr(c, 'chu', 'gestionnaires')], note='outbreak counts')


def n_sw_team(c):
    s = c.staff('ts')
    text = '\n'.join([c.L('Bonjour l’équipe,', 'Hi team,'), '', c.typo(c.L('Rencontre d’équipe du service social jeudi 13 h. Ordre du jour : charge de cas (moyenne 24 dossiers/t.s.), ressources d’hébergement, nouvelle procédure DPJ.',
                                                                       'Social work team meeting Thursday 1 p.m. Agenda: caseload (avg 24 files per SW), housing resources, new youth protection procedure.')),
                      '', c.L('Ressources utiles :', 'Useful resources:'), c.L('- Maison d’hébergement Le Refuge-Bleu : 418-555-0177', '- Le Refuge-Bleu shelter: 418-555-0177'),
                      c.L('- Ligne SOS violence conjugale (fictive) : 1-800-555-0133', '- Domestic violence line (fictional): 1-800-555-0133'), '', c.sig(s)])
    return 'social_work_team', M(c.L('Rencontre d’équipe service social', 'Social work team meeting'), text, s, [ext_addr(c, 'chu', 'service-social')], note='team meeting')


def n_archives_transfer(c):
    s = c.staff('arch')
    rows = [[c.L('Boîte', 'Box'), c.L('Contenu', 'Contents'), c.L('Années', 'Years'), c.L('Destruction prévue', 'Destruction date')]]
    for _ in range(c.rng.randint(4, 8)):
        y = c.rng.randint(1995, 2010)
        rows.append(['B-%06d' % c.rng.randint(0, 999999), c.pick([c.L('dossiers inactifs A-C', 'inactive charts A-C'), c.L('dossiers inactifs D-G', 'inactive charts D-G'),
                                                                   c.L('registres d’admission', 'admission registers')]), '%d-%d' % (y, y + 2), str(y + 30)])
    atts = [('transfert_boites.csv', 'text/csv', make_csv(rows, ';'))]
    text = '%s\n\n%s\n\n%s' % (c.L('Bonjour,', 'Hello,'), c.typo(c.L('Bordereau de transfert des boîtes vers l’entrepôt de Saint-Augustin (aucune liste nominative).',
                                                                    'Box transfer slip to the Saint-Augustin warehouse (no patient list).')), c.sig(s))
    return 'archives_transfer', M(c.L('Transfert de boîtes - archives', 'Archive box transfer'), text, s, [ext_addr(c, 'chu', 'archives')], atts=atts, note='box numbers')


def n_research(c):
    s = c.staff(c.pick(['neuro', 'rhum', 'oph']))
    spec = s[4]
    d = c.pick(SPEC[spec]['dx'])
    text = '\n'.join([c.L('Bonjour,', 'Hello,'), '', c.typo(c.L('Nous recrutons pour une étude sur %s. Critères : 18-80 ans, diagnostic confirmé depuis moins de 2 ans. À ce jour : %d participants recrutés sur %d.' % (d[0], c.rng.randint(10, 90), 120),
                                                                 'We are recruiting for a study on %s. Criteria: age 18-80, diagnosis within 2 years. To date: %d of %d enrolled.' % (d[1], c.rng.randint(10, 90), 120))),
                      c.L('Référez-nous vos patients admissibles via le formulaire sur l’intranet.', 'Refer eligible patients via the intranet form.'), '', c.sig(s)])
    return 'research_recruitment', M(c.L('Recrutement - étude ', 'Recruitment - study ') + (d[0] if c.fr else d[1]).split(',')[0], text, s, [ext_addr(c, 'chu', 'medecins')], note='recruitment criteria')


def n_clinic_template(c):
    s = c.staff(c.pick(['oph', 'orl', 'rhum']))
    rows = [[c.L('Plage', 'Slot'), c.L('Type', 'Type'), c.L('Local', 'Room'), c.L('Personnel', 'Staff')]]
    for h in range(8, 12):
        rows.append(['%02d:00' % h, c.pick([c.L('Nouveau', 'New'), c.L('Suivi', 'Follow-up'), 'IVT', c.L('Audiologie', 'Audiology')]),
                     'B-2%02d' % c.rng.randint(1, 40), c.pick(['K. Dufour', 'M.-A. Giguère', 'technicienne OCT', 'audiologiste'])])
    text = '%s\n\n%s\n\n%s\n\n%s' % (c.L('Bonjour,', 'Hi,'), c.typo(c.L('Gabarit de clinique pour l’automne (sans rendez-vous assignés) :', 'Clinic template for the fall (no bookings yet):')), text_table(rows), c.sig(s))
    return 'clinic_template', M(c.L('Gabarit clinique', 'Clinic template'), text, s, [contact_tuple(c, c.staff('admin'))], note='template')


def n_reply_admin(c):
    s, r = c.staff(), c.staff()
    old = c.pick([c.L('Peux-tu réserver la salle A-3105 pour la réunion du comité de pharmacologie mardi 8 h?', 'Can you book room A-3105 for the P&T meeting Tuesday 8 a.m.?'),
                  c.L('As-tu reçu les nouveaux formulaires de consentement pour la clinique AVC?', 'Did you get the new consent forms for the stroke clinic?'),
                  c.L('Il manque des ordinateurs portables pour les résidents en ORL.', 'We are short of laptops for the ENT residents.')])
    new = c.pick([c.L('C’est fait, confirmation envoyée.', 'Done, confirmation sent.'), c.L('Oui, reçus ce matin. Je les dépose au secrétariat.', 'Yes, got them this morning. Dropping them at the office.'),
                  c.L('J’ai ouvert un billet TI.', 'I opened an IT ticket.')])
    text = '%s\n\n%s\n\n%s' % (c.typo(new), c.sig(s), quote(c, old, c.disp(r), c.date()))
    return 'admin_reply', M(c.L('RE: ', 'RE: ') + c.L('demande', 'request'), text, s, [contact_tuple(c, r)], headers={'In-Reply-To': '<prev.%08x@chuchamplain.example>' % c.rng.getrandbits(32)}, note='admin reply')


def n_forward_admin(c):
    s, o = c.staff(), c.staff('ti')
    inner = c.L('Maintenance du DPE samedi de 1 h à 5 h. Mode dégradé : utiliser les formulaires papier. Les résultats de laboratoire seront imprimés aux unités.',
                'EHR maintenance Saturday 1-5 a.m. Downtime mode: use paper forms. Lab results will print on units.')
    eml = inner_eml(c, c.L('Maintenance DPE', 'EHR maintenance'), inner, o, 'tout-le-personnel@chuchamplain.example')
    text = '%s\n\n%s' % (c.L('Pour info, à diffuser aux équipes de nuit.', 'FYI, please share with night shift.'), c.sig(s))
    return 'admin_forward', M(c.L('TR: Maintenance DPE', 'FW: EHR maintenance'), text, s, [contact_tuple(c, c.staff())], atts=[('Maintenance.eml', 'message/rfc822', eml)], note='forwarded IT notice')


def n_zip_admin(c):
    s = c.staff(c.pick(['admin', 'qual']))
    doc = make_docx(c.L('Politique de gestion des archives', 'Records management policy'),
                    [c.L('Conservation : dossiers actifs 10 ans après la dernière visite.', 'Retention: active charts 10 years after last visit.'),
                     c.L('Destruction : déchiquetage certifié.', 'Destruction: certified shredding.')])
    xl = make_xlsx('Budget', [[c.L('Poste', 'Line'), c.L('Montant', 'Amount')], [c.L('Numérisation', 'Scanning'), 125000], [c.L('Entreposage', 'Storage'), 48000]])
    z = make_zip([('politique_archives.docx', doc), ('budget_2024.xlsx', xl)])
    text = '%s\n\n%s\n\n%s' % (c.L('Bonjour,', 'Hello,'), c.typo(c.L('Documents pour le comité de direction en pièce jointe.', 'Documents for the management committee attached.')), c.sig(s))
    return 'admin_zip', M(c.L('Documents comité de direction', 'Management committee documents'), text, s, [ext_addr(c, 'chu', 'direction')],
                          atts=[('documents_CD.zip', 'application/zip', z)], note='policy and budget zip')


def n_vcard_staff(c):
    s = c.staff()
    rep = c.pick([('Gagnon', 'Sylvie', 'Représentante, MédiBoréal', 'mediboreal.example'), ('Taylor', 'John', 'Account manager, OptiVision', 'optivision.example'),
                  ('Lessard', 'Marc', 'Conseiller, Assurances Boréalis', 'borealis-assur.example')])
    vcf = make_vcf('%s %s' % (rep[1], rep[0]), rep[0], rep[1], '1-800-555-01%02d' % c.rng.randint(0, 99), email_='%s.%s@%s' % (rep[1].lower(), rep[0].lower(), rep[3]),
                   org=rep[2].split(', ')[1], title=rep[2].split(', ')[0])
    text = '%s\n\n%s\n\n%s' % (c.L('Bonjour,', 'Hi,'), c.typo(c.L('Voici les coordonnées de notre nouveau représentant fournisseur.', 'Here are the contact details of our new vendor rep.')), c.sig(s))
    return 'vendor_vcard', M(c.L('Coordonnées représentant', 'Vendor rep contact'), text, s, [contact_tuple(c, c.staff())], atts=[('%s.vcf' % rep[0], 'text/vcard', vcf)], note='vendor vcard')


def n_ics_meeting(c):
    s = c.staff()
    start = c.date().replace(minute=0)
    topic = c.pick([c.L('Comité des dossiers médicaux', 'Health records committee'), c.L('Revue de mortalité et morbidité - neurologie', 'Neurology M&M rounds'),
                    c.L('Comité d’éthique clinique', 'Clinical ethics committee'), c.L('Rencontre bloc opératoire - planification', 'OR planning meeting')])
    ics = make_ics('mtg%08x@chuchamplain.example' % c.rng.getrandbits(32), start, 60, topic, 'A-3105 / Teams', c.L('Ordre du jour à venir.', 'Agenda to follow.'), c.addr_of(s))
    text = '%s\n\n%s' % (c.L('Invitation à la réunion.', 'Meeting invitation.'), c.sig(s))
    return 'meeting_invite', M(topic, text, s, [ext_addr(c, 'chu', 'comite')], atts=[('reunion.ics', 'text/calendar', ics)], note='staff meeting invite')


def n_staff_injury(c):
    s = c.staff('admin')
    emp = c.staff()
    text = '\n'.join([c.greet(c.staff('qual')), '', c.typo(c.L('Déclaration d’incident AH-223 : une préposée s’est blessée au dos lors d’un transfert au 5e. Aucun usager impliqué. Analyse ergonomique demandée.',
                                                          'Incident report AH-223: an orderly hurt her back during a transfer on 5th floor. No patient involved. Ergonomic review requested.')),
                      c.L('Déclarant : ', 'Reported by: ') + emp[0], '', c.sig(s)])
    return 'incident_staff', M(c.L('Déclaration AH-223', 'Incident report AH-223'), text, s, [contact_tuple(c, c.staff('qual'))], note='staff incident')


NEG_GENS = [n_or_rooms, n_supply, n_it, n_parking, n_foundation, n_cme, n_newsletter, n_oncall, n_hr_leave, n_occ_health, n_stats,
            n_blank_form, n_teaching, n_invoice, n_assets, n_ethics_notice, n_job, n_facilities, n_roi_policy, n_directory,
            n_pharmacy, n_lab_qc, n_ipc, n_sw_team, n_archives_transfer, n_research, n_clinic_template, n_reply_admin,
            n_forward_admin, n_zip_admin, n_vcard_staff, n_ics_meeting, n_staff_injury]

# =========================================================================== driver
def sender_fix(c, m):
    s = m.sender
    if isinstance(s, tuple) and len(s) == 2:
        m.sender = addr_hdr(s[0], s[1], 'utf-8')
    return m


def plan(rng, gens, n, n_en):
    per = n // len(gens)
    lst = [g for g in gens for _ in range(per)]
    lst += rng.sample(gens, n - len(lst))
    rng.shuffle(lst)
    langs = ['en'] * n_en + ['fr'] * (n - n_en)
    rng.shuffle(langs)
    return list(zip(lst, langs))


def part_texts(part, out):
    """Decode every leaf part (recursively into message/rfc822, zip, docx, xlsx); append text to out."""
    if part.is_multipart():
        for sub in part.iter_parts():
            part_texts(sub, out)
        return
    ctype = part.get_content_type()
    if ctype == 'message/rfc822':
        part_texts(part.get_content(), out)
        return
    content = part.get_content()
    fn = part.get_filename()
    if fn:
        out.append(fn)
    if isinstance(content, str):
        out.append(content)
    else:
        blob_texts(fn or '', content, out)


def blob_texts(name, data, out):
    if data[:2] == b'PK':
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            assert z.testzip() is None
            for n in z.namelist():
                out.append(n)
                blob_texts(n, z.read(n), out)
    elif data[:4] == b'%PDF':
        import zlib
        chunks = [data]
        for m in re.finditer(rb'stream\r?\n(.*?)endstream', data, re.S):
            try:
                chunks.append(zlib.decompress(m.group(1)))
            except zlib.error:
                try:
                    import base64
                    chunks.append(zlib.decompress(base64.a85decode(m.group(1).strip(), adobe=True)))
                except Exception:
                    pass
        out.append(re.sub(r'\\(.)', r'\1', b'\n'.join(chunks).decode('latin-1')))
    else:
        out.append(data.decode('utf-8', 'replace'))


def norm(s):
    return re.sub(r'[^0-9a-z]', '', s.lower())


def self_check(out_dir, labels, people):
    files = sorted(os.path.relpath(os.path.join(dp, f), out_dir).replace(os.sep, '/')
                   for d in ('positive', 'negative') for dp, _, fs in os.walk(os.path.join(out_dir, d)) for f in fs)
    assert files == sorted(labels), 'labels do not cover exactly the files'
    nams = [p['nam'].lower() for p in people]
    fullnames = [norm(p['giv'] + p['sur']) for p in people] + [norm(p['sur'] + p['giv']) for p in people]
    counts = {'positive': 0, 'negative': 0, 'fr': 0, 'en': 0}
    for f in files:
        lab = labels[f]
        with open(os.path.join(out_dir, f), 'rb') as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        texts = [str(msg['Subject']), str(msg['From']), str(msg['To'])]
        part_texts(msg, texts)
        blob = norm(' '.join(texts))
        if f.startswith('positive/'):
            assert lab['confidential'] is True and len(lab['types']) >= 1, f
            if 'ramq_nam' in lab['types']:
                assert any(n in blob for n in nams), 'NAM missing in ' + f
            counts['positive'] += 1
        else:
            assert lab['confidential'] is False and lab['types'] == [], f
            assert not any(n in blob for n in nams), 'NAM in negative ' + f
            assert not any(n in blob for n in fullnames), 'patient name in negative ' + f
            counts['negative'] += 1
        counts[lab['lang']] += 1
    return counts


def digest(out_dir):
    h = hashlib.sha256()
    rels = ['labels.json'] + sorted(os.path.relpath(os.path.join(dp, f), out_dir).replace(os.sep, '/')
                                    for d in ('positive', 'negative') for dp, _, fs in os.walk(os.path.join(out_dir, d)) for f in fs)
    for r in rels:
        with open(os.path.join(out_dir, r), 'rb') as fh:
            b = fh.read()
        h.update(r.encode() + b'\0' + hashlib.sha256(b).digest())
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--seed', type=int, default=3333)
    ap.add_argument('--out', default=HERE)
    a = ap.parse_args()
    out = a.out
    people = load_people(random.Random('%d-people' % a.seed))
    master = random.Random(a.seed)
    labels = {}
    for kind, gens, n, n_en, prefix in (('positive', POS_GENS, N_POS, 36, 'p'), ('negative', NEG_GENS, N_NEG, 54, 'n')):
        d = os.path.join(out, kind)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
        for i, (gen, lang) in enumerate(plan(master, gens, n, n_en), 1):
            c = Ctx(random.Random('%d-%s-%d' % (a.seed, kind, i)), lang, people, kind == 'positive')
            cat, m = gen(c)
            sender_fix(c, m)
            raw = build(c, m, c.rng.getrandbits(32))
            rel = '%s/%s%03d_%s.eml' % (kind, prefix, i, cat)
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(raw)
            types = sorted(c.types) if kind == 'positive' else []
            if kind == 'negative':
                assert not c.types, (gen.__name__, c.types)
            labels[rel] = {'confidential': kind == 'positive', 'types': types, 'lang': lang, 'note': m.note}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    counts = self_check(out, labels, people)
    print('positives=%(positive)d negatives=%(negative)d fr=%(fr)d en=%(en)d' % counts)
    for kind in ('positive', 'negative'):
        fr = sum(1 for k, v in labels.items() if k.startswith(kind) and v['lang'] == 'fr')
        print('  %s: fr=%d en=%d' % (kind, fr, sum(1 for k in labels if k.startswith(kind)) - fr))
    print('sha256', digest(out))


if __name__ == '__main__':
    main()
