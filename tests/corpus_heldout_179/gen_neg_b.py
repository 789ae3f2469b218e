"""Negative templates, part B: newsletters, committees, conferences, teaching material,
blank forms and templates, statistics, research protocols, shortages, policies."""
import datetime

from gen_attach import make_csv, make_docx, make_ics, make_pdf, make_xlsx, make_zip
from gen_common import (CLINIC_PHONES, ORG_ADDR_EN, ORG_ADDR_FR, STAFF, UROLOGISTS, dec, fmt_date)
from gen_mime import Att, html_table, text_to_html
from gen_neg_a import ALL_LIST
from gen_ptools import spec

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MED_LIST = ("Médecins - Urologie", "uro.medecins@hsv-sante.example")


def n_newsletter(c):
    L = c.L
    ed = c.staff("asselin")
    u1, u2 = c.rng.sample([STAFF[k] for k in UROLOGISTS], 2)
    nurse = c.staff(c.ch(["desrochers", "champagne", "theriault"]))
    items = [
        (L("Bienvenue", "Welcome"), L(f"Nous accueillons le {u1.titled('fr')}, formé à Montréal et à Lyon, qui s'intéresse particulièrement à la lithiase urinaire "
                                      "complexe, à la néphrolithotomie percutanée et au cancer du rein.",
                                      f"Please welcome {u1.titled('en')}, trained in Montreal and Lyon, with a special interest in complex stone disease, "
                                      "PCNL and kidney cancer.")),
        (L("Prix d'excellence", "Excellence award"), L(f"{nurse.titled('fr')} a reçu le prix Florence régional pour son projet de réduction des "
                                                       "infections urinaires sur sonde (−38 % en 18 mois).",
                                                       f"{nurse.titled('en')} received the regional Florence award for a project reducing "
                                                       "catheter-associated UTIs (-38% in 18 months).")),
        (L("Nouveau laser", "New laser"), L("Le laser thulium fibré est en fonction en salle 8 depuis le 3 février. Formation obligatoire pour le personnel du bloc.",
                                            "The thulium fibre laser is running in OR 8 since February 3. Training is mandatory for OR staff.")),
        (L("Chiffres du trimestre", "Quarter in numbers"), L("412 cystoscopies, 118 LEC, 96 urétéroscopies, 41 biopsies transpérinéales.",
                                                             "412 cystoscopies, 118 ESWL, 96 ureteroscopies, 41 transperineal biopsies.")),
        (L("Conférence", "Talk"), L(f"{u2.titled('fr')} présentera « Cancer de la prostate : quand la surveillance active ne suffit plus » "
                                    "aux grandes tournées du 12 mars.",
                                    f"{u2.titled('en')} will present 'Prostate cancer: when active surveillance is no longer enough' at Grand Rounds on March 12.")),
    ]
    c.rng.shuffle(items)
    html = ["<html><head><meta charset=\"__CS__\"><style>h2{color:#1f4e79;font-family:Arial}</style></head><body>",
            "<h1>" + L("Le Jet urinaire - bulletin du Service d'urologie", "The Stream - Urology Department newsletter") + "</h1>"]
    text = [L("LE JET URINAIRE - bulletin du Service d'urologie", "THE STREAM - Urology Department newsletter"), ""]
    for h, b in items[:4]:
        html.append(f"<h2>{h}</h2><p>{b}</p>")
        text += [h.upper(), b, ""]
    html.append(f"<hr><p style=\"font-size:8pt\">{ORG_ADDR_FR if c.lang == 'fr' else ORG_ADDR_EN} — {CLINIC_PHONES['uro']}<br>"
                + L("Pour vous désabonner, répondez « retrait ».", "To unsubscribe, reply 'remove'.") + "</p></body></html>\n")
    return spec(c, "newsletter", L("bulletin du service", "department newsletter"), ed.addr(), [ALL_LIST],
                L("Le Jet urinaire - édition ", "The Stream - issue ") + str(c.rng.randrange(30, 60)), "\n".join(text), html="\n".join(html),
                body=c.ch(["html", "alt", "alt"]))


def n_committee(c):
    L = c.L
    chair = c.staff(c.ch(["fitzgerald", "stonge", "chartrand"]))
    d = c.future(5, 25)
    name = c.ch([L("Comité de prévention des infections - volet urologie", "Infection prevention committee - urology"),
                 L("Comité qualité et sécurité des soins", "Quality and patient safety committee"),
                 L("Comité des produits et équipements", "Products and equipment committee")])
    agenda = [L("1. Adoption du procès-verbal", "1. Approval of minutes"),
              L("2. Taux d'IUAC : 1,9 / 1000 jours-sonde (T3) vs 2,6 (T2)", "2. CAUTI rate: 1.9 / 1000 catheter-days (Q3) vs 2.6 (Q2)"),
              L("3. Retraitement des urétéroscopes souples - audit", "3. Flexible ureteroscope reprocessing - audit"),
              L(f"4. Présentation du {STAFF['okafor'].titled('fr')} : antibioprophylaxie en biopsie transpérinéale",
                f"4. {STAFF['okafor'].titled('en')}: antibiotic prophylaxis for transperineal biopsy"),
              L("5. Divers", "5. Other business")]
    text = "\n".join([c.hello(), "", L(f"Convocation : {name}, {c.day(d)}, 12 h à 13 h, salle 2.310 et Teams.",
                                       f"Notice: {name}, {c.day(d)}, noon to 1 pm, room 2.310 and Teams."), "",
                      L("Ordre du jour :", "Agenda:")] + agenda + ["", c.sig(chair)])
    atts = []
    if c.chance(.6):
        st = datetime.datetime(d.year, d.month, d.day, 12, 0)
        atts.append(Att("invitation.ics", make_ics(f"comite-{c.idx}@hsv-sante.example", st, st + datetime.timedelta(hours=1), name, "Salle 2.310 / Teams",
                                                   "\n".join(agenda), organizer=(chair.full(), chair.email),
                                                   attendees=[(STAFF[k].full(), STAFF[k].email) for k in ("rahman", "ferland", "okafor")]),
                        "text/calendar; method=REQUEST", fname_style="plain"))
    if c.chance(.3):
        atts.append(Att(L("proces-verbal_precedent.docx", "previous_minutes.docx"),
                        make_docx(L("Procès-verbal", "Minutes"), [L("Présents : ", "Present: ") + ", ".join(STAFF[k].titled(c.lang) for k in ("fitzgerald", "sethi", "rahman", "ferland")),
                                                                  L("Le taux de bactériémies liées aux sondes reste sous la cible provinciale.", "Catheter-related bacteremia rate remains below the provincial target.")]), DOCX))
    return spec(c, "committee", L("convocation de comité", "committee notice"), chair.addr(), [MED_LIST, ALL_LIST], L("Convocation - ", "Notice - ") + name, text, atts=atts)


def n_conference(c):
    L = c.L
    org = ("Association des urologues du Littoral", "congres@aul-congres.example")
    talks = [(STAFF["sethi"], L("Urétéroscopie souple : laser thulium vs holmium", "Flexible ureteroscopy: thulium vs holmium laser")),
             (STAFF["dansereau"], L("Cancer de la prostate localisé : mise à jour 2025", "Localized prostate cancer: 2025 update")),
             (STAFF["lemieux"], L("Incontinence d'effort chez la femme : bandelettes et alternatives", "Female stress incontinence: slings and alternatives")),
             (STAFF["okafor"], L("Vasectomie sans bistouri : 10 ans d'expérience", "No-scalpel vasectomy: 10 years of experience")),
             (STAFF["vachon"], L("Hématurie : qui investiguer ?", "Hematuria: who needs work-up?"))]
    c.rng.shuffle(talks)
    rows = [[L("Heure", "Time"), L("Conférencier", "Speaker"), L("Sujet", "Topic")]]
    h = 8
    for s, tp in talks:
        rows.append([f"{h}:30", s.titled(c.lang), tp])
        h += 1
    d = c.future(20, 60)
    text = "\n".join([c.hello(), "", L(f"Le programme de la Journée d'urologie du Littoral ({fmt_date(d, 'long', 'fr')}) est en pièce jointe.",
                                       f"The programme for the Littoral Urology Day ({fmt_date(d, 'long', 'en')}) is attached."),
                      L("Inscription : 175 $ (résidents gratuits). 6 heures de crédits de catégorie 1.", "Registration: $175 (residents free). 6 hours Section 1 credits."),
                      "", L("Le comité scientifique", "The scientific committee")])
    pdf = make_pdf(L("Journée d'urologie du Littoral - programme", "Littoral Urology Day - programme"),
                   [L("Lieu : Centre des congrès de Val-des-Ormes", "Venue: Val-des-Ormes Convention Centre")], table=rows, author=org[0])
    return spec(c, "conference", L("programme de congrès", "conference programme"), org, [MED_LIST], L("Programme - Journée d'urologie", "Programme - Urology Day"),
                text, atts=[Att(L("programme_journee_urologie.pdf", "urology_day_programme.pdf"), pdf, "application/pdf")])


def n_journal_club(c):
    L = c.L
    res = c.staff(c.ch(["brisebois", "lariviere"]))
    d = c.future(3, 15)
    paper = c.ch([("Tamsulosin for distal ureteral stones: a meta-analysis of 67 RCTs", "J Endourol Synth 2024"),
                  ("Transperineal vs transrectal prostate biopsy infection rates", "Eur Urol Rev 2023"),
                  ("Mirabegron vs antimuscarinics in older women with OAB", "Neurourol Urodyn Rep 2024")])
    text = "\n".join([c.hello(), "", L(f"Club de lecture {c.day(d)} 7 h (salle 2.105). Article : « {paper[0]} », {paper[1]}.",
                                       f"Journal club {c.day(d)} 7 am (room 2.105). Paper: '{paper[0]}', {paper[1]}."),
                      L(f"Présenté par {res.full()}, supervision du {STAFF['sethi'].titled('fr')}.", f"Presented by {res.full()}, supervised by {STAFF['sethi'].titled('en')}."),
                      L("Questions à préparer : biais de sélection, taille d'effet pour les calculs de 5 à 10 mm.",
                        "Questions: selection bias, effect size for 5-10 mm stones."), "", res.given])
    return spec(c, "education", L("club de lecture", "journal club"), res.addr(), [MED_LIST], L("Club de lecture", "Journal club"), text, body=c.ch(["plain", "alt"]))


def n_referral_guide(c):
    L = c.L
    coord = c.staff("chartrand")
    rows = [[L("Médecin", "Physician"), L("Champs d'intérêt", "Areas of interest"), L("Clinique", "Clinic"), L("Téléphone", "Phone")],
            [STAFF["vachon"].titled(c.lang), L("hématurie, cancer de la vessie, cystoscopie", "hematuria, bladder cancer, cystoscopy"), "Cysto", CLINIC_PHONES["cysto"]],
            [STAFF["sethi"].titled(c.lang), L("lithiase, LEC, urétéroscopie, NLPC", "stones, ESWL, ureteroscopy, PCNL"), "Litho", CLINIC_PHONES["litho"]],
            [STAFF["dansereau"].titled(c.lang), L("cancer de la prostate, biopsies, APS élevé", "prostate cancer, biopsies, elevated PSA"), "Biopsie", CLINIC_PHONES["biopsy"]],
            [STAFF["lemieux"].titled(c.lang), L("incontinence, vessie hyperactive, prolapsus", "incontinence, overactive bladder, prolapse"), "Continence", CLINIC_PHONES["contin"]],
            [STAFF["okafor"].titled(c.lang), L("vasectomie, HBP, dysfonction érectile", "vasectomy, BPH, erectile dysfunction"), "Vasectomie", CLINIC_PHONES["vasect"]]]
    text = "\n".join([L("Madame, Monsieur,", "Dear colleagues,"), "", L("Voici le guide de référence mis à jour pour les GMF du territoire.",
                                                                      "Here is the updated referral guide for family practices in our area."), ""] +
                     [" | ".join(r) for r in rows] + ["", L("Télécopieur central : ", "Central fax: ") + CLINIC_PHONES["fax"], "", c.sig(coord)])
    html = text_to_html("\n".join(text.split("\n")[:3]), 1).replace("</div></body>", html_table(rows) + "</div></body>")
    return spec(c, "referral_guide", L("guide de référence aux GMF", "referral guide for family practices"), coord.addr(),
                [("GMF du territoire", "gmf.liste@hsv-sante.example")], L("Guide de référence en urologie 2025", "Urology referral guide 2025"), text, html=html,
                body=c.ch(["alt", "html"]))


def n_teaching_case(c):
    L = c.L
    md = STAFF[c.ch(UROLOGISTS)]
    k = c.rng.randrange(3)
    case = [L("Homme de 67 ans, APS 9,1 ng/mL (6,2 il y a un an), TR normal. IRM : lésion PI-RADS 4 en zone périphérique. Quelle est la prochaine étape ?",
              "67-year-old man, PSA 9.1 ng/mL (6.2 a year ago), normal DRE. MRI: PI-RADS 4 peripheral zone lesion. Next step?"),
            L("Femme de 42 ans, colique néphrétique droite, calcul de 7 mm à la JUV, afébrile, créatinine normale. Traitement expulsif ou URS ?",
              "42-year-old woman, right renal colic, 7 mm UVJ stone, afebrile, normal creatinine. Medical expulsive therapy or URS?"),
            L("Homme de 78 ans porteur d'une sonde à demeure, fièvre 38,9 °C, culture : Proteus mirabilis. Prise en charge ?",
              "78-year-old man with an indwelling catheter, fever 38.9 C, culture: Proteus mirabilis. Management?")][k]
    text = "\n".join([c.hello(), "", L("Cas clinique de la semaine (dénominalisé) pour la tournée de jeudi :", "Case of the week (de-identified) for Thursday rounds:"),
                      "", case, "", L("Réponses en privé avant mercredi soir. Discussion animée par ", "Answers privately by Wednesday night. Discussion led by ") + md.titled(c.lang) + ".",
                      "", c.sig(md)])
    return spec(c, "teaching_case", L("cas clinique dénominalisé pour l'enseignement", "de-identified teaching case"), md.addr(), [MED_LIST],
                L("Cas de la semaine", "Case of the week"), text)


def n_blank_form(c):
    L = c.L
    clerk = c.staff(c.ch(["arsenault", "haddad", "picard"]))
    k = c.rng.randrange(3)
    if k == 0:
        fields = [L("Nom du patient : ____________________", "Patient name: ____________________"),
                  L("Date de naissance (AAAA-MM-JJ) : ________", "Date of birth (YYYY-MM-DD): ________"),
                  L("NAM : ____ ____ ____   Exp. : __/__", "RAMQ no.: ____ ____ ____   Exp.: __/__"),
                  L("No de dossier : __________", "Chart no.: __________"),
                  L("Diagnostic : ______________________", "Diagnosis: ______________________"),
                  L("Intervention demandée :  [ ] LEC  [ ] URS  [ ] RTUV  [ ] RTUP  [ ] biopsie", "Procedure:  [ ] ESWL  [ ] URS  [ ] TURBT  [ ] TURP  [ ] biopsy"),
                  L("Anticoagulant :  [ ] non  [ ] oui, lequel : ______", "Anticoagulant:  [ ] no  [ ] yes, which: ______"),
                  L("Signature du médecin : ______________", "Physician signature: ______________")]
        title = L("Demande de réservation - urologie (formulaire vierge)", "Urology booking request (blank form)")
        if c.chance(.5):
            att = Att(L("formulaire_reservation_vierge.pdf", "blank_booking_form.pdf"), make_pdf(title, fields, author=clerk.full(),
                                                                                              footer=ORG_ADDR_FR), "application/pdf")
        else:
            att = Att(L("formulaire_réservation_v3.docx", "booking_form_v3.docx"), make_docx(title, fields, author=clerk.full()), DOCX,
                      fname_style=c.ch(["2231", "2231cont", "plain"]))
        text = "\n".join([c.hello(), "", L("Nouvelle version du formulaire de réservation (v3). Merci de détruire les anciennes copies.",
                                           "New version of the booking form (v3). Please discard old copies."), "", c.sig(clerk)])
        return spec(c, "blank_form", L("formulaire vierge de réservation", "blank booking form"), clerk.addr(), [ALL_LIST],
                    L("Formulaire de réservation v3", "Booking form v3"), text, atts=[att])
    if k == 1:
        tpl = L("Bonjour {{TITRE}} {{NOM}},\n\nVotre {{EXAMEN}} est prévu(e) le {{DATE}} à {{HEURE}} à la clinique d'urologie (pavillon B, 2e étage).\n"
                "Veuillez apporter votre carte d'assurance maladie et la liste de vos médicaments.\n\nClinique d'urologie - 450 555-0120",
                "Dear {{TITLE}} {{LAST_NAME}},\n\nYour {{EXAM}} is scheduled on {{DATE}} at {{TIME}} at the urology clinic (wing B, 2nd floor).\n"
                "Please bring your health card and your medication list.\n\nUrology clinic - 450 555-0120")
        text = "\n".join([c.hello(c.staff("boivin").given), "", L("Voici le gabarit de publipostage à intégrer dans le système de rappels :",
                                                                "Here is the mail-merge template for the reminder system:"), "", "-----", tpl, "-----", "",
                          L("Les champs sont ceux de l'export Medesync.", "Fields match the Medesync export."), "", clerk.given])
        return spec(c, "template", L("gabarit de publipostage", "mail-merge template"), clerk.addr(), [c.staff("boivin").addr()],
                    L("Gabarit rappel RDV", "Appointment reminder template"), text)
    rows = [[L("Nom", "Name"), L("DDN", "DOB"), "NAM", L("Culottes/jour", "Briefs/day"), L("Format", "Size"), L("Signature", "Signature")]] + [[""] * 6 for _ in range(8)]
    att = Att(L("registre_distribution_produits.xlsx", "supplies_log.xlsx"), make_xlsx([(L("Registre", "Log"), rows)], author=c.staff("desrochers").full()), XLSX)
    text = "\n".join([c.hello(), "", L("Registre vierge pour la distribution des produits d'incontinence. À imprimer recto verso.",
                                       "Blank log for incontinence supply distribution. Print double-sided."), "", c.sig(c.staff("desrochers"), "contin")])
    return spec(c, "blank_form", L("registre vierge", "blank log sheet"), c.staff("desrochers").addr(), [ALL_LIST],
                L("Registre vierge - produits", "Blank log - supplies"), text, atts=[att])


def n_patient_education(c):
    L = c.L
    nurse = c.staff(c.ch(["desrochers", "nguyen", "ferland", "theriault"]))
    md = STAFF[c.ch(UROLOGISTS)]
    k = c.rng.randrange(3)
    leaflet = [L("Après votre vasectomie : glace 20 min aux 2 h le premier jour, sous-vêtement de soutien, pas d'effort 1 semaine. "
                 "Un spermogramme est requis 12 semaines après; utilisez une autre contraception d'ici là.",
                 "After your vasectomy: ice 20 min every 2 h on day one, supportive underwear, no heavy effort for a week. "
                 "A semen analysis is required at 12 weeks; use other contraception until then."),
               L("Vivre avec une sonde urinaire : videz le sac lorsqu'il est rempli aux 2/3, buvez 1,5 à 2 L par jour, consultez si fièvre ou sang.",
                 "Living with a urinary catheter: empty the bag at 2/3 full, drink 1.5-2 L a day, seek care for fever or blood."),
               L("Prévenir les calculs rénaux : 2,5 L d'eau par jour, réduire le sel et les protéines animales, ne pas éliminer le calcium alimentaire.",
                 "Preventing kidney stones: 2.5 L of water a day, less salt and animal protein, do not cut dietary calcium.")][k]
    text = "\n".join([c.hello(md.given), "", L("Voici la version révisée du dépliant. Peux-tu valider le contenu médical ?", "Here is the revised leaflet. Can you check the medical content?"),
                      "", "« " + leaflet + " »" if c.lang == "fr" else '"' + leaflet + '"', "", nurse.given])
    atts = []
    if c.chance(.5):
        atts.append(Att(L("depliant_revise.docx", "leaflet_revised.docx"), make_docx(L("Dépliant - information aux patients", "Patient information leaflet"), [leaflet]), DOCX))
    return spec(c, "education", L("révision d'un dépliant d'information générique", "generic patient leaflet review"), nurse.addr(), [md.addr()],
                L("Dépliant à valider", "Leaflet for review"), text, atts=atts)


def n_stats(c):
    L = c.L
    mgr = c.staff(c.ch(["stonge", "chartrand"]))
    months = ["2024-09", "2024-10", "2024-11", "2024-12"]
    rows = [[L("Mois", "Month"), "LEC/ESWL", "URS", L("Cysto", "Cysto"), L("Biopsies", "Biopsies"), L("Vasectomies", "Vasectomies"),
             L("Délai médian URS (j)", "Median URS wait (d)")]]
    for m in months:
        rows.append([m, str(c.rng.randrange(30, 50)), str(c.rng.randrange(50, 75)), str(c.rng.randrange(120, 160)),
                     str(c.rng.randrange(12, 25)), str(c.rng.randrange(15, 30)), str(c.rng.randrange(40, 120))])
    text = "\n".join([c.hello(), "", L("Tableau de bord mensuel de l'activité (données agrégées, aucune donnée nominative).",
                                       "Monthly activity dashboard (aggregate data, no identifiable data)."),
                      L(f"Patients en attente > 6 mois : {c.rng.randrange(30, 90)} (cible : 0). Taux d'IUAC : {dec(c.lang, c.rng.uniform(1.5, 3.0))} / 1000 jours-sonde.",
                        f"Patients waiting > 6 months: {c.rng.randrange(30, 90)} (target: 0). CAUTI rate: {dec(c.lang, c.rng.uniform(1.5, 3.0))} / 1000 catheter-days."),
                      "", c.sig(mgr)])
    if c.chance(.5):
        att = Att(L("tableau_de_bord.csv", "dashboard.csv"), make_csv(rows, ";" if c.lang == "fr" else ","), "text/csv")
    else:
        att = Att(L("tableau_de_bord.xlsx", "dashboard.xlsx"), make_xlsx([("Stats", rows)], author=mgr.full()), XLSX)
    return spec(c, "statistics", L("statistiques agrégées d'activité", "aggregate activity statistics"), mgr.addr(), [MED_LIST, ALL_LIST],
                L("Tableau de bord - activité urologie", "Dashboard - urology activity"), text, atts=[att])


def n_mm(c):
    L = c.L
    md = STAFF[c.ch(UROLOGISTS)]
    text = "\n".join([c.hello(), "", L("Résumé de la revue de morbidité-mortalité (trimestre) :", "Morbidity & mortality review summary (quarter):"), "",
                      L("- 3 cas de sepsis post-URS (tous avec culture préopératoire positive non traitée) -> rappel du protocole.",
                        "- 3 post-URS sepsis cases (all with untreated positive pre-op culture) -> protocol reminder."),
                      L("- 1 perforation vésicale lors d'une RTUV, prise en charge conservatrice, bonne évolution.",
                        "- 1 bladder perforation during TURBT, managed conservatively, good outcome."),
                      L("- 0 décès.", "- 0 deaths."), "",
                      L("Aucun identifiant n'est diffusé; les dossiers sont disponibles auprès du comité.", "No identifiers circulated; files available from the committee."),
                      "", c.sig(md)])
    return spec(c, "quality", L("résumé agrégé de morbidité-mortalité", "aggregate M&M summary"), md.addr(), [MED_LIST], L("Revue M&M - résumé", "M&M review - summary"), text)


def n_research(c):
    L = c.L
    rc = c.staff("chen")
    text = "\n".join([c.hello(), "", L("Le protocole URO-2025-04 a été approuvé par le CER. Résumé :", "Protocol URO-2025-04 was approved by the REB. Summary:"), "",
                      L("Titre : Tamsulosine vs placebo pour calculs urétéraux distaux de 5 à 10 mm", "Title: Tamsulosin vs placebo for 5-10 mm distal ureteral stones"),
                      L("Critères d'inclusion : 18-75 ans, calcul unique confirmé au TDM, DFGe > 60.", "Inclusion: age 18-75, single CT-confirmed stone, eGFR > 60."),
                      L("Exclusion : grossesse, infection, rein unique.", "Exclusion: pregnancy, infection, solitary kidney."),
                      L("Objectif de recrutement : 240 participants sur 2 ans. Chercheur principal : ", "Target: 240 participants over 2 years. PI: ") + STAFF["sethi"].titled(c.lang) + ".",
                      "", L("Le formulaire de consentement (version 2.1) est joint.", "The consent form (version 2.1) is attached."), "", c.sig(rc)])
    pdf = make_pdf(L("Formulaire d'information et de consentement - URO-2025-04", "Information and consent form - URO-2025-04"),
                   [L("Nom du participant : ______________________", "Participant name: ______________________"),
                    L("Signature : ______________   Date : __________", "Signature: ______________   Date: __________"),
                    L("Ce projet compare la tamsulosine à un placebo chez des personnes ayant un calcul urétéral.", "This study compares tamsulosin with placebo in people with a ureteral stone.")],
                   author=rc.full())
    return spec(c, "research", L("protocole de recherche approuvé", "approved research protocol"), rc.addr(), [MED_LIST],
                L("Protocole URO-2025-04 approuvé", "Protocol URO-2025-04 approved"), text,
                atts=[Att(L("FIC_URO-2025-04_v2.1.pdf", "ICF_URO-2025-04_v2.1.pdf"), pdf, "application/pdf")])


def n_shortage(c):
    L = c.L
    ph = c.staff("rahman")
    drug = c.ch([(L("BCG intravésical (souche Tice)", "intravesical BCG (Tice strain)"), L("prioriser les tumeurs à haut risque; réduire à 1/3 de dose en entretien", "prioritise high-risk tumours; one-third dose for maintenance")),
                 (L("tamsulosine 0,4 mg CR", "tamsulosin 0.4 mg CR"), L("substituer par silodosine 8 mg DIE", "substitute silodosin 8 mg daily")),
                 (L("fosfomycine 3 g sachets", "fosfomycin 3 g sachets"), L("utiliser nitrofurantoïne selon l'antibiogramme", "use nitrofurantoin per susceptibility")),
                 (L("Lupron Depot 22,5 mg", "Lupron Depot 22.5 mg"), L("passer à Eligard 22,5 mg", "switch to Eligard 22.5 mg"))])
    text = "\n".join([c.hello(), "", L(f"AVIS DE PÉNURIE : {drug[0]}. Durée estimée : 8 à 12 semaines.", f"SHORTAGE NOTICE: {drug[0]}. Expected duration: 8-12 weeks."),
                      L("Recommandation : ", "Recommendation: ") + drug[1] + ".", L("Lot de remplacement attendu : 24K118 (exp. 2026-03).", "Replacement lot expected: 24K118 (exp. 2026-03)."),
                      "", c.sig(ph)])
    return spec(c, "drug_shortage", L("avis de pénurie de médicament", "drug shortage notice"), ph.addr(), [MED_LIST, ALL_LIST],
                L("Pénurie - ", "Shortage - ") + drug[0], text, body=c.ch(["plain", "html", "alt"]))


def n_policy(c):
    L = c.L
    nurse = c.staff(c.ch(["theriault", "desrochers"]))
    docs = [(L("PR-URO-012_soins_sonde_a_demeure.pdf", "PR-URO-012_indwelling_catheter_care.pdf"),
             make_pdf(L("Protocole PR-URO-012 - soins de la sonde à demeure", "Protocol PR-URO-012 - indwelling catheter care"),
                      [L("1. Indications reconnues de la sonde à demeure.", "1. Accepted indications for indwelling catheters."),
                       L("2. Retrait au plus tard 48 h post-op sauf ordonnance.", "2. Remove within 48 h post-op unless ordered."),
                       L("3. Système clos, sac sous le niveau de la vessie.", "3. Closed system, bag below bladder level.")])),
            (L("PR-URO-014_irrigation_vesicale.docx", "PR-URO-014_bladder_irrigation.docx"),
             make_docx(L("Irrigation vésicale continue", "Continuous bladder irrigation"), [L("Solution : NaCl 0,9 % 3 L", "Solution: NS 0.9% 3 L"),
                                                                                           L("Surveiller la couleur toutes les heures.", "Check colour hourly.")]))]
    z = make_zip(docs)
    text = "\n".join([c.hello(), "", L("Les protocoles révisés (sondes et irrigation) sont dans le fichier zip. Entrée en vigueur le 1er mars.",
                                       "Revised protocols (catheters and irrigation) are in the zip file. Effective March 1."), "", c.sig(nurse)])
    return spec(c, "policy", L("protocoles de soins révisés", "revised care protocols"), nurse.addr(), [ALL_LIST], L("Protocoles révisés", "Revised protocols"),
                text, atts=[Att(L("protocoles_uro_2025.zip", "uro_protocols_2025.zip"), z, "application/zip")])
