"""Negative (non-confidential) messages in French – part 1: HR, schedules, newsletters, purchasing."""
import datetime

from gen_org import (ADDR1, ADDR2, DOM, EMPLOYEES_FR, HOSP, ORG_FR, PARTNERS, SPEAKERS, STAFF, UNITS,
                     emp_email, partner_addr, st)
from gen_render import att_docx, att_ics, att_pdf, att_xlsx
from gen_tpl import Msg

ANES = ["vaillancourt", "benslimane", "trudel", "archambault", "ashworth", "okonkwo"]


def garde_xlsx(t):
    m = Msg(t, "neg", "schedule", "anaesthesia on-call schedule for next month (XLSX)")
    first = (t.when.date().replace(day=1) + datetime.timedelta(days=32)).replace(day=1)
    rows = [["Date", "Jour", "Garde bloc", "Garde SDA", "Back-up", "Clinique douleur"]]
    d = first
    jours = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]
    while d.month == first.month:
        a = t.c.rng.sample(ANES, 4)
        rows.append([d.isoformat(), jours[d.weekday()], STAFF[a[0]].name("fr"), STAFF[a[1]].name("fr"),
                     STAFF[a[2]].name("fr"), "—" if d.weekday() >= 5 else STAFF[a[3]].name("fr")])
        d += datetime.timedelta(days=1)
    m.atts = [att_xlsx(f"Garde_anesthesie_{first:%Y-%m}.xlsx", [(f"{first:%m-%Y}", rows)], st("brisebois").plain())]
    a, b = t.c.rng.sample(ANES, 2)
    fridays = [r[0] for r in rows[1:] if r[1] == "ven"]
    closed = datetime.date.fromisoformat(t.pick(fridays))
    m.frm = st("brisebois").addr()
    m.to = [("Anesthésiologistes HSA", f"anesthesie-md@{DOM}")]
    m.subject = t.pick([f"Horaire de garde – {first.month:02d}/{first.year}", "Horaire de garde du mois prochain (version finale)",
                        "Garde anesthésie – version 2"])
    m.body = f"""{t.hello()}

Vous trouverez ci-joint l'horaire de garde pour le mois prochain.

Changements depuis la version précédente : {STAFF[a].name('fr')} remplace {STAFF[b].name('fr')} le {t.randint(2, 27)} (congrès) et la clinique de la douleur est fermée le vendredi {closed.day} (journée de formation).

Les échanges de garde doivent être approuvés par le chef de département.

{t.bye()}
{t.sign('brisebois')}"""
    return m


def conge(t):
    m = Msg(t, "neg", "hr_leave", "staff vacation request approval")
    who = st(t.pick(["berube", "murray", "houle", "ferland", "lindgren", "seguin"]))
    boss = st(t.pick(["vaillancourt", "archambault"]))
    d1 = t.future(20, 90)
    d2 = d1 + datetime.timedelta(days=t.pick([4, 11, 13]))
    m.frm = boss.addr()
    m.to = [who.addr()]
    m.cc = [st("whitmore").addr()]
    m.subject = t.pick(["RE: Demande de vacances", "Vacances approuvées", f"Congé du {d1:%d/%m} au {d2:%d/%m}"])
    m.in_reply_to = t.synth_msgid()
    prev = t.earlier(20, 100)
    q = f"""Bonjour,

J'aimerais prendre mes vacances du {t.day(d1)} au {t.day(d2)}. {t.pick(['Caroline a accepté de me remplacer.', 'Ma collègue du soir peut couvrir les appels.', 'J’ai déjà fait le transfert de mes suivis.'])}

Merci
{who.given}"""
    m.body = f"""{t.hello(who.given)}

C'est approuvé. Merci d'inscrire le congé dans le système de gestion des horaires avant la fin de la période de paie.

{boss.given}

{t.quote(who.plain(), who.email, prev, q, subject='Demande de vacances', to=boss.plain())}"""
    return m


def paie(t):
    m = Msg(t, "neg", "payroll", "payroll correction notice to an employee")
    who = st(t.pick(["berube", "murray", "houle", "ferland", "lindgren", "pepin", "demers"]))
    emp_no = t.c.luhn_serial(6)
    per = t.randint(1, 26)
    amt = f"{t.randint(80, 640)},{t.randint(10, 99)}"
    m.frm = st("quintal").addr()
    m.to = [who.addr()]
    m.subject = t.pick([f"Correction de paie – période {per}", "Prime de garde non versée", "Votre relevé de paie"])
    m.body = f"""{t.hello(who.given)}

Suite à votre demande, nous avons vérifié votre relevé de la période {per}. Les heures de disponibilité (garde) du {t.short(t.past(10, 30))} n'avaient pas été saisies.

Matricule : {emp_no}
Montant de l'ajustement : {amt} $ (brut)
Versement : paie du {t.day(t.future(5, 14))}

Vous pouvez consulter votre relevé dans le portail employé. Pour toute question, répondez à ce courriel.

{t.bye()}
{t.sign('quintal')}"""
    return m


def infolettre(t):
    m = Msg(t, "neg", "newsletter", "department newsletter naming physicians and their interests")
    sp = t.c.rng.sample(SPEAKERS, 2)
    e1 = t.pick([x for x in EMPLOYEES_FR if x[2] == "F"])
    e2 = t.pick([x for x in EMPLOYEES_FR if x != e1])
    fe = "e" if sp[0][0] == "Dre" else ""
    doc = st(t.pick(["trudel", "benslimane", "feldstein"]))
    n_cases = t.randint(1100, 1600)
    m.frm = ("Communications – Anesthésiologie", f"communications@{DOM}")
    m.to = [("Personnel – Département d'anesthésiologie", f"anesthesie-tous@{DOM}")]
    m.subject = t.pick(["L'Écho du bloc – infolettre", f"Infolettre anesthésie – {t.when.month:02d}/{t.when.year}", "Nouvelles du département"])
    m.body = f"""L'ÉCHO DU BLOC – Infolettre du Département d'anesthésiologie

Bienvenue!
Nous accueillons {sp[0][0]} {sp[0][2]} {sp[0][3]}, anesthésiologiste formé{fe} en médecine de la douleur, qui s'intéresse particulièrement au syndrome douloureux régional complexe et aux névralgies post-zostériennes. {'Elle' if fe else 'Il'} se joindra à l'équipe de la clinique de la douleur en septembre.

Départ à la retraite
Après 31 ans au bloc opératoire, Mme {e1[0]} {e1[1]}, infirmière en salle de réveil, prend sa retraite. Un 5 à 7 aura lieu le {t.day(t.future(5, 25))} à la cafétéria.

Bon coup
{doc.name('fr')} a présenté les résultats de notre projet sur la réduction des opioïdes après arthroplastie du genou : la consommation moyenne d'hydromorphone à 24 h a diminué de 38 %.

En chiffres
Cette année : {n_cases} évaluations à la CEPA, {t.randint(300, 520)} infiltrations en fluoroscopie, taux d'annulation le jour même de {t.randint(18, 45) / 10:.1f} %.

Rappel
{sp[1][0]} {sp[1][2]} {sp[1][3]} ({sp[1][4]}) donnera la conférence « Fibromyalgie : ce qui a changé » aux grandes conférences du mois.

Pour proposer une nouvelle : {'Mme' if e2[2] == 'F' else 'M.'} {e2[0]} {e2[1]}, {emp_email(*e2)}"""
    m.tx = {"mode": t.pick(["html", "alt"])}
    return m


def comite(t):
    m = Msg(t, "neg", "committee_notice", "perioperative committee meeting notice with agenda and ICS")
    d = t.future(7, 30)
    pres = st(t.pick(["archambault", "vaillancourt"]))
    members = [st(k) for k in ("pepin", "demers", "berube", "okonkwo", "gravel", "menon")]
    m.frm = st("castonguay").addr()
    m.to = [x.addr() for x in members]
    m.cc = [pres.addr()]
    m.subject = t.pick(["Convocation – Comité de soins périopératoires", f"Comité périop {t.short(d)} – ordre du jour", "Rencontre du comité de pharmacologie (volet périopératoire)"])
    agenda = t.c.rng.sample(["Protocole de gestion périopératoire des anticoagulants oraux directs (révision)",
                             "Jeûne préopératoire : liquides clairs jusqu'à 1 h avant l'induction",
                             "Arrêt des agonistes du GLP-1 avant l'anesthésie – avis de la Société",
                             "Indicateurs : annulations le jour même (T2)",
                             "Ordonnance collective : acétaminophène et AINS en préopératoire",
                             "Suivi de l'audit sur les ordonnances d'opioïdes au congé",
                             "Dépistage du SAHOS (STOP-BANG) à la CEPA"], 4)
    ag = "\n".join(f"{i + 1}. {x}" for i, x in enumerate(["Adoption de l'ordre du jour et du procès-verbal"] + agenda + ["Varia"]))
    m.atts = [att_ics("convocation.ics", uid=f"comite-{t.rng.getrandbits(40):010x}@{DOM}", start=t.at(d, 12, 0), end=t.at(d, 13, 0),
                      summary="Comité de soins périopératoires", location="Salle B-214, " + HOSP,
                      description="Ordre du jour joint à la convocation. Lunch fourni.",
                      organizer=(st("castonguay").plain(), st("castonguay").email),
                      attendees=[x.addr() for x in members])]
    m.body = f"""{t.hello()}

Vous êtes convoqués à la prochaine rencontre du Comité de soins périopératoires, présidée par {pres.name('fr')}, le {t.day(d)} de 12 h à 13 h (salle B-214 ou Teams).

Ordre du jour :
{ag}

Merci de confirmer votre présence.

{t.sign('castonguay')}"""
    return m


def congres(t):
    m = Msg(t, "neg", "conference", "pain conference programme with speakers and topics (PDF)")
    sp = t.c.rng.sample(SPEAKERS, 5)
    topics = t.c.rng.sample(["Syndrome douloureux régional complexe : nouveaux critères", "Kétamine IV en douleur chronique : données récentes",
                             "Radiofréquence des nerfs géniculés : pour qui?", "Déprescription des opioïdes chez l'aîné",
                             "Névralgie du trijumeau : approche pharmacologique", "Cannabinoïdes et douleur neuropathique",
                             "Douleur chronique post-chirurgicale : prévention", "Bloc ESP : mythe ou réalité?"], 5)
    d = t.future(30, 120)
    rows = [["Heure", "Conférence", "Conférencier(ère)"]]
    hh = ["8 h 30", "9 h 30", "10 h 45", "13 h 00", "14 h 15"]
    for i in range(5):
        rows.append([hh[i], topics[i], f"{sp[i][0]} {sp[i][2]} {sp[i][3]} ({sp[i][4]})"])
    blocks = [("title", "Journée régionale de la douleur – programme"), ("p", f"{t.day(d, True)} – Auditorium {HOSP}"),
              ("table", rows), ("p", "Inscription : 75 $ (résidents gratuits). 6 heures de crédits de formation (section 1)."),
              ("small", "Programme sujet à changement.")]
    m.atts = [att_pdf(t.pick(["Programme_journee_douleur.pdf", "programme.pdf"]), blocks, "Programme", "AQID")]
    m.frm = ("Secrétariat AQID", partner_addr("aqd", "secretariat"))
    m.to = [st(t.pick(ANES)).addr()]
    m.subject = t.pick(["Programme – Journée régionale de la douleur", "Inscriptions ouvertes : Journée de la douleur", "Save the date – Journée douleur"])
    m.body = f"""{t.hello()}

Le programme de la Journée régionale de la douleur est maintenant disponible (ci-joint). Parmi les conférenciers : {sp[0][0]} {sp[0][2]} {sp[0][3]} sur « {topics[0]} » et {sp[1][0]} {sp[1][2]} {sp[1][3]} sur « {topics[1]} ».

Places limitées pour les ateliers pratiques d'échographie.

Le comité organisateur
{PARTNERS['aqd'][0]}
Tél. : 514-555-0127"""
    return m


def affichage(t):
    m = Msg(t, "neg", "job_posting", "job posting for a pre-op clinic nurse")
    poste = t.pick([("Infirmière clinicienne / infirmier clinicien – Clinique d'évaluation préanesthésique", "CEPA"),
                    ("Infirmière / infirmier – Clinique de la douleur chronique", "DOUL")])
    num = f"HSA-{t.when.year}-{t.randint(100, 999)}"
    m.frm = ("Dotation – Ressources humaines", f"dotation@cisss-hr.example")
    m.to = [("Tout le personnel", f"tous@{DOM}")]
    m.subject = f"Affichage interne {num} – {poste[0].split(' – ')[0]}"
    m.body = f"""AFFICHAGE INTERNE – {num}

Titre d'emploi : {poste[0]}
Service : {UNITS[poste[1]][0]}, {HOSP}
Statut : temps complet permanent, jour, 35 h/semaine
Échelle salariale : {t.randint(28, 33)},{t.randint(10, 99)} $ à {t.randint(45, 52)},{t.randint(10, 99)} $ l'heure

Principales responsabilités : évaluer la condition de santé des usagers avant une chirurgie, enseigner la préparation préopératoire (jeûne, médicaments à cesser), assurer le suivi téléphonique, collaborer avec les anesthésiologistes.

Exigences : baccalauréat en sciences infirmières, membre de l'ordre professionnel, 2 ans d'expérience en soins aigus. Connaissance de l'anglais un atout.

Période d'affichage : du {t.short(t.when.date())} au {t.short(t.future(10, 15))}. Postulez via le portail RH.

Direction des ressources humaines – {ORG_FR}"""
    return m


def facture(t):
    m = Msg(t, "neg", "invoice", "supplier invoice for ultrasound equipment with serial numbers (PDF)")
    inv = f"F-{t.randint(200000, 299999)}"
    serial = t.c.luhn_serial(9)
    ser_fmt = t.pick([f"{serial[:3]} {serial[3:6]} {serial[6:]}", serial, f"{serial[:3]}-{serial[3:6]}-{serial[6:]}"])
    items = t.c.rng.sample([("Échographe portatif SonoLite P7", 38950.00), ("Sonde linéaire L12-4", 6420.00),
                            ("Sonde convexe C5-1", 5980.00), ("Chariot mobile avec support", 1150.00),
                            ("Contrat d'entretien 12 mois", 2800.00), ("Générateur de radiofréquence RF-220", 41500.00)], 3)
    rows = [["Description", "Qté", "Prix unitaire", "Total"]]
    tot = 0
    for desc, pu in items:
        q = t.randint(1, 2)
        rows.append([desc, str(q), f"{pu:,.2f} $".replace(",", " "), f"{pu * q:,.2f} $".replace(",", " ")])
        tot += pu * q
    tps, tvq = tot * 0.05, tot * 0.09975
    blocks = [("title", f"FACTURE {inv}"),
              ("kv", [("Client", f"{HOSP} – Service de l'approvisionnement"), ("No de client", f"C-{t.randint(10000, 99999)}"),
                      ("Adresse de livraison", f"{ADDR1}, {ADDR2}"), ("Bon de commande", f"BC-{t.randint(400000, 499999)}"),
                      ("Date de facture", t.when.date().isoformat()), ("N° de série (appareil)", ser_fmt)]),
              ("table", rows),
              ("kv", [("Sous-total", f"{tot:,.2f} $".replace(",", " ")), ("TPS", f"{tps:,.2f} $".replace(",", " ")),
                      ("TVQ", f"{tvq:,.2f} $".replace(",", " ")), ("Total", f"{tot + tps + tvq:,.2f} $".replace(",", " "))]),
              ("small", "MédiÉquip Nordique inc. – 45, rue de l'Industrie, Lac-Doré (Québec) – 418-555-0129 – Net 30 jours")]
    m.atts = [att_pdf(f"{inv}.pdf", blocks, "Facture", "MediEquip")]
    m.frm = ("Comptes recevables – MédiÉquip Nordique", partner_addr("mediequip", "facturation"))
    m.to = [st("charbonneau").addr()]
    m.subject = t.pick([f"Facture {inv}", f"Votre facture {inv} – BC en référence", "Facture – équipement d'échographie"])
    m.body = f"""{t.hello()}

Veuillez trouver ci-joint la facture {inv} pour l'équipement livré à la clinique de la douleur le {t.short(t.past(3, 15))} (appareil n° de série {ser_fmt}).

Paiement net 30 jours. Merci de votre confiance.

Service à la clientèle
MédiÉquip Nordique inc.
418-555-0129"""
    return m


def bon_commande(t):
    m = Msg(t, "neg", "purchase_order", "purchase order for regional anaesthesia supplies")
    po = f"BC-{t.randint(400000, 499999)}"
    lines = ["Code | Description | Qté | Unité"]
    cat = [("Aiguille Tuohy 18G x 3,5 po", "bte 25"), ("Cathéter péridural 20G", "bte 25"), ("Aiguille de bloc échogène 22G 50 mm", "bte 25"),
           ("Aiguille de rachianesthésie Whitacre 25G", "bte 25"), ("Trousse de péridurale complète", "caisse 10"),
           ("Pompe élastomérique 270 mL 5 mL/h", "caisse 12"), ("Canule RF 20G 100 mm pointe active 10 mm", "bte 10"),
           ("Gaine stérile pour sonde d'échographie", "bte 50")]
    for desc, u in t.c.rng.sample(cat, t.randint(3, 6)):
        lines.append(f"{t.randint(100000, 999999)} | {desc} | {t.randint(1, 12)} | {u}")
    m.frm = st("charbonneau").addr()
    m.to = [("Commandes – PharmaDist Québec", partner_addr("pharmadist", "commandes"))]
    m.cc = [st("demers").addr()]
    m.subject = t.pick([f"Bon de commande {po}", f"{po} – matériel d'anesthésie régionale", "Commande urgente – bloc opératoire"])
    table = "\n".join(lines)
    m.body = f"""{t.hello()}

Voici notre bon de commande {po} :

{table}

Livraison : quai de réception, {ADDR1}, porte 3, entre 7 h et 15 h. Merci d'indiquer les numéros de lot sur le bordereau.

{t.bye()}
{t.sign('charbonneau')}"""
    return m


def inventaire(t):
    m = Msg(t, "neg", "inventory", "PCA pump inventory with checksum-valid serial numbers (XLSX)")
    rows = [["Actif", "Modèle", "N° de série", "Unité", "Dernier entretien", "Statut"]]
    for i in range(t.randint(8, 14)):
        s = t.c.luhn_serial(t.pick([9, 10]))
        rows.append([f"HSA-{t.randint(10000, 99999)}", t.pick(["CADD-Solis 2110", "Sapphire PCA", "Alaris PCA 8120"]),
                     s if t.chance(0.5) else (" ".join([s[:4], s[4:7], s[7:]]) if len(s) == 10 else " ".join([s[:3], s[3:6], s[6:]])),
                     t.pick(["4e Chirurgie", "SDA", "Salle de réveil", "Soins intensifs", "Dépôt GBM"]),
                     t.past(20, 300).isoformat(), t.pick(["En service", "En service", "À calibrer", "Hors service"])])
    m.atts = [att_xlsx(t.pick(["Inventaire_pompes_ACP.xlsx", "inventaire_GBM_ACP.xlsx"]), [("Pompes", rows)], "Génie biomédical")]
    m.frm = ("Génie biomédical", f"gbm@{DOM}")
    m.to = [st("okonkwo").addr(), st("lindgren").addr()]
    m.subject = t.pick(["Inventaire annuel des pompes ACP", "Pompes ACP à retourner pour entretien", "Inventaire GBM – douleur aiguë"])
    m.body = f"""{t.hello()}

Voici l'inventaire des pompes ACP. Les appareils marqués « À calibrer » doivent être apportés au dépôt du génie biomédical (local S-040) d'ici le {t.day(t.future(5, 15))}.

{t.bye()}
Génie biomédical – poste 2450"""
    return m


def informatique(t):
    m = Msg(t, "neg", "it_notice", "EHR maintenance window notice")
    d = t.future(2, 12)
    m.frm = st("lafleur").addr()
    m.to = [("Tous les utilisateurs – HSA", f"tous@{DOM}")]
    m.subject = t.pick(["Interruption planifiée – dossier patient électronique", "AVIS : maintenance du DPE", "Panne planifiée des systèmes cliniques"])
    m.body = f"""{t.hello()}

Une maintenance du dossier patient électronique (DPE) aura lieu dans la nuit du {t.day(d)}, de 1 h à 4 h.

Pendant cette période :
- aucun accès aux dossiers patients ni aux résultats de laboratoire;
- les ordonnances et les notes doivent être rédigées sur papier (formulaires de contingence dans le cartable rouge de chaque unité);
- l'imagerie (PACS) restera disponible en lecture seule.

Les résultats produits pendant la panne seront intégrés automatiquement au redémarrage.

Centre de services TI : poste 2200
{t.sign('lafleur', 1)}"""
    return m


def immeubles(t):
    m = Msg(t, "neg", "facilities", "operating room ventilation works notice")
    d = t.future(5, 20)
    m.frm = st("dumais").addr()
    m.to = [st("demers").addr(), st("archambault").addr()]
    m.cc = [("Prévention des infections", f"prevention.infections@{DOM}")]
    m.subject = t.pick(["Travaux CVC – salles d'opération 5 et 6", "Arrêt de la ventilation – bloc opératoire", "Travaux planifiés au bloc"])
    m.body = f"""{t.hello()}

Des travaux de remplacement des filtres HEPA et de balancement des débits d'air auront lieu dans les salles 5 et 6 du {t.day(d)} au {t.day(d + datetime.timedelta(days=2))}.

Les salles seront fermées durant cette période. Un test de particules et de pressions sera effectué avant la remise en service. Merci de planifier les cas électifs en conséquence.

{t.bye()}
{t.sign('dumais')}"""
    return m
