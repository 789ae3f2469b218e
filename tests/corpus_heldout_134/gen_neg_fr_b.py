"""French hard negatives, part B: IT, facilities, statistics, teaching cases, blank forms, templates,
occupational health, staff news, research, training, policies, aggregate quality data."""
import datetime

import gen_attach as A
import gen_clin as K
import gen_common as C
from gen_neg_fr_a import EXTRA_FR, sin_like_serial


def nf_it(ctx, v):
    r = ctx.rng
    it = ('Centre de services TI', 'servicesti@cisdr.example')
    d = ctx.fut(r.randrange(2, 9))
    subj = ['Interruption planifiée — ChimioNet 5.3', 'Hameçonnage : faux courriel « Mise à jour de votre boîte »',
            'Nouvelle imprimante d’étiquettes en salle blanche', 'Migration des postes vers Windows 11'][v]
    bodies = [
        ('ChimioNet (prescription électronique de chimiothérapie) sera indisponible le %s de 18 h à 23 h pour la '
         'mise à niveau 5.3. Pendant l’arrêt, utiliser les ordonnances pré-imprimées papier (procédure dégradée '
         'PHA-ONC-07) et les saisir rétroactivement le lendemain avant 10 h.' % C.day_fr(d)),
        ('Plusieurs employés ont reçu un courriel demandant de « valider votre boîte aux lettres ». Ne cliquez pas '
         'sur le lien. Transférez le message en pièce jointe à securite@cisdr.example puis supprimez-le.'),
        ('L’imprimante Zebra ZD421 (actif n° %s, série %s) est installée au poste 2 de la salle blanche. Les '
         'étiquettes de préparation sortent maintenant au format 4 x 2 po.' % (C.luhn_lot(r, 'A', 7),
                                                                               C.fmt_sin(sin_like_serial(r), 'plain'))),
        ('Les postes du centre de jour seront migrés le %s. Prévoir 45 minutes par poste ; sauvegardez vos '
         'documents sur le lecteur réseau P:\\ avant 16 h la veille.' % C.fmt_date(d, 'long')),
    ]
    text = 'Bonjour,\n\n%s\n\nCentre de services TI — poste 5555\nBilletterie : https://ti.cisdr.example' % bodies[v]
    atts = []
    if v == 1:
        bait = ctx.nested(('Administrateur Messagerie', 'admin@mail-verif-box.example'),
                          [('Employé', 'employe@cisdr.example')], 'Action requise : Mise à jour de votre boîte',
                          'Votre boîte aux lettres a atteint sa limite. Cliquez ici pour valider : http://verif-box.example/login',
                          ctx.earlier(400))
        atts = [A.at('eml', 'exemple_hameconnage.eml', bait)]
    return ctx.msg('it_notice', 'IT notice', subj, it, [('Personnel — Oncologie', 'oncologie-tous@cisdr.example')],
                   text, atts=atts)


def nf_facilities(ctx, v):
    r = ctx.rng
    fac = ('Services techniques', 'services.techniques@cisdr.example')
    subj = ['Certification annuelle des ESB — salle blanche', 'Travaux CVAC : arrêt de la ventilation',
            'Pressions différentielles hors norme (résolu)', 'Remplacement des fauteuils de traitement'][v]
    bodies = [
        'Le certificateur passera le %s pour les enceintes de sécurité biologique classe II type B2 (n° série %s et %s). '
        'Prévoir l’arrêt des préparations de 7 h à 11 h.' % (C.fmt_date(ctx.fut(6), 'long'), C.luhn_lot(r, 'NU', 8),
                                                            C.luhn_lot(r, 'NU', 8)),
        'L’unité de traitement d’air UTA-07 sera arrêtée le %s entre 5 h et 6 h 30. La salle blanche passera en '
        'pression neutre : aucune préparation pendant la période et 30 minutes après.' % C.fmt_date(ctx.fut(3), 'long'),
        'Alarme ce matin à 6 h 12 : salle tampon à -1,8 Pa par rapport à l’antichambre (cible -2,5 Pa). Cause : '
        'porte mal fermée. Rétabli à 6 h 40, nettoyage complet fait avant la reprise.',
        'Les 18 fauteuils du centre de jour seront remplacés par lots de 6 (bons de commande 4410-22 à 24). '
        'Livraison du premier lot le %s.' % C.fmt_date(ctx.fut(12), 'long'),
    ]
    text = 'Bonjour,\n\n%s\n\nServices techniques — poste 4300\n%s' % (bodies[v], C.ORG_ADDR)
    return ctx.msg('facilities', 'facilities notice for cleanroom or day unit', subj, fac,
                   [ctx.staff('Bastien'), ctx.staff('Desjardins')], text)


def nf_stats(ctx, v):
    r = ctx.rng
    gb = ctx.staff('Beaulieu')
    months = [(ctx.day.replace(day=1) - datetime.timedelta(days=30 * i)) for i in range(6)][::-1]
    rows = [['Mois', 'Visites', 'Préparations', 'Occupation fauteuils (%)', 'Annulations', 'NF hospitalisées']]
    for m in months:
        rows.append(['%s %d' % (C.MOIS[m.month - 1], m.year), r.randrange(850, 1150), r.randrange(1300, 1750),
                     r.randrange(74, 97), r.randrange(20, 70), r.randrange(2, 11)])
    subj = ['Statistiques du centre de jour — semestre', 'Tableau de bord oncologie', 'Indicateurs pour le CA',
            'Données pour la reddition de comptes'][v]
    text = ('Bonjour,\n\nVoici les indicateurs des six derniers mois (données agrégées, aucune donnée nominative) :\n\n'
            '%s\n\nLe délai médian entre l’ordonnance et le premier traitement est de %d jours.\n\n%s'
            % ('\n'.join(' | '.join(str(c) for c in x) for x in rows), r.randrange(9, 19), ctx.sig(gb)))
    atts = []
    if v in (1, 3):
        atts = [A.at('csv', 'indicateurs_centre_jour.csv', text=A.make_csv(rows, ';'), charset='iso-8859-1', cte='8bit')]
    return ctx.msg('statistics', 'aggregate activity statistics for the day unit', subj, gb,
                   [('Direction — Cancérologie', 'dir-cancero@cisdr.example')], text, atts=atts,
                   force_body='alt' if v == 2 else None)


def nf_teaching(ctx, v):
    r = ctx.rng
    ph = ctx.staff(r.choice(['Vachon', 'Champagne']))
    cases = [
        ('Une femme de 58 ans, adénocarcinome du côlon stade III, reçoit FOLFOX. Au C6 elle rapporte des paresthésies '
         'persistantes entre les cycles. ClCr 72 mL/min.', 'Quelle modification proposez-vous pour l’oxaliplatine ?'),
        ('Un homme de 71 ans, myélome multiple, débute VRd. Il prend de la warfarine et de l’amiodarone.',
         'Quelles interactions et quelle prophylaxie thromboembolique ?'),
        ('Une patiente de 45 ans, cancer du sein RH+, AC dose-dense. Neutrophiles 0,9 au J1 du C3.',
         'Report ou G-CSF ? Justifiez.'),
        ('Un patient de 66 ans reçoit pembrolizumab depuis 4 mois ; diarrhée 6 selles/j depuis 3 jours.',
         'Grade et prise en charge selon les lignes directrices ?'),
    ]
    c = cases[v]
    subj = ['Cas clinique du mois — résidents', 'Club de lecture : cas pour jeudi', 'Cas pour l’examen formatif',
            'Discussion de cas (anonymisé)'][v]
    text = ('Bonjour à tous,\n\nCas pour la séance de %s (anonymisé, inspiré de plusieurs situations) :\n\n%s\n\n'
            'Question : %s\n\nRéponses à m’envoyer avant la rencontre.\n\n%s'
            % (C.day_fr(ctx.fut(3)), c[0], c[1], ctx.sig(ph, True)))
    return ctx.msg('teaching_case', 'de-identified teaching case for residents', subj, ph,
                   [('Résidents en pharmacie', 'residents-pharm@cisdr.example')], text)


def nf_blank_form(ctx, v):
    r = ctx.rng
    ph = ctx.staff(r.choice(['Vachon', 'Bastien']))
    title = ['Ordonnance pré-imprimée — FOLFOX6m', 'Formulaire de consentement — chimiothérapie',
             'Grille de suivi téléphonique J+3', 'Demande de préparation hors protocole'][v]
    fields = ['Nom du patient : ______________________   Prénom : ______________',
              'Date de naissance (AAAA-MM-JJ) : ____-__-__   Sexe : F ☐  M ☐',
              'NAM : ____ ____ ____   No dossier : ________',
              'Taille : ____ cm   Poids : ____ kg   SC : ____ m²',
              'Diagnostic : __________________________________',
              'Oxaliplatine 85 mg/m² = ______ mg   Leucovorin 400 mg/m² = ______ mg',
              'Signature du prescripteur : _________________   Permis : _______']
    doc = A.make_docx(title, ['Version 2025-02 — remplace toutes les versions antérieures.'] + fields, ctx.date, ph.full)
    subj = 'Nouvelle version du formulaire : %s' % title
    text = ('Bonjour,\n\nLa nouvelle version vierge du formulaire « %s » est jointe et déposée sur l’intranet. '
            'Merci de détruire les anciennes copies papier.\n\n%s' % (title, ctx.sig(ph, True)))
    return ctx.msg('blank_form', 'blank pre-printed form template (DOCX)', subj, ph,
                   [('Centre de jour', 'centre-jour-onco@cisdr.example')], text,
                   atts=[A.at('docx', 'formulaire_vierge_v2025-02.docx', doc)])


def nf_template(ctx, v):
    r = ctx.rng
    clerk = ctx.staff('Trudel')
    tpl = ('Bonjour {{PRENOM}} {{NOM}},\n\nNous vous rappelons votre rendez-vous au centre de jour d’oncologie le '
           '{{DATE_RDV}} à {{HEURE}} (fauteuil {{FAUTEUIL}}).\nVeuillez vous présenter 15 minutes à l’avance, au '
           'local B-210, avec votre carte d’assurance maladie et la liste de vos médicaments.\n\n'
           'Pour annuler : 819 555-0142.\n\nL’équipe du centre de jour')
    subj = ['Modèle de lettre de rappel — à valider', 'Publipostage : gabarit SMS et courriel',
            'Gabarit rappel RDV (version finale)', 'RE: champs de fusion du gabarit'][v]
    text = ('Bonjour Guillaume,\n\nVoici le gabarit pour le publipostage automatique. Les champs entre accolades '
            'sont remplis par Logibec à l’envoi.\n\n----\n%s\n----\n\n%s' % (tpl, ctx.sig(clerk, True)))
    return ctx.msg('template', 'mail-merge appointment reminder template with placeholders', subj, clerk,
                   [ctx.staff('Beaulieu')], text)


def nf_occ_health(ctx, v):
    r = ctx.rng
    sst = ('Santé et sécurité au travail', 'sst@cisdr.example')
    emp = r.choice([('Audrey', 'Plante'), ('Nancy', 'Ouimet'), ('Josiane', 'Fleury')])
    subj = ['Retrait préventif — réaffectation', 'Programme de surveillance — médicaments dangereux',
            'Suivi post-exposition (employée)', 'Test d’ajustement N95 — rappel'][v]
    bodies = [
        'Mme %s %s, ATP, nous a remis son certificat de retrait préventif de la travailleuse enceinte. Elle ne doit plus '
        'manipuler de médicaments dangereux ; réaffectation à la distribution non cytotoxique à compter du %s.'
        % (emp[0], emp[1], C.fmt_date(ctx.fut(1), 'long')),
        'Le questionnaire annuel de surveillance de l’exposition aux antinéoplasiques est à remplir par tout le personnel '
        'de la salle blanche et du centre de jour avant le %s. Les résultats sont traités de façon confidentielle par '
        'la SST.' % C.fmt_date(ctx.fut(15), 'long'),
        'Suite à l’éclaboussure de cyclophosphamide (gant, aucun contact cutané) déclarée par %s %s le %s, le suivi '
        'est complété ; aucun arrêt de travail. Rappel des lunettes de protection lors de la purge.'
        % (emp[0], emp[1], C.fmt_date(ctx.past(3), 'long')),
        'Les tests d’ajustement N95 sont offerts les %s et %s, salle 1-030. Obligatoire aux deux ans.'
        % (C.fmt_date(ctx.fut(4), 'long'), C.fmt_date(ctx.fut(5), 'long')),
    ]
    text = 'Bonjour,\n\n%s\n\nSanté et sécurité au travail — poste 4150' % bodies[v]
    return ctx.msg('occupational_health', 'staff occupational health notice', subj, sst,
                   [ctx.staff('Bastien'), ctx.staff('Lamarre')], text)


def nf_baby(ctx, v):
    r = ctx.rng
    who = ctx.staff(r.choice(['Trudel', 'Desjardins']))
    col = r.choice([('Caroline', 'Demers'), ('François', 'Champagne'), ('Annie', 'Provost')])
    bd = ctx.past(r.randrange(2, 6))
    subj = ['Bienvenue bébé !', 'Naissance dans l’équipe', 'Collecte pour le cadeau de naissance'][v % 3]
    text = ('Bonjour tout le monde,\n\nBonne nouvelle : %s %s est %s d’une petite %s, née le %s à 3 h 12, '
            '3,4 kg et en pleine forme ! Maman et bébé se portent bien.\n\nUne carte circule au poste '
            'des infirmières, et la collecte pour le cadeau se termine vendredi.\n\n%s'
            % (col[0], col[1], 'papa' if col[0] == 'François' else 'maman', r.choice(['Léa', 'Rose', 'Alice']),
               C.fmt_date(bd, r.choice(['long', 'iso'])), who.given))
    return ctx.msg('staff_news', 'staff baby announcement with birth date', subj, who,
                   [('Équipe oncologie', 'oncologie-tous@cisdr.example')], text)


def nf_research(ctx, v):
    r = ctx.rng
    crc = ('Unité de recherche clinique — oncologie', 'recherche.onco@cisdr.example')
    study = 'ONC-%d-%03d' % (ctx.day.year, r.randrange(10, 99))
    subj = ['Amendement %s approuvé par le CER' % study, 'Nouvelle étude ouverte : %s' % study,
            'Rappel : critères d’admissibilité %s' % study][v % 3]
    text = ('Bonjour,\n\nLe protocole %s (phase II, trastuzumab déruxtécan dans le cancer du sein HER2-faible '
            'métastatique) %s.\n\nPrincipaux critères : ECOG 0-1, au moins une ligne antérieure en situation '
            'métastatique, FEVG ≥ 50 %%, absence de pneumopathie interstitielle.\nChercheur principal : Dr Julien '
            'Arsenault. Aucun participant n’est encore inscrit au site.\n\nUnité de recherche clinique'
            % (study, ['a fait l’objet d’un amendement (ajout d’une TDM à S6)', 'est maintenant ouvert au recrutement',
                       'recrute toujours'][v % 3]))
    return ctx.msg('research', 'research protocol notice without participants', subj, crc,
                   [('Oncologues', 'onco-md@cisdr.example')], text)


def nf_training(ctx, v):
    r = ctx.rng
    ed = ctx.staff('Desjardins')
    d = ctx.fut(r.randrange(6, 20))
    start = datetime.datetime(d.year, d.month, d.day, 13, 0)
    summ = ['Formation : manipulation sécuritaire des médicaments dangereux', 'Atelier pompes élastomères',
            'Simulation : réaction d’hypersensibilité au fauteuil'][v % 3]
    ics = A.make_ics('%s@cisdr.example' % C.stable_hex(ctx.seed, ctx.idx, 'ics'), ctx.date.replace(tzinfo=None), start,
                     start + datetime.timedelta(hours=2), summ, 'Présence obligatoire pour le personnel du centre de jour.',
                     'Salle 2-104', (ed.full, ed.addr))
    text = 'Bonjour,\n\n%s le %s de 13 h à 15 h. Invitation jointe.\n\n%s' % (summ, C.day_fr(d), ctx.sig(ed, True))
    return ctx.msg('training', 'mandatory staff training invitation (ICS)', summ, ed,
                   [('Centre de jour', 'centre-jour-onco@cisdr.example')], text,
                   atts=[A.at('ics', 'formation.ics', text=ics, ctype_params=['method=REQUEST'], cte='base64')])


def nf_policy(ctx, v):
    r = ctx.rng
    ph = ctx.staff('Bastien')
    title = ['PHA-ONC-15 Double vérification indépendante des antinéoplasiques', 'PHA-ONC-09 Gestion des déversements',
             'PHA-ONC-21 Arrondissement des doses'][v % 3]
    paras = ['## Objet', 'Uniformiser la pratique au centre de jour et à la pharmacie.',
             '## Portée', 'Pharmaciens, ATP, infirmières du centre de jour.',
             '## Procédure', 'Deux professionnels vérifient indépendamment le calcul de dose (SC, ClCr, AUC).',
             'Les écarts > 5 % entre la dose prescrite et la dose calculée sont signalés au prescripteur.',
             '## Entrée en vigueur', C.fmt_date(ctx.fut(10), 'long')]
    doc = A.make_docx(title, paras, ctx.date, ph.full)
    text = ('Bonjour,\n\nLa procédure « %s » a été révisée. Merci de la lire et de signer le registre d’ici deux '
            'semaines.\n\n%s' % (title, ctx.sig(ph, True)))
    return ctx.msg('policy', 'revised pharmacy procedure (DOCX)', 'Procédure révisée : %s' % title.split()[0], ph,
                   [('Pharmacie onco', 'pharm-onco@cisdr.example')], text,
                   atts=[A.at('docx', '%s.docx' % title.split()[0], doc)])


def nf_quality(ctx, v):
    r = ctx.rng
    gr = ('Gestion des risques', 'risques@cisdr.example')
    cats = ['Erreur de dose', 'Mauvais débit de perfusion', 'Extravasation', 'Étiquetage', 'Délai de préparation',
            'Oubli de prémédication']
    rows = [['Catégorie', 'Nb', 'Gravité A-B', 'Gravité C-D', 'Gravité E+']]
    for c in cats:
        n = r.randrange(0, 12)
        rows.append([c, n, max(0, n - 2), min(2, n), 0])
    text = ('Bonjour,\n\nBilan trimestriel des déclarations AH-223 pour l’oncologie (données agrégées) :\n\n%s\n\n'
            'Aucun événement sentinelle. Recommandation : ajout d’un champ « débit vérifié » dans ChimioNet.\n\n'
            'Gestion des risques' % '\n'.join(' | '.join(str(c) for c in x) for x in rows))
    return ctx.msg('quality', 'aggregate incident report statistics', ['Bilan trimestriel AH-223 — oncologie',
                   'Indicateurs sécurité des soins', 'Rapport qualité T%d' % (1 + (ctx.day.month - 1) // 3)][v % 3],
                   gr, [ctx.staff('Bastien'), ctx.staff('Desjardins')], text, force_body='html' if v == 1 else None)


TEMPLATES = [nf_it, nf_facilities, nf_stats, nf_teaching, nf_blank_form, nf_template, nf_occ_health, nf_baby,
             nf_research, nf_training, nf_policy, nf_quality]
