"""French hard negatives, part 1: bulletins, committees, shortages, recalls, programmes, postings, HR."""
import datetime as dt

import gen_docs as D
from gen_common import (CLINIC_FAX, CLINIC_FR, CLINIC_TEL, DOM, HOSP_ADDR, HOSP_FR, STAFF, fr_date, fullwidth,
                        gen_niss, luhn_serial, workday_after)
from gen_text import bye, earlier, hello, reply, reply_headers, sign, who, who_plain

S = STAFF

SPEAKERS_FR = [("Dre", "Isabelle", "Marchessault", "CHU de la Capitale-Nord"), ("Dr", "François", "Lemay-Archambault", "Université de Val-Bruyère"),
               ("Dre", "Ngozi", "Adeyemi", "Institut de cardiologie du Nord"), ("Dr", "Yannick", "Desbiens", "CISSS des Monts"),
               ("Dre", "Raphaëlle", "St-Onge", "HRVB"), ("Dr", "Mehdi", "Haddouche", "Centre universitaire de l'Est")]
TOPICS_FR = ["Le nodule thyroïdien en 2025 : qui ponctionner?", "Incidentalome surrénalien : algorithme pratique",
             "Hyperparathyroïdie primaire asymptomatique", "Ostéoporose masculine : sous-diagnostiquée?",
             "Vacances thérapeutiques des bisphosphonates", "Arrêt du dénosumab : prévenir l'effet rebond",
             "Prolactinome et grossesse", "Insuffisance surrénalienne : les règles de jours de maladie",
             "Iode radioactif : mythes et réalités", "Maladie de Basedow : quand opter pour la chirurgie?",
             "Hypothyroïdie subclinique chez la personne âgée", "Acromégalie : nouveautés thérapeutiques"]


def fr_newsletter(m, P):
    r = m.rng
    ed = S["seguin"]
    m.sender = ("L'Info-Endo (HRVB)", f"info-endo@{DOM}")
    m.to = [("Personnel - Endocrinologie et métabolisme", f"liste.endo@{DOM}")]
    n = r.randint(3, 40)
    new = r.choice(SPEAKERS_FR)
    m.subject = r.choice([f"L'Info-Endo — numéro {n}", "Infolettre de la clinique d'endocrinologie", f"Bulletin Info-Endo, {fr_date(m.today).split(' ', 1)[1]}"])
    m.text = f"""# L'Info-Endo — bulletin interne no {n}

# Bienvenue!
Nous souhaitons la bienvenue à {new[0]} {new[1]} {new[2]}, endocrinologue, qui se joint à l'équipe. {new[0]} {new[2]} s'intéresse particulièrement au cancer de la thyroïde et à la maladie de Basedow; elle assurera la clinique des nodules du mercredi.

# Programme ostéoporose et densitométrie
Le programme a réalisé {r.randint(900, 1500)} examens de densitométrie au dernier trimestre (+{r.randint(4, 15)} %). Le délai moyen pour une DMO de contrôle est maintenant de {r.randint(6, 14)} semaines. Merci à M. Kevin Lussier et à toute l'équipe technique!

# Rappel : iode radioactif
Les demandes de traitement à l'iode 131 doivent passer par le formulaire électronique (et non par télécopieur au {CLINIC_FAX}).

# Félicitations
Mme Nadia Chartrand, infirmière clinicienne, a obtenu sa certification en soins de l'ostéoporose. Bravo!

# Dates à retenir
- Comité des tumeurs thyroïdiennes : jeudis 12 h, salle B-301
- Journée scientifique régionale : {fr_date(workday_after(m.today, r.randint(20, 60)))}

Pour nous joindre : {CLINIC_TEL}, poste 4400 — {HOSP_ADDR}
Pour vous désabonner, répondez « retrait »."""
    m.prefer["structure"] = r.choice(["html", "alt"])
    m.category, m.note = "newsletter", "internal clinic newsletter"


def fr_committee(m, P):
    r = m.rng
    sec = S["dagenais"]
    m.sender = who_plain(sec)
    m.to = [("Membres du comité", f"comite.tumeurs.thyroide@{DOM}")]
    d = workday_after(m.today, r.randint(3, 15))
    kind = r.choice(["comité des tumeurs thyroïdiennes", "comité de pharmacologie (sous-comité endocrinologie)",
                     "comité qualité et sécurité des cliniques externes", "comité de radioprotection"])
    m.subject = r.choice([f"Convocation — {kind}", f"Ordre du jour : {kind}", f"Rappel : réunion du {kind}"])
    pts = {"comité des tumeurs thyroïdiennes": ["Mise à jour des lignes directrices ATA 2025 (Dr Benali)", "Délais chirurgie ORL (Dr Okonkwo)",
                                                 "Présentation de cas anonymisés (résidents)", "Statistiques du registre : 42 nouveaux cancers en 2024"],
           "comité de pharmacologie (sous-comité endocrinologie)": ["Ajout du romosozumab au formulaire", "Rupture de liothyronine (Cytomel)",
                                                                     "Ordonnance collective hydrocortisone IV", "Revue des interactions lévothyroxine-calcium"],
           "comité qualité et sécurité des cliniques externes": ["Rapport AH-223 : 7 déclarations au trimestre", "Audit hygiène des mains (93 %)",
                                                                 "Identification des patients au comptoir : procédure révisée"],
           "comité de radioprotection": ["Rapport dosimétrie T2", "Inspection CCSN : suivi des recommandations", "Procédure de décontamination chambre 1-118"]}[kind]
    m.text = f"""{hello(r, 'fr')}

Vous êtes convoqués à la prochaine réunion du {kind} :

{fr_date(d, True)}, 12 h à 13 h, salle B-301 (et Teams)

Ordre du jour
""" + "\n".join(f"{i + 1}. {x}" for i, x in enumerate(pts)) + f"""
{len(pts) + 1}. Varia

Merci de confirmer votre présence. {r.choice(['Le dîner sera servi.', 'Le procès-verbal de la dernière rencontre est en pièce jointe.', ''])}

{sign(r, sec, 'fr')}"""
    if r.random() < 0.5:
        ev = {"uid": f"cmt-{r.randrange(16 ** 10):010x}", "stamp": m.when.astimezone(dt.timezone.utc).replace(tzinfo=None),
              "start": D.naive(d, 12), "end": D.naive(d, 13), "summary": kind.capitalize(), "location": "Salle B-301 / Teams",
              "description": "Ordre du jour : " + "; ".join(pts), "organizer": (sec.full, sec.email),
              "attendees": [(S[k].full, S[k].email) for k in ("benali", "vachon", "okonkwo", "lalonde")]}
        m.attach("ics", "reunion.ics", D.ics([ev], DOM), "text/calendar")
    m.category, m.note = "committee_notice", "committee meeting notice and agenda"


def fr_shortage(m, P):
    r = m.rng
    ph = S["desjardins"]
    m.sender = who_plain(ph)
    m.to = [("Prescripteurs - endocrinologie", f"liste.endo@{DOM}"), ("Pharmacie - distribution", f"pharmacie@{DOM}")]
    drug = r.choice([("liothyronine (Cytomel) 5 mcg et 25 mcg", "02225964"), ("Thyrogen (thyrotropine alfa) 0,9 mg", "02246016"),
                     ("hydrocortisone (Cortef) 10 mg", "00030910"), ("calcitriol (Rocaltrol) 0,25 mcg", "00481823"),
                     ("méthimazole (Tapazole) 5 mg", "00015741")])
    end = workday_after(m.today, r.randint(20, 80))
    m.subject = r.choice([f"Rupture d'approvisionnement — {drug[0].split(' (')[0]}", "Avis de pénurie de médicament", "Pénurie : mesures temporaires"])
    m.text = f"""{hello(r, 'fr')}

Le fabricant nous avise d'une rupture de {drug[0]} (DIN {drug[1]}) jusqu'au {fr_date(end)} environ.

Mesures temporaires approuvées par le comité de pharmacologie :
- Limiter les ordonnances à 30 jours;
- {r.choice(['Substitution possible par une formulation magistrale (voir protocole PH-118).', 'Prioriser les patients sous traitement actif; reporter les nouveaux débuts.', 'Importation autorisée par Santé Canada (lot étranger, étiquetage anglais).'])}
- Aucun changement pour les patients déjà stabilisés si un inventaire est disponible en pharmacie communautaire.

Lots en stock au département : {luhn_serial(r, 8)}, {luhn_serial(r, 8)}.

{bye(r, 'fr')}
{sign(r, ph, 'fr', short=False)}"""
    m.category, m.note = "drug_shortage", "drug shortage notice to prescribers"


def fr_recall(m, P):
    r = m.rng
    buyer = S["lamarre"]
    m.sender = who_plain(buyer)
    m.to = [("Cliniques externes - chefs d'unité", f"chefs.cliniques@{DOM}")]
    prod = r.choice(["aiguilles de cytoponction 25G x 38 mm", "trousses de prélèvement pour test au Synacthen",
                     "fantômes d'étalonnage pour densitomètre", "seringues préremplies de lidocaïne 1 %"])
    lots = [luhn_serial(r, 9) for _ in range(3)]
    niss_like = gen_niss(r, dt.date(r.randint(1960, 1999), r.randint(1, 12), r.randint(1, 28)), r.choice("MF"))
    m.subject = r.choice([f"RAPPEL DE PRODUIT — {prod}", "Rappel volontaire du fabricant - action requise", "Avis de rappel (classe II)"])
    m.text = f"""{hello(r, 'fr')}

Le fournisseur Fournitures Médicales Laurentides procède au rappel volontaire des {prod}.

Lots visés :
{chr(10).join(f'- Lot {l[:3]} {l[3:6]} {l[6:]} (exp. {r.randint(2026, 2028)}-{r.randint(1, 12):02d})' for l in lots)}
- Lot {niss_like[:6]}-{niss_like[6:9]}-{niss_like[9:]}

Veuillez retirer les boîtes de vos réserves, les placer dans le bac identifié « RAPPEL » et remplir le formulaire de retour (bon no {luhn_serial(r, 10)}).
Aucun incident n'a été rapporté chez nous.

{sign(r, buyer, 'fr')}"""
    m.category, m.note = "product_recall", "supplier recall with lot numbers"


def fr_congress(m, P):
    r = m.rng
    org = ("Société québécoise d'endocrinologie (fictive)", "congres@sqe-fictive.example")
    m.sender = org
    m.to = [("Membres", "membres@sqe-fictive.example")]
    d = workday_after(m.today, r.randint(30, 90))
    sp = r.sample(SPEAKERS_FR, 4)
    tp = r.sample(TOPICS_FR, 4)
    prog = [f"{8 + i}:{'00' if i % 2 == 0 else '30'} — {t} — {s[0]} {s[1]} {s[2]} ({s[3]})" for i, (s, t) in enumerate(zip(sp, tp))]
    m.subject = r.choice(["Programme — Journée scientifique d'endocrinologie", "Inscription ouverte : journée régionale", "Congrès annuel : programme préliminaire"])
    m.text = f"""{hello(r, 'fr')}

La Journée scientifique régionale d'endocrinologie aura lieu le {fr_date(d, True)} au Centre des congrès de Val-Bruyère.

Programme préliminaire :
""" + "\n".join(prog) + f"""

Accréditation : 6 heures de formation (section 1). Tarif membre : 175 $; résidents : gratuit.
Inscription avant le {fr_date(d - dt.timedelta(days=14))}."""
    if r.random() < 0.6:
        m.attach("pdf", "Programme_journee_scientifique.pdf",
                 D.pdf(["# Journée scientifique régionale d'endocrinologie", fr_date(d, True), ""] + prog +
                       ["", "Dîner-conférence commandité : « Ostéoporose post-fracture : combler l'écart »"], compress=r.random() < 0.5),
                 "application/pdf")
    m.prefer["structure"] = r.choice(["html", "alt", "plain"])
    m.category, m.note = "conference_programme", "scientific day programme with speakers"


def fr_job_posting(m, P):
    r = m.rng
    hr = S["brisson"]
    m.sender = who_plain(hr)
    m.to = [("Tout le personnel", f"tous@{DOM}")]
    post = r.choice([("Infirmière clinicienne ou infirmier clinicien — programme ostéoporose", "28,73 $ à 50,35 $ / h"),
                     ("Technologue en médecine nucléaire (iode 131 et scintigraphie)", "27,08 $ à 44,26 $ / h"),
                     ("Agente administrative classe 2 — clinique d'endocrinologie", "22,59 $ à 26,76 $ / h"),
                     ("Technologue en densitométrie osseuse (remplacement 12 mois)", "27,08 $ à 44,26 $ / h")])
    num = f"HRVB-{m.today.year}-{r.randint(100, 999)}"
    m.subject = r.choice([f"Affichage interne {num}", f"Offre d'emploi : {post[0].split(' —')[0]}", "Poste à combler - endocrinologie"])
    m.text = f"""AFFICHAGE INTERNE — {num}

Titre : {post[0]}
Service : {CLINIC_FR}
Statut : temps complet permanent, jour, 35 h/semaine
Échelle salariale : {post[1]}

Exigences : membre en règle de l'ordre professionnel; expérience en endocrinologie un atout (thyroïde, surrénales, hypophyse, ostéoporose).
Bilinguisme fonctionnel requis.

Période d'affichage : du {fr_date(m.today)} au {fr_date(m.today + dt.timedelta(days=14))}.
Postulez sur l'intranet ou auprès de {hr.full}, {hr.role_fr}, poste 2210."""
    m.category, m.note = "job_posting", "internal job posting"


def fr_oncall_xlsx(m, P):
    r = m.rng
    sec = S["paradis"]
    m.sender = who_plain(sec)
    m.to = [("Endocrinologues", f"endocrinologues@{DOM}")]
    start = m.today.replace(day=1) + dt.timedelta(days=32)
    start = start.replace(day=1)
    docs = ["Vachon", "Benali", "Raman", "Gosselin"]
    rows = [["Date", "Jour", "Garde endocrino", "Résident", "Clinique thyroïde", "Remarques"]]
    for i in range(28):
        d = start + dt.timedelta(days=i)
        rows.append([d.isoformat(), ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"][d.weekday()], f"Dr(e) {docs[(i // 7) % 4]}",
                     r.choice(["Nakamura", "Goldberg"]), "" if d.weekday() >= 5 else docs[(i + 1) % 4],
                     r.choice(["", "", "", "congrès", "demi-journée admin", "férié"]) if d.weekday() < 5 else ""])
    m.attach("xlsx", f"horaire_garde_{start:%Y_%m}.xlsx", D.xlsx(m.when, [("Garde", rows)]),
             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    m.subject = r.choice([f"Horaire de garde — {fr_date(start).split(' ', 1)[1]}", "Horaire des gardes (version finale)", "Garde endo : horaire du mois prochain"])
    m.text = f"""{hello(r, 'fr')}

Voici l'horaire de garde du mois prochain. Les échanges doivent m'être signalés au plus tard le 20.
{r.choice(['Dr Benali est en congrès la 2e semaine.', 'Attention : le lundi férié est couvert par la Dre Raman.', ''])}

{sign(r, sec, 'fr')}"""
    m.category, m.note = "staff_schedule", "physician on-call schedule spreadsheet"


def fr_leave(m, P):
    r = m.rng
    emp = S[r.choice(["ferland", "paradis", "lussier", "sabri", "chartrand"])]
    boss = S["seguin"]
    m.sender = who_plain(emp)
    m.to = [who_plain(boss)]
    d1 = workday_after(m.today, r.randint(15, 60))
    d2 = d1 + dt.timedelta(days=r.choice([4, 11, 18]))
    m.subject = r.choice(["Demande de vacances", "Congé - demande", "Demande de congé férié mobile", "Vacances d'été"])
    m.text = f"""{hello(r, 'fr', boss, informal=True)}

J'aimerais prendre {r.choice(['mes vacances', 'deux congés fériés mobiles et une semaine de vacances', 'une semaine de congé sans solde'])} du {fr_date(d1)} au {fr_date(d2)} inclusivement.
{r.choice(['Annie a accepté de couvrir le comptoir.', 'J’ai vérifié : aucune clinique de cytoponction cette semaine-là.', 'Le remplacement est prévu avec la liste de rappel.'])}

{bye(r, 'fr')}
{emp.given}"""
    if r.random() < 0.5:
        reply_headers(m)
        old = m.text
        m.sender, m.to = who_plain(boss), [who_plain(emp)]
        m.text = reply(r, "fr", f"C'est approuvé, {emp.given}. Je l'inscris dans Logibec.\n\nMélanie", who_plain(emp), earlier(m, 20), old,
                       old_subject=m.subject, old_to=who_plain(boss))
        m.subject = "RE: " + m.subject
    m.category, m.note = "leave_request", "staff leave request"


def fr_payroll(m, P):
    r = m.rng
    pay = S["bisson"]
    emp = S[r.choice(["lussier", "sabri", "gravel", "ferland"])]
    m.sender = who_plain(pay)
    m.to = [who_plain(emp)]
    mat = luhn_serial(r, 9)
    m.subject = r.choice(["Correction de paie", "Votre relevé de paie - ajustement", "Prime de soir : rétroactif"])
    m.text = f"""{hello(r, 'fr', emp)}

Suite à votre demande, une correction sera versée à la paie du {fr_date(workday_after(m.today, r.randint(3, 10)))} :

Matricule : {mat[:3]} {mat[3:6]} {mat[6:]}
Période : {fr_date(m.today - dt.timedelta(days=28))} au {fr_date(m.today - dt.timedelta(days=14))}
Heures supplémentaires non payées : {r.randint(3, 14)},{r.choice(['00', '25', '50', '75'])} h à taux et demi
Prime de soir : {r.randint(2, 8)} quarts

Montant brut estimé : {r.randint(180, 900)},{r.randint(0, 99):02d} $

{bye(r, 'fr')}
{pay.full}, {pay.role_fr}, Service de la paie, poste 2290"""
    m.category, m.note = "payroll", "payroll correction for an employee"


def fr_occ_health(m, P):
    r = m.rng
    sst = ("Santé et sécurité au travail - HRVB", f"sst@{DOM}")
    emp = S[r.choice(["lussier", "sabri", "ferland", "chartrand", "paradis"])]
    boss = S["seguin"]
    m.sender = sst
    m.to = [who_plain(boss)]
    m.cc = [who_plain(emp)]
    d = workday_after(m.today, r.randint(2, 10))
    m.subject = r.choice(["Retour progressif au travail", "Assignation temporaire - SST", "Plan de retour au travail"])
    m.text = f"""{hello(r, 'fr', boss)}

Suite à l'évaluation du médecin désigné, {emp.full} ({emp.role_fr}) pourra effectuer un retour progressif à compter du {fr_date(d)} :
- Semaine 1 : 3 jours de 4 h, tâches sans soulèvement de plus de 10 kg;
- Semaine 2 : 4 jours de 7 h;
- Retour régulier prévu le {fr_date(d + dt.timedelta(days=21))}.

Restrictions temporaires liées à {r.choice(['une entorse lombaire survenue au travail (réclamation CNESST en cours)', 'une tendinite à l’épaule droite', 'une chirurgie du genou'])}.
Merci de confirmer l'assignation temporaire proposée (accueil et prise de rendez-vous).

Service de santé et sécurité au travail, poste 2315"""
    m.category, m.note = "occupational_health", "employee return-to-work plan (staff health)"


def fr_invoice(m, P):
    r = m.rng
    vend = ("Radiopharma Nordique inc. - Comptes clients", "facturation@radiopharma-nord.example")
    m.sender = vend
    m.to = [("Comptes fournisseurs HRVB", f"comptes.fournisseurs@{DOM}")]
    m.cc = [who_plain(S["lamarre"])]
    inv = f"RPN-{r.randint(100000, 999999)}"
    items = [("Capsule I-131 (activité étalonnée 100 mCi)", r.randint(1, 4), 1450.00), ("Capsule I-131 15 mCi", r.randint(2, 6), 395.00),
             ("Thyrogen 0,9 mg (2 fioles)", r.randint(2, 8), 1287.50), ("Frais de transport matières radioactives (classe 7)", 1, 185.00)]
    lines = ["# Radiopharma Nordique inc.", "850, rue de l'Industrie, Lac-Vermillon (Québec) G0W 1K0", f"Facture no {inv}    Date : {fr_date(m.today)}",
             f"Bon de commande HRVB : BC-{r.randint(4500000, 4599999)}", "Client : Hôpital régional de Val-Bruyère — médecine nucléaire", ""]
    tot = 0
    for d, q, p in items:
        lot = luhn_serial(r, 9)
        lines.append(f"{d} — qté {q} × {p:.2f} $ — lot {lot}")
        tot += q * p
    tps, tvq = tot * 0.05, tot * 0.09975
    lines += ["", f"Sous-total : {tot:,.2f} $", f"TPS (no {luhn_serial(r, 9)} RT0001) : {tps:,.2f} $",
              f"TVQ (no {r.randint(1000000000, 1999999999)} TQ0001) : {tvq:,.2f} $", f"TOTAL : {tot + tps + tvq:,.2f} $", "Modalités : net 30 jours"]
    m.attach("pdf", f"Facture_{inv}.pdf", D.pdf(lines, compress=r.random() < 0.5), "application/pdf")
    m.subject = r.choice([f"Facture {inv}", "Votre facture Radiopharma Nordique", f"Facture {inv} - HRVB médecine nucléaire"])
    m.text = f"""{hello(r, 'fr')}

Veuillez trouver ci-joint la facture {inv} pour les livraisons du mois. Paiement par dépôt direct apprécié.

Comptes clients — Radiopharma Nordique inc.
Tél. 418 555-0174"""
    m.category, m.note = "invoice", "radiopharmaceutical supplier invoice"


def fr_purchase_order(m, P):
    r = m.rng
    buyer = S["lamarre"]
    m.sender = who_plain(buyer)
    m.to = [("Densitek Canada - ventes", "ventes@densitek.example")]
    po = f"BC-{r.randint(4500000, 4599999)}"
    items = [("Fantôme d'étalonnage rachis (AP spine phantom)", 1, 3850.00, luhn_serial(r, 9)),
             ("Contrat de service annuel densitomètre", 1, 12400.00, luhn_serial(r, 10)),
             ("Table de positionnement - coussins (ens. de 4)", 2, 275.00, luhn_serial(r, 8))]
    rows = [["Article", "Qté", "Prix unitaire", "No de série / contrat"]] + [[a, q, f"{p:.2f}", s] for a, q, p, s in items]
    body = "\n".join(f"{a} | {q} | {p:.2f} $ | {s}" for a, q, p, s in items)
    m.subject = r.choice([f"Bon de commande {po}", f"Commande {po} - densitométrie", "Bon de commande approuvé"])
    m.text = f"""{hello(r, 'fr')}

Voici notre bon de commande {po} approuvé :

Article | Qté | Prix | Série / contrat
{body}

Livraison : {HOSP_FR}, quai de réception, {HOSP_ADDR}. Centre de coût 7120-0450.

{sign(r, buyer, 'fr')}"""
    if r.random() < 0.5:
        m.attach("xlsx", f"{po}.xlsx", D.xlsx(m.when, [("BC", rows)]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    m.category, m.note = "purchase_order", "purchase order with serial numbers"
