# -*- coding: utf-8 -*-
"""Negative templates, part 1: staff, HR, conferences, newsletters, aggregates, forms."""
import datetime

import cg_data as D
import cg_ids as I
import cg_mime as M
from cg_pos1 import _inst

DAYS_FR = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi']
DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']


def _all_doctors(c, inst=None):
    return [c._person_dict(s[0], s[1], s[2], s[5], (s[3], s[4]), doctor=True, spec=s[6]) for s in D.STAFF
            if inst is None or s[5] == inst]


def n_staff_schedule(c):
    mgr = c.manager(0)
    docs = _all_doctors(c, 'chu') + _all_doctors(c, 'hsr')
    rows = []
    for d in docs:
        days = sorted(c.rng.sample(range(5), c.rng.randint(1, 3)))
        rows.append(['%s, %s' % (d['surname'].upper(), d['given']), D.SPECIALTY[d['spec']][c.lang if c.fr else 'en'],
                     ', '.join((DAYS_FR if c.fr else DAYS_EN)[x] for x in days), c.T('Salle ', 'Room ') + str(c.rng.randint(1, 12))])
    month = c.later(10, 40)
    body = [('p', c.greeting()),
            ('p', c.T('Voici l\'horaire des cliniques externes pour %s. Les plages d\'injections intravitréennes passent au mardi.'
                      % I.fmt_date(month, 'long', 'fr').split(' ', 1)[1],
                      'Here is the outpatient clinic schedule for %s. Intravitreal injection blocks move to Tuesdays.'
                      % I.fmt_date(month, 'long', 'en').split(' ')[0])),
            ('table', c.T(['Médecin', 'Spécialité', 'Jours', 'Local'], ['Physician', 'Specialty', 'Days', 'Room']), rows, c.pick(['pipe', 'pad', 'tab'])),
            ('sig', c.sig(mgr))]
    atts = []
    if c.chance(0.4):
        atts.append((M.xlsx_bytes([('Horaire', [c.T(['Médecin', 'Spécialité', 'Jours', 'Local'], ['Physician', 'Specialty', 'Days', 'Room'])] + rows)]),
                     'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'horaire_cliniques.xlsx'))
    return dict(category='staff_schedule', frm=mgr['addr'], to=c.generic_box('chu', 'medecins.cliniques', 'clinic.physicians'),
                subject=c.T('Horaire des cliniques externes', 'Outpatient clinic schedule'), blocks=body, attachments=atts,
                note='physician roster, surname-first')


def n_staff_leave(c):
    who = c.pick([c.nurse('chu'), c.clerk('chu'), c.staff()])
    mgr = c.manager(0)
    d1 = c.later(10, 60)
    d2 = d1 + datetime.timedelta(days=c.rng.randint(3, 14))
    body = [('p', c.greeting(mgr)),
            ('p', c.typo(c.T('Je souhaite prendre mes vacances du %s au %s inclusivement. %s a accepté de couvrir la clinique '
                             'du mardi.' % (c.d(d1), c.d(d2), c.pick(['Josiane', 'Kevin', 'Lise'])),
                             'I would like to take vacation from %s to %s inclusive. %s agreed to cover the Tuesday clinic.'
                             % (c.d(d1), c.d(d2), c.pick(['Josiane', 'Kevin', 'Lise']))), 1)),
            ('p', c.thanks()), ('sig', c.sig(who))]
    return dict(category='staff_leave', frm=who['addr'], to=mgr['addr'], subject=c.T('Demande de congé', 'Leave request'),
                blocks=body, note='staff vacation request')


def n_occ_health_employee(c):
    emp = c.pick([c.nurse(), c.clerk()])
    sst = c._person_dict('Martine', 'Hébert', 'F', 'chu', ('infirmière, santé et sécurité au travail', 'occupational health nurse'))
    case = c.pick([c.T('suivi après piqûre d\'aiguille le %s (source connue, sérologies à 6 semaines)',
                       'follow-up after needlestick on %s (known source, serology at 6 weeks)'),
                   c.T('allergie au latex confirmée — gants nitrile requis à compter du %s',
                       'confirmed latex allergy - nitrile gloves required as of %s'),
                   c.T('retour progressif au travail à partir du %s (restrictions : pas de port de charges)',
                       'graduated return to work from %s (no lifting)')])
    body = [('p', c.greeting(emp)),
            ('p', c.T('Suite à votre rencontre au bureau de santé du personnel : ', 'Following your visit to employee health: ')
             + case % c.d(c.later(1, 20)) + '.'),
            ('p', c.T('Votre gestionnaire a été informé des restrictions seulement.', 'Your manager was informed of the restrictions only.')),
            ('sig', c.sig(sst))]
    return dict(category='occ_health_employee', frm=sst['addr'], to=emp['addr'], subject=c.T('Santé du personnel - suivi', 'Employee health - follow-up'),
                blocks=body, note='employee occupational health (HR, not a patient)')


TALKS = [('Isabelle', 'Marchand', 'Glaucome : quand passer à la chirurgie?', 'Glaucoma: when to operate?'),
         ('Karim', 'Benali', 'Polypose nasosinusienne et biologiques', 'Nasal polyps and biologics'),
         ('Owen', 'Fitzgerald', 'Mélanome : nouveautés en immunothérapie adjuvante', 'Melanoma: updates in adjuvant immunotherapy'),
         ('Chantal', 'Roy', 'Ostéonécrose des maxillaires : prévention', 'Osteonecrosis of the jaw: prevention'),
         ('Paul', 'Vachon', 'Désensibilisation à la pénicilline en 2024', 'Penicillin de-labelling in 2024'),
         ('Rania', 'Saleh', 'Urticaire chronique et omalizumab', 'Chronic urticaria and omalizumab'),
         ('Anita', 'Deshpande', 'Anti-VEGF : intervalles prolongés', 'Anti-VEGF: treat-and-extend'),
         ('Graham', 'Whitfield', 'Surdité brusque : corticothérapie intratympanique', 'Sudden hearing loss: intratympanic steroids')]


def n_conference_announce(c):
    org = c._person_dict('Comité', 'scientifique', 'F', 'chu', ('Journées des cliniques spécialisées', 'Specialty Clinics Days'))
    d = c.later(20, 90)
    talks = c.rng.sample(TALKS, c.rng.randint(3, 6))
    rows = []
    t = datetime.datetime.combine(d, datetime.time(8, 30))
    for g, s, fr, en in talks:
        rows.append([t.strftime('%H:%M'), '%s %s %s' % (c.T('Dre' if g in ('Isabelle', 'Chantal', 'Rania', 'Anita') else 'Dr', 'Dr.'), g, s), fr if c.fr else en])
        t += datetime.timedelta(minutes=45)
    body = [('p', c.T('Chers collègues,', 'Dear colleagues,')),
            ('p', c.T('Les Journées des cliniques spécialisées auront lieu le %s à l\'amphithéâtre B. Inscription gratuite pour le personnel; '
                      '6 heures de crédits de DPC (section 1).' % c.d(d, 'long'),
                      'Specialty Clinics Day will be held on %s in Auditorium B. Free registration for staff; 6 hours of '
                      'Section 1 CPD credits.' % c.d(d, 'long'))),
            ('table', c.T(['Heure', 'Conférencier', 'Sujet'], ['Time', 'Speaker', 'Topic']), rows),
            ('p', c.T('Inscription : https://journees.chuvdc.example/2024', 'Register: https://journees.chuvdc.example/2024')),
            ('sig', [c.T('Comité scientifique', 'Scientific committee'), _inst(c, 'chu'), 'journees@chuvdc.example'])]
    ics = M.ics_bytes([dict(uid='journees-%s@chuvdc.example' % c.tag, start=datetime.datetime.combine(d, datetime.time(8, 30)),
                            end=datetime.datetime.combine(d, datetime.time(16, 30)),
                            summary=c.T('Journées des cliniques spécialisées', 'Specialty Clinics Day'),
                            location='Amphithéâtre B, ' + _inst(c, 'chu'), organizer='journees@chuvdc.example')])
    atts = [(ics, 'text/calendar', 'journees.ics')] if c.chance(0.6) else []
    return dict(category='conference_announce', frm='%s <journees@chuvdc.example>' % c.T('Journées CHUVDC', 'CHUVDC Days'),
                to=c.generic_box('chu', 'tous.cliniques', 'all.clinics'), subject=c.T('Programme - Journées des cliniques spécialisées', 'Program - Specialty Clinics Day'),
                blocks=body, attachments=atts, note='conference program: speakers and topics')


def n_newsletter(c):
    stats = [c.T('%d visites en ophtalmologie ce trimestre (+%d %%)', '%d ophthalmology visits this quarter (+%d%%)') % (c.rng.randint(3000, 6000), c.rng.randint(2, 12)),
             c.T('%d injections intravitréennes', '%d intravitreal injections') % c.rng.randint(800, 1500),
             c.T('Délai médian en ORL : %d semaines', 'Median ENT wait: %d weeks') % c.rng.randint(8, 40),
             c.T('%d patients vus à la nouvelle clinique d\'urticaire chronique', '%d patients seen at the new chronic urticaria clinic') % c.rng.randint(40, 140)]
    body = [('p', c.T('BULLETIN DES CLINIQUES EXTERNES — édition %s' % c.today.strftime('%m/%Y'), 'OUTPATIENT CLINICS NEWSLETTER - %s issue' % c.today.strftime('%m/%Y'))),
            ('p', c.T('Bienvenue à la Dre Rania Saleh, immunologue, qui se joint à l\'équipe d\'allergie. Elle s\'intéresse particulièrement '
                      'à l\'anaphylaxie alimentaire et à l\'urticaire chronique.',
                      'Welcome to Dr. Rania Saleh, clinical immunologist, joining the allergy team. Her interests include food '
                      'anaphylaxis and chronic urticaria.')),
            ('list', stats),
            ('p', c.T('Rappel : le nouveau laser SLT est en fonction en salle 4. Formation le jeudi midi.',
                      'Reminder: the new SLT laser is operational in room 4. Training Thursdays at noon.')),
            ('sig', [c.T('Direction des services ambulatoires', 'Ambulatory Services Directorate'), _inst(c, 'chu')])]
    return dict(category='newsletter', frm=c.generic_box('chu', 'bulletin', 'newsletter'), to=c.generic_box('chu', 'tous', 'all'),
                subject=c.T('Bulletin des cliniques externes', 'Outpatient clinics newsletter'), blocks=body,
                mode=c.pick(['html', 'alt']), note='newsletter with aggregates')


def n_waitlist_stats(c):
    mgr = c.manager(0)
    rows = [c.T(['Spécialité', 'En attente', '> 6 mois', 'Médiane (sem.)', 'P1', 'P2', 'P3-P5'],
                ['Specialty', 'Waiting', '> 6 months', 'Median (wks)', 'P1', 'P2', 'P3-P5'])]
    for k in sorted(D.SPECIALTY):
        n = c.rng.randint(80, 1400)
        rows.append([D.SPECIALTY[k]['fr' if c.fr else 'en'], n, c.rng.randint(5, n // 2), c.rng.randint(4, 60),
                     c.rng.randint(0, 12), c.rng.randint(5, 80), c.rng.randint(40, 600)])
    body = [('p', c.greeting()),
            ('p', c.T('Tableau de bord des listes d\'attente au %s (données agrégées, aucune donnée nominative).' % c.d(c.today),
                      'Wait list dashboard as of %s (aggregated, no patient-level data).' % c.d(c.today))),
            ('table', [str(x) for x in rows[0]], [[str(x) for x in r] for r in rows[1:]], 'pad'), ('sig', c.sig(mgr))]
    atts = [(M.xlsx_bytes([('Tableau', rows)]), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'tableau_bord_attente.xlsx')] if c.chance(0.5) else []
    return dict(category='waitlist_stats', frm=mgr['addr'], to=c.generic_box('chu', 'direction', 'management'),
                subject=c.T('Tableau de bord - listes d\'attente', 'Wait list dashboard'), blocks=body, attachments=atts,
                note='aggregate wait list statistics')


def n_blank_referral_form(c):
    sender = c.clerk('chu')
    sp = c.pick(sorted(D.SPECIALTY))
    lines = [c.T('DEMANDE DE CONSULTATION — %s' % D.SPECIALTY[sp]['fr'].upper(), 'CONSULTATION REQUEST - %s' % D.SPECIALTY[sp]['en'].upper()),
             '', c.T('Nom du patient : ______________________   Prénom : ______________', 'Patient name: ______________________   First name: ______________'),
             c.T('NAM : ____ ____ ____   Exp. : __/__', 'RAMQ no.: ____ ____ ____   Exp.: __/__'),
             c.T('Date de naissance : AAAA-MM-JJ', 'Date of birth: YYYY-MM-DD'), c.T('Téléphone : (___) ___-____', 'Phone: (___) ___-____'),
             c.T('Diagnostic / raison : ______________________________', 'Diagnosis / reason: ______________________________'),
             c.T('Médication actuelle : ______________________________', 'Current medication: ______________________________'),
             c.T('Priorité : [ ] P1  [ ] P2  [ ] P3  [ ] P4  [ ] P5', 'Priority: [ ] P1  [ ] P2  [ ] P3  [ ] P4  [ ] P5'),
             '', c.T('Télécopier au 450-555-0101', 'Fax to 450-555-0101')]
    if c.chance(0.5):
        att = (M.pdf_bytes(c.T('Formulaire de référence', 'Referral form'), lines), 'application/pdf', c.T('formulaire_reference_%s.pdf', 'referral_form_%s.pdf') % sp)
    else:
        att = (M.docx_bytes(c.T('Formulaire de référence', 'Referral form'), lines), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
               c.T('formulaire_reference_%s.docx', 'referral_form_%s.docx') % sp)
    body = [('p', c.greeting()),
            ('p', c.T('Voici le nouveau formulaire de référence à utiliser par les cliniques privées à partir du 1er du mois. '
                      'Les champs NAM et date de naissance sont maintenant obligatoires.',
                      'Here is the new referral form for private clinics starting on the 1st. Health card number and date of birth are now mandatory.')),
            ('sig', c.sig(sender))]
    return dict(category='blank_referral_form', frm=sender['addr'], to=c.generic_box(c.pick(['vis', 'orl', 'derm', 'dent', 'allg']), 'info', 'info'),
                subject=c.T('Nouveau formulaire de référence', 'New referral form'), blocks=body, attachments=[att], note='blank referral form')


CASES = {
    'fr': ['Une femme de %d ans, diabétique de type 2, consulte pour baisse de vision OG. OCT : épaisseur centrale 412 µm. '
           'HbA1c 9,4 %%. Quelle est votre conduite? (aflibercept vs laser)',
           'Un homme de %d ans présente une surdité unilatérale droite brusque depuis 48 h. Audiogramme : perte de 60 dB. '
           'Discussion : prednisone 60 mg vs injection intratympanique.',
           'Une adolescente de %d ans sous isotrétinoïne 40 mg présente des triglycérides à 5,1 mmol/L. Poursuivre ou réduire la dose?',
           'Un patient de %d ans sous alendronate depuis 8 ans doit subir une extraction de 46. Risque d\'ostéonécrose?'],
    'en': ['A %d-year-old woman with type 2 diabetes presents with decreased vision OS. OCT central subfield 412 µm. '
           'HbA1c 9.4%%. What is your management? (aflibercept vs laser)',
           'A %d-year-old man presents with sudden right hearing loss for 48 h. Audiogram: 60 dB loss. '
           'Discussion: prednisone 60 mg vs intratympanic injection.',
           'A %d-year-old teenager on isotretinoin 40 mg has triglycerides of 5.1 mmol/L. Continue or reduce?',
           'A %d-year-old patient on alendronate for 8 years needs extraction of 46. Risk of osteonecrosis?'],
}


def n_teaching_case(c):
    doc = c.staff()
    i = c.rng.randrange(len(CASES[c.lang]))
    case = CASES[c.lang][i] % c.rng.randint(*[(55, 80), (35, 70), (15, 18), (60, 85)][i])
    body = [('p', c.T('Bonjour aux résidents,', 'Hi residents,')),
            ('p', c.T('Cas clinique de la semaine (anonymisé) :', 'Case of the week (de-identified):')), ('p', case),
            ('p', c.T('Réponses en réunion vendredi 7 h 30. Aucune donnée nominative ne doit être partagée.',
                      'Answers at Friday 7:30 rounds. No identifying data to be shared.')), ('sig', c.sig(doc))]
    return dict(category='teaching_case', frm=doc['addr'], to=c.generic_box('chu', 'residents', 'residents'),
                subject=c.T('Cas de la semaine', 'Case of the week'), blocks=body, note='anonymised teaching case')


def n_invoice_po(c):
    v = c.pick(D.VENDORS)
    buyer = c.manager(3)
    items = c.pick([[('Lampe à fente LS-900', 'Slit lamp LS-900', 18450.00), ('Tonomètre à aplanation', 'Applanation tonometer', 3290.00)],
                    [('Audiomètre clinique AC-40', 'Clinical audiometer AC-40', 12800.00), ('Cabine insonorisée (installation)', 'Sound booth (installation)', 7400.00)],
                    [('Fauteuil dentaire DX-5', 'Dental chair DX-5', 26900.00), ('Autoclave classe B 23 L', 'Class B autoclave 23 L', 9150.00)],
                    [('Dermatoscope numérique', 'Digital dermatoscope', 6400.00), ('Laser vasculaire 595 nm', '595 nm vascular laser', 88000.00)]])
    rows = []
    for fr, en, price in items:
        rows.append([fr if c.fr else en, 'SN ' + I.luhn_serial(c.rng, 9), '1', '%.2f' % price])
    total = sum(p for _, _, p in items)
    po = 'PO-%d-%05d' % (2024, c.rng.randint(1000, 99999))
    inv = I.mod97_number(c.rng)
    body = [('p', c.greeting(buyer)),
            ('p', c.T('Veuillez trouver ci-joint la facture %s pour le bon de commande %s.' % (inv, po),
                      'Please find attached invoice %s for purchase order %s.' % (inv, po))),
            ('table', c.T(['Article', 'No de série', 'Qté', 'Prix'], ['Item', 'Serial', 'Qty', 'Price']), rows),
            ('p', c.T('Total avant taxes : %.2f $ — TPS/TVQ en sus. Paiement net 30 jours.' % total, 'Subtotal: $%.2f + GST/QST. Net 30.' % total)),
            ('sig', ['Service à la clientèle', v['name'], v['tel'], 'facturation@' + v['dom']])]
    pdf = M.pdf_bytes('Facture %s' % inv, ['%s  %s  %s' % (r[0], r[1], r[3]) for r in rows] + ['', 'Bon de commande : ' + po,
                      'Total : %.2f' % total], compress=c.chance(0.5))
    return dict(category='invoice_po', frm='%s <facturation@%s>' % (v['name'], v['dom']), to=buyer['addr'],
                subject=c.T('Facture ', 'Invoice ') + inv, blocks=body, attachments=[(pdf, 'application/pdf', 'facture_%s.pdf' % inv)],
                note='vendor invoice with Luhn-valid serials and mod-97 invoice number')


def n_equipment_maintenance(c):
    bio = c.manager(1)
    dst = c.nurse('chu')
    prefix = c.pick(['OPHT', 'ORLX', 'DERM', 'DENT', 'BIOM'])
    rows = []
    for name_fr, name_en in c.rng.sample([('OCT Spectralis', 'Spectralis OCT'), ('Phaco Centurion', 'Centurion phaco'),
                                          ('Tympanomètre', 'Tympanometer'), ('Microscope opératoire', 'Operating microscope'),
                                          ('Autoclave Statim', 'Statim autoclave'), ('Cryothérapie CryoPro', 'CryoPro cryotherapy'),
                                          ('Laser YAG', 'YAG laser')], 4):
        rows.append([name_fr if c.fr else name_en, I.nam_like_asset(c.rng, prefix), I.luhn_serial(c.rng, 10),
                     c.later(3, 60).isoformat()])
    body = [('p', c.greeting(dst)),
            ('p', c.T('Entretien préventif planifié pour les appareils suivants. Merci de libérer les salles aux dates indiquées.',
                      'Preventive maintenance is scheduled for the following devices. Please free the rooms on the dates shown.')),
            ('table', c.T(['Appareil', 'No d\'actif', 'No de série', 'Date'], ['Device', 'Asset tag', 'Serial', 'Date']), rows, 'pad'),
            ('sig', c.sig(bio))]
    return dict(category='equipment_maintenance', frm=bio['addr'], to=dst['addr'], cc=c.manager(0)['addr'],
                subject=c.T('Entretien préventif - cliniques externes', 'Preventive maintenance - outpatient clinics'), blocks=body,
                note='asset tags shaped like NAMs, Luhn serials')


def n_iol_recall(c):
    v = c.pick(D.VENDORS[:1] + D.VENDORS[3:4])
    dst = c.manager(3)
    lots = [I.mod97_number(c.rng) for _ in range(c.rng.randint(3, 6))]
    body = [('p', c.T('AVIS DE RAPPEL VOLONTAIRE — Classe II', 'VOLUNTARY RECALL NOTICE - Class II')),
            ('p', c.T('Les lentilles intraoculaires monofocales modèle AX-22 des lots suivants présentent un défaut d\'emballage '
                      'stérile. Aucun incident clinique rapporté. Retirer les unités de l\'inventaire et les retourner.',
                      'Monofocal intraocular lenses model AX-22 from the following lots have a sterile packaging defect. No '
                      'clinical incident reported. Remove units from inventory and return them.')),
            ('list', ['LOT ' + l + c.T(' (exp. ', ' (exp. ') + c.later(100, 700).strftime('%Y-%m') + ')' for l in lots]),
            ('p', c.T('Formulaire de confirmation à retourner sous 10 jours ouvrables.', 'Return the acknowledgement form within 10 business days.')),
            ('sig', ['Affaires réglementaires', v['name'], v['tel']])]
    return dict(category='iol_recall', frm='%s <rappels@%s>' % (v['name'], v['dom']), to=dst['addr'],
                subject=c.T('Rappel - LIO AX-22', 'Recall - AX-22 IOL'), blocks=body, note='device recall with lot numbers')
