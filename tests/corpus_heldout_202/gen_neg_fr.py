"""French hard negatives: staff, schedules, money, stock, IT, statistics, templates, teaching."""
import datetime

from stdnum import luhn

from gen_common import CLINIC, STAFF, table_text, d_fr, day_fr, MOIS, signature, quote
from gen_docs import att, att_eml, make_pdf, make_docx, make_xlsx, make_csv, make_ics, make_vcf, make_zip

S = STAFF


def luhn_num(rng, n, first=None):
    s = str(first or rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(n - 2))
    return s + luhn.calc_check_digit(s)


def grp(s, sizes, sep=' '):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    return sep.join(out)


def _week(g):
    d = g.date - datetime.timedelta(days=g.date.weekday()) + datetime.timedelta(days=7)
    return d


def n_horaire(g):
    mon = _week(g)
    rows = [['Jour', 'AM', 'PM', 'Soir']]
    docs = ['Dre Vaillancourt (ITSS)', 'Dre Desjardins (PrEP)', 'Dr Okafor (voyage/FJ)', 'Dr Lindqvist', 'N. Haddad IPS']
    for i in range(5):
        d = mon + datetime.timedelta(days=i)
        rows.append([day_fr(d), g.choice(docs), g.choice(docs), g.choice(['—', 'Clinique sans RDV (I. Chartrand)', 'Dre Vaillancourt'])])
    body = f"""Bonjour à tous,

Voici l’horaire médical de la semaine du {d_fr(mon, 2)}. La clinique de vaccination contre la fièvre jaune
aura lieu {g.choice(['mardi PM seulement', 'jeudi AM', 'mercredi et vendredi AM'])} (Dr Okafor étant en formation le reste de la semaine).

{table_text(rows)}

Rappel : les demandes d’échange de quart passent par moi avant le jeudi midi.

{signature(S['bedard'], 'fr', 0)}"""
    atts = []
    if g.rng.random() < 0.4:
        atts.append(att(f'horaire_S{mon.isocalendar()[1]}.xlsx', make_xlsx([('Horaire', rows)])))
    return dict(cat='schedule', note='weekly physician and clinic schedule', subject=f'Horaire médical — semaine du {d_fr(mon, 2)}',
                frm=S['bedard'].addr(), to=[('Équipe clinique', 'equipe@carrefour-clinique.example')], body=body, attachments=atts)


def n_conge(g):
    st = S[g.choice(['arsenault', 'chartrand', 'patel', 'kowalski', 'beaulieu'])]
    d1 = g.days(g.rng.randint(20, 60))
    d2 = d1 + datetime.timedelta(days=g.rng.randint(4, 14))
    k = g.rng.randint(0, 2)
    if k == 0:
        body = f"""Bonjour Lucie,

Je souhaiterais prendre mes vacances du {d_fr(d1, 2)} au {d_fr(d2, 2)} inclusivement. {g.choice(['Kevin', 'Emma', 'Priya'])} a accepté de couvrir
la clinique {g.choice(['PrEP du mardi', 'de fièvre jaune', 'sans rendez-vous'])}.

Merci de me confirmer,
{st.given}"""
        subj = 'Demande de vacances'
        frm, to = st, S['comeau']
    elif k == 1:
        body = f"""Bonjour {st.given},

Ta demande de congé du {d_fr(d1, 2)} au {d_fr(d2, 2)} est approuvée. J’ai mis à jour le calendrier des absences.
Pense à transférer tes suivis de relance des partenaires à Isabelle avant ton départ.

Lucie Comeau
Gestionnaire, services ambulatoires"""
        subj = 'RE: Demande de congé — approuvée'
        frm, to = S['comeau'], st
    else:
        body = f"""Bonjour,

{st.full} est en congé de maladie jusqu’au {d_fr(d1, 2)}. Les rendez-vous de sa plage
{g.choice(['santé-voyage', 'PrEP', 'IPPAP'])} ont été redistribués ; Julie communique avec les personnes concernées.

Merci de votre collaboration,
Lucie"""
        subj = 'Absence — réorganisation des plages'
        frm, to = S['comeau'], S['beaulieu']
    return dict(cat='leave', note='staff leave request or approval', subject=subj, frm=frm.addr(), to=[to.addr()], body=body)


def n_paie(g):
    st = S[g.choice(['arsenault', 'chartrand', 'haddad', 'gosselin', 'daigle'])]
    emp = luhn_num(g.rng, 9)
    k = g.rng.randint(0, 2)
    if k == 0:
        body = f"""Bonjour {st.given},

Suite à votre demande, la prime de soir pour la période de paie 07 ({g.rng.randint(8, 14)} heures) n’avait pas été
versée. L’ajustement de {g.rng.randint(40, 160)},{g.rng.randint(10, 99)} $ apparaîtra sur la paie du {d_fr(g.days(9), 2)}.

Matricule : {emp}
Service de la paie — CISSS des Collines"""
        subj = 'Ajustement de paie — prime de soir'
    elif k == 1:
        body = f"""Bonjour,

Vos relevés fiscaux (T4 et Relevé 1) sont disponibles dans le portail employé. Pour toute question, écrivez à
paie@cisss-collines.example en indiquant votre matricule (jamais votre NAS par courriel).

Service de la paie"""
        subj = 'Relevés fiscaux disponibles'
    else:
        body = f"""Bonjour {st.given},

Votre talon de paie du {d_fr(g.days(-3), 2)} montre {g.rng.randint(2, 9)} h de temps supplémentaire au lieu de {g.rng.randint(10, 14)} h
(clinique de vaccination FJ du samedi). Je fais la correction ; montant rétroactif à la prochaine paie.

No d’employé : {grp(emp, (3, 3, 3))}
{signature(S['proulx'], 'fr', 0)}"""
        subj = 'Correction — temps supplémentaire'
    return dict(cat='payroll', note='payroll notice to an employee', subject=subj,
                frm=('Service de la paie', 'paie@cisss-collines.example') if k < 2 else S['proulx'].addr(), to=[st.addr()], body=body)


def n_infolettre(g):
    n_syph = g.rng.randint(40, 90)
    html_items = [
        ('Hausse de la syphilis infectieuse', f'La région a enregistré {n_syph} cas de syphilis infectieuse en 2024, une hausse de {g.rng.randint(12, 40)} % par rapport à 2023. Dre Hélène Vaillancourt rappelle l’importance du dépistage aux 3 mois chez les personnes sous PrEP.'),
        ('Bienvenue', f'Nous souhaitons la bienvenue à M. Gabriel Mercier, travailleur social, qui se joint à l’équipe les {g.choice(["lundis et mercredis", "mardis et jeudis"])}.'),
        ('Fièvre jaune', 'Le Dr Samuel Okafor a renouvelé la désignation de la clinique comme centre de vaccination contre la fièvre jaune. Pensez à diriger les demandes de certificat à l’accueil.'),
        ('Doxy-PEP', 'Une ordonnance collective sur la doxycycline post-exposition est en consultation. Commentaires à Mme Sophie Lemieux, pharmacienne, d’ici la fin du mois.'),
        ('Félicitations', 'Bravo à Mme Priya Patel pour sa présentation sur l’adhésion à la PrEP au congrès de l’AIIC.'),
    ]
    g.rng.shuffle(html_items)
    items = html_items[:g.rng.randint(3, 5)]
    text = f'L’INFOLETTRE CARREFOUR — {MOIS[g.date.month - 1]} {g.date.year}\n\n' + '\n\n'.join(f'{t.upper()}\n{b}' for t, b in items) + \
        '\n\nPour vous désabonner, répondez « désabonnement ».\n' + CLINIC['addr_fr'] + ' — ' + CLINIC['tel']
    html = ('<html><head><meta charset="utf-8"><title>Infolettre</title></head><body style="font-family:Arial">\n'
            f'<h1 style="color:#7a1f5c">L’Infolettre Carrefour</h1>\n<p><i>{MOIS[g.date.month - 1]} {g.date.year}</i></p>\n'
            + '\n'.join(f'<h2>{t}</h2>\n<p>{b}</p>' for t, b in items)
            + f'\n<hr>\n<p style="font-size:small">{CLINIC["fr"]}<br>\n{CLINIC["addr_fr"]}<br>\nTél. {CLINIC["tel"]}</p>\n</body></html>\n')
    atts = []
    if g.rng.random() < 0.3:
        atts.append(att('infolettre.pdf', make_pdf('Infolettre', [('h', 'L’Infolettre Carrefour')] + [('p', t + ' — ' + b) for t, b in items])))
    return dict(cat='newsletter', note='staff newsletter with regional aggregate figures and staff news',
                subject=f'L’Infolettre Carrefour — {MOIS[g.date.month - 1]}', frm=('Communications Carrefour', 'communications@carrefour-clinique.example'),
                to=[('Tout le personnel', 'personnel@carrefour-clinique.example')], body=text, html=html, attachments=atts)


def n_comite(g):
    d = g.days(g.rng.randint(5, 20))
    items = g.choice([
        ['Adoption du compte rendu', 'Révision de l’ordonnance collective PrEP (Dre Desjardins)', 'Bilan régional des cas de mpox (données agrégées, Dre Benjelloun)',
         'Procédure d’entreposage de la Bicillin L-A', 'Varia'],
        ['Suivi des bris de chaîne de froid — T1', 'Nouveau formulaire de consentement à la vaccination', 'Audit hygiène des mains (résultats par unité)',
         'Mise à jour du protocole d’exposition au sang des employés', 'Varia'],
    ])
    body = f"""Bonjour,

Vous êtes convoqué(e)s à la prochaine réunion du comité de prévention et contrôle des infections :
{day_fr(d)} {d.year}, 12 h à 13 h, salle Outaouais (et Teams).

Ordre du jour :
""" + '\n'.join(f'{i + 1}. {x}' for i, x in enumerate(items)) + f"""

Présidence : Dre Mireille Desjardins — Secrétariat : Amélie Gosselin

{signature(S['gosselin'], 'fr', 0)}"""
    start = datetime.datetime.combine(d, datetime.time(12, 0))
    atts = [att('reunion.ics', make_ics(f'cpci-{g.idx}@carrefour-clinique.example', start, start + datetime.timedelta(hours=1),
                                        'Comité PCI', 'Ordre du jour joint', 'Salle Outaouais', S['gosselin'].addr()))] if g.rng.random() < 0.5 else []
    return dict(cat='committee', note='infection prevention committee meeting notice and agenda',
                subject='Convocation — comité PCI', frm=S['gosselin'].addr(), to=[('Comité PCI', 'cpci@carrefour-clinique.example')],
                body=body, attachments=atts)


def n_colloque(g):
    rows = [['Heure', 'Conférence', 'Conférencier(ère)'],
            ['8 h 30', 'Syphilis : une épidémie qui ne ralentit pas', 'Dre Aïcha Benjelloun, DSPublique'],
            ['9 h 15', 'Résistance de N. gonorrhoeae aux céphalosporines', 'Dr Rami Ahmed, microbiologiste'],
            ['10 h 30', 'Fièvre jaune, dengue, chikungunya : quoi de neuf ?', 'Dr Samuel Okafor'],
            ['11 h 15', 'PrEP injectable : où en sommes-nous ?', 'Dre Mireille Desjardins'],
            ['13 h 30', 'Atelier : notification aux partenaires', 'Isabelle Chartrand, inf. clin.'],
            ['14 h 30', 'Le voyageur immunosupprimé', 'Dr Thomas Lindqvist']]
    g.rng.shuffle(rows[2:])
    d = g.days(g.rng.randint(20, 60))
    body = f"""Bonjour,

La 6e Journée régionale ITSS et santé-voyage aura lieu le {d_fr(d, 2)} au Centre des congrès de l’Outaouais.
Programme préliminaire :

{table_text(rows)}

Inscription gratuite pour le personnel (6 h de formation accréditées). Date limite : {d_fr(d - datetime.timedelta(days=10), 2)}.

Comité scientifique"""
    atts = []
    k = g.rng.random()
    if k < 0.3:
        atts.append(att('programme_journee_ITSS_voyage.pdf', make_pdf('Programme', [('h', 'Journée régionale ITSS et santé-voyage'), ('t', rows)])))
    elif k < 0.45:
        atts.append(att('presentations.zip', make_zip([('01_syphilis.txt', 'Diapositives disponibles après la journée.'.encode('utf-8')),
                                                        ('programme.csv', make_csv(rows))])))
    return dict(cat='conference', note='regional training day programme with speakers and topics',
                subject='Programme — Journée régionale ITSS et santé-voyage', frm=('Formation continue', 'formation@cisss-collines.example'),
                to=[('Personnel clinique', 'personnel@carrefour-clinique.example')], body=body, attachments=atts)


def n_affichage(g):
    poste = g.choice([('Infirmière clinicienne / infirmier clinicien — santé-voyage', 'vaccination, counseling pré-voyage, certificats de fièvre jaune'),
                      ('Infirmière / infirmier — ITSS et PrEP', 'dépistage, IPPAP, suivi PrEP, ordonnances collectives'),
                      ('Agent(e) administratif(ve) classe 2', 'accueil, prise de rendez-vous, facturation des vaccins voyage')])
    body = f"""AFFICHAGE INTERNE — no {g.rng.randint(2025001, 2025400)}

Poste : {poste[0]}
Statut : permanent, temps complet (35 h/sem.)
Lieu : {CLINIC['fr']}
Tâches principales : {poste[1]}.
Exigences : {g.choice(['BAC en sciences infirmières, membre de l’OIIQ', 'DEC en techniques administratives', 'Deux ans d’expérience en santé publique'])}; bilinguisme un atout.
Échelle salariale : {g.rng.randint(28, 36)},{g.rng.randint(10, 99)} $ à {g.rng.randint(45, 55)},{g.rng.randint(10, 99)} $ / h

Période d’affichage : du {d_fr(g.date, 2)} au {d_fr(g.days(14), 2)}.
Faire parvenir votre candidature à Chantal Proulx, CRHA, rh@cisss-collines.example."""
    return dict(cat='job_posting', note='internal job posting', subject=f'Affichage de poste — {poste[0].split(" —")[0]}',
                frm=S['proulx'].addr(), to=[('Tout le personnel', 'personnel@carrefour-clinique.example')], body=body)


def n_facture(g):
    items = g.rng.sample([('YF-VAX 1 dose', 'UJ8{}AA', 142.50), ('Twinrix 1 mL', 'AHABB{}', 78.10), ('Typhim Vi', 'V1A{}', 41.25),
                          ('Ixiaro 0,5 mL', 'JEV24{}', 198.00), ('Dukoral 2 doses', 'DK{}B', 63.40), ('Imovax Rage', 'R3{}1', 221.75),
                          ('Vivotif 4 caps.', 'VV{}', 52.30)], 4)
    rows = [['Produit', 'Lot', 'Qté', 'Prix unitaire', 'Total']]
    tot = 0
    for name, lot, px in items:
        q = g.rng.randint(5, 40)
        tot += q * px
        rows.append([name, lot.format(g.rng.randint(100, 999)), q, f'{px:.2f}', f'{q * px:.2f}'])
    tps = luhn_num(g.rng, 9)
    fac = f'F-{g.date.year}-{g.rng.randint(1000, 9999)}'
    body = f"""Bonjour,

Veuillez trouver ci-joint la facture {fac} pour la livraison du {d_fr(g.days(-2), 2)}.
Montant total : {f'{tot * 1.14975:,.2f}'.replace(',', ' ').replace('.', ',')} $ (taxes incluses). Paiement net 30 jours.

No client : {g.rng.randint(40000, 49999)}
TPS : {grp(tps, (3, 3, 3))} RT0001 — TVQ : {luhn_num(g.rng, 10)} TQ0001

{signature(S['drouin'], 'fr', 0)}"""
    kind = g.choice(['pdf', 'xlsx'])
    data = make_pdf('Facture ' + fac, [('h', 'Distrivax inc. — Facture ' + fac), ('t', rows), ('p', f'Total avant taxes : {tot:.2f} $')]) if kind == 'pdf' else make_xlsx([('Facture', rows)])
    return dict(cat='invoice', note='vaccine distributor invoice with lot numbers and tax numbers', subject=f'Facture {fac} — Distrivax',
                frm=S['drouin'].addr(), to=[('Comptes fournisseurs', 'comptes@carrefour-clinique.example'), S['bedard'].addr()], body=body,
                attachments=[att(f'{fac}.{kind}', data)])


def n_commande(g):
    po = f'BC-{g.date.year}-{g.rng.randint(100, 999)}'
    rows = [['Article', 'Code', 'Qté'],
            ['Condoms externes (boîte de 144)', f'CX-{g.rng.randint(1000, 9999)}', g.rng.randint(4, 20)],
            ['Lubrifiant à base d’eau, sachets', f'LB-{g.rng.randint(1000, 9999)}', g.rng.randint(2, 10)],
            ['Écouvillons TAAN multi-sites (trousse)', f'SW-{g.rng.randint(1000, 9999)}', g.rng.randint(100, 400)],
            ['Trousses de dépistage rapide VIH', f'RT-{g.rng.randint(1000, 9999)}', g.rng.randint(24, 96)],
            ['Bicillin L-A 2,4 M UI (seringue)', f'BL-{g.rng.randint(1000, 9999)}', g.rng.randint(10, 30)]]
    body = f"""Bonjour,

Voici le bon de commande {po} pour la clinique ITSS. Livraison au local 300, à l’attention de Marc-André Bédard.
Centre de coûts : 7{g.rng.randint(1000, 9999)}

{table_text(rows)}

Merci,
{signature(S['bedard'], 'fr', 0)}"""
    atts = [att(f'{po}.csv', make_csv(rows, ';'), charset='utf-8')] if g.rng.random() < 0.5 else []
    return dict(cat='purchase_order', note='purchase order for clinic supplies', subject=f'Bon de commande {po}',
                frm=S['bedard'].addr(), to=[('Approvisionnement', 'approvisionnement@cisss-collines.example')], body=body, attachments=atts)


def n_inventaire(g):
    logger = luhn_num(g.rng, 10)
    rows = [['Vaccin', 'Lot', 'Péremption', 'Doses']]
    for v, lot in [('YF-VAX', 'UJ8{}AA'), ('Twinrix', 'AHABB{}'), ('Havrix 1440', 'AHAVB{}'), ('Typhim Vi', 'V1A{}'),
                   ('Ixiaro', 'JEV24{}'), ('Gardasil 9', 'X0{}21'), ('Engerix-B', 'AHBVC{}')]:
        rows.append([v, lot.format(g.rng.randint(100, 999)), d_fr(g.days(g.rng.randint(60, 600)), 0), g.rng.randint(0, 60)])
    k = g.rng.randint(0, 1)
    if k == 0:
        body = f"""Bonjour,

Inventaire mensuel du réfrigérateur à vaccins (salle 2) :

{table_text(rows)}

Températures min/max du mois : 2,8 °C / 7,1 °C. Aucun bris de chaîne de froid.
Enregistreur de données no de série {grp(logger, (4, 3, 3), '-')}, étalonné le {d_fr(g.days(-80), 2)}.

Kevin"""
        subj = 'Inventaire vaccins — ' + MOIS[g.date.month - 1]
    else:
        body = f"""Bonjour Sophie,

Bris de chaîne de froid cette nuit (panne électrique) : température maximale 11,4 °C pendant 2 h 40.
Les vaccins sont en quarantaine, identifiés « NE PAS UTILISER ». Liste jointe pour la déclaration au
programme d’immunisation. Enregistreur {logger}.

Kevin"""
        subj = 'Bris de chaîne de froid — frigo salle 2'
    atts = [att('inventaire_vaccins.xlsx', make_xlsx([('Inventaire', rows)]))] if (k == 1 or g.rng.random() < 0.4) else []
    return dict(cat='inventory', note='vaccine fridge inventory or cold chain excursion', subject=subj, frm=S['arsenault'].addr(),
                to=[S['lemieux'].addr()], body=body, attachments=atts)


def n_ti(g):
    k = g.rng.randint(0, 3)
    asset = luhn_num(g.rng, 9)
    if k == 0:
        body = f"""Bonjour,

La migration du dossier médical électronique (DME) vers la version 12.4 aura lieu {day_fr(g.days(5))} de 18 h à 23 h.
Pendant ce temps, les modules « Résultats de laboratoire », « Vaccination » et « Ordonnances » seront inaccessibles.
Imprimez vos listes de rendez-vous du lendemain avant 17 h.

Daniel Fitzgerald
Soutien informatique — poste 290"""
        subj = 'Interruption planifiée — DME'
    elif k == 1:
        body = """ATTENTION — tentative d’hameçonnage

Un courriel intitulé « Résultats de laboratoire en attente — cliquez ici » circule présentement. Il ne provient
pas du laboratoire. Ne cliquez pas sur le lien et transférez-le en pièce jointe à securite@cisss-collines.example.

Sécurité de l’information"""
        subj = 'Alerte hameçonnage — faux courriel de résultats'
    elif k == 2:
        body = f"""Bonjour {S['arsenault'].given},

Votre nouveau portable est prêt : Latitude 7450, no de série {grp(asset, (3, 3, 3))}, étiquette d’actif CISSS-{g.rng.randint(10000, 99999)}.
Passez au local 110 avec l’ancien appareil. Votre mot de passe temporaire vous sera remis en main propre.

Daniel"""
        subj = 'Remplacement de portable'
    else:
        body = f"""Bonjour,

L’imprimante d’étiquettes de la salle de prélèvement (Zebra, S/N {asset}) est remplacée. Les étiquettes
de tubes doivent maintenant être imprimées sur la file « PRELEV-2 ». Guide joint.

Daniel"""
        subj = 'Nouvelle imprimante — salle de prélèvement'
    atts = []
    if k == 1 and g.rng.random() < 0.6:
        inner = dict(frm=('Laboratoire Resultats', 'noreply@labo-resultats-secure.example'), to=[('Personnel', 'personnel@carrefour-clinique.example')],
                     subject='Résultats de laboratoire en attente', date=datetime.datetime(g.date.year, g.date.month, g.date.day, 6, 12,
                                                                                             tzinfo=datetime.timezone(datetime.timedelta(hours=-4))),
                     msgid=f'<{g.rng.randint(10**8, 10**9)}@labo-resultats-secure.example>',
                     body='Vous avez 3 résultats en attente. Cliquez ici pour les consulter : http://labo-resultats-secure.example/login', lang='fr')
        atts.append(att_eml('exemple_hameconnage.eml', inner))
    return dict(cat='it_notice', note='IT notice (outage, phishing, equipment)', subject=subj,
                frm=S['fitzgerald'].addr(), to=[S['arsenault'].addr()] if k == 2 else [('Personnel', 'personnel@carrefour-clinique.example')],
                body=body, attachments=atts)


def n_batiment(g):
    d = g.days(g.rng.randint(2, 10))
    body = g.choice([
        f"""Bonjour,

L’eau sera coupée au 3e étage {day_fr(d)} de 7 h à 9 h pour le remplacement d’une valve. Les lavabos de la salle
de prélèvement et des salles 1 à 6 seront hors service. Des solutions hydroalcooliques supplémentaires seront disponibles.

Éric Daigle, responsable des installations — poste 295""",
        f"""Bonjour,

Exercice d’évacuation incendie {day_fr(d)} vers 10 h 30. Les personnes en consultation doivent être accompagnées
vers la sortie est. Point de rassemblement : stationnement P2.

Éric""",
        f"""Bonjour,

Le réfrigérateur à vaccins de la salle 2 sera branché sur la génératrice d’urgence à partir de {day_fr(d)}.
Un électricien (Électro-Rivière, 819-555-0188) sera sur place de 8 h à midi.

Éric Daigle"""])
    return dict(cat='facilities', note='facilities notice', subject=g.choice(['Avis — travaux', 'Exercice d’évacuation', 'Avis aux occupants du 3e']),
                frm=S['daigle'].addr(), to=[('Occupants 3e étage', 'etage3@carrefour-clinique.example')], body=body)


def n_stats(g):
    tests = g.rng.randint(1100, 1500)
    ct, ng, sy = g.rng.randint(70, 110), g.rng.randint(25, 45), g.rng.randint(6, 15)
    rows = [['Groupe d’âge', 'Dépistages', 'Chlamydia', 'Gonorrhée', 'Syphilis inf.'],
            ['15-24 ans', tests // 3, ct // 2, ng // 3, sy // 4], ['25-34 ans', tests // 3, ct // 3, ng // 3, sy // 3],
            ['35 ans et +', tests - 2 * (tests // 3), ct - ct // 2 - ct // 3, ng - 2 * (ng // 3), sy - sy // 4 - sy // 3]]
    body = f"""Bonjour,

Bilan du trimestre (données agrégées, aucune donnée nominative) :

- Dépistages ITSS : {tests}
- Chlamydia : {ct} ({f'{ct / tests * 100:.1f}'.replace('.', ',')} %), gonorrhée : {ng}, syphilis infectieuse : {sy}, nouveaux diagnostics VIH : {g.rng.randint(0, 3)}
- Personnes actives sous PrEP : {g.rng.randint(380, 520)}
- Consultations santé-voyage : {g.rng.randint(300, 480)}, vaccins contre la fièvre jaune : {g.rng.randint(80, 160)}

{table_text(rows)}

Les cellules de moins de 5 sont à supprimer avant toute diffusion externe.

Marc-André"""
    atts = [att('bilan_trimestriel.xlsx', make_xlsx([('Bilan', rows)]))] if g.rng.random() < 0.5 else []
    return dict(cat='statistics', note='quarterly aggregate activity statistics', subject='Bilan trimestriel — activité clinique',
                frm=S['bedard'].addr(), to=[S['comeau'].addr()], body=body, attachments=atts)


def n_cas(g):
    case = g.choice([
        ('Homme de 34 ans, HARSAH, sous PrEP depuis 2 ans. Ulcère indolore du sillon balano-préputial depuis 10 jours, '
         'adénopathie inguinale. RPR 1:64, TPPA réactif. Questions : 1) Diagnostic ? 2) Traitement ? 3) Suivi sérologique ?'),
        ('Femme de 27 ans de retour du Ghana (visite familiale, 4 semaines), sans chimioprophylaxie. Fièvre à 39,5 °C '
         'depuis 2 jours. Questions : 1) Quels examens en urgence ? 2) Conduite si frottis positif à P. falciparum à 3 % ?'),
        ('Voyageur de 68 ans, jamais vacciné contre la fièvre jaune, part au Brésil (Minas Gerais). Thymectomie en 2010. '
         'Questions : 1) Contre-indication ? 2) Que remettre comme document ?'),
    ])
    body = f"""Bonjour à tous,

Cas clinique du mois (dé-identifié, tiré de la littérature et modifié) pour la réunion de formation de {day_fr(g.days(3))} :

{case}

Réponses et discussion en réunion. Présentation par {g.choice(['Dre Desjardins', 'Dr Lindqvist', 'Nadia Haddad, IPS'])}.

{signature(S['comeau'], 'fr', 0)}"""
    return dict(cat='teaching_case', note='de-identified teaching case for staff education', subject='Cas clinique du mois',
                frm=S['comeau'].addr(), to=[('Équipe clinique', 'equipe@carrefour-clinique.example')], body=body)


def n_gabarit(g):
    k = g.rng.randint(0, 2)
    atts = []
    if k == 0:
        body = """Bonjour,

Voici le gabarit révisé de la lettre aux partenaires (à fusionner depuis le DME) :

---
Bonjour «PRENOM» «NOM»,

Une personne avec qui vous avez eu des relations récemment a reçu un diagnostic d’infection transmissible
sexuellement. Nous vous recommandons un dépistage et un traitement. Appelez-nous au 819-555-0140, poste 214.
Né(e) le : «DATE_NAISSANCE» — Dossier : «NO_DOSSIER»
---

Merci de ne plus utiliser l’ancienne version.
Isabelle"""
        subj = 'Gabarit — lettre aux partenaires (v3)'
        frm = S['chartrand']
    elif k == 1:
        doc = make_docx('Questionnaire pré-voyage', ['Nom : ______________________   Prénom : ____________________',
                                                      'Date de naissance : ____ / ____ / ________   Sexe : ☐ F ☐ M ☐ X',
                                                      'NAM : ____ ____ ____   Téléphone : (____) ____-______',
                                                      'Destination(s) : ______________________________  Durée : ______',
                                                      'Problèmes de santé : ☐ diabète ☐ VIH ☐ grossesse ☐ immunosuppression ☐ autre : ______',
                                                      'Médicaments : ____________________________________________'])
        atts.append(att('questionnaire_pre-voyage_VIERGE.docx', doc))
        body = 'Bonjour,\n\nVersion vierge du questionnaire pré-voyage à imprimer pour la salle d’attente (100 copies).\n\nKevin'
        subj = 'Questionnaire pré-voyage — version vierge'
        frm = S['arsenault']
    else:
        body = """Bonjour,

Texte du rappel SMS/courriel automatique (publipostage) :

« Bonjour {{prenom}}, vous avez rendez-vous le {{date_rdv}} à {{heure}} à la Clinique Carrefour pour {{motif}}.
Pour annuler : 819-555-0140. »

Le champ {{motif}} doit rester générique (« consultation ») pour la confidentialité.
Julie"""
        subj = 'Texte du rappel automatique — à valider'
        frm = S['beaulieu']
    return dict(cat='blank_form', note='blank form or mail-merge template', subject=subj, frm=frm.addr(),
                to=[S['comeau'].addr()], body=body, attachments=atts)


def n_rupture(g):
    prod = g.choice([
        ('Bicillin L-A (benzathine pénicilline G) 2,4 M UI', 'doxycycline 100 mg PO BID x 14 jours pour la syphilis précoce (sauf grossesse)'),
        ('YF-VAX', 'Stamaril via le Programme d’accès spécial ; les rendez-vous FJ sont limités aux départs de moins de 30 jours'),
        ('Vivotif', 'Typhim Vi injectable'),
        ('azithromycine 250 mg', 'fractionner les prescriptions de réserve pour la diarrhée du voyageur'),
    ])
    fwd = g.rng.random() < 0.4
    body = f"""AVIS DE RUPTURE D’APPROVISIONNEMENT

Produit : {prod[0]}
Durée prévue : {g.rng.randint(3, 12)} semaines (avis du fabricant du {d_fr(g.days(-4), 2)})
Conduite recommandée : {prod[1]}.

Les stocks résiduels sont réservés aux situations prioritaires (grossesse, syphilis tardive, etc.).

{signature(S['lemieux'], 'fr', 0)}"""
    if fwd:
        body = ('Pour information — à afficher au poste infirmier.\n\nMarc-André\n\n-------- Message transféré --------\n'
                f'De : {S["lemieux"].full} <{S["lemieux"].email}>\nDate : {d_fr(g.days(-1), 2)}\nObjet : Avis de rupture\n\n' + body)
    return dict(cat='drug_shortage', note='drug or vaccine shortage notice', subject=('TR: ' if fwd else '') + f'Rupture — {prod[0].split(" (")[0]}',
                frm=S['bedard'].addr() if fwd else S['lemieux'].addr(), to=[('Prescripteurs', 'prescripteurs@carrefour-clinique.example')], body=body)


def n_rappel(g):
    lot = f'{g.choice(["24H", "25A", "24K"])}{g.rng.randint(1000, 9999)}'
    body = f"""RAPPEL DE PRODUIT — classe II

Produit : trousse de dépistage rapide VIH-1/2 (bandelette), lot {lot}, péremption {d_fr(g.days(200), 0)}
Motif : taux de résultats invalides supérieur aux spécifications.
Action : retirer les trousses du lot {lot}, les mettre en quarantaine et remplir le formulaire de retour.
Les résultats valides déjà rendus ne sont pas remis en cause selon le fabricant.

Nombre de trousses à retourner (clinique) : {g.rng.randint(10, 60)}

Service de pharmacie — CISSS des Collines"""
    return dict(cat='recall', note='product recall for rapid test kits', subject=f'Rappel — trousses VIH lot {lot}',
                frm=('Pharmacie CISSS', 'pharmacie@cisss-collines.example'), to=[S['lemieux'].addr(), S['bedard'].addr()], body=body)


def n_sante_travail(g):
    st = S[g.choice(['arsenault', 'kowalski', 'chartrand', 'gosselin'])]
    k = g.rng.randint(0, 2)
    if k == 0:
        body = f"""Bonjour {st.given},

Votre test cutané à la tuberculine (TCT) d’embauche lu le {d_fr(g.days(-1), 2)} est à 0 mm. Aucun suivi requis.
Votre statut vaccinal (hépatite B) est complet. Vous êtes apte au travail.

Santé et sécurité au travail — CISSS des Collines"""
        subj = 'Bilan de santé au travail — embauche'
    elif k == 1:
        body = """Bonjour à tous,

La campagne de vaccination antigrippale des employés se tiendra du 15 au 26 octobre à la salle 110.
Apportez votre carte d’employé. Les employés qui ont eu une réaction à une dose antérieure doivent
consulter le service de santé au travail avant.

Santé au travail"""
        subj = 'Vaccination antigrippale des employés'
    else:
        body = f"""Bonjour {st.given},

Suite à ton exposition accidentelle (piqûre d’aiguille) du {d_fr(g.days(-14), 2)} au travail, ton suivi à 2 semaines est terminé.
Le formulaire de déclaration d’accident du travail a été transmis à la CNESST. Prochain suivi à 6 semaines.

Santé au travail"""
        subj = 'Suivi — exposition au travail'
    return dict(cat='occupational_health', note='employee occupational health message', subject=subj,
                frm=('Santé au travail', 'sst@cisss-collines.example'), to=[st.addr()] if k != 1 else [('Tout le personnel', 'personnel@carrefour-clinique.example')],
                body=body)


def n_candidat(g):
    cand = g.choice([('Mélissa', 'Ouimet'), ('Frédéric', 'Leduc'), ('Anaïs', 'Brochu'), ('Carlos', 'Mendes')])
    d = g.days(g.rng.randint(3, 10))
    body = f"""Bonjour Lucie,

J’ai fixé les entrevues pour le poste d’infirmière clinicienne en santé-voyage :
- {cand[0]} {cand[1]} : {day_fr(d)} à 10 h
- {g.choice(['Justine Larocque', 'Sami Haddou', 'Véronika Pohl'])} : {day_fr(d)} à 13 h 30

Comité : toi, Dr Okafor et moi. CV en pièce jointe (confidentiel RH).

{signature(S['proulx'], 'fr', 0)}"""
    cv = make_docx('Curriculum vitae', [f'{cand[0]} {cand[1]}', 'Infirmière clinicienne, B. Sc. inf.',
                                         'Expérience : clinique de vaccination, 2019-2025', 'Formation : certificat en santé internationale'])
    return dict(cat='hr_candidate', note='job interview scheduling with candidate CV', subject='Entrevues — infirmière santé-voyage',
                frm=S['proulx'].addr(), to=[S['comeau'].addr(), S['okafor'].addr()], body=body,
                attachments=[att(f'CV_{cand[1]}.docx', cv)])


def n_bebe(g):
    st = S[g.choice(['patel', 'chartrand', 'lemieux', 'beaulieu'])]
    bd = g.days(-g.rng.randint(1, 4))
    baby = g.choice(['Léa', 'Éloïse', 'Nathan', 'Arjun', 'Rose'])
    body = f"""Bonjour l’équipe !

Bonne nouvelle : {st.given} a accouché de {baby}, {"née" if baby in ("Léa", "Éloïse", "Rose") else "né"} le {d_fr(bd, 2)} à {g.rng.randint(1, 23)} h {g.rng.randint(10, 59)},
{g.rng.randint(2, 4)},{g.rng.randint(100, 950)} kg. La maman et le bébé vont très bien.

Une carte circule à l’accueil pour ceux qui veulent signer, et une cagnotte pour un cadeau.

Lucie"""
    return dict(cat='staff_news', note='announcement of a colleague baby birth', subject=f'Bienvenue à {baby} !',
                frm=S['comeau'].addr(), to=[('Équipe', 'equipe@carrefour-clinique.example')], body=body)


def n_recherche(g):
    body = f"""Bonjour,

Le comité d’éthique de la recherche a approuvé la version 2.1 du protocole « DOXY-Carrefour : acceptabilité de la
doxycycline post-exposition chez les usagers de la PrEP » (no CER-{g.date.year}-{g.rng.randint(100, 999)}).

Critères d’inclusion : 18 ans et plus, sous PrEP depuis au moins 3 mois, au moins une ITS bactérienne dans les
12 derniers mois. Exclusion : allergie aux tétracyclines, grossesse.
Taille visée : 150 participants. Le recrutement débutera le {d_fr(g.days(21), 2)}.

Chercheure principale : Dre Mireille Desjardins. Coordination : Priya Patel.
Le protocole et le formulaire de consentement vierge sont joints."""
    atts = [att('protocole_DOXY-Carrefour_v2.1.pdf', make_pdf('Protocole', [('h', 'DOXY-Carrefour — protocole v2.1'),
                                                                               ('p', 'Objectif, devis, critères, analyse statistique (aucune donnée nominative).')]))]
    return dict(cat='research_protocol', note='research protocol approval without participant identities',
                subject='Approbation CER — protocole DOXY-Carrefour v2.1', frm=S['desjardins'].addr(),
                to=[('Équipe de recherche', 'recherche@carrefour-clinique.example')], body=body, attachments=atts)


def n_avis_voyage(g):
    body = g.choice([
        """Bonjour,

Éclosion de rougeole en cours dans plusieurs pays d’Europe et d’Asie du Sud-Est. Vérifiez le statut vaccinal de
tous les voyageurs nés en 1970 ou après (2 doses de RRO). Les nourrissons de 6 à 11 mois qui voyagent peuvent
recevoir une dose précoce.

Dr Samuel Okafor""",
        """Bonjour,

Mise à jour OMS des exigences de certificat de fièvre jaune : plusieurs pays exigent maintenant le certificat
pour les voyageurs en transit de plus de 12 h dans un pays à risque. Le tableau mis à jour est affiché au poste
infirmier. Rappel : le certificat est valide à vie.

Dr Okafor""",
        """Bonjour,

Hausse des cas de dengue aux Antilles et en Amérique latine. Le vaccin Qdenga n’est pas recommandé chez les
voyageurs sans infection antérieure documentée. Insister sur la protection contre les piqûres.

Samuel"""])
    return dict(cat='travel_advisory', note='travel health advisory for clinicians', subject=g.choice(['Avis santé-voyage', 'Mise à jour — voyageurs']),
                frm=S['okafor'].addr(), to=[('Équipe voyage', 'voyage@carrefour-clinique.example')], body=body)


def n_reunion(g):
    body = f"""Compte rendu — réunion d’équipe du {d_fr(g.days(-1), 2)}

Présences : Dre Vaillancourt, Dre Desjardins, Dr Okafor, N. Haddad, I. Chartrand, P. Patel, K. Arsenault, J. Beaulieu

1. Délais de rappel des résultats positifs : cible 48 h atteinte à {g.rng.randint(82, 97)} % ce mois-ci.
2. Clinique PrEP : {g.rng.randint(10, 30)} personnes en liste d’attente ; ajout d’une plage le jeudi soir.
3. Fièvre jaune : commande de {g.rng.randint(20, 60)} doses pour la saison estivale.
4. Formation Bicillin (technique IM ventrofessière) : à planifier avec Sophie.

Prochaine réunion : {d_fr(g.days(27), 2)}.
Rédigé par Amélie Gosselin"""
    return dict(cat='minutes', note='team meeting minutes without patient details', subject='Compte rendu — réunion d’équipe',
                frm=S['gosselin'].addr(), to=[('Équipe clinique', 'equipe@carrefour-clinique.example')], body=body)


def n_contact_fournisseur(g):
    body = f"""Bonjour Marc-André,

Suite à notre rencontre, voici ma fiche contact. Je serai votre représentant pour les vaccins voyage
(YF-VAX, Ixiaro, Dukoral) à partir du {d_fr(g.days(7), 2)}.

{signature(S['drouin'], 'fr', 0)}"""
    card = make_vcf('Martin', 'Drouin', tel='1-888-555-0193', email=S['drouin'].email, org='Distrivax inc.', title='Représentant')
    return dict(cat='vendor_contact', note='vendor representative contact card', subject='Coordonnées — nouveau représentant',
                frm=S['drouin'].addr(), to=[S['bedard'].addr()], body=body, attachments=[att('Martin_Drouin.vcf', card)])


def n_reponse(g):
    k = g.rng.randint(0, 1)
    if k == 0:
        a, b = S['arsenault'], S['kowalski']
        orig = (f"Salut Emma,\n\nEst-ce que tu pourrais prendre ma clinique de fièvre jaune du {day_fr(g.days(9))} ? "
                "J’ai un rendez-vous chez le dentiste. Je te redonne ton samedi en échange.\n\nKevin")
        reply = 'Pas de problème, je prends ta clinique. Avise Marc-André pour l’horaire.'
        subj = 'RE: échange de quart'
    else:
        a, b = S['lemieux'], S['chartrand']
        orig = (f"Bonjour Isabelle,\n\nJe propose la formation sur l’administration de la Bicillin L-A (technique ventrofessière) "
                f"le {day_fr(g.days(12))} à 12 h. Peux-tu confirmer combien d’infirmières seront présentes ?\n\nSophie")
        reply = 'Nous serons 5, dont Priya et Kevin. Merci Sophie !'
        subj = 'RE: formation Bicillin'
    hdr = g.choice([f'Le {d_fr(g.days(-1), 2)} à 16:{g.rng.randint(10, 59)}, {a.full} <{a.email}> a écrit :',
                    f'-----Message d\'origine-----\nDe : {a.full}\nEnvoyé : {d_fr(g.days(-1), 2)} 08:{g.rng.randint(10, 59)}\nÀ : {b.full}\nObjet : {subj[4:]}'])
    body = f'{reply}\n\n{b.given}\n\n{hdr}\n{quote(orig)}'
    return dict(cat='reply', note='staff reply thread about a shift swap or training', subject=subj, frm=b.addr(), to=[a.addr()],
                body=body, in_reply_to=True)


PLAN_NFR = [(n_horaire, 4), (n_reponse, 2), (n_conge, 5), (n_paie, 4), (n_infolettre, 4), (n_comite, 4), (n_colloque, 4), (n_affichage, 3),
            (n_facture, 4), (n_commande, 4), (n_inventaire, 5), (n_ti, 5), (n_batiment, 3), (n_stats, 5), (n_cas, 4),
            (n_gabarit, 5), (n_rupture, 4), (n_rappel, 2), (n_sante_travail, 4), (n_candidat, 3), (n_bebe, 2),
            (n_recherche, 2), (n_avis_voyage, 3), (n_reunion, 3), (n_contact_fournisseur, 2)]
assert sum(n for _, n in PLAN_NFR) == 90, sum(n for _, n in PLAN_NFR)
