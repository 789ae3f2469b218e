"""Negative (non-confidential) builders, part A: IT/PACS, equipment, QA, schedules, HR, dosimetry,
newsletters, statistics, blank forms, generic preparation sheets, teaching cases."""
import datetime as _dt

from stdnum import luhn

from gen_common import (T, HOSP, HOSP_EN, CLINIC, CLINIC_EN, HDOM, CDOM, CHU, CHUDOM, GMF, GMFDOM, CISSS,
                        HOSP_ADDR, CLINIC_ADDR, VENDORS, fdate, fday, sig)
from gen_mime import make_pdf, make_docx, make_xlsx, csv_text, make_ics, make_zip, html_wrap
from gen_util import greet, close, body, spec, who, quote, sdate


def luhn_serial(ctx, n=9):
    while True:
        s = str(ctx.randint(1, 9)) + "".join(str(ctx.randint(0, 9)) for _ in range(n - 2))
        v = s + luhn.calc_check_digit(s)
        if luhn.is_valid(v):
            return v


def all_staff(ctx):
    return (T("fr", "Personnel de l'imagerie médicale", ""), "imagerie.tous@" + HDOM)


# ---------------------------------------------------------------- N1 PACS downtime
def n_pacs_downtime(ctx, lang, i):
    it = ctx.st("it")
    d = ctx.when()
    w = ctx.future(d, 3, 12)
    sys = ctx.choice(["PACS", "RIS", "PACS/RIS", T(lang, "serveur de reconnaissance vocale", "voice recognition server")])
    start = ctx.choice(["22 h", "23 h", "0 h 30", "5 h"]) if lang == "fr" else ctx.choice(["10 p.m.", "11 p.m.", "12:30 a.m.", "5 a.m."])
    paras = [T(lang, f"Une interruption planifiée du {sys} aura lieu dans la nuit du {fday(w, 'fr')} à partir de {start}, pour une durée estimée de {ctx.randint(2, 5)} heures (mise à niveau vers la version {ctx.randint(7, 9)}.{ctx.randint(0, 4)}.{ctx.randint(0, 20)}).",
               f"A planned {sys} outage will take place overnight on {fday(w, 'en')} starting at {start}, for an estimated {ctx.randint(2, 5)} hours (upgrade to version {ctx.randint(7, 9)}.{ctx.randint(0, 4)}.{ctx.randint(0, 20)})."),
             T(lang, "Procédure dégradée pendant l'arrêt :\n- les modalités conservent les examens localement (ne pas supprimer!);\n- l'urgence consultera les images sur la console de la TDM;\n- les requêtes papier (AH-702) seront saisies au RIS à la reprise;\n- les résultats critiques sont communiqués par téléphone comme d'habitude.",
               "Downtime procedure:\n- modalities keep studies locally (do not delete!);\n- the ER will view images on the CT console;\n- paper requisitions (AH-702) will be entered in the RIS afterwards;\n- critical results are phoned as usual."),
             T(lang, f"Pour toute question : centre de services TI, poste {ctx.randint(4000, 4999)}, billet de changement CHG{ctx.randint(100000, 999999)}.",
               f"Questions: IT service desk, ext. {ctx.randint(4000, 4999)}, change ticket CHG{ctx.randint(100000, 999999)}.")]
    if i % 3 == 2:
        paras[0] = T(lang, f"Le {sys} est présentement inaccessible (panne non planifiée depuis {d.strftime('%H:%M')}). Les équipes du fournisseur sont en ligne.",
                     f"The {sys} is currently down (unplanned outage since {d.strftime('%H:%M')}). The vendor team is engaged.")
    txt = body(ctx, lang, it, paras, footer=False)
    subj = T(lang, f"[AVIS TI] Interruption {sys} – {fdate(w, 'fr', 'slash')}", f"[IT NOTICE] {sys} downtime – {fdate(w, 'en', 'iso')}") if i % 3 != 2 else \
        T(lang, f"URGENT – panne {sys}", f"URGENT – {sys} outage")
    return spec(ctx, lang, "pacs_downtime", "PACS/RIS downtime notice", who(it, lang), [(T(lang, "Imagerie – tous", "Imaging – all staff"), "imagerie.tous@" + HDOM)],
                subj, txt, date=d, types=set())


# ---------------------------------------------------------------- N2 DICOM routing / AE titles
def n_dicom_router(ctx, lang, i):
    it = ctx.st("it")
    vend = VENDORS[1]
    d = ctx.when()
    rows = [["Modalité", "AE Title", "IP", "Port", "Destination"]] if lang == "fr" else [["Modality", "AE Title", "IP", "Port", "Destination"]]
    for mod in ctx.sample(["CT1_SA", "CT2_SA", "MR1_SA", "US3_SA", "MG1_BOREAL", "NM1_SA", "DX_URG", "PET_SA"], 5):
        rows.append([mod.split("_")[0], mod, f"10.{ctx.randint(20, 40)}.{ctx.randint(1, 20)}.{ctx.randint(10, 250)}", "104", ctx.choice(["PACS_SA_PRIM", "PACS_SA_ARCH", "VNA_CISSS"])])
    table = "\n".join("  ".join(f"{c:<14}" for c in r) for r in rows)
    paras = [T(lang, f"Dans le cadre de la migration vers la VNA régionale, les routes DICOM seront modifiées le {fdate(ctx.future(d), 'fr')}. Voici la nouvelle table de configuration :",
               f"As part of the migration to the regional VNA, DICOM routes will change on {fdate(ctx.future(d), 'en')}. New configuration table:"),
             table,
             T(lang, "Les technologues doivent envoyer un examen test (patient fictif ZZTEST^IMAGERIE, no d'accès TEST0001) depuis chaque appareil après la bascule et confirmer la réception dans le PACS.",
               "Technologists must send a test study (dummy patient ZZTEST^IMAGING, accession TEST0001) from each device after cutover and confirm receipt in PACS."),
             T(lang, "Le certificat TLS du routeur expire le 2025-03-31; renouvellement prévu avec le fournisseur.", "The router TLS certificate expires 2025-03-31; renewal planned with the vendor.")]
    txt = body(ctx, lang, it, paras, footer=False)
    return spec(ctx, lang, "dicom_routing", "DICOM AE title/route change notice with test patient", who(it, lang),
                [(T(lang, "Coordonnateurs techniques imagerie", "Imaging technical coordinators"), "coord.tech@" + HDOM)],
                cc=[(vend[0], "support@" + vend[1])], subject=T(lang, "Migration VNA – nouvelles routes DICOM", "VNA migration – new DICOM routes"),
                text=txt, date=d, types=set())


# ---------------------------------------------------------------- N3 vendor field-service report
def n_vendor_service(ctx, lang, i):
    vend = ctx.choice([VENDORS[0], VENDORS[4]])
    bio = ctx.st("biomed")
    d = ctx.when()
    eq = ctx.choice([("Scanner CT Aurora 128", "CT scanner Aurora 128"), ("IRM 1,5 T Solenne", "1.5 T MRI Solenne"),
                     ("Mammographe Clarys 3D", "Clarys 3D mammography unit"), ("Gamma-caméra Duo SPECT", "Duo SPECT gamma camera"),
                     ("Injecteur Vexa CT", "Vexa CT injector")])
    sn = luhn_serial(ctx, 9)
    asset = luhn_serial(ctx, 10)
    err = f"E{ctx.randint(1000, 9999)}"
    paras = [T(lang, f"Rapport d'intervention no FS-{ctx.randint(100000, 999999)}", f"Field service report no. FS-{ctx.randint(100000, 999999)}"),
             T(lang, f"Équipement : {eq[0]}\nNo de série : {sn}\nNo d'actif GBM : {asset}\nSite : {HOSP}, salle {ctx.randint(1, 6)}",
               f"Equipment: {eq[1]}\nSerial no.: {sn}\nBME asset no.: {asset}\nSite: {HOSP_EN}, room {ctx.randint(1, 6)}"),
             T(lang, f"Symptôme : erreur {err} intermittente ({ctx.choice(['arc du tube', 'défaut de refroidissement', 'perte de communication avec la console', 'calibration du détecteur'])}).\nAction : remplacement de la carte {ctx.choice(['HVPS', 'DAS', 'gradient amplifier', 'collimateur'])}, calibration et tests d'acceptation réussis.\nTemps d'arrêt : {ctx.randint(3, 30)} h.",
               f"Symptom: intermittent error {err} ({ctx.choice(['tube arcing', 'cooling fault', 'console communication loss', 'detector calibration'])}).\nAction: replaced {ctx.choice(['HVPS', 'DAS', 'gradient amplifier', 'collimator'])} board, calibration and acceptance tests passed.\nDowntime: {ctx.randint(3, 30)} h."),
             T(lang, "Appareil remis en service clinique. Aucune donnée patient n'a été copiée hors du système.", "System returned to clinical use. No patient data was copied off the system.")]
    txt = body(ctx, lang, bio, paras[:1] + paras[1:], footer=False)
    atts = []
    if ctx.chance(0.5):
        atts.append(dict(filename=f"FSR_{sn}.pdf", ctype="application/pdf", data=make_pdf(T(lang, "Rapport de service", "Service report"), "\n".join(paras[1:]).split("\n"), compress=ctx.chance(0.5))))
    return spec(ctx, lang, "vendor_service", "field-service report with checksum-valid serial/asset numbers", who(bio, lang),
                [(T(lang, "Chef de service imagerie", "Imaging manager"), ctx.st("manager").addr())], cc=[(vend[0], "service@" + vend[1])],
                subject=T(lang, f"Intervention {eq[0]} – SN {sn}", f"Service visit {eq[1]} – SN {sn}"), text=txt, atts=atts, date=d, types=set())


# ---------------------------------------------------------------- N4 QA phantom results
def n_qa_phantom(ctx, lang, i):
    phys = ctx.st("physicist")
    d = ctx.when()
    k = i % 3
    if k == 0:
        rows = [["Test", T(lang, "Résultat", "Result"), T(lang, "Tolérance", "Tolerance"), "Statut"]]
        rows += [["CT eau (UH)", f"{ctx.randint(-3, 3)}", "±4", "OK"], [T(lang, "Bruit (σ UH)", "Noise (SD HU)"), f"{ctx.randint(40, 55) / 10:.1f}", "≤ 6,0", "OK"],
                 [T(lang, "Uniformité (UH)", "Uniformity (HU)"), f"{ctx.randint(1, 4)}", "±5", "OK"], ["CTDIvol (mGy)", f"{ctx.randint(150, 175) / 10:.1f}", "±10 %", "OK"],
                 [T(lang, "Résolution spatiale (pl/cm)", "Spatial resolution (lp/cm)"), "7", "≥ 6", "OK"]]
        title = T(lang, "Contrôle qualité mensuel TDM – fantôme ACR 464", "Monthly CT QC – ACR 464 phantom")
    elif k == 1:
        rows = [["Test", T(lang, "Résultat", "Result"), T(lang, "Tolérance", "Tolerance"), "Statut"],
                ["SNR (T1 SE)", f"{ctx.randint(180, 240)}", "> 150", "OK"], [T(lang, "Fréquence centrale (MHz)", "Central frequency (MHz)"), f"63.{ctx.randint(860000, 880000)}", "±50 ppm", "OK"],
                [T(lang, "Uniformité d'image (PIU %)", "Image uniformity (PIU %)"), f"{ctx.randint(88, 96)}", "≥ 87,5", "OK"],
                [T(lang, "Artéfacts fantômes (%)", "Ghosting (%)"), f"{ctx.randint(1, 20) / 10:.1f}", "≤ 2,5", "OK"],
                [T(lang, "Niveau d'hélium (%)", "Helium level (%)"), f"{ctx.randint(68, 79)}", "> 60", T(lang, "À surveiller", "Watch")]]
        title = T(lang, "CQ hebdomadaire IRM 1,5 T – fantôme ACR", "Weekly MRI QC – ACR phantom")
    else:
        rows = [["Test", T(lang, "Résultat", "Result"), T(lang, "Tolérance", "Tolerance"), "Statut"],
                [T(lang, "Uniformité intégrale CFOV (%)", "Integral uniformity CFOV (%)"), f"{ctx.randint(20, 45) / 10:.1f}", "≤ 5,0", "OK"],
                [T(lang, "Centre de rotation (mm)", "Centre of rotation (mm)"), f"{ctx.randint(1, 9) / 10:.1f}", "≤ 2,0", "OK"],
                [T(lang, "Activimètre – constance Cs-137 (%)", "Dose calibrator – Cs-137 constancy (%)"), f"{ctx.randint(-20, 20) / 10:+.1f}", "±5", "OK"]]
        title = T(lang, "CQ médecine nucléaire – gamma-caméra et activimètre", "Nuclear medicine QC – gamma camera and dose calibrator")
    table = "\n".join(" | ".join(r) for r in rows)
    note = T(lang, "Acquisition faite sur le patient fictif « FANTOME^ACR » (no d'accès QA" + str(ctx.randint(1000, 9999)) + "), à ne pas envoyer en lecture.",
             "Acquired on the dummy patient \"PHANTOM^ACR\" (accession QA" + str(ctx.randint(1000, 9999)) + "), not to be sent for reading.")
    paras = [T(lang, f"Résultats du {fdate(d.date(), 'fr')} :", f"Results for {fdate(d.date(), 'en')}:"), table, note]
    atts = []
    if ctx.chance(0.5):
        atts.append(dict(filename=f"QC_{d.strftime('%Y%m%d')}.xlsx", ctype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                         data=make_xlsx([("QC", rows)], author=phys.full)))
    txt = body(ctx, lang, phys, paras, footer=False)
    return spec(ctx, lang, "qa_phantom", "QA phantom results with numbers, dummy patient", who(phys, lang),
                [(T(lang, "Technologues coordonnateurs", "Lead technologists"), "coord.tech@" + HDOM)], title, txt, atts=atts, date=d, types=set())


# ---------------------------------------------------------------- N5 technologists' schedule
def n_tech_schedule(ctx, lang, i):
    mgr = ctx.st("manager")
    d = ctx.when()
    monday = d.date() + _dt.timedelta(days=(7 - d.weekday()) % 7 + 7)
    techs = ctx.sts("tech", 8)
    shifts = T(lang, ["J 7h-15h", "S 15h-23h", "N 23h-7h", "Congé", "Garde", "J 8h-16h"], ["D 7-15", "E 15-23", "N 23-7", "Off", "On call", "D 8-16"])
    hdr = [T(lang, "Technologue", "Technologist"), T(lang, "Secteur", "Area")] + [(monday + _dt.timedelta(days=k)).strftime("%a %d/%m") for k in range(7)]
    rows = [hdr]
    for t in techs:
        rows.append([t.full, ctx.choice(["TDM", "IRM", "Radio", "Écho", "MN", "Mammo"] if lang == "fr" else ["CT", "MRI", "X-ray", "US", "NM", "Mammo"])] + [ctx.choice(shifts) for _ in range(7)])
    data = make_xlsx([(T(lang, "Horaire", "Schedule"), rows)], author=mgr.full)
    sick = ctx.choice(techs)
    paras = [T(lang, f"Voici l'horaire des technologues pour la semaine du {fdate(monday, 'fr')}.", f"Here is the technologists' schedule for the week of {fdate(monday, 'en')}."),
             ctx.choice(T(lang, [f"{sick.full} est en congé de maladie jusqu'à nouvel ordre; ses quarts de soir sont à combler (temps supplémentaire offert par ancienneté).",
                                 "Deux quarts de nuit en TDM sont encore découverts, inscrivez-vous auprès de moi.",
                                 "Rappel : les échanges de quarts doivent être approuvés 48 h à l'avance."],
                               [f"{sick.full} is on sick leave until further notice; her/his evening shifts need coverage (overtime offered by seniority).",
                                "Two CT night shifts are still open, please let me know.",
                                "Reminder: shift swaps must be approved 48 h in advance."]))]
    txt = body(ctx, lang, mgr, paras)
    return spec(ctx, lang, "tech_schedule", "technologists' weekly schedule XLSX, staff sick leave", who(mgr, lang),
                [(T(lang, "Technologues", "Technologists"), "technologues@" + HDOM)], T(lang, f"Horaire semaine du {fdate(monday, 'fr', 'slash')}", f"Schedule week of {fdate(monday, 'en', 'iso')}"),
                txt, atts=[dict(filename=f"horaire_{monday.isoformat()}.xlsx", ctype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data=data)], date=d, types=set())


# ---------------------------------------------------------------- N6 HR / leave
def n_hr(ctx, lang, i):
    emp = ctx.st(ctx.choice(["tech", "clerk", "nurse"]))
    mgr = ctx.st("manager")
    d = ctx.when()
    k = i % 5
    start = ctx.future(d, 10, 60)
    if k == 0:
        subj = T(lang, "Demande de vacances", "Vacation request")
        paras = [T(lang, f"J'aimerais prendre mes vacances du {fdate(start, 'fr')} au {fdate(start + _dt.timedelta(days=13), 'fr')}. Josée a accepté de me remplacer pour la garde du 2e weekend.",
                   f"I would like to take vacation from {fdate(start, 'en')} to {fdate(start + _dt.timedelta(days=13), 'en')}. A colleague agreed to cover my on-call on the second weekend.")]
        frm, to = emp, mgr
    elif k == 1:
        subj = T(lang, "Retour progressif", "Graduated return to work")
        paras = [T(lang, f"Suite à l'avis du bureau de santé et sécurité au travail, {emp.full} reprendra ses fonctions en retour progressif à partir du {fdate(start, 'fr')} (3 jours/semaine, sans port de tablier plombé pour 4 semaines). Merci d'ajuster l'horaire.",
                   f"Following Occupational Health's advice, {emp.full} will start a graduated return on {fdate(start, 'en')} (3 days/week, no lead apron for 4 weeks). Please adjust the schedule.")]
        frm, to = mgr, ctx.st("tech")
    elif k == 2:
        subj = T(lang, "Paie – correction de la prime de garde", "Payroll – on-call premium correction")
        paras = [T(lang, f"La prime de garde des périodes 14 et 15 n'a pas été versée à {emp.full} (matricule {ctx.randint(100000, 999999)}). Le correctif sera sur la paie du {fdate(start, 'fr')}.",
                   f"The on-call premium for pay periods 14 and 15 was not paid to {emp.full} (employee no. {ctx.randint(100000, 999999)}). The correction will be on the {fdate(start, 'en')} pay.")]
        frm, to = ctx.st("clerk"), emp
    elif k == 3:
        subj = T(lang, "Vaccination antigrippale – personnel de l'imagerie", "Flu vaccination – imaging staff")
        paras = [T(lang, "La clinique de vaccination du personnel sera au local B-120 mardi et jeudi de 10 h à 14 h. Apportez votre carte d'employé. Taux de vaccination actuel du service : 62 %.",
                   "The staff flu clinic will be in room B-120 Tuesday and Thursday 10 a.m.–2 p.m. Bring your employee card. Current department vaccination rate: 62%.")]
        frm, to = mgr, None
    else:
        subj = T(lang, "Absence – formation", "Absence – training")
        paras = [T(lang, f"Je serai absent(e) le {fdate(start, 'fr')} pour la formation en sécurité IRM niveau 2 à Montréal. Mes dictées en retard seront complétées avant.",
                   f"I will be away on {fdate(start, 'en')} for level-2 MRI safety training in Montreal. My pending dictations will be done before.")]
        frm, to = ctx.st("radiologist"), mgr
    txt = body(ctx, lang, frm, paras)
    return spec(ctx, lang, "hr_staff", "staff HR/leave/occupational health mail", who(frm, lang),
                [(to.full, to.addr())] if to else [(T(lang, "Imagerie – tous", "Imaging – all"), "imagerie.tous@" + HDOM)], subj, txt, date=d, types=set())


# ---------------------------------------------------------------- N7 staff dosimetry
def n_dosimetry(ctx, lang, i):
    phys = ctx.st("physicist")
    d = ctx.when()
    staff = ctx.sts("tech", 5) + ctx.sts("radiologist", 2)
    rows = [[T(lang, "Employé", "Employee"), T(lang, "No dosimètre", "Badge no."), "Hp(10) mSv", "Hp(0,07) mSv" if lang == "fr" else "Hp(0.07) mSv", T(lang, "Cumul annuel", "Annual total")]]
    high = ctx.choice(staff)
    for s in staff:
        v = 0.0 if s is not high else ctx.randint(45, 90) / 100
        rows.append([s.full, f"DB{ctx.randint(100000, 999999)}", f"{v:.2f}", f"{v * 1.3:.2f}", f"{v * 3:.2f}"])
    data = make_xlsx([(T(lang, "Trimestre 3", "Quarter 3"), rows)], author=phys.full)
    paras = [T(lang, "Rapport trimestriel de dosimétrie du personnel (Dosimétrie Boréale). Toutes les doses sont sous le niveau d'investigation de 1 mSv/trimestre.",
               "Quarterly staff dosimetry report (Dosimétrie Boréale). All doses are below the 1 mSv/quarter investigation level."),
             T(lang, f"{high.full} : dose plus élevée liée aux procédures en radiologie d'intervention, port du cache-thyroïde rappelé.",
               f"{high.full}: higher dose related to interventional procedures; thyroid shield use reminded.")]
    txt = body(ctx, lang, phys, paras)
    return spec(ctx, lang, "staff_dosimetry", "staff radiation dosimetry (occupational, not patient)", who(phys, lang),
                [(T(lang, "Comité de radioprotection", "Radiation safety committee"), "radioprotection@" + HDOM)],
                T(lang, "Dosimétrie du personnel – T3", "Staff dosimetry – Q3"), txt,
                atts=[dict(filename="dosimetrie_T3.xlsx", ctype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data=data)], date=d, types=set())


# ---------------------------------------------------------------- N8 declared pregnancy of a radiation worker
def n_staff_pregnancy(ctx, lang, i):
    phys = ctx.st("physicist")
    emp = ctx.choice([s for s in ctx.staff if s.role == "tech" and s.sex == "F"])
    d = ctx.when()
    paras = [T(lang, f"{emp.given} nous a déclaré sa grossesse (travailleuse sous rayonnements). Conformément au programme Pour une maternité sans danger et à la limite de 4 mSv pour le reste de la grossesse, un dosimètre abdominal lui sera remis dès lundi.",
               f"{emp.given} has declared her pregnancy (nuclear energy worker). Under the safe-maternity program and the 4 mSv limit for the balance of the pregnancy, an abdominal dosimeter will be issued on Monday."),
             T(lang, "Elle sera réaffectée hors de la médecine nucléaire (manipulation des doses) et de la salle d'intervention. Merci de revoir l'horaire en conséquence.",
               "She will be reassigned away from nuclear medicine (dose handling) and the IR suite. Please revise the schedule accordingly.")]
    mgr = ctx.st("manager")
    txt = body(ctx, lang, phys, paras)
    return spec(ctx, lang, "staff_pregnancy", "radiation worker's declared pregnancy (occupational health)", who(phys, lang), [(mgr.full, mgr.addr())],
                T(lang, "Réaffectation – travailleuse enceinte", "Reassignment – pregnant worker"), txt, date=d, types=set())


# ---------------------------------------------------------------- N9 newsletter
def n_newsletter(ctx, lang, i):
    comm = ctx.st("manager")
    d = ctx.when()
    topics = [
        (T(lang, "Octobre, mois de la sensibilisation au cancer du sein", "October is Breast Cancer Awareness Month"),
         T(lang, "Le PQDCS invite les femmes de 50 à 74 ans à passer une mammographie de dépistage aux deux ans. Au Québec, environ une femme sur huit recevra un diagnostic de cancer du sein au cours de sa vie. Depuis 2024, les femmes de 40 à 49 ans peuvent s'auto-référer après discussion avec un professionnel.",
           "The screening program invites women aged 50 to 74 to have a screening mammogram every two years. About one woman in eight will be diagnosed with breast cancer in her lifetime. Since 2024, women aged 40–49 may self-refer after discussing with a clinician.")),
        (T(lang, "Nouvelle IRM 3 T : ce que ça change", "New 3 T MRI: what changes"),
         T(lang, "L'IRM 3 T sera en fonction dès janvier. Les examens de prostate, de neuro et de musculosquelettique y seront dirigés en priorité. Les listes d'attente en IRM devraient diminuer de 30 %.",
           "The 3 T MRI goes live in January. Prostate, neuro and MSK exams will be prioritised there. MRI wait lists should drop by 30%.")),
        (T(lang, "Dépistage du cancer du poumon : projet pilote", "Lung cancer screening pilot"),
         T(lang, "Le projet de dépistage par TDM à faible dose vise les personnes de 55 à 74 ans ayant fumé au moins 20 paquets-années. Les nodules sont classés selon Lung-RADS.",
           "The low-dose CT screening project targets people aged 55–74 with at least 20 pack-years. Nodules are classified with Lung-RADS.")),
        (T(lang, "Bienvenue aux nouveaux technologues", "Welcome to our new technologists"),
         T(lang, f"Nous souhaitons la bienvenue à {ctx.st('tech').full} (IRM) et {ctx.st('tech').full} (TDM) qui se joignent à l'équipe.",
           f"Please welcome {ctx.st('tech').full} (MRI) and {ctx.st('tech').full} (CT), who join the team.")),
        (T(lang, "Ostéoporose : quand demander une ostéodensitométrie?", "Osteoporosis: when to order a DXA?"),
         T(lang, "Toute personne de 65 ans et plus, ou plus jeune avec une fracture de fragilisation, une corticothérapie prolongée ou un faible poids, devrait être évaluée.",
           "Anyone aged 65 and over, or younger with a fragility fracture, long-term steroids or low body weight, should be assessed.")),
    ]
    items = ctx.sample(topics, 3)
    title = T(lang, f"L'Écho de l'imagerie – {FRM(d, lang)}", f"Imaging Echo – {FRM(d, lang)}")
    html = f"<h2>{title}</h2>\n" + "\n".join(f"<h3>{a}</h3>\n<p>{b}</p>" for a, b in items) + \
        T(lang, "<p style='font-size:9pt'>Pour vous désabonner, répondez « désabonner ».</p>", "<p style='font-size:9pt'>To unsubscribe, reply \"unsubscribe\".</p>")
    return spec(ctx, lang, "newsletter", "department newsletter about diseases/screening", (T(lang, "Communications CISSS", "CISSS Communications"), "communications@" + HDOM),
                [(T(lang, "Liste de diffusion imagerie", "Imaging mailing list"), "imagerie.tous@" + HDOM)], title, None, html=html_wrap(html, lang),
                date=d, types=set(), form=ctx.choice(["html", "alt"]))


def FRM(d, lang):
    from gen_common import FR_MONTHS, EN_MONTHS
    return f"{FR_MONTHS[d.month - 1]} {d.year}" if lang == "fr" else f"{EN_MONTHS[d.month - 1]} {d.year}"


# ---------------------------------------------------------------- N10 statistics
def n_stats(ctx, lang, i):
    mgr = ctx.st("manager")
    d = ctx.when()
    mods = T(lang, ["TDM", "IRM", "Échographie", "Radiographie", "Mammographie", "Médecine nucléaire", "TEP"],
             ["CT", "MRI", "Ultrasound", "X-ray", "Mammography", "Nuclear medicine", "PET"])
    rows = [[T(lang, "Modalité", "Modality"), T(lang, "Examens", "Exams"), T(lang, "Délai médian (j)", "Median wait (d)"), T(lang, "% P1-P3 dans les délais", "% P1-P3 on time")]]
    for m in mods:
        rows.append([m, ctx.randint(300, 9000), ctx.randint(3, 160), f"{ctx.randint(55, 99)} %"])
    k = i % 3
    if k == 0:
        data = make_xlsx([(T(lang, "Volumes", "Volumes"), rows)], author=mgr.full)
        att = dict(filename=T(lang, "tableau_de_bord_imagerie.xlsx", "imaging_dashboard.xlsx"), ctype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data=data)
    elif k == 1:
        att = dict(filename="volumes_T3.csv", ctype="text/csv", data=csv_text(rows, ";"))
    else:
        att = None
    paras = [T(lang, f"Tableau de bord du trimestre : {sum(r[1] for r in rows[1:])} examens, hausse de {ctx.randint(2, 9)} % par rapport à l'an dernier.",
               f"Quarterly dashboard: {sum(r[1] for r in rows[1:])} exams, up {ctx.randint(2, 9)}% from last year."),
             T(lang, f"Taux de rappel au dépistage PQDCS : {ctx.randint(50, 90) / 10:.1f} % (cible < 7 %). Taux de détection : {ctx.randint(40, 70) / 10:.1f} pour 1000. {ctx.randint(12, 40)} patients avaient un DFGe < 30 avant TDM injectée (tous protocolés).",
               f"Screening recall rate: {ctx.randint(50, 90) / 10:.1f}% (target < 7%). Detection rate: {ctx.randint(40, 70) / 10:.1f} per 1000. {ctx.randint(12, 40)} patients had eGFR < 30 before contrast CT (all protocolled).")]
    if att is None:
        paras.append("\n".join(" | ".join(str(c) for c in r) for r in rows))
    txt = body(ctx, lang, mgr, paras)
    return spec(ctx, lang, "statistics", "aggregate volumes, wait times, screening rates", who(mgr, lang),
                [(T(lang, "Direction des services professionnels", "Professional services directorate"), "dsp@" + HDOM)],
                T(lang, "Statistiques imagerie – T3", "Imaging statistics – Q3"), txt, atts=[att] if att else [], date=d, types=set())


# ---------------------------------------------------------------- N11 blank forms
def n_blank_form(ctx, lang, i):
    tech = ctx.st("tech")
    d = ctx.when()
    k = i % 3
    if k == 0:
        title = T(lang, "Questionnaire de sécurité IRM", "MRI safety screening questionnaire")
        lines = [T(lang, "Nom : ______________________   Prénom : ____________________", "Last name: ____________________   First name: __________________"),
                 T(lang, "Date de naissance (AAAA-MM-JJ) : ____________   NAM : ____ ____ ____", "Date of birth (YYYY-MM-DD): ____________   Health card: ____ ____ ____"),
                 T(lang, "Poids : ______ kg   Taille : ______ cm", "Weight: ______ kg   Height: ______ cm"),
                 T(lang, "Avez-vous : un stimulateur cardiaque? □ oui □ non", "Do you have: a pacemaker? □ yes □ no"),
                 T(lang, "  un implant cochléaire? □ oui □ non   un clip d'anévrisme? □ oui □ non", "  a cochlear implant? □ yes □ no   an aneurysm clip? □ yes □ no"),
                 T(lang, "  un éclat métallique dans les yeux? □ oui □ non", "  metal fragments in the eyes? □ yes □ no"),
                 T(lang, "Êtes-vous enceinte ou possiblement enceinte? □ oui □ non", "Are you or could you be pregnant? □ yes □ no"),
                 T(lang, "Allergies : ______________________________", "Allergies: ______________________________"),
                 T(lang, "Signature : ____________________   Date : ________", "Signature: ____________________   Date: ________")]
    elif k == 1:
        title = T(lang, "Demande d'examen en imagerie médicale (AH-702)", "Medical imaging requisition (AH-702)")
        lines = [T(lang, "Nom de l'usager : ____________  DDN : ________  NAM : ____________", "Patient name: ____________  DOB: ________  Health no.: ____________"),
                 T(lang, "Examen demandé : ______________________  Priorité : P1 □ P2 □ P3 □ P4 □ P5 □", "Exam requested: ______________________  Priority: P1 □ P2 □ P3 □ P4 □ P5 □"),
                 T(lang, "Renseignements cliniques (obligatoire) : ___________________________", "Clinical information (required): ___________________________"),
                 T(lang, "Créatinine / DFGe si injection : ______  Diabète : □  Metformine : □", "Creatinine / eGFR if contrast: ______  Diabetes: □  Metformin: □"),
                 T(lang, "Médecin référent : ____________  No de permis : ______", "Referring physician: ____________  Licence no.: ______")]
    else:
        title = T(lang, "Consentement – procédure de radiologie d'intervention", "Consent – interventional radiology procedure")
        lines = [T(lang, "Je, soussigné(e) ____________________, consens à la procédure suivante : ____________________.", "I, the undersigned ____________________, consent to the following procedure: ____________________."),
                 T(lang, "Risques expliqués : saignement, infection, douleur, pneumothorax (biopsie pulmonaire), réaction au contraste.", "Risks explained: bleeding, infection, pain, pneumothorax (lung biopsy), contrast reaction."),
                 T(lang, "Anticoagulants cessés le : ________   RNI : ______   Plaquettes : ______", "Anticoagulants stopped on: ________   INR: ______   Platelets: ______"),
                 T(lang, "Signature de l'usager : ____________  Témoin : ____________", "Patient signature: ____________  Witness: ____________")]
    use_docx = ctx.chance(0.5)
    if use_docx:
        att = dict(filename=T(lang, "formulaire_vierge.docx", "blank_form.docx"), ctype="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                   data=make_docx(title, lines, author=tech.full))
    else:
        att = dict(filename=T(lang, "formulaire_vierge.pdf", "blank_form.pdf"), ctype="application/pdf", data=make_pdf(title, lines, compress=ctx.chance(0.5)))
    paras = [T(lang, f"Nouvelle version du formulaire « {title} » (rév. {d.year}-{d.month:02d}). Merci de détruire les anciennes copies papier.",
               f"New version of the form \"{title}\" (rev. {d.year}-{d.month:02d}). Please discard old paper copies.")]
    txt = body(ctx, lang, tech, paras)
    return spec(ctx, lang, "blank_form", "blank form/template attachment", who(tech, lang), [(T(lang, "Imagerie – tous", "Imaging – all"), "imagerie.tous@" + HDOM)],
                T(lang, f"Formulaire mis à jour : {title}", f"Updated form: {title}"), txt, atts=[att], date=d, types=set())


# ---------------------------------------------------------------- N12 generic preparation instructions
def n_prep_generic(ctx, lang, i):
    clerk = ctx.st("clerk")
    d = ctx.when()
    preps = [
        (T(lang, "Préparation – coloscopie virtuelle (coloscanographie)", "Preparation – CT colonography"),
         T(lang, "La veille : diète liquide claire toute la journée. Prendre 2 sachets de PicoSalax à 16 h et 20 h, ainsi que 20 mL de Gastrografin au souper. Le jour de l'examen : à jeun. Les personnes diabétiques doivent consulter leur médecin pour l'ajustement de l'insuline.",
           "Day before: clear liquid diet all day. Take 2 sachets of PicoSalax at 4 p.m. and 8 p.m., and 20 mL of Gastrografin at supper. On the day: nothing by mouth. People with diabetes should ask their doctor about insulin adjustment.")),
        (T(lang, "Préparation – TEP-TDM au FDG", "Preparation – FDG PET-CT"),
         T(lang, "À jeun 6 heures (eau permise). Pas d'exercice intense 24 h avant. Si vous êtes diabétique, la glycémie doit être inférieure à 11 mmol/L; apportez votre glucomètre. Prévoir 2 h 30 sur place.",
           "Fast for 6 hours (water allowed). No strenuous exercise for 24 h. If you are diabetic, blood glucose must be below 11 mmol/L; bring your meter. Plan for 2.5 hours on site.")),
        (T(lang, "Préparation – échographie pelvienne", "Preparation – pelvic ultrasound"),
         T(lang, "Boire 1 litre d'eau 1 heure avant l'examen et ne pas uriner. Vous pouvez prendre vos médicaments habituels.",
           "Drink 1 litre of water 1 hour before the exam and do not empty your bladder. You may take your usual medication.")),
        (T(lang, "Préparation – scintigraphie de perfusion myocardique", "Preparation – myocardial perfusion imaging"),
         T(lang, "Aucune caféine (café, thé, chocolat, boissons gazeuses) 24 h avant. Cesser les bêta-bloquants 48 h avant si votre médecin l'autorise. Repas léger permis.",
           "No caffeine (coffee, tea, chocolate, soft drinks) for 24 h. Stop beta-blockers 48 h before if your doctor agrees. A light meal is allowed.")),
        (T(lang, "Préparation – TDM avec contraste iodé", "Preparation – contrast CT"),
         T(lang, "À jeun 4 h. Si vous avez déjà eu une réaction au contraste, avisez-nous : une prémédication (prednisone et diphenhydramine) pourrait être prescrite par votre médecin. Metformine : suspendre 48 h après l'examen si votre fonction rénale est diminuée.",
           "Fast 4 h. If you have had a contrast reaction before, tell us: premedication (prednisone and diphenhydramine) may be prescribed by your doctor. Metformin: hold for 48 h after the exam if your kidney function is reduced.")),
        (T(lang, "Préparation – biopsie mammaire", "Preparation – breast biopsy"),
         T(lang, "Si vous prenez de l'aspirine, du clopidogrel ou un anticoagulant (apixaban, rivaroxaban, warfarine), informez-nous au moins 7 jours avant. Portez un soutien-gorge de sport le jour de la biopsie.",
           "If you take aspirin, clopidogrel or an anticoagulant (apixaban, rivaroxaban, warfarin), tell us at least 7 days before. Wear a sports bra on the day of the biopsy.")),
    ]
    title, text = preps[i % len(preps)]
    paras = [T(lang, "Voici le texte révisé de la fiche de préparation pour le site web et les envois automatiques :", "Here is the revised preparation sheet text for the website and automated mailings:"),
             f"{title}\n\n{text}",
             T(lang, f"Pour toute question : centrale de rendez-vous, 819 555-0100, du lundi au vendredi de 8 h à 16 h.", "Questions: central booking, 819 555-0100, Monday to Friday 8 a.m.–4 p.m.")]
    txt = body(ctx, lang, clerk, paras)
    atts = []
    if ctx.chance(0.4):
        atts.append(dict(filename=T(lang, "fiche_preparation.pdf", "prep_sheet.pdf"), ctype="application/pdf", data=make_pdf(title, [text], compress=True)))
    return spec(ctx, lang, "prep_generic", "generic patient preparation sheet, no patient", who(clerk, lang),
                [(T(lang, "Webmestre", "Webmaster"), "web@" + HDOM)], title, txt, atts=atts, date=d, types=set())


# ---------------------------------------------------------------- N13 anonymised teaching case
def n_teaching(ctx, lang, i):
    rad = ctx.st("radiologist")
    d = ctx.when()
    cases = [
        T(lang, "Homme de 67 ans, ex-fumeur, toux depuis 3 mois. TDM : nodule spiculé de 23 mm au LSD avec adénopathie hilaire. Diagnostic final : adénocarcinome pulmonaire (stade IIB).",
          "67-year-old man, ex-smoker, cough for 3 months. CT: 23 mm spiculated RUL nodule with hilar node. Final diagnosis: lung adenocarcinoma (stage IIB)."),
        T(lang, "Femme de 34 ans, céphalées et troubles visuels. IRM : lésions de la substance blanche ovoïdes perpendiculaires aux ventricules (doigts de Dawson). Diagnostic : sclérose en plaques.",
          "34-year-old woman, headaches and visual disturbance. MRI: ovoid white matter lesions perpendicular to the ventricles (Dawson's fingers). Diagnosis: multiple sclerosis."),
        T(lang, "Nourrisson de 4 mois, irritabilité. Série squelettique : fractures costales postérieures d'âges différents. Discussion : signes radiologiques de traumatisme non accidentel et obligations de signalement.",
          "4-month-old infant, irritability. Skeletal survey: posterior rib fractures of different ages. Discussion: imaging signs of non-accidental injury and reporting duties."),
        T(lang, "Femme de 58 ans, rappel du dépistage. Mammographie : microcalcifications fines linéaires segmentaires, BI-RADS 5. Biopsie : carcinome canalaire in situ de haut grade.",
          "58-year-old woman, screening recall. Mammogram: fine linear segmental calcifications, BI-RADS 5. Biopsy: high-grade DCIS."),
        T(lang, "Homme de 45 ans, douleur thoracique déchirante. Angio-TDM : dissection aortique de type A. Pièges : artéfacts de pulsation de la racine aortique.",
          "45-year-old man, tearing chest pain. CTA: type A aortic dissection. Pitfalls: aortic root pulsation artefact."),
        T(lang, "Patient de 72 ans sous apixaban, chute. TDM : hématome sous-dural aigu de 12 mm. Revue des critères de renversement de l'anticoagulation.",
          "72-year-old patient on apixaban, fall. CT: 12 mm acute subdural hematoma. Review of anticoagulation reversal criteria."),
        T(lang, "Femme de 29 ans enceinte de 12 semaines, douleur FID. IRM sans gadolinium : appendicite aiguë. Discussion sur la radioprotection pendant la grossesse.",
          "29-year-old woman, 12 weeks pregnant, RLQ pain. Non-contrast MRI: acute appendicitis. Discussion of radiation protection in pregnancy."),
    ]
    case = cases[i % len(cases)]
    paras = [T(lang, f"Cas de la semaine (anonymisé – ANON^CAS{i + 1:02d}) pour la réunion des résidents de jeudi midi :", f"Case of the week (anonymised – ANON^CASE{i + 1:02d}) for Thursday's resident rounds:"),
             case, T(lang, "Les images anonymisées sont dans le dossier d'enseignement du PACS (dossier « Enseignement 2024 »). Ne pas diffuser hors du CISSS.",
                      "Anonymised images are in the PACS teaching folder (\"Teaching 2024\"). Do not circulate outside the CISSS.")]
    txt = body(ctx, lang, rad, paras, footer=False)
    return spec(ctx, lang, "teaching_case", "anonymised teaching case (age/sex/diagnosis, no identity)", who(rad, lang),
                [(T(lang, "Résidents radiologie", "Radiology residents"), "residents.radio@" + HDOM)],
                T(lang, "Cas de la semaine", "Case of the week"), txt, date=d, types=set())


BUILDERS = [(n_pacs_downtime, 7), (n_dicom_router, 5), (n_vendor_service, 6), (n_qa_phantom, 6), (n_tech_schedule, 6),
            (n_hr, 5), (n_dosimetry, 4), (n_staff_pregnancy, 2), (n_newsletter, 5), (n_stats, 7), (n_blank_form, 5),
            (n_prep_generic, 6), (n_teaching, 7)]
