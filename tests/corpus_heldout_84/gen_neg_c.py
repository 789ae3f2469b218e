"""Negative builders, part C: staffing spreadsheets, protocol ZIPs, forwarded notices, aggregate QA,
narcotics inventory, 811 statistics, transfer-centre procedures, payroll/HR, mass-casualty exercises,
asset registers, staff reply threads, satisfaction surveys."""
import datetime

from gen_common import ORGS, pick, chance, staff, staff_addr, phone_fmt, fmt_date, hhmm, sub_rng
from gen_mime import Mail, Att, serialize
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_zip
from gen_text import greet, close, signature, compose, dec, unit_no, quote, quote_header
from gen_people import sender, team, ascii_fn
from gen_neg_a import luhn_serial, _all_staff
import gen_neg_a
import gen_neg_b


# ------------------------------------------------------------------ 25. staffing spreadsheet
def staffing_xlsx(ctx):
    L = ctx.T
    me, frm = sender(ctx, 'spl')
    people = staff(ctx.rng, ctx.rng.randrange(8, 16), exclude=[me])
    rows = [[L('Employé', 'Employee'), L('Matricule', 'Employee no.'), L('Caserne', 'Station'), L('Quart', 'Shift'),
             L('Échéance RCR/ACLS', 'CPR/ACLS expiry'), L('Permis classe 4A', 'Class 4A licence')]]
    for g, s in people:
        exp = ctx.day + datetime.timedelta(days=ctx.rng.randrange(-30, 700))
        rows.append(['%s %s' % (g, s), ctx.rng.randrange(10000, 99999), ctx.rng.randrange(1, 8), pick(ctx.rng, ['J', 'S', 'N', '24h']),
                     exp.strftime('%Y-%m-%d'), pick(ctx.rng, [L('valide', 'valid'), L('à renouveler', 'renew')])])
    x = make_xlsx([(L('Effectifs', 'Roster'), rows)], author='%s %s' % me)
    text = compose(ctx, greet(ctx), [L('Liste des effectifs à jour avec les échéances de certification. Ceux en rouge doivent s\'inscrire au prochain cours.',
                                       'Updated roster with certification expiry dates. Anyone flagged must register for the next course.')],
                   signature(ctx, me, L('Agente de planification', 'Scheduling officer'), 'spl'))
    return Mail(ctx.lang, L('Effectifs et certifications', 'Roster and certifications'), frm, _all_staff(ctx, 'spl', 'Chefs d\'équipe', 'Crew leads', 'chefs'),
                text, atts=[Att(L('effectifs_%s.xlsx', 'roster_%s.xlsx') % ctx.day.strftime('%Y%m'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data=x)],
                note='staff roster spreadsheet')


# ------------------------------------------------------------------ 26. ZIP of protocol documents
def protocol_zip(ctx):
    L = ctx.T
    me, frm = sender(ctx, 'spl')
    names = pick(ctx.rng, [[L('douleur_thoracique', 'chest_pain'), L('AVC', 'stroke'), L('hypoglycemie', 'hypoglycemia')],
                           [L('anaphylaxie', 'anaphylaxis'), L('convulsions', 'seizures'), L('surdose_opioides', 'opioid_overdose')]])
    members = []
    for n in names:
        members.append(('protocoles/%s.pdf' % n, make_pdf(n.replace('_', ' ')[0].upper() + n.replace('_', ' ')[1:],
                                                          [L('Indications, contre-indications, posologie adulte et pédiatrique.', 'Indications, contraindications, adult and paediatric dosing.'),
                                                           L('Algorithme de décision — version régionale.', 'Decision algorithm — regional version.')], author=ORGS['spl'][0])))
    members.append(('LISEZMOI.txt' if ctx.lang == 'fr' else 'README.txt', L('Protocoles cliniques - version régionale. Ne pas modifier.\n', 'Clinical protocols - regional version. Do not edit.\n').encode('utf-8')))
    z = make_zip(members)
    text = compose(ctx, greet(ctx), [L('Les protocoles révisés sont dans l\'archive. À téléverser sur les tablettes d\'ici vendredi.',
                                       'Revised protocols are in the archive. Please load them onto the tablets by Friday.')],
                   signature(ctx, me, L('Direction médicale', 'Medical direction'), 'spl'))
    return Mail(ctx.lang, L('Protocoles révisés (zip)', 'Revised protocols (zip)'), frm, _all_staff(ctx, 'spl', 'Chefs d\'équipe', 'Crew leads', 'chefs'),
                text, atts=[Att(L('protocoles_révisés.zip', 'revised_protocols.zip'), 'application/zip', data=z)], note='ZIP of protocol PDFs')


# ------------------------------------------------------------------ 27. forwarded notice as message/rfc822
def fwd_notice_eml(ctx):
    L = ctx.T
    inner = pick(ctx.rng, [gen_neg_a.committee_notice, gen_neg_a.it_notice, gen_neg_b.drug_shortage, gen_neg_a.protocol_update])(ctx)
    inner.date = ctx.when - datetime.timedelta(days=ctx.rng.randrange(1, 5))
    raw = serialize(inner, sub_rng(ctx.idx, 'inner-neg'))
    me, frm = sender(ctx, pick(ctx.rng, ['spl', 'hvn']))
    text = compose(ctx, greet(ctx), [pick(ctx.rng, [L('Pour information, voir le message ci-joint.', 'FYI, see attached message.'),
                                                    L('À afficher dans la salle des équipes.', 'Please post in the crew room.')])],
                   signature(ctx, me, '', 'spl', short=True))
    return Mail(ctx.lang, L('TR: ', 'FW: ') + inner.subject, frm, _all_staff(ctx, 'spl', 'Équipe', 'Team', 'equipe'), text,
                atts=[Att('message.eml', 'message/rfc822', eml=raw)], note='forwarded notice as attached message')


# ------------------------------------------------------------------ 28. aggregate QA audit
def qa_audit_aggregate(ctx):
    L = ctx.T
    me, frm = sender(ctx, 'spl')
    inds = [(L('ECG transmis < 10 min (douleur thoracique)', '12-lead transmitted < 10 min (chest pain)'), ctx.rng.randrange(60, 98)),
            (L('Glycémie documentée (altération de conscience)', 'Glucose documented (altered LOC)'), ctx.rng.randrange(75, 100)),
            (L('Échelle de douleur réévaluée après analgésie', 'Pain reassessed after analgesia'), ctx.rng.randrange(40, 95)),
            (L('Préavis AVC au centre receveur', 'Stroke pre-alert to receiving centre'), ctx.rng.randrange(70, 99)),
            (L('Signature du patient ou témoin au refus', 'Refusal signed by patient or witness'), ctx.rng.randrange(50, 99))]
    lines = ['%s : %d %%' % (i, v) if ctx.lang == 'fr' else '%s: %d%%' % (i, v) for i, v in inds]
    paras = [L('Résultats de l\'audit clinique du trimestre (%d RIP échantillonnés au hasard) :' % ctx.rng.randrange(150, 600),
               'Quarterly clinical audit results (%d randomly sampled PCRs):' % ctx.rng.randrange(150, 600)), '\n'.join(lines),
             L('Les rétroactions individuelles seront faites en privé par les chefs d\'équipe.', 'Individual feedback will be given privately by crew leads.')]
    text = compose(ctx, greet(ctx), paras, signature(ctx, me, L('Conseiller qualité', 'Quality advisor'), 'spl'))
    return Mail(ctx.lang, L('Audit clinique - résultats T%d', 'Clinical audit - Q%d results') % ctx.rng.randrange(1, 5), frm,
                _all_staff(ctx, 'spl', 'Tous les paramédics', 'All paramedics'), text, note='aggregate audit results')


# ------------------------------------------------------------------ 29. narcotics inventory
def narcotics_inventory(ctx):
    L = ctx.T
    me, frm = sender(ctx, 'spl')
    wit = staff(ctx.rng, exclude=[me])
    rows = [[L('Unité', 'Unit'), L('Produit', 'Product'), L('Lot', 'Lot'), L('Exp.', 'Exp.'), L('Compte', 'Count'), L('Écart', 'Variance')]]
    for _ in range(ctx.rng.randrange(4, 9)):
        prod = pick(ctx.rng, ['fentanyl 100 mcg/2 mL', 'morphine 10 mg/mL', 'midazolam 5 mg/mL', 'kétamine 50 mg/mL' if ctx.lang == 'fr' else 'ketamine 50 mg/mL'])
        rows.append([unit_no(ctx), prod, '%s%d' % (pick(ctx.rng, ['FA', 'MO', 'MZ', 'KT']), ctx.rng.randrange(100000, 999999)),
                     (ctx.day + datetime.timedelta(days=ctx.rng.randrange(30, 700))).strftime('%Y-%m'), ctx.rng.randrange(2, 8), pick(ctx.rng, [0, 0, 0, -1])])
    paras = [L('Décompte mensuel des substances contrôlées complété.', 'Monthly controlled substances count completed.'),
             L('Un écart de 1 fiole (bris lors du nettoyage du compartiment) a été documenté; témoin : %s %s.' % wit,
               'One vial variance (broken while cleaning the compartment) documented; witness: %s %s.' % wit),
             '\n'.join(' | '.join(str(c) for c in r) for r in rows)]
    text = compose(ctx, greet(ctx), paras, signature(ctx, me, L('Chef d\'équipe', 'Crew lead'), 'spl'))
    return Mail(ctx.lang, L('Décompte narcotiques %s', 'Narcotics count %s') % ctx.day.strftime('%Y-%m'), frm,
                [team(ctx, 'spl', 'Pharmacie préhospitalière', 'Prehospital pharmacy', 'pharmacie')], text, note='narcotics inventory, lot numbers')


# ------------------------------------------------------------------ 30. 811 statistics
def info_sante_stats(ctx):
    L = ctx.T
    me, frm = sender(ctx, 'is811')
    tot = ctx.rng.randrange(8000, 30000)
    reasons = [L('fièvre chez l\'enfant', 'paediatric fever'), L('symptômes respiratoires', 'respiratory symptoms'), L('douleur abdominale', 'abdominal pain'),
               L('santé mentale (option 2)', 'mental health (option 2)'), L('questions sur la médication', 'medication questions')]
    lines = [L('%s : %d', '%s: %d') % (r, ctx.rng.randrange(300, 3000)) for r in reasons]
    from gen_common import MOIS, MONTHS
    paras = [L('Bilan Info-Santé 811 pour %s %d :' % (MOIS[ctx.day.month - 1], ctx.day.year), 'Info-Santé 811 summary for %s %d:' % (MONTHS[ctx.day.month - 1], ctx.day.year)),
             L('Appels reçus : %d\nDélai moyen de réponse : %d min\nOrientation vers l\'urgence : %d %%\nRappels infirmiers : %d' % (tot, ctx.rng.randrange(4, 90), ctx.rng.randrange(8, 25), ctx.rng.randrange(500, 3000)),
               'Calls received: %d\nAverage answer time: %d min\nReferred to ED: %d%%\nNurse callbacks: %d' % (tot, ctx.rng.randrange(4, 90), ctx.rng.randrange(8, 25), ctx.rng.randrange(500, 3000))),
             L('Principaux motifs :', 'Top reasons:') + '\n' + '\n'.join(lines)]
    atts = []
    if ctx.chance(0.4):
        atts.append(Att('811_%s.xlsx' % ctx.day.strftime('%Y%m'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                        data=make_xlsx([(L('Motifs', 'Reasons'), [[L('Motif', 'Reason'), 'N']] + [[l.rsplit(':', 1)[0].strip(), int(l.rsplit(':', 1)[1])] for l in lines])],
                                       author='%s %s' % me)))
    text = compose(ctx, greet(ctx), paras, signature(ctx, me, L('Cheffe de service, Info-Santé', 'Manager, Info-Santé'), 'is811'))
    return Mail(ctx.lang, L('Statistiques 811 - ', '811 statistics - ') + ctx.day.strftime('%Y-%m'), frm,
                _all_staff(ctx, 'ciss', 'Direction SAPA/santé physique', 'Leadership', 'direction'), text, atts=atts, note='811 aggregate statistics')


# ------------------------------------------------------------------ 31. transfer-centre procedure
def transfer_centre_procedure(ctx):
    L = ctx.T
    me, frm = sender(ctx, 'corti')
    paras = [L('Rappel de la procédure de demande de transfert au CORTI :', 'Reminder of the CORTI transfer request procedure:'),
             L('1. Appeler le %s (24/7) ou utiliser le formulaire électronique.\n2. Préparer : nom, date de naissance, NAM, diagnostic, signes vitaux, médication en cours, résultats pertinents.\n'
               '3. Le CORTI identifie le centre receveur et confirme le lit.\n4. Le transport est organisé par le centre de communication santé.' % phone_fmt(ctx.rng),
               '1. Call %s (24/7) or use the e-form.\n2. Have ready: name, date of birth, health card number, diagnosis, vitals, current meds, relevant results.\n'
               '3. CORTI finds the receiving centre and confirms the bed.\n4. Transport is arranged by the dispatch centre.' % phone_fmt(ctx.rng)),
             L('Ne jamais envoyer ces informations par courriel non sécurisé : utilisez le formulaire ou le téléphone.',
               'Never send this information by unsecured e-mail: use the form or the phone.')]
    text = compose(ctx, greet(ctx), paras, signature(ctx, me, L('Cheffe de service, CORTI', 'Manager, CORTI'), 'corti'))
    return Mail(ctx.lang, L('Procédure de transfert - rappel', 'Transfer procedure - reminder'), frm,
                _all_staff(ctx, 'corti', 'Urgences de la région', 'Regional EDs', 'urgences'), text, form=pick(ctx.rng, [None, 'alt', 'html']),
                note='procedure listing the fields to provide, no patient')


# ------------------------------------------------------------------ 32. payroll / HR
def payroll_hr(ctx):
    L = ctx.T
    me, frm = sender(ctx, 'ciss')
    kind = ctx.rng.randrange(3)
    if kind == 0:
        paras = [L('Les relevés 1 et T4 sont disponibles dans le portail employé.', 'T4 and RL-1 slips are available in the employee portal.'),
                 L('Pour toute erreur, ouvrez un billet auprès du service de la paie avant le 28 février.', 'Report errors to payroll before Feb 28.')]
        subj = L('Relevés fiscaux disponibles', 'Tax slips available')
    elif kind == 1:
        people = staff(ctx.rng, 4, exclude=[me])
        paras = [L('Heures supplémentaires approuvées pour la période %d :' % ctx.rng.randrange(1, 27), 'Approved overtime for pay period %d:' % ctx.rng.randrange(1, 27)),
                 '\n'.join('%s %s — %s h' % (g, s, dec(ctx, ctx.rng.randrange(4, 40) / 2)) for g, s in people),
                 L('Taux : temps et demi, double après 16 h consécutives.', 'Rate: time-and-a-half, double after 16 consecutive hours.')]
        subj = L('Heures supplémentaires - période', 'Overtime - pay period')
    else:
        paras = [L('Le calendrier des vacances estivales est affiché. Les demandes se font par ordre d\'ancienneté jusqu\'au 15 mars.',
                   'The summer vacation calendar is posted. Requests by seniority until March 15.'),
                 L('Rappel : les congés de maladie doivent être déclarés au moins 2 h avant le début du quart.', 'Reminder: sick calls at least 2 h before shift start.')]
        subj = L('Calendrier des vacances', 'Vacation calendar')
    text = compose(ctx, greet(ctx), paras, signature(ctx, me, L('Service de la paie', 'Payroll'), 'ciss'))
    return Mail(ctx.lang, subj, frm, _all_staff(ctx, 'ciss', 'Tout le personnel', 'All staff'), text, note='payroll/HR notice')


# ------------------------------------------------------------------ 33. mass-casualty exercise
def mass_casualty_exercise(ctx):
    L = ctx.T
    me, frm = sender(ctx, pick(ctx.rng, ['ciss', 'spl']))
    vict = []
    for i in range(1, ctx.rng.randrange(6, 11)):
        k = ctx.rng.randrange(6)
        fr = [('brûlures 2e degré 20 %', 'ROUGE'), ('fracture ouverte tibia', 'JAUNE'), ('TCC, GCS 8', 'ROUGE'),
              ('pneumothorax sous tension', 'ROUGE'), ('contusion mineure', 'VERT'), ('amputation traumatique doigt', 'JAUNE')][k]
        en = [('20% 2nd-degree burns', 'RED'), ('open tibia fracture', 'YELLOW'), ('TBI, GCS 8', 'RED'),
              ('tension pneumothorax', 'RED'), ('minor contusion', 'GREEN'), ('finger amputation', 'YELLOW')][k]
        vict.append(L('Victime simulée #%d — %s — triage %s' % ((i,) + fr), 'Simulated casualty #%d — %s — triage %s' % ((i,) + en)))
    paras = [L('Exercice de mesures d\'urgence (code orange) — scénario : collision autobus scolaire, route 117.', 'Emergency preparedness exercise (code orange) — scenario: school bus collision, Hwy 117.'),
             '\n'.join(vict), L('Les figurants sont des étudiants en soins préhospitaliers; aucune donnée réelle.', 'Actors are paramedic students; no real data.')]
    atts = []
    if ctx.chance(0.5):
        atts.append(Att(L('scénario_exercice.docx', 'exercise_scenario.docx'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                        data=make_docx(paras[0], vict, author='%s %s' % me)))
    text = compose(ctx, greet(ctx), paras, signature(ctx, me, L('Coordonnateur des mesures d\'urgence', 'Emergency preparedness coordinator'), 'ciss'))
    return Mail(ctx.lang, L('Exercice code orange - scénario', 'Code orange exercise - scenario'), frm, _all_staff(ctx, 'ciss', 'Partenaires', 'Partners', 'partenaires'),
                text, atts=atts, note='mass-casualty exercise with simulated casualties')


# ------------------------------------------------------------------ 34. asset register
def equipment_serial_list(ctx):
    L = ctx.T
    me, frm = sender(ctx, 'hvn')
    rows = [[L('actif', 'asset'), L('description', 'description'), 'serial', L('emplacement', 'location'), L('prochain_entretien', 'next_pm')]]
    for _ in range(ctx.rng.randrange(6, 14)):
        rows.append([luhn_serial(ctx.rng, 10), pick(ctx.rng, [L('Moniteur-défibrillateur', 'Monitor-defibrillator'), L('Ventilateur de transport', 'Transport ventilator'),
                                                              L('Pousse-seringue', 'Syringe pump'), L('Vidéolaryngoscope', 'Video laryngoscope'), L('Civière motorisée', 'Power stretcher')]),
                     luhn_serial(ctx.rng, 9), pick(ctx.rng, [unit_no(ctx), L('Urgence', 'ED'), L('SI', 'ICU'), L('Magasin', 'Stores')]),
                     (ctx.day + datetime.timedelta(days=ctx.rng.randrange(10, 360))).strftime('%Y-%m-%d')])
    text = compose(ctx, greet(ctx), [L('Registre des actifs biomédicaux à jour (export GMAO).', 'Updated biomedical asset register (CMMS export).')],
                   signature(ctx, me, L('Génie biomédical', 'Biomedical engineering'), 'hvn'))
    return Mail(ctx.lang, L('Registre des actifs', 'Asset register'), frm, _all_staff(ctx, 'hvn', 'Chefs d\'unité', 'Unit managers', 'chefs'), text,
                atts=[Att('actifs.csv' if ctx.lang == 'fr' else 'assets.csv', 'text/csv', text=make_csv(rows, delimiter=pick(ctx.rng, [',', ';'])),
                          charset=pick(ctx.rng, ['utf-8', 'windows-1252']))], note='asset register with Luhn-valid serials')


# ------------------------------------------------------------------ 35. staff reply thread
def reply_thread_staff(ctx):
    L = ctx.T
    me, frm = sender(ctx, 'hvn')
    other, ofrm = sender(ctx, 'spl', staff(ctx.rng, exclude=[me]))
    topic = pick(ctx.rng, [L('simulation anaphylaxie', 'anaphylaxis simulation'), L('rencontre sur les délais de transfert de soins', 'offload delay meeting'),
                           L('visite de la nouvelle salle de réanimation', 'tour of the new resus bay')])
    extra = L(' On aurait besoin du mannequin pédiatrique et de 2 auto-injecteurs d\'épinéphrine de formation.', ' We\'d need the paediatric manikin and 2 epinephrine trainer pens.') if 'anaph' in topic else ''
    orig = '\n\n'.join([greet(ctx, me[0]), L('Est-ce qu\'on peut fixer la %s ? Je propose mardi ou jeudi après-midi.' % topic,
                                             'Can we schedule the %s? Tuesday or Thursday afternoon work for me.' % topic) + extra,
                        close(ctx), other[0]])
    qh = quote_header(ctx, '%s %s <%s>' % (other[0], other[1], ofrm[1]), ctx.when - datetime.timedelta(hours=ctx.rng.randrange(3, 40)))
    if qh.endswith(': ') or qh.endswith(' : '):
        qh += topic
    body = '\n\n'.join([greet(ctx, other[0]), pick(ctx.rng, [L('Jeudi 13h30 me convient, je réserve la salle 2.14.', 'Thursday 1:30 works, I\'ll book room 2.14.'),
                                                              L('Mardi c\'est parfait. J\'invite aussi l\'équipe de l\'urgence.', 'Tuesday is perfect. I\'ll invite the ED team too.')]),
                        close(ctx), signature(ctx, me, L('Infirmière-chef, urgence', 'ED nurse manager'), 'hvn')]) + '\n\n' + qh + '\n' + quote(orig) + '\n'
    return Mail(ctx.lang, 'RE: ' + topic, frm, [ofrm], body, reply=True, note='staff reply thread about scheduling, clinical words only')


# ------------------------------------------------------------------ 36. satisfaction survey (aggregate)
def patient_satisfaction_aggregate(ctx):
    L = ctx.T
    me, frm = sender(ctx, 'spl')
    paras = [L('Sondage de satisfaction de la clientèle (n = %d répondants) :' % ctx.rng.randrange(200, 900), 'Client satisfaction survey (n = %d respondents):' % ctx.rng.randrange(200, 900)),
             L('Courtoisie des paramédics : %d %%\nSentiment de sécurité pendant le transport : %d %%\nDélai jugé acceptable : %d %%' % (ctx.rng.randrange(85, 99), ctx.rng.randrange(80, 99), ctx.rng.randrange(50, 80)),
               'Paramedic courtesy: %d%%\nFelt safe during transport: %d%%\nWait judged acceptable: %d%%' % (ctx.rng.randrange(85, 99), ctx.rng.randrange(80, 99), ctx.rng.randrange(50, 80))),
             L('Commentaires (anonymisés) : « Les paramédics ont été rassurants avec ma mère. » « L\'attente a été longue mais l\'équipe était excellente. »',
               'Comments (anonymised): "The paramedics were reassuring with my mother." "The wait was long but the crew was excellent."')]
    text = compose(ctx, greet(ctx), paras, signature(ctx, me, L('Commissaire aux plaintes et à la qualité', 'Quality and complaints commissioner'), 'spl'))
    return Mail(ctx.lang, L('Sondage de satisfaction - résultats', 'Satisfaction survey - results'), frm,
                _all_staff(ctx, 'spl', 'Tout le personnel', 'All staff'), text, note='aggregate satisfaction survey')
