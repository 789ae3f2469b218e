"""Negative templates, part C: billing, training, internal threads, calendars, cards, archives."""
import datetime

import attach
import ids
import vocab as V
from compose import Mail


def billing_aggregate(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    mgr = c.me('mgr')
    agent = ids.staff(rng)
    m.frm = (agent['full'] + c.L(' - Facturation', ' - Billing'), '%s@facturation-gmf.example' % agent['local'])
    m.to = [(mgr['full'], mgr['addr'])]
    m.subject = c.L('Sommaire facturation RAMQ - période %d' % rng.randrange(1, 26), 'RAMQ billing summary - period %d' % rng.randrange(1, 26))
    rows = [[code, desc, rng.randrange(20, 600), '%.2f' % (rng.random() * 30000)] for code, desc in
            rng.sample([('15804', c.L('Visite de suivi', 'Follow-up visit')), ('08870', c.L('Visite SRV', 'Walk-in visit')),
                        ('15841', c.L('Prise en charge vulnérable', 'Vulnerable patient care')), ('19928', c.L('Forfait inscription', 'Rostering fee')),
                        ('00103', c.L('Examen complet majeur', 'Major complete exam')), ('15150', c.L('Télémédecine', 'Telemedicine'))], 4)]
    m.blocks = [V.greet(lang, rng, mgr['given']), c.L('Voici le sommaire agrégé par code d\'acte. %d demandes refusées (motif 105 - NAM invalide), corrigées et renvoyées.' % rng.randrange(2, 15),
                                                    'Aggregated summary by billing code. %d claims refused (reason 105 - invalid health card), corrected and resubmitted.' % rng.randrange(2, 15)),
                ('table', c.L(['Code', 'Acte', 'Nombre', 'Montant $'], ['Code', 'Service', 'Count', 'Amount $']), rows),
                ('sig', [agent['full'], c.L('Agence de facturation', 'Billing agency'), ids.phone(rng)])]
    m.note = 'aggregated billing summary (codes, counts)'
    return m


def training(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    coord = c.me('coord')
    m.frm = (coord['full'], coord['addr'])
    m.to = [(c.L('Personnel infirmier', 'Nursing staff'), 'soins@' + c.dom)]
    t = c.choice([('Recertification RCR - SIR', 'CPR/BLS recertification'), ('Formation DMÉ : module vaccination', 'EMR training: immunization module'),
                  ('Atelier : pied diabétique', 'Workshop: diabetic foot'), ('Ordonnances collectives - mise à jour', 'Collective prescriptions update')])
    d = datetime.date(2024, 11, rng.randrange(1, 28))
    m.subject = c.L('Formation : %s' % t[0], 'Training: %s' % t[1])
    rows = [[c.staff()['full'], c.choice(['8h30', '13h00'])] for _ in range(rng.randrange(3, 7))]
    m.blocks = [c.L('Séance le %s. Inscrits :' % c.date(d), 'Session on %s. Registered:' % c.date(d)), ('table', c.L(['Nom', 'Groupe'], ['Name', 'Group']), rows),
                c.sig(coord)]
    m.note = 'staff training roster (staff names)'
    return m


def staff_social(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    st = c.me(c.choice(['sec', 'nurse', 'recep']))
    hero = c.staff()
    m.frm = (st['full'], st['addr'])
    m.to = [(c.L('Équipe', 'Team'), 'equipe@' + c.dom)]
    bd = datetime.date(rng.randrange(1965, 2000), rng.randrange(1, 13), rng.randrange(1, 28))
    v = c.choice(['bday', 'potluck', 'retire'])
    if v == 'bday':
        m.subject = c.L('Surprise pour %s!' % hero['given'], 'Surprise for %s!' % hero['given'])
        m.blocks = [c.L('Chut! %s fête ses %d ans le %d/%d. Gâteau à 15 h dans la salle du personnel, contribution 5 $.' % (hero['full'], 2024 - bd.year, bd.day, bd.month),
                        'Shh! %s turns %d on %d/%d. Cake at 3 pm in the staff room, $5 contribution.' % (hero['full'], 2024 - bd.year, bd.month, bd.day)), st['given']]
    elif v == 'potluck':
        m.subject = c.L('Dîner-partage vendredi', 'Potluck Friday')
        m.blocks = [c.L('Inscrivez-vous sur la feuille au babillard. Allergies : noix (2 personnes), gluten.', 'Sign up on the board. Allergies: nuts (2 people), gluten.'), st['given']]
    else:
        m.subject = c.L('Départ à la retraite de %s' % hero['full'], 'Retirement of %s' % hero['full'])
        m.blocks = [c.L('Après 27 ans au GMF, %s prend sa retraite. 5 à 7 le 22 novembre au resto du coin.' % hero['full'],
                        'After 27 years at the clinic, %s is retiring. Farewell drinks on November 22.' % hero['full']), c.sig(st)]
    m.note = 'staff social message'
    return m


def internal_thread(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    a = V.doctor(rng)
    b = V.doctor(rng)
    a['addr'] = '%s@%s' % (a['local'], c.dom)
    b['addr'] = '%s@%s' % (b['local'], c.dom)
    m.frm = (V.dname(a, lang), a['addr'])
    m.to = [(V.dname(b, lang), b['addr'])]
    m.reply = True
    d = datetime.date(2024, 11, rng.randrange(1, 28))
    m.subject = c.L('RE: RE: qui couvre le SRV samedi %s?' % c.date(d), 'RE: RE: who covers walk-in Saturday %s?' % c.date(d))
    m.blocks = [c.L('Parfait, je prends le samedi et tu fais mon jeudi soir. Je mets à jour l\'horaire.', 'Great, I take Saturday and you do my Thursday evening. Updating the schedule.'),
                a['given'],
                ('quote', c.L('Le %s, %s a écrit :' % (c.date(d - datetime.timedelta(days=3)), V.dname(b, lang)), 'On %s, %s wrote:' % (c.date(d - datetime.timedelta(days=3)), V.dname(b, lang))),
                 [c.L('Je peux faire ton jeudi si tu prends le samedi. J\'ai ma clinique de suivi de grossesse le jeudi matin par contre.',
                      "I can do your Thursday if you take Saturday. I have my prenatal clinic Thursday morning though."),
                  ('quote', c.L('%s a écrit :' % V.dname(a, lang), '%s wrote:' % V.dname(a, lang)),
                   [c.L('Quelqu\'un peut échanger le SRV de samedi? Congrès de médecine familiale.', 'Can someone swap Saturday walk-in? Family medicine conference.')])])]
    m.note = 'internal physician reply thread about shifts'
    return m


def ics_meeting(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    coord = c.me('coord')
    m.frm = (coord['full'], coord['addr'])
    m.to = [(c.L('Équipe interdisciplinaire', 'Interdisciplinary team'), 'equipe@' + c.dom)]
    start = datetime.datetime(2024, 11, rng.randrange(1, 28), 12, 0)
    t = c.choice([('Réunion d\'équipe mensuelle', 'Monthly team meeting'), ('Caucus hebdomadaire SRV', 'Weekly walk-in huddle'),
                  ('Comité de gestion GMF', 'FMG management committee')])
    m.subject = c.L('Invitation : %s' % t[0], 'Invitation: %s' % t[1])
    ics = attach.make_ics('%d@%s' % (rng.randrange(10 ** 6, 10 ** 7), c.dom), start, 60, t[0] if lang == 'fr' else t[1],
                          c.L('Ordre du jour : statistiques SRV, horaire des fêtes, varia', 'Agenda: walk-in stats, holiday schedule, other'),
                          c.L('Salle Érable / Teams', 'Maple room / Teams'), (coord['full'], coord['addr']),
                          [(c.staff()['full'], 'equipe@' + c.dom)])
    m.blocks = [c.L('Voir l\'invitation.', 'See invitation.'), c.sig(coord)]
    m.att('invitation.ics', ics, 'text/calendar')
    m.note = 'staff meeting invitation (ICS)'
    return m


def vcard_rep(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    sup = c.choice(ids.SUPPLIERS)
    rep = ids.staff(rng)
    m.frm = (rep['full'], '%s@%s' % (rep['local'], sup[1]))
    mgr = c.me('mgr')
    m.to = [(mgr['full'], mgr['addr'])]
    m.subject = c.L('Nouvelle représentante / nouveau représentant pour votre territoire', 'Your new territory representative')
    m.blocks = [V.greet(lang, rng, mgr['given']), c.L('Je prends le relais de votre compte. Vous trouverez ma carte ci-jointe.', 'I am taking over your account. My card is attached.'),
                ('sig', [rep['full'], sup[0]])]
    m.att('%s.vcf' % rep['local'], attach.make_vcard(rep['full'], '%s;%s;;;' % (rep['surname'], rep['given']), tel=ids.phone(rng),
                                                   email='%s@%s' % (rep['local'], sup[1]), org=sup[0], title=c.L('Représentant(e)', 'Account rep')),
          'text/vcard')
    m.note = 'sales rep vCard'
    return m


def zip_policies(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    coord = c.me('coord')
    m.frm = (coord['full'], coord['addr'])
    m.to = [(c.L('Personnel', 'Staff'), 'personnel@' + c.dom)]
    m.subject = c.L('Procédures révisées 2024', 'Revised procedures 2024')
    docs = [(c.L('Procédure_renouvellements.pdf', 'Renewals_procedure.pdf'),
             attach.make_pdf(c.L('Procédure - renouvellements', 'Procedure - renewals'),
                             [c.L('1. Vérifier l\'identité (nom, DDN, NAM) du demandeur', '1. Verify identity (name, DOB, health card)'),
                              c.L('2. Valider la médication active au DMÉ', '2. Check active medication in EMR'),
                              c.L('3. Transmettre au prescripteur', '3. Route to prescriber')])),
            (c.L('Procédure_resultats_critiques.docx', 'Critical_results_procedure.docx'),
             attach.make_docx(c.L('Résultats critiques', 'Critical results'),
                              [c.L('Tout résultat critique (ex. K+ > 6,0, RNI > 5) doit être communiqué au médecin dans l\'heure.',
                                   'Any critical result (e.g. K+ > 6.0, INR > 5) must reach the physician within one hour.')])),
            ('LISEZMOI.txt' if lang == 'fr' else 'README.txt', c.L('Version 2024-10. Remplace les versions antérieures.\r\n', 'Version 2024-10. Supersedes earlier versions.\r\n').encode('utf-8'))]
    m.blocks = [c.L('Voici les procédures révisées (archive ZIP).', 'Revised procedures attached (ZIP).'), c.sig(coord)]
    m.att(c.L('procedures_2024.zip', 'procedures_2024.zip'), attach.make_zip(docs), 'application/zip')
    m.note = 'zip of procedures'
    return m


def portal_autoreply(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    m.frm = (V.clinic_name(c.cl, lang), 'ne-pas-repondre@' + c.dom)
    m.to = [('', 'info@' + c.dom)]
    m.subject = c.L('Réponse automatique : nous avons bien reçu votre message', 'Automatic reply: we received your message')
    m.blocks = [c.L('Merci de votre message. Cette adresse n\'est pas surveillée en dehors des heures d\'ouverture. Ne transmettez pas de renseignements '
                    'médicaux par courriel. Pour un renouvellement, utilisez le portail. Urgence : 911; Info-Santé : 811.',
                    'Thank you for your message. This mailbox is not monitored outside business hours. Do not send medical information by e-mail. '
                    'For renewals use the portal. Emergency: 911; Health line: 811.'), ('sig', [V.clinic_name(c.cl, lang), c.cl[5]])]
    m.note = 'generic auto-reply'
    return m


def insurance_info(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    sec = c.me('sec')
    m.frm = (sec['full'], sec['addr'])
    m.to = [(c.L('Équipe', 'Team'), 'equipe@' + c.dom)]
    m.subject = c.L('Tarifs des formulaires 2025', '2025 form fees')
    rows = [[c.L('Billet médical simple', 'Simple medical note'), '20 $'], [c.L('Formulaire d\'assurance invalidité', 'Disability insurance form'), '60 $'],
            [c.L('SAAQ - rapport médical', 'SAAQ medical report'), c.L('payé par la SAAQ', 'paid by SAAQ')], ['CNESST', c.L('payé par la CNESST', 'paid by CNESST')],
            [c.L('Copie de dossier', 'Chart copy'), c.L('0,38 $/page', '$0.38/page')]]
    m.blocks = [c.L('Nouveaux tarifs à afficher à la réception à partir du 1er janvier :', 'New fees to post at the front desk from January 1:'),
                ('table', c.L(['Service', 'Tarif'], ['Service', 'Fee']), rows), c.sig(sec)]
    m.note = 'fee schedule for forms'
    return m


def infection_control(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    nurse = c.me('nurse')
    m.frm = (nurse['full'] + c.L(' (PCI)', ' (IPC)'), nurse['addr'])
    m.to = [(c.L('Tout le personnel', 'All staff'), 'personnel@' + c.dom)]
    m.subject = c.L('Hausse des cas d\'influenza - port du masque', 'Influenza rise - masking')
    m.blocks = [c.L('La santé publique rapporte %d cas d\'influenza A confirmés dans la région cette semaine (+%d %%). Masque obligatoire en salle d\'attente du SRV. '
                    'Patients avec fièvre et toux : salle d\'isolement 2.' % (rng.randrange(80, 400), rng.randrange(10, 60)),
                    'Public health reports %d confirmed influenza A cases in the region this week (+%d%%). Masks mandatory in the walk-in waiting room. '
                    'Patients with fever and cough: isolation room 2.' % (rng.randrange(80, 400), rng.randrange(10, 60))), c.sig(nurse)]
    m.note = 'infection control notice with aggregate counts'
    return m


def patient_education(c):
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    nurse = c.me('nurse')
    m.frm = (nurse['full'], nurse['addr'])
    m.to = [(c.L('Équipe clinique', 'Clinical team'), 'cliniciens@' + c.dom)]
    t = c.choice([('Vivre avec le diabète de type 2', 'Living with type 2 diabetes', ['Mesurer sa glycémie', 'Soins des pieds', 'Hypoglycémie : règle des 15'],
                   ['Checking blood sugar', 'Foot care', 'Hypoglycemia: rule of 15']),
                  ('Bien utiliser sa pompe (inhalateur)', 'Using your inhaler', ['Agiter', 'Expirer complètement', 'Rincer la bouche après le corticostéroïde'],
                   ['Shake', 'Breathe out fully', 'Rinse mouth after steroid']),
                  ('Warfarine : ce qu\'il faut savoir', 'Warfarin: what to know', ['Aliments riches en vitamine K', 'Signes de saignement', 'RNI régulier'],
                   ['Vitamin K rich foods', 'Signs of bleeding', 'Regular INR'])])
    m.subject = c.L('Nouveau dépliant : %s' % t[0], 'New handout: %s' % t[1])
    pts = t[2] if lang == 'fr' else t[3]
    m.blocks = [c.L('Le dépliant révisé est prêt à remettre aux patients.', 'The revised handout is ready for patients.'), ('list', pts), c.sig(nurse)]
    if c.chance(0.6):
        m.att(c.L('depliant.pdf', 'handout.pdf'), attach.make_pdf(t[0] if lang == 'fr' else t[1], pts), 'application/pdf')
    m.note = 'patient education handout (generic)'
    return m


def fwd_vendor_eml(c):
    from compose import build
    rng, lang = c.rng, c.lang
    sup = ids.SUPPLIERS[4]
    inner = Mail(lang)
    tech = ids.staff(rng)
    inner.frm = (tech['full'], '%s@%s' % (tech['local'], sup[1]))
    inner.to = [('Admin', 'admin@' + c.dom)]
    inner.subject = c.L('Renouvellement licence DMÉ - 14 postes', 'EMR licence renewal - 14 seats')
    lic = ids.luhn_serial(rng, 12)
    inner.blocks = [c.L('Votre licence %s-%s-%s expire le 31 décembre. Soumission jointe : 14 postes x 89 $/mois.' % (lic[:4], lic[4:8], lic[8:]),
                        'Your licence %s-%s-%s expires December 31. Quote: 14 seats x $89/month.' % (lic[:4], lic[4:8], lic[8:]))]
    inner.force_body = 'plain'
    raw = build(inner, rng, embedded=True)
    m = Mail(lang)
    mgr = c.me('mgr')
    m.frm = (mgr['full'], mgr['addr'])
    m.to = [(V.dname(c.doc, lang), c.doc_addr())]
    m.subject = c.L('TR: renouvellement licence', 'FW: licence renewal')
    m.blocks = [c.L('Pour approbation au prochain comité, voir message joint.', 'For approval at next committee, see attached message.'), c.sig(mgr)]
    m.att('licence.eml', raw, 'message/rfc822')
    m.note = 'forward of vendor message as attached .eml'
    return m


def anon_huddle(c):
    """Clinical huddle notes without any identifying detail (rooms, ages only)."""
    rng, lang = c.rng, c.lang
    m = Mail(lang)
    nurse = c.me('nurse')
    m.frm = (nurse['full'], nurse['addr'])
    m.to = [(c.L('Médecins SRV', 'Walk-in physicians'), 'srv@' + c.dom)]
    m.subject = c.L('Caucus SRV - état de la salle', 'Walk-in huddle - room status')
    cases_fr = ['femme ~40 ans, douleur thoracique atypique, ECG fait (normal)', 'homme ~60 ans, toux + fièvre, saturation 93 %',
                'enfant 4 ans, otalgie droite, afébrile', 'homme ~30 ans, lacération main, à suturer', 'femme ~70 ans, chute, poignet enflé, RX demandée',
                'ado, mal de gorge, test strep en cours']
    cases_en = ['woman ~40, atypical chest pain, ECG done (normal)', 'man ~60, cough + fever, sat 93%', 'child 4 y, right ear pain, afebrile',
                'man ~30, hand laceration, needs sutures', 'woman ~70, fall, swollen wrist, X-ray requested', 'teen, sore throat, strep test pending']
    items = rng.sample(range(len(cases_fr)), 4)
    rows = [[c.L('Salle %d', 'Room %d') % (i + 1), (cases_fr if lang == 'fr' else cases_en)[k]] for i, k in enumerate(items)]
    m.blocks = [c.L('État à %dh%02d :' % (rng.randrange(9, 19), rng.choice([0, 15, 30, 45])), 'Status at %d:%02d:' % (rng.randrange(9, 19), rng.choice([0, 15, 30, 45]))),
                ('table', c.L(['Salle', 'Situation'], ['Room', 'Situation']), rows),
                c.L('%d personnes en attente, délai estimé 2 h.' % rng.randrange(5, 25), '%d people waiting, estimated wait 2 h.' % rng.randrange(5, 25)), c.sig(nurse)]
    m.note = 'walk-in huddle with clinical details but no identity'
    return m
