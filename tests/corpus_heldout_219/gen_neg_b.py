"""Negative templates, part B: newsletters, committees, conferences, research, teaching, statistics."""
import datetime as _dt

import gen_data as D
import gen_mime as M
from gen_common import Att, addr_of, bullets
from gen_neg_a import guest, everyone, DOCX_T, XLSX_T, MONTH


def n_newsletter(c):
    fr = c.lang == "fr"
    comms = (c.t("Direction des communications", "Communications"), f"communications@{D.DOM}")
    d1, d2 = c.staff("cardio"), c.staff(c.pick(["inf", "kin", "nutr"]))
    sp, _, _ = guest(c, doctor=True)
    if fr:
        subj = c.pick(["Info-Cardio - édition du mois", "Le Battement - bulletin interne", "Nouvelles de la cardiologie"])
        items = [f"<h3>Prix d'excellence</h3><p>{d1.title('fr')} {d1.full}, cardiologue à la clinique d'insuffisance cardiaque, reçoit le prix "
                 f"de la Société québécoise d'IC pour ses travaux sur la titration accélérée du sacubitril/valsartan.</p>",
                 f"<h3>Réadaptation cardiaque : 25 ans</h3><p>{d2.title('fr')} {d2.full} raconte l'évolution du programme, qui accueille "
                 f"maintenant plus de 400 personnes par année après un infarctus, un pontage ou une hospitalisation pour IC.</p>",
                 f"<h3>Conférence midi</h3><p>{sp} présentera « Amylose cardiaque : dépister plus tôt » le jeudi à 12 h, amphithéâtre A.</p>"]
    else:
        subj = c.pick(["Heartbeat - monthly newsletter", "Cardiology News", "Westfield Cardiac Update"])
        items = [f"<h3>Excellence award</h3><p>{d1.title('en')} {d1.full}, cardiologist at the Heart Function Clinic, received the provincial "
                 f"HF society award for work on rapid titration of sacubitril/valsartan.</p>",
                 f"<h3>Cardiac rehab turns 25</h3><p>{d2.title('en')} {d2.full} looks back on a program that now welcomes more than 400 people a year "
                 f"after a heart attack, bypass surgery or a heart failure admission.</p>",
                 f"<h3>Noon rounds</h3><p>{sp} will present \"Cardiac amyloidosis: finding it earlier\" on Thursday at noon, Auditorium A.</p>"]
    html = ('<html><head><meta charset="CHARSET"></head><body style="font-family:Arial"><h2>' + subj + "</h2>" + "".join(items) +
            f"<hr><p style='font-size:9pt'>{c.t(D.ORG_FR, D.ORG_EN)} - {D.SITES['HRSB']['addr']} - {D.SITES['HRSB']['phone']}</p></body></html>")
    import re
    text = re.sub(r"<[^>]+>", "\n", html.replace("CHARSET", "utf-8")).strip()
    text = "\n".join(l for l in text.split("\n") if l.strip())
    return "newsletter", "internal cardiology newsletter", M.compose(c, comms, everyone(c), subj, text, html=html,
                                                                     fmt=c.pick(["html", "alt"]))


def n_committee(c):
    fr = c.lang == "fr"
    sec = c.staff(c.pick(["admin", "coord"]))
    pres, ph = c.staff("cardio"), c.staff("pharm")
    d, w = c.future(5, 30)
    if fr:
        subj = "Convocation - Comité de pharmacologie (sous-comité cardiologie)"
        body = (f"Bonjour,\n\nVous êtes convoqués à la réunion du sous-comité de cardiologie du comité de pharmacologie le {w}, salle du conseil.\n\n"
                f"Présidence : {pres.title('fr')} {pres.full}\nSecrétaire : {sec.full}\n\nOrdre du jour :\n"
                f"1. Adoption du procès-verbal\n2. Ajout du vériciguat au formulaire local (présentation : {ph.title('fr')} {ph.full})\n"
                f"3. Ordonnance collective - ajustement des diurétiques par l'infirmière en IC\n4. Fer carboxymaltose IV en clinique externe : coûts\n5. Varia\n\n" + c.sig(sec))
    else:
        subj = "Notice - Pharmacy & Therapeutics Committee (cardiology subcommittee)"
        body = (f"Hello,\n\nThe cardiology subcommittee of the P&T committee will meet on {w}, board room.\n\n"
                f"Chair: {pres.title('en')} {pres.full}\nSecretary: {sec.full}\n\nAgenda:\n1. Approval of minutes\n"
                f"2. Adding vericiguat to the local formulary (presenter: {ph.title('en')} {ph.full})\n"
                f"3. Collective order - nurse-led diuretic adjustment in HF\n4. Outpatient IV ferric carboxymaltose: costs\n5. Other business\n\n" + c.sig(sec))
    return "committee", "committee meeting notice", M.compose(c, addr_of(sec), everyone(c), subj, body)


def n_conference(c):
    fr = c.lang == "fr"
    org = c.staff(c.pick(["chef", "coord"]))
    d, w = c.future(20, 90, hour=False)
    talks = []
    for topic in c.rng.sample([("Quadrithérapie : jusqu'où titrer chez l'aîné fragile?", "Quadruple therapy: how far to titrate in frail older adults?"),
                               ("Amylose ATTR : du dépistage au tafamidis", "ATTR amyloidosis: from screening to tafamidis"),
                               ("ICFEp et iSGLT2 : ce qui a changé", "HFpEF and SGLT2 inhibitors: what changed"),
                               ("Réadaptation virtuelle après un SCA", "Virtual rehab after ACS"),
                               ("Carence martiale en IC : qui traiter?", "Iron deficiency in HF: whom to treat?")], 4):
        sp, _, _ = guest(c, doctor=True)
        talks.append(f"{sp} - {c.t(*topic)}")
    own = c.staff("cardio")
    talks.append(f"{own.title(c.lang)} {own.full} - {c.t('Cas cliniques anonymisés : la décompensation évitable', 'De-identified cases: the avoidable decompensation')}")
    prog = [c.t("# Programme", "# Programme")] + [f"{8 + i}h30  {t}" for i, t in enumerate(talks)]
    pdf = M.make_pdf(c.t("Journée régionale d'insuffisance cardiaque", "Regional Heart Failure Day"), prog)
    if fr:
        subj = "Journée régionale d'insuffisance cardiaque - programme"
        body = f"Bonjour,\n\nLa journée régionale aura lieu le {w} à l'Hôtel du Lac. Programme ci-joint (7 h de formation accréditée).\n\n{bullets(talks)}\n\n" + c.sig(org)
    else:
        subj = "Regional Heart Failure Day - programme"
        body = f"Hello,\n\nThe regional day is on {w} at the Lakeside Hotel. Programme attached (7 accredited hours).\n\n{bullets(talks)}\n\n" + c.sig(org)
    return "conference", "conference programme", M.compose(c, addr_of(org), everyone(c), subj, body,
                                                            atts=[Att(c.t("programme_journee_IC.pdf", "HF_day_programme.pdf"), "application/pdf", pdf)])


def n_research(c):
    fr = c.lang == "fr"
    pi = c.staff("cardio")
    crc = c.staff(c.pick(["coord", "inf"]))
    code = f"HB-{c.rng.randint(2023, 2025)}-{c.rng.randint(100, 999)}"
    if fr:
        subj = f"Étude {code} - critères de recrutement"
        body = (f"Bonjour à l'équipe,\n\nL'étude {code} (réadaptation cardiaque à domicile vs en centre chez les personnes avec ICFEr) est approuvée par le CER.\n\n"
                f"Critères d'inclusion : 18 ans et plus, FEVG ≤ 40 %, NYHA II-III, hospitalisation pour IC dans les 6 derniers mois.\n"
                f"Exclusion : sténose aortique sévère, DCI implanté < 30 jours, incapacité à marcher.\nObjectif : 120 participants sur 2 ans.\n\n"
                f"Merci de remettre la lettre d'information aux personnes admissibles; aucune donnée nominative ne doit nous être envoyée par courriel.\n\n"
                f"{pi.title('fr')} {pi.full}, chercheur principal\n{crc.full}, coordination de recherche")
    else:
        subj = f"Study {code} - recruitment criteria"
        body = (f"Hello team,\n\nStudy {code} (home-based vs centre-based cardiac rehab in HFrEF) is approved by the REB.\n\n"
                f"Inclusion: age 18+, LVEF ≤ 40%, NYHA II-III, HF admission within 6 months.\nExclusion: severe aortic stenosis, ICD implanted < 30 days, unable to walk.\n"
                f"Target: 120 participants over 2 years.\n\nPlease hand the information letter to eligible people; do not e-mail us any identifying data.\n\n"
                f"{pi.title('en')} {pi.full}, principal investigator\n{crc.full}, research coordinator")
    return "research", "research protocol recruitment criteria", M.compose(c, addr_of(pi), everyone(c), subj, body)


def n_grant(c):
    fr = c.lang == "fr"
    pi, fin = c.staff("cardio"), c.staff(c.pick(["admin", "coord"]))
    amt = c.rng.randint(80, 450) * 1000
    if fr:
        subj = "Subvention obtenue - budget à ouvrir"
        body = (f"Bonjour {fin.given},\n\nBonne nouvelle : notre demande à la Fondation de la recherche cardiovasculaire est acceptée ({amt:,} $ sur 3 ans).".replace(",", " ") +
                f"\nPostes prévus : kinésiologue 0,6 ETP, tablettes pour la télésurveillance (24 unités), frais de publication.\nPeux-tu ouvrir le centre de coûts?\n\n{pi.title('fr')} {pi.full}")
    else:
        subj = "Grant awarded - please open budget"
        body = (f"Hi {fin.given},\n\nGood news: our application to the Cardiovascular Research Foundation was funded (${amt:,} over 3 years).\n"
                f"Budget lines: kinesiologist 0.6 FTE, telemonitoring tablets (24 units), publication fees.\nCould you open the cost centre?\n\n{pi.title('en')} {pi.full}")
    return "grant", "research grant budget", M.compose(c, addr_of(pi), addr_of(fin), subj, body)


def n_accreditation(c):
    fr = c.lang == "fr"
    q = c.staff(c.pick(["coord", "chef"]))
    d, w = c.future(30, 80, hour=False)
    if fr:
        subj = "Visite d'Agrément - préparation clinique IC et réadaptation"
        body = (f"Bonjour,\n\nLes visiteurs d'Agrément seront sur place la semaine du {w}. Points à vérifier :\n"
                f"- double identification de l'usager avant chaque test de marche et épreuve d'effort\n- bilan comparatif des médicaments au congé\n"
                f"- vérification quotidienne du chariot de réanimation du gymnase (registre signé)\n- affichage des politiques à jour\n\n" + c.sig(q))
    else:
        subj = "Accreditation visit - HF clinic and rehab readiness"
        body = (f"Hello,\n\nAccreditation surveyors will be on site the week of {w}. Please check:\n"
                f"- two-identifier check before every walk test and exercise test\n- medication reconciliation at discharge\n"
                f"- daily crash cart check in the rehab gym (signed log)\n- current policies posted\n\n" + c.sig(q))
    return "accreditation", "accreditation visit preparation", M.compose(c, addr_of(q), everyone(c), subj, body)


def n_quality(c):
    fr = c.lang == "fr"
    q = c.staff(c.pick(["coord", "chef"]))
    n1, n2, n3 = c.rng.randint(1, 6), c.rng.randint(0, 4), c.rng.randint(2, 12)
    lines = [c.t("# Comité qualité - procès-verbal", "# Quality committee - minutes"),
             c.t(f"Présents : {q.full}, {c.staff('cardio').full}, {c.staff('inf').full}", f"Present: {q.full}, {c.staff('cardio').full}, {c.staff('inf').full}"),
             c.t(f"Chutes au gymnase de réadaptation ce trimestre : {n1} (aucune avec blessure grave).", f"Falls in the rehab gym this quarter: {n1} (none with serious injury)."),
             c.t(f"Erreurs de médication déclarées (clinique IC) : {n2}.", f"Medication errors reported (HF clinic): {n2}."),
             c.t(f"Réadmissions à 30 jours pour IC : {n3} %.", f"30-day HF readmissions: {n3}%."),
             c.t("Action : rappel de la procédure de double vérification des doses de Lasix IV.", "Action: reminder of double-check procedure for IV Lasix doses.")]
    docx = M.make_docx([("h", lines[0][2:])] + [("p", l) for l in lines[1:]])
    subj = c.t("PV comité qualité - cardiologie", "Minutes - cardiology quality committee")
    body = c.t("Bonjour,\n\nVeuillez trouver le procès-verbal de la dernière rencontre.\n\n", "Hello,\n\nPlease find the minutes of the last meeting attached.\n\n") + c.sig(q)
    return "quality", "quality committee minutes with aggregate counts", M.compose(c, addr_of(q), everyone(c), subj, body,
                                                                                 atts=[Att(c.t("PV_comité_qualité.docx", "quality_minutes.docx"), DOCX_T, docx, rfc2231=True)])


def n_directory(c):
    fr = c.lang == "fr"
    chef = c.staff("chef")
    docs = [c.staff("cardio") for _ in range(3)]
    areas = c.rng.sample([("amylose cardiaque", "cardiac amyloidosis"), ("cardiomyopathies héréditaires", "inherited cardiomyopathies"),
                          ("insuffisance cardiaque avancée et DAV", "advanced HF and LVAD"), ("cardio-oncologie", "cardio-oncology"),
                          ("hypertension pulmonaire", "pulmonary hypertension")], 3)
    rows = [f"{d.title(c.lang)} {d.full} - {c.t(*a)} ({D.SITES['HRSB']['phone']}, {c.t('poste', 'ext.')} {c.rng.randint(2200, 4899)})" for d, a in zip(docs, areas)]
    if fr:
        subj = "Guide de référence - clinique d'IC (mise à jour)"
        body = (f"Chers collègues de première ligne,\n\nVoici à qui adresser vos demandes selon la problématique :\n\n{bullets(rows)}\n\n"
                f"Les demandes se font via le CRDS avec le formulaire AH-xxx. Pour une décompensation aiguë, dirigez l'usager vers l'urgence.\n\n" + c.sig(chef))
    else:
        subj = "Referral guide - Heart Function Clinic (update)"
        body = (f"Dear primary care colleagues,\n\nWhom to refer to, by problem:\n\n{bullets(rows)}\n\n"
                f"Referrals go through the central referral desk using the standard form. For acute decompensation, send the patient to the ED.\n\n" + c.sig(chef))
    return "directory", "physician referral guide by disease area", M.compose(c, addr_of(chef), ("GMF", f"liste.gmf@{D.DOM}"), subj, body)


def n_education(c):
    fr = c.lang == "fr"
    nutr = c.staff("nutr")
    lines = [c.t("# Vivre avec l'insuffisance cardiaque", "# Living with heart failure"),
             c.t("Pesez-vous chaque matin, après avoir uriné, avant le déjeuner.", "Weigh yourself every morning after urinating, before breakfast."),
             c.t("Appelez la clinique si vous prenez plus de 2 kg en 2 jours ou 2,5 kg en une semaine.", "Call the clinic if you gain more than 2 kg in 2 days or 2.5 kg in a week."),
             c.t("Limitez le sodium à 2000 mg par jour; attention aux soupes, charcuteries et repas congelés.", "Limit sodium to 2000 mg a day; watch soups, deli meats and frozen meals."),
             c.t("Apportez toujours votre liste de médicaments à vos rendez-vous.", "Always bring your medication list to appointments."),
             c.t(f"Clinique d'insuffisance cardiaque : {D.SITES['HRSB']['phone']}", f"Heart Function Clinic: {D.SITES['WMH']['phone']}")]
    pdf = M.make_pdf(lines[0][2:], lines[1:])
    subj = c.t("Nouveau dépliant pour les usagers - version finale", "New patient leaflet - final version")
    body = c.t(f"Bonjour,\n\nVoici la version finale du dépliant, approuvée par le comité des usagers. Merci d'en imprimer pour la salle d'attente.\n\n",
               f"Hello,\n\nHere is the final leaflet, approved by the patient committee. Please print copies for the waiting room.\n\n") + c.sig(nutr)
    return "education", "generic patient education leaflet", M.compose(c, addr_of(nutr), everyone(c), subj, body,
                                                                       atts=[Att(c.t("depliant_IC.pdf", "HF_leaflet.pdf"), "application/pdf", pdf)])


def n_teaching(c):
    fr = c.lang == "fr"
    prof, res = c.staff("cardio"), c.staff("interne")
    age = c.rng.randint(58, 84)
    sexw = c.pick([("Femme", "Woman"), ("Homme", "Man")])
    fe = c.rng.randint(3, 7) * 5
    bnp = c.rng.randint(20, 90) * 100
    k = c.rng.choice(["5,6", "5,9", "6,1"]) if fr else c.rng.choice(["5.6", "5.9", "6.1"])
    if fr:
        subj = "Cas clinique pour la réunion académique (anonymisé)"
        body = (f"Bonjour {res.given},\n\nVoici le cas pour jeudi, dépersonnalisé :\n\n{sexw[0]} de {age} ans, ICFEr (FEVG {fe} %), NYHA III, DB2, IRC stade 3b. "
                f"Sous Entresto 97/103 mg BID, bisoprolol 10 mg, spironolactone 25 mg, dapagliflozine 10 mg. "
                f"Consulte pour faiblesse; K {k} mmol/L, créat 188 µmol/L, NT-proBNP {bnp} ng/L.\n\n"
                f"Questions : 1) Quelle molécule cesser en premier? 2) Place des chélateurs du potassium? 3) Quand réintroduire?\n\n"
                f"Aucun identifiant n'apparaît dans les diapos; garde le même niveau dans ta présentation.\n\n{prof.title('fr')} {prof.surname}")
    else:
        subj = "Teaching case for academic half-day (de-identified)"
        body = (f"Hi {res.given},\n\nHere is Thursday's case, de-identified:\n\n{sexw[1]}, {age}, HFrEF (LVEF {fe}%), NYHA III, T2DM, CKD 3b. "
                f"On Entresto 97/103 mg BID, bisoprolol 10 mg, spironolactone 25 mg, dapagliflozin 10 mg. "
                f"Presents with weakness; K {k} mmol/L, creatinine 188 µmol/L, NT-proBNP {bnp} pg/mL.\n\n"
                f"Questions: 1) Which drug to stop first? 2) Role of potassium binders? 3) When to rechallenge?\n\n"
                f"No identifiers on the slides; keep it that way in your talk.\n\nDr. {prof.surname}")
    return "teaching", "de-identified teaching case", M.compose(c, addr_of(prof), addr_of(res), subj, body)


def n_stats(c):
    fr = c.lang == "fr"
    an = c.staff(c.pick(["coord", "chef"]))
    months = [(c.today.replace(day=1) - _dt.timedelta(days=30 * i)) for i in range(6, 0, -1)]
    head = [c.t("Mois", "Month"), c.t("Usagers actifs", "Active clients"), c.t("Nouvelles références", "New referrals"),
            c.t("Hospitalisations IC", "HF admissions"), c.t("FEVG moyenne (%)", "Mean LVEF (%)"), c.t("Finissants réadaptation", "Rehab graduates")]
    rows = [head] + [[m.strftime("%Y-%m"), c.rng.randint(380, 460), c.rng.randint(18, 44), c.rng.randint(6, 21),
                      round(c.rng.uniform(31, 38), 1), c.rng.randint(12, 30)] for m in months]
    kind = c.pick(["xlsx", "csv", "inline"])
    atts = []
    tbl = ""
    if kind == "xlsx":
        atts.append(Att(c.t("indicateurs_IC.xlsx", "HF_indicators.xlsx"), XLSX_T, M.make_xlsx([(c.t("Indicateurs", "Indicators"), rows)])))
    elif kind == "csv":
        atts.append(Att(c.t("indicateurs.csv", "indicators.csv"), "text/csv", M.make_csv(rows), charset="utf-8"))
    else:
        tbl = "\n" + "\n".join(" | ".join(str(x) for x in r) for r in rows) + "\n"
    if fr:
        subj = "Tableau de bord clinique IC - 6 derniers mois"
        body = f"Bonjour,\n\nVoici les indicateurs agrégés (aucune donnée nominative).{tbl}\nLe taux de réadmission à 30 jours est stable à 17 %.\n\n" + c.sig(an)
    else:
        subj = "HF clinic dashboard - last 6 months"
        body = f"Hello,\n\nAggregate indicators below/attached (no identifying data).{tbl}\n30-day readmission rate is stable at 17%.\n\n" + c.sig(an)
    return "statistics", "aggregate clinic indicators", M.compose(c, addr_of(an), everyone(c), subj, body, atts=atts)


def n_fundraiser(c):
    fr = c.lang == "fr"
    fnd = (c.t("Fondation de l'Hôpital régional de Saint-Brévin", "Westfield Memorial Hospital Foundation"), f"info@fondation-hrsb.example")
    d, w = c.future(20, 70, hour=False)
    sp, _, _ = guest(c)
    if fr:
        subj = "Tournoi de golf au profit de la réadaptation cardiaque"
        body = (f"Bonjour,\n\nLe 12e tournoi de golf de la Fondation aura lieu le {w} au Club de golf du Lac-Morel. Les profits serviront à l'achat de deux "
                f"ergocycles et d'un tapis roulant pour le programme de réadaptation cardiaque.\nPorte-parole : {sp}.\n\n"
                f"Inscription : 175 $ (golf et souper). Reçu fiscal pour la portion don.\n\nFondation HRSB\n{D.SITES['HRSB']['addr']}\n450-555-0199")
    else:
        subj = "Golf tournament for cardiac rehab"
        body = (f"Hello,\n\nThe Foundation's 12th golf tournament takes place on {w} at Lac-Morel Golf Club. Proceeds will buy two exercise bikes "
                f"and a treadmill for the cardiac rehab program.\nHonorary chair: {sp}.\n\nRegistration: $175 (golf and dinner). Tax receipt for the donation portion.\n\n"
                f"WMH Foundation\n{D.SITES['WMH']['addr']}\n450-555-0198")
    return "fundraiser", "foundation fundraiser", M.compose(c, fnd, everyone(c), subj, body)


TEMPLATES = [n_newsletter, n_committee, n_conference, n_research, n_grant, n_accreditation, n_quality, n_directory,
             n_education, n_teaching, n_stats, n_fundraiser]
