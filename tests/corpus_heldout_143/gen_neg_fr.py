"""French hard negatives: HR, schedules, newsletters, committees, invoices, orders, statistics, templates, IT, facilities."""
import datetime

from stdnum import luhn

import gen_attach as A
import gen_common as C
from gen_mime import Att, fwd_fr
from gen_pos_fr1 import _tbl_html, _tbl_text

S, X = C.STAFF, C.EXTERNAL

CREW = [("Audrey", "Bergeron"), ("Sophie", "Lavoie"), ("Nadine", "Tremblay"), ("Jérôme", "Gendreau"), ("Caroline", "Paré"),
        ("Mathieu", "Lebel"), ("Véronique", "Fontaine"), ("Isabelle", "Villeneuve"), ("Éric", "Boudreau"), ("Karine", "Cyr"),
        ("Pascale", "Dallaire"), ("Alexandre", "Lambert"), ("Julie", "Lacroix"), ("Mélissa", "Nolet"), ("Guillaume", "Perron"),
        ("Stéphanie", "Sirois")]
MDS = ["vaillancourt", "haddad", "chen", "desrochers", "okafor", "lemieux", "hebert"]


def luhn_serial(rng, n=9):
    body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def asset_tag(rng):
    return f"{rng.choice(['ENDO', 'URDM', 'GAST', 'HSAB'])} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"


def _d(c, k):
    return C.next_weekday(c.day, k)


# 1 ------------------------------------------------------------------------------------------
def vacances(c):
    r = c.rng
    c.category, c.note = "hr_schedule", "nursing vacation schedule for the endoscopy unit"
    people = r.sample(CREW, r.randint(6, 10))
    hdr = ["Employé(e)", "Titre d'emploi", "Du", "Au", "Remplacement"]
    rows = []
    for g, s in people:
        d0 = _d(c, r.randint(20, 70))
        rows.append([f"{s}, {g}" if r.random() < 0.5 else f"{g} {s}", r.choice(["Inf. clinicienne", "Infirmière", "Inf. auxiliaire", "PAB"]),
                     C.r_date(d0, "iso"), C.r_date(d0 + datetime.timedelta(days=r.choice([4, 7, 11, 14])), "iso"),
                     r.choice(["Liste de rappel", "Équipe volante", "Non remplacé", "TSO refusé"])])
    intro = ("Bonjour à toutes et à tous,\n\nVoici l'horaire des vacances des Fêtes approuvé pour l'unité d'endoscopie. "
             "Les demandes d'échange doivent être faites par écrit avant le 15 novembre.")
    outro = S["marchand"].sig("fr")
    if r.random() < 0.5:
        x = A.make_xlsx([("Vacances", [hdr] + rows)], author=S["marchand"].full)
        return c.mail(S["marchand"], [("Équipe endoscopie", "endoscopie-equipe@hsab.example")], "Horaire des vacances des Fêtes",
                      intro + "\n\n" + outro + "\n",
                      atts=[Att("vacances_fetes_2024.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x)])
    return c.mail(S["marchand"], [("Équipe endoscopie", "endoscopie-equipe@hsab.example")], r.choice(["Horaire des vacances", "Vacances – période des Fêtes"]),
                  intro + "\n\n" + _tbl_text(hdr, rows) + "\n\n" + outro + "\n", html=_tbl_html(hdr, rows, intro, outro))


# 2 ------------------------------------------------------------------------------------------
def garde(c):
    r = c.rng
    c.category, c.note = "oncall_schedule", "physician on-call schedule for gastroenterology and hepatology"
    start = _d(c, r.randint(5, 20))
    hdr = ["Semaine du", "Garde gastro (endoscopie urgente)", "Garde hépatologie", "Consultations MII"]
    rows = []
    for k in range(4):
        a, b, d = r.sample(MDS, 3)
        rows.append([C.r_date(start + datetime.timedelta(days=7 * k), "long_fr"), S[a].t("fr"), S[b].t("fr"), S[d].t("fr")])
    note = (f"Rappel : la Dre Chen et la Dre Lemieux-Asselin couvrent la cirrhose décompensée et les greffes; "
            f"les hémorragies digestives hautes vont au Dr Haddad ou au médecin de garde en endoscopie. "
            f"Les poussées de colite ulcéreuse et de maladie de Crohn passent par la clinique MII (Dre Vaillancourt, Dr Okafor).")
    intro = f"Bonjour,\n\nHoraire de garde pour les quatre prochaines semaines.\n\n{note}"
    sender = S["charbonneau"]
    return c.mail(sender, [("Médecins gastro-hépato", "gastro-medecins@hsab.example"), ("Urgence – chefs", "urgence-chefs@hsab.example")],
                  r.choice(["Horaire de garde gastro/hépato", "Garde – mise à jour", "Liste de garde"]),
                  intro + "\n\n" + _tbl_text(hdr, rows) + "\n\n" + sender.sig("fr") + "\n",
                  html=_tbl_html(hdr, rows, intro, sender.full) if r.random() < 0.6 else None)


# 3 ------------------------------------------------------------------------------------------
def bulletin(c):
    r = c.rng
    c.category, c.note = "newsletter", "unit newsletter with staff news"
    g, s = r.choice(CREW)
    baby = r.choice(["Léa", "Mathis", "Florence", "Noah", "Rosalie", "Émile"])
    bd = c.day - datetime.timedelta(days=r.randint(5, 30))
    items = [
        ("Bienvenue", f"Nous souhaitons la bienvenue au Dr Samuel Okafor, gastro-entérologue formé à Toronto, qui se joint à la clinique "
                      f"des maladies inflammatoires de l'intestin. Ses intérêts : maladie de Crohn fistulisante et colite ulcéreuse réfractaire."),
        ("Naissance", f"Félicitations à {g} {s}, infirmière à l'endoscopie, pour la naissance de {baby}, né(e) le "
                      f"{C.r_date(bd, 'long_fr')} ({r.choice(['3,2', '3,6', '2,9', '4,0'])} kg). Maman et bébé vont très bien!"),
        ("Dépistage", f"Le PRDCC a réalisé {r.randint(380, 520)} coloscopies ce trimestre; le taux de détection d'adénomes de l'unité "
                      f"atteint {r.randint(31, 42)} %. Bravo à toute l'équipe!"),
        ("Retraite", f"Après 31 ans en hépatologie, la Dre Suzanne Hébert prendra sa retraite en mars. Un 5 à 7 est prévu au salon du personnel."),
        ("Formation", "Mme Josiane Fréchette donnera une capsule sur la gestion des anticoagulants avant la polypectomie (lignes directrices 2024)."),
        ("Santé", "La clinique de vaccination antigrippale du personnel se tient au local B-114 les mardis et jeudis."),
    ]
    r.shuffle(items)
    items = items[:r.randint(4, 6)]
    txt = f"L'ÉCHO DE L'ENDO – Bulletin no {r.randint(20, 60)}\n\n" + "\n\n".join(f"{h.upper()}\n{b}" for h, b in items) + \
          f"\n\n—\nService des communications, {C.CISSS}\n"
    html = ('<html><body style="font-family:Georgia;max-width:640px">\n<h1 style="color:#0a5">L\'Écho de l\'endo</h1>\n' +
            "\n".join(f"<h3>{h}</h3>\n<p>{b}</p>" for h, b in items) + "\n<hr><p style=\"font-size:9pt\">Service des communications</p>\n</body></html>\n")
    return c.mail(("Communications CISSS", "communications@cisss-battures.example"), [("Personnel HSAB", "tous@hsab.example")],
                  r.choice(["L'Écho de l'endo – novembre", "Bulletin de l'unité d'endoscopie", "Nouvelles de l'unité"]), txt,
                  html=html, mode=r.choice(["html", "alt"]))


# 4 ------------------------------------------------------------------------------------------
def comite(c):
    r = c.rng
    c.category, c.note = "committee_notice", "committee meeting notice with aggregate indicators"
    d = _d(c, r.randint(5, 15))
    v = r.randrange(2)
    if v == 0:
        title = "Comité de retraitement des dispositifs médicaux (CRDM)"
        agenda = ["Adoption du procès-verbal du 12 septembre",
                  f"Indicateurs : {r.randint(1800, 2400)} cycles de laveur-désinfecteur, {r.randint(0, 3)} non-conformités",
                  f"Résultats des cultures de surveillance des duodénoscopes : {r.randint(0, 1)} positive(s) sur {r.randint(18, 30)}",
                  "Remplacement de l'armoire de séchage (URDM)", "Varia"]
        sender = S["lavigne"]
    else:
        title = "Comité qualité – endoscopie digestive"
        agenda = ["Taux de détection d'adénomes par endoscopiste (données anonymisées T3)",
                  f"Taux de coloscopies complètes : {r.randint(94, 98)} %; perforations : {r.randint(0, 2)} / {r.randint(900, 1300)}",
                  "Révision de la politique sur l'arrêt des anticoagulants",
                  "Délais P3 du PRDCC : médiane 74 jours", "Varia"]
        sender = S["marchand"]
    txt = (f"Bonjour,\n\nVous êtes convoqués à la prochaine réunion du {title}, le {C.appt_fr(d, 12)}, salle C-210 "
           f"(ou Teams).\n\nOrdre du jour :\n" + "\n".join(f"{i + 1}. {a}" for i, a in enumerate(agenda)) +
           f"\n\nMembres : M. {S['lavigne'].full}, Mme {S['marchand'].full}, Dr {S['haddad'].full}, Dre {S['hebert'].full}, "
           f"Mme {S['frechette'].full}\n\n{sender.sig('fr')}\n")
    atts = []
    if c.occ % 2 == 0:
        st = datetime.datetime(d.year, d.month, d.day, 12, 0)
        atts.append(Att("convocation.ics", "text/calendar",
                        A.make_ics(f"comite-{c.idx}@hsab.example", title, st, st + datetime.timedelta(hours=1), "Salle C-210 / Teams",
                                   "Ordre du jour joint.", (sender.full, sender.email),
                                   [(S[k].full, S[k].email) for k in ("haddad", "hebert", "frechette")])))
    if r.random() < 0.5:
        atts.append(Att("ordre_du_jour.pdf", "application/pdf",
                        A.make_pdf(f"Ordre du jour – {title}", [("p", a) for a in agenda], "fr")))
    return c.mail(sender, [("Membres du comité", "comite-endo@hsab.example")], f"Convocation – {title}", txt, atts=atts)


# 5 ------------------------------------------------------------------------------------------
def offre_emploi(c):
    r = c.rng
    c.category, c.note = "job_posting", "job posting for the endoscopy unit"
    job = r.choice([("Infirmière clinicienne / infirmier clinicien – endoscopie", "Baccalauréat en sciences infirmières, membre de l'OIIQ"),
                    ("Agente administrative / agent administratif – PRDCC", "DEP en secrétariat, 2 ans d'expérience"),
                    ("Préposé(e) au retraitement des dispositifs médicaux", "DEP en retraitement ou expérience pertinente")])
    txt = (f"AFFICHAGE INTERNE ET EXTERNE – no {r.randint(2024100, 2024999)}\n\n{job[0]}\n{C.HOSP_FR} – unité d'endoscopie\n\n"
           "Statut : temps complet permanent, jour (7 h 30 à 15 h 30)\n"
           f"Échelle salariale : {r.choice(['27,08 $ à 47,98 $', '22,39 $ à 26,59 $', '23,12 $ à 25,84 $'])} l'heure\n\n"
           "Description : participer aux examens d'endoscopie (coloscopie, gastroscopie, CPRE), accueil des usagers, "
           "surveillance post-sédation, enseignement sur la préparation intestinale.\n\n"
           f"Exigences : {job[1]}. Bilinguisme un atout.\n\n"
           f"Pour postuler : recrutement@{C.CISSS_DOM} avant le {C.r_date(_d(c, 21), 'long_fr')}. "
           f"Renseignements : {S['gendron'].full}, {C.UNIT_PHONE['rh']}.\n\nSeules les personnes retenues seront contactées.\n")
    return c.mail(S["gendron"], [("Affichages", "affichages@cisss-battures.example")], "Affichage de poste – " + job[0].split(" –")[0],
                  txt, mode=r.choice(["plain", "alt", "html"]))


# 6 ------------------------------------------------------------------------------------------
def facture(c):
    r = c.rng
    c.category, c.note = "invoice", "supplier invoice for endoscope repair with serial numbers"
    inv = f"FAC-{r.randint(100000, 999999)}"
    po = f"BC-{r.randint(4500000, 4599999)}"
    items = []
    for _ in range(r.randint(1, 3)):
        model = r.choice(["Gastroscope GIF-H190X", "Coloscope CF-HQ190LX", "Duodénoscope TJF-Q190VX", "Écho-endoscope GF-UCT180X"])
        items.append((model, luhn_serial(r, r.choice([7, 9, 10])), r.choice([2850.00, 4125.50, 7980.00, 12450.00])))
    sub = sum(x[2] for x in items)
    tps, tvq = round(sub * 0.05, 2), round(sub * 0.09975, 2)
    kv = [("No facture :", inv), ("Date :", C.r_date(c.day, "iso")), ("No client :", f"CL-{r.randint(10000, 99999)}"),
          ("Bon de commande :", po), ("Livrer à :", "URDM, " + C.HOSP_FR), ("À l'attention de :", S["lavigne"].full)]
    rows = [[m, sn, f"{p:,.2f} $".replace(",", " ")] for m, sn, p in items]
    blocks = [("kv", kv), ("table", ["Article", "No de série", "Montant"], rows),
              ("kv", [("Sous-total :", f"{sub:.2f} $"), ("TPS (123456789 RT0001) :", f"{tps:.2f} $"),
                      ("TVQ (1234567890 TQ0001) :", f"{tvq:.2f} $"), ("Total :", f"{sub + tps + tvq:.2f} $")]),
              ("p", "Modalités : net 30 jours. MedOptik Canada, 88 rue de l'Industrie, Laval (Québec), 514-555-0190")]
    pdf = A.make_pdf("FACTURE – Réparation d'endoscopes", blocks, "fr",
                     header=("MedOptik Canada inc.", "88, rue de l'Industrie, Laval (Québec)  H7L 0A1 – 514-555-0190"))
    txt = (f"Bonjour,\n\nVeuillez trouver ci-jointe la facture {inv} pour la réparation des appareils suivants :\n" +
           "\n".join(f"- {m}, no de série {sn}" for m, sn, _ in items) +
           f"\n\nRéférence : {po}\n\nMerci,\nService à la clientèle – MedOptik Canada\n514-555-0190\n")
    return c.mail(X["supplier"], [S["lavigne"], ("Comptes fournisseurs", "comptes-fournisseurs@cisss-battures.example")],
                  f"Facture {inv}", txt, atts=[Att(f"{inv}.pdf", "application/pdf", pdf)])


# 7 ------------------------------------------------------------------------------------------
def bon_commande(c):
    r = c.rng
    c.category, c.note = "purchase_order", "purchase order for bowel-prep kits and endoscopy supplies"
    po = f"BC-{r.randint(4500000, 4599999)}"
    lines = [["Pico-Salax (sachets, boîte de 2)", r.choice([120, 240, 360]), f"L{r.randint(23000, 29999)}A", "2026-03"],
             ["PegLyte 4 L", r.choice([60, 96, 144]), f"{r.randint(100000, 999999)}", "2025-11"],
             ["Pinces à biopsie jetables 2,8 mm", r.choice([200, 400]), f"LOT {luhn_serial(r, 8)}", "2027-01"],
             ["Clips hémostatiques", r.choice([50, 100]), f"{r.randint(1000, 9999)}-{r.randint(100, 999)}", "2026-08"],
             ["Anses à polypectomie froide 10 mm", r.choice([100, 150]), f"SN{luhn_serial(r, 9)}", "2026-05"]]
    r.shuffle(lines)
    lines = lines[:r.randint(3, 5)]
    hdr = ["Article", "Qté", "Lot", "Exp."]
    txt = (f"Bonjour,\n\nVoici le bon de commande {po} pour l'unité d'endoscopie (centre de coûts 6075).\n\n" + _tbl_text(hdr, lines) +
           f"\n\nLivraison : quai de réception, {C.ADDR}\n\n{S['dionne'].sig('fr')}\n")
    atts = []
    if r.random() < 0.5:
        atts.append(Att(f"{po}.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        A.make_xlsx([("Commande", [hdr] + lines)], author=S["dionne"].full)))
    return c.mail(S["dionne"], [("Distribution pharmaceutique", "commandes@pharmadistrib.example")], f"Bon de commande {po}", txt,
                  atts=atts, cc=[S["frechette"]])


# 8 ------------------------------------------------------------------------------------------
def stats(c):
    r = c.rng
    c.category, c.note = "aggregate_statistics", "quarterly aggregate screening-programme statistics"
    hdr = ["Endoscopiste", "Coloscopies", "TDA (%)", "Intubation caecale (%)", "Temps de retrait (min)"]
    rows = [[S[k].t("fr"), r.randint(80, 240), r.randint(28, 48), r.randint(94, 99), f"{r.randint(7, 11)},{r.randint(0, 9)}"]
            for k in r.sample(["haddad", "desrochers", "hebert", "okafor", "vaillancourt"], 4)]
    intro = (f"Bonjour,\n\nTableau de bord du PRDCC, {r.choice(['T2', 'T3'])} 2024-2025 :\n"
             f"- RSOSi analysés : {r.randint(9000, 14000)}; positifs : {r.randint(4, 7)},{r.randint(0, 9)} %\n"
             f"- Coloscopies réalisées : {r.randint(400, 700)}; délai médian P3 : {r.randint(55, 95)} jours\n"
             f"- Cancers détectés : {r.randint(6, 19)}; adénomes avancés : {r.randint(60, 120)}\n"
             f"- Hommes {r.randint(50, 58)} % / femmes; âge médian {r.randint(61, 66)} ans\n\nIndicateurs par endoscopiste (cible TDA ≥ 25 %) :")
    outro = f"Données extraites du registre le {C.r_date(c.day, 'long_fr')}. Diffusion restreinte au comité.\n\n{S['desrochers'].sig('fr')}"
    atts = []
    if c.occ in (0, 3):
        atts.append(Att("indicateurs_endoscopistes.csv", "text/csv", A.make_csv([hdr] + rows, sep=";"), charset="windows-1252"))
    elif r.random() < 0.4:
        atts.append(Att("tableau_de_bord_PRDCC.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        A.make_xlsx([("Endoscopistes", [hdr] + rows)])))
    return c.mail(S["desrochers"], [("Comité PRDCC", "comite-prdcc@hsab.example")], r.choice(["Tableau de bord PRDCC", "Statistiques trimestrielles – dépistage"]),
                  intro + "\n\n" + _tbl_text(hdr, rows) + "\n\n" + outro + "\n",
                  html=_tbl_html(hdr, rows, intro, outro) if r.random() < 0.5 else None, atts=atts)


# 12 -----------------------------------------------------------------------------------------
def installations(c):
    r = c.rng
    c.category, c.note = "facilities_notice", "facilities maintenance notice"
    d = _d(c, r.randint(3, 14))
    what = r.choice([("entretien du système de ventilation de la salle de retraitement (URDM)", "Les laveurs-désinfecteurs seront arrêtés."),
                     ("coupure d'eau chaude au 2e étage du pavillon B", "Les salles d'endoscopie 1 et 2 seront fermées en après-midi."),
                     ("réfection du stationnement P3 (employés)", "Utiliser le stationnement P1; les vignettes sont acceptées.")])
    txt = (f"Bonjour,\n\nNous vous informons de travaux : {what[0]}, le {C.appt_fr(d, 7)} jusqu'à 15 h.\n{what[1]}\n\n"
           f"Pour toute question : Service des installations matérielles, {C.UNIT_PHONE['ti'][:-2]}32.\n\nMerci de votre compréhension.\n")
    return c.mail(("Installations matérielles", "installations@cisss-battures.example"), [("Personnel HSAB", "tous@hsab.example")],
                  "Avis de travaux – " + C.r_date(d, "dmy"), txt, mode=r.choice(["plain", "html", "alt"]))


# 13 -----------------------------------------------------------------------------------------
def sante_travail(c):
    r = c.rng
    c.category, c.note = "occupational_health", "employee occupational-health notice"
    g, s = r.choice(CREW)
    v = r.randrange(3)
    if v == 0:
        txt = (f"Bonjour {g},\n\nVotre sérologie post-vaccinale (anti-HBs) est inférieure à 10 UI/L. Selon le protocole du "
               "Service de santé et sécurité au travail, une dose de rappel du vaccin contre l'hépatite B vous sera offerte; "
               f"présentez-vous au local A-020 le {C.appt_fr(_d(c, 4), 10)}.\n\n"
               "Infirmière en santé au travail\nService SST – CISSS des Battures\n819-555-0138\n")
        subj = "Suivi – vaccination hépatite B (employé)"
        to = [(f"{g} {s}", f"{C.fold(g)}.{C.fold(s)}@hsab.example".replace(" ", ""))]
    elif v == 1:
        txt = ("Rappel aux employés : toute exposition percutanée ou muqueuse à du sang (piqûre, éclaboussure) doit être déclarée "
               "immédiatement. Procédure : laver, déclarer au chef d'équipe, se présenter à l'urgence dans les 2 heures pour évaluation "
               "(VIH, VHB, VHC). Formulaire AT-1 sur l'intranet.\n\nService SST – CISSS des Battures\n819-555-0138\n")
        subj = "Rappel – exposition au sang"
        to = [("Personnel endoscopie", "endoscopie-equipe@hsab.example")]
    else:
        txt = (f"Bonjour {S['marchand'].given},\n\n{g} {s} (matricule {r.randint(100000, 199999)}) sera en retour progressif "
               f"à compter du {C.r_date(_d(c, 7), 'long_fr')} : 3 jours/semaine, sans port de charge de plus de 10 kg pour "
               "4 semaines (lombalgie, accident de travail). Merci d'adapter l'horaire.\n\nService SST\n819-555-0138\n")
        subj = "Retour progressif – employé(e) endoscopie"
        to = [S["marchand"]]
    return c.mail(("Santé et sécurité au travail", "sst@cisss-battures.example"), to, subj, txt)


# 15 -----------------------------------------------------------------------------------------
def paie(c):
    r = c.rng
    c.category, c.note = "payroll", "payroll or HR administrative message about staff"
    g, s = r.choice(CREW)
    v = r.randrange(3)
    if v == 0:
        txt = (f"Bonjour {g},\n\nSuite à la vérification de votre relevé de temps (période 21), {r.randint(3, 12)},5 heures supplémentaires "
               f"à taux et demi et {r.randint(1, 4)} primes de soir ont été ajoutées. L'ajustement paraîtra sur la paie du "
               f"{C.r_date(_d(c, 10), 'long_fr')}.\n\nMatricule : {r.randint(100000, 199999)}\n\nService de la paie\n819-555-0140\n")
        subj = "Ajustement de paie – période 21"
    elif v == 1:
        dob = datetime.date(r.randint(1985, 2000), r.randint(1, 12), r.randint(1, 28))
        txt = (f"Bonjour Julie,\n\nNouvelle embauche à l'endoscopie : {g} {s}, infirmière clinicienne, début le "
               f"{C.r_date(_d(c, 14), 'long_fr')}.\nDate de naissance (pour l'adhésion au RREGOP) : {C.r_date(dob, 'iso')}\n"
               f"Permis OIIQ : {r.randint(1000000, 9999999)}\n\nMerci de créer le dossier d'employé.\n\n{S['marchand'].sig('fr')}\n")
        subj = "Nouvelle embauche – dossier employé"
    else:
        txt = ("Bonjour à tous,\n\nLes relevés T4 et Relevé 1 seront disponibles dans le portail employé à partir du 28 février. "
               "Vérifiez que votre adresse postale est à jour dans le Guichet RH.\n\nService de la paie – CISSS des Battures\n819-555-0140\n")
        subj = "Relevés fiscaux – disponibilité"
    to = [S["gendron"]] if v == 1 else [(f"{g} {s}", f"{C.fold(g)}.{C.fold(s)}@hsab.example".replace(" ", ""))]
    sender = S["marchand"] if v == 1 else ("Service de la paie", "paie@cisss-battures.example")
    if v == 0 and r.random() < 0.5:
        t0 = c.earlier(30)
        txt = "Pour ton information.\n\n" + fwd_fr(t0, "Service de la paie <paie@cisss-battures.example>", f"{g} {s}", subj, txt)
        return c.mail((f"{g} {s}", f"{C.fold(g)}.{C.fold(s)}@hsab.example".replace(" ", "")), [S["marchand"]], "TR: " + subj, txt)
    return c.mail(sender, to, subj, txt)
