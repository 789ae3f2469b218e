"""Helpers shared by the message templates (mailboxes, display names, report blocks)."""
import datetime as dt

import gen_attach as A
import gen_clinical as K
import gen_common as C
from gen_ctx import Ext, Staff

D = C.DOMAIN

BOXES = {
    'booking': (('Imagerie - Rendez-vous', 'Imaging Booking'), 'rendezvous.imagerie'),
    'mri': (('IRM - Coordination', 'MRI Coordination'), 'irm.coordination'),
    'breast': (('Centre de dépistage du sein', 'Breast Screening Centre'), 'depistage.sein'),
    'ir': (('Radiologie d\'intervention', 'Interventional Radiology'), 'radio.intervention'),
    'pacs': (('Soutien PACS', 'PACS Support'), 'pacs.soutien'),
    'records': (('Archives médicales - Imagerie', 'Imaging Health Records'), 'archives.imagerie'),
    'transport': (('Centrale de transport', 'Patient Transport Desk'), 'transport'),
    'all_tech': (('Technologues - Imagerie (liste)', 'Imaging Technologists (list)'), 'techno.imagerie'),
    'all_dept': (('Imagerie médicale - Tout le personnel', 'Medical Imaging - All Staff'), 'imagerie.tous'),
    'rads': (('Radiologistes HRVC', 'HRVC Radiologists'), 'radiologistes'),
    'billing': (('Facturation - Patients hors Québec', 'Billing - Out-of-province patients'), 'facturation.hq'),
    'quality': (('Gestion des risques', 'Risk Management'), 'gestion.risques'),
    'urgence': (('Urgence - Médecins', 'Emergency Physicians'), 'urgence.md'),
    'servicedesk': (('Centre de services TI', 'IT Service Desk'), 'servicedesk'),
    'comms': (('Communications HRVC', 'HRVC Communications'), 'communications'),
    'rh': (('Ressources humaines', 'Human Resources'), 'rh'),
}


def box(ctx, key, lang=None):
    lang = lang or ctx.lang
    names, local = BOXES[key]
    return (names[0] if lang == 'fr' else names[1], local + '@' + D)


def disp(ctx, x):
    """(display, address) for a person, with the display styles mail clients use."""
    r = ctx.rng.randint(0, 3)
    if r == 0:
        d = x.full()
    elif r == 1:
        d = '%s, %s' % (x.surname, x.given)
    elif r == 2 and getattr(x, 'is_md', False):
        d = x.titled(ctx.lang)
    else:
        d = x.full()
    return (d, x.addr)


def S(key):
    return Staff(key)


def finding(ctx, exam, i=None):
    """An imaging finding; records diagnosis and, for scored results, lab_result."""
    lst = exam['find_fr'] if ctx.fr else exam['find_en']
    f = lst[i % len(lst)] if i is not None else ctx.pick(lst)
    ctx.add('diagnosis')
    if 'RADS' in f or 'T-score' in f:
        ctx.add('lab_result')
    return f


def indication(ctx, exam, i=None):
    lst = exam['ind_fr'] if ctx.fr else exam['ind_en']
    ind = lst[i % len(lst)] if i is not None else ctx.pick(lst)
    ctx.add('diagnosis')
    if any(k in ind for k in ('APS', 'PSA', 'D-dim')):
        ctx.add('lab_result')
    return ind


def exam_name(ctx, exam, short=False):
    if short:
        return exam['fr_short'] if ctx.fr else exam['en_short']
    return exam['fr'] if ctx.fr else exam['en']


def accession(ctx):
    return '%s%02d-%07d' % (ctx.pick(['A', 'ACC', 'RX']), ctx.date.year % 100, ctx.rng.randint(100000, 9999999))


def report_fields(ctx, p, exam, id_kind='mrn', safe=True, with_dob=True, ref=None, name_style=None):
    """Header fields of a radiology report as (label, value) pairs."""
    fr = ctx.fr
    kv = [(('Patient' if fr else 'Patient'), ctx.name(p, name_style or ctx.pick(['sur_first', 'upper', 'sur_first_mixed'])))]
    if id_kind in ('mrn', 'both'):
        kv.append(('No dossier' if fr else 'MRN', ctx.mrn(p, safe=safe)))
    if id_kind in ('nam', 'both') and p.nam:
        kv.append(('NAM' if fr else 'RAMQ', ctx.nam(p, safe=safe)))
    if with_dob or p.nam:
        kv.append(('DDN' if fr else 'DOB', ctx.dob(p) + ('  Sexe : %s' % p.sex if fr else '  Sex: %s' % p.sex)))
    kv.append(('Examen' if fr else 'Exam', exam_name(ctx, exam)))
    kv.append(('Date', ctx.fdate(ctx.past_day(0, 6), 'iso')))
    kv.append(('No accès' if fr else 'Accession', accession(ctx)))
    if ref is not None:
        kv.append(('Médecin référent' if fr else 'Referring physician', ref.titled(ctx.lang)))
    return kv


def report_body(ctx, exam, rad, contrast=None):
    fr = ctx.fr
    ind = indication(ctx, exam)
    find = finding(ctx, exam)
    lines = [('Indication : ' if fr else 'Indication: ') + ind]
    tech = ('Technique : ' if fr else 'Technique: ')
    if contrast is None:
        contrast = exam['contrast'] is not None and ctx.chance(0.6)
    if contrast:
        ctx.add('medication')
        agent = (K.CONTRAST_FR if fr else K.CONTRAST_EN)[exam['contrast']]
        tech += ('séquences standard, avec injection de ' if fr else 'standard protocol with IV ') + agent + '.'
    else:
        tech += ('protocole standard, sans injection.' if fr else 'standard protocol, no contrast.')
    lines.append(tech)
    lines.append(('Constatations : ' if fr else 'Findings: ') + find)
    if fr:
        concl = ctx.pick(['Corrélation clinique suggérée.', 'Suivi recommandé selon les lignes directrices.',
                          'Discuté avec le médecin traitant.', 'Comparaison avec l\'examen antérieur : progression.'])
        lines.append('Opinion : ' + concl)
        lines.append('Dicté et signé électroniquement par %s le %s.' % (rad.titled('fr'), ctx.fdate(ctx.date.date(), 'iso')))
    else:
        concl = ctx.pick(['Clinical correlation recommended.', 'Follow-up as per guidelines.',
                          'Discussed with the referring physician.', 'Progression compared with prior study.'])
        lines.append('Impression: ' + concl)
        lines.append('Dictated and electronically signed by %s on %s.' % (rad.titled('en'), ctx.fdate(ctx.date.date(), 'iso')))
    return lines


def report_text(ctx, p, exam, rad, **kw):
    kv = report_fields(ctx, p, exam, **kw)
    head = 'RAPPORT D\'IMAGERIE' if ctx.fr else 'IMAGING REPORT'
    out = [head, C.ORG_FR if ctx.fr else C.ORG_EN, '']
    out += ['%s : %s' % (k, v) if ctx.fr else '%s: %s' % (k, v) for k, v in kv]
    out.append('')
    out += report_body(ctx, exam, rad)
    return '\n'.join(out), kv


def report_pdf(ctx, p, exam, rad, **kw):
    kv = report_fields(ctx, p, exam, safe=True, **kw)
    body = report_body(ctx, exam, rad)
    blocks = [('h', 'RAPPORT D\'IMAGERIE MÉDICALE' if ctx.fr else 'MEDICAL IMAGING REPORT'),
              ('small', '%s - %s\n%s - Tél. %s' % (C.DEPT_FR, C.ORG_FR, C.ORG_ADDR, C.ORG_MAIN_PHONE)),
              ('kv', kv), ('p', '\n'.join(body)),
              ('small', 'Document confidentiel' if ctx.fr else 'Confidential document')]
    return A.make_pdf('Rapport' if ctx.fr else 'Report', blocks)


def fname_name(ctx, p, upper=True):
    """A patient name as it appears in attachment file names."""
    ctx.add('patient_name')
    s = p.surname.upper() if upper else p.surname
    s = s.replace(' ', '-').replace("'", '')
    return '%s_%s' % (s, p.given.replace(' ', '-'))


def reply_subject(ctx, subject, n=1):
    pre = ctx.pick(['RE: ', 'Re: ', 'TR: ' if ctx.fr else 'FW: ']) if n else ''
    return pre + subject


def thread_headers(ctx, prev_date):
    mid = '<%s.%06x@%s>' % (prev_date.strftime('%Y%m%d%H%M%S'), ctx.rng.getrandbits(24), D)
    return [('In-Reply-To', mid), ('References', mid)]


def earlier(ctx, minutes_lo=20, minutes_hi=600):
    return ctx.date - dt.timedelta(minutes=ctx.rng.randint(minutes_lo, minutes_hi))


def kv_text(ctx, kv):
    sep = ' : ' if ctx.fr else ': '
    return '\n'.join('%s%s%s' % (k, sep, v) for k, v in kv)
