"""Negative templates, part 3: anonymised teaching cases, policy memos, master compounding
formulas, fridge / equipment notices, physician directories, research protocols,
public notices, equipment serial numbers."""
import datetime as _dt

import gen_attach as A
import gen_common as C
import gen_data as D
from gen_base import join
from gen_neg1 import _org, _luhn_serial, _lot


# ------------------------------------------------------------------ teaching case
CASES = [
    ("Une femme de %d ans avec FA et IRC stade 3b (DFGe 38) prend de l'apixaban 5 mg BID et de l'amiodarone. "
     "Poids 58 kg. Questions : la dose d'apixaban est-elle appropriée? Quelle interaction surveiller?",
     "A %d-year-old woman with AF and CKD 3b (eGFR 38) takes apixaban 5 mg BID and amiodarone. Weight 58 kg. "
     "Questions: is the apixaban dose appropriate? Which interaction should be monitored?"),
    ("Un homme de %d ans sous lithium depuis 10 ans se présente avec tremblements et confusion après l'ajout "
     "d'hydrochlorothiazide. Lithémie 1,8 mmol/L. Discutez de la prise en charge.",
     "A %d-year-old man on lithium for 10 years presents with tremor and confusion after hydrochlorothiazide "
     "was added. Lithium 1.8 mmol/L. Discuss management."),
    ("Patient de %d ans, greffé rénal, sous tacrolimus; on prescrit de la clarithromycine. Taux résiduel passe "
     "de 6 à 19 µg/L. Quelle alternative proposer?",
     "%d-year-old kidney transplant recipient on tacrolimus is prescribed clarithromycin. Trough rises from 6 "
     "to 19 ug/L. What alternative would you suggest?"),
    ("Enfant de %d ans, 18 kg, otite moyenne aiguë, allergie rapportée à l'amoxicilline (rash non urticarien à "
     "2 ans). Est-ce une vraie allergie? Quelle dose d'amoxicilline?",
     "A %d-year-old child, 18 kg, acute otitis media, reported amoxicillin allergy (non-urticarial rash at age "
     "2). True allergy? What amoxicillin dose?"),
    ("Femme de %d ans, 14 médicaments, chutes répétées. Identifiez les médicaments potentiellement inappropriés "
     "selon les critères de Beers et proposez un plan de déprescription.",
     "A %d-year-old woman on 14 medications with recurrent falls. Identify potentially inappropriate "
     "medications (Beers criteria) and propose a deprescribing plan."),
]


def teaching_case(c):
    c.set_region()
    org = c.hospital()
    teacher = c.pharmacist(True)
    k = c.rng.randrange(len(CASES))
    age = [c.rng.randrange(70, 88), c.rng.randrange(40, 65), c.rng.randrange(35, 60), c.rng.randrange(3, 6),
           c.rng.randrange(78, 92)][k]
    case = (CASES[k][0] if c.fr else CASES[k][1]) % age
    intro = c.L("Cas clinique pour le club de lecture des résidents de %s (cas fictif / anonymisé) :",
                "Case for %s's resident journal club (fictional / de-identified):") % C.fmt_day(c.days(3), c.lang)
    atts = []
    if c.chance(0.4):
        atts.append({'filename': c.L('cas_clinique_n°%d.docx', 'case_%d.docx') % (k + 1),
                     'ctype': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                     'data': A.make_docx(c.L('Cas clinique %d', 'Clinical case %d') % (k + 1),
                                         [case, c.L('Réponses à remettre avant la rencontre.', 'Answers due before the session.')],
                                         author=teacher['full'])})
    text = join(c.greet(), intro, case, c.L('Préparez vos réponses; on en discute en groupe.', 'Come prepared; we will discuss as a group.'),
                teacher['full'] + '\n' + teacher['title'] + '\n' + org['name'])
    if c.chance(0.35):
        res = c.staff()
        reply = c.L('Merci! Question : doit-on tenir compte du poids pour le cas?', 'Thanks! Should we factor weight into the case?')
        q = c.quote(text, '%s <%s>' % (teacher['full'], c.addr_of(teacher, org['domain'])), c.earlier(2, 40))
        subj0 = c.L('Cas clinique – club de lecture', 'Journal club case')
        text = join(reply, res['given'], q.replace('{SUBJ}', subj0).replace('{TO}', c.L('Résidents', 'Residents')))
        return c.spec('teaching_case', 'RE: ' + subj0, text, (res['full'], c.addr_of(res, org['domain'])),
                      [(teacher['full'], c.addr_of(teacher, org['domain']))], attachments=atts,
                      note='anonymised teaching case (reply)')
    subj = c.L('Cas clinique – club de lecture', 'Journal club case')
    return c.spec('teaching_case', subj, text, (teacher['full'], c.addr_of(teacher, org['domain'])),
                  [(c.L('Résidents en pharmacie', 'Pharmacy residents'), c.generic_addr('residents', org['domain']))],
                  attachments=atts, note='anonymised teaching case')


# ------------------------------------------------------------------ policy memo
def policy_memo(c):
    c.set_region()
    org = _org(c)
    me = c.pharmacist('mrn_len' in org)
    k = c.rng.randrange(6)
    memos = [
        (c.L('Renouvellements d\'opioïdes', 'Opioid renewals'),
         c.L("À compter du %s, toute demande de renouvellement d'opioïdes (hydromorphone, morphine, oxycodone) doit "
             "être transmise au prescripteur par télécopieur sécurisé et non par courriel. Les prolongations par le "
             "pharmacien ne s'appliquent pas aux stupéfiants.",
             "Starting %s, all opioid renewal requests (hydromorphone, morphine, oxycodone) must go to the prescriber "
             "by secure fax, not e-mail. Pharmacist extensions do not apply to narcotics.")),
        (c.L('Double vérification indépendante', 'Independent double check'),
         c.L("Rappel : depuis le %s, l'insuline IV, l'héparine et les opioïdes en perfusion exigent une double "
             "vérification indépendante. Un patient d'une unité de médecine a récemment reçu une double dose "
             "d'héparine; aucune conséquence grave, mais l'événement a été analysé en comité.",
             "Reminder: since %s, IV insulin, heparin and opioid infusions require an independent double check. "
             "A patient on a medicine unit recently received a double heparin dose; no serious harm, but the event "
             "was reviewed by the committee.")),
        (c.L('Procédure BCM à l\'admission', 'Admission BPMH procedure'),
         c.L("Nouvelle procédure en vigueur le %s : le BCM doit être complété dans les 24 h suivant l'admission pour "
             "tous les patients de 65 ans et plus ou prenant 5 médicaments et plus. Sources : DSQ, pharmacie "
             "communautaire et entrevue.",
             "New procedure effective %s: the BPMH must be completed within 24 h of admission for all patients "
             "65+ or on 5+ medications. Sources: provincial drug viewer, community pharmacy and interview.")),
        (c.L('Substitution en cas de rupture', 'Substitution during shortages'),
         c.L("Depuis le %s, les pharmaciens peuvent substituer un médicament en rupture par un autre de la même "
             "sous-classe thérapeutique. Documenter au dossier et aviser le prescripteur dans les 48 h.",
             "Since %s, pharmacists may substitute a shortage drug with another in the same therapeutic "
             "subclass. Document and notify the prescriber within 48 h.")),
        (c.L('Décompte des stupéfiants', 'Narcotic count'),
         c.L("Le décompte hebdomadaire des stupéfiants se fera désormais le %s à 8 h. Tout écart doit être signalé "
             "au pharmacien-chef et consigné au registre.",
             "The weekly narcotic count will now take place on %s at 8 am. Any discrepancy must be reported to the "
             "pharmacy manager and logged.")),
        (c.L('Courriel et renseignements personnels', 'E-mail and personal health information'),
         c.L("Rappel de la politique du %s : ne jamais inscrire le nom, le NAM ou le diagnostic d'un patient dans "
             "l'objet d'un courriel. Utiliser les initiales du dossier interne et la messagerie sécurisée.",
             "Policy reminder (%s): never put a patient's name, health card number or diagnosis in an e-mail "
             "subject line. Use the secure messaging tool.")),
    ]
    title, body = memos[k]
    body = body % C.fmt_date(c.days(c.rng.randrange(-20, 20)), c.lang, 0)
    text = join(c.greet(), c.L('NOTE DE SERVICE – ', 'MEMO - ') + title, body, c.close(), c.signature(me, org))
    return c.spec('policy_memo', c.L('Note de service : ', 'Memo: ') + title, text, (me['full'], c.addr_of(me, org['domain'])),
                  [(c.L('Personnel de la pharmacie', 'Pharmacy staff'), c.generic_addr('pharmacie', org['domain']))],
                  note='policy memo (%d)' % k)


# ------------------------------------------------------------------ master compounding formula
def compounding_formula(c):
    c.set_region()
    ph = c.pharmacy()
    me = c.pharmacist()
    k = c.rng.randrange(3)
    forms = [
        (c.L('Oméprazole 2 mg/mL – suspension orale', 'Omeprazole 2 mg/mL oral suspension'),
         [c.L('Oméprazole capsules 20 mg : 10', 'Omeprazole 20 mg capsules: 10'),
          c.L('Bicarbonate de sodium 8,4 % : qsp 100 mL', 'Sodium bicarbonate 8.4%: qs 100 mL')],
         c.L('DLU : 30 jours au réfrigérateur', 'BUD: 30 days refrigerated')),
        (c.L('Onguent diltiazem 2 %', 'Diltiazem 2% ointment'),
         [c.L('Diltiazem HCl poudre : 0,6 g', 'Diltiazem HCl powder: 0.6 g'), c.L('Vaseline blanche : qsp 30 g', 'White petrolatum: qs 30 g')],
         c.L('DLU : 90 jours à température ambiante', 'BUD: 90 days room temperature')),
        (c.L('Rince-bouche « magique »', '"Magic" mouthwash'),
         [c.L('Lidocaïne visqueuse 2 % : 80 mL', 'Viscous lidocaine 2%: 80 mL'), 'Maalox : 80 mL',
          c.L('Diphenhydramine sirop : 80 mL', 'Diphenhydramine syrup: 80 mL')],
         c.L('DLU : 14 jours', 'BUD: 14 days')),
    ]
    title, ingr, bud = forms[k]
    lines = [c.L('Formule maîtresse – ', 'Master formulation record - ') + title, c.L('Ingrédients :', 'Ingredients:')] + \
        ['  - ' + x for x in ingr] + [bud, c.L('Référence : norme NAPRA / USP <795>', 'Reference: NAPRA / USP <795>'),
                                      c.L('Lot interne : ', 'Internal lot: ') + _lot(c)]
    atts = []
    if c.chance(0.5):
        atts.append({'filename': c.L('formule_maîtresse_%d.pdf', 'MFR_%d.pdf') % (k + 1), 'ctype': 'application/pdf',
                     'data': A.make_pdf(title, lines, compress=c.chance(0.5))})
    text = join(c.greet(), c.L('Voici la formule maîtresse mise à jour :', 'Updated master formulation record:'),
                '\n'.join(lines), c.close(), c.signature(me, ph))
    return c.spec('compounding_formula', c.L('Formule maîtresse – %s', 'MFR - %s') % title, text,
                  (me['full'], c.addr_of(me, ph['domain'])),
                  [(c.L('Labo magistral', 'Compounding lab'), c.generic_addr('magistrales', ph['domain']))],
                  attachments=atts, note='master compounding formula, no patient')


# ------------------------------------------------------------------ fridge / facilities
def fridge_facilities(c):
    c.set_region()
    org = _org(c)
    me = c.staff()
    asset = _luhn_serial(c, 9, 'sin')
    vaccs = c.rng.sample(['Shingrix', 'Fluzone HD', 'Prevnar 20', 'Arexvy', 'Twinrix', 'Boostrix'], 3)
    body = c.L("Excursion de température au réfrigérateur à vaccins no %s (actif %s) : 11,2 °C pendant 3 h 40 "
               "la nuit du %s (panne de courant). Lots mis en quarantaine :\n%s\nLe fabricant a été contacté pour la "
               "stabilité. Ne pas utiliser d'ici nouvel ordre." ,
               "Temperature excursion in vaccine fridge #%s (asset %s): 11.2 C for 3 h 40 min overnight on %s "
               "(power outage). Lots quarantined:\n%s\nManufacturers contacted regarding stability. Do not use "
               "until further notice.") % (c.rng.randrange(1, 6), asset, C.fmt_date(c.days(-1), c.lang, 0),
                                           '\n'.join('- %s lot %s' % (v, _lot(c)) for v in vaccs))
    text = join(c.greet(), body, me['full'] + '\n' + c.L('Services techniques', 'Facilities'))
    return c.spec('fridge_facilities', c.L('Excursion de température – frigo vaccins', 'Vaccine fridge temperature excursion'),
                  text, (me['full'], c.addr_of(me, org['domain'])),
                  [(c.L('Pharmacie', 'Pharmacy'), c.generic_addr('pharmacie', org['domain']))], note='vaccine fridge excursion')


# ------------------------------------------------------------------ physician directory
def referral_directory(c):
    c.set_region()
    org = c.hospital()
    me = c.staff()
    docs = [(c.doctor(c.L('rhumatologue', 'rheumatologist')), c.L('polyarthrite rhumatoïde, méthotrexate SC, biologiques',
                                                                   'rheumatoid arthritis, SC methotrexate, biologics')),
            (c.doctor(c.L('infectiologue', 'ID specialist')), c.L('VIH, PrEP, hépatite C', 'HIV, PrEP, hepatitis C')),
            (c.doctor(c.L('psychiatre', 'psychiatrist')), c.L('trouble bipolaire, clozapine', 'bipolar disorder, clozapine')),
            (c.doctor(c.L('médecin en dépendance', 'addiction medicine')), c.L('TAO (méthadone, buprénorphine)',
                                                                               'OAT (methadone, buprenorphine)')),
            (c.doctor(c.L('néphrologue', 'nephrologist')), c.L('IRC, ajustement des doses', 'CKD, dose adjustment'))]
    chosen = c.rng.sample(docs, c.rng.randrange(3, 6))
    lines = ['- %s (%s) : %s — %s' % (d['disp'], d['spec'], topic, C.phone(c.rng, org['area'])) for d, topic in chosen]
    body = c.L("Liste à jour des médecins répondants pour les questions des pharmaciens communautaires :",
               "Updated list of on-call physicians for community pharmacists' questions:")
    text = join(c.greet(), body, '\n'.join(lines), c.L('Merci de ne pas diffuser les numéros directs aux patients.',
                                                       'Please do not share direct lines with patients.'), me['full'])
    return c.spec('referral_directory', c.L('Médecins répondants – mise à jour', 'On-call physicians - update'), text,
                  (me['full'], c.addr_of(me, org['domain'])),
                  [(c.L('Pharmacies du territoire', 'Area pharmacies'), c.generic_addr('pharmacies-territoire', org['domain']))],
                  note='physicians listed with diseases they treat')


# ------------------------------------------------------------------ research protocol
def research_protocol(c):
    c.set_region()
    org = c.hospital()
    pi = c.pharmacist(True)
    title = c.choice([c.L('Déprescription des IPP en CHSLD : essai pragmatique', 'PPI deprescribing in long-term care: a pragmatic trial'),
                      c.L('Impact du pharmacien sur le BCM au congé', 'Pharmacist impact on discharge med rec'),
                      c.L('Dosage de la vancomycine par ASC vs résiduelle', 'AUC-guided vs trough-guided vancomycin dosing')])
    body = c.L("Protocole version %d.%d pour soumission au CÉR. Critères d'inclusion : 65 ans et plus, au moins 5 "
               "médicaments; exclusion : soins palliatifs. Taille d'échantillon : %d participants. Aucune donnée "
               "nominative ne sera transmise; codage par identifiant d'étude." % (c.rng.randrange(1, 4), c.rng.randrange(10),
                                                                                   c.rng.randrange(80, 400)),
               "Protocol version %d.%d for REB submission. Inclusion: age 65+, 5+ medications; exclusion: palliative "
               "care. Sample size: %d participants. No identifiable data will be shared; study IDs only."
               % (c.rng.randrange(1, 4), c.rng.randrange(10), c.rng.randrange(80, 400)))
    atts = [{'filename': c.L('protocole_étude_v%d.docx', 'protocol_v%d.docx') % c.rng.randrange(1, 4),
             'ctype': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
             'data': A.make_docx(title, [body, c.L('Méthodes : ...', 'Methods: ...')], author=pi['full'])}]
    text = join(c.greet(), c.L('Projet : ', 'Project: ') + title, body, c.close(), pi['full'])
    return c.spec('research_protocol', c.L('Protocole – %s', 'Protocol - %s') % title, text,
                  (pi['full'], c.addr_of(pi, org['domain'])),
                  [(c.L('Comité d\'éthique', 'Research Ethics Board'), c.generic_addr('cer', org['domain']))],
                  attachments=atts, note='research protocol without participants')


# ------------------------------------------------------------------ public notices
def public_notice(c):
    c.set_region()
    ph = c.pharmacy()
    me = c.pharmacist()
    k = c.rng.randrange(3)
    if k == 0:
        body = c.L("Clinique de vaccination grippe et COVID-19 à la pharmacie : prenez rendez-vous en ligne ou au "
                   "%s. Gratuit pour les 60 ans et plus, les personnes atteintes de maladies chroniques et les "
                   "femmes enceintes." % C.phone(c.rng, ph['area']),
                   "Flu and COVID-19 vaccine clinic at the pharmacy: book online or call %s. Free for adults 65+, "
                   "people with chronic conditions and pregnant women." % C.phone(c.rng, ph['area']))
        subj = c.L('Vaccination saisonnière', 'Seasonal vaccination')
    elif k == 1:
        body = c.L("Horaire des Fêtes : fermé les 25 et 26 décembre et le 1er janvier. Pensez à renouveler vos "
                   "médicaments à l'avance.", "Holiday hours: closed Dec 25-26 and Jan 1. Please order your refills early.")
        subj = c.L('Horaire des Fêtes', 'Holiday hours')
    else:
        body = c.L("Nouveau service : votre pharmacien peut maintenant prescrire pour certaines conditions mineures "
                   "(infection urinaire, conjonctivite, zona). Consultation sur rendez-vous.",
                   "New service: your pharmacist can now prescribe for minor ailments (UTI, pink eye, shingles). "
                   "Book a consultation.")
        subj = c.L('Nouveau service en pharmacie', 'New pharmacy service')
    text = join(c.L('Chère clientèle,', 'Dear customers,'), body, c.L('L\'équipe de ', 'The team at ') + ph['name'],
                c.L('Pour vous désabonner, cliquez ici.', 'Unsubscribe'))
    return c.spec('public_notice', subj, text, (ph['name'], c.generic_addr('nouvelles', ph['domain'])),
                  [(c.L('Clientèle', 'Customers'), c.generic_addr('infolettre', ph['domain']))], mode=c.choice(['html', 'alt']),
                  note='pharmacy public notice')


# ------------------------------------------------------------------ equipment serials
def vendor_serial(c):
    c.set_region()
    org = _org(c)
    sup = c.choice(D.SUPPLIERS)
    me = c.staff()
    equip = c.choice([c.L('hotte à flux laminaire', 'laminar airflow hood'), c.L('ensacheuse automatisée', 'pouch packager'),
                      c.L('réfrigérateur pharmaceutique', 'pharmacy-grade refrigerator'), c.L('cabinet automatisé', 'automated dispensing cabinet')])
    serials = [_luhn_serial(c, c.choice([9, 10, 16])) for _ in range(c.rng.randrange(1, 4))]
    rows = [[c.L('Équipement', 'Equipment'), c.L('No de série', 'Serial no.'), c.L('Fin de garantie', 'Warranty end')]] + \
           [[equip, s, C.fmt_date(c.days(c.rng.randrange(100, 900)), c.lang, 1)] for s in serials]
    body = c.L("Confirmation de l'entretien préventif et de la certification annuelle (%s). Numéros de série :\n%s",
               "Confirmation of preventive maintenance and annual certification (%s). Serial numbers:\n%s") % (
        equip, '\n'.join(' | '.join(r) for r in rows[1:]))
    atts = []
    if c.chance(0.5):
        atts.append({'filename': c.L('certificat_%s.pdf', 'certificate_%s.pdf') % serials[0], 'ctype': 'application/pdf',
                     'data': A.make_pdf(c.L('Certificat de certification', 'Certification certificate'),
                                        [sup['name'], equip], table=rows, compress=c.chance(0.5))})
    text = join(c.greet(), body, c.close(), me['full'] + '\n' + sup['name'])
    return c.spec('vendor_serial', c.L('Certification annuelle – %s', 'Annual certification - %s') % equip, text,
                  (me['full'], c.addr_of(me, sup['domain'])),
                  [(c.L('Pharmacie', 'Pharmacy'), c.generic_addr('pharmacie', org['domain']))], attachments=atts,
                  note='equipment serial numbers (Luhn-valid)')


PLAN = [(teaching_case, 10), (policy_memo, 10), (compounding_formula, 6), (fridge_facilities, 6),
        (referral_directory, 6), (research_protocol, 4), (public_notice, 6), (vendor_serial, 4)]
