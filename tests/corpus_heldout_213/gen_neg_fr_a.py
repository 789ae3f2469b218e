"""Negative (non-confidential) French messages, part A: HR, schedules, payroll,
occupational health, newsletters, committees, conferences, job postings, invoices, orders."""
import datetime

from gen_common import ORG_FR, date_fr, shift, pick, MONTHS_FR
from gen_ids import luhn_serial
from gen_tpl import (spec, att_pdf, att_docx, att_xlsx, att_csv, att_ics, list_addr, ext_addr)

JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def horaire(w, k):
    rng = w.rng
    chef = w.staff("tm_chef")
    staff = [w.staff("tm", hospital=chef.hospital) for _ in range(6)]
    start = shift(w.today, 7 - w.today.weekday())
    rows = [["Date", "Jour (7h-15h)", "Soir (15h-23h)", "Nuit (23h-7h)"]]
    for i in range(7):
        d = shift(start, i)
        a, b, c = rng.sample(staff, 3)
        rows.append([f"{JOURS[i]} {date_fr(d, 1)}", a.full, b.full, c.full])
    T = set()
    if k % 2 == 0:
        text = (f"Bonjour à tous,\n\nVoici l'horaire de la banque de sang pour la semaine du {date_fr(start, 2)}. "
                f"{staff[0].given} et {staff[1].given} ont échangé leur quart de jeudi (approuvé).\n\n"
                "Rappel : toute demande d'échange passe par moi, pas par l'agente de l'horaire.\n\n"
                + chef.signature("fr", rng))
        atts = [att_xlsx(f"horaire_BDS_{start:%Y-%m-%d}.xlsx", [("Semaine", rows)], author=chef.full)]
    else:
        table = "\n".join(" | ".join(r) for r in rows)
        text = (f"Bonjour,\n\nHoraire de la semaine prochaine :\n\n{table}\n\n"
                f"Garde d'hématologie : {w.staff('hemato').dr('fr')} (drépanocytose et hémoglobinopathies).\n\n"
                + chef.signature("fr", rng))
        atts = []
    return spec("schedule", "fr", chef.addr(), [list_addr("tm.banquedesang", "TM Banque de sang")],
                pick(rng, ["Horaire BDS semaine prochaine", "Horaire de garde - banque de sang", "Nouvel horaire"]),
                text=text, atts=atts, types=T, note="technologist weekly schedule")


def conges(w, k):
    rng = w.rng
    emp = w.staff("tm")
    chef = w.staff("tm_chef", hospital=emp.hospital)
    d1 = shift(w.today, rng.randint(20, 60))
    d2 = shift(d1, rng.randint(4, 14))
    reason = pick(rng, ["vacances annuelles", "congé parental (naissance prévue)", "congé sans solde",
                        "congé pour obligations familiales", "formation à l'extérieur"])
    text = (f"Bonjour {emp.given},\n\nTa demande de {reason} du {date_fr(d1, 2)} au {date_fr(d2, 2)} est approuvée. "
            f"{pick(rng, ['Je t’ai remplacé' + ('e' if emp.sex == 'F' else '') + ' au quart de soir par', 'Le remplacement sera assuré par'])} "
            f"{w.staff('tm', hospital=emp.hospital).full}.\n\n"
            "N'oublie pas de saisir le code de congé dans le portail RH avant la fin de la période de paie.\n\n"
            + chef.signature("fr", rng))
    return spec("leave", "fr", chef.addr(), [emp.addr()], pick(rng, ["Demande de congé approuvée", "RE: Congé",
                                                                   "Vacances - confirmation"]),
                text=text, note="leave request approval")


def paie(w, k):
    rng = w.rng
    emp = w.staff("tm")
    rh = w.staff("rh")
    mat = luhn_serial(rng, 9)
    per = rng.randint(1, 26)
    amt = rng.randint(80, 640) + rng.randint(0, 99) / 100
    text = (f"Bonjour {emp.dr('fr')},\n\nSuite à votre signalement, nous confirmons qu'une prime de soir "
            f"de {amt:.2f} $ n'a pas été versée à la période {per}. La correction apparaîtra sur le relevé de la période {per + 1}.\n\n"
            f"Matricule : {mat}\nCentre de coûts : 6{rng.randint(1000, 9999)} (banque de sang)\n"
            f"Taux horaire : {rng.randint(34, 48)},{rng.randint(10, 99)} $\n\n"
            "Pour toute question sur votre talon de paie, communiquez avec le centre de services de la paie.\n\n"
            + rh.signature("fr", rng))
    return spec("payroll", "fr", rh.addr(), [emp.addr()], pick(rng, ["Correction de paie", "Prime de soir manquante",
                                                                   "Votre demande - paie"]),
                text=text, note="payroll correction for an employee")


def sante_travail(w, k):
    rng = w.rng
    emp = w.staff("tm")
    inf = w.staff("inf")
    chef = w.staff("tm_chef", hospital=emp.hospital)
    d = shift(w.today, -rng.randint(1, 4))
    text = (f"Bonjour {emp.given},\n\nÀ la suite de votre exposition accidentelle au sang du {date_fr(d, 2)} "
            f"({pick(rng, ['éclaboussure au visage lors de la centrifugation', 'piqûre avec une aiguille de prélèvement', 'bris de tube sur une plaie à la main'])}), "
            "vos sérologies de base (VIH, VHB, VHC) ont été prélevées au bureau de santé. "
            "Votre vaccination hépatite B est à jour et vos anticorps anti-HBs sont protecteurs.\n\n"
            "Prochains prélèvements de suivi : 6 semaines et 3 mois. Une déclaration CNESST a été remplie; "
            f"{chef.given} a été avisé{'e' if chef.sex == 'F' else ''} de l'événement, sans détails médicaux.\n\n"
            + inf.signature("fr", rng).replace("Unité de soins", "Santé et sécurité au travail"))
    return spec("occupational_health", "fr", inf.addr(), [emp.addr()],
                pick(rng, ["Suivi exposition accidentelle", "Santé au travail - votre suivi", "Exposition au sang - suivi"]),
                text=text, note="employee occupational blood exposure follow-up")


def infolettre(w, k):
    rng = w.rng
    cst = w.staff("cst")
    hem = w.staff("hemato")
    q = pick(rng, ["T1", "T2", "T3", "T4"])
    n_rt = rng.randint(18, 60)
    html = (f"<html><body style=\"font-family:Segoe UI,Arial\"><h2>L'Hémovigilant — {q} {w.today.year}</h2>"
            f"<p>Bonjour à toutes et à tous,</p><p>Au cours du trimestre, {rng.randint(3800, 6200)} produits sanguins "
            f"ont été transfusés dans nos trois hôpitaux et <b>{n_rt} réactions transfusionnelles</b> ont été déclarées "
            f"({rng.randint(8, 20)} RFNH, {rng.randint(5, 15)} allergiques, {rng.randint(1, 5)} TACO, aucune TRALI).</p>"
            f"<h3>Portrait : {hem.dr('fr')}</h3><p>{hem.dr('fr')}, hématologue à l'{hem.hospital['fr']}, s'intéresse à "
            "l'allo-immunisation chez les patients atteints de drépanocytose et de thalassémie. Elle a présenté ses travaux "
            "au congrès de la société canadienne de médecine transfusionnelle.</p>".replace("Elle a", "Elle a" if hem.sex == "F" else "Il a") +
            f"<h3>Rappel</h3><p>Le taux de retour des fiches de traçabilité est de {rng.randint(91, 99)} %. "
            f"Merci à {w.staff('inf').dr('fr')} et à l'équipe du 4B pour leur 100 %!</p>"
            f"<p>{cst.full}<br>{cst.role_fr}</p></body></html>")
    return spec("newsletter", "fr", cst.addr(), [list_addr("tous.soins", "Personnel soignant")],
                f"L'Hémovigilant - bulletin {q}", html=html, note="hemovigilance newsletter with aggregate figures")


def comite(w, k):
    rng = w.rng
    sec = w.staff("commis")
    pres = w.staff("hemato")
    d = shift(w.today, rng.randint(7, 21))
    membres = [w.staff(r) for r in ("hemato", "anesth", "cst", "pharm", "tm_chef", "gest")]
    pts = [f"Adoption du procès-verbal du {date_fr(shift(d, -30), 2)}",
           f"Statistiques d'utilisation des IgIV ({membres[3].dr('fr')})",
           f"Audit de pertinence des transfusions de plasma ({membres[1].dr('fr')})",
           f"Déclarations d'incidents et d'accidents du trimestre ({membres[2].dr('fr')})",
           "Mise à jour du protocole de transfusion massive", "Divers"]
    text = (f"Bonjour,\n\nLa prochaine réunion du comité de médecine transfusionnelle aura lieu le {JOURS[d.weekday()]} "
            f"{date_fr(d, 2)} de 12 h à 13 h 30, salle {rng.randint(100, 400)}-{pick(rng, ['A', 'B', 'C'])} et par Teams.\n\n"
            "Ordre du jour :\n" + "\n".join(f"{i + 1}. {p}" for i, p in enumerate(pts)) +
            f"\n\nPrésidence : {pres.dr('fr')}\nMembres : " + ", ".join(m.dr('fr') for m in membres[1:]) +
            "\n\nMerci de confirmer votre présence.\n\n" + sec.signature("fr", rng))
    return spec("committee_notice", "fr", sec.addr(), [m.addr() for m in membres],
                pick(rng, ["Convocation - comité de médecine transfusionnelle", "CMT : ordre du jour",
                           "Réunion du comité transfusionnel"]),
                text=text, note="transfusion committee notice and agenda")


def congres(w, k):
    rng = w.rng
    org = w.staff("cst")
    d = shift(w.today, rng.randint(25, 70))
    spk = [w.staff(r) for r in ("hemato", "hemato", "anesth", "obst", "pharm")]
    prog = [("8 h 30", f"{spk[0].dr('fr')} — Anémie ferriprive préopératoire : qui traiter et avec quoi?"),
            ("9 h 15", f"{spk[1].dr('fr')} — Allo-immunisation et drépanocytose : le phénotypage étendu"),
            ("10 h 30", f"{spk[2].dr('fr')} — Acide tranexamique en chirurgie orthopédique"),
            ("11 h 15", f"{spk[3].dr('fr')} — Hémorragie du post-partum : fibrinogène et protocole massif"),
            ("13 h 30", f"{spk[4].full}, pharmacien(ne) — Pénuries d'IgIV : critères d'attribution")]
    text = (f"Bonjour,\n\nVoici le programme de la Journée régionale de médecine transfusionnelle du {date_fr(d, 2)} "
            f"à l'auditorium de l'{org.hospital['fr']}.\n\n" + "\n".join(f"{h}  {t}" for h, t in prog) +
            "\n\nInscription gratuite, 5 heures de formation accréditées. L'invitation est jointe.\n\n" + org.signature("fr", rng))
    start = datetime.datetime(d.year, d.month, d.day, 8, 30)
    ics = att_ics("journee_medecine_transfusionnelle.ics", uid=f"jmt-{d:%Y%m%d}@trois-rivages.example", start=start,
                  end=start + datetime.timedelta(hours=7), summary="Journée régionale de médecine transfusionnelle",
                  description="Programme : " + "; ".join(t for _, t in prog), location=f"Auditorium, {org.hospital['fr']}",
                  organizer=(org.full, org.email))
    return spec("conference", "fr", org.addr(), [list_addr("medecins.tous", "Médecins du CISSS")],
                pick(rng, ["Programme - Journée de médecine transfusionnelle", "Invitation : journée scientifique"]),
                text=text, atts=[ics] if k % 2 == 0 else [], note="regional transfusion medicine day programme")


def offre_emploi(w, k):
    rng = w.rng
    rh = w.staff("rh")
    poste = pick(rng, ["Technologiste médical(e) — banque de sang (temps complet, soir)",
                       "Chargé(e) de sécurité transfusionnelle (poste permanent)",
                       "Assistant(e)-chef technologiste — OPTILAB"])
    h = rng.choice(w.hospitals)
    text = (f"AFFICHAGE INTERNE ET EXTERNE — no {w.today.year}-{rng.randint(100, 999)}\n\n{poste}\n"
            f"Lieu : {h['fr']}, {h['street']}, {h['city']}\n\n"
            "Exigences : DEC en technologie d'analyses biomédicales, membre de l'OPTMQ; expérience en immunohématologie un atout.\n"
            f"Salaire : {rng.randint(28, 34)},{rng.randint(10, 99)} $ à {rng.randint(45, 52)},{rng.randint(10, 99)} $ l'heure + primes.\n\n"
            f"Faire parvenir votre CV avant le {date_fr(shift(w.today, 21), 2)} à {rh.email} "
            f"ou par téléphone au {h['area']} 555-01{rng.randint(10, 99)}.\n\n" + rh.signature("fr", rng))
    return spec("job_posting", "fr", rh.addr(), [list_addr("affichages", "Affichage de postes")],
                "Affichage : " + poste.split(" —")[0], text=text, note="job posting")


def facture(w, k):
    rng = w.rng
    ach = w.staff("achat")
    vend = pick(rng, [("Réactifs Nordiques inc.", "reactifs-nordiques.example"),
                      ("ImmunoLab Distribution", "immunolab-dist.example"),
                      ("Cryo-Logistique Québec", "cryologistique.example")])
    inv = f"F-{rng.randint(100000, 999999)}"
    items = [("Cartes gel ABO/Rh (lot " + luhn_serial(rng, 8) + ")", rng.randint(4, 20), 212.40),
             ("Panel d'identification 11 cellules (lot " + luhn_serial(rng, 8) + ")", rng.randint(2, 8), 388.00),
             ("Anti-IgG réactif (lot " + luhn_serial(rng, 8) + ")", rng.randint(1, 6), 146.75)]
    lines = [f"{vend[0]}", "1450, rue de l'Industrie, Parc industriel Nord", f"Tél. 514 555-01{rng.randint(10, 99)}", "",
             f"Facture : {inv}     Date : {date_fr(w.today, 0)}", f"Client : {ORG_FR} — Banque de sang, compte no {rng.randint(10000, 99999)}",
             f"Bon de commande : BC-{rng.randint(400000, 499999)}", "## Détail"]
    tot = 0
    for d, q, pu in items:
        lines.append(f"{d}   qté {q}   {pu:.2f} $   {q * pu:.2f} $")
        tot += q * pu
    lines += ["", f"Sous-total : {tot:.2f} $", f"TPS : {tot * 0.05:.2f} $   TVQ : {tot * 0.09975:.2f} $",
              f"Total : {tot * 1.14975:.2f} $", "Paiement net 30 jours."]
    text = (f"Bonjour,\n\nVeuillez trouver ci-jointe la facture {inv} pour la livraison du {date_fr(shift(w.today, -3), 2)}.\n\n"
            f"Service à la clientèle\n{vend[0]}\n")
    return spec("invoice", "fr", ("Facturation " + vend[0], f"facturation@{vend[1]}"), [ach.addr()],
                f"Facture {inv}", text=text, atts=[att_pdf(f"Facture_{inv}.pdf", f"FACTURE {inv}", lines, author=vend[0])],
                note="supplier invoice for blood bank reagents")


def bon_commande(w, k):
    rng = w.rng
    tm = w.staff("tm_chef")
    ach = w.staff("achat")
    rows = [["No article", "Description", "Qté", "Format", "No catalogue"]]
    prods = ["Tubes EDTA 6 mL rose", "Cartes gel Coombs", "Cellules-tests A1/B", "Étiquettes ISBT 128 (rouleaux)",
             "Glacières validées 12 h", "Indicateurs de température 10 °C", "Sérum physiologique 0,9 % 10 L"]
    for pr in rng.sample(prods, rng.randint(3, 5)):
        rows.append([luhn_serial(rng, 10), pr, rng.randint(1, 40), pick(rng, ["boîte", "caisse", "unité"]), luhn_serial(rng, 8)])
    text = (f"Bonjour {ach.given},\n\nVoici la commande mensuelle de la banque de sang de l'{tm.hospital['fr']} "
            "(fichier joint). Les glacières sont urgentes : deux ont échoué la validation.\n\n" + tm.signature("fr", rng))
    att = att_xlsx(f"commande_BDS_{w.today:%Y%m}.xlsx", [("Commande", rows)], author=tm.full) if k % 2 == 0 \
        else att_csv(f"commande_BDS_{w.today:%Y%m}.csv", rows, delimiter=";")
    return spec("purchase_order", "fr", tm.addr(), [ach.addr()], pick(rng, ["Commande mensuelle BDS", "Bon de commande - réactifs"]),
                text=text, atts=[att], note="monthly purchase order with catalogue numbers")
