"""Negative builders, part A: HR, schedules, postings, newsletters, conferences, committees, IT."""
import datetime

import gen_attach as A
from gen_common import (STAFF, d_fr, d_en, HOSP, HOSP_EN, CLINIC, CLINIC_EN, ORG, RT, PROD,
                        CLINIC_PHONE, CLINIC_ADDR, VENDORS)
from gen_ctx import quote, outlook_quote

RT_STAFF = ["lemieux", "boivin", "paradis", "frechette", "carrier"]
TECHS = ["giroux", "lambert", "sandhu", "kerr"]
ALLSTAFF = RT_STAFF + TECHS + ["bilodeau", "rousseau", "doucet", "nolin"]


def neg(cat, lang, note, subject, frm, to, date, text=None, **kw):
    d = dict(cat=cat, lang=lang, types=[], note=note, subject=subject, to=to, date=date, text=text)
    d["from"] = frm
    d.update(kw)
    return d


# 1 ---------------------------------------------------------------------------
def staff_schedule(ctx, k):
    r = ctx.rng
    lang = "fr" if k % 3 != 2 else "en"
    dt = ctx.when()
    start = ctx.later(dt, 7, 20)
    while start.weekday() != 0:
        start += datetime.timedelta(days=1)
    head = ["Date", "Jour (7h-15h)", "Soir (15h-23h)", "Nuit labo (20h-8h)", "PROD visites"] if lang == "fr" else \
        ["Date", "Day (7-15)", "Evening (15-23)", "Sleep lab night (20-8)", "Home O2 visits"]
    rows = [head]
    for i in range(14):
        d = start + datetime.timedelta(days=i)
        rows.append([d.strftime("%Y-%m-%d"), ctx.who(ctx.pick(RT_STAFF), lang, False),
                     ctx.who(ctx.pick(RT_STAFF), lang, False),
                     ctx.who(ctx.pick(TECHS), lang, False) + " / " + ctx.who(ctx.pick(TECHS), lang, False),
                     ctx.who("paradis", lang, False) if d.weekday() < 5 else "-"])
    x = A.make_xlsx([("Horaire" if lang == "fr" else "Schedule", rows)], author=ctx.who("arsenault", lang, False))
    if lang == "fr":
        body = [ctx.greet("fr"), "", f"Voici l'horaire des deux semaines débutant le {d_fr(start, 0)}. "
                "Les échanges doivent être approuvés par moi avant le vendredi précédent.",
                "", "Rappel : la nuit du labo requiert deux personnes dont au moins une technologue certifiée RPSGT.",
                "", ctx.sig("arsenault", "fr")]
        subj = f"Horaire période {start.strftime('%d/%m')} - inhalo et labo du sommeil"
    else:
        body = [ctx.greet("en"), "", f"Attached is the two-week schedule starting {d_en(start, 0)}. Shift swaps "
                "must be approved by Friday noon.", "", ctx.sig("arsenault", "en")]
        subj = f"Schedule - period starting {d_en(start, 1)}"
    return neg("staff_schedule_xlsx", lang, "two-week staff roster", subj, ctx.frm("arsenault"),
               [("Équipe inhalothérapie", "inhalo-equipe@cisss-deuxrives.example")], dt, "\n".join(body),
               atts=[dict(kind="xlsx", data=x, filename=f"Horaire_{start.strftime('%Y-%m-%d')}.xlsx")])


# 2 ---------------------------------------------------------------------------
def leave_request(ctx, k):
    r = ctx.rng
    lang = "fr" if k % 2 == 0 else "en"
    dt = ctx.when()
    emp = ctx.pick(ALLSTAFF)
    a = ctx.later(dt, 20, 90)
    b = a + datetime.timedelta(days=r.randrange(4, 16))
    if lang == "fr":
        orig = (f"Bonjour {ctx.first('arsenault')},\n\nJe voudrais prendre mes vacances du {d_fr(a, 0)} au "
                f"{d_fr(b, 0)} inclusivement. {ctx.first(ctx.pick(RT_STAFF))} a accepté de couvrir mes deux nuits "
                f"au labo.\n\nMerci\n{ctx.first(emp)}")
        reply = ctx.pick(["Approuvé. Je l'inscris au calendrier.", "C'est beau pour moi, bonnes vacances!",
                          "Approuvé sauf le dernier vendredi : on est déjà deux en congé ce jour-là. Peux-tu "
                          "revenir le jeudi?"])
        text = reply + "\n\n" + ctx.first("arsenault") + "\n\n" + quote(orig, f"Le {d_fr(dt.date(), 0)}, {ctx.who(emp, 'fr', False)} a écrit :")
        subj = "RE: Demande de vacances"
    else:
        orig = (f"Hi {ctx.first('arsenault')},\n\nRequesting leave {d_en(a, 0)} to {d_en(b, 0)}. "
                f"Coverage arranged with {ctx.first(ctx.pick(TECHS))}.\n\n{ctx.first(emp)}")
        text = "Approved - enjoy!\n\n" + ctx.first("arsenault") + "\n\n" + quote(orig, f"On {d_en(dt.date(), 3)}, {ctx.who(emp, 'en', False)} wrote:")
        subj = "Re: Leave request"
    return neg("leave_request", lang, "vacation request and approval", subj, ctx.frm("arsenault"),
               [ctx.frm(emp)], dt, text)


# 3 ---------------------------------------------------------------------------
def occ_health(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    emp = ctx.pick(ALLSTAFF)
    v = k % 3
    if v == 0:
        body = [f"Bonjour {ctx.first(emp)},", "",
                "Suite à ton rendez-vous au Bureau de santé et sécurité du travail, ton retour progressif est "
                "confirmé à partir du lundi prochain : 3 jours/semaine, sans soulèvement de plus de 10 kg (pas de "
                "manipulation des cylindres d'oxygène ni des bonbonnes) pour 4 semaines.",
                "Le formulaire d'assignation temporaire de la CNESST est à signer à mon bureau.", "",
                ctx.sig("cormier", "fr")]
        subj = "Retour progressif - assignation temporaire"
        cc = [ctx.frm("arsenault")]
    elif v == 1:
        body = [ctx.greet("fr"), "",
                "La campagne de vaccination antigrippale pour le personnel a lieu du 20 octobre au 14 novembre. "
                "Cliniques sans rendez-vous à la cafétéria, mardi et jeudi 7 h - 15 h. Les employés du labo du "
                "sommeil (quart de nuit) peuvent se présenter au Bureau de santé entre 6 h et 7 h 30.",
                "Taux de vaccination de notre direction l'an dernier : 58 %. Objectif : 75 %.", "",
                "Santé et sécurité du travail", ORG]
        subj = "Vaccination antigrippale du personnel 2025"
        cc = []
    else:
        body = [f"Hi {ctx.first(emp)},", "",
                "Your fit-test for the N95 respirator is due. Occupational health can see you Tuesday at 7:30 "
                "before your shift. Last year's result: 3M 1870+ size regular, pass.", "",
                "Occupational Health & Safety", ORG]
        subj = "N95 fit-test due"
        cc = []
    lang = "en" if v == 2 else "fr"
    return neg("occupational_health_staff", lang, "employee occupational health notice", subj,
               ("Santé et sécurité du travail", "sst@cisss-deuxrives.example") if v else ctx.frm("cormier"),
               [ctx.frm(emp)] if v != 1 else [("Tout le personnel", "personnel-dsp@cisss-deuxrives.example")],
               dt, "\n".join(body), cc=cc)


# 4 ---------------------------------------------------------------------------
def payroll(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    lang = "fr" if k % 2 == 0 else "en"
    if lang == "fr":
        body = [ctx.greet("fr"), "",
                "Les relevés 1 et feuillets T4 sont disponibles dans le portail employé (Logibec Espace employé) "
                "depuis ce matin. La prime de nuit pour le labo du sommeil (quart 20 h - 8 h) a été ajustée "
                "rétroactivement au 1er avril selon la nouvelle convention collective : 4,15 % au lieu de 3,5 %.",
                f"Le rappel apparaîtra sur la paie du {d_fr(ctx.later(dt, 5, 20), 0)}.", "",
                "Pour toute question : Service de la paie, poste 4410.", "", "Service de la rémunération", ORG]
        subj = "Relevés fiscaux et ajustement de prime de nuit"
    else:
        body = [ctx.greet("en"), "", "Reminder: timesheets for the sleep lab night shifts must be approved in "
                "the system by Monday 10:00 for this pay period. Overtime without manager approval will be paid "
                "on the following cycle.", "", "Payroll", ORG]
        subj = "Timesheet approval deadline"
    return neg("payroll_notice", lang, "payroll notice", subj, ("Service de la paie", "paie@cisss-deuxrives.example"),
               [("Équipe inhalothérapie", "inhalo-equipe@cisss-deuxrives.example")], dt, "\n".join(body))


# 5 ---------------------------------------------------------------------------
def job_posting(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    lang = "fr" if k % 3 != 1 else "en"
    post = r.randrange(2025000, 2025999)
    if lang == "fr":
        title = ctx.pick(["Inhalothérapeute - programme d'oxygénothérapie à domicile",
                          "Technologue en électrophysiologie médicale - laboratoire du sommeil",
                          "Agent(e) administratif(ve) classe 2 - clinique du sommeil"])
        body = [f"AFFICHAGE INTERNE no {post}", "", f"Titre : {title}",
                f"Port d'attache : {HOSP}", "Statut : temps complet permanent, 35 h/semaine",
                "Quart : " + ctx.pick(["jour", "nuit (20 h - 8 h, 3 nuits/semaine)", "jour et soir"]), "",
                "Exigences :", "- Membre en règle de l'ordre professionnel concerné",
                "- Connaissance de la polysomnographie et de la titration PPC/BiPAP (atout)",
                "- Permis de conduire valide classe 5 (visites à domicile)", "",
                f"Période d'affichage : du {d_fr(dt.date(), 0)} au {d_fr(ctx.later(dt, 10, 15), 0)}.",
                "Postulez via le portail carrières. Seules les personnes retenues seront contactées.", "",
                "Direction des ressources humaines", ORG]
        subj = f"Affichage {post} - {title}"
    else:
        title = "Registered Polysomnographic Technologist (RPSGT) - nights"
        body = [f"Job posting #{post}", "", f"Position: {title}", f"Location: {HOSP_EN}, Sleep Disorders Clinic",
                "Bilingual (French/English) required.", "Responsibilities: overnight PSG and MSLT set-up, CPAP/BiPAP "
                "titration, scoring per AASM manual v3, equipment care.", "",
                "Apply through the careers portal before the closing date.", "", "Human Resources", ORG]
        subj = f"Posting #{post} - {title}"
    return neg("job_posting", lang, "internal job posting", subj, ("Dotation", "dotation@cisss-deuxrives.example"),
               [("Tout le personnel", "personnel-dsp@cisss-deuxrives.example")], dt, "\n".join(body))


# 6 ---------------------------------------------------------------------------
def newsletter(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    lang = "fr" if k % 2 == 0 else "en"
    if lang == "fr":
        items = [("Journée mondiale du sommeil",
                  "Le 14 mars, kiosque d'information dans le hall principal : dépistage de l'apnée du sommeil "
                  "(questionnaire STOP-Bang) et conseils pour une bonne hygiène du sommeil."),
                 ("Le saviez-vous?",
                  "On estime qu'environ 1 adulte sur 4 présente un risque élevé d'apnée obstructive du sommeil, et "
                  "que 80 % des cas ne sont pas diagnostiqués. La narcolepsie touche environ 1 personne sur 2 000."),
                 ("Nouveau à la clinique",
                  "Bienvenue à la Dre Nadia Rahimi, pédiatre, qui se joint à l'équipe pour les évaluations du sommeil "
                  "chez l'enfant (ronflement, apnée, somnambulisme)."),
                 ("Délais", f"Le délai médian pour une polysomnographie est passé de 14 à {r.randrange(8, 12)} mois.")]
        cap = "Info-Sommeil - bulletin de la clinique des troubles du sommeil"
        subj = f"Info-Sommeil - {d_fr(dt.date(), 0).split(' ', 1)[1]}"
    else:
        items = [("World Sleep Day", "Visit our booth in the main lobby on March 14 for OSA screening (STOP-Bang)."),
                 ("Did you know?", "Untreated sleep apnoea roughly doubles the risk of motor-vehicle crashes."),
                 ("Welcome", "Dr. Samuel Okafor, respirologist, now runs the Thursday non-invasive ventilation clinic.")]
        cap = "Sleep Matters - Sleep Disorders Clinic newsletter"
        subj = "Sleep Matters newsletter"
    html = "<html><body style=\"font-family:Georgia\">\n<h1>" + cap + "</h1>\n" + "\n".join(
        f"<h2>{t}</h2>\n<p>{b}</p>" for t, b in items) + \
        "\n<p style=\"font-size:9pt\">Pour vous désabonner, répondez « retrait ».</p>\n</body></html>\n"
    text = cap + "\n\n" + "\n\n".join(f"{t}\n{b}" for t, b in items) + "\n"
    return neg("newsletter", lang, "clinic newsletter on sleep disorders", subj,
               ("Info-Sommeil", "info-sommeil@cisss-deuxrives.example"),
               [("Liste Info-Sommeil", "liste-infosommeil@cisss-deuxrives.example")], dt, text, html=html,
               mode=ctx.pick(["alt", "html"]))


# 7 ---------------------------------------------------------------------------
def conference(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    lang = "fr" if k % 2 == 0 else "en"
    day = ctx.later(dt, 20, 70)
    talks = [("8 h 30", "Dre Hélène Vachon", "Apnée du sommeil et sécurité routière : le rôle du médecin"),
             ("9 h 30", "Dr Philippe Desrosiers", "Narcolepsie de type 1 : nouveautés thérapeutiques (pitolisant, oxybates)"),
             ("10 h 45", "Dr Samuel Okafor", "Ventilation non invasive à domicile dans la SLA et le syndrome obésité-hypoventilation"),
             ("13 h 00", "Josiane Paradis, inh.", "Oxygénothérapie à domicile : critères d'admission et sécurité (tabagisme)"),
             ("14 h 00", "Dre Nadia Rahimi", "Le ronflement chez l'enfant : quand référer?"),
             ("15 h 00", "Table ronde", "Les tests d'apnée à domicile : forces et limites")]
    if lang == "fr":
        lines = ["## Journée régionale du sommeil - programme", f"{d_fr(day, 0)}, amphithéâtre B, {HOSP}", ""] + \
            [f"{h}  {s} - {t}" for h, s, t in talks] + ["", "6 heures de formation reconnues (OPIQ, FMOQ)."]
        body = [ctx.greet("fr"), "", "Vous trouverez ci-joint le programme de la Journée régionale du sommeil. "
                "Inscription gratuite pour le personnel du CISSS.", "", ctx.sig("doucet", "fr")]
        subj = "Programme - Journée régionale du sommeil"
        fn = "Programme_Journee_sommeil.pdf"
    else:
        lines = ["## Regional Sleep Day - Programme", f"{d_en(day, 0)}, Auditorium B, {HOSP_EN}", ""] + \
            [f"{h}  {s} - {t}" for h, s, t in talks]
        body = [ctx.greet("en"), "", "Programme attached for the Regional Sleep Day.", "", ctx.sig("doucet", "en")]
        subj = "Regional Sleep Day - programme"
        fn = "Sleep_Day_programme.pdf"
    pdf = A.make_pdf("Journée régionale du sommeil", lines, compress=ctx.chance(0.5))
    return neg("conference_programme", lang, "conference programme with speakers and topics", subj,
               ctx.frm("doucet"), [("Tout le personnel", "personnel-dsp@cisss-deuxrives.example")], dt,
               "\n".join(body), atts=[dict(kind="pdf", data=pdf, filename=fn)])


# 8 ---------------------------------------------------------------------------
def committee(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    lang = "fr" if k % 3 != 2 else "en"
    day = ctx.later(dt, 5, 20)
    if lang == "fr":
        body = ["Comité de la qualité - clinique du sommeil et inhalothérapie", f"Date : {d_fr(day, 3)}, 12 h - 13 h, salle 3.114",
                "", "Ordre du jour :", "1. Adoption du compte rendu du " + d_fr(ctx.earlier(dt, 20, 40), 0),
                "2. Taux de reprise des PSG (cible < 5 %)", "3. Délais d'attente : priorités A et B",
                "4. Événements indésirables du trimestre (chutes, désaturations) - données agrégées",
                "5. Révision de la procédure de nettoyage des interfaces", "6. Divers", "",
                "Invités : " + ", ".join(ctx.who(x, "fr") for x in ["vachon", "arsenault", "doucet", "giroux"]),
                "", ctx.sig("doucet", "fr")]
        subj = "Convocation - Comité de la qualité"
    else:
        body = ["Quality committee - sleep & respiratory services", f"{d_en(day, 3)}, 12:00-13:00, room 3.114", "",
                "Agenda:", "1. Minutes", "2. PSG repeat rate", "3. Wait times", "4. Incidents (aggregate)", "5. Other",
                "", ctx.sig("doucet", "en")]
        subj = "Quality committee - agenda"
    return neg("committee_notice", lang, "committee agenda", subj, ctx.frm("doucet"),
               [ctx.frm("vachon"), ctx.frm("arsenault"), ctx.frm("giroux")], dt, "\n".join(body))


# 9 ---------------------------------------------------------------------------
def it_notice(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    v = k % 4
    if v == 0:
        lang = "fr"
        body = [ctx.greet("fr"), "",
                f"Le logiciel d'acquisition et d'analyse de polysomnographie sera mis à jour (version 11.4) le "
                f"{d_fr(ctx.later(dt, 3, 10), 3)} entre 8 h et 12 h. Les postes du labo (PSG-01 à PSG-06) et le "
                "serveur de revue seront indisponibles. Aucune étude ne doit être en cours d'analyse pendant la "
                "fenêtre.", "", "Ticket : INC0048213", "", ctx.sig("goulet", "fr")]
        subj = "Interruption planifiée - logiciel PSG"
    elif v == 1:
        lang = "fr"
        body = ["ATTENTION - hameçonnage", "",
                "Plusieurs employés ont reçu un courriel se présentant comme la RAMQ et demandant de « valider votre "
                "numéro d'assurance maladie ». Ne cliquez pas sur le lien et ne répondez pas. Signalez le message "
                "avec le bouton « Signaler ».", "", "Sécurité de l'information", ORG]
        subj = "Alerte hameçonnage - faux courriel RAMQ"
    elif v == 2:
        lang = "en"
        body = [ctx.greet("en"), "", "The new home-oxygen tablets (asset tags IT-TAB-3301 to IT-TAB-3306) are ready "
                "for pick-up. Please bring your badge. MDM enrolment is done; the VPN profile installs at first login.",
                "", ctx.sig("goulet", "en")]
        subj = "Tablets ready for pick-up"
    else:
        lang = "fr"
        body = [ctx.greet("fr"), "", "Le lecteur réseau S:\\Sommeil sera migré vers SharePoint ce week-end. "
                "Les raccourcis seront remplacés automatiquement lundi matin. Merci de fermer tous vos fichiers "
                "Excel (horaires, statistiques) avant de quitter vendredi.", "", ctx.sig("goulet", "fr")]
        subj = "Migration du lecteur S:\\Sommeil"
    return neg("it_notice", lang, "IT notice", subj, ctx.frm("goulet"),
               [("Clinique du sommeil", "clinique.sommeil@cisss-deuxrives.example")], dt, "\n".join(body))


# 10 --------------------------------------------------------------------------
def facilities(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    lang = "fr" if k % 2 == 0 else "en"
    if lang == "fr":
        body = [ctx.greet("fr"), "", ctx.pick([
            "Des travaux de ventilation auront lieu au 3e étage du pavillon B. Les chambres 4 à 6 du laboratoire "
            "du sommeil seront fermées du 3 au 7 novembre; le labo fonctionnera à 3 lits.",
            "L'ascenseur no 2 sera hors service mardi. Les patients en fauteuil roulant doivent utiliser "
            "l'ascenseur des Urgences.",
            "Une coupure d'eau chaude est prévue jeudi entre 5 h et 9 h. Les douches du labo ne seront pas "
            "disponibles le matin."]), "", "Services techniques", ORG, "poste 3300"]
        subj = ctx.pick(["Avis de travaux - 3e étage", "Avis - services techniques"])
    else:
        body = [ctx.greet("en"), "", "The sleep lab thermostat issue (rooms 1-3 at 26 °C) is fixed. Work order "
                "WO-77120 is closed.", "", "Facilities", ORG]
        subj = "Sleep lab temperature - fixed"
    return neg("facilities_notice", lang, "facilities notice", subj,
               ("Services techniques", "services.techniques@cisss-deuxrives.example"),
               [("Clinique du sommeil", "clinique.sommeil@cisss-deuxrives.example")], dt, "\n".join(body))


# 11 --------------------------------------------------------------------------
def purchase_order(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    lang = "fr" if k % 2 == 0 else "en"
    vend = ctx.pick(["somnoplus", "medisom", "respidom"])
    vn, vd, vp = VENDORS[vend]
    po = f"BC-{r.randrange(2500000, 2599999)}"
    items = [("Masque narinaire, taille M", "MN-220-M", 24, 58.00), ("Masque facial complet, taille L", "MF-310-L", 12, 92.50),
             ("Filtres hypoallergéniques (paq. 6)", "FH-006", 40, 11.25), ("Tubulure chauffante 1,8 m", "TC-180", 20, 39.00),
             ("Électrodes EEG cupule or (paq. 10)", "EEG-AU-10", 15, 64.00), ("Canules nasales pression", "CNP-100", 200, 2.10),
             ("Ceintures thoraciques RIP, adulte", "RIP-A", 10, 48.75), ("Oxymètre de pouls enregistreur", "OX-REC-2", 4, 690.00)]
    chosen = r.sample(items, r.randrange(3, 6))
    rows = [["Article", "No pièce", "Qté", "Prix unitaire", "Total"] if lang == "fr" else
            ["Item", "Part no.", "Qty", "Unit price", "Total"]]
    tot = 0
    for n, pn, q, pu in chosen:
        rows.append([n, pn, q, pu, round(q * pu, 2)])
        tot += q * pu
    rows.append(["", "", "", "Total", round(tot, 2)])
    x = A.make_xlsx([(po, rows)], author=ctx.who("perron", lang, False))
    body = ([ctx.greet("fr"), "", f"Veuillez trouver ci-joint le bon de commande {po}. Livraison au quai de "
             f"réception, {HOSP}, à l'attention de la clinique du sommeil. Centre de coûts 6170-2210.", "",
             ctx.sig("perron", "fr")] if lang == "fr" else
            [ctx.greet("en"), "", f"Purchase order {po} attached. Deliver to receiving dock, attn. Sleep Clinic.",
             "", ctx.sig("perron", "en")])
    return neg("purchase_order", lang, "purchase order for sleep-lab supplies", f"Bon de commande {po}" if lang == "fr"
               else f"Purchase order {po}", ctx.frm("perron"), [("Commandes", f"commandes@{vd}")], dt, "\n".join(body),
               atts=[dict(kind="xlsx", data=x, filename=f"{po}.xlsx")])


# 12 --------------------------------------------------------------------------
def vendor_invoice(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    vend = ctx.pick(["somnoplus", "medisom"])
    vn, vd, vp = VENDORS[vend]
    inv = f"F{r.randrange(100000, 999999)}"
    lines = [f"## {vn}", f"Facture : {inv}", f"Date : {d_fr(dt.date(), 1)}", f"Client : {ORG} - Clinique du sommeil",
             f"Bon de commande : BC-{r.randrange(2500000, 2599999)}", "",
             "Appareil APAP (prêt clinique) x 4 - no série 23184410527, 23184410535, 23184410543, 23184410550",
             "Humidificateurs x 4", "Contrat de service annuel - amplificateurs PSG (6)", "",
             f"Sous-total : {r.randrange(8000, 15000)},00 $", "TPS 5 % / TVQ 9,975 %", "Conditions : net 30 jours"]
    pdf = A.make_pdf("Facture", lines, compress=ctx.chance(0.5))
    body = [ctx.greet("fr"), "", f"Veuillez trouver notre facture {inv}. Paiement par dépôt direct apprécié.", "",
            "Comptes recevables", vn, vp]
    return neg("vendor_invoice", "fr", "equipment invoice with serial numbers", f"Facture {inv} - {vn}",
               ("Comptes recevables", f"ar@{vd}"), [("Comptes payables", "comptes.payables@cisss-deuxrives.example")],
               dt, "\n".join(body), atts=[dict(kind="pdf", data=pdf, filename=f"Facture_{inv}.pdf")])


# 13 --------------------------------------------------------------------------
def supplier_recall(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    lang = "fr" if k % 2 == 0 else "en"
    lots = [f"L{r.randrange(2300, 2499)}-{r.randrange(100, 999)}" for _ in range(3)]
    ser = "046 454 286"
    if lang == "fr":
        body = ["AVIS DE RAPPEL VOLONTAIRE - CLASSE II", "",
                "Produit : réservoir d'humidificateur HumidiSoft H5 pour appareils de PPC",
                "Lots visés : " + ", ".join(lots),
                f"Numéros de série des bases : de {ser} à 046 455 000",
                "Problème : possibilité de fissure du joint entraînant une fuite d'eau vers l'appareil.", "",
                "Mesures : cesser la distribution des réservoirs des lots visés; un réservoir de remplacement sera "
                "expédié sans frais. Les utilisateurs peuvent continuer le traitement sans humidificateur au besoin.",
                "", "Nombre d'unités distribuées au Québec : 1 284.", "", "Affaires réglementaires", VENDORS["somnoplus"][0]]
        subj = "Rappel volontaire - réservoirs HumidiSoft H5"
    else:
        body = ["FIELD SAFETY NOTICE", "", "Product: SoftSeal nasal pillow cushion, sizes S/M/L",
                "Affected lots: " + ", ".join(lots), "Issue: silicone may detach from the frame.",
                "Action: quarantine remaining stock and return for credit.", "", "Regulatory Affairs",
                VENDORS["medisom"][0]]
        subj = "Field safety notice - SoftSeal cushions"
    return neg("supplier_recall", lang, "supplier recall with lots and serials", subj,
               ("Affaires réglementaires", "reglementaire@somnoplus.example"),
               [ctx.frm("perron"), ctx.frm("arsenault")], dt, "\n".join(body))


# 14 --------------------------------------------------------------------------
def drug_shortage(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    lang = "fr" if k % 2 == 0 else "en"
    drug = ctx.pick([("modafinil 100 mg", "modafinil 100 mg"), ("méthylphénidate LP 18 mg", "methylphenidate ER 18 mg"),
                     ("clonazépam 0,5 mg", "clonazepam 0.5 mg"), ("pramipexole 0,25 mg", "pramipexole 0.25 mg")])
    if lang == "fr":
        body = [ctx.greet("fr"), "", f"Rupture d'approvisionnement : {drug[0]} (tous fabricants génériques) prévue "
                "jusqu'à la fin " + ctx.pick(["de septembre", "d'octobre", "de novembre"]) + ".",
                "Alternatives : autres teneurs disponibles; consulter la pharmacie pour les substitutions. "
                "Aucune ordonnance en cours ne sera modifiée sans l'accord du prescripteur.", "",
                ctx.sig("robitaille", "fr")]
        subj = f"Pénurie - {drug[0]}"
    else:
        body = [ctx.greet("en"), "", f"Shortage notice: {drug[1]} backordered until further notice. Consider "
                "alternative strengths. Pharmacy will contact prescribers individually as needed.", "",
                ctx.sig("robitaille", "en")]
        subj = f"Drug shortage - {drug[1]}"
    return neg("drug_shortage", lang, "drug shortage notice", subj, ctx.frm("robitaille"),
               [("Médecins - clinique du sommeil", "medecins-sommeil@cisss-deuxrives.example")], dt, "\n".join(body))


# 15 --------------------------------------------------------------------------
def stats_xlsx(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    lang = "fr" if k % 3 != 2 else "en"
    months = ["2025-%02d" % m for m in range(1, min(dt.month, 11) + 1)] or ["2025-01"]
    rows = [["Mois", "PSG", "HSAT", "Titrages", "TILE", "Délai médian (j)", "Observance PPC > 4 h (%)"] if lang == "fr"
            else ["Month", "PSG", "HSAT", "Titrations", "MSLT", "Median wait (d)", "CPAP adherence >4h (%)"]]
    for m in months:
        rows.append([m, r.randrange(60, 95), r.randrange(90, 160), r.randrange(20, 40), r.randrange(2, 9),
                     r.randrange(190, 320), r.randrange(58, 78)])
    x = A.make_xlsx([("Stats", rows)], author=ctx.who("doucet", lang, False))
    body = ([ctx.greet("fr"), "", "Statistiques cumulatives de l'année en cours pour la reddition de comptes. "
             "Aucune donnée nominative.", "", ctx.sig("doucet", "fr")] if lang == "fr" else
            [ctx.greet("en"), "", "Year-to-date activity stats attached (aggregate only).", "", ctx.sig("doucet", "en")])
    return neg("statistics_xlsx", lang, "aggregate activity statistics", "Statistiques d'activité" if lang == "fr"
               else "Activity statistics", ctx.frm("doucet"), [ctx.frm("lavallee"), ctx.frm("arsenault")], dt,
               "\n".join(body), atts=[dict(kind="xlsx", data=x, filename=f"stats_{dt.strftime('%Y%m')}.xlsx")])


# 16 --------------------------------------------------------------------------
def blank_form(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    v = k % 3
    if v == 0:
        title = "Demande de consultation - Clinique des troubles du sommeil"
        lines = ["Nom du patient : ______________________", "Date de naissance (AAAA-MM-JJ) : ____________",
                 "NAM : ____ ____ ____", "Téléphone : ______________", "",
                 "Motif : [ ] ronflement / apnées observées  [ ] somnolence  [ ] insomnie  [ ] narcolepsie",
                 "Epworth : ___/24    IMC : ____", "Conducteur professionnel : [ ] oui [ ] non", "",
                 "Médecin référent : ______________  No de pratique : ______", f"Télécopier au {CLINIC_PHONE[:-1]}3"]
        fn = "Formulaire_demande_consultation_sommeil_v2025.pdf"
        subj = "Nouveau formulaire de demande de consultation"
        body = [ctx.greet("fr"), "", "Voici la version 2025 du formulaire (vierge). Merci de remplacer les anciennes "
                "versions dans vos GMF.", "", ctx.sig("doucet", "fr")]
    elif v == 1:
        title = "Demande d'admission - Programme d'oxygénothérapie à domicile"
        lines = ["Identification de l'usager : ______________________", "NAM : ______________",
                 "Diagnostic principal : ____________", "Gaz artériel (air ambiant) : pH ____ PaCO2 ____ PaO2 ____",
                 "Statut tabagique : [ ] non-fumeur depuis ___ mois", "Débit prescrit : ____ L/min",
                 "Signature du médecin : ____________"]
        fn = "PROD_formulaire_admission_vierge.pdf"
        subj = "Formulaire d'admission PROD - version vierge"
        body = [ctx.greet("fr"), "", "Formulaire vierge en pièce jointe, à utiliser dès maintenant.", "",
                ctx.sig("archambault", "fr")]
    else:
        title = "Rapport médical - conduite automobile (gabarit interne)"
        lines = ["Nom : ____________  Prénom : ____________", "Date de naissance : ___________",
                 "Classe de permis : ____", "Diagnostic : ______________________",
                 "Traitement et observance : ______________", "Recommandation : [ ] apte [ ] inapte [ ] réévaluation"]
        fn = "Gabarit_rapport_conduite.pdf"
        subj = "Gabarit - rapport médical conduite"
        body = [ctx.greet("fr"), "", "Gabarit interne pour préparer les rapports à la SAAQ. Ne pas envoyer tel quel.",
                "", ctx.sig("doucet", "fr")]
    pdf = A.make_pdf(title, lines, compress=ctx.chance(0.5))
    return neg("blank_form", "fr", "blank form template", subj, ctx.frm("doucet" if v != 1 else "archambault"),
               [("GMF - secrétariat", "secretariat@gmf-rivieres.example")], dt, "\n".join(body),
               atts=[dict(kind="pdf", data=pdf, filename=fn)])


BUILDERS_NA = [
    (staff_schedule, 5), (leave_request, 4), (occ_health, 5), (payroll, 4), (job_posting, 5), (newsletter, 4),
    (conference, 4), (committee, 4), (it_notice, 5), (facilities, 4), (purchase_order, 4), (vendor_invoice, 4),
    (supplier_recall, 4), (drug_shortage, 4), (stats_xlsx, 4), (blank_form, 4),
]
