"""Non-confidential (hard negative) messages, French, part 1: schedules, supply, forms, statistics."""
import datetime

from gen_attach import make_csv, make_docx, make_ics, make_pdf, make_xlsx
from gen_build import att_docx, att_pdf, att_text, att_xlsx
from gen_clin import S
from gen_common import (EXTERNAL, FAX_QC, MOIS, ORG_FR, SITE_QC, STAFF, TEL_ARTHRO, TEL_FRACT, TEL_PLATRES, fmt_date,
                        fmt_day, sig, wkday)
from gen_mime import L, P, PRE, SIG, T
from gen_neg_common import asset_tag, catalog_ref, gtin14, luhn_serial, mod97_lot, money, serial10, staffer

ST = STAFF
EX = EXTERNAL
SURGEONS = [ST['lacasse'], ST['vachon'], ST['patel'], ST['fraser'], ST['dionne'], ST['okafor']]
SPECIALTY_FR = {'lacasse': 'arthroplastie hanche et genou, révisions', 'vachon': 'traumatologie, fractures du bassin et de l\'acétabulum',
                'patel': 'main et poignet, fractures du scaphoïde, Dupuytren', 'fraser': 'orthopédie pédiatrique, scolioses et pieds bots',
                'dionne': 'médecine sportive, LCA et instabilité de l\'épaule', 'okafor': 'arthroplastie, infections périprothétiques'}


def monday(dt, ctx):
    d = dt.date() + datetime.timedelta(days=7 - dt.weekday())
    return d


# ---------------------------------------------------------------------------------------------- 1 clinic schedule
def nf_schedule(ctx, B):
    dt = ctx.msg_date()
    mon = monday(dt, ctx)
    days = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi']
    rows = []
    keys = list(SPECIALTY_FR)
    for i, dname in enumerate(days):
        k1, k2 = ctx.rng.sample(keys, 2)
        rows.append([f'{dname} {(mon + datetime.timedelta(days=i)).day}', f'{STAFF[k1].dr("fr")} (AM)',
                     f'{STAFF[k2].dr("fr")} (PM)', ctx.pick(['Salle A-C', 'Salle B-D', 'Salles A-D'])])
    blocks = [P('Bonjour à tous,'),
              P(f'Voici l\'horaire de la clinique de fractures pour la semaine du {fmt_date(mon, "fr")}. '
                f'Rappel : les cas de poignet pédiatriques vont à la clinique du {ST["fraser"].dr("fr")} le mardi, '
                f'les fractures du scaphoïde au {ST["patel"].dr("fr")}.'),
              T(['Jour', 'Avant-midi', 'Après-midi', 'Locaux'], rows),
              P(ctx.pick(['La salle des plâtres ouvre à 7 h 45 toute la semaine.',
                          'Jeudi : le résident R3 assure la clinique seul de 15 h à 16 h.',
                          'Merci de bloquer vos vacances d\'été avant le 1er avril.'])),
              SIG(sig(ST['kowalski'], 'fr'))]
    return S('schedule', 'fr', 'weekly fracture clinic physician schedule', ST['kowalski'],
             [('Orthopédie - tous', 'ortho.tous@deuxrives.example')], f'Horaire clinique de fractures - sem. du {mon.day} {MOIS[mon.month - 1]}',
             dt, blocks, force={'mode': ctx.pick(['html', 'alt', 'plain'])})


# ---------------------------------------------------------------------------------------------- 2 on-call roster
def nf_oncall(ctx, B):
    dt = ctx.msg_date()
    m = (dt.month % 12) + 1
    year = dt.year + (1 if m == 1 else 0)
    rows = []
    for d in range(1, 29, 3):
        day = datetime.date(year, m, d)
        rows.append([day.isoformat(), ctx.pick(SURGEONS).dr('fr'), ctx.pick(['Dr Kevin Nguyen (R3)', 'R1 rotation', 'Dre Élodie Grenier (R2)']),
                     ctx.pick(['poste 4412', 'téléavertisseur 2290', 'cell. garde 819-555-0144'])])
    xl = make_xlsx([('Garde', ['Date', 'Patron', 'Résident', 'Rejoindre'], rows)], dt, ST['gervais'].full)
    blocks = [P('Bonjour,'),
              P(f'Calendrier de garde en orthopédie pour {MOIS[m - 1]} {year} ci-joint. Les échanges de garde doivent '
                f'être approuvés par le chef de service et signalés au standard.'),
              P(f'Rappel : la couverture des fractures de hanche de fin de semaine est assurée par le patron de garde, '
                f'le {ST["vachon"].dr("fr")} demeure responsable des polytraumatisés le lundi.'),
              SIG(sig(ST['gervais'], 'fr'))]
    return S('oncall_roster', 'fr', 'monthly orthopaedic on-call roster', ST['gervais'],
             [('Orthopédie - médecins', 'ortho.medecins@deuxrives.example'), ('Standard', 'standard@deuxrives.example')],
             f'Garde ortho - {MOIS[m - 1]} {year}', dt, blocks,
             attachments=[att_xlsx(f'garde_ortho_{year}_{m:02d}.xlsx', xl)])


# ---------------------------------------------------------------------------------------------- 3 cast room inventory
def nf_inventory(ctx, B):
    dt = ctx.msg_date()
    items = [('Bande de fibre de verre 3 po', 'FV-03'), ('Bande de fibre de verre 4 po', 'FV-04'),
             ('Plâtre de Paris 6 po', 'PP-06'), ('Jersey tubulaire 2 po', 'JT-02'), ('Ouate synthétique 4 po', 'OS-04'),
             ('Attelle préformée avant-bras M', 'AT-M'), ('Botte de marche courte L', 'BM-L'), ('Écharpe adulte', 'EC-A')]
    rows = []
    for lib, code in items:
        rows.append([code, lib, gtin14(ctx.rng), f'L{luhn_serial(ctx.rng, 8)}', ctx.rng.randint(0, 40),
                     ctx.rng.randint(10, 30)])
    saws = [[f'Scie à plâtre #{i + 1}', serial10(ctx.rng), asset_tag(ctx.rng),
             ctx.pick(['OK', 'lame à changer', 'bruit anormal - envoyer au génie biomédical'])] for i in range(3)]
    xl = make_xlsx([('Fournitures', ['Code', 'Article', 'GTIN', 'Lot', 'En stock', 'Seuil'], rows),
                    ('Équipement', ['Appareil', 'No série', 'No actif', 'État'], saws)], dt, ST['bisson'].full)
    blocks = [P('Bonjour,'),
              P('Inventaire mensuel de la salle des plâtres en pièce jointe. Sous le seuil : fibre de verre 3 po et '
                'jersey 2 po. Les scies sont listées avec leur numéro de série et d\'actif pour l\'entretien préventif.'),
              PRE('\n'.join(f'{s[0]} : série {s[1]}, actif {s[2]} - {s[3]}' for s in saws)),
              SIG(sig(ST['bisson'], 'fr'))]
    return S('inventory', 'fr', 'cast room supply and equipment inventory with serial and asset numbers',
             ST['bisson'], [ST['baxter']], 'Inventaire salle des plâtres', dt, blocks,
             attachments=[att_xlsx(f'inventaire_platres_{dt.strftime("%Y_%m")}.xlsx', xl)])


# ---------------------------------------------------------------------------------------------- 4 manufacturer recall notice
def nf_recall_notice(ctx, B):
    dt = ctx.msg_date()
    vendor = ctx.pick(['Orthéon Médical', 'Kestrel Implants'])
    prod = ctx.pick(['cupule acétabulaire Vista, tailles 50 à 56 mm', 'insert tibial Arc PS 10 et 12 mm',
                     'vis corticales 3,5 mm stériles', 'guide de coupe fémoral réutilisable'])
    lots = [mod97_lot(ctx.rng) for _ in range(ctx.rng.randint(3, 6))]
    refs = [catalog_ref(ctx.rng, ctx.pick(['ORTH', 'KEST', 'VSTA'])) for _ in lots]
    blocks = [P('Bonjour,'),
              P(f'Avis de rappel volontaire (classe II) reçu de {vendor} concernant : {prod}. Motif : '
                f'{ctx.pick(["défaut possible de l’emballage stérile", "écart dimensionnel de l’insert de polyéthylène", "étiquetage de taille erroné"])}.'),
              T(['Référence catalogue', 'Lot'], [[r, l] for r, l in zip(refs, lots)]),
              L(['Retirer immédiatement les produits visés des arsenaux du bloc et de la stérilisation.',
                 'Remplir le formulaire de réponse du fabricant (quantités seulement).',
                 'Aucun renseignement sur les patients ne doit être transmis au fabricant.']),
              P(f'Questions : {ST["baxter"].full}, approvisionnement.'), SIG(sig(ST['ramsay'], 'fr'))]
    return S('recall_notice', 'fr', 'manufacturer implant recall notice with lot numbers', ST['ramsay'],
             [('Bloc opératoire - chefs', 'bloc.chefs@deuxrives.example'), ST['gosselin']],
             f'AVIS DE RAPPEL - {vendor} - {prod.split(",")[0]}', dt, blocks, importance=True)


# ---------------------------------------------------------------------------------------------- 5 purchase order
def nf_purchase_order(ctx, B):
    dt = ctx.msg_date()
    po = f'BC-{dt.year}-{ctx.rng.randint(10000, 99999)}'
    rows = []
    total = 0
    for i in range(ctx.rng.randint(4, 7)):
        qty = ctx.rng.randint(1, 12)
        unit = ctx.rng.randint(80, 2400)
        total += qty * unit
        rows.append([catalog_ref(ctx.rng, ctx.pick(['ORTH', 'KEST'])),
                     ctx.pick(['Tige fémorale Linea T3', 'Tête céramique 32 mm', 'Cupule Vista 52', 'Insert Arc PS 10',
                               'Plateau tibial Arc T4', 'Ciment osseux 40 g', 'Vis spongieuse 6,5 x 40']),
                     str(qty), f'{unit},00 $', f'{qty * unit:,},00 $'.replace(',', ' ', 1)])
    pdf = make_pdf(f'Bon de commande {po}', [
        ('Fournisseur', [ctx.pick(['Orthéon Médical inc., 2200, rue Industrielle, Laval-Ouest (Québec)',
                                   'Kestrel Implants Canada, 90 Commerce Court, Mississauga-Nord (Ontario)'])]),
        ('Livrer à', [ORG_FR + ' - Magasin central, quai 2', SITE_QC]),
        ('Articles', ('table', ['Réf.', 'Description', 'Qté', 'Prix unit.', 'Total'], rows)),
        ('Conditions', [f'Total avant taxes : {total:,},00 $'.replace(',', ' '), 'Net 30 jours. Consignation : non.',
                        f'Approuvé par : {ST["baxter"].full}, approvisionnement'])], footer='Document généré par GRM v9')
    blocks = [P('Bonjour Claire,'),
              P(f'Voici le bon de commande {po} pour le réapprovisionnement de l\'arsenal d\'arthroplastie. Merci de '
                f'confirmer la date de livraison et les numéros de lot à la réception.'),
              SIG(sig(ST['baxter'], 'fr'))]
    return S('purchase_order', 'fr', 'implant purchase order (PDF)', ST['baxter'], [EX['vendor']],
             f'Bon de commande {po}', dt, blocks, attachments=[att_pdf(f'{po}.pdf', pdf)])


# ---------------------------------------------------------------------------------------------- 6 vendor invoice
def nf_invoice(ctx, B):
    dt = ctx.msg_date()
    inv = f'F{ctx.rng.randint(2000000, 2999999)}'
    tps = f'{luhn_serial(ctx.rng, 9)} RT0001'
    tvq = f'{ctx.rng.randint(1000000000, 1299999999)} TQ0001'
    amt = ctx.rng.randint(1500, 48000)
    blocks = [P('Bonjour,'),
              P(f'Veuillez trouver ci-dessous notre facture {inv} pour la location d\'appareils de mobilisation passive '
                f'continue (CPM) et l\'entretien des scies à plâtre.'),
              T(['Champ', 'Valeur'], [['No client', f'DRH-{ctx.rng.randint(1000, 9999)}'], ['No facture', inv],
                                      ['Date', dt.date().isoformat()], ['Bon de commande', f'BC-{dt.year}-{ctx.rng.randint(10000, 99999)}'],
                                      ['Appareils', ', '.join(serial10(ctx.rng) for _ in range(3))],
                                      ['Montant', f'{amt:,},00 $'.replace(',', ' ')], ['TPS', tps], ['TVQ', tvq],
                                      ['Échéance', (dt.date() + datetime.timedelta(days=30)).isoformat()]]),
              P('Paiement par dépôt direct. Merci de votre confiance.'),
              SIG(['Comptes recevables', 'Réadapt-Équipements inc.', '1450, rue du Parc-Industriel, Val-Drapeau (Québec)',
                   'Tél. : 819-555-0177'])]
    return S('invoice', 'fr', 'equipment rental invoice with tax and serial numbers',
             ('Réadapt-Équipements - facturation', 'facturation@readapt-equip.example'),
             [('Comptes payables', 'comptes.payables@deuxrives.example')], f'Facture {inv}', dt, blocks)


# ---------------------------------------------------------------------------------------------- 7 pre-op class calendar
def nf_preop_calendar(ctx, B):
    dt = ctx.msg_date()
    start = monday(dt, ctx)
    dates = [start + datetime.timedelta(days=7 * i + ctx.pick([1, 3])) for i in range(6)]
    blocks = [P('Bonjour,'),
              P('Voici le calendrier des cours préopératoires du programme d\'arthroplastie pour les prochaines '
                'semaines. Les cours sont offerts aux patients inscrits sur la liste d\'attente de prothèse de hanche ou '
                'de genou, accompagnés d\'un proche.'),
              T(['Date', 'Heure', 'Animation', 'Salle'],
                [[fmt_day(d, 'fr'), ctx.pick(['9 h', '13 h 30']), ctx.pick(['Karine Gosselin, inf. / Julien Ménard, pht',
                                                                           'Karine Gosselin, inf. / Megan Walsh, pht']),
                  'Rivière'] for d in dates]),
              P('Contenu : préparation à la chirurgie, gestion de la douleur, exercices, aides techniques, retour à '
                'domicile. Capacité : 14 patients par séance.'),
              SIG(sig(ST['gosselin'], 'fr'))]
    ics = make_ics(f'cours-preop-{dates[0].isoformat()}@deuxrives.example',
                   datetime.datetime(dates[0].year, dates[0].month, dates[0].day, 9, 0), 150,
                   'Cours préopératoire - programme d\'arthroplastie (animation)',
                   'Animation du cours. Apporter le matériel de démonstration (marchette, siège de toilette surélevé).',
                   'Salle Rivière, 2e étage', (ST['gosselin'].full, ST['gosselin'].email),
                   [(ST['menard'].full, ST['menard'].email)], stamp=dt)
    atts = [att_text('text/calendar', 'cours_preop.ics', ics, 'utf-8', 'base64', params=[('method', 'REQUEST')])] \
        if ctx.rng.random() < 0.5 else []
    return S('class_calendar', 'fr', 'pre-operative class calendar for the arthroplasty programme', ST['gosselin'],
             [ST['menard'], ST['walsh'], ST['rioux']], 'Calendrier des cours préop', dt, blocks, attachments=atts)


# ---------------------------------------------------------------------------------------------- 8 blank form
def nf_blank_form(ctx, B):
    dt = ctx.msg_date()
    kind = ctx.pick(['preop', 'cnesst', 'physio'])
    if kind == 'preop':
        title = 'Questionnaire préopératoire - arthroplastie'
        paras = ['Nom : ____________________   Prénom : ____________________',
                 'NAM : __ __ __ __ / __ __ __ __ / __ __ __ __     Date de naissance : ____ / ____ / ________',
                 'Dossier : ____________     Téléphone : (___) ___-____',
                 ('h', 'Antécédents'), '[ ] Hypertension  [ ] Diabète  [ ] Apnée du sommeil  [ ] Anticoagulant',
                 ('h', 'Médicaments'), '_______________________________________________',
                 ('h', 'Allergies'), '_______________________________________________',
                 'Signature : ________________   Date : ____________']
        fn = 'questionnaire_preop_VIERGE.docx'
    elif kind == 'cnesst':
        title = 'Aide-mémoire - Attestation médicale CNESST (à imprimer)'
        paras = ['Nom du travailleur : ______________________', 'NAS : ___ ___ ___   NAM : ____ ____ ____',
                 'Date de l\'événement : ____/____/______', 'Diagnostic : ________________________',
                 'Date prévisible de consolidation : ____/____/______',
                 ('h', 'Rappels'), 'Transmettre l\'original à la CNESST dans les 48 h. Remettre une copie au travailleur.',
                 'Le numéro de dossier CNESST figure sur la lettre d\'admissibilité.']
        fn = 'gabarit_attestation_CNESST.docx'
    else:
        title = 'Demande de physiothérapie externe - gabarit'
        paras = ['Patient : _______________________  DDN : ___________',
                 'Diagnostic / chirurgie : ______________________________',
                 'Date de chirurgie : __________   Côté : [ ] D  [ ] G',
                 'MEC : [ ] totale  [ ] partielle  [ ] nulle', 'Précautions : __________________________',
                 'Fréquence : ___ x / semaine pendant ___ semaines', 'Médecin : __________________  Signature : ________']
        fn = 'demande_physio_gabarit.docx'
    docx = make_docx(title, paras, dt, ST['perreault'].full)
    blocks = [P('Bonjour,'),
              P(f'Nouvelle version du formulaire « {title} » approuvée par le comité des formulaires. Merci de détruire '
                f'les anciennes copies papier et d\'utiliser celle-ci dès lundi.'),
              SIG(sig(ST['perreault'], 'fr'))]
    return S('blank_form', 'fr', 'blank form template with empty identifier fields', ST['perreault'],
             [('Orthopédie - tous', 'ortho.tous@deuxrives.example')], f'Nouveau formulaire : {title}', dt, blocks,
             attachments=[att_docx(fn, docx)])


# ---------------------------------------------------------------------------------------------- 9 mail-merge template
def nf_mailmerge(ctx, B):
    dt = ctx.msg_date()
    letter = ('«Titre» «Prénom» «Nom»\n«Adresse»\n«Ville» (Québec) «Code_postal»\n\nNAM : «NAM»    Dossier : «No_dossier»\n\n'
              '«Titre» «Nom»,\n\nNous avons le plaisir de vous confirmer que votre chirurgie («Intervention») est prévue le '
              '«Date_chirurgie» avec le «Chirurgien». Vous devez vous présenter à l\'admission à «Heure_arrivée».\n\n'
              'Veuillez cesser les anti-inflammatoires 7 jours avant. Si vous prenez un anticoagulant, suivez les '
              'consignes de la clinique préopératoire.\n\nProgramme d\'arthroplastie\n' + TEL_ARTHRO)
    blocks = [P('Bonjour Nadia,'),
              P('Voici le gabarit de la lettre de convocation corrigé (champs de fusion entre chevrons). J\'ai ajouté '
                'le champ «Heure_arrivée». Il reste à tester la fusion avec l\'extraction de la liste d\'attente.'),
              PRE(letter), P('Karine'), SIG(sig(ST['gosselin'], 'fr'))]
    return S('mailmerge_template', 'fr', 'mail-merge template for surgery convocation letters', ST['gosselin'],
             [ST['rioux']], 'Gabarit lettre de convocation - fusion', dt, blocks)


# ---------------------------------------------------------------------------------------------- 10 statistics
def nf_stats(ctx, B):
    dt = ctx.msg_date()
    rows = []
    for proc in ['PTH', 'PTG', 'PUC', 'Révision hanche', 'Révision genou']:
        n = ctx.rng.randint(12, 240)
        rows.append([proc, n, ctx.rng.randint(0, n // 3), f'{ctx.rng.randint(55, 92)} %', ctx.rng.randint(90, 420)])
    q = ctx.pick(['T1', 'T2', 'T3', 'T4'])
    xl = make_xlsx([('Sommaire', ['Intervention', 'En attente', '> 6 mois', '% dans les délais', 'Délai médian (j)'], rows)],
                   dt, ST['ramsay'].full)
    blocks = [P('Bonjour,'),
              P(f'Statistiques de la liste d\'attente en arthroplastie, période {q} {dt.year}-{dt.year + 1}. '
                f'Aucune donnée nominative.'),
              T(['Intervention', 'En attente', '> 6 mois', '% dans les délais', 'Délai médian (j)'], rows),
              P(f'La proportion de patients opérés dans les délais a {ctx.pick(["augmenté", "diminué"])} de '
                f'{ctx.rng.randint(2, 9)} points. Les fractures de hanche opérées en moins de 48 h : '
                f'{ctx.rng.randint(70, 95)} %.'),
              SIG(sig(ST['ramsay'], 'fr'))]
    return S('statistics', 'fr', 'aggregate wait-list statistics', ST['ramsay'],
             [ST['gervais'], ('Direction DSP', 'dsp@deuxrives.example')], f'Tableau de bord arthroplastie - {q}', dt,
             blocks, attachments=[att_xlsx(f'tableau_bord_{q}.xlsx', xl)] if ctx.rng.random() < 0.6 else [])


# ---------------------------------------------------------------------------------------------- 11 teaching case
def nf_teaching(ctx, B):
    dt = ctx.msg_date()
    case = ctx.pick([
        ('Femme de 81 ans, chute de sa hauteur à domicile. Raccourcissement et rotation externe du membre inférieur '
         'droit. RX : fracture sous-capitale déplacée (Garden IV). ATCD : FA sous apixaban, IRC. Questions : délai '
         'opératoire acceptable? Hémiarthroplastie ou PTH?'),
        ('Garçon de 7 ans, chute d\'un trampoline, coude gauche douloureux, pouls radial présent, main rosée. RX : '
         'fracture supracondylienne Gartland III. Questions : urgence? Brochage croisé ou latéral?'),
        ('Homme de 45 ans, chute en ski, douleur au poignet, tabatière anatomique sensible, RX initiale normale. '
         'Questions : immobilisation? Imagerie de deuxième ligne?'),
        ('Femme de 66 ans, PTG droite il y a 3 semaines, genou chaud, écoulement, CRP 180. Questions : DAIR? '
         'Antibiothérapie empirique?')])
    blocks = [P('Bonjour à tous,'),
              P(f'Pour le club de lecture / cas clinique de {fmt_day(wkday(dt.date() + datetime.timedelta(days=2)), "fr")} '
                f'(7 h, salle 2-114), voici le cas dépersonnalisé préparé par le {ST["nguyen"].dr("fr")} :'),
              P(case),
              P('Lecture suggérée : revue systématique 2023 sur le sujet (PDF sur le Teams du service).'),
              SIG(sig(ST['dionne'], 'fr'))]
    return S('teaching_case', 'fr', 'de-identified teaching case for rounds', ST['dionne'],
             [('Résidents ortho', 'residents.ortho@deuxrives.example')], 'Cas clinique - tournée du jeudi', dt, blocks)


# ---------------------------------------------------------------------------------------------- 12 conference programme
def nf_conference(ctx, B):
    dt = ctx.msg_date()
    talks = [('8 h 30', ST['vachon'], 'Fractures du bassin chez la personne âgée : quand opérer?'),
             ('9 h 15', ST['patel'], 'Le scaphoïde manqué : pièges diagnostiques'),
             ('10 h 30', ST['okafor'], 'Infection périprothétique : algorithme 2025'),
             ('11 h 15', ST['fraser'], 'Fractures supracondyliennes chez l\'enfant'),
             ('13 h 30', ST['lacasse'], 'PTH en chirurgie d\'un jour : 2 ans d\'expérience'),
             ('14 h 15', ST['dionne'], 'Retour au sport après reconstruction du LCA')]
    ctx.rng.shuffle(talks)
    day = wkday(dt.date() + datetime.timedelta(days=ctx.rng.randint(20, 60)))
    rows = [[t[0], t[1].dr('fr'), t[2]] for t in sorted(talks[:5], key=lambda x: (len(x[0]), x[0]))]
    sections = [(None, [f'{fmt_day(day, "fr")} {day.year} - Auditorium du Pavillon Pontbriand',
                        'Activité de développement professionnel reconnue (6 h).']),
                ('Programme', ('table', ['Heure', 'Conférencier(ère)', 'Sujet'], rows)),
                ('Inscription', ['Gratuite pour le personnel. Dîner offert. Inscription avant le 15 du mois.'])]
    pdf = make_pdf('Journée d\'orthopédie des Deux-Rives', sections, footer='Comité scientifique - orthopédie')
    blocks = [P('Bonjour,'),
              P(f'Le programme de la Journée d\'orthopédie du {fmt_date(day, "fr")} est maintenant disponible (PDF). '
                f'Les infirmières, physiothérapeutes et techniciens en orthopédie sont les bienvenus.'),
              SIG(sig(ST['gervais'], 'fr'))]
    return S('conference', 'fr', 'conference programme with physician speakers and topics', ST['gervais'],
             [('Tous - DSP', 'dsp.tous@deuxrives.example')], 'Programme - Journée d\'orthopédie', dt, blocks,
             attachments=[att_pdf('Programme_journee_ortho.pdf', pdf)])


# ---------------------------------------------------------------------------------------------- 13 staff leave
def nf_leave(ctx, B):
    dt = ctx.msg_date()
    emp = staffer(ctx.rng)
    a = dt.date() + datetime.timedelta(days=ctx.rng.randint(20, 80))
    b = a + datetime.timedelta(days=ctx.rng.randint(4, 14))
    reason = ctx.pick(['vacances annuelles', 'congé de perfectionnement (formation en plâtre pédiatrique)',
                       'congé parental - retour prévu', 'congé sans solde'])
    blocks = [P(f'Bonjour {ST["lemieux"].given},'),
              P(f'Je souhaite demander un congé du {fmt_date(a, "fr")} au {fmt_date(b, "fr")} ({reason}). '
                f'{ctx.pick(["Luc a accepté d’échanger ses quarts du mardi.", "Mes quarts de fin de semaine sont couverts.", "Je reste disponible pour la formation des nouveaux."])}'),
              P('Merci,'), P(emp.full)]
    return S('hr_leave', 'fr', 'staff leave request', emp, [ST['lemieux']], 'Demande de congé', dt, blocks)


# ---------------------------------------------------------------------------------------------- 14 employee occupational health
def nf_occ_health(ctx, B):
    dt = ctx.msg_date()
    emp = staffer(ctx.rng)
    blocks = [P('Bonjour,'),
              P(f'Suivi santé-sécurité au travail : {emp.full} (employé{"e" if emp.sex == "F" else ""} no '
                f'{ctx.rng.randint(10000, 99999)}, préposé{"e" if emp.sex == "F" else ""} au transport des usagers) '
                f'reviendra en assignation temporaire le {fmt_date(dt.date() + datetime.timedelta(days=7), "fr")}, '
                f'suite à l\'entorse lombaire survenue lors d\'un transfert lit-civière.'),
              L(['Pas de transfert de patient sans lève-personne pendant 4 semaines.',
                 'Horaire : 4 h/jour la première semaine.', 'Tâches : commis au poste, classement.']),
              P('La déclaration d\'accident a été transmise à la CNESST par le service de santé au travail. Merci de ne '
                'pas conserver de copie dans le dossier de l\'unité.'),
              SIG(['Service de santé et sécurité au travail', ORG_FR, 'Tél. : 819-555-0128'])]
    return S('occupational_health', 'fr', 'staff occupational health return-to-work notice',
             ('Santé et sécurité au travail', 'sst@deuxrives.example'), [ST['lemieux']],
             'Retour au travail - assignation temporaire', dt, blocks)
