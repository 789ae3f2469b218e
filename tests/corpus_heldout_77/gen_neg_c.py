"""Negative templates, part C: look-alikes of positive formats (handover, lists,
transport, calendar, forwards) that carry no patient."""
import datetime as dt

import gen_common as G
import gen_files as F
from gen_mime import Att, Mail
from gen_neg_a import NO, all_staff, inami_doc, me, serial_passing_niss, team


# ------------------------------------------------------------------ N: night manager's logistics handover (rooms, no patients)
def logistics_handover(c):
    lang = c.pick(["fr", "fr", "en"])
    s, frm = me(c, "infirmière")
    s2, to = me(c)
    when = c.when()
    items_fr = [f"Chambre {c.rng.randrange(200, 699)} bloquée (fuite d'eau, service technique prévenu)",
                f"Pompe à perfusion INV-{c.rng.randrange(100000, 999999)} envoyée en réparation",
                "4B : une infirmière absente (maladie), remplacée par l'équipe mobile jusqu'à 23 h",
                "Chariot d'urgence 3A contrôlé, scellé n° " + str(c.rng.randrange(100000, 999999)),
                f"Stock de morphine 10 mg : {c.rng.randrange(3, 20)} ampoules (commande faite)",
                "Ascenseur C1 en panne de 2 h à 4 h", "Frigo à médicaments 5C : alarme température, vérifié OK (4,2 °C)",
                f"{c.rng.randrange(2, 9)} admissions, {c.rng.randrange(0, 4)} transferts USI, {c.rng.randrange(0, 3)} décès sur le site"]
    items_en = ["Room 412 closed (water leak)", "Infusion pump sent for repair", "One nurse off sick on 4B, float pool covering", "Code cart 3A checked and sealed",
                f"{c.rng.randrange(2, 9)} admissions overnight, no incidents"]
    items = c.rng.sample(items_fr if lang == "fr" else items_en, 4)
    body = ([G.greeting(c.rng, "fr"), "", "Passation cadre de nuit :"] if lang == "fr" else ["Hi,", "", "Night supervisor handover:"]) + [f"- {x}" for x in items] + [G.signature(s, c.rng, lang)]
    return Mail("logistics_handover", lang, NO, "night supervisor handover about rooms, equipment and staffing (no patients)",
                frm, [to], c.pick(["Passation cadre de nuit", "Handover nuit", "Night report"]), "\n".join(body), date=when)


# ------------------------------------------------------------------ N: retirement / social event for staff
def staff_event(c):
    s, frm = me(c)
    when = c.when()
    who = c.pick([("Mme Jacqueline Renard", "infirmière en chef en gériatrie depuis 1989"), ("Dr Marc Thiry", "chef de service d'orthopédie"),
                  ("M. Freddy Collard", "brancardier au site Val de Sambre depuis 34 ans")])
    body = [c.pick(["Chers collègues,", "Bonjour à tous,", "Chères et chers collègues,"]), "", f"Nous fêterons le départ à la retraite de {who[0]}, {who[1]}, le {G.fdate(c.later(when, 5, 25), 'fr', 1)} à 16 h à la cafétéria.",
            "Une collecte pour un cadeau commun est organisée au secrétariat de direction.", "Venez nombreux !", G.signature(s, c.rng)]
    return Mail("staff_event", "fr", NO, "staff retirement party announcement", frm, [all_staff(c)], f"Départ à la retraite - {who[0]}", "\n".join(body), date=when)


# ------------------------------------------------------------------ N: list of visiting Quebec residents (staff data)
def residents_list(c):
    s, frm = me(c, "ressources humaines")
    when = c.when()
    rows = [["Nom", "Prénom", "Spécialité", "Année", "Permis CMQ", "N° INAMI provisoire", "Site", "Du", "Au"]]
    for g, sn, sp in [("Hugo", "Paquin", "médecine interne"), ("Camille", "Riopel", "pédiatrie"), ("Antoine", "Brassard", "urgence"),
                      ("Noémie", "Fréchette", "néphrologie"), ("Jonathan", "Labelle", "chirurgie générale")][:c.rng.randrange(3, 6)]:
        d1 = c.later(when, 20, 60)
        rows.append([sn, g, sp, f"R{c.rng.randrange(1, 5)}", f"{c.rng.randrange(10000, 99999)}", inami_doc(c), c.pick(G.ORG["sites"])[0], d1.isoformat(),
                     (d1 + dt.timedelta(days=90)).isoformat()])
    data = F.xlsx([("Résidents", rows)])
    body = "Bonjour,\n\nListe des résidents québécois accueillis ce trimestre (pour badges, comptes informatiques et vestiaires).\n" + G.signature(s, c.rng)
    return Mail("residents_list", "fr", NO, "list of visiting residents (staff) with licence and INAMI numbers", frm,
                [("Service informatique", f"helpdesk@{G.ORG['domain']}")], "Résidents en échange - accueil", body,
                attachments=[Att("residents_echange.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data)], date=when)


# ------------------------------------------------------------------ N: vaccine cold-chain incident
def cold_chain(c):
    s, frm = me(c, "pharmacie")
    when = c.when()
    lot = f"{c.pick(['T', 'W', 'V'])}{c.rng.randrange(1000, 9999)}{c.pick(['A', 'B', 'C'])}"
    body = [G.greeting(c.rng, "fr"), "", f"Le frigo de la pharmacie satellite (site {c.pick(G.ORG['sites'])[1]}) a atteint 11 °C pendant environ 3 h cette nuit.",
            f"Lots concernés : vaccin antigrippal lot {lot}, insuline asparte lot {serial_passing_niss(c)}.",
            "Ces lots sont mis en quarantaine en attendant l'avis du fabricant. Ne pas utiliser.", G.signature(s, c.rng)]
    return Mail("cold_chain", "fr", NO, "cold-chain incident with lot numbers", frm, [("Unités de soins", f"unites@{G.ORG['domain']}")],
                "Rupture de la chaîne du froid - quarantaine", "\n".join(body), date=when)


# ------------------------------------------------------------------ N: clinical protocol (sepsis)
def clinical_protocol(c):
    lang = c.pick(["fr", "en"])
    s, frm = me(c, "Dr")
    when = c.when()
    if lang == "fr":
        body = ["Chers collègues,", "", "Le protocole « Sepsis - première heure » est mis à jour :", "1. Lactates et hémocultures x2 avant antibiotiques ;",
                "2. Antibiothérapie dans l'heure (pipéracilline-tazobactam 4 g IV si pas d'allergie) ;", "3. Remplissage 30 mL/kg de cristalloïdes si hypotension ou lactates ≥ 4 mmol/L ;",
                "4. Noradrénaline si PAM < 65 mmHg après remplissage.", "", "Formation flash dans les unités la semaine prochaine.", G.signature(s, c.rng)]
        subj = "Protocole sepsis - mise à jour"
    else:
        body = ["Dear all,", "", "Updated sepsis hour-1 bundle attached to the intranet: lactate, cultures, antibiotics within 1 hour, 30 mL/kg fluids if hypotensive.", G.signature(s, c.rng, "en")]
        subj = "Sepsis bundle update"
    return Mail("clinical_protocol", lang, NO, "clinical protocol with drugs and thresholds, no patient", frm, [(f"Médecins {G.ORG['short']}", f"medecins@{G.ORG['domain']}")],
                subj, "\n".join(body), date=when)


# ------------------------------------------------------------------ N: staff training invitation (ICS)
def training_invite(c):
    s, frm = me(c, c.pick(["infirmière", "qualité"]))
    when = c.when()
    d = dt.datetime.combine(c.later(when, 5, 30), dt.time(c.pick([9, 13, 14]), 0))
    t = c.pick(["Formation réanimation (BLS/AED)", "Formation transfusion sanguine", "Atelier identitovigilance", "Simulation : arrêt cardiaque en pédiatrie",
                "Formation manutention des patients"])
    ics = F.ics(t, d, d + dt.timedelta(hours=3), "Centre de simulation, bâtiment C", "Inscription obligatoire via le portail formation. Tenue de travail.",
                (G.disp(s), frm[1]), team(c, c.rng.randrange(2, 5)), uid=f"{c.rng.randrange(10 ** 12)}@{G.ORG['domain']}")
    return Mail("training_invite", "fr", NO, "staff training calendar invitation", frm, [all_staff(c)], t,
                f"Bonjour,\n\nInvitation à la session « {t} ».\n" + G.signature(s, c.rng), attachments=[Att("formation.ics", "text/calendar", ics)], date=when)


# ------------------------------------------------------------------ N: eFact billing summary (aggregate)
def efact_summary(c):
    s, frm = me(c, "facturation")
    when = c.when()
    rows = [["Organisme assureur", "Factures envoyées", "Acceptées", "Rejetées", "Montant (EUR)"]]
    for m, _ in G.MUTUALITES:
        n = c.rng.randrange(300, 3000)
        rej = c.rng.randrange(0, 60)
        rows.append([m, n, n - rej, rej, f"{c.rng.randrange(100000, 2000000)},{c.rng.randrange(10, 99)}"])
    body = ["Bonjour,", "", "Récapitulatif eFact du mois :", ""] + [" | ".join(str(x) for x in r) for r in rows] + ["",
            "Principaux motifs de rejet : assurabilité (code 100), NISS inconnu (code 107), double facturation (code 305).", G.signature(s, c.rng)]
    return Mail("efact_summary", "fr", NO, "aggregate electronic billing summary with rejection codes", frm, [("Direction financière", f"finances@{G.ORG['domain']}")],
                "Récapitulatif eFact", "\n".join(body), date=when)


# ------------------------------------------------------------------ N: forward of a non-confidential message
def forward_admin(c, inner_factory):
    inner = inner_factory(c)
    s, frm = me(c)
    s2, to = me(c)
    when = inner.date + dt.timedelta(hours=c.rng.randrange(1, 30))
    lang = inner.lang
    body = c.pick(["Pour info.", "À diffuser dans ton équipe stp.", "Vu ?"]) if lang == "fr" else c.pick(["FYI.", "Please circulate."])
    return Mail("forward_attached", lang, NO, "non-confidential message forwarded as attachment: " + inner.note, frm, [to],
                ("TR: " if lang == "fr" else "Fwd: ") + inner.subject, body + "\n" + G.signature(s, c.rng, lang), forward=inner,
                forward_name=c.pick(["", "", "message.eml"]), date=when)


# ------------------------------------------------------------------ N: non-patient transport (equipment / staff shuttle)
def shuttle(c):
    s, frm = me(c, c.pick(["achats", "transferts"]))
    when = c.when()
    body = [G.greeting(c.rng, "fr"), "", f"Merci de prévoir la navette inter-sites le {G.fdate(c.later(when, 1, 8), 'fr', 1)} :",
            f"- départ {c.pick(G.ORG['sites'])[0]} 7 h 15 : 6 caisses de dispositifs stériles + 2 glacières (poches de sang, traçabilité n° {c.rng.randrange(10 ** 6, 10 ** 7)})",
            f"- retour 16 h : échantillons de biologie (transport UN3373) et courrier interne", G.signature(s, c.rng)]
    return Mail("shuttle_booking", "fr", NO, "inter-site shuttle booking for supplies and samples", frm, [("Logistique transport", f"navette@{G.ORG['domain']}")],
                "Navette inter-sites", "\n".join(body), date=when)
