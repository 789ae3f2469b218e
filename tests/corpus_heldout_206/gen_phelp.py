"""Helpers for positive messages: every identifying or clinical element is recorded on the Mail."""
import datetime

from gen_common import (fmt_dob, fmt_nam, fmt_niss, fmt_nir, fmt_ohn, fmt_sin, make_mrn,
                        make_niss, make_nir, make_ohn, make_sin, name_variant, staff_addr,
                        partner_addr, msg_date, PatientFactory)

NAM_STYLES = ['plain', 'upper_comma', 'comma', 'lower', 'upper_first', 'sur_first']


class Ctx:
    def __init__(self):
        self.pf = PatientFactory()


def use_name(m, rng, p, styles=None, lang=None):
    if p.nam and styles is None:
        styles = NAM_STYLES
    s = name_variant(rng, p, lang or m.lang, styles)
    m.types.add('patient_name')
    m.names.append(s)
    return s


def full_name(m, p):
    m.types.add('patient_name')
    m.names.append(p.full)
    return p.full


def use_dob(m, rng, p, lang=None):
    s = fmt_dob(rng, p.dob, lang or m.lang)
    m.types.add('date_of_birth')
    m.dob_strings.append(s)
    return s


def use_nam(m, rng, p, allow_fw=True):
    assert p.nam
    s = fmt_nam(rng, p.nam, allow_fw)
    m.add_id('ramq_nam', p.nam, s)
    if p not in m.nam_people:
        m.nam_people.append(p)
    return s


def sex_word(p, lang):
    if lang == 'fr':
        return 'F' if p.sex == 'F' else 'M'
    return 'F' if p.sex == 'F' else 'M'


def use_sin(m, rng, allow_fw=True):
    v = make_sin(rng)
    s = fmt_sin(rng, v, allow_fw)
    m.add_id('ca_sin', v, s)
    return s


def use_ohn(m, rng, allow_fw=True):
    v = make_ohn(rng)
    s = fmt_ohn(rng, v, allow_fw)
    m.add_id('ca_health_number', v, s)
    return s


def use_niss(m, rng, p):
    v = make_niss(rng, p.dob, p.sex)
    s = fmt_niss(rng, v)
    m.add_id('be_niss', v, s)
    return s


def use_nir(m, rng, p):
    v = make_nir(rng, p.dob, p.sex)
    s = fmt_nir(rng, v)
    m.add_id('fr_nir', v, s)
    return s


def use_mrn(m, rng):
    v = make_mrn(rng)
    m.add_id('mrn', v, v)
    return v


QC_STREETS = ['rue des Peupliers', 'chemin du Lac-Vert', 'rue Saint-Jacques-Ouest', 'rang Sainte-Anne',
              'avenue des Érables', 'rue du Moulin', 'boulevard des Hêtres', 'rue Principale Nord',
              'montée du Coteau', 'rue des Pins-Gris']
QC_CITIES = ['Saint-Éloi-des-Plaines', 'Lac-aux-Sables-Nord', 'Pointe-Brûlée', 'Sainte-Hermine',
             'Notre-Dame-du-Portage-Ouest', 'Saint-Luc-de-Batiscan']
ON_STREETS = ['Maple Ridge Drive', 'Cedarview Road', 'Pinecrest Avenue', 'Greenbank Lane',
              'Hazeldean Court', 'Riverside Terrace']
ON_CITIES = ['Carp Valley', 'Manotick Falls', 'Kars Mills', 'Richmond Ridge']


def patient_phone(rng, region='qc'):
    ac = rng.choice(['819', '873', '450']) if region == 'qc' else rng.choice(['613', '343'])
    return '%s %s-01%02d' % (ac, '555', rng.randint(0, 99)) if rng.random() < 0.5 else \
        '(%s) 555-01%02d' % (ac, rng.randint(0, 99))


def patient_address(rng, region='qc'):
    if region == 'qc':
        num = rng.randint(12, 2890)
        st = rng.choice(QC_STREETS)
        city = rng.choice(QC_CITIES)
        pc = 'G%d%s %d%s%d' % (rng.randint(0, 9), rng.choice('ABCEGHJKLMNPRSTVXY'),
                               rng.randint(0, 9), rng.choice('ABCEGHJKLMNPRSTVXY'),
                               rng.randint(0, 9))
        return ('%d, %s' % (num, st), city, 'QC', pc)
    num = rng.randint(12, 2890)
    st = rng.choice(ON_STREETS)
    city = rng.choice(ON_CITIES)
    pc = 'K%d%s %d%s%d' % (rng.randint(0, 9), rng.choice('ABCEGHJKLMNPRSTVXY'),
                           rng.randint(0, 9), rng.choice('ABCEGHJKLMNPRSTVXY'),
                           rng.randint(0, 9))
    return ('%d %s' % (num, st), city, 'ON', pc)


def use_contact(m, rng, region='qc', phone=True, address=False):
    out = {}
    if phone:
        out['phone'] = patient_phone(rng, region)
    if address:
        out['address'] = patient_address(rng, region)
    m.types.add('patient_contact')
    return out


def addr_line(a):
    return '%s, %s (%s) %s' % a if a[2] == 'QC' else '%s, %s, %s %s' % a


def setup(m, rng, frm, to, cc=(), subject='', date=None):
    m.frm = frm
    m.to = list(to)
    m.cc = list(cc)
    m.subject = subject
    m.date = date or m.date or msg_date(rng)


def exam_day(m, rng, back=(1, 20)):
    d = m.date.date() - datetime.timedelta(days=rng.randint(*back))
    while d.weekday() > 4:
        d -= datetime.timedelta(days=1)
    return d


MSK = [('entorse lombaire', 'lumbar sprain'),
       ('tendinopathie de la coiffe des rotateurs droite', 'right rotator cuff tendinopathy'),
       ('épicondylite latérale gauche', 'left lateral epicondylitis'),
       ('syndrome du canal carpien bilatéral', 'bilateral carpal tunnel syndrome'),
       ('hernie discale L5-S1', 'L5-S1 disc herniation'),
       ('fracture du 5e métatarse gauche', 'fracture of the left 5th metatarsal'),
       ('entorse de la cheville droite grade II', 'grade II right ankle sprain'),
       ('contusion du genou gauche', 'left knee contusion'),
       ('entorse cervicale (whiplash)', 'cervical strain (whiplash)'),
       ('déchirure du ménisque interne droit', 'right medial meniscus tear'),
       ('ténosynovite de De Quervain', "De Quervain's tenosynovitis"),
       ('lacération profonde de la main gauche', 'deep laceration of the left hand')]

ANALG = [('naproxène 500 mg BID x 14 jours', 'naproxen 500 mg BID x 14 days'),
         ('cyclobenzaprine 10 mg HS', 'cyclobenzaprine 10 mg at bedtime'),
         ('acétaminophène 1 g QID PRN', 'acetaminophen 1 g QID PRN'),
         ('Voltaren Emulgel 2 % TID', 'Voltaren Emulgel 2% TID'),
         ('ibuprofène 400 mg TID avec repas', 'ibuprofen 400 mg TID with meals'),
         ('tramadol 50 mg q6h PRN (max 4 co/j)', 'tramadol 50 mg q6h PRN (max 4/day)'),
         ('célécoxib (Celebrex) 200 mg DIE', 'celecoxib (Celebrex) 200 mg daily')]


def pick(rng, seq, lang):
    x = rng.choice(seq)
    return x[0] if lang == 'fr' else x[1]
