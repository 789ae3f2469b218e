"""Negative builders, part B: teaching, research, inventories, calendars, memos, chains."""
import datetime

import gen_attach as A
from stdnum import luhn
from gen_common import (STAFF, d_fr, d_en, HOSP, HOSP_EN, CLINIC, CLINIC_EN, ORG, PROD, CLINIC_PHONE,
                        CLINIC_FAX, RT_PHONE, PROD_PHONE, CLINIC_ADDR, VENDORS)
from gen_ctx import quote, outlook_quote
from gen_neg_a import neg, RT_STAFF, TECHS, ALLSTAFF

ALL_LIST = ("Tout le personnel", "personnel-dsp@cisss-deuxrives.example")
SLEEP_LIST = ("Clinique du sommeil", "clinique.sommeil@cisss-deuxrives.example")


def luhn_serial(r, n):
    body = str(r.randrange(1, 10)) + "".join(str(r.randrange(10)) for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


# 17 --------------------------------------------------------------------------
def teaching_case(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    lang = "fr" if k % 2 == 0 else "en"
    age = r.randrange(38, 71)
    iah = r.randrange(30, 80)
    if lang == "fr":
        case = ctx.pick([
            f"Homme de {age} ans, camionneur, IMC 37, HTA sous trois agents. Ronflements, somnolence (Epworth 17). "
            f"PSG : IAH {iah}/h, SpO2 min 71 %, T90 22 %. Questions : 1) Quelle est la conduite vis-à-vis de la "
            "conduite automobile? 2) Quelles options si la PPC n'est pas tolérée?",
            f"Femme de {age} ans, enseignante, fatigue et céphalées matinales. HSAT : IER 11/h, IDO 9/h. "
            "Questions : 1) Faut-il une PSG en laboratoire? 2) Place de l'orthèse d'avancement mandibulaire?",
            "Adolescent de 16 ans, endormissements en classe, épisodes de faiblesse des genoux au rire. "
            "PSG normale, TILE : latence moyenne 2,8 min, 4 SOREMP. Question : diagnostic et traitement?"])
        body = [ctx.greet("fr"), "", "Voici le cas pour la séance d'enseignement des résidents de vendredi "
                "(entièrement fictif / anonymisé) :", "", case, "", "Réponses discutées en groupe.", "",
                ctx.sig(ctx.pick(["vachon", "desrosiers", "okafor"]), "fr")]
        subj = ctx.pick(["Cas clinique - enseignement vendredi", "Cas pour les résidents", "Club de cas - sommeil"])
    else:
        case = ctx.pick([
            f"A {age}-year-old man with BMI 41, daytime PaCO2 52 mmHg, HCO3 31. PSG: AHI {iah}/h, sustained "
            "REM hypoventilation. Discuss CPAP vs bilevel therapy.",
            f"A {age}-year-old woman with heart failure (LVEF 30%) and Cheyne-Stokes respiration, central AHI 34/h. "
            "Which therapies are contraindicated?"])
        body = [ctx.greet("en"), "", "De-identified teaching case for Friday's rounds:", "", case, "",
                ctx.sig(ctx.pick(["okafor", "vachon"]), "en")]
        subj = ctx.pick(["Teaching case - Friday rounds", "Case for residents"])
    return neg("teaching_case", lang, "anonymised teaching case", subj, ctx.frm("vachon"),
               [("Résidents - pneumologie", "residents-pneumo@cisss-deuxrives.example")], dt, "\n".join(body))


# 18 --------------------------------------------------------------------------
def research_protocol(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    lang = "en" if k % 2 == 0 else "fr"
    if lang == "en":
        paras = ["## Protocol synopsis - POSIT-Sleep", "Title: Positional therapy vs auto-CPAP in supine-predominant "
                 "moderate OSA: a randomised non-inferiority trial", "Principal investigator: Dr. Samuel Okafor",
                 "## Population", "Adults 18-75 with REI 15-30/h on HSAT, supine REI at least twice non-supine REI.",
                 "Exclusions: central sleep apnoea, opioid use, commercial drivers, pregnancy.",
                 "## Sample size", "n = 120 (60 per arm), alpha 0.05, power 80%.", "## Outcomes",
                 "Primary: Epworth change at 12 weeks. Secondary: adherence, AHI, FOSQ-10."]
        body = [ctx.greet("en"), "", "Protocol synopsis attached for the research committee. No participants "
                "have been approached yet; recruitment starts after REB approval.", "", ctx.sig("okafor", "en")]
        subj = "POSIT-Sleep protocol synopsis"
        fn = "POSIT-Sleep_synopsis_v1.3.docx"
    else:
        paras = ["## Synopsis - étude NARCO-QC", "Registre observationnel des patients atteints de narcolepsie "
                 "traités au Québec", "Chercheur principal : Dr Philippe Desrosiers", "## Critères d'inclusion",
                 "Diagnostic de narcolepsie type 1 ou 2 selon l'ICSD-3; 12 ans et plus.",
                 "## Variables", "Âge au diagnostic, traitements (modafinil, pitolisant, oxybates), Epworth, "
                 "accidents de la route.", "## Confidentialité",
                 "Données codées; la clé de codage est conservée par le chercheur principal."]
        body = [ctx.greet("fr"), "", "Synopsis pour le comité d'éthique en pièce jointe.", "", ctx.sig("desrosiers", "fr")]
        subj = "Synopsis NARCO-QC"
        fn = "NARCO-QC_synopsis.docx"
    doc = A.make_docx(paras[0][3:], paras[1:], author=ctx.who("okafor" if lang == "en" else "desrosiers", lang, False))
    return neg("research_protocol", lang, "research protocol without participants", subj,
               ctx.frm("okafor" if lang == "en" else "desrosiers"),
               [("Comité d'éthique de la recherche", "cer@cisss-deuxrives.example")], dt, "\n".join(body),
               atts=[dict(kind="docx", data=doc, filename=fn)])


# 19 --------------------------------------------------------------------------
def oncall(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    start = ctx.later(dt, 3, 20)
    lines = ["Garde - pneumologie et médecine du sommeil", ""]
    docs = ["vachon", "okafor", "desrosiers"]
    for i in range(7):
        d = start + datetime.timedelta(days=i)
        lines.append(f"{d_fr(d, 3)} : {ctx.who(ctx.pick(docs), 'fr')}")
    lines += ["", "Rappel : la Dre Vachon prend les questions de ventilation non invasive et d'apnée du sommeil; "
              "le Dr Desrosiers répond aux consultations pour narcolepsie et hypersomnies le mardi.", "",
              "Téléavertisseur de garde : 555-0199", "", ctx.sig("rousseau", "fr")]
    return neg("oncall_schedule", "fr", "physician on-call schedule with specialties",
               f"Garde semaine du {d_fr(start, 1)}", ctx.frm("rousseau"), [SLEEP_LIST], dt, "\n".join(lines))


# 20 --------------------------------------------------------------------------
def asset_inventory(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    lang = "fr" if k % 2 == 0 else "en"
    rows = [["No actif", "Description", "No de série", "Emplacement", "Dernier entretien", "Statut"] if lang == "fr"
            else ["Asset", "Description", "Serial", "Location", "Last service", "Status"]]
    descs = ["APAP - parc de prêt", "BiPAP ST - parc de prêt", "Concentrateur O2 5 L", "Oxymètre enregistreur",
             "Amplificateur PSG 64 canaux", "Caméra IR labo", "Appareil HSAT type III"]
    for i in range(r.randrange(10, 18)):
        ser = luhn_serial(r, ctx.pick([9, 10, 11]))
        rows.append([f"CISSS-{r.randrange(10000, 99999)}", ctx.pick(descs), ser,
                     ctx.pick(["Labo ch. 1", "Labo ch. 4", "Entrepôt B-012", "Prêté (usager)", "PROD - véhicule 2",
                               "Atelier génie biomédical"]),
                     ctx.earlier(dt, 10, 300).strftime("%Y-%m-%d"), ctx.pick(["actif", "actif", "en réparation", "réformé"])])
    x = A.make_xlsx([("Inventaire", rows)], author=ctx.who("doucet", lang, False))
    body = ([ctx.greet("fr"), "", "Inventaire annuel des équipements à valider avant le 30. Les appareils « prêtés » "
             "doivent être retracés via le registre de prêt papier.", "", ctx.sig("doucet", "fr")] if lang == "fr" else
            [ctx.greet("en"), "", "Annual equipment inventory attached; please confirm locations.", "",
             ctx.sig("doucet", "en")])
    return neg("asset_inventory_xlsx", lang, "equipment inventory with Luhn-valid serials",
               "Inventaire des équipements" if lang == "fr" else "Equipment inventory", ctx.frm("doucet"),
               [("Génie biomédical", "gbm@cisss-deuxrives.example")], dt, "\n".join(body),
               atts=[dict(kind="xlsx", data=x, filename=f"inventaire_{dt.year}.xlsx")])


# 21 --------------------------------------------------------------------------
def calibration(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    rows = [["date", "device", "serial", "reference_spo2", "measured_spo2", "delta", "tech"]]
    for i in range(r.randrange(6, 10)):
        ref = r.choice([70, 80, 90, 97])
        m = ref + r.choice([-2, -1, 0, 0, 1, 2])
        rows.append([ctx.earlier(dt, 1, 30).strftime("%Y-%m-%d"), "OX-REC-2", luhn_serial(r, 10), ref, m, m - ref,
                     ctx.first(ctx.pick(TECHS))])
    csvt = A.make_csv(rows)
    body = [ctx.greet("en"), "", "Oximeter verification log for the month (simulator checks). All within +/-2%.",
            "", ctx.sig(ctx.pick(TECHS), "en")]
    return neg("calibration_log_csv", "en", "oximeter verification log", "Oximeter verification log",
               ctx.frm("giroux"), [("Biomedical engineering", "gbm@cisss-deuxrives.example")], dt, "\n".join(body),
               atts=[dict(kind="text", text=csvt, ctype="text/csv", filename="oximeter_checks.csv")])


# 22 --------------------------------------------------------------------------
def meeting_ics(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    lang = "fr" if k % 2 == 0 else "en"
    day = ctx.later(dt, 3, 25)
    st = datetime.datetime(day.year, day.month, day.day, ctx.pick([8, 12, 13, 14]), 0)
    en = st + datetime.timedelta(hours=1)
    summ = ctx.pick(["Réunion d'équipe - inhalothérapie", "Rencontre de priorisation liste d'attente",
                     "Formation : nouveau logiciel PSG", "Comité de la qualité"]) if lang == "fr" else ctx.pick(
        ["Team meeting - respiratory therapy", "Waitlist triage meeting", "Scoring calibration session"])
    desc = ("Ordre du jour à venir. Lien Teams dans l'invitation." if lang == "fr" else
            "Agenda to follow. Teams link in invite.")
    org = ctx.frm(ctx.pick(["doucet", "arsenault"]))
    att = [ctx.frm(x) for x in r.sample(ALLSTAFF, 4)]
    ics = A.make_ics(f"{ctx.tag}@cisss-deuxrives.example", summ, st, en, "Salle 3.114 / Teams", desc, org, att)
    body = desc
    return neg("meeting_invite_ics", lang, "staff meeting invitation", summ, org, att, dt, body + "\n",
               atts=[dict(kind="text", text=ics, ctype="text/calendar", filename="meeting.ics",
                          params="; method=REQUEST", charset="utf-8")])


# 23 --------------------------------------------------------------------------
def vcard_vendor(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    v = k % 3
    if v == 0:
        vcf = A.make_vcf("Ben", "Castillo", tel="(514) 555-0171", email="ben.castillo@somnoplus.example",
                         org="SomnoPlus Équipements inc.", title="Représentant, territoire Laurentides",
                         tel_type="WORK")
        body = [ctx.greet("fr"), "", "Voici la carte de notre nouveau représentant pour les commandes de masques.",
                "", ctx.sig("perron", "fr")]
        subj, lang, fn = "Coordonnées - représentant SomnoPlus", "fr", "Ben Castillo.vcf"
    elif v == 1:
        vcf = A.make_vcf("Josiane", "Paradis", tel=PROD_PHONE, email="josiane.paradis@cisss-deuxrives.example",
                         org=ORG, title="Inhalothérapeute, PROD", tel_type="WORK")
        body = [ctx.greet("fr"), "", "Ma carte pour vos dossiers, je remplace Luc pendant son congé.", "",
                ctx.sig("paradis", "fr")]
        subj, lang, fn = "Ma carte de contact", "fr", "Josiane Paradis.vcf"
    else:
        vcf = A.make_vcf("Marc-André", "Sauvé", tel="(450) 555-0188", email="marc-andre.sauve@oxyvie.example",
                         org="Oxyvie Soins respiratoires", title="Service coordinator", tel_type="WORK")
        body = [ctx.greet("en"), "", "Contact card for after-hours oxygen service escalation.", "",
                ctx.sig("archambault", "en")]
        subj, lang, fn = "Oxyvie after-hours contact", "en", "Marc-Andre Sauve.vcf"
    return neg("vcard_business", lang, "business vCard", subj, ctx.frm("perron"), [SLEEP_LIST], dt, "\n".join(body),
               atts=[dict(kind="text", text=vcf, ctype="text/vcard", filename=fn, charset="utf-8")])


# 24 --------------------------------------------------------------------------
def training(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    lang = "fr" if k % 3 != 2 else "en"
    day = ctx.later(dt, 10, 40)
    if lang == "fr":
        topic = ctx.pick(["Lecture des polysomnographies selon le manuel AASM v3",
                          "Titration BiPAP-ST et ventilation à volume garanti",
                          "Oxygénothérapie à domicile : sécurité incendie et tabagisme",
                          "Interfaces PPC : ajustement et gestion des fuites"])
        body = [ctx.greet("fr"), "", f"Formation : {topic}", f"Date : {d_fr(day, 3)}, 13 h - 16 h",
                f"Formatrice : {ctx.who(ctx.pick(['lemieux', 'paradis', 'lambert']), 'fr', False)}",
                "Reconnue pour 3 heures de formation continue (OPIQ).", "Inscription auprès de votre chef de service.",
                "", ctx.sig("arsenault", "fr")]
        subj = f"Formation - {topic}"
    else:
        body = [ctx.greet("en"), "", "Reminder: annual inter-scorer reliability exercise is due. 200 epochs, "
                "results to Sandra by the 30th. Target agreement above 85%.", "", ctx.sig("lambert", "en")]
        subj = "Inter-scorer reliability - due"
    return neg("training_notice", lang, "staff training notice", subj, ctx.frm("arsenault"),
               [("Équipe inhalothérapie", "inhalo-equipe@cisss-deuxrives.example")], dt, "\n".join(body))


# 25 --------------------------------------------------------------------------
def policy_update(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    lang = "fr" if k % 2 == 0 else "en"
    if lang == "fr":
        body = [ctx.greet("fr"), "", ctx.pick([
            "La procédure PR-INH-014 (nettoyage et désinfection des interfaces réutilisables du laboratoire du "
            "sommeil) a été révisée : trempage de 20 minutes dans la solution approuvée, rinçage à l'eau stérile, "
            "séchage à l'air 4 heures. Les masques à usage unique restent jetés après chaque patient.",
            "Nouvelle règle : tout usager du programme d'oxygène qui déclare fumer doit recevoir le dépliant sur la "
            "sécurité incendie et une visite de suivi dans les 7 jours. Aucune exception.",
            "À compter du 1er du mois, les rapports destinés à la SAAQ doivent être révisés par le médecin "
            "signataire avant l'envoi; la secrétaire ne les transmet plus directement."]), "",
            "La procédure complète est dans l'intranet, section Inhalothérapie.", "", ctx.sig("arsenault", "fr")]
        subj = "Mise à jour de procédure"
    else:
        body = [ctx.greet("en"), "", "Updated policy: electrodes and cannulas are single-use. Do not reprocess "
                "nasal pressure cannulas even if visibly clean.", "", ctx.sig("arsenault", "en")]
        subj = "Policy update - single-use sensors"
    return neg("policy_update", lang, "procedure update", subj, ctx.frm("arsenault"),
               [("Équipe inhalothérapie", "inhalo-equipe@cisss-deuxrives.example")], dt, "\n".join(body))


# 26 --------------------------------------------------------------------------
def journal_club(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    lang = "en" if k % 2 == 0 else "fr"
    if lang == "en":
        body = [ctx.greet("en"), "", ctx.pick([
            "For next week's journal club: the tirzepatide OSA trials in obese adults - AHI reduction of roughly "
            "half vs placebo at 52 weeks. Worth discussing whether this changes who we titrate first.",
            "Paper for Thursday: hypoglossal nerve stimulation outcomes at 5 years. Who would be a candidate in our "
            "population given the BMI cut-offs?",
            "Article: sodium oxybate once-nightly formulation vs twice-nightly - adherence and sleep fragmentation."]),
            "", "Presenter: " + ctx.who(ctx.pick(["okafor", "vachon", "desrosiers"]), "en"), "", ctx.sig("doucet", "en")]
        subj = "Journal club"
    else:
        body = [ctx.greet("fr"), "", "Club de lecture : revue systématique sur les orthèses d'avancement "
                "mandibulaire dans le SAHOS léger à modéré. Présentation par le Dr Okafor.", "", ctx.sig("doucet", "fr")]
        subj = "Club de lecture"
    return neg("journal_club", lang, "journal club on disease treatment", subj, ctx.frm("doucet"),
               [("Médecins - clinique du sommeil", "medecins-sommeil@cisss-deuxrives.example")], dt, "\n".join(body))


# 27 --------------------------------------------------------------------------
def budget(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    rows = [["Poste", "Budget 2025-2026", "Réel P1-P6", "Écart"]]
    for item in ["Fournitures labo (électrodes, canules)", "Interfaces PPC (prêt)", "Contrats de service",
                 "Heures supplémentaires - nuit", "Formation", "Oxygène - fournisseurs"]:
        b = r.randrange(20000, 400000)
        a = int(b * r.uniform(0.35, 0.65))
        rows.append([item, b, a, b // 2 - a])
    x = A.make_xlsx([("Budget", rows)], author=ctx.who("lavallee", "fr", False))
    body = [ctx.greet("fr"), "", "Suivi budgétaire de mi-année en pièce jointe. L'écart sur les heures "
            "supplémentaires de nuit s'explique par deux postes vacants en technologie.", "", ctx.sig("lavallee", "fr")]
    return neg("budget_xlsx", "fr", "budget follow-up", "Suivi budgétaire P6", ctx.frm("lavallee"),
               [ctx.frm("arsenault"), ctx.frm("doucet")], dt, "\n".join(body),
               atts=[dict(kind="xlsx", data=x, filename="suivi_budgetaire_P6.xlsx")])


# 28 --------------------------------------------------------------------------
def referral_memo(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    lang = "fr" if k % 2 == 0 else "en"
    if lang == "fr":
        body = ["AUX MÉDECINS RÉFÉRENTS DES GMF DU TERRITOIRE", "",
                "Afin de réduire les délais, les demandes de consultation en clinique du sommeil doivent "
                "dorénavant inclure : le score d'Epworth, l'IMC, la profession (conducteur professionnel oui/non) "
                "et la liste des médicaments. Les demandes incomplètes seront retournées.", "",
                "Priorité A (< 4 semaines) : conducteur professionnel somnolent, hypercapnie, grossesse.",
                "Priorité B (< 3 mois) : SAHOS suspecté avec comorbidité cardiovasculaire.",
                "Priorité C : autres.", "", ctx.sig("vachon", "fr")]
        subj = "Nouveaux critères de priorisation - clinique du sommeil"
    else:
        body = ["TO REFERRING PHYSICIANS", "", "Referrals for suspected narcolepsy should include a two-week sleep "
                "diary and a list of antidepressants, which must be tapered before an MSLT when safe to do so.", "",
                ctx.sig("desrosiers", "en")]
        subj = "MSLT referrals - what to include"
    return neg("referral_process_memo", lang, "memo on referral criteria", subj, ctx.frm("vachon"),
               [("GMF du territoire", "medecins-gmf@gmf-rivieres.example")], dt, "\n".join(body))


# 29 --------------------------------------------------------------------------
def saaq_info(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    lang = "fr" if k % 3 != 2 else "en"
    if lang == "fr":
        body = [ctx.greet("fr"), "", ctx.pick([
            "Rappel pour les médecins : selon le Règlement sur la santé des conducteurs, un SAHOS avec "
            "somnolence diurne non contrôlée est incompatible avec la conduite tant qu'un traitement efficace "
            "n'est pas démontré. Le médecin peut, sans le consentement du patient, signaler à la SAAQ un patient "
            "qu'il juge inapte à conduire.",
            "Séance d'information le 12 : « Rapports médicaux à la SAAQ — ce qu'il faut y mettre (et ne pas y "
            "mettre) ». Présentée par la Dre Vachon. Ouverte aux médecins et aux secrétaires médicales.",
            "La SAAQ a publié un nouveau guide de l'évaluation médicale des conducteurs (édition 2025). Les "
            "principaux changements touchent les troubles du sommeil et l'épilepsie."]), "",
            ctx.sig(ctx.pick(["vachon", "doucet"]), "fr")]
        subj = ctx.pick(["SAAQ - rappel aux médecins", "Information - rapports SAAQ", "Nouveau guide SAAQ"])
    else:
        body = [ctx.greet("en"), "", "Reminder: commercial drivers with suspected OSA are triaged as priority A. "
                "The SAAQ form must be completed by the treating physician, not the technologist.", "",
                ctx.sig("vachon", "en")]
        subj = "SAAQ reports - reminder"
    return neg("saaq_general_info", lang, "general SAAQ information, no patient", subj, ctx.frm("vachon"),
               [("Médecins - clinique du sommeil", "medecins-sommeil@cisss-deuxrives.example")], dt, "\n".join(body))


# 30 --------------------------------------------------------------------------
def patient_education(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    lang = "fr" if k % 2 == 0 else "en"
    if lang == "fr":
        paras = ["## Entretien de votre appareil de PPC", "Chaque jour : videz le réservoir d'eau et laissez sécher.",
                 "Chaque semaine : lavez le masque et la tubulure à l'eau tiède savonneuse.",
                 "Chaque mois : remplacez le filtre.", "## Quand appeler?",
                 "Si vous avez de la difficulté à respirer avec l'appareil, des saignements de nez fréquents ou si "
                 "votre somnolence revient, communiquez avec votre fournisseur ou la clinique au " + CLINIC_PHONE + "."]
        body = [ctx.greet("fr"), "", "Brouillon du dépliant pour les usagers, vos commentaires d'ici vendredi?", "",
                ctx.sig("lemieux", "fr")]
        subj, fn = "Dépliant PPC - brouillon", "Depliant_entretien_PPC_v3.docx"
    else:
        paras = ["## Living with Home Oxygen", "Never smoke or allow open flames within 3 metres of your oxygen.",
                 "Keep tubing away from doors to avoid kinks.", "Call Oxyvie 24/7 at (450) 555-0188 if your "
                 "concentrator alarms."]
        body = [ctx.greet("en"), "", "Draft patient handout attached for review.", "", ctx.sig("paradis", "en")]
        subj, fn = "Home oxygen handout - draft", "Home_O2_handout_draft.docx"
    doc = A.make_docx(paras[0][3:], paras[1:], author=ctx.who("lemieux", lang, False))
    return neg("patient_education_docx", lang, "generic patient handout", subj, ctx.frm("lemieux"),
               [("Équipe inhalothérapie", "inhalo-equipe@cisss-deuxrives.example")], dt, "\n".join(body),
               atts=[dict(kind="docx", data=doc, filename=fn)])


# 31 --------------------------------------------------------------------------
def tender(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    body = ["APPEL D'OFFRES PUBLIC no AO-2025-" + str(r.randrange(100, 999)), "",
            "Objet : fourniture et service d'oxygénothérapie à domicile (concentrateurs fixes et portatifs, "
            "cylindres) pour le territoire du CISSS des Deux-Rives, environ 1 150 usagers actifs.",
            f"Date limite de dépôt : {d_fr(ctx.later(dt, 20, 40), 0)}, 11 h.", "Visite des installations : non requise.",
            "Documents disponibles sur le système électronique d'appel d'offres.", "", ctx.sig("perron", "fr")]
    return neg("tender_notice", "fr", "public tender notice", "Appel d'offres - oxygénothérapie à domicile",
               ctx.frm("perron"), [("Fournisseurs inscrits", "fournisseurs@cisss-deuxrives.example")], dt, "\n".join(body))


# 32 --------------------------------------------------------------------------
def quality_audit(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    lang = "fr" if k % 2 == 0 else "en"
    n = r.randrange(35, 60)
    a = r.randrange(3, 15)
    if lang == "fr":
        body = [ctx.greet("fr"), "", f"Résultats de l'audit des dossiers (échantillon de {n} PSG, trimestre 2) :",
                f"- Epworth absent : {a} dossiers ({round(100 * a / n)} %)",
                f"- Rapport signé en moins de 30 jours : {r.randrange(70, 95)} %",
                f"- Consentement vidéo documenté : {r.randrange(80, 100)} %",
                "- Aucune anomalie d'identification des usagers.", "", "Plan d'action à discuter au comité.", "",
                ctx.sig("doucet", "fr")]
        subj = "Audit des dossiers - résultats T2"
    else:
        body = [ctx.greet("en"), "", f"Chart audit Q2 ({n} studies): Epworth missing in {a}; reports signed within 30 days "
                f"{r.randrange(70, 95)}%.", "", ctx.sig("doucet", "en")]
        subj = "Chart audit Q2"
    return neg("quality_audit", lang, "aggregate audit results", subj, ctx.frm("doucet"),
               [ctx.frm("vachon"), ctx.frm("arsenault")], dt, "\n".join(body))


# 33 --------------------------------------------------------------------------
def infection_control(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    lang = "fr" if k % 2 == 0 else "en"
    if lang == "fr":
        body = [ctx.greet("fr"), "", "Éclosion de COVID-19 déclarée sur l'unité 4 Nord. Mesures pour le labo du "
                "sommeil : questionnaire de dépistage à l'arrivée, masque de procédure pour le personnel en tout "
                "temps, titrages PPC permis (chambres individuelles à pression négative non requises).", "",
                "Prévention et contrôle des infections", ORG]
        subj = "PCI - éclosion et mesures au labo"
    else:
        body = [ctx.greet("en"), "", "Reminder: aerosol-generating procedures (CPAP/BiPAP titrations) require an N95 "
                "for staff entering the room during respiratory virus season.", "", "Infection Prevention & Control", ORG]
        subj = "IPAC reminder - AGMP"
    return neg("infection_control", lang, "infection control notice", subj, ("PCI", "pci@cisss-deuxrives.example"),
               [SLEEP_LIST], dt, "\n".join(body))


# 34 --------------------------------------------------------------------------
def retirement(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    who = ctx.pick(["carrier", "rousseau", "kerr", "boivin"])
    lang = "fr" if k % 3 != 2 else "en"
    if lang == "fr":
        body = [ctx.greet("fr"), "", f"Après {r.randrange(18, 35)} ans au labo du sommeil (dont d'innombrables nuits!), "
                f"{ctx.who(who, 'fr', False)} prend sa retraite. 5 à 7 le {d_fr(ctx.later(dt, 7, 20), 3)} au "
                "Bistro du Vieux-Moulin. Contribution pour le cadeau : voir Lyne au secrétariat.", "",
                ctx.sig("arsenault", "fr")]
        subj = f"Départ à la retraite - {STAFF[who][0]}"
    else:
        body = [ctx.greet("en"), "", f"Please join us to celebrate {ctx.who(who, 'en', False)}'s retirement. Cake in "
                "the staff lounge Friday at 14:30.", "", ctx.sig("arsenault", "en")]
        subj = "Retirement celebration"
    return neg("retirement_party", lang, "social staff event", subj, ctx.frm("arsenault"), [ALL_LIST], dt, "\n".join(body))


# 35 --------------------------------------------------------------------------
def parking(ctx, k):
    dt = ctx.when()
    body = [ctx.greet("fr"), "", "Les vignettes de stationnement 2026 sont disponibles. Employés de nuit du "
            "laboratoire du sommeil : stationnement P3 réservé de 19 h à 9 h. Présentez votre carte d'employé "
            "(matricule) au comptoir de la sécurité.", "", "Sécurité et stationnement", ORG]
    return neg("parking_notice", "fr", "parking notice", "Vignettes de stationnement 2026",
               ("Sécurité", "securite@cisss-deuxrives.example"), [ALL_LIST], dt, "\n".join(body))


# 36 --------------------------------------------------------------------------
def phone_directory(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    lang = "fr" if k % 2 == 0 else "en"
    lines = [("Bottin téléphonique - clinique du sommeil et inhalothérapie" if lang == "fr" else
              "Phone list - sleep clinic and respiratory therapy"), ""]
    for key in ["bilodeau", "rousseau", "doucet", "lemieux", "paradis", "giroux", "arsenault", "archambault"]:
        lines.append(f"{ctx.who(key, lang, False):28s} {STAFF[key][4 if lang == 'fr' else 5][:40]:42s} poste {r.randrange(2100, 2999)}")
    lines += ["", f"Clinique : {CLINIC_PHONE}  Télécopieur : {CLINIC_FAX}", f"PROD : {PROD_PHONE}",
              f"Labo (nuit) : {RT_PHONE}", "", ctx.sig("bilodeau", lang)]
    return neg("phone_directory", lang, "internal phone list", "Bottin à jour" if lang == "fr" else "Updated phone list",
               ctx.frm("bilodeau"), [SLEEP_LIST], dt, "\n".join(lines))


# 37 --------------------------------------------------------------------------
def staff_chain(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    lang = "fr" if k % 2 == 0 else "en"
    a, b = r.sample(TECHS + RT_STAFF, 2)
    d1 = ctx.later(dt, 3, 20)
    if lang == "fr":
        orig = (f"Salut {ctx.first(b)},\n\nEst-ce que tu pourrais prendre ma nuit du {d_fr(d1, 3)}? Je te redonne "
                f"celle du {d_fr(d1 + datetime.timedelta(days=7), 3)}. J'ai un rendez-vous chez le dentiste le "
                f"lendemain matin.\n\nMerci!\n{ctx.first(a)}")
        reply = ctx.pick(["Pas de problème, c'est noté.", "Oui ça marche. Avise Marie-Josée.",
                          "Je peux pas la 1re, mais je peux prendre le vendredi si ça t'aide."])
        text = reply + "\n\n" + ctx.first(b) + "\n\n" + outlook_quote("fr", ctx.who(a, "fr", False), ctx.who(b, "fr", False),
                                                                      d_fr(dt.date(), 0), "Échange de nuit", orig)
        subj = "RE: Échange de nuit"
    else:
        orig = (f"Hi {ctx.first(b)}, can you cover my lab night on {d_en(d1, 3)}? I'll take your {d_en(d1 + datetime.timedelta(days=7), 3)}.\n"
                f"{ctx.first(a)}")
        text = "Sure, swapped in the calendar.\n\n" + ctx.first(b) + "\n\n" + quote(orig, f"On {d_en(dt.date(), 3)}, {ctx.who(a, 'en', False)} wrote:")
        subj = "Re: shift swap"
    return neg("staff_reply_chain", lang, "shift swap reply chain", subj, ctx.frm(b), [ctx.frm(a)],
               dt, text, cc=[ctx.frm("arsenault")] if ctx.chance(0.5) else [])


# 38 --------------------------------------------------------------------------
def vendor_promo(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    lang = "en" if k % 2 == 0 else "fr"
    if lang == "en":
        lines = ["## AirQuiet 11 - product sheet", "Auto-adjusting CPAP 4-20 cmH2O, integrated humidifier, cellular "
                 "data transfer, 26 dBA.", "Compatible masks: all standard 22 mm connectors.",
                 "Clinical evidence: residual AHI below 5 in 92% of users in a 300-patient registry.",
                 "Pricing available on request."]
        body = ["Hello,", "", "Please find attached the product sheet for the AirQuiet 11. I'd be happy to arrange an "
                "in-service for your respiratory therapists.", "", ctx.sig("castillo", "en")]
        subj = "New product: AirQuiet 11 auto-CPAP"
        fn = "AirQuiet11_product_sheet.pdf"
    else:
        lines = ["## Masque NuitDouce F3 - fiche technique", "Masque facial à faible contact, 3 tailles de coussin.",
                 "Indiqué chez les usagers respirant par la bouche.", "Prix liste : 145 $; prix établissement sur demande."]
        body = ["Bonjour,", "", "Nouvelle interface disponible, fiche technique jointe. Échantillons disponibles pour "
                "votre labo.", "", ctx.sig("castillo", "fr")]
        subj = "Nouveauté - masque NuitDouce F3"
        fn = "Fiche_NuitDouce_F3.pdf"
    pdf = A.make_pdf(lines[0][3:], lines[1:], compress=True)
    return neg("vendor_promo", lang, "vendor product promotion", subj, ctx.frm("castillo"),
               [ctx.frm("arsenault"), ctx.frm("lemieux")], dt, "\n".join(body),
               atts=[dict(kind="pdf", data=pdf, filename=fn)])


# 39 --------------------------------------------------------------------------
def templates_zip(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    files = []
    for title, paras in [("Gabarit - rapport de polysomnographie", ["Nom : ", "Dossier : ", "IAH : ", "Conclusion : "]),
                         ("Gabarit - rapport de titrage", ["Pression optimale : ", "Interface : ", "Commentaires : "]),
                         ("Gabarit - lettre de convocation", ["Madame, Monsieur,", "Votre rendez-vous est prévu le ____ à ____.",
                                                              "Apportez la liste de vos médicaments."])]:
        files.append((title.replace(" ", "_").replace("-", "") + ".docx", A.make_docx(title, paras, author="Clinique du sommeil")))
    z = A.make_zip(files)
    body = [ctx.greet("fr"), "", "Les gabarits mis à jour sont dans le fichier compressé. Remplacez ceux du lecteur S:.",
            "", ctx.sig("rousseau", "fr")]
    return neg("templates_zip", "fr", "ZIP of blank templates", "Gabarits à jour", ctx.frm("rousseau"), [SLEEP_LIST], dt,
               "\n".join(body), atts=[dict(kind="zip", data=z, filename="gabarits_2025.zip")])


# 40 --------------------------------------------------------------------------
def mslt_quiz(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    lang = "en" if k % 2 == 0 else "fr"
    lat = [round(r.uniform(1, 9), 1) for _ in range(5)]
    if lang == "en":
        body = [ctx.greet("en"), "", "Quiz for the residents (synthetic data):",
                "Nap latencies: " + ", ".join(f"{x} min" for x in lat) + "; SOREMPs in naps 2 and 4.",
                "Preceding PSG: TST 6.5 h, AHI 3/h, no SOREMP. Patient on sertraline until 1 week before.",
                "Q: Is this diagnostic? What confounders apply?", "", ctx.sig("desrosiers", "en")]
        subj = "MSLT quiz"
    else:
        body = [ctx.greet("fr"), "", "Quiz pour les résidents (données fictives) :",
                "Latences : " + ", ".join(f"{str(x).replace('.', ',')} min" for x in lat) + "; SOREMP aux siestes 1 et 3.",
                "Q : narcolepsie de type 2 ou privation de sommeil?", "", ctx.sig("desrosiers", "fr")]
        subj = "Quiz TILE"
    return neg("mslt_quiz", lang, "synthetic teaching quiz", subj, ctx.frm("desrosiers"),
               [("Résidents - neurologie", "residents-neuro@cisss-deuxrives.example")], dt, "\n".join(body))


# 41 --------------------------------------------------------------------------
def oxygen_stats(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    lang = "fr" if k % 2 == 0 else "en"
    rows = [["Territoire RLS", "Usagers actifs", "Nouvelles admissions", "Fins de service", "Fumeurs déclarés"]]
    for t in ["Rivière-du-Nord", "Argenteuil", "Pays-d'en-Haut", "Laurentides", "Antoine-Labelle", "Thérèse-De Blainville"]:
        rows.append([t, r.randrange(80, 320), r.randrange(3, 20), r.randrange(2, 15), r.randrange(0, 6)])
    csvt = A.make_csv(rows, delimiter=";")
    body = ([ctx.greet("fr"), "", "Statistiques trimestrielles du programme d'oxygène à domicile (agrégées).", "",
             ctx.sig("archambault", "fr")] if lang == "fr" else
            [ctx.greet("en"), "", "Quarterly home oxygen programme statistics (aggregate).", "", ctx.sig("archambault", "en")])
    return neg("oxygen_programme_stats_csv", lang, "aggregate home oxygen stats", "Statistiques PROD T3" if lang == "fr"
               else "Home O2 stats Q3", ctx.frm("archambault"), [ctx.frm("lavallee")], dt, "\n".join(body),
               atts=[dict(kind="text", text=csvt, ctype="text/csv", filename="PROD_stats_T3.csv", charset="windows-1252")])


# 42 --------------------------------------------------------------------------
def satisfaction(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    lang = "fr" if k % 2 == 0 else "en"
    n = r.randrange(120, 400)
    if lang == "fr":
        body = [ctx.greet("fr"), "", f"Sondage de satisfaction des usagers du labo du sommeil ({n} répondants) :",
                f"- Satisfaction globale : {r.randrange(82, 96)} %", f"- Confort de la chambre : {r.randrange(60, 85)} %",
                f"- Clarté des explications sur la PPC : {r.randrange(70, 92)} %",
                "Commentaires fréquents : bruit du couloir, difficulté à trouver le stationnement de nuit.", "",
                ctx.sig("doucet", "fr")]
        subj = "Résultats du sondage de satisfaction"
    else:
        body = [ctx.greet("en"), "", f"Patient satisfaction survey ({n} responses): overall {r.randrange(82, 96)}%.",
                "", ctx.sig("doucet", "en")]
        subj = "Satisfaction survey results"
    return neg("satisfaction_survey", lang, "aggregate survey results", subj, ctx.frm("doucet"),
               [SLEEP_LIST], dt, "\n".join(body))


# 43 --------------------------------------------------------------------------
def internship(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    students = ["Léa Marcotte", "Samuel Tardif", "Rosalie Gendron", "Noah Bégin", "Florence Ouimet"]
    lines = [ctx.greet("fr"), "", "Accueil des stagiaires en inhalothérapie (Cégep régional) :"]
    for s in r.sample(students, 3):
        lines.append(f"- {s} : labo du sommeil avec {ctx.who(ctx.pick(TECHS), 'fr', False)}, "
                     f"{ctx.pick(['semaines 1-2', 'semaines 3-4', 'semaines 5-6'])}")
    lines += ["", "Merci de leur faire signer l'engagement de confidentialité dès la première journée.", "",
              ctx.sig("arsenault", "fr")]
    return neg("internship_schedule", "fr", "student internship schedule", "Stagiaires - automne",
               ctx.frm("arsenault"), [("Équipe inhalothérapie", "inhalo-equipe@cisss-deuxrives.example")], dt, "\n".join(lines))


# 44 --------------------------------------------------------------------------
def code_drill(ctx, k):
    dt = ctx.when()
    lang = "fr" if k % 2 == 0 else "en"
    if lang == "fr":
        body = [ctx.greet("fr"), "", "Exercice d'évacuation (code vert) au pavillon B la nuit du 18 au 19. Le labo "
                "du sommeil participe : les usagers branchés seront simulés (aucun vrai usager déplacé).", "",
                "Mesures d'urgence", ORG]
        subj = "Exercice code vert - nuit"
    else:
        body = [ctx.greet("en"), "", "Code red (fire) drill next Tuesday at 02:00 in pavilion B. Sleep lab staff: "
                "review the oxygen shut-off valve location beforehand.", "", "Emergency Measures", ORG]
        subj = "Code red drill"
    return neg("emergency_drill", lang, "emergency drill notice", subj, ("Mesures d'urgence", "mesures.urgence@cisss-deuxrives.example"),
               [SLEEP_LIST], dt, "\n".join(body))


# 45 --------------------------------------------------------------------------
def fundraiser(ctx, k):
    dt = ctx.when()
    body = [ctx.greet("fr"), "", "La Fondation de l'hôpital lance sa campagne « Bien dormir » pour acheter deux "
            "appareils de PPC de prêt destinés aux usagers à faible revenu. Objectif : 25 000 $. Déduction à la source "
            "possible.", "", "Fondation Saint-Aurèle"]
    return neg("fundraiser", "fr", "foundation fundraising", "Campagne « Bien dormir »",
               ("Fondation", "fondation@cisss-deuxrives.example"), [ALL_LIST], dt, "\n".join(body))


# 46 --------------------------------------------------------------------------
def ethics_approval(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    body = [ctx.greet("en", "okafor"), "", f"The REB approved protocol 2025-{r.randrange(100, 999)} (POSIT-Sleep) "
            "on delegated review. Approval valid 12 months. Recruitment material version 1.2 approved. Annual "
            "renewal due before expiry.", "", "Research Ethics Board", ORG]
    return neg("ethics_approval", "en", "REB approval notice", "REB approval - POSIT-Sleep",
               ("Research Ethics Board", "cer@cisss-deuxrives.example"), [ctx.frm("okafor")], dt, "\n".join(body))


# 47 --------------------------------------------------------------------------
def closure_notice(ctx, k):
    dt = ctx.when()
    lang = "fr" if k % 2 == 0 else "en"
    if lang == "fr":
        body = ["Avis à la clientèle", "", "La clinique des troubles du sommeil sera fermée du 24 décembre au 2 "
                "janvier. Le laboratoire reprendra ses activités le 5 janvier. Pour un problème urgent avec votre "
                "appareil de PPC, communiquez avec votre fournisseur. Pour l'oxygène à domicile : (450) 555-0188, 24/7.",
                "", CLINIC, HOSP, CLINIC_ADDR]
        subj = "Fermeture de la clinique pendant les Fêtes"
    else:
        body = ["Notice", "", "The Sleep Disorders Clinic will be closed on Monday for the statutory holiday.", "",
                CLINIC_EN]
        subj = "Clinic closure - holiday"
    return neg("closure_notice", lang, "generic clinic closure notice", subj, SLEEP_LIST,
               [("Liste Info-Sommeil", "liste-infosommeil@cisss-deuxrives.example")], dt, "\n".join(body),
               mode="html" if k % 3 == 0 else None)


# 48 --------------------------------------------------------------------------
def loan_pool(ctx, k):
    r = ctx.rng
    dt = ctx.when()
    total = r.randrange(30, 60)
    out = r.randrange(10, total)
    body = [ctx.greet("fr"), "", f"État du parc de prêt : {total} appareils (APAP {total - 8}, BiPAP 8), {out} "
            f"actuellement prêtés, délai moyen de retour {r.randrange(20, 60)} jours. {r.randrange(1, 5)} appareils "
            "non retournés depuis plus de 6 mois — relances en cours par le secrétariat.", "",
            ctx.sig("lemieux", "fr")]
    return neg("loan_pool_status", "fr", "equipment loan pool status", "Parc de prêt - état", ctx.frm("lemieux"),
               [ctx.frm("arsenault")], dt, "\n".join(body))


BUILDERS_NB = [
    (teaching_case, 5), (research_protocol, 4), (oncall, 4), (asset_inventory, 4), (calibration, 3),
    (meeting_ics, 4), (vcard_vendor, 3), (training, 4), (policy_update, 4), (journal_club, 4), (budget, 3),
    (referral_memo, 4), (saaq_info, 4), (patient_education, 4), (tender, 3), (quality_audit, 4),
    (infection_control, 3), (retirement, 3), (parking, 3), (phone_directory, 3), (staff_chain, 5),
    (vendor_promo, 4), (templates_zip, 3), (mslt_quiz, 4), (oxygen_stats, 3), (satisfaction, 3),
    (internship, 3), (code_drill, 3), (fundraiser, 3), (ethics_approval, 2), (closure_notice, 3),
    (loan_pool, 3),
]
