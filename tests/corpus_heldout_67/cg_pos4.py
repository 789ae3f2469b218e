# -*- coding: utf-8 -*-
"""Positive templates, part 4: more foreign identifiers and a compensation claim."""
import cg_data as D
import cg_ids as I
import cg_mime as M
from cg_common import Types
from cg_pos1 import _inst


def p_belgian_allergy_docx(c):
    c.lang, c.fr = 'fr', True
    src = c._person_dict('Anne', 'Lemaire', 'F', 'remi', ('allergologue', 'allergist'), doctor=True, spec='allg')
    dst = c.staff('allg', c.pick(['chu', 'allg']))
    p = c.new_patient('be', age=(8, 60))
    cl = c.clin('allg', c.pick([0, 2, 4]))
    niss = p.ids['niss']
    paras = ['Patient(e) : %s' % c.pname(p, c.pick(['rev', 'full'])), 'NISS : %s' % I.niss_fmt(niss, c.pick(['dots', 'space'])),
             'Date de naissance : %s' % p.dob.strftime('%d/%m/%Y'), 'Diagnostic : %s' % cl['dx'], 'Bilan : %s' % cl['lab'],
             'Traitement : %s' % cl['med'], 'Adresse : %s, %s' % (p.address, p.city)]
    doc = M.docx_bytes('Lettre de transfert - allergologie', paras)
    body = [('p', 'Chère Consœur, cher Confrère,'),
            ('p', c.typo('Notre patient(e) poursuit ses études à Montréal cette année. Vous trouverez en annexe la lettre de transfert '
                         'avec le schéma d\'immunothérapie en cours.', 1)),
            ('p', 'Bien à vous,'), ('sig', c.sig(src))]
    return dict(category='belgian_transfer_docx', frm=src['addr'], to=dst['addr'], subject='Transfert allergologie - %s' % p.surname,
                blocks=body, attachments=[(doc, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                                           'transfert_%s_%s.docx' % (p.surname, p.given))],
                types=Types('patient_name', 'be_niss', 'date_of_birth', 'diagnosis', 'lab_result', 'medication', 'patient_contact'),
                note='Belgian transfer letter DOCX with NISS', force_lang='fr')


def p_french_ent_xlsx(c):
    c.lang, c.fr = 'fr', True
    src = c._person_dict('Bastien', 'Roussel', 'M', 'terr', ('secrétaire médical', 'medical secretary'))
    dst = c.clerk('chu')
    rows = [['Nom', 'Prénom', 'NIR', 'Né(e) le', 'Motif', 'Rdv souhaité']]
    for _ in range(c.rng.randint(2, 4)):
        p = c.new_patient('fr', age=(30, 85))
        cl = c.clin(c.pick(['oph', 'ent']))
        rows.append([p.surname.upper(), p.given, I.nir_fmt(p.ids['nir'], c.pick(['space', 'plain'])), p.dob.strftime('%d/%m/%Y'),
                     cl['dx'], c.later(20, 90).strftime('%d/%m/%Y')])
    x = M.xlsx_bytes([('Patients', rows)])
    body = [('p', 'Bonjour,'),
            ('p', 'Comme convenu, voici la liste des patients de la patientèle du Dr Dumas-Roche qui seront au Québec cet automne et '
                  'souhaitent un suivi dans votre établissement.'), ('p', 'Cordialement,'), ('sig', c.sig(src))]
    return dict(category='french_list_xlsx', frm=src['addr'], to=dst['addr'], subject='Liste patients - suivi au Québec', blocks=body,
                attachments=[(x, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'patients_quebec.xlsx')],
                types=Types('patient_name', 'fr_nir', 'date_of_birth', 'diagnosis'), note='French patient list XLSX with NIR', force_lang='fr')


def p_compensation_sin(c):
    aud = c._person_dict('Hélène', 'Fréchette', 'F', 'orl', ('audiologiste', 'audiologist'))
    ent = c.staff('ent', c.pick(['orl', 'chu']))
    p = c.new_patient('qc', age=(45, 66))
    sin = I.make_sin(c.rng)
    employer = c.pick(['Scierie Lac-Vert inc.', 'Aciers Boréal ltée', 'Transport Dufresne & fils'])
    txt = c.T('Réclamation pour surdité professionnelle : %s (NAS %s), %d ans, travailleur chez %s depuis 27 ans. '
              'Audiogramme compatible avec un traumatisme sonore bilatéral (encoche à 4 kHz, 60 dB). Prothèses auditives recommandées.'
              % (c.pname(p, c.pick(['full', 'rev'])), I.sin_fmt(sin, c.pick(['space', 'dash', 'plain'])), p.age(c.today), employer),
              'Occupational hearing loss claim: %s (SIN %s), age %d, employed at %s for 27 years. Audiogram consistent with bilateral '
              'noise-induced loss (4 kHz notch, 60 dB). Hearing aids recommended.'
              % (c.pname(p, c.pick(['full', 'rev'])), I.sin_fmt(sin, c.pick(['space', 'dash', 'plain'])), p.age(c.today), employer))
    body = [('p', c.greeting(ent)), ('p', txt),
            ('p', c.T('Pouvez-vous compléter la section médicale du formulaire de la CNESST?', 'Could you complete the medical section of the CNESST form?')),
            ('sig', c.sig(aud))]
    return dict(category='compensation_sin', frm=aud['addr'], to=ent['addr'], subject=c.T('Réclamation CNESST - ', 'CNESST claim - ') + p.surname,
                blocks=body, types=Types('patient_name', 'ca_sin', 'diagnosis', 'lab_result', 'social_information'),
                note='workers compensation claim with SIN')
