# -*- coding: utf-8 -*-
"""Negative templates, part 2."""
import datetime as dt

import gen_files as F
import gen_mime as M
from gen_ctx import Att, G, result, num

DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'


# ------------------------------------------------------------ 19 formulary update
def formulary_update(c):
    r, L = c.rng, c.lang
    ph = c.st('pharm')
    items = r.sample([
        c.fr('Insuline glargine biosimilaire ajoutée à la liste locale; substitution automatique pour les nouveaux départs.',
             'Biosimilar insulin glargine added to formulary; automatic substitution for new starts.'),
        c.fr('Tacrolimus : passage au générique de la compagnie B à partir du %s — dosage du taux résiduel recommandé 7 jours après le changement.',
             'Tacrolimus: switch to generic B from %s — trough recommended 7 days after the switch.') % G.fmt_date(c.later(10, 40), L, r, 1),
        c.fr('Valganciclovir : rupture d\'approvisionnement, utiliser les comprimés 450 mg fractionnés selon le protocole.', 'Valganciclovir shortage: use split 450 mg tablets per protocol.'),
        c.fr('Sémaglutide oral retiré de la liste (non-utilisation).', 'Oral semaglutide removed (no use).'),
        c.fr('Nouvelle concentration d\'insuline lispro U-200 disponible en stylo.', 'Insulin lispro U-200 pen now stocked.')], 3)
    text = '\n'.join([c.greet(), '', c.fr('Décisions du comité de pharmacologie (réunion du %s) :', 'P&T committee decisions (meeting of %s):') % G.fmt_date(c.earlier(3, 20), L, r, 1), ''] +
                     ['- ' + x for x in items] + ['', c.sig(ph, 0)])
    m = c.msg(c.fr('Mise à jour du formulaire', 'Formulary update'), text, c.who(ph), [(c.fr('Prescripteurs', 'Prescribers'), 'prescripteurs@%s' % G.CHU['dom'])])
    return result('formulary_update', m, [], 'formulary update with drug names')


# ------------------------------------------------------------ 20 lab assay change
def lab_assay_change(c):
    r, L = c.rng, c.lang
    lab = ('%s — %s' % (c.fr('Biochimie', 'Biochemistry'), G.CHU['name_' + L]), 'biochimie@%s' % G.CHU['dom'])
    d = c.later(7, 30)
    paras = [c.fr('À compter du %s, le dosage du tacrolimus sera effectué par LC-MS/MS (auparavant immunoessai CMIA).',
                  'Starting %s, tacrolimus will be measured by LC-MS/MS (previously CMIA immunoassay).') % G.fmt_date(d, L, r, 1),
             c.fr('Les valeurs obtenues sont en moyenne 15 %% plus basses. Cibles thérapeutiques suggérées : 8-10 ng/mL (0-3 mois), 5-8 ng/mL (> 3 mois).',
                  'Results average 15%% lower. Suggested targets: 8-10 ng/mL (0-3 months), 5-8 ng/mL (> 3 months).').replace('%%', '%'),
             c.fr('Prélèvement : tube EDTA violet 2 mL, 12 h après la dernière dose. Délai de réponse : 24 h ouvrables.',
                  'Specimen: 2 mL lavender EDTA, 12 h post-dose. TAT: 24 business hours.'),
             c.fr('HbA1c : nouvel intervalle de référence 4,0-5,9 %; seuil diagnostique inchangé (6,5 %).', 'HbA1c: new reference interval 4.0-5.9%; diagnostic cut-off unchanged (6.5%).')]
    atts = []
    if r.random() < 0.5:
        atts.append(Att('avis_laboratoire.pdf', 'application/pdf', F.make_pdf(c.fr('Avis aux utilisateurs du laboratoire', 'Laboratory user notice'), paras, author=lab[0])))
        text = '\n'.join([c.greet(), '', c.fr('Veuillez prendre connaissance de l\'avis ci-joint.', 'Please read the attached notice.'), '', lab[0]])
    else:
        text = '\n'.join([c.greet(), ''] + paras + ['', lab[0], '514 555-0120'])
    m = c.msg(c.fr('Avis : changement de méthode tacrolimus', 'Notice: tacrolimus method change'), text, lab,
              [(c.fr('Néphrologie et greffe', 'Nephrology and transplant'), 'nephro-greffe@%s' % G.CHU['dom'])], atts=atts)
    return result('lab_assay_change', m, [], 'lab method change with reference ranges')


# ------------------------------------------------------------ 21 supplier training for staff
def supplier_training(c):
    r, L = c.rng, c.lang
    sup = r.choice([s for s in G.SUPPLIERS if 'Pump' in s['product']])
    day = c.later(7, 40)
    start = dt.datetime(day.year, day.month, day.day, 12, 0)
    rep = ('%s %s' % sup['rep'], '%s.%s@%s' % (G.strip_accents(sup['rep'][0]).lower(), G.strip_accents(sup['rep'][1]).lower(), sup['dom']))
    ev = {'uid': 'train-%s-%d@%s' % (start.strftime('%Y%m%d'), r.randrange(10 ** 5), sup['dom']), 'start': start, 'end': start + dt.timedelta(minutes=90),
          'summary': c.fr('Formation %s - personnel CED', '%s training - DEC staff') % sup['product'], 'location': c.fr('CED salle 2', 'DEC room 2'),
          'description': c.fr('Mode automatisé, gestion des alarmes, téléchargement vers le portail. Lunch fourni.', 'Auto mode, alarms, portal uploads. Lunch provided.'),
          'organizer': rep}
    text = '\n'.join([c.greet(), '', c.fr('Comme discuté, voici l\'invitation pour la formation du personnel sur le %s (mise à jour logicielle %d.%d).',
                                          'As discussed, here is the invite for staff training on the %s (software update %d.%d).') % (sup['product'], r.randrange(2, 6), r.randrange(10)),
                      c.fr('Des pompes de démonstration seront disponibles.', 'Demo pumps will be available.'), '', rep[0], sup['name'], '1 800 555-01%02d' % r.randrange(100)])
    m = c.msg(c.fr('Formation %s', '%s training') % sup['product'], text, rep, [c.who(c.st('manager')), c.who(c.st('nurse'))],
              atts=[Att('formation.ics', 'text/calendar', F.make_ics([ev], prodid='-//%s//Scheduler//EN' % sup['name']))])
    return result('supplier_training', m, [], 'supplier staff-training invite')


# ------------------------------------------------------------ 22 sensor stock order
def sensor_stock_order(c):
    r, L = c.rng, c.lang
    nurse = c.st('nurse')
    sup = r.choice(G.SUPPLIERS)
    rows = [[c.fr('Code article', 'Item code'), c.fr('Description', 'Description'), c.fr('Qté', 'Qty'), 'Lot', c.fr('Expiration', 'Expiry')]]
    for _ in range(r.randrange(4, 9)):
        rows.append(['%s-%05d' % (sup['dom'][:3].upper(), r.randrange(10 ** 5)), r.choice([c.fr('Capteur CGM', 'CGM sensor'), c.fr('Émetteur', 'Transmitter'),
                                                                                             c.fr('Ensemble de perfusion 9 mm', '9 mm infusion set'), c.fr('Réservoir 3 mL', '3 mL reservoir'),
                                                                                             c.fr('Solution de contrôle', 'Control solution')]),
                     str(r.randrange(5, 80)), '%d%s%05d' % (r.randrange(22, 26), r.choice('ABKM'), r.randrange(10 ** 5)), G.fmt_date(c.later(120, 600), L, r, 0)])
    att = Att('commande_%s.csv' % c.date.strftime('%Y%m%d'), 'text/csv', F.make_csv(rows, r.choice([',', ';'])), charset=r.choice(['utf-8', 'iso-8859-1']))
    text = '\n'.join([c.greet(), '', c.fr('Voici notre commande mensuelle de matériel de démonstration et d\'enseignement. Centre de coût 7%05d.',
                                          'Monthly order for demo/teaching supplies attached. Cost centre 7%05d.') % r.randrange(10 ** 5), '', c.sig(nurse, 1)])
    m = c.msg(c.fr('Commande mensuelle', 'Monthly order'), text, c.who(nurse), [('Service à la clientèle', 'commandes@%s' % sup['dom'])], atts=[att])
    return result('sensor_stock_order', m, [], 'supply order CSV with lot numbers')


# ------------------------------------------------------------ 23 conference abstract
def conference_abstract(c):
    r, L = c.rng, c.lang
    pi = c.st('research')
    co = c.st(('endo', 'nephro', 'dietitian', 'nurse'))
    n = r.randrange(40, 260)
    abstract = c.fr('Contexte : le diabète post-greffe (DPG) touche 15 à 30 %% des greffés rénaux. Méthodes : cohorte rétrospective de %d greffés (2015-2022). '
                    'Résultats : incidence du DPG à 1 an %d %%; HbA1c médiane %s %%; l\'utilisation d\'iSGLT2 était associée à une baisse de %s %% de l\'HbA1c. '
                    'Conclusion : ...', 'Background: post-transplant diabetes (PTDM) affects 15-30%% of kidney recipients. Methods: retrospective cohort of %d recipients (2015-2022). '
                    'Results: 1-year PTDM incidence %d%%; median A1c %s%%; SGLT2i use associated with a %s%% A1c drop. Conclusion: ...') \
        % (n, r.randrange(12, 28), num(r.uniform(6.6, 7.6), L), num(r.uniform(0.3, 0.8), L))
    text = '\n'.join([c.fr('Bonne nouvelle! Notre résumé a été accepté en présentation par affiche au congrès de Diabète Canada.',
                           'Great news! Our abstract was accepted as a poster at the Diabetes Canada conference.'), '',
                      c.fr('Auteurs : %s, %s.', 'Authors: %s, %s.') % (G.staff_name(co, L, False), G.staff_name(pi, L, False)), '', abstract, '',
                      c.fr('Date limite pour l\'affiche : %s.', 'Poster deadline: %s.') % G.fmt_date(c.later(10, 40), L, r, 1), '', c.sig(pi, r.choice([0, 2]))])
    m = c.msg(c.fr('Résumé accepté!', 'Abstract accepted!'), text, c.who(pi), [c.who(co)])
    return result('conference_abstract', m, [], 'conference abstract with cohort statistics')


# ------------------------------------------------------------ 24 staff social
def staff_social(c):
    r, L = c.rng, c.lang
    org = c.st(('admin', 'nurse', 'dietitian'))
    who = c.st(exclude=(org,))
    kind = r.randrange(3)
    if kind == 0:
        body = c.fr('Petit rappel : dîner-partage jeudi pour souligner le départ à la retraite de %s après 27 ans à la clinique de greffe! Inscrivez votre plat dans le fichier partagé.',
                    'Reminder: potluck Thursday to celebrate %s retiring after 27 years at the transplant clinic! Add your dish to the shared sheet.') % G.staff_name(who, L, False)
        subj = c.fr('Dîner-partage jeudi', 'Potluck Thursday')
    elif kind == 1:
        body = c.fr('C\'est l\'anniversaire de %s demain (%s)! Gâteau à 15 h dans la salle du personnel — version sans sucre pour les diabétiques de l\'équipe ;)',
                    "It's %s's birthday tomorrow (%s)! Cake at 3 pm in the staff room — sugar-free option available ;)") % (who[0], G.fmt_date(c.later(1, 2), L, r, 1))
        subj = c.fr('Fête de %s', "%s's birthday") % who[0]
    else:
        body = c.fr('La collecte pour la Marche pour le rein a amassé %d $! Merci à toute l\'équipe. Photos dans le dossier partagé.',
                    'The Kidney Walk fundraiser raised $%d! Thanks everyone. Photos in the shared folder.') % r.randrange(1500, 9000)
        subj = c.fr('Marche pour le rein - merci!', 'Kidney Walk - thank you!')
    m = c.msg(subj, '\n'.join([c.greet(), '', body, '', org[0]]), c.who(org), [(c.fr('Équipe', 'Team'), 'equipe.ced@%s' % G.CHU['dom'])])
    return result('staff_social', m, [], 'staff social event')


# ------------------------------------------------------------ 25 staff contact list / vCard
def staff_contacts(c):
    r, L = c.rng, c.lang
    adm = c.st('admin')
    if r.random() < 0.5:
        sup = r.choice(G.SUPPLIERS)
        vc = F.make_vcard(sup['rep'][0], sup['rep'][1], tel='1 800 555-01%02d' % r.randrange(100),
                          email='%s.%s@%s' % (G.strip_accents(sup['rep'][0]).lower(), G.strip_accents(sup['rep'][1]).lower(), sup['dom']), org=sup['name'],
                          title=c.fr('Représentant clinique', 'Clinical specialist'))
        text = '\n'.join([c.greet(), '', c.fr('Voici les coordonnées du nouveau représentant %s pour les départs de pompe.', 'Contact card for the new %s rep for pump starts.') % sup['name'], '', c.sig(adm, 2)])
        atts = [Att('%s %s.vcf' % sup['rep'], 'text/vcard', vc)]
        subj = c.fr('Contact représentant %s', '%s rep contact') % sup['name']
    else:
        rows = [[c.fr('Nom', 'Name'), c.fr('Fonction', 'Role'), c.fr('Poste', 'Ext.'), c.fr('Téléavertisseur', 'Pager')]]
        for s in G.STAFF:
            if s[4] in ('it',):
                continue
            rows.append([G.staff_name(s, L), (G.ROLE_FR if L == 'fr' else G.ROLE_EN)[s[4]], str(r.randrange(20000, 29999)), '%04d' % r.randrange(10 ** 4)])
        text = '\n'.join([c.greet(), '', c.fr('Bottin mis à jour de l\'équipe endo / CED / greffe :', 'Updated endo / DEC / transplant directory:'), ''] +
                         [' | '.join(x) for x in rows] + ['', c.sig(adm, 2)])
        atts = []
        subj = c.fr('Bottin de l\'équipe', 'Team directory')
    m = c.msg(subj, text, c.who(adm), [(c.fr('Équipe', 'Team'), 'equipe.ced@%s' % G.CHU['dom'])], atts=atts)
    return result('staff_contacts', m, [], 'staff / supplier contact details')


# ------------------------------------------------------------ 26 education session calendar
def edu_calendar(c):
    r, L = c.rng, c.lang
    nurse = c.st('nurse')
    base = c.later(7, 20)
    evs = []
    titles = [c.fr('Diabète 101', 'Diabetes 101'), c.fr('Calcul des glucides', 'Carb counting'), c.fr('Pieds et diabète', 'Foot care'),
              c.fr('Vivre avec une greffe', 'Living with a transplant'), c.fr('Préparation au départ de pompe', 'Getting ready for a pump')]
    lines = []
    for i, t in enumerate(r.sample(titles, 3)):
        d = base + dt.timedelta(days=7 * i)
        st = dt.datetime(d.year, d.month, d.day, 13, 30)
        n = r.randrange(4, 15)
        evs.append({'uid': 'edu-%s-%d@%s' % (st.strftime('%Y%m%d'), i, G.CHU['dom']), 'start': st, 'end': st + dt.timedelta(hours=2), 'summary': t,
                    'location': 'CED B-214', 'description': c.fr('%d inscrits. Animatrice : %s.', '%d registered. Facilitator: %s.') % (n, G.staff_name(nurse, L, False))})
        lines.append('- %s : %s (%d %s)' % (G.fmt_date(d, L, r, 1), t, n, c.fr('inscrits', 'registered')))
    text = '\n'.join([c.greet(), '', c.fr('Calendrier des séances de groupe :', 'Group session calendar:')] + lines + ['', c.sig(nurse, 1)])
    m = c.msg(c.fr('Séances de groupe - calendrier', 'Group sessions - calendar'), text, c.who(nurse), [(c.fr('Équipe CED', 'DEC team'), 'equipe.ced@%s' % G.CHU['dom'])],
              atts=[Att('seances.ics', 'text/calendar', F.make_ics(evs, method='PUBLISH'))])
    return result('edu_calendar', m, [], 'group class calendar with counts only')


# ------------------------------------------------------------ 27 grant budget
def grant_budget(c):
    r, L = c.rng, c.lang
    pi = c.st('research')
    rows = [[c.fr('Poste budgétaire', 'Budget line'), c.fr('An 1', 'Year 1'), c.fr('An 2', 'Year 2'), c.fr('An 3', 'Year 3')]]
    for l in [c.fr('Coordonnatrice de recherche (0,6 ETC)', 'Research coordinator (0.6 FTE)'), c.fr('Capteurs CGM (60 participants)', 'CGM sensors (60 participants)'),
              c.fr('Dosages tacrolimus LC-MS/MS', 'Tacrolimus LC-MS/MS assays'), c.fr('Frais du CER', 'REB fees'), c.fr('Diffusion / congrès', 'Dissemination')]:
        rows.append([l] + [r.randrange(2000, 60000) for _ in range(3)])
    att = Att('budget_%s.xlsx' % r.choice(['FRQS', 'IRSC', 'CIHR', 'DiabetesCanada']), XLSX, F.make_xlsx([('Budget', rows)], G.staff_name(pi, L, False)))
    text = '\n'.join([c.greet(), '', c.fr('Version 3 du budget pour la demande de subvention. Numéro de demande %d.', 'Budget v3 for the grant application. Application no. %d.') % r.randrange(10 ** 8, 10 ** 9), '', c.sig(pi, 1)])
    m = c.msg(c.fr('Budget subvention v3', 'Grant budget v3'), text, c.who(pi), [('Bureau de la recherche', 'recherche@%s' % G.CHU['dom'])], atts=[att])
    return result('grant_budget', m, [], 'grant budget spreadsheet')


# ------------------------------------------------------------ 28 interpreter invoice
def interpreter_invoice(c):
    r, L = c.rng, c.lang
    ag = ('Interprètes Babel-Est', 'facturation@babel-est.example')
    rows = [['Date', c.fr('Service', 'Service'), c.fr('Langue', 'Language'), c.fr('Heures', 'Hours'), c.fr('Montant', 'Amount')]]
    for _ in range(r.randrange(3, 8)):
        h = r.choice([1, 1.5, 2])
        rows.append([G.fmt_date(c.earlier(3, 30), L, r, 0), r.choice([c.fr('Clinique greffe', 'Transplant clinic'), 'CED', c.fr('Endocrinologie', 'Endocrinology')]),
                     r.choice(['arabe', 'espagnol', 'tamoul', 'mandarin', 'dari']), str(h), '%.2f' % (h * 72)])
    text = '\n'.join([c.greet(), '', c.fr('Facture n° %d pour les services d\'interprétation du mois. PO 45%08d.', 'Invoice #%d for this month\'s interpretation services. PO 45%08d.') %
                      (r.randrange(10 ** 5), r.randrange(10 ** 8)), ''] + [' | '.join(x) for x in rows] + ['', ag[0]])
    m = c.msg(c.fr('Facture interprétation', 'Interpretation invoice'), text, ag, [('Comptes fournisseurs', 'comptes.fournisseurs@%s' % G.CHU['dom'])])
    return result('interpreter_invoice', m, [], 'interpreter invoice without patient names')


# ------------------------------------------------------------ 29 policy document
def policy_doc(c):
    r, L = c.rng, c.lang
    ph = c.st(('pharm', 'nephro'))
    paras = [c.fr('Objet : encadrer le suivi des taux d\'immunosuppresseurs chez les greffés rénaux adultes.', 'Purpose: standardise immunosuppressant monitoring in adult kidney recipients.'),
             '## ' + c.fr('Cibles de tacrolimus (taux résiduel)', 'Tacrolimus trough targets'),
             '- 0-3 ' + c.fr('mois : 8-10 ng/mL', 'months: 8-10 ng/mL'), '- 3-12 ' + c.fr('mois : 6-8 ng/mL', 'months: 6-8 ng/mL'), '- > 12 ' + c.fr('mois : 5-7 ng/mL', 'months: 5-7 ng/mL'),
             '## ' + c.fr('Fréquence', 'Frequency'),
             c.fr('Hebdomadaire le premier mois, puis aux 2 semaines jusqu\'à 3 mois, puis mensuelle. Dosage 5-7 jours après tout changement de dose ou interaction (azolés, diltiazem).',
                  'Weekly for month 1, every 2 weeks to month 3, then monthly. Re-check 5-7 days after any dose change or interacting drug (azoles, diltiazem).'),
             c.fr('Version 2.1 — approuvée par le comité de pharmacologie.', 'Version 2.1 — approved by P&T.')]
    att = Att('protocole_immunosuppresseurs_v2.1.docx', DOCX, F.make_docx(c.fr('Protocole de suivi des immunosuppresseurs', 'Immunosuppressant monitoring protocol'), paras, author=G.staff_name(ph, L, False)))
    text = '\n'.join([c.greet(), '', c.fr('Version finale du protocole pour diffusion.', 'Final protocol version for distribution.'), '', c.sig(ph, 0)])
    m = c.msg(c.fr('Protocole immunosuppresseurs v2.1', 'Immunosuppressant protocol v2.1'), text, c.who(ph), [(c.fr('Équipe greffe', 'Transplant team'), 'equipe.greffe@%s' % G.CHU['dom'])], atts=[att])
    return result('policy_doc', m, [], 'clinical protocol document')


# ------------------------------------------------------------ 30 patient handout draft
def handout_draft(c):
    r, L = c.rng, c.lang
    nurse = c.st(('nurse', 'dietitian'))
    title = r.choice([c.fr('Que faire en cas d\'hypoglycémie?', 'What to do about a low?'), c.fr('Les jours de maladie avec une pompe', 'Sick days on a pump'),
                      c.fr('Vos médicaments après la greffe', 'Your medications after transplant')])
    paras = [c.fr('Ce document vous aide à reconnaître et traiter une hypoglycémie (glycémie sous 4,0 mmol/L).', 'This sheet helps you recognise and treat a low (glucose below 4.0 mmol/L).'),
             '- ' + c.fr('Prenez 15 g de sucre rapide : 4 comprimés de glucose ou 175 mL de jus.', 'Take 15 g fast sugar: 4 glucose tablets or 175 mL juice.'),
             '- ' + c.fr('Revérifiez après 15 minutes.', 'Recheck after 15 minutes.'),
             '- ' + c.fr('Si vous prenez du tacrolimus, ne prenez jamais de pamplemousse.', 'If you take tacrolimus, never have grapefruit.'),
             c.fr('Mon nom : ____________   Mon équipe : 514 555-0157', 'My name: ____________   My team: 514 555-0157')]
    kind = r.choice(['docx', 'pdf'])
    att = Att('depliant_brouillon.%s' % kind, DOCX if kind == 'docx' else 'application/pdf',
              F.make_docx(title, paras, author=G.staff_name(nurse, L, False)) if kind == 'docx' else F.make_pdf(title, paras, author=G.CHU['name_fr']))
    text = '\n'.join([c.greet(), '', c.fr('Brouillon du dépliant pour relecture (niveau de littératie 6e année). Commentaires d\'ici le %s svp.',
                                          'Draft handout for review (grade 6 reading level). Comments by %s please.') % G.fmt_date(c.later(3, 12), L, r, 1), '', c.sig(nurse, 2)])
    m = c.msg(c.fr('Brouillon dépliant : %s', 'Draft handout: %s') % title, text, c.who(nurse), [c.who(c.st('manager'))], atts=[att])
    return result('handout_draft', m, [], 'patient education handout draft')


# ------------------------------------------------------------ 31 survey aggregate
def survey_aggregate(c):
    r, L = c.rng, c.lang
    mgr = c.st('manager')
    n = r.randrange(60, 400)
    lines = [c.fr('Sondage de satisfaction — clientèle CED et greffe (n = %d)', 'Satisfaction survey — DEC and transplant clients (n = %d)') % n,
             c.fr('Très satisfaits : %d %%', 'Very satisfied: %d%%') % r.randrange(55, 80),
             c.fr('Délai d\'attente jugé raisonnable : %d %%', 'Wait time reasonable: %d%%') % r.randrange(40, 75),
             c.fr('Commentaires fréquents : stationnement, explications claires sur les médicaments anti-rejet, horaire des prises de sang.',
                  'Common comments: parking, clear explanations about anti-rejection drugs, blood-test timing.')]
    m = c.msg(c.fr('Résultats du sondage de satisfaction', 'Satisfaction survey results'), '\n'.join([c.greet(), ''] + lines + ['', c.sig(mgr, 1)]), c.who(mgr),
              [(c.fr('Équipe', 'Team'), 'equipe.ced@%s' % G.CHU['dom'])], mode=r.choice([None, 'html']))
    return result('survey_aggregate', m, [], 'aggregate survey results')


# ------------------------------------------------------------ 32 point-of-care glucometer QC
def poc_qc(c):
    r, L = c.rng, c.lang
    tech = ('%s — ' % c.fr('Biologie délocalisée', 'Point-of-care testing') + G.CHU['name_' + L], 'eadb@%s' % G.CHU['dom'])
    rows = [[c.fr('Lecteur (n° série)', 'Meter (serial)'), c.fr('Unité', 'Unit'), c.fr('Contrôle bas', 'Low control'), c.fr('Contrôle haut', 'High control'), c.fr('Statut', 'Status')]]
    for _ in range(r.randrange(4, 9)):
        rows.append([G.luhn_serial(r, r.choice([9, 10])), r.choice(['CED', c.fr('Greffe 6e', 'Tx 6th'), 'Endo', c.fr('Dialyse', 'Dialysis')]),
                     num(r.uniform(2.4, 3.2), L), num(r.uniform(15.5, 18.5), L), r.choice(['OK', 'OK', c.fr('hors limite', 'out of range')])])
    text = '\n'.join([c.greet(), '', c.fr('Résultats des contrôles de qualité des glucomètres, lot de solution %s (exp. %s) :',
                                          'Glucose meter QC results, control lot %s (exp. %s):') % ('CS%06d' % r.randrange(10 ** 6), G.fmt_date(c.later(90, 300), L, r, 0)), ''] +
                     [' | '.join(x) for x in rows] + ['', c.fr('Les lecteurs hors limite sont bloqués jusqu\'à nouvelle vérification.', 'Out-of-range meters are locked until re-checked.'), '', tech[0]])
    m = c.msg(c.fr('CQ glucomètres', 'Glucometer QC'), text, tech, [c.who(c.st('manager'))])
    return result('poc_qc', m, [], 'glucometer QC with serials and control values')


# ------------------------------------------------------------ 33 sharps / waste
def sharps_waste(c):
    r, L = c.rng, c.lang
    fac = (c.fr('Hygiène et salubrité', 'Environmental services'), 'hygiene@%s' % G.CHU['dom'])
    text = '\n'.join([c.greet(), '', c.fr('La collecte des contenants pour objets piquants/tranchants (aiguilles de stylos d\'insuline, lancettes) passera désormais le mardi. '
                                          'Merci de ne pas remplir au-delà de la ligne. Bon de travail n° %d.',
                                          'Sharps container pickup (insulin pen needles, lancets) moves to Tuesdays. Do not fill above the line. Work order %d.') % r.randrange(10 ** 6, 10 ** 7),
                      '', fac[0], c.fr('poste 0133', 'ext. 0133')])
    m = c.msg(c.fr('Collecte des objets piquants', 'Sharps pickup'), text, fac, [(c.fr('Cliniques ambulatoires', 'Ambulatory clinics'), 'cliniques@%s' % G.CHU['dom'])])
    return result('sharps_waste', m, [], 'facilities / biomedical waste notice')


# ------------------------------------------------------------ 34 chart audit aggregate
def chart_audit(c):
    r, L = c.rng, c.lang
    mgr = c.st('manager')
    n = r.randrange(30, 80)
    items = [(c.fr('Allergies documentées', 'Allergies documented'), r.randrange(70, 100)), (c.fr('Plan d\'hypoglycémie remis', 'Hypo plan given'), r.randrange(50, 95)),
             (c.fr('Conciliation médicamenteuse au congé', 'Discharge med rec'), r.randrange(60, 98)), (c.fr('Signature de l\'enseignement', 'Teaching signed'), r.randrange(40, 90))]
    text = '\n'.join([c.greet(), '', c.fr('Audit de %d dossiers tirés au hasard (greffe et CED), période du %s au %s :', 'Audit of %d random charts (tx and DEC), %s to %s:') %
                      (n, G.fmt_date(c.earlier(60, 90), L, r, 0), G.fmt_date(c.earlier(1, 20), L, r, 0)), ''] +
                     ['- %s : %d %%' % x for x in items] + ['', c.fr('Aucun dossier n\'est identifié dans ce rapport.', 'No chart is identified in this report.'), '', c.sig(mgr, 0)])
    m = c.msg(c.fr('Audit de dossiers - résultats', 'Chart audit results'), text, c.who(mgr), [(c.fr('Équipe', 'Team'), 'equipe.greffe@%s' % G.CHU['dom'])])
    return result('chart_audit', m, [], 'aggregate chart audit')


# ------------------------------------------------------------ 35 student rotation
def student_rotation(c):
    r, L = c.rng, c.lang
    md = c.st(('endo', 'nephro'))
    studs = [('%s %s' % (r.choice(G.GIVEN_F + G.GIVEN_M), r.choice(G.SURN_QC + G.SURN_ON))) for _ in range(r.randrange(3, 6))]
    rows = [[c.fr('Résident(e)', 'Resident'), c.fr('Niveau', 'Level'), c.fr('Bloc', 'Block'), c.fr('Superviseur', 'Supervisor')]]
    for s in studs:
        rows.append([s, 'R%d' % r.randrange(1, 5), 'P%d' % r.randrange(1, 13), G.staff_name(c.st(('endo', 'nephro')), L)])
    text = '\n'.join([c.greet(), '', c.fr('Horaire des résidents en endocrinologie / néphrologie-greffe :', 'Resident rotations endo / nephrology-transplant:'), ''] +
                     [' | '.join(x) for x in rows] + ['', c.fr('Les résidents doivent compléter le module sur la pompe avant le premier jour.', 'Residents must complete the pump module before day 1.'),
                                                     '', c.sig(md, 1)])
    m = c.msg(c.fr('Rotations des résidents', 'Resident rotations'), text, c.who(md, True), [('Enseignement', 'enseignement@%s' % G.CHU['dom'])], mode=r.choice([None, 'alt']))
    return result('student_rotation', m, [], 'resident rotation schedule')


# ------------------------------------------------------------ 36 logistics reply chain
def logistics_reply(c):
    r, L = c.rng, c.lang
    a = c.st(('nurse', 'txcoord', 'dietitian'))
    b = c.st(('manager', 'endo', 'nephro'), exclude=(a,))
    q = r.choice([c.fr('Est-ce qu\'on déplace la clinique tacro du jeudi au mercredi pendant les travaux? Le protocole d\'hypoglycémie affiché en salle 3 est aussi à remplacer (vieille version).',
                       'Are we moving Thursday tac clinic to Wednesday during construction? Also the hypo protocol posted in room 3 is outdated.'),
                  c.fr('Le fournisseur propose 20 capteurs d\'essai gratuits pour l\'enseignement. On accepte? Le numéro de lot commence par 24K.',
                       'The vendor is offering 20 free trial sensors for teaching. Should we accept? Lot number starts with 24K.'),
                  c.fr('Dr %s demande qu\'on ajoute 2 plages de clinique d\'hyperparathyroïdie le mardi. Qui peut couvrir?',
                       'Dr. %s asks that we add 2 hyperparathyroidism clinic slots on Tuesdays. Who can cover?') % c.st('endo')[1]])
    ans = r.choice([c.fr('Oui, c\'est confirmé à partir du mois prochain. Je mets à jour l\'horaire.', 'Yes, confirmed from next month. I will update the schedule.'),
                    c.fr('D\'accord, mais il faut passer par les approvisionnements.', 'OK, but it has to go through Procurement.'),
                    c.fr('Je regarde avec l\'équipe et je te reviens.', 'Let me check with the team and get back to you.')])
    text = ans + '\n\n' + b[0] + '\n\n' + M.quote_block('%s\n\n%s' % (q, a[0]), L, '%s <%s>' % c.who(a, False), c.date, r)
    m = c.msg('RE: ' + c.fr('question logistique', 'logistics question'), text, c.who(b), [c.who(a)], irt=c.irt())
    return result('logistics_reply', m, [], 'staff reply chain about clinic logistics')


NEG2 = [(formulary_update, 5), (lab_assay_change, 5), (supplier_training, 5), (sensor_stock_order, 5), (conference_abstract, 5), (staff_social, 5),
        (staff_contacts, 5), (edu_calendar, 5), (grant_budget, 5), (interpreter_invoice, 5), (policy_doc, 5), (handout_draft, 5), (survey_aggregate, 5),
        (poc_qc, 5), (sharps_waste, 5), (chart_audit, 5), (student_rotation, 5), (logistics_reply, 5)]
