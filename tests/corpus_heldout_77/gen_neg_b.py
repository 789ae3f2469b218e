"""Negative templates, part B: conferences, committees, research, statistics, teaching,
forms, accreditation, partnerships.  No identifiable patient anywhere."""
import datetime as dt
import html as H

import gen_common as G
import gen_files as F
from gen_clinical import CASES, compatible
from gen_mime import Att, Mail
from gen_neg_a import NO, all_staff, me, serial_passing_niss, team


# ------------------------------------------------------------------ N: conference programme
def conference(c):
    lang = c.pick(["fr", "fr", "en"])
    s, frm = me(c, "Dr")
    when = c.when()
    d = c.later(when, 30, 90)
    talks = [("Dr Sophie Lemaire", "Insuffisance cardiaque à FEVG réduite : quoi de neuf en 2025 ?", "HFrEF: what's new in 2025"),
             ("Dre Geneviève Larochelle (CHU de l'Estuaire)", "Rapatriements sanitaires transatlantiques : retour d'expérience", "Transatlantic medical repatriation: lessons learned"),
             ("Dr Thomas Vandenberghe", "Dialyse de vacances : organiser sans risque", "Holiday dialysis made safe"),
             ("Dr Christine Dewaele (Clinique des Trois-Frontières)", "Parcours transfrontaliers en oncologie : ZOAST et au-delà", "Cross-border cancer care pathways"),
             ("Dr Nadia El Amrani", "BPCO sévère : réhabilitation et VNI à domicile", "Severe COPD: rehab and home NIV"),
             ("Dr Patricia Hughes (Ville-Marie General)", "Sepsis bundles: a North-American perspective", "Sepsis bundles: a North-American perspective"),
             ("Dr Grégoire Closset", "Immunothérapie : gestion des effets indésirables", "Immunotherapy toxicities")]
    pick = c.rng.sample(talks, 5)
    title = "Journées franco-belgo-québécoises de médecine hospitalière" if lang == "fr" else "Belgium-Quebec Hospital Medicine Days"
    prog = [f"{G.fdate(d, lang, 1)} - {c.pick(G.ORG['sites'])[0]}, auditoire A", ""]
    t = dt.datetime.combine(d, dt.time(9, 0))
    for sp, tf, te in pick:
        prog.append(f"{t:%H:%M}  {tf if lang == 'fr' else te} - {sp}")
        t += dt.timedelta(minutes=40)
    prog += ["", "Accréditation INAMI demandée (6 CP, rubrique éthique et économie : 1 CP)." if lang == "fr" else "CME credits requested."]
    pdfb = F.pdf(title, prog, seed=c.rng.randrange(99))
    body = (f"Chers collègues,\n\nVous trouverez ci-joint le programme des {title}. Inscription gratuite pour le personnel du réseau.\n" if lang == "fr"
            else f"Dear colleagues,\n\nPlease find attached the programme of the {title}. Registration is free for partner staff.\n")
    html = "<html><body><h2>" + H.escape(title) + "</h2><ul>" + "".join(f"<li>{H.escape(x)}</li>" for x in prog[2:2 + len(pick)]) + "</ul></body></html>"
    return Mail("conference_programme", lang, NO, "conference programme with speakers and topics", frm,
                [all_staff(c), ("Partenaires Québec", "partenariat@chuestuaire.example")], title, body + G.signature(s, c.rng, lang), html=html,
                attachments=[Att(f"programme_{d:%Y}.pdf", "application/pdf", pdfb)], date=when)


# ------------------------------------------------------------------ N: committee notice / agenda
def committee_notice(c):
    s, frm = me(c)
    when = c.when()
    com = c.pick(["Comité médico-pharmaceutique", "Comité d'hygiène hospitalière", "Comité d'éthique hospitalo-facultaire", "Conseil médical",
                  "Comité de transfusion", "Comité qualité et sécurité des patients"])
    d = c.later(when, 5, 20)
    pts = c.rng.sample(["Approbation du PV de la séance précédente", "Révision du formulaire thérapeutique : anticoagulants oraux",
                        "Protocole d'antibioprophylaxie chirurgicale", "Indicateurs trimestriels : infections sur cathéter central",
                        "Procédure d'identitovigilance (bracelets)", "Avis sur 3 protocoles d'étude (voir annexes)",
                        "Consommation de produits sanguins labiles : rapport annuel", "Divers"], 4)
    body = [G.greeting(c.rng, "fr"), "", f"La prochaine réunion du {com} aura lieu le {G.fdate(d, 'fr', 1)} à 12 h 30, salle du conseil ({c.pick(G.ORG['sites'])[0]}).",
            "", "Ordre du jour :"] + [f"{i + 1}. {p}" for i, p in enumerate(pts)] + ["", "Un lunch sera servi.", G.signature(s, c.rng)]
    ics = F.ics(com, dt.datetime.combine(d, dt.time(12, 30)), dt.datetime.combine(d, dt.time(14, 0)), "Salle du conseil", "Ordre du jour en annexe",
                (G.disp(s), frm[1]), team(c, 3), uid=f"{c.rng.randrange(10 ** 12)}@{G.ORG['domain']}")
    atts = [Att("reunion.ics", "text/calendar", ics)] if c.chance(0.5) else []
    return Mail("committee_notice", "fr", NO, "committee meeting notice and agenda", frm, [(com, f"comite@{G.ORG['domain']}")],
                f"{com} - {G.fdate(d)}", "\n".join(body), attachments=atts, date=when)


# ------------------------------------------------------------------ N: research protocol (no participants)
def research_protocol(c):
    lang = c.pick(["fr", "en"])
    s, frm = me(c, "Dr")
    when = c.when()
    t = c.pick([("Étude REDIAL : dialyse incrémentale chez l'insuffisant rénal incident", "REDIAL: incremental hemodialysis in incident ESKD patients"),
                ("Étude BRONCHO-Q : oxygénothérapie à haut débit dans la bronchiolite", "BRONCHO-Q: high-flow oxygen in infant bronchiolitis"),
                ("Registre transatlantique des rapatriements sanitaires", "Transatlantic medical repatriation registry")])
    if lang == "fr":
        body = [G.greeting(c.rng, "fr", None, "external"), "", f"Veuillez trouver ci-joint le protocole « {t[0]} » pour avis du comité d'éthique (version 2.1).",
                "Critères d'inclusion : adultes de 18 à 85 ans, consentement éclairé signé ; exclusion : grossesse, espérance de vie < 6 mois.",
                "Nombre de sujets prévu : 240 (dont 80 au Québec). Les données seront pseudonymisées à la source (code centre + numéro d'ordre).", G.signature(s, c.rng)]
    else:
        body = ["Dear Committee members,", "", f"Attached is protocol '{t[1]}' (v2.1) for ethics review.", "Planned sample size: 240; data pseudonymised at source.",
                G.signature(s, c.rng, "en")]
    doc = F.docx(t[0] if lang == "fr" else t[1], ["## Résumé" if lang == "fr" else "## Summary", "Étude multicentrique prospective." if lang == "fr" else "Prospective multicentre study.",
                                                   "## Critères" if lang == "fr" else "## Criteria", body[3]])
    return Mail("research_protocol", lang, NO, "research protocol submission without participant identities", frm,
                [("Comité d'éthique", f"ethique@{G.ORG['domain']}")], c.pick(["Soumission protocole", "Protocol submission"]) + f" - {t[0].split(':')[0] if lang == 'fr' else t[1].split(':')[0]}",
                "\n".join(body), attachments=[Att("protocole_v2.1.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc)], date=when)


# ------------------------------------------------------------------ N: disease newsletter (HTML)
def newsletter(c):
    lang = c.pick(["fr", "fr", "en"])
    when = c.when()
    frm = (f"Communication {G.ORG['short']}", f"communication@{G.ORG['domain']}")
    topic = c.pick([("Journée mondiale du diabète", "Près d'un adulte belge sur dix vit avec un diabète. Nos diabétologues proposent un dépistage gratuit (HbA1c au doigt) dans le hall d'entrée.",
                     "World Diabetes Day", "About one adult in ten lives with diabetes. Free HbA1c screening in the main lobby."),
                    ("AVC : chaque minute compte", "Visage paralysé, bras faible, trouble de la parole : appelez le 112. Notre stroke unit a traité 412 patients l'an dernier.",
                     "Stroke: every minute counts", "Face drooping, arm weakness, speech difficulty: call 112. Our stroke unit treated 412 patients last year."),
                    ("Saison de la bronchiolite", "Le pic épidémique de VRS est attendu dans les prochaines semaines. Rappel des gestes barrières et du nouvel anticorps préventif pour les nourrissons.",
                     "RSV season", "RSV is expected to peak within weeks. Reminder about the new preventive antibody for infants.")])
    tt, tx = (topic[0], topic[1]) if lang == "fr" else (topic[2], topic[3])
    h = (f"<html><head><style>h1{{color:#005a8c}}</style></head><body><img src='cid:logo-ghsm@ghsm.example' alt='logo'><h1>{H.escape(tt)}</h1><p>{H.escape(tx)}</p>"
         f"<p><i>{'Interview' if lang == 'en' else 'Rencontre'} : {c.pick(['Dr Sophie Lemaire', 'Dr Anne-Sophie Lardinois', 'Dr Nadia El Amrani'])}</i></p>"
         f"<p style='font-size:10px'>{'Se désinscrire' if lang == 'fr' else 'Unsubscribe'}</p></body></html>")
    return Mail("newsletter", lang, NO, "disease awareness newsletter", frm, [all_staff(c)], f"Newsletter - {tt}", f"{tt}\n\n{tx}\n", html=h,
                mode=c.pick(["html", "alt"]), logo=True, date=when)


# ------------------------------------------------------------------ N: aggregate activity statistics
def activity_stats(c):
    s, frm = me(c, c.pick(["qualité", "informatique"]))
    when = c.when()
    rows = [["Service", "Admissions", "Journées", "DMS (j)", "Taux d'occupation (%)", "Décès", "Réadmissions < 30 j"]]
    for svc in ["Médecine interne", "Cardiologie", "Pneumologie", "Gériatrie", "Chirurgie", "USI", "Pédiatrie", "Maternité"]:
        adm = c.rng.randrange(80, 600)
        rows.append([svc, adm, adm * c.rng.randrange(3, 11), round(c.rng.uniform(2.5, 11.0), 1), c.rng.randrange(68, 99), c.rng.randrange(0, 25), c.rng.randrange(2, 40)])
    fmt = c.pick(["xlsx", "csv"])
    att = (Att(f"activite_{when:%Y_%m}.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", F.xlsx([("Activité", rows)])) if fmt == "xlsx"
           else Att(f"activite_{when:%Y_%m}.csv", "text/csv", F.csv_text([[str(x) for x in r] for r in rows])))
    body = c.pick(["Bonjour,\n\nTableau de bord d'activité du mois en annexe (données agrégées, source RHM).\n",
                   "Voici les indicateurs mensuels pour le comité de direction.\n"]) + G.signature(s, c.rng)
    return Mail("activity_stats", "fr", NO, "aggregate activity statistics per department", frm, [("Comité de direction", f"direction@{G.ORG['domain']}")],
                c.pick(["Tableau de bord mensuel", "Indicateurs d'activité", "Stats activité"]), body, attachments=[att], date=when)


# ------------------------------------------------------------------ N: infection control statistics
def infection_stats(c):
    lang = c.pick(["fr", "en"])
    s, frm = me(c, c.pick(["qualité", "Dr"]))
    when = c.when()
    if lang == "fr":
        body = ["Bonjour,", "", f"Surveillance des infections - {c.pick(['1er', '2e', '3e'])} trimestre :",
                f"- C. difficile : {c.rng.randrange(2, 9)} cas nosocomiaux (incidence {c.rng.randrange(10, 40) / 10} / 10 000 journées)",
                f"- SARM : {c.rng.randrange(1, 7)} nouvelles acquisitions, dont 2 en gériatrie", f"- Bactériémies sur cathéter central : {c.rng.randrange(0, 5)}",
                f"- Observance de l'hygiène des mains : {c.rng.randrange(62, 91)} %", "", "Un cluster de 3 cas de gastro-entérite à norovirus en 3A est clôturé.", G.signature(s, c.rng)]
        subj = "Surveillance infections - trimestre"
    else:
        body = ["Hi,", "", f"Quarterly HAI report: {c.rng.randrange(2, 9)} hospital-onset C. difficile cases, {c.rng.randrange(1, 7)} new MRSA acquisitions, hand hygiene compliance {c.rng.randrange(62, 91)}%.",
                G.signature(s, c.rng, "en")]
        subj = "Quarterly infection control report"
    return Mail("infection_stats", lang, NO, "aggregate infection-control statistics", frm, [("Comité d'hygiène", f"hygiene@{G.ORG['domain']}")], subj, "\n".join(body), date=when)


# ------------------------------------------------------------------ N: anonymised teaching case
def teaching_case(c):
    lang = c.pick(["fr", "fr", "en"])
    s, frm = me(c, "Dr")
    when = c.when()
    age = c.rng.randrange(2, 88)
    sexe = c.pick(["Homme", "Femme"]) if age >= 18 else c.pick(["Garçon", "Fille"])
    k = c.pick([x for x in CASES if compatible(x, age, "M" if sexe in ("Homme", "Garçon") else "F")])
    if lang == "fr":
        body = [f"Journal club de jeudi - cas clinique (anonymisé)", "", f"{sexe} de {age} ans, {k['hx_fr']}.", f"Biologie : {', '.join(k['labs_fr'])}.",
                f"Questions : 1) diagnostic le plus probable ? 2) prise en charge initiale ? 3) place de {k['meds'][0].split(' ')[0]} ?",
                "", f"Réponse et discussion jeudi 12 h 30 ({k['spec']}).", G.signature(s, c.rng)]
        subj = c.pick(["Cas clinique du jeudi", "Journal club - cas à préparer", "Quiz clinique"])
    else:
        body = ["Teaching case (de-identified)", "", f"A {age}-year-old {dict(Homme='man', Femme='woman', Garçon='boy', Fille='girl')[sexe]} presents with {k['hx_en']}.", f"Labs: {', '.join(k['labs_en'])}.",
                "What is your diagnosis and initial management?", G.signature(s, c.rng, "en")]
        subj = "Morning report - teaching case"
    return Mail("teaching_case", lang, NO, "anonymised teaching case with clinical details but no identity", frm,
                [(f"Assistants {G.ORG['short']}", f"assistants@{G.ORG['domain']}")], subj, "\n".join(body), date=when)


# ------------------------------------------------------------------ N: blank forms / templates
def blank_form(c):
    s, frm = me(c, c.pick(["transferts", "qualité", "facturation"]))
    when = c.when()
    kind = c.pick(["transfert", "medecin_conseil", "sortie"])
    if kind == "transfert":
        title = "Formulaire de demande de transfert interhospitalier"
        paras = ["Nom : ______________________  Prénom : ______________________", "Date de naissance : __ / __ / ____",
                 "NISS / NIR / NAM : ___________________________", "Diagnostic principal : ____________________________________",
                 "Traitement en cours : _____________________________________", "Allergies : ____________", "Isolement : oui / non  (BMR, C. difficile, ...)",
                 "Médecin demandeur : ______________  Tél. : ______________"]
    elif kind == "medecin_conseil":
        title = "Demande d'accord au médecin-conseil (modèle vierge)"
        paras = ["Identification du bénéficiaire : nom, prénom, NISS (11 chiffres, format AA.MM.JJ-XXX.CC)", "Diagnostic et justification médicale :",
                 "Prestations demandées (codes de nomenclature) :", "Cachet et signature du médecin prescripteur :"]
    else:
        title = "Modèle de lettre de sortie"
        paras = ["Cher Confrère,", "Votre patient(e) «NOM» «PRENOM», né(e) le «DATE_NAISSANCE», a séjourné dans notre service du «DATE_ENTREE» au «DATE_SORTIE».",
                 "Diagnostic principal : «DIAGNOSTIC»", "Traitement de sortie : «TRAITEMENT»", "Confraternellement, «MEDECIN»"]
    fmt = c.pick(["docx", "pdf"])
    att = (Att(f"{title.split(' (')[0].replace(' ', '_')}.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", F.docx(title, paras)) if fmt == "docx"
           else Att(f"formulaire_{kind}.pdf", "application/pdf", F.pdf(title, paras, seed=c.rng.randrange(99))))
    body = c.pick(["Bonjour,\n\nVoici le formulaire vierge mis à jour (version validée par la cellule qualité). Merci de détruire les anciennes versions.\n",
                   "Modèle en annexe.\n", "Bonjour à tous,\n\nNouveau modèle à utiliser à partir du 1er du mois prochain.\n"]) + G.signature(s, c.rng)
    return Mail("blank_form", "fr", NO, "blank form / template with empty patient fields", frm, [all_staff(c)], c.pick([title, "Nouveau formulaire", "Modèle mis à jour"]),
                body, attachments=[att], date=when)


# ------------------------------------------------------------------ N: accreditation
def accreditation(c):
    lang = c.pick(["fr", "fr", "en"])
    s, frm = me(c, "qualité")
    when = c.when()
    d = c.later(when, 20, 80)
    if lang == "fr":
        body = [G.greeting(c.rng, "fr"), "", f"La visite d'accréditation aura lieu du {G.fdate(d)} au {G.fdate(d + dt.timedelta(days=4))}.",
                "Les visiteurs utiliseront la méthode du patient traceur : ils suivront le parcours de patients hospitalisés et interrogeront les équipes.",
                "Pratiques organisationnelles requises à revoir en priorité :", "- identification du patient avec deux identifiants (nom + date de naissance) avant tout soin ;",
                "- bilan comparatif des médicaments à l'admission et à la sortie ;", "- prévention des chutes et des plaies de pression ;", "- hygiène des mains (audits mensuels).",
                "", "Les cartables qualité doivent être à jour dans chaque unité.", G.signature(s, c.rng)]
        subj = c.pick(["Visite d'accréditation - préparation", "Accréditation : pratiques organisationnelles requises", "Patient traceur - rappel"])
    else:
        body = ["Hello,", "", f"The accreditation survey is scheduled for {G.fdate(d, 'en')}. Surveyors will use tracer methodology.",
                "Please review the Required Organizational Practices, especially two-identifier patient identification and medication reconciliation.", G.signature(s, c.rng, "en")]
        subj = "Accreditation survey - preparation"
    return Mail("accreditation", lang, NO, "accreditation visit preparation", frm, [all_staff(c)], subj, "\n".join(body), date=when)


# ------------------------------------------------------------------ N: quality incidents (aggregate)
def incident_summary(c):
    s, frm = me(c, "qualité")
    when = c.when()
    rows = [["Type d'événement", "Nombre", "Gravité max.", "Tendance"]]
    for t in ["Chute", "Erreur médicamenteuse", "Erreur d'identification", "Escarre acquise", "Agression envers le personnel", "Fugue"]:
        rows.append([t, c.rng.randrange(0, 40), c.pick(["mineure", "modérée", "grave"]), c.pick(["↗", "↘", "="])])
    body = ["Bonjour,", "", "Synthèse des déclarations d'événements indésirables du trimestre (données anonymisées) :", ""] + \
           [" | ".join(str(x) for x in r) for r in rows] + ["", "Une analyse approfondie (RCA) est en cours pour l'erreur d'identification grave en imagerie.", G.signature(s, c.rng)]
    return Mail("incident_summary", "fr", NO, "aggregate adverse-event summary", frm, [("Comité qualité", f"qualite@{G.ORG['domain']}")],
                "Synthèse des événements indésirables", "\n".join(body), date=when)


# ------------------------------------------------------------------ N: bed management (aggregate)
def bed_status(c):
    lang = c.pick(["fr", "en"])
    s, frm = me(c, "transferts")
    when = c.when()
    units = [("USI", 16), ("Médecine interne", 32), ("Gériatrie", 28), ("Cardiologie", 24), ("Pédiatrie", 18), ("Chirurgie", 30)]
    lines = [f"{u}: {c.rng.randrange(max(0, n - 6), n + 1)}/{n}" for u, n in units]
    if lang == "fr":
        body = ["Bonjour,", "", f"Situation des lits à 8 h ({c.pick(G.ORG['sites'])[0]}) :"] + lines + ["", f"Patients en attente d'hospitalisation aux urgences : {c.rng.randrange(0, 14)}.",
                "Plan d'urgence hospitalier non activé.", G.signature(s, c.rng)]
        subj = "Bed management - situation 8 h"
    else:
        body = ["Morning bed status:"] + lines + [f"ED boarders: {c.rng.randrange(0, 14)}", G.signature(s, c.rng, "en")]
        subj = "Bed status 8 am"
    return Mail("bed_status", lang, NO, "aggregate bed occupancy", frm, [("Cadres", f"cadres@{G.ORG['domain']}")], subj, "\n".join(body), date=when)


# ------------------------------------------------------------------ N: sickness fund / INAMI general information
def mutualite_info(c):
    when = c.when()
    mut = c.pick(G.MUTUALITES)
    frm = (mut[0] + " - relations hôpitaux", f"hopitaux@{mut[1]}")
    body = c.pick([
        ["Madame, Monsieur,", "", "Suite à la décision de la Commission nationale médico-mutualiste, les honoraires de consultation (codes 102771 et 102970) sont indexés de 1,68 % au 1er janvier.",
         "Les nouvelles tarifications sont disponibles sur le site de l'INAMI. Les factures électroniques (eFact) doivent utiliser les nouveaux montants dès la date d'effet."],
        ["Madame, Monsieur,", "", "Rappel : les demandes d'accord pour la kinésithérapie (liste E) doivent désormais être introduites via MyCareNet.",
         "Les formulaires papier ne seront plus acceptés à partir du 1er du trimestre prochain."],
        ["Bonjour,", "", "Nous vous informons du changement de notre numéro d'organisme assureur pour les envois eFact (nouveau code 3xx).",
         "Aucune modification n'est nécessaire pour les dossiers en cours."],
    ])
    return Mail("mutualite_info", "fr", NO, "general sickness-fund/INAMI information to hospitals", frm,
                [("Service facturation", f"facturation@{G.ORG['domain']}")], c.pick(["Information tarifaire", "MyCareNet - rappel", "Information aux établissements"]),
                "\n".join(body) + "\n\nService relations hôpitaux\n", date=when)


# ------------------------------------------------------------------ N: cross-border agreement (procedure)
def crossborder_agreement(c):
    s, frm = me(c, "transferts")
    when = c.when()
    body = [G.greeting(c.rng, "fr", "Madame Bastide", "external"), "", "Comme suite à notre réunion, voici le projet de procédure commune pour les transferts dans le cadre de la ZOAST Ardennes :",
            "1. Appel médecin à médecin, puis confirmation écrite par la coordination des transferts ;", "2. Vérification des droits (formulaire S2 ou carte européenne) par le service des admissions ;",
            "3. Transmission du dossier médical par messagerie sécurisée uniquement (jamais par courriel ordinaire) ;", "4. Transport par l'équipe SMUR la plus proche.",
            "", "Nous proposons une évaluation à 6 mois (nombre de transferts, délais, incidents).", G.signature(s, c.rng)]
    return Mail("crossborder_agreement", "fr", NO, "cross-border transfer procedure without patients", frm, [("Laure Bastide", "laure.bastide@chr-ardennes.example")],
                "Projet de procédure commune ZOAST", "\n".join(body), date=when)


# ------------------------------------------------------------------ N: Quebec partnership / resident exchange
def quebec_partnership(c):
    lang = c.pick(["fr", "en"])
    s, frm = me(c, "Dr")
    when = c.when()
    if lang == "fr":
        body = [G.greeting(c.rng, "fr", "Geneviève"), "", "Merci pour la liste des résidents retenus pour l'échange de l'automne :",
                "- Dr Hugo Paquin (médecine interne, R3) - 3 mois à Sainte-Adèle", "- Dre Camille Riopel (pédiatrie, R2) - 2 mois à Charleroi",
                "Leur autorisation de stage est en cours auprès de l'Ordre. Nous prévoyons l'accueil le premier lundi du mois, avec formation au DPI.",
                "Côté logement, les studios de la résidence du personnel sont réservés.", G.signature(s, c.rng)]
        subj = "Échange de résidents - automne"
    else:
        body = ["Hi Patricia,", "", "Following our call, the telemedicine pilot between our cardiology departments can start next quarter.",
                "Scope: case discussions only, using de-identified data; no patient data over regular e-mail.", "Kathleen Murphy will coordinate on our side.", G.signature(s, c.rng, "en")]
        subj = "Telemedicine pilot - next steps"
    return Mail("partnership", lang, NO, "partnership/exchange programme correspondence", frm,
                [("Geneviève Larochelle", "genevieve.larochelle@chuestuaire.example") if lang == "fr" else ("Patricia Hughes", "patricia.hughes@vmgh.example")],
                subj, "\n".join(body), date=when, tz="+01:00")


# ------------------------------------------------------------------ N: insurance contract
def insurance_contract(c):
    s, frm = me(c, c.pick(["achats", "facturation"]))
    when = c.when()
    ins = c.pick(G.INSURERS)
    pol = f"RC-HOSP-{c.rng.randrange(100000, 999999)}"
    body = ["Madame, Monsieur,", "", f"Nous accusons réception de la proposition de renouvellement de la police responsabilité civile hospitalière {pol}.",
            f"La prime annuelle proposée ({c.rng.randrange(400, 900)} 000 EUR) est en hausse de 12 % ; nous souhaitons en discuter avant le {G.fdate(c.later(when, 10, 30))}.",
            "Les statistiques de sinistralité des 5 dernières années (nombre de dossiers, montants provisionnés) vous seront transmises de manière agrégée.", G.signature(s, c.rng)]
    return Mail("insurance_contract", "fr", NO, "hospital liability insurance contract renewal", frm, [(ins[0], f"entreprises@{ins[1]}")],
                f"Renouvellement police {pol}", "\n".join(body), date=when)


# ------------------------------------------------------------------ N: out of office
def out_of_office(c):
    lang = c.pick(["fr", "en"])
    s, frm = me(c)
    when = c.when()
    back = c.later(when, 3, 20)
    if lang == "fr":
        body = f"Je suis absent(e) jusqu'au {G.fdate(back)} inclus.\nPour toute question urgente concernant un patient, contactez le secrétariat au {c.pick(G.ORG['sites'])[3]} ou le médecin de garde.\n"
        subj = "Réponse automatique : " + c.pick(["Demande d'avis", "Réunion COM", "Question"])
    else:
        body = f"I am out of the office until {G.fdate(back, 'en')}. For urgent patient matters please page the on-call physician.\n"
        subj = "Automatic reply: " + c.pick(["Referral", "Meeting", "Question"])
    return Mail("out_of_office", lang, NO, "automatic out-of-office reply", frm, [(G.disp(G.partner_staff(c.rng)), "sender@partner.example")], subj, body,
                headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"], date=when)


# ------------------------------------------------------------------ N: legionella / environmental lab results
def environment_lab(c):
    s, frm = me(c, c.pick(["qualité", "Dr"]))
    when = c.when()
    rows = [["Point de prélèvement", "Legionella pneumophila (UFC/L)", "Température (°C)", "Conforme"]]
    for i in range(c.rng.randrange(5, 10)):
        v = c.pick([0, 0, 0, 50, 250, 1200])
        rows.append([f"{c.pick(['Douche', 'Lavabo', 'Retour boucle'])} ch. {c.rng.randrange(100, 699)}", v, c.rng.randrange(48, 64), "oui" if v < 1000 else "non"])
    body = ["Bonjour,", "", "Résultats des prélèvements d'eau de ce mois (laboratoire d'hygiène) :", ""] + [" ; ".join(str(x) for x in r) for r in rows] + \
           ["", "Les points non conformes font l'objet d'un choc thermique et d'un filtre terminal en attendant le contrôle.", G.signature(s, c.rng)]
    return Mail("environment_lab", "fr", NO, "water legionella results by room tap (no patients)", frm, [("Service technique", f"technique@{G.ORG['domain']}")],
                "Résultats Legionella", "\n".join(body), date=when)


# ------------------------------------------------------------------ N: sterilization traceability
def sterilization(c):
    s, frm = me(c, c.pick(["achats", "qualité"]))
    when = c.when()
    loads = [f"Charge {when:%y%m%d}-{i:02d} : autoclave {c.pick(['A1', 'A2', 'B1'])}, cycle 134 °C 18 min, indicateur Bowie-Dick conforme, "
             f"n° lot {serial_passing_niss(c) if c.chance(0.5) else c.rng.randrange(10 ** 10, 10 ** 11)}" for i in range(1, c.rng.randrange(3, 7))]
    body = ["Bonjour,", "", "Traçabilité de la stérilisation centrale - non-conformité du jour :"] + loads + ["",
            "La charge 03 est bloquée (test d'étanchéité non conforme) ; les boîtes concernées sont rappelées au bloc.", G.signature(s, c.rng)]
    return Mail("sterilization", "fr", NO, "sterilization load traceability with lot numbers", frm, [("Bloc opératoire", f"bloc@{G.ORG['domain']}")],
                "Stérilisation - traçabilité", "\n".join(body), date=when)


# ------------------------------------------------------------------ N: reply thread about scheduling (quoted, admin)
def admin_thread(c):
    lang = c.pick(["fr", "en"])
    s, frm = me(c)
    s2, to = me(c)
    when = c.when()
    d1 = when - dt.timedelta(hours=c.rng.randrange(2, 30))
    if lang == "fr":
        body = [c.pick(["Jeudi 14 h me convient.", "OK pour la salle B2.", "Je serai en retard de 15 min."]), "", s[0], "",
                f"-----Message d'origine-----", f"De : {G.disp(s2)}", f"Envoyé : {G.fdate(d1.date(), 'fr', 1)} {d1:%H:%M}", "Objet : Réunion groupe de travail chutes", "",
                "Bonjour,", "Pour préparer l'audit sur la prévention des chutes (taux actuel : 4,1 chutes / 1 000 journées), je propose une réunion la semaine prochaine.",
                "Mme Lambert (infirmière hygiéniste) et le Dr Thiry (orthopédie) seront présents.", "Disponibilités ?", s2[0]]
        subj = "RE: Réunion groupe de travail chutes"
    else:
        body = [c.pick(["Thursday works.", "Fine by me."]), "", s[0], "", f"On {G.fdate(d1.date(), 'en')}, {G.disp(s2)} wrote:",
                "> Can we meet to review the sepsis order set before it goes live?", "> Dr Murphy and the pharmacy will join.", f"> {s2[0]}"]
        subj = "Re: sepsis order set review"
    return Mail("admin_thread", lang, NO, "reply with quoted administrative thread", frm, [to], subj, "\n".join(body), date=when)


# ------------------------------------------------------------------ N: vCard of a staff member
def vcard_staff(c):
    s, frm = me(c)
    who = c.pick(G.STAFF)
    when = c.when()
    site = c.pick(G.ORG["sites"])
    vc = F.vcard(f"{who[0]} {who[1]}", [who[1], who[0], "", who[2], ""], org=G.ORG["name"], title=who[3],
                 tels=[("WORK", site[3]), ("CELL", f"0475 555-01{c.rng.randrange(100):02d}")], emails=[G.staff_addr(who)])
    return Mail("vcard_staff", "fr", NO, "vCard of a staff member", frm, [me(c)[1]],
                c.pick(["Coordonnées", f"Contact {who[1]}", "vcard"]), c.pick(["Voici ses coordonnées.", "Contact ci-joint pour la coordination."]) + "\n" + G.signature(s, c.rng),
                attachments=[Att(f"{who[0]} {who[1]}.vcf", "text/vcard", vc)], date=when)


# ------------------------------------------------------------------ N: notifiable disease counts (aggregate)
def case_counts(c):
    lang = c.pick(["fr", "en"])
    s, frm = me(c, "Dr")
    when = c.when()
    if lang == "fr":
        body = ["Bonjour,", "", f"Pour information, {c.rng.randrange(2, 6)} cas de rougeole ont été confirmés cette semaine chez des enfants de 1 à 4 ans de la région de Charleroi (aucun décès).",
                "La cellule de surveillance des maladies infectieuses a été informée selon la procédure. Vérifiez le statut vaccinal RRO du personnel de pédiatrie et des urgences.",
                G.signature(s, c.rng)]
        subj = "Rougeole - cas groupés dans la région"
    else:
        body = ["FYI: three confirmed cases of pertussis in infants were reported in the region this month. Please review Tdap vaccination for maternity staff.", G.signature(s, c.rng, "en")]
        subj = "Pertussis - regional alert"
    return Mail("case_counts", lang, NO, "aggregate notifiable-disease alert without identities", frm, [all_staff(c)], subj, "\n".join(body), date=when)


# ------------------------------------------------------------------ N: eHealthBox export of an administrative circular
def ehealth_circular_zip(c):
    s, frm = me(c, "informatique")
    when = c.when()
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<circulaire><emetteur>Service public fédéral Santé publique</emetteur><date>{when:%Y-%m-%d}</date>
<objet>Financement des hôpitaux - budget des moyens financiers</objet>
<texte>Les montants du BMF au 1er juillet sont publiés. Aucune donnée individuelle n'est jointe.</texte></circulaire>
"""
    z = F.make_zip([("meta.txt", f"De: SPF Santé publique\nObjet: Circulaire BMF\nReçu: {when:%d/%m/%Y}\n"), ("circulaire.xml", xml)])
    body = "Bonjour,\n\nCirculaire reçue dans l'eHealthBox institutionnelle, export en annexe pour la direction financière.\n" + G.signature(s, c.rng)
    return Mail("ehealth_circular", "fr", NO, "eHealthBox export of an administrative circular (no patient)", frm, [("Direction financière", f"finances@{G.ORG['domain']}")],
                "Export eHealthBox - circulaire", body, attachments=[Att(f"eHealthBox_export_{when:%Y-%m-%d}.zip", "application/zip", z)], date=when)


# ------------------------------------------------------------------ N: patient information leaflet sent to GPs
def leaflet(c):
    s, frm = me(c, "Dr")
    when = c.when()
    t = c.pick([("Préparation à la coloscopie", ["La veille : régime sans résidus.", "Boire 2 L de solution de préparation en deux prises.", "Arrêter le fer 7 jours avant."]),
                ("Retour à domicile après prothèse de hanche", ["Ne pas croiser les jambes pendant 6 semaines.", "Anticoagulant pendant 35 jours.", "Kinésithérapie 3x/semaine."]),
                ("Vivre avec une insuffisance cardiaque", ["Se peser chaque matin.", "Limiter le sel à 5 g par jour.", "Consulter si prise de plus de 2 kg en 3 jours."])])
    pdfb = F.pdf(t[0], ["Brochure d'information destinée aux patients", ""] + t[1], seed=c.rng.randrange(99))
    body = f"Chers confrères,\n\nNous avons mis à jour la brochure « {t[0]} » remise à nos patients. N'hésitez pas à l'imprimer pour votre salle d'attente.\n" + G.signature(s, c.rng)
    return Mail("patient_leaflet", "fr", NO, "generic patient information leaflet", frm, [("Cercle de médecins généralistes", "secretariat@cercle-mg.example")],
                f"Brochure patients : {t[0]}", body, attachments=[Att(f"{t[0]}.pdf", "application/pdf", pdfb)], date=when)


# ------------------------------------------------------------------ N: lab reference range change
def lab_reference(c):
    lang = c.pick(["fr", "en"])
    s, frm = me(c, "Dr")
    when = c.when()
    if lang == "fr":
        body = ["Chers prescripteurs,", "", f"À partir du {G.fdate(c.later(when, 5, 20))}, le laboratoire passe à un nouveau dosage de troponine T hypersensible.",
                "Nouvelles valeurs de référence : < 14 ng/L (99e percentile) ; delta significatif à 1 h : > 5 ng/L.",
                "L'HbA1c sera rendue en mmol/mol et en % (ex. 53 mmol/mol = 7,0 %).", "Le potassium sur sang total (gaz du sang) n'est pas interchangeable avec le potassium sérique.",
                G.signature(s, c.rng)]
        subj = "Laboratoire : changement de méthode et de valeurs de référence"
    else:
        body = ["Dear prescribers,", "", "New hs-troponin T assay from next month: 99th percentile < 14 ng/L; 1-hour delta > 5 ng/L.", G.signature(s, c.rng, "en")]
        subj = "Lab: new reference ranges"
    return Mail("lab_reference", lang, NO, "laboratory reference range change", frm, [(f"Prescripteurs {G.ORG['short']}", f"prescripteurs@{G.ORG['domain']}")],
                subj, "\n".join(body), date=when)


# ------------------------------------------------------------------ N: antibiotic guideline / formulary
def formulary(c):
    s, frm = me(c, "pharmacie")
    when = c.when()
    body = ["Bonjour,", "", "Mise à jour du guide d'antibiothérapie empirique (validé par le GGA) :",
            "- Pneumonie communautaire non sévère : amoxicilline 1 g 3x/j, 5 jours.", "- Pyélonéphrite non compliquée : ceftriaxone 1 g/j puis relais oral selon antibiogramme.",
            "- Infection du pied diabétique modérée : amoxicilline-clavulanate 875/125 mg 3x/j.", "- Allergie vraie aux bêta-lactamines : avis infectiologue.",
            "", "Le guide complet est disponible sur l'intranet.", G.signature(s, c.rng)]
    return Mail("formulary", "fr", NO, "antibiotic guideline update (drugs and doses, no patient)", frm, [(f"Prescripteurs {G.ORG['short']}", f"prescripteurs@{G.ORG['domain']}")],
                "Guide d'antibiothérapie - mise à jour", "\n".join(body), date=when)


# ------------------------------------------------------------------ N: patient satisfaction survey (aggregate)
def satisfaction(c):
    s, frm = me(c, "qualité")
    when = c.when()
    body = ["Bonjour,", "", f"Résultats de l'enquête de satisfaction du semestre ({c.rng.randrange(600, 1500)} répondants) :",
            f"- satisfaction globale : {c.rng.randrange(78, 93)} %", f"- information sur le traitement de sortie : {c.rng.randrange(60, 85)} %",
            f"- repas : {c.rng.randrange(45, 70)} %", "- commentaires libres les plus fréquents : attente aux urgences, bruit la nuit, parking.",
            "Les verbatims ont été anonymisés avant diffusion.", G.signature(s, c.rng)]
    return Mail("satisfaction_survey", "fr", NO, "aggregate patient satisfaction survey results", frm, [("Cadres", f"cadres@{G.ORG['domain']}")],
                "Enquête de satisfaction - résultats", "\n".join(body), date=when)


# ------------------------------------------------------------------ N: press release
def press_release(c):
    lang = c.pick(["fr", "en"])
    when = c.when()
    frm = ("Service presse", f"presse@{G.ORG['domain']}")
    if lang == "fr":
        body = f"COMMUNIQUÉ DE PRESSE\n\nLe {G.ORG['name']} inaugure un nouveau PET-CT sur le site Meuse-Citadelle. L'équipement permettra de réaliser 3 000 examens par an, principalement en oncologie et en cardiologie.\n\nContact presse : {G.ORG['sites'][3][3]}\n"
        subj = "Communiqué : nouveau PET-CT"
    else:
        body = f"PRESS RELEASE\n\n{G.ORG['name']} and CHU de l'Estuaire sign a five-year partnership on burn care and medical repatriation.\n"
        subj = "Press release: Belgium-Quebec partnership"
    return Mail("press_release", lang, NO, "press release", frm, [("Rédactions", "redaction@journal-regional.example")], subj, body, date=when)


# ------------------------------------------------------------------ N: GDPR / confidentiality reminder
def gdpr_reminder(c):
    s, frm = me(c, c.pick(["qualité", "informatique"]))
    when = c.when()
    body = ["Chers collègues,", "", "Rappel des règles de confidentialité (RGPD) :", "- ne jamais indiquer le nom d'un patient ni son NISS dans l'objet d'un courriel ;",
            "- utiliser l'eHealthBox ou la messagerie sécurisée pour tout échange de données de santé avec l'extérieur (Québec et France compris) ;",
            "- pour les listes (passations, COM), préférer le DPI aux fichiers Excel ;", "- en cas d'envoi erroné, prévenir le DPO dans l'heure (dpo@ghsm.example).",
            "", "Exemple à ne pas suivre : « Objet : Mme X - résultats biopsie ».", G.signature(s, c.rng)]
    return Mail("gdpr_reminder", "fr", NO, "confidentiality/GDPR reminder with placeholders only", frm, [all_staff(c)], "Rappel RGPD : données patients et courriel",
                "\n".join(body), date=when)


# ------------------------------------------------------------------ N: morbidity & mortality review agenda (anonymised)
def mm_review(c):
    s, frm = me(c, "Dr")
    when = c.when()
    a1, a2 = c.rng.randrange(40, 90), c.rng.randrange(20, 90)
    k1 = c.pick([x for x in CASES if compatible(x, a1, "M")])
    k2 = c.pick([x for x in CASES if compatible(x, a2, "F") and x is not k1])
    body = ["Bonjour,", "", f"Revue de morbi-mortalité du {G.fdate(c.later(when, 3, 12), 'fr', 1)} - cas retenus (anonymisés) :",
            f"Cas 1 : patient de {a1} ans, {k1['dx_fr']}, retard de prise en charge aux urgences.",
            f"Cas 2 : patiente de {a2} ans, {k2['dx_fr']}, complication post-opératoire.",
            "Merci de ne pas mentionner d'éléments identifiants lors de la présentation.", G.signature(s, c.rng)]
    return Mail("mm_review", "fr", NO, "morbidity and mortality review agenda with anonymised cases", frm, [(f"Médecins {G.ORG['short']}", f"medecins@{G.ORG['domain']}")],
                "RMM - cas retenus", "\n".join(body), date=when)
