# -*- coding: utf-8 -*-
"""Negative templates, part B: complaints, quality / risk and privacy offices' administrative mail."""
import datetime
import html

import common as C
import mime
from neg_a import staff_list, luhn_num
from spec import mk, att
from ctx import Person

DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'


def _units(ctx):
    return ctx.L(['Urgence', 'Médecine 4N', 'Chirurgie 3S', 'UCDG', 'Psychiatrie 6', 'CHSLD annexe', 'Soins intensifs'],
                 ['Emergency', 'Medicine 4N', 'Surgery 3S', 'Geriatrics', 'Psychiatry 6', 'LTC wing', 'ICU'])


# --------------------------------------------------------------------------- 20
def n_annual_report(ctx):
    com = ctx.staff('commissioner')
    ca = ctx.staff()
    y = ctx.date.year - 1
    tot = ctx.rng.randrange(250, 700)
    themes = ctx.L([('Soins et services dispensés', 0.31), ('Relations interpersonnelles', 0.18), ('Accessibilité (délais)', 0.22),
                    ('Organisation du milieu et ressources matérielles', 0.12), ('Aspect financier', 0.09), ('Droits particuliers', 0.08)],
                   [('Care and services', 0.31), ('Interpersonal relations', 0.18), ('Accessibility (wait times)', 0.22),
                    ('Environment and material resources', 0.12), ('Financial issues', 0.09), ('Specific rights', 0.08)])
    rows = [[ctx.L('Motif', 'Theme'), ctx.L('Nombre', 'Count'), '%']] + [[t, int(tot * f), '%.0f' % (f * 100)] for t, f in themes]
    items = [ctx.L('Le présent rapport fait état des plaintes reçues du 1er avril %d au 31 mars %d.' % (y - 1, y),
                   'This report covers complaints received from April 1, %d to March 31, %d.' % (y - 1, y)),
             ('h', ctx.L('Plaintes par motif', 'Complaints by theme')), ('table', rows),
             ('h', ctx.L('Faits saillants', 'Highlights')),
             ctx.L('Hausse des plaintes liées aux délais à l\'urgence; 94 %% des dossiers conclus dans le délai légal de 45 jours. '
                   '%d recommandations ont été émises, dont plusieurs sur la prévention des chutes et des plaies de pression.' % ctx.rng.randrange(20, 80),
                   'Increase in complaints about emergency wait times; 94%% closed within the 45-day legal limit. %d '
                   'recommendations were issued, several on fall and pressure-injury prevention.' % ctx.rng.randrange(20, 80))]
    a = att('application/pdf', mime.make_pdf(ctx.L('Rapport annuel du commissariat %d-%d', 'Complaints Commissioner annual report %d-%d') % (y - 1, y),
                                             items, author=com.full, compress=ctx.chance(0.5)),
            ctx.L('rapport_annuel_commissaire_%d-%d.pdf', 'commissioner_annual_report_%d-%d.pdf') % (y - 1, y))
    text = '\n'.join([ctx.greet(ca.given), '', ctx.t(ctx.L('Voici la version finale du rapport annuel pour dépôt au conseil '
                                                            'd\'administration. Toutes les données sont agrégées.',
                                                            'Final annual report attached for tabling at the Board. All data '
                                                            'are aggregated.')), '', ctx.sig(com, 'commissioner')])
    return mk(ctx, 'commissioner_annual_report', com, [ca], ctx.L('Rapport annuel %d-%d - version finale', 'Annual report %d-%d - final') % (y - 1, y),
              text=text, atts=[a], note='aggregated annual complaint report')


# --------------------------------------------------------------------------- 21
def n_committee_ics(ctx):
    com = ctx.staff('commissioner')
    members = staff_list(ctx, 4)
    start = datetime.datetime.combine(ctx.date + datetime.timedelta(days=ctx.rng.randrange(7, 30)), datetime.time(ctx.pick([9, 13]), 30))
    summ = ctx.L('Comité de vigilance et de la qualité', 'Vigilance and Quality Committee')
    desc = ctx.L('Ordre du jour : 1. Adoption du procès-verbal 2. Suivi des recommandations du commissariat 3. Rapport '
                 'trimestriel de gestion des risques (données agrégées) 4. Plan d\'action chutes 5. Varia',
                 'Agenda: 1. Minutes 2. Follow-up of commissioner recommendations 3. Quarterly risk report (aggregated) '
                 '4. Falls action plan 5. Other business')
    ics = mime.make_ics('%s@%s' % (''.join(ctx.rng.choice('0123456789abcdef') for _ in range(20)), ctx.hosp['domain']),
                        summ, desc, start, start + datetime.timedelta(hours=2), ctx.L('Salle du conseil', 'Boardroom'),
                        (com.full, com.email), [(m.full, m.email) for m in members])
    text = '\n'.join([ctx.greet(), '', desc, '', com.given])
    return mk(ctx, 'committee_invite', com, members, summ + ' - ' + start.date().isoformat(), text=text,
              atts=[att('text/calendar; method=REQUEST', ics, 'invite.ics', charset='utf-8', cte=ctx.pick(['base64', '7bit']))],
              note='committee meeting invitation (ICS)')


# --------------------------------------------------------------------------- 22
def n_incident_dashboard(ctx):
    risk = ctx.staff('risk_advisor')
    mgrs = staff_list(ctx, 3, 'nurse_manager')
    rows = [[ctx.L('Unité', 'Unit'), ctx.L('Chutes', 'Falls'), ctx.L('Erreurs médicaments', 'Med errors'),
             ctx.L('dont opioïdes', 'of which opioids'), ctx.L('Plaies de pression', 'Pressure injuries'),
             ctx.L('Gravité E-I', 'Severity E-I')]]
    for u in _units(ctx):
        f = ctx.rng.randrange(0, 40)
        m = ctx.rng.randrange(0, 30)
        rows.append([u, f, m, ctx.rng.randrange(0, m + 1), ctx.rng.randrange(0, 12), ctx.rng.randrange(0, 5)])
    a = att(XLSX, mime.make_xlsx([(ctx.L('Tableau de bord', 'Dashboard'), rows)], author=risk.full),
            ctx.L('tableau_bord_incidents_P%02d.xlsx', 'incident_dashboard_P%02d.xlsx') % ctx.date.month)
    text = '\n'.join([ctx.greet(), '',
                      ctx.t(ctx.L('Tableau de bord des déclarations AH-223 de la période. On note une hausse des erreurs '
                                  'liées à l\'hydromorphone et à l\'insuline en médecine; un rappel sur la double '
                                  'vérification indépendante suivra.',
                                  'Dashboard of AH-223 reports for the period. Hydromorphone and insulin errors are up on '
                                  'medicine; an independent double-check reminder will follow.')), '', ctx.sig(risk, 'risk')])
    return mk(ctx, 'incident_dashboard', risk, mgrs, ctx.L('Tableau de bord incidents - P%d', 'Incident dashboard - P%d') % ctx.date.month,
              text=text, atts=[a], note='aggregated incident dashboard with drug names')


# --------------------------------------------------------------------------- 23
def n_risk_training(ctx):
    risk = ctx.staff('risk_advisor')
    doc = ctx.doctor()
    when = ctx.date + datetime.timedelta(days=ctx.rng.randrange(5, 30))
    if ctx.lang == 'fr':
        text = '\n'.join(['Bonjour,', '',
                          ctx.t('Capsule de formation de 30 minutes sur la déclaration des incidents et accidents (AH-223) '
                                'le %s à 12 h 15, salle 1.204 et sur Teams.' % ctx.d(when, 'long')),
                          '- Différence entre incident et accident; échelle de gravité A à I',
                          '- Divulgation à l\'usager et aux proches : rôle du médecin',
                          '- %s%s, %s, présentera deux cas anonymisés de chutes avec fracture' % (doc.dr, doc.full, doc.spec[0]),
                          '', 'Dîner fourni.', '', ctx.sig(risk, 'risk', disclaimer=False)])
        subj = 'Capsule AH-223 - %s' % when.isoformat()
    else:
        text = '\n'.join(['Hello,', '',
                          ctx.t('30-minute training on incident/accident reporting (AH-223) on %s at 12:15, room 1.204 and '
                                'on Teams.' % ctx.d(when, 'long')),
                          '- Incident vs accident; severity scale A to I', '- Disclosure to patients and families: the physician\'s role',
                          '- %s%s, %s, will present two anonymized cases of falls with fracture' % (doc.dr, doc.full, doc.spec[1]),
                          '', 'Lunch provided.', '', ctx.sig(risk, 'risk', disclaimer=False)])
        subj = 'AH-223 lunch & learn - %s' % when.isoformat()
    return mk(ctx, 'risk_training', risk, [(ctx.L('Infirmières-chefs', 'Nurse managers'), 'chefs.unites@' + ctx.hosp['domain'])],
              subj, text=text, note='training notice, speakers and topics')


# --------------------------------------------------------------------------- 24
def n_privacy_awareness(ctx):
    po = ctx.staff('privacy_officer')
    if ctx.lang == 'fr':
        text = '\n'.join(['Bonjour à tous,', '',
                          ctx.t('Rappel annuel : consulter le dossier d\'un usager sans besoin lié à vos fonctions — y compris '
                                'celui d\'un collègue, d\'un membre de votre famille ou le vôtre — constitue un manquement. '
                                'Les accès sont journalisés et audités chaque mois.'),
                          '',
                          '- Ne transmettez jamais de renseignements de santé à une adresse courriel personnelle',
                          '- Vérifiez le numéro avant d\'envoyer une télécopie',
                          '- Signalez toute perte ou envoi erroné au bureau de la protection des renseignements personnels',
                          '', ctx.t('Attention également aux courriels d\'hameçonnage se faisant passer pour la paie.'),
                          '', ctx.sig(po, 'privacy', disclaimer=False)])
        subj = 'Rappel - confidentialité et journalisation des accès'
    else:
        text = '\n'.join(['Hello everyone,', '',
                          ctx.t('Annual reminder: viewing a patient chart without a work-related need - including a '
                                'co-worker\'s, a family member\'s or your own - is a breach. Access is logged and audited monthly.'),
                          '', '- Never send health information to a personal e-mail address', '- Double-check fax numbers',
                          '- Report any loss or misdirected message to the Privacy Office', '',
                          'Also watch for phishing e-mails impersonating payroll.', '', ctx.sig(po, 'privacy', disclaimer=False)])
        subj = 'Reminder - privacy and access logging'
    return mk(ctx, 'privacy_reminder', po, [(ctx.L('Tout le personnel', 'All staff'), 'tous@' + ctx.hosp['domain'])], subj,
              text=text, note='privacy awareness reminder')


# --------------------------------------------------------------------------- 25
def n_teaching_case(ctx):
    risk = ctx.staff('risk_advisor')
    res = staff_list(ctx, 2)
    age = ctx.rng.randrange(70, 92)
    if ctx.lang == 'fr':
        text = '\n'.join([ctx.greet(), '',
                          ctx.t('Cas anonymisé pour la présentation de jeudi (ne pas ajouter d\'éléments identifiants) :'), '',
                          ctx.t('Une femme de %d ans, hospitalisée pour une pneumonie, reçoit du lorazépam au coucher. '
                                'Vers 3 h, elle se lève seule pour aller à la toilette et chute; la radiographie montre une '
                                'fracture de la hanche. Le dispositif d\'alarme de lit n\'était pas activé. La famille est '
                                'avisée le lendemain matin seulement.' % age), '',
                          'Questions : facteurs contributifs? divulgation? mesures préventives?', '', risk.given])
        subj = 'Cas anonymisé - chute avec fracture'
    else:
        text = '\n'.join([ctx.greet(), '', 'Anonymized case for Thursday\'s presentation (please do not add identifiers):', '',
                          ctx.t('A %d-year-old woman admitted with pneumonia receives lorazepam at bedtime. Around 3 a.m. '
                                'she gets up alone to go to the bathroom and falls; x-ray shows a hip fracture. The bed alarm '
                                'was not activated. The family is informed only the next morning.' % age), '',
                          'Questions: contributing factors? disclosure? prevention?', '', risk.given])
        subj = 'Anonymized case - fall with fracture'
    return mk(ctx, 'anonymized_case', risk, res, subj, text=text, note='anonymized teaching case')


# --------------------------------------------------------------------------- 26
def n_physician_directory(ctx):
    sec = ctx.staff('secretary')
    docs = [ctx.doctor() for _ in range(ctx.rng.randrange(4, 7))]
    clinics = ctx.L(['clinique VIH et hépatite C', 'clinique de la mémoire (Alzheimer)', 'clinique des troubles alimentaires',
                     'clinique de la douleur chronique', 'clinique du diabète', 'clinique d\'épilepsie', 'clinique du sein'],
                    ['HIV and hepatitis C clinic', 'memory clinic (Alzheimer)', 'eating disorders clinic', 'chronic pain clinic',
                     'diabetes clinic', 'epilepsy clinic', 'breast clinic'])
    lines = ['| ' + ' | '.join(ctx.L(['Médecin', 'Clinique', 'Poste', 'Jours'], ['Physician', 'Clinic', 'Ext.', 'Days'])) + ' |']
    for d in docs:
        lines.append('| %s%s | %s | %d | %s |' % (d.dr, d.full, ctx.pick(clinics), ctx.rng.randrange(2000, 7999),
                                                  ctx.pick(ctx.L(['lun-mer', 'mar-jeu', 'ven', 'lun-ven'], ['Mon-Wed', 'Tue-Thu', 'Fri', 'Mon-Fri']))))
    text = '\n'.join([ctx.greet(), '', ctx.t(ctx.L('Bottin à jour des médecins responsables des cliniques externes, pour '
                                                    'l\'acheminement des demandes d\'accès qui nécessitent un avis médical.',
                                                    'Updated directory of outpatient clinic leads, for routing access requests '
                                                    'that need a physician opinion.')), ''] + lines + ['', sec.given])
    return mk(ctx, 'physician_directory', sec, [(None, ctx.dept_addr('roi'))],
              ctx.L('Bottin des cliniques externes', 'Outpatient clinic directory'), text=text,
              note='physicians with the conditions their clinics treat')


# --------------------------------------------------------------------------- 27
def n_conference(ctx):
    org = ctx.staff('quality_director')
    spk = [ctx.doctor() for _ in range(3)] + [ctx.staff('commissioner')]
    when = ctx.date + datetime.timedelta(days=ctx.rng.randrange(20, 90))
    if ctx.lang == 'fr':
        prog = ['08 h 30 - Mot de bienvenue', '09 h 00 - %s%s : « Divulguer une erreur de médication : leçons de 50 cas »' % (spk[0].dr, spk[0].full),
                '10 h 15 - %s%s : « Dépistage du cancer colorectal et suivi des résultats anormaux »' % (spk[1].dr, spk[1].full),
                '11 h 00 - %s%s : « Délirium post-opératoire chez la personne âgée »' % (spk[2].dr, spk[2].full),
                '13 h 00 - %s, commissaire : « Ce que les plaintes nous apprennent »' % spk[3].full]
        text = '\n'.join(['Bonjour,', '', ctx.t('Voici le programme de la Journée qualité et sécurité du %s :' % ctx.d(when, 'long')), ''] +
                         prog + ['', 'Inscription gratuite, places limitées.', '', ctx.sig(org, disclaimer=False)])
        subj = 'Programme - Journée qualité et sécurité'
    else:
        prog = ['8:30 - Welcome', '9:00 - %s%s: "Disclosing medication errors: lessons from 50 cases"' % (spk[0].dr, spk[0].full),
                '10:15 - %s%s: "Colorectal cancer screening and follow-up of abnormal results"' % (spk[1].dr, spk[1].full),
                '11:00 - %s%s: "Post-operative delirium in older adults"' % (spk[2].dr, spk[2].full),
                '1:00 - %s, Commissioner: "What complaints teach us"' % spk[3].full]
        text = '\n'.join(['Hello,', '', ctx.t('Here is the programme for Quality & Safety Day on %s:' % ctx.d(when, 'long')), ''] +
                         prog + ['', 'Free registration, limited seats.', '', ctx.sig(org, disclaimer=False)])
        subj = 'Programme - Quality & Safety Day'
    return mk(ctx, 'conference_program', org, [(ctx.L('Tout le personnel', 'All staff'), 'tous@' + ctx.hosp['domain'])], subj,
              text=text, note='event programme: speakers and clinical topics')


# --------------------------------------------------------------------------- 28
def n_newsletter(ctx):
    com = ctx.staff('commissioner')
    n = ctx.rng.randrange(20, 90)
    if ctx.lang == 'fr':
        title = 'L\'Écho des usagers — bulletin n° %d' % ctx.rng.randrange(10, 60)
        paras = [('Votre voix compte', 'Ce trimestre, %d usagers et proches ont communiqué avec nous. Merci de nous aider à '
                                       'améliorer les soins.' % n),
                 ('Nouveau : accompagnement des proches aidants', 'Une intervenante est disponible pour soutenir les familles '
                                                                 'de personnes atteintes de troubles neurocognitifs.'),
                 ('Rappel', 'Vous pouvez demander une copie de votre dossier en ligne ou au comptoir des archives, avec une pièce d\'identité.')]
    else:
        title = 'Patient Voice - newsletter no. %d' % ctx.rng.randrange(10, 60)
        paras = [('Your voice matters', 'This quarter %d patients and families contacted us. Thank you for helping us improve.' % n),
                 ('New: support for caregivers', 'A worker is available to support families of people living with dementia.'),
                 ('Reminder', 'You can request a copy of your chart online or at the Health Records counter with photo ID.')]
    body = ''.join('<h3 style="color:#1a5276">%s</h3>\n<p>%s</p>\n' % (html.escape(h), html.escape(p)) for h, p in paras)
    h = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title></head>\n'
         '<body style="font-family:Georgia,serif;max-width:640px">\n<h1>%s</h1>\n%s<hr>\n<p style="font-size:9pt">%s<br>%s</p>\n'
         '</body></html>\n') % (html.escape(title), html.escape(title), body, html.escape(com.hosp['name']),
                                html.escape(ctx.L('Pour vous désabonner, répondez « STOP ».', 'To unsubscribe reply STOP.')))
    text = '\n\n'.join([title] + ['%s\n%s' % (a, b) for a, b in paras])
    return mk(ctx, 'newsletter', (ctx.L('Relations avec la clientèle', 'Patient Relations'), ctx.dept_addr('relations')),
              [(ctx.L('Abonnés', 'Subscribers'), 'bulletin@' + ctx.hosp['domain'])], title, text=text if ctx.chance(0.5) else None,
              html=h, note='newsletter (HTML)')


# --------------------------------------------------------------------------- 29
def n_breach_register(ctx):
    po = ctx.staff('privacy_officer')
    dg = ctx.staff()
    rows = [[ctx.L('Catégorie', 'Category'), ctx.L('Incidents', 'Incidents'), ctx.L('Personnes touchées', 'People affected'),
             ctx.L('Risque sérieux', 'Serious risk')]]
    for cat in ctx.L(['Télécopie erronée', 'Courriel au mauvais destinataire', 'Accès non autorisé', 'Perte de documents papier',
                      'Vol d\'équipement'], ['Misdirected fax', 'Wrong e-mail recipient', 'Unauthorized access', 'Lost paper records',
                                              'Equipment theft']):
        k = ctx.rng.randrange(0, 15)
        rows.append([cat, k, k * ctx.rng.randrange(1, 6), ctx.rng.randrange(0, max(1, k // 3) + 1)])
    text = '\n'.join([ctx.greet(dg.given), '',
                      ctx.t(ctx.L('Synthèse du registre des incidents de confidentialité pour le semestre (aucune donnée nominative) :',
                                  'Summary of the privacy incident register for the half-year (no identifying data):')), ''] +
                     ['| ' + ' | '.join(map(str, r)) + ' |' for r in rows] +
                     ['', ctx.t(ctx.L('Deux incidents présentant un risque de préjudice sérieux ont été déclarés à la Commission.',
                                      'Two incidents with a risk of serious harm were reported to the Commission.')), '',
                      ctx.sig(po, 'privacy')])
    return mk(ctx, 'breach_register_summary', po, [dg], ctx.L('Registre des incidents - synthèse semestrielle',
                                                             'Incident register - half-year summary'), text=text,
              note='aggregated breach register')


# --------------------------------------------------------------------------- 30
def n_complaint_info(ctx):
    com = ctx.staff('deputy_commissioner')
    ag, asur = ctx.pick(['Luc', 'Mireille', 'Shawn', 'Denise']), ctx.pick(['Veilleux', 'Ross', 'Bédard'])
    asker = ('%s %s' % (ag, asur), '%s%s@%s' % (C.strip_accents(ag).lower()[0], C.strip_accents(asur).lower(),
                                                 ctx.pick(C.EXT_ORGS['personal'])))
    if ctx.lang == 'fr':
        q = '\n'.join(['Bonjour,', 'Comment fait-on pour porter plainte? Est-ce que ça peut nuire aux soins? Merci', asker[0]])
        r = '\n'.join([ctx.greet(asker[0], formal=True), '',
                       ctx.t('Vous pouvez formuler une plainte verbalement ou par écrit, par courriel, téléphone ou via le '
                             'formulaire en ligne. La loi interdit toute mesure de représailles. Nous avons 45 jours pour '
                             'vous transmettre nos conclusions.'),
                       ctx.t('Si vous le souhaitez, le centre d\'assistance et d\'accompagnement aux plaintes peut vous aider '
                             'gratuitement.'), '', ctx.sig(com, 'commissioner')])
        subj = ctx.re() + 'Question - porter plainte'
    else:
        q = '\n'.join(['Hello,', 'How do I file a complaint? Could it affect care? Thanks', asker[0]])
        r = '\n'.join([ctx.greet(asker[0], formal=True), '',
                       ctx.t('You may file a complaint verbally or in writing, by e-mail, phone or the online form. The law '
                             'prohibits any reprisal. We have 45 days to send our conclusions.'),
                       'A free complaints assistance centre can help you if you wish.', '', ctx.sig(com, 'commissioner')])
        subj = ctx.re() + 'Question - filing a complaint'
    text = r + '\n\n' + ctx.quote(q, Person(given=asker[0].split(' ')[0], surname=asker[0].split(' ')[1], email=asker[1]), ctx.dt, ctx.base_subject(subj), to=com.email)
    return mk(ctx, 'complaint_process_info', com, [asker], subj, text=text, reply=True,
              note='general question about complaint process, no health info')


# --------------------------------------------------------------------------- 31
def n_staff_vcard(ctx):
    com = ctx.staff('commissioner')
    new = ctx.staff('deputy_commissioner')
    vcf = mime.make_vcf(new.given, new.surname, org=new.hosp['name'], title=new.role,
                        tel=('WORK', new.hosp['tel'] + ' poste %d' % ctx.rng.randrange(2000, 7999)), email_addr=new.email,
                        note=ctx.L('Bureau 1.118 - lundi au jeudi', 'Office 1.118 - Monday to Thursday'))
    text = '\n'.join([ctx.greet(), '', ctx.t(ctx.L('Je vous présente %s, qui se joint au commissariat à titre de commissaire '
                                                    'adjoint(e). Sa fiche de contact est jointe.' % new.full,
                                                    'Please welcome %s, who joins the office as Deputy Commissioner. Contact '
                                                    'card attached.' % new.full)), '', ctx.sig(com, 'commissioner', disclaimer=False)])
    return mk(ctx, 'staff_vcard', com, [(ctx.L('Gestionnaires', 'Managers'), 'gestionnaires@' + ctx.hosp['domain'])],
              ctx.L('Bienvenue - nouvelle commissaire adjointe', 'Welcome - new Deputy Commissioner'), text=text,
              atts=[att('text/vcard', vcf, '%s.vcf' % new.full.replace(' ', '_'), charset='utf-8')],
              note='vCard of a staff member')


# --------------------------------------------------------------------------- 32
def n_policy_police(ctx):
    legal = ctx.staff('legal')
    items = ctx.L([
        ('h', 'Objet'), 'Encadrer la communication de renseignements aux corps policiers.',
        ('h', 'Principes'), 'Aucun renseignement n\'est communiqué sans consentement, mandat, ordonnance ou disposition '
        'législative expresse. Le simple fait qu\'une personne soit ou ait été hospitalisée est confidentiel.',
        ('h', 'Exceptions'), 'Danger imminent de mort ou de blessures graves; déclaration obligatoire de blessures par balle.',
        ('h', 'Procédure'), 'Diriger l\'agent vers le bureau de l\'accès; consigner la demande; aviser le chef de service.'],
        [('h', 'Purpose'), 'Govern disclosure of information to police services.',
         ('h', 'Principles'), 'No information is disclosed without consent, warrant, production order or express statutory '
         'authority. The mere fact that a person is or was a patient is confidential.',
         ('h', 'Exceptions'), 'Imminent danger of death or serious injury; mandatory reporting of gunshot wounds.',
         ('h', 'Procedure'), 'Refer the officer to the Access office; log the request; notify the manager.'])
    title = ctx.L('Politique PO-114 — Communication aux services policiers', 'Policy PO-114 - Disclosure to police')
    a = att(DOCX, mime.make_docx(title, items, author=legal.full), 'PO-114_%s.docx' % ctx.L('politique_police', 'police_policy'))
    dest = staff_list(ctx, 3, 'nurse_manager')
    text = '\n'.join([ctx.greet(), '', ctx.t(ctx.L('La politique PO-114 révisée a été adoptée; merci de la diffuser dans vos '
                                                    'équipes, en particulier à l\'urgence.', 'Revised policy PO-114 has been '
                                                    'adopted; please share it with your teams, especially in the ED.')),
                      '', ctx.sig(legal)])
    return mk(ctx, 'policy_document', legal, dest, title, text=text, atts=[a], note='policy document')


# --------------------------------------------------------------------------- 33
def n_accreditation(ctx):
    qd = ctx.staff('quality_director')
    mgrs = staff_list(ctx, 4)
    if ctx.lang == 'fr':
        text = '\n'.join([ctx.greet(), '',
                          ctx.t('La visite d\'Agrément aura lieu du %s. Pratiques organisationnelles requises à démontrer :'
                                % ctx.d(ctx.date + datetime.timedelta(days=ctx.rng.randrange(30, 120)), 'long')),
                          '- Bilan comparatif des médicaments à l\'admission et au congé',
                          '- Deux identifiants de l\'usager avant tout soin (nom + date de naissance ou no de dossier)',
                          '- Prévention des chutes et des plaies de pression',
                          '- Divulgation des incidents',
                          '', ctx.t('Taux de conformité actuel du bilan comparatif : %d %%.' % ctx.rng.randrange(60, 95)),
                          '', ctx.sig(qd, disclaimer=False)])
        subj = 'Préparation Agrément - POR à démontrer'
    else:
        text = '\n'.join([ctx.greet(), '',
                          ctx.t('The accreditation survey will take place starting %s. Required organizational practices to '
                                'demonstrate:' % ctx.d(ctx.date + datetime.timedelta(days=ctx.rng.randrange(30, 120)), 'long')),
                          '- Medication reconciliation at admission and discharge',
                          '- Two patient identifiers before any care (name + date of birth or MRN)',
                          '- Falls and pressure injury prevention', '- Disclosure of incidents', '',
                          'Current med-rec compliance: %d%%.' % ctx.rng.randrange(60, 95), '', ctx.sig(qd, disclaimer=False)])
        subj = 'Accreditation prep - ROPs'
    return mk(ctx, 'accreditation_prep', qd, mgrs, subj, text=text, note='accreditation preparation, identifier vocabulary only')


# --------------------------------------------------------------------------- 34
def n_form_revision(ctx):
    risk = ctx.staff('risk_advisor')
    fields = ctx.L(['Section 1 - Identification de l\'usager : nom, prénom, NAM, no de dossier, date de naissance',
                    'Section 2 - Date, heure et lieu de l\'événement',
                    'Section 3 - Type : chute, médication, traitement, diète, test diagnostique, matériel, autre',
                    'Section 4 - Conséquences et gravité (A à I)',
                    'Section 5 - Mesures prises et divulgation'],
                   ['Section 1 - Patient identification: surname, given name, health card no., MRN, date of birth',
                    'Section 2 - Date, time and location of event',
                    'Section 3 - Type: fall, medication, treatment, diet, diagnostic test, equipment, other',
                    'Section 4 - Consequences and severity (A to I)', 'Section 5 - Actions taken and disclosure'])
    text = '\n'.join([ctx.greet(), '', ctx.t(ctx.L('La nouvelle version du formulaire de déclaration (version 2024-03) '
                                                    'entre en vigueur lundi. Changements :', 'The new version of the '
                                                    'reporting form (2024-03) takes effect Monday. Changes:')), ''] +
                     ['- ' + f for f in fields] + ['', ctx.L('Les anciennes versions papier doivent être retirées des unités.',
                                                             'Old paper versions must be removed from the units.'), '',
                                                   ctx.sig(risk, 'risk', disclaimer=False)])
    atts = []
    if ctx.chance(0.6):
        atts.append(att('application/pdf', mime.make_pdf(ctx.L('Formulaire AH-223 (vierge)', 'AH-223 form (blank)'),
                                                         [('kv', [(f.split(' - ')[0], '________________') for f in fields])],
                                                         author=risk.full, compress=ctx.chance(0.5)), 'AH-223_vierge.pdf'))
    return mk(ctx, 'form_revision', risk, [(ctx.L('Chefs d\'unité', 'Unit managers'), 'chefs.unites@' + ctx.hosp['domain'])],
              ctx.L('Nouvelle version formulaire AH-223', 'New AH-223 form version'), text=text, atts=atts,
              note='blank incident form / field list')


# --------------------------------------------------------------------------- 35
def n_satisfaction(ctx):
    off = ctx.staff('relations_officer')
    dirr = ctx.staff('quality_director')
    n = ctx.rng.randrange(300, 1500)
    rows = [[ctx.L('Question', 'Question'), ctx.L('Satisfait (%)', 'Satisfied (%)')]]
    for q in ctx.L(['Respect et courtoisie', 'Information sur les médicaments', 'Gestion de la douleur', 'Propreté', 'Délai d\'attente à l\'urgence'],
                   ['Respect and courtesy', 'Information about medications', 'Pain management', 'Cleanliness', 'ED wait time']):
        rows.append([q, ctx.rng.randrange(45, 97)])
    comments = ctx.L(['« Le personnel de nuit a été extraordinaire. »', '« Personne ne m\'a expliqué mes nouveaux médicaments. »',
                      '« Trop d\'attente à l\'urgence pour une simple fracture. »'],
                     ['"The night staff were wonderful."', '"Nobody explained my new medications."',
                      '"Far too long a wait in the ED for a simple fracture."'])
    text = '\n'.join([ctx.greet(dirr.given), '', ctx.t(ctx.L('Résultats du sondage de satisfaction (%d répondants, réponses anonymes) :',
                                                              'Patient satisfaction survey results (%d respondents, anonymous):') % n), ''] +
                     ['| ' + ' | '.join(map(str, r)) + ' |' for r in rows] + ['', ctx.L('Quelques commentaires :', 'Selected comments:')] +
                     ['- ' + c for c in ctx.rng.sample(comments, 2)] + ['', off.given])
    return mk(ctx, 'satisfaction_survey', off, [dirr], ctx.L('Sondage satisfaction - résultats', 'Satisfaction survey - results'),
              text=text, note='anonymous survey aggregates')


# --------------------------------------------------------------------------- 36
def n_minutes(ctx):
    sec = ctx.staff('secretary')
    members = staff_list(ctx, 5)
    doc = ctx.doctor()
    if ctx.lang == 'fr':
        items = [('kv', [('Date :', ctx.d(ctx.pdate(2, 10), 'long')), ('Présences :', ', '.join(m.full for m in members))]),
                 ('h', '1. Suivi des recommandations'), '12 recommandations sur 15 sont réalisées. Le plan de prévention des '
                 'chutes est en retard à l\'unité de courte durée gériatrique.',
                 ('h', '2. Gestion des risques'), 'Hausse des erreurs liées aux anticoagulants (warfarine, apixaban). '
                 '%s%s propose une ordonnance collective révisée.' % (doc.dr, doc.full),
                 ('h', '3. Commissariat'), 'Délai moyen de traitement : 38 jours. Thème dominant : communication avec les familles.',
                 ('h', '4. Prochaine rencontre'), 'Dans six semaines.']
        title = 'Procès-verbal — Comité de gestion des risques'
        text = '\n'.join([ctx.greet(), '', 'Veuillez trouver ci-joint le procès-verbal à approuver à la prochaine rencontre.', '', sec.full])
    else:
        items = [('kv', [('Date:', ctx.d(ctx.pdate(2, 10), 'long')), ('Present:', ', '.join(m.full for m in members))]),
                 ('h', '1. Recommendation follow-up'), '12 of 15 recommendations completed. The falls prevention plan is behind on the geriatric unit.',
                 ('h', '2. Risk management'), 'Increase in anticoagulant errors (warfarin, apixaban). %s%s proposes a revised '
                 'medical directive.' % (doc.dr, doc.full),
                 ('h', '3. Complaints'), 'Average processing time 38 days. Main theme: communication with families.',
                 ('h', '4. Next meeting'), 'In six weeks.']
        title = 'Minutes - Risk Management Committee'
        text = '\n'.join([ctx.greet(), '', 'Minutes attached for approval at the next meeting.', '', sec.full])
    a = att(DOCX, mime.make_docx(title, items, author=sec.full), ctx.L('PV_comite_risques.docx', 'Risk_committee_minutes.docx'))
    return mk(ctx, 'committee_minutes', sec, members, title, text=text, atts=[a], note='committee minutes, aggregate only')


# --------------------------------------------------------------------------- 37
def n_scheduling_thread(ctx):
    a, b = staff_list(ctx, 2)
    doc = ctx.doctor()
    slot = ctx.date + datetime.timedelta(days=ctx.rng.randrange(2, 15))
    if ctx.lang == 'fr':
        first = '\n'.join([ctx.greet(b.given), '', ctx.t('Serais-tu disponible le %s à 10 h pour préparer la présentation au '
                                                          'conseil sur les délais de traitement des plaintes? %s%s pourrait se joindre '
                                                          'à nous pour la partie sur les soins palliatifs.' % (ctx.d(slot, 'long'), doc.dr, doc.surname)),
                           '', a.given])
        rep = '\n'.join(['Oui, parfait pour moi. Je réserve la salle 2.410.', '', b.given])
        subj = 'Préparation présentation CA'
    else:
        first = '\n'.join([ctx.greet(b.given), '', ctx.t('Are you free on %s at 10 to prepare the Board presentation on complaint '
                                                          'turnaround times? %s%s could join for the palliative care part.' % (
                                                              ctx.d(slot, 'long'), doc.dr, doc.surname)), '', a.given])
        rep = '\n'.join(['Yes, works for me. I will book room 2.410.', '', b.given])
        subj = 'Board presentation prep'
    text = rep + '\n\n' + ctx.quote(first, a, ctx.dt, subj, to=b.email)
    return mk(ctx, 'scheduling_thread', b, [a], ctx.re() + subj, text=text, reply=True, note='meeting scheduling among staff')


# --------------------------------------------------------------------------- 38
def n_lessons_learned(ctx):
    po = ctx.staff('privacy_officer')
    if ctx.lang == 'fr':
        text = '\n'.join([ctx.greet(), '',
                          ctx.t('Leçons apprises d\'un incident récent (détails retirés) : une liste de départ imprimée '
                                'contenant des diagnostics a été oubliée à la cafétéria et rapportée par un visiteur. La '
                                'liste a été récupérée en moins d\'une heure.'), '',
                          'Rappels :', '- Ne pas sortir de listes nominatives des unités',
                          '- Utiliser les bacs verrouillés pour tout document contenant des renseignements de santé',
                          '- Déclarer immediatement tout incident, même mineur', '', ctx.sig(po, 'privacy', disclaimer=False)])
        subj = 'Leçons apprises - document oublié'
    else:
        text = '\n'.join([ctx.greet(), '',
                          ctx.t('Lessons learned from a recent incident (details removed): a printed discharge list with '
                                'diagnoses was left in the cafeteria and handed in by a visitor. It was recovered within an hour.'),
                          '', 'Reminders:', '- Do not take patient lists off the unit',
                          '- Use locked bins for any document containing health information',
                          '- Report every incident, even minor ones, right away', '', ctx.sig(po, 'privacy', disclaimer=False)])
        subj = 'Lessons learned - misplaced document'
    return mk(ctx, 'lessons_learned', po, [(ctx.L('Chefs d\'unité', 'Unit managers'), 'chefs.unites@' + ctx.hosp['domain'])],
              subj, text=text, note='de-identified incident lessons learned')


# --------------------------------------------------------------------------- 39
def n_overdue_reminder(ctx):
    com = ctx.staff('commissioner')
    mgrs = staff_list(ctx, 3, 'nurse_manager')
    lines = ['- %s : %d %s' % (m.full, ctx.rng.randrange(1, 5), ctx.L('réponse(s) en attente depuis plus de 15 jours',
                                                                     'response(s) pending for over 15 days')) for m in mgrs]
    text = '\n'.join([ctx.greet(), '', ctx.t(ctx.L('Petit rappel : plusieurs versions des faits demandées dans le cadre de '
                                                    'plaintes sont en attente. Le délai légal de 45 jours s\'applique.',
                                                    'Friendly reminder: several requested accounts of events for complaints '
                                                    'are pending. The 45-day legal deadline applies.')), ''] + lines +
                     ['', ctx.L('Les détails sont dans le système de gestion des plaintes.', 'Details are in the complaints system.'),
                      '', ctx.sig(com, 'commissioner', disclaimer=ctx.chance(0.5))])
    return mk(ctx, 'overdue_reminder', com, mgrs, ctx.L('Rappel - réponses en attente', 'Reminder - pending responses'),
              text=text, note='reminder to managers, counts only')


TEMPLATES = [
    (n_annual_report, ('fr', 'en')),
    (n_committee_ics, ('fr', 'en')),
    (n_incident_dashboard, ('fr', 'en')),
    (n_risk_training, ('fr', 'en')),
    (n_privacy_awareness, ('fr', 'en')),
    (n_teaching_case, ('fr', 'en')),
    (n_physician_directory, ('fr', 'en')),
    (n_conference, ('fr', 'en')),
    (n_newsletter, ('fr', 'en')),
    (n_breach_register, ('fr', 'en')),
    (n_complaint_info, ('fr', 'en')),
    (n_staff_vcard, ('fr', 'en')),
    (n_policy_police, ('fr', 'en')),
    (n_accreditation, ('fr', 'en')),
    (n_form_revision, ('fr', 'en')),
    (n_satisfaction, ('fr', 'en')),
    (n_minutes, ('fr', 'en')),
    (n_scheduling_thread, ('fr', 'en')),
    (n_lessons_learned, ('fr', 'en')),
    (n_overdue_reminder, ('fr', 'en')),
]
