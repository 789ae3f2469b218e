"""Negative (non-confidential, hard) templates, French-Canadian."""
import datetime as _dt

import gen_common as C
import gen_docs as D
import gen_mime as M
import gen_tpl as T

L = "fr"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _me(c, role):
    st = c.staff(role)
    return st, c.who(st, L)


def _all():
    return [s for k in ("md", "rn", "sw", "adm", "vol", "spir", "ot") for s in C.STAFF[k]]


# 1 ---------------------------------------------------------------------------
def oncall_schedule(c):
    r = c.rng
    m = T.new("schedule", L, False, "horaire de garde des infirmières et médecins", r)
    st, me = _me(c, "adm")
    m.frm = me
    m.to = [("Équipe SAD palliatif", f"equipe-spad@{C.ORG_DOMAIN}")]
    start = c.day(c.choice([3, 7, 10]))
    rows = []
    for i in range(7):
        d = start + _dt.timedelta(days=i)
        rn = c.choice(C.STAFF["rn"])
        md = c.choice(C.STAFF["md"])
        rows.append([d.isoformat(), ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"][d.weekday()], rn.full,
                     f"{C.ORG_PHONE[:8]}01{r.randint(40, 99)}", f"{md.title_fr} {md.surname}"])
    hdr = ["Date", "Jour", "Infirmière de garde", "Cellulaire de garde", "Médecin de garde"]
    m.subject = c.choice(["Horaire de garde - semaine prochaine", "Garde 24/7 : horaire mis à jour", "Calendrier de garde"])
    m.text = (f"Bonjour,\n\nVoici l'horaire de garde à partir du {C.fmt_date(start, 'fr_long')}.\n\n"
              f"{M.text_table(hdr, rows)}\n\nLes échanges de garde doivent être approuvés par Josiane.\n\n"
              f"{C.signature(st, L, r)}\n")
    if c.chance(0.5):
        m.html = (f"<p>Bonjour,</p><p>Voici l'horaire de garde à partir du {C.fmt_date(start, 'fr_long')}.</p>"
                  f"{M.html_table(hdr, rows)}<p>Les échanges de garde doivent être approuvés par Josiane.</p>")
        m.form = "alt"
    return m


# 2 ---------------------------------------------------------------------------
def leave_approval(c):
    r = c.rng
    m = T.new("hr_leave", L, False, "approbation de vacances d'une employée", r)
    mgr, me = _me(c, "mgr")
    st = c.choice(_all())
    m.frm = me
    m.to = [c.who(st, L)]
    d1 = c.day(c.choice([20, 30, 45]))
    d2 = d1 + _dt.timedelta(days=c.choice([4, 9, 13]))
    m.subject = c.choice(["RE: Demande de vacances", "Vacances approuvées", "Congé - réponse"])
    m.text = (f"Bonjour {st.given},\n\nTa demande de vacances du {C.fmt_date(d1, 'fr_long')} au "
              f"{C.fmt_date(d2, 'fr_long')} est approuvée. Merci de t'assurer que tes usagers sont répartis "
              f"avant ton départ et de mettre ton message d'absence.\n\nBonnes vacances!\n{C.signature(mgr, L, r)}\n")
    return m


# 3 ---------------------------------------------------------------------------
def payroll(c):
    r = c.rng
    m = T.new("payroll", L, False, "correction de paie pour heures de garde", r)
    hr, me = _me(c, "hr")
    st = c.choice(C.STAFF["rn"])
    m.frm = ("Service de la paie", f"paie@ciusss-hrv.example")
    m.to = [c.who(st, L)]
    mat = f"{r.randint(100000, 999999)}"
    m.subject = c.choice([f"Correction de paie - matricule {mat}", "Ajustement prime de garde", "Paie du 20 - correction"])
    m.text = (f"Bonjour,\n\nUne correction sera appliquée sur la paie du {C.fmt_date(c.day(9), 'fr_long')} :\n\n"
              f"Matricule : {mat}\nPériode : {c.day(-20).isoformat()} au {c.day(-7).isoformat()}\n"
              f"Heures de garde en disponibilité : {r.randint(20, 60)},0 h (code 0437)\n"
              f"Rappels au travail : {r.randint(1, 6)} (code 0441)\nMontant brut ajusté : {r.randint(180, 950)},{r.randint(10, 99)} $\n\n"
              f"Pour toute question : poste 3100.\n\nService de la paie\nDirection des ressources humaines\n")
    return m


# 4 ---------------------------------------------------------------------------
def occ_health(c):
    r = c.rng
    m = T.new("occupational_health", L, False, "santé au travail d'une employée (RH, pas un patient)", r)
    hr, me = _me(c, "hr")
    mgr = c.staff("mgr")
    st = c.choice(C.STAFF["rn"] + C.STAFF["sw"])
    m.frm = me
    m.to = [c.who(mgr, L)]
    m.subject = c.choice(["Retour progressif - employée", "Absence maladie - suivi RH", "Assignation temporaire"])
    m.text = (f"Bonjour {mgr.given},\n\n{st.full} ({st.role_fr}) nous a remis un certificat médical : "
              f"{c.choice(['entorse lombaire subie lors d’un transfert au domicile d’un usager', 'épuisement professionnel', 'chirurgie au genou'])}. "
              f"Arrêt jusqu'au {C.fmt_date(c.day(c.choice([14, 21, 28])), 'fr_long')}, puis retour progressif "
              f"3 jours/semaine sans visites à domicile la première semaine.\n"
              f"Le dossier CNESST {r.randint(100000000, 999999999)} est ouvert. Merci de prévoir le remplacement.\n\n"
              f"{C.signature(hr, L, r)}\n")
    return m


# 5 ---------------------------------------------------------------------------
def newsletter(c):
    r = c.rng
    m = T.new("newsletter", L, False, "bulletin interne avec médecins et maladies nommés", r)
    m.frm = ("Communications CIUSSS HRV", "communications@ciusss-hrv.example")
    m.to = [("Tout le personnel", "tous@ciusss-hrv.example")]
    md = c.choice(C.STAFF["md"])
    md2 = c.choice([x for x in C.STAFF["md"] if x is not md])
    rn = c.choice(C.STAFF["rn"])
    n = r.randint(12, 40)
    m.subject = c.choice([f"L'Écho palliatif - édition no {n}", "Bulletin du programme de soins palliatifs",
                          "Infolettre - Semaine nationale des soins palliatifs"])
    secs = [
        ("Félicitations!", f"La {md.title_fr} {md.full} a reçu le prix Reconnaissance de l'Association régionale "
         f"pour son travail auprès des personnes atteintes de SLA et de MPOC avancée."),
        ("Nouvelle venue", f"Bienvenue à {rn.full}, {rn.role_fr}, qui se joint à l'équipe de "
         f"{c.choice(['Chambly', 'Saint-Luc', 'Iberville'])}. Elle a travaillé 8 ans en oncologie."),
        ("Conférence midi", f"Le {md2.title_fr} {md2.surname} présentera « Delirium en fin de vie : halopéridol ou "
         f"méthotriméprazine? » le {C.fmt_date(c.day(12), 'fr_long')} à 12 h, salle 2.14."),
        ("En chiffres", f"En {C.FR_MONTHS[(c.now.month - 2) % 12]}, l'équipe a réalisé {r.randint(900, 1400)} visites "
         f"et accompagné {r.randint(25, 45)} décès à domicile ({r.randint(55, 72)} % des décès de nos usagers)."),
        ("Bénévoles", f"Merci à Mme {C.VOLUNTEERS[0][0]} {C.VOLUNTEERS[0][1]} et à M. {C.VOLUNTEERS[1][0]} "
         f"{C.VOLUNTEERS[1][1]} pour leurs 10 ans d'engagement."),
    ]
    r.shuffle(secs)
    secs = secs[:c.choice([3, 4, 5])]
    m.text = "\n\n".join(f"{h.upper()}\n{b}" for h, b in secs) + \
        f"\n\n--\nDirection des communications\n{C.ORG_ADDR}\nPour vous désabonner, répondez « retrait ».\n"
    m.html = ("<html><body style='font-family:Georgia,serif'><h2 style='color:#5a2d82'>L'Écho palliatif</h2>" +
              "".join(f"<h3>{h}</h3><p>{b}</p>" for h, b in secs) +
              f"<hr><p style='font-size:9pt'>Direction des communications<br>{C.ORG_ADDR}</p></body></html>")
    m.form = c.choice(["html", "alt"])
    return m


# 6 ---------------------------------------------------------------------------
def committee(c):
    r = c.rng
    m = T.new("committee", L, False, "ordre du jour du comité de pharmacologie", r)
    st, me = _me(c, "mgr")
    m.frm = me
    m.to = [("Comité de pharmacologie", f"comite.pharmaco@{C.ORG_DOMAIN}")]
    md = c.choice(C.STAFF["md"])
    rx = c.choice(C.STAFF["rx"])
    d = c.day(c.choice([5, 8, 12]))
    items = ["Adoption du procès-verbal", f"Ordonnance collective : détresse respiratoire (midazolam 2,5-5 mg s.c.) — {md.title_fr} {md.surname}",
             f"Pénurie d'hydromorphone HP 50 mg/mL : stratégies — {rx.full}, pharmacien",
             "Méthadone en analgésie : formation des infirmières", "Révision du formulaire de sédation palliative continue",
             "Divers"]
    m.subject = c.choice(["Ordre du jour - comité de pharmacologie", f"Convocation comité pharmaco {d.isoformat()}"])
    m.text = (f"Bonjour aux membres,\n\nLa prochaine rencontre aura lieu le {C.fmt_date(d, 'fr_long')} de 8 h à 9 h 30 "
              f"(Teams ou salle 3.02).\n\nORDRE DU JOUR\n" + "\n".join(f"{i + 1}. {x}" for i, x in enumerate(items)) +
              f"\n\n{C.signature(st, L, r)}\n")
    if c.chance(0.4):
        m.atts.append(T.att("ODJ_comite_pharmaco.docx", DOCX, D.docx("Ordre du jour — Comité de pharmacologie", items, author=st.full)))
    return m


# 7 ---------------------------------------------------------------------------
def conference(c):
    r = c.rng
    m = T.new("conference", L, False, "programme d'un colloque régional en soins palliatifs", r)
    m.frm = ("Colloque régional en soins palliatifs", "colloque@rsp-monteregie.example")
    m.to = [("Liste de diffusion", "membres@rsp-monteregie.example")]
    talks = [("8 h 30", "Dre Hélène Vaillancourt", "Douleur neuropathique en oncologie : méthadone et kétamine"),
             ("9 h 30", "Dr Karim Haddad", "Insuffisance cardiaque terminale à domicile : furosémide s.c."),
             ("10 h 45", "Mme Stéphanie Lafrenière, TS", "Deuil compliqué chez les aidants"),
             ("11 h 30", "Dre Lina Saadi", "Glioblastome : reconnaître la phase terminale"),
             ("13 h 30", "M. Pierre-Luc Gervais", "Soins spirituels et AMM"),
             ("14 h 30", "Table ronde", "La SLA, de l'annonce au domicile")]
    sel = sorted(r.sample(talks, c.choice([4, 5, 6])), key=lambda t: talks.index(t))
    d = c.day(c.choice([30, 45, 60]))
    lines = [f"{h} — {who} : {t}" for h, who, t in sel]
    m.subject = c.choice(["Programme du colloque régional", "Inscriptions ouvertes - colloque en soins palliatifs"])
    m.text = (f"Bonjour,\n\nLe colloque régional aura lieu le {C.fmt_date(d, 'fr_long')} au Centre des congrès "
              f"de Saint-Jean (fictif). Programme :\n\n" + "\n".join(lines) +
              "\n\nFrais : 125 $ (membres), 175 $ (non-membres). 6 heures de formation accréditées.\n")
    if c.chance(0.5):
        m.atts.append(T.att(c.choice(["programme_colloque.pdf", "Programme — colloque régional.pdf"]), "application/pdf",
                            D.pdf("Colloque régional en soins palliatifs — Programme", lines, compress=c.chance(0.5))))
    return m


# 8 ---------------------------------------------------------------------------
def job_posting(c):
    r = c.rng
    m = T.new("job_posting", L, False, "affichage de poste d'infirmière en soins palliatifs", r)
    hr, me = _me(c, "hr")
    m.frm = me
    m.to = [("Tout le personnel", "tous@ciusss-hrv.example")]
    no = f"SPAD-{r.randint(2025001, 2025099)}"
    m.subject = c.choice([f"Affichage {no} - infirmière clinicienne SAD palliatif", "Poste à combler - soins palliatifs à domicile"])
    m.text = (f"AFFICHAGE INTERNE {no}\n\nTitre : {c.choice(['Infirmière clinicienne', 'Travailleuse sociale', 'Infirmière auxiliaire'])}, "
              f"soins palliatifs à domicile\nStatut : temps complet permanent, 35 h/sem.\nQuart : jour, avec garde 1 fin de semaine sur 4\n"
              f"Exigences : BAC, 2 ans d'expérience, permis de conduire valide, connaissance des pompes CADD.\n"
              f"Salaire : selon la convention collective (de 30,10 $ à 53,35 $/h).\n\n"
              f"Postulez avant le {C.fmt_date(c.day(14), 'fr_long')} via le portail RH.\n\n{C.signature(hr, L, r)}\n")
    return m


# 9 ---------------------------------------------------------------------------
def pump_invoice(c):
    r = c.rng
    m = T.new("invoice", L, False, "facture de location de pompes avec numéros de série", r)
    m.frm = (f"{C.PUMP_CO[0]} - Comptes clients", f"facturation@{C.PUMP_CO[1]}")
    m.to = [("Comptes fournisseurs CIUSSS HRV", "comptes.fournisseurs@ciusss-hrv.example")]
    inv = f"F-{r.randint(300000, 399999)}"
    po = f"BC{r.randint(4500000, 4599999)}"
    rows = []
    total = 0
    for i in range(c.choice([3, 4, 6])):
        sn = C.luhn_serial(r, 9)
        amt = c.choice([185.00, 210.50, 95.00, 240.00])
        total += amt
        rows.append([f"CADD-Solis VIP 2120", f"{sn[:3]} {sn[3:6]} {sn[6:]}", c.choice(["location mensuelle", "entretien préventif", "calibration"]), f"{amt:.2f}"])
    lines = [f"Facture : {inv}", f"Date : {c.day(0).isoformat()}", f"Bon de commande : {po}",
             "Client : Programme SPAD — CIUSSS HRV, no client 00417", "", "##Article || No de série || Description || Montant ($)"] + \
        [" || ".join(x) for x in rows] + ["", f"Sous-total : {total:.2f} $", f"TPS : {total * 0.05:.2f} $",
                                        f"TVQ : {total * 0.09975:.2f} $", f"Total : {total * 1.14975:.2f} $",
                                        "Modalités : net 30 jours. TPS 812345674 RT0001 / TVQ 1219876543 TQ0001"]
    m.atts.append(T.att(f"Facture_{inv}.pdf", "application/pdf", D.pdf(f"{C.PUMP_CO[0]} — Facture", lines, compress=c.chance(0.5))))
    m.subject = c.choice([f"Facture {inv}", f"Votre facture {inv} - BC {po}"])
    m.text = (f"Bonjour,\n\nVeuillez trouver ci-jointe la facture {inv} ({total * 1.14975:.2f} $) relative au bon de "
              f"commande {po}.\n\nService à la clientèle : {C.PUMP_CO[2]}\n{C.PUMP_CO[0]}\n")
    return m


# 10 --------------------------------------------------------------------------
def purchase_order(c):
    r = c.rng
    m = T.new("purchase_order", L, False, "bon de commande de fournitures avec numéros de lot", r)
    st, me = _me(c, "adm")
    m.frm = me
    m.to = [("Approvisionnement", "approvisionnement@ciusss-hrv.example")]
    items = [("Cathéter s.c. 24G Saf-T-Intima", "boîte de 50"), ("Cassette CADD 100 mL", "caisse de 20"),
             ("Tubulure prolongatrice 152 cm", "caisse de 50"), ("Pansement transparent 6x7 cm", "boîte de 100"),
             ("Seringue 3 mL Luer-lock", "boîte de 100"), ("Sac à déchets cytotoxiques", "paquet de 25"),
             ("Compresses 10x10 stériles", "caisse de 1200")]
    sel = r.sample(items, c.choice([3, 4, 5]))
    rows = [[f"{r.randint(100000, 999999)}", a, b, r.randint(2, 12), f"L{r.randint(2401, 2512)}-{r.randint(1000, 9999)}"] for a, b in sel]
    hdr = ["Code", "Article", "Format", "Qté", "Lot préféré"]
    m.subject = c.choice(["Commande de fournitures - équipe Chambly", "Bon de commande mensuel SAD"])
    m.text = (f"Bonjour,\n\nVoici notre commande mensuelle (centre de coûts 6105-220) :\n\n{M.text_table(hdr, rows)}\n\n"
              f"Livraison au 1480, boul. du Séminaire Nord, quai B.\n\n{C.signature(st, L, r)}\n")
    if c.chance(0.5):
        m.atts.append(T.att("commande.xlsx", XLSX, D.xlsx([("Commande", hdr, rows)], author=st.full)))
    return m


# 11 --------------------------------------------------------------------------
def inventory(c):
    r = c.rng
    m = T.new("inventory", L, False, "inventaire des pompes avec numéros de série valides au Luhn", r)
    st, me = _me(c, "rn")
    m.frm = me
    m.to = [c.who(c.staff("mgr"), L)]
    rows = []
    for i in range(c.choice([6, 8, 10])):
        sn = C.luhn_serial(r, 9)
        tag = C.luhn_serial(r, 10)
        rows.append([f"{sn[:3]}-{sn[3:6]}-{sn[6:]}", tag, c.choice(["CADD-Solis", "CADD-Legacy", "BodyGuard 323"]),
                     c.choice(["en service", "en prêt", "à calibrer", "au dépôt", "hors service"]),
                     c.choice(["Chambly", "Saint-Jean", "Iberville", "Marieville"]),
                     (c.day(-r.randint(10, 300))).isoformat()])
    hdr = ["No de série", "Étiquette d'actif", "Modèle", "Statut", "Point de service", "Dernière calibration"]
    m.atts.append(T.att(c.choice(["inventaire_pompes.xlsx", "Inventaire pompes T4.xlsx"]), XLSX,
                        D.xlsx([("Pompes", hdr, rows)], author=st.full)))
    m.subject = c.choice(["Inventaire des pompes", "Pompes à calibrer", "Inventaire trimestriel"])
    m.text = (f"Bonjour,\n\nL'inventaire trimestriel est en pièce jointe. {sum(1 for x in rows if x[3] == 'à calibrer')} "
              f"pompe(s) à envoyer en calibration.\n\n{st.given}\n")
    return m


# 12 --------------------------------------------------------------------------
def it_notice(c):
    r = c.rng
    m = T.new("it", L, False, "avis informatique sur les tablettes de visite", r)
    it, me = _me(c, "it")
    m.frm = me
    m.to = [("Équipe SAD palliatif", f"equipe-spad@{C.ORG_DOMAIN}")]
    kind = c.choice(["tablet", "vpn", "phish", "password"])
    if kind == "tablet":
        m.subject = "Mise à jour des tablettes - application de documentation à domicile"
        body = (f"La version 7.4 de l'application de documentation sera déployée le {C.fmt_date(c.day(3), 'fr_long')} "
                "entre 18 h et 22 h. Synchronisez vos notes avant 17 h. Les notes non synchronisées seront conservées "
                "localement mais chiffrées.\nNuméros d'inventaire des tablettes concernées : série TAB-2023 à TAB-2061.")
    elif kind == "vpn":
        m.subject = "Panne VPN - accès au dossier clinique"
        body = ("Le VPN sera indisponible samedi de 1 h à 5 h. L'infirmière de garde pourra consulter la liste "
                "d'urgence imprimée au bureau de Saint-Jean.")
    elif kind == "phish":
        m.subject = "ATTENTION : courriel frauduleux « Mise à jour de votre NAS »"
        body = ("Un courriel frauduleux circule demandant de « confirmer votre numéro d'assurance sociale et votre "
                "date de naissance ». Ne cliquez pas. Supprimez-le et signalez-le à securite@ciusss-hrv.example.")
    else:
        m.subject = "Changement de mot de passe obligatoire"
        body = ("Votre mot de passe réseau expire dans 5 jours. Le nouveau mot de passe doit contenir 14 caractères. "
                "Ne réutilisez pas vos 10 derniers mots de passe.")
    m.text = f"Bonjour,\n\n{body}\n\nMerci,\n{C.signature(it, L, r)}\n\nBillet de référence : INC{r.randint(1000000, 9999999)}\n"
    return m


# 13 --------------------------------------------------------------------------
def facilities(c):
    r = c.rng
    m = T.new("facilities", L, False, "avis des installations ou du parc de véhicules", r)
    m.frm = ("Services techniques", "services.techniques@ciusss-hrv.example")
    m.to = [("Personnel - 1480 Séminaire", "tous-1480@ciusss-hrv.example")]
    kind = c.choice(["parking", "car", "heat", "keys"])
    if kind == "parking":
        m.subject = "Déneigement du stationnement - déplacez vos véhicules"
        body = "Le stationnement arrière sera déneigé demain entre 6 h et 8 h. Les véhicules de visite doivent être déplacés dans la section C."
    elif kind == "car":
        plate = f"F{r.randint(10, 99)} {r.choice('ABCDEFGHJK')}{r.choice('ABCDEFGHJK')}{r.choice('ABCDEFGHJK')}"
        m.subject = f"Véhicule de service {plate} - entretien"
        body = (f"Le véhicule {plate} (Corolla 2022, NIV 2T1BURHE{r.randint(0, 9)}NC{r.randint(100000, 999999)}) sera au garage "
                f"du {C.fmt_date(c.day(2), 'fr_long')} au {C.fmt_date(c.day(4), 'fr_long')}. Réservez un autre véhicule dans l'agenda partagé.")
    elif kind == "heat":
        m.subject = "Interruption du chauffage - 2e étage"
        body = "Des travaux sur la chaufferie auront lieu jeudi. Prévoyez une petite laine; la salle de réunion 2.14 sera fermée."
    else:
        m.subject = "Boîtes à clés - nouveau fournisseur"
        body = "Les boîtes à clés sécurisées pour les domiciles seront remplacées. Commandez-les auprès de l'agente administrative (poste 2210)."
    m.text = f"Bonjour,\n\n{body}\n\nServices techniques\nTél. {C.ORG_PHONE} poste 4000\n"
    return m


# 14 --------------------------------------------------------------------------
def stats(c):
    r = c.rng
    m = T.new("statistics", L, False, "statistiques mensuelles agrégées du programme", r)
    st, me = _me(c, "mgr")
    m.frm = me
    m.to = [("Comité de direction", "cd@ciusss-hrv.example")]
    groups = ["Cancer", "MPOC", "Insuffisance cardiaque", "SLA / neuro", "Démence", "Rénal", "Pédiatrie"]
    rows = []
    for g in groups:
        n = r.randint(2, 60)
        rows.append([g, n, r.randint(0, max(1, n // 3)), f"{r.randint(30, 85)} %", r.randint(5, 80)])
    hdr = ["Groupe diagnostique", "Usagers actifs", "Décès", "Décès à domicile", "Délai moyen 1re visite (h)"]
    mo = C.FR_MONTHS[(c.now.month - 2) % 12]
    m.subject = c.choice([f"Tableau de bord - {mo}", f"Statistiques SAD palliatif {mo}"])
    if c.chance(0.5):
        m.atts.append(T.att(f"tableau_de_bord_{mo}.xlsx", XLSX, D.xlsx([("Sommaire", hdr, rows)], author=st.full)))
        m.text = f"Bonjour,\n\nTableau de bord de {mo} en pièce jointe (données agrégées, aucune donnée nominative).\n\n{C.signature(st, L, r)}\n"
    else:
        m.text = (f"Bonjour,\n\nVoici le sommaire de {mo} :\n\n{M.text_table(hdr, rows)}\n\n"
                  f"Total des visites : {r.randint(900, 1500)}. Cible de 48 h respectée à {r.randint(80, 97)} %.\n\n"
                  f"{C.signature(st, L, r)}\n")
    return m


# 15 --------------------------------------------------------------------------
def teaching_case(c):
    r = c.rng
    m = T.new("teaching", L, False, "cas clinique anonymisé pour la formation", r)
    md, me = _me(c, "md")
    m.frm = me
    m.to = [("Résidents et externes", "enseignement@gmf-saules.example")]
    a = r.randint(58, 88)
    m.subject = c.choice(["Cas clinique pour jeudi", "Club de lecture + cas", "Vignette - delirium terminal"])
    m.text = (f"Bonjour,\n\nPour la séance de jeudi, voici la vignette (cas fictif inspiré de plusieurs situations, "
              f"aucune donnée identifiante) :\n\nFemme de {a} ans, néo pancréas métastatique, PPS 30 %, à domicile. "
              f"Agitation nocturne depuis 48 h malgré halopéridol 0,5 mg s.c. q8h. Créatinine à 180 µmol/L. "
              f"La famille demande une sédation.\n\nQuestions :\n1. Diagnostic différentiel du delirium?\n"
              f"2. Quand envisager la méthotriméprazine?\n3. Critères de sédation palliative continue?\n\n"
              f"Lecture : lignes directrices du Collège (2023), chap. 4.\n\n{C.signature(md, L, r)}\n")
    return m


# 16 --------------------------------------------------------------------------
def blank_form(c):
    r = c.rng
    m = T.new("blank_form", L, False, "formulaire de référence vierge", r)
    st, me = _me(c, "adm")
    m.frm = me
    m.to = [("Liaison - Hôpital Sainte-Blandine", "liaison@hsb.example")]
    fields = ["Nom de l'usager : ______________________", "Date de naissance (AAAA-MM-JJ) : ____-__-__",
              "Sexe : F [ ]  M [ ]  X [ ]", "NAM : ____ ____ ____", "Adresse : ______________________",
              "Téléphone : (___) ___-____", "Diagnostic principal : ______________________",
              "PPS : ___ %   Niveau de soins : A [ ] B [ ] C [ ] D [ ]", "Médication actuelle : (joindre le profil)",
              "Médecin référent : ______________  Permis : _______"]
    if c.chance(0.5):
        m.atts.append(T.att("AH-SPAD-01_formulaire_reference.docx", DOCX,
                            D.docx("Demande de services — soins palliatifs à domicile (AH-SPAD-01)", fields, author=st.full)))
    else:
        m.atts.append(T.att("AH-SPAD-01_vierge.pdf", "application/pdf",
                            D.pdf("Demande de services — soins palliatifs à domicile", fields, header="Formulaire AH-SPAD-01 (rév. 2025-01)")))
    m.subject = c.choice(["Nouveau formulaire de référence (version 2025)", "Formulaire AH-SPAD-01 à jour"])
    m.text = (f"Bonjour,\n\nVeuillez utiliser dorénavant la version 2025 du formulaire de référence (jointe, vierge). "
              f"Les anciennes versions seront refusées à compter du {C.fmt_date(c.day(15), 'fr_long')}.\n\n{C.signature(st, L, r)}\n")
    return m


# 17 --------------------------------------------------------------------------
def mail_merge(c):
    r = c.rng
    m = T.new("template", L, False, "modèle de lettre de condoléances en publipostage", r)
    sw, me = _me(c, "sw")
    m.frm = me
    m.to = [c.who(c.staff("adm"), L)]
    tpl = ("«Titre» «Prénom_proche» «Nom_proche»\n«Adresse_ligne1»\n«Ville» (Québec) «Code_postal»\n\n"
           "Objet : Nos sincères condoléances\n\n«Titre»,\n\nToute l'équipe des soins palliatifs à domicile se joint à moi "
           "pour vous offrir ses plus sincères condoléances à la suite du décès de «Prénom_défunt» «Nom_défunt», "
           "survenu le «Date_décès».\n\nUn membre de l'équipe communiquera avec vous dans les prochaines semaines. "
           "Le groupe de soutien au deuil se réunit les mardis à 19 h.\n\n«Signature_TS»")
    m.subject = c.choice(["Modèle lettre de condoléances - publipostage", "Gabarit révisé - lettre de deuil"])
    m.text = (f"Bonjour,\n\nVoici le gabarit révisé pour la lettre de condoléances. Les champs de fusion sont entre « ».\n\n"
              f"----\n{tpl}\n----\n\nMerci de remplacer l'ancien modèle dans le dossier partagé.\n\n{sw.given}\n")
    if c.chance(0.5):
        m.atts.append(T.att(c.choice(["gabarit_condoleances.docx", "Gabarit condoléances (révisé).docx"]), DOCX, D.docx("Lettre de condoléances (gabarit)", tpl.split("\n"), author=sw.full)))
    return m


# 18 --------------------------------------------------------------------------
def shortage(c):
    r = c.rng
    m = T.new("drug_shortage", L, False, "avis de pénurie de médicament", r)
    rx = c.choice(C.STAFF["rx"])
    m.frm = (f"{rx.full} - Département de pharmacie", f"pharmacie@ciusss-hrv.example")
    m.to = [("Prescripteurs et infirmières SAD", f"equipe-spad@{C.ORG_DOMAIN}")]
    drug = c.choice([("hydromorphone HP 50 mg/mL (fiole 1 mL)", "hydromorphone 10 mg/mL ou morphine 50 mg/mL"),
                     ("midazolam 5 mg/mL (fiole 10 mL)", "midazolam 1 mg/mL ou lorazépam SL"),
                     ("glycopyrrolate 0,2 mg/mL", "scopolamine 0,4 mg/mL s.c."),
                     ("méthotriméprazine 25 mg/mL", "halopéridol ou chlorpromazine")])
    m.subject = f"Pénurie : {drug[0].split(' (')[0]}"
    m.text = (f"Bonjour,\n\nLe fournisseur nous avise d'une rupture de {drug[0]} jusqu'au "
              f"{C.fmt_date(c.day(c.choice([30, 45, 60])), 'fr_long')} (DIN {r.randint(2100000, 2499999):08d}).\n"
              f"Alternative suggérée : {drug[1]}. Les ordonnances en cours seront ajustées par la pharmacie; "
              f"aucune action requise pour les cassettes déjà préparées.\n\n{rx.full}, {rx.role_fr}\n")
    return m


# 19 --------------------------------------------------------------------------
def recall(c):
    r = c.rng
    m = T.new("recall", L, False, "rappel de lots de cassettes de pompe", r)
    m.frm = (f"{C.PUMP_CO[0]} - Affaires réglementaires", f"rappels@{C.PUMP_CO[1]}")
    m.to = [("Gestionnaires d'équipement", "equipements@ciusss-hrv.example")]
    lots = [f"{r.randint(3000000, 3999999)}" for _ in range(c.choice([2, 3, 4]))]
    m.subject = c.choice(["AVIS DE RAPPEL - cassettes 100 mL", "Rappel volontaire de produits - classe II",
                          "Rappel de lots - cassettes réservoir", "URGENT : mise en quarantaine de lots"])
    m.text = (f"AVIS DE RAPPEL VOLONTAIRE\n\nProduit : Cassette réservoir 100 mL, réf. 21-7002-24\nLots visés : {', '.join(lots)}\n"
              f"Problème : fissure possible du raccord pouvant entraîner une fuite et une sous-perfusion.\n"
              f"Action : mettre en quarantaine les unités visées et communiquer avec le {C.PUMP_CO[2]}.\n"
              f"Aucun incident n'a été rapporté au Canada à ce jour.\n\n{C.PUMP_CO[0]}\n")
    return m


# 20 --------------------------------------------------------------------------
def research(c):
    r = c.rng
    m = T.new("research", L, False, "protocole de recherche sans identité de participants", r)
    md, me = _me(c, "md")
    m.frm = me
    m.to = [("Comité d'éthique de la recherche", "cer@ciusss-hrv.example")]
    m.subject = c.choice(["Soumission CER - étude ventilateur portatif et dyspnée", "Protocole - amendement no 2"])
    m.text = (f"Bonjour,\n\nVeuillez trouver le protocole « Ventilateur portatif pour la dyspnée en MPOC terminale à domicile : "
              f"essai pragmatique » (version 1.3).\n\nCritères d'inclusion : adulte suivi au SAD palliatif, MPOC GOLD 4 ou "
              f"néo pulmonaire, dyspnée ≥ 4/10.\nCritères d'exclusion : delirium, SpO2 < 80 % sous O2.\n"
              f"Taille d'échantillon visée : 60 participants. Aucun recrutement avant l'approbation.\n\n{C.signature(md, L, r)}\n")
    if c.chance(0.5):
        m.atts.append(T.att("protocole_v1.3.pdf", "application/pdf", D.pdf("Protocole de recherche v1.3", [
            "Titre : Ventilateur portatif et dyspnée", "Devis : essai pragmatique randomisé", "Population : MPOC GOLD 4",
            "Issue principale : score de dyspnée à 7 jours", "Analyse : modèle mixte"], compress=True)))
    return m


# 21 --------------------------------------------------------------------------
def volunteer_training(c):
    r = c.rng
    m = T.new("volunteer_admin", L, False, "horaire de formation des bénévoles", r)
    co, me = _me(c, "vol")
    m.frm = me
    vols = r.sample(C.VOLUNTEERS, c.choice([4, 5, 6]))
    m.to = [(f"{g} {s}", f"{C.strip_accents(g).lower()}.{C.strip_accents(s).lower().replace(' ', '').replace('-', '')}@{c.choice(C.FAMILY_DOMAINS)}") for g, s in vols]
    d = c.day(c.choice([7, 10, 14]))
    m.subject = c.choice(["Formation des nouveaux bénévoles", "Rappel : formation obligatoire - accompagnement en fin de vie"])
    m.text = (f"Bonjour à toutes et à tous,\n\nLa formation aura lieu les {C.fmt_date(d, 'fr_long')} et "
              f"{C.fmt_date(d + _dt.timedelta(days=7), 'fr_long')}, de 9 h à 16 h, salle 2.14.\n\nAu programme : "
              f"écoute active, confidentialité, reconnaître les signes de fin de vie, le deuil, limites du rôle du bénévole "
              f"(pas de soins, pas de médicaments).\n\nCovoiturage : {vols[0][0]} offre 2 places depuis Chambly.\n\n"
              f"{C.signature(co, L, r)}\n")
    return m


# 22 --------------------------------------------------------------------------
def baby_news(c):
    r = c.rng
    m = T.new("social_staff", L, False, "annonce de naissance du bébé d'une collègue", r)
    st, me = _me(c, "adm")
    col = c.choice(C.STAFF["rn"] + C.STAFF["sw"])
    m.frm = me
    m.to = [("Équipe SAD palliatif", f"equipe-spad@{C.ORG_DOMAIN}")]
    b = c.day(-c.choice([2, 3, 5]))
    kid = c.choice(["Éloïse", "Théo", "Rosalie", "Arthur", "Juliette"])
    m.subject = c.choice(["Bienvenue bébé!", f"Naissance - félicitations à {col.given}!"])
    m.text = (f"Bonjour tout le monde,\n\nJ'ai le plaisir de vous annoncer la naissance de {kid}, "
              f"{'fille' if kid in ('Éloïse', 'Rosalie', 'Juliette') else 'fils'} de notre collègue {col.full}, "
              f"né{'e' if kid in ('Éloïse', 'Rosalie', 'Juliette') else ''} le {C.fmt_date(b, 'fr_long')} à 4 h 12 "
              f"({r.randint(2900, 4100)} g). Maman et bébé se portent bien!\n\nUne carte circule au bureau de Saint-Jean "
              f"jusqu'à vendredi.\n\n{st.given}\n")
    return m


# 23 --------------------------------------------------------------------------
def birthdays(c):
    r = c.rng
    m = T.new("social_staff", L, False, "liste des anniversaires du personnel avec dates de naissance", r)
    st, me = _me(c, "adm")
    m.frm = me
    m.to = [("Comité social", f"comite.social@{C.ORG_DOMAIN}")]
    mo = c.now.month % 12 + 1
    people = r.sample(_all(), c.choice([3, 4, 5]))
    rows = [[p.full, p.role_fr, f"{r.randint(1, 28):02d}/{mo:02d}/{r.randint(1968, 1998)}"] for p in people]
    m.subject = c.choice([f"Anniversaires du mois de {C.FR_MONTHS[mo - 1]}", "Fêtes du mois prochain", "Gâteau mensuel - liste"])
    m.text = (f"Bonjour au comité,\n\nVoici les anniversaires du mois prochain (dates de naissance fournies "
              f"avec l'accord des employés pour le gâteau mensuel) :\n\n{M.text_table(['Nom', 'Fonction', 'Date de naissance'], rows)}\n\n"
              f"Le gâteau sera le dernier vendredi du mois.\n{st.given}\n")
    return m


# 24 --------------------------------------------------------------------------
def grief_group(c):
    r = c.rng
    m = T.new("announcement", L, False, "annonce générale du groupe de soutien au deuil", r)
    sp, me = _me(c, "spir")
    m.frm = me
    m.to = [("Partenaires communautaires", "partenaires@ciusss-hrv.example")]
    d = c.day(c.choice([10, 14, 21]))
    m.subject = c.choice(["Groupe de soutien au deuil - nouvelle cohorte", "Invitation : groupe d'entraide pour personnes endeuillées",
                          "À diffuser : groupe de deuil printemps 2025"])
    m.text = (f"Bonjour,\n\nUne nouvelle cohorte du groupe de soutien au deuil débutera le {C.fmt_date(d, 'fr_long')} "
              f"(8 rencontres, mardis 19 h, salle communautaire de l'église Saint-Edmond — fictive).\n"
              f"Le groupe s'adresse aux proches de personnes décédées depuis au moins 3 mois. Gratuit.\n"
              f"Inscription : {C.ORG_PHONE} poste {sp.ext}.\n\nMerci de diffuser l'affiche jointe dans vos milieux.\n\n{C.signature(sp, L, r)}\n")
    m.atts.append(T.att(c.choice(["affiche_groupe_deuil.pdf", "Affiche — groupe de soutien au deuil.pdf"]), "application/pdf", D.pdf("Groupe de soutien au deuil", [
        "Vous avez perdu un être cher?", "8 rencontres gratuites, les mardis à 19 h", f"Information : {C.ORG_PHONE}"])))
    return m


# 25 --------------------------------------------------------------------------
def protocol(c):
    r = c.rng
    m = T.new("protocol", L, False, "protocole clinique général sans patient", r)
    md, me = _me(c, "md")
    m.frm = me
    m.to = [("Équipe SAD palliatif", f"equipe-spad@{C.ORG_DOMAIN}")]
    m.subject = c.choice(["Protocole détresse respiratoire - version révisée", "Rappel : trousse de détresse au domicile"])
    m.text = (f"Bonjour,\n\nRappel du protocole de détresse (ordonnance collective OC-SPAD-07) :\n\n"
              f"- Midazolam 2,5 à 5 mg s.c. + hydromorphone (dose d'entredose x 2) s.c., répéter q20 min x 3 PRN\n"
              f"- Scopolamine 0,4 mg s.c. si sécrétions\n- Aviser le médecin de garde après la 2e dose\n\n"
              f"La trousse doit être présente dans chaque domicile où le PPS est ≤ 30 %. Vérifiez les dates de péremption "
              f"lors de vos visites.\n\n{C.signature(md, L, r)}\n")
    return m


# 26 --------------------------------------------------------------------------
def courier_route(c):
    r = c.rng
    m = T.new("logistics", L, False, "horaire du messager de la pharmacie par secteur", r)
    ph = C.PHARM[0]
    m.frm = (ph[0], f"livraisons@{ph[1]}")
    m.to = [c.who(c.staff("adm"), L)]
    rows = [[s, c.choice(["lun-mer-ven", "mar-jeu", "tous les jours"]), c.choice(["10 h-12 h", "13 h-15 h", "15 h-17 h"])]
            for s in ["Saint-Jean", "Iberville", "Chambly/Carignan", "Marieville", "Napierville/Lacolle"]]
    m.subject = "Nouvel horaire de livraison à domicile"
    m.text = (f"Bonjour,\n\nÀ compter du {C.fmt_date(c.day(7), 'fr_long')}, nos livraisons à domicile suivront cet horaire :\n\n"
              f"{M.text_table(['Secteur', 'Jours', 'Plage'], rows)}\n\nLes demandes urgentes (cassettes, trousses de détresse) "
              f"reçues avant 14 h sont livrées le jour même.\n\n{ph[0]}\nTél. {ph[2]} | Téléc. {ph[3]}\n")
    return m


# 27 --------------------------------------------------------------------------
def supplier_fr_invoice(c):
    r = c.rng
    m = T.new("invoice", L, False, "facture d'un fournisseur français avec SIRET et TVA", r)
    m.frm = ("Édition Soins & Fin de vie (France)", "factures@soins-findevie.example")
    m.to = [("Comptes fournisseurs CIUSSS HRV", "comptes.fournisseurs@ciusss-hrv.example")]
    from stdnum import luhn
    base = "".join(str(r.randint(0, 9)) for _ in range(13))
    siret = base + luhn.calc_check_digit(base)
    inv = f"FA{r.randint(20250001, 20259999)}"
    m.subject = f"Facture {inv} - abonnements"
    m.text = (f"Madame, Monsieur,\n\nVeuillez trouver ci-dessous la facture {inv} :\n\n"
              f"20 x « Guide pratique des soins palliatifs à domicile », 4e éd. — 34,00 € = 680,00 €\n"
              f"Frais de port international : 85,00 €\nTotal HT : 765,00 €\n\n"
              f"SIRET : {siret[:3]} {siret[3:6]} {siret[6:9]} {siret[9:]}\nIBAN : FR76 {r.randint(1000, 9999)} {r.randint(1000, 9999)} "
              f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(100, 999)}\n"
              f"Règlement à 45 jours fin de mois.\n\nService comptabilité\n")
    return m


# 28 --------------------------------------------------------------------------
def staff_condolence(c):
    r = c.rng
    m = T.new("social_staff", L, False, "avis de décès du parent d'une collègue", r)
    mgr, me = _me(c, "mgr")
    col = c.choice(_all())
    m.frm = me
    m.to = [("Équipe SAD palliatif", f"equipe-spad@{C.ORG_DOMAIN}")]
    m.subject = c.choice(["Triste nouvelle", f"Condoléances - {col.given}", "Avis de décès - famille d'une collègue"])
    m.text = (f"Bonjour à tous,\n\nC'est avec tristesse que je vous annonce le décès du père de notre collègue "
              f"{col.full}, survenu la semaine dernière. {col.given} sera absent{'e' if col.given not in ('Kevin', 'Patrick', 'Marc-André', 'Karim', 'Andrew', 'Pierre-Luc', 'Dominic', 'Robert', 'Éric', 'Yannick') else ''} "
              f"jusqu'à lundi.\nLes funérailles auront lieu samedi à 11 h au complexe funéraire Rive-Sud (fictif). "
              f"Une carte de sympathie circule au secrétariat.\n\n{mgr.given}\n")
    return m


# 29 --------------------------------------------------------------------------
def reply_room(c):
    r = c.rng
    m = T.new("reply", L, False, "réponse avec texte cité au sujet d'une réservation de salle", r)
    a, me = _me(c, "adm")
    b = c.staff("sw")
    m.frm = me
    m.to = [c.who(b, L)]
    m.subject = c.choice(["RE: Salle pour la rencontre interdisciplinaire", "RE: réservation salle 2.14", "RE: Rencontre de jeudi - salle"])
    m.in_reply_to = f"<{r.getrandbits(48):x}@{C.ORG_DOMAIN}>"
    orig = (f"Bonjour {a.given},\n\nPeux-tu réserver la salle 2.14 jeudi de 13 h à 15 h pour la rencontre "
            f"interdisciplinaire? Nous aurons 12 dossiers à discuter, dont 3 nouvelles admissions.\n"
            f"Il faudra aussi le projecteur et la ligne Teams pour la Dre Bensalem.\n\nMerci!\n{b.given}")
    m.text = (f"C'est réservé, le projecteur aussi.\n\n{a.given}\n\n" +
              T.outlook_header(L, f"{b.full} <{b.addr()}>", me[0], T.when_str(L, c.now - _dt.timedelta(hours=3)),
                               "Salle pour la rencontre interdisciplinaire") + "\n\n" + orig + "\n")
    return m


# 30 --------------------------------------------------------------------------
def group_insurance(c):
    r = c.rng
    m = T.new("hr_benefits", L, False, "rappel d'adhésion à l'assurance collective des employés", r)
    hr, me = _me(c, "hr")
    m.frm = me
    m.to = [("Nouveaux employés", "nouveaux@ciusss-hrv.example")]
    m.subject = c.choice(["Adhésion à l'assurance collective - date limite", "Rappel : formulaire d'adhésion"])
    m.text = (f"Bonjour,\n\nVous avez 30 jours après votre embauche pour adhérer au régime d'{C.INSURER[0]}. "
              f"Le formulaire demande : nom, date de naissance, NAS, personnes à charge et bénéficiaire.\n"
              f"NE PAS envoyer ce formulaire par courriel : remettez-le en main propre aux RH (bureau 1.08).\n\n"
              f"Service à la clientèle de l'assureur : {C.INSURER[2]}\n\n{C.signature(hr, L, r)}\n")
    m.atts.append(T.att("formulaire_adhesion_vierge.pdf", "application/pdf", D.pdf("Formulaire d'adhésion — assurance collective", [
        "Nom de l'employé : ____________________", "Date de naissance : ____/____/______", "NAS : ___ ___ ___",
        "Matricule : ________", "Personne à charge 1 : ______________", "Signature : ______________"])))
    return m


# 31 --------------------------------------------------------------------------
def training_list(c):
    r = c.rng
    m = T.new("training", L, False, "liste d'inscription du personnel à une formation sur les pompes", r)
    st, me = _me(c, "mgr")
    m.frm = me
    m.to = [("Équipe SAD palliatif", f"equipe-spad@{C.ORG_DOMAIN}")]
    people = r.sample(C.STAFF["rn"], c.choice([4, 5, 6]))
    rows = [[p.full, p.role_fr, c.choice(["groupe A (9 h)", "groupe B (13 h)"]), c.choice(["oui", "non", "à confirmer"])] for p in people]
    hdr = ["Employé(e)", "Titre d'emploi", "Groupe", "Certification à jour"]
    m.subject = c.choice(["Formation CADD-Solis - inscriptions", "Recertification pompes - groupes"])
    if c.chance(0.5):
        txt = D.csv_text(hdr, rows, delim=";")
        m.atts.append(T.att("inscriptions_formation.csv", "text/csv", text=txt, charset=c.choice(["utf-8", "windows-1252"])))
        m.text = f"Bonjour,\n\nLes inscriptions à la recertification sont en pièce jointe.\n\n{C.signature(st, L, r)}\n"
    else:
        m.text = (f"Bonjour,\n\nVoici les groupes pour la recertification CADD-Solis :\n\n{M.text_table(hdr, rows)}\n\n"
                  f"{C.signature(st, L, r)}\n")
    return m


TEMPLATES = [
    (oncall_schedule, 4), (leave_approval, 3), (payroll, 3), (occ_health, 3), (newsletter, 4), (committee, 3),
    (conference, 3), (job_posting, 3), (pump_invoice, 4), (purchase_order, 3), (inventory, 4), (it_notice, 3),
    (facilities, 3), (stats, 3), (teaching_case, 3), (blank_form, 3), (mail_merge, 3), (shortage, 3), (recall, 3),
    (research, 2), (volunteer_training, 3), (baby_news, 3), (birthdays, 2), (grief_group, 3), (protocol, 3),
    (courier_route, 2), (supplier_fr_invoice, 2), (staff_condolence, 2), (reply_room, 3), (group_insurance, 2),
    (training_list, 2),
]
