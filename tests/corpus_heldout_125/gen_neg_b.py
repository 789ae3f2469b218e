"""Negative templates, part B: newsletters, committees, conferences, postings, statistics, teaching, notices."""
import datetime

import gen_clin as K
import gen_common as C
from gen_pos_a import DOM, L, drname, who


def allstaff(m):
    return (L(m, "Tout le personnel — CMOCB", "All staff - bariatric program"), "tous.cmocb@" + DOM)


# ---------------------------------------------------------------- newsletter
def newsletter(c, lang):
    m = c.new(lang, False)
    r = m.rng
    frm = (L(m, "Infolettre CMOCB", "Bariatric Program Newsletter"), "infolettre@" + DOM)
    a, b, d = r.sample([x for x in C.STAFF if x[4].endswith("surgeon") or x[4] in ("internist, obesity medicine", "endocrinologist")], 3)
    items = L(m, [
        "%s a reçu le prix d'excellence de la Société québécoise d'obésité pour ses travaux sur la rémission du diabète de type 2 après bypass." % drname(a, "fr"),
        "Bienvenue à Mme Noémie Gauvreau, nutritionniste, qui animera les ateliers « Manger après un sleeve ».",
        "%s présentera au congrès de Trois-Lacs : « Reflux après gastrectomie pariétale : qui convertir? »" % drname(b, "fr"),
        "Nouveau : la clinique de carences (fer, B12, vitamine D) est ouverte les mardis PM sous la responsabilité de %s." % drname(d, "fr"),
        "Statistiques du trimestre : 142 interventions, durée moyenne de séjour 1,6 jour, 0 décès.",
    ], [
        "%s received the Quebec Obesity Society excellence award for work on type 2 diabetes remission after bypass." % drname(a, "en"),
        "Welcome to Ms. Noémie Gauvreau, RD, who will run the 'Eating after sleeve' workshops.",
        "%s will speak at the Trois-Lacs congress: 'Reflux after sleeve gastrectomy: whom to convert?'" % drname(b, "en"),
        "New: the deficiency clinic (iron, B12, vitamin D) now runs Tuesday afternoons, led by %s." % drname(d, "en"),
        "Quarter in numbers: 142 procedures, mean length of stay 1.6 days, 0 deaths.",
    ])
    r.shuffle(items)
    title = L(m, "L'Infolettre bariatrique — édition %s", "Bariatric News - %s edition") % r.choice(["printemps", "été", "automne"] if lang == "fr" else ["spring", "summer", "fall"])
    html = ("<html><body style='font-family:Georgia,serif'><h1>%s</h1>" % title +
            "".join("<h3>&#9632;</h3><p>%s</p>" % x.replace("«", "&laquo;").replace("»", "&raquo;") for x in items) +
            "<hr><p style='font-size:9pt'>%s — %s, %s — %s<br>%s</p></body></html>" % (
                C.ORG["fr"] if lang == "fr" else C.ORG["en"], C.ORG["addr"], C.ORG["city"], C.ORG["tel"],
                L(m, "Pour vous désabonner, répondez « retrait ».", "To unsubscribe, reply 'remove'.")))
    text = title + "\n\n" + "\n\n* ".join([""] + items).strip() + "\n"
    return m.finish("newsletter", L(m, "infolettre du programme", "program newsletter"), frm, allstaff(m), title,
                    m.body(text, html=html, mode=r.choice(["html", "alt"])))


# ---------------------------------------------------------------- committee notice
def committee(c, lang):
    m = c.new(lang, False)
    r = m.rng
    s, frm = who(m, "pharmacist")
    d = c.when().date()
    agenda = L(m, ["Adoption du procès-verbal du %s" % (d - datetime.timedelta(days=28)).isoformat(),
                   "Protocole de thromboprophylaxie post-bariatrique (énoxaparine 40 mg BID x 28 j) — Dr Fraser",
                   "Formulaire : ajout du citrate de calcium à croquer",
                   "Revue des événements indésirables T2 (données agrégées)",
                   "Varia"],
               ["Approval of minutes of %s" % (d - datetime.timedelta(days=28)).isoformat(),
                "Post-bariatric VTE prophylaxis protocol (enoxaparin 40 mg BID x 28 d) - Dr Fraser",
                "Formulary: adding chewable calcium citrate",
                "Q2 adverse event review (aggregate data)",
                "Other business"])
    text = L(m, "Convocation — Comité de pharmacologie et thérapeutique\n\nDate : %s, 12 h à 13 h, salle du conseil (B-220) et Teams\n\nOrdre du jour :\n%s\n\n"
                "Membres : Dre Lemieux (présidente), Dr Vachon, Mme Ferreira, M. Ménard.\n\n%s",
             "Notice - Pharmacy and Therapeutics Committee\n\nDate: %s, noon to 1 pm, board room (B-220) and Teams\n\nAgenda:\n%s\n\n"
             "Members: Dr Lemieux (chair), Dr Vachon, Ms. Ferreira, Mr. Ménard.\n\n%s") % (
        C.fday(d, lang), "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(agenda)), C.signature(s, lang, r))
    atts = []
    if r.random() < 0.5:
        atts.append(m.ics("comite.ics" if lang == "fr" else "committee.ics", uid="ptc-%d@%s" % (m.n, DOM),
                          start=datetime.datetime(d.year, d.month, d.day, 12), end=datetime.datetime(d.year, d.month, d.day, 13),
                          summary=L(m, "Comité de pharmacologie", "P&T Committee"), location="B-220 / Teams", organizer=("Nadia Ferreira", frm[1])))
    root = m.mixed(m.body(text), atts) if atts else m.body(text)
    return m.finish("committee", L(m, "convocation de comité", "committee notice"), frm, allstaff(m),
                    L(m, "Convocation — Comité de pharmacologie", "Notice - P&T Committee"), root)


# ---------------------------------------------------------------- conference programme
def conference(c, lang):
    m = c.new(lang, False)
    r = m.rng
    frm = (L(m, "Secrétariat du congrès", "Congress secretariat"), "info@congres-obesite-troislacs.example")
    speakers = r.sample(C.STAFF[:5] + [("Marie", "Desjardins", "F", "", "", ""), ("Thomas", "Hughes", "M", "", "", "")], 5)
    topics = L(m, ["Sleeve et RGO : données à 10 ans", "Carences en thiamine après chirurgie bariatrique", "Agonistes GLP-1 avant et après chirurgie",
                   "Grossesse après bypass", "Hyperphagie boulimique : dépistage préopératoire", "Hypoglycémies post-bypass"],
               ["Sleeve and GERD: 10-year data", "Thiamine deficiency after bariatric surgery", "GLP-1 agonists before and after surgery",
                "Pregnancy after bypass", "Binge eating: pre-operative screening", "Post-bypass hypoglycemia"])
    r.shuffle(topics)
    rows = [[L(m, "Heure", "Time"), L(m, "Conférencier", "Speaker"), L(m, "Sujet", "Topic")]]
    for i, sp in enumerate(speakers):
        rows.append(["%02d:%02d" % (8 + i, 30), ("Dr " if lang == "en" or sp[2] == "M" else "Dre ") + sp[0] + " " + sp[1], topics[i]])
    text = L(m, "Journée scientifique en médecine de l'obésité — programme préliminaire\n\n[[T]]\n\nInscription : 175 $ (résidents gratuits). Crédits FMOQ 6 h.",
             "Obesity medicine scientific day - preliminary programme\n\n[[T]]\n\nRegistration: $175 (residents free). 6 CME credits.")
    atts = [m.pdf(L(m, "programme_journee.pdf", "programme.pdf"), L(m, "Programme", "Programme"), "\n".join(" | ".join(x) for x in rows))] if r.random() < 0.5 else []
    body = m.body(text, tables={"[[T]]": rows})
    return m.finish("conference", L(m, "programme de congrès avec conférenciers", "conference programme with speakers"), frm,
                    allstaff(m), L(m, "Journée scientifique — programme", "Scientific day - programme"), m.mixed(body, atts) if atts else body)


# ---------------------------------------------------------------- job posting
def job_posting(c, lang):
    m = c.new(lang, False)
    r = m.rng
    frm = (L(m, "Ressources humaines", "Human Resources"), "rh@" + DOM)
    poste = r.choice([L(m, "Nutritionniste (Dt.P.)", "Registered Dietitian"), L(m, "Psychologue", "Psychologist"),
                      L(m, "Infirmière clinicienne", "Clinical Nurse"), L(m, "Agente administrative", "Administrative Officer")])
    text = L(m, "AFFICHAGE INTERNE no 2025-%03d\n\nPoste : %s — Clinique de médecine de l'obésité et de chirurgie bariatrique\nStatut : temps complet permanent, jour\n"
                "Fonctions : évaluations préopératoires, suivi post-opératoire des patients opérés (sleeve, bypass), animation du groupe de soutien.\n"
                "Exigences : membre de l'ordre professionnel; expérience en diabète ou obésité un atout.\nÉchelle salariale : 31,20 $ à 52,40 $/h\n"
                "Période d'affichage : jusqu'au %s.\n\nPostuler : rh@%s",
             "INTERNAL POSTING no. 2025-%03d\n\nPosition: %s - Obesity Medicine and Bariatric Surgery Program\nStatus: full-time permanent, days\n"
             "Duties: pre-op assessments, post-op follow-up of surgical patients (sleeve, bypass), support group facilitation.\n"
             "Requirements: member of professional order; diabetes or obesity experience an asset.\nSalary: $31.20 to $52.40/h\n"
             "Posting open until %s.\n\nApply: rh@%s") % (r.randrange(1, 400), poste, c.when().date().isoformat(), DOM)
    return m.finish("job_posting", L(m, "affichage de poste", "job posting"), frm, allstaff(m),
                    L(m, "Affichage — %s", "Posting - %s") % poste, m.body(text))


# ---------------------------------------------------------------- public support-group announcement
def support_notice(c, lang):
    m = c.new(lang, False)
    r = m.rng
    s, frm = who(m, "nurse navigator")
    d = c.when().date()
    theme = r.choice([L(m, "Vivre avec un bypass : les carences, parlons-en", "Living with a bypass: let's talk deficiencies"),
                      L(m, "Reprise de poids après sleeve : témoignages", "Weight regain after sleeve: stories"),
                      L(m, "L'alcool après la chirurgie", "Alcohol after surgery")])
    text = L(m, "GROUPE D'ENTRAIDE « NOUVELLE VIE »\n\nProchaine rencontre : %s, 19 h, salle communautaire du pavillon B.\nThème : %s\n"
                "Animation : %s, infirmière pivot, avec la participation de Dre Lemieux.\nOuvert aux personnes opérées et en attente, ainsi qu'à leurs proches.\n"
                "Aucune inscription requise. Stationnement gratuit après 18 h.\n\nInfo : 819 555-0100, poste 2240",
             "'NEW LIFE' PEER SUPPORT GROUP\n\nNext meeting: %s, 7 pm, community room, pavilion B.\nTopic: %s\n"
             "Facilitator: %s, nurse navigator, with Dr Lemieux.\nOpen to people who have had surgery or are waiting, and their families.\n"
             "No registration needed. Free parking after 6 pm.\n\nInfo: 819 555-0100, ext. 2240") % (C.fday(d, lang), theme, s[0] + " " + s[1])
    return m.finish("support_group_notice", L(m, "annonce publique du groupe de soutien", "support group announcement"), frm,
                    (L(m, "Liste de diffusion — groupe Nouvelle Vie", "New Life group mailing list"), "nouvellevie-annonces@" + DOM),
                    L(m, "Groupe d'entraide — %s", "Support group - %s") % d.isoformat(), m.body(text, mode=r.choice(["html", "alt", "plain"])))


# ---------------------------------------------------------------- de-identified teaching case
def teaching(c, lang):
    m = c.new(lang, False)
    r = m.rng
    s, frm = who(m, "surgeon")
    to = [C.staff_addr(C.staff(r, "resident")), ("Résidents chirurgie" if lang == "fr" else "Surgery residents", "residents.chir@" + DOM)]
    age = r.randrange(28, 60)
    b = K.bmi(r)
    lab = K.lab_value(r, r.choice(K.DEFICIENCY), lang)
    text = L(m, "Cas pour la présentation de jeudi (dénominalisé) :\n\nFemme de %d ans, IMC %s, %s. RYGB il y a 3 ans. Consulte pour %s. %s.\n\n"
                "Questions :\n1. Diagnostic différentiel?\n2. Quelle supplémentation?\n3. Quand penser à une hernie interne?\n\nMerci de ne pas ajouter d'identifiants aux diapos.\n%s",
             "Case for Thursday's teaching (de-identified):\n\nA %d-year-old woman, BMI %s, %s. RYGB 3 years ago. Presents with %s. %s.\n\n"
             "Questions:\n1. Differential?\n2. What supplementation?\n3. When to suspect internal hernia?\n\nPlease do not add identifiers to the slides.\n%s") % (
        age, K.fbmi(b, lang), ", ".join(K.comorb(r, lang, "F", 2)), K.complic(r, lang, "RYGB"), lab, drname(s, lang))
    atts = []
    if r.random() < 0.4:
        atts.append(m.docx(L(m, "cas_enseignement.docx", "teaching_case.docx"), L(m, "Cas clinique", "Clinical case"), text.split("\n")))
    body = m.body(text)
    return m.finish("teaching_case", L(m, "cas d'enseignement dénominalisé", "de-identified teaching case"), frm, to,
                    L(m, "Cas clinique — jeudi", "Teaching case - Thursday"), m.mixed(body, atts) if atts else body)


# ---------------------------------------------------------------- aggregate statistics
def stats(c, lang):
    m = c.new(lang, False)
    r = m.rng
    s, frm = who(m, "program manager")
    rows = [[L(m, "Trimestre", "Quarter"), "Sleeve", "RYGB", "DS/SADI-S", L(m, "Fuites", "Leaks"), L(m, "Réadmissions 30 j", "30-d readmissions"),
             L(m, "IMC moyen", "Mean BMI"), L(m, "Attente médiane (sem.)", "Median wait (wk)")]]
    for q in range(1, 5):
        rows.append(["2025-T%d" % q if lang == "fr" else "2025-Q%d" % q, r.randrange(25, 60), r.randrange(10, 30), r.randrange(2, 9), r.randrange(0, 3),
                     r.randrange(2, 9), K.fbmi(K.bmi(r, 44, 48), lang), r.randrange(30, 70)])
    text = L(m, "Bonjour,\n\nTableau de bord du programme pour la reddition de comptes. Taux de fuite global 0,6 %%, carence en fer chez 31 %% des patients à 2 ans, "
                "72 %% de rémission du diabète à 1 an (n = 88).\n\n[[T]]\n\n%s",
             "Hello,\n\nProgram dashboard for the accountability report. Overall leak rate 0.6%%, iron deficiency in 31%% of patients at 2 years, "
             "72%% diabetes remission at 1 year (n = 88).\n\n[[T]]\n\n%s") % C.signature(s, lang, r)
    to = (L(m, "Direction des services professionnels", "Professional Services Directorate"), "dsp@" + DOM)
    if r.random() < 0.5:
        root = m.mixed(m.body(text.replace("[[T]]", L(m, "(tableau joint)", "(table attached)"))),
                       [m.xlsx(L(m, "tableau_bord_2025.xlsx", "dashboard_2025.xlsx"), [("2025", rows)])])
    else:
        root = m.body(text, tables={"[[T]]": rows})
    return m.finish("statistics", L(m, "statistiques agrégées du programme", "aggregate program statistics"), frm, to,
                    L(m, "Tableau de bord bariatrie 2025", "Bariatric dashboard 2025"), root)


# ---------------------------------------------------------------- research protocol (no participant identities)
def research(c, lang):
    m = c.new(lang, False)
    r = m.rng
    s, frm = who(m, "internist")
    to = ("Comité d'éthique de la recherche", "cer@" + DOM)
    text = L(m, "Bonjour,\n\nVeuillez trouver la version 3.1 du protocole « Thiamine préventive après sleeve : essai randomisé (THIA-SLV) ». "
                "Critères d'inclusion : adultes 18-65 ans, IMC ≥ 40, sleeve primaire. Exclusion : grossesse, IRC stade 4. "
                "Taille d'échantillon : 240. Les participants seront identifiés par un code d'étude (TS-001 à TS-240) seulement.\n\n%s",
             "Hello,\n\nPlease find version 3.1 of the protocol 'Preventive thiamine after sleeve: a randomized trial (THIA-SLV)'. "
             "Inclusion: adults 18-65, BMI >= 40, primary sleeve. Exclusion: pregnancy, CKD stage 4. Sample size: 240. "
             "Participants will be identified by study code only (TS-001 to TS-240).\n\n%s") % C.signature(s, lang, r)
    prot = L(m, "PROTOCOLE THIA-SLV v3.1\n\n1. Contexte\nLes carences en thiamine surviennent chez 1 à 49 %% des patients...\n2. Objectifs\n3. Méthodes\n"
                "Randomisation 1:1 par blocs de 4, stratifiée par sexe.\n4. Analyses\n5. Confidentialité : aucune donnée nominative ne quittera le site.\n",
             "THIA-SLV PROTOCOL v3.1\n\n1. Background\nThiamine deficiency occurs in 1 to 49%% of patients...\n2. Objectives\n3. Methods\n"
             "1:1 randomisation in blocks of 4, stratified by sex.\n4. Analysis\n5. Confidentiality: no identifying data will leave the site.\n").replace("%%", "%")
    att = m.pdf("THIA-SLV_protocole_v3.1.pdf" if lang == "fr" else "THIA-SLV_protocol_v3.1.pdf", "THIA-SLV", prot) if r.random() < 0.5 else \
        m.docx("THIA-SLV_v3.1.docx", "THIA-SLV", prot.split("\n"))
    return m.finish("research_protocol", L(m, "protocole de recherche sans participants", "research protocol without participants"),
                    frm, to, L(m, "Soumission CER — THIA-SLV v3.1", "REB submission - THIA-SLV v3.1"), m.mixed(m.body(text), [att]))


# ---------------------------------------------------------------- drug shortage
def shortage(c, lang):
    m = c.new(lang, False)
    r = m.rng
    s, frm = who(m, "pharmacist")
    drug = r.choice([(L(m, "thiamine injectable 100 mg/mL", "thiamine injection 100 mg/mL"), L(m, "thiamine PO 100 mg TID", "oral thiamine 100 mg TID")),
                     (L(m, "cyanocobalamine injectable 1000 mcg/mL", "cyanocobalamin 1000 mcg/mL injection"), L(m, "B12 sublinguale 1000 mcg DIE", "sublingual B12 1000 mcg daily")),
                     (L(m, "fer sucrose (Venofer)", "iron sucrose (Venofer)"), L(m, "dérisomaltose ferrique", "ferric derisomaltose"))])
    lot = C.luhn_serial(r, 10)
    text = L(m, "AVIS DE PÉNURIE\n\nProduit : %s (DIN %08d)\nDurée prévue : 6 à 8 semaines\nAlternative recommandée : %s\n"
                "Lots restants en stock : %s (exp. 2026-03)\n\nLes patients déjà sous traitement ne sont pas touchés. Questions : pharmacie poste 2400.\n\n%s",
             "SHORTAGE NOTICE\n\nProduct: %s (DIN %08d)\nExpected duration: 6 to 8 weeks\nRecommended alternative: %s\n"
             "Remaining lots: %s (exp. 2026-03)\n\nPatients already on treatment are not affected. Questions: pharmacy ext. 2400.\n\n%s") % (
        drug[0], r.randrange(2000000, 2999999), drug[1], lot, C.signature(s, lang, r))
    return m.finish("drug_shortage", L(m, "avis de pénurie de médicament", "drug shortage notice"), frm, allstaff(m),
                    L(m, "Pénurie — %s", "Shortage - %s") % drug[0].split(" ")[0], m.body(text))


# ---------------------------------------------------------------- device recall
def recall(c, lang):
    m = c.new(lang, False)
    r = m.rng
    frm = ("MedSutura Canada", "qualite@medsutura.example")
    s, to = who(m, "OR coordinator")
    lots = [C.mod97_lot(r) for _ in range(3)]
    text = L(m, "AVIS DE RAPPEL VOLONTAIRE — Classe II\n\nProduit : cartouches de recharge d'agrafeuse linéaire 60 mm, violettes (réf. MS-6045)\n"
                "Lots visés :\n%s\nProblème : formation incomplète des agrafes possible.\nAction : retirer et mettre en quarantaine; retourner avec le formulaire ci-joint.\n\n"
                "Service qualité MedSutura Canada, 1 800 555-0188",
             "VOLUNTARY RECALL NOTICE - Class II\n\nProduct: 60 mm linear stapler reload cartridges, purple (ref. MS-6045)\nAffected lots:\n%s\n"
             "Issue: possible incomplete staple formation.\nAction: remove and quarantine; return with the attached form.\n\nQuality, MedSutura Canada, 1 800 555-0188") % (
        "\n".join("  - " + x for x in lots))
    form = [[L(m, "Établissement", "Facility"), L(m, "No de lot", "Lot no."), L(m, "Quantité", "Quantity"), L(m, "Nom du responsable", "Contact name")]] + [[C.ORG["hosp"], l, "", ""] for l in lots]
    return m.finish("recall", L(m, "avis de rappel de matériel", "device recall notice"), frm, to,
                    L(m, "Rappel — cartouches MS-6045", "Recall - MS-6045 cartridges"),
                    m.mixed(m.body(text), [m.xlsx(L(m, "formulaire_retour.xlsx", "return_form.xlsx"), [("Retour", form)])]))


# ---------------------------------------------------------------- referral directory (physicians with the diseases they treat)
def directory(c, lang):
    m = c.new(lang, False)
    r = m.rng
    s, frm = who(m, "administrative officer")
    to = ("GMF de la région", "gmf-region@liste.example")
    rows = [[L(m, "Médecin", "Physician"), L(m, "Clientèle", "Conditions treated"), L(m, "Délai", "Wait")],
            [drname(C.STAFF[3], lang), L(m, "obésité, diabète de type 2, SOPK", "obesity, type 2 diabetes, PCOS"), L(m, "8 sem.", "8 wk")],
            [drname(C.STAFF[4], lang), L(m, "diabète, hypoglycémies post-bypass", "diabetes, post-bypass hypoglycemia"), L(m, "12 sem.", "12 wk")],
            [drname(C.STAFF[0], lang), L(m, "chirurgie bariatrique primaire et révision", "primary and revisional bariatric surgery"), L(m, "14 mois", "14 months")],
            [drname(C.STAFF[1], lang), L(m, "sleeve, RGO réfractaire, hernie hiatale", "sleeve, refractory GERD, hiatal hernia"), L(m, "11 mois", "11 months")]]
    text = L(m, "Bonjour,\n\nVoici la liste à jour des médecins du programme et des clientèles acceptées. Merci d'utiliser le formulaire de référence régional.\n\n[[T]]\n\n%s",
             "Hello,\n\nUpdated list of program physicians and the conditions they accept. Please use the regional referral form.\n\n[[T]]\n\n%s") % C.signature(s, lang, r)
    return m.finish("directory", L(m, "liste des médecins et clientèles", "physician directory with conditions"), frm, to,
                    L(m, "Liste des médecins du programme", "Program physician list"), m.body(text, tables={"[[T]]": rows}))


# ---------------------------------------------------------------- generic patient education material
def education(c, lang):
    m = c.new(lang, False)
    r = m.rng
    s, frm = who(m, "dietitian")
    to = [C.staff_addr(x) for x in r.sample(C.STAFF[5:12], 3)]
    text = L(m, "Version révisée du dépliant « Vos vitamines après la chirurgie » :\n\n- Multivitamine à croquer : 2 comprimés par jour, à vie\n"
                "- Citrate de calcium 500 mg : 3 fois par jour, séparé du fer de 2 heures\n- Vitamine D3 : 2000 UI par jour\n"
                "- B12 : 1000 mcg par mois (injection) ou sublinguale\n\nSignes de carence : fatigue, fourmillements, chute de cheveux.\n"
                "Commentaires avant le %s svp.\n\n%s",
             "Revised handout 'Your vitamins after surgery':\n\n- Chewable multivitamin: 2 tablets a day, for life\n- Calcium citrate 500 mg: 3 times a day, 2 hours apart from iron\n"
             "- Vitamin D3: 2000 IU a day\n- B12: 1000 mcg monthly (injection) or sublingual\n\nSigns of deficiency: fatigue, tingling, hair loss.\n"
             "Comments by %s please.\n\n%s") % (c.when().date().isoformat(), C.signature(s, lang, r, short=True))
    atts = [m.pdf(L(m, "depliant_vitamines.pdf", "vitamins_handout.pdf"), L(m, "Vos vitamines après la chirurgie", "Your vitamins after surgery"), text)] if r.random() < 0.5 else []
    body = m.body(text)
    return m.finish("education_material", L(m, "dépliant d'enseignement générique", "generic patient handout"), frm, to,
                    L(m, "Dépliant vitamines — révision", "Vitamins handout - review"), m.mixed(body, atts) if atts else body)
