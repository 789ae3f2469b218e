"""Negative (non-confidential) templates, part A: rotations, cargo, training, statistics, newsletters,
invoices, conferences, committees, job postings, IT, blank forms, teaching cases, recalls, shortages."""
import datetime

from stdnum import luhn

from gen_common import AIRLINES, BOARDING, EEYOU, MEDEVAC_EN, MEDEVAC_FR, NUNAVIK, ORGS, TELE
from gen_ctx import Out
from gen_docs import make_csv, make_docx, make_ics, make_pdf, make_xlsx, make_zip
from gen_mime import Att

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _north(c):
    return c.ch(["siq", "ika", "ew"])


def _comm(c, org):
    return c.ch(EEYOU if org == "ew" else NUNAVIK)


def luhn_num(c, n):
    body = str(c.rng.randint(1, 9)) + "".join(str(c.rng.randint(0, 9)) for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def n_rotation(c):
    org = _north(c)
    mgr = c.staff("mgr", org)
    rows = []
    for i in range(c.rng.randint(5, 9)):
        s = c.staff(c.ch(["nurse", "nurse", "ipsp", "md"]), org)
        a = c.later(3, 40)
        rows.append([s.full, s.role_name(c.lang), _comm(c, org), a.isoformat(), (a + datetime.timedelta(days=c.ch([28, 42, 56]))).isoformat(),
                     f"{c.ch(AIRLINES)} {c.rng.randint(100, 899)}"])
    hdr = c.t(["Nom", "Titre", "Communauté", "Arrivée", "Départ", "Vol"], ["Name", "Title", "Community", "In", "Out", "Flight"])
    lines = [c.greet(), "", c.t("Voici les rotations du prochain cycle. Merci de vérifier vos dates et de confirmer d'ici vendredi.",
                                "Here are the rotations for the next cycle. Please check your dates and confirm by Friday."), ""]
    atts = []
    if c.p(.5):
        atts.append(Att(c.t("rotations_infirmieres.xlsx", "nursing_rotations.xlsx"), XLSX, make_xlsx([("Rotations", [hdr] + rows)], c.dt.replace(tzinfo=None), mgr.full)))
        lines.append(c.t("(fichier ci-joint)", "(file attached)"))
    else:
        lines += [" | ".join(hdr)] + [" | ".join(r) for r in rows]
    lines += ["", c.t("Rappel : le logement du personnel à Nuvuliaq est en rénovation, deux personnes partageront le triplex.",
                      "Reminder: staff housing in Nuvuliaq is being renovated, two people will share the triplex."), "", c.close(), c.sign(mgr)]
    m = c.mail(mgr, [(c.t("Équipe infirmière", "Nursing team"), f"equipe.soins@{ORGS[org]['dom']}")], c.t("Rotations – prochain cycle", "Rotations – next cycle"), "\n".join(lines), atts=atts)
    return Out(m, [], "staff rotation schedule", "rotation")


def n_cargo(c):
    logi = c.staff("logi", c.ch(["rr", "ew"]))
    comm = c.ch(NUNAVIK + EEYOU)
    wb = f"{c.rng.randint(100, 999)}-{c.rng.randint(1000000, 9999999)}"
    items = c.ch([c.t("3 boîtes de vaccins (chaîne de froid, 2-8 °C)", "3 boxes of vaccines (cold chain, 2-8 °C)"),
                  c.t("2 palettes de fournitures médicales et 1 concentrateur d'oxygène", "2 pallets of medical supplies and 1 oxygen concentrator"),
                  c.t("les trousses de dépistage TB (tubes QuantiFERON) pour la campagne", "the TB screening kits (QuantiFERON tubes) for the campaign"),
                  c.t("le nouvel appareil de radiographie portatif (numéro d'actif 4417-2093)", "the new portable X-ray unit (asset no. 4417-2093)")])
    lines = [c.greet(), "",
             c.t(f"Le cargo pour {comm} partira sur le vol {c.ch(AIRLINES)} de {c.dlong(c.later(1, 6))} : {items}.",
                 f"Cargo for {comm} leaves on the {c.ch(AIRLINES)} flight on {c.dlong(c.later(1, 6))}: {items}."),
             c.t(f"Lettre de transport : {wb}", f"Waybill: {wb}"),
             c.ch([c.t("Quelqu'un doit être à l'aéroport pour la réception, les boîtes isothermes ne tiennent que 48 h.",
                       "Someone must meet the plane, the cooler boxes only hold for 48 h."),
                   c.t("Météo incertaine : possible report de 24 h.", "Weather uncertain: possible 24 h delay."),
                   c.t("Le poids dépasse la limite du Twin Otter, une partie suivra au prochain vol.", "Weight exceeds the Twin Otter limit, part will follow on the next flight.")]),
             "", c.close(), c.sign(logi)]
    m = c.mail(logi, [(c.t("Centre de santé", "Health centre"), f"reception@{c.ch(['siqiniup', 'ikajuqti', 'ewhc'])}.example")],
               c.t(f"Cargo {comm} – {c.later(1, 6):%d/%m}", f"Cargo {comm} – {c.later(1, 6):%b %d}"), "\n".join(lines))
    return Out(m, [], "cargo shipment notice", "cargo")


def n_flights(c):
    logi = c.staff("coord_travel", "rr")
    lines = [c.greet(), "",
             c.t("Changements d'horaire aériens à partir du 1er du mois :", "Flight schedule changes effective the 1st of the month:")]
    for comm in c.rng.sample(NUNAVIK, 3):
        lines.append(c.t(f"- {comm} : départs mardi et vendredi (plus de vol le jeudi)", f"- {comm}: departures Tuesday and Friday (no more Thursday flight)"))
    lines += [c.t("Les rendez-vous au sud devront tenir compte de ces changements; prévoir une nuit de plus à l'hébergement.",
                  "Southern appointments will need to account for this; plan one extra night at the boarding home."),
              c.t("Les évacuations médicales ne sont pas touchées.", "Medevacs are not affected."), "", c.close(), c.sign(logi)]
    m = c.mail(logi, [(c.t("Coordonnateurs déplacements", "Travel coordinators"), "deplacements@rrsnn.example")],
               c.t("Nouvel horaire des vols", "New flight schedule"), "\n".join(lines))
    return Out(m, [], "flight schedule change", "flights")


def n_cultural(c):
    org = c.ch(["rr", "ew", "husb", "mru"])
    comm_ = c.staff("comm", org)
    d = c.later(7, 40)
    elder = c.ch(["Aînée Maata Aloupa", "Elder George Spencer", "Aîné Tamusi Munick", "Elder Annie Whiskeychan"])
    text = [c.greet(), "",
            c.t(f"La formation en sécurisation culturelle aura lieu le {c.dlong(d)} de 9 h à 16 h (salle Aqsarniit et en ligne).",
                f"Cultural safety training will take place on {c.dlong(d)} from 9:00 to 16:00 (Aqsarniit room and online)."),
            c.t("Au programme :", "Agenda:"),
            c.t("- histoire des pensionnats et des relocalisations, et leurs effets sur la confiance envers le système de santé",
                "- history of residential schools and relocations, and their impact on trust in health care"),
            c.t("- travailler avec les interprètes et les accompagnateurs", "- working with interpreters and escorts"),
            c.t("- la tuberculose au Nord : mémoire des sanatoriums", "- TB in the North: memories of the sanatoria"),
            c.t(f"- témoignage et échange avec {elder}", f"- sharing circle with {elder}"),
            "", c.t("La formation est obligatoire pour le personnel nouvellement embauché.", "Mandatory for all new hires."), "", c.sign(comm_)]
    ics = None
    if c.p(.4):
        st = datetime.datetime(d.year, d.month, d.day, 9, 0)
        ics = make_ics(f"cs-{c.rng.randint(10**8, 10**9)}@{comm_.addr.split('@')[1]}", st, st + datetime.timedelta(hours=7),
                       c.t("Formation sécurisation culturelle", "Cultural safety training"), c.t("Formation obligatoire", "Mandatory training"),
                       "Salle Aqsarniit / Teams", (comm_.full, comm_.addr), [], c.dt.astimezone(datetime.timezone.utc))
    m = c.mail(comm_, [(c.t("Tout le personnel", "All staff"), f"tous@{comm_.addr.split('@')[1]}")],
               c.t("Formation en sécurisation culturelle", "Cultural safety training"), "\n".join(text), calendar=ics)
    return Out(m, [], "cultural safety training announcement", "cultural_training")


def n_stats(c):
    epi = c.staff("epi", "rr")
    dirr = c.staff("dir", "rr")
    yr = c.ch([2023, 2024])
    ind = c.ch(["tb", "births", "medevac", "sti"])
    if ind == "tb":
        hdr = c.t(["Communauté", "Cas actifs", "ITL traitées", "Taux /100 000"], ["Community", "Active cases", "LTBI treated", "Rate /100,000"])
        title = c.t(f"Tuberculose – bilan {yr}", f"Tuberculosis – {yr} summary")
    elif ind == "births":
        hdr = c.t(["Communauté", "Naissances", "Accouchements au sud", "Prématurité (%)"], ["Community", "Births", "Deliveries down south", "Preterm (%)"])
        title = c.t(f"Périnatalité – {yr}", f"Perinatal indicators – {yr}")
    elif ind == "medevac":
        hdr = c.t(["Communauté", "Évacuations P1", "P2-P3", "Délai médian (h)"], ["Community", "P1 medevacs", "P2-P3", "Median delay (h)"])
        title = c.t(f"Évacuations aéromédicales – {yr}", f"Air medical evacuations – {yr}")
    else:
        hdr = c.t(["Communauté", "Chlamydia", "Gonorrhée", "Syphilis"], ["Community", "Chlamydia", "Gonorrhoea", "Syphilis"])
        title = c.t(f"ITSS – {yr}", f"STBBI – {yr}")
    rows = [hdr]
    for comm in NUNAVIK + EEYOU[:2]:
        rows.append([comm, c.rng.randint(0, 40), c.rng.randint(0, 90), c.rng.randint(0, 400) if ind != "births" else round(c.rng.uniform(5, 14), 1)])
    text = [c.greet(first=dirr.given), "",
            c.t(f"Voici le tableau « {title} » pour le rapport annuel. Les petits nombres (< 5) seront masqués dans la version publique.",
                f"Here is the '{title}' table for the annual report. Small counts (< 5) will be suppressed in the public version."), ""]
    atts = []
    r = c.rng.random()
    if r < .35:
        atts.append(Att(c.t("indicateurs.xlsx", "indicators.xlsx"), XLSX, make_xlsx([(str(yr), rows)], c.dt.replace(tzinfo=None), epi.full)))
    elif r < .6:
        atts.append(Att(c.t("indicateurs.pdf", "indicators.pdf"), "application/pdf", make_pdf(title, [("table", rows), ("p", c.t("Source : registres régionaux.", "Source: regional registries."))], epi.full)))
    else:
        text += ["\t".join(str(x) for x in r_) for r_ in rows]
    text += ["", c.close(), c.sign(epi)]
    m = c.mail(epi, [dirr], title, "\n".join(text), atts=atts)
    return Out(m, [], "aggregate community health statistics", "statistics")


def n_newsletter(c):
    comm_ = c.staff("comm", c.ch(["rr", "ew"]))
    topic = c.ch(["tb", "diab", "flu", "ear"])
    T = {
        "tb": (c.t("La TB, ça se soigne!", "TB can be cured!"), c.t("Une toux depuis plus de 3 semaines? Fièvre, sueurs la nuit, perte de poids? Venez au centre de santé. Le traitement est gratuit et les pilules sont données au centre ou à la maison.",
                                                                    "Coughing for more than 3 weeks? Fever, night sweats, weight loss? Come to the health centre. Treatment is free and pills can be given at the centre or at home.")),
        "diab": (c.t("Diabète : la marche après le souper", "Diabetes: walking after supper"), c.t("Une marche de 15 minutes après le repas aide à contrôler la glycémie. Essayez aussi notre recette de ragoût de caribou faible en sel.",
                                                                                              "A 15-minute walk after meals helps control blood sugar. Try our low-salt caribou stew recipe.")),
        "flu": (c.t("Vaccination contre la grippe et la COVID", "Flu and COVID shots"), c.t("Cliniques sans rendez-vous tous les mercredis à la salle communautaire. Les aînés et les femmes enceintes sont prioritaires.",
                                                                                              "Walk-in clinics every Wednesday at the community hall. Elders and pregnant women first.")),
        "ear": (c.t("Les oreilles de nos enfants", "Our children's ears"), c.t("Les otites sont fréquentes chez les tout-petits. Un écoulement de l'oreille n'est jamais normal : consultez.",
                                                                             "Ear infections are common in little ones. Ear discharge is never normal: come see us.")),
    }[topic]
    html = (f"<html><body style=\"font-family:Arial\">\n<h1>{c.t('Bulletin Santé Nord', 'Northern Health Bulletin')} – {c.t('numéro', 'issue')} {c.rng.randint(20, 80)}</h1>\n"
            f"<h2>{T[0]}</h2>\n<p>{T[1]}</p>\n"
            f"<h2>{c.t('Nouvelles du personnel', 'Staff news')}</h2>\n<p>{c.t('Bienvenue à nos nouvelles infirmières à', 'Welcome to our new nurses in')} {c.ch(NUNAVIK)} {c.t('et', 'and')} {c.ch(EEYOU)}!</p>\n"
            f"<h2>{c.t('Chiffres du mois', 'Numbers of the month')}</h2>\n<ul><li>{c.rng.randint(200, 900)} {c.t('consultations en télésanté', 'telehealth visits')}</li>"
            f"<li>{c.rng.randint(20, 60)} {c.t('évacuations médicales', 'medevacs')}</li><li>{c.rng.randint(100, 400)} {c.t('nuitées à la maison d’hébergement', 'boarding home nights')}</li></ul>\n"
            f"<p style=\"font-size:9pt\">{c.t('Pour vous désabonner, répondez « STOP ».', 'To unsubscribe, reply STOP.')}</p>\n</body></html>\n")
    m = c.mail(comm_, [(c.t("Liste de diffusion", "Mailing list"), f"bulletin@{comm_.addr.split('@')[1]}")],
               c.t("Bulletin Santé Nord", "Northern Health Bulletin") + f" – {T[0]}", html=html)
    return Out(m, [], "health newsletter", "newsletter", prefs={"body": c.ch(["html", "alt"])})


def n_invoice(c):
    buyer = c.staff("buyer", c.ch(["rr", "ew", "husb"]))
    vendor = c.ch(["Fournitures Médicales Boréal inc.", "Northern Medical Supply Co.", "Distribution Pharma-Nord"])
    inv = f"{c.t('FAC', 'INV')}-{c.today.year}-{c.rng.randint(1000, 9999)}"
    po = luhn_num(c, 10)
    items = [(c.t("Gants nitrile M (boîte 100)", "Nitrile gloves M (box of 100)"), 40, 9.85),
             (c.t("Tubes QuantiFERON (4 tubes/trousse)", "QuantiFERON tubes (4-tube kit)"), 120, 14.20),
             (c.t("Seringues 3 mL avec aiguille 25G", "3 mL syringes with 25G needle"), 500, 0.31),
             (c.t("Tests rapides syphilis (point de service)", "Syphilis point-of-care tests"), 200, 6.75),
             (c.t("Bandelettes glycémie", "Glucose test strips"), 300, 0.58)]
    chosen = c.rng.sample(items, 3)
    rows = [c.t(["Article", "Qté", "Prix unitaire", "Total"], ["Item", "Qty", "Unit price", "Total"])]
    tot = 0
    for n, q, p in chosen:
        rows.append([n, q, f"{p:.2f}", f"{q * p:.2f}"])
        tot += q * p
    rows.append(["", "", c.t("Total avant taxes", "Subtotal"), f"{tot:.2f}"])
    pdf = make_pdf(c.t(f"Facture {inv}", f"Invoice {inv}"), [("p", vendor), ("p", c.t(f"Bon de commande : {po}", f"Purchase order: {po}")),
                                                             ("p", c.t(f"Livré à : {c.org(buyer.org)}", f"Ship to: {c.org(buyer.org)}")), ("table", rows),
                                                             ("p", c.t("Paiement net 30 jours.", "Net 30."))], vendor)
    lines = [c.greet(first=buyer.given), "", c.t(f"Veuillez trouver ci-joint la facture {inv} pour le bon de commande {po}.",
                                                  f"Please find attached invoice {inv} for PO {po}."), "", c.close(),
             c.t("Service à la clientèle", "Customer service"), vendor, "1-800-555-0199"]
    m = c.mail((vendor, "facturation@fournitures-boreal.example"), [buyer], c.t(f"Facture {inv}", f"Invoice {inv}"), "\n".join(lines),
               atts=[Att(f"{inv}.pdf", "application/pdf", pdf)])
    return Out(m, [], "supplier invoice", "invoice")


def n_conference(c):
    org = c.staff("comm", c.ch(["rr", "ew", "mru"]))
    sp = [c.staff("md", c.ch(["husb", "mru", "crsh"])) for _ in range(4)]
    talks = [c.t("Tuberculose au Nunavik : dix ans de dépistage communautaire", "Tuberculosis in Nunavik: ten years of community screening"),
             c.t("Syphilis congénitale : prévenir l'évitable", "Congenital syphilis: preventing the preventable"),
             c.t("Accoucher loin de chez soi : le retour des sages-femmes", "Giving birth far from home: the return of midwifery"),
             c.t("Télésanté et interprètes : leçons apprises", "Telehealth and interpreters: lessons learned"),
             c.t("Diabète de type 2 chez les jeunes cris", "Type 2 diabetes in Cree youth")]
    c.rng.shuffle(talks)
    lines = [c.t("Colloque sur la santé circumpolaire – programme préliminaire", "Circumpolar Health Symposium – preliminary programme"), ""]
    for i, s in enumerate(sp):
        lines.append(f"{9 + i}:00  Dr {s.surname} ({c.spec()}) — « {talks[i]} »" if c.lang == "fr" else f"{9 + i}:00  Dr. {s.surname} ({c.spec()}) — \"{talks[i]}\"")
    lines += ["", c.t("Inscription avant le 15 du mois prochain. Crédits de formation continue reconnus.", "Register by the 15th of next month. CME credits available."),
              "", c.sign(org)]
    m = c.mail(org, [(c.t("Membres", "Members"), f"membres@{org.addr.split('@')[1]}")], c.t("Programme du colloque", "Symposium programme"), "\n".join(lines))
    return Out(m, [], "conference programme with physician speakers and topics", "conference")


def n_committee(c):
    org = c.ch(["rr", "ew", "husb"])
    sec = c.staff("coord", org)
    comm = c.ch([c.t("Comité de pharmacologie", "Pharmacy & Therapeutics Committee"), c.t("Comité des usagers", "Users' Committee"),
                 c.t("Comité de prévention des infections", "Infection Prevention Committee"), c.t("Comité de la qualité et de la sécurité", "Quality and Safety Committee")])
    d = c.later(5, 30)
    agenda = [c.t("1. Adoption de l'ordre du jour", "1. Adoption of agenda"), c.t("2. Suivi du procès-verbal", "2. Business arising"),
              c.t("3. Ajout de la rifapentine au formulaire régional", "3. Adding rifapentine to the regional formulary"),
              c.t("4. Taux d'incidents liés aux évacuations médicales (T1)", "4. Medevac-related incident rates (Q1)"),
              c.t("5. Varia", "5. Other business")]
    lines = [c.greet(), "", c.t(f"La prochaine réunion du {comm} aura lieu le {c.dlong(d)} à 13 h 30 (Teams).", f"The next {comm} meeting is on {c.dlong(d)} at 1:30 PM (Teams)."), ""] + agenda + ["", c.sign(sec)]
    st = datetime.datetime(d.year, d.month, d.day, 13, 30)
    ics = make_ics(f"cmt-{c.rng.randint(10**8, 10**9)}@{sec.addr.split('@')[1]}", st, st + datetime.timedelta(hours=2), comm, "\n".join(agenda), "Microsoft Teams",
                   (sec.full, sec.addr), [(x.full, x.addr) for x in [c.staff("md", org), c.staff("pharm", org), c.staff("nurse", org)]], c.dt.astimezone(datetime.timezone.utc))
    if c.p(.5):
        m = c.mail(sec, [(comm, f"comite@{sec.addr.split('@')[1]}")], comm + " – " + c.t("convocation", "notice"), "\n".join(lines), calendar=ics)
    else:
        m = c.mail(sec, [(comm, f"comite@{sec.addr.split('@')[1]}")], comm + " – " + c.t("ordre du jour", "agenda"), "\n".join(lines),
                   atts=[Att("invite.ics", "text/calendar", ics)])
    return Out(m, [], "committee meeting notice", "committee")


def n_job(c):
    hr = c.staff("hr", c.ch(["rr", "ew"]))
    comm = c.ch(NUNAVIK + EEYOU)
    role = c.ch([c.t("Infirmière ou infirmier en rôle élargi", "Expanded-role nurse"), c.t("Interprète médical(e) inuktitut-anglais", "Inuktitut-English medical interpreter"),
                 c.t("Coordonnateur(trice) des déplacements médicaux", "Medical travel coordinator"), c.t("Sage-femme", "Midwife")])
    lines = [c.t(f"AFFICHAGE DE POSTE – {role} – {comm}", f"JOB POSTING – {role} – {comm}"), "",
             c.t("Statut : temps complet, rotation 8 semaines / 4 semaines", "Status: full time, 8 weeks in / 4 weeks out"),
             c.t("Avantages : prime d'éloignement, logement fourni, 4 sorties payées par année", "Benefits: isolation allowance, housing provided, 4 paid trips out per year"),
             c.t("Exigences : permis d'exercice valide, expérience en santé communautaire ou en urgence", "Requirements: valid licence, community health or emergency experience"),
             c.t("Atout : connaissance de l'inuktitut ou du cri", "Asset: knowledge of Inuktitut or Cree"), "",
             c.t(f"Faire parvenir votre CV avant le {c.dfmt(c.later(10, 30), 'long')}.", f"Send your CV before {c.dfmt(c.later(10, 30), 'long')}."), "", c.sign(hr)]
    m = c.mail(hr, [(c.t("Tout le personnel", "All staff"), f"tous@{hr.addr.split('@')[1]}")], c.t("Affichage : ", "Posting: ") + role, "\n".join(lines))
    return Out(m, [], "job posting", "job_posting")


def n_it(c):
    it = c.staff("it", c.ch(["rr", "ew", "husb"]))
    kind = c.ch(["maint", "phish", "emr", "sat"])
    if kind == "maint":
        body = c.t(f"La plateforme {TELE} sera en maintenance {c.dlong(c.later(1, 10))} de 22 h à 2 h. Les consultations de télésanté devront être reportées.",
                   f"The {TELE} platform will be down for maintenance on {c.dlong(c.later(1, 10))} from 10 PM to 2 AM. Telehealth visits must be rescheduled.")
        subj = c.t(f"Maintenance {TELE}", f"{TELE} maintenance")
    elif kind == "phish":
        body = c.t("Nous avons reçu plusieurs courriels frauduleux demandant de « confirmer votre NAM » ou votre mot de passe. Ne cliquez pas. Le service informatique ne vous demandera jamais votre mot de passe.",
                   "We have received several fraudulent e-mails asking you to 'confirm your health card number' or password. Do not click. IT will never ask for your password.")
        subj = c.t("Alerte hameçonnage", "Phishing alert")
    elif kind == "emr":
        body = c.t("Le nouveau module de dossier électronique (onglet « Déplacements médicaux ») sera activé lundi. Une formation de 30 min est offerte mardi et jeudi.",
                   "The new EMR module ('Medical travel' tab) goes live Monday. A 30-minute training is offered Tuesday and Thursday.")
        subj = c.t("Nouveau module DME", "New EMR module")
    else:
        body = c.t(f"Le lien satellite de {c.ch(NUNAVIK)} est instable depuis la tempête. Débit réduit : évitez les vidéos non essentielles.",
                   f"The satellite link in {c.ch(NUNAVIK)} has been unstable since the storm. Reduced bandwidth: avoid non-essential video.")
        subj = c.t("Connexion satellite instable", "Unstable satellite link")
    tick = f"INC{c.rng.randint(100000, 999999)}"
    lines = [c.greet(), "", body, "", c.t(f"Billet : {tick}", f"Ticket: {tick}"), "", c.sign(it)]
    m = c.mail(it, [(c.t("Tous les utilisateurs", "All users"), f"tous@{it.addr.split('@')[1]}")], subj, "\n".join(lines))
    return Out(m, [], "IT notice", "it_notice")


def n_blank_form(c):
    coord = c.staff("coord", c.ch(["rr", "ew"]))
    kind = c.ch(["medevac", "escort", "boarding"])
    title = {"medevac": c.t("Formulaire de demande d'évacuation médicale", "Medevac request form"),
             "escort": c.t("Demande d'accompagnateur – déplacement médical", "Escort request – medical travel"),
             "boarding": c.t("Admission à la maison d'hébergement", "Boarding home admission form")}[kind]
    fields = [c.t("Nom du patient : ______________________", "Patient name: ______________________"),
              c.t("Date de naissance (AAAA-MM-JJ) : ____-__-__", "Date of birth (YYYY-MM-DD): ____-__-__"),
              c.t("NAM : ____ ____ ____", "RAMQ no.: ____ ____ ____"),
              c.t("No de dossier : __________", "Chart no.: __________"),
              c.t("Diagnostic / motif : ______________________", "Diagnosis / reason: ______________________"),
              c.t("Médication actuelle : ______________________", "Current medications: ______________________"),
              c.t("Allergies : ______________________", "Allergies: ______________________"),
              c.t("Téléphone : (___) ___-____", "Phone: (___) ___-____"),
              c.t("Accompagnateur (nom, lien) : __________", "Escort (name, relationship): __________")]
    blocks = [("p", c.t("Version 2025-02 – remplace toutes les versions antérieures.", "Version 2025-02 – replaces all previous versions."))] + [("p", f) for f in fields]
    blocks.append(("p", c.t("Signature du professionnel : __________   Date : __________", "Professional's signature: __________   Date: __________")))
    if c.p(.5):
        att = Att(title.replace(" ", "_").replace("'", "") + ".docx", DOCX, make_docx(title, blocks, c.dt.replace(tzinfo=None), coord.full))
    else:
        att = Att(title.replace(" ", "_").replace("'", "") + ".pdf", "application/pdf", make_pdf(title, blocks, coord.full))
    lines = [c.greet(), "", c.t("Voici la nouvelle version du formulaire. Merci de détruire les anciennes copies papier.",
                                "Here is the new version of the form. Please discard old paper copies."), "", c.sign(coord)]
    m = c.mail(coord, [(c.t("Centres de santé", "Health centres"), "centres@rrsnn.example")], c.t("Nouveau formulaire : ", "New form: ") + title, "\n".join(lines), atts=[att])
    return Out(m, [], "blank form template", "blank_form", prefs={"fn_mode": c.ch(["2231", "plain", "2047"])})


def n_teaching(c):
    md = c.staff("md", c.ch(["rr", "husb", "mru"]))
    case = c.ch([
        c.t("Un homme de 56 ans d'une communauté côtière consulte pour une toux depuis 6 semaines et une perte de 7 kg. Il a vécu dans une maison surpeuplée. La radiographie montre une cavité apicale droite.",
            "A 56-year-old man from a coastal community presents with a 6-week cough and 7 kg weight loss. He lives in an overcrowded house. Chest X-ray shows a right apical cavity."),
        c.t("Une femme de 24 ans, enceinte de 20 semaines, a un RPR à 1:16 au dépistage. Elle dit avoir été traitée il y a deux ans.",
            "A 24-year-old woman, 20 weeks pregnant, has an RPR of 1:16 on screening. She reports treatment two years ago."),
        c.t("Un enfant de 3 ans présente un écoulement purulent de l'oreille gauche depuis un mois, sans fièvre.",
            "A 3-year-old has had purulent discharge from the left ear for a month, no fever."),
        c.t("Un homme de 70 ans sous warfarine fait une chute; l'avion-ambulance ne peut décoller avant 12 h à cause du blizzard.",
            "A 70-year-old man on warfarin falls; the air ambulance cannot take off for 12 hours because of a blizzard."),
    ])
    lines = [c.greet(), "", c.t("Cas clinique de la semaine (anonymisé) :", "Case of the week (de-identified):"), "", case, "",
             c.t("Questions :", "Questions:"), c.t("1. Quel est votre diagnostic différentiel?", "1. What is your differential?"),
             c.t("2. Quels examens sont possibles sur place?", "2. Which tests can be done on site?"),
             c.t("3. Quand demander une évacuation?", "3. When would you request a medevac?"), "",
             c.t("Réponses à la présentation de jeudi midi.", "Answers at Thursday's noon rounds."), "", c.sign(md)]
    m = c.mail(md, [(c.t("Résidents et infirmières", "Residents and nurses"), f"enseignement@{md.addr.split('@')[1]}")], c.t("Cas clinique de la semaine", "Case of the week"), "\n".join(lines))
    return Out(m, [], "de-identified teaching case", "teaching_case")


def n_recall(c):
    buyer = c.staff("buyer", c.ch(["rr", "ew"]))
    lot = luhn_num(c, 9)
    serial = luhn_num(c, 10)
    prod = c.ch([c.t("glucomètres", "glucose meters"), c.t("thermomètres tympaniques", "tympanic thermometers"),
                 c.t("pompes à perfusion", "infusion pumps"), c.t("cathéters IV 22G", "22G IV catheters")])
    lines = [c.greet(), "",
             c.t(f"Le fabricant rappelle certains {prod}. Lot visé : {lot}. Numéros de série à partir de {serial}.",
                 f"The manufacturer is recalling some {prod}. Affected lot: {lot}. Serial numbers starting at {serial}."),
             c.t("Vérifiez votre inventaire et retirez les unités concernées. Aucun incident patient n'a été rapporté dans la région.",
                 "Check your stock and pull affected units. No patient incidents have been reported in the region."),
             c.t(f"Numéro d'actif régional : {luhn_num(c, 9)}", f"Regional asset tag: {luhn_num(c, 9)}"), "", c.sign(buyer)]
    m = c.mail(buyer, [(c.t("Centres de santé", "Health centres"), "centres@rrsnn.example")], c.t("Rappel de produit – ", "Product recall – ") + prod, "\n".join(lines), importance="high")
    return Out(m, [], "supplier recall with lot and serial numbers", "recall")


def n_shortage(c):
    ph = c.staff("pharm", c.ch(["rr", "husb", "ew"]))
    drug = c.ch([("benzathine pénicilline G (Bicillin L-A)", "benzathine penicillin G (Bicillin L-A)", "doxycycline 100 mg BID x 14 jours", "doxycycline 100 mg BID x 14 days"),
                 ("rifapentine", "rifapentine", "rifampicine 4 mois (4R)", "rifampin 4 months (4R)"),
                 ("salbutamol en aérosol doseur", "salbutamol MDI", "terbutaline Turbuhaler", "terbutaline Turbuhaler"),
                 ("amoxicilline suspension 250 mg/5 mL", "amoxicillin suspension 250 mg/5 mL", "comprimés à disperser", "dispersible tablets")])
    lines = [c.greet(), "",
             c.t(f"Pénurie nationale de {drug[0]} prévue jusqu'à la fin du trimestre.", f"National shortage of {drug[1]} expected until the end of the quarter."),
             c.t(f"Alternative recommandée : {drug[2]}. Réserver le stock restant aux femmes enceintes.", f"Recommended alternative: {drug[3]}. Reserve remaining stock for pregnant women."),
             c.t("Faites-nous parvenir vos inventaires d'ici vendredi.", "Send us your stock counts by Friday."), "", c.sign(ph)]
    m = c.mail(ph, [(c.t("Infirmières-chefs", "Head nurses"), "chefs@rrsnn.example")], c.t("Pénurie – ", "Shortage – ") + drug[0 if c.lang == "fr" else 1], "\n".join(lines))
    return Out(m, [], "drug shortage notice", "drug_shortage")
