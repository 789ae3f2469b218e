# Not confidential: staff, suppliers, aggregates, bulletins, templates, IT, facilities...
from tpl_pos import *
from tpl_pos2 import quote

UNITS = ['4B', '5A', '6C', 'USI', '2D', 'Urgence', 'Bloc', 'Néonat', '7e Onco']

def n_schedule(c, en):
    r = c.r; me = c.staff(en=en)
    days = ['lun 7', 'mar 8', 'mer 9', 'jeu 10', 'ven 11', 'sam 12', 'dim 13'] if not en else ['Mon 7', 'Tue 8', 'Wed 9', 'Thu 10', 'Fri 11', 'Sat 12', 'Sun 13']
    rows = [(d,) + tuple(x['full'] for x in c.staff_many(2, en=en, docs=True)) for d in days]
    if en:
        subj = r.choice(['Call schedule Dec 7-13', 'on-call schedule – internal med', 'weekend coverage']); intro = 'Call schedule for next week, swaps through me please.'
        hdrs = ('Day', 'Day call', 'Night call')
    else:
        subj = r.choice(['Horaire de garde 7-13 déc.', 'Garde médecine interne – semaine prochaine', 'Horaire garde fds', 'MODIF horaire garde']); intro = r.choice(['Voici l\'horaire de garde. Échanges : m\'aviser svp.', 'Horaire à jour (modif jeudi).'])
        hdrs = ('Jour', 'Garde jour', 'Garde nuit')
    txt = intro + '\n\n' + '\n'.join(f'{a:8} {b:28} {d}' for a, b, d in rows) + c.sig(me, en)
    html = ('<html><body><p>' + H.escape(intro) + '</p><table border="1">\n<tr>' + ''.join(f'<th>{h}</th>' for h in hdrs) + '</tr>\n' +
            ''.join(f'<tr><td>{H.escape(a)}</td><td>{H.escape(b)}</td><td>{H.escape(d)}</td></tr>\n' for a, b, d in rows) + '</table></body></html>')
    return dict(cat='staff_schedule', types=[], note='physician on-call schedule (staff names only)', subject=subj, text=txt,
                html=html, frm=me, to=[('Médecins – méd. interne' if not en else 'IM physicians', 'med-interne@' + DOM)])

def n_call_list(c, en):
    r = c.r; me = c.staff()
    rows = [(s['full'], s['role'], c.cell()) for s in c.staff_many(r.randint(6, 10))]
    txt = (r.choice(['Liste des cellulaires pour le plan de mesures d\'urgence (code orange). Ne pas diffuser à l\'externe.',
                     'Bottin des cellulaires – équipe de garde des fêtes', 'Liste d\'appel en cas de panne informatique :']) + '\n\n' +
           '\n'.join(f'- {a} ({b}) : {t}' for a, b, t in rows) + c.sig(me))
    att = []
    if r.random() < 0.4:
        att.append(('liste_appel.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx('Cellulaires', [('Nom', 'Fonction', 'Cellulaire')] + rows)))
    return dict(cat='staff_call_list', types=[], note='staff call list with personal cell phones', subject=r.choice(['Liste d\'appel', 'Cellulaires équipe', 'Code orange – liste']),
                text=txt, frm=me, to=[('Gestionnaires', 'gestionnaires@' + DOM)], att=att)

def n_hr(c, en):
    r = c.r; me = c.staff(); emp = c.staff()
    v = r.randint(0, 3)
    if v == 0:
        txt = (f'Bonjour,\n\nJe vous informe que {emp["n"]} ({emp["role"]}, matricule {r.randint(100000, 999999)}) est en arrêt maladie à compter du {c.date_fr()} '
               f'pour une durée indéterminée. Merci de prévoir le remplacement sur le quart de jour.\nÉric, RH' + c.sig(me))
        subj = f'Absence – {emp["n"]}'
    elif v == 1:
        txt = (f'Bonjour {emp["giv"]},\n\nSuite à votre rencontre avec le bureau de santé, votre retour progressif débutera le {c.date_fr()} '
               f'(3 jours/sem. pendant 4 semaines). Votre gestionnaire a été avisé.\n' + c.sig(me))
        subj = 'Retour progressif au travail'
    elif v == 2:
        txt = (f'Rappel : l\'évaluation de probation de {emp["n"]} est due le {c.date_fr()}. Le formulaire est sur l\'intranet RH.' + c.sig(me))
        subj = 'Évaluation de probation'
    else:
        txt = (f'Bonjour,\nSuite au grief déposé par {emp["n"]} concernant l\'affichage de poste 2026-{r.randint(100, 999)}, une rencontre est prévue '
               f'avec le syndicat mardi 10h, salle C-2204.' + c.sig(me))
        subj = 'Rencontre – grief'
    return dict(cat='hr_employee', types=[], note='HR mail about a named employee (absence, return to work, evaluation, grievance)',
                subject=subj, text=txt, frm=me, to=[(c.staff()['full'], c.staff()['email'])])

def n_training(c, en):
    r = c.r; me = c.staff(en=en)
    course = r.choice(['RCR/DEA – recertification', 'PDSB', 'Omega (gestion de crise)', 'Pompes volumétriques Alaris', 'SIMDUT 2015', 'Prévention des infections – EPI'])
    rows = [('Nom', 'Matricule', 'Unité', 'Session')] + [(s['n'], str(r.randint(100000, 999999)), r.choice(UNITS), r.choice(['12 déc. AM', '12 déc. PM', '15 déc. AM'])) for s in c.staff_many(r.randint(8, 14))]
    txt = (f'Bonjour,\n\nVoici la liste des inscriptions à la formation {course}. Merci de libérer vos employés.\n\n' +
           '\n'.join('; '.join(x) for x in rows[1:6]) + '\n(liste complète en pièce jointe)' + c.sig(me))
    return dict(cat='training_roster', types=[], note='training enrolment roster of employees with employee numbers',
                subject=f'Inscriptions – {course}', text=txt, frm=me, to=[('Chefs d\'unité', 'chefs-unite@' + DOM)],
                att=[('inscriptions_formation.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx('Inscriptions', rows))])

def n_union(c, en):
    r = c.r
    rep = c.staff(dom=EXT['union'])
    txt = r.choice([
        'Assemblée générale extraordinaire – vote sur l\'entente de principe\nJeudi 18 h, salle Jean-Lesage (et en ligne).\nOrdre du jour : 1. Présentation de l\'entente 2. Questions 3. Vote secret.\nLes membres en congé maladie peuvent voter par procuration.',
        'Info-syndicat : temps supplémentaire obligatoire (TSO)\nLe TSO a été imposé 47 fois le mois dernier au CHU. Remplissez le formulaire de dénonciation après chaque quart imposé.',
        'Rappel : les griefs collectifs sur les primes de soins critiques seront entendus en arbitrage le 14 janvier. Votre déléguée : ' + c.staff()['n'] + '.',
        'Consultation sur les ratios sécuritaires : répondez au sondage avant vendredi. Résultats compilés (anonymes) présentés au CA.'])
    return dict(cat='union', types=[], note='union bulletin to members', subject=r.choice(['Info-syndicat', 'AGE – vote', 'Bulletin syndical no 42', 'TSO – à lire']),
                text=txt + c.sig(rep), frm=rep, to=[('Membres – CHU', 'membres-chu@' + EXT['union'])])

def n_ph_bulletin(c, en):
    r = c.r; me = c.staff(en=en)
    a, b, d = r.randint(40, 400), r.randint(3, 40), r.randint(2, 15)
    if en:
        txt = (f'Public health bulletin – week 47\n\nInfluenza A: {a} lab-confirmed cases in the region (+{b}% vs last week). RSV: {d} outbreaks in CHSLDs.\n'
               f'Reminder: droplet/contact precautions for any ILI. Oseltamivir recommended for high-risk residents in outbreak settings.\n'
               f'Vaccination coverage among staff: {r.randint(35, 60)}%.') + c.sig(me, True)
        subj = 'Public health bulletin - wk 47'
    else:
        txt = (f'Bulletin de santé publique – semaine 47\n\nInfluenza A : {a} cas confirmés dans la région de la Capitale-Nationale (+{b} % vs sem. préc.). '
               f'VRS : {d} éclosions en CHSLD. Rougeole : {r.randint(0, 3)} cas importés, aucun cas secondaire.\n'
               f'{r.randint(8, 20)} cas d\'influenza à l\'unité 4B et {r.randint(2, 9)} chez le personnel ; unité en éclosion jusqu\'au {c.date_fr()}.\n'
               f'Rappel : précautions gouttelettes-contact pour tout SAG.') + c.sig(me)
        subj = r.choice(['Bulletin santé publique sem. 47', 'Vigie influenza / VRS', 'Éclosion 4B – mise à jour'])
    return dict(cat='public_health_bulletin', types=[], note='public-health bulletin with aggregate case counts', subject=subj, text=txt,
                frm=me, to=[('Tous', 'tous@' + DOM)])

def n_invoice(c, en):
    r = c.r; sup = r.choice([('MédiSource inc.', EXT['supplier']), ('BioLab Fournitures', EXT['supplier2'])])
    inv = luhn_number(r, 9); po = gen_sin(r); gst = luhn_number(r, 9)
    items = [(r.choice(['Gants nitrile M', 'Cathéter IV 20G', 'Seringue 10 mL', 'Pansement Mepilex 10x10', 'Tubulure Alaris', 'Masques N95 1870+']),
              r.randint(5, 80), r.randint(12, 400) + 0.99) for _ in range(r.randint(3, 6))]
    lines = [f'Facture : {inv}', f'Bon de commande : {po[:3]} {po[3:6]} {po[6:]}', f'No TPS : {gst} RT0001', f'Lot : {luhn_number(r, 10)}', ''] + \
            [f'{d:32} x{q:3}  {p:8.2f} $' for d, q, p in items] + ['', f'Total : {sum(q * p for _, q, p in items):.2f} $ (taxes en sus)', 'Conditions : net 30 jours']
    pdf = make_pdf(f'{sup[0]} – Facture {inv}', lines)
    sender = dict(full='Comptes recevables – ' + sup[0], email='ar@' + sup[1])
    txt = (f'Bonjour,\n\nVeuillez trouver ci-joint la facture {inv} pour le bon de commande {po}.\nPaiement par TEF : transit 0{r.randint(1000, 9999)}, compte {luhn_number(r, 7)}.\n\nService à la clientèle\n{sup[0]}\n1-800-555-{r.randint(1000, 9999)}')
    return dict(cat='supplier_invoice', types=[], note='supplier invoice PDF (invoice, PO, GST and lot numbers pass checksums)',
                subject=f'Facture {inv} – {sup[0]}', text=txt, frm=sender, to=[('Comptes payables', 'comptes.payables@' + DOM)],
                att=[(f'Facture_{inv}.pdf', 'application/pdf', pdf)])

def n_po(c, en):
    r = c.r; me = c.staff(); po = luhn_number(r, 8)
    txt = (f'Bonjour,\nVeuillez procéder à la commande suivante (BC {po}) :\n- 12 x moniteur ECG réf. {r.choice(["MX450", "IntelliVue"])}-{r.randint(100, 999)}, n° série {luhn_number(r, 12)}\n'
           f'- 3 x pompe volumétrique, contrat d\'achat regroupé no {r.randint(2024, 2026)}-{r.randint(1000, 9999)}\nLivraison : quai de réception, pavillon D, Québec.\n' + c.sig(me))
    return dict(cat='purchase_order', types=[], note='purchase order with equipment serial and PO numbers', subject=f'BC {po}', text=txt, frm=me,
                to=[('Ventes', 'ventes@' + EXT['supplier'])])

def n_it(c, en):
    r = c.r; me = dict(full='Direction des ressources informationnelles', email='dri-info@' + DOM)
    v = r.choice(['nas', 'outage', 'phish', 'pwd', 'teams', 'printer'])
    T = {
        'nas': ('Maintenance NAS – lecteur S:', f'Le NAS NAS-QC-0{r.randint(1, 9)} (lecteurs S: et T:) sera indisponible samedi de 22h à 4h pour une mise à niveau du micrologiciel. Adresse IP 10.{r.randint(10, 99)}.{r.randint(1, 254)}.{r.randint(1, 254)}. Sauvegardez vos fichiers localement.'),
        'outage': ('PANNE – dossier clinique informatisé', f'Panne du DCI en cours depuis 13h40. Procédures dégradées : utiliser les formulaires papier (armoire de la centrale). Billet INC{r.randint(1000000, 9999999)}. Prochaine mise à jour 15h.'),
        'phish': ('Alerte hameçonnage', 'Un courriel frauduleux « Mise à jour de votre paie » circule. Ne cliquez pas le lien. Signalez-le avec le bouton « Signaler ». Aucun employé ne vous demandera votre mot de passe.'),
        'pwd': ('Expiration de votre mot de passe', f'Votre mot de passe réseau expire dans 5 jours. Changez-le via https://mdp.{DOM}/ (ctrl-alt-suppr sur poste). Poste de soutien : 418-555-{r.randint(1000, 9999)}.'),
        'teams': ('Migration vers Teams – vague 3', f'Les unités 4B, 5A et 6C migrent vers Teams le {c.date_fr()}. Les numéros de poste ne changent pas. Formation de 30 min offerte (voir intranet).'),
        'printer': ('Imprimantes – remplacement', f'Remplacement des imprimantes du 5e. Nouvelle file : \\\\impr-{r.randint(10, 99)}\\5A-COULEUR. N° série {luhn_number(r, 10)}, adresse MAC 00:1B:{r.randint(10, 99)}:4F:{r.randint(10, 99)}:A2.'),
    }[v]
    return dict(cat='it_notice', types=[], note='IT notice (storage/NAS, outage, phishing, passwords)', subject=T[0], text=T[1] + '\n\nCentre de services DRI',
                frm=me, to=[('Tous les utilisateurs', 'tous@' + DOM)])

def n_facilities(c, en):
    r = c.r; me = dict(full=r.choice(['Services techniques', 'Stationnement', 'Service alimentaire']), email=r.choice(['st', 'stationnement', 'alimentation']) + '@' + DOM)
    v = r.choice(['park', 'cafe', 'water', 'elev', 'snow'])
    T = {'park': ('Stationnement P3 fermé', 'Le P3 sera fermé du 8 au 12 décembre (réfection). Vignettes P3 acceptées au P1. Navette aux 15 min depuis le stationnement incitatif.'),
         'cafe': ('Menu de la cafétéria – semaine du 7', 'Lundi : pâté chinois / potage poireaux\nMardi : saumon teriyaki\nMercredi : chili végé\nJeudi : tourtière\nVendredi : fish & chips\nRepas des fêtes le 18 : 9,50 $'),
         'water': ('Interruption eau chaude – pavillon B', 'Interruption de l\'eau chaude pavillon B, niveaux 2 à 5, mardi de 9h à 13h. Bouilloires disponibles à la buanderie.'),
         'elev': ('Ascenseur A-3 hors service', 'L\'ascenseur A-3 est hors service jusqu\'à jeudi. Utilisez A-1/A-2 pour le transport des civières.'),
         'snow': ('Déneigement – déplacez vos véhicules', 'Opération de déneigement cette nuit au P1 et P2 de 23h à 5h. Les véhicules non déplacés seront remorqués.')}[v]
    return dict(cat='facilities', types=[], note='facilities / parking / cafeteria notice', subject=T[0], text=T[1], frm=me, to=[('Tout le personnel', 'tous@' + DOM)])

def n_conference(c, en):
    r = c.r; me = c.staff(en=en)
    talks = []
    for s in c.staff_many(4, docs=True):
        topic = r.choice(['Insuffisance cardiaque : nouveautés 2026', 'Prise en charge du diabète de type 2 en première ligne', 'Sepsis à l\'urgence',
                          'Delirium chez la personne âgée', 'Anticoagulation et FA', 'Leucémies aiguës : ce que l\'omni doit savoir', 'Santé mentale jeunesse'])
        talks.append(f'{len(talks) * 90 // 60 + 9:2d}h{(len(talks) * 90) % 60:02d}  {s["full"]} ({s["role"]}) – {topic}')
    bs = r.choice(BE_STAFF); fs = r.choice(FR_STAFF)
    talks.append(f'15h30  {bs[2]} {bs[0]} {bs[1]} (CHR Liège) – Soins transfrontaliers')
    talks.append(f'16h00  {fs[2]} {fs[0]} {fs[1]} (HCL Lyon) – Télésurveillance de la BPCO')
    txt = ('Journée scientifique annuelle du département de médecine – vendredi 11 décembre\nAuditorium, pavillon Laval\n\n' + '\n'.join(talks) +
           '\n\nInscription gratuite, 6 crédits DPC. Dîner servi.' + c.sig(me))
    att = [('programme.pdf', 'application/pdf', make_pdf('Programme – Journée scientifique', talks))] if r.random() < 0.5 else []
    return dict(cat='conference_programme', types=[], note='conference programme: speakers and their topics', subject=r.choice(['Programme – Journée scientifique', 'Journée scientifique 11 déc.', 'Invitation colloque']),
                text=txt, frm=me, to=[('Médecins', 'medecins@' + DOM)], cc=[('Partenaires', 'relations@' + EXT['liege'])], att=att)

def n_job(c, en):
    r = c.r; me = dict(full='Dotation – Ressources humaines', email='dotation@' + DOM)
    if en:
        txt = (f'Job posting 2026-{r.randint(100, 999)}: Clinical nurse (RN), Nephrology – permanent full time, days/evenings. Salary scale ${r.randint(30, 35)}.xx-$5{r.randint(0, 5)}.xx/h. '
               'Bilingual FR/EN required. Apply on the careers portal before Dec 20.')
        subj = 'Job posting – RN nephrology'
    else:
        txt = (f'Affichage 2026-{r.randint(100, 999)} : {r.choice(["Infirmière clinicienne", "Préposé aux bénéficiaires", "Travailleuse sociale – DPJ", "Agente administrative classe 2", "Inhalothérapeute"])}, '
               f'{r.choice(["poste permanent temps complet", "remplacement 12 mois", "TPR 7/14"])}, {r.choice(["CLSC Limoilou", "CHU – Hôpital Saint-Sacrement", "CISSS Saguenay – Chicoutimi"])}.\n'
               'Exigences : permis d\'exercice valide, 2 ans d\'expérience. Postulez sur le portail carrières avant le 20 décembre.')
        subj = r.choice(['Affichage de poste', 'Offre d\'emploi', 'Poste à combler'])
    return dict(cat='job_posting', types=[], note='job posting', subject=subj, text=txt, frm=me, to=[('Liste de diffusion RH', 'rh-diffusion@' + DOM)])

def n_blank_form(c, en):
    r = c.r; me = c.staff()
    v = r.choice(['sad', 'transport', 'consult', 'bcm'])
    title = {'sad': 'Demande de services – soutien à domicile', 'transport': 'Demande de transport adapté', 'consult': 'Demande de consultation',
             'bcm': 'Bilan comparatif des médicaments'}[v]
    paras = ['Nom de l\'usager : ______________________   Prénom : ______________',
             'NAM : ____ ____ ____  (ex. : ABCD 1234 5678)   Exp. : ____/____',
             'Date de naissance : AAAA-MM-JJ     No de dossier : _________',
             'Adresse : __________________________   Tél. : (___) ___-____',
             'Diagnostic / motif : ________________________________________',
             'Signature du professionnel : __________________  Permis : _______']
    d = make_docx(title + ' (gabarit v3.2)', paras, table=[('Médicament', 'Dose', 'Fréquence', 'Remarque'), ('(exemple) acétaminophène', '500 mg', 'QID PRN', ''), ('', '', '', '')])
    txt = (f'Bonjour,\n\nVoici le nouveau gabarit « {title} » (version 3.2) à utiliser dès le 1er janvier. Les anciennes versions doivent être retirées des unités.\n'
           'Rappel : ne jamais transmettre un formulaire rempli par courriel non chiffré.' + c.sig(me))
    return dict(cat='blank_form', types=[], note='blank form template with placeholders only', subject=f'Nouveau formulaire – {title}', text=txt, frm=me,
                to=[('Chefs de service', 'chefs-service@' + DOM)], att=[('gabarit_' + v + '.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', d)])

def n_research_agg(c, en):
    r = c.r; me = c.staff(en=en); to = c.staff(en=en, dom=EXT['univ'])
    n = r.randint(80, 400)
    rows = [('Groupe', 'n', 'Âge moyen', 'HbA1c moyenne', '% hospitalisés')] + [(g, r.randint(20, 150), round(r.uniform(55, 75), 1), round(r.uniform(6.5, 9.5), 1), round(r.uniform(5, 30), 1)) for g in ('Contrôle', 'Intervention', 'Perdus au suivi')]
    if en:
        txt = f'Interim results (n={n}): mean age {rows[1][2]}, HbA1c drop of 0.{r.randint(3, 9)}% in intervention arm (p=0.0{r.randint(1, 4)}). Table attached. No individual data.' + c.sig(me, True)
        subj = 'interim analysis'
    else:
        txt = f'Résultats intérimaires (n={n}) : âge moyen {rows[1][2]} ans, baisse d\'HbA1c de 0,{r.randint(3, 9)} % dans le bras intervention (p=0,0{r.randint(1, 4)}). Tableau agrégé ci-joint.' + c.sig(me)
        subj = r.choice(['Analyse intérimaire', 'Résultats agrégés – projet DIAB-Q', 'Tableau pour le rapport CÉR'])
    return dict(cat='research_aggregate', types=[], note='research results as aggregates only', subject=subj, text=txt, frm=me, to=[(to['full'], to['email'])],
                att=[('resultats_agreges.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx('Agrégés', rows))])

def n_teaching(c, en):
    r = c.r; me = c.staff(en=en)
    a = r.randint(25, 85); sx = r.choice(['homme', 'femme'])
    if en:
        txt = (f'Case for Thursday morning report:\nA {a}-year-old {"man" if sx == "homme" else "woman"} presents with 3 days of dyspnea, orthopnea and leg edema. '
               'BP 162/94, crackles to mid-fields. BNP 1850. What is your differential and initial management?\n(Case adapted; no identifying details.)') + c.sig(me, True)
        subj = 'Morning report case'
    else:
        txt = (f'Cas pour le club de lecture de jeudi :\nUn{"" if sx == "homme" else "e"} {sx} de {a} ans se présente pour dyspnée progressive depuis 3 jours, orthopnée et œdème MI. '
               'TA 162/94, crépitants bibasaux. BNP 1850.\nQuestions : 1) DDx ? 2) Prise en charge initiale ? 3) Place des iSGLT2 ?\n(cas fictif, adapté)') + c.sig(me)
        subj = r.choice(['Cas clinique – club de lecture', 'Cas pour l\'enseignement', 'Cas ECOS – pratique'])
    return dict(cat='teaching_case', types=[], note='anonymised teaching case with age and sex only', subject=subj, text=txt, frm=me, to=[('Résidents', 'residents@' + DOM)])

def n_committee(c, en):
    r = c.r; me = c.staff()
    comm = r.choice(['Comité de pharmacologie', 'CMDP – comité exécutif', 'Comité de prévention des infections', 'Comité qualité-sécurité', 'Comité d\'éthique clinique'])
    ics = make_ics(f'{r.getrandbits(64):016x}@{DOM}', comm, *(lambda d: (f'202612{d:02d}T120000', f'202612{d:02d}T133000'))(r.randint(1, 20)), 'Salle du conseil, D-1010',
                   'Ordre du jour : 1. Adoption PV 2. Suivi des ruptures d\'approvisionnement 3. Ajouts au formulaire 4. Varia', (me['n'], me['email']),
                   [(s['n'], s['email']) for s in c.staff_many(4)])
    txt = f'Convocation – {comm}\nL\'ordre du jour et le procès-verbal de la dernière rencontre suivront.' + c.sig(me)
    return dict(cat='committee_notice', types=[], note='committee meeting invitation (ICS) with staff attendees', subject=f'Convocation : {comm}', text=txt, frm=me,
                to=[(comm, 'comite@' + DOM)], att=[('invite.ics', 'text/calendar; method=REQUEST', ics)])

def n_staff_disease(c, en):
    r = c.r; me = c.staff(); s = r.choice([x for x in STAFF if x[2]])
    v = r.randint(0, 2)
    if v == 0:
        txt = f'Félicitations à {s[2]} {s[0]} {s[1]}, {s[3]}, qui obtient une subvention des IRSC de 1,2 M$ pour ses travaux sur {r.choice(["le diabète de type 1", "la leucémie myéloïde", "l’insuffisance cardiaque", "la MPOC", "la maladie de Parkinson"])} !'
        subj = 'Félicitations!'
    elif v == 1:
        g = c.staff()
        txt = f'Salut l\'équipe,\n{g["giv"]} est absent{"e" if g["sex"] == "F" else ""} cette semaine, {il(g)} a la COVID. Je couvre ses patients. On lui souhaite un prompt rétablissement!' + c.sig(me)
        subj = 'Absence ' + g['giv']
    else:
        txt = f'{s[2]} {s[1]} ({s[3]}) donnera une conférence grand public sur {r.choice(["l’Alzheimer", "le cancer du sein", "l’hépatite C", "l’autisme"])} le 9 décembre à la bibliothèque Gabrielle-Roy.'
        subj = 'Conférence grand public'
    return dict(cat='staff_named_disease', types=[], note='staff member named next to a disease (research, talk, or own illness)', subject=subj, text=txt,
                frm=me, to=[('Département', 'departement@' + DOM)])

def n_shortage(c, en):
    r = c.r; me = c.staff()
    drug = r.choice(['amoxicilline suspension 250 mg/5 mL', 'sémaglutide 1 mg', 'salbutamol inhalateur', 'cefazoline 1 g fiole', 'méthylphénidate LP'])
    txt = (f'Info-pharmacie – rupture d\'approvisionnement\n{drug} : rupture prévue jusqu\'en février (fournisseur). DIN {luhn_number(r, 8)}.\n'
           f'Alternative recommandée par le comité : voir l\'annexe du formulaire. Aucun changement pour les patients déjà stabilisés.') + c.sig(me)
    return dict(cat='drug_shortage', types=[], note='pharmacy bulletin on a drug shortage', subject='Info-pharmacie : rupture ' + drug.split()[0], text=txt, frm=me,
                to=[('Prescripteurs', 'prescripteurs@' + DOM)])

def n_unit_stats(c, en):
    r = c.r; me = c.staff(en=en)
    if en:
        txt = f'Monthly dashboard: {r.randint(30, 60)} admissions, ALOS {round(r.uniform(5, 11), 1)} d, {r.randint(2, 8)} falls, {r.randint(0, 3)} C. diff, {r.randint(10, 25)} ALC patients waiting for LTC.' + c.sig(me, True)
        subj = 'Unit dashboard - November'
    else:
        txt = (f'Tableau de bord 4B – novembre\nAdmissions : {r.randint(30, 60)}\nDMS : {round(r.uniform(5, 11), 1)} j\nChutes : {r.randint(2, 8)}\nC. difficile : {r.randint(0, 3)}\n'
               f'NSA en attente d\'hébergement : {r.randint(10, 25)}\n{r.randint(20, 50)} patients diabétiques suivis en externe.') + c.sig(me)
        subj = r.choice(['Tableau de bord novembre', 'Indicateurs 4B', 'Stats du mois'])
    return dict(cat='unit_statistics', types=[], note='unit dashboard with aggregate counts', subject=subj, text=txt, frm=me, to=[('Direction DSI', 'dsi@' + DOM)])

def n_staff_assign(c, en):
    r = c.r; me = c.staff(en=en)
    rows = []
    for u, s in zip(r.sample(UNITS, 5), c.staff_many(5, en=en)):
        rows.append(f'{u} – {s["sur"].upper()} {s["giv"][0]}. ({s["role"]}) – {r.choice(["jour", "soir", "nuit"])} – ch. {r.randint(401, 430)}-{r.randint(431, 460)} – poste {r.randint(20000, 29999)}')
    if en:
        txt = 'Staff assignments for tonight (float pool):\n' + '\n'.join(rows) + '\nCall the staffing office if sick.' + c.sig(me, True); subj = 'Float pool assignments'
    else:
        txt = 'Affectations équipe volante ce soir :\n' + '\n'.join(rows) + '\nAviser la centrale d\'affectation en cas d\'absence.' + c.sig(me); subj = r.choice(['Affectations équipe volante', 'Répartition du personnel – soir', 'Assignations'])
    return dict(cat='staff_assignment', types=[], note='staff assignment roster (employees, units, room ranges) that resembles a sign-out list', subject=subj,
                text=txt, frm=me, to=[('Assistantes infirmières-chefs', 'aic@' + DOM)])

def n_vendor_serial(c, en):
    r = c.r
    imeis = [luhn_number(r, 15) for _ in range(r.randint(3, 6))]
    txt = ('Bonjour,\nVoici les appareils expédiés (téléphones sans fil pour les unités) :\n' + '\n'.join(f'- Spectralink 8440, IMEI {i}' for i in imeis) +
           f'\nBordereau : {luhn_number(r, 12)}\nNo client : {gen_sin(r)}\nGarantie 24 mois.\n\nLogistique\nTéléCom Santé Solutions\n1-888-555-{r.randint(1000, 9999)}')
    return dict(cat='vendor_serials', types=[], note='vendor shipping notice with IMEIs and customer numbers that pass checksums', subject='Avis d\'expédition – commande ' + str(r.randint(10000, 99999)),
                text=txt, frm=dict(full='TéléCom Santé Solutions', email='logistique@telecom-sante.example'), to=[('Télécom CHU', 'telecom@' + DOM)])

def n_partner_admin(c, en):
    r = c.r; me = c.staff(); v = r.randint(0, 2)
    if v == 0:
        bs = r.choice(BE_STAFF); dom = r.choice([EXT['bxl'], EXT['liege']])
        txt = (f'Bonjour {bs[0]},\n\nComme convenu, voici la convention de stage pour les deux résidentes qui viendront à Liège en mars (gériatrie). '
               f'Il manque la signature du doyen et votre numéro d\'entreprise (BCE). Les assurances responsabilité sont couvertes par notre université.' + c.sig(me))
        subj = 'Convention de stage – Liège'; to = [(bs[0] + ' ' + bs[1], email_of(bs[0], bs[1], dom))]
    elif v == 1:
        fs = r.choice(FR_STAFF); dom = r.choice([EXT['lyon'], EXT['lille']])
        txt = (f'Chère collègue,\n\nMerci pour l\'accueil lors de la mission à Lille. Je vous transmets le compte rendu de la réunion sur le jumelage des unités de soins palliatifs. '
               f'Prochaine visio le {c.date_fr()} à 15h (heure de Paris).' + c.sig(me))
        subj = 'Jumelage – suites de la mission'; to = [(fs[0] + ' ' + fs[1], email_of(fs[0], fs[1], dom))]
    else:
        txt = ('Bonjour,\n\nL\'appel à communications du congrès francophone de gériatrie (Bruxelles, mai 2027) est ouvert jusqu\'au 15 janvier. '
               'Résumés de 300 mots, thèmes : fragilité, soins à domicile, télémédecine.' + c.sig(me))
        subj = 'Appel à communications – Bruxelles 2027'; to = [('Gériatrie', 'geriatrie@' + DOM)]
    return dict(cat='partner_admin', types=[], note='administrative mail with Belgian / French partner hospitals', subject=subj, text=txt, frm=me, to=to)

def n_payroll(c, en):
    r = c.r; me = dict(full='Service de la paie', email='paie@' + DOM)
    txt = r.choice(['Les relevés 1 et T4 seront disponibles dans le portail employé le 28 février. Vérifiez que votre NAS et votre adresse sont à jour dans le portail (ne les envoyez pas par courriel).',
                    f'Rappel : la paie rétroactive (entente 2025-2028) sera versée le {c.date_fr()}. Les montants figurent au talon de paie, section « Rétro ».',
                    'Assurance collective : période de modification des protections du 1er au 15 décembre. Formulaire en ligne seulement.'])
    return dict(cat='payroll_benefits', types=[], note='payroll / benefits notice to all staff', subject=r.choice(['Relevés fiscaux', 'Paie rétroactive', 'Assurance collective']),
                text=txt, frm=me, to=[('Tout le personnel', 'tous@' + DOM)])

def n_vaccination(c, en):
    r = c.r; me = c.staff()
    txt = (f'Campagne de vaccination du personnel – influenza/COVID\nCliniques mobiles : 4B (lundi), Urgence (mardi), Bloc (mercredi).\n'
           f'Couverture actuelle : {r.randint(30, 55)} % ({r.randint(800, 2000)} employés vaccinés). Objectif : 75 %.') + c.sig(me)
    return dict(cat='staff_vaccination', types=[], note='staff vaccination campaign with aggregate coverage', subject='Vaccination du personnel', text=txt, frm=me,
                to=[('Tous', 'tous@' + DOM)])

def n_quality(c, en):
    r = c.r; me = c.staff(en=en)
    if en:
        txt = f'Q3 incident summary: {r.randint(100, 300)} AH-223 reports, {r.randint(30, 80)} falls, {r.randint(20, 60)} medication errors (none with permanent harm). Root-cause analysis of one sentinel event in progress.' + c.sig(me, True)
        subj = 'Q3 safety report'
    else:
        txt = (f'Rapport trimestriel des incidents/accidents : {r.randint(100, 300)} déclarations, {r.randint(30, 80)} chutes, {r.randint(20, 60)} erreurs de médication, '
               f'aucune conséquence permanente. Un événement sentinelle en analyse (aucune information nominative dans ce rapport).') + c.sig(me)
        subj = r.choice(['Rapport trimestriel AH-223', 'Sécurité des soins – T3'])
    return dict(cat='quality_aggregate', types=[], note='quality/safety report with aggregates only', subject=subj, text=txt, frm=me, to=[('Comité qualité', 'qualite@' + DOM)])

def n_foundation(c, en):
    r = c.r; me = dict(full='Fondation du CHU Exemple', email='fondation@' + DOM)
    txt = (f'Merci aux {r.randint(200, 900)} donateurs de la Grande Marche ! {r.randint(100, 400)} 000 $ amassés pour l\'achat d\'un appareil d\'IRM pédiatrique. '
           f'Mention spéciale à la famille Lachance et à l\'entreprise Boréal Construction. Reçus fiscaux (no d\'organisme {luhn_number(r, 9)} RR0001) envoyés en janvier.')
    return dict(cat='foundation', types=[], note='foundation thank-you to donors', subject='Merci! Grande Marche 2026', text=txt, frm=me, to=[('Amis de la Fondation', 'amis@' + DOM)])

def n_directory(c, en):
    r = c.r; me = c.staff()
    rows = [f'{u:28} 418-555-{r.randint(1000, 9999)}  télécopieur 418-555-{r.randint(1000, 9999)}' for u in
            ['Clinique d\'anticoagulothérapie', 'Clinique du diabète', 'Centrale de rendez-vous', 'Archives médicales', 'CLSC Limoilou – accueil', 'Guichet d\'accès SAD', 'Pharmacie externe']]
    txt = 'Bottin à jour des cliniques (à afficher au poste) :\n\n' + '\n'.join(rows) + c.sig(me)
    return dict(cat='clinic_directory', types=[], note='directory of clinic phone and fax numbers', subject='Bottin des cliniques – mise à jour', text=txt, frm=me,
                to=[('Agentes administratives', 'agentes@' + DOM)])

def n_signature_vcf(c, en):
    r = c.r; me = c.staff(en=en)
    v = make_vcf(me['full'], me['sur'], me['giv'], tel=[('WORK', '418-555-' + str(r.randint(1000, 9999))), ('CELL', c.cell())], email=me['email'], org='CHU Exemple', title=me['role'])
    txt = (('Hi, here are my new contact details (moved to the 6th floor).' if en else 'Bonjour, voici mes nouvelles coordonnées (déménagement au 6e).') + c.sig(me, en))
    return dict(cat='staff_vcard', types=[], note='staff member sends own vCard', subject='Nouvelles coordonnées' if not en else 'New contact info', text=txt, frm=me,
                to=[(c.staff(en=en)['full'], c.staff(en=en)['email'])], att=[(strip_acc(me['sur']) + '.vcf', 'text/vcard', v)])

def n_staff_thread(c, en):
    r = c.r; me = c.staff(en=en); o = c.staff(en=en)
    if en:
        orig = f'Can anyone swap my Dec 24 night for Dec 31 evening? Thanks, {o["giv"]}'
        txt = 'I can take it.\n\n' + quote(orig, o['full'], 'Tue, Dec 1, 2026 at 10:12', True); subj = 'RE: swap Dec 24'
    else:
        orig = f'Quelqu\'un peut échanger mon quart de nuit du 24 contre le soir du 31 ? Merci, {o["giv"]}'
        txt = r.choice(['Moi je peux.', 'ok pour moi, je le note à la centrale', 'Je prends!']) + '\n\n' + quote(orig, o['full'], '1 déc. 2026 à 10:12'); subj = 'RE: échange de quart 24 déc.'
    return dict(cat='staff_reply_thread', types=[], note='staff shift-swap reply thread', subject=subj, text=txt, frm=me, to=[(o['full'], o['email'])])

def n_newsletter(c, en):
    r = c.r; me = dict(full='Communications CHU Exemple', email='communications@' + DOM)
    items = r.sample(['Nouvelle unité de soins palliatifs ouverte au 7e', 'Le CHU reçoit l\'agrément avec mention', 'Dre Sophie Ouellet nommée chef d\'hématologie',
                      'Semaine de la santé mentale : programmation', 'Projet de télésurveillance de l\'insuffisance cardiaque : 150 patients inscrits',
                      'Jumelage avec le CHU de Lille en néonatalogie', 'Rappel : port du masque à l\'urgence'], 4)
    html = ('<html><body><h2>L\'Écho du CHU – décembre</h2>\n' + ''.join(f'<h3>{H.escape(i)}</h3>\n<p>Lorem : texte de l\'article à venir dans l\'intranet.</p>\n' for i in items) +
            '<p><small>Pour vous désabonner, écrivez à communications@' + DOM + '</small></p></body></html>')
    txt = 'L\'Écho du CHU – décembre\n\n' + '\n'.join('* ' + i for i in items)
    return dict(cat='newsletter', types=[], note='internal newsletter', subject='L\'Écho du CHU – décembre', text=txt, html=html, frm=me, to=[('Tous', 'tous@' + DOM)], force=r.choice(['html', None]))

NEG = [(n_schedule, 5, 0.2), (n_call_list, 4, 0.0), (n_hr, 6, 0.0), (n_training, 4, 0.0), (n_union, 4, 0.0), (n_ph_bulletin, 5, 0.3),
       (n_invoice, 5, 0.0), (n_po, 3, 0.0), (n_it, 5, 0.0), (n_facilities, 4, 0.0), (n_conference, 4, 0.0), (n_job, 4, 0.3),
       (n_blank_form, 4, 0.0), (n_research_agg, 4, 0.3), (n_teaching, 4, 0.3), (n_committee, 3, 0.0), (n_staff_disease, 4, 0.0),
       (n_shortage, 3, 0.0), (n_unit_stats, 3, 0.3), (n_staff_assign, 4, 0.3), (n_vendor_serial, 3, 0.0), (n_partner_admin, 4, 0.0),
       (n_payroll, 2, 0.0), (n_vaccination, 2, 0.0), (n_quality, 3, 0.3), (n_foundation, 2, 0.0), (n_directory, 2, 0.0),
       (n_signature_vcf, 2, 0.3), (n_staff_thread, 3, 0.3), (n_newsletter, 3, 0.0)]

def n_en_memo(c, en):
    r = c.r; me = c.staff(en=True)
    v = r.randint(0, 2)
    if v == 0:
        txt = (f'Hand hygiene audit – November\nCompliance: {r.randint(70, 92)}% overall (target 90%). Lowest: ED ({r.randint(55, 75)}%). '
               'Posters and alcohol-rub refills are on order. Thank you all.') + c.sig(me, True); subj = 'Hand hygiene audit results'
    elif v == 1:
        to = c.staff(en=True, dom=EXT['ont'])
        txt = (f'Hi {to["giv"]},\nFollowing our call: the inter-provincial transfer agreement draft is attached to the shared folder. '
               'Legal wants the billing clause reviewed (reciprocal billing for OHIP/RAMQ insured persons). Can we meet Thursday 2 pm ET?') + c.sig(me, True); subj = 'Transfer agreement draft'
        return dict(cat='en_admin_memo', types=[], note='English administrative memo with an Ontario partner', subject=subj, text=txt, frm=me, to=[(to['full'], to['email'])], lang='en')
    else:
        txt = ('Accreditation visit Dec 14-16\nSurveyors will visit 4B, 6C, ED and the pharmacy. Please make sure policies binders are up to date, '
               'fridges logs are complete, and no patient information is left visible at nursing stations.') + c.sig(me, True); subj = 'Accreditation visit - reminder'
    return dict(cat='en_admin_memo', types=[], note='English administrative memo (audit, accreditation)', subject=subj, text=txt, frm=me, to=[('All staff', 'allstaff@' + DOM)], lang='en')

def n_training_env(c, en):
    r = c.r; me = dict(full='Formation DCI', email='formation-dci@' + DOM)
    txt = ('Formation au dossier clinique informatisé – environnement FORMATION seulement\n\n'
           'Pour les exercices, utilisez exclusivement les usagers fictifs de l\'environnement de formation :\n'
           '- TEST, Formation-Un (dossier FORM0001)\n- TEST, Formation-Deux (dossier FORM0002)\n'
           'Ne jamais ouvrir le dossier d\'un vrai usager pendant la formation. Mot de passe remis en classe.\n'
           f'Sessions : {c.date_fr()} et {c.date_fr()}, local B-{r.randint(100, 999)}.')
    return dict(cat='training_environment', types=[], note='EHR training instructions using fictitious test patients only', subject='Formation DCI – consignes',
                text=txt, frm=me, to=[('Nouveaux employés', 'nouveaux@' + DOM)])


def n_fwd_attach(c, en):
    r = c.r; me = c.staff(); o = c.staff()
    inner = dict(subject='Ordre du jour – comité de pharmacologie', frm=o, to=[(me['full'], me['email'])],
                 text='Bonjour,\nOrdre du jour de la rencontre du 10 décembre :\n1. Rupture de cefazoline\n2. Ajout du sémaglutide au formulaire\n3. Protocole d’insuline IV (révision)\n' + c.sig(o))
    return dict(cat='forward_as_attachment', types=[], note='forwarded committee e-mail attached as message/rfc822 (no patient data)',
                subject='TR: Ordre du jour', text='Pour info, voir le courriel joint.' + c.sig(me), frm=me, to=[(c.staff()['full'], c.staff()['email'])], inner=inner)

def n_zip(c, en):
    r = c.r; me = c.staff()
    z = make_zip([('politique_contentions_v4.pdf', make_pdf('Politique – mesures de contrôle (contentions)', ['Version 4, adoptée par le CA.', 'Champ d’application : toutes les unités.', 'Principes : mesure de dernier recours.'])),
                  ('grille_audit_contentions.xlsx', make_xlsx('Audit', [('Unité', 'Nb lits', 'Nb mesures', '%'), ('4B', 32, 3, 9.4), ('5A', 30, 1, 3.3), ('6C', 28, 4, 14.3)]))])
    return dict(cat='zip_policy', types=[], note='ZIP of a policy PDF and an aggregate audit grid', subject='Politique contentions + grille d’audit',
                text='Bonjour,\nVoici la politique révisée et la grille d’audit (données agrégées par unité).' + c.sig(me), frm=me,
                to=[('Chefs d’unité', 'chefs-unite@' + DOM)], att=[('politique_contentions.zip', 'application/zip', z)])

NEG += [(n_en_memo, 3, 1.0), (n_training_env, 2, 0.0), (n_fwd_attach, 1, 0.0), (n_zip, 1, 0.0)]
NEG = [(f, n, 0.58 if 0 < p < 1 else p) for f, n, p in NEG]
