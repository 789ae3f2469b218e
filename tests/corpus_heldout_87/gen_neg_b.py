"""Negative (non-confidential) templates, part B: conferences, committees, jobs, IT, forms,
teaching cases, recalls, shortages, facilities, research, directories, policy, minutes."""
import datetime

from stdnum import luhn

from gen_attach import make_csv, make_docx, make_pdf, make_vcf, make_xlsx, make_zip
from gen_build import greet, html_table, quote, quote_header, sign
from gen_common import (CLINIC_ADDR, CLINIC_DOM, CLINIC_EN, CLINIC_FR, HOSP, HOSP_ADDR, HOSP_DOM,
                        HOSP_SHORT, INTERP_AGENCY, INTERP_DOM, INTERPRETERS, LANG_EN, STAFF, fdate,
                        fday, staff_addr, staff_name, strip_accents)
from gen_ctx import T
from gen_neg_a import PARTNER_CONTACTS, staff_plain


def n_conference(c, lang):
    r = c.rng
    m = c.mail("conference", lang)
    m.frm = (T(lang, "Colloque Santé des réfugiés", "Refugee Health Symposium"), "colloque@sante-refugies.example")
    m.to = [c.who(c.staff(), hosp=r.random() < 0.5)]
    ev = c.future(m, 30, 120)
    talks = T(lang, [
        ("Dr Samuel Okonkwo", "Tuberculose latente chez les nouveaux arrivants : 3HP ou 4R?"),
        ("Dre Catherine Boivin", "Strongyloïdes et schistosomes : qui dépister?"),
        ("Dre Leila Farahani", "TSPT et demandeurs d'asile : ce qui marche"),
        ("Dre Hélène Desrosiers", "Rattrapage vaccinal chez l'enfant réfugié"),
        ("Dr Tesfay Gebremariam", "Hépatite B chronique chez les personnes originaires d'Afrique de l'Est"),
        ("Dre Marie-Ève Chartrand", "Mutilations génitales et accouchement"),
        ("Mme Ketly Valcourt", "Être interprète en santé mentale : le point de vue de l'interprète"),
        ("Dr Arash Moradi", "Radiographie pulmonaire de dépistage : pièges"),
    ], [
        ("Dr Samuel Okonkwo", "Latent TB in newcomers: 3HP or 4R?"),
        ("Dr Catherine Boivin", "Strongyloides and schistosomes: whom to screen?"),
        ("Dr Leila Farahani", "PTSD in asylum seekers: what works"),
        ("Dr Hélène Desrosiers", "Catch-up immunization in refugee children"),
        ("Dr Tesfay Gebremariam", "Chronic hepatitis B in people from East Africa"),
        ("Dr Marie-Ève Chartrand", "Female genital cutting and childbirth"),
        ("Ms. Ketly Valcourt", "Interpreting in mental health: the interpreter's view"),
        ("Dr Arash Moradi", "Screening chest X-rays: pitfalls"),
    ])
    sel = r.sample(talks, r.randint(4, 6))
    t = datetime.datetime(2025, 1, 1, 8, 30)
    lines = [T(lang, "Programme préliminaire - %s" % fdate(ev.date(), "fr"), "Preliminary programme - %s" % fdate(ev.date(), "en")), ""]
    for spk, topic in sel:
        lines.append("%s  %s - %s" % (t.strftime("%H:%M"), topic, spk))
        t += datetime.timedelta(minutes=r.choice([30, 45]))
    lines += ["", T(lang, "Inscription : 150 $ (gratuit pour les interprètes et les organismes communautaires).",
                    "Registration: $150 (free for interpreters and community organisations).")]
    m.subject = T(lang, "Colloque Santé des réfugiés - programme", "Refugee Health Symposium - programme")
    m.text = "\n".join(lines)
    if r.random() < 0.5:
        m.attach(make_pdf(lines, title=m.subject, compress=r.random() < 0.5), "application/pdf",
                 T(lang, "programme_colloque.pdf", "symposium_programme.pdf"))
    if r.random() < 0.3:
        m.html = True
    m.note = T(lang, "programme de conférence (conférenciers et sujets)", "conference programme (speakers and topics)")
    return m


def n_committee(c, lang):
    r = c.rng
    m = c.mail("committee_notice", lang)
    sec = c.staff("manager", "clerk", "admin")
    m.frm = c.who(sec, hosp=True)
    m.to = [(T(lang, "Membres du comité", "Committee members"), "comite@" + HOSP_DOM)]
    com = r.choice(T(lang, ["Comité de pharmacologie", "Comité d'éthique de la recherche", "Comité qualité et sécurité",
                            "Comité des usagers", "Comité de prévention des infections"],
                         ["Pharmacy & Therapeutics Committee", "Research Ethics Board", "Quality & Safety Committee",
                          "Patients' Committee", "Infection Prevention Committee"]))
    ev = c.future(m, 5, 30)
    agenda = T(lang, ["Adoption du procès-verbal", "Ajout de la rifapentine au formulaire",
                      "Indicateurs : délais d'accès aux interprètes", "Politique d'utilisation des interprètes familiaux",
                      "Déclaration d'incidents - tendances trimestrielles (données agrégées)", "Varia"],
               ["Approval of minutes", "Adding rifapentine to the formulary", "Indicators: interpreter access times",
                "Policy on family members as interpreters", "Incident reports - quarterly trends (aggregate)", "Other business"])
    m.subject = T(lang, "Convocation - %s - %s" % (com, fdate(ev.date(), "fr")), "Notice of meeting - %s - %s" % (com, fdate(ev.date(), "en")))
    m.text = "\n".join([greet(r, lang), "", T(lang, "La prochaine réunion du %s aura lieu le %s à %s, salle du conseil." % (
        com, fday(ev.date(), "fr"), ev.strftime("%Hh%M")), "The next %s meeting is on %s at %s, boardroom." % (
        com, fday(ev.date(), "en"), ev.strftime("%I:%M %p"))), "", T(lang, "Ordre du jour :", "Agenda:")] +
        ["%d. %s" % (i + 1, a) for i, a in enumerate(r.sample(agenda, 4))] + ["", sign(r, sec, lang)])
    m.note = T(lang, "avis de convocation de comité", "committee notice")
    return m


def n_job(c, lang):
    r = c.rng
    m = c.mail("job_posting", lang)
    hr = c.staff("HR")
    m.frm = c.who(hr, hosp=True)
    m.to = [(T(lang, "Affichage interne", "Internal postings"), "affichage@" + HOSP_DOM)]
    job = r.choice(T(lang, [("Interprète tigrigna / amharique (temps partiel)", "maîtrise du tigrigna et du français, formation en interprétation médicale un atout"),
                            ("Infirmière clinicienne - clinique des nouveaux arrivants", "BAC en sciences infirmières, expérience en santé internationale"),
                            ("Travailleuse sociale - programme Résilience", "membre de l'OTSTCFQ, approche tenant compte des traumatismes"),
                            ("Agente administrative - facturation PFSI", "connaissance du PFSI et de la RAMQ, bilinguisme"),
                            ("Intervenant communautaire interculturel (dari/pachto)", "lien avec la communauté afghane, permis de conduire")],
                           [("Tigrinya / Amharic interpreter (part-time)", "fluent Tigrinya and French, medical interpreting training an asset"),
                            ("Clinical nurse - newcomer clinic", "BScN, global health experience"),
                            ("Social worker - Resilience program", "OTSTCFQ member, trauma-informed practice"),
                            ("Admin officer - IFHP billing", "knowledge of IFHP and RAMQ, bilingual"),
                            ("Intercultural community worker (Dari/Pashto)", "ties with the Afghan community, driver's licence")]))
    no = "%d-%04d" % (2025, r.randint(100, 9999))
    m.subject = T(lang, "Affichage %s : %s" % (no, job[0]), "Posting %s: %s" % (no, job[0]))
    m.text = "\n".join([T(lang, "Poste : %s" % job[0], "Position: %s" % job[0]),
                        T(lang, "Exigences : %s" % job[1], "Requirements: %s" % job[1]),
                        T(lang, "Échelle salariale : %d $ à %d $ / h" % (r.randint(24, 32), r.randint(35, 48)),
                          "Salary: $%d to $%d / h" % (r.randint(24, 32), r.randint(35, 48))),
                        T(lang, "Fin de l'affichage : %s" % fdate(c.future(m, 10, 20).date(), "fr"),
                          "Closes: %s" % fdate(c.future(m, 10, 20).date(), "en")), "", sign(r, hr, lang)])
    if r.random() < 0.4:
        m.html = True
    m.note = T(lang, "offre d'emploi", "job posting")
    return m


def n_it(c, lang):
    r = c.rng
    m = c.mail("it_notice", lang)
    m.frm = (T(lang, "Service des technologies de l'information", "IT Service Desk"), "ti-support@" + HOSP_DOM)
    m.to = [(T(lang, "Tous les utilisateurs", "All users"), "tous@" + HOSP_DOM)]
    k = r.randrange(5)
    ev = c.future(m, 1, 10)
    if k == 0:
        m.subject = T(lang, "Interruption planifiée du DME - %s" % fday(ev.date(), "fr"), "Planned EMR downtime - %s" % fday(ev.date(), "en"))
        body = T(lang, "Le dossier médical électronique sera indisponible de 22 h à 2 h. Utilisez les formulaires papier de "
                       "contingence (armoire rouge, poste infirmier). Les résultats de laboratoire seront imprimés à l'unité.",
                 "The EMR will be unavailable 10 pm-2 am. Use paper downtime forms (red cabinet, nursing station). Lab "
                 "results will print on the unit.")
    elif k == 1:
        m.subject = T(lang, "ALERTE hameçonnage - faux courriel RAMQ", "PHISHING alert - fake RAMQ e-mail")
        body = T(lang, "Un faux courriel « Renouvellement de votre carte RAMQ » circule. Ne cliquez pas sur le lien. "
                       "Transférez-le en pièce jointe à securite@%s." % HOSP_DOM,
                 "A fake \"Renew your RAMQ card\" e-mail is circulating. Do not click the link. Forward it as an "
                 "attachment to securite@%s." % HOSP_DOM)
    elif k == 2:
        m.subject = T(lang, "Remplacement des imprimantes - 3e étage", "Printer replacement - 3rd floor")
        body = T(lang, "Les imprimantes du 3e étage seront remplacées le %s. Nouveaux numéros d'actif : %s. Pilotes "
                       "installés automatiquement." % (fday(ev.date(), "fr"), ", ".join(_luhn_serials(r, 3))),
                 "3rd-floor printers will be replaced on %s. New asset numbers: %s. Drivers install automatically." % (
                     fday(ev.date(), "en"), ", ".join(_luhn_serials(r, 3))))
    elif k == 3:
        m.subject = T(lang, "Nouvelle version de la plateforme de vidéo-interprétation", "New video-interpreting platform release")
        body = T(lang, "La plateforme de vidéo-interprétation passe à la version 5.2 : partage d'écran désactivé par défaut, "
                       "salle d'attente virtuelle. Aucune donnée patient n'est enregistrée par la plateforme.",
                 "The video-interpreting platform moves to v5.2: screen sharing off by default, virtual waiting room. "
                 "The platform does not record any patient data.")
    else:
        m.subject = T(lang, "Expiration des mots de passe", "Password expiry")
        body = T(lang, "Votre mot de passe réseau expire dans 5 jours. Le TI ne vous demandera jamais votre mot de passe par courriel.",
                 "Your network password expires in 5 days. IT will never ask for your password by e-mail.")
    m.text = "\n".join([greet(r, lang), "", body, "", T(lang, "Billet de référence : INC%07d" % r.randint(0, 9999999),
                                                         "Reference ticket: INC%07d" % r.randint(0, 9999999)),
                        T(lang, "Centre de services TI - poste 5555", "IT Service Desk - ext. 5555")])
    if r.random() < 0.4:
        m.html = True
    m.note = T(lang, "avis TI", "IT notice")
    return m


def _luhn_serials(r, n):
    out = []
    for _ in range(n):
        body = "".join(str(r.randint(0, 9)) for _ in range(8))
        s = body + luhn.calc_check_digit(body)
        out.append("%s %s %s" % (s[:3], s[3:6], s[6:]) if r.random() < 0.5 else s)
    return out


def n_blank_form(c, lang):
    r = c.rng
    m = c.mail("blank_form", lang)
    a = c.staff("clerk", "nurse", "records", "billing")
    m.frm = c.who(a)
    m.to = [(T(lang, "Équipe", "Team"), "equipe@" + CLINIC_DOM)]
    k = r.randrange(3)
    if k == 0:
        title = T(lang, "Formulaire de santé scolaire - à remplir", "School health form - blank")
        lines = [T(lang, "Nom de l'élève : ______________________", "Student name: ______________________"),
                 T(lang, "Date de naissance (AAAA-MM-JJ) : ____-__-__", "Date of birth (YYYY-MM-DD): ____-__-__"),
                 T(lang, "Condition médicale : ☐ asthme ☐ diabète ☐ épilepsie ☐ allergie sévère ☐ autre",
                   "Medical condition: [ ] asthma [ ] diabetes [ ] epilepsy [ ] severe allergy [ ] other"),
                 T(lang, "Médicaments à l'école : ______________________", "Medication at school: ______________________"),
                 T(lang, "Signature du professionnel : ____________", "Clinician signature: ____________")]
        data = make_pdf(lines, title=title, compress=r.random() < 0.5)
        m.attach(data, "application/pdf", T(lang, "formulaire_scolaire_VIERGE.pdf", "school_form_BLANK.pdf"))
    elif k == 1:
        title = T(lang, "Consentement à l'utilisation d'un interprète", "Consent to use an interpreter")
        paras = [T(lang, "Je, soussigné(e) ________________________, consens à ce qu'un interprète professionnel soit présent.",
                   "I, ________________________, consent to the presence of a professional interpreter."),
                 T(lang, "Langue : __________   Date : __________", "Language: __________   Date: __________"),
                 T(lang, "No de dossier : __________", "Chart no.: __________")]
        m.attach(make_docx(paras, title=title), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 T(lang, "consentement_interprete_gabarit.docx", "interpreter_consent_template.docx"))
    else:
        title = T(lang, "Gabarit - liste de suivi IGRA", "Template - IGRA follow-up list")
        rows = [T(lang, ["Nom", "DDN", "No dossier", "Date IGRA", "Résultat", "RX", "Conduite"],
                  ["Name", "DOB", "MRN", "IGRA date", "Result", "CXR", "Plan"])] + [[""] * 7 for _ in range(3)]
        m.attach(make_xlsx([("Gabarit" if lang == "fr" else "Template", rows)]),
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", T(lang, "gabarit_suivi_IGRA.xlsx", "IGRA_followup_template.xlsx"))
    m.subject = T(lang, "Gabarit à jour : %s" % title, "Updated template: %s" % title)
    m.text = "\n".join([greet(r, lang), "", T(lang, "Voici la version à jour du gabarit. Merci de détruire les anciennes copies.",
                                               "Here is the updated template. Please discard old copies."), "", sign(r, a, lang)])
    m.note = T(lang, "formulaire vierge / gabarit", "blank form / template")
    return m


def n_teaching(c, lang):
    r = c.rng
    m = c.mail("teaching_case", lang)
    t = c.staff("physician", "infectious", "paediatrician", "psychiatrist")
    m.frm = c.who(t, hosp=True)
    m.to = [(T(lang, "Résidents - médecine familiale", "Family medicine residents"), "residents@" + HOSP_DOM)]
    cases = T(lang, [
        "Femme de %d ans originaire d'Érythrée, arrivée il y a 4 mois après 2 ans en Libye. IGRA positif, radiographie normale, "
        "éosinophiles 1,8. Questions : quel bilan de plus? Quel traitement de l'ITL choisir si elle allaite?",
        "Garçon de %d ans arrivé d'Afghanistan, retard staturo-pondéral, Hb 92, plombémie élevée. Quelles causes? Quel suivi?",
        "Homme de %d ans originaire de Colombie, demandeur d'asile, insomnie et cauchemars depuis 6 mois. Comment dépister le "
        "TSPT avec un interprète? Quelles ressources si pas de RAMQ?",
        "Femme enceinte de %d ans originaire de Somalie, antécédent de mutilation génitale de type III. Planification de l'accouchement?",
        "Adolescente de %d ans d'Ukraine, carnet vaccinal en cyrillique incomplet. Construire le calendrier de rattrapage.",
    ], [
        "A %d-year-old woman from Eritrea, arrived 4 months ago after 2 years in Libya. IGRA positive, normal CXR, eosinophils 1.8. "
        "Questions: what else to order? Which LTBI regimen if breastfeeding?",
        "A %d-year-old boy from Afghanistan with faltering growth, Hb 92, elevated lead. Causes? Follow-up?",
        "A %d-year-old man from Colombia, refugee claimant, 6 months of insomnia and nightmares. How to screen for PTSD through an "
        "interpreter? What resources without RAMQ?",
        "A %d-year-old pregnant woman from Somalia with a history of type III FGC. Birth planning?",
        "A %d-year-old teenager from Ukraine with an incomplete vaccine booklet in Cyrillic. Build the catch-up schedule.",
    ])
    ages = [34, 4, 41, 27, 14]
    i = r.randrange(len(cases))
    case = cases[i] % (ages[i] + r.randint(0, 2))
    m.subject = T(lang, r.choice(["Cas clinique de la semaine", "Club de lecture + cas", "Vignette pour jeudi"]),
                  r.choice(["Case of the week", "Journal club + case", "Vignette for Thursday"]))
    m.text = "\n".join([greet(r, lang), "", T(lang, "Cas anonymisé pour la discussion de jeudi :", "Anonymised case for Thursday's discussion:"),
                        "", case, "", T(lang, "Lecture suggérée : lignes directrices canadiennes sur la santé des immigrants et réfugiés.",
                                         "Suggested reading: Canadian guidelines for immigrant and refugee health."), "", sign(r, t, lang)])
    if r.random() < 0.3:
        m.attach(make_pdf(case.split(". "), title=m.subject, compress=True), "application/pdf", T(lang, "cas_clinique.pdf", "teaching_case.pdf"))
    m.note = T(lang, "cas d'enseignement anonymisé", "anonymised teaching case")
    return m


def n_recall(c, lang):
    r = c.rng
    m = c.mail("supplier_recall", lang)
    sup = r.choice(["Distribution Médicale Laurentide", "BioVac Canada", "Fournitures Cliniques Nordet"])
    m.frm = ("%s - Qualité" % sup, "qualite@%s.example" % strip_accents(sup.split()[-1].lower()))
    m.to = [c.who(c.staff("pharmacist", "manager"), hosp=True)]
    prod = r.choice(T(lang, ["Tubersol (PPD) 5 UT/0,1 mL", "seringues à tuberculine 1 mL", "bandelettes de glycémie GlucoSure",
                             "vaccin RRO (lot mal conservé)", "tubes QuantiFERON-TB Gold Plus"],
                      ["Tubersol (PPD) 5 TU/0.1 mL", "1 mL tuberculin syringes", "GlucoSure glucose test strips",
                       "MMR vaccine (cold-chain breach lot)", "QuantiFERON-TB Gold Plus tubes"]))
    lots = ["%s%d%s" % (r.choice(["C", "U", "L"]), r.randint(1000, 9999), r.choice(["AA", "B", "X1"])) for _ in range(r.randint(1, 3))]
    serials = _luhn_serials(r, r.randint(0, 2))
    m.subject = T(lang, "AVIS DE RAPPEL - %s" % prod, "RECALL NOTICE - %s" % prod)
    lines = [T(lang, "Produit : %s" % prod, "Product: %s" % prod), T(lang, "Lots visés : %s" % ", ".join(lots), "Affected lots: %s" % ", ".join(lots))]
    if serials:
        lines.append(T(lang, "Numéros de série des lecteurs concernés : %s" % ", ".join(serials), "Affected meter serial numbers: %s" % ", ".join(serials)))
    lines += ["", T(lang, "Veuillez mettre les produits en quarantaine et retourner le formulaire de confirmation. Aucun "
                          "effet indésirable n'a été signalé à ce jour.",
                    "Please quarantine the products and return the confirmation form. No adverse events reported so far."),
              "", sup]
    m.text = "\n".join(lines)
    if r.random() < 0.5:
        m.attach(make_pdf(lines, title=m.subject, compress=True), "application/pdf", T(lang, "avis_rappel.pdf", "recall_notice.pdf"))
    m.note = T(lang, "rappel fournisseur (lots, numéros de série)", "supplier recall (lots, serials)")
    return m


def n_shortage(c, lang):
    r = c.rng
    m = c.mail("drug_shortage", lang)
    ph = c.staff("pharmacist")
    m.frm = c.who(ph, hosp=True)
    m.to = [(T(lang, "Prescripteurs", "Prescribers"), "prescripteurs@" + HOSP_DOM)]
    d = r.choice(T(lang, [("ivermectine 3 mg", "Utiliser l'accès spécial (Santé Canada) ou reporter le traitement empirique des patients asymptomatiques."),
                          ("praziquantel 600 mg", "Réserver aux schistosomiases confirmées; pas de traitement présomptif pendant la pénurie."),
                          ("Tubersol (PPD)", "Privilégier l'IGRA pour le dépistage chez l'adulte; TCT réservé aux enfants < 2 ans."),
                          ("rifapentine 150 mg", "Utiliser 4R (rifampicine 4 mois) en remplacement du 3HP."),
                          ("vaccin BCG", "Aucun impact pour la clinique; information seulement.")],
                   [("ivermectin 3 mg", "Use Health Canada special access or defer empiric treatment in asymptomatic patients."),
                    ("praziquantel 600 mg", "Reserve for confirmed schistosomiasis; no presumptive treatment during the shortage."),
                    ("Tubersol (PPD)", "Prefer IGRA for adult screening; keep TST for children under 2."),
                    ("rifapentine 150 mg", "Use 4R (4 months rifampin) instead of 3HP."),
                    ("BCG vaccine", "No impact for the clinic; information only.")]))
    m.subject = T(lang, "Rupture d'approvisionnement : %s" % d[0], "Drug shortage: %s" % d[0])
    m.text = "\n".join([greet(r, lang), "", T(lang, "Rupture prévue jusqu'au %s." % fdate(c.future(m, 20, 90).date(), "fr"),
                                               "Expected to last until %s." % fdate(c.future(m, 20, 90).date(), "en")), d[1], "", sign(r, ph, lang)])
    if r.random() < 0.4:
        m.html = True
    m.note = T(lang, "avis de pénurie de médicament", "drug shortage notice")
    return m


def n_facilities(c, lang):
    r = c.rng
    m = c.mail("facilities", lang)
    m.frm = (T(lang, "Services techniques", "Facilities"), "batiment@" + HOSP_DOM)
    m.to = [(T(lang, "Occupants - pavillon B", "Pavilion B occupants"), "pavillon-b@" + HOSP_DOM)]
    ev = c.future(m, 2, 15)
    body = r.choice(T(lang, [
        "Coupure d'eau chaude au 2e étage le %s de 7 h à 11 h (remplacement de valve).",
        "Les travaux de la salle d'attente de la clinique des nouveaux arrivants débutent le %s; l'accueil sera temporairement au local 1.14.",
        "Le stationnement P3 sera fermé le %s pour le déneigement. Les interprètes et visiteurs peuvent utiliser P1.",
        "Test des alarmes incendie le %s entre 9 h et 10 h. Aucune évacuation requise.",
    ], [
        "No hot water on the 2nd floor on %s, 7-11 am (valve replacement).",
        "Renovation of the newcomer clinic waiting room starts %s; reception moves temporarily to room 1.14.",
        "Parking P3 will be closed on %s for snow removal. Interpreters and visitors can use P1.",
        "Fire alarm testing on %s between 9 and 10 am. No evacuation required.",
    ])) % fday(ev.date(), lang)
    m.subject = T(lang, "Avis - pavillon B", "Notice - Pavilion B")
    m.text = "\n".join([greet(r, lang), "", body, "", T(lang, "Services techniques, poste 4400", "Facilities, ext. 4400")])
    m.note = T(lang, "avis des services techniques", "facilities notice")
    return m


def n_research(c, lang):
    r = c.rng
    m = c.mail("research_protocol", lang)
    pi = c.staff("infectious", "psychiatrist", "paediatrician", "physician")
    m.frm = c.who(pi, hosp=True)
    m.to = [(T(lang, "Équipe de recherche", "Research team"), "recherche@" + HOSP_DOM)]
    title = r.choice(T(lang, ["Acceptabilité du 3HP chez les nouveaux arrivants (étude ACCUEIL-TB)",
                              "Dépistage du TSPT par tablette multilingue (étude VOIX)",
                              "Couverture vaccinale des enfants réfugiés 12 mois après l'arrivée"],
                           ["Acceptability of 3HP in newcomers (ACCUEIL-TB study)",
                            "Multilingual tablet PTSD screening (VOIX study)",
                            "Immunization coverage in refugee children 12 months after arrival"]))
    m.subject = T(lang, "Protocole v%d.%d - %s" % (r.randint(1, 4), r.randint(0, 9), title.split(" (")[0]),
                  "Protocol v%d.%d - %s" % (r.randint(1, 4), r.randint(0, 9), title.split(" (")[0]))
    paras = [T(lang, "Titre : %s" % title, "Title: %s" % title),
             T(lang, "Population : adultes et enfants arrivés depuis moins de 2 ans, toutes langues (interprètes fournis).",
               "Population: adults and children who arrived < 2 years ago, any language (interpreters provided)."),
             T(lang, "Taille d'échantillon : %d participants. Données dépersonnalisées à la source (code d'étude)." % r.randint(80, 400),
               "Sample size: %d participants. Data de-identified at source (study code)." % r.randint(80, 400)),
             T(lang, "Approbation CÉR : MP-%d-%04d" % (2025, r.randint(1, 9999)), "REB approval: MP-%d-%04d" % (2025, r.randint(1, 9999)))]
    m.attach(make_docx(paras, title=T(lang, "Protocole de recherche", "Research protocol"), author=staff_name(pi)),
             "application/vnd.openxmlformats-officedocument.wordprocessingml.document", T(lang, "protocole.docx", "protocol.docx"))
    m.text = "\n".join([greet(r, lang), "", T(lang, "Voici la version approuvée du protocole. Aucun participant recruté pour l'instant.",
                                               "Here is the approved protocol. No participants enrolled yet."), "", sign(r, pi, lang)])
    m.note = T(lang, "protocole de recherche sans participants identifiés", "research protocol without participant identities")
    return m


def n_directory(c, lang):
    r = c.rng
    m = c.mail("physician_directory", lang)
    a = c.staff("clerk", "manager", "admin")
    m.frm = c.who(a, hosp=False)
    m.to = [(T(lang, "Partenaires référents", "Referring partners"), "partenaires@" + CLINIC_DOM)]
    entries = T(lang, [
        "Dr Samuel Okonkwo, infectiologue - tuberculose latente et active, parasitoses (mardi et jeudi)",
        "Dre Catherine Boivin, microbiologiste-infectiologue - VIH, hépatites virales",
        "Dre Leila Farahani, psychiatre - TSPT, dépression, évaluations pour la CISR",
        "Dre Hélène Desrosiers, pédiatre - rattrapage vaccinal, retard de croissance, plombémie",
        "Dre Marie-Ève Chartrand, obstétricienne - grossesses sans suivi, mutilations génitales",
        "Dr Tesfay Gebremariam, interniste - diabète, hypertension, hépatite B",
        "Dr Arash Moradi, radiologiste - lecture des radiographies de l'immigration",
    ], [
        "Dr Samuel Okonkwo, infectious diseases - latent and active TB, parasitic infections (Tue & Thu)",
        "Dr Catherine Boivin, medical microbiology - HIV, viral hepatitis",
        "Dr Leila Farahani, psychiatry - PTSD, depression, IRB assessments",
        "Dr Hélène Desrosiers, paediatrics - catch-up immunization, growth faltering, lead",
        "Dr Marie-Ève Chartrand, obstetrics - unbooked pregnancies, female genital cutting",
        "Dr Tesfay Gebremariam, internal medicine - diabetes, hypertension, hepatitis B",
        "Dr Arash Moradi, radiology - immigration medical X-ray reads",
    ])
    sel = r.sample(entries, r.randint(4, 7))
    m.subject = T(lang, "Bottin des médecins référents - mise à jour", "Referral physician directory - update")
    m.text = "\n".join([greet(r, lang), "", T(lang, "Voici qui reçoit quoi à compter du mois prochain :", "Who takes what starting next month:"),
                        ""] + ["- " + e for e in sel] + ["", T(lang, "Télécopieur des références : 514-555-0109", "Referral fax: 514-555-0109"),
                                                        "", sign(r, a, lang)])
    if r.random() < 0.5:
        m.html = True
    m.note = T(lang, "médecins nommés avec les maladies qu'ils traitent", "physicians named with diseases they treat")
    return m


def n_policy(c, lang):
    r = c.rng
    m = c.mail("ifhp_ramq_policy", lang)
    a = c.staff("billing", "manager", "social")
    m.frm = c.who(a, hosp=r.random() < 0.5)
    m.to = [(T(lang, "Équipe", "Team"), "equipe@" + CLINIC_DOM)]
    k = r.randrange(4)
    if k == 0:
        m.subject = T(lang, "Rappel : délai de carence RAMQ", "Reminder: RAMQ waiting period")
        body = T(lang, "Les résidents permanents ont un délai de carence d'environ 3 mois avant d'être couverts par la RAMQ. "
                       "Les réfugiés réinstallés, les demandeurs d'asile et les personnes protégées sont couverts par le PFSI en "
                       "attendant. Les femmes enceintes et les victimes de violence conjugale sont exemptées du délai.",
                 "Permanent residents have a waiting period of about 3 months before RAMQ coverage. Resettled refugees, claimants "
                 "and protected persons are covered by IFHP meanwhile. Pregnant women and victims of domestic violence are "
                 "exempt from the waiting period.")
    elif k == 1:
        m.subject = T(lang, "PFSI : nouveaux codes de facturation", "IFHP: new billing codes")
        body = T(lang, "À partir du 1er avril, les services d'interprétation sont facturables au PFSI (code INT-01) pour les "
                       "consultations en santé mentale. Le numéro de fournisseur de la clinique reste le même.",
                 "From April 1, interpreting is billable to IFHP (code INT-01) for mental health consultations. The clinic's "
                 "provider number is unchanged.")
    elif k == 2:
        m.subject = T(lang, "AVUCU - fin des mesures spéciales", "CUAET - end of special measures")
        body = T(lang, "Les Ukrainiens arrivés avec l'AVUCU après la date limite ne sont plus admissibles à la RAMQ dès l'arrivée. "
                       "Vérifiez le document d'immigration avant d'ouvrir le dossier.",
                 "Ukrainians arriving under CUAET after the deadline are no longer eligible for RAMQ on arrival. Check the "
                 "immigration document before opening the chart.")
    else:
        m.subject = T(lang, "Aide-mémoire : vérifier l'admissibilité PFSI", "Cheat sheet: checking IFHP eligibility")
        body = T(lang, "1) Demander le document (IUC à 8 ou 10 chiffres). 2) Vérifier sur le portail Croix Bleue Medavie. "
                       "3) Noter la date de fin d'admissibilité au DME. Exemple fictif : IUC 0000-0000.",
                 "1) Ask for the document (8 or 10 digit UCI). 2) Check on the Medavie Blue Cross portal. 3) Record the "
                 "eligibility end date in the EMR. Dummy example: UCI 0000-0000.")
    m.text = "\n".join([greet(r, lang), "", body, "", sign(r, a, lang)])
    if r.random() < 0.4:
        m.html = True
    m.note = T(lang, "règles générales PFSI / RAMQ", "general IFHP / RAMQ rules")
    return m


def n_minutes(c, lang):
    r = c.rng
    m = c.mail("meeting_minutes", lang)
    sec = c.staff()
    m.frm = c.who(sec)
    m.to = [(T(lang, "Équipe", "Team"), "equipe@" + CLINIC_DOM)]
    pts = T(lang, [
        "Volume : %d nouveaux bilans ce mois-ci, stable." % r.randint(60, 160),
        "Délais d'interprétation en tigrigna toujours > 5 jours; Sophie relance la BRI.",
        "Discussion d'un cas complexe (présenté sans nom) : consensus pour référer plus tôt en psychiatrie.",
        "Nouvelle salle d'allaitement au 1er étage.",
        "Rappel : ne pas inscrire de noms de patients dans le canal Teams de l'équipe.",
        "Retour sur la formation compétence culturelle : 92 % de satisfaction.",
        "Partenariat avec Le Phare pour les paniers alimentaires prolongé jusqu'en juin.",
    ], [
        "Volume: %d new intakes this month, stable." % r.randint(60, 160),
        "Tigrinya interpreting still > 5 days wait; Sophie is following up with BRI.",
        "Complex case discussed (presented without name): agreed to refer to psychiatry earlier.",
        "New breastfeeding room on the 1st floor.",
        "Reminder: no patient names in the team Teams channel.",
        "Cultural competence training feedback: 92% satisfaction.",
        "Food basket partnership with Le Phare extended to June.",
    ])
    sel = r.sample(pts, r.randint(4, 6))
    m.subject = T(lang, "Compte rendu - réunion d'équipe du %s" % fdate(m.date.date(), "fr"), "Minutes - team meeting %s" % fdate(m.date.date(), "en"))
    present = ", ".join(staff_plain(s) for s in r.sample(STAFF, 5))
    body = [T(lang, "Présents : %s" % present, "Present: %s" % present), ""] + ["%d. %s" % (i + 1, p) for i, p in enumerate(sel)]
    if r.random() < 0.5:
        m.attach(make_docx(body, title=m.subject), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 T(lang, "CR_reunion_%s.docx" % m.date.strftime("%Y%m%d"), "minutes_%s.docx" % m.date.strftime("%Y%m%d")))
        m.text = "\n".join([greet(r, lang), "", T(lang, "Compte rendu en pièce jointe.", "Minutes attached."), "", sign(r, sec, lang, short=True)])
    else:
        m.text = "\n".join([greet(r, lang), ""] + body + ["", sign(r, sec, lang, short=True)])
    m.note = T(lang, "compte rendu de réunion sans patient identifié", "meeting minutes without identifiable patient")
    return m


def n_social_event(c, lang):
    r = c.rng
    m = c.mail("staff_social", lang)
    a = c.staff()
    m.frm = c.who(a)
    m.to = [(T(lang, "Équipe", "Team"), "equipe@" + CLINIC_DOM)]
    who = c.staff()
    k = r.randrange(3)
    if k == 0:
        m.subject = T(lang, "Départ à la retraite de %s" % staff_plain(who), "%s's retirement" % staff_plain(who))
        body = T(lang, "Après 22 ans, %s prend sa retraite! 5 à 7 le %s à la cafétéria. Contribution pour le cadeau : 10 $." % (
            staff_name(who), fday(c.future(m).date(), "fr")),
            "After 22 years, %s is retiring! Get-together on %s, cafeteria, 5-7 pm. Gift contribution: $10." % (
                staff_name(who), fday(c.future(m).date(), "en")))
    elif k == 1:
        m.subject = T(lang, "Repas-partage interculturel", "Intercultural potluck")
        body = T(lang, "Repas-partage vendredi midi : injera, pupusas, mantu, griot, bortsch... Inscrivez votre plat dans le tableau partagé!",
                 "Potluck Friday noon: injera, pupusas, mantu, griot, borscht... Add your dish to the shared sheet!")
    else:
        m.subject = T(lang, "Merci!", "Thank you!")
        body = T(lang, "Merci à toute l'équipe et aux interprètes pour la semaine intense de l'arrivée du groupe de réfugiés "
                       "réinstallés. %d bilans en 4 jours!" % r.randint(40, 90),
                 "Thanks to the whole team and the interpreters for the intense week of the resettled group's arrival. "
                 "%d intakes in 4 days!" % r.randint(40, 90))
    m.text = "\n".join([greet(r, lang), "", body, "", staff_plain(a).split()[0]])
    if r.random() < 0.4:
        m.html = True
    m.note = T(lang, "vie d'équipe", "staff social")
    return m


def n_vcard_partner(c, lang):
    r = c.rng
    m = c.mail("partner_vcard", lang)
    a = c.staff("community", "social", "coordinator")
    m.frm = c.who(a)
    m.to = [c.who(c.staff())]
    if r.random() < 0.5:
        ct = r.choice(PARTNER_CONTACTS)
        org = r.choice([p[0] for p in [("Maison d'accueil Le Phare",), ("Centre communautaire Tisserand",), ("Collectif haïtien Lakay",)]])
        vcf = make_vcf("%s %s" % ct, ct[1], ct[0], org=org, tel="514-555-01%02d" % r.randint(20, 99),
                       email="%s@partenaire.example" % strip_accents(ct[0]).lower().replace("-", ""),
                       title=T(lang, "Coordonnateur(trice) des services d'établissement", "Settlement services coordinator"))
        fn = "%s_%s.vcf" % (strip_accents(ct[0]), strip_accents(ct[1]))
    else:
        it = r.choice(INTERPRETERS)
        vcf = make_vcf("%s %s" % it[:2], it[1], it[0], org=INTERP_AGENCY, tel="514-555-01%02d" % r.randint(20, 99),
                       email="%s@%s" % (strip_accents(it[0]).lower(), INTERP_DOM), title=T(lang, "Interprète %s" % it[2], "%s interpreter" % LANG_EN[it[2]]))
        fn = "%s.vcf" % strip_accents(it[0])
    m.attach(vcf, "text/x-vcard; charset=utf-8", fn, cte=r.choice(["7bit", "base64", "quoted-printable"]) if all(b < 128 for b in vcf) else "base64")
    m.subject = T(lang, "Contact", "Contact")
    m.text = "\n".join([greet(r, lang), "", T(lang, "Voici les coordonnées demandées (contact professionnel).", "Here is the professional contact you asked for."),
                        "", sign(r, a, lang, short=True)])
    m.note = T(lang, "vCard d'un partenaire / interprète", "partner / interpreter vCard")
    return m


def n_templates_zip(c, lang):
    r = c.rng
    m = c.mail("templates_zip", lang)
    a = c.staff("records", "clerk", "manager")
    m.frm = c.who(a)
    m.to = [(T(lang, "Nouveaux employés", "New staff"), "accueil-employes@" + CLINIC_DOM)]
    files = [(T(lang, "gabarits/lettre_reference_VIERGE.docx", "templates/referral_letter_BLANK.docx"),
              make_docx([T(lang, "Madame, Monsieur,", "Dear colleague,"), T(lang, "Je vous réfère [NOM DU PATIENT], né(e) le [DDN], pour [MOTIF].",
                                                                          "I am referring [PATIENT NAME], born [DOB], for [REASON].")],
                        title=T(lang, "Lettre de référence", "Referral letter"))),
             (T(lang, "gabarits/liste_garde_VIERGE.xlsx", "templates/signout_BLANK.xlsx"),
              make_xlsx([("Liste", [T(lang, ["Lit", "Nom", "Problème", "À faire"], ["Bed", "Name", "Problem", "To do"])])])),
             (T(lang, "LISEZMOI.txt", "README.txt"), T(lang, "Gabarits de la clinique - ne pas enregistrer de données réelles dans ce dossier.\n",
                                                        "Clinic templates - never save real data in this folder.\n").encode("utf-8"))]
    m.attach(make_zip(files), "application/zip", T(lang, "trousse_accueil_gabarits.zip", "onboarding_templates.zip"))
    m.subject = T(lang, "Trousse d'accueil - gabarits", "Onboarding kit - templates")
    m.text = "\n".join([greet(r, lang), "", T(lang, "Bienvenue! Les gabarits sont dans le fichier compressé.", "Welcome! Templates are in the zip file."),
                        "", sign(r, a, lang)])
    m.note = T(lang, "ZIP de gabarits vierges", "ZIP of blank templates")
    return m


def n_survey(c, lang):
    r = c.rng
    m = c.mail("experience_survey", lang)
    an = c.staff("data analyst", "manager")
    m.frm = c.who(an)
    m.to = [(T(lang, "Équipe", "Team"), "equipe@" + CLINIC_DOM)]
    n = r.randint(80, 300)
    rows = [T(lang, ["Langue du sondage", "Répondants", "Satisfaction globale (%)", "Compris les explications (%)"],
              ["Survey language", "Respondents", "Overall satisfaction (%)", "Understood explanations (%)"])]
    for it in r.sample(INTERPRETERS, 6):
        rows.append([T(lang, it[2], LANG_EN[it[2]]), r.randint(8, 60), r.randint(70, 98), r.randint(55, 95)])
    m.subject = T(lang, "Sondage expérience patient - résultats", "Patient experience survey - results")
    m.html = "<html><body><p>%s</p><p>%s</p>%s<p>%s</p></body></html>" % (
        greet(r, lang), T(lang, "Résultats agrégés du sondage (%d répondants, anonymes)." % n, "Aggregate survey results (%d anonymous respondents)." % n),
        html_table(rows, r), sign(r, an, lang, short=True))
    m.note = T(lang, "résultats agrégés de sondage", "aggregate survey results")
    return m


def n_lab_notice(c, lang):
    r = c.rng
    m = c.mail("lab_notice", lang)
    m.frm = (T(lang, "Laboratoire %s - direction" % HOSP_SHORT, "%s Laboratory - management" % HOSP_SHORT), "labo-direction@" + HOSP_DOM)
    m.to = [(T(lang, "Prescripteurs", "Prescribers"), "prescripteurs@" + HOSP_DOM)]
    body = r.choice(T(lang, [
        "À compter du %s, les tubes QuantiFERON-TB Gold Plus doivent arriver au laboratoire dans les 16 h. Seuil de positivité "
        "inchangé (0,35 UI/mL). Un résultat indéterminé doit être repris.",
        "La sérologie Strongyloides sera désormais envoyée au laboratoire de référence; délai de 10 jours ouvrables à partir du %s.",
        "Nouveaux intervalles de référence pour la ferritine chez l'enfant à compter du %s (voir tableau).",
    ], [
        "As of %s, QuantiFERON-TB Gold Plus tubes must reach the lab within 16 h. Positivity cut-off unchanged (0.35 IU/mL). "
        "An indeterminate result should be repeated.",
        "Strongyloides serology will now be sent to the reference lab; 10 business-day turnaround from %s.",
        "New paediatric ferritin reference intervals from %s (see table).",
    ])) % fdate(c.future(m, 7, 30).date(), lang)
    m.subject = T(lang, "Avis du laboratoire - changement de procédure", "Laboratory notice - procedure change")
    m.text = "\n".join([greet(r, lang), "", body, "", T(lang, "Direction du laboratoire", "Laboratory management")])
    if "ferritin" in body.lower():
        m.attach(make_pdf([T(lang, "Âge | Intervalle (µg/L)", "Age | Interval (ug/L)"), "6 mois - 1 an | 12-80", "1-5 ans | 14-60",
                           "6-12 ans | 14-70"], title=m.subject, compress=True), "application/pdf", "ferritine.pdf")
    m.note = T(lang, "avis de laboratoire général", "general lab notice")
    return m


def n_thread(c, lang):
    r = c.rng
    m = c.mail("thread_staff", lang)
    a, b = c.two_staff(("nurse", "physician", "coordinator"), ("manager", "coordinator", "nurse"))
    m.frm = c.who(a)
    m.to = [c.who(b)]
    k = r.randrange(3)
    if k == 0:
        subj0 = T(lang, "Couverture clinique TB mardi", "TB clinic coverage Tuesday")
        orig = T(lang, "Quelqu'un peut couvrir la clinique TB mardi matin? J'ai %d suivis IGRA et 2 débuts de traitement au "
                       "programme, l'interprète dari est déjà réservé." % r.randint(4, 9),
                 "Can anyone cover TB clinic Tuesday morning? I have %d IGRA follow-ups and 2 treatment starts booked, the "
                 "Dari interpreter is already confirmed." % r.randint(4, 9))
        rep = T(lang, "Je peux le faire. Envoie-moi la liste par le DME (pas par courriel).", "I can do it. Send me the list through the EMR (not by e-mail).")
    elif k == 1:
        subj0 = T(lang, "Salle d'allaitement", "Breastfeeding room")
        orig = T(lang, "Plusieurs mamans demandent un endroit pour allaiter pendant l'attente. Est-ce que le local 1.08 peut servir?",
                 "Several mothers asked for a place to breastfeed while waiting. Could room 1.08 be used?")
        rep = T(lang, "Bonne idée, je vérifie avec les services techniques.", "Good idea, I'll check with facilities.")
    else:
        subj0 = T(lang, "Trousses d'hygiène", "Hygiene kits")
        orig = T(lang, "On manque de trousses d'hygiène pour les familles qui arrivent de l'aéroport. Le Phare peut en fournir 50?",
                 "We're out of hygiene kits for families coming from the airport. Can Le Phare provide 50?")
        rep = T(lang, "Oui, livraison jeudi.", "Yes, delivery Thursday.")
    dt0 = m.date - datetime.timedelta(hours=r.randint(2, 30))
    m.subject = "RE: " + subj0
    m.text = "\n".join([rep, "", sign(r, a, lang, short=True), "", quote_header(r, lang, staff_name(b), dt0, subj0),
                        quote(orig + "\n\n" + staff_plain(b), r)])
    if r.random() < 0.4:
        m.html = True
    m.note = T(lang, "fil entre employés sans patient identifié", "staff thread without identifiable patient")
    return m


def n_procurement(c, lang):
    r = c.rng
    m = c.mail("purchase_order", lang)
    a = c.staff("admin", "manager", "pharmacist")
    m.frm = c.who(a, hosp=True)
    m.to = [("Commandes", "commandes@distribution-laurentide.example")]
    po = "BC-%07d" % r.randint(1000000, 9999999)
    items = T(lang, [("Tubersol 5 UT/0,1 mL, 1 mL", 20), ("Tubes QuantiFERON (trousse de 50)", 6), ("Vaccin RRO, 10 doses", 12),
                     ("Perméthrine crème 5 %, 60 g", 30), ("Lecteurs de glycémie", 5), ("Thermomètres tympaniques", 4)],
             [("Tubersol 5 TU/0.1 mL, 1 mL", 20), ("QuantiFERON tubes (kit of 50)", 6), ("MMR vaccine, 10 doses", 12),
              ("Permethrin 5% cream, 60 g", 30), ("Glucose meters", 5), ("Tympanic thermometers", 4)])
    sel = r.sample(items, r.randint(2, 5))
    rows = [T(lang, ["Article", "Qté", "No d'actif / lot"], ["Item", "Qty", "Asset / lot no."])]
    for it, q in sel:
        rows.append([it, q * r.randint(1, 3), _luhn_serials(r, 1)[0]])
    m.subject = T(lang, "Bon de commande %s" % po, "Purchase order %s" % po)
    m.text = "\n".join([greet(r, lang), "", T(lang, "Veuillez traiter le bon de commande ci-dessous. Livraison au quai B.",
                                               "Please process the purchase order below. Deliver to dock B."), ""] +
                       [" | ".join(str(x) for x in row) for row in rows] + ["", sign(r, a, lang)])
    m.note = T(lang, "bon de commande (numéros d'actif à clé Luhn)", "purchase order (Luhn-valid asset numbers)")
    return m
