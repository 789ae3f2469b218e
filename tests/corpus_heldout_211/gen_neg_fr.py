"""Non-confidential (hard negative) messages, French."""
import datetime

import gen_common as C
import gen_people as P
from gen_build import Draft
from gen_tpl import pair, sign, hello, thanks, fdate, letterhead, ext_pair, outlook_fwd

L = "fr"
DISEASES = ["cancer du sein", "SLA", "insuffisance cardiaque", "démence", "MPOC", "leucémie",
            "maladie de Parkinson", "insuffisance rénale", "deuil périnatal", "troubles psychotiques"]
SPECIALTIES = [("oncologue", "cancer du pancréas"), ("neurologue", "SLA"), ("néphrologue", "dialyse chez l'aîné"),
               ("gériatre", "démence avancée"), ("pneumologue", "MPOC terminale"), ("psychiatre", "aptitude à consentir"),
               ("hémato-oncologue", "leucémie aiguë"), ("intensiviste", "arrêt de traitement aux soins intensifs")]


def _dr(ctx):
    s = ctx.staff(L, "pal", dr=True)
    return s


def nf_schedule(ctx):
    d = Draft(ctx, L, False, "schedule", "horaire de garde des intervenants en soins spirituels")
    r = d.rng
    coord = ctx.staff(L, "ssp")
    team = [ctx.staff(L, "ssp") for _ in range(4)]
    start = d.when.date() + datetime.timedelta(days=(7 - d.when.weekday()))
    rows = []
    for i in range(14):
        day = start + datetime.timedelta(days=i)
        rows.append([fdate(d, day, "iso"), C.weekday_fr(day), team[i % 4].full,
                     "Téléav. %d" % r.randrange(4000, 4999), r.choice(["HSC", "HVA", "AGH", "HSC + RDS"])])
    head = ["Date", "Jour", "ISS de garde", "Téléavertisseur", "Installation"]
    d.frm, d.to = pair(coord), [pair(t) for t in team]
    d.subject = r.choice(["Horaire de garde – 2 prochaines semaines", "Garde SSP %s" % fdate(d, start, "short"),
                          "Nouvel horaire de garde (version 2)"])
    body = [("p", hello(d)), ("p", "Voici l'horaire de garde. Les échanges doivent être approuvés par moi avant le jeudi midi.")]
    if r.random() < 0.5:
        body.append(("table", head, rows))
    else:
        d.attach_xlsx("horaire_garde_SSP.xlsx", [("Garde", [head] + rows)], coord.full)
        body.append(("p", "Fichier Excel en pièce jointe."))
    if r.random() < 0.5:
        body.append(("p", "Rappel : %s est en congé de maladie jusqu'au %s; merci à %s de la remplacer." % (
            team[1].full, fdate(d, start + datetime.timedelta(days=10)), team[2].given)))
    d.body = body + [sign(d, coord)]
    return d


def nf_newsletter(ctx):
    d = Draft(ctx, L, False, "newsletter", "infolettre du Service de soins spirituels")
    r = d.rng
    coord = ctx.staff(L, "ssp")
    iss = ctx.staff(L, "ssp")
    dr = _dr(ctx)
    spec, topic = r.choice(SPECIALTIES)
    d.frm = pair(coord)
    d.to = [("Tout le personnel – %s" % coord.site[1], "tous.%s@%s" % (coord.site[0].lower(), C.DOM))]
    d.subject = "L'Écho spirituel – %s %d" % (C.MOIS[d.when.month - 1], d.when.year)
    d.force_mode = r.choice(["html", "alt"])
    d.body = [("h", "L'Écho spirituel — infolettre du Service de soins spirituels"),
              ("h", "Portrait d'une intervenante"),
              ("p", "Depuis 18 ans, Mme %s accompagne les personnes atteintes de %s et leurs proches à l'unité "
                    "d'oncologie. « Ce que j'apprends chaque jour, c'est l'humilité », confie-t-elle." % (
                  iss.full, r.choice(DISEASES))),
              ("h", "Midi-conférence"),
              ("p", "Le %s, %s, %s, présentera « %s : quand la spiritualité entre dans la chambre ». Salle Laurier, 12 h 05." % (
                  fdate(d, d.when + datetime.timedelta(days=r.randrange(5, 20))), dr.display, dr.role, topic.capitalize())),
              ("h", "Statistiques du trimestre"),
              ("p", "%d visites, %d rituels de fin de vie, %d rencontres de deuil. Merci à toute l'équipe!" % (
                  r.randrange(900, 2400), r.randrange(40, 160), r.randrange(20, 90))),
              ("h", "Chapelle"),
              ("p", "La salle de recueillement multiconfessionnelle du 2e étage est ouverte 24 h sur 24. "
                    "Les tapis de prière et les textes sacrés sont disponibles au poste d'accueil."),
              sign(d, coord)]
    return d


def nf_cec_notice(ctx):
    d = Draft(ctx, L, False, "committee_notice", "convocation du comité d'éthique clinique")
    r = d.rng
    pres = ctx.staff(L, "eth")
    members = [ctx.staff(L, r.choice(["eth", "pal", "ssp", "ts"])) for _ in range(5)]
    dr = _dr(ctx)
    when = (d.when + datetime.timedelta(days=r.randrange(7, 21))).replace(hour=12, minute=0, second=0)
    d.frm, d.to = pair(pres), [pair(m) for m in members] + [pair(dr)]
    d.subject = "Convocation – CEC du %s" % fdate(d, when, "long")
    agenda = ["Adoption de l'ordre du jour", "Adoption du procès-verbal du %s" % fdate(d, when - datetime.timedelta(days=28)),
              "Présentation d'un cas dépersonnalisé : refus de traitement et aptitude (présenté par %s)" % dr.display,
              "Politique sur les niveaux de soins — révision 2025",
              "Bilan des consultations du trimestre (%d demandes)" % r.randrange(8, 40),
              "Varia"]
    d.body = [("p", hello(d)),
              ("p", "Vous êtes convoqués à la prochaine réunion du comité d'éthique clinique, le %s de 12 h à 13 h 30, "
                    "salle du conseil (%s) et sur Teams." % (fdate(d, when, "long"), pres.site[1])),
              ("p", "Ordre du jour :\n" + "\n".join("%d. %s" % (i + 1, a) for i, a in enumerate(agenda))),
              ("p", "%s, %s, se joint au comité à titre de membre représentant les médecins." % (dr.display, dr.role)),
              sign(d, pres)]
    if r.random() < 0.5:
        d.attach_ics("CEC.ics", uid="%08x@%s" % (r.getrandbits(32), C.DOM), start=when,
                     end=when + datetime.timedelta(minutes=90), summary="Comité d'éthique clinique",
                     description="Ordre du jour transmis par courriel.", location="Salle du conseil / Teams",
                     organizer=(pres.full, pres.email), attendees=[(m.full, m.email) for m in members])
    return d


def nf_colloque(ctx):
    d = Draft(ctx, L, False, "conference", "programme du colloque régional en éthique et spiritualité")
    r = d.rng
    org = ctx.staff(L, "eth")
    rows = []
    t = datetime.datetime(2025, 4, 10, 8, 30)
    for _ in range(5):
        s = ctx.staff(L, "pal", dr=r.random() < 0.7)
        spec, topic = r.choice(SPECIALTIES)
        rows.append(["%02d h %02d" % (t.hour, t.minute), s.display, spec if s.dr else s.role, topic.capitalize()])
        t += datetime.timedelta(minutes=r.choice([45, 60, 75]))
    d.frm = pair(org)
    d.to = [("Liste – éthique clinique", "ethique-liste@" + C.DOM)]
    d.subject = "Programme – Colloque régional « Soigner jusqu'au bout » (10 avril)"
    d.body = [("p", hello(d)), ("p", "Voici le programme préliminaire du colloque. Inscription gratuite pour le personnel."),
              ("table", ["Heure", "Conférencier", "Spécialité", "Thème"], rows),
              ("p", "Lieu : Centre des congrès de Bellerive, 200, rue du Quai. Crédits de formation reconnus."),
              sign(d, org)]
    if r.random() < 0.4:
        d.attach_pdf("programme_colloque_2025.pdf", "Colloque « Soigner jusqu'au bout »",
                     [("table", ["Heure", "Conférencier", "Spécialité", "Thème"], rows)], author=org.full)
    return d


def nf_stats(ctx):
    d = Draft(ctx, L, False, "statistics", "statistiques agrégées du commissariat aux plaintes")
    r = d.rng
    cp = ctx.staff(L, "cpq")
    motifs = ["Soins et services dispensés", "Relations interpersonnelles", "Accessibilité", "Organisation du milieu",
              "Aspect financier", "Droits particuliers", "Maltraitance (signalements)"]
    rows = [[m, r.randrange(3, 140), r.randrange(0, 40), "%d %%" % r.randrange(20, 95)] for m in motifs]
    head = ["Motif", "Plaintes", "Interventions", "Conclues < 45 j"]
    d.frm = pair(cp)
    d.to = [("Comité de vigilance", "vigilance@" + C.DOM)]
    d.cc = [pair(ctx.staff(L, "cpq"))]
    q = r.choice(["T1", "T2", "T3"])
    d.subject = "Bilan %s 2024-2025 – plaintes et interventions" % q
    d.body = [("p", hello(d)), ("p", "Vous trouverez le bilan du trimestre %s. Aucune donnée nominative n'est incluse." % q)]
    k = r.randrange(3)
    if k == 0:
        d.body.append(("table", head, rows))
    elif k == 1:
        d.attach_xlsx("bilan_%s_2024-2025.xlsx" % q, [("Bilan", [head] + rows)], cp.full)
    else:
        d.attach_csv("bilan_%s.csv" % q, [head] + rows)
        d.attach_pdf("bilan_%s.pdf" % q, "Bilan %s — Commissariat" % q, [("table", head, rows)],
                     letterhead(d, cp, "cpq"), cp.full)
    d.body += [("p", "Délai moyen de traitement : %d jours. Taux de recommandations appliquées : %d %%." % (
        r.randrange(25, 60), r.randrange(60, 98))), sign(d, cp)]
    return d


def nf_teaching_case(ctx):
    d = Draft(ctx, L, False, "teaching_case", "cas d'enseignement dépersonnalisé en éthique")
    r = d.rng
    eth = ctx.staff(L, "eth")
    age = r.randrange(60, 92)
    case = [("p", "Cas fictif inspiré de situations réelles — tout élément d'identification a été retiré."),
            ("p", "Mme A., %d ans, atteinte de %s, est hospitalisée pour une pneumonie. Elle a toujours dit ne pas "
                  "vouloir « finir branchée ». Son fils, mandataire, exige la réanimation complète." % (age, r.choice(DISEASES))),
            ("p", "Questions pour la discussion :\n1. Qui décide?\n2. Quel poids donner aux volontés exprimées verbalement?\n"
                  "3. Quel rôle pour l'intervenante en soins spirituels?")]
    d.frm = pair(eth)
    d.to = [("Résidents – médecine familiale", "residents-mf@" + C.DOM)]
    d.subject = r.choice(["Cas pour l'atelier de jeudi", "Atelier d'éthique – cas à lire"])
    d.body = [("p", hello(d)), ("p", "Voici le cas que nous discuterons jeudi (lecture 10 min).")]
    if r.random() < 0.5:
        d.attach_docx("cas_atelier_ethique.docx", "Atelier d'éthique clinique — cas no %d" % r.randrange(1, 12), case, eth.full)
    else:
        d.body += case
    d.body.append(sign(d, eth))
    return d


def nf_blank_form(ctx):
    d = Draft(ctx, L, False, "blank_form", "formulaire vierge (plainte ou consultation éthique)")
    r = d.rng
    s = ctx.staff(L, r.choice(["cpq", "eth"]))
    fields = [("h", "Section 1 — Identification de l'usager"),
              ("table", None, [["Nom de l'usager", "______________________"],
                               ["Date de naissance (AAAA-MM-JJ)", "____-__-__"],
                               ["NAM", "____ ____ ____"], ["No de dossier", "__________"],
                               ["Adresse", "______________________"], ["Téléphone", "(___) ___-____"]]),
              ("h", "Section 2 — Objet"), ("p", "Décrivez les faits : ______________________________________"),
              ("h", "Section 3 — Signature"), ("p", "Signature : ____________   Date : ____________")]
    kind = "plainte" if s.service == "cpq" else "consultation en éthique"
    fn = "formulaire_%s_vierge.%s" % ("plainte" if s.service == "cpq" else "DCE", r.choice(["docx", "pdf"]))
    if fn.endswith("docx"):
        d.attach_docx(fn, "Formulaire de %s" % kind, fields, s.full)
    else:
        d.attach_pdf(fn, "Formulaire de %s" % kind, fields, letterhead(d, s, s.service), s.full)
    d.frm = pair(s)
    d.to = [pair(ctx.staff(L, "pal")) for _ in range(2)]
    d.subject = "Nouvelle version du formulaire de %s" % kind
    d.body = [("p", hello(d)), ("p", "La version révisée (v. %d.%d) du formulaire remplace toutes les précédentes. "
                                     "Merci de détruire les copies papier." % (r.randrange(2, 5), r.randrange(0, 9))),
              sign(d, s)]
    return d


def nf_mailmerge(ctx):
    d = Draft(ctx, L, False, "template", "gabarit de publipostage pour lettres de conclusion")
    r = d.rng
    cp = ctx.staff(L, "cpq")
    ag = ctx.staff(L, "cpq")
    tpl = ("«Titre» «Prénom» «Nom»\n«Adresse»\n«Ville» (Québec) «CodePostal»\n\nObjet : Conclusions — dossier «NoDossier»\n\n"
           "«Titre»,\n\nÀ la suite de l'examen de votre plainte reçue le «DateRéception», nous vous transmettons nos conclusions. "
           "Si vous êtes en désaccord avec celles-ci, vous pouvez vous adresser au Protecteur du citoyen.\n\n"
           "%s\n%s" % (cp.full, cp.role))
    d.frm, d.to = pair(ag), [pair(cp)]
    d.subject = "Gabarit – lettre de conclusions (publipostage)"
    d.body = [("p", hello(d, cp)), ("p", "Voici le gabarit corrigé. Les champs de fusion sont entre chevrons.")]
    if r.random() < 0.5:
        d.body.append(("pre", tpl))
    else:
        d.attach_docx("gabarit_conclusions.docx", "Gabarit — lettre de conclusions", [("p", tpl)], ag.full)
    d.body += [("p", thanks(d)), sign(d, ag)]
    return d


def nf_invoice(ctx):
    d = Draft(ctx, L, False, "invoice", "facture d'un fournisseur (interprétariat, cierges, fleurs)")
    r = d.rng
    vendor, item, price = r.choice([("Interprétation Babel-Québec inc.", "Interprétation (arabe) — 2 h", 180.0),
                                    ("Cierges Lumen inc.", "Bougies DEL, boîte de 24", 64.5),
                                    ("Fleuriste Les Quatre Saisons", "Arrangement — cérémonie commémorative", 95.0),
                                    ("Librairie Saint-Jude", "Recueils de textes de réconfort (x30)", 249.0)])
    dom = C.strip_accents(vendor.split()[0]).lower() + "-fournisseur.example"
    contact = ext_pair(r.choice(C.STAFF_GIVEN_FR), r.choice(["Grenier", "Sirois", "Lessieur", "Martineau"]), dom)
    acct = ctx.staff(L, "ssp")
    qty = r.randrange(1, 5)
    sub = price * qty
    tps, tvq = round(sub * 0.05, 2), round(sub * 0.09975, 2)
    inv = "F-%d%04d" % (d.when.year, r.randrange(1, 9999))
    bn = C.make_luhn_serial(r, 9)
    rows = [["No de facture", inv], ["Date", fdate(d, d.when, "iso")], ["No de client", "%06d" % r.randrange(10000, 999999)],
            ["Bon de commande", "BC-%06d" % r.randrange(100000, 999999)],
            ["Article", item], ["Quantité", str(qty)], ["Sous-total", "%.2f $" % sub],
            ["TPS (%s RT0001)" % bn, "%.2f $" % tps], ["TVQ (%s TQ0001)" % C.make_luhn_serial(r, 10), "%.2f $" % tvq],
            ["Total", "%.2f $" % (sub + tps + tvq)]]
    d.frm, d.to = contact, [pair(acct)]
    d.cc = [("Comptes fournisseurs", "comptes.fournisseurs@" + C.DOM)]
    d.subject = "Facture %s – %s" % (inv, vendor)
    d.body = [("p", hello(d, acct)), ("p", "Veuillez trouver ci-jointe notre facture. Paiement net 30 jours.")]
    if r.random() < 0.6:
        d.attach_pdf("Facture_%s.pdf" % inv, "FACTURE", [("table", None, rows)],
                     [vendor, "%d, rue Industrielle, Val-Argenteuil (Québec)  J0Z 8W9" % r.randrange(10, 900),
                      "Tél. : " + C.phone(r)], contact[0])
    else:
        d.body.append(("table", None, rows))
    d.body.append(("p", "%s\n%s\n%s" % (contact[0], vendor, C.phone(r))))
    return d


def nf_purchase_order(ctx):
    d = Draft(ctx, L, False, "purchase_order", "bon de commande avec numéros de lot")
    r = d.rng
    buyer = ctx.staff(L, "ssp")
    items = [("Tapis de prière", "TP-22"), ("Bible (Segond), format poche", "BS-01"), ("Coran, trad. française", "CO-07"),
             ("Chapelet en bois", "CH-12"), ("Veilleuses DEL", "VD-40"), ("Huile (ampoules) — onction", "HO-03")]
    rows = [["Article", "Code", "Lot", "Qté", "Prix unit."]]
    for name, code in r.sample(items, r.randrange(3, 6)):
        rows.append([name, code, C.make_luhn_serial(r, 9), r.randrange(2, 40), "%.2f" % (r.randrange(150, 4000) / 100)])
    po = "BC-%06d" % r.randrange(100000, 999999)
    d.frm = pair(buyer)
    d.to = [("Service aux commandes", "commandes@distribution-medinord.example")]
    d.subject = "Bon de commande %s – Soins spirituels" % po
    d.body = [("p", hello(d)), ("p", "Voici notre commande %s. Livraison au quai de réception de %s." % (po, buyer.site[1])),
              ("table", rows[0], rows[1:]), ("p", "Centre de coût : 7%04d" % r.randrange(1000, 9999)), sign(d, buyer)]
    return d


def nf_inventory(ctx):
    d = Draft(ctx, L, False, "inventory", "inventaire de l'équipement de la chapelle (numéros de série)")
    r = d.rng
    s = ctx.staff(L, "ssp")
    tech = ctx.staff(L, "ssp")
    rows = [["Équipement", "No de série", "Étiquette actif", "Local"]]
    for eq in r.sample(["Système de son", "Orgue numérique", "Projecteur", "Fauteuils roulants (2)", "Réfrigérateur",
                        "Téléviseur salle des familles", "Tablette de visioconférence"], 5):
        serial = C.make_luhn_serial(r, 9)
        tag = "%s %s %s" % (r.choice(["CHAP", "SSPR", "MOBL", "AUDV"]), C.make_luhn_serial(r, 4), C.make_luhn_serial(r, 4))
        rows.append([eq, "%s %s %s" % (serial[:3], serial[3:6], serial[6:]), tag, "%s-%d" % (s.site[0], r.randrange(100, 400))])
    d.frm, d.to = pair(s), [pair(tech)]
    d.subject = "Inventaire annuel – chapelle et salle des familles"
    d.body = [("p", hello(d, tech)), ("p", "Voici l'inventaire vérifié. Les numéros de série ont été relevés sur place.")]
    if r.random() < 0.5:
        d.attach_xlsx("inventaire_chapelle_%d.xlsx" % d.when.year, [("Inventaire", rows)], s.full)
    else:
        d.body.append(("table", rows[0], rows[1:]))
    d.body.append(sign(d, s))
    return d


def nf_it(ctx):
    d = Draft(ctx, L, False, "it_notice", "avis des technologies de l'information")
    r = d.rng
    ti = ("Centre de services TI", "centre.services.ti@" + C.DOM)
    k = r.randrange(4)
    d.frm = ti
    d.to = [("Tous les utilisateurs", "tous@" + C.DOM)]
    if k == 0:
        d.subject = "Migration de la messagerie – samedi %s" % fdate(d, d.when + datetime.timedelta(days=5), "long")
        d.body = [("p", hello(d)), ("p", "La migration des boîtes aux lettres aura lieu samedi de 22 h à 4 h. "
                                         "Outlook Web sera indisponible. Aucune action n'est requise de votre part.")]
    elif k == 1:
        d.subject = "Authentification multifacteur obligatoire"
        d.body = [("p", hello(d)), ("p", "À compter du 1er du mois, l'authentification multifacteur sera exigée pour tout accès "
                                         "à distance. Installez l'application avant cette date."),
                  ("p", "Billet de référence : INC%07d" % r.randrange(1000000, 9999999))]
    elif k == 2:
        d.subject = "Imprimante du 3B hors service"
        d.body = [("p", hello(d)), ("p", "L'imprimante HP (no de série %s) du poste 3B est hors service. "
                                         "Utilisez celle du 3A en attendant la pièce." % C.make_luhn_serial(r, 10))]
    else:
        fw = d.sub()
        fw.frm = ti
        fw.to = [("Gestionnaires", "gestionnaires@" + C.DOM)]
        fw.subject = "Hameçonnage – faux courriel de la paie"
        fw.body = [("p", "Un faux courriel intitulé « Relevé de paie disponible » circule. Ne cliquez pas sur le lien. "
                         "Transférez-le à securite@%s." % C.DOM)]
        mgr = ctx.staff(L, "ssp")
        d.frm = pair(mgr)
        d.to = [pair(ctx.staff(L, "ssp")) for _ in range(3)]
        d.attach_eml(fw, r.choice([None, "Avis sécurité.eml"]))
        d.subject = "TR: Hameçonnage – faux courriel de la paie"
        d.body = [("p", hello(d)), ("p", "Pour information, voir l'avis joint des TI."), sign(d, mgr)]
        return d
    d.body.append(("p", "Centre de services TI\nPoste 5555 | 819 555-0155"))
    return d


def nf_facilities(ctx):
    d = Draft(ctx, L, False, "facilities", "avis des installations matérielles")
    r = d.rng
    s = ctx.staff(L, "ssp")
    s.role = "chef de service, installations matérielles"
    k = r.randrange(3)
    d.frm = pair(s)
    d.to = [("Personnel %s" % s.site[1], "personnel.%s@%s" % (s.site[0].lower(), C.DOM))]
    if k == 0:
        d.subject = "Fermeture de la chapelle – travaux de ventilation"
        d.body = [("p", hello(d)), ("p", "La chapelle et la salle de recueillement seront fermées du %s au %s. "
                                         "Un local temporaire (B-214) est aménagé." % (
                      fdate(d, d.when + datetime.timedelta(days=3)), fdate(d, d.when + datetime.timedelta(days=17))))]
    elif k == 1:
        d.subject = "Stationnement P3 – déneigement"
        d.body = [("p", hello(d)), ("p", "Le stationnement P3 sera déneigé cette nuit. Tout véhicule restant sera remorqué.")]
    else:
        d.subject = "Ascenseur 4 hors service"
        d.body = [("p", hello(d)), ("p", "L'ascenseur 4 (aile B) est hors service jusqu'à vendredi. Les transferts de civières "
                                         "passent par l'ascenseur 2.")]
    d.body.append(sign(d, s))
    return d


def nf_job(ctx):
    d = Draft(ctx, L, False, "job_posting", "affichage de poste")
    r = d.rng
    hr = ctx.staff(L, "ts")
    hr.role = "conseillère en acquisition de talents"
    title, ech = r.choice([("Intervenant(e) en soins spirituels", "28,57 $ à 47,69 $"),
                           ("Conseiller(ère) en éthique clinique", "31,00 $ à 55,27 $"),
                           ("Agent(e) administratif(ve), commissariat aux plaintes", "22,10 $ à 27,03 $")])
    no = "%d-%04d" % (d.when.year, r.randrange(1, 2000))
    d.frm = pair(hr)
    d.to = [("Affichages internes", "affichages@" + C.DOM)]
    d.subject = "Affichage %s – %s" % (no, title)
    d.body = [("h", "%s — poste permanent, temps complet" % title),
              ("p", "Port d'attache : %s. Échelle salariale : %s l'heure." % (r.choice(C.SITES)[1], ech)),
              ("p", "Exigences : baccalauréat pertinent (sciences religieuses, théologie, philosophie ou éthique), "
                    "maîtrise un atout; expérience auprès de personnes en fin de vie ou atteintes de maladies graves."),
              ("p", "Faire parvenir votre CV avant le %s en mentionnant le numéro d'affichage." % fdate(
                  d, d.when + datetime.timedelta(days=14))),
              sign(d, hr)]
    return d


def nf_hr(ctx):
    d = Draft(ctx, L, False, "hr", "ressources humaines (congés, paie, santé au travail d'un employé)")
    r = d.rng
    mgr = ctx.staff(L, "ssp")
    emp = ctx.staff(L, "ssp")
    k = r.randrange(3)
    if k == 0:
        d.frm, d.to = pair(mgr), [("Service de la paie", "paie@" + C.DOM)]
        d.subject = "Correction de paie – matricule %d" % r.randrange(100000, 999999)
        d.body = [("p", hello(d)), ("p", "%s (matricule %d) n'a pas reçu la prime de garde pour la période %d. "
                                         "Total : 7 gardes de fin de semaine." % (emp.full, r.randrange(100000, 999999), r.randrange(1, 26))),
                  sign(d, mgr)]
    elif k == 1:
        d.frm, d.to = pair(mgr), [pair(ctx.staff(L, "ssp")) for _ in range(3)]
        d.subject = "Absence de %s" % emp.given
        d.body = [("p", hello(d)), ("p", "%s est en arrêt de travail (entorse lombaire, CNESST) pour environ 4 semaines. "
                                         "Retour progressif prévu le %s. Merci de couvrir ses visites à l'oncologie." % (
                      emp.full, fdate(d, d.when + datetime.timedelta(days=28))))]
        d.body.append(sign(d, mgr))
    else:
        d.frm, d.to = pair(emp), [pair(mgr)]
        d.subject = "Demande de vacances été %d" % (d.when.year + 1)
        d.body = [("p", hello(d, mgr)), ("p", "Je souhaite prendre mes vacances du 7 au 25 juillet. %s a accepté de "
                                               "prendre mes gardes du 14." % ctx.staff(L, "ssp").given),
                  ("p", thanks(d)), sign(d, emp)]
    return d


def nf_baby(ctx):
    d = Draft(ctx, L, False, "staff_news", "naissance du bébé d'une collègue")
    r = d.rng
    mgr = ctx.staff(L, "ssp")
    col = ctx.staff(L, "eth")
    bb = r.choice(["Léa", "Arthur", "Florence", "Thomas", "Mila", "Édouard"])
    born = d.when - datetime.timedelta(days=r.randrange(1, 5))
    d.frm = pair(mgr)
    d.to = [("Équipe éthique et soins spirituels", "equipe-ethique-ssp@" + C.DOM)]
    d.subject = "Bienvenue à %s!" % bb
    d.body = [("p", hello(d)),
              ("p", "Bonne nouvelle : %s a accouché le %s à %02d h %02d d'un%s petit%s %s (%s kg). "
                    "Maman et bébé se portent bien!" % (
                  col.full, fdate(d, born, "long"), r.randrange(0, 24), r.randrange(60),
                  "e" if bb in ("Léa", "Florence", "Mila") else "", "e" if bb in ("Léa", "Florence", "Mila") else "",
                  bb, r.choice(["3,2", "3,6", "2,9", "4,1"]))),
              ("p", "Une carte circule au secrétariat jusqu'à vendredi."), sign(d, mgr)]
    return d


def nf_shortage(ctx):
    d = Draft(ctx, L, False, "drug_shortage", "avis de pénurie de médicament")
    r = d.rng
    ph = ctx.staff(L, "pal")
    ph.role = ("pharmacienne" if ph.given in P.FEMALE_GIVEN else "pharmacien") + ", chef du département de pharmacie"
    drug, alt = r.choice([("midazolam 5 mg/mL injectable", "lorazépam injectable"),
                          ("hydromorphone 10 mg/mL", "hydromorphone 2 mg/mL (volumes ajustés)"),
                          ("glycopyrrolate 0,2 mg/mL", "scopolamine butylbromure"),
                          ("halopéridol 5 mg/mL", "méthotriméprazine")])
    d.frm = pair(ph)
    d.to = [("Médecins et infirmières – soins palliatifs", "usp-tous@" + C.DOM)]
    d.subject = "Pénurie – %s" % drug
    d.body = [("p", hello(d)),
              ("p", "Le fournisseur nous avise d'une rupture de stock visant : %s (DIN %08d) jusqu'à la fin du mois. "
                    "Lots touchés : %s, %s." % (drug, r.randrange(2000000, 2999999), C.make_luhn_serial(r, 8),
                                                 C.make_luhn_serial(r, 8))),
              ("p", "Alternative recommandée : %s. Les protocoles de détresse ont été ajustés en conséquence." % alt),
              sign(d, ph)]
    return d


def nf_research(ctx):
    d = Draft(ctx, L, False, "research_protocol", "protocole de recherche sans participants identifiés")
    r = d.rng
    pi = ctx.staff(L, "eth")
    d.frm = pair(pi)
    d.to = [("Comité d'éthique de la recherche", "cer@" + C.DOM)]
    d.subject = "Dépôt – protocole DSS-%d (dépistage de la détresse spirituelle)" % d.when.year
    proto = [("h", "Objectif"), ("p", "Valider une échelle de dépistage de la détresse spirituelle en soins palliatifs."),
             ("h", "Population"), ("p", "Adultes hospitalisés atteints de cancer avancé, d'insuffisance cardiaque ou de MPOC "
                                        "terminale; exclusion : délirium, aphasie."),
             ("h", "Taille d'échantillon"), ("p", "n = 180 (puissance 80 %, alpha 0,05)."),
             ("h", "Confidentialité"), ("p", "Données codées; la clé de correspondance est conservée par la chercheuse principale.")]
    d.attach_docx("protocole_DSS_v%d.docx" % r.randrange(1, 4), "Protocole DSS", proto, pi.full)
    d.body = [("p", hello(d)), ("p", "Veuillez trouver ci-joint le protocole pour évaluation à la réunion du mois prochain."),
              sign(d, pi)]
    return d


def nf_training(ctx):
    d = Draft(ctx, L, False, "training", "formation du personnel")
    r = d.rng
    s = ctx.staff(L, "ssp")
    dr = _dr(ctx)
    day = d.when + datetime.timedelta(days=r.randrange(10, 30))
    d.frm = pair(s)
    d.to = [("Personnel infirmier – mère-enfant", "mere-enfant@" + C.DOM)]
    d.subject = "Formation : accompagner le deuil périnatal"
    d.body = [("p", hello(d)),
              ("p", "Formation de 3 h le %s, animée par %s et %s (%s). Contenu : rituels, photos souvenirs, "
                    "soutien aux parents après une mort fœtale." % (fdate(d, day), s.full, dr.display, dr.role)),
              ("p", "Inscription dans l'Environnement numérique d'apprentissage. Libération autorisée par les chefs d'unité."),
              sign(d, s)]
    if r.random() < 0.5:
        d.attach_zip("documents_formation.zip", [("deuil_perinatal/plan_de_cours.txt", "Plan de cours\n1. Rituels\n2. Soutien\n".encode("utf-8")),
                                                  ("deuil_perinatal/lectures.csv", "titre;auteur\nLe deuil périnatal;Collectif\n".encode("utf-8"))])
    return d


TEMPLATES = [
    (nf_schedule, 6), (nf_newsletter, 6), (nf_cec_notice, 6), (nf_colloque, 5), (nf_stats, 6),
    (nf_teaching_case, 5), (nf_blank_form, 5), (nf_mailmerge, 4), (nf_invoice, 6), (nf_purchase_order, 5),
    (nf_inventory, 4), (nf_it, 6), (nf_facilities, 4), (nf_job, 5), (nf_hr, 5), (nf_baby, 3),
    (nf_shortage, 4), (nf_research, 3), (nf_training, 2),
]
