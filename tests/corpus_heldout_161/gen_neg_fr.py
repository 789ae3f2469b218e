"""French negative (non-confidential) messages, part 1: HR, schedules, payroll, newsletters, committees."""
import datetime

from stdnum import luhn

import gen_common as C
import gen_attach as A
from gen_render import Att
from gen_tpl import pdf_att, docx_att, xlsx_att, reply_attr, outlook_head


def luhn_serial(rng, n=9, first=None):
    base = (first or str(rng.randint(1, 9))) + ''.join(str(rng.randrange(10)) for _ in range(n - 2))
    return base + luhn.calc_check_digit(base)


def bn(rng):
    return luhn_serial(rng, 9, str(rng.randint(7, 8)))


def mgr(c):
    return c.staff('Chef de service – Service social')


def team(c, n):
    return [c.staff(c.choice(['Travailleuse sociale', 'Travailleuse sociale', 'Technicienne en travail social', 'Infirmière de liaison']))
            for _ in range(n)]


def liste_service():
    return ('Liste – Service social HSA', 'service.social.hsa@' + C.DOM)


# --------------------------------------------------------------------------- 1. horaire de garde

def n_garde(c):
    m = mgr(c)
    people = team(c, 6)
    start = datetime.date(2024, c.choice([11, 12]), 1)
    rows = []
    d = start
    i = 0
    while len(rows) < 8:
        if d.weekday() == 5:
            rows.append([d.strftime('%Y-%m-%d'), (d + datetime.timedelta(days=1)).strftime('%Y-%m-%d'), people[i % 6].name,
                         people[(i + 2) % 6].name])
            i += 1
        d += datetime.timedelta(days=1)
    header = ['Samedi', 'Dimanche', 'TS de garde', 'Remplaçant(e)']
    blocks = ['Bonjour à toutes et à tous,', 'Voici l\'horaire de garde des fins de semaine pour %s et %s. '
              'Les échanges doivent être approuvés par moi et inscrits dans Logibec avant le jeudi midi.' % (
                  C.MOIS[start.month - 1], C.MOIS[start.month % 12]),
              'Rappel : le cellulaire de garde se récupère à la sécurité (local B-014).', m.sig(c.rng)]
    if c.chance(0.5):
        x = A.make_xlsx([('Garde', header, rows)], author=m.name)
        return c.spec('horaire_garde', 'horaire de garde des TS en XLSX', m, [liste_service()], 'Horaire de garde – fins de semaine', blocks, [],
                      atts=[xlsx_att('Horaire_garde_%d-%02d.xlsx' % (start.year, start.month), x)], positive=False)
    blocks.insert(2, ('table', header, rows))
    return c.spec('horaire_garde', 'horaire de garde des TS en tableau', m, [liste_service()], 'Horaire de garde – fins de semaine', blocks, [],
                  positive=False, prefer=c.choice(['html', 'alt', None]))


# --------------------------------------------------------------------------- 2. congés

def n_conges(c):
    m = mgr(c)
    ppl = team(c, c.rng.randint(4, 6))
    k = c.rng.randrange(3)
    if k == 0:
        rows = [[p.name, c.choice(['23 déc. au 27 déc.', '30 déc. au 3 janv.', '23 déc. au 3 janv.']), c.choice(['Accepté', 'Accepté', 'Refusé – quota atteint', 'En attente'])] for p in ppl]
        blocks = ['Bonjour,', 'Résultat du tirage au sort pour les congés des Fêtes :', ('table', ['Employé(e)', 'Période', 'Statut'], rows),
                  'Celles et ceux dont la demande est refusée peuvent proposer une autre période d\'ici vendredi.', m.sig(c.rng)]
        subj = 'Congés des Fêtes – résultats du tirage'
    elif k == 1:
        p = ppl[0]
        blocks = ['Bonjour %s,' % p.given, 'Ta demande de vacances du %s au %s est approuvée. %s assurera le suivi de tes dossiers actifs ; '
                  'merci de lui faire une passation écrite.' % (c.d(c.later(20, 30)), c.d(c.later(35, 45)), ppl[1].name),
                  'Bonnes vacances !', m.sig(c.rng, short=True)]
        subj = 'Approbation – vacances'
    else:
        p = ppl[0]
        blocks = ['Bonjour,', 'Pour information, %s sera en congé de proche aidant du %s au %s (10 jours, selon l\'article 79.7 LNT). '
                  'Les documents justificatifs ont été reçus par les RH.' % (p.name, c.d(c.later(3, 6)), c.d(c.later(14, 20))),
                  'Merci de rediriger ses appels vers %s pendant cette période.' % ppl[1].name, m.sig(c.rng)]
        subj = 'Absence – %s' % p.name
    return c.spec('conges', 'gestion des congés du personnel', m, [liste_service()] if k != 1 else [ppl[0]], subj, blocks, [], positive=False)


# --------------------------------------------------------------------------- 3. paie

def n_paie(c):
    rh = c.staff('Conseillère en gestion des RH')
    e = c.staff('Travailleuse sociale')
    mat = '%06d' % c.rng.randint(100000, 999999)
    k = c.rng.randrange(2)
    if k == 0:
        blocks = ['Bonjour %s,' % e.given,
                  'Suite à votre demande, nous avons vérifié votre relevé de paie de la période %d. La prime de soir (4 h 30) du %s '
                  'n\'avait pas été saisie. La correction apparaîtra sur la paie du %s.' % (c.rng.randint(18, 24), c.d(c.earlier(10, 20)), c.d(c.later(5, 12))),
                  'Matricule : %s\nMontant à régulariser : %s $' % (mat, c.choice(['41,58', '87,20', '123,75'])),
                  'Service de la paie', rh.sig(c.rng)]
        subj = 'Correction de paie – matricule %s' % mat
        to = [e]
    else:
        blocks = ['Bonjour à tous,', 'Rappel : les feuilles de temps de la période %d doivent être approuvées par les gestionnaires avant mardi 10 h. '
                  'Les heures supplémentaires non autorisées ne seront pas payées.' % c.rng.randint(18, 24),
                  'Le dépôt de la paie du %s sera exceptionnellement effectué le jeudi en raison du congé férié.' % c.d(c.later(5, 15)),
                  'Direction des ressources humaines', rh.sig(c.rng)]
        subj = 'Rappel – approbation des feuilles de temps'
        to = [liste_service()]
    return c.spec('paie', 'paie du personnel', rh, to, subj, blocks, [], positive=False)


# --------------------------------------------------------------------------- 4. SST / retour progressif (employé)

def n_sst(c):
    m = mgr(c)
    sst = c.staff('Conseillère en gestion des RH')
    e = c.staff('Travailleuse sociale')
    cause = c.choice(['entorse lombaire (chute dans le stationnement)', 'épicondylite', 'commotion cérébrale subie lors d\'un accident de voiture',
                      'épuisement professionnel'])
    blocks = ['Bonjour %s,' % m.given,
              'Pour la planification, %s (TS, 3e Est) reprendra le travail en retour progressif le %s, suite à son arrêt pour %s. '
              'Horaire : 3 jours/semaine pendant 4 semaines, sans garde ni déplacement à domicile.' % (e.name, c.d(c.later(4, 12), True), cause),
              'Le certificat médical est au dossier SST. Merci de ne pas le diffuser à l\'équipe.',
              'Santé et sécurité au travail', sst.sig(c.rng)]
    return c.spec('sst', 'retour progressif d\'une employée (SST)', sst, [m], 'Retour progressif – %s' % e.name, blocks, [], positive=False)


# --------------------------------------------------------------------------- 5. candidat

def n_candidat(c):
    rh = c.staff('Conseillère en gestion des RH')
    m = mgr(c)
    cands = ['%s %s' % (c.choice(['Audrey', 'Maude', 'Olivier', 'Laurence', 'Rosalie', 'Samuel']), c.choice(C.STAFF_SUR_FR)) for _ in range(3)]
    d = c.later(3, 10)
    rows = [[cands[i], '%d h' % (9 + i * 2), c.choice(['Baccalauréat en service social, 2 ans en CLSC', 'Maîtrise en travail social, finissante',
                                                      'DEC techniques de travail social + bac en cours'])] for i in range(3)]
    blocks = ['Bonjour %s,' % m.given, 'Voici l\'horaire des entrevues pour le poste de TS (remplacement de congé de maternité) le %s, salle 2.112 :' % c.d(d, True),
              ('table', ['Candidat(e)', 'Heure', 'Profil'], rows),
              'Les CV sont dans le dossier partagé RH > Affichages > 2024-TS-118. La candidate de 11 h demande à être rappelée au %s si retard.' % C.phone(c.rng, '450'),
              rh.sig(c.rng)]
    atts = []
    if c.chance(0.4):
        pdf = A.make_pdf('Curriculum vitae – %s' % cands[0], [('kv', [('Courriel', C.email_of(cands[0], 'courriel.example')), ('Téléphone', C.phone(c.rng))]),
                         ('h', 'Formation'), 'Baccalauréat en service social, Université du Québec (2021)',
                         ('h', 'Expérience'), 'Intervenante, maison des jeunes (2019-2021)\nTS, CLSC (2021-2024) : soutien à domicile, proches aidants'],
                         author=cands[0])
        atts.append(pdf_att('CV_%s.pdf' % C.ascii_fold(cands[0]).replace(' ', '_'), pdf))
    return c.spec('candidat', 'horaire d\'entrevues de candidats', rh, [m], 'Entrevues – poste TS 2024-TS-118', blocks, [], atts=atts, positive=False)


# --------------------------------------------------------------------------- 6. affichage de poste

def n_affichage(c):
    rh = c.staff('Conseillère en gestion des RH')
    no = '2024-%s-%03d' % (c.choice(['TS', 'TTS', 'INF']), c.rng.randint(100, 199))
    titre = c.choice(['Travailleuse sociale / travailleur social – soutien à domicile', 'Technicienne / technicien en travail social – urgence',
                      'Travailleuse sociale / travailleur social – pédiatrie et périnatalité'])
    blocks = ['AFFICHAGE INTERNE – n° %s' % no, 'Titre d\'emploi : %s' % titre,
              'Statut : poste permanent à temps complet (35 h/sem), quart de jour\nPort d\'attache : %s' % c.choice(C.CLSCS + [C.SITE_FR]),
              'Exigences : baccalauréat en service social ; membre de l\'Ordre des travailleurs sociaux ; permis de conduire valide. '
              'Atout : expérience auprès des personnes âgées en perte d\'autonomie, connaissance de l\'OEMC.',
              'Échelle salariale : 27,09 $ à 48,68 $ l\'heure selon l\'expérience.',
              'Période d\'affichage : du %s au %s. Postulez via le portail carrière.' % (c.d(c.day), c.d(c.later(10, 14))),
              'Direction des ressources humaines – %s' % C.ORG]
    return c.spec('affichage', 'affichage de poste', rh, [('Tout le personnel', 'tous@' + C.DOM)], 'Affichage interne %s – %s' % (no, titre.split(' –')[0]),
                  blocks, [], positive=False, prefer=c.choice(['html', None]))


# --------------------------------------------------------------------------- 7. bulletin du service

def n_bulletin(c):
    m = mgr(c)
    newb = c.staff('Travailleuse sociale')
    ret = c.staff('Travailleuse sociale')
    doc = C.doctor(c.rng)
    bb = c.choice(['Léo', 'Charlotte', 'Éloïse', 'Mathis', 'Florence'])
    bdate = c.earlier(5, 25)
    mom = c.staff('Infirmière de liaison')
    sections = [
        ('Bienvenue', 'Bienvenue à %s, qui se joint à l\'équipe du 5e Sud. Elle arrive du CLSC des Battures où elle travaillait en SAD.' % newb.name),
        ('Départ à la retraite', 'Après 31 ans au service social, %s prendra sa retraite le %s. Un 5 à 7 est organisé au Bistro du Rivage.' % (ret.name, C.fr_date(c.later(10, 30)))),
        ('Naissance', 'Félicitations à %s pour la naissance de %s, né(e) le %s %d (3,4 kg). Maman et bébé vont bien !' % (mom.name, bb, C.fr_date(bdate), bdate.year)),
        ('Midi-conférence', '%s, gériatre, présentera « TNC et aptitude : quand demander une évaluation ? » le %s à 12 h, salle Marie-Rollet. '
                            'Elle abordera aussi le délirium et la maladie de Parkinson avec hallucinations.' % (doc, C.fr_date(c.later(5, 15)))),
        ('Statistiques du trimestre', '1 284 interventions, 312 nouvelles demandes, 47 usagers NSA en moyenne, délai moyen de prise en charge : 2,3 jours.'),
    ]
    c.rng.shuffle(sections)
    blocks = ['Bulletin du Service social – %s %d' % (C.MOIS[c.day.month - 1].capitalize(), c.day.year)]
    for t, txt in sections[:4]:
        blocks.append('%s\n%s' % (t.upper(), txt))
    blocks.append('Bonne lecture !\n%s' % m.name)
    return c.spec('bulletin', 'bulletin interne du service social', m, [liste_service()], 'Bulletin du Service social – %s' % C.MOIS[c.day.month - 1],
                  blocks, [], positive=False, prefer=c.choice(['html', 'alt', 'alt']))


# --------------------------------------------------------------------------- 8. comité des usagers

def n_comite_usagers(c):
    sec = c.staff('Agente administrative')
    mem = [('Mme %s %s' % (c.choice(['Jacqueline', 'Raymonde', 'Gilberte', 'Denyse']), c.choice(C.STAFF_SUR_FR))) if c.chance(0.5)
           else ('M. %s %s' % (c.choice(['Rolland', 'Marcel', 'Réjean', 'Laurent']), c.choice(C.STAFF_SUR_FR))) for _ in range(4)]
    d = c.later(7, 20)
    blocks = ['Avis de convocation', 'L\'assemblée générale annuelle du Comité des usagers du %s aura lieu le %s à 19 h, '
              'à la cafétéria de l\'%s.' % (C.ORG, c.d(d, True), C.SITE_FR),
              'Ordre du jour :\n1. Ouverture et vérification du quorum\n2. Rapport de la présidente, %s\n3. États financiers 2023-2024\n'
              '4. Présentation : les droits des usagers en hébergement (CHSLD)\n5. Élections (3 postes)\n6. Varia' % mem[0],
              'Membres sortants : %s. Les mises en candidature sont reçues jusqu\'au %s.' % (', '.join(mem[1:]), c.d(d - datetime.timedelta(days=5))),
              'Renseignements : 450-555-01%02d' % c.rng.randrange(100), sec.sig(c.rng)]
    return c.spec('comite_usagers', 'convocation AGA du comité des usagers', sec, [('Tout le personnel', 'tous@' + C.DOM)],
                  'Convocation – AGA du Comité des usagers', blocks, [], positive=False)


# --------------------------------------------------------------------------- 9. comité d'éthique : cas dépersonnalisé

def n_ethique(c):
    sec = c.staff('Agente administrative')
    a = c.rng.randint(78, 91)
    cas = c.choice([
        'Une usagère de %d ans, atteinte d\'un TNC modéré, refuse l\'hébergement recommandé par l\'équipe. Elle vit seule ; sa fille '
        'demande qu\'on « la force ». L\'usagère est jugée apte à consentir à ses soins mais pas à gérer ses biens.' % a,
        'Un usager de %d ans, hospitalisé pour une fracture de hanche, souhaite retourner dans un logement jugé insalubre. '
        'Il n\'a aucun proche. L\'équipe s\'interroge sur le niveau de risque acceptable.' % a,
        'Un couple âgé (%d et %d ans) : le conjoint aidant présente un épuisement sévère et des gestes de maltraitance psychologique '
        'sont rapportés par le personnel du SAD. Les deux refusent toute séparation.' % (a, a - 3)])
    blocks = ['Bonjour,', 'Le Comité d\'éthique clinique se réunira le %s de 12 h à 13 h 30 (Teams). Le cas suivant a été soumis, '
              'dépersonnalisé selon nos règles :' % c.d(c.later(5, 14), True),
              ('pre', 'Situation : ' + cas + '\nQuestion éthique : jusqu\'où respecter l\'autonomie lorsque le risque est élevé ?'),
              'Lecture suggérée : avis du comité sur le risque consenti (2022). Les membres externes recevront le lien séparément.',
              sec.sig(c.rng)]
    return c.spec('comite_ethique', 'comité d\'éthique, cas dépersonnalisé', sec, [('Comité d\'éthique clinique', 'ethique@' + C.DOM)],
                  'CEC – ordre du jour et cas soumis', blocks, [], positive=False)


# --------------------------------------------------------------------------- 10. statistiques NSA agrégées

def n_stats(c):
    coord = c.staff('Coordonnatrice de la trajectoire NSA')
    units = ['3e Est', '4e Nord', '5e Sud', 'UCDG', 'Médecine 6e', 'Orthopédie']
    rows = [[u, c.rng.randint(2, 14), c.rng.randint(8, 61), c.rng.randint(0, 6), c.rng.randint(0, 5)] for u in units]
    header = ['Unité', 'Usagers NSA', 'DMS NSA (j)', 'Attente CHSLD', 'Attente RI']
    tot = sum(r[1] for r in rows)
    blocks = ['Bonjour,', 'Tableau de bord NSA au %s : %d usagers NSA (cible : 35). Principales causes : attente d\'hébergement (41 %%), '
              'régimes de protection (12 %%), refus de l\'orientation (9 %%).' % (c.d(c.day), tot),
              'Le détail par unité est en pièce jointe.', coord.sig(c.rng)]
    if c.chance(0.5):
        x = A.make_xlsx([('Tableau de bord', header, rows)], author=coord.name)
        return c.spec('stats_nsa', 'tableau de bord NSA agrégé', coord, [('Comité de direction SAPA', 'cd.sapa@' + C.DOM)],
                      'Tableau de bord NSA – semaine %d' % c.day.isocalendar()[1], blocks, [], atts=[xlsx_att('TdB_NSA_S%d.xlsx' % c.day.isocalendar()[1], x)], positive=False)
    data, cs = A.make_csv(header, rows, sep=';', charset='windows-1252')
    return c.spec('stats_nsa', 'tableau de bord NSA en CSV', coord, [('Comité de direction SAPA', 'cd.sapa@' + C.DOM)],
                  'Tableau de bord NSA – semaine %d' % c.day.isocalendar()[1], blocks, [],
                  atts=[Att('tdb_nsa_%s.csv' % c.day.strftime('%Y%m%d'), data, 'text/csv', charset=cs)], positive=False)


# --------------------------------------------------------------------------- 11. colloque

def n_colloque(c):
    org = c.staff('Agente administrative')
    sp = [(C.doctor(c.rng), 'Psychogériatrie : repérer la maltraitance chez la personne atteinte de TNC'),
          ('Mme %s %s, TS' % (c.choice(C.STAFF_GIV_FR), c.choice(C.STAFF_SUR_FR)), 'L\'épuisement des proches aidants : outils d\'évaluation'),
          ('M. %s %s, avocat' % (c.choice(['Hugo', 'Simon', 'Luc']), c.choice(C.STAFF_SUR_FR)), 'Mandat de protection et homologation : ce qui change'),
          (C.doctor(c.rng), 'Itinérance et santé mentale : trajectoires à l\'urgence'),
          ('Mme %s %s, Curateur public' % (c.choice(C.STAFF_GIV_FR), c.choice(C.STAFF_SUR_FR)), 'Le rôle du Curateur public en 2025')]
    c.rng.shuffle(sp)
    d = c.later(20, 40)
    prog = [('%d h %s' % (8 + i, '30' if i % 2 else '00'), s, t) for i, (s, t) in enumerate(sp[:4])]
    pdf = A.make_pdf('Colloque régional en travail social – Programme', [('kv', [('Date', c.d(d, True) + ' %d' % d.year), ('Lieu', 'Centre des congrès des Rives')]),
                     ('table', ['Heure', 'Conférencier', 'Sujet'], [list(x) for x in prog]),
                     'Inscription : 95 $ (membres), 140 $ (non-membres). Reconnu pour 6 heures de formation continue.'], author=org.name)
    blocks = ['Bonjour,', 'Le programme du colloque régional est maintenant disponible (voir pièce jointe). Les places sont limitées à 180.',
              'Les frais d\'inscription peuvent être remboursés par le budget de formation ; remplir le formulaire F-12.', org.sig(c.rng)]
    return c.spec('colloque', 'programme de colloque', org, [liste_service()], 'Colloque régional en travail social – programme', blocks, [],
                  atts=[pdf_att('Programme_colloque_%d.pdf' % d.year, pdf)], positive=False)


# --------------------------------------------------------------------------- 12. formulaire vierge

def n_formulaire(c):
    ag = c.staff('Agente administrative')
    fields = [('Nom de l\'usager', '______________________'), ('Date de naissance (AAAA-MM-JJ)', '____-__-__'),
              ('NAM', '____ ____ ____'), ('N° de dossier', '__________'), ('Adresse', '______________________'),
              ('Téléphone', '(___) ___-____'), ('Diagnostic principal', '______________________'),
              ('Motif de la demande', '☐ SAD  ☐ Hébergement  ☐ Répit  ☐ Popote'), ('Signature de l\'intervenant(e)', '______________')]
    which = c.choice(['Demande de services SAD', 'Autorisation de communiquer des renseignements', 'Demande de transport adapté'])
    doc = A.make_docx('%s (formulaire vierge, version 2024-09)' % which, [('kv', fields), 'À retourner au guichet d\'accès par télécopieur : 450-555-0177.'], author=ag.name)
    blocks = ['Bonjour,', 'Le formulaire « %s » a été mis à jour (version 2024-09). Merci de détruire les anciennes copies papier '
              'et d\'utiliser uniquement la version ci-jointe ou celle de l\'intranet.' % which, ag.sig(c.rng)]
    return c.spec('formulaire_vierge', 'formulaire vierge mis à jour', ag, [liste_service()], 'Nouveau formulaire – %s' % which, blocks, [],
                  atts=[docx_att('Formulaire_%s_v2024-09.docx' % C.ascii_fold(which).replace(' ', '_').replace("'", ''), doc)], positive=False)


# --------------------------------------------------------------------------- 13. gabarit de publipostage

def n_gabarit(c):
    ag = c.staff('Agente administrative')
    tpl = ('Bonjour «Prénom» «Nom»,\n\nNous vous confirmons votre rendez-vous avec «Intervenant» le «Date_RV» à «Heure_RV» '
           'au «Lieu». Si vous devez annuler, veuillez téléphoner au 450-555-0160 au moins 24 heures à l\'avance.\n\n'
           'Numéro de dossier : «No_dossier»\n\nService social – %s' % C.SITE_FR)
    blocks = ['Bonjour,', 'Voici le gabarit de lettre de rappel pour le publipostage (Word > Publipostage). Les champs entre « » '
              'sont liés au fichier Excel exporté de l\'agenda. NE PAS enregistrer le fichier fusionné sur le lecteur partagé.',
              ('pre', tpl), ag.sig(c.rng)]
    atts = []
    if c.chance(0.5):
        doc = A.make_docx('Lettre de rappel – gabarit', [tpl], author=ag.name)
        atts.append(docx_att('Gabarit_rappel_RV.docx', doc))
    return c.spec('gabarit', 'gabarit de publipostage', ag, [liste_service()], 'Gabarit – lettre de rappel de rendez-vous', blocks, [],
                  atts=atts, positive=False)


# --------------------------------------------------------------------------- 14. facture d'organisme

def n_facture(c):
    fin = c.staff('Agente administrative')
    org = c.choice([('Popote roulante du Vieux-Moulin', 'repas livrés', 6.50), ('Services d\'interprétation des Rives', 'heures d\'interprétariat', 58.00),
                    ('Transport adapté des Rives', 'déplacements', 4.25)])
    qty = c.rng.randint(120, 480)
    sub = qty * org[2]
    tps, tvq = sub * 0.05, sub * 0.09975
    no = 'F-2024-%04d' % c.rng.randint(1000, 9999)
    kv = [('Facture n°', no), ('Date', c.day.isoformat()), ('Client', '%s – Service social (n° client %d)' % (C.ORG, c.rng.randint(10000, 99999))),
          ('Description', '%d %s, %s' % (qty, org[1], C.MOIS[(c.day.month - 2) % 12])), ('Prix unitaire', '%.2f $' % org[2]),
          ('Sous-total', '%.2f $' % sub), ('TPS (%s RT0001)' % bn(c.rng), '%.2f $' % tps), ('TVQ (%s TQ0001)' % luhn_serial(c.rng, 10), '%.2f $' % tvq),
          ('Total', '%.2f $' % (sub + tps + tvq))]
    pdf = A.make_pdf('FACTURE – %s' % org[0], [('kv', kv), 'Payable sur réception. Merci de votre confiance.'], author=org[0])
    blocks = ['Bonjour,', 'Veuillez trouver ci-jointe la facture %s. Le bon de commande associé est le BC-%d.' % (no, c.rng.randint(450000, 459999)),
              'Comptabilité\n%s\n%s' % (org[0], '450-555-01%02d' % c.rng.randrange(100))]
    return c.spec('facture', 'facture d\'un organisme partenaire', fin, [('Comptes payables', 'comptes.payables@' + C.DOM)],
                  'Facture %s' % no, blocks, [], atts=[pdf_att('Facture_%s.pdf' % no, pdf)], positive=False)


# --------------------------------------------------------------------------- 15. bon de commande / équipements

def n_commande(c):
    ach = c.staff('Agente administrative')
    items = c.rng.sample([('Fauteuil roulant manuel 18 po', 'FRM-18'), ('Lève-personne mobile 205 kg', 'LPM-205'),
                          ('Marchette 4 roues', 'MR4-ALU'), ('Matelas thérapeutique', 'MT-AIR3'), ('Chaise d\'aisance', 'CA-200'),
                          ('Banc de transfert pour bain', 'BTB-01')], 3)
    rows = [[nm, code, c.rng.randint(1, 6), luhn_serial(c.rng, 9), 'ACT-%s' % luhn_serial(c.rng, 10)] for nm, code in items]
    blocks = ['Bonjour,', 'Voici le bon de commande BC-%d pour le prêt d\'équipements (programme de prêt SAD). Les numéros de série et '
              'd\'actif ont été saisis dans GRM.' % c.rng.randint(450000, 459999),
              ('table', ['Article', 'Code', 'Qté', 'N° de série', 'N° d\'actif'], rows),
              'Livraison au magasin central, quai 3. Contact : 450-555-0190.', ach.sig(c.rng)]
    return c.spec('bon_commande', 'bon de commande d\'équipements', ach, [('Fournisseur – Équipements Médicaux Rivard', 'commandes@equip-rivard.example')],
                  'BC – équipements prêt SAD', blocks, [], positive=False, table_style=c.choice(['pad', 'tab', 'pipe']))


TEMPLATES = [(n_garde, 3), (n_conges, 3), (n_paie, 3), (n_sst, 3), (n_candidat, 3), (n_affichage, 3), (n_bulletin, 3),
             (n_comite_usagers, 3), (n_ethique, 3), (n_stats, 3), (n_colloque, 3), (n_formulaire, 3), (n_gabarit, 3),
             (n_facture, 3), (n_commande, 3)]
