"""Negative templates, part B: teaching, recalls, shortages, research, announcements, inventories."""
import datetime as dt

import gen_attach as A
import gen_clin as K
import gen_common as C
from gen_build import Mail
from gen_mime import table_html
from gen_neg_a import luhn_serial
from gen_tpl import CSV, DOCX, ICS, PDF, T, VCF, XLSX, ZIP, att, mail, quote, reply_header, safe_fn, who


# N16 ---------------------------------------------------------------- anonymised teaching case
def n_teaching_case(c, lang):
    res = c.staff("psychiatrist", "osi")
    age = c.rint(28, 75)
    sex = c.ch("MF")
    mission = K.mission(c, lang, c.today.year - age)
    if lang == "fr":
        case = (f"{'Homme' if sex == 'M' else 'Femme'} de {age} ans, ancien{'' if sex == 'M' else 'ne'} militaire (déploiement : {mission}), "
                f"consulte pour cauchemars, irritabilité et consommation d'alcool croissante. PCL-5 à {c.rint(40, 70)}. "
                f"Essais antérieurs : sertraline (inefficace), prazosine (hypotension). Question : quelle est la prochaine étape "
                f"pharmacologique et psychothérapeutique?")
        text = (f"Bonjour à tous,\n\nPour la séance d'enseignement de {C.fmt_day(c.later(1, 7), 'fr')}, voici la vignette (cas "
                f"fictif / dépersonnalisé) :\n\n{case}\n\nLectures : lignes directrices 2023 sur le TSPT, chapitres 4 et 7.\n\n{c.sig(res, 'fr')}")
        subj = c.ch(["Vignette clinique — enseignement", "Cas pour la séance de jeudi", "Club de lecture — vignette"])
    else:
        case = (f"A {age}-year-old {'man' if sex == 'M' else 'woman'}, former CAF member (deployed {mission}), presents with nightmares, "
                f"irritability and increasing alcohol use. PCL-5 {c.rint(40, 70)}. Previous trials: sertraline (ineffective), prazosin "
                f"(hypotension). Question: next pharmacological and psychotherapeutic step?")
        text = (f"Hi all,\n\nFor {C.fmt_day(c.later(1, 7), 'en')}'s teaching session, here is the vignette (fictional / de-identified "
                f"case):\n\n{case}\n\nReading: 2023 PTSD guidelines, chapters 4 and 7.\n\n{c.sig(res, 'en')}")
        subj = c.ch(["Teaching vignette", "Case for Thursday's session", "Journal club - vignette"])
    return mail(c, "teaching_case", lang, [], "de-identified teaching vignette with diagnosis and drugs", res,
                [("Résidents psychiatrie" if lang == "fr" else "Psychiatry residents", f"residents@{C.ORG['osi']['dom']}")], subj, text)


# N17 ---------------------------------------------------------------- supplier recall
def n_recall(c, lang):
    sup = ("AudioNord — Affaires réglementaires" if lang == "fr" else "AudioNord - Regulatory Affairs", f"rappels@{C.ORG['supplier']['dom']}")
    mgr = c.staff("manager", c.ch(["audio", "sleep"]))
    dev = c.ch([("chargeur de prothèses auditives CH-3", "CH-3 hearing aid charger", "surchauffe possible du boîtier", "possible overheating of the housing"),
                ("appareil CPAP AirNord 10 — mousse insonorisante", "AirNord 10 CPAP - sound abatement foam", "dégradation de la mousse", "foam degradation"),
                ("piles zinc-air taille 13", "size 13 zinc-air batteries", "fuite d'électrolyte", "electrolyte leakage")])
    lots = [f"{c.ch('LKMT')}{c.rint(2300, 2599)}-{c.rint(100, 999)}" for _ in range(c.rint(3, 6))]
    sers = f"{luhn_serial(c, 10)} à {luhn_serial(c, 10)}" if lang == "fr" else f"{luhn_serial(c, 10)} to {luhn_serial(c, 10)}"
    text = T(lang, f"AVIS DE RAPPEL VOLONTAIRE — {dev[0]}\n\nMadame, Monsieur,\n\nPar mesure de précaution, nous rappelons les lots suivants "
                   f"en raison d'une {dev[2]} : {', '.join(lots)}; numéros de série {sers}.\n\nVeuillez vérifier vos stocks et les "
                   f"appareils remis aux usagers, retourner le formulaire de confirmation et communiquer avec nous au {C.ORG['supplier']['tel']}. "
                   f"Aucun incident grave n'a été signalé à ce jour.\n\n{C.ORG['supplier']['fr']}",
             f"VOLUNTARY RECALL NOTICE - {dev[1]}\n\nDear customer,\n\nAs a precaution we are recalling the following lots due to {dev[3]}: "
             f"{', '.join(lots)}; serial numbers {sers}.\n\nPlease check your stock and devices issued to users, return the confirmation form "
             f"and contact us at {C.ORG['supplier']['tel']}. No serious incidents have been reported to date.\n\n{C.ORG['supplier']['en']}")
    subj = T(lang, f"Rappel volontaire — {dev[0]}", f"Voluntary recall - {dev[1]}")
    return mail(c, "supplier_recall", lang, [], "device recall with lot and serial numbers", sup, [mgr], subj, text)


# N18 ---------------------------------------------------------------- drug shortage
def n_shortage(c, lang):
    ph = c.staff("pharmacist", "hosp")
    drug = c.ch([("prazosine 1 mg", "prazosin 1 mg", "doxazosine ou clonidine HS", "doxazosin or clonidine at bedtime"),
                 ("nabilone 0,5 mg", "nabilone 0.5 mg", "évaluer au cas par cas", "assess case by case"),
                 ("lithium 300 mg", "lithium 300 mg", "formulation 150 mg (2 capsules)", "150 mg capsules (2 caps)"),
                 ("furosémide injectable", "furosemide injection", "voie orale si possible", "oral route when possible")])
    d = c.later(14, 60)
    text = T(lang, f"Bonjour,\n\nRUPTURE D'APPROVISIONNEMENT : {drug[0]}, retour prévu vers le {C.fmt_date(d, 'fr', 2)}.\n\n"
                   f"Alternative suggérée : {drug[2]}. Les ordonnances actives seront révisées par la pharmacie; aucun changement ne sera "
                   f"fait sans l'accord du prescripteur. Merci de limiter les nouvelles prescriptions.\n\n{c.sig(ph, 'fr')}",
             f"Hello,\n\nDRUG SHORTAGE: {drug[1]}, expected back around {C.fmt_date(d, 'en', 1)}.\n\nSuggested alternative: {drug[3]}. "
             f"Active orders will be reviewed by pharmacy; no change without the prescriber's agreement. Please limit new starts.\n\n{c.sig(ph, 'en')}")
    subj = T(lang, f"Rupture — {drug[0]}", f"Shortage - {drug[1]}")
    return mail(c, "drug_shortage", lang, [], "drug shortage notice", ph, [("Prescripteurs" if lang == "fr" else "Prescribers", f"prescripteurs@{C.ORG['hosp']['dom']}")], subj, text)


# N19 ---------------------------------------------------------------- research protocol (no participants)
def n_research(c, lang):
    pi = c.staff("psychiatrist", "osi")
    rc = c.staff("coord", "osi", sex="F")
    proto = f"{c.today.year}-{c.rint(100, 999)}"
    blocks = [("h", T(lang, f"Protocole {proto} — Étude pilote : stimulation magnétique transcrânienne et TSPT chez les vétérans",
                      f"Protocol {proto} - Pilot study: transcranial magnetic stimulation for PTSD in veterans")),
              ("h2", T(lang, "Critères d'inclusion", "Inclusion criteria")),
              ("p", T(lang, "Vétérans âgés de 25 à 65 ans; diagnostic de TSPT selon le DSM-5 (CAPS-5 ≥ 33); traitement stable depuis 8 semaines.",
                      "Veterans aged 25-65; DSM-5 PTSD (CAPS-5 ≥ 33); stable treatment for 8 weeks.")),
              ("h2", T(lang, "Critères d'exclusion", "Exclusion criteria")),
              ("p", T(lang, "Épilepsie, implant métallique crânien, trouble bipolaire, grossesse.", "Epilepsy, cranial metal implant, bipolar disorder, pregnancy.")),
              ("h2", T(lang, "Taille d'échantillon", "Sample size")), ("p", T(lang, "n = 40 (20 par bras).", "n = 40 (20 per arm)."))]
    data = A.make_docx(blocks, author=pi.full())
    text = T(lang, f"{c.hello(rc, 'fr')}\n\nVersion 3 du protocole, avec les modifications demandées par le CER. Le recrutement ne "
                   f"commencera qu'après l'approbation finale.\n\n{c.sig(pi, 'fr')}",
             f"{c.hello(rc, 'en')}\n\nVersion 3 of the protocol with the REB's requested changes. Recruitment will not start before final approval.\n\n{c.sig(pi, 'en')}")
    subj = T(lang, f"Protocole {proto} — v3", f"Protocol {proto} - v3")
    return mail(c, "research_protocol", lang, [], "research protocol with eligibility criteria, no participants", pi, [rc], subj, text,
                attachments=[att(f"protocole_{proto}_v3.docx", DOCX, data)])


# N20 ---------------------------------------------------------------- new physician announcement
def n_new_physician(c, lang):
    dirn = c.staff("manager", "hosp")
    doc = c.staff(c.ch(["psychiatrist", "orl", "md", "physiatrist"]), "hosp")
    area = {"psychiatrist": ("le TSPT, les troubles du sommeil et les blessures morales", "PTSD, sleep disorders and moral injury"),
            "orl": ("la surdité, les acouphènes et les vertiges", "hearing loss, tinnitus and vertigo"),
            "md": ("la gériatrie, la démence et la MPOC", "geriatrics, dementia and COPD"),
            "physiatrist": ("la douleur chronique et les séquelles de TCC", "chronic pain and TBI sequelae")}[doc.role]
    text = T(lang, f"Bonjour à tous,\n\nC'est avec plaisir que nous accueillons {doc.dr('fr')}, {c.role_title(doc, 'fr')}, qui se joint au "
                   f"Pavillon des Vétérans à compter du {C.fmt_date(c.later(5, 30), 'fr', 2)}. {'Il' if doc.sex == 'M' else 'Elle'} s'intéresse "
                   f"particulièrement à {area[0]}. Les demandes de consultation peuvent être acheminées par le formulaire habituel.\n\n{c.sig(dirn, 'fr')}",
             f"Hello everyone,\n\nWe are pleased to welcome {doc.dr('en')}, {c.role_title(doc, 'en')}, to the Veterans' Wing as of "
             f"{C.fmt_date(c.later(5, 30), 'en', 1)}. {'His' if doc.sex == 'M' else 'Her'} particular interests are {area[1]}. "
             f"Consultation requests can be sent through the usual form.\n\n{c.sig(dirn, 'en')}")
    subj = T(lang, f"Bienvenue à {doc.dr('fr')}", f"Welcome {doc.dr('en')}")
    return mail(c, "new_physician", lang, [], "announcement of a physician with the diseases treated", dirn,
                [("Tout le personnel", f"tous@{C.ORG['hosp']['dom']}")], subj, text)


# N21 ---------------------------------------------------------------- directory update
def n_directory(c, lang):
    clerk = c.staff("clerk", "hosp", sex="F")
    rows = []
    for key in c.sample(["osi", "audio", "ltc", "sleep", "base", "mfrc", "clsc"], 5):
        o = C.ORG[key]
        rows.append(f"{o[lang]}\n  {T(lang, 'Tél.', 'Tel')} {o['tel']} | {T(lang, 'Téléc.', 'Fax')} {o['fax']}\n  {o['addr']}")
    text = T(lang, "Bonjour,\n\nVoici le bottin mis à jour des services partenaires :\n\n", "Hello,\n\nHere is the updated directory of partner services:\n\n") + \
        "\n\n".join(rows) + "\n\n" + c.sig(clerk, lang)
    subj = T(lang, "Bottin des services — mise à jour", "Service directory - update")
    return mail(c, "directory_update", lang, [], "directory of clinic phone numbers and addresses", clerk,
                [("Secrétariats", f"secretariats@{C.ORG['hosp']['dom']}")], subj, text)


# N22 ---------------------------------------------------------------- quality dashboard
def n_quality(c, lang):
    q = c.staff("coord", "ltc", sex="F")
    mgr = c.staff("manager", "ltc")
    months = [(c.today.month - i - 1) % 12 for i in range(6)][::-1]
    rows = [[T(lang, "Indicateur", "Indicator")] + [(C.MOIS if lang == "fr" else C.MONTHS)[m][:4] for m in months]]
    for ind in T(lang, ["Chutes / 1000 jours-présence", "Plaies de pression acquises (%)", "Contentions (%)", "Antipsychotiques sans indication (%)",
                        "Infections urinaires associées aux soins"],
                 ["Falls / 1000 resident-days", "Hospital-acquired pressure injuries (%)", "Restraints (%)", "Antipsychotics without indication (%)",
                  "Healthcare-associated UTIs"]):
        rows.append([ind] + [round(c.rint(5, 90) / 10, 1) for _ in months])
    html = "<html><body>\n<p>" + T(lang, "Bonjour,</p><p>Tableau de bord qualité de l'unité de soins de longue durée (vétérans) :</p>",
                                   "Hello,</p><p>Quality dashboard for the veterans' long-term care unit:</p>") + "\n" + table_html(rows[1:], rows[0]) + \
        "\n<p>" + T(lang, "Données agrégées — aucune information nominative.", "Aggregate data - no identifying information.") + f"</p>\n<p>{q.full()}</p>\n</body></html>\n"
    subj = T(lang, "Tableau de bord qualité — SLD", "Quality dashboard - LTC")
    return mail(c, "quality_dashboard", lang, [], "aggregate quality indicators (falls, pressure injuries)", q, [mgr], subj, html=html,
                structure=c.ch(["html", "alt"]))


# N23 ---------------------------------------------------------------- staff training invitation (ICS)
def n_training_ics(c, lang):
    ed = c.staff("coord", "hosp", sex="F")
    d = c.later(7, 40)
    start = dt.datetime(d.year, d.month, d.day, c.ch([8, 9, 13]), 0)
    end = start + dt.timedelta(hours=c.ch([2, 3, 7]))
    topic = c.ch([("Atelier — thérapie cognitive du traitement (TCT)", "Workshop - Cognitive Processing Therapy (CPT)"),
                  ("RCR / DEA — recertification", "CPR / AED recertification"),
                  ("Approche adaptée à la personne âgée et démence", "Senior-friendly care and dementia"),
                  ("Premiers soins en santé mentale — volet militaire", "Mental Health First Aid - military module")])
    ics = A.make_ics(f"{c.rng.getrandbits(64):016x}@{C.ORG['hosp']['dom']}", start, end, topic[0] if lang == "fr" else topic[1],
                     T(lang, "Formation obligatoire pour le personnel clinique. Inscription auprès du service de formation.",
                       "Mandatory training for clinical staff. Register with the education office."),
                     location=T(lang, "Salle de formation 2-140", "Training room 2-140"), organizer=(ed.full(), ed.email()),
                     stamp=c.date.replace(tzinfo=None))
    text = T(lang, f"Bonjour,\n\nVous êtes invité(e) à la formation « {topic[0]} » le {C.fmt_date(d, 'fr', 2)}.\n\n{c.sig(ed, 'fr')}",
             f"Hello,\n\nYou are invited to \"{topic[1]}\" on {C.fmt_date(d, 'en', 1)}.\n\n{c.sig(ed, 'en')}")
    subj = T(lang, f"Invitation : {topic[0]}", f"Invitation: {topic[1]}")
    return mail(c, "training_invite", lang, [], "staff training calendar invitation", ed,
                [("Personnel clinique", f"clinique@{C.ORG['hosp']['dom']}")], subj, text, attachments=[att("formation.ics", ICS, ics)])


# N24 ---------------------------------------------------------------- vCard of a supplier rep / colleague
def n_vcard_staff(c, lang):
    rep = c.staff("rep", "supplier", sex=c.ch("MF"))
    mgr = c.staff("manager", "audio")
    vcf = A.make_vcf(rep.first, rep.last, org=C.ORG["supplier"][lang], title=c.role_title(rep, lang),
                     tels=[("WORK", C.ORG["supplier"]["tel"]), ("CELL", c.phone("514"))], emails=[rep.email()],
                     note=T(lang, "Territoire : Mauricie, Outaouais. Prothèses auditives et accessoires.", "Territory: Mauricie, Outaouais. Hearing aids and accessories."))
    text = T(lang, f"{c.hello(mgr, 'fr')}\n\nSuite à notre rencontre, voici mes coordonnées. Je vous envoie la liste de prix {c.today.year + 1} "
                   f"la semaine prochaine.\n\n{rep.full()}\n{C.ORG['supplier']['fr']}",
             f"{c.hello(mgr, 'en')}\n\nFurther to our meeting, here are my contact details. I'll send the {c.today.year + 1} price list next week.\n\n"
             f"{rep.full()}\n{C.ORG['supplier']['en']}")
    subj = T(lang, "Mes coordonnées", "My contact details")
    return mail(c, "vcard_supplier", lang, [], "supplier representative's vCard", (rep.full(), rep.email()), [mgr], subj, text,
                attachments=[att(f"{safe_fn(rep.full())}.vcf", VCF, vcf)])


# N25 ---------------------------------------------------------------- Remembrance Day ceremony
def n_remembrance(c, lang):
    rec = c.staff("coord", "ltc", sex="F")
    text = T(lang, f"Bonjour à toutes et à tous,\n\nLa cérémonie du jour du Souvenir aura lieu le 11 novembre à 10 h 45 dans l'atrium du "
                   f"Pavillon des Vétérans, avec la participation de la Légion et d'un détachement de la BFC Saint-Ambroise. Deux minutes de "
                   f"silence seront observées à 11 h.\n\nLes équipes sont priées d'aider les résidents qui souhaitent y assister (fauteuils, "
                   f"appareils auditifs en place, couvertures). Des coquelicots sont disponibles à l'accueil.\n\n{c.sig(rec, 'fr')}",
             f"Hello everyone,\n\nThe Remembrance Day ceremony will take place on November 11 at 10:45 a.m. in the Veterans' Wing atrium, with "
             f"the Legion and a detachment from CFB Saint-Ambroise. Two minutes of silence at 11 a.m.\n\nCare teams, please help residents who "
             f"wish to attend (wheelchairs, hearing aids in, blankets). Poppies are available at reception.\n\n{c.sig(rec, 'en')}")
    subj = T(lang, "Cérémonie du jour du Souvenir", "Remembrance Day ceremony")
    return mail(c, "remembrance_day", lang, [], "ceremony announcement mentioning residents generically", rec,
                [("Personnel du Pavillon", f"pavillon@{C.ORG['hosp']['dom']}")], subj, text)


# N26 ---------------------------------------------------------------- volunteers
def n_volunteers(c, lang):
    vol = c.staff("coord", "ltc", sex=c.ch("FM"))
    text = T(lang, f"Bonjour,\n\nLe programme de bénévolat du Pavillon recherche des bénévoles pour les visites amicales, la zoothérapie et "
                   f"l'accompagnement aux sorties. Une formation de 3 heures (confidentialité, approche auprès des personnes atteintes de "
                   f"démence, prévention des chutes) est offerte le {C.fmt_date(c.later(10, 40), 'fr', 2)}.\n\nN'hésitez pas à partager dans "
                   f"vos réseaux.\n\n{c.sig(vol, 'fr')}",
             f"Hello,\n\nThe Wing's volunteer program is looking for volunteers for friendly visits, pet therapy and outing escorts. A 3-hour "
             f"training (confidentiality, dementia care approach, falls prevention) is offered on {C.fmt_date(c.later(10, 40), 'en', 1)}.\n\n"
             f"Please share with your networks.\n\n{c.sig(vol, 'en')}")
    subj = T(lang, "Recherche de bénévoles", "Volunteers wanted")
    return mail(c, "volunteer_program", lang, [], "volunteer recruitment", vol, [("Liste communautaire", "benevoles@legion-branche.example")], subj, text)


# N27 ---------------------------------------------------------------- asset inventory with Luhn-valid serials
def n_asset_inventory(c, lang):
    bio = c.staff("med_tech", "hosp", sex=c.ch("MF"))
    mgr = c.staff("manager", c.ch(["audio", "sleep", "ltc"]))
    rows = [T(lang, ["No d'actif", "Équipement", "No de série", "Emplacement", "Dernier entretien", "Prochain"],
              ["Asset tag", "Equipment", "Serial no.", "Location", "Last PM", "Next PM"])]
    for i in range(c.rint(8, 14)):
        eq = c.ch(["Audiomètre AD-629", "Cabine audiométrique", "Tympanomètre TY-5", "Polysomnographe PSG-4", "Lève-personne plafonnier",
                   "Lit électrique", "Pompe volumétrique", "Concentrateur d'oxygène", "Moniteur signes vitaux"])
        if lang == "en":
            eq = {"Audiomètre AD-629": "Audiometer AD-629", "Cabine audiométrique": "Sound booth", "Tympanomètre TY-5": "Tympanometer TY-5",
                  "Polysomnographe PSG-4": "Polysomnograph PSG-4", "Lève-personne plafonnier": "Ceiling lift", "Lit électrique": "Electric bed",
                  "Pompe volumétrique": "Infusion pump", "Concentrateur d'oxygène": "Oxygen concentrator", "Moniteur signes vitaux": "Vital signs monitor"}[eq]
        last = c.earlier(30, 300)
        rows.append([f"CHRAP-{c.rint(10000, 99999)}", eq, luhn_serial(c, c.ch([9, 10, 11])), f"{c.ch(['B-118', 'C-210', '3N-12', '4E-07', '3S-21'])}",
                     last.isoformat(), (last + dt.timedelta(days=365)).isoformat()])
    data = A.make_xlsx([(T(lang, "Inventaire", "Inventory"), rows)], bio.full())
    text = T(lang, f"{c.hello(mgr, 'fr')}\n\nInventaire des équipements de votre secteur avec les dates d'entretien préventif. Merci de "
                   f"confirmer les emplacements d'ici vendredi.\n\n{c.sig(bio, 'fr')}",
             f"{c.hello(mgr, 'en')}\n\nEquipment inventory for your area with preventive maintenance dates. Please confirm locations by Friday.\n\n{c.sig(bio, 'en')}")
    subj = T(lang, "Inventaire des équipements — génie biomédical", "Equipment inventory - biomedical engineering")
    return mail(c, "asset_inventory", lang, [], "equipment inventory with Luhn-valid serial numbers", bio, [mgr], subj, text,
                attachments=[att(T(lang, "inventaire_équipements.xlsx", "equipment_inventory.xlsx"), XLSX, data, c.rint(0, 2))])


# N28 ---------------------------------------------------------------- outbreak notice (aggregate)
def n_outbreak(c, lang):
    pci = c.staff("nurse", "hosp", sex="F")
    n = c.rint(3, 9)
    bug = c.ch([("COVID-19", "COVID-19"), ("influenza A", "influenza A"), ("gastro-entérite (norovirus présumé)", "gastroenteritis (presumed norovirus)")])
    text = T(lang, f"Bonjour,\n\nUne éclosion de {bug[0]} est déclarée au {c.ch(['3e Nord', '4e Est'])} : {n} résidents et {c.rint(1, 4)} employés "
                   f"symptomatiques depuis {C.fmt_day(c.earlier(1, 4), 'fr')}. Mesures : précautions gouttelettes-contact, visites limitées à un "
                   f"proche aidant, repas en chambre, dépistage des nouveaux cas. Prochaine mise à jour vendredi.\n\n{c.sig(pci, 'fr')}",
             f"Hello,\n\nAn outbreak of {bug[1]} has been declared on {c.ch(['3 North', '4 East'])}: {n} residents and {c.rint(1, 4)} staff "
             f"symptomatic since {C.fmt_day(c.earlier(1, 4), 'en')}. Measures: droplet-contact precautions, visits limited to one caregiver, "
             f"meals in rooms, screening of new cases. Next update Friday.\n\n{c.sig(pci, 'en')}")
    subj = T(lang, f"Éclosion — {bug[0]}", f"Outbreak - {bug[1]}")
    return mail(c, "outbreak_notice", lang, [], "infection-control outbreak notice with counts only", pci,
                [("Personnel du Pavillon", f"pavillon@{C.ORG['hosp']['dom']}")], subj, text, headers=[("Importance", "high")])


# N29 ---------------------------------------------------------------- reply about a staff meeting
def n_reply_meeting(c, lang):
    a = c.staff("psychologist", "osi")
    b = c.staff("coord", "osi", sex="F")
    d0 = c.date - dt.timedelta(days=c.rint(1, 3))
    d = c.later(3, 15)
    orig = T(lang, f"Bonjour {a.first},\n\nPeux-tu présenter les résultats du sondage de satisfaction des usagers (n = {c.rint(80, 300)}) "
                   f"à la réunion d'équipe du {C.fmt_date(d, 'fr', 2)}? 15 minutes suffiront.\n\n{b.first}",
             f"Hi {a.first},\n\nCould you present the client satisfaction survey results (n = {c.rint(80, 300)}) at the team meeting on "
             f"{C.fmt_date(d, 'en', 1)}? 15 minutes is enough.\n\n{b.first}")
    new = T(lang, c.ch(["Oui, pas de problème.", "Avec plaisir. Je t'envoie les diapos la veille.", "D'accord, mais plutôt en fin de réunion si possible."]),
            c.ch(["Sure, no problem.", "Happy to. I'll send the slides the day before.", "OK, but towards the end of the meeting if possible."]))
    text = f"{new}\n\n{a.first}\n\n{reply_header(c, lang, b.full(), b.email(), d0)}\n{quote(orig)}\n"
    subj = T(lang, "RE: réunion d'équipe", "RE: team meeting")
    return mail(c, "reply_meeting", lang, [], "reply with quoted history about a staff meeting", a, [b], subj, text)


# N30 ---------------------------------------------------------------- retirement party
def n_retirement(c, lang):
    s = c.staff(c.ch(["nurse", "audiologist", "clerk"]), "hosp")
    org_ = c.staff("coord", "hosp")
    yrs = c.rint(25, 38)
    text = T(lang, f"Bonjour à tous,\n\nAprès {yrs} ans au Pavillon des Vétérans, {s.full()} prend sa retraite! Un 5 à 7 est organisé le "
                   f"{C.fmt_day(c.later(7, 30), 'fr')} à la cafétéria. Contribution pour le cadeau : boîte à l'accueil du 3e.\n\n{org_.first}",
             f"Hi everyone,\n\nAfter {yrs} years at the Veterans' Wing, {s.full()} is retiring! Join us for a get-together on "
             f"{C.fmt_day(c.later(7, 30), 'en')} at 5 p.m. in the cafeteria. Gift contributions: box at the 3rd floor desk.\n\n{org_.first}")
    subj = T(lang, f"Départ à la retraite de {s.full()}", f"{s.full()}'s retirement")
    return mail(c, "retirement_party", lang, [], "staff retirement party", org_, [("Tous", f"tous@{C.ORG['hosp']['dom']}")], subj, text)


# N31 ---------------------------------------------------------------- employee's own sick-day message
def n_sick_day(c, lang):
    emp = c.staff(c.ch(["nurse", "psychologist", "audiologist", "clerk"]), c.ch(["osi", "audio", "ltc"]))
    mgr = c.staff("manager", emp.org)
    text = T(lang, f"{c.hello(mgr, 'fr', True)}\n\n{c.ch(['Je ne rentrerai pas aujourd’hui, j’ai une gastro depuis cette nuit.', 'Je suis malade (grosse grippe), je serai absente aujourd’hui et probablement demain.', 'Migraine depuis ce matin, je dois annuler ma journée.'])} "
                   f"Mes rendez-vous de la journée sont dans l'agenda; pourrais-tu demander à l'accueil de les reporter?\n\n{emp.first}",
             f"{c.hello(mgr, 'en', True)}\n\n{c.ch(['I won’t be in today, stomach bug since last night.', 'I’m sick (bad flu), off today and probably tomorrow.', 'Migraine since this morning, I have to cancel my day.'])} "
             f"My appointments are in the calendar; could you ask the front desk to reschedule them?\n\n{emp.first}")
    subj = T(lang, c.ch(["Absente aujourd'hui", "Maladie", "Absence"]), c.ch(["Out sick today", "Sick day", "Absence"]))
    return mail(c, "staff_sick_day", lang, [], "employee reports own sick day (staff information)", emp, [mgr], subj, text)


# N32 ---------------------------------------------------------------- staff training compliance CSV
def n_training_csv(c, lang):
    hr = c.staff("hr", "hosp", sex="F")
    mgr = c.staff("manager", "ltc")
    rows = [T(lang, ["Matricule", "Nom", "Titre d'emploi", "PDSB", "RCR", "Prévention des infections", "Statut"],
              ["Employee #", "Name", "Job title", "Safe lifting", "CPR", "Infection prevention", "Status"])]
    for i in range(c.rint(8, 14)):
        s = c.staff(c.ch(["nurse", "nurse_m", "clerk"]), "ltc")
        rows.append([str(c.rint(100000, 999999)), s.full(), c.role_title(s, lang), c.ch(["2024-11", "2025-02", T(lang, "à faire", "due")]),
                     c.ch(["2023-09", "2025-01", T(lang, "échu", "expired")]), c.ch(["OK", T(lang, "à faire", "due")]),
                     c.ch([T(lang, "conforme", "compliant"), T(lang, "non conforme", "non-compliant")])])
    data = A.make_csv(rows, c.ch([",", ";"]))
    text = T(lang, f"{c.hello(mgr, 'fr')}\n\nVoici l'état des formations obligatoires de votre équipe. Merci de libérer les employés "
                   f"non conformes d'ici la fin du mois.\n\n{c.sig(hr, 'fr')}",
             f"{c.hello(mgr, 'en')}\n\nHere is your team's mandatory training status. Please release non-compliant staff before month end.\n\n{c.sig(hr, 'en')}")
    subj = T(lang, "Conformité — formations obligatoires", "Mandatory training compliance")
    return mail(c, "training_compliance_csv", lang, [], "CSV of staff training compliance (employee numbers)", hr, [mgr], subj, text,
                attachments=[att(T(lang, "conformité_formations.csv", "training_compliance.csv"), CSV, data, fn_style=c.rint(0, 2), charset=c.ch(["utf-8", "windows-1252"]))])
