"""French negative messages, part 2: IT, facilities, recalls, research, resources, policies, teaching cases."""
import datetime

import gen_common as C
import gen_attach as A
from gen_render import Att
from gen_tpl import pdf_att, docx_att, xlsx_att, reply_attr, outlook_head
from gen_neg_fr import luhn_serial, mgr, team, liste_service


def titled(c):
    if c.chance(0.5):
        return 'Mme %s %s' % (c.choice(['Jacqueline', 'Raymonde', 'Gilberte', 'Denyse', 'Claudette']), c.choice(C.STAFF_SUR_FR))
    return 'M. %s %s' % (c.choice(['Rolland', 'Marcel', 'Gilles-André', 'Réjean', 'Laurent']), c.choice(C.STAFF_SUR_FR))


# --------------------------------------------------------------------------- 16. informatique

def n_informatique(c):
    ti = c.staff('Agente administrative')
    ti.role, ti.dept = C.fit_role(ti.given, 'Technicien en informatique'), 'Direction des ressources informationnelles'
    k = c.rng.randrange(3)
    d = c.later(2, 8)
    if k == 0:
        blocks = ['Bonjour,', 'Une interruption de service de l\'application I-CLSC et du RSIPA est prévue le %s de 18 h à 23 h pour une mise à jour '
                  'de version (4.12.3). Les dossiers ouverts seront fermés automatiquement à 17 h 55.' % c.d(d, True),
                  'Procédure dégradée : utiliser les formulaires papier (armoire du poste de garde) et les saisir le lendemain.',
                  'Centre de services TI – poste 4357', ti.sig(c.rng)]
        subj = 'Interruption planifiée – I-CLSC / RSIPA'
    elif k == 1:
        blocks = ['ALERTE HAMEÇONNAGE', 'Plusieurs employé(e)s ont reçu un courriel « Votre boîte aux lettres est pleine – validez votre compte » '
                  'provenant d\'une adresse externe. NE CLIQUEZ PAS sur le lien. Supprimez le message ou signalez-le avec le bouton « Signaler ».',
                  'Si vous avez saisi votre mot de passe, communiquez immédiatement avec le centre de services au poste 4357.', ti.sig(c.rng)]
        subj = 'ALERTE – courriel d\'hameçonnage en circulation'
    else:
        blocks = ['Bonjour,', 'Votre demande n° DRI-%d (remplacement du poste de travail, local 2.118) est planifiée le %s en avant-midi. '
                  'Numéro d\'actif de l\'ancien poste : %s. Merci de sauvegarder vos fichiers locaux sur le lecteur H:.' % (
                      c.rng.randint(200000, 299999), c.d(d, True), luhn_serial(c.rng, 10)),
                  ti.sig(c.rng)]
        subj = 'Demande DRI – remplacement de poste'
    return c.spec('informatique', 'avis informatique', ti, [liste_service()], subj, blocks, [], positive=False)


# --------------------------------------------------------------------------- 17. bâtiment

def n_batiment(c):
    tb = c.staff('Agente administrative')
    tb.role, tb.dept = C.fit_role(tb.given, 'Agente de planification'), 'Services techniques'
    k = c.rng.randrange(3)
    d = c.later(2, 10)
    if k == 0:
        txt = ('Des travaux de réfection des bureaux du service social (aile B, 2e étage) auront lieu du %s au %s. Les TS seront '
               'relocalisé(e)s temporairement au local C-210. Les téléphones suivront (mêmes numéros de poste).' % (c.d(d), c.d(d + datetime.timedelta(days=14))))
        subj = 'Travaux – aile B, 2e étage'
    elif k == 1:
        txt = ('Un exercice d\'évacuation incendie aura lieu le %s entre 10 h et 11 h dans le pavillon principal. Les intervenant(e)s '
               'en entrevue doivent accompagner les usagers et leurs proches vers le point de rassemblement (stationnement P2).' % c.d(d, True))
        subj = 'Exercice d\'évacuation – pavillon principal'
    else:
        txt = ('L\'ascenseur n° 3 sera hors service du %s au %s pour modernisation. Prévoir un délai supplémentaire pour les '
               'rencontres de famille au 4e étage.' % (c.d(d), c.d(d + datetime.timedelta(days=5))))
        subj = 'Ascenseur n° 3 hors service'
    blocks = ['Bonjour,', txt, 'Merci de votre collaboration.', tb.sig(c.rng)]
    return c.spec('batiment', 'avis des services techniques', tb, [('Tout le personnel', 'tous@' + C.DOM)], subj, blocks, [], positive=False)


# --------------------------------------------------------------------------- 18. rappel / rupture

def n_rappel(c):
    q = c.staff('Agente administrative')
    q.role, q.dept = C.fit_role(q.given, 'Conseillère – qualité et gestion des risques'), 'Direction de la qualité'
    if c.chance(0.5):
        lots = ['%s-%s' % (c.choice(['SL', 'LT']), luhn_serial(c.rng, 8)) for _ in range(3)]
        blocks = ['AVIS DE RAPPEL – Toiles de lève-personne', 'Le fabricant rappelle les toiles universelles modèle TU-200 (tailles M et L) '
                  'en raison d\'un risque de déchirure des sangles. Lots visés : %s.' % ', '.join(lots),
                  'Action requise : retirer immédiatement les toiles visées, y compris celles prêtées à domicile par le programme SAD, '
                  'et les retourner au magasin central. Aucun incident n\'a été rapporté dans notre établissement.', q.sig(c.rng)]
        subj = 'RAPPEL – toiles de lève-personne TU-200'
    else:
        drug = c.choice(['quétiapine 25 mg', 'donépézil 5 mg', 'lorazépam 1 mg sublingual'])
        blocks = ['Avis de rupture d\'approvisionnement', 'Le Service de pharmacie nous informe d\'une rupture de %s prévue jusqu\'à la fin %s. '
                  'Des alternatives thérapeutiques ont été approuvées par le CMDP.' % (drug, C.MOIS[(c.day.month) % 12]),
                  'Pour les usagers au congé, les pharmacies communautaires ont été avisées par l\'AQPP. Les infirmières de liaison '
                  'doivent en tenir compte dans la planification des congés.', q.sig(c.rng)]
        subj = 'Rupture d\'approvisionnement – %s' % drug
    return c.spec('rappel', 'avis de rappel ou de rupture', q, [('Tout le personnel', 'tous@' + C.DOM)], subj, blocks, [], positive=False)


# --------------------------------------------------------------------------- 19. recherche

def n_recherche(c):
    ch = c.staff('Agente administrative')
    ch.role, ch.dept = C.fit_role(ch.given, 'Coordonnatrice de recherche'), 'Centre de recherche des Deux-Rives'
    pi = C.doctor(c.rng)
    blocks = ['Bonjour,', 'Le projet « AIDANT+ : intervention brève auprès des proches aidants de personnes hospitalisées » (CÉR n° 2024-%03d, '
              'chercheuse principale : %s) débute le recrutement.' % (c.rng.randint(100, 999), pi),
              'Critères d\'inclusion : proche aidant principal d\'un usager de 65 ans et plus hospitalisé > 7 jours ; score Zarit ≥ 21. '
              'Exclusion : aidant rémunéré.',
              'Les TS n\'ont qu\'à remettre le dépliant ; aucune information nominative ne doit nous être transmise par courriel. '
              'Les personnes intéressées nous appellent directement au 450-555-0133.',
              'Protocole complet et formulaire de consentement (version 3, %s) sur l\'intranet.' % c.d(c.earlier(10, 30)), ch.sig(c.rng)]
    atts = []
    if c.chance(0.5):
        pdf = A.make_pdf('AIDANT+ – Résumé du protocole', ['Devis : essai pragmatique randomisé, 2 bras, n = 120 dyades.',
                         'Intervention : 3 rencontres psychoéducatives + appel de suivi à 30 jours.',
                         'Mesures : Zarit, PHQ-9, réhospitalisation à 90 jours.', 'Financement : FRQS.'], author=ch.name)
        atts.append(pdf_att('AIDANT_plus_resume_protocole.pdf', pdf))
    return c.spec('recherche', 'protocole de recherche sans participants', ch, [liste_service()], 'Recrutement – projet AIDANT+', blocks, [],
                  atts=atts, positive=False)


# --------------------------------------------------------------------------- 20. répertoire de ressources

def n_ressources(c):
    tts = c.staff('Technicienne en travail social')
    res = [('Popote roulante du Vieux-Moulin', '48, rue du Moulin, Vieux-Moulin', '450-555-0111'),
           ('Répit Deux-Rives (halte-répit)', '220, boul. des Hauts-Bois, Saint-Anselme-des-Rives', '450-555-0112'),
           ('Société Alzheimer des Rives', '15, rue Notre-Dame, bureau 200', '450-555-0113'),
           ('Maison L\'Accalmie (violence conjugale)', 'adresse confidentielle', '450-555-0114 (24/7)'),
           ('Refuge Le Phare', '310, rue Wellington', '450-555-0115'),
           ('CAVAC des Rives', '88, rue Sainte-Cécile', '450-555-0116'),
           ('Comité logement Rive-Sud', '12, rue de la Fabrique', '450-555-0117'),
           ('Ligne Aide Abus Aînés', '—', '1-888-555-0118')]
    sel = c.rng.sample(res, 6)
    blocks = ['Bonjour à toutes et à tous,', 'Voici la mise à jour du répertoire des ressources communautaires (%s). Changements : nouvelles heures '
              'd\'ouverture de la halte-répit et nouveau numéro pour le comité logement.' % c.d(c.day),
              ('table', ['Organisme', 'Adresse', 'Téléphone'], [list(x) for x in sel]), tts.sig(c.rng)]
    atts = []
    if c.chance(0.4):
        data, cs = A.make_csv(['Organisme', 'Adresse', 'Téléphone'], sel, sep=';', charset='windows-1252')
        atts.append(Att('repertoire_ressources.csv', data, 'text/csv', charset=cs))
    return c.spec('ressources', 'répertoire des ressources communautaires', tts, [liste_service()], 'Répertoire des ressources – mise à jour',
                  blocks, [], atts=atts, positive=False, prefer=c.choice(['html', 'alt', None]))


# --------------------------------------------------------------------------- 21. réunion d'équipe

def n_reunion(c):
    m = mgr(c)
    ppl = team(c, 3)
    d = c.later(1, 7)
    k = c.rng.randrange(2)
    if k == 0:
        blocks = ['Bonjour,', 'Ordre du jour de la réunion d\'équipe du %s (13 h 30, salle 2.112) :' % c.d(d, True),
                  '1. Répartition des nouvelles demandes (moyenne actuelle : %d dossiers actifs par TS)\n2. Retour sur l\'audit de tenue de dossiers\n'
                  '3. Nouvelle procédure de garde\n4. Présentation %s : le programme d\'allocation directe (chèque emploi-service)\n5. Varia' % (
                      c.rng.randint(24, 38), ("d'" if ppl[0].name[0] in 'AEIOUÉ' else 'de ') + ppl[0].name),
                  m.sig(c.rng)]
        subj = 'ODJ – réunion d\'équipe %s' % c.short(d)
    else:
        blocks = ['Compte rendu – réunion d\'équipe du %s' % c.d(c.earlier(1, 5)),
                  'Présences : %s, %s, %s, %s (animation)' % (ppl[0].name, ppl[1].name, ppl[2].name, m.name),
                  'Points :\n- Audit de tenue de dossiers : taux de conformité 87 %% (cible 90 %%). Rappel : notes au plus tard 24 h après l\'intervention.\n'
                  '- Garde : le cellulaire passe à la sécurité.\n- %s quitte pour un congé de maternité le %s ; ses dossiers seront redistribués.' % (
                      ppl[1].name, c.d(c.later(15, 30))),
                  'Prochaine rencontre : dans deux semaines.', m.name]
        subj = 'Compte rendu – réunion d\'équipe'
    return c.spec('reunion_equipe', 'ordre du jour / compte rendu de réunion', m, [liste_service()], subj, blocks, [], positive=False)


# --------------------------------------------------------------------------- 22. procédure

def n_procedure(c):
    m = mgr(c)
    which = c.choice([
        ('Procédure de signalement à la DPJ', 'Tout membre du personnel qui a un motif raisonnable de croire que la sécurité ou le développement '
         'd\'un enfant est compromis doit signaler sans délai. Le signalement se fait par téléphone à la RTS ; la confirmation écrite est '
         'désormais déposée dans le formulaire électronique et non plus envoyée par courriel.'),
        ('Politique de lutte contre la maltraitance envers les aînés', 'La politique révisée précise les rôles de la personne responsable '
         'de la qualité et le processus d\'intervention concerté. Le formulaire de déclaration est disponible sur l\'intranet.'),
        ('Gestion des effets personnels des usagers sans répondant', 'Les biens de valeur doivent être inventoriés par deux employés et '
         'déposés au coffre de l\'admission. Le service social n\'accepte plus d\'argent comptant en dépôt.')])
    blocks = ['Bonjour,', 'La « %s » a été révisée (version %s). Principaux changements :' % (which[0], c.choice(['2.1', '3.0', '2024-10'])), which[1],
              'Merci d\'en prendre connaissance d\'ici le %s et de signer l\'attestation de lecture dans l\'ENA.' % c.d(c.later(10, 20)), m.sig(c.rng)]
    return c.spec('procedure', 'mise à jour de procédure', m, [liste_service()], 'Mise à jour – %s' % which[0], blocks, [], positive=False)


# --------------------------------------------------------------------------- 23. médecins et leurs clientèles

def n_medecins(c):
    ag = c.staff('Agente administrative')
    docs = [(C.doctor(c.rng), 'psychogériatre'), (C.doctor(c.rng), 'gériatre'), (C.doctor(c.rng), 'psychiatre (toxicomanie)')]
    blocks = ['Bonjour,', 'Quelques nouvelles du corps médical :',
              '- %s, %s, se joint à l\'équipe de consultation et prend les références pour les TNC avec SCPD et les évaluations d\'aptitude.\n'
              '- %s, %s, offre une clinique de dépression du sujet âgé le mardi après-midi.\n'
              '- %s, %s, sera absent%s du %s au %s ; les demandes de consultation en toxicomanie seront couvertes par la garde.' % (
                  docs[0][0], docs[0][1], docs[1][0], docs[1][1], docs[2][0], docs[2][1], 'e' if docs[2][0].startswith('Dre') else '',
                  c.d(c.later(5, 10)), c.d(c.later(15, 20))),
              'Les demandes se font via le formulaire de consultation habituel.', ag.sig(c.rng)]
    return c.spec('medecins', 'annonce de médecins et leurs champs', ag, [liste_service()], 'Nouvelles du corps médical', blocks, [], positive=False)


# --------------------------------------------------------------------------- 24. formation

def n_formation(c):
    cf = c.staff('Agente administrative')
    cf.role = C.fit_role(cf.given, 'Conseillère en formation')
    t = c.choice(['L\'évaluation psychosociale dans le contexte des régimes de protection', 'Intervention en contexte de violence conjugale : '
                  'évaluation du risque d\'homicide', 'L\'OEMC : mise à jour des pratiques', 'Les directives médicales anticipées et le NIM'])
    d = c.later(10, 30)
    blocks = ['Bonjour,', 'Une formation obligatoire « %s » est offerte le %s de 8 h 30 à 12 h (Teams) ou le %s en présentiel.' % (
        t, c.d(d, True), c.d(d + datetime.timedelta(days=7), True)),
              'Inscription dans l\'ENA avant le %s. Les heures sont reconnues par l\'Ordre (3 h).' % c.d(d - datetime.timedelta(days=5)),
              'Rappel : la cotisation annuelle à l\'Ordre est remboursée sur présentation du reçu (formulaire RH-22).', cf.sig(c.rng)]
    return c.spec('formation', 'formation obligatoire', cf, [liste_service()], 'Formation – %s' % t.split(' :')[0], blocks, [], positive=False)


# --------------------------------------------------------------------------- 25. vie sociale

def n_social(c):
    org = c.staff('Agente administrative')
    k = c.rng.randrange(3)
    if k == 0:
        p = c.staff()
        blocks = ['Bonne fête à %s !' % p.given, 'Aujourd\'hui, %s souligne ses 40 ans ! Gâteau à la salle de pause à 15 h. '
                  '(Et non, on ne dira pas l\'année exacte 😉 — indice : un %s de 1984)' % (p.name, C.fr_date(c.day)), org.given]
        subj = 'Gâteau à 15 h !'
    elif k == 1:
        blocks = ['Campagne Centraide 2024', 'Cette année, notre objectif est de 48 000 $. Les dons peuvent se faire par retenue sur la paie '
                  '(formulaire en ligne) ou lors du dîner spaghetti du %s (10 $).' % c.d(c.later(5, 15), True),
                  'Centraide soutient plusieurs organismes avec qui nous travaillons : popotes roulantes, maisons d\'hébergement, haltes-répit.', org.sig(c.rng)]
        subj = 'Campagne Centraide 2024'
    else:
        blocks = ['Party de Noël du service social', 'Quand : %s, 17 h 30\nOù : Bistro du Rivage, 1 400, boul. du Rivage\n'
                  'Coût : 35 $ (souper 3 services)\nÉchange de cadeaux : 20 $ max.' % c.d(datetime.date(2024, 12, 13), True),
                  'Confirmez votre présence à %s avant le 29 novembre.' % org.name, org.sig(c.rng, short=True)]
        subj = 'Party de Noël – réservez la date !'
    return c.spec('vie_sociale', 'activité sociale du personnel', org, [liste_service()], subj, blocks, [], positive=False)


# --------------------------------------------------------------------------- 26. bénévoles

def n_benevoles(c):
    cb = c.staff('Agente administrative')
    cb.role = C.fit_role(cb.given, 'Coordonnatrice des bénévoles')
    vols = [titled(c) for _ in range(4)]
    blocks = ['Bonjour,', 'Le programme d\'accompagnement bénévole reprend au 4e Nord et à l\'UCDG. Nouveaux bénévoles cet automne : %s.' % ', '.join(vols),
              'Rappel : les bénévoles ne doivent pas avoir accès aux dossiers ni recevoir d\'information clinique. Pour une demande '
              'd\'accompagnement (visite amicale, aide aux repas), utilisez le formulaire B-3 sans inscrire de diagnostic.', cb.sig(c.rng)]
    return c.spec('benevoles', 'programme de bénévoles', cb, [liste_service()], 'Programme d\'accompagnement bénévole', blocks, [], positive=False)


# --------------------------------------------------------------------------- 27. vignette d'enseignement

def n_vignette(c):
    sup = c.staff('Travailleuse sociale')
    sup.role = C.fit_role(sup.given, 'Superviseure de stage')
    a = c.rng.randint(70, 92)
    v = c.choice([
        'Monsieur A., %d ans, veuf, hospitalisé pour une pneumonie. Il vit seul dans une maison de campagne, sans permis de conduire. '
        'Son fils unique habite à l\'étranger. L\'équipe note une perte de poids et des factures impayées. Il refuse le SAD.' % a,
        'Madame Y, %d ans, atteinte d\'un TNC modéré, est hébergée chez sa fille depuis un an. La fille, aidante principale, travaille à temps '
        'plein et présente des signes d\'épuisement. Lors de l\'hospitalisation, la fille annonce qu\'elle ne reprendra pas sa mère.' % a,
        'Un homme de %d ans, itinérant, est admis pour une cellulite. Il consomme de l\'alcool quotidiennement et refuse toute référence '
        'en hébergement. Il demande seulement « un endroit pour dormir cette nuit ».' % (a - 30)])
    blocks = ['Bonjour à mes stagiaires,', 'Pour la supervision de groupe de jeudi, préparez la vignette suivante (fictive, inspirée de plusieurs situations) :',
              ('pre', v), 'Questions : 1) Quelles sont vos hypothèses d\'évaluation ? 2) Quels enjeux éthiques ? 3) Quel plan proposeriez-vous ?',
              sup.sig(c.rng)]
    return c.spec('vignette', 'vignette d\'enseignement fictive', sup, [('Stagiaires TS automne 2024', 'stagiaires.ts@' + C.DOM)],
                  'Vignette pour jeudi', blocks, [], positive=False)


# --------------------------------------------------------------------------- 28. confidentialité / télécopieur

def n_confid(c):
    m = mgr(c)
    k = c.rng.randrange(2)
    if k == 0:
        blocks = ['Bonjour,', 'À compter du %s, le numéro de télécopieur du service social change : 450-555-0178 (ancien : 450-555-0172). '
                  'Merci de mettre à jour vos signatures et d\'aviser vos partenaires (CLSC, organismes, notaires).' % c.d(c.later(3, 10)), m.sig(c.rng)]
        subj = 'Nouveau numéro de télécopieur'
    else:
        blocks = ['Rappel – transmission de renseignements', 'Les renseignements nominatifs (nom, NAM, diagnostic) ne doivent jamais être '
                  'transmis à un partenaire externe par courriel non chiffré. Utilisez la messagerie sécurisée ou le télécopieur.',
                  'Un incident de confidentialité a été déclaré le mois dernier (courriel envoyé au mauvais destinataire) ; aucune '
                  'conséquence n\'a été rapportée, mais le processus de déclaration a été complété.', m.sig(c.rng)]
        subj = 'Rappel – confidentialité des courriels'
    return c.spec('confidentialite', 'avis administratif sur la confidentialité', m, [liste_service()], subj, blocks, [], positive=False)


# --------------------------------------------------------------------------- 29. statistiques agrégées (signalements, violence)

def n_stats_sig(c):
    an = c.staff('Agente administrative')
    an.role = C.fit_role(an.given, 'Agente de planification, programmation et recherche')
    months = ['juillet', 'août', 'septembre']
    rows = [[m_, c.rng.randint(12, 40), c.rng.randint(3, 15), c.rng.randint(5, 22), c.rng.randint(1, 9)] for m_ in months]
    blocks = ['Bonjour,', 'Voici les données agrégées du trimestre pour le service social de l\'urgence (aucune donnée nominative) :',
              ('table', ['Mois', 'Signalements DPJ', 'Réf. violence conjugale', 'Réf. maltraitance aînés', 'Réf. refuge'], rows),
              'Hausse de 18 % des références en maltraitance par rapport au même trimestre l\'an dernier.', an.sig(c.rng)]
    return c.spec('stats_signalements', 'statistiques trimestrielles agrégées', an, [mgr(c)], 'Données T2 – service social urgence', blocks, [],
                  positive=False, prefer=c.choice(['html', 'alt', 'plain']))


# --------------------------------------------------------------------------- 30. fil de réponses administratif

def n_fil_admin(c):
    a, b = c.staff('Agente administrative'), c.staff('Travailleuse sociale')
    when = c.earlier(1, 3)
    orig = ['Bonjour %s,' % a.given, 'Est-ce que la salle des familles du 4e est libre %s à 14 h ? J\'aurais besoin aussi d\'un portable '
            'pour une participation par Teams.' % c.d(c.later(1, 5), True), b.given]
    blocks = ['Bonjour %s,' % b.given, 'C\'est réservé à ton nom (14 h à 15 h 30). Le portable sera dans l\'armoire de la salle ; '
              'le code du cadenas est le même que d\'habitude.', a.sig(c.rng, short=True),
              ('quote', reply_attr(c, (b.name, b.email), when), orig)]
    return c.spec('fil_admin', 'réponse administrative avec citation', a, [b], 'RE: Réservation salle des familles', blocks, [], positive=False,
                  reply=True)


TEMPLATES = [(n_informatique, 3), (n_batiment, 3), (n_rappel, 3), (n_recherche, 3), (n_ressources, 3), (n_reunion, 3),
             (n_procedure, 3), (n_medecins, 3), (n_formation, 3), (n_social, 3), (n_benevoles, 3), (n_vignette, 3),
             (n_confid, 3), (n_stats_sig, 3), (n_fil_admin, 3)]
