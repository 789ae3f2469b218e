# -*- coding: utf-8 -*-
"""Negative templates, part 3: equipment chains, bulletins, HR lists, templates, handouts."""
import datetime

import cg_data as D
import cg_ids as I
import cg_mime as M
from cg_pos1 import _inst
from cg_pos2 import _inner_msg
from cg_neg1 import _all_doctors, TALKS


def n_equipment_reply_chain(c):
    nurse = c.nurse('chu')
    bio = c.manager(1)
    sn = I.luhn_serial(c.rng, 9)
    asset = I.nam_like_asset(c.rng, c.pick(['OPHT', 'ORLX', 'BIOM']))
    dev = c.pick([c.T('la lampe à fente de la salle 6', 'the slit lamp in room 6'), c.T('l\'audiomètre de la cabine 2', 'the audiometer in booth 2'),
                  c.T('le fauteuil dentaire no 3', 'dental chair #3'), c.T('le laser YAG', 'the YAG laser')])
    q = [('p', c.greeting(bio)),
         ('p', c.typo(c.T('%s ne fonctionne plus depuis ce matin (message d\'erreur E-42). No de série %s, actif %s. On a dû annuler '
                          '%d rendez-vous.' % (dev.capitalize(), sn, asset, c.rng.randint(3, 12)),
                          '%s stopped working this morning (error E-42). Serial %s, asset %s. We had to cancel %d appointments.'
                          % (dev.capitalize(), sn, asset, c.rng.randint(3, 12))), 1)), ('sig', [nurse['name']])]
    new = [('p', c.T('Technicien en route. Pièce commandée chez le fournisseur (RMA %s).', 'Tech on the way. Part ordered from vendor (RMA %s).') % I.mod97_number(c.rng)),
           ('sig', c.sig(bio, short=True)), ('quote', c.quote_attr(nurse['display'], c.earlier_dt((1, 6))), q)]
    img = []
    if c.chance(0.4):
        img = [(M.png_bytes(48, 36, c.tag + 'err'), 'image/png', 'erreur_%s.png' % sn)]
    return dict(category='equipment_reply_chain', frm=bio['addr'], to=nurse['addr'], subject='RE: ' + c.T('appareil en panne', 'device down'),
                blocks=new, attachments=img, reply=True, note='equipment failure reply chain with serial/asset numbers')


def n_drug_shortage(c):
    body = [('p', c.T('AVIS DE PÉNURIE', 'SHORTAGE NOTICE')),
            ('p', c.pick([c.T('Latanoprost 0,005 %% (flacons 2,5 mL) : rupture prévue jusqu\'au %s. Substituts : bimatoprost 0,01 %% ou travoprost.',
                              'Latanoprost 0.005%% (2.5 mL): shortage expected until %s. Alternatives: bimatoprost 0.01%% or travoprost.'),
                          c.T('Épinéphrine auto-injecteur 0,15 mg : approvisionnement limité jusqu\'au %s. Prioriser les renouvellements pédiatriques.',
                              'Epinephrine auto-injector 0.15 mg: limited supply until %s. Prioritise paediatric renewals.'),
                          c.T('Ciprofloxacine-dexaméthasone gouttes otiques : rupture jusqu\'au %s. Substitut : ofloxacine 0,3 %%.',
                              'Ciprofloxacin-dexamethasone otic drops: out of stock until %s. Alternative: ofloxacin 0.3%%.')]) % c.d(c.later(20, 90))),
            ('sig', [c.T('Département de pharmacie', 'Pharmacy Department'), _inst(c, 'chu'), 'Tél. 450-555-0133'])]
    return dict(category='drug_shortage', frm=c.generic_box('chu', 'pharmacie', 'pharmacy'), to=c.generic_box('chu', 'medecins', 'physicians'),
                subject=c.T('Pénurie de médicament', 'Drug shortage'), blocks=body, note='drug shortage bulletin')


def n_infection_control(c):
    n = c.rng.randint(3, 9)
    body = [('p', c.greeting()),
            ('p', c.T('Éclosion de conjonctivite à adénovirus : %d cas confirmés liés à la clinique d\'ophtalmologie depuis le %s. '
                      'Mesures : désinfection des tonomètres entre chaque patient, port de gants, report des examens non urgents chez les cas.',
                      'Adenoviral conjunctivitis outbreak: %d confirmed cases linked to the eye clinic since %s. Measures: disinfect '
                      'tonometer tips between patients, gloves, defer non-urgent exams for cases.') % (n, c.d(c.earlier(5, 20)))),
            ('sig', [c.T('Prévention et contrôle des infections', 'Infection Prevention and Control'), _inst(c, 'chu'), 'poste 5520'])]
    return dict(category='infection_control', frm=c.generic_box('chu', 'pci', 'ipac'), to=c.generic_box('chu', 'cliniques', 'clinics'),
                subject=c.T('PCI - éclosion conjonctivite', 'IPAC - conjunctivitis outbreak'), blocks=body, note='outbreak counts, no patient')


def n_ethics_committee(c):
    sec = c._person_dict('Louise', 'Archambault', 'F', 'chu', ('secrétaire, CÉR', 'REB secretary'))
    pi = c.staff()
    proto = 'CER-2024-%03d' % c.rng.randint(1, 400)
    body = [('p', c.greeting(pi)),
            ('p', c.T('Le protocole %s « Étude observationnelle des patients atteints de %s » est approuvé pour un an. '
                      'Recrutement prévu : %d participants. Formulaire de consentement v3 approuvé.'
                      % (proto, c.clin(pi['spec'])['dx_fr'], c.rng.randint(40, 300)),
                      'Protocol %s "Observational study of patients with %s" is approved for one year. Planned enrolment: '
                      '%d participants. Consent form v3 approved.' % (proto, c.clin(pi['spec'])['dx_en'], c.rng.randint(40, 300)))),
            ('sig', c.sig(sec))]
    return dict(category='ethics_committee', frm=sec['addr'], to=pi['addr'], subject=c.T('Approbation ', 'Approval ') + proto, blocks=body,
                note='research ethics approval')


def n_physician_bio(c):
    g, s, fr, en = c.pick(TALKS)
    body = [('p', c.greeting()),
            ('p', c.T('Voici la biographie pour le programme :', 'Here is the bio for the program:')),
            ('p', c.T('%s %s est professeur(e) agrégé(e) à l\'Université de Val-des-Cèdres. Sa pratique porte sur %s. '
                      'Il/elle a publié plus de 40 articles et dirige la clinique de référence tertiaire.'
                      % (g, s, fr.split(':')[0].lower()),
                      '%s %s is Associate Professor at Val-des-Cèdres University. Their practice focuses on %s. They have '
                      'published over 40 papers and lead the tertiary referral clinic.' % (g, s, en.split(':')[0].lower()))),
            ('sig', [g + ' ' + s])]
    return dict(category='physician_bio', frm='%s %s <%s.%s@chuvdc.example>' % (g, s, g.lower(), s.lower()), to='Journées CHUVDC <journees@chuvdc.example>',
                subject='Bio - ' + s, blocks=body, note='speaker biography')


def n_clinic_phone_list(c):
    rows = [[D.SPECIALTY[k]['clinic_fr' if c.fr else 'clinic_en'], D.INST['chu']['tel'][:-4] + '%04d' % (110 + i), c.T('Local ', 'Room ') + '%d.%02d' % (2 + i % 3, 10 + i)]
            for i, k in enumerate(sorted(D.SPECIALTY))]
    body = [('p', c.greeting()), ('p', c.T('Liste téléphonique des cliniques externes à jour :', 'Updated outpatient clinic phone list:')),
            ('table', c.T(['Clinique', 'Téléphone', 'Local'], ['Clinic', 'Phone', 'Room']), rows, 'pad'),
            ('sig', c.sig(c.clerk('chu')))]
    return dict(category='clinic_phone_list', frm=c.clerk('chu')['addr'], to=c.generic_box('chu', 'tous', 'all'),
                subject=c.T('Liste téléphonique', 'Phone list'), blocks=body, mode=c.pick(['html', 'plain']), note='clinic phone list')


def n_fundraising(c):
    body = [('p', c.T('Chers amis de la Fondation,', 'Dear Foundation friends,')),
            ('p', c.T('Grâce à vous, la campagne « Voir loin » a amassé 412 000 $ pour un nouvel appareil OCT-angiographie. '
                      'Le tournoi de golf aura lieu le %s.', 'Thanks to you, the "See Further" campaign raised $412,000 for a new '
                      'OCT-angiography device. The golf tournament is on %s.') % c.d(c.later(20, 80), 'long')),
            ('sig', [c.T('Fondation du CHU de Val-des-Cèdres', 'Val-des-Cèdres University Hospital Foundation'), 'fondation@chuvdc.example', '450-555-0160'])]
    return dict(category='fundraising', frm='Fondation CHUVDC <fondation@chuvdc.example>', to=c.generic_box('chu', 'tous', 'all'),
                subject=c.T('Merci! Campagne Voir loin', 'Thank you! See Further campaign'), blocks=body, mode=c.pick(['html', 'alt']), note='foundation mail')


def n_template_letter(c):
    clerk = c.clerk(c.pick(['chu', 'vis', 'dent']))
    paras = [c.T('«DATE»', '«DATE»'), c.T('«TITRE» «PRENOM_PATIENT» «NOM_PATIENT»', '«TITLE» «PATIENT_FIRST» «PATIENT_LAST»'), '«ADRESSE»',
             c.T('Objet : convocation — «CLINIQUE»', 'Re: appointment - «CLINIC»'),
             c.T('Nous vous convoquons le «DATE_RDV» à «HEURE». Apportez votre carte d\'assurance maladie («NAM») et la liste de vos médicaments.',
                 'Your appointment is on «APPT_DATE» at «TIME». Bring your health card («HCN») and your medication list.')]
    doc = M.docx_bytes(c.T('Gabarit de convocation', 'Appointment letter template'), paras)
    body = [('p', c.greeting()), ('p', c.T('Nouveau gabarit de fusion pour les convocations (champs entre chevrons).', 'New mail-merge template for appointment letters (fields in chevrons).')),
            ('sig', c.sig(clerk))]
    return dict(category='template_letter', frm=clerk['addr'], to=c.generic_box(clerk['inst'], 'secretariat', 'frontdesk'),
                subject=c.T('Gabarit convocation', 'Appointment template'), blocks=body,
                attachments=[(doc, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'gabarit_convocation.docx')],
                note='mail-merge template with placeholders')


def n_retirement_party(c):
    who = c.pick(D.CLERKS + D.NURSES)
    body = [('p', c.greeting()),
            ('p', c.T('Après 31 ans à la centrale de rendez-vous, %s %s prend sa retraite! 5 à 7 le %s au Bistro des Cèdres. '
                      'Contribution pour le cadeau : voir Francine au poste 2210.',
                      'After 31 years at central booking, %s %s is retiring! Party on %s at Bistro des Cèdres. Gift collection: see Francine at ext. 2210.')
             % (who[0], who[1], c.d(c.later(5, 20), 'long'))),
            ('sig', [c.T('Le comité social', 'The social committee')])]
    return dict(category='retirement_party', frm=c.generic_box('chu', 'comite.social', 'social.committee'), to=c.generic_box('chu', 'cliniques', 'clinics'),
                subject=c.T('Départ à la retraite de ', 'Retirement of ') + who[0], blocks=body, mode=c.pick(['html', 'alt', 'plain']),
                note='staff retirement')


def n_equipment_loan(c):
    aud = c._person_dict('Hélène', 'Fréchette', 'F', 'orl', ('audiologiste', 'audiologist'))
    v = D.VENDORS[1]
    rows = [[c.pick(['Démo RIC-M', 'Démo BTE-P', 'Démo CROS']), 'SN ' + I.luhn_serial(c.rng, 10), c.later(10, 40).isoformat()] for _ in range(3)]
    body = [('p', c.greeting()), ('p', c.T('Retour des appareils de démonstration prêtés à la clinique :', 'Returning the demo units loaned to the clinic:')),
            ('table', c.T(['Modèle', 'No de série', 'Retour prévu'], ['Model', 'Serial', 'Return by']), rows), ('sig', c.sig(aud))]
    return dict(category='equipment_loan', frm=aud['addr'], to='%s <prets@%s>' % (v['name'], v['dom']), subject=c.T('Retour prêt démo', 'Demo loan return'),
                blocks=body, note='demo device loan with serials')


def n_room_booking(c):
    nurse = c.nurse('chu')
    clerk = c.clerk('chu')
    d = c.later(3, 20)
    body = [('p', c.greeting(clerk)),
            ('p', c.T('Peux-tu réserver la salle de procédures 4 le %s de 8 h à 12 h pour le bloc d\'injections intravitréennes '
                      '(environ %d patients, Dre Marchand)? Il faudra aussi 2 plateaux stériles supplémentaires.',
                      'Can you book procedure room 4 on %s, 8 to 12, for the intravitreal injection block (about %d patients, Dr. Marchand)? '
                      'We also need 2 extra sterile trays.') % (c.d(d), c.rng.randint(14, 30))),
            ('sig', [nurse['given']])]
    return dict(category='room_booking', frm=nurse['addr'], to=clerk['addr'], subject=c.T('réservation salle 4', 'room 4 booking'),
                blocks=body, note='room booking with patient counts only')


def n_diagnosis_stats_csv(c):
    an = c._person_dict('Vincent', 'Gosselin', 'M', 'chu', ('analyste, performance', 'performance analyst'))
    rows = [['code_cim10', 'libelle', 'visites_2023', 'visites_2024']]
    for code, lab in [('H40.1', 'Glaucome primaire à angle ouvert'), ('H35.3', 'Dégénérescence maculaire'), ('H25.1', 'Cataracte sénile nucléaire'),
                      ('H90.3', 'Surdité neurosensorielle bilatérale'), ('J33.9', 'Polype nasal'), ('L40.0', 'Psoriasis vulgaire'),
                      ('C43.5', 'Mélanome du tronc'), ('K01.1', 'Dents incluses'), ('T78.0', 'Choc anaphylactique alimentaire'), ('L50.1', 'Urticaire idiopathique')]:
        rows.append([code, lab, str(c.rng.randint(40, 3000)), str(c.rng.randint(40, 3000))])
    data = M.csv_bytes(rows, delimiter=';', encoding=c.pick(['utf-8', 'windows-1252']))
    body = [('p', c.greeting()), ('p', c.T('Volumes de visites par diagnostic (CIM-10), cliniques externes, données agrégées.',
                                           'Visit volumes by diagnosis (ICD-10), outpatient clinics, aggregated data.')), ('sig', c.sig(an))]
    return dict(category='diagnosis_stats_csv', frm=an['addr'], to=c.manager(0)['addr'], subject=c.T('Volumes par diagnostic', 'Volumes by diagnosis'),
                blocks=body, attachments=[(data, 'text/csv', 'volumes_cim10.csv')], note='aggregate visit counts by ICD-10')


def n_staff_flu_vaccine(c):
    sst = c._person_dict('Martine', 'Hébert', 'F', 'chu', ('infirmière, santé et sécurité au travail', 'occupational health nurse'))
    staff = [c.pick(D.NURSES + D.CLERKS) for _ in range(5)]
    rows = [['%s, %s' % (s[1].upper(), s[0]), D.INST[s[3]]['fr'] if c.fr else D.INST[s[3]]['en'], c.later(2, 15).isoformat() + c.pick([' 10:00', ' 13:30', ' 15:00'])] for s in staff]
    body = [('p', c.greeting()),
            ('p', c.T('Campagne de vaccination antigrippale du personnel : plages réservées pour vos employé(e)s :',
                      'Staff flu vaccination campaign - slots booked for your employees:')),
            ('table', c.T(['Employé(e)', 'Site', 'Plage'], ['Employee', 'Site', 'Slot']), rows, 'pad'), ('sig', c.sig(sst))]
    return dict(category='staff_flu_vaccine', frm=sst['addr'], to=c.manager(0)['addr'], subject=c.T('Vaccination du personnel', 'Staff vaccination'),
                blocks=body, note='staff vaccination slots (HR/occupational)')


def n_partnership(c):
    mgr = c.manager(0)
    priv = c.pick(['vis', 'orl', 'derm', 'dent', 'allg'])
    body = [('p', c.greeting()),
            ('p', c.T('Entente de corridor de services avec %s : jusqu\'à %d références par mois en %s, délai de réponse cible 10 jours ouvrables. '
                      'Les volumes seront revus trimestriellement.', 'Service corridor agreement with %s: up to %d referrals per month in %s, '
                      'target response 10 business days. Volumes reviewed quarterly.') % (_inst(c, priv), c.rng.randint(20, 80),
                                                                                            D.SPECIALTY[{'vis': 'oph', 'orl': 'ent', 'derm': 'derm', 'dent': 'dent', 'allg': 'allg'}[priv]]['fr' if c.fr else 'en'])),
            ('sig', c.sig(mgr))]
    return dict(category='partnership', frm=mgr['addr'], to=c.generic_box(priv, 'direction', 'management'), subject=c.T('Entente de corridor', 'Corridor agreement'),
                blocks=body, note='private clinic agreement, volumes only')


def n_fwd_eml_newsletter(c):
    who = c.staff()
    inner = [('p', c.T('Programme du congrès annuel : ateliers sur la chirurgie de la cataracte, l\'otologie et la dermatoscopie.',
                       'Annual meeting program: workshops on cataract surgery, otology and dermoscopy.')),
             ('list', ['%s %s - %s' % (g, s, fr if c.fr else en) for g, s, fr, en in c.rng.sample(TALKS, 3)]),
             ('sig', ['Secrétariat du congrès', 'congres@cqo2024.example'])]
    em = _inner_msg(c, 'Congrès CQO <congres@cqo2024.example>', who['addr'], c.T('Programme du congrès', 'Meeting program'), inner, c.earlier_dt((24, 300)))
    dst = c.staff()
    body = [('p', c.greeting(dst)), ('p', c.T('Intéressant pour toi? Voir le courriel joint.', 'Of interest? See attached message.')), ('sig', [who['given']])]
    return dict(category='fwd_eml_newsletter', frm=who['addr'], to=dst['addr'], subject=c.T('TR: Programme du congrès', 'FW: Meeting program'),
                blocks=body, attachments=[(em, 'message/rfc822', None)], note='forwarded conference program as .eml')


def n_lab_reference_ranges(c):
    body = [('p', c.T('Mise à jour des valeurs de référence du laboratoire (en vigueur le %s) :', 'Laboratory reference range update (effective %s):') % c.d(c.later(5, 20))),
            ('table', c.T(['Analyse', 'Ancienne', 'Nouvelle'], ['Test', 'Old', 'New']),
             [['IgE totales', '< 150 kU/L', '< 114 kU/L'], ['Tryptase', '< 11,4 µg/L', '< 11,0 µg/L'], ['HbA1c', '4,0-6,0 %', '4,0-5,9 %'],
              ['CTX sérique', '100-600 pg/mL', '115-748 pg/mL']], 'pad'),
            ('sig', [c.T('Laboratoire de biologie médicale', 'Medical Biology Laboratory'), _inst(c, 'chu')])]
    return dict(category='lab_reference_ranges', frm=c.generic_box('chu', 'laboratoire', 'laboratory'), to=c.generic_box('chu', 'medecins', 'physicians'),
                subject=c.T('Valeurs de référence', 'Reference ranges'), blocks=body, note='lab reference ranges, no patient')


def n_patient_handout(c):
    nurse = c.nurse()
    kind = c.pick([(c.T('Après votre chirurgie de la cataracte', 'After your cataract surgery'),
                    [c.T('Instiller les gouttes prescrites (antibiotique et anti-inflammatoire) 4 fois par jour pendant 4 semaines.',
                         'Use the prescribed antibiotic and anti-inflammatory drops 4 times a day for 4 weeks.'),
                     c.T('Ne pas frotter l\'œil; porter la coquille la nuit.', 'Do not rub the eye; wear the shield at night.')]),
                   (c.T('Après une extraction de dents de sagesse', 'After wisdom tooth extraction'),
                    [c.T('Ibuprofène 600 mg aux 6 h au besoin; rince-bouche chlorhexidine dès le lendemain.', 'Ibuprofen 600 mg every 6 h as needed; chlorhexidine rinse from the next day.'),
                     c.T('Appelez si fièvre > 38,5 °C.', 'Call if fever > 38.5 °C.')]),
                   (c.T('Votre auto-injecteur d\'épinéphrine', 'Your epinephrine auto-injector'),
                    [c.T('Gardez deux auto-injecteurs sur vous; vérifiez la date d\'expiration.', 'Carry two auto-injectors; check expiry dates.'),
                     c.T('Composez le 911 après toute utilisation.', 'Call 911 after any use.')])])
    pdf = M.pdf_bytes(kind[0], kind[1] + ['', c.T('Clinique : ', 'Clinic: ') + D.INST['chu']['tel']])
    body = [('p', c.greeting()), ('p', c.T('Version révisée du feuillet d\'enseignement, à imprimer pour la salle d\'attente.',
                                           'Revised patient handout, please print for the waiting room.')), ('sig', c.sig(nurse))]
    return dict(category='patient_handout', frm=nurse['addr'], to=c.generic_box(nurse['inst'], 'secretariat', 'frontdesk'), subject=c.T('Feuillet : ', 'Handout: ') + kind[0],
                blocks=body, attachments=[(pdf, 'application/pdf', 'feuillet.pdf')], note='generic patient education handout')


def n_referral_volume_ack(c):
    clerk = c.clerk('chu')
    priv = c.pick(['vis', 'orl', 'derm', 'dent', 'allg'])
    n = c.rng.randint(8, 40)
    body = [('p', c.greeting()),
            ('p', c.T('Nous accusons réception de %d références reçues de votre clinique en %s. %d ont été priorisées P1-P2; '
                      'les autres recevront une convocation par la poste. Merci d\'utiliser le nouveau formulaire.',
                      'We acknowledge %d referrals from your clinic in %s. %d were triaged P1-P2; the others will be notified by mail. '
                      'Please use the new form.') % (n, I.fmt_date(c.today, 'long', c.lang).split(' ')[1 if c.fr else 0], c.rng.randint(1, n // 3))),
            ('sig', c.sig(clerk))]
    return dict(category='referral_volume_ack', frm=clerk['addr'], to=c.generic_box(priv, 'reception', 'frontdesk'),
                subject=c.T('Accusé de réception des références', 'Referral acknowledgement'), blocks=body, note='referral counts, no patient')


def n_staff_timesheet(c):
    mgr = c.manager(0)
    rows = [[n[1].upper() + ', ' + n[0], '%d,%d h' % (c.rng.randint(30, 40), c.rng.randint(0, 9)) if c.fr else '%d.%d h' % (c.rng.randint(30, 40), c.rng.randint(0, 9)),
             '%d h' % c.rng.randint(0, 8), c.pick(['', c.T('maladie 1 j', 'sick 1 d'), c.T('formation', 'training')])] for n in c.rng.sample(D.NURSES + D.CLERKS, 5)]
    x = M.xlsx_bytes([('Feuille de temps', [c.T(['Employé', 'Heures', 'Temps supp.', 'Absences'], ['Employee', 'Hours', 'Overtime', 'Absences'])] + rows)])
    body = [('p', c.greeting()), ('p', c.T('Feuilles de temps de la période 18 pour approbation.', 'Period 18 timesheets for approval.')), ('sig', c.sig(mgr))]
    return dict(category='staff_timesheet', frm=mgr['addr'], to=c.generic_box('chu', 'paie', 'payroll'), subject=c.T('Feuilles de temps P18', 'Timesheets P18'),
                blocks=body, attachments=[(x, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'temps_P18.xlsx')], note='staff timesheets (HR)')


def n_photo_consent_blank(c):
    lines = [c.T('CONSENTEMENT — PHOTOGRAPHIE CLINIQUE', 'CONSENT - CLINICAL PHOTOGRAPHY'), '',
             c.T('Je soussigné(e) ________________________ (nom du patient), NAM ______________,', 'I, ________________________ (patient name), health card ______________,'),
             c.T('autorise la prise de photographies à des fins de : [ ] dossier  [ ] enseignement  [ ] publication', 'consent to photographs for: [ ] chart  [ ] teaching  [ ] publication'),
             c.T('Signature : ____________   Date : ____/____/____', 'Signature: ____________   Date: ____/____/____')]
    pdf = M.pdf_bytes(c.T('Consentement photo', 'Photo consent'), lines)
    clerk = c.clerk('derm')
    body = [('p', c.greeting()), ('p', c.T('Formulaire de consentement vierge à imprimer.', 'Blank consent form to print.')), ('sig', c.sig(clerk))]
    return dict(category='photo_consent_blank', frm=clerk['addr'], to=c.generic_box('derm', 'equipe', 'team'), subject=c.T('Consentement photo - formulaire', 'Photo consent form'),
                blocks=body, attachments=[(pdf, 'application/pdf', 'consentement_photo_vierge.pdf')], note='blank consent form')


def n_staff_birthday(c):
    who = c.pick(D.CLERKS + D.NURSES)
    body = [('p', c.greeting()),
            ('p', c.T('Joyeux anniversaire à %s qui fête ses 50 ans aujourd\'hui! Gâteau à la salle du personnel à 15 h.',
                      'Happy birthday to %s who turns 50 today! Cake in the staff room at 3 pm.') % who[0]), ('sig', [c.T('L\'équipe', 'The team')])]
    return dict(category='staff_birthday', frm=c.generic_box('chu', 'comite.social', 'social.committee'), to=c.generic_box(who[3], 'equipe', 'team'),
                subject=c.T('Bonne fête ', 'Happy birthday ') + who[0] + '!', blocks=body, mode=c.pick(['html', 'alt']), note='staff birthday')
