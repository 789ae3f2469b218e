"""Negative templates, part C: benefits programme info, audits, policies, HR recruiting, misc."""
import datetime as dt

import gen_attach as A
import gen_clin as K
import gen_common as C
from gen_build import Mail
from gen_mime import table_html
from gen_neg_a import luhn_serial, money
from gen_tpl import CSV, DOCX, ICS, PDF, T, VCF, XLSX, ZIP, att, mail, quote, reply_header, safe_fn, who


# N33 ---------------------------------------------------------------- supply inventory with lots and expiry
def n_supply_lots(c, lang):
    ph = c.staff("pharmacist", "ltc")
    nurse = c.staff("nurse", "ltc")
    rows = [T(lang, ["Produit", "Lot", "Expiration", "Qté", "Armoire"], ["Product", "Lot", "Expiry", "Qty", "Cabinet"])]
    for i in range(c.rint(6, 10)):
        rows.append([c.ch(["Naloxone 0,4 mg/mL", "Glucagon 1 mg", "Épinéphrine 1 mg/mL", "Salbutamol 100 mcg", "Nitroglycérine 0,4 mg",
                           "Lorazépam 1 mg SL", "Halopéridol 5 mg/mL"]), f"{c.ch('ABCKLM')}{c.rint(100000, 999999)}",
                     C.fmt_date(c.later(20, 400, weekday=False), "fr", 0), c.rint(1, 12), c.ch(["Chariot de code 3N", "Pyxis 4E", "Réserve"])])
    text = T(lang, f"{c.hello(nurse, 'fr')}\n\nVérification mensuelle du chariot de code et des armoires : les produits suivants expirent "
                   f"d'ici 90 jours. Merci de les retourner à la pharmacie.\n\n" + "\n".join(" | ".join(str(x) for x in r) for r in rows) +
             f"\n\n{c.sig(ph, 'fr')}",
             f"{c.hello(nurse, 'en')}\n\nMonthly crash cart and cabinet check: the following items expire within 90 days. Please return them "
             f"to pharmacy.\n\n" + "\n".join(" | ".join(str(x) for x in r) for r in rows) + f"\n\n{c.sig(ph, 'en')}")
    subj = T(lang, "Vérification mensuelle — produits à échéance", "Monthly check - expiring products")
    return mail(c, "supply_expiry", lang, [], "crash-cart expiring products with lots", ph, [nurse], subj, text)


# N34 ---------------------------------------------------------------- VAC fee schedule / programme info
def n_vac_fees(c, lang):
    vac = ("Anciens Combattants — Relations avec les fournisseurs" if lang == "fr" else "Veterans Affairs - Provider Relations", f"fournisseurs@{C.ORG['vac']['dom']}")
    mgr = c.staff("manager", c.ch(["osi", "audio"]))
    d = c.later(10, 60)
    rows = [[T(lang, "Code", "Code"), T(lang, "Service", "Service"), T(lang, "Tarif actuel", "Current rate"), T(lang, "Nouveau tarif", "New rate")]]
    for code, fr, en in [("PSY-01", "Psychothérapie individuelle (50 min)", "Individual psychotherapy (50 min)"),
                         ("PSY-04", "Évaluation psychologique", "Psychological assessment"),
                         ("AUD-11", "Audiogramme complet", "Complete audiogram"),
                         ("AUD-15", "Ajustement d'aides auditives", "Hearing aid fitting"),
                         ("TSO-20", "Rencontre familiale", "Family session")]:
        cur = c.rint(90, 260)
        rows.append([code, fr if lang == "fr" else en, money(cur, lang), money(cur + c.rint(3, 15), lang)])
    html = "<html><body>\n<p>" + T(lang, f"Madame, Monsieur,</p><p>Les nouveaux tarifs pour les fournisseurs inscrits entreront en vigueur le {C.fmt_date(d, 'fr', 2)} :</p>",
                                   f"Dear provider,</p><p>New rates for registered providers take effect on {C.fmt_date(d, 'en', 1)}:</p>") + "\n" + \
        table_html(rows[1:], rows[0]) + "\n<p>" + T(lang, "Aucune action n'est requise de votre part.", "No action is required on your part.") + "</p>\n</body></html>\n"
    subj = T(lang, "Avis aux fournisseurs — nouveaux tarifs", "Provider notice - new rates")
    return mail(c, "vac_fee_schedule", lang, [], "benefits programme fee schedule update", vac, [mgr], subj, html=html, structure=c.ch(["html", "alt"]))


# N35 ---------------------------------------------------------------- translation of a brochure
def n_translation(c, lang):
    aud = c.staff("audiologist", "audio")
    tr = ("Service de traduction" if lang == "fr" else "Translation Services", f"traduction@{C.ORG['hosp']['dom']}")
    body = T(lang, "Les acouphènes sont des sons perçus sans source extérieure (sifflement, bourdonnement). Ils accompagnent souvent une perte auditive "
                   "liée au bruit. Conseils : éviter le silence complet, utiliser un générateur de sons la nuit, protéger ses oreilles au travail.",
             "Tinnitus is sound heard without an external source (ringing, buzzing). It often comes with noise-induced hearing loss. Tips: avoid "
             "complete silence, use a sound generator at night, protect your ears at work.")
    pdf = A.make_pdf(["# " + T(lang, "Vivre avec les acouphènes — dépliant", "Living with tinnitus - brochure"), "", body])
    text = T(lang, f"Bonjour,\n\nPourriez-vous traduire vers l'anglais le dépliant ci-joint destiné aux usagers (environ 600 mots)? "
                   f"Échéance souhaitée : {C.fmt_date(c.later(10, 30), 'fr', 2)}. Centre de coût 7410.\n\n{c.sig(aud, 'fr')}",
             f"Hello,\n\nCould you translate the attached client brochure into French (about 600 words)? Requested by "
             f"{C.fmt_date(c.later(10, 30), 'en', 1)}. Cost centre 7410.\n\n{c.sig(aud, 'en')}")
    subj = T(lang, "Demande de traduction — dépliant acouphènes", "Translation request - tinnitus brochure")
    return mail(c, "translation_request", lang, [], "patient-education brochure sent for translation", aud, [tr], subj, text,
                attachments=[att(T(lang, "dépliant_acouphènes.pdf", "tinnitus_brochure.pdf"), PDF, pdf, c.rint(0, 2))])


# N36 ---------------------------------------------------------------- chart audit results
def n_chart_audit(c, lang):
    q = c.staff("coord", "hosp", sex="F")
    mgr = c.staff("manager", "osi")
    n = c.rint(30, 60)
    text = T(lang, f"{c.hello(mgr, 'fr')}\n\nRésultats de l'audit de tenue de dossiers ({n} dossiers tirés au hasard, clinique TSO) :\n"
                   f"- Plan de sécurité documenté lorsque idéation suicidaire : {c.rint(70, 98)} %\n- Consentement signé : {c.rint(85, 100)} %\n"
                   f"- Note d'évolution dans les 24 h : {c.rint(75, 99)} %\n- Liste de médicaments réconciliée : {c.rint(60, 95)} %\n\n"
                   f"Aucun identifiant n'est conservé dans la grille d'audit.\n\n{c.sig(q, 'fr')}",
             f"{c.hello(mgr, 'en')}\n\nChart audit results ({n} randomly selected OSI clinic charts):\n- Safety plan documented when SI present: "
             f"{c.rint(70, 98)}%\n- Signed consent: {c.rint(85, 100)}%\n- Progress note within 24 h: {c.rint(75, 99)}%\n- Medication "
             f"reconciliation: {c.rint(60, 95)}%\n\nNo identifiers are kept in the audit grid.\n\n{c.sig(q, 'en')}")
    subj = T(lang, "Audit de dossiers — résultats", "Chart audit - results")
    return mail(c, "chart_audit", lang, [], "aggregate chart audit percentages", q, [mgr], subj, text)


# N37 ---------------------------------------------------------------- ZIP of policies
def n_policy_zip(c, lang):
    q = c.staff("coord", "hosp", sex="F")
    pol1 = A.make_pdf(["# " + T(lang, "Politique — chiens d'assistance (TSPT) dans les unités", "Policy - PTSD service dogs on units"), "",
                       T(lang, "1. Les chiens d'assistance certifiés sont admis dans les aires communes et les chambres privées.",
                         "1. Certified service dogs are allowed in common areas and private rooms."),
                       T(lang, "2. Ils sont exclus des salles d'isolement et du bloc opératoire.", "2. They are excluded from isolation rooms and the OR."),
                       T(lang, "3. Le maître demeure responsable des soins de l'animal.", "3. The handler remains responsible for the animal's care.")])
    pol2 = A.make_docx([("h", T(lang, "Procédure — prévention des chutes", "Procedure - falls prevention")),
                        ("p", T(lang, "Évaluer le risque de chute à l'admission (échelle de Morse) et à chaque changement d'état.",
                                "Assess falls risk on admission (Morse scale) and at any change in condition.")),
                        ("p", T(lang, "Alarme de lit pour tout score ≥ 45.", "Bed alarm for any score ≥ 45."))], author=q.full())
    z = A.make_zip([(T(lang, "politique_chiens_assistance.pdf", "service_dog_policy.pdf"), pol1),
                    (T(lang, "procedure_chutes.docx", "falls_procedure.docx"), pol2),
                    ("LISEZMOI.txt" if lang == "fr" else "README.txt", T(lang, "Documents approuvés par le comité de direction.", "Documents approved by the executive committee."))])
    text = T(lang, f"Bonjour,\n\nVeuillez trouver les politiques révisées (fichier compressé). Elles remplacent les versions de {c.today.year - 2}.\n\n{c.sig(q, 'fr')}",
             f"Hello,\n\nPlease find the revised policies (zip). They replace the {c.today.year - 2} versions.\n\n{c.sig(q, 'en')}")
    subj = T(lang, "Politiques révisées", "Revised policies")
    return mail(c, "policy_zip", lang, [], "ZIP of revised policies", q, [("Gestionnaires", f"gestionnaires@{C.ORG['hosp']['dom']}")], subj, text,
                attachments=[att(T(lang, "politiques_révisées.zip", "revised_policies.zip"), ZIP, z, c.rint(0, 2))])


# N38 ---------------------------------------------------------------- forwarded IT notice as attached .eml
def n_fwd_eml_it(c, lang):
    it = c.staff("it", "hosp")
    mgr = c.staff("manager", c.ch(["ltc", "osi", "audio"]))
    nurse = c.staff("nurse", mgr.org)
    d0 = c.date - dt.timedelta(days=c.rint(1, 5))
    inner = Mail("inner", lang, who(it, lang), [(T(lang, "Gestionnaires", "Managers"), f"gestionnaires@{C.ORG['hosp']['dom']}")],
                 T(lang, "Nouvelle authentification à deux facteurs", "New two-factor authentication"),
                 text=T(lang, f"Bonjour,\n\nÀ compter du {C.fmt_date(c.later(5, 20), 'fr', 2)}, l'accès à distance au DME exigera "
                              f"l'authentification à deux facteurs. Installez l'application d'authentification avant cette date.\n\n{c.sig(it, 'fr')}",
                        f"Hello,\n\nStarting {C.fmt_date(c.later(5, 20), 'en', 1)}, remote EHR access will require two-factor authentication. "
                        f"Install the authenticator app before then.\n\n{c.sig(it, 'en')}"), date=d0)
    text = T(lang, f"{c.hello(nurse, 'fr')}\n\nPour info, voir le message ci-joint des TI. Peux-tu le relayer à l'équipe de nuit?\n\n{mgr.first}",
             f"{c.hello(nurse, 'en')}\n\nFYI, see the attached IT message. Could you pass it on to the night team?\n\n{mgr.first}")
    subj = T(lang, "TR: Nouvelle authentification à deux facteurs", "FW: New two-factor authentication")
    return mail(c, "forwarded_it_eml", lang, [], "IT notice forwarded as message/rfc822", mgr, [nurse], subj, text,
                rfc822=[(inner, c.ch([None, "message_TI.eml"]))])


# N39 ---------------------------------------------------------------- job interview scheduling (candidate, HR)
def n_interview(c, lang):
    hr = c.staff("hr", "hosp", sex="F")
    cand = c.staff(c.ch(["audiologist", "psychologist", "nurse"]), "hosp")
    d = c.later(3, 15)
    text = T(lang, f"{c.hello(cand, 'fr')}\n\nMerci de votre intérêt pour le poste affiché. Nous aimerions vous rencontrer en entrevue le "
                   f"{C.fmt_day(d, 'fr')} à {c.hour()}, au 1200, boulevard des Vétérans (salle 1-220). Le comité sera composé de la chef "
                   f"de service et d'une clinicienne. Merci de confirmer votre présence en répondant à ce courriel ou au {C.ORG['hosp']['tel']}.\n\n{c.sig(hr, 'fr')}",
             f"{c.hello(cand, 'en')}\n\nThank you for applying. We would like to invite you to an interview on {C.fmt_day(d, 'en')} at "
             f"{c.hour_en()}, 1200 boulevard des Vétérans (room 1-220). The panel will include the service manager and a clinician. Please "
             f"confirm by replying or calling {C.ORG['hosp']['tel']}.\n\n{c.sig(hr, 'en')}")
    subj = T(lang, "Invitation à une entrevue", "Interview invitation")
    return mail(c, "interview_invite", lang, [], "HR interview invitation to a job candidate", hr,
                [(cand.full(), f"{C.fold(cand.first)}.{C.fold(cand.last).replace(' ', '')}@courriel.example")], subj, text)


# N40 ---------------------------------------------------------------- REB approval letter
def n_reb(c, lang):
    reb = ("Comité d'éthique de la recherche" if lang == "fr" else "Research Ethics Board", f"cer@{C.ORG['hosp']['dom']}")
    pi = c.staff("psychiatrist", "osi")
    proto = f"CER-{c.today.year}-{c.rint(100, 999)}"
    title = T(lang, c.ch(["Efficacité de la thérapie assistée par chien chez les vétérans atteints de TSPT",
                          "Prévalence des acouphènes chez les vétérans de missions de maintien de la paix",
                          "Exercice supervisé et douleur chronique chez les militaires retraités"]),
              c.ch(["Effectiveness of dog-assisted therapy in veterans with PTSD", "Prevalence of tinnitus in peacekeeping veterans",
                    "Supervised exercise and chronic pain in retired service members"]))
    text = T(lang, f"{c.hello(pi, 'fr')}\n\nLe CER a approuvé le projet {proto} « {title} » pour une période d'un an à compter du "
                   f"{C.fmt_date(c.today, 'fr', 2)}. Documents approuvés : protocole v3, formulaire de consentement v2, affiche de recrutement v1.\n"
                   f"Tout événement indésirable grave doit être déclaré dans les 7 jours.\n\nLa présidente du CER",
             f"{c.hello(pi, 'en')}\n\nThe REB has approved project {proto} \"{title}\" for one year from {C.fmt_date(c.today, 'en', 1)}. "
             f"Approved documents: protocol v3, consent form v2, recruitment poster v1.\nSerious adverse events must be reported within 7 days.\n\nREB Chair")
    subj = T(lang, f"Approbation éthique — {proto}", f"Ethics approval - {proto}")
    return mail(c, "reb_approval", lang, [], "ethics approval of a study with disease topic, no participants", reb, [pi], subj, text)


# N41 ---------------------------------------------------------------- formulary changes
def n_formulary(c, lang):
    ph = c.staff("pharmacist", "hosp")
    items = T(lang, ["Ajout : prazosine — usage restreint aux cauchemars liés au TSPT, sur avis de la psychiatrie",
                     "Retrait : zopiclone 15 mg (remplacée par 7,5 mg)",
                     "Substitution automatique : apixaban générique",
                     "Nouveau protocole : déprescription des benzodiazépines chez les 75 ans et plus"],
              ["Added: prazosin - restricted to PTSD-related nightmares, on psychiatry advice",
               "Removed: zopiclone 15 mg (replaced by 7.5 mg)", "Automatic substitution: generic apixaban",
               "New protocol: benzodiazepine deprescribing for patients 75 and older"])
    text = T(lang, "Bonjour,\n\nDécisions du comité de pharmacologie du " + C.fmt_date(c.earlier(3, 15), "fr", 2) + " :\n\n",
             "Hello,\n\nDecisions of the Pharmacy & Therapeutics Committee of " + C.fmt_date(c.earlier(3, 15), "en", 1) + ":\n\n") + \
        "\n".join("- " + i for i in c.sample(items, 3)) + "\n\n" + c.sig(ph, lang)
    subj = T(lang, "Liste des médicaments — modifications", "Formulary changes")
    return mail(c, "formulary_changes", lang, [], "formulary decisions naming drugs and indications", ph,
                [("Prescripteurs", f"prescripteurs@{C.ORG['hosp']['dom']}")], subj, text)


# N42 ---------------------------------------------------------------- grand rounds announcement
def n_grand_rounds(c, lang):
    org_ = c.staff("coord", "hosp", sex="F")
    sp = c.staff(c.ch(["psychiatrist", "orl", "physiatrist", "md"]), c.ch(["osi", "hosp", "base"]))
    topic = T(lang, c.ch(["Cas clinique : acouphène pulsatile chez un vétéran de l'artillerie", "TCC léger et TSPT : démêler les symptômes",
                          "Démence et réminiscences de guerre en soins de longue durée", "Sevrage d'alcool compliqué : revue de cas"]),
              c.ch(["Case report: pulsatile tinnitus in an artillery veteran", "Mild TBI and PTSD: untangling the symptoms",
                    "Dementia and war memories in long-term care", "Complicated alcohol withdrawal: case review"]))
    d = c.later(2, 20)
    text = T(lang, f"Bonjour,\n\nVisioconférence du {C.fmt_day(d, 'fr')}, 12 h 00 : « {topic} », présentée par {sp.dr('fr')}. "
                   f"Le cas a été dépersonnalisé.\nLunch servi à l'auditorium. Crédits de formation : 1 h.\n\n{c.sig(org_, 'fr')}",
             f"Hello,\n\nGrand rounds {C.fmt_day(d, 'en')}, 12:00: \"{topic}\", presented by {sp.dr('en')}. The case has been de-identified.\n"
             f"Lunch in the auditorium. 1 hour of CME credit.\n\n{c.sig(org_, 'en')}")
    subj = T(lang, f"Visioconférence — {topic}", f"Grand rounds - {topic}")
    return mail(c, "grand_rounds", lang, [], "grand rounds announcement with de-identified case topic", org_,
                [("Médecins", f"medecins@{C.ORG['hosp']['dom']}")], subj, text)


# N43 ---------------------------------------------------------------- budget report
def n_budget(c, lang):
    fin = c.staff("coord", "hosp", sex="M")
    mgr = c.staff("manager", "ltc")
    rows = [[T(lang, "Poste", "Line"), T(lang, "Budget", "Budget"), T(lang, "Réel", "Actual"), T(lang, "Écart", "Variance")]]
    for item in T(lang, ["Salaires soins infirmiers", "Temps supplémentaire", "Main-d'œuvre indépendante", "Fournitures médicales", "Médicaments", "Alimentation"],
                  ["Nursing salaries", "Overtime", "Agency staff", "Medical supplies", "Drugs", "Food services"]):
        b = c.rint(50, 3000) * 1000
        r = b + c.rint(-80, 150) * 1000
        rows.append([item, b, r, r - b])
    data = A.make_xlsx([(T(lang, "Période 8", "Period 8"), rows)], fin.full())
    text = T(lang, f"{c.hello(mgr, 'fr')}\n\nRapport financier de la période {c.rint(3, 12)} pour l'unité de soins de longue durée des vétérans. "
                   f"Le dépassement en main-d'œuvre indépendante est à expliquer d'ici le comité de direction.\n\n{c.sig(fin, 'fr')}",
             f"{c.hello(mgr, 'en')}\n\nPeriod {c.rint(3, 12)} financial report for the veterans' long-term care unit. The agency staff overrun needs "
             f"an explanation before the executive committee.\n\n{c.sig(fin, 'en')}")
    subj = T(lang, "Rapport financier — SLD vétérans", "Financial report - veterans' LTC")
    return mail(c, "budget_report", lang, [], "unit financial report", fin, [mgr], subj, text,
                attachments=[att(T(lang, "rapport_financier.xlsx", "financial_report.xlsx"), XLSX, data)])


# N44 ---------------------------------------------------------------- base flu clinic (aggregate)
def n_base_flu(c, lang):
    nurse = c.staff("nurse", "base", sex="F")
    d = c.later(5, 25)
    text = T(lang, f"Bonjour,\n\nLa clinique de vaccination antigrippale et COVID pour les membres des FAC aura lieu du {C.fmt_date(d, 'fr', 2)} "
                   f"au {C.fmt_date(d + dt.timedelta(days=4), 'fr', 2)}, de 8 h à 15 h, à l'édifice M-12. Les commandants d'unité sont priés "
                   f"de libérer leur personnel par pelotons. L'an dernier, le taux de couverture de la base était de {c.rint(55, 80)} %.\n\n{c.sig(nurse, 'fr')}",
             f"Hello,\n\nThe flu and COVID vaccination clinic for CAF members runs from {C.fmt_date(d, 'en', 1)} to "
             f"{C.fmt_date(d + dt.timedelta(days=4), 'en', 1)}, 08:00-15:00, building M-12. Unit COs, please release personnel by platoon. "
             f"Last year's base coverage was {c.rint(55, 80)}%.\n\n{c.sig(nurse, 'en')}")
    subj = T(lang, "Clinique de vaccination — BFC Saint-Ambroise", "Vaccination clinic - CFB Saint-Ambroise")
    return mail(c, "base_flu_clinic", lang, [], "base vaccination clinic notice with coverage rate", nurse,
                [("Commandants d'unité" if lang == "fr" else "Unit COs", f"cmdt@{C.ORG['base']['dom']}")], subj, text)


# N45 ---------------------------------------------------------------- fax cover template / hearing-protection handout
def n_handout(c, lang):
    aud = c.staff("audiologist", "base")
    nurse = c.staff("nurse", "base")
    pdf = A.make_pdf(["# " + T(lang, "Protégez votre audition au champ de tir", "Protect your hearing on the range"), "",
                      T(lang, "Un seul coup de feu non protégé peut dépasser 150 dB et causer une perte auditive permanente.",
                        "A single unprotected shot can exceed 150 dB and cause permanent hearing loss."),
                      T(lang, "Portez double protection (bouchons + coquilles) pour les armes lourdes.",
                        "Wear double protection (plugs + muffs) for heavy weapons."),
                      T(lang, "Acouphènes après un exercice? Consultez le CSS dans les 72 heures.",
                        "Ringing after an exercise? See the HSC within 72 hours."),
                      "", T(lang, "Audiogramme de dépistage : tous les ans pour les métiers à risque.", "Screening audiogram: yearly for at-risk trades.")])
    text = T(lang, f"{c.hello(nurse, 'fr')}\n\nVoici le feuillet à imprimer pour la semaine de la sécurité au champ de tir. 200 copies "
                   f"recto verso SVP.\n\n{c.sig(aud, 'fr')}",
             f"{c.hello(nurse, 'en')}\n\nHere is the handout to print for range safety week. 200 double-sided copies please.\n\n{c.sig(aud, 'en')}")
    subj = T(lang, "Feuillet — protection auditive", "Handout - hearing protection")
    return mail(c, "education_handout", lang, [], "hearing-protection education handout PDF", aud, [nurse], subj, text,
                attachments=[att(T(lang, "feuillet_protection_auditive_été.pdf", "hearing_protection_handout.pdf"), PDF, pdf, c.rint(0, 2))])


# N46 ---------------------------------------------------------------- benefits processing times (statistics)
def n_processing_times(c, lang):
    vac = ("Anciens Combattants — Communications" if lang == "fr" else "Veterans Affairs - Communications", f"communications@{C.ORG['vac']['dom']}")
    mgr = c.staff("manager", "osi")
    text = T(lang, f"Bonjour,\n\nPour information, les délais de traitement des demandes de prestations d'invalidité au dernier trimestre :\n"
                   f"- Perte auditive / acouphènes : {c.rint(14, 30)} semaines (médiane)\n- Santé mentale (TSPT, dépression) : {c.rint(18, 40)} semaines\n"
                   f"- Troubles musculosquelettiques : {c.rint(16, 35)} semaines\n\n{c.rint(60, 85)} % des décisions respectent la norme de service. "
                   f"Les demandes complètes (questionnaire médical signé) sont traitées plus rapidement.\n\nDirection des communications",
             f"Hello,\n\nFor information, disability benefit processing times last quarter:\n- Hearing loss / tinnitus: {c.rint(14, 30)} weeks (median)\n"
             f"- Mental health (PTSD, depression): {c.rint(18, 40)} weeks\n- Musculoskeletal: {c.rint(16, 35)} weeks\n\n{c.rint(60, 85)}% of decisions "
             f"met the service standard. Complete applications (signed medical questionnaire) are processed faster.\n\nCommunications Branch")
    subj = T(lang, "Délais de traitement — prestations d'invalidité", "Processing times - disability benefits")
    return mail(c, "processing_times", lang, [], "benefits processing-time statistics", vac, [mgr], subj, text)
