"""Non-confidential messages, French, part 2: HR, IT, committees, newsletters, research, vendors."""
import datetime

from gen_attach import make_docx, make_ics, make_pdf, make_vcard, make_zip
from gen_build import att_docx, att_eml, att_pdf, att_text, att_zip
from gen_clin import S
from gen_common import EXTERNAL, MOIS, ORG_FR, SITE_QC, STAFF, TEL_ARTHRO, fmt_date, fmt_day, sig, wkday
from gen_mime import FWD, L, P, PRE, Q, SIG, T
from gen_neg_common import asset_tag, luhn_serial, serial10, staffer
from gen_neg_fr import (SURGEONS, nf_blank_form, nf_conference, nf_inventory, nf_invoice, nf_leave, nf_mailmerge,
                        nf_occ_health, nf_oncall, nf_preop_calendar, nf_purchase_order, nf_recall_notice, nf_schedule,
                        nf_stats, nf_teaching)

ST = STAFF
EX = EXTERNAL


# ---------------------------------------------------------------------------------------------- 15 payroll
def nf_payroll(ctx, B):
    dt = ctx.msg_date()
    v = ctx.pick(['releves', 'prime', 'depot'])
    if v == 'releves':
        txt = [P('Bonjour,'),
               P(f'Vos relevés fiscaux {dt.year - 1 if dt.month < 6 else dt.year} (T4 et Relevé 1) sont disponibles dans '
                 f'le portail employé. Pour des raisons de sécurité, votre NAS n\'apparaît que partiellement à l\'écran; '
                 f'le document PDF complet est protégé par mot de passe.'),
               P('Aucun relevé ne sera transmis par courriel. Le service de la paie ne vous demandera jamais votre '
                 'numéro d\'assurance sociale par courriel.')]
        subj = 'Relevés fiscaux disponibles'
    elif v == 'prime':
        txt = [P('Bonjour,'),
               P(f'Une erreur de calcul de la prime de soir (quart 15 h 30-23 h 30) a touché les employés de la salle '
                 f'des plâtres et de la clinique de fractures pour la période de paie se terminant le '
                 f'{fmt_date(dt.date() - datetime.timedelta(days=9), "fr")}. La correction sera versée à la paie du '
                 f'{fmt_date(dt.date() + datetime.timedelta(days=5), "fr")}.'),
               P('Aucune action de votre part n\'est requise.')]
        subj = 'Correction - prime de soir'
    else:
        txt = [P('Bonjour,'),
               P('Rappel : tout changement de compte bancaire pour le dépôt direct doit être fait au moins 10 jours '
                 'avant la date de paie, avec un spécimen de chèque. Date limite pour la prochaine paie : '
                 f'{fmt_date(dt.date() + datetime.timedelta(days=3), "fr")}.')]
        subj = 'Paie - rappel dépôt direct'
    blocks = txt + [SIG(['Service de la paie', ORG_FR, 'poste 2210'])]
    return S('payroll', 'fr', 'payroll notice to staff', ('Service de la paie', 'paie@deuxrives.example'),
             [('Personnel - orthopédie', 'ortho.personnel@deuxrives.example')], subj, dt, blocks)


# ---------------------------------------------------------------------------------------------- 16 job posting
def nf_job(ctx, B):
    dt = ctx.msg_date()
    job = ctx.pick([('Technicien(ne) en orthopédie / salle des plâtres', 'DEC ou attestation en orthèses; expérience en '
                     'plâtre pédiatrique un atout', '26,16 $ à 36,48 $'),
                    ('Physiothérapeute - programme d\'arthroplastie', 'Membre de l\'OPPQ; bilinguisme requis',
                     '31,76 $ à 53,42 $'),
                    ('Infirmière pivot en orthopédie', 'BAC en sciences infirmières, 3 ans d\'expérience en chirurgie',
                     '31,15 $ à 55,66 $'),
                    ('Agent(e) administratif(ve) - liste d\'attente chirurgicale', 'DEP secrétariat, maîtrise du SIC',
                     '23,41 $ à 26,80 $')])
    no = f'DRH-{dt.year}-{ctx.rng.randint(100, 999)}'
    blocks = [P(f'AFFICHAGE INTERNE / EXTERNE - {no}'),
              P(f'Titre : {job[0]}\nStatut : {ctx.pick(["temps complet permanent", "temps partiel 7/14", "remplacement 12 mois"])}\n'
                f'Port d\'attache : {ctx.pick(["Pavillon Pontbriand", "Site Carleton Mills"])}\nExigences : {job[1]}\n'
                f'Salaire : {job[2]} de l\'heure'),
              P(f'Faire parvenir votre CV avant le {fmt_date(dt.date() + datetime.timedelta(days=14), "fr")} à '
                f'carrieres@deuxrives.example en indiquant le numéro d\'affichage.'),
              P('Nous souscrivons au principe d\'égalité en emploi.'), SIG(['Ressources humaines', ORG_FR])]
    return S('job_posting', 'fr', 'job posting for the orthopaedics department',
             ('Ressources humaines', 'carrieres@deuxrives.example'), [('Tous', 'tous@deuxrives.example')],
             f'Affichage {no} - {job[0]}', dt, blocks, force={'mode': ctx.pick(['html', 'alt'])})


# ---------------------------------------------------------------------------------------------- 17 candidate
def nf_candidate(ctx, B):
    dt = ctx.msg_date()
    c = staffer(ctx.rng)
    docx = make_docx(f'Curriculum vitae - {c.full}', [
        ('h', 'Formation'), 'Baccalauréat en physiothérapie, Université du Nord-Est (2019)',
        ('h', 'Expérience'), 'Physiothérapeute, clinique privée (2019-2023) : orthopédie, post-arthroplastie, sport.',
        'Physiothérapeute, CHSLD (2023-) : réadaptation gériatrique, prévention des chutes.',
        ('h', 'Langues'), 'Français, anglais', ('h', 'Références'), 'Disponibles sur demande.'], dt, c.full)
    blocks = [P(f'Bonjour {ST["menard"].given},'),
              P(f'Pour le comité de sélection de jeudi : candidature de {c.full} pour le poste de physiothérapeute '
                f'(affichage DRH-{dt.year}-{ctx.rng.randint(100, 999)}). Entrevue prévue à 10 h. Merci de ne pas faire '
                f'circuler le CV au-delà du comité.'),
              SIG(sig(ST['desrosiers'], 'fr'))]
    return S('job_candidate', 'fr', 'job candidate CV for a selection committee', ST['desrosiers'],
             [ST['menard'], ST['ramsay']], 'Comité de sélection - candidature', dt, blocks,
             attachments=[att_docx(f'CV_{c.surname}.docx', docx)])


# ---------------------------------------------------------------------------------------------- 18 IT notice
def nf_it(ctx, B):
    dt = ctx.msg_date()
    v = ctx.pick(['pacs', 'phish', 'module'])
    day = dt.date() + datetime.timedelta(days=ctx.rng.randint(2, 10))
    if v == 'pacs':
        subj = f'Interruption planifiée PACS - {fmt_day(day, "fr")}'
        blocks = [P('Bonjour,'),
                  P(f'Une mise à jour du PACS aura lieu le {fmt_day(day, "fr")} de 22 h à 2 h. Pendant l\'interruption, '
                    f'les images de la clinique de fractures et de la salle d\'urgence seront consultables en lecture '
                    f'seule sur le poste de relève (salle 1-204).'),
                  P('Billet de changement : CHG' + luhn_serial(ctx.rng, 7))]
    elif v == 'phish':
        subj = 'ALERTE - courriel frauduleux « mise à jour de votre dossier de paie »'
        blocks = [P('Bonjour,'),
                  P('Plusieurs employés ont reçu un courriel prétendant provenir du service de la paie et demandant de '
                    'confirmer leur NAS et leurs coordonnées bancaires. Il s\'agit d\'une tentative d\'hameçonnage. '
                    'Ne cliquez sur aucun lien et supprimez le message.'),
                  P('En cas de doute, composez le poste 3333 (centre de services TI).')]
    else:
        subj = 'Nouveau module « Liste d\'attente chirurgicale » - formation'
        blocks = [P('Bonjour,'),
                  P(f'Le nouveau module de gestion de la liste d\'attente chirurgicale sera déployé le '
                    f'{fmt_date(day, "fr")}. Des formations de 45 minutes sont offertes aux agentes administratives '
                    f'et aux infirmières pivots.'),
                  L(['Mardi 9 h - salle de formation TI', 'Mercredi 13 h - Teams', 'Jeudi 15 h - salle de formation TI']),
                  P('Identifiants : votre code réseau habituel. Aucune donnée réelle dans l\'environnement de formation.')]
    blocks.append(SIG(['Centre de services TI', ORG_FR, 'Poste 3333']))
    return S('it_notice', 'fr', 'IT notice', ('Centre de services TI', 'servicesti@deuxrives.example'),
             [('Tous', 'tous@deuxrives.example')], subj, dt, blocks)


# ---------------------------------------------------------------------------------------------- 19 facilities
def nf_facilities(ctx, B):
    dt = ctx.msg_date()
    v = ctx.pick(['trap', 'hvac', 'parking'])
    if v == 'trap':
        subj = 'Salle des plâtres - bac de décantation'
        txt = ('Le bac de décantation (trappe à plâtre) sous l\'évier de la salle 2 sera nettoyé mardi entre 7 h et 8 h. '
               f'Merci de ne pas utiliser l\'évier pendant l\'intervention. Bon de travail {luhn_serial(ctx.rng, 8)}.')
    elif v == 'hvac':
        subj = 'Ventilation - clinique de fractures'
        txt = ('Suite aux plaintes de chaleur dans la clinique de fractures, un technicien en ventilation passera '
               'jeudi. Les salles C et D pourraient être fermées 2 heures. Équipement visé : unité de toit '
               f'no d\'actif {asset_tag(ctx.rng)}.')
    else:
        subj = 'Stationnement P3 fermé - déneigement'
        txt = ('Le stationnement P3 (près de l\'entrée de la clinique d\'orthopédie) sera fermé demain de 6 h à 10 h pour '
               'le déneigement. Les patients à mobilité réduite pourront utiliser le débarcadère de l\'entrée principale.')
    blocks = [P('Bonjour,'), P(txt), SIG(['Services techniques', ORG_FR, 'Poste 2100'])]
    return S('facilities', 'fr', 'facilities notice', ('Services techniques', 'services.techniques@deuxrives.example'),
             [ST['bisson'], ST['kowalski'], ST['lemieux']], subj, dt, blocks)


# ---------------------------------------------------------------------------------------------- 20 committee notice
def nf_committee(ctx, B):
    dt = ctx.msg_date()
    day = wkday(dt.date() + datetime.timedelta(days=ctx.rng.randint(6, 20)))
    com = ctx.pick(['Comité du programme d\'arthroplastie', 'Rencontre de morbidité-mortalité (M&M) - orthopédie',
                    'Comité de prévention des infections - volet chirurgical'])
    agenda = ['Adoption de l\'ordre du jour et du procès-verbal',
              f'Suivi des délais d\'attente (présenté par Mme {ST["ramsay"].full})',
              f'Taux d\'infection du site opératoire - PTH/PTG (Dr {ST["okafor"].surname})',
              'Trajectoire fracture de hanche : cible de 48 h', 'Varia']
    if 'M&M' in com:
        agenda[2] = 'Présentation de 2 cas (dépersonnalisés, diapositives remises en séance seulement)'
    blocks = [P('Bonjour,'),
              P(f'Vous êtes convoqués à la prochaine réunion : {com}, le {fmt_day(day, "fr")} à '
                f'{ctx.pick(["7 h", "12 h", "16 h 30"])}, salle du conseil (3e étage) et Teams.'),
              L(agenda), P(f'{ST["gervais"].dr("fr")}, président'), SIG(['Secrétariat de la DSP', ORG_FR])]
    ics = make_ics(f'comite-{day.isoformat()}@deuxrives.example', datetime.datetime(day.year, day.month, day.day, 12, 0),
                   60, com, 'Ordre du jour en pièce jointe du courriel.', 'Salle du conseil, 3e étage',
                   ('Secrétariat DSP', 'dsp@deuxrives.example'), [(s.full, s.email) for s in SURGEONS[:4]], stamp=dt)
    atts = [att_text('text/calendar', 'invitation.ics', ics, 'utf-8', 'base64', params=[('method', 'REQUEST')])] \
        if ctx.rng.random() < 0.5 else []
    return S('committee_notice', 'fr', 'committee meeting notice with agenda', ('Secrétariat DSP', 'dsp@deuxrives.example'),
             [('Orthopédie - médecins', 'ortho.medecins@deuxrives.example')], f'Convocation - {com}', dt, blocks,
             attachments=atts)


# ---------------------------------------------------------------------------------------------- 21 drug shortage
def nf_shortage(ctx, B):
    dt = ctx.msg_date()
    drug = ctx.pick([('céfazoline 2 g fiole', 'céfazoline 1 g x 2 ou cefuroxime 1,5 g selon allergie'),
                     ('acide tranexamique 1 g/10 mL', 'réserver aux arthroplasties et aux fractures de hanche'),
                     ('énoxaparine 40 mg seringue préremplie', 'daltéparine 5000 UI SC DIE'),
                     ('bupivacaïne hyperbare 0,75 %', 'bupivacaïne isobare selon l\'anesthésiste')])
    blocks = [P('Bonjour,'),
              P(f'Pénurie : {drug[0]}. Durée prévue : {ctx.pick(["4 à 6 semaines", "indéterminée", "jusqu’à la fin du mois"])}. '
                f'Alternative recommandée par le comité de pharmacologie : {drug[1]}.'),
              P('Les ordonnances préimprimées d\'orthopédie seront modifiées temporairement. Les stocks des unités ne '
                'doivent pas être déplacés sans avis à la pharmacie.'),
              SIG(sig(ST['huot'], 'fr'))]
    return S('drug_shortage', 'fr', 'drug shortage notice', ST['huot'],
             [('Orthopédie - médecins', 'ortho.medecins@deuxrives.example'), ('Bloc opératoire - chefs', 'bloc.chefs@deuxrives.example')],
             f'Pénurie - {drug[0]}', dt, blocks, importance=True)


# ---------------------------------------------------------------------------------------------- 22 research protocol
def nf_research(ctx, B):
    dt = ctx.msg_date()
    title = ctx.pick(['MOBILI-PTH : mobilisation le jour même vs J1 après prothèse totale de hanche',
                      'PLÂTRE-2 : plâtre court vs long pour les fractures du radius distal de l\'enfant',
                      'TXA-HANCHE : acide tranexamique topique dans les fractures de hanche'])
    pdf = make_pdf(f'Protocole - {title}', [
        ('Objectif', ['Comparer la durée de séjour et la satisfaction.']),
        ('Critères d\'inclusion', ['Adultes de 18 ans et plus, chirurgie élective, consentement libre et éclairé.']),
        ('Critères d\'exclusion', ['Démence, anticoagulation thérapeutique, révision.']),
        ('Taille d\'échantillon', ['120 participants (2 bras de 60), puissance 80 %, alpha 0,05.']),
        ('Confidentialité', ['Les participants seront identifiés par un code d\'étude; la liste de correspondance reste au CR.'])],
        footer='Version 2.1 - soumise au CER')
    blocks = [P('Bonjour,'),
              P(f'Ci-joint la version 2.1 du protocole « {title} » pour la réunion du comité d\'éthique. Aucun '
                f'participant n\'a encore été recruté. Chercheuse principale : {ST["dionne"].dr("fr")}.'),
              SIG(['Centre de recherche', ORG_FR])]
    return S('research_protocol', 'fr', 'research protocol without participant data', ST['dionne'],
             [('Comité d\'éthique de la recherche', 'cer@deuxrives.example')], 'Protocole v2.1 - dépôt CER', dt,
             blocks, attachments=[att_pdf('protocole_v2.1.pdf', pdf)])


# ---------------------------------------------------------------------------------------------- 23 newsletter
def nf_newsletter(ctx, B):
    dt = ctx.msg_date()
    baby = ctx.rng.random() < 0.5
    emp = staffer(ctx.rng)
    bd = dt.date() - datetime.timedelta(days=ctx.rng.randint(3, 20))
    items = [P(f'Le {ST["okafor"].dr("fr")} et le {ST["lacasse"].dr("fr")} ont franchi le cap des 1 000 prothèses de '
               f'hanche en chirurgie d\'un jour. Félicitations à toute l\'équipe du programme d\'arthroplastie!'),
             P(f'Bienvenue à {emp.full}, {ctx.pick(["nouvelle technicienne en orthopédie", "nouveau physiothérapeute", "nouvelle agente administrative"])}.'),
             P(f'La {ST["vachon"].dr("fr")}, spécialiste des fractures du bassin, présentera à Montréal au congrès de '
               f'l\'association d\'orthopédie en juin.')]
    if baby:
        items.append(P(f'Naissance : {ST["gosselin"].given} a donné naissance à une petite '
                       f'{ctx.pick(["Rose", "Alice", "Jeanne"])}, née le {fmt_date(bd, "fr")} ({ctx.pick(["3,2", "3,6", "2,9"])} kg). '
                       f'Maman et bébé se portent bien!'))
    items.append(P('Statistique du trimestre : 312 visites à la clinique de fractures, 1 480 actes en salle des plâtres.'))
    blocks = [P('L\'INFO-ORTHO - ' + MOIS[dt.month - 1] + f' {dt.year}')] + items + \
             [SIG(['Infolettre du département d\'orthopédie', ORG_FR, 'Pour vous désabonner, répondez « retrait ».'])]
    return S('newsletter', 'fr', 'department newsletter with staff news' + (' and a baby announcement' if baby else ''),
             ('Info-Ortho', 'info.ortho@deuxrives.example'), [('Orthopédie - tous', 'ortho.tous@deuxrives.example')],
             f'Info-Ortho - {MOIS[dt.month - 1]}', dt, blocks, force={'mode': ctx.pick(['html', 'alt'])})


# ---------------------------------------------------------------------------------------------- 24 vendor vCard
def nf_vendor(ctx, B):
    dt = ctx.msg_date()
    v = ctx.pick([EX['vendor'], EX['vendor2']])
    vc = make_vcard(v.given, v.surname, org=v.role_fr.split(', ')[1] if ', ' in v.role_fr else 'Fournisseur',
                    title='Représentant(e) technique', tel=v.phone, tel_type='WORK',
                    adr=('2200, rue Industrielle', 'Laval-Ouest', 'QC', 'H7X 0A0', 'Canada'), email=v.email,
                    note='Soutien technique au bloc opératoire - arthroplastie')
    blocks = [P('Bonjour à tous,'),
              P(f'{"Notre nouvelle représentante" if v.sex == "F" else "Notre nouveau représentant"} technique pour '
                f'les implants d\'arthroplastie est {v.full}. Vous trouverez ses coordonnées en pièce jointe '
                f'(présence au bloc les mardis).'),
              SIG(sig(ST['baxter'], 'fr'))]
    return S('vendor_contact', 'fr', 'vendor representative contact card', ST['baxter'],
             [('Bloc opératoire - chefs', 'bloc.chefs@deuxrives.example')], 'Nouveau contact fournisseur', dt, blocks,
             attachments=[att_text('text/vcard', f'{v.surname}.vcf', vc, 'utf-8', 'quoted-printable')])


# ---------------------------------------------------------------------------------------------- 25 forwarded notice (.eml) or policy zip
def nf_forward_notice(ctx, B):
    dt = ctx.msg_date()
    if ctx.rng.random() < 0.5:
        old = dt - datetime.timedelta(days=3)
        inner = B.inner_message(('Direction des soins infirmiers', 'dsi@deuxrives.example'),
                                [('Tous', 'tous@deuxrives.example')], 'Nouvelle politique - prévention des chutes', old,
                                [P('Bonjour,'), P('La politique révisée de prévention des chutes (PO-114) entre en vigueur '
                                                  'le 1er du mois. Formation obligatoire en ligne de 20 minutes.'),
                                 P('Direction des soins infirmiers')], 'utf-8', 'quoted-printable')
        atts = [att_eml('Nouvelle politique - prévention des chutes.eml', inner)]
        txt = 'Pour votre information - s\'applique aussi à la clinique de fractures.'
        subj = 'TR: Nouvelle politique - prévention des chutes'
    else:
        pol = [('PO-201_immobilisation_platree.txt', 'Procédure : application et surveillance d\'un plâtre. Vérifier '
                'la circulation, la sensibilité et la motricité à 15 min.'),
               ('PO-202_scie_a_platre.txt', 'Procédure : utilisation sécuritaire de la scie oscillante. Protection '
                'auditive recommandée.'),
               ('PO-203_enseignement.txt', 'Remettre la fiche d\'enseignement « Soins de votre plâtre » à chaque patient.')]
        atts = [att_zip('procedures_salle_platres.zip', make_zip([(a, b.encode('utf-8')) for a, b in pol], dt))]
        txt = 'Voici les trois procédures révisées de la salle des plâtres (zip). Merci d\'en prendre connaissance.'
        subj = 'Procédures révisées - salle des plâtres'
    blocks = [P('Bonjour,'), P(txt), SIG(sig(ST['lemieux'], 'fr'))]
    return S('policy_notice', 'fr', 'forwarded policy notice or zipped procedures', ST['lemieux'],
             [ST['bisson'], ST['harper'], ST['quinn']], subj, dt, blocks, attachments=atts)


# ---------------------------------------------------------------------------------------------- 26 patient education handout
def nf_education(ctx, B):
    dt = ctx.msg_date()
    topic = ctx.pick([('Soins de votre plâtre', ['Gardez le plâtre au sec.', 'Surélevez le membre 48 h.',
                                                 'Consultez si les doigts deviennent bleus, froids ou engourdis.',
                                                 'N\'insérez rien sous le plâtre.']),
                      ('Après votre prothèse de hanche', ['Évitez de croiser les jambes 6 semaines.',
                                                          'Utilisez le siège de toilette surélevé.',
                                                          'Prenez votre anticoagulant tel que prescrit.',
                                                          'Signes d\'infection : fièvre, rougeur, écoulement.'])])
    pdf = make_pdf(topic[0], [(None, topic[1]), ('Questions?', [f'Clinique de fractures : {STAFF["bisson"].phone}',
                                                              f'Programme d\'arthroplastie : {TEL_ARTHRO}'])],
                   footer=ORG_FR + ' - fiche d\'enseignement ORT-0' + str(ctx.rng.randint(10, 99)))
    blocks = [P('Bonjour,'),
              P(f'La fiche « {topic[0]} » a été mise à jour par le comité d\'enseignement. Version PDF pour impression '
                f'ci-jointe; les copies couleur sont disponibles à la reprographie.'),
              SIG(sig(ST['gosselin'], 'fr'))]
    return S('patient_education', 'fr', 'generic patient education handout', ST['gosselin'],
             [ST['bisson'], ST['lemieux']], f'Fiche d\'enseignement - {topic[0]}', dt, blocks,
             attachments=[att_pdf(f'{topic[0].replace(" ", "_")}.pdf', pdf)])


# ---------------------------------------------------------------------------------------------- 27 student placements
def nf_students(ctx, B):
    dt = ctx.msg_date()
    studs = [staffer(ctx.rng) for _ in range(3)]
    rows = [[s.full, ctx.pick(['Université du Nord-Est', 'Université de l\'Outaouais-Sud']),
             ctx.pick(['clinique de fractures', 'unité 4e - post-op', 'programme d\'arthroplastie']),
             ctx.pick([ST['walsh'].full, ST['menard'].full])] for s in studs]
    blocks = [P('Bonjour,'), P('Voici la répartition des stagiaires en physiothérapie pour la session :'),
              T(['Stagiaire', 'Université', 'Milieu', 'Superviseur(e)'], rows),
              P('Les accès informatiques et les cartes d\'identité seront prêts le premier jour à 8 h.'),
              SIG(sig(ST['menard'], 'fr'))]
    return S('student_placement', 'fr', 'physiotherapy student placement schedule', ST['menard'],
             [ST['walsh'], ST['lemieux']], 'Stagiaires physio - répartition', dt, blocks)


TEMPLATES = [
    (nf_schedule, 3), (nf_oncall, 3), (nf_inventory, 4), (nf_recall_notice, 4), (nf_purchase_order, 3),
    (nf_invoice, 3), (nf_preop_calendar, 3), (nf_blank_form, 4), (nf_mailmerge, 3), (nf_stats, 4), (nf_teaching, 4),
    (nf_conference, 3), (nf_leave, 4), (nf_occ_health, 3), (nf_payroll, 3), (nf_job, 4), (nf_candidate, 3),
    (nf_it, 3), (nf_facilities, 3), (nf_committee, 4), (nf_shortage, 3), (nf_research, 3), (nf_newsletter, 4),
    (nf_vendor, 3), (nf_forward_notice, 3), (nf_education, 3), (nf_students, 3),
]
